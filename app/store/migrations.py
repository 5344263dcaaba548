"""The steps that bring an older workshop file up to the current format, one version at a
time. `Database.open` runs them inside one transaction on a copy (app.store.database)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable

from sqlalchemy.dialects.sqlite import dialect as sqlite_dialect
from sqlalchemy.schema import CreateIndex, CreateTable
from sqlmodel import SQLModel

from app.store import tables

Migration = Callable[[sqlite3.Connection], None]


def _create_tables(connection: sqlite3.Connection, models: Iterable[type[SQLModel]]) -> None:
    dialect = sqlite_dialect()
    for table_model in models:
        table = table_model.__table__  # type: ignore[attr-defined]
        connection.execute(str(CreateTable(table, if_not_exists=True).compile(dialect=dialect)))
        for index in table.indexes:
            connection.execute(str(CreateIndex(index, if_not_exists=True).compile(dialect=dialect)))


def _v1_to_v2(connection: sqlite3.Connection) -> None:
    """Version 2 adds the exercises (good/bad, prioritisation, value propositions) and images."""
    _create_tables(connection, tables.V2_TABLES)
    # The workshop's agenda lives on the workshop record (added before v2 was released).
    columns = {row[1] for row in connection.execute("PRAGMA table_info(workshop)")}
    if "agenda_json" not in columns:
        connection.execute(
            "ALTER TABLE workshop ADD COLUMN agenda_json VARCHAR NOT NULL DEFAULT ''"
        )
    if "agenda_step" not in columns:
        connection.execute(
            "ALTER TABLE workshop ADD COLUMN agenda_step INTEGER NOT NULL DEFAULT 0"
        )


def _v2_to_v3(connection: sqlite3.Connection) -> None:
    """Version 3 adds the strategy canvas, the journey map and the scenario audit."""
    _create_tables(connection, tables.V3_TABLES)


def _v3_to_v4(connection: sqlite3.Connection) -> None:
    """Version 4 keeps the room's phone settings (anonymous, moderated) on the workshop,
    and the receipts of the phones' notes."""
    _create_tables(connection, tables.V4_TABLES)
    columns = {row[1] for row in connection.execute("PRAGMA table_info(workshop)")}
    for name in ("phones_anonymous", "phones_moderated"):
        if name not in columns:
            connection.execute(
                f"ALTER TABLE workshop ADD COLUMN {name} BOOLEAN NOT NULL DEFAULT 0"
            )


# from-version -> step to the next version; each runs inside the one migration transaction
MIGRATIONS: dict[int, Migration] = {1: _v1_to_v2, 2: _v2_to_v3, 3: _v3_to_v4}
