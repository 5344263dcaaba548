"""The value proposition board: segments, canvases, the hero and the statement.

A bar on top lists the customer segments (add, rename, describe, remove) and the canvases
of the selected segment (the whole segment, or one per release slice). The tabs below show
the canvas, the archetype deck, the suggestion, the heroes side by side and the statement.
Widgets only show and dispatch: every change is a `value_flow` edit pushed through the
controller as one undo step.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFrame,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain import value_flow
from app.domain.archetypes import load_catalogue
from app.domain.model import BoardKind
from app.domain.value_prop import Canvas, Segment
from app.ui.board.contract import BoardPage
from app.ui.controller import Controller
from app.ui.elide import elided, fit_combo
from app.ui.exercises.value_prop_canvas import CanvasView
from app.ui.exercises.value_prop_common import (
    CONCERNS,
    STYLESHEET,
    CommitLineEdit,
    ValueSession,
    hbox,
    plain_label,
)
from app.ui.exercises.value_prop_compare import CompareView
from app.ui.exercises.value_prop_hero import DeckView, SuggestView
from app.ui.exercises.value_prop_projector import ValueProjectorView
from app.ui.exercises.value_prop_statement import StatementView
from app.ui.fit import ElidedButton, WrapRow, name_tabs, set_placeholder, size_by_shown_tab
from app.ui.stages import TabStages, stage_title

SCREENSHOT_SIZE = (1600, 1000)


class ValueBoardWidget(BoardPage):
    """The whole value proposition exercise for one VALUE board."""

    def __init__(
        self, controller: Controller, board_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(controller, board_id, parent)
        self.setObjectName("valueBoard")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(STYLESHEET)
        self.session = ValueSession(controller, load_catalogue(), self)
        self.segment_id: int | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._segment_bar())
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("vpTabs")
        self.tabs.setDocumentMode(True)
        self.canvas_view = CanvasView(self.session, self)
        self.deck_view = DeckView(self.session, self)
        self.suggest_view = SuggestView(self.session, self)
        self.compare_view = CompareView(self.session, self)
        self.statement_view = StatementView(self.session, self)
        for view in (
            self.canvas_view,
            self.deck_view,
            self.suggest_view,
            self.compare_view,
            self.statement_view,
        ):  # in stage order: the stages name the tabs (TabStages, below)
            self.tabs.addTab(view, "")
        # The hero and the canvas picker on a line of their own above the tabs: beside the
        # tabs they would squeeze the tab names on a laptop screen.
        corner = QFrame(self)
        corner.setObjectName("vpBar")
        corner_row = hbox(corner, spacing=8)
        corner_row.setContentsMargins(16, 0, 16, 6)
        self.hero_label = plain_label("", corner, "vpHero", wrap=False)
        corner_row.addWidget(self.hero_label, 1)
        canvas_label = stage_title(BoardKind.VALUE, "canvas")
        corner_row.addWidget(plain_label(canvas_label, corner, "vpBarLabel", wrap=False))
        self.canvas_picker = QComboBox(corner)
        self.canvas_picker.setMinimumWidth(170)
        fit_combo(self.canvas_picker)
        self.canvas_picker.activated.connect(self._canvas_picked)
        corner_row.addWidget(self.canvas_picker)
        layout.addWidget(corner)
        layout.addWidget(self.tabs, 1)
        self.stages = TabStages(self.tabs, controller, board_id, BoardKind.VALUE)
        name_tabs(self.tabs)
        size_by_shown_tab(self.tabs)

        self.follow_changes(CONCERNS, self.refresh)
        # No file_replaced: a board widget shows one board of one file; the main window
        # deletes it and builds a new one when another workshop is opened.
        self.session.scratch_changed.connect(self._refresh_hero_views)
        self.session.canvas_changed.connect(self._refresh_views)
        self.session.canvas_changed.connect(self._report_canvas)
        self.refresh()

    # --- the segment bar -------------------------------------------------------------------
    def _segment_bar(self) -> QFrame:
        """Segments and the canvas picker on one line; editing tools behind "Edit"."""
        bar = QFrame(self)
        bar.setObjectName("vpBar")
        column = QVBoxLayout(bar)
        column.setContentsMargins(16, 6, 16, 6)
        column.setSpacing(6)

        top = hbox(spacing=10)
        top.addWidget(plain_label(self.tr("Segments"), bar, "vpBarLabel", wrap=False))
        # Chips that wrap onto more lines; a long name is elided, whole in the tooltip.
        self.segment_chips = WrapRow(bar)
        self.segment_chips.setObjectName("vpSegments")
        top.addWidget(self.segment_chips, 1)
        self.new_segment = CommitLineEdit(bar)
        set_placeholder(self.new_segment, self.tr("New segment… (Enter)"))
        self.new_segment.setMinimumWidth(180)
        self.new_segment.returnPressed.connect(self.add_segment)
        top.addWidget(self.new_segment)
        self.edit_toggle = QPushButton(self.tr("Edit segment…"), bar)
        self.edit_toggle.setCheckable(True)
        self.edit_toggle.setToolTip(
            self.tr("Rename or describe the segment, add or remove canvases")
        )
        top.addWidget(self.edit_toggle)
        column.addLayout(top)

        # Rarely needed in the room, so hidden until asked for: more canvas for the projector.
        self.details = QWidget(bar)
        details = hbox(self.details, spacing=8)
        self.segment_name = CommitLineEdit(self.details)
        self.segment_name.setPlaceholderText(self.tr("Segment name"))
        self.segment_name.committed.connect(self._rename_segment)
        details.addWidget(self.segment_name, 3)
        self.segment_description = CommitLineEdit(self.details)
        self.segment_description.setPlaceholderText(self.tr("Short description"))
        self.segment_description.committed.connect(self._describe_segment)
        details.addWidget(self.segment_description, 4)
        self.remove_segment_button = QPushButton(self.tr("Remove segment"), self.details)
        self.remove_segment_button.clicked.connect(self.remove_segment)
        details.addWidget(self.remove_segment_button)
        details.addSpacing(16)
        self.new_canvas_for = QComboBox(self.details)
        self.new_canvas_for.setMinimumWidth(170)
        fit_combo(self.new_canvas_for)
        self.new_canvas_for.setToolTip(
            self.tr("A canvas per release slice, or for the whole segment")
        )
        details.addWidget(self.new_canvas_for)
        self.new_canvas_button = QPushButton(self.tr("New canvas"), self.details)
        self.new_canvas_button.clicked.connect(self.create_canvas)
        details.addWidget(self.new_canvas_button)
        self.prefill_button = QPushButton(self.tr("Products from slice"), self.details)
        self.prefill_button.setToolTip(self.tr("Add the slice's items that are not yet products"))
        self.prefill_button.clicked.connect(self.prefill_products)
        details.addWidget(self.prefill_button)
        self.remove_canvas_button = QPushButton(self.tr("Remove canvas"), self.details)
        self.remove_canvas_button.clicked.connect(self.remove_canvas)
        details.addWidget(self.remove_canvas_button)
        self.details.setVisible(False)
        self.edit_toggle.toggled.connect(self.details.setVisible)
        column.addWidget(self.details)
        return bar

    # --- commands --------------------------------------------------------------------------
    def add_segment(self) -> None:
        name = self.new_segment.text()
        if not name.strip():
            return
        data = self.session.data
        pairs = self.session.run(
            self.tr("Add segment"), lambda: value_flow.start_segment(data, name)
        )
        if pairs is None:
            return
        self.new_segment.show_stored("")
        self.new_segment.clear()
        added_segment, added_canvas = pairs[0][1], pairs[1][1]
        assert added_segment is not None and added_canvas is not None
        self.select(added_segment.id, added_canvas.id)

    def _rename_segment(self, name: str) -> None:
        segment_id = self.segment_id
        if segment_id is None:
            return
        data = self.session.data
        done = self.session.run(
            self.tr("Rename segment"),
            lambda: value_flow.update_segment(data, segment_id, name=name),
        )
        if done is None:  # refused (empty or taken): show the stored name again
            self.refresh()

    def _describe_segment(self, description: str) -> None:
        segment_id = self.segment_id
        if segment_id is None:
            return
        data = self.session.data
        self.session.run(
            self.tr("Describe segment"),
            lambda: value_flow.update_segment(data, segment_id, description=description),
        )

    def remove_segment(self) -> None:
        segment_id = self.segment_id
        if segment_id is None:
            return
        data = self.session.data
        self.session.run(
            self.tr("Remove segment"), lambda: value_flow.remove_segment(data, segment_id)
        )

    def create_canvas(self) -> None:
        segment_id = self.segment_id
        if segment_id is None or self.new_canvas_for.currentIndex() < 0:
            return
        slice_id = self.new_canvas_for.currentData()
        data = self.session.data
        pairs = self.session.run(
            self.tr("New canvas"),
            lambda: value_flow.create_canvas(data, segment_id, slice_id if slice_id else None),
        )
        added = pairs[0][1] if pairs else None
        if added is not None:
            self.select(segment_id, added.id)

    def prefill_products(self) -> None:
        canvas_id = self.session.canvas_id
        if canvas_id is None:
            return
        data = self.session.data
        self.session.run(
            self.tr("Products from the slice"),
            lambda: value_flow.prefill_products(data, canvas_id),
        )

    def remove_canvas(self) -> None:
        canvas_id = self.session.canvas_id
        if canvas_id is None:
            return
        data = self.session.data
        self.session.run(
            self.tr("Remove canvas"), lambda: value_flow.remove_canvas(data, canvas_id)
        )

    # --- selection -------------------------------------------------------------------------
    def select(self, segment_id: int | None, canvas_id: int | None = None) -> None:
        """Show a segment and one of its canvases (its first when none is named)."""
        self.segment_id = segment_id
        if self.controller.file is None or segment_id is None:
            self.session.show_canvas(None)
        else:
            canvases = value_flow.canvases_of(self.session.data, segment_id)
            ids = [c.id for c in canvases]
            self.session.show_canvas(canvas_id if canvas_id in ids else (ids[0] if ids else None))
        self.refresh()

    def _segment_picked(self, segment_id: int) -> None:
        if segment_id != self.segment_id:
            self.select(segment_id)
        else:
            self._check_shown_chip()  # a click on the shown chip keeps it chosen

    def _canvas_picked(self, index: int) -> None:
        canvas_id = self.canvas_picker.itemData(index)
        if isinstance(canvas_id, int):
            self.select(self.segment_id, canvas_id)

    # --- showing ---------------------------------------------------------------------------
    @classmethod
    def projector_view(
        cls, controller: Controller, board_id: int, parent: QWidget | None
    ) -> QWidget:
        """Each segment's hero and statement, for the room."""
        return ValueProjectorView(controller, board_id, parent)

    def show_stage(self, stage: str) -> None:
        """Show the tab of an agenda stage ("canvas", "deck", ... see STAGES)."""
        self.stages.show(stage)

    def shown_stage(self) -> str:
        return self.stages.shown()

    def board_stages(self) -> TabStages:
        return self.stages

    def refresh(self) -> None:
        if self.controller.file is None:
            self.segment_id = None
            self.session.show_canvas(None)
            self.segment_chips.clear()
            self._refresh_views()
            return
        data = self.session.data
        segments = sorted(data.segments, key=lambda s: s.id)
        known = {s.id for s in segments}
        if self.segment_id not in known:
            self.segment_id = segments[0].id if segments else None
        canvases = (
            value_flow.canvases_of(data, self.segment_id) if self.segment_id is not None else []
        )
        if self.session.canvas_id not in {c.id for c in canvases}:
            self.session.canvas_id = canvases[0].id if canvases else None

        self._fill_segment_chips(segments)

        segment = next((s for s in segments if s.id == self.segment_id), None)
        self.segment_name.show_stored(segment.name if segment else "")
        self.segment_description.show_stored(segment.description if segment else "")
        for widget in (self.segment_name, self.segment_description, self.remove_segment_button):
            widget.setEnabled(segment is not None)
        self._fill_canvas_pickers(canvases)
        self._refresh_views()
        self._report_canvas()

    def _report_canvas(self) -> None:
        """The projector shows the canvas the console shows."""
        if self.controller.file is not None:
            self.controller.report_pick(self.board_id, self.session.canvas_id)

    def _fill_segment_chips(self, segments: list[Segment]) -> None:
        self.segment_chips.clear()
        for each in segments:
            chip = ElidedButton(each.name, self.segment_chips)
            chip.setObjectName("vpSegment")
            chip.setCheckable(True)
            chip.setProperty("segmentId", each.id)
            chip.set_detail(each.description)
            chip.clicked.connect(lambda _=False, sid=each.id: self._segment_picked(sid))
            self.segment_chips.add(chip)
        self._check_shown_chip()

    def _check_shown_chip(self) -> None:
        for chip in self.segment_chips.buttons:
            chip.setChecked(chip.property("segmentId") == self.segment_id)

    def _fill_canvas_pickers(self, canvases: list[Canvas]) -> None:
        data = self.session.data
        slices = {s.id: s for s in data.slices}
        self.canvas_picker.clear()
        for canvas in canvases:
            release = slices.get(canvas.slice_id) if canvas.slice_id is not None else None
            label = elided(release.name) if release else self.tr("Whole segment")
            self.canvas_picker.addItem(label, canvas.id)
            if canvas.id == self.session.canvas_id:
                self.canvas_picker.setCurrentIndex(self.canvas_picker.count() - 1)
        taken = {c.slice_id for c in canvases}
        self.new_canvas_for.clear()
        if None not in taken:
            self.new_canvas_for.addItem(self.tr("Whole segment"), 0)
        for release in sorted(data.slices, key=lambda s: (s.position, s.id)):
            if release.id not in taken:
                self.new_canvas_for.addItem(
                    self.tr("For %1").replace("%1", elided(release.name)), release.id
                )
        has_segment = self.segment_id is not None
        self.new_canvas_for.setEnabled(has_segment and self.new_canvas_for.count() > 0)
        self.new_canvas_button.setEnabled(has_segment and self.new_canvas_for.count() > 0)
        shown = self.session.canvas()
        self.canvas_picker.setEnabled(bool(canvases))
        self.remove_canvas_button.setEnabled(shown is not None)
        self.prefill_button.setVisible(shown is not None and shown.slice_id is not None)

    def _refresh_views(self) -> None:
        self.canvas_view.refresh()
        self.statement_view.refresh()
        self._refresh_hero_views()

    def _refresh_hero_views(self) -> None:
        self.deck_view.refresh()
        self.suggest_view.refresh()
        self.compare_view.refresh()
        canvas = self.session.canvas()
        hero = self.session.archetype(canvas.archetype) if canvas else None
        if hero is None:
            self.hero_label.setText(self.tr("Hero: not chosen yet") if canvas else "")
            return
        language = self.session.language
        text = self.tr("Hero: %1").replace("%1", hero.name(language))
        second = self.session.archetype(canvas.secondary_archetype) if canvas else None
        if second is not None:
            text += self.tr(" · second voice: %1").replace("%1", second.name(language))
        self.hero_label.setText(text)


# --- screenshots ----------------------------------------------------------------------------
def _settle(milliseconds: int = 80) -> None:
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def render_screenshots(out_dir: Path | str, language: str = "en") -> list[Path]:
    """Render the deck, the canvas and the comparison of the demo at 1600x1000 (offscreen).

    Writes value-deck.png, value-canvas.png and value-compare.png into `out_dir`.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from app.demo import write_demo
    from app.services import WorkshopFile
    from app.ui.app import make_app

    make_app()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="pointb-value-") as temp:
        path = write_demo(Path(temp) / "demo.pointb", language, force=True)
        controller = Controller()
        controller.adopt(WorkshopFile.open(path))
        board = next(b for b in controller.data.boards if b.kind is BoardKind.VALUE)
        widget = ValueBoardWidget(controller, board.id)
        widget.resize(*SCREENSHOT_SIZE)
        widget.show()
        first = min(controller.data.segments, key=lambda s: s.id)
        widget.select(first.id)
        for key in ("magician", "regular", "caregiver"):
            if key not in widget.session.compared():
                widget.session.toggle_compared(key)
        for index, name in (
            (1, "value-deck.png"),
            (0, "value-canvas.png"),
            (3, "value-compare.png"),
        ):
            widget.tabs.setCurrentIndex(index)
            _settle()
            target = out / name
            if not widget.grab().save(str(target)):
                raise OSError(f"could not write {target}")
            written.append(target)
        widget.close()
        widget.deleteLater()
        controller.close()
        QCoreApplication.processEvents()
    QApplication.processEvents()
    return written


if __name__ == "__main__":  # python -m app.ui.exercises.value_prop [OUTDIR] [en|ru]
    import sys

    arguments = sys.argv[1:]
    for written_path in render_screenshots(
        arguments[0] if arguments else "docs/img", arguments[1] if len(arguments) > 1 else "en"
    ):
        print(written_path)
