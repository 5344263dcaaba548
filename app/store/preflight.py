"""What is known about a workshop file before SQLite opens it: its kind of file, its
header, its lock, and the errors that refuse it (one printable line naming the file).

`app.store.database` re-exports every name here; import them from there.
"""

from __future__ import annotations

import contextlib
import os
import stat
import struct
import sys
from dataclasses import dataclass
from pathlib import Path

from app.store import schema_guard

APPLICATION_ID = 0x50744231  # "PtB1"
SCHEMA_VERSION = 4
SQLITE_MAGIC = b"SQLite format 3\x00"
SUFFIX = ".pointb"
SIDE_FILES = ("-wal", "-shm", "-journal")  # SQLite's files beside a database
JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")  # the first bytes of a live rollback journal


class WorkshopFileError(Exception):
    """A workshop file cannot be used; the message says which file and why."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        # One printable line: a file name or a reason may hold control characters.
        super().__init__(schema_guard.printable(f"{self.path}: {reason}", limit=1000))


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


class FileBusyError(WorkshopFileError):
    """Another program holds an SQLite lock on the file right now (not Point B's lock)."""


class ReadOnlyMediaError(WorkshopFileError):
    """The file's last changes sit in side files that cannot be read where it lies."""


class UnexpectedSchemaError(WorkshopFileError):
    """The file holds triggers, views or tables Point B never makes: refused unrun."""

    def __init__(self, path: Path | str, problems: list[str]) -> None:
        self.problems = problems
        super().__init__(path, schema_guard.summary(problems))


def require_regular_file(path: Path) -> os.stat_result:
    """Stat before any open: a FIFO would block the open forever, a device or a socket is
    no workshop. Follows symbolic links (a link to a workshop is fine)."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise WorkshopFileError(path, "no such file") from None
    except PermissionError:
        raise WorkshopFileError(path, "permission denied: the file cannot be read") from None
    except OSError as exc:
        raise WorkshopFileError(path, f"the file cannot be read ({exc.strerror})") from None
    if stat.S_ISDIR(info.st_mode):
        raise NotAWorkshopFile(path, "this is a folder, not a workshop file")
    if not stat.S_ISREG(info.st_mode):
        if stat.S_ISFIFO(info.st_mode):
            kind = "a named pipe (FIFO)"
        elif stat.S_ISSOCK(info.st_mode):
            kind = "a socket"
        elif stat.S_ISCHR(info.st_mode) or stat.S_ISBLK(info.st_mode):
            kind = "a device"
        else:
            kind = "not a regular file"
        raise NotAWorkshopFile(path, f"this is {kind}, not a workshop file")
    return info


@dataclass(frozen=True)
class Header:
    size: int
    user_version: int
    application_id: int


def read_header(path: Path) -> Header:
    """Classify a file from its first 100 bytes without opening it with SQLite."""
    size = require_regular_file(path).st_size
    try:
        # O_NONBLOCK: should the path turn into a FIFO after the stat, the open still
        # returns at once (and reads nothing).
        handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        try:
            head = os.read(handle, 100)
        finally:
            os.close(handle)
    except FileNotFoundError:
        raise WorkshopFileError(path, "no such file") from None
    except IsADirectoryError:
        raise NotAWorkshopFile(path, "this is a folder, not a workshop file") from None
    except PermissionError:
        raise WorkshopFileError(path, "permission denied: the file cannot be read") from None
    except OSError as exc:
        raise WorkshopFileError(path, f"the file cannot be read ({exc.strerror})") from None
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
    """An exclusive lock held for as long as a workshop is open in this process.

    A lock the operating system keeps on an open handle, so it goes when the process goes
    (a crash or a kill never leaves a file locked for ever): `flock` on the workshop file
    itself on POSIX, `msvcrt.locking` on a `<name>.lock` file beside it on Windows (which
    locks byte ranges against writes, and SQLite must still write the workshop file)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._handle: int | None = None

    def acquire(self) -> bool:
        if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
            import msvcrt

            try:
                handle = os.open(self._windows_lock_file(), os.O_CREAT | os.O_RDWR)
            except OSError:
                return True  # read-only folder: nothing else can write either
            try:
                msvcrt.locking(handle, msvcrt.LK_NBLCK, 1)
            except OSError:
                os.close(handle)
                return False
            self._handle = handle
            return True
        import fcntl

        try:
            handle = os.open(self.path, os.O_RDONLY | os.O_NONBLOCK)  # never wait on a FIFO
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
        if sys.platform == "win32":  # pragma: no cover
            import msvcrt

            with contextlib.suppress(OSError):
                msvcrt.locking(self._handle, msvcrt.LK_UNLCK, 1)
        os.close(self._handle)
        self._handle = None
        if sys.platform == "win32":  # pragma: no cover
            # Tidy up; fails harmlessly while another process has the file open.
            with contextlib.suppress(OSError):
                self._windows_lock_file().unlink()

    def _windows_lock_file(self) -> Path:
        return self.path.with_name(self.path.name + ".lock")
