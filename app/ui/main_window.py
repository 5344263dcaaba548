"""The main window: start screen or workspace (board list + the current board widget).

The window wires menus to the controller and to the current board widget; it holds no
workshop rules. Board widgets are built by `app.ui.board.registry` and reached through
their typed contract (`app.ui.board.contract.BoardPage`).
"""

from __future__ import annotations

import importlib
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain import edits, model
from app.domain.agenda import Agenda
from app.services import Change, WorkshopFile
from app.store.database import SUFFIX, WorkshopFileError
from app.ui import fit, theme
from app.ui.board.contract import BoardCommands, BoardPage
from app.ui.board.registry import ComposedBoard, board_kind_label, compose_board
from app.ui.board_list import install_board_actions
from app.ui.controller import Controller
from app.ui.file_safety import FileSafety
from app.ui.fit import scrolling
from app.ui.i18n import apply_preferences as apply_language_preference
from app.ui.i18n import counted
from app.ui.images import PhotoLayer
from app.ui.import_job import ImportJob
from app.ui.name_fields import ask_name, limit_item_names
from app.ui.refresh import ChangeFollower
from app.ui.room import Room
from app.ui.setup_dialog import SetupDialog
from app.ui.shortcuts import ShortcutsDialog
from app.ui.start_screen import RecentFiles, StartScreen, ui_language

__all__ = ["MainWindow"]

MESSAGE_SECONDS = 8
Shortcut = QKeySequence.StandardKey | str  # a key as a menu action takes it


class MessageBar(QFrame):
    """A non-blocking line in the status bar for refusals and failed writes (the status bar
    keeps its height, so a message never moves what is under the mouse)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 2, 8, 2)
        self.label = QLabel(self)
        # One line that never widens the window; the whole text is the tooltip.
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        close = QPushButton(self.tr("Dismiss"), self)
        close.setFlat(True)
        close.clicked.connect(self.hide)
        row.addWidget(self.label, 1)
        row.addWidget(close)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def show_message(self, text: str, info: bool = False) -> None:
        self.label.setText(" ".join(text.split()))
        self.label.setToolTip(text)
        color = theme.ACCENT_DARK if info else theme.DANGER
        background = "#EEF2FF" if info else "#FDECEA"
        self.setStyleSheet(
            f"QFrame#messageBar {{ background: {background}; }} "
            f"QFrame#messageBar QLabel {{ color: {color}; font-weight: bold; }}"
        )
        self.show()
        self._timer.start(MESSAGE_SECONDS * 1000)


class MainWindow(QMainWindow):
    export_requested = Signal()  # File > Export…; the export feature connects here

    def __init__(
        self, controller: Controller | None = None, settings: QSettings | None = None
    ) -> None:
        super().__init__()
        self.controller = controller or Controller(self)
        self.settings = settings if settings is not None else QSettings()
        apply_language_preference(self.settings)  # before any text is built (app.ui.i18n)
        self.recent = RecentFiles(self.settings)
        # Each board's widget, with its page in the board stack (the board itself, or the
        # board with its photo panel below), its photos and its voter keys.
        self.boards: dict[int, ComposedBoard] = {}
        self._dialogs: list[QWidget] = []
        # Asked before an import creates teams; tests put an answer here.
        self.confirm_new_teams: Callable[[list[str]], bool] = self.ask_new_teams
        self.setWindowTitle(self.tr("Point B"))
        self.resize(1440, 900)

        self.pages = QStackedWidget(self)
        self.start_screen = StartScreen(self.recent, self)
        self.start_page = scrolling(self.start_screen, self.pages)
        self.pages.addWidget(self.start_page)
        self.workspace = self._build_workspace()
        self.pages.addWidget(self.workspace)
        self.setCentralWidget(self.pages)
        # Messages appear in one place that never moves anything: the status line.
        self.message_bar = MessageBar(self)
        self.statusBar().addWidget(self.message_bar, 1)
        self.statusBar().setSizeGripEnabled(False)
        self.statusBar().setFixedHeight(self.message_bar.sizeHint().height())
        self.controller.window_shows_messages = True
        self._build_menus()

        self.start_screen.new_requested.connect(self.ask_new_workshop)
        self.start_screen.open_requested.connect(self.ask_open)
        self.start_screen.open_path_requested.connect(self.open_path)
        self.start_screen.demo_requested.connect(self.open_demo)
        self.controller.file_replaced.connect(self._on_file_replaced)
        self.follower = ChangeFollower(
            self, self.controller, concerns=(model.Board, model.Workshop), update=self._on_changed
        )
        self.controller.error.connect(self.show_error)
        self._on_file_replaced()
        self.room = Room(self)  # presenter, agenda, Room menu (app.ui.room)
        # Backups, restore, risky-location warning, failed writes (app.ui.file_safety).
        self.file_safety = FileSafety(self)
        self.export_requested.connect(self.show_export)

    # --- building ------------------------------------------------------------------------
    def _build_workspace(self) -> QWidget:
        page = QWidget(self)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.read_only_banner = QFrame(page)
        self.read_only_banner.setObjectName("readOnlyBanner")
        banner_row = QHBoxLayout(self.read_only_banner)
        banner_row.setContentsMargins(16, 10, 16, 10)
        self.read_only_label = QLabel(
            self.tr(
                "Read-only: this workshop file cannot be changed here. "
                "Use File > Save As… to work on a copy."
            ),
            self.read_only_banner,
        )
        banner_row.addWidget(self.read_only_label)
        self.read_only_banner.hide()
        column.addWidget(self.read_only_banner)

        splitter = QSplitter(Qt.Orientation.Horizontal, page)
        side = QFrame()
        side.setObjectName("sidePanel")
        side_column = QVBoxLayout(side)
        side_column.setContentsMargins(14, 18, 14, 14)
        side_column.setSpacing(10)
        self.workshop_label = QLabel(side)
        self.workshop_label.setWordWrap(True)
        self.workshop_label.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.challenge_label = QLabel(side)
        self.challenge_label.setWordWrap(True)
        self.challenge_label.setStyleSheet(f"color: {theme.MUTED};")
        boards_title = QLabel(self.tr("Boards"), side)
        boards_title.setObjectName("sectionTitle")
        self.board_list = QListWidget(side)
        self.board_list.setObjectName("boardList")
        self.board_list.setWordWrap(True)
        self.board_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.board_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.board_list.currentItemChanged.connect(self._board_picked)
        self.board_list.itemChanged.connect(self._board_renamed)
        limit_item_names(self.board_list)  # titles renamed in place
        self.add_board_button = QPushButton(self.tr("+ Add board"), side)
        setup = QPushButton(self.tr("Workshop setup…"), side)
        setup.clicked.connect(self.show_setup)
        side_column.addWidget(self.workshop_label)
        side_column.addWidget(self.challenge_label)
        side_column.addSpacing(8)
        side_column.addWidget(boards_title)
        side_column.addWidget(self.board_list, 1)
        side_column.addWidget(self.add_board_button)
        side_column.addWidget(setup)
        self.board_stack = QStackedWidget(splitter)
        splitter.addWidget(scrolling(side, splitter, horizontal=False))
        splitter.addWidget(self.board_stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([250, 1300])
        splitter.setChildrenCollapsible(False)
        column.addWidget(splitter, 1)
        return page

    def _action(
        self,
        menu: QMenu,
        text: str,
        slot: Callable[[], object],
        shortcut: Shortcut | list[Shortcut] | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if isinstance(shortcut, list):
            action.setShortcuts([QKeySequence(k) for k in shortcut])
        elif shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        std = QKeySequence.StandardKey
        file_menu = bar.addMenu(self.tr("&File"))
        self._action(
            file_menu, self.tr("&New workshop…"), lambda: self.ask_new_workshop(None), std.New
        )
        self._action(file_menu, self.tr("&Open…"), self.ask_open, std.Open)
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addSeparator()
        self.save_as_action = self._action(
            file_menu, self.tr("Save &As / Duplicate…"), self.ask_save_copy, std.SaveAs
        )
        self.import_action = self._action(
            file_menu, self.tr("&Import ideas from CSV…"), self.ask_import_ideas, "Ctrl+I"
        )
        self.export_action = self._action(
            file_menu, self.tr("&Export…"), self.export_requested.emit, "Ctrl+E"
        )
        self.restore_action = self._action(  # also without an open file: it may not open
            file_menu, self.tr("&Restore from backup…"), lambda: self.file_safety.show_restore()
        )
        file_menu.addSeparator()
        self.close_action = self._action(
            file_menu, self.tr("&Close workshop"), self.close_workshop, std.Close
        )
        self._action(file_menu, self.tr("&Quit"), self.close, std.Quit)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self.controller.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence(std.Undo))
        self.redo_action = self.controller.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence(std.Redo), QKeySequence("Ctrl+Y")])
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        self.delete_action = self._action(
            edit_menu, self.tr("&Delete"), self._delete, std.Delete
        )
        self.select_all_action = self._action(
            edit_menu,
            self.tr("Select &all"),
            self._board_slot(lambda c: c.select_all),
            std.SelectAll,
        )
        self.find_action = self._action(
            edit_menu, self.tr("&Find…"), self._board_slot(lambda c: c.focus_find), std.Find
        )

        view_menu = bar.addMenu(self.tr("&View"))
        self.zoom_in_action = self._action(
            view_menu,
            self.tr("Zoom &in"),
            self._board_slot(lambda c: c.zoom_in),
            [std.ZoomIn, "Ctrl+="],
        )
        self.zoom_out_action = self._action(
            view_menu, self.tr("Zoom &out"), self._board_slot(lambda c: c.zoom_out), std.ZoomOut
        )
        self.fit_action = self._action(
            view_menu, self.tr("&Fit to window"), self._board_slot(lambda c: c.fit), "Ctrl+0"
        )
        view_menu.addSeparator()
        self.full_screen_action = self._action(
            view_menu, self.tr("F&ull screen"), self.toggle_full_screen, [std.FullScreen, "F11"]
        )
        self.full_screen_action.setCheckable(True)

        workshop_menu = bar.addMenu(self.tr("&Workshop"))
        self.setup_action = self._action(
            workshop_menu, self.tr("&Setup…"), self.show_setup, "Ctrl+,"
        )
        workshop_menu.addSeparator()
        # Add (any kind), rename, reorder, delete: menu, board list keys and context menu.
        self.board_actions = install_board_actions(self, workshop_menu, self.add_board_button)

        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(
            help_menu, self.tr("&Keyboard shortcuts"), self.show_shortcuts, std.HelpContents
        )
        self._action(help_menu, self.tr("&About Point B"), self.show_about)
        self.workshop_actions = [
            self.save_as_action,
            self.import_action,
            self.export_action,
            self.close_action,
            self.delete_action,
            self.select_all_action,
            self.find_action,
            self.zoom_in_action,
            self.zoom_out_action,
            self.fit_action,
            self.setup_action,
            *self.board_actions.actions,
        ]

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in self.recent.paths():
            action = self.recent_menu.addAction(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.open_path(p))
            action.setEnabled(path.exists())
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("(none yet)")).setEnabled(False)

    # --- documents -----------------------------------------------------------------------
    def open_path(self, path: Path | str) -> bool:
        path = Path(path)
        try:
            self.controller.open(path)
        except WorkshopFileError as exc:
            self.show_file_error(self.tr("This workshop could not be opened."), str(exc))
            return False
        self.recent.add(path)
        return True

    def adopt(self, workshop_file: WorkshopFile) -> None:
        """Show an already open workshop file (e.g. opened read-only)."""
        self.controller.adopt(workshop_file)
        self.recent.add(workshop_file.path)

    def new_workshop(self, path: Path | str, title: str, agenda: Agenda | None = None) -> bool:
        """Create the file with the agenda's boards (one capture board without an agenda);
        the same code path as `pointb new --template` (`app.interchange.create_workshop`)."""
        from app import interchange

        path = Path(path)
        try:
            workshop_file = interchange.create_workshop(
                path, title.strip() or edits.short_name(path.stem), ui_language(), agenda
            )
        except (WorkshopFileError, edits.EditRefused) as exc:
            self.show_file_error(self.tr("The workshop could not be created."), str(exc))
            return False
        self.controller.adopt(workshop_file)  # a new workshop starts with a clean history
        self.recent.add(path)
        return True

    def _file_filter(self) -> str:
        return self.tr("Point B workshops (*.pointb)")

    def ask_new_workshop(self, agenda: Agenda | None = None) -> None:
        path_text, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("New workshop"),
            str(Path.home() / f"workshop{SUFFIX}"),
            self._file_filter(),
        )
        if not path_text:
            return
        path = Path(path_text)
        if path.suffix != SUFFIX:
            path = path.with_suffix(SUFFIX)
        title, ok = ask_name(
            self,
            self.tr("New workshop"),
            self.tr("Workshop title:"),
            path.stem.replace("-", " ").title(),
        )
        if ok and self.new_workshop(path, title, agenda):
            self.show_setup()

    def ask_open(self) -> None:
        path_text, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open workshop"), str(Path.home()), self._file_filter()
        )
        if path_text:
            self.open_path(path_text)

    def open_demo(self, folder: Path | None = None) -> bool:
        folder = Path(folder) if folder else Path(tempfile.mkdtemp(prefix="pointb-demo-"))
        path = folder / f"demo-{ui_language()}{SUFFIX}"
        try:
            write_demo_file(path, ui_language())
        except (WorkshopFileError, OSError) as exc:
            self.show_file_error(self.tr("The demo workshop could not be written."), str(exc))
            return False
        return self.open_path(path)

    def ask_save_copy(self) -> None:
        if self.controller.file is None:
            return
        current = self.controller.file.path
        path_text, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save a copy"),
            str(current.with_name(current.stem + "-copy" + SUFFIX)),
            self._file_filter(),
        )
        if path_text:
            self.save_copy(Path(path_text))

    def save_copy(self, target: Path) -> bool:
        if self.controller.file is None:
            return False
        try:
            self.controller.file.save_copy(target)
        except WorkshopFileError as exc:
            self.show_file_error(self.tr("The copy could not be saved."), str(exc))
            return False
        self.recent.add(target)
        self.message_bar.show_message(
            self.tr("Saved a copy: %1").replace("%1", str(target)), info=True
        )
        self.file_safety.check_location(target)
        return True

    def close_workshop(self) -> None:
        self.controller.close()

    # --- boards --------------------------------------------------------------------------
    def _on_file_replaced(self) -> None:
        self._rebuild_boards()
        has_file = self.controller.file is not None
        self.pages.setCurrentWidget(self.workspace if has_file else self.start_page)
        if not has_file:
            self.start_screen.refresh_recent()
        for action in self.workshop_actions:
            action.setEnabled(has_file)
        self._update_board_commands()
        self.read_only_banner.setVisible(
            has_file and self.controller.file is not None and self.controller.file.read_only
        )
        self.message_bar.hide()
        self._update_title()

    def _rebuild_boards(self) -> None:
        for board_id in list(self.boards):
            self._drop_board_widget(board_id)
        self._refresh_board_list()

    def _drop_board_widget(self, board_id: int) -> None:
        page = self.boards.pop(board_id).page
        self.board_stack.removeWidget(page)
        page.deleteLater()

    @property
    def board_widgets(self) -> dict[int, BoardPage]:
        """The board widgets built so far, by board id."""
        return {board_id: composed.board for board_id, composed in self.boards.items()}

    def _refresh_board_list(self) -> None:
        self.board_list.blockSignals(True)
        current = self.controller.current_board_id
        self.board_list.clear()
        if self.controller.file is not None:
            boards = sorted(self.controller.data.boards, key=lambda b: (b.position, b.id))
            for board in boards:
                item = QListWidgetItem(board.title)
                item.setToolTip(board_kind_label(board.kind))
                item.setData(Qt.ItemDataRole.UserRole, board.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                self.board_list.addItem(item)
            ids = [b.id for b in boards]
            for stale in [b for b in self.boards if b not in ids]:
                self._drop_board_widget(stale)
            if current not in ids:
                current = ids[0] if ids else None
        self.board_list.blockSignals(False)
        if current is not None:
            self.select_board(current)

    def select_board(self, board_id: int) -> BoardPage | None:
        for row in range(self.board_list.count()):
            item = self.board_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == board_id:
                self.board_list.blockSignals(True)
                self.board_list.setCurrentItem(item)
                self.board_list.blockSignals(False)
        board = self.controller.data.board(board_id) if self.controller.file else None
        if board is None:
            return None
        composed = self.boards.get(board_id)
        if composed is None:
            composed = compose_board(board.kind, self.controller, board_id, self.board_stack)
            self.boards[board_id] = composed
            self.board_stack.addWidget(composed.page)
        composed.board.refresh_if_needed()
        self.board_stack.setCurrentWidget(composed.page)
        self.controller.select_board(board_id)
        self._update_board_commands()
        return composed.board

    def board_widget(self, board_id: int) -> BoardPage | None:
        """The widget of a board built so far (None before it was first shown)."""
        composed = self.boards.get(board_id)
        return composed.board if composed is not None else None

    def current_board(self) -> ComposedBoard | None:
        """The current board as composed by the registry (None without a workshop)."""
        board_id = self.controller.current_board_id
        if self.controller.file is None or board_id is None:
            return None
        return self.boards.get(board_id)

    def current_board_widget(self) -> BoardPage | None:
        """The current board's own widget (without its photo panel)."""
        composed = self.current_board()
        return composed.board if composed is not None else None

    def current_photos(self) -> PhotoLayer | None:
        """The current board's photos: on its wall, or in its photo panel."""
        composed = self.current_board()
        return composed.photos if composed is not None else None

    def board_commands(self) -> BoardCommands:
        """What the Edit and View menus can do on the current board."""
        board = self.current_board_widget()
        return board.board_commands() if board is not None else BoardCommands()

    def _update_board_commands(self) -> None:
        """Menu commands the current board does not have are disabled on it."""
        if self.controller.file is None:
            return
        commands = self.board_commands()
        for action, command in (
            (self.zoom_in_action, commands.zoom_in),
            (self.zoom_out_action, commands.zoom_out),
            (self.fit_action, commands.fit),
            (self.select_all_action, commands.select_all),
            (self.find_action, commands.focus_find),
        ):
            action.setEnabled(command is not None)

    def _board_picked(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        if item is not None:
            self.select_board(int(item.data(Qt.ItemDataRole.UserRole)))

    def _board_renamed(self, item: QListWidgetItem) -> None:
        board = self.controller.data.board(int(item.data(Qt.ItemDataRole.UserRole)))
        title = item.text().strip()
        if board is None or not title or title == board.title:
            self._refresh_board_list()
            return
        self.board_actions.rename(board.id, title)

    def add_capture_board(self, title: str | None = None) -> bool:
        return self.board_actions.add_board(model.BoardKind.CAPTURE, title)

    def _delete(self) -> None:
        """Delete: the board when the board list has the focus, else the board's selection."""
        if self.board_list.hasFocus():
            self.board_actions.ask_delete_current()
        else:
            self._board_slot(lambda c: c.delete_selection)()

    def _board_slot(
        self, pick: Callable[[BoardCommands], Callable[[], object] | None]
    ) -> Callable[[], None]:
        """A menu slot running the current board's command (when it has that command)."""

        def run() -> None:
            command = pick(self.board_commands())
            if command is not None:
                command()

        return run

    def _on_changed(self, change: Change) -> None:
        if self.controller.file is None:
            return
        if change.touches(model.Board):
            self._refresh_board_list()
        if change.touches(model.Workshop):
            self._update_title()

    def _update_title(self) -> None:
        app_name = self.tr("Point B")
        if self.controller.file is None:
            self.setWindowTitle(app_name)
            return
        workshop = self.controller.data.workshop
        suffix = self.tr(" [read-only]") if self.controller.file.read_only else ""
        self.setWindowTitle(
            f"{workshop.title} — {self.controller.file.path.name}{suffix} — {app_name}"
        )
        self.workshop_label.setText(workshop.title)
        self.challenge_label.setText(workshop.challenge)
        self.challenge_label.setVisible(bool(workshop.challenge))

    # --- messages and dialogs ------------------------------------------------------------
    def show_error(self, text: str) -> None:
        self.message_bar.show_message(text)
        if self.controller.file is None:
            self.show_file_error(self.tr("Something went wrong."), text)

    def show_file_error(self, summary: str, detail: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Point B"),
            summary,
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setInformativeText(detail)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # window-modal, not blocking: the workshop goes on
        self.last_error_box = box
        if self.controller.file is not None:
            self.message_bar.show_message(detail)

    def show_setup(self) -> SetupDialog | None:
        if self.controller.file is None:
            return None
        dialog = SetupDialog(self.controller, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def ask_import_ideas(self) -> None:
        if self.controller.file is None:
            return
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import ideas"), "", self.tr("CSV files (*.csv *.txt)")
        )
        if name:
            self.import_ideas(Path(name))

    def import_ideas(self, path: Path) -> ImportJob | None:
        """Add the ideas of a CSV file to the current capture board (or the first one).

        The file is checked whole before anything is written: a bad row names its line
        and nothing is imported. A backup comes first, the rows are written in the
        background with a progress bar, and the import is one undo step.
        """
        from app import interchange
        if self.controller.file is None:
            return None
        data = self.controller.data
        current = data.board(self.controller.current_board_id or 0)
        try:
            board = (
                current
                if current is not None and current.kind == model.BoardKind.CAPTURE
                else interchange.capture_board(data, None)
            )
        except ValueError as exc:
            self.show_file_error(self.tr("The ideas were not imported."), str(exc))
            return None
        names = self._new_teams_in(path)
        if names and not self.confirm_new_teams(names):
            self.message_bar.show_message(self.tr("Nothing was imported."), info=True)
            return None
        job = ImportJob(
            self.controller,
            path,
            board.id,
            lambda n: counted(self.tr("Import %n idea(s)", "", n), n),
            self,
        )
        progress = QProgressDialog(
            self.tr("Importing ideas from %1…").replace("%1", path.name), "", 0, 0, self
        )
        progress.setCancelButton(None)  # one transaction: it finishes or changes nothing
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)

        def show_progress(done: int, total: int) -> None:
            progress.setMaximum(total)
            progress.setValue(done)

        def finished(count: int) -> None:
            progress.close()
            self.select_board(board.id)
            self.message_bar.show_message(
                counted(self.tr("%n idea(s) imported from %1.", "", count), count).replace(
                    "%1", path.name
                )
            )

        def failed(message: str) -> None:
            progress.close()
            self.show_file_error(self.tr("The ideas were not imported."), message)

        job.progress.connect(show_progress)
        job.finished.connect(finished)
        job.failed.connect(failed)
        self.import_job = job
        if not job.start():
            progress.close()
            return None
        return job

    def _new_teams_in(self, path: Path) -> list[str]:
        """Teams the CSV names that the workshop does not have (a bad file: none here, the
        import itself reports what is wrong with it)."""
        from app.domain import csv_ideas

        try:
            rows = csv_ideas.parse_ideas(csv_ideas.decode(path.read_bytes(), str(path)), str(path))
        except (ValueError, OSError):
            return []
        return csv_ideas.new_team_names(rows, [t.name for t in self.controller.data.teams])

    def ask_new_teams(self, names: list[str]) -> bool:
        """Asks before an import creates teams (a misspelt team is a new team)."""
        answer = QMessageBox.question(
            self,
            self.tr("Import ideas"),
            self.tr("The file names teams this workshop does not have: %1. Create them?")
            .replace("%1", ", ".join(f"“{n}”" for n in names)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def show_export(self) -> QWidget | None:
        """File > Export… (app.ui.export_dialog); non-modal: editing goes on meanwhile."""
        from app.ui.export_dialog import ExportDialog  # lazy: keeps start-up quick

        if self.controller.file is None:
            return None
        dialog = ExportDialog(self.controller, self, self.settings)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.export_dialog = dialog
        return dialog

    def show_shortcuts(self) -> ShortcutsDialog:
        dialog = ShortcutsDialog(self.menuBar(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_about(self) -> QWidget:
        from app.ui.about_dialog import AboutDialog  # lazy: reads package metadata

        dialog = AboutDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.about_dialog = dialog
        return dialog

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()
        self.full_screen_action.setChecked(self.isFullScreen())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue("mainWindow/geometry", self.saveGeometry())
        self.room.close_presenter()  # quitting ends everything: no projector left behind
        self.controller.close()
        super().closeEvent(event)

    def restore_geometry(self) -> None:
        """The remembered size and place, clamped to the screen the window opens on; the
        first time, a size that fits the screen."""
        geometry = self.settings.value("mainWindow/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(fit.first_size(fit.available_area(self)))
        if not self.isMaximized() and not self.isFullScreen():
            fit.fit_window(self)


def write_demo_file(path: Path, language: str) -> Path:
    """The bundled demo (`app.demo`), replacing an old copy at `path`."""
    demo = importlib.import_module("app.demo")
    result = demo.write_demo(path, language, force=True)
    return Path(result) if result else path
