"""WorkshopFile: an open workshop, kept in memory and written through on every edit.

Every edit is applied as one SQLite transaction and returns a `Change` record holding the
before/after snapshots, so undo is the same operation in reverse. Reads come from memory.
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from app import backups
from app.domain import edits, entities, model, validation
from app.store import mapping
from app.store.database import Database

Pair = edits.Pair
_E = TypeVar("_E", bound=entities.Entity)

# An edit touching at most this many entities of a kind patches the kind's sorted list in
# place of re-sorting it (bulk imports re-sort once).
_PATCH_LIMIT = 64


@dataclass(frozen=True)
class Change:
    """What one user edit changed: snapshots before and after, per entity."""

    label: str
    pairs: tuple[Pair, ...]
    workshop_before: model.Workshop | None = None
    workshop_after: model.Workshop | None = None
    # Who made the change (a view that already shows it skips its own refresh). Only the
    # first notification carries it: undo and redo come from elsewhere.
    initiator: object | None = field(default=None, compare=False, repr=False)

    def inverse(self) -> Change:
        return Change(
            label=self.label,
            pairs=tuple((after, before) for before, after in reversed(self.pairs)),
            workshop_before=self.workshop_after,
            workshop_after=self.workshop_before,
        )

    def touches(self, *classes: type) -> bool:
        """Whether the change writes an entity of one of `classes` (`model.Workshop`
        stands for the workshop record): how a view says which changes concern it."""
        if model.Workshop in classes and self.workshop_after is not None:
            return True
        wanted = tuple(classes)
        return any(isinstance(e, wanted) for pair in self.pairs for e in pair)

    def boards_written(self, board_of_note: Callable[[int], int | None]) -> set[int] | None:
        """The boards whose entities the change writes (a vote or a phone receipt is on its
        note's board, found with `board_of_note`). `None` when it also writes something that
        is on no one board (a team, a participant, the workshop record) or on a board it
        cannot tell: a view of one board must then assume the change concerns it."""
        if self.workshop_after is not None:
            return None
        boards: set[int] = set()
        for pair in self.pairs:
            for entity in pair:
                if entity is None:
                    continue
                if isinstance(entity, (model.Vote, model.PhoneReceipt)):
                    board_id = board_of_note(entity.note_id)
                elif isinstance(entity, entities.OnABoard):
                    board_id = entity.board_id
                else:
                    return None
                if board_id is None:
                    return None
                boards.add(board_id)
        return boards

    def ids_of(self, cls: type[_E]) -> set[int]:
        """The ids of the entities of class `cls` the change writes."""
        return {e.id for pair in self.pairs for e in pair if isinstance(e, cls)}

    def written(self, cls: type[_E]) -> list[_E]:
        """The snapshots of class `cls` the change writes (before and after)."""
        return [e for pair in self.pairs for e in pair if isinstance(e, cls)]

    @property
    def kinds(self) -> set[str]:
        kinds = {mapping.spec_for(e).kind for pair in self.pairs for e in pair if e is not None}
        if self.workshop_after is not None:
            kinds.add("workshop")
        return kinds

    def ids(self, kind: str) -> set[int]:
        return {
            e.id
            for pair in self.pairs
            for e in pair
            if e is not None and mapping.spec_for(e).kind == kind
        }


@dataclass
class WorkshopFile:
    """The open document. One method call = one committed transaction."""

    database: Database
    data: model.WorkshopData
    listeners: list[Callable[[Change], None]] = field(default_factory=list)
    # kind -> (the list this file last put in `data`, its length): that list is sorted by
    # id, so the next edit may patch it with a binary search instead of sorting it again.
    _sorted: dict[str, tuple[list[Any], int]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    # The changes of an open `batch()`, told to the listeners once it committed.
    _batched: list[Change] | None = field(default=None, init=False, repr=False, compare=False)

    # --- lifecycle -----------------------------------------------------------------------
    @classmethod
    def open(cls, path: Path | str, read_only: bool = False) -> WorkshopFile:
        database = Database.open(Path(path), read_only=read_only, backups=backups.HOOKS)
        try:
            data = database.load()
        except BaseException:
            database.close()
            raise
        return cls(database, data)

    @classmethod
    def create(cls, path: Path | str, workshop: model.Workshop) -> WorkshopFile:
        problems = validation.entity_problems(workshop)
        if problems:  # checked before any file exists
            raise edits.EditRefused(validation.refusal(workshop, problems[0], workshop.language))
        database = Database.create(Path(path), workshop)
        return cls(database, model.WorkshopData(workshop=dataclasses.replace(workshop)))

    @property
    def path(self) -> Path:
        return self.database.path

    @property
    def read_only(self) -> bool:
        return self.database.read_only

    def close(self) -> None:
        self.database.close()

    def save_copy(self, target: Path | str) -> None:
        self.database.save_copy(Path(target))

    def checkpoint(self) -> bool:
        """Make the main file hold every committed edit (a plain copy of it is then
        complete). Call when edits pause and before explicit actions (export, backup);
        False: not done now (a reader was busy), try again later. Never raises."""
        return self.database.checkpoint()

    # --- the one write path --------------------------------------------------------------
    def apply(
        self, label: str, pairs: Sequence[Pair], workshop: model.Workshop | None = None
    ) -> Change:
        """One edit: the entity pairs and (optionally) the new workshop record, together."""
        if workshop is not None and workshop != self.data.workshop:
            self._refuse_invalid(self.data.workshop, workshop)
            change = Change(label, tuple(pairs), self.data.workshop, workshop)
        else:
            change = Change(label, tuple(pairs))
        for before, after in change.pairs:
            if after is not None:
                self._refuse_invalid(before, after)
        self._write(change)
        return change

    def update_workshop(self, **changes: Any) -> Change:
        before = self.data.workshop
        after = dataclasses.replace(before, **changes)
        self._refuse_invalid(before, after)
        change = Change("workshop", (), before, after)
        self._write(change)
        return change

    def _refuse_invalid(self, before: Any | None, after: Any) -> None:
        """The one validator (app.domain.validation) on what a new edit changes; undo and
        redo write states that were already accepted, so they skip it."""
        problems = validation.change_problems(before, after)
        if problems:
            language = self.data.workshop.language
            raise edits.EditRefused(validation.refusal(after, problems[0], language))

    def undo(self, change: Change) -> Change:
        inverse = change.inverse()
        self._write(inverse)
        return inverse

    def redo(self, change: Change) -> Change:
        self._write(change)
        return change

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        """Edits made inside commit together: ONE transaction and one disk flush for many
        small edits (phones in a full room), each still its own `Change` (its own undo
        step). Memory follows each edit at once (the next one's rules see it); if the
        commit fails, or an exception leaves the block, the file and memory are both put
        back as they were and nothing is told to the listeners."""
        if self._batched is not None:
            yield
            return
        kept = {f.name: getattr(self.data, f.name) for f in dataclasses.fields(self.data)}
        kept_sorted = dict(self._sorted)
        done: list[Change] = []
        self._batched = done
        try:
            with self.database.batch():
                yield
        except BaseException:
            # Lists and records are replaced, never changed in place: the kept ones are
            # exactly the memory before the batch.
            for name, value in kept.items():
                setattr(self.data, name, value)
            self._sorted = kept_sorted
            raise
        finally:
            self._batched = None
        for change in done:
            for listener in list(self.listeners):
                listener(change)

    def _write(self, change: Change) -> None:
        upserts = [after for _before, after in change.pairs if after is not None]
        deletes = [before for before, after in change.pairs if after is None and before is not None]
        self.database.write(upserts, deletes, change.workshop_after)
        # Memory follows only after the commit succeeded: a failed write changes nothing.
        # (In a batch, memory follows at once and is put back if the batch fails.)
        self._apply_in_memory(change)
        if self._batched is not None:
            self._batched.append(change)
            return
        for listener in list(self.listeners):
            listener(change)

    def _apply_in_memory(self, change: Change) -> None:
        if change.workshop_after is not None:
            self.data.workshop = change.workshop_after
        for kind, pairs in entities.pairs_by_kind(change.pairs).items():
            # The file's order (by key): after any undo, memory is exactly what a reload gives.
            # Every edit yields a new list (code holding the old one sees it unchanged).
            current: list[Any] = getattr(self.data, kind)
            known = self._sorted.get(kind)
            if (
                len(pairs) <= _PATCH_LIMIT
                and known is not None
                and known[0] is current
                and known[1] == len(current)
            ):
                updated = entities.patched(current, pairs)
            else:
                updated = entities.rebuilt(current, pairs)
            setattr(self.data, kind, updated)
            self._sorted[kind] = (updated, len(updated))

    # --- bulk ----------------------------------------------------------------------------
    def import_entities(
        self,
        label: str,
        entities: Sequence[Any],
        progress: Callable[[int, int], None] | None = None,
    ) -> Change:
        """All-or-nothing bulk insert; memory is updated once the transaction committed.

        `progress(done, total)` follows the rows written; raising from it cancels the
        import (nothing is written)."""
        self.write_bulk(entities, progress)
        return self.adopt_bulk(label, entities)

    def write_bulk(
        self, entities: Sequence[Any], progress: Callable[[int, int], None] | None = None
    ) -> None:
        """The disk half of an import, in one transaction. Memory is untouched, so a worker
        thread may run it while nothing else uses this file; `adopt_bulk` follows."""
        self.database.write_many(entities, progress)

    def adopt_bulk(self, label: str, entities: Sequence[Any]) -> Change:
        """The memory half of an import whose rows `write_bulk` committed."""
        change = Change(label, tuple((None, e) for e in entities))
        self._apply_in_memory(change)
        for listener in list(self.listeners):
            listener(change)
        return change


def all_entities(data: model.WorkshopData) -> Iterable[Any]:
    for spec in mapping.SPECS:
        yield from getattr(data, spec.kind)
