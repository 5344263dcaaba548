"""The prioritisation board: candidates, Kano, the impact/effort 2x2, RICE/ICE scores,
release slices and the Pareto view, one tab each.

Every tab reads one `BoardSummary` (computed by the domain after each change) and turns
gestures into `controller` edits made by `app.domain.prioritise_flow`; nothing here
decides anything about Kano, scores or cuts.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain import kano, model, prioritise, prioritise_flow
from app.domain.model import BoardKind
from app.ui import theme
from app.ui.board.contract import BoardPage
from app.ui.controller import Controller
from app.ui.exercises.prioritise_candidates import CandidatesTab
from app.ui.exercises.prioritise_common import BASE_POINT_SIZE
from app.ui.exercises.prioritise_kano import KanoTab
from app.ui.exercises.prioritise_matrix import MatrixTab
from app.ui.exercises.prioritise_pareto import ParetoTab
from app.ui.exercises.prioritise_projector import PrioritiseProjectorView
from app.ui.exercises.prioritise_scores import ScoresTab
from app.ui.exercises.prioritise_slices import SlicesTab
from app.ui.fit import name_tabs, size_by_shown_tab
from app.ui.stages import TabStages

# The stored classes whose change can alter what this board shows.
CONCERNS = (
    prioritise.Candidate,
    kano.KanoAnswerRecord,
    prioritise.ReleaseSlice,
    model.Workshop,
    model.Vote,
    model.Note,
    model.Board,
)
MESSAGE_SECONDS = 10
SCREENSHOT_SIZE = (1600, 1000)


class PrioritiseBoardWidget(BoardPage):
    def __init__(
        self, controller: Controller, board_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(controller, board_id, parent)
        self.setFont(theme.ui_font(BASE_POINT_SIZE))

        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message_bar = QFrame()
        self.message_bar.setObjectName("messageBar")
        bar_layout = QHBoxLayout(self.message_bar)
        bar_layout.setContentsMargins(12, 6, 12, 6)
        bar_layout.addWidget(self.message)
        self.message_bar.hide()
        self._message_timer = QTimer(self)
        self._message_timer.setSingleShot(True)
        self._message_timer.timeout.connect(self.message_bar.hide)

        self.candidates_tab = CandidatesTab(controller, board_id)
        self.kano_tab = KanoTab(controller, board_id)
        self.matrix_tab = MatrixTab(controller, board_id)
        self.scores_tab = ScoresTab(controller, board_id)
        self.slices_tab = SlicesTab(controller, board_id)
        self.pareto_tab = ParetoTab(controller, board_id)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.setStyleSheet(
            # The chosen tab and mode are marked by colour and a border, not by bold type:
            # Qt sizes a tab or a button for its regular text, so bold text would be cut.
            # The type size goes on the bar, not on its tabs: Qt elides a tab's name by
            # the bar's font, so a larger tab font is drawn cut at both ends.
            "QTabBar { font-size: 12pt; } QTabBar::tab { padding: 8px 10px; }"
            f"QTabBar::tab:selected {{ color: {theme.ACCENT_DARK};"
            f" border-bottom: 3px solid {theme.ACCENT}; }}"
            # Mode toggles (Quick sort / Questionnaire, RICE / ICE) must show which is on.
            f"QPushButton:checked {{ background: #DBEAFE; border: 2px solid {theme.ACCENT};"
            f" color: {theme.ACCENT_DARK}; }}"
        )
        self.pages = (  # in stage order: the stages name the tabs
            self.candidates_tab,
            self.kano_tab,
            self.matrix_tab,
            self.scores_tab,
            self.slices_tab,
            self.pareto_tab,
        )
        for page in self.pages:
            self.tabs.addTab(page, "")
        self.stages = TabStages(self.tabs, controller, board_id, BoardKind.PRIORITISE)
        name_tabs(self.tabs)
        size_by_shown_tab(self.tabs)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.tabs, 1)

        self.follow_changes(CONCERNS, self.refresh)
        # No file_replaced: a board widget shows one board of one file; the main window
        # deletes it and builds a new one when another workshop is opened.
        controller.error.connect(self._on_error)
        self.refresh()

    @classmethod
    def projector_view(
        cls, controller: Controller, board_id: int, parent: QWidget | None
    ) -> QWidget:
        """The room's ranked list."""
        return PrioritiseProjectorView(controller, board_id, parent)

    def refresh(self) -> None:
        if self.controller.file is None:
            return
        data = self.controller.data
        if data.board(self.board_id) is None:
            return
        summary = prioritise_flow.board_summary(data, self.board_id)
        for page in self.pages:
            page.refresh(summary)

    def _on_error(self, text: str) -> None:
        if not self.controller.window_shows_messages:
            self.show_message(text)

    def show_stage(self, stage: str) -> None:
        """Show the tab of an agenda stage ("candidates", "kano", ... see STAGES)."""
        self.stages.show(stage)

    def shown_stage(self) -> str:
        return self.stages.shown()

    def board_stages(self) -> TabStages:
        return self.stages

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message_bar.show()
        self._message_timer.start(MESSAGE_SECONDS * 1000)


# --- screenshots ---------------------------------------------------------------------------------
SCREENSHOTS = (
    ("prioritise-kano.png", 1),
    ("prioritise-matrix.png", 2),
    ("prioritise-slices.png", 4),
)


def render_screenshots(out_dir: Path | str, language: str = "en") -> list[Path]:
    """Render the Kano view, the 2x2 and the release slices of the demo, 1600x1000."""
    from app import demo
    from app.domain import promotion

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance()
    if app is None:  # run on its own: style it as the application would
        app = QApplication(sys.argv[:1])
        assert isinstance(app, QApplication)
        theme.apply(app)
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as folder:
        path = demo.write_demo(Path(folder) / "demo.pointb", language)
        controller = Controller()
        controller.open(path)
        try:
            board = promotion.prioritisation_board(controller.data)
            assert board is not None, "the demo has no prioritisation board"
            widget = PrioritiseBoardWidget(controller, board.id)
            widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
            widget.resize(*SCREENSHOT_SIZE)
            widget.show()
            for name, tab in SCREENSHOTS:
                widget.tabs.setCurrentIndex(tab)
                QApplication.processEvents()
                target = out / name
                widget.grab().save(str(target))
                written.append(target)
            widget.close()
            widget.deleteLater()
        finally:
            controller.close()
    return written


if __name__ == "__main__":  # python -m app.ui.exercises.prioritise docs/img
    for written_path in render_screenshots(sys.argv[1] if len(sys.argv) > 1 else "docs/img"):
        print(f"wrote {written_path}")
