"""The countdown for an agenda step, with an injectable clock so tests never wait.

`Countdown` holds no thread and no Qt timer: the GUI polls it (a few times a second) for
`remaining()`, `in_last_minute` and `consume_finished_event()`. State changes that depend
on time (running out) are worked out from the clock whenever the countdown is asked.

When it runs out the countdown stops at 00:00, `finished` becomes True, and
`consume_finished_event()` returns True exactly once, so the UI plays its sound once.
Adding minutes to a countdown that has just run out sets it going again: the room asked
for one more minute.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

Clock = Callable[[], float]  # monotonic seconds

LAST_MINUTE = 60.0


class Countdown:
    def __init__(self, minutes: float = 0, clock: Clock = time.monotonic) -> None:
        self._clock = clock
        self._duration = _seconds(minutes)  # the timebox that reset() returns to
        self._left = self._duration  # seconds left when last started or paused
        self._started_at: float | None = None  # clock time of the last start; None: paused
        self._finished = False
        self._finished_event = False

    # --- state ------------------------------------------------------------------------

    def _update(self) -> None:
        """Notice, from the clock, that a running countdown has reached zero."""
        if self._started_at is None:
            return
        if self._clock() - self._started_at >= self._left:
            self._started_at = None
            self._left = 0.0
            self._finished = True
            self._finished_event = True

    def remaining(self) -> float:
        """Seconds left, never negative."""
        self._update()
        if self._started_at is None:
            return self._left
        return max(0.0, self._left - (self._clock() - self._started_at))

    @property
    def duration(self) -> float:
        """The full timebox in seconds (what reset() goes back to)."""
        return self._duration

    @property
    def running(self) -> bool:
        self._update()
        return self._started_at is not None

    @property
    def finished(self) -> bool:
        """True once the countdown reached zero while running (until reset or extended)."""
        self._update()
        return self._finished

    @property
    def in_last_minute(self) -> bool:
        """True in the final minute before zero (not at zero itself)."""
        return 0.0 < self.remaining() <= LAST_MINUTE

    def consume_finished_event(self) -> bool:
        """True exactly once each time the countdown runs out; False otherwise."""
        self._update()
        fired, self._finished_event = self._finished_event, False
        return fired

    # --- controls ---------------------------------------------------------------------

    def start(self) -> None:
        """Start or resume counting down; does nothing when running or at zero."""
        self._update()
        if self._started_at is None and self._left > 0:
            self._started_at = self._clock()

    def pause(self) -> None:
        """Stop counting and keep the time left; does nothing when not running."""
        if self.running:
            self._left = self.remaining()
            self._started_at = None

    def toggle(self) -> None:
        """Start when paused, pause when running (the space bar)."""
        if self.running:
            self.pause()
        else:
            self.start()

    def reset(self, minutes: float | None = None) -> None:
        """Stop and go back to the full timebox; `minutes` sets a new timebox first."""
        if minutes is not None:
            self._duration = _seconds(minutes)
        self._left = self._duration
        self._started_at = None
        self._finished = False
        self._finished_event = False

    def add_minutes(self, minutes: float) -> None:
        """Add time (negative takes it away, down to zero) without stopping the countdown.

        On a countdown that ran out, the added time starts counting at once.
        """
        if isinstance(minutes, bool) or not isinstance(minutes, int | float):
            raise ValueError(f"minutes must be a number, not {minutes!r}")
        if not math.isfinite(minutes):
            raise ValueError(f"minutes must be finite, not {minutes!r}")
        resume = self.finished or self.running
        left = self.remaining() + minutes * 60.0
        self._started_at = None
        if left <= 0:
            self._left = 0.0
            if resume and not self._finished:
                # Taking away all the time left on a running countdown makes it run out.
                self._finished = True
                self._finished_event = True
            return
        self._left = left
        self._finished = False
        if resume:
            self._started_at = self._clock()

    # --- display ----------------------------------------------------------------------

    def format_remaining(self) -> str:
        """The time left as MM:SS, or H:MM:SS from one hour up; seconds round up."""
        return format_seconds(self.remaining())


def format_seconds(seconds: float) -> str:
    """MM:SS (H:MM:SS from one hour up), rounding up so 00:00 shows only at zero."""
    total = max(0, math.ceil(seconds - 1e-9))
    hours, rest = divmod(total, 3600)
    mins, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{mins:02d}:{secs:02d}"
    return f"{mins:02d}:{secs:02d}"


def _seconds(minutes: float) -> float:
    if isinstance(minutes, bool) or not isinstance(minutes, int | float):
        raise ValueError(f"minutes must be a number, not {minutes!r}")
    if not math.isfinite(minutes) or minutes < 0:
        raise ValueError(f"minutes must be zero or more, not {minutes!r}")
    return float(minutes) * 60.0
