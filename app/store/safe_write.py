"""Writing a workshop file to a path the user named, without losing anything on the way.

`replace_file(target, build)` is the one way a file is put at a user-named path: Save As,
Duplicate, restore, `pointb demo [--force]`, `pointb new`, the GUI's File > New and JSON
import:

1. a target that is open in another Point B window or process is refused, naming who
   holds it (its lock is taken and held until the end); with `replace=False` an existing
   target is refused;
2. temporary files that killed writes to the same name left behind are removed;
3. `build(temp)` writes the new content into a temporary file beside the target (same
   folder, so the final rename is atomic), which is then fsynced;
4. `-wal`, `-shm` and `-journal` files at the target belong to the old file (or to a crash
   long ago, also when the target itself is gone): they are removed, so SQLite can never
   replay them into the new file;
5. the temporary file is renamed over the target (`replace=False`: given the target's name
   by a hard link, which never overwrites a file that appeared meanwhile) and the folder
   is fsynced.

On any failure the temporary file is removed and the target is as it was: a full disk
never leaves a damaged stub that blocks the retry, and a kill leaves only a hidden
temporary file that the next write to that name removes.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path

from app import files
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
TEMP_SUFFIX = ".part"  # `.<target name>.<pid>-<token>.part`, hidden beside the target


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
    remove_killed_writes(target)
    temp = folder / f".{target.name}.{os.getpid()}-{secrets.token_hex(4)}{TEMP_SUFFIX}"
    try:
        if prepare is not None:
            prepare()
        try:
            build(temp)
            files.fsync(temp)
            clear_side_files(target)
            if replace:
                os.replace(temp, target)
            else:
                _publish_new(temp, target)
            files.fsync_folder(folder)
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


def _publish_new(temp: Path, target: Path) -> None:
    """Give `temp` the name `target` without ever overwriting a file that appeared there
    meanwhile: a hard link fails when the name exists (folders without hard links, such as
    FAT USB sticks, get a rename after a last look)."""
    try:
        os.link(temp, target)
    except FileExistsError:
        raise WorkshopFileError(target, "a file with this name already exists") from None
    except OSError:
        if os.path.lexists(target):
            raise WorkshopFileError(target, "a file with this name already exists") from None
        os.replace(temp, target)
    else:
        temp.unlink()


def remove_killed_writes(target: Path) -> list[Path]:
    """Temporary files (and their side files) that writes to `target` left when their
    process was killed: named `.<name>.<pid>-<token>.part`, of a process that is gone
    and not locked by anyone. Returns what was removed."""
    removed: list[Path] = []
    prefix = f".{target.name}."
    try:
        names = os.listdir(target.parent)
    except OSError:
        return removed
    for name in names:
        if not name.startswith(prefix) or not name.endswith(TEMP_SUFFIX):
            continue
        pid = name[len(prefix) : -len(TEMP_SUFFIX)].split("-", 1)[0]
        if not pid.isdigit() or _process_alive(int(pid)):
            continue
        stale = target.parent / name
        lock = FileLock(stale)
        try:
            if not lock.acquire():
                continue  # someone is writing it right now
        except OSError:
            continue
        try:
            for leftover in (stale, *(_side(stale, s) for s in SIDE_FILES)):
                with contextlib.suppress(FileNotFoundError):
                    leftover.unlink()
                    removed.append(leftover)
        except OSError:
            pass
        finally:
            lock.release()
    return removed


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return False  # this process writes under a fresh token; the file is a leftover
    if sys.platform == "win32":  # pragma: no cover - no safe probe: keep the file
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it exists (owned by someone else)
    return True


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


