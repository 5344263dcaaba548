"""The workshop file on disk: guarded open, lock, migrations, load and transactional writes.

A `.pointb` file is an SQLite database whose header carries our `application_id` and the
schema version (`user_version`). Every check that can refuse a file reads the header bytes
first, so a foreign or newer file is never touched by SQLite in write mode.
"""

from __future__ import annotations

import atexit
import contextlib
import dataclasses
import getpass
import os
import shutil
import socket
import sqlite3
import struct
import sys
import tempfile
import types
import typing
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Delete, Engine, bindparam, create_engine, delete, event, select, text
from sqlalchemy.dialects.sqlite import Insert as SqliteInsert
from sqlalchemy.dialects.sqlite import dialect as sqlite_dialect
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Connection
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import StaticPool
from sqlalchemy.schema import CreateIndex, CreateTable
from sqlmodel import SQLModel

from app.domain import model
from app.store import mapping, tables

APPLICATION_ID = 0x50744231  # "PtB1"
SCHEMA_VERSION = 3
SQLITE_MAGIC = b"SQLite format 3\x00"
SUFFIX = ".pointb"
BULK_CHUNK = 5_000  # rows per executemany when a bulk write reports progress


class WorkshopFileError(Exception):
    """A workshop file cannot be used; the message says which file and why."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class NotAWorkshopFile(WorkshopFileError):
    pass


class NewerSchemaError(WorkshopFileError):
    pass


class FileInUseError(WorkshopFileError):
    pass


class DamagedFileError(WorkshopFileError):
    pass


class WriteFailedError(WorkshopFileError):
    """A write did not reach the disk (full disk, file removed, permissions changed)."""


@dataclass(frozen=True)
class Header:
    size: int
    user_version: int
    application_id: int


def read_header(path: Path) -> Header:
    """Classify a file from its first 100 bytes without opening it with SQLite."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(100)
    except FileNotFoundError:
        raise WorkshopFileError(path, "no such file") from None
    except IsADirectoryError:
        raise NotAWorkshopFile(path, "this is a folder, not a workshop file") from None
    except PermissionError:
        raise WorkshopFileError(path, "permission denied: the file cannot be read") from None
    if size == 0:
        raise NotAWorkshopFile(path, "the file is empty (0 bytes); it is not a workshop")
    if not head.startswith(SQLITE_MAGIC):
        raise NotAWorkshopFile(path, "not a Point B workshop (the file is not a database)")
    if len(head) < 100:
        raise DamagedFileError(path, "the file is truncated (shorter than a database header)")
    (user_version,) = struct.unpack(">i", head[60:64])
    (application_id,) = struct.unpack(">i", head[68:72])
    return Header(size=size, user_version=user_version, application_id=application_id)


def check_header(path: Path, header: Header) -> None:
    if header.application_id != APPLICATION_ID:
        raise NotAWorkshopFile(
            path, "this database belongs to another program; it is not a Point B workshop"
        )
    if header.user_version > SCHEMA_VERSION + 1000:
        # No version of Point B will get there: a damaged header, not a newer program.
        raise DamagedFileError(
            path, f"the file's format number ({header.user_version}) is damaged"
        )
    if header.user_version > SCHEMA_VERSION:
        raise NewerSchemaError(
            path,
            f"made by a newer version of Point B (file format {header.user_version}; "
            f"this version reads up to {SCHEMA_VERSION}). Update Point B to open it.",
        )
    if header.user_version < 1:
        raise DamagedFileError(path, "the file has no format version; it is damaged")


class FileLock:
    """An advisory lock held for as long as a workshop is open in this process."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._handle: int | None = None

    def acquire(self) -> bool:
        if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
            lock_path = self.path.with_name(self.path.name + ".lock")
            try:
                self._handle = os.open(lock_path, os.O_CREAT | os.O_EXCL | os.O_RDWR)
            except FileExistsError:
                return False
            except OSError:
                return True  # read-only folder: nothing else can write either
            return True
        import fcntl

        try:
            handle = os.open(self.path, os.O_RDONLY)
        except OSError:
            return True
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(handle)
            return False
        self._handle = handle
        return True

    def release(self) -> None:
        if self._handle is None:
            return
        os.close(self._handle)
        self._handle = None
        if sys.platform == "win32":  # pragma: no cover
            with contextlib.suppress(OSError):
                self.path.with_name(self.path.name + ".lock").unlink()


def _connect(path: Path, read_only: bool) -> sqlite3.Connection:
    uri = path.resolve().as_uri() + ("?mode=ro" if read_only else "?mode=rw")
    connection = sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=0.2)
    return connection


def _make_engine(path: Path, read_only: bool) -> Engine:
    engine = create_engine(
        "sqlite://",
        creator=lambda: _connect(path, read_only),
        poolclass=StaticPool,
    )

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # Let SQLAlchemy issue BEGIN itself so a user edit is exactly one transaction.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        if not read_only:
            # FULL: a committed edit survives a power cut, not only an app crash. This is a
            # per-connection setting: it writes nothing. The switch to WAL (which does write
            # the header) waits for `_claim`, after the content was read and found sound.
            cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if not read_only else "BEGIN")

    return engine


def _owner_text(path: Path) -> str:
    """Who holds the lock, read without writing anything."""
    try:
        connection = _connect(path, read_only=True)
        try:
            row = connection.execute("SELECT user, host, pid, since FROM open_by").fetchone()
        finally:
            connection.close()
    except sqlite3.Error:
        row = None
    if not row:
        return "another Point B window or process"
    user, host, pid, since = row
    return f"{user} on {host} (process {pid}, since {since})"


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


# from-version -> step to the next version; each runs inside the one migration transaction
MIGRATIONS: dict[int, Migration] = {1: _v1_to_v2, 2: _v2_to_v3}


def backup_copy(source: sqlite3.Connection, target: Path) -> None:
    """Copy a live database with the SQLite backup API (consistent even mid-session)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    temp = target.with_name(target.name + ".part")
    with contextlib.suppress(FileNotFoundError):
        temp.unlink()
    destination = sqlite3.connect(temp)
    try:
        source.backup(destination)
        destination.execute("PRAGMA journal_mode=DELETE")
    finally:
        destination.close()
    os.replace(temp, target)


def _copy_exactly(source: Path, target: Path) -> None:
    temp = target.with_name(target.name + ".part")
    try:
        shutil.copyfile(source, temp)
        with temp.open("rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def migration_backup_path(path: Path, version: int) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.stem}.before-upgrade-v{version}-{stamp}{SUFFIX}")


class Database:
    """An open workshop file. Writes go through `transaction()`; reads through `load()`."""

    def __init__(self, path: Path, engine: Engine, lock: FileLock, read_only: bool) -> None:
        self.path = path
        self.engine = engine
        self.read_only = read_only
        self._lock = lock
        self._connection: Connection | None = engine.connect()
        self.migrated_from: int | None = None
        self.migration_backup: Path | None = None
        # The content read (and validated) by `open` before anything was written; handed
        # out by the first `load()` so opening reads the file once.
        self._preloaded: model.WorkshopData | None = None

    # --- opening -------------------------------------------------------------------------
    @classmethod
    def create(cls, path: Path, workshop: model.Workshop) -> Database:
        path = Path(path)
        if path.exists():
            raise WorkshopFileError(path, "a file with this name already exists")
        try:
            connection = sqlite3.connect(path)
        except sqlite3.Error as exc:
            raise WorkshopFileError(path, f"cannot create the file ({exc})") from None
        try:
            connection.execute(f"PRAGMA application_id={APPLICATION_ID}")
            connection.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
            connection.commit()
        finally:
            connection.close()
        lock = FileLock(path)
        lock.acquire()
        engine = _make_engine(path, read_only=False)
        SQLModel.metadata.create_all(engine, tables=[t.__table__ for t in _all_tables()])  # type: ignore[attr-defined]
        database = cls(path, engine, lock, read_only=False)
        with database.transaction() as conn:
            conn.execute(
                sqlite_insert(tables.WorkshopRow).values(mapping.workshop_to_values(workshop))
            )
        database._claim()
        return database

    @classmethod
    def open(cls, path: Path, read_only: bool = False) -> Database:
        path = Path(path)
        header = read_header(path)
        check_header(path, header)
        lock = FileLock(path)
        if not read_only:
            read_only = not _writable(path)
        if not read_only and not lock.acquire():
            raise FileInUseError(path, f"this workshop is already open: {_owner_text(path)}")
        try:
            _quick_check(path)
            source = path
            if header.user_version < SCHEMA_VERSION:
                if read_only:
                    # Read an older file without touching it: upgrade a private copy.
                    source = _upgraded_temporary_copy(path, header.user_version)
                    backup = None
                else:
                    backup = _migrate(path, header.user_version)
            else:
                backup = None
            engine = _make_engine(source, read_only)
            database: Database | None = None
            try:
                database = cls(path, engine, lock, read_only)
                database.migration_backup = backup
                if backup is not None:
                    database.migrated_from = header.user_version
                if not read_only:
                    # Read everything BEFORE the first write (WAL switch, owner row): a file
                    # whose content is damaged is refused with its bytes unchanged.
                    data = database.load()
                    database._claim()
                    database._preloaded = data
            except BaseException as exc:
                # Never leave a half-open connection behind (nor a raw SQLite traceback).
                if database is not None and database._connection is not None:
                    database._connection.close()
                    database._connection = None
                engine.dispose()
                if _is_damage(exc):
                    raise DamagedFileError(
                        path, f"the file is damaged and cannot be opened ({_short(exc)})"
                    ) from None
                raise
            return database
        except BaseException:
            lock.release()
            raise

    def _claim(self) -> None:
        """Start writing: WAL journal, then record who holds the file."""
        try:
            # Outside any transaction: SQLite cannot change the journal mode inside one.
            mode = self.raw_connection().execute("PRAGMA journal_mode=WAL").fetchone()
        except sqlite3.Error as exc:
            raise DamagedFileError(
                self.path, f"the file is damaged and cannot be written ({_short(exc)})"
            ) from None
        if not mode or str(mode[0]).lower() != "wal":
            raise DamagedFileError(self.path, "the file cannot be switched to safe writing (WAL)")
        owner = {
            "id": 1,
            "user": _user_name(),
            "host": socket.gethostname(),
            "pid": os.getpid(),
            "since": datetime.now().strftime("%Y-%m-%d %H:%M"),
        }
        with self.transaction() as conn:
            stmt = sqlite_insert(tables.OwnerRow).values(owner)
            conn.execute(stmt.on_conflict_do_update(index_elements=["id"], set_=owner))

    # --- reading -------------------------------------------------------------------------
    @property
    def connection(self) -> Connection:
        if self._connection is None:
            raise WorkshopFileError(self.path, "the workshop is closed")
        return self._connection

    def load(self) -> model.WorkshopData:
        if self._preloaded is not None:
            data, self._preloaded = self._preloaded, None
            return data
        conn = self.connection
        try:
            row = conn.execute(select(tables.WorkshopRow.__table__)).mappings().first()  # type: ignore[attr-defined]
            if row is None:
                raise DamagedFileError(self.path, "the workshop record is missing")
            workshop = mapping.workshop_from_values(dict(row))
            _check_types(workshop)
            data = model.WorkshopData(workshop=workshop)
            for spec in mapping.SPECS:
                rows = conn.execute(
                    select(spec.table.__table__).order_by(text(spec.key))  # type: ignore[attr-defined]
                ).mappings()
                items = [spec.from_values(dict(r)) for r in rows]
                for item in items:
                    _check_types(item)
                setattr(data, spec.kind, items)
        except WorkshopFileError:
            raise
        except (sqlite3.Error, SQLAlchemyError, ValueError, TypeError, KeyError) as exc:
            # ValueError covers bad enum values, bad JSON, bad base64 and undecodable text.
            raise DamagedFileError(
                self.path, f"the workshop content is damaged ({_short(exc)})"
            ) from None
        finally:
            with contextlib.suppress(Exception):
                conn.rollback()
        return data

    # --- writing -------------------------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[Connection]:
        if self.read_only:
            raise WorkshopFileError(self.path, "the workshop is open read-only")
        conn = self.connection
        if conn.in_transaction():
            conn.rollback()
        try:
            with conn.begin():
                yield conn
        except OSError as exc:
            raise WriteFailedError(self.path, f"the change could not be saved ({exc})") from None
        except UnicodeEncodeError:
            # Last line of defence for the text rule (edits.storable runs on every entry
            # path): nothing was written and memory is untouched.
            raise WorkshopFileError(
                self.path,
                "the change was not saved: its text holds characters a file cannot store "
                "(lone surrogates)",
            ) from None
        except Exception as exc:
            if "OperationalError" in type(exc).__name__ or "DatabaseError" in type(exc).__name__:
                raise WriteFailedError(
                    self.path, f"the change could not be saved ({_short(exc)})"
                ) from None
            raise

    def write(
        self,
        upserts: Iterable[Any],
        deletes: Iterable[Any],
        workshop: model.Workshop | None = None,
    ) -> None:
        """Write entity snapshots and deletions in ONE transaction."""
        with self.transaction() as conn:
            if workshop is not None:
                values = mapping.workshop_to_values(workshop)
                stmt = sqlite_insert(tables.WorkshopRow).values(values)
                conn.execute(stmt.on_conflict_do_update(index_elements=["id"], set_=values))
            for entity in deletes:
                spec = mapping.spec_for(entity)
                conn.execute(_delete_statement(spec), {"key_value": getattr(entity, spec.key)})
            for entity in upserts:
                spec = mapping.spec_for(entity)
                values = spec.to_values(entity)
                conn.execute(_upsert_statement(spec, tuple(values)), values)

    def write_many(
        self, entities: Sequence[Any], progress: Callable[[int, int], None] | None = None
    ) -> None:
        """Bulk insert (imports): one transaction, executemany per table.

        `progress(done, total)` is called as rows are written (in chunks, still inside the
        one transaction); an exception it raises rolls everything back.
        """
        by_spec: dict[str, list[dict[str, Any]]] = {}
        for entity in entities:
            spec = mapping.spec_for(entity)
            by_spec.setdefault(spec.kind, []).append(spec.to_values(entity))
        total = sum(len(rows) for rows in by_spec.values())
        done = 0
        with self.transaction() as conn:
            for kind, rows in by_spec.items():
                step = len(rows) if progress is None else BULK_CHUNK
                for start in range(0, len(rows), step):
                    chunk = rows[start : start + step]
                    conn.execute(sqlite_insert(mapping.SPEC_BY_KIND[kind].table), chunk)
                    done += len(chunk)
                    if progress is not None:
                        progress(done, total)

    # --- copies and closing --------------------------------------------------------------
    def raw_connection(self) -> sqlite3.Connection:
        driver = self.connection.connection.driver_connection
        assert isinstance(driver, sqlite3.Connection)
        return driver

    def save_copy(self, target: Path) -> None:
        """Save As / Duplicate / snapshot: a consistent copy via the SQLite backup API."""
        target = Path(target)
        if target.resolve() == self.path.resolve():
            raise WorkshopFileError(target, "cannot copy a workshop onto itself")
        try:
            backup_copy(self.raw_connection(), target)
            connection = sqlite3.connect(target)
            try:
                connection.execute("DELETE FROM open_by")
                connection.commit()
            finally:
                connection.close()
        except (OSError, sqlite3.Error) as exc:
            with contextlib.suppress(OSError):
                target.with_name(target.name + ".part").unlink()
            raise WorkshopFileError(target, f"the copy could not be written ({exc})") from None

    def close(self) -> None:
        if self._connection is None:
            return
        try:
            if not self.read_only:
                with contextlib.suppress(Exception):
                    with self._connection.begin():
                        self._connection.execute(delete(tables.OwnerRow.__table__))  # type: ignore[attr-defined]
                    # Back to a rollback journal so the file at rest is one self-contained
                    # file that even a read-only folder can open. Outside any transaction.
                    raw = self.raw_connection()
                    raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                    raw.execute("PRAGMA journal_mode=DELETE")
        finally:
            self._connection.close()
            self._connection = None
            self.engine.dispose()
            self._lock.release()


# Statements built once and reused: building and hashing a fresh INSERT with its values
# for every edit cost more than the SQLite write itself (benchmarks: docs/performance.md).
_UPSERTS: dict[tuple[str, tuple[str, ...]], SqliteInsert] = {}
_DELETES: dict[str, Delete] = {}


def _upsert_statement(spec: mapping.EntitySpec, columns: tuple[str, ...]) -> SqliteInsert:
    """INSERT of `columns` that updates the same columns when the key exists (values are
    passed at execution)."""
    stmt = _UPSERTS.get((spec.kind, columns))
    if stmt is None:
        insert = sqlite_insert(spec.table.__table__)  # type: ignore[attr-defined]
        stmt = insert.on_conflict_do_update(
            index_elements=[spec.key],
            set_={name: insert.excluded[name] for name in columns if name != spec.key},
        )
        _UPSERTS[(spec.kind, columns)] = stmt
    return stmt


def _delete_statement(spec: mapping.EntitySpec) -> Delete:
    stmt = _DELETES.get(spec.kind)
    if stmt is None:
        table = spec.table.__table__  # type: ignore[attr-defined]
        stmt = delete(table).where(table.c[spec.key] == bindparam("key_value"))
        _DELETES[spec.kind] = stmt
    return stmt


def _all_tables() -> list[type[SQLModel]]:
    return [tables.WorkshopRow, tables.OwnerRow, *(spec.table for spec in mapping.SPECS)]


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _user_name() -> str:
    try:
        return getpass.getuser()
    except Exception:
        return "someone"


def _is_sql_error(exc: BaseException) -> bool:
    name = type(exc).__name__
    return "OperationalError" in name or "DatabaseError" in name


def _is_damage(exc: BaseException) -> bool:
    """Errors that mean "the bytes are bad" (SQLite, SQLAlchemy, undecodable text)."""
    return isinstance(exc, sqlite3.Error | SQLAlchemyError | UnicodeError) or _is_sql_error(exc)


def _short(exc: BaseException) -> str:
    """One printable line: SQLAlchemy appends the SQL and a link on further lines,
    quick_check lists pages on several, and damaged text can hold control characters."""
    message = str(getattr(exc, "orig", None) or exc)
    lines = [line.strip() for line in message.splitlines() if line.strip()]
    lines = [line for line in lines if not line.startswith("***")] or lines
    line = "; ".join(lines[:2]) if lines else type(exc).__name__
    printable = "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in line)
    return printable[:200]


# --- type checks on loaded rows ----------------------------------------------------------
# SQLite stores any value in any column: a damaged record can hand back a number where text
# belongs. Refusing it here beats a crash later in a widget or an export.
_Check = tuple[str, tuple[type, ...], bool]
_TYPE_PLANS: dict[type[Any], tuple[_Check, ...]] = {}


def _type_plan(entity_type: type[Any]) -> tuple[_Check, ...]:
    known = _TYPE_PLANS.get(entity_type)
    if known is not None:
        return known
    hints = typing.get_type_hints(entity_type)
    plan: list[_Check] = []
    for f in dataclasses.fields(entity_type):
        hint = hints.get(f.name)
        args = typing.get_args(hint)
        is_union = isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union
        nullable = is_union and type(None) in args
        options = [a for a in args if a is not type(None)] if is_union else [hint]
        allowed: list[type] = []
        for option in options:
            origin = typing.get_origin(option) or option
            if origin is float:
                allowed += [float, int]
            elif origin is int:
                allowed += [int]
            elif isinstance(origin, type):
                allowed.append(origin)
        if allowed:
            plan.append((f.name, tuple(allowed), nullable))
    _TYPE_PLANS[entity_type] = tuple(plan)
    return _TYPE_PLANS[entity_type]


def _check_types(entity: Any) -> None:
    for name, allowed, nullable in _type_plan(type(entity)):
        value = getattr(entity, name)
        if value is None:
            if not nullable:
                raise ValueError(f"{type(entity).__name__}.{name} is missing")
            continue
        wrong_bool = isinstance(value, bool) and bool not in allowed
        if wrong_bool or not isinstance(value, allowed):
            expected = allowed[0].__name__
            raise ValueError(
                f"{type(entity).__name__}.{name} holds {type(value).__name__}, not {expected}"
            )


def _quick_check(path: Path) -> None:
    try:
        connection = _connect(path, read_only=True)
        try:
            result = connection.execute("PRAGMA quick_check").fetchone()
            connection.execute("SELECT count(*) FROM workshop").fetchone()
        finally:
            connection.close()
    except (sqlite3.Error, UnicodeError) as exc:
        # UnicodeError: SQLite's own message can quote undecodable bytes of a broken schema.
        raise DamagedFileError(
            path, f"the file is damaged{_truncation(path)} and cannot be read ({_short(exc)})"
        ) from None
    if not result or result[0] != "ok":
        detail = _short(ValueError(result[0])) if result else "no answer"
        raise DamagedFileError(path, f"the file is damaged{_truncation(path)} ({detail})")


def _truncation(path: Path) -> str:
    """A note when the file is shorter than its header says (truncated, most likely)."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(100)
    except OSError:
        return ""
    if len(head) < 100:
        return ""
    (page_size,) = struct.unpack(">H", head[16:18])
    page_size = 65536 if page_size == 1 else page_size
    (change_counter, pages, valid_for) = (
        struct.unpack(">I", head[24:28])[0],
        struct.unpack(">I", head[28:32])[0],
        struct.unpack(">I", head[92:96])[0],
    )
    expected = pages * page_size
    if change_counter == valid_for and 0 < size < expected:
        return f" (shorter than its header says: {size:,} of {expected:,} bytes)"
    if page_size >= 512 and size % page_size:
        return f" (cut short? {size:,} bytes is not a whole number of pages)"
    return ""


def _migrate(path: Path, from_version: int) -> Path:
    """Back up, then upgrade the schema in one transaction. Returns the backup's path."""
    backup = migration_backup_path(path, from_version)
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        try:
            journals = (path.with_name(path.name + s) for s in ("-wal", "-journal"))
            if any(j.exists() for j in journals):
                backup_copy(connection, backup)  # the backup API folds the journal in
            else:
                _copy_exactly(path, backup)  # at rest: the backup is the original, byte for byte
        except (OSError, sqlite3.Error) as exc:
            raise WorkshopFileError(
                path, f"cannot make a backup before upgrading the file ({exc}); nothing was changed"
            ) from None
        _file_among_backups(path, backup)
        connection.execute("BEGIN IMMEDIATE")
        try:
            version = from_version
            while version < SCHEMA_VERSION:
                MIGRATIONS[version](connection)
                version += 1
            connection.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
            connection.execute("COMMIT")
        except BaseException as exc:
            connection.execute("ROLLBACK")
            if isinstance(exc, Exception) and not isinstance(exc, WorkshopFileError):
                raise WorkshopFileError(
                    path,
                    f"upgrading the file from format {from_version} to {SCHEMA_VERSION} failed "
                    f"({type(exc).__name__}: {exc}); the file was left as it was",
                ) from None
            raise
    finally:
        connection.close()
    return backup


def _upgraded_temporary_copy(path: Path, from_version: int) -> Path:
    """A copy of an older file upgraded to the current schema, in a temporary folder."""
    folder = Path(tempfile.mkdtemp(prefix="pointb-read-"))
    atexit.register(shutil.rmtree, folder, True)
    copy = folder / path.name
    source = _connect(path, read_only=True)
    try:
        backup_copy(source, copy)
    finally:
        source.close()
    connection = sqlite3.connect(copy, isolation_level=None)
    try:
        connection.execute("BEGIN IMMEDIATE")
        version = from_version
        while version < SCHEMA_VERSION:
            MIGRATIONS[version](connection)
            version += 1
        connection.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        connection.execute("COMMIT")
    except (sqlite3.Error, KeyError) as exc:
        raise WorkshopFileError(path, f"this older file cannot be read ({exc})") from None
    finally:
        connection.close()
    return copy


def _file_among_backups(path: Path, backup: Path) -> None:
    """Also list the pre-upgrade copy under File > Restore from backup. Best effort: the
    copy beside the file (made above, or the upgrade is refused) is the guaranteed one."""
    try:
        from app import backups  # late: app.backups builds on this module

        backups.adopt(path, backup, "before-upgrade")
    except Exception:  # never let the convenience copy block an upgrade
        pass
