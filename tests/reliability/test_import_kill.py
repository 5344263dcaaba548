"""Imports are all-or-nothing: `pointb import FILE big.csv` killed midway changes nothing.

The import of 50,000 rows is one transaction. The test watches the file's -wal grow (SQLite
spills pages of the open transaction there before the commit) and sends SIGKILL then, so
the kill lands inside the write; a second kill comes right after the pre-import backup
appears. Afterwards the workshop must be exactly what it was (hash of the canonical JSON
dump), pass the integrity check, and open normally.
"""

from __future__ import annotations

import csv
import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from app import backups, interchange
from app.export import json_dump
from app.services import WorkshopFile
from tests.reliability.conftest import REPO

ROWS = 50_000


def dump_hash(path: Path) -> str:
    workshop = WorkshopFile.open(path, read_only=True)
    try:
        return hashlib.sha256(json_dump.dumps(workshop.data).encode()).hexdigest()
    finally:
        workshop.close()


def note_count(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute("SELECT count(*) FROM note").fetchone()[0])
    finally:
        connection.close()


@pytest.fixture(scope="module")
def big_csv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("csv") / "big.csv"
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(["text", "team", "author", "tag"])
        for i in range(ROWS):
            team = ("Ravens", "Foxes", "Owls")[i % 3]
            writer.writerow([f"Idea {i}: pay without cash, Идея {i}", team, f"P{i % 9}", ""])
    return path


def _wal_grew(path: Path, threshold: int) -> Callable[[], bool]:
    wal = path.with_name(path.name + "-wal")
    return lambda: wal.exists() and wal.stat().st_size > threshold


def _backup_made(path: Path) -> Callable[[], bool]:
    earlier = len(backups.list_backups(path))
    return lambda: len(backups.list_backups(path)) > earlier


def _import_and_kill(path: Path, source: Path, when: Callable[[], bool]) -> float:
    """Run the import; SIGKILL as soon as `when()` holds. Returns the seconds it ran."""
    started = time.monotonic()
    process = subprocess.Popen(
        [sys.executable, "-m", "app", "import", str(path), str(source)],
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    try:
        while process.poll() is None and time.monotonic() - started < 60:
            if when():
                process.send_signal(signal.SIGKILL)
                break
            time.sleep(0.002)
        code = process.wait(timeout=60)
        assert process.stderr is not None
        error = process.stderr.read().decode(errors="replace")
        process.stderr.close()
        assert code == -signal.SIGKILL, f"the import ended ({code}) before the kill: {error}"
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    return time.monotonic() - started


@pytest.mark.slow
def test_killing_an_import_midway_leaves_the_file_as_it_was(
    workshop_path: Path, big_csv: Path
) -> None:
    before_hash, before_notes = dump_hash(workshop_path), note_count(workshop_path)
    triggers: dict[str, Callable[[], Callable[[], bool]]] = {
        "inside the write (the -wal grew past 64 KiB)": lambda: _wal_grew(workshop_path, 1 << 16),
        "inside the write (the -wal grew past 1 MiB)": lambda: _wal_grew(workshop_path, 1 << 20),
        "just after the pre-import backup": lambda: _backup_made(workshop_path),
    }
    for moment, make_trigger in triggers.items():
        # Open and close as the app does after a crash: the -wal starts empty each round.
        WorkshopFile.open(workshop_path).close()
        seconds = _import_and_kill(workshop_path, big_csv, make_trigger())
        assert interchange.check(workshop_path) == [], moment
        assert note_count(workshop_path) == before_notes, f"rows appeared after a kill {moment}"
        assert dump_hash(workshop_path) == before_hash, f"the file changed after a kill {moment}"
        print(f"\nkilled {moment} after {seconds:.2f} s: file unchanged")
    # The backup taken before the import holds the workshop as it was.
    listed = backups.list_backups(workshop_path)
    assert len(listed) >= 2 and {b.reason for b in listed} == {"before-import"}
    assert all(b.note_count == before_notes for b in listed)
    # And the file still takes a normal edit session afterwards.
    workshop = WorkshopFile.open(workshop_path)
    workshop.close()
