"""The room's screen: the presenter window for the projector (driven by `app.ui.room`).

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

The room (`app.ui.room.Room`, built by the main window) opens and closes this window and
drives it from the Room menu.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import shiboken6
from PySide6.QtCore import QRect, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QGuiApplication,
    QKeySequence,
    QMouseEvent,
    QPixmap,
    QResizeEvent,
    QScreen,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain import model
from app.domain.timer import Countdown, format_seconds
from app.export import export_messages
from app.services import Change
from app.ui import theme
from app.ui.agenda_panel import stored_agenda
from app.ui.board.contract import BoardPage
from app.ui.board.registry import projector_view
from app.ui.board.view import BoardView
from app.ui.controller import Controller
from app.ui.elide import set_wrapped_name_text
from app.ui.i18n import counted, printed
from app.ui.projector.capture_wall import CaptureWall
from app.ui.refresh import ChangeFollower
from app.ui.stages import stage_title

TICK_MS = 250  # the presenter's timer display refresh
GRAB_MS = 1000  # a board shown as a picture of the console's widget is refreshed this often
WINDOWED_SIZE = (1280, 720)  # the largest projector window on the console's own screen
WINDOWED_SHARE = 0.6  # of the screen's width: the console's agenda and toolbar stay free
WINDOWED_MARGIN = 16


def windowed_geometry(available: QRect) -> QRect:
    """Where the projector window opens on the console's only screen (a rehearsal, or a
    projector that mirrors the laptop): in the projector's 16:9 shape, at most 1280x720
    and 60 % of the screen's width, in the bottom-right corner, so the console's left
    side (agenda, board tools) stays visible and clickable. F11 makes it full screen."""
    width = min(WINDOWED_SIZE[0], int(available.width() * WINDOWED_SHARE))
    height = min(width * WINDOWED_SIZE[1] // WINDOWED_SIZE[0],
                 available.height() - 2 * WINDOWED_MARGIN)
    width = height * WINDOWED_SIZE[0] // WINDOWED_SIZE[1]
    return QRect(available.right() + 1 - WINDOWED_MARGIN - width,
                 available.bottom() + 1 - WINDOWED_MARGIN - height, width, height)


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
        self.heading.setText(stage_title(model.BoardKind.CAPTURE, "write"))
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
            name = name or printed(export_messages.MESSAGES, "no_team")
            set_wrapped_name_text(label, name, _px(TILE_NAME_PX))
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
        board_source: Callable[[int], BoardPage | None],
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
        self._grabbed: dict[int, BoardPage] = {}  # board id -> console board shown as picture
        self.size_factor = 1.0  # the window's size against 1920×1080 (at most 1)
        self.setObjectName("presenterWindow")
        self.setWindowTitle(self.tr("Point B — projector"))
        # With one screen shared with the room (a mirrored projector), the window goes full
        # screen on F11 or a double click, and back.
        self.full_screen_action = QAction(self.tr("Full screen"), self)
        self.full_screen_action.setShortcut(QKeySequence("F11"))
        self.full_screen_action.triggered.connect(self.toggle_full_screen)
        self.addAction(self.full_screen_action)
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
        texts.setSpacing(2)
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
        # Every change: a live picture of the console shows any of them.
        self.follower = ChangeFollower(self, controller, update=self._on_changed)
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
        self._head.setContentsMargins(self._hpx(40), self._hpx(6), self._hpx(32), self._hpx(6))

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
        board_wall = console.board_wall()
        if board_wall is not None:
            # The notes the console shows, laid out for the wall; it follows the console.
            wall = CaptureWall(self.controller, board_wall.scene, board_wall.view, self.stack)
            wall.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            wall.set_colors(theme.projector_colors(self.high_contrast).canvas)
            self.stack.addWidget(wall)
            self.mirrors[board_id] = (wall, board_wall.view)
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
        return projector_view(board.kind, self.controller, board_id, self.stack)

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
        if change.touches(model.Board):
            self._drop_stale_pages()
        if change.touches(model.Workshop):
            self.refresh_header()
        if self.face_down and change.touches(model.Note, model.Team):
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
            # The room sees the board as it is now, not the wall's update a moment later.
            shown = self.current_wall()
            if shown is not None and shown.pending():
                shown.relayout()
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
                screen = console_screen or QGuiApplication.primaryScreen()
                if screen is not None:
                    self.setGeometry(windowed_geometry(screen.availableGeometry()))
                else:
                    self.resize(*WINDOWED_SIZE)
            self.showNormal()
        if QGuiApplication.platformName() != "offscreen":  # it cannot raise windows
            self.raise_()

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.toggle_full_screen()
        event.accept()

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
