"""WorkshopFile: an open workshop, kept in memory and written through on every edit.

Every edit is applied as one SQLite transaction and returns a `Change` record holding the
before/after snapshots, so undo is the same operation in reverse. Reads come from memory.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.domain import edits, model
from app.store import mapping
from app.store.database import Database

Pair = edits.Pair


@dataclass(frozen=True)
class Change:
    """What one user edit changed: snapshots before and after, per entity."""

    label: str
    pairs: tuple[Pair, ...]
    workshop_before: model.Workshop | None = None
    workshop_after: model.Workshop | None = None

    def inverse(self) -> Change:
        return Change(
            label=self.label,
            pairs=tuple((after, before) for before, after in reversed(self.pairs)),
            workshop_before=self.workshop_after,
            workshop_after=self.workshop_before,
        )

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

    # --- lifecycle -----------------------------------------------------------------------
    @classmethod
    def open(cls, path: Path | str, read_only: bool = False) -> WorkshopFile:
        database = Database.open(Path(path), read_only=read_only)
        try:
            data = database.load()
        except BaseException:
            database.close()
            raise
        return cls(database, data)

    @classmethod
    def create(cls, path: Path | str, workshop: model.Workshop) -> WorkshopFile:
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

    # --- the one write path --------------------------------------------------------------
    def apply(self, label: str, pairs: Sequence[Pair]) -> Change:
        change = Change(label, tuple(pairs))
        self._write(change)
        return change

    def update_workshop(self, **changes: Any) -> Change:
        before = self.data.workshop
        after = dataclasses.replace(before, **changes)
        change = Change("workshop", (), before, after)
        self._write(change)
        return change

    def undo(self, change: Change) -> Change:
        inverse = change.inverse()
        self._write(inverse)
        return inverse

    def redo(self, change: Change) -> Change:
        self._write(change)
        return change

    def _write(self, change: Change) -> None:
        upserts = [after for _before, after in change.pairs if after is not None]
        deletes = [before for before, after in change.pairs if after is None and before is not None]
        self.database.write(upserts, deletes, change.workshop_after)
        # Memory follows only after the commit succeeded: a failed write changes nothing.
        self._apply_in_memory(change)
        for listener in list(self.listeners):
            listener(change)

    def _apply_in_memory(self, change: Change) -> None:
        if change.workshop_after is not None:
            self.data.workshop = change.workshop_after
        touched: dict[str, dict[int, Any]] = {}
        for before, after in change.pairs:
            entity = after if after is not None else before
            if entity is None:
                continue
            kind = mapping.spec_for(entity).kind
            index = touched.get(kind)
            if index is None:
                index = {e.id: e for e in getattr(self.data, kind)}
                touched[kind] = index
            if after is None:
                index.pop(entity.id, None)
            else:
                index[entity.id] = after
        for kind, index in touched.items():
            # The file's order (by key): after any undo, memory is exactly what a reload gives.
            key = mapping.SPEC_BY_KIND[kind].key
            setattr(self.data, kind, sorted(index.values(), key=lambda e: getattr(e, key)))

    # --- bulk ----------------------------------------------------------------------------
    def import_entities(self, label: str, entities: Sequence[Any]) -> Change:
        """All-or-nothing bulk insert; memory is updated once the transaction committed."""
        self.database.write_many(entities)
        change = Change(label, tuple((None, e) for e in entities))
        self._apply_in_memory(change)
        for listener in list(self.listeners):
            listener(change)
        return change


def all_entities(data: model.WorkshopData) -> Iterable[Any]:
    for spec in mapping.SPECS:
        yield from getattr(data, spec.kind)
