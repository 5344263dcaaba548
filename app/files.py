"""Writing a file so that a crash, a kill or a full disk never leaves half of it.

`atomic_path(target)` is the one way Point B puts a whole file in place: exports (PDF,
PNG, JSON), templates, backup copies and its own records. The content is written to a
temporary file beside the target (same folder: the final rename is atomic), fsynced,
renamed over the target, and the folder is fsynced. On any failure the temporary file is
removed and the target is as it was. Workshop files opened by name add their lock and
side-file rules on top (`app.store.safe_write.replace_file`).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def atomic_path(target: Path | str) -> Iterator[Path]:
    """Yield a temporary path beside `target` for the body to write; on success it
    becomes `target` (see the module docstring). The new file gets the usual permissions
    of the user's umask, not the private 0600 of a temporary file."""
    target = Path(target)
    handle, temp_name = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=".part", dir=target.parent
    )
    os.close(handle)
    temp = Path(temp_name)
    try:
        yield temp
        os.chmod(temp, 0o666 & ~_umask())
        fsync(temp)
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    fsync_folder(target.parent)


def write_text(target: Path | str, text: str) -> None:
    """`text` as UTF-8 (line ends kept as given) at `target`, atomically."""
    with atomic_path(target) as temp:
        temp.write_bytes(text.encode("utf-8"))


def copy_file(source: Path | str, target: Path | str) -> None:
    """A byte-for-byte copy of `source` at `target`, atomically."""
    with atomic_path(target) as temp:
        shutil.copyfile(source, temp)


def _umask() -> int:
    """The process umask, read without changing it where the system tells (Linux)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    return 0o022


def fsync(path: Path) -> None:
    handle = os.open(path, os.O_RDWR)  # Windows flushes only a handle open for writing
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def fsync_folder(folder: Path) -> None:
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
