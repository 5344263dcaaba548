"""The chosen voter stays chosen after each dot, on both boards that take dots.

Three voters vote alternately (the combo by mouse on good/bad "Reveal & pick", number keys
on a capture board) and the tallies are read back from the file itself.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.demo import write_demo
from app.domain import model, reverse_flow
from app.domain.reverse import ReverseStep
from app.services import WorkshopFile
from app.ui.board.capture import CaptureBoard
from app.ui.controller import Controller
from app.ui.exercises.reverse import ReverseBoardWidget
from app.ui.main_window import MainWindow
from app.ui.voters import current_voter
from tests.ui.helpers import click, note_center, press_key


def file_tallies(path: Path) -> Counter[tuple[str, int]]:
    """Dots per (voter kind, voter id), read from the workshop file on disk."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        rows = db.execute("SELECT voter_kind, voter_id, count FROM vote").fetchall()
    tallies: Counter[tuple[str, int]] = Counter()
    for kind, voter_id, count in rows:
        tallies[(str(kind), int(voter_id))] += int(count)
    return tallies


def test_reveal_and_pick_keeps_each_voter_through_alternating_dots(
    qtbot: Any, tmp_path: Path
) -> None:
    path = write_demo(tmp_path / "demo.pointb", "ru")
    controller = Controller()
    controller.adopt(WorkshopFile.open(path))
    try:
        # The demo's voters have spent their dots: give everyone more.
        assert controller.edit_workshop("budget", vote_budget=20)
        board = next(b for b in controller.data.boards if b.kind == model.BoardKind.REVERSE)
        widget = ReverseBoardWidget(controller, board.id)
        qtbot.addWidget(widget)
        widget.resize(1366, 768)
        widget.show()
        qtbot.waitExposed(widget)
        assert widget._shown_step == ReverseStep.REVEAL
        before = file_tallies(path)
        combo = widget.voter_combo
        chosen = [2, 0, 1]  # three voters, not starting with the first entry
        solutions = reverse_flow.ideas(controller.data, board.id, model.NoteRole.SOLUTION)
        expected: Counter[tuple[str, int]] = Counter()
        for round_ in range(2):
            for place in chosen:
                combo.setCurrentIndex(place)  # what picking the entry with the mouse does
                voter = current_voter(combo)
                assert voter is not None
                card = widget.card(solutions[round_].id)
                assert card is not None and card.plus_button is not None
                QApplication.processEvents()
                qtbot.mouseClick(card.plus_button, Qt.MouseButton.LeftButton)
                expected[(voter.kind.value, voter.id)] += 1
                # The refresh after the dot keeps the voter (it used to jump to entry 1).
                assert combo.currentIndex() == place
                assert current_voter(combo) == voter
        after = file_tallies(path)
        assert after - before == expected
        assert len(expected) == 3 and all(n == 2 for n in expected.values())
    finally:
        controller.close()


def test_capture_board_keys_pick_voters_alternately_and_the_file_has_their_dots(
    qtbot: Any, window_on_workshop: MainWindow, workshop_path: Path
) -> None:
    window = window_on_workshop
    controller = window.controller
    board_id = controller.data.boards[0].id
    from app.domain import edits

    for n in range(9):
        data = controller.data
        x, y = edits.next_note_position(data, board_id)
        assert controller.edit("add", edits.add_note(data, board_id, f"Idea {n}", x=x, y=y))
    ids = sorted(n.id for n in controller.data.notes)
    board = window.current_board_widget()
    assert isinstance(board, CaptureBoard)
    board.view.reset_zoom()
    board.view.centerOn(500.0, 250.0)
    board.set_voting(True)
    board.view.setFocus()
    people = {p.name: p.id for p in controller.data.participants}
    keys = [(Qt.Key.Key_1, "Oleg"), (Qt.Key.Key_3, "Ivan"), (Qt.Key.Key_2, "Maria")]
    for round_ in range(3):
        for key, name in keys:
            press_key(board.view, key)
            voter = current_voter(board.voter_combo)
            assert voter is not None and voter.name == name
            click(board.view, note_center(board, ids[round_]))
            assert current_voter(board.voter_combo) == voter  # still chosen after the dot
    assert file_tallies(workshop_path) == Counter(
        {("participant", people[name]): 3 for name in ("Oleg", "Ivan", "Maria")}
    )
