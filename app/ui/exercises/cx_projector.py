"""The strategy, journey and scenario-audit boards as the room sees them.

No fields, buttons or scroll bars: labels in large type that wrap, laid out to fit the
projector's window. Type is sized for 1920×1080 and scales with the window
(`projector_wall.size_factor`); when a full board does not fit, the type shrinks step by
step (never below `projector_wall.MIN_BODY_PX`) until it does. Each view follows every
change the facilitator makes on the console.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from PySide6.QtCore import QCoreApplication, QPoint, QSize, Qt, QTimer
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.domain import journey, principles, projector_wall, scenario_audit, strategy
from app.domain.model import WorkshopData
from app.domain.strategy import StrategyItemKind as SK
from app.export import page_journey, page_scenarios, page_strategy
from app.ui import theme
from app.ui.controller import Controller
from app.ui.elide import set_wrapped_text
from app.ui.exercises.cx_widgets import (
    CONCERNS,
    cell_badge,
    clear_layout,
    model_badge,
    plain_label,
    sent_badge,
    stage_metric_text,
    workshop_language,
)
from app.ui.i18n import printed
from app.ui.refresh import ChangeFollower

# Pixel sizes at 1920×1080, by role.
# The page sits below the projector's header, so it is a little less than the window's
# height: these leave body text of at least 24 px and no text under 24 px at 1920×1080.
TYPE_PX = {
    "title": theme.PROJECTOR_TITLE_PX,
    "heading": 36,
    "body": 32,
    "small": 28,  # badges, metrics and status lines: still readable from the back rows
}
SHRINK_STEP = 0.92  # a board that does not fit is laid out again this much smaller
# The page's height at 1920×1080: the window less the projector's header. Type is sized
# for this page, so a full-size projector shows it at the sizes above.
PAGE_AT_1080 = (1920, 900)
CARD_COLOR = "#FFFBEA"
CARD_BORDER = "#E9DFB8"
POSITIVE = "#15803D"
NEGATIVE = "#B42318"


def _tr(text: str) -> str:
    return QCoreApplication.translate("CxProjector", text)


@dataclass(frozen=True)
class Shown:
    """One label on the wall: its role (size) and weight."""

    label: QLabel
    role: str
    bold: bool


class CxProjectorView(QWidget):
    """What the three views share: a title, a body laid out by `fill`, type that fits."""

    # The stored classes whose change can alter the page (None: every change).
    concerns: ClassVar[tuple[type, ...] | None] = CONCERNS

    def __init__(self, controller: Controller, board_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.board_id = board_id
        self.factor = 1.0
        self.setObjectName("cxProjector")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(
            f"QWidget#cxProjector {{ background: {theme.CANVAS}; }}"
            f" QFrame#cxProjectorCard {{ background: {CARD_COLOR};"
            f" border: 1px solid {CARD_BORDER}; border-radius: 6px; }}"
            f" QFrame#cxProjectorBox {{ background: {theme.PANEL};"
            f" border: 1px solid {theme.BORDER}; border-radius: 10px; }}"
            f' QFrame#cxProjectorBox[point="b"] {{ border: 2px solid {theme.ACCENT}; }}'
            f' QFrame#cxProjectorBox[missing="true"] {{ background: {theme.WARNING_BG};'
            f" border: 2px dashed {theme.WARNING_FG}; }}"
            " QLabel { background: transparent; }"
        )
        # The stack sizes itself by its pages: the board's text must never widen the window.
        self.setMinimumSize(QSize(1, 1))
        self.shown: list[Shown] = []
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(40, 20, 40, 20)
        self.column.setSpacing(12)
        top = QHBoxLayout()
        top.setSpacing(24)
        self.title = self.text(self, "", "title", bold=True)
        top.addWidget(self.title, 3)
        self.status = self.text(self, "", "small", color=theme.MUTED)
        self.status.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.status, 2)
        self.column.addLayout(top)
        self.body = QVBoxLayout()
        self.body.setSpacing(12)
        self.column.addLayout(self.body, 1)
        # Fitted once the event loop has placed every nested layout at the page's new size
        # (a page shown or resized a moment ago still has its old children's geometry).
        self.fit_timer = QTimer(self)
        self.fit_timer.setSingleShot(True)
        self.fit_timer.setInterval(0)
        self.fit_timer.timeout.connect(self.fit)
        # Cached in the projector's stack: a page not on the wall refreshes when shown.
        self.follower = ChangeFollower(self, controller, self.refresh, self.concerns)
        self.refresh()

    # --- building ----------------------------------------------------------------------------
    def text(
        self,
        parent: QWidget,
        text: str,
        role: str = "body",
        bold: bool = False,
        color: str = theme.INK,
    ) -> QLabel:
        """A wrapping label whose size follows the wall's; its width comes from its column."""
        label = plain_label(text, parent)
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        label.setStyleSheet(f"color: {color};")
        label.setFont(theme.pixel_font(self.pixels(role), bold=bold))
        self.shown.append(Shown(label, role, bold))
        return label

    def card_frame(self, parent: QWidget) -> QFrame:
        """An empty card, as wide as its column gives it."""
        frame = QFrame(parent)
        frame.setObjectName("cxProjectorCard")
        frame.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        return frame

    def card(self, parent: QWidget, text: str, badge: str = "") -> QFrame:
        """A card: its text, and its mark below in smaller type."""
        frame = self.card_frame(parent)
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(0)
        layout.addWidget(self.text(frame, text))
        if badge:
            layout.addWidget(self.text(frame, badge, "small", bold=True, color=theme.ACCENT_DARK))
        return frame

    def box(self, parent: QWidget, title: str = "") -> tuple[QFrame, QVBoxLayout]:
        """A framed column with an optional heading."""
        frame = QFrame(parent)
        frame.setObjectName("cxProjectorBox")
        frame.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(12, 8, 12, 10)
        layout.setSpacing(6)
        if title:
            layout.addWidget(self.text(frame, title, "heading", bold=True, color=theme.MUTED))
        return frame, layout

    def cards(self, parent: QWidget, layout: QVBoxLayout, rows: list[tuple[str, str]]) -> None:
        for text, badge in rows:
            layout.addWidget(self.card(parent, text, badge))

    # --- refreshing and fitting --------------------------------------------------------------
    def refresh(self) -> None:
        board = None if self.controller.file is None else self.controller.data.board(self.board_id)
        if board is None:
            return
        set_wrapped_text(self.title, board.title)
        self.shown = [s for s in self.shown if s.label in (self.title, self.status)]
        clear_layout(self.body)
        self.fill(self.body)
        self.fit_timer.start()

    def fill(self, body: QVBoxLayout) -> None:
        """Lay the board out in `body` with `text`, `card` and `box`."""
        raise NotImplementedError

    def pixels(self, role: str) -> int:
        return max(1, round(TYPE_PX[role] * self.factor))

    def body_px(self) -> int:
        """The pixel size of the board's body text as it is drawn now."""
        return self.pixels("body")

    def fit(self) -> None:
        """Type for the window's size, made smaller until the whole board fits its height."""
        # A hidden page (the projector keeps one per board) has no settled geometry to
        # measure: it fits when it is shown.
        if not self.isVisible() or self.width() < 2 or self.height() < 2:
            return
        factor = max(0.25, min(self.width() / PAGE_AT_1080[0], self.height() / PAGE_AT_1080[1]))
        # The floor scales with the window too: a smaller window shows the same page.
        least = factor * projector_wall.MIN_BODY_PX / TYPE_PX["body"]
        while True:
            self._apply(factor)
            fits = self._needed_height() <= self.height() and not self.squeezed()
            if fits or factor * SHRINK_STEP < least:
                break
            factor *= SHRINK_STEP

    def _apply(self, factor: float) -> None:
        self.factor = factor
        for shown in self.shown:
            shown.label.setFont(theme.pixel_font(self.pixels(shown.role), bold=shown.bold))
            shown.label.setMinimumHeight(0)
        # A grid sizes its rows by its cells' size hints, not by the height their wrapped
        # text needs at the column's width: once the columns are placed, each label asks
        # for that height, and the rows grow to hold it.
        self._place()
        for shown in self.shown:
            label = shown.label
            label.setMinimumHeight(max(0, label.heightForWidth(label.width())))
        self._place()

    def _place(self) -> None:
        # Parents first (findChildren walks depth first): each layout places its children
        # before their own layouts are placed, now rather than at the next event loop turn.
        for widget in [self, *self.findChildren(QWidget)]:
            layout = widget.layout()
            if layout is not None:
                layout.activate()

    def squeezed(self) -> list[QLabel]:
        """The labels laid out half a line or more shorter than their wrapped text (the
        layout ran out of height and drew them over each other), or reaching below a
        frame that holds them (cut off by it): measured on the laid-out widgets."""
        self._place()
        return [
            shown.label
            for shown in self.shown
            if shown.label.isVisibleTo(self)
            and (
                shown.label.height() + shown.label.fontMetrics().height() // 2
                < shown.label.heightForWidth(shown.label.width())
                or self._cut_by_a_frame(shown.label)
            )
        ]

    def _cut_by_a_frame(self, label: QLabel) -> bool:
        holder = label.parentWidget()
        while holder is not None:
            bottom = label.mapTo(holder, QPoint(0, label.height())).y()
            if bottom > holder.height() + 1:
                return True
            if holder is self:
                return False
            holder = holder.parentWidget()
        return False

    def _needed_height(self) -> int:
        layout: QLayout = self.column
        layout.invalidate()
        needed = layout.totalHeightForWidth(self.width())
        return needed if needed >= 0 else layout.totalMinimumSize().height()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit_timer.start()


class StagedProjectorView(CxProjectorView):
    """A staged exercise's page: it shows the stage the console shows (the tab picked, or
    the agenda step's stage), and changes with it (`Controller.stage_shown`)."""

    first_stage = ""
    concerns = None  # the prioritisation and value pages show most of the workshop

    def __init__(self, controller: Controller, board_id: int, parent: QWidget | None = None):
        self.stage = self.first_stage
        super().__init__(controller, board_id, parent)
        controller.stage_shown.connect(self._stage_shown)

    def _stage_shown(self, board_id: int, _stage: str) -> None:
        if board_id == self.board_id:
            self.refresh()

    def refresh(self) -> None:
        if self.controller.file is not None:
            self.stage = self.controller.shown_stages.get(self.board_id, self.first_stage)
        super().refresh()


class StrategyProjectorView(CxProjectorView):
    """Point A, the arrow, and each point-B scenario with its goals and their plans."""

    def fill(self, body: QVBoxLayout) -> None:
        data, language = self.controller.data, workshop_language(self.controller)
        host = QWidget(self)
        row = QHBoxLayout(host)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(16)
        point_a, layout = self.box(
            host, printed(page_strategy.MESSAGES, "point_a")
        )
        for kind in strategy.POINT_A_KINDS:
            items = strategy.items(data, self.board_id, kind)
            if not items:
                continue
            layout.addWidget(self.text(point_a, strategy.title(kind, language), "small", True))
            self.cards(point_a, layout, [(i.text, "") for i in items])
        layout.addStretch(1)
        row.addWidget(point_a, 1)
        arrow = self.text(host, "→", "title", bold=True, color=theme.ACCENT)
        arrow.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        row.addWidget(arrow, 0)
        scenarios = strategy.scenarios(data, self.board_id)
        goals_total = 0
        for scenario in scenarios:
            column, layout = self.box(host)
            column.setProperty("point", "b")
            layout.addWidget(self.text(column, scenario.name, "heading", bold=True))
            if scenario.point_b.strip():
                layout.addWidget(self.text(column, scenario.point_b, color=theme.ACCENT_DARK))
            goals = strategy.items(data, self.board_id, SK.GOAL, scenario_id=scenario.id)
            goals_total += len(goals)
            if goals:
                layout.addWidget(
                    self.text(column, strategy.title(SK.GOAL, language), "small", True)
                )
            for goal in goals:
                layout.addWidget(self.card(column, goal.text, self._plan(data, goal.id)))
            layout.addStretch(1)
            row.addWidget(column, 1)
        if not scenarios:
            hint = printed(page_strategy.MESSAGES, "no_scenarios")
            row.addWidget(self.text(host, hint, color=theme.MUTED), 1)
        body.addWidget(host, 1)
        set_wrapped_text(
            self.status,
            QCoreApplication.translate("StrategyBoard", "%1 scenarios, %2 goals")
            .replace("%1", str(len(scenarios)))
            .replace("%2", str(goals_total)),
        )

    def _plan(self, data: WorkshopData, goal_id: int) -> str:
        """The goal's steps, one a line, ticked when done."""
        lines = []
        for step in strategy.items(data, self.board_id, SK.STEP, goal_id=goal_id):
            when = " · ".join(p for p in (step.due, step.owner) if p)
            mark = "✓" if step.done else "•"
            lines.append(f"{mark} {step.text}" + (f" ({when})" if when else ""))
        return "\n".join(lines)


class JourneyProjectorView(CxProjectorView):
    """The map: a column per stage (as wide as the window allows), a row per lane."""

    def fill(self, body: QVBoxLayout) -> None:
        data, language = self.controller.data, workshop_language(self.controller)
        stages = journey.stages(data, self.board_id)
        host = QWidget(self)
        grid = QGridLayout(host)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(8)
        grid.setColumnStretch(0, 4)  # lane titles: room for a long word ("Opportunities")
        body.addWidget(host, 1)
        lowest = journey.lowest_stages(data, self.board_id)
        set_wrapped_text(
            self.status,
            QCoreApplication.translate("JourneyBoard", "Hardest moment: %1").replace(
                "%1", ", ".join(s.name for s in lowest)
            )
            if lowest
            else "",
        )
        if not stages:
            empty = printed(page_journey.MESSAGES, "no_stages")
            grid.addWidget(self.text(host, empty, color=theme.MUTED), 0, 0)
            return
        emotion = QCoreApplication.translate("JourneyBoard", "Emotion")
        grid.addWidget(self.text(host, emotion, "small", True, theme.MUTED), 1, 0)
        for row, lane in enumerate(journey.LANES, start=2):
            title = journey.lane_title(lane, language)
            grid.addWidget(
                self.text(host, title, "small", True, theme.MUTED),
                row,
                0,
                Qt.AlignmentFlag.AlignTop,
            )
        metrics_row = 2 + len(journey.LANES)
        metrics = QCoreApplication.translate("JourneyBoard", "Metrics")
        grid.addWidget(self.text(host, metrics, "small", True, theme.MUTED), metrics_row, 0)
        for column, stage in enumerate(stages, start=1):
            grid.setColumnStretch(column, 5)
            grid.addWidget(self.text(host, stage.name, "heading", bold=True), 0, column)
            grid.addWidget(self._emotion(host, stage.emotion), 1, column)
            for row, lane in enumerate(journey.LANES, start=2):
                cells = journey.cells(data, stage.id, lane)
                if not cells:
                    continue
                frame = QWidget(host)
                frame.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
                stack = QVBoxLayout(frame)
                stack.setContentsMargins(0, 0, 0, 0)
                stack.setSpacing(4)
                self.cards(frame, stack, [(c.text, cell_badge(c, language)) for c in cells])
                grid.addWidget(frame, row, column, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(
                self.text(host, stage_metric_text(stage), "small", color=theme.MUTED),
                metrics_row,
                column,
                Qt.AlignmentFlag.AlignTop,
            )
        grid.setRowStretch(metrics_row + 1, 1)  # the map stays at the top, rows as tall as needed
        ticked = len(principles.checks_for(data, self.board_id))
        body.addWidget(
            self.text(
                self,
                QCoreApplication.translate(
                    "CxBoards", "Service-design principles: %1 of 6"
                ).replace("%1", str(ticked)),
                "small",
                color=theme.MUTED,
            )
        )

    def _emotion(self, parent: QWidget, value: int | None) -> QLabel:
        if value is None:
            return self.text(parent, "—", "heading", color=theme.MUTED)
        color = NEGATIVE if value < 0 else POSITIVE
        return self.text(parent, f"{value:+d}" if value else "0", "heading", True, color)


class ScenarioProjectorView(CxProjectorView):
    """A row per scenario: whose it is, its failures and its three models; a model kind
    the scenario still lacks is a dashed warning box."""

    def fill(self, body: QVBoxLayout) -> None:
        data, language = self.controller.data, workshop_language(self.controller)
        scenarios = scenario_audit.scenarios(data, self.board_id)
        status = scenario_audit.completeness(data, self.board_id)
        set_wrapped_text(
            self.status,
            QCoreApplication.translate("ScenarioBoard", "Complete: %1 of %2")
            .replace("%1", str(status.complete))
            .replace("%2", str(status.scenarios)),
        )
        host = QWidget(self)
        grid = QGridLayout(host)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(10)
        body.addWidget(host, 1)
        heads = [
            QCoreApplication.translate("ScenarioBoard", "Scenario"),
            scenario_audit.failures_title(language),
            *(scenario_audit.model_title(k, language) for k in scenario_audit.MODEL_KINDS),
        ]
        for column, head in enumerate(heads):
            grid.setColumnStretch(column, 1)
            grid.addWidget(self.text(host, head, "small", True, theme.MUTED), 0, column)
        if not scenarios:
            empty = printed(page_scenarios.MESSAGES, "no_scenarios")
            grid.addWidget(self.text(host, empty, color=theme.MUTED), 1, 0)
            return
        for row, scenario in enumerate(scenarios, start=1):
            name, layout = self.box(host)
            layout.addWidget(self.text(name, scenario.title, bold=True))
            actor = scenario_audit.actor_title(scenario.actor, language)
            ticks = QCoreApplication.translate("ScenarioBoard", "Principles: %1 of 6").replace(
                "%1", str(principles.score(data, self.board_id, scenario.id))
            )
            layout.addWidget(self.text(name, f"{actor} · {ticks}", "small", color=theme.MUTED))
            grid.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
            failures = [(f.text, sent_badge(f)) for f in scenario_audit.failures(data, scenario.id)]
            grid.addWidget(self._column(host, failures), row, 1, Qt.AlignmentFlag.AlignTop)
            missing = status.missing.get(scenario.id, [])
            for column, kind in enumerate(scenario_audit.MODEL_KINDS, start=2):
                models = scenario_audit.models(data, scenario.id, kind)
                frame = self._column(host, [(m.text, model_badge(m)) for m in models])
                frame.setProperty("missing", kind in missing)
                grid.addWidget(frame, row, column, Qt.AlignmentFlag.AlignTop)
        grid.setRowStretch(len(scenarios) + 1, 1)  # rows as tall as their cards, at the top

    def _column(self, parent: QWidget, rows: list[tuple[str, str]]) -> QFrame:
        frame, layout = self.box(parent)
        if rows:
            self.cards(frame, layout, rows)
        else:
            layout.addWidget(self.text(frame, "—", color=theme.MUTED))
        return frame
