"""The room's screen: a presenter window for the projector, and the Room menu that drives it.

The laptop keeps the console (the full editor, the agenda with speaker notes); the
projector shows what the room needs, in large type:

- the current board, following the facilitator: a capture board shows the notes the
  console shows, laid out again for the wall by cluster in large type
  (`app.ui.projector.capture_wall`); exercise boards show their projector-mode widget,
  or a live picture of the console's widget;
- the current agenda step's title and instructions, and the step timer;
- B blanks the projector (black) and shows it again; F freezes the last picture while
  the facilitator rearranges; face-down mode (silent writing) shows only how many notes
  each team has written, until Reveal.

`install_room(window)` adds all of this to the main window without the window knowing
the details: the agenda dock, the Room menu (with shortcuts), photo drop/paste and the
voter number keys on capture boards, UI zoom in the View menu and Preferences.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QGuiApplication,
    QKeySequence,
    QPixmap,
    QResizeEvent,
    QScreen,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain import model
from app.domain.timer import Countdown, format_seconds
from app.services import Change
from app.ui import theme
from app.ui.agenda_panel import AgendaPanel, stored_agenda
from app.ui.board.scene import BoardScene
from app.ui.board.view import BoardView
from app.ui.controller import Controller
from app.ui.elide import set_wrapped_name_text
from app.ui.fit import scrolling
from app.ui.i18n import counted
from app.ui.projector.capture_wall import CaptureWall
from app.ui.step_flow import StepFlow
from app.ui.vote_reveal import VoteReveal

if TYPE_CHECKING:  # imported when first used: the room server starts no thread until then
    from app.ui.room_join import PhonesFeature

TICK_MS = 250  # the presenter's timer display refresh
GRAB_MS = 1000  # a board shown as a picture of the console's widget is refreshed this often
WINDOWED_SIZE = (1280, 720)


def pick_projector_screen(screens: Sequence[QScreen], console: QScreen | None) -> QScreen | None:
    """The screen for the projector: one that is not the console's; None with one screen."""
    others = [s for s in screens if s is not console]
    if not others or len(screens) < 2:
        return None
    # Prefer the largest other screen (a projector over a small tablet-mode panel).
    return max(others, key=lambda s: s.geometry().width() * s.geometry().height())


TILE_NAME_PX = 420  # a line of a team's name on its tile of the face-down count (at 100 % zoom)


def team_counts(data: model.WorkshopData, board_id: int) -> list[tuple[str, str, int]]:
    """(team name, colour, notes written) per team on the board, teams in their order;
    notes without a team come last as ("", default colour, n)."""
    notes = [n for n in data.notes_on(board_id) if not n.parked]
    counts: dict[int | None, int] = {}
    for note in notes:
        counts[note.team_id] = counts.get(note.team_id, 0) + 1
    rows = [
        (team.name, team.color, counts.get(team.id, 0))
        for team in sorted(data.teams, key=lambda t: (t.position, t.id))
    ]
    if counts.get(None):
        rows.append(("", model.DEFAULT_NOTE_COLOR, counts[None]))
    return rows


def _px(pixels: float) -> int:
    """A projector size at the current UI zoom."""
    return max(1, round(pixels * theme.current_zoom()))


class TimerDisplay(QLabel):
    """The step timer for the room: reads the console's countdown, never changes it."""

    def __init__(self, source: Callable[[], Countdown | None], parent: QWidget) -> None:
        super().__init__(parent)
        self.source = source
        self.colors = theme.projector_colors(True)
        self.setObjectName("presenterTimer")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.state = "idle"
        self.refresh()

    def refresh(self) -> None:
        countdown = self.source()
        if countdown is None or (countdown.duration == 0 and not countdown.running):
            self.state = "idle"
            self.hide()
            return
        remaining = countdown.remaining()
        # Reading `finished` does not consume the console's one-shot "play the chime" event.
        if countdown.finished:
            state = "finished"
        elif countdown.in_last_minute:
            state = "last-minute"
        else:
            state = "normal"
        self.setText(format_seconds(remaining))
        if state != self.state or not self.isVisible():
            self.state = state
            c = self.colors
            background, color = {
                "finished": (c.finished_bg, c.finished_fg),
                "last-minute": (c.last_minute_bg, c.last_minute_fg),
                "normal": ("transparent", c.timer_fg),
            }[state]
            self.setStyleSheet(
                f"QLabel#presenterTimer {{ background: {background}; color: {color};"
                f" border-radius: 16px; padding: 4px 24px; }}"
            )
            self.show()


class TeamCounts(QWidget):
    """Face-down mode: one big tile per team with the number of notes it has written."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("faceDownPage")
        column = QVBoxLayout(self)
        column.setContentsMargins(60, 40, 60, 40)
        column.setSpacing(24)
        self.heading = QLabel(self)
        self.heading.setObjectName("faceDownHeading")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading.setWordWrap(True)
        self.subtitle = QLabel(self)
        self.subtitle.setObjectName("faceDownSubtitle")
        self.subtitle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.subtitle.setWordWrap(True)
        self.grid_host = QWidget(self)
        self.grid = QGridLayout(self.grid_host)
        self.grid.setSpacing(24)
        column.addWidget(self.heading)
        column.addWidget(self.subtitle)
        column.addWidget(self.grid_host, 1)
        self.tiles: list[QFrame] = []
        self.counts: list[tuple[str, str, int]] = []

    def show_counts(self, rows: list[tuple[str, str, int]]) -> None:
        self.counts = rows
        total = sum(count for _name, _color, count in rows)
        self.heading.setText(self.tr("Silent writing"))
        self.heading.setFont(theme.pixel_font(_px(theme.PROJECTOR_TITLE_PX), bold=True))
        self.subtitle.setText(
            counted(
                self.tr(
                    "%n note(s) written so far. They stay face down until the reveal.", "", total
                ),
                total,
            )
        )
        self.subtitle.setFont(theme.pixel_font(_px(theme.PROJECTOR_BODY_PX)))
        for tile in self.tiles:
            self.grid.removeWidget(tile)
            tile.deleteLater()
        self.tiles = []
        columns = 4 if len(rows) > 6 else 3 if len(rows) > 2 else max(1, len(rows))
        for index, (name, color, count) in enumerate(rows):
            tile = QFrame(self.grid_host)
            tile.setObjectName("teamTile")
            tile.setStyleSheet(
                f"QFrame#teamTile {{ background: {color}; border-radius: 18px;"
                " border: 3px solid rgba(0,0,0,90); } QLabel { color: #111111; background:"
                " transparent; }"
            )
            layout = QVBoxLayout(tile)
            layout.setContentsMargins(20, 16, 20, 16)
            label = QLabel(tile)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setFont(theme.pixel_font(_px(36), bold=True))
            set_wrapped_name_text(label, name or self.tr("No team"), _px(TILE_NAME_PX))
            number = QLabel(str(count), tile)
            number.setObjectName("teamCount")
            number.setAlignment(Qt.AlignmentFlag.AlignCenter)
            number.setFont(theme.pixel_font(_px(theme.PROJECTOR_COUNT_PX), bold=True))
            layout.addWidget(label)
            layout.addWidget(number, 1)
            self.grid.addWidget(tile, index // columns, index % columns)
            self.tiles.append(tile)


class PresenterWindow(QWidget):
    """The audience window: no menus, no toolbars, large type."""

    closed = Signal()

    def __init__(
        self,
        controller: Controller,
        board_source: Callable[[int], QWidget | None],
        countdown_source: Callable[[], Countdown | None],
        high_contrast: bool = True,
    ) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.controller = controller
        self.board_source = board_source
        self.high_contrast = high_contrast
        self.board_id: int | None = None
        self.blanked = False
        self.frozen = False
        self.face_down = False
        self.mirrors: dict[int, tuple[CaptureWall, BoardView]] = {}  # projector, console
        self.widgets: dict[int, QWidget] = {}  # projector-mode widgets and pictures
        self._grabbed: dict[int, QWidget] = {}  # board id -> console widget shown as picture
        self.size_factor = 1.0  # the window's size against 1920×1080 (at most 1)
        self.setObjectName("presenterWindow")
        self.setWindowTitle(self.tr("Point B — projector"))
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)

        self.content = QWidget(self)
        self.content.setObjectName("presenterContent")
        column = QVBoxLayout(self.content)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.header = QFrame(self.content)
        self.header.setObjectName("presenterHeader")
        head = QHBoxLayout(self.header)
        self._head = head
        head.setContentsMargins(40, 16, 32, 16)
        head.setSpacing(32)
        texts = QVBoxLayout()
        texts.setSpacing(6)
        title_row = QHBoxLayout()
        title_row.setSpacing(24)
        self.step_label = QLabel(self.header)
        self.step_label.setObjectName("presenterStep")
        self.title_label = QLabel(self.header)
        self.title_label.setObjectName("presenterTitle")
        self.title_label.setWordWrap(True)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.instructions_label = QLabel(self.header)
        self.instructions_label.setObjectName("presenterInstructions")
        self.instructions_label.setWordWrap(True)
        self.instructions_label.setTextFormat(Qt.TextFormat.PlainText)
        self.instructions_label.setSizePolicy(
            QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum
        )
        # The step number beside the title, not above it: the board keeps that line.
        title_row.addWidget(self.step_label, 0, Qt.AlignmentFlag.AlignBaseline)
        title_row.addWidget(self.title_label, 1, Qt.AlignmentFlag.AlignBaseline)
        texts.addLayout(title_row)
        texts.addWidget(self.instructions_label)
        head.addLayout(texts, 1)
        self.timer_display = TimerDisplay(countdown_source, self.header)
        head.addWidget(self.timer_display, 0, Qt.AlignmentFlag.AlignTop)
        column.addWidget(self.header)

        self.stack = QStackedWidget(self.content)
        self.stack.setObjectName("presenterStack")
        self.empty_page = QLabel(self.stack)
        self.empty_page.setObjectName("presenterEmpty")
        self.empty_page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_page.setWordWrap(True)
        self.stack.addWidget(self.empty_page)
        self.counts_page = TeamCounts(self.stack)
        self.stack.addWidget(self.counts_page)
        column.addWidget(self.stack, 1)

        # Overlays: children of the window above the content, sized in resizeEvent.
        self.frozen_picture = QLabel(self)
        self.frozen_picture.setObjectName("frozenPicture")
        self.frozen_picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.frozen_picture.hide()
        self.black = QWidget(self)
        self.black.setObjectName("blackout")
        self.black.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.black.setStyleSheet("QWidget#blackout { background: #000000; }")
        self.black.setCursor(Qt.CursorShape.BlankCursor)
        self.black.hide()

        self._sync_pending = QTimer(self)
        self._sync_pending.setSingleShot(True)
        self._sync_pending.setInterval(0)
        self._sync_pending.timeout.connect(self.sync_view)
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self.timer_display.refresh)
        self._grab_timer = QTimer(self)
        self._grab_timer.setInterval(GRAB_MS)
        self._grab_timer.timeout.connect(self._refresh_grab)

        controller.board_selected.connect(self.show_board)
        controller.changed.connect(self._on_changed)
        controller.file_replaced.connect(self._on_file_replaced)
        self.apply_theme(high_contrast)
        self._on_file_replaced()

    # --- look ------------------------------------------------------------------------------
    def apply_theme(self, high_contrast: bool) -> None:
        self.high_contrast = high_contrast
        c = theme.projector_colors(high_contrast)
        self.timer_display.colors = c
        self.timer_display.state = ""  # restyle on the next refresh
        self.setStyleSheet(
            f"QWidget#presenterWindow, QWidget#presenterContent, QStackedWidget#presenterStack"
            f" {{ background: {c.canvas}; }}"
            f" QFrame#presenterHeader {{ background: {c.header_bg}; }}"
            f" QFrame#presenterHeader QLabel {{ color: {c.header_fg}; background: transparent; }}"
            f" QLabel#presenterStep {{ color: {c.header_muted}; }}"
            f" QLabel#presenterInstructions {{ color: {c.header_muted}; }}"
            f" QLabel#presenterEmpty {{ color: #111111; background: {c.canvas}; }}"
            f" QWidget#faceDownPage {{ background: {c.canvas}; }}"
            f" QLabel#faceDownHeading, QLabel#faceDownSubtitle {{ color: #111111; }}"
        )
        self._apply_fonts()
        for wall, _console in self.mirrors.values():
            wall.set_colors(c.canvas)
        self.refresh_header()
        self.timer_display.refresh()
        if self.face_down:
            self._show_counts()

    def _hpx(self, pixels: float) -> int:
        """A header size: projector pixels at 1920×1080, smaller in a smaller window (a
        1280×720 window on the laptop shows the same picture, scaled)."""
        return max(1, round(_px(pixels) * self.size_factor))

    def _apply_fonts(self) -> None:
        self.step_label.setFont(theme.pixel_font(self._hpx(theme.PROJECTOR_BODY_PX - 2), bold=True))
        self.title_label.setFont(theme.pixel_font(self._hpx(theme.PROJECTOR_TITLE_PX), bold=True))
        self.instructions_label.setFont(theme.pixel_font(self._hpx(theme.PROJECTOR_BODY_PX)))
        self.timer_display.setFont(theme.pixel_font(self._hpx(theme.PROJECTOR_TIMER_PX), bold=True))
        self.empty_page.setFont(theme.pixel_font(self._hpx(theme.PROJECTOR_TITLE_PX), bold=True))
        self._head.setContentsMargins(self._hpx(40), self._hpx(16), self._hpx(32), self._hpx(16))

    # --- following the console ---------------------------------------------------------------
    def _on_file_replaced(self) -> None:
        for wall, _console_view in self.mirrors.values():
            self.stack.removeWidget(wall)
            wall.deleteLater()
        self.mirrors.clear()
        for widget in self.widgets.values():
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self.widgets.clear()
        self._grabbed.clear()
        self.board_id = None
        self.refresh_header()
        if self.controller.file is not None and self.controller.current_board_id is not None:
            self.show_board(self.controller.current_board_id)
        else:
            self._show_empty()

    def _drop_stale_pages(self) -> None:
        """Forget pages of deleted boards (their scene goes with the console's widget; a
        new board may get the same id later)."""
        alive = {b.id for b in self.controller.data.boards}
        for board_id in [b for b in self.mirrors if b not in alive]:
            wall, _console_view = self.mirrors.pop(board_id)
            self.stack.removeWidget(wall)
            wall.deleteLater()
        for board_id in [b for b in self.widgets if b not in alive]:
            widget = self.widgets.pop(board_id)
            self._grabbed.pop(board_id, None)
            self.stack.removeWidget(widget)
            widget.deleteLater()

    def show_board(self, board_id: int) -> None:
        """Follow the facilitator to `board_id` (called on `controller.board_selected`)."""
        self.board_id = board_id
        self._grab_timer.stop()
        if self.controller.file is None or self.controller.data.board(board_id) is None:
            self._show_empty()
            return
        if self.face_down:
            self._show_counts()
            return
        page = self._page_for(board_id)
        if page is None:
            self._show_empty()
            return
        self.stack.setCurrentWidget(page)
        if board_id in self.mirrors:
            self.schedule_sync()
        elif board_id in self._grabbed:
            self._refresh_grab()
            self._grab_timer.start()

    def _page_for(self, board_id: int) -> QWidget | None:
        if board_id in self.mirrors:
            return self.mirrors[board_id][0]
        if board_id in self.widgets:
            return self.widgets[board_id]
        console = self.board_source(board_id)
        if console is None:
            return None
        scene = getattr(console, "scene", None)
        console_view = getattr(console, "view", None)
        if isinstance(scene, BoardScene) and isinstance(console_view, BoardView):
            # The notes the console shows, laid out for the wall; it follows the console.
            wall = CaptureWall(self.controller, scene, console_view, self.stack)
            wall.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            wall.set_colors(theme.projector_colors(self.high_contrast).canvas)
            self.stack.addWidget(wall)
            self.mirrors[board_id] = (wall, console_view)
            return wall
        widget = self._projector_widget(board_id)
        if widget is None:
            # No projector mode: show a live picture of the console's board widget.
            picture = QLabel(self.stack)
            picture.setObjectName("presenterPicture")
            picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self._grabbed[board_id] = console
            widget = picture
        self.stack.addWidget(widget)
        self.widgets[board_id] = widget
        return widget

    def _projector_widget(self, board_id: int) -> QWidget | None:
        """An exercise widget in projector mode (cards face down, no controls), if any."""
        board = self.controller.data.board(board_id)
        if board is None:
            return None
        from app.ui.board.registry import BOARD_WIDGETS

        factories: list[Any] = [BOARD_WIDGETS.get(board.kind)]
        for factory in factories:
            if factory is None:
                continue
            try:
                widget = factory(self.controller, board_id, self.stack, projector_mode=True)
            except TypeError:
                continue  # this widget has no projector mode
            if isinstance(widget, QWidget):
                return widget
        return None

    def _refresh_grab(self) -> None:
        if self.board_id not in self._grabbed or self.frozen or self.blanked:
            return
        console = self._grabbed[self.board_id]
        picture = self.widgets.get(self.board_id)
        if not shiboken6.isValid(console):
            return
        if not isinstance(picture, QLabel) or picture.width() < 2:
            return
        pixmap = console.grab()
        picture.setPixmap(
            pixmap.scaled(
                picture.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def schedule_sync(self) -> None:
        self._sync_pending.start()

    def sync_view(self) -> None:
        """Lay the current capture board out again for the wall (it also does so by itself
        when the console moves or the board changes)."""
        pair = self.mirrors.get(self.board_id) if self.board_id is not None else None
        if pair is not None and shiboken6.isValid(pair[0]):
            pair[0].relayout()

    def current_wall(self) -> CaptureWall | None:
        """The capture board on the projector now, if it shows one."""
        shown = self.stack.currentWidget()
        return shown if isinstance(shown, CaptureWall) else None

    def _on_changed(self, change: Change) -> None:
        if self.controller.file is None:
            return
        if "boards" in change.kinds:
            self._drop_stale_pages()
        if "workshop" in change.kinds:
            self.refresh_header()
        if self.face_down and change.kinds & {"notes", "teams"}:
            self._show_counts()
        if self.board_id in self._grabbed:
            QTimer.singleShot(50, self._refresh_grab)

    # --- the agenda step and the timer ------------------------------------------------------
    def refresh_header(self) -> None:
        agenda, index = stored_agenda(self.controller)
        if self.controller.file is None:
            self.step_label.setText("")
            self.title_label.setText(self.tr("Point B"))
            self.instructions_label.setText("")
            self.instructions_label.hide()
            return
        workshop = self.controller.data.workshop
        language = "ru" if workshop.language == "ru" else "en"
        if agenda is None:
            self.step_label.setText(workshop.title)
            self.step_label.setVisible(bool(workshop.title))
            self.title_label.setText(workshop.challenge or workshop.title)
            self.instructions_label.setText("")
            self.instructions_label.hide()
            return
        step = agenda.steps[index]
        self.step_label.setText(
            self.tr("Step %1 of %2")
            .replace("%1", str(index + 1))
            .replace("%2", str(len(agenda.steps)))
        )
        self.step_label.show()
        self.title_label.setText(step.title(language))
        instructions = step.instructions(language)
        self.instructions_label.setText(instructions)
        self.instructions_label.setVisible(bool(instructions))
        self.timer_display.refresh()

    def _show_empty(self) -> None:
        if self.controller.file is None:
            self.empty_page.setText(self.tr("Point B"))
        else:
            workshop = self.controller.data.workshop
            self.empty_page.setText(workshop.challenge or workshop.title or self.tr("Point B"))
        self.stack.setCurrentWidget(self.empty_page)

    # --- blank, freeze, face down ------------------------------------------------------------
    def set_blanked(self, on: bool) -> None:
        self.blanked = on
        self.black.setVisible(on)
        if on:
            self.black.raise_()

    def toggle_blank(self) -> bool:
        self.set_blanked(not self.blanked)
        return self.blanked

    def set_frozen(self, on: bool) -> None:
        if on == self.frozen:
            return
        if on:
            # The picture is taken now; everything underneath keeps following the console.
            self.frozen_picture.setPixmap(self.content.grab())
            self.frozen_picture.setGeometry(self.rect())
            self.frozen_picture.show()
            self.frozen_picture.raise_()
            if self.blanked:
                self.black.raise_()
        else:
            self.frozen_picture.hide()
            self.frozen_picture.clear()
        self.frozen = on

    def toggle_freeze(self) -> bool:
        self.set_frozen(not self.frozen)
        return self.frozen

    def set_face_down(self, on: bool) -> None:
        self.face_down = on
        if on:
            self._show_counts()
        elif self.board_id is not None:
            self.show_board(self.board_id)

    def _show_counts(self) -> None:
        if self.controller.file is None or self.board_id is None:
            self._show_empty()
            return
        self.counts_page.show_counts(team_counts(self.controller.data, self.board_id))
        self.stack.setCurrentWidget(self.counts_page)

    def shown_picture(self) -> QPixmap:
        """What the room sees right now (for tests and screenshots)."""
        return self.grab()

    # --- window ------------------------------------------------------------------------------
    def show_on_projector(self, console: QWidget | None = None) -> None:
        """Full screen on a second screen when there is one, else a normal window."""
        console_screen = console.screen() if console is not None else None
        target = pick_projector_screen(QGuiApplication.screens(), console_screen)
        if target is not None:
            self.setScreen(target)
            self.setGeometry(target.geometry())
            self.showFullScreen()
        else:
            if not self.isVisible():
                self.resize(*WINDOWED_SIZE)
            self.showNormal()
        if QGuiApplication.platformName() != "offscreen":  # it cannot raise windows
            self.raise_()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._tick.start()
        self.schedule_sync()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        factor = max(0.5, min(1.0, self.width() / 1920, self.height() / 1080))
        if abs(factor - self.size_factor) > 0.01:
            self.size_factor = factor
            self._apply_fonts()
        self.content.setGeometry(self.rect())
        self.black.setGeometry(self.rect())
        self.frozen_picture.setGeometry(self.rect())
        self.schedule_sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._tick.stop()
        self._grab_timer.stop()
        super().closeEvent(event)
        self.closed.emit()


# --- proxy voting: number keys pick the voter -----------------------------------------------


def pick_voter(board: Any, number: int) -> bool:
    """Choose the `number`-th voter (1-based) in the board's voter list."""
    combo = getattr(board, "voter_combo", None)
    if combo is None or not 1 <= number <= combo.count():
        return False
    combo.setCurrentIndex(number - 1)
    return True


def install_voter_keys(board: Any) -> list[QShortcut]:
    """Keys 1-9 pick a voter while dot voting is on (typing in a field is not affected:
    text fields take digits before shortcuts do)."""
    existing = getattr(board, "voter_keys", None)
    if existing is not None:
        return list(existing)
    button = getattr(board, "vote_button", None)
    if not isinstance(board, QWidget) or button is None or not hasattr(board, "voter_combo"):
        return []
    keys: list[QShortcut] = []
    for number in range(1, 10):
        shortcut = QShortcut(QKeySequence(str(number)), board)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(lambda n=number: pick_voter(board, n))
        shortcut.setEnabled(button.isChecked())
        keys.append(shortcut)

    def enable(on: bool) -> None:
        for shortcut in keys:
            shortcut.setEnabled(on)

    button.toggled.connect(enable)
    setattr(board, "voter_keys", keys)  # noqa: B010 - marks the board as done
    return keys


# --- the Room: menu, agenda dock, presenter, board extras -----------------------------------


class Room(QObject):
    """Everything "in the room", added to a main window (see `install_room`)."""

    def __init__(self, window: Any, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(window)
        from app.ui import preferences

        self.window = window
        self.controller: Controller = window.controller
        self.settings: QSettings = window.settings
        self.prefs = preferences.Preferences.load(self.settings)
        self.presenter: PresenterWindow | None = None
        self.phones: PhonesFeature | None = None  # Room > Let the room join, once used
        if (
            self.prefs.high_contrast != theme.is_high_contrast()
            or abs(self.prefs.zoom - theme.current_zoom()) > 1e-6
        ):
            app = QApplication.instance()
            if isinstance(app, QApplication):
                theme.apply(app, high_contrast=self.prefs.high_contrast, zoom=self.prefs.zoom)

        self.agenda_panel = AgendaPanel(self.controller, clock=clock)
        self.agenda_panel.chime.enabled = self.prefs.sound
        self.agenda_dock = QDockWidget(self.tr("Agenda"), window)
        self.agenda_dock.setObjectName("agendaDock")
        # The panel scrolls rather than making the window taller than a small screen.
        self.agenda_dock.setWidget(scrolling(self.agenda_panel, horizontal=False))
        self.agenda_dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
        )
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.agenda_dock)
        window.resizeDocks([self.agenda_dock], [310], Qt.Orientation.Horizontal)
        self.agenda_panel.current_changed.connect(self._agenda_moved)
        # One step system: the agenda's step drives the board and its stage (app.ui.step_flow).
        self.step_flow = StepFlow(window, self.controller, self.agenda_panel, self)
        self.vote_reveal = VoteReveal(self.controller, lambda: self.presenter, self)
        self.vote_reveal.hiding_changed.connect(lambda: self._update_projector_actions())

        self._build_menu()
        self._build_view_actions()
        self._build_preferences_action()
        self.controller.board_selected.connect(self._board_selected)
        self.controller.file_replaced.connect(self._file_replaced)
        self._file_replaced()

    # --- menus -----------------------------------------------------------------------------
    def _action(
        self,
        menu: QMenu,
        text: str,
        slot: Callable[[], object],
        shortcut: str | list[str] | None = None,
        checkable: bool = False,
    ) -> QAction:
        action = QAction(text, self.window)
        if isinstance(shortcut, list):
            action.setShortcuts([QKeySequence(k) for k in shortcut])
        elif shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menu(self) -> None:
        bar = self.window.menuBar()
        menu = QMenu(self.tr("&Room"), bar)
        self.menu = menu
        actions = bar.actions()
        if actions:
            bar.insertMenu(actions[-1], menu)  # before Help
        else:
            bar.addMenu(menu)
        self.presenter_action = self._action(
            menu, self.tr("&Presenter window"), self.toggle_presenter, "F5", checkable=True
        )
        self.blank_action = self._action(
            menu, self.tr("&Blank the projector"), self.toggle_blank, "B", checkable=True
        )
        self.freeze_action = self._action(
            menu, self.tr("&Freeze the projector"), self.toggle_freeze, "F", checkable=True
        )
        self.face_down_action = self._action(
            menu,
            self.tr("Face-&down mode (silent writing)"),
            self.toggle_face_down,
            "Ctrl+Shift+D",
            checkable=True,
        )
        self.reveal_action = self._action(
            menu, self.tr("&Reveal the notes"), self.reveal, "Ctrl+Shift+R"
        )
        self.reveal_votes_action = self._action(
            menu, self.tr("Reveal the &votes"), self.vote_reveal.reveal, "R"
        )
        menu.addSeparator()
        self.timer_action = self._action(
            menu, self.tr("Start / pause the &timer"), self.agenda_panel.timer.toggle, "Ctrl+T"
        )
        self.plus_one_action = self._action(
            menu, self.tr("Add one minute"), lambda: self.agenda_panel.timer.add_minutes(1)
        )
        self.plus_five_action = self._action(
            menu, self.tr("Add five minutes"), lambda: self.agenda_panel.timer.add_minutes(5)
        )
        self.reset_timer_action = self._action(
            menu, self.tr("Reset the timer"), self.agenda_panel.timer.reset
        )
        menu.addSeparator()
        self.next_step_action = self._action(
            menu, self.tr("&Next step"), self.agenda_panel.next_step, "Ctrl+Shift+Right"
        )
        self.previous_step_action = self._action(
            menu, self.tr("Pre&vious step"), self.agenda_panel.previous_step, "Ctrl+Shift+Left"
        )
        self.choose_agenda_action = self._action(
            menu, self.tr("Choose an &agenda…"), self.agenda_panel.ask_template
        )
        self.show_agenda_action = self.agenda_dock.toggleViewAction()
        self.show_agenda_action.setText(self.tr("Show the a&genda"))
        self.show_agenda_action.setShortcut(QKeySequence("Ctrl+Shift+A"))
        menu.addAction(self.show_agenda_action)
        menu.addSeparator()
        self.insert_photo_action = self._action(
            menu, self.tr("Insert &photos…"), self.insert_photos, "Ctrl+Shift+I"
        )
        self.join_action = self._action(menu, self.tr("Let the room &join…"), self.let_room_join)
        # The projector keys also work while the presenter window has the focus.
        self.room_actions = [
            self.presenter_action,
            self.blank_action,
            self.freeze_action,
            self.face_down_action,
            self.reveal_action,
            self.reveal_votes_action,
            self.timer_action,
            self.next_step_action,
            self.previous_step_action,
        ]
        workshop_actions = getattr(self.window, "workshop_actions", None)
        if isinstance(workshop_actions, list):
            workshop_actions.extend(
                [
                    *self.room_actions,
                    self.plus_one_action,
                    self.plus_five_action,
                    self.reset_timer_action,
                    self.choose_agenda_action,
                    self.insert_photo_action,
                    self.join_action,
                ]
            )
        self._update_projector_actions()

    def _menu_with(self, action: QAction | None) -> QMenu | None:
        if action is None:
            return None
        for top in self.window.menuBar().actions():
            menu = top.menu()
            if isinstance(menu, QMenu) and action in menu.actions():
                return menu
        return None

    def _build_view_actions(self) -> None:
        view_menu = self._menu_with(getattr(self.window, "zoom_in_action", None)) or self.menu
        view_menu.addSeparator()
        # Ctrl+= / Ctrl+- zoom the board; Ctrl+Alt zooms the whole interface.
        self.ui_larger_action = self._action(
            view_menu,
            self.tr("&Larger interface"),
            lambda: self.set_ui_zoom(theme.current_zoom() + theme.ZOOM_STEP),
            ["Ctrl+Alt+=", "Ctrl+Alt++"],
        )
        self.ui_smaller_action = self._action(
            view_menu,
            self.tr("S&maller interface"),
            lambda: self.set_ui_zoom(theme.current_zoom() - theme.ZOOM_STEP),
            "Ctrl+Alt+-",
        )
        self.ui_reset_action = self._action(
            view_menu, self.tr("Normal interface size"), lambda: self.set_ui_zoom(1.0), "Ctrl+Alt+0"
        )

    def _build_preferences_action(self) -> None:
        edit_menu = self._menu_with(getattr(self.window, "undo_action", None)) or self.menu
        edit_menu.addSeparator()
        self.preferences_action = self._action(
            edit_menu, self.tr("&Preferences…"), self.show_preferences
        )
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)

    # --- state -----------------------------------------------------------------------------
    def _file_replaced(self) -> None:
        has_file = self.controller.file is not None
        self.agenda_dock.setVisible(has_file)
        if not has_file and self.presenter is not None:
            self.presenter.set_face_down(False)
            self.face_down_action.setChecked(False)
        self._update_projector_actions()
        if has_file and self.controller.current_board_id is not None:
            self._board_selected(self.controller.current_board_id)

    def _board_selected(self, board_id: int) -> None:
        widget = getattr(self.window, "board_widgets", {}).get(board_id)
        if widget is not None:
            from app.ui.images import attach_photos

            attach_photos(widget)
            install_voter_keys(widget)

    def _agenda_moved(self) -> None:
        if self.presenter is not None:
            self.presenter.refresh_header()

    def _update_projector_actions(self, shown: bool | None = None) -> None:
        on = self.presenter is not None and self.presenter.isVisible() if shown is None else shown
        self.presenter_action.setChecked(on)
        self.reveal_action.setEnabled(self.face_down_action.isChecked())
        status = []
        if self.presenter is not None and on:
            if self.presenter.blanked:
                status.append(self.tr("The projector is blank (B shows it again)."))
            if self.presenter.frozen:
                status.append(self.tr("The projector is frozen (F follows again)."))
            if self.presenter.face_down:
                status.append(self.tr("Face-down mode: the room sees only counts."))
            if self.vote_reveal.hiding:
                status.append(self.tr("The projector hides the vote totals (R reveals them)."))
        self.agenda_panel.set_projector_status("\n".join(status))

    # --- projector -------------------------------------------------------------------------
    def ensure_presenter(self) -> PresenterWindow:
        if self.presenter is None:
            presenter = PresenterWindow(
                self.controller,
                lambda board_id: getattr(self.window, "board_widgets", {}).get(board_id),
                self.agenda_panel.countdown,
                high_contrast=self.prefs.projector_high_contrast,
            )
            presenter.addActions(self.room_actions)
            presenter.closed.connect(self._presenter_closed)
            presenter.stack.currentChanged.connect(lambda _index: self.vote_reveal.refresh())
            self.presenter = presenter
        return self.presenter

    def toggle_presenter(self) -> None:
        presenter = self.ensure_presenter()
        if presenter.isVisible():
            presenter.close()
        else:
            presenter.set_face_down(self.face_down_action.isChecked())
            presenter.show_on_projector(self.window)
            # The first board page is added before it is listed as a mirror, so hide the
            # totals of a vote step now that the projector shows it.
            self.vote_reveal.refresh()
            self.window.activateWindow()  # the keyboard stays on the console
        self._update_projector_actions()

    def close_presenter(self) -> None:
        """Close the projector window (the console is quitting)."""
        if self.presenter is not None:
            self.presenter.close()

    def _presenter_closed(self) -> None:
        self.blank_action.setChecked(False)
        self.freeze_action.setChecked(False)
        if self.presenter is not None:
            self.presenter.set_blanked(False)
            self.presenter.set_frozen(False)
        self._update_projector_actions(shown=False)  # still visible inside closeEvent

    def toggle_blank(self) -> None:
        presenter = self.ensure_presenter()
        self.blank_action.setChecked(presenter.toggle_blank())
        self._update_projector_actions()

    def toggle_freeze(self) -> None:
        presenter = self.ensure_presenter()
        self.freeze_action.setChecked(presenter.toggle_freeze())
        self._update_projector_actions()

    def toggle_face_down(self) -> None:
        on = self.face_down_action.isChecked()
        self.ensure_presenter().set_face_down(on)
        self._update_projector_actions()

    def reveal(self) -> None:
        self.face_down_action.setChecked(False)
        self.ensure_presenter().set_face_down(False)
        self._update_projector_actions()

    # --- phones (app.ui.room_join) --------------------------------------------------------
    def let_room_join(self) -> QWidget | None:
        from app.ui.room_join import PhonesFeature

        if self.phones is None:
            self.phones = PhonesFeature(self.controller, self.window, self._shown_presenter)
        return self.phones.open()

    def _shown_presenter(self) -> PresenterWindow:
        if self.presenter is None or not self.presenter.isVisible():
            self.toggle_presenter()
        return self.ensure_presenter()

    # --- photos, zoom, preferences ---------------------------------------------------------
    def insert_photos(self) -> None:
        from app.ui.photo_panel import photo_layer_for

        board_id = self.controller.current_board_id
        widget = getattr(self.window, "board_widgets", {}).get(board_id)
        layer = photo_layer_for(widget)  # the capture wall, or an exercise's photo panel
        if layer is None:
            self.controller.error.emit(self.tr("Photos can be placed on idea boards."))
            return
        layer.ask_insert()

    def set_ui_zoom(self, zoom: float) -> None:
        zoom = theme.clamp_zoom(zoom)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply(app, zoom=zoom)
        self.prefs.zoom = zoom
        self.prefs.save(self.settings)
        if self.presenter is not None:
            self.presenter.apply_theme(self.prefs.projector_high_contrast)

    def apply_preferences(self, prefs: Any) -> None:
        self.prefs = prefs
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply(app, high_contrast=prefs.high_contrast, zoom=prefs.zoom)
        self.agenda_panel.chime.enabled = prefs.sound
        if self.presenter is not None:
            self.presenter.apply_theme(prefs.projector_high_contrast)

    def show_preferences(self) -> QWidget:
        from app.ui.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.prefs, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.applied.connect(self._preferences_applied)
        dialog.open()
        self.last_dialog = dialog
        return dialog

    def _preferences_applied(self, prefs: Any) -> None:
        prefs.save(self.settings)
        self.apply_preferences(prefs)


def install_room(window: Any) -> Room:
    """Add the room features to a main window (once)."""
    existing = getattr(window, "room", None)
    if isinstance(existing, Room):
        return existing
    room = Room(window)
    window.room = room
    return room


def room_screenshots(window: Any, outdir: Path, language: str) -> list[Path]:
    """console-<lang>.png and presenter-<lang>.png for the docs (the demo must be open).

    The room is mid-exercise: the "Share and cluster" step of the ideas-to-MVP agenda on
    the demo's capture board, its timer running, the console at 100% zoom and the
    projector at 1920x1080 following it.
    """
    from app.domain import agenda as rules
    from app.ui.board.capture import CaptureBoard

    room = install_room(window)
    controller: Controller = window.controller
    agendas, _errors = rules.load_templates([rules.bundled_templates_dir()])
    chosen = next((a for a in agendas if a.key == "ideas-to-mvp"), agendas[0] if agendas else None)
    if chosen is not None:
        step = next((i for i, s in enumerate(chosen.steps) if s.exercise == "capture"), 0)
        room.agenda_panel.set_agenda(chosen, min(step + 1, len(chosen.steps) - 1))
    boards = sorted(controller.data.boards, key=lambda b: b.position)
    capture = next((b for b in boards if b.kind == model.BoardKind.CAPTURE), None)
    board = window.select_board(capture.id) if capture is not None else None
    _settle()
    if isinstance(board, CaptureBoard):
        board.view.reset_zoom()
        clusters = list(board.scene.clusters.values())
        target = clusters[0].sceneBoundingRect() if clusters else board.scene.content_rect()
        board.view.centerOn(target.center().x() + 260.0, target.top() + 330.0)
        board.scene.clearSelection()
    timer = room.agenda_panel.timer
    timer.start()
    timer.add_minutes(-7.3)  # the room is a while into the step
    timer.pause()
    room.presenter_action.trigger()
    presenter = room.presenter
    assert presenter is not None
    presenter.resize(1920, 1080)
    _settle()
    presenter.sync_view()
    _settle()
    outdir.mkdir(parents=True, exist_ok=True)
    shots = [
        (window.grab(), outdir / f"console-{language}.png"),
        (presenter.grab(), outdir / f"presenter-{language}.png"),
    ]
    written = []
    for pixmap, path in shots:
        if not pixmap.save(str(path)):
            raise OSError(f"cannot write {path}")
        written.append(path)
    presenter.close()
    return written


def _settle(ms: int = 80) -> None:
    from PySide6.QtCore import QEventLoop

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
