"""Voter keys 1–9 on every board that votes, attached once by the board registry.

In the main window, three voters vote alternately (picked by mouse in the voter box, then
by their number key) on a good/bad "Reveal & pick" board and on a capture board; the
tallies are read back from the workshop file itself.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from app.demo import write_demo
from app.domain import model, reverse_flow
from app.domain.reverse import ReverseStep
from app.ui.board.capture import CaptureBoard
from app.ui.exercises.reverse import ReverseBoardWidget
from app.ui.main_window import MainWindow
from app.ui.voters import current_voter
from tests.ui.helpers import click, note_center, press_key
from tests.ui.test_voter_stays_chosen import file_tallies

DIGITS = [Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3]
CHOSEN = [2, 0, 1]  # three voters, by their place in the voter box


def test_keys_and_mouse_pick_voters_on_two_board_kinds_and_the_file_has_their_dots(
    qtbot: Any, qsettings: Path, tmp_path: Path
) -> None:
    path = write_demo(tmp_path / "demo.pointb", "en")
    window = MainWindow(settings=QSettings())
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    try:
        assert window.open_path(path)
        controller = window.controller
        assert controller.edit_workshop("budget", vote_budget=20)  # the demo's dots are spent
        boards = {b.kind: b.id for b in controller.data.boards}
        expected: Counter[tuple[str, int]] = Counter()
        before = file_tallies(path)

        # Good idea / bad idea, "Reveal & pick": dots with the cards' + buttons.
        reverse = window.select_board(boards[model.BoardKind.REVERSE])
        assert isinstance(reverse, ReverseBoardWidget)
        assert reverse._shown_step == ReverseStep.REVEAL
        keys = window.boards[reverse.board_id].voter_keys
        assert keys is not None and keys.enabled()  # the vote bar is shown at this step
        combo = reverse.voter_combo
        assert [combo.itemText(i)[:4] for i in range(3)] == ["1 · ", "2 · ", "3 · "]
        solutions = reverse_flow.ideas(controller.data, reverse.board_id, model.NoteRole.SOLUTION)
        for round_ in range(2):
            for place in CHOSEN:
                card = reverse.card(solutions[round_].id)
                assert card is not None and card.plus_button is not None
                if round_ == 0:
                    combo.setCurrentIndex(place)  # what picking the entry with the mouse does
                else:
                    card.plus_button.setFocus()
                    press_key(card.plus_button, DIGITS[place])
                assert combo.currentIndex() == place
                voter = current_voter(combo)
                assert voter is not None
                QApplication.processEvents()
                qtbot.mouseClick(card.plus_button, Qt.MouseButton.LeftButton)
                expected[(voter.kind.value, voter.id)] += 1

        # A capture board: dots by clicking the notes while dot voting is on.
        capture = window.select_board(boards[model.BoardKind.CAPTURE])
        assert isinstance(capture, CaptureBoard)
        capture_keys = window.boards[capture.board_id].voter_keys
        assert capture_keys is not None and not capture_keys.enabled()  # not voting yet
        capture.set_voting(True)
        assert capture_keys.enabled()
        capture.fit()
        capture.view.setFocus()
        notes = sorted(capture.scene.notes)[:2]
        for round_, note_id in enumerate(notes):
            for place in CHOSEN:
                if round_ == 0:
                    press_key(capture.view, DIGITS[place])
                else:
                    capture.voter_combo.setCurrentIndex(place)
                assert capture.voter_combo.currentIndex() == place
                voter = current_voter(capture.voter_combo)
                assert voter is not None
                click(capture.view, note_center(capture, note_id))
                expected[(voter.kind.value, voter.id)] += 1

        assert file_tallies(path) - before == expected
        assert sum(expected.values()) == 12
    finally:
        if window.room.presenter is not None:
            window.room.presenter.close()
        window.controller.close()
