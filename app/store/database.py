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
import stat
import struct
import tempfile
import types
import typing
from collections.abc import Callable, Iterable, Iterator, Sequence
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

from app import files
from app.domain import model
from app.store import mapping, schema_guard, tables
from app.store.migrations import MIGRATIONS
from app.store.preflight import APPLICATION_ID as APPLICATION_ID
from app.store.preflight import JOURNAL_MAGIC as JOURNAL_MAGIC
from app.store.preflight import SCHEMA_VERSION as SCHEMA_VERSION
from app.store.preflight import SIDE_FILES as SIDE_FILES
from app.store.preflight import SQLITE_MAGIC as SQLITE_MAGIC
from app.store.preflight import SUFFIX as SUFFIX
from app.store.preflight import DamagedFileError as DamagedFileError
from app.store.preflight import FileBusyError as FileBusyError
from app.store.preflight import FileInUseError as FileInUseError
from app.store.preflight import FileLock as FileLock
from app.store.preflight import Header as Header
from app.store.preflight import NewerSchemaError as NewerSchemaError
from app.store.preflight import NotAWorkshopFile as NotAWorkshopFile
from app.store.preflight import ReadOnlyMediaError as ReadOnlyMediaError
from app.store.preflight import UnexpectedSchemaError as UnexpectedSchemaError
from app.store.preflight import WorkshopFileError as WorkshopFileError
from app.store.preflight import WriteFailedError as WriteFailedError
from app.store.preflight import check_header as check_header
from app.store.preflight import read_header as read_header
from app.store.preflight import require_regular_file as require_regular_file


@dataclasses.dataclass(frozen=True)
class BackupHooks:
    """How the caller files copies among its backups while a file is opened: the store
    sits below the backups folder (which builds on it), so the caller hands these in.

    `copy_as_is(workshop, reason)` copies the file and its side files untouched (before a
    hot journal is rolled back; its failure refuses the open). `adopt(workshop, copy,
    reason)` files an existing closed copy (the pre-upgrade backup; best effort)."""

    copy_as_is: Callable[[Path, str], object]
    adopt: Callable[[Path, Path, str], object]


BULK_CHUNK = 5_000  # rows per executemany when a bulk write reports progress


def _connect(path: Path, read_only: bool) -> sqlite3.Connection:
    uri = path.resolve().as_uri() + ("?mode=ro" if read_only else "?mode=rw")
    connection = sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=0.2)
    try:
        schema_guard.harden(connection)
    except sqlite3.Error:
        connection.close()
        raise
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


def owner_text(path: Path) -> str:
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




def backup_copy(source: sqlite3.Connection, target: Path) -> None:
    """Copy a live database with the SQLite backup API (consistent even mid-session)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with files.atomic_path(target) as temp:
        destination = sqlite3.connect(temp)
        try:
            source.backup(destination)
            destination.execute("PRAGMA journal_mode=DELETE")
        finally:
            destination.close()


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
        self._unsynced = False  # committed edits not yet checkpointed into the main file
        self._batch: Connection | None = None  # the open transaction of `batch()`, if any
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
        database: Database | None = None
        try:
            SQLModel.metadata.create_all(engine, tables=[t.__table__ for t in _all_tables()])  # type: ignore[attr-defined]
            database = cls(path, engine, lock, read_only=False)
            with database.transaction() as conn:
                conn.execute(
                    sqlite_insert(tables.WorkshopRow).values(mapping.workshop_to_values(workshop))
                )
            database._claim()
        except BaseException as exc:
            # Nothing left behind: a half-made file would block the retry ("already exists").
            if database is not None and database._connection is not None:
                database._connection.close()
                database._connection = None
            engine.dispose()
            lock.release()
            for leftover in (path, *(path.with_name(path.name + s) for s in SIDE_FILES)):
                with contextlib.suppress(OSError):
                    leftover.unlink()
            if isinstance(exc, WorkshopFileError) or not _is_damage(exc):
                raise
            raise WriteFailedError(
                path, f"the file could not be created ({_short(exc)}); nothing was left behind"
            ) from None
        return database

    @classmethod
    def open(
        cls, path: Path, read_only: bool = False, *, backups: BackupHooks | None = None
    ) -> Database:
        """Open a workshop file. `backups` files the copies made on the way (before a hot
        journal is rolled back, before an upgrade) among the caller's backups; without
        it only the pre-upgrade copy beside the file is kept."""
        path = Path(path)
        header = read_header(path)
        check_header(path, header)
        lock = FileLock(path)
        if not read_only:
            read_only = not _writable(path)
        if not read_only and not lock.acquire():
            raise FileInUseError(path, f"this workshop is already open: {owner_text(path)}")
        try:
            _recover_hot_journal(path, holding_lock=not read_only, backups=backups)
            _guard_schema(path)
            _quick_check(path)
            source = path
            if header.user_version < SCHEMA_VERSION:
                if read_only:
                    # Read an older file without touching it: upgrade a private copy.
                    source = _upgraded_temporary_copy(path, header.user_version)
                    backup = None
                else:
                    backup = _migrate(path, header.user_version, backups)
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
                    raise _refusal(
                        path, exc, f"the file is damaged and cannot be opened ({_short(exc)})"
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
            raise _refusal(
                self.path, exc, f"the file is damaged and cannot be written ({_short(exc)})"
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
        """Write entity snapshots and deletions in ONE transaction (the batch's, in one)."""
        self._unsynced = True
        if self._batch is not None:
            self._write_rows(self._batch, upserts, deletes, workshop)
            return
        with self.transaction() as conn:
            self._write_rows(conn, upserts, deletes, workshop)

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        """Writes made inside share one transaction: one commit, one disk flush for many
        small edits (a room of phones). An exception inside rolls all of them back."""
        if self._batch is not None:
            yield
            return
        with self.transaction() as conn:
            self._batch = conn
            try:
                yield
            finally:
                self._batch = None

    def _write_rows(
        self,
        conn: Connection,
        upserts: Iterable[Any],
        deletes: Iterable[Any],
        workshop: model.Workshop | None,
    ) -> None:
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
        self._unsynced = True
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

    def checkpoint(self) -> bool:
        """Bring the main file up to date: every committed edit is copied from the -wal
        into it (and fsynced), so a plain copy of the file alone holds everything.

        TRUNCATE, not PASSIVE: a passive checkpoint stops early while another connection
        reads, this one waits (the connection's short busy timeout) for readers to finish.
        Returns False when it could not complete (retry later); it never raises, and a
        failed checkpoint loses nothing (the edits stay safe in the -wal)."""
        if self.read_only or self._connection is None or not self._unsynced:
            return True
        if self._connection.in_transaction():
            return False
        try:
            row = self.raw_connection().execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        except sqlite3.Error:
            return False
        done = bool(row) and int(row[0]) == 0
        if done:
            self._unsynced = False
        return done

    def save_copy(self, target: Path) -> None:
        """Save As / Duplicate / snapshot: a consistent copy via the SQLite backup API,
        written safely (`safe_write.replace_file`): a target open elsewhere is refused,
        stale side files at the target are cleared, the target is replaced in one rename."""
        from app.store import safe_write  # late: safe_write builds on this module

        target = Path(target)
        if target.resolve() == self.path.resolve():
            raise WorkshopFileError(target, "cannot copy a workshop onto itself")
        self.checkpoint()  # an explicit action: the file itself is current too
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise WorkshopFileError(
                target, f"the folder cannot be made ({exc.strerror or exc})"
            ) from None

        def build(temp: Path) -> None:
            backup_copy(self.raw_connection(), temp)
            connection = sqlite3.connect(temp)
            try:
                connection.execute("DELETE FROM open_by")
                connection.commit()
            finally:
                connection.close()

        safe_write.replace_file(target, build)

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


def _primary_code(exc: BaseException) -> int | None:
    """SQLite's primary result code of an error (also inside a SQLAlchemy wrapper)."""
    inner = getattr(exc, "orig", None) or exc
    code = getattr(inner, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def _wal_unreadable(path: Path) -> bool:
    """A -wal without its -shm in a folder where no -shm can be made (read-only media)."""
    wal = path.with_name(path.name + "-wal")
    shm = path.with_name(path.name + "-shm")
    try:
        has_wal = wal.stat().st_size > 0
    except OSError:
        return False
    return has_wal and not shm.exists() and not os.access(path.parent, os.W_OK)


def _refusal(path: Path, exc: BaseException, damaged: str) -> WorkshopFileError:
    """The right refusal for an SQLite error: busy and read-only media are not damage."""
    code = _primary_code(exc)
    if code in (5, 6):  # SQLITE_BUSY, SQLITE_LOCKED
        return FileBusyError(
            path,
            "another program is using this file right now (it holds a lock on it); "
            "close that program or wait a moment, then try again. The file is not damaged",
        )
    if _wal_unreadable(path):
        return ReadOnlyMediaError(
            path,
            "the last changes are in the -wal file beside it, which cannot be read on "
            "read-only media (no -shm file can be made here); copy the file together with "
            "its -wal to a writable folder and open the copy",
        )
    return DamagedFileError(path, damaged)


def _hot_journal(path: Path) -> Path | None:
    """The rollback journal beside `path` when it holds an unfinished transaction."""
    journal = path.with_name(path.name + "-journal")
    try:
        if not stat.S_ISREG(os.stat(journal).st_mode):
            return None
        with journal.open("rb") as handle:
            head = handle.read(len(JOURNAL_MAGIC))
    except OSError:
        return None
    return journal if head == JOURNAL_MAGIC else None


def _recover_hot_journal(path: Path, holding_lock: bool, backups: BackupHooks | None) -> None:
    """An unfinished transaction (a crash during an upgrade, a Save As cleanup, another
    program) left a hot -journal: keep a copy of the file and the journal among the
    backups, then let SQLite roll it back. The file then opens as it was before."""
    journal = _hot_journal(path)
    if journal is None:
        return
    if not _writable(path):
        raise ReadOnlyMediaError(
            path,
            "an unfinished change left a -journal beside the file that must be undone, and "
            "this folder is read-only; copy the file together with its -journal to a "
            "writable folder and open the copy",
        )
    lock = None
    if not holding_lock:
        lock = FileLock(path)
        if not lock.acquire():
            raise FileInUseError(path, f"this workshop is already open: {owner_text(path)}")
    try:
        try:
            if backups is not None:
                backups.copy_as_is(path, "before-rollback")
        except (OSError, WorkshopFileError) as exc:
            raise WorkshopFileError(
                path,
                "an unfinished change must be undone, but no backup copy could be made "
                f"first ({_short(exc)}); nothing was changed",
            ) from None
        try:
            connection = _connect(path, read_only=False)
            try:
                connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
            finally:
                connection.close()
        except (sqlite3.Error, UnicodeError) as exc:
            raise _refusal(
                path, exc, f"the file is damaged and cannot be recovered ({_short(exc)})"
            ) from None
    finally:
        if lock is not None:
            lock.release()


_EXPECTED: list[schema_guard.Schema] = []


def expected_schema() -> schema_guard.Schema:
    """The tables, columns and indexes Point B makes (computed once)."""
    if not _EXPECTED:
        dialect = sqlite_dialect()
        statements: list[str] = []
        for table_model in _all_tables():
            table = table_model.__table__  # type: ignore[attr-defined]
            statements.append(str(CreateTable(table).compile(dialect=dialect)))
            statements += [str(CreateIndex(i).compile(dialect=dialect)) for i in table.indexes]
        _EXPECTED.append(schema_guard.expected_schema(statements))
    return _EXPECTED[0]


def schema_problems(path: Path) -> list[str]:
    """Triggers, views and tables, columns or indexes Point B does not make, read without
    running anything from the file. Empty when the schema is Point B's (or unreadable:
    the integrity check reports that)."""
    try:
        connection = _connect(path, read_only=True)
        try:
            return schema_guard.problems(connection, expected_schema())
        finally:
            connection.close()
    except (sqlite3.Error, UnicodeError):
        return []


def _guard_schema(path: Path) -> None:
    found = schema_problems(path)
    if found:
        raise UnexpectedSchemaError(path, found)


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
        raise _refusal(
            path, exc, f"the file is damaged{_truncation(path)} and cannot be read ({_short(exc)})"
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


def _migrate(path: Path, from_version: int, backups: BackupHooks | None) -> Path:
    """Back up, then upgrade the schema in one transaction. Returns the backup's path."""
    backup = migration_backup_path(path, from_version)
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        try:
            journals = (path.with_name(path.name + s) for s in ("-wal", "-journal"))
            if any(j.exists() for j in journals):
                backup_copy(connection, backup)  # the backup API folds the journal in
            else:
                files.copy_file(path, backup)  # at rest: the backup is the original, byte for byte
        except (OSError, sqlite3.Error) as exc:
            raise WorkshopFileError(
                path, f"cannot make a backup before upgrading the file ({exc}); nothing was changed"
            ) from None
        if backups is not None:
            _file_among_backups(path, backup, backups)
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


def _file_among_backups(path: Path, backup: Path, backups: BackupHooks) -> None:
    """Also list the pre-upgrade copy under File > Restore from backup. Best effort: the
    copy beside the file (made above, or the upgrade is refused) is the guaranteed one."""
    with contextlib.suppress(OSError, WorkshopFileError):  # never block an upgrade
        backups.adopt(path, backup, "before-upgrade")
