"""A step timer for the room: a big MM:SS countdown with Start/Pause, +1, +5 and Reset.

The time keeping is `app.domain.timer.Countdown`; this widget only polls it a few times a
second and shows it. The last minute is drawn in a warning colour and zero in red, so the
room sees the time running out from the back row. `finished` is emitted once each time
the countdown reaches zero (the sound is added elsewhere).
"""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from app.domain.timer import Clock, Countdown
from app.ui import theme

POLL_MS = 200  # often enough that the seconds never visibly skip
NORMAL_COLOR = theme.INK
LAST_MINUTE_COLOR = "#C2410C"  # orange: one minute left
FINISHED_COLOR = theme.DANGER  # red: time is up
IDLE_COLOR = theme.MUTED  # a step without a timer


class TimerWidget(QWidget):
    """A countdown display with its controls; `clock` is injectable so tests never wait.

    With a `source`, the widget is another view of the source's countdown (the room has
    one step timer, shown on the console, in an exercise and on the projector): its
    buttons act on the source, it redraws whenever the source does, and only the source
    polls and emits `finished`.
    """

    finished = Signal()
    changed = Signal()  # the countdown was redrawn (mirrors follow)

    def __init__(
        self,
        parent: QWidget | None = None,
        minutes: float = 0,
        clock: Clock = time.monotonic,
        display_pixels: int = 44,
        source: TimerWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("timerWidget")
        self.source = source
        self.countdown: Countdown = (
            source.countdown if source is not None else Countdown(minutes, clock)
        )

        self.display = QLabel(self)
        self.display.setObjectName("timerDisplay")
        self.display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.display.setFont(theme.pixel_font(display_pixels, bold=True))
        self.display.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

        self.start_button = QPushButton(self.tr("Start"), self)
        self.start_button.setObjectName("timerStart")
        self.plus_one_button = QPushButton(self.tr("+1"), self)
        self.plus_one_button.setToolTip(self.tr("Add one minute"))
        self.plus_five_button = QPushButton(self.tr("+5"), self)
        self.plus_five_button.setToolTip(self.tr("Add five minutes"))
        self.reset_button = QPushButton(self.tr("Reset"), self)
        self.reset_button.setToolTip(self.tr("Stop and go back to the full time"))
        for button in (
            self.start_button,
            self.plus_one_button,
            self.plus_five_button,
            self.reset_button,
        ):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing in a card never hits them

        target = source if source is not None else self
        self.start_button.clicked.connect(target.toggle)
        self.plus_one_button.clicked.connect(lambda: target.add_minutes(1))
        self.plus_five_button.clicked.connect(lambda: target.add_minutes(5))
        self.reset_button.clicked.connect(lambda: target.reset())
        if source is not None:
            source.changed.connect(self.refresh)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.setSpacing(4)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.plus_one_button)
        buttons.addWidget(self.plus_five_button)
        buttons.addWidget(self.reset_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.display)
        layout.addLayout(buttons)

        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self.poll)
        self.refresh()

    # --- controls -----------------------------------------------------------------------
    def set_minutes(self, minutes: float) -> None:
        """A new timebox (e.g. the next step's): stopped, showing the full time."""
        if self.source is not None:
            self.source.set_minutes(minutes)
            return
        self.countdown.reset(minutes)
        self._poll.stop()
        self.refresh()

    def start(self) -> None:
        if self.source is not None:
            self.source.start()
            return
        self.countdown.start()
        self._sync_polling()
        self.refresh()

    def pause(self) -> None:
        if self.source is not None:
            self.source.pause()
            return
        self.countdown.pause()
        self._sync_polling()
        self.refresh()

    def toggle(self) -> None:
        if self.source is not None:
            self.source.toggle()
            return
        self.countdown.toggle()
        self._sync_polling()
        self.refresh()

    def add_minutes(self, minutes: float) -> None:
        if self.source is not None:
            self.source.add_minutes(minutes)
            return
        self.countdown.add_minutes(minutes)
        self._sync_polling()
        self.refresh()

    def reset(self) -> None:
        if self.source is not None:
            self.source.reset()
            return
        self.countdown.reset()
        self._sync_polling()
        self.refresh()

    # --- state shown ----------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self.countdown.running

    def text(self) -> str:
        return self.display.text()

    def display_color(self) -> str:
        """The colour the time is drawn in: it changes in the last minute and at zero."""
        if self.countdown.finished:
            return FINISHED_COLOR
        if self.countdown.in_last_minute:
            return LAST_MINUTE_COLOR
        if self.countdown.duration == 0:
            return IDLE_COLOR
        return NORMAL_COLOR

    def poll(self) -> None:
        """Read the countdown (the QTimer calls this; tests call it after moving the clock)."""
        if self.countdown.consume_finished_event():
            self.finished.emit()
        self._sync_polling()
        self.refresh()

    def refresh(self) -> None:
        self.display.setText(self.countdown.format_remaining())
        self.display.setStyleSheet(f"color: {self.display_color()};")
        running = self.countdown.running
        self.start_button.setText(self.tr("Pause") if running else self.tr("Start"))
        self.start_button.setEnabled(running or self.countdown.remaining() > 0)
        self.reset_button.setEnabled(
            running or self.countdown.remaining() != self.countdown.duration
        )
        if self.source is None:
            self.changed.emit()

    def _sync_polling(self) -> None:
        # Poll only while counting: an idle timer must not wake the laptop five times a second.
        if self.source is not None:
            self.source._sync_polling()  # the source polls (and chimes) for every view
            return
        if self.countdown.running and not self._poll.isActive():
            self._poll.start()
        elif not self.countdown.running and self._poll.isActive():
            self._poll.stop()
