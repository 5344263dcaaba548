"""The step timer: controls, the last minute, one chime at zero, a fake clock throughout."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from app.domain import edits
from app.domain.agenda import Agenda, AgendaStep
from app.ui import agenda_dialogs
from app.ui.agenda_panel import AgendaPanel, Chime, play_file, sounds_dir
from app.ui.controller import Controller
from app.ui.timer_widget import FINISHED_COLOR, LAST_MINUTE_COLOR, NORMAL_COLOR, TimerWidget


class FakeClock:
    def __init__(self) -> None:
        self.now = 500.0

    def __call__(self) -> float:
        return self.now


AGENDA = Agenda(
    key="t",
    name_en="Timed",
    name_ru="",
    steps=(
        AgendaStep("capture", "Write", "", "", "", 2),
        AgendaStep("break", "Coffee", "", "", "", 15),
    ),
)


def test_start_pause_add_reset_with_a_fake_clock(qtbot: Any) -> None:
    clock = FakeClock()
    timer = TimerWidget(minutes=10, clock=clock)
    qtbot.addWidget(timer)
    assert timer.text() == "10:00" and timer.display_color() == NORMAL_COLOR
    timer.start_button.click()
    assert timer.running and timer.start_button.text() == "Pause"
    clock.now += 95
    timer.poll()
    assert timer.text() == "08:25"
    timer.start_button.click()  # pause
    clock.now += 600  # nothing passes while paused
    timer.poll()
    assert timer.text() == "08:25" and not timer.running
    timer.plus_one_button.click()
    assert timer.text() == "09:25"
    timer.plus_five_button.click()
    assert timer.text() == "14:25"
    timer.reset_button.click()
    assert timer.text() == "10:00" and not timer.running


def test_last_minute_looks_different_and_zero_fires_once(qtbot: Any) -> None:
    clock = FakeClock()
    timer = TimerWidget(minutes=2, clock=clock)
    qtbot.addWidget(timer)
    fired: list[bool] = []
    timer.finished.connect(lambda: fired.append(True))
    timer.start()
    clock.now += 61
    timer.poll()
    assert timer.display_color() == LAST_MINUTE_COLOR
    assert LAST_MINUTE_COLOR in timer.display.styleSheet()
    clock.now += 60
    timer.poll()
    timer.poll()
    assert timer.text() == "00:00" and timer.display_color() == FINISHED_COLOR
    assert fired == [True]  # once, however often it is polled
    timer.add_minutes(1)  # "one more minute, please"
    assert timer.running and timer.display_color() == LAST_MINUTE_COLOR


def test_agenda_timer_chimes_once_and_keeps_running_while_the_board_changes(
    qtbot: Any, controller: Controller
) -> None:
    clock = FakeClock()
    panel = AgendaPanel(controller, clock=clock)
    qtbot.addWidget(panel)
    played: list[Path] = []
    panel.chime.player = lambda path: played.append(path) or True
    assert panel.set_agenda(AGENDA, 0)
    assert panel.timer.text() == "02:00"
    panel.timer.start()
    clock.now += 30
    # The facilitator works on the board: edits do not stop or reset the timer.
    data = controller.data
    board_id = data.boards[0].id
    assert controller.edit("add", edits.add_note(data, board_id, "While the clock runs"))
    assert panel.retime_step(1, 20)  # another step retimed: this one keeps running
    panel.timer.poll()
    assert panel.timer.running and panel.timer.text() == "01:30"
    clock.now += 90
    panel.timer.poll()
    panel.timer.poll()
    assert played == [sounds_dir() / "chime.wav"]
    assert panel.chime.played == 1
    # The next step loads its own timebox, stopped.
    assert panel.next_step()
    assert panel.timer.text() == "20:00" and not panel.timer.running


def test_the_bundled_chime_is_a_short_wav() -> None:
    import wave

    path = sounds_dir() / "chime.wav"
    with wave.open(str(path)) as sound:
        seconds = sound.getnframes() / sound.getframerate()
        assert sound.getnchannels() == 1 and sound.getsampwidth() == 2
    assert 0.5 <= seconds <= 3.0
    assert (sounds_dir() / "LICENSE.txt").is_file()


def test_playing_never_blocks_and_falls_back_to_a_beep(
    qapp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[tuple[str, list[str]]] = []
    beeps: list[bool] = []
    monkeypatch.setattr(
        agenda_dialogs.QProcess,
        "startDetached",
        staticmethod(lambda program, args: started.append((program, args)) or (True, 42)),
    )
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: beeps.append(True)))
    monkeypatch.setattr(agenda_dialogs.sys, "platform", "linux")
    monkeypatch.setattr(agenda_dialogs.shutil, "which", lambda name: f"/usr/bin/{name}")
    wav = sounds_dir() / "chime.wav"
    assert play_file(wav)
    assert started == [("/usr/bin/paplay", [str(wav)])]  # detached: the UI does not wait
    monkeypatch.setattr(agenda_dialogs.shutil, "which", lambda name: None)
    assert not play_file(wav)
    assert beeps == [True]
    chime = Chime(wav)
    chime.enabled = False  # Preferences: no sound
    assert not chime.play() and chime.played == 0
