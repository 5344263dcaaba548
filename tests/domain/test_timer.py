"""The step countdown, driven by a fake clock: no real waiting."""

from __future__ import annotations

import pytest

from app.domain.timer import Countdown, format_seconds


class FakeClock:
    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def make(minutes: float = 5) -> tuple[Countdown, FakeClock]:
    clock = FakeClock()
    return Countdown(minutes, clock=clock), clock


def test_a_new_countdown_waits_for_start() -> None:
    timer, clock = make(5)
    clock.advance(100)
    assert timer.remaining() == 300
    assert not timer.running and not timer.finished
    assert timer.format_remaining() == "05:00"
    assert timer.duration == 300


def test_start_counts_down() -> None:
    timer, clock = make(5)
    timer.start()
    assert timer.running
    clock.advance(61)
    assert timer.remaining() == 239
    assert timer.format_remaining() == "03:59"
    timer.start()  # starting again changes nothing
    clock.advance(1)
    assert timer.remaining() == 238


def test_pause_keeps_the_time_left() -> None:
    timer, clock = make(5)
    timer.start()
    clock.advance(30)
    timer.pause()
    assert not timer.running
    clock.advance(500)
    assert timer.remaining() == 270
    timer.pause()  # pausing twice changes nothing
    timer.start()
    clock.advance(10)
    assert timer.remaining() == 260


def test_toggle() -> None:
    timer, clock = make(1)
    timer.toggle()
    clock.advance(10)
    timer.toggle()
    clock.advance(10)
    assert timer.remaining() == 50 and not timer.running


def test_add_one_and_five_minutes_while_running_and_paused() -> None:
    timer, clock = make(5)
    timer.start()
    clock.advance(100)
    timer.add_minutes(1)
    assert timer.running
    assert timer.remaining() == 260
    clock.advance(20)
    timer.pause()
    timer.add_minutes(5)
    assert not timer.running
    assert timer.remaining() == 540
    assert timer.format_remaining() == "09:00"


def test_taking_time_away_stops_at_zero() -> None:
    timer, _clock = make(2)
    timer.add_minutes(-5)
    assert timer.remaining() == 0
    assert not timer.finished  # it was not running
    assert not timer.consume_finished_event()


def test_reset_goes_back_to_the_timebox_or_a_new_one() -> None:
    timer, clock = make(5)
    timer.start()
    clock.advance(200)
    timer.reset()
    assert not timer.running and timer.remaining() == 300
    timer.reset(minutes=12)
    assert timer.remaining() == 720 and timer.duration == 720
    with pytest.raises(ValueError):
        timer.reset(minutes=-1)


def test_last_minute_flag() -> None:
    timer, clock = make(2)
    timer.start()
    assert not timer.in_last_minute
    clock.advance(59)
    assert not timer.in_last_minute  # 61 s left
    clock.advance(1)
    assert timer.in_last_minute  # 60 s left
    clock.advance(59.5)
    assert timer.in_last_minute
    assert timer.format_remaining() == "00:01"  # rounds up: 00:00 only at zero
    clock.advance(1)
    assert not timer.in_last_minute  # at zero it is finished, not in the last minute


def test_finished_event_fires_exactly_once() -> None:
    timer, clock = make(1)
    timer.start()
    clock.advance(59)
    assert not timer.consume_finished_event()
    assert not timer.finished
    clock.advance(5)
    assert timer.remaining() == 0  # never negative
    assert timer.finished
    assert not timer.running
    assert timer.format_remaining() == "00:00"
    assert timer.consume_finished_event()
    assert not timer.consume_finished_event()
    clock.advance(600)
    assert not timer.consume_finished_event()
    assert timer.remaining() == 0


def test_event_is_noticed_even_if_nobody_asked_in_time() -> None:
    timer, clock = make(1)
    timer.start()
    clock.advance(3600)  # the UI polled nothing for an hour
    assert timer.consume_finished_event()
    assert not timer.consume_finished_event()


def test_extending_after_zero_runs_again_and_fires_again() -> None:
    timer, clock = make(1)
    timer.start()
    clock.advance(70)
    assert timer.consume_finished_event()
    timer.add_minutes(1)  # "one more minute, please"
    assert timer.running and not timer.finished
    assert timer.remaining() == 60
    clock.advance(60)
    assert timer.finished
    assert timer.consume_finished_event()
    assert not timer.consume_finished_event()


def test_event_not_lost_when_extended_before_it_was_consumed() -> None:
    timer, clock = make(1)
    timer.start()
    clock.advance(61)
    timer.add_minutes(1)
    assert timer.consume_finished_event()
    assert not timer.consume_finished_event()


def test_reset_clears_the_finished_state_and_start_at_zero_does_nothing() -> None:
    timer, clock = make(1)
    timer.start()
    clock.advance(60)
    timer.start()  # at zero: nothing to count
    assert not timer.running and timer.finished
    timer.reset()
    assert not timer.finished and not timer.consume_finished_event()
    zero, _ = make(0)
    zero.start()
    assert not zero.running and not zero.finished
    assert not zero.consume_finished_event()


def test_cutting_a_running_countdown_to_zero_finishes_it() -> None:
    timer, _clock = make(3)
    timer.start()
    timer.add_minutes(-5)
    assert timer.finished and not timer.running
    assert timer.consume_finished_event()


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (0, "00:00"),
        (0.2, "00:01"),
        (59, "00:59"),
        (60, "01:00"),
        (600, "10:00"),
        (3599, "59:59"),
        (3600, "1:00:00"),
        (3661, "1:01:01"),
        (7 * 3600, "7:00:00"),
        (-5, "00:00"),
    ],
)
def test_format_seconds(seconds: float, text: str) -> None:
    assert format_seconds(seconds) == text


def test_format_over_an_hour() -> None:
    timer, clock = make(90)
    assert timer.format_remaining() == "1:30:00"
    timer.start()
    clock.advance(30 * 60 + 1)
    assert timer.format_remaining() == "59:59"


def test_bad_minutes_are_refused() -> None:
    with pytest.raises(ValueError):
        Countdown(-1)
    with pytest.raises(ValueError):
        Countdown(float("nan"))
    timer, _ = make(1)
    with pytest.raises(ValueError):
        timer.add_minutes(float("inf"))


def test_default_clock_is_monotonic() -> None:
    timer = Countdown(1)
    timer.start()
    assert 0 < timer.remaining() <= 60
