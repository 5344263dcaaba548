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
# A column's declared type (upper case, spaces collapsed) and whether it is the table's
# rowid (a lone `INTEGER` primary key).
ColumnType = tuple[str, bool]


@dataclass(frozen=True)
class Schema:
    """Tables with their columns' types, and index shapes."""

    tables: dict[str, dict[str, ColumnType]]
    indexes: dict[str, IndexShape]


def affinity(declared: str) -> str:
    """How SQLite stores a column's values, from its declared type (SQLite's own rules,
    "Determination Of Column Affinity"): INTEGER, TEXT, BLOB, REAL or NUMERIC."""
    upper = declared.upper()
    if "INT" in upper:
        return "INTEGER"
    if any(word in upper for word in ("CHAR", "CLOB", "TEXT")):
        return "TEXT"
    if not upper or "BLOB" in upper:
        return "BLOB"
    if any(word in upper for word in ("REAL", "FLOA", "DOUB")):
        return "REAL"
    return "NUMERIC"


def same_type(found: ColumnType, expected: ColumnType) -> bool:
    """Types that store values alike (the same affinity, and a rowid stays a rowid), so
    `VARCHAR` and `TEXT` match while `BLOB` for `VARCHAR` does not."""
    return affinity(found[0]) == affinity(expected[0]) and found[1] == expected[1]


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
    tables: dict[str, dict[str, ColumnType]] = {}
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
                "SELECT name, dflt_value, hidden, type, pk FROM pragma_table_xinfo(?)", (name,)
            ).fetchall()
            keys = sum(1 for c in columns if c[4])
            tables[str(name)] = {
                str(c[0]): (
                    " ".join(str(c[3] or "").upper().split()),
                    keys == 1 and bool(c[4]) and str(c[3] or "").upper() == "INTEGER",
                )
                for c in columns
            }
            problems += _definition_problems(shown, str(sql or ""), [c[:3] for c in columns])
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
        for column, kind in sorted(columns.items()):
            shown = f"{printable(name)}.{printable(column)}"
            if column not in known:
                extra.append(f"an unknown column '{shown}'")
            elif not same_type(kind, known[column]):
                extra.append(
                    f"a changed column type '{shown}' ({printable(kind[0] or 'none', 20)}, "
                    f"not {known[column][0]})"
                )
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
