"""The "Dot voting" step of a template: the capture board votes, the projector hides totals."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from app.domain import agenda as rules
from app.domain import edits, model
from app.ui.board.capture import CaptureBoard
from app.ui.main_window import MainWindow
from tests.ui.helpers import click, note_center

BADGE = QColor("#DC2626")  # the vote badge's red (app.ui.board.note_item)


@pytest.fixture
def window(qtbot: Any, qsettings: Path) -> Iterator[MainWindow]:
    win = MainWindow(settings=QSettings())
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    yield win
    if win.room.presenter is not None:
        win.room.presenter.close()
        win.room.presenter.deleteLater()
    win.controller.close()


def badge_pixels(widget: QWidget) -> int:
    image = widget.grab().toImage()
    count = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            c = image.pixelColor(x, y)
            if (
                abs(c.red() - BADGE.red())
                + abs(c.green() - BADGE.green())
                + abs(c.blue() - BADGE.blue())
                < 30
            ):
                count += 1
    return count


def step_index(title: str) -> int:
    agenda = rules.load_template(rules.bundled_templates_dir() / "ideas-to-mvp.toml")
    return next(i for i, s in enumerate(agenda.steps) if s.title_en == title)


def start(window: MainWindow, tmp_path: Path) -> CaptureBoard:
    agenda = rules.load_template(rules.bundled_templates_dir() / "ideas-to-mvp.toml")
    assert window.new_workshop(tmp_path / "day.pointb", "Day", agenda)
    controller = window.controller
    assert controller.edit("team", edits.add_team(controller.data, "Sun", "#FFD54F"))
    window.room.agenda_panel.go_to(step_index("Silent writing"))
    board = window.current_board_widget()
    assert isinstance(board, CaptureBoard)
    for text in ("Pay by QR code", "Autopay"):
        board.capture_edit.setText(text)
        board.capture_edit.returnPressed.emit()
    assert len(controller.data.notes_on(board.board_id)) == 2
    return board


def test_dot_voting_step_turns_voting_on_and_hides_totals_until_revealed(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    board = start(window, tmp_path)
    controller = window.controller
    room = window.room
    room.presenter_action.trigger()
    presenter = room.presenter
    assert presenter is not None
    assert not board.voting()
    room.agenda_panel.go_to(step_index("Dot voting"))
    assert controller.current_board_id == board.board_id
    assert board.voting() and board.vote_bar.isVisibleTo(board)
    team = controller.data.teams[0]
    board.set_voter(model.VoterKind.TEAM, team.id)
    note = controller.data.notes_on(board.board_id)[0]
    click(board.view, note_center(board, note.id))
    assert controller.data.vote_totals() == {note.id: 1}
    presenter.sync_view()
    qtbot.wait(20)
    projector_view = presenter.mirrors[board.board_id][0]
    assert badge_pixels(board.view.viewport()) > 0  # the console shows the totals
    assert badge_pixels(projector_view) == 0  # the projector does not
    status = room.agenda_panel.projector_label
    assert "hides the vote totals" in status.text() and status.isVisibleTo(room.agenda_panel)
    room.reveal_votes_action.trigger()
    assert badge_pixels(projector_view) > 0
    assert "vote totals" not in status.text()
    # Leaving the step turns voting off (nothing asked, the votes stay); coming back to
    # it hides the totals again.
    room.agenda_panel.go_to(step_index("Dot voting") + 1)
    assert not board.voting()
    assert controller.data.vote_totals() == {note.id: 1}
    room.agenda_panel.go_to(step_index("Dot voting"))
    assert board.voting() and projector_view.votes_hidden()


def test_voting_by_hand_moves_the_agenda_in_one_undo_step(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    board = start(window, tmp_path)
    controller = window.controller
    vote = step_index("Dot voting")
    count = controller.undo_stack.count()
    board.vote_action.trigger()  # Ctrl+D on the board
    assert board.voting() and controller.data.workshop.agenda_step == vote
    assert controller.undo_stack.count() == count + 1
    board.set_voting(False)  # "Done voting": on to the next step
    assert not board.voting() and controller.data.workshop.agenda_step == vote + 1
    assert controller.undo_stack.count() == count + 2
    controller.undo_stack.undo()
    assert controller.data.workshop.agenda_step == vote
    assert board.voting()  # back on the vote step
    controller.undo_stack.undo()
    assert controller.data.workshop.agenda_step == step_index("Silent writing")
    assert not board.voting()

def test_a_projector_opened_during_the_vote_step_hides_the_totals(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    board = start(window, tmp_path)
    controller = window.controller
    room = window.room
    room.agenda_panel.go_to(step_index("Dot voting"))
    team = controller.data.teams[0]
    board.set_voter(model.VoterKind.TEAM, team.id)
    note = controller.data.notes_on(board.board_id)[0]
    click(board.view, note_center(board, note.id))
    assert controller.data.vote_totals() == {note.id: 1}
    room.presenter_action.trigger()  # F5 only now, on the vote step
    presenter = room.presenter
    assert presenter is not None
    presenter.sync_view()
    qtbot.wait(20)
    projector_view = presenter.mirrors[board.board_id][0]
    assert projector_view.votes_hidden()
    assert badge_pixels(projector_view) == 0
