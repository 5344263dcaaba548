"""Keys a facilitator uses while typing: the team of the next idea, the next field."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from app.domain import model
from app.ui.board.capture import CaptureBoard
from app.ui.controller import Controller
from app.ui.main_window import MainWindow
from tests.ui.helpers import press_key, type_text
from tests.ui.test_reverse_ui import make_widget, reverse_controller, reverse_path  # noqa: F401


def test_alt_digit_picks_the_team_while_typing_an_idea(
    qtbot: Any, window_on_workshop: MainWindow
) -> None:
    board = window_on_workshop.current_board_widget()
    assert isinstance(board, CaptureBoard)
    board.capture_edit.setFocus()
    type_text(board.capture_edit, "Pay by QR")
    press_key(board.capture_edit, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert board.team_combo.currentText() == "Foxes"
    assert board.capture_edit.text() == "Pay by QR"  # the key typed nothing
    press_key(board.capture_edit, Qt.Key.Key_Return)
    press_key(board.capture_edit, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    type_text(board.capture_edit, "Cash at the post office")
    press_key(board.capture_edit, Qt.Key.Key_Return)
    press_key(board.capture_edit, Qt.Key.Key_0, Qt.KeyboardModifier.AltModifier)
    assert board.team_combo.currentIndex() == 0  # no team
    teams = {t.id: t.name for t in window_on_workshop.controller.data.teams}
    notes = {n.text: teams.get(n.team_id or 0) for n in window_on_workshop.controller.data.notes}
    assert notes == {"Pay by QR": "Foxes", "Cash at the post office": "Ravens"}


def test_enter_on_the_best_idea_moves_to_the_worst_and_fields_stay_put(
    qtbot: Any,
    reverse_controller: Controller,  # noqa: F811
) -> None:
    widget = make_widget(qtbot, reverse_controller)
    qtbot.mouseClick(widget.setup_page.start_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    lane = widget.lane(1)
    lane.good_entry.setFocus()
    bad_at = lane.bad_entry.mapTo(widget, QPoint(0, 0))
    type_text(lane.good_entry, "Cashback for paying on time")
    press_key(lane.good_entry, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert QApplication.focusWidget() is lane.bad_entry
    # The new best-idea card did not push the worst-idea field down.
    assert lane.bad_entry.mapTo(widget, QPoint(0, 0)) == bad_at
    roles = [n.role for n in reverse_controller.data.notes if n.team_id == 1]
    assert roles == [model.NoteRole.GOOD]
