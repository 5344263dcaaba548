"""Proxy voting: the facilitator enters the room's dots quickly, voter by voter."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from app.domain import edits, model
from app.ui.board.capture import CaptureBoard
from app.ui.board.voting import pick_voter
from app.ui.main_window import MainWindow
from tests.ui.helpers import click, note_center, press_key


@pytest.fixture
def window(window_on_workshop: MainWindow) -> MainWindow:
    return window_on_workshop


def board_with_notes(
    qtbot: Any, window: MainWindow, count: int = 9
) -> tuple[CaptureBoard, list[int]]:
    controller = window.controller
    board_id = controller.data.boards[0].id
    ids = []
    for n in range(count):
        data = controller.data
        x, y = edits.next_note_position(data, board_id)
        assert controller.edit("add", edits.add_note(data, board_id, f"Idea {n}", x=x, y=y))
        ids.append(max(n.id for n in controller.data.notes))
    board = window.current_board_widget()
    assert isinstance(board, CaptureBoard)
    board.view.reset_zoom()
    board.view.centerOn(500.0, 250.0)
    qtbot.wait(5)
    return board, ids


def voter_names(board: CaptureBoard) -> list[str]:
    return [board.voter_combo.itemText(i) for i in range(board.voter_combo.count())]


def test_number_keys_pick_the_voter_and_clicks_add_and_take_dots(
    qtbot: Any, window: MainWindow
) -> None:
    board, ids = board_with_notes(qtbot, window)  # 9 notes: 3 dots per voter
    data = window.controller.data
    # Entry order (not the alphabet), each with its number key.
    assert voter_names(board) == [
        "1 · Oleg (Ravens)",
        "2 · Maria (Foxes)",
        "3 · Ivan (Foxes)",
        "4 · Team: Ravens",
        "5 · Team: Foxes",
    ]
    board.set_voting(True)
    board.view.setFocus()
    # Keys 1-9 pick the n-th voter in the list.
    press_key(board.view, Qt.Key.Key_1)
    assert board.voter_combo.currentText() == "1 · Oleg (Ravens)"
    oleg = next(p for p in data.participants if p.name == "Oleg")
    assert board.budget_label.text() == "Dots left: 3 of 3"
    click(board.view, note_center(board, ids[0]))
    click(board.view, note_center(board, ids[0]))
    click(board.view, note_center(board, ids[1]))
    assert edits.dots_used(window.controller.data, model.VoterKind.PARTICIPANT, oleg.id) == 3
    assert board.budget_label.text() == "Dots left: 0 of 3"
    # A fourth dot is refused with a message; nothing changes.
    click(board.view, note_center(board, ids[2]))
    assert window.message_bar.isVisible() and "Oleg" in window.message_bar.label.text()
    assert window.controller.data.vote_totals() == {ids[0]: 2, ids[1]: 1}
    # Shift+click and right-click take dots back.
    click(board.view, note_center(board, ids[0]), modifiers=Qt.KeyboardModifier.ShiftModifier)
    click(board.view, note_center(board, ids[1]), Qt.MouseButton.RightButton)
    assert window.controller.data.vote_totals() == {ids[0]: 1}
    assert board.budget_label.text() == "Dots left: 2 of 3"
    # The next voter: a team (teams come after people in the list).
    press_key(board.view, Qt.Key.Key_5)
    assert board.voter_combo.currentText() == "5 · Team: Foxes"
    click(board.view, note_center(board, ids[4]))
    foxes = next(t for t in data.teams if t.name == "Foxes")
    assert edits.dots_used(window.controller.data, model.VoterKind.TEAM, foxes.id) == 1
    # The dots are on the shared scene: the projector shows them as they are entered.
    assert board.scene.notes[ids[4]].votes == 1


def test_number_keys_only_while_voting_and_never_while_typing(
    qtbot: Any, window: MainWindow
) -> None:
    board, _ids = board_with_notes(qtbot, window, 3)
    board.set_voting(False)
    board.voter_combo.setCurrentIndex(0)
    board.view.setFocus()
    press_key(board.view, Qt.Key.Key_2)
    assert board.voter_combo.currentIndex() == 0  # voting is off: keys do nothing
    board.set_voting(True)
    board.capture_edit.setFocus()
    qtbot.keyClicks(board.capture_edit, "42")
    assert board.capture_edit.text() == "42" and board.voter_combo.currentIndex() == 0
    assert not pick_voter(board.board_voting(), 99)  # no such voter
    hint = board.findChild(QLabel, "voterKeysHint")
    assert hint is not None and "1–9" in hint.text()
    keys = window.boards[board.board_id].voter_keys  # attached once, by the registry
    assert keys is not None and len(keys.shortcuts) == 9 and keys.enabled()
    board.set_voting(False)
    assert not keys.enabled()


def test_budget_follows_the_workshop_setting(qtbot: Any, window: MainWindow) -> None:
    board, ids = board_with_notes(qtbot, window, 3)
    assert window.controller.edit_workshop("budget", vote_budget=5)
    board.set_voting(True)
    board.view.setFocus()
    press_key(board.view, Qt.Key.Key_1)
    assert board.budget_label.text() == "Dots left: 5 of 5"
    for _ in range(5):
        click(board.view, note_center(board, ids[0]))
    assert window.controller.data.vote_totals() == {ids[0]: 5}
    assert board.budget_label.text() == "Dots left: 0 of 5"
