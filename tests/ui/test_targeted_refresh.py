"""Every board follows the workshop through one mechanism (app.ui.refresh): the board that
made a change skips it, a hidden board is only marked stale and catches up once when it is
shown, and undo and redo reach every board."""

from __future__ import annotations

import dataclasses

import pytest

from app.domain import edits, model
from app.ui.board.capture import CaptureBoard
from app.ui.board.contract import BoardPage
from app.ui.board.registry import BOARD_CLASSES
from app.ui.exercises.reverse import ReverseBoardWidget
from app.ui.main_window import MainWindow
from app.ui.refresh import ChangeFollower
from app.ui.setup_dialog import SetupDialog

pytestmark = pytest.mark.usefixtures("qsettings")


def _every_kind(win: MainWindow) -> dict[model.BoardKind, BoardPage]:
    """One board of every kind, each shown once (so each widget is built), then the
    capture board in front."""
    ctl = win.controller
    for kind in BOARD_CLASSES:
        if not any(b.kind == kind for b in ctl.data.boards):
            assert ctl.edit("board", edits.add_board(ctl.data, kind, kind.value))
    boards: dict[model.BoardKind, BoardPage] = {}
    for board in ctl.data.boards:
        widget = win.select_board(board.id)
        assert widget is not None and widget.follower is not None
        boards.setdefault(board.kind, widget)
    win.select_board(boards[model.BoardKind.CAPTURE].board_id)
    return boards


def _follower(board: BoardPage) -> ChangeFollower:
    assert board.follower is not None
    return board.follower


def _redraws(boards: dict[model.BoardKind, BoardPage]) -> dict[model.BoardKind, int]:
    return {kind: b.follower.redraws for kind, b in boards.items() if b.follower is not None}


def test_every_board_class_follows_changes_through_the_follower(
    window_on_workshop: MainWindow,
) -> None:
    boards = _every_kind(window_on_workshop)
    assert set(boards) == set(BOARD_CLASSES)
    assert all(type(board) is BOARD_CLASSES[kind] for kind, board in boards.items())


def test_a_change_on_one_board_leaves_the_hidden_boards_until_they_are_shown(
    window_on_workshop: MainWindow,
) -> None:
    win, ctl = window_on_workshop, window_on_workshop.controller
    boards = _every_kind(win)
    capture = boards[model.BoardKind.CAPTURE]
    before = _redraws(boards)
    # The workshop record concerns every board; the capture board makes the change.
    workshop = dataclasses.replace(ctl.data.workshop, challenge="How might we pay by QR?")
    assert ctl.edit("challenge", [], workshop, initiator=capture)
    assert _redraws(boards) == before  # the maker skips it, the hidden boards wait
    hidden = {kind: b for kind, b in boards.items() if b is not capture}
    assert all(b.follower is not None and b.follower.stale for b in hidden.values())
    assert capture.follower is not None and not capture.follower.stale

    for kind, board in hidden.items():
        win.select_board(board.board_id)
        assert board.follower is not None and not board.follower.stale
        assert board.follower.redraws == before[kind] + 1, kind  # once, when shown
    reverse = boards[model.BoardKind.REVERSE]
    assert isinstance(reverse, ReverseBoardWidget)
    assert reverse.challenge_label.text() == "How might we pay by QR?"
    win.select_board(capture.board_id)
    for kind, board in hidden.items():  # shown again with nothing new: nothing redone
        assert board.follower is not None and board.follower.redraws == before[kind] + 1


def test_undo_and_redo_reach_every_board(window_on_workshop: MainWindow) -> None:
    win = window_on_workshop
    ctl = win.controller
    boards = _every_kind(win)
    capture = boards[model.BoardKind.CAPTURE]
    reverse = boards[model.BoardKind.REVERSE]
    assert isinstance(reverse, ReverseBoardWidget)
    original = ctl.data.workshop.challenge
    workshop = dataclasses.replace(ctl.data.workshop, challenge="Fewer queues")
    assert ctl.edit("challenge", [], workshop, initiator=capture)
    win.select_board(reverse.board_id)
    assert reverse.challenge_label.text() == "Fewer queues"
    before = _redraws(boards)
    ctl.undo_stack.undo()  # the maker (capture) hears its undo too, once it is shown
    assert _follower(reverse).redraws == before[model.BoardKind.REVERSE] + 1
    assert reverse.challenge_label.text() == (original or "Good idea / bad idea")
    assert all(_follower(b).stale for b in boards.values() if b is not reverse)
    ctl.undo_stack.redo()
    assert reverse.challenge_label.text() == "Fewer queues"
    for kind, board in boards.items():
        win.select_board(board.board_id)
        assert board.follower is not None and board.follower.redraws == before[kind] + (
            2 if board is reverse else 1
        ), kind
    assert capture.follower is not None and not capture.follower.stale


def test_the_hidden_capture_wall_catches_up_with_notes_and_their_undo(
    window_on_workshop: MainWindow,
) -> None:
    win = window_on_workshop
    ctl = win.controller
    boards = _every_kind(win)
    capture = boards[model.BoardKind.CAPTURE]
    assert isinstance(capture, CaptureBoard)
    win.select_board(boards[model.BoardKind.JOURNEY].board_id)
    assert ctl.edit("note", edits.add_note(ctl.data, capture.board_id, "Pay by QR"))
    note = max(ctl.data.notes, key=lambda n: n.id)
    assert note.id not in capture.scene.notes  # hidden: nothing redrawn yet
    capture.refresh_if_needed()  # what the window asks before it shows a board
    assert capture.scene.notes[note.id].note.text == "Pay by QR"
    win.select_board(capture.board_id)
    win.select_board(boards[model.BoardKind.VALUE].board_id)
    ctl.undo_stack.undo()
    assert note.id in capture.scene.notes
    win.select_board(capture.board_id)
    assert note.id not in capture.scene.notes


def test_notes_and_dots_on_one_capture_board_leave_another_capture_board_alone(
    window_on_workshop: MainWindow,
) -> None:
    win, ctl = window_on_workshop, window_on_workshop.controller
    first = _every_kind(win)[model.BoardKind.CAPTURE]
    assert ctl.edit("board", edits.add_board(ctl.data, model.BoardKind.CAPTURE, "Second wall"))
    second = win.select_board(max(b.id for b in ctl.data.boards))
    assert isinstance(first, CaptureBoard) and isinstance(second, CaptureBoard)
    team = ctl.data.teams[0]
    assert ctl.edit("note", edits.add_note(ctl.data, second.board_id, "Pay by QR"))
    note = max(ctl.data.notes, key=lambda n: n.id)
    assert ctl.edit(
        "dot", edits.cast_vote(ctl.data, note.id, model.VoterKind.TEAM, team.id, 1)
    )
    assert not _follower(first).stale  # hidden, but nothing of its own changed
    assert note.id in second.scene.notes

    win.select_board(first.board_id)
    redraws = _follower(first).redraws
    assert ctl.edit("note", edits.add_note(ctl.data, first.board_id, "Queue by SMS"))
    assert not _follower(second).stale  # a board of its kind, but not its own
    assert _follower(first).redraws == redraws + 1
    renamed = dataclasses.replace(team, name="Blue team")
    assert ctl.edit("team", [(team, renamed)])  # a team is on every board
    assert _follower(second).stale


def test_the_setup_dialog_skips_its_own_field_edit_but_not_its_undo(
    window_on_workshop: MainWindow,
) -> None:
    win = window_on_workshop
    dialog = win.show_setup()
    assert isinstance(dialog, SetupDialog)
    redraws = dialog.follower.redraws
    dialog.title_edit.setText("  Payments without terminals  ")
    dialog.title_edit.editingFinished.emit()
    assert win.controller.data.workshop.title == "Payments without terminals"
    assert "Payments without terminals" in win.windowTitle()  # the other views follow
    assert dialog.follower.redraws == redraws  # the dialog made it: no full refresh
    assert dialog.title_edit.text() == "Payments without terminals"  # the stored value
    win.controller.undo_stack.undo()
    assert dialog.follower.redraws == redraws + 1
    assert dialog.title_edit.text() == "Cash terminals"
    dialog.close()
