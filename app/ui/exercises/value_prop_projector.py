"""The value proposition board as the room sees it: at each stage, what that stage builds.

No tabs, fields or buttons: the stage the console shows (`Controller.shown_stages`), for
each segment's canvas, in large type that wraps and fits the projector
(`CxProjectorView`): the canvas (jobs, pains, gains and what answers them), the hero and
what drives them (deck, hero), the hero beside the second voice (compare), the statement.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGridLayout, QSizePolicy, QVBoxLayout, QWidget

from app.domain import value_flow
from app.domain.archetypes import Archetype, load_catalogue
from app.domain.value_prop import Canvas, CanvasItemKind, ranked
from app.ui import theme
from app.ui.controller import Controller
from app.ui.exercises.cx_projector import StagedProjectorView
from app.ui.exercises.value_prop_canvas import kind_title

FIRST_STAGE = "canvas"
SHOWN = 2  # canvases on the wall at once (heroes, statements)
CANVAS_SHOWN = 1  # whole canvases: one, so its items read from the back of the room
ITEMS = 3  # of each kind on the canvas, most important first
KIND_ORDER = (
    CanvasItemKind.JOB,
    CanvasItemKind.PAIN,
    CanvasItemKind.GAIN,
    CanvasItemKind.PRODUCT,
    CanvasItemKind.RELIEVER,
    CanvasItemKind.CREATOR,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ValueProjectorView", text)


def stage_title(stage: str) -> str:
    return {
        "canvas": _tr("The canvas"),
        "deck": _tr("Who is our hero?"),
        "hero": _tr("Our hero"),
        "compare": _tr("Hero and second voice"),
        "statement": _tr("The value proposition"),
    }.get(stage, _tr("The canvas"))


class ValueProjectorView(StagedProjectorView):
    """Read-only: each segment's canvas at the stage the console shows, the canvas picked
    on the console first (`Controller.shown_picks`)."""

    first_stage = FIRST_STAGE

    def __init__(self, controller: Controller, board_id: int, parent: QWidget | None = None):
        self.catalogue = load_catalogue()
        self.language = "en"
        # What the wall shows, per canvas: (segment, hero line, statement).
        self.blocks: list[tuple[str, str, str]] = []
        super().__init__(controller, board_id, parent)
        controller.pick_shown.connect(self._pick_shown)

    def _pick_shown(self, board_id: int) -> None:
        if board_id == self.board_id:
            self.refresh()

    def fill(self, body: QVBoxLayout) -> None:
        data = self.controller.data
        self.status.setText(stage_title(self.stage))
        self.language = "ru" if data.workshop.language == "ru" else "en"
        segments = {s.id: s.name for s in data.segments}
        shown = CANVAS_SHOWN if self.stage == FIRST_STAGE else SHOWN
        # The canvas picked on the console leads; the others follow in the order made.
        picked = self.controller.shown_picks.get(self.board_id)
        canvases = sorted(data.canvases, key=lambda c: (c.id != picked, c.id))[:shown]
        self.blocks = []
        host = QWidget(self)
        host.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        grid = QGridLayout(host)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(12)
        body.addWidget(host)
        body.addStretch(1)
        if not canvases:
            grid.addWidget(self.text(host, _tr("No segment yet."), color=theme.MUTED), 0, 0)
            return
        for row, canvas in enumerate(canvases):
            segment = segments.get(canvas.segment_id, "")
            hero = self.catalogue.get(canvas.archetype)
            line = (
                _tr("Hero: %1").replace("%1", hero.name(self.language))
                if hero is not None
                else _tr("No hero chosen yet")
            )
            self.blocks.append((segment, line, canvas.statement.strip()))
            if self.stage == "canvas":
                self._canvas(host, grid, row, segment, canvas)
            elif self.stage == "statement":
                self._statement(host, grid, row, segment, line, canvas)
            elif self.stage == "compare":
                self._compare(host, grid, row, segment, canvas)
            else:
                self._hero(host, grid, row, segment, canvas)

    # --- stages ----------------------------------------------------------------------------
    def _canvas(
        self, host: QWidget, grid: QGridLayout, row: int, segment: str, canvas: Canvas
    ) -> None:
        box, layout = self.box(host, segment)
        inner = QGridLayout()
        inner.setSpacing(8)
        items = value_flow.canvas_items(self.controller.data, canvas.id)
        for index, kind in enumerate(KIND_ORDER):
            column, layout_of = self.box(box, kind_title(kind))
            texts = [(i.text, "") for i in ranked(items, kind)[:ITEMS]]
            self.cards(column, layout_of, texts or [("—", "")])
            layout_of.addStretch(1)
            inner.addWidget(column, index // 3, index % 3)
        layout.addLayout(inner)
        grid.addWidget(box, row, 0)

    def _hero_lines(self, parent: QWidget, layout: QVBoxLayout, hero: Archetype | None) -> None:
        if hero is None:
            layout.addWidget(self.text(parent, _tr("No hero chosen yet"), color=theme.MUTED))
            return
        text = hero.text(self.language)
        layout.addWidget(self.text(parent, text.name, "heading", bold=True))
        layout.addWidget(self.card(parent, text.desire, _tr("Wants")))
        layout.addWidget(self.card(parent, text.fear, _tr("Fears")))

    def _hero(
        self, host: QWidget, grid: QGridLayout, row: int, segment: str, canvas: Canvas
    ) -> None:
        box, layout = self.box(host, segment)
        hero = self.catalogue.get(canvas.archetype)
        self._hero_lines(box, layout, hero)
        if hero is not None and self.stage == "deck":
            layout.addWidget(self.card(box, hero.text(self.language).prompt, _tr("Ask the room")))
        second = self.catalogue.get(canvas.secondary_archetype)
        if second is not None:
            voice = _tr("second voice: %1").replace("%1", second.name(self.language))
            layout.addWidget(self.text(box, voice, "small", color=theme.ACCENT_DARK))
        grid.addWidget(box, 0, row)

    def _compare(
        self, host: QWidget, grid: QGridLayout, row: int, segment: str, canvas: Canvas
    ) -> None:
        box, layout = self.box(host, segment)
        pair = QGridLayout()
        pair.setSpacing(12)
        for column, key in enumerate((canvas.archetype, canvas.secondary_archetype)):
            side, side_layout = self.box(box, _tr("Hero") if column == 0 else _tr("Second voice"))
            self._hero_lines(side, side_layout, self.catalogue.get(key))
            side_layout.addStretch(1)
            pair.addWidget(side, 0, column)
        layout.addLayout(pair)
        grid.addWidget(box, row, 0)

    def _statement(
        self,
        host: QWidget,
        grid: QGridLayout,
        row: int,
        segment: str,
        line: str,
        canvas: Canvas,
    ) -> None:
        box, layout = self.box(host, segment)
        layout.addWidget(self.text(box, line, color=theme.ACCENT_DARK))
        statement = canvas.statement.strip()
        layout.addWidget(
            self.text(
                box,
                statement or _tr("No statement yet"),
                "heading",
                bold=bool(statement),
                color=theme.INK if statement else theme.MUTED,
            )
        )
        grid.addWidget(box, row, 0)
