"""Automatic backups: rotating snapshots of a workshop in the user's data folder.

Snapshots live in `backups_dir() / <file stem>-<hash of the absolute path>/`, one closed,
self-contained `.pointb` file each, named by time and reason:
`20261124-101500-123456-auto.pointb`. They are made with the SQLite backup API, so a
snapshot of an open workshop is consistent even in the middle of a session.

The GUI creates one `BackupKeeper` per open workshop and calls `tick()` from a timer;
File > Restore from backup shows `list_backups(path)` and calls `restore(...)`.
No Qt here: the CLI (imports) and tests use the same functions.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

from app import files, paths
from app.store import database, safe_write
from app.store.database import BackupHooks, FileInUseError, WorkshopFileError

DEFAULT_INTERVAL = 300.0  # seconds between automatic snapshots while something changed
DEFAULT_KEEP = 20  # snapshots kept per workshop; the oldest are removed first
STAMP_FORMAT = "%Y%m%d-%H%M%S-%f"
_NAME = re.compile(r"^(\d{8}-\d{6}-\d{6})-([a-z0-9-]+)\.pointb$")
SIDECARS = ("-wal", "-shm", "-journal")


class OpenWorkshop(Protocol):
    """What a snapshot needs of an open workshop (`app.services.WorkshopFile`, which sits
    above this module: it hands `HOOKS` to the store when it opens a file)."""

    @property
    def path(self) -> Path: ...

    # Any: the change type lives in app.services; a snapshot only needs to hear of one.
    @property
    def listeners(self) -> list[Callable[[Any], None]]: ...

    def save_copy(self, target: Path) -> None: ...


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime
    note_count: int | None  # None: the snapshot cannot be read (shown as "damaged")
    reason: str  # "auto", "manual", "before-import", "before-upgrade", "before-restore"


def backup_folder(workshop: Path | str) -> Path:
    """The folder for one workshop's snapshots: its name plus a hash of where it lives
    (two `ideas.pointb` in different folders must not share snapshots)."""
    absolute = Path(os.path.abspath(os.fspath(workshop)))
    digest = hashlib.sha256(os.fsencode(absolute)).hexdigest()[:10]
    return paths.backups_dir() / f"{absolute.stem}-{digest}"


def _slug(reason: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", reason.lower()).strip("-")
    return slug or "manual"


def _new_path(folder: Path, reason: str) -> Path:
    """A fresh, not yet existing snapshot name (time-sortable)."""
    folder.mkdir(parents=True, exist_ok=True)
    moment = datetime.now()
    while True:
        candidate = folder / f"{moment.strftime(STAMP_FORMAT)}-{_slug(reason)}.pointb"
        if not candidate.exists():
            return candidate
        moment = moment.replace(microsecond=(moment.microsecond + 1) % 1_000_000)


def _side_files(path: Path) -> list[Path]:
    """The side files kept beside a copy (a copy taken as it was, `copy_as_is`)."""
    return [p for s in SIDECARS if (p := path.with_name(path.name + s)).exists()]


@contextlib.contextmanager
def readable(path: Path) -> Iterator[Path]:
    """A path SQLite can read the snapshot's workshop from.

    A snapshot is normally one closed file: that file. A copy taken as it was before a
    recovery (`copy_as_is`: the file with its `-journal` or `-wal` beside it) is copied
    with its side file into a temporary folder and opened there for writing once, so
    SQLite rolls the journal back (or replays the -wal) as it would at the original
    place; the copy kept among the backups is never changed. The `-shm` is not taken
    along (SQLite rebuilds it from the -wal)."""
    sides = [p for p in _side_files(path) if not p.name.endswith("-shm")]
    if not sides:
        yield path
        return
    with tempfile.TemporaryDirectory(prefix="pointb-backup-") as folder:
        copy = Path(folder) / path.name
        for source in (path, *sides):
            shutil.copyfile(source, Path(folder) / source.name)
        try:
            connection = sqlite3.connect(copy, timeout=0.2)
            try:
                connection.execute("PRAGMA trusted_schema=OFF")
                connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
                connection.execute("PRAGMA journal_mode=DELETE").fetchone()
            finally:
                connection.close()
        except (sqlite3.Error, UnicodeError):
            pass  # damaged: the reader that follows says so
        yield copy


def _note_count(path: Path) -> int | None:
    """Notes in a snapshot, read through a read-only connection (nothing is written)."""
    try:
        with readable(path) as source:
            connection = sqlite3.connect(
                source.resolve().as_uri() + "?mode=ro", uri=True, timeout=0.2
            )
            try:
                row = connection.execute("SELECT count(*) FROM note").fetchone()
            finally:
                connection.close()
    except (sqlite3.Error, OSError, UnicodeError):
        return None
    return int(row[0]) if row else None


def _info(path: Path) -> BackupInfo | None:
    match = _NAME.match(path.name)
    if match is None:
        return None
    created = datetime.strptime(match.group(1), STAMP_FORMAT)
    return BackupInfo(path, created, _note_count(path), match.group(2))


def list_backups(workshop: Path | str) -> list[BackupInfo]:
    """Snapshots of a workshop, newest first, with their note counts."""
    folder = backup_folder(workshop)
    if not folder.is_dir():
        return []
    found = [info for p in folder.iterdir() if p.is_file() and (info := _info(p)) is not None]
    return sorted(found, key=lambda info: info.created, reverse=True)


def prune(workshop: Path | str, keep: int = DEFAULT_KEEP) -> list[Path]:
    """Remove all but the `keep` newest snapshots; returns what was removed."""
    folder = backup_folder(workshop)
    if not folder.is_dir():
        return []
    names = sorted((p for p in folder.iterdir() if _NAME.match(p.name)), key=lambda p: p.name)
    removed = names[: max(0, len(names) - max(1, keep))]
    for path in removed:
        for leftover in (path, *(path.with_name(path.name + s) for s in SIDECARS)):
            with contextlib.suppress(OSError):
                leftover.unlink()
    return removed


def snapshot(workshop_file: OpenWorkshop, reason: str, keep: int = DEFAULT_KEEP) -> BackupInfo:
    """A snapshot of an open workshop (SQLite backup API); raises WorkshopFileError."""
    target = _new_path(backup_folder(workshop_file.path), reason)
    workshop_file.save_copy(target)
    prune(workshop_file.path, keep)
    info = _info(target)
    assert info is not None
    return info


def snapshot_file(workshop: Path, reason: str, keep: int = DEFAULT_KEEP) -> BackupInfo:
    """A snapshot of a workshop file that is NOT open in this process.

    The backup API through an ordinary connection first (it replays what a crash left in
    the -wal or -journal, so every committed edit is in the copy); when SQLite cannot read
    the file at all, its bytes (and any sidecar files) are copied as they are.
    """
    workshop = Path(workshop)
    target = _new_path(backup_folder(workshop), reason)
    try:
        source = sqlite3.connect(workshop, timeout=0.2)
        try:
            database.backup_copy(source, target)
        finally:
            source.close()
    except (sqlite3.Error, OSError, UnicodeError):
        _copy_with_side_files(workshop, target)
    prune(workshop, keep)
    info = _info(target)
    assert info is not None
    return info


def _copy_with_side_files(workshop: Path, target: Path) -> None:
    try:
        files.copy_file(workshop, target)
        for suffix in SIDECARS:
            sidecar = workshop.with_name(workshop.name + suffix)
            if sidecar.exists():
                files.copy_file(sidecar, target.with_name(target.name + suffix))
    except OSError as exc:
        raise WorkshopFileError(
            workshop, f"cannot make a backup copy ({exc.strerror or exc}); nothing was changed"
        ) from None


def copy_as_is(workshop: Path, reason: str, keep: int = DEFAULT_KEEP) -> Path:
    """The file's bytes and its side files (-wal, -journal), copied without SQLite
    touching them: kept before a recovery changes the file (a hot journal rolled back)."""
    workshop = Path(workshop)
    target = _new_path(backup_folder(workshop), reason)
    _copy_with_side_files(workshop, target)
    prune(workshop, keep)
    return target


def adopt(workshop: Path, closed_copy: Path, reason: str, keep: int = DEFAULT_KEEP) -> Path:
    """File an existing closed copy (e.g. the pre-upgrade backup) among the snapshots."""
    target = _new_path(backup_folder(workshop), reason)
    files.copy_file(closed_copy, target)
    prune(workshop, keep)
    return target


def _validate_backup(backup: Path, shown: Path) -> None:
    """`backup` (a readable form of the snapshot `shown`) is a sound workshop file."""
    try:
        header = database.read_header(backup)
        database.check_header(backup, header)
    except WorkshopFileError as exc:
        raise type(exc)(shown, exc.reason) from None
    try:
        connection = sqlite3.connect(backup.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            result = connection.execute("PRAGMA quick_check").fetchone()
        finally:
            connection.close()
    except (sqlite3.Error, UnicodeError) as exc:
        raise database.DamagedFileError(shown, f"the backup is damaged ({exc})") from None
    if not result or result[0] != "ok":
        raise database.DamagedFileError(shown, "the backup is damaged; choose another one")


def restore(backup: BackupInfo | Path, target: Path | str, keep: int = DEFAULT_KEEP) -> Path:
    """Put a backup's content into `target`; never loses what `target` holds now.

    `target` is either a new file chosen by the user, or the current workshop, which must be
    closed first: it is snapshotted ("before-restore"), then replaced. Raises
    WorkshopFileError (FileInUseError while another window or process has it open).
    """
    source = backup.path if isinstance(backup, BackupInfo) else Path(backup)
    target = Path(target)
    try:
        with readable(source) as content:
            return _restore(source, content, target, keep)
    except OSError as exc:
        raise WorkshopFileError(
            source, f"the backup cannot be read ({exc.strerror or exc}); nothing was changed"
        ) from None


def _restore(source: Path, content: Path, target: Path, keep: int) -> Path:
    _validate_backup(content, source)
    if os.path.abspath(source) == os.path.abspath(target):
        raise WorkshopFileError(target, "a backup cannot be restored onto itself")
    if target.is_dir():
        raise WorkshopFileError(target, "this is a folder, not a workshop file")
    existed = target.exists()

    def before_replacing() -> None:
        if existed:
            # What the crashed session left in a -wal or -journal goes into this snapshot;
            # replace_file then removes those side files so SQLite cannot replay them into
            # the restored file.
            snapshot_file(target, "before-restore", keep=max(keep, len(list_backups(target)) + 1))
            snapshotted.append(True)

    snapshotted: list[bool] = []
    try:
        # replace_file fsyncs the copy and removes it on failure.
        safe_write.replace_file(
            target, lambda temp: shutil.copyfile(content, temp), prepare=before_replacing
        )
    except FileInUseError as exc:
        raise FileInUseError(
            target,
            f"close this workshop (in every window) before restoring; {exc.reason}",
        ) from None
    except WorkshopFileError as exc:
        if not snapshotted:
            raise
        raise WorkshopFileError(
            target,
            f"{exc.reason}; the current state is in the backups as 'before-restore'",
        ) from None
    return target


class BackupKeeper:
    """Automatic snapshots of one open workshop.

    Every committed edit marks the workshop changed (the keeper listens to the workshop);
    `notify_changed()` does the same for anything else. `tick()` (from a GUI timer, e.g.
    every 10 s) takes a snapshot when something changed and `interval` seconds passed since
    the last one. A failed automatic snapshot never interrupts the session: `tick` returns
    None and keeps the error in `last_error` for a status-bar message.
    """

    def __init__(
        self,
        workshop_file: OpenWorkshop,
        clock: Callable[[], float] = time.monotonic,
        interval: float = DEFAULT_INTERVAL,
        keep: int = DEFAULT_KEEP,
    ) -> None:
        self.workshop_file = workshop_file
        self.clock = clock
        self.interval = interval
        self.keep = keep
        self.changed = False
        self.last_error: str | None = None
        self._last = clock()
        workshop_file.listeners.append(self._on_change)

    def _on_change(self, _change: object) -> None:
        self.changed = True

    def notify_changed(self) -> None:
        self.changed = True

    def tick(self) -> BackupInfo | None:
        if not self.changed or self.clock() - self._last < self.interval:
            return None
        try:
            return self.snapshot_now("auto")
        except (WorkshopFileError, OSError) as exc:
            self._last = self.clock()  # retry at the next interval, not on every tick
            self.last_error = str(exc)
            return None

    def snapshot_now(self, reason: str = "manual") -> BackupInfo:
        info = snapshot(self.workshop_file, reason, self.keep)
        self.changed = False
        self.last_error = None
        self._last = self.clock()
        return info

    def close(self) -> None:
        """Stop listening (call when the workshop closes)."""
        with contextlib.suppress(ValueError):
            self.workshop_file.listeners.remove(self._on_change)


# Handed to the store by whoever opens a workshop: copies made while opening a file (before
# a hot journal is rolled back, before an upgrade) are filed among its backups.
HOOKS = BackupHooks(copy_as_is=copy_as_is, adopt=adopt)
