"""Received files are data, not code: compare a file's schema with the one Point B makes.

A `.pointb` file from someone else could carry triggers (run by SQLite on every write),
views (run when read) or tables and columns of its own. Point B never makes any of them,
so a file that has them is refused before anything in it runs. The schema is read from
`sqlite_master` and `PRAGMA table_xinfo` only: neither executes anything stored in the file.
This module uses the standard library only; `app.store.database` turns the problems into
the refusal.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

# Tables SQLite itself may add (AUTOINCREMENT, ANALYZE); never code.
_SQLITE_TABLES = ("sqlite_sequence", "sqlite_stat1", "sqlite_stat4")
MAX_LISTED = 3  # problems named in the one-line refusal
# Clauses that make a table run code or refuse writes; Point B's tables have none of them.
_CLAUSES = re.compile(r"\b(CHECK|REFERENCES|GENERATED|COLLATE|UNIQUE|AS)\b")
_QUOTED = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|`[^`]*`|\[[^\]]*\]")
_LITERAL = re.compile(r"(?i)^(NULL|TRUE|FALSE|'(?:[^']|'')*'|[-+]?\d+(\.\d+)?)$")
# An index as SQLite describes it: table, unique, partial, indexed columns (None: an
# expression).
IndexShape = tuple[str, bool, bool, tuple[str | None, ...]]


@dataclass(frozen=True)
class Schema:
    """Tables with their columns, and index names."""

    tables: dict[str, frozenset[str]]
    indexes: dict[str, IndexShape]


def harden(connection: sqlite3.Connection) -> None:
    """Settings for every connection to a workshop file: functions stored in the schema
    (defaults, checks, indexes) may not call anything with side effects, and where this
    Python's sqlite3 offers it, SQLite's defensive mode (no writes to the schema itself)."""
    connection.execute("PRAGMA trusted_schema=OFF")
    flag = getattr(sqlite3, "SQLITE_DBCONFIG_DEFENSIVE", None)  # Python 3.12 and later
    setconfig = getattr(connection, "setconfig", None)
    if flag is not None and setconfig is not None:
        setconfig(flag, True)


def expected_schema(statements: Iterable[str]) -> Schema:
    """The schema that `statements` (CREATE TABLE / CREATE INDEX) make, read back from an
    in-memory database."""
    connection = sqlite3.connect(":memory:")
    try:
        for statement in statements:
            connection.execute(statement)
        return read_schema(connection)[0]
    finally:
        connection.close()


def read_schema(connection: sqlite3.Connection) -> tuple[Schema, list[str]]:
    """The file's tables and indexes, and everything else it holds (triggers, views,
    virtual tables) as readable problems."""
    problems: list[str] = []
    tables: dict[str, frozenset[str]] = {}
    indexes: dict[str, IndexShape] = {}
    rows = connection.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    for kind, name, _table, sql in rows:
        shown = printable(str(name))
        if kind == "table":
            if str(sql or "").lstrip().upper().startswith("CREATE VIRTUAL"):
                problems.append(f"a virtual table '{shown}'")
                continue
            if name in _SQLITE_TABLES:
                continue
            columns = connection.execute(
                "SELECT name, dflt_value, hidden FROM pragma_table_xinfo(?)", (name,)
            ).fetchall()
            tables[str(name)] = frozenset(str(c[0]) for c in columns)
            problems += _definition_problems(shown, str(sql or ""), columns)
            for index_name, shape in _index_shapes(connection, str(name)).items():
                if not index_name.startswith("sqlite_autoindex_"):
                    indexes[index_name] = shape
        elif kind == "index":
            pass  # read with its table, above
        elif kind in ("trigger", "view"):
            problems.append(f"a {kind} '{shown}'")
        else:
            problems.append(f"an unknown schema entry '{shown}' ({printable(str(kind))})")
    return Schema(tables, indexes), problems


def problems(connection: sqlite3.Connection, expected: Schema) -> list[str]:
    """What the file holds beyond `expected`. Missing tables and columns are allowed (an
    older file gets them from its upgrade); anything extra is a problem."""
    found, extra = read_schema(connection)
    for name, columns in sorted(found.tables.items()):
        known = expected.tables.get(name)
        if known is None:
            extra.append(f"an unknown table '{printable(name)}'")
            continue
        for column in sorted(columns - known):
            extra.append(f"an unknown column '{printable(name)}.{printable(column)}'")
    for name, shape in sorted(found.indexes.items()):
        if name not in expected.indexes:
            extra.append(f"an unknown index '{printable(name)}'")
        elif shape != expected.indexes[name]:
            extra.append(f"a changed index '{printable(name)}'")
    return extra


def _definition_problems(table: str, sql: str, columns: list[tuple[object, ...]]) -> list[str]:
    """Constraints, generated columns and default expressions: code inside a table."""
    found: list[str] = []
    bare = _QUOTED.sub(" ", sql.upper())
    for clause in sorted(set(_CLAUSES.findall(bare))):
        found.append(f"a {clause} clause in table '{table}'")
    for column, default, hidden in columns:
        if hidden:
            found.append(f"a generated column '{table}.{printable(str(column))}'")
        if default is not None and not _LITERAL.match(str(default).strip()):
            found.append(f"a computed default in '{table}.{printable(str(column))}'")
    return found


def _index_shapes(connection: sqlite3.Connection, table: str) -> dict[str, IndexShape]:
    shapes: dict[str, IndexShape] = {}
    listed = connection.execute(
        'SELECT name, "unique", partial FROM pragma_index_list(?)', (table,)
    ).fetchall()
    for name, unique, partial in listed:
        columns = connection.execute(
            "SELECT name FROM pragma_index_info(?) ORDER BY seqno", (name,)
        ).fetchall()
        shapes[str(name)] = (
            table,
            bool(unique),
            bool(partial),
            tuple(None if c[0] is None else str(c[0]) for c in columns),
        )
    return shapes


def summary(found: list[str]) -> str:
    """One line for the refusal: the first problems, then how many more."""
    listed = ", ".join(found[:MAX_LISTED])
    more = len(found) - MAX_LISTED
    if more > 0:
        listed += f" and {more} more"
    return (
        f"the file contains {listed}, which a Point B workshop never has; it was refused "
        "so that nothing inside it runs"
    )


def printable(text: str, limit: int = 60) -> str:
    """Control characters escaped, long names cut: safe to print on one line."""
    shown = "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in text)
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"
