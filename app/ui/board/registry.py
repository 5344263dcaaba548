"""Which widget shows which kind of board. Exercises plug their widgets in here.

`BOARD_WIDGETS[kind]` is a factory `(controller, board_id) -> QWidget`; the main window
reparents the widget into its stack. The main
window asks the widget for optional board commands by name (`zoom_in`, `zoom_out`, `fit`,
`select_all`, `delete_selection`, `focus_find`, `board_scene`) and skips what is missing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.domain.model import BoardKind
from app.ui import theme
from app.ui.board.capture import CaptureBoard
from app.ui.controller import Controller

BoardWidgetFactory = Callable[[Controller, int], QWidget]


def board_kind_label(kind: BoardKind) -> str:
    labels = {
        BoardKind.CAPTURE: QCoreApplication.translate("Boards", "Idea capture"),
        BoardKind.REVERSE: QCoreApplication.translate("Boards", "Good idea / bad idea"),
        BoardKind.PRIORITISE: QCoreApplication.translate("Boards", "Prioritisation"),
        BoardKind.VALUE: QCoreApplication.translate("Boards", "Value propositions"),
        BoardKind.STRATEGY: QCoreApplication.translate("Boards", "Point A to point B"),
        BoardKind.JOURNEY: QCoreApplication.translate("Boards", "Customer journey map"),
        BoardKind.SCENARIOS: QCoreApplication.translate("Boards", "Scenario audit"),
    }
    return labels.get(kind, str(kind))


class PlaceholderBoard(QWidget):
    """Shown for exercises whose widget is not installed yet."""

    def __init__(
        self, controller: Controller, board_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.board_id = board_id
        board = controller.data.board(board_id)
        kind = board.kind if board else BoardKind.CAPTURE
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        title = QLabel(board.title if board else "", self)
        title.setObjectName("heroTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = QLabel(
            self.tr("The %1 exercise opens here in a later version of Point B.").replace(
                "%1", board_kind_label(kind)
            ),
            self,
        )
        text.setObjectName("heroSubtitle")
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setWordWrap(True)
        layout.addStretch(1)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addStretch(2)
        self.setStyleSheet(f"background: {theme.CANVAS};")


BOARD_WIDGETS: dict[BoardKind, BoardWidgetFactory] = {
    BoardKind.CAPTURE: CaptureBoard,
    BoardKind.REVERSE: PlaceholderBoard,
    BoardKind.PRIORITISE: PlaceholderBoard,
    BoardKind.VALUE: PlaceholderBoard,
    BoardKind.STRATEGY: PlaceholderBoard,
    BoardKind.JOURNEY: PlaceholderBoard,
    BoardKind.SCENARIOS: PlaceholderBoard,
}


def make_board_widget(
    kind: BoardKind, controller: Controller, board_id: int, parent: QWidget | None = None
) -> QWidget:
    factory = BOARD_WIDGETS.get(kind, PlaceholderBoard)
    widget = factory(controller, board_id)
    if parent is not None:
        widget.setParent(parent)
    return widget
