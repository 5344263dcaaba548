"""Fields where a name is typed stop at the name limit.

Team and participant names, board, cluster and release-slice titles, the workshop's
title, the facilitator and note authors hold at most `model.MAX_NAME` (200) characters,
the rule the validator applies on every way in (docs/reliability.md, "What comes in").
Their entry fields take no more, so typing or pasting cannot go past the limit: a
longer paste is cut at 200 characters, as every line edit cuts at its maximum length.

- `limit_name(edit)`: a line edit of a name;
- `NameDelegate` / `limit_item_names(view)`: names edited in place in a list or a table
  (the board list, the set-up dialog's teams and participants);
- `ask_name(...)`: the one-line question for a new name (as `QInputDialog.getText`).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QInputDialog,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from app.domain.model import MAX_NAME


def limit_name(edit: QLineEdit) -> QLineEdit:
    """`edit` takes at most a name's length (returned for chaining)."""
    edit.setMaxLength(MAX_NAME)
    return edit


class NameDelegate(QStyledItemDelegate):
    """Edits names in place with a line edit that stops at the name limit."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            limit_name(editor)
        return editor


def limit_item_names(view: QAbstractItemView, column: int | None = None) -> NameDelegate:
    """Names edited in place in `view` (all columns, or only `column`) stop at the limit."""
    delegate = NameDelegate(view)
    if column is None:
        view.setItemDelegate(delegate)
    else:
        view.setItemDelegateForColumn(column, delegate)
    return delegate


def name_dialog(parent: QWidget | None, title: str, label: str, text: str = "") -> QInputDialog:
    """The question `ask_name` shows, with its line edit limited (for tests to drive)."""
    dialog = QInputDialog(parent)
    dialog.setInputMode(QInputDialog.InputMode.TextInput)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    edit = dialog.findChild(QLineEdit)
    if edit is not None:
        limit_name(edit)
    dialog.setTextValue(text[:MAX_NAME])
    return dialog


def ask_name(parent: QWidget | None, title: str, label: str, text: str = "") -> tuple[str, bool]:
    """Like `QInputDialog.getText`, for a name: the field stops at the name limit."""
    dialog = name_dialog(parent, title, label, text)
    try:
        accepted = bool(dialog.exec())
        return (dialog.textValue(), True) if accepted else ("", False)
    finally:
        dialog.deleteLater()
