"""The facilitator manages the workshop's boards: add any kind, rename, reorder, delete.

Each is one undo step through `app.domain.flow` (the rules) and the controller. Deleting
a board with something on it asks first and says what goes with it. Installed on the main
window's board list and Workshop menu by `install_board_actions`.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QListWidget, QMenu, QMessageBox, QPushButton, QWidget

from app.domain import flow
from app.domain.model import BoardKind
from app.ui.board.registry import board_kind_label
from app.ui.controller import Controller


def _tr(text: str) -> str:
    return QCoreApplication.translate("BoardList", text)


class BoardWindow(Protocol):
    """The main window as the board actions need it."""

    controller: Controller
    board_list: QListWidget

    def select_board(self, board_id: int) -> QWidget | None: ...


class BoardActions(QObject):
    def __init__(self, window: BoardWindow, menu: QMenu, add_button: QPushButton) -> None:
        super().__init__(menu)
        self.window = window
        self.controller = window.controller
        self.last_question: QMessageBox | None = None
        self.add_menu = QMenu(_tr("&Add board"), menu)
        self.add_actions: dict[BoardKind, QAction] = {}
        for kind in BoardKind:
            action = self.add_menu.addAction(board_kind_label(kind))
            action.triggered.connect(lambda _checked=False, k=kind: self.add_board(k))
            self.add_actions[kind] = action
        self.add_actions[BoardKind.CAPTURE].setShortcut(QKeySequence("Ctrl+Shift+B"))
        menu.addMenu(self.add_menu)
        add_button.setMenu(self.add_menu)
        # No F2 here: F2 edits a note on the capture board; in the board list F2 (the list's
        # own edit key) and a double-click rename the board.
        self.rename_action = self._action(menu, _tr("&Rename board"), self.rename_current)
        self.up_action = self._action(menu, _tr("Move board &up"), lambda: self.move_current(-1))
        self.down_action = self._action(
            menu, _tr("Move board do&wn"), lambda: self.move_current(1)
        )
        self.delete_action = self._action(
            menu, _tr("&Delete board…"), self.ask_delete_current, "Ctrl+Shift+Del"
        )
        self.actions = [
            *self.add_actions.values(),
            self.rename_action,
            self.up_action,
            self.down_action,
            self.delete_action,
        ]
        board_list = window.board_list
        board_list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        board_list.customContextMenuRequested.connect(self._context_menu)
        # Keys while the board list has the focus: Alt+Up / Alt+Down move it (Delete is
        # Edit > Delete, which deletes the board while the list has the focus).
        for keys, slot in (
            ("Alt+Up", lambda: self.move_current(-1)),
            ("Alt+Down", lambda: self.move_current(1)),
        ):
            key_action = QAction(board_list)
            key_action.setShortcut(QKeySequence(keys))
            key_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            key_action.triggered.connect(slot)
            board_list.addAction(key_action)

    def _action(
        self, menu: QMenu, text: str, slot: object, shortcut: str | None = None
    ) -> QAction:
        action = menu.addAction(text)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        assert callable(slot)
        action.triggered.connect(slot)
        return action

    # --- the edits (each one undo step) ---------------------------------------------------
    def add_board(self, kind: BoardKind, title: str | None = None) -> bool:
        if self.controller.file is None:
            return False
        data = self.controller.data
        count = sum(1 for b in data.boards if b.kind == kind)
        name = title or flow.default_title(kind, data.workshop.language)
        if title is None and count:
            name = f"{name} {count + 1}"
        if not self.controller.edit(_tr("Add board"), flow.add_board(data, kind, name)):
            return False
        self.window.select_board(max(b.id for b in self.controller.data.boards))
        return True

    def rename(self, board_id: int, title: str) -> bool:
        return self.controller.try_edit(
            _tr("Rename board"), lambda: flow.rename_board(self.controller.data, board_id, title)
        )

    def move(self, board_id: int, delta: int) -> bool:
        if self.controller.file is None:
            return False
        ordered = sorted(self.controller.data.boards, key=lambda b: (b.position, b.id))
        index = next((i for i, b in enumerate(ordered) if b.id == board_id), None)
        if index is None or not 0 <= index + delta < len(ordered):
            return False
        ok = self.controller.try_edit(
            _tr("Move board"),
            lambda: flow.move_board(self.controller.data, board_id, index + delta),
        )
        if ok:
            self.window.select_board(board_id)
        return ok

    def delete(self, board_id: int) -> bool:
        return self.controller.try_edit(
            _tr("Delete board"), lambda: flow.delete_board(self.controller.data, board_id)
        )

    # --- on the current board -------------------------------------------------------------
    def current_id(self) -> int | None:
        item = self.window.board_list.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def rename_current(self) -> None:
        item = self.window.board_list.currentItem()
        if item is not None:
            self.window.board_list.editItem(item)  # the list's edit commits through rename

    def move_current(self, delta: int) -> bool:
        board_id = self.current_id()
        return board_id is not None and self.move(board_id, delta)

    def ask_delete_current(self) -> None:
        board_id = self.current_id()
        if board_id is not None:
            self.ask_delete(board_id)

    def ask_delete(self, board_id: int) -> QMessageBox | None:
        """Delete at once when the board is empty; else ask, naming what goes with it."""
        if self.controller.file is None:
            return None
        data = self.controller.data
        board = data.board(board_id)
        if board is None:
            return None
        what = self.content_text(flow.board_content(data, board_id))
        steps = flow.steps_on(data, board_id)
        if not what and not steps:
            self.delete(board_id)
            return None
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            _tr("Delete board"),
            _tr("Delete the board “%1”?").replace("%1", board.title),
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
            self.window.board_list,
        )
        lines = []
        if what:
            lines.append(_tr("It goes with: %1.").replace("%1", what))
        if steps:
            lines.append(
                self.tr("%n agenda step(s) open this board; then they open another.", "", steps)
            )
        lines.append(_tr("Edit > Undo brings it all back."))
        box.setInformativeText(" ".join(lines))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        ok = box.button(QMessageBox.StandardButton.Ok)
        ok.setText(_tr("Delete"))
        box.buttonClicked.connect(lambda button: button is ok and self.delete(board_id))
        box.open()
        self.last_question = box
        return box

    def content_text(self, content: flow.BoardContent) -> str:
        """What goes with a board, as one line ("12 notes, 3 clusters"); "" when nothing."""
        parts = []
        if content.notes:
            parts.append(self.tr("%n note(s)", "", content.notes))
        if content.clusters:
            parts.append(self.tr("%n cluster(s)", "", content.clusters))
        if content.photos:
            parts.append(self.tr("%n photo(s)", "", content.photos))
        if content.candidates:
            parts.append(self.tr("%n candidate(s)", "", content.candidates))
        if content.slices:
            parts.append(self.tr("%n release slice(s)", "", content.slices))
        if content.round_started:
            parts.append(_tr("the good idea / bad idea round"))
        if content.cx_items:
            parts.append(self.tr("%n card(s) of the canvas, map or audit", "", content.cx_items))
        return ", ".join(parts)

    def _context_menu(self, position: QPoint) -> None:
        board_list = self.window.board_list
        item = board_list.itemAt(position)
        menu = QMenu(board_list)
        if item is not None:
            board_list.setCurrentItem(item)
            menu.addAction(self.rename_action)
            menu.addAction(self.up_action)
            menu.addAction(self.down_action)
            menu.addAction(self.delete_action)
            menu.addSeparator()
        menu.addMenu(self.add_menu)
        menu.popup(board_list.viewport().mapToGlobal(position))
        self.last_menu = menu


def install_board_actions(
    window: BoardWindow, menu: QMenu, add_button: QPushButton
) -> BoardActions:
    return BoardActions(window, menu, add_button)
