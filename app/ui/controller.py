"""The controller owns the open WorkshopFile and the undo stack; widgets talk only to it.

Widgets call `controller.edit(label, pairs)` (or a convenience wrapper); the edit becomes
one QUndoCommand, one SQLite transaction, and one `changed` signal that views filter.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from app.domain import edits, model
from app.services import Change, Pair, WorkshopFile
from app.store.database import WorkshopFileError, WriteFailedError
from app.ui.commands import ChangeCommand
from app.ui.timer_widget import TimerWidget


class Controller(QObject):
    changed = Signal(object)  # Change
    file_replaced = Signal()  # a different workshop was opened (or closed)
    error = Signal(str)  # a message for the facilitator (refused edit, failed write)
    board_selected = Signal(int)  # the facilitator switched boards (presenter follows)
    # The facilitator moved an exercise to a stage (board id, stage name from
    # app.domain.agenda.STAGES): the agenda follows to the matching step (app.ui.step_flow).
    stage_chosen = Signal(int, str)
    # A staged board's console shows another stage, by a click or by the agenda (board id,
    # stage): the projector's view of that board shows the same stage (`shown_stages`).
    stage_shown = Signal(int, str)
    # A board's console picked another thing to show within its stage (board id): the
    # value board's canvas. The projector's view of that board follows (`shown_picks`).
    pick_shown = Signal(int)
    # The facilitator started (True) or stopped (False) dot voting on a capture board by
    # hand: the agenda follows to the vote step, or on from it (app.ui.step_flow).
    voting_chosen = Signal(int, bool)
    # A write did not reach the disk (full disk, unplugged stick): the GUI offers Save As
    # elsewhere. Emitted after `error`, with the same message.
    write_failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.file: WorkshopFile | None = None
        self.undo_stack = QUndoStack(self)
        self.current_board_id: int | None = None
        # True while a background job (an import) writes to the file: edits wait.
        self.busy = False
        # True when a main window shows `error` messages in its status line: board widgets
        # then show none of their own (one message, in one place that never moves).
        self.window_shows_messages = False
        # Edits pushed in the open gesture (None: no gesture open); see `gesture`.
        self._gesture: list[int] | None = None
        self._batched: list[Change] | None = None  # the changes of an open batch()
        self._quiet = False  # pushing a batch's undo steps: one `changed` follows for all
        # The room's one step timer (set by the agenda panel); exercise widgets show it.
        self.step_timer: TimerWidget | None = None
        # The stage each staged board's console shows (board id -> stage name).
        self.shown_stages: dict[int, str] = {}
        # What each board's console picked to show (board id -> id of the canvas shown).
        self.shown_picks: dict[int, int] = {}

    def report_pick(self, board_id: int, pick: int | None) -> None:
        """A board's console now shows `pick` (None: nothing): told to the projector."""
        if self.shown_picks.get(board_id) == pick:
            return
        if pick is None:
            self.shown_picks.pop(board_id, None)
        else:
            self.shown_picks[board_id] = pick
        self.pick_shown.emit(board_id)

    def report_stage(self, board_id: int, stage: str) -> None:
        """A board's console now shows `stage`: remembered, and told to the projector."""
        if self.shown_stages.get(board_id) != stage:
            self.shown_stages[board_id] = stage
            self.stage_shown.emit(board_id, stage)

    # --- document ------------------------------------------------------------------------
    @property
    def data(self) -> model.WorkshopData:
        if self.file is None:
            raise RuntimeError("no workshop is open")
        return self.file.data

    def open(self, path: Path | str) -> None:
        new_file = WorkshopFile.open(path)
        self._replace(new_file)

    def adopt(self, workshop_file: WorkshopFile) -> None:
        self._replace(workshop_file)

    def close(self) -> None:
        self._replace(None)

    def _replace(self, new_file: WorkshopFile | None) -> None:
        if self.file is not None:
            self.file.close()
        self.undo_stack.clear()
        self.file = new_file
        self.current_board_id = None
        self.shown_stages.clear()  # a new file's boards show their first stage
        self.shown_picks.clear()
        if new_file is not None:
            boards = sorted(new_file.data.boards, key=lambda b: b.position)
            self.current_board_id = boards[0].id if boards else None
        self.file_replaced.emit()

    def select_board(self, board_id: int) -> None:
        self.current_board_id = board_id
        self.board_selected.emit(board_id)

    # --- edits ---------------------------------------------------------------------------
    def edit(
        self,
        label: str,
        pairs: Sequence[Pair],
        workshop: model.Workshop | None = None,
        *,
        initiator: object | None = None,
    ) -> bool:
        """Push one undoable edit (entity pairs, and optionally the new workshop record).
        `initiator`, the view that made it, is skipped by its own refresh
        (`app.ui.refresh.ChangeFollower`). Returns False (and emits `error`) on failure."""
        if self.file is None or (not pairs and workshop is None):
            return False
        if self.busy:
            self.error.emit(self.tr("An import is still being written; try again in a moment."))
            return False
        try:
            change = self.file.apply(label, list(pairs), workshop)
        except (WorkshopFileError, edits.EditRefused) as exc:
            self.report(exc)
            return False
        if initiator is not None:
            change = dataclasses.replace(change, initiator=initiator)
        self._push(change)
        return True

    @contextmanager
    def gesture(self) -> Iterator[None]:
        """Edits made inside are one undo step (the first one's label)."""
        outer = self._gesture is None
        if outer:
            self._gesture = [0]
        try:
            yield
        finally:
            if outer:
                self._gesture = None

    def apply_quietly(self, label: str, pairs: Sequence[Pair]) -> None:
        """One undoable edit made for someone else (a phone): a refusal or a failed write
        is raised to the caller, who answers it, instead of shown on the console."""
        if self.file is None:
            raise WorkshopFileError(Path(), "no workshop is open")
        self._push(self.file.apply(label, list(pairs)))

    @contextmanager
    def batch(self, deferred: list[Change] | None = None) -> Iterator[None]:
        """Edits made inside are saved in one transaction (`WorkshopFile.batch`) and each
        stays its own undo step, pushed once the batch committed; the window hears of them
        as ONE change (its views update once for a burst of phone actions). With
        `deferred`, that change is added to it instead, for the caller to `notify` later
        (the window's update in its own turn of the event loop). A failed batch changes
        nothing: it is reported and raised."""
        if self.file is None or self._batched is not None:
            yield
            return
        pending: list[Change] = []
        self._batched = pending
        try:
            with self.file.batch():
                yield
        except WorkshopFileError as exc:
            self.report(exc)
            raise
        finally:
            self._batched = None
        if not pending:
            return
        self._quiet = True
        try:
            for change in pending:
                self._push(change)
        finally:
            self._quiet = False
        if deferred is not None:
            deferred.append(combined(pending))
        else:
            self.notify(combined(pending))

    def _push(self, change: Change) -> None:
        if self._batched is not None:
            self._batched.append(change)
            return
        follows = self._gesture is not None and self._gesture[0] > 0
        self.undo_stack.push(ChangeCommand(self, change, follows=follows))
        if self._gesture is not None:
            self._gesture[0] += 1

    def try_edit(self, label: str, make_pairs: object, *, initiator: object | None = None) -> bool:
        """Compute pairs with a domain function that may refuse, then push them."""
        assert callable(make_pairs)
        try:
            pairs = make_pairs()
        except edits.EditRefused as exc:
            self.error.emit(str(exc))
            return False
        return self.edit(label, pairs, initiator=initiator)

    def adopt_import(self, label: str, entities: Sequence[object]) -> None:
        """Rows an import job committed join the workshop as ONE undo step."""
        if self.file is None:
            return
        change = self.file.adopt_bulk(label, list(entities))
        self.undo_stack.push(ChangeCommand(self, change))

    def edit_workshop(
        self, label: str, *, initiator: object | None = None, **changes: object
    ) -> bool:
        """Change fields of the workshop record as one undoable edit (`initiator` as in
        `edit`)."""
        if self.file is None:
            return False
        try:
            change = self.file.update_workshop(**changes)
        except (WorkshopFileError, TypeError, edits.EditRefused) as exc:
            self.report(exc)
            return False
        # The undo text is the caller's (translated) label, not the service's "workshop".
        change = dataclasses.replace(change, label=label, initiator=initiator)
        self._push(change)
        return True

    def notify(self, change: Change) -> None:
        if not self._quiet:
            self.changed.emit(change)

    def report(self, exc: Exception) -> None:
        """Show a refused or failed edit; a failed write also asks for Save As elsewhere."""
        self.error.emit(str(exc))
        if isinstance(exc, WriteFailedError):
            self.write_failed.emit(str(exc))


def combined(changes: Sequence[Change]) -> Change:
    """Several changes in a row told as one (the last one's label)."""
    return Change(
        label=changes[-1].label,
        pairs=tuple(edits.combine(p for c in changes for p in c.pairs)),
        workshop_before=next(
            (c.workshop_before for c in changes if c.workshop_after is not None), None
        ),
        workshop_after=next(
            (c.workshop_after for c in reversed(changes) if c.workshop_after), None
        ),
    )
