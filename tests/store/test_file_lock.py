"""The workshop lock is one the operating system drops with the process: a crashed or
killed Point B never leaves a workshop locked (on Windows as on Linux and macOS)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from app.store.preflight import FileLock

HOLDER = """
import sys, time
from pathlib import Path
from app.store.preflight import FileLock
lock = FileLock(Path(sys.argv[1]))
print("locked" if lock.acquire() else "refused", flush=True)
time.sleep(120)
"""


def test_a_killed_holder_leaves_the_file_free(tmp_path: Path) -> None:
    workshop = tmp_path / "ideas.pointb"
    workshop.write_bytes(b"")
    root = Path(__file__).resolve().parents[2]
    with subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(workshop)], stdout=subprocess.PIPE, text=True, cwd=root
    ) as holder:
        try:
            assert holder.stdout is not None
            assert holder.stdout.readline().strip() == "locked"
            assert not FileLock(workshop).acquire()  # held by the other process
        finally:
            holder.kill()  # SIGKILL / TerminateProcess: no clean-up code runs
            holder.wait(timeout=30)
    lock = FileLock(workshop)
    assert lock.acquire()
    lock.release()


def test_a_released_lock_can_be_taken_again_in_the_same_process(tmp_path: Path) -> None:
    workshop = tmp_path / "ideas.pointb"
    workshop.write_bytes(b"")
    first = FileLock(workshop)
    assert first.acquire()
    first.release()
    second = FileLock(workshop)
    assert second.acquire()
    second.release()
