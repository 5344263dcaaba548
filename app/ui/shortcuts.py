"""Help > Keyboard shortcuts: every menu shortcut plus the board's keys and mouse gestures."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenuBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.export import export_messages
from app.ui.i18n import printed


def _t(text: str) -> str:
    return QCoreApplication.translate("Shortcuts", text)


def board_rows() -> list[tuple[str, str, str]]:
    board = _t("Capture board")
    return [
        (board, _t("Add the typed note; the field stays ready for the next"), _t("Enter")),
        (board, _t("Type a new note"), "Ctrl+L"),
        (board, _t("Edit the selected note in place"), _t("F2 or double-click")),
        (board, _t("Keep the edit / new line / cancel"), _t("Enter / Shift+Enter / Esc")),
        (board, _t("Select several notes"), _t("Drag on empty board, or Ctrl+click")),
        (board, _t("Group the selected notes into a cluster"), "Ctrl+G"),
        (board, _t("Merge the selected clusters"), "Ctrl+M"),
        (board, _t("Dissolve the selected clusters"), "Ctrl+Shift+G"),
        (board, _t("Rename a cluster"), _t("Double-click its title")),
        (board, _t("Dot voting on / off"), "Ctrl+D"),
        (board, _t("Add a dot / take a dot back"), _t("Click / Shift+click or right-click")),
        (board, _t("Zoom around the mouse"), _t("Ctrl+wheel")),
        (board, _t("Pan"), _t("Space+drag or middle button drag")),
        (board, _t("Clear the selection / leave voting"), _t("Esc")),
        *reverse_rows(),
        *cx_rows(),
    ]


def reverse_rows() -> list[tuple[str, str, str]]:
    """Keys of the good idea / bad idea board (app.ui.exercises.reverse)."""
    lanes = printed(export_messages.MESSAGES, "kind_reverse")  # the exercise's name
    return [
        (lanes, _t("Add the typed idea; a best idea moves on to the worst"), _t("Enter")),
        (lanes, _t("Type in that team's lane instead"), "Alt+1…9"),
    ]


def cx_rows() -> list[tuple[str, str, str]]:
    """Keys of the strategy, journey and scenario boards (app.ui.exercises.cx_widgets)."""
    cards = _t("Strategy, journey and audit boards")
    journey = _t("Journey map")
    plan = _t("Plan of a goal")
    return [
        (cards, _t("Add the typed card"), _t("Enter")),
        (cards, _t("Keep the edit / new line / cancel"), _t("Enter / Shift+Enter / Esc")),
        (cards, _t("Remove a card"), _t("Empty its text, then Enter")),
        (cards, _t("Move the card up / down"), _t("Alt+Up / Alt+Down")),
        (cards, _t("Next field"), _t("Tab")),
        (journey, _t("Rate a stage's emotion"), _t("Click the curve, or Up / Down")),
        (journey, _t("Pick a stage on the curve"), _t("Left / Right")),
        (journey, _t("Clear a stage's emotion"), _t("Delete")),
        (plan, _t("Move a step up / down"), _t("Alt+Up / Alt+Down")),
        (plan, _t("Delete the selected step"), _t("Delete")),
    ]


def menu_rows(menu_bar: QMenuBar) -> list[tuple[str, str, str]]:
    rows: list[tuple[str, str, str]] = []
    for menu_action in menu_bar.actions():
        menu = menu_action.menu()
        if menu is None:
            continue
        section = menu_action.text().replace("&", "")
        for action in menu.actions():  # type: ignore[attr-defined]
            keys = [k for k in action.shortcuts() if not k.isEmpty()]
            if action.isSeparator() or not keys:
                continue
            text = action.text().replace("&", "").replace("…", "")
            shortcut = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
            rows.append((section, text, shortcut))
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, menu_bar: QMenuBar | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(760, 720)
        layout = QVBoxLayout(self)
        rows = (menu_rows(menu_bar) if menu_bar is not None else []) + board_rows()
        self.rows = rows
        table = QTableWidget(len(rows), 3, self)
        table.setHorizontalHeaderLabels([self.tr("Where"), self.tr("What"), self.tr("Keys")])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        table.setAlternatingRowColors(True)
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                table.setItem(row, column, QTableWidgetItem(value))
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(table)
        self.table = table
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
