"""Undo commands: they hold change snapshots (plain domain values), never widgets.

The controller applies an edit *before* pushing its command (exceptions raised inside a
Qt virtual such as `redo` would be swallowed by Qt), so the first `redo` only notifies.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from app.domain import edits
from app.services import Change
from app.store.database import WorkshopFileError

if TYPE_CHECKING:
    from app.ui.controller import Controller


MERGE_ID = 1  # every ChangeCommand; only a `follows` command actually merges


class ChangeCommand(QUndoCommand):
    """One user gesture, already applied to the file when pushed.

    A command that `follows` is a further edit of the same gesture (e.g. the agenda
    following an exercise's Next): QUndoStack merges it into the command before, so the
    gesture stays one undo step.
    """

    def __init__(self, controller: Controller, change: Change, follows: bool = False) -> None:
        super().__init__(change.label)
        self._controller = controller
        self._change = change
        self._applied = True
        self._follows = follows

    def id(self) -> int:
        return MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, ChangeCommand) or not other._follows or not self._applied:
            return False
        first, then = self._change, other._change
        workshop_before = first.workshop_before if first.workshop_after else then.workshop_before
        self._change = Change(
            label=first.label,
            pairs=tuple(edits.combine([*first.pairs, *then.pairs])),
            workshop_before=workshop_before,
            workshop_after=then.workshop_after or first.workshop_after,
        )
        return True

    @property
    def change(self) -> Change:
        return self._change

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
        if self._change.initiator is not None:  # a redo after an undo refreshes every view
            self._change = dataclasses.replace(self._change, initiator=None)

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
