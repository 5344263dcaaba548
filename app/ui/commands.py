"""Undo commands: they hold change snapshots (plain domain values), never widgets.

The controller applies an edit *before* pushing its command (exceptions raised inside a
Qt virtual such as `redo` would be swallowed by Qt), so the first `redo` only notifies.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from app.services import Change
from app.store.database import WorkshopFileError

if TYPE_CHECKING:
    from app.ui.controller import Controller


class ChangeCommand(QUndoCommand):
    """One user gesture, already applied to the file when pushed."""

    def __init__(self, controller: Controller, change: Change) -> None:
        super().__init__(change.label)
        self._controller = controller
        self._change = change
        self._applied = True

    def redo(self) -> None:
        file = self._controller.file
        if file is None:
            return
        if not self._applied:
            try:
                file.redo(self._change)
            except WorkshopFileError as exc:
                self._controller.report(exc)
                return
            self._applied = True
        self._controller.notify(self._change)

    def undo(self) -> None:
        file = self._controller.file
        if file is None:
            return
        try:
            inverse = file.undo(self._change)
        except WorkshopFileError as exc:
            self._controller.report(exc)
            return
        self._applied = False
        self._controller.notify(inverse)
