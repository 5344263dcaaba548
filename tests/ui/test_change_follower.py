"""Targeted refresh: a view skips the change it made itself, and a hidden view refreshes
once, when it is shown again (not on every change while nobody sees it)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from app.domain import edits, model
from app.ui.controller import Controller
from app.ui.exercises.prioritise_projector import PrioritiseProjectorView
from app.ui.refresh import ChangeFollower
from tests.ui import test_prioritise_ui as base

workshop_file = base.workshop_file
ctl = base.ctl
board_id = base.board_id


def _capture(ctl: Controller) -> int:
    return next(b.id for b in ctl.data.boards if b.kind == model.BoardKind.CAPTURE)


def test_a_hidden_view_refreshes_once_when_shown(qtbot: Any, ctl: Controller) -> None:
    view = QWidget()
    qtbot.addWidget(view)
    view.show()
    view.hide()  # put away, like the projector window
    refreshed: list[int] = []
    follower = ChangeFollower(view, ctl, lambda: refreshed.append(len(ctl.data.notes)))
    for text in ("one", "two", "three"):
        assert ctl.edit("note", edits.add_note(ctl.data, _capture(ctl), text))
    assert refreshed == [] and follower.stale
    view.show()
    assert refreshed == [len(ctl.data.notes)]  # once, with everything that happened
    assert not follower.stale
    assert ctl.edit("note", edits.add_note(ctl.data, _capture(ctl), "four"))
    assert refreshed == [len(ctl.data.notes) - 1, len(ctl.data.notes)]


def test_the_view_that_made_a_change_skips_it_but_not_its_undo(
    qtbot: Any, ctl: Controller
) -> None:
    view = QWidget()
    qtbot.addWidget(view)
    view.show()
    refreshed: list[str] = []
    ChangeFollower(view, ctl, lambda: refreshed.append("refresh"))
    assert ctl.edit("note", edits.add_note(ctl.data, _capture(ctl), "mine"), initiator=view)
    assert refreshed == []
    ctl.undo_stack.undo()
    assert refreshed == ["refresh"]
    ctl.undo_stack.redo()
    assert refreshed == ["refresh", "refresh"]
    assert ctl.edit("note", edits.add_note(ctl.data, _capture(ctl), "theirs"))
    assert len(refreshed) == 3


def test_the_projector_ranking_page_follows_changes_made_while_hidden(
    qtbot: Any, ctl: Controller, board_id: int
) -> None:
    from app.domain import prioritise_flow

    page = PrioritiseProjectorView(ctl, board_id)
    qtbot.addWidget(page)
    page.show()
    page.hide()  # the projector shows another page
    assert page.shown_texts() == []
    assert ctl.edit("candidate", prioritise_flow.add_candidate(ctl.data, board_id, "Pay by QR"))
    assert page.shown_texts() == [] and page.follower.stale  # not on the wall: nothing redone
    page.show()
    assert page.shown_texts() == ["Pay by QR"]
