"""The inbox commands of `pointb serve --moderate`, on a workshop file (no server)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.domain import edits, model
from app.domain.edits import EditRefused
from app.room_server import inbox
from app.services import WorkshopFile


def _workshop_with_notes(path: Path) -> tuple[WorkshopFile, int, int]:
    workshop = WorkshopFile.open(path)
    board = next(b for b in workshop.data.boards if b.kind == model.BoardKind.CAPTURE)
    workshop.apply("n", edits.add_note(workshop.data, board.id, "On the board"))
    on_board = workshop.data.notes[-1].id
    workshop.apply("n", edits.add_note(workshop.data, board.id, "Waiting\n  here", author="Oleg"))
    waiting = workshop.data.notes[-1].id
    workshop.apply("p", edits.update_note(workshop.data, waiting, parked=True))
    return workshop, on_board, waiting


def test_inbox_commands_accept_only_waiting_notes(workshop_path: Path) -> None:
    workshop, on_board, waiting = _workshop_with_notes(workshop_path)
    try:
        assert inbox.command(workshop.data, "list") == f"Waiting: 1\n#{waiting} Waiting here (Oleg)"
        with pytest.raises(EditRefused, match=f"no note #{on_board} is waiting"):
            inbox.command(workshop.data, f"reject {on_board}")  # a board note is not the inbox's
        with pytest.raises(EditRefused, match="'x' is not a note number"):
            inbox.command(workshop.data, "accept x")
        with pytest.raises(EditRefused, match="not an inbox command"):
            inbox.command(workshop.data, "accept")
        assert inbox.command(workshop.data, "   ") == ""
        edit = inbox.command(workshop.data, f"a #{waiting}")
        assert isinstance(edit, inbox.InboxEdit)
        workshop.apply(edit.label, edit.pairs)
        assert not next(n for n in workshop.data.notes if n.id == waiting).parked
        assert inbox.command(workshop.data, "l") == "No note is waiting."
    finally:
        workshop.close()
