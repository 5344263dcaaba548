"""Writing a workshop file to a path the user named, without losing anything on the way.

`replace_file(target, build)` is the one way Save As, Duplicate, restore, `pointb demo
--force` and `pointb new` put a file at a user-named path:

1. a target that is open in another Point B window or process is refused, naming who
   holds it (its lock is taken and held until the end);
2. `build(temp)` writes the new content into a temporary file beside the target (same
   folder, so the final rename is atomic), which is then fsynced;
3. `-wal`, `-shm` and `-journal` files at the target belong to the old file (or to a crash
   long ago): they are removed, so SQLite can never replay them into the new file;
4. the temporary file is renamed over the target and the folder is fsynced.

On any failure the temporary file is removed and the target is as it was: a full disk
never leaves a damaged stub that blocks the retry.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import sqlite3
from collections.abc import Callable
from pathlib import Path

from app.store.database import (
    SIDE_FILES,
    FileInUseError,
    FileLock,
    NotAWorkshopFile,
    WorkshopFileError,
    WriteFailedError,
    owner_text,
    require_regular_file,
)

Build = Callable[[Path], object]  # what it returns is ignored


def replace_file(
    target: Path,
    build: Build,
    *,
    replace: bool = True,
    prepare: Callable[[], None] | None = None,
) -> None:
    """Put the file that `build(temp)` writes at `target` (see the module docstring).

    `replace=False` refuses an existing target. `prepare()` runs once the target's lock is
    held, before anything is written (e.g. a snapshot of the file about to be replaced).
    Raises WorkshopFileError (FileInUseError when the target is open elsewhere); every
    message names `target`, never the temporary file.
    """
    target = Path(target)
    folder = target.parent
    if not folder.is_dir():
        raise WorkshopFileError(target, "the folder does not exist; nothing was written")
    exists = os.path.lexists(target)
    if exists:
        if not replace:
            raise WorkshopFileError(target, "a file with this name already exists")
        try:
            require_regular_file(target)
        except NotAWorkshopFile as exc:
            raise NotAWorkshopFile(target, f"{exc.reason}; it was not replaced") from None
        except WorkshopFileError:
            pass  # a dangling link or an unreadable file: the rename replaces it
    lock = FileLock(target)
    if exists and not lock.acquire():
        raise FileInUseError(
            target,
            f"this workshop is open elsewhere ({owner_text(target)}); close it there "
            "first. Nothing was written",
        )
    temp = folder / f".{target.name}.{secrets.token_hex(4)}.part"
    try:
        if prepare is not None:
            prepare()
        try:
            build(temp)
            _fsync(temp)
            clear_side_files(target)
            os.replace(temp, target)
            _fsync_folder(folder)
        except WorkshopFileError as exc:
            if exc.path == temp:  # said of the temporary file: say it of the target
                raise type(exc)(target, exc.reason) from None
            raise
        except (OSError, sqlite3.Error) as exc:
            raise WriteFailedError(target, f"{_reason(exc)}; nothing was changed") from None
    except BaseException:
        for leftover in (temp, *(_side(temp, s) for s in SIDE_FILES)):
            with contextlib.suppress(OSError):
                leftover.unlink()
        raise
    finally:
        lock.release()


def clear_side_files(target: Path) -> list[Path]:
    """Remove SQLite's side files of `target` (they do not belong to a file about to be
    put there). Returns what was removed."""
    removed = []
    for suffix in SIDE_FILES:
        side = _side(target, suffix)
        with contextlib.suppress(FileNotFoundError):
            side.unlink()
            removed.append(side)
    return removed


def _side(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _reason(exc: OSError | sqlite3.Error) -> str:
    full = isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT)
    if full or "full" in str(exc).lower():
        return "the disk is full: the file could not be written"
    if isinstance(exc, OSError):
        return f"the file could not be written ({exc.strerror or type(exc).__name__})"
    return f"the file could not be written ({str(exc).splitlines()[0] if str(exc) else exc})"


def _fsync(path: Path) -> None:
    handle = os.open(path, os.O_RDWR)  # Windows flushes only a handle open for writing
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; Windows cannot open a folder)."""
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(handle)
    finally:
        os.close(handle)
