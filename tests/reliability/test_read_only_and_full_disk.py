"""Read-only files and full disks.

Read-only: the tests run as root, and chmod does not stop root from writing, so a
read-only file or folder is simulated by making `app.store.database._writable` answer
False (the function the open asks). A read-only bind mount would be the faithful setup but
needs privileges the test machine does not give; as a non-root user the chmod variant runs
too. A full disk is simulated in a child process with RLIMIT_FSIZE (writes past the limit
fail with EFBIG) and SIGXFSZ ignored (else the kernel kills the process instead).
"""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.domain import edits
from app.services import WorkshopFile
from app.store import database
from app.store.database import WorkshopFileError
from tests.reliability.conftest import REPO, sha256, siblings


def _integrity(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return str(connection.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        connection.close()


def _notes_in_file(path: Path) -> list[int]:
    workshop = WorkshopFile.open(path, read_only=True)
    try:
        return sorted(n.id for n in workshop.data.notes)
    finally:
        workshop.close()


@pytest.mark.parametrize("what", ["file", "folder"])
def test_an_unwritable_file_or_folder_opens_read_only(
    workshop_path: Path,
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
    what: str,
) -> None:
    unwritable = workshop_path if what == "file" else workshop_path.parent
    real = database._writable
    monkeypatch.setattr(
        database,
        "_writable",
        lambda path: False if unwritable in (path, path.parent) else real(path),
    )
    before, listing = sha256(workshop_path), siblings(workshop_path)
    workshop = WorkshopFile.open(workshop_path)
    try:
        assert workshop.read_only  # the GUI shows its read-only banner from this flag
        board = workshop.data.boards[0].id
        with pytest.raises(WorkshopFileError, match="read-only"):
            workshop.apply("note", edits.add_note(workshop.data, board, "not saved"))
        assert workshop.data.notes == []  # nothing half-applied in memory either
        # Save As elsewhere works from the same open workshop.
        elsewhere = tmp_path_factory.mktemp("elsewhere") / "copy.pointb"
        workshop.save_copy(elsewhere)
    finally:
        workshop.close()
    assert sha256(workshop_path) == before and siblings(workshop_path) == listing
    copy = WorkshopFile.open(elsewhere)
    try:
        assert not copy.read_only and copy.data.workshop.title == "Cash terminals"
    finally:
        copy.close()


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes through chmod; simulated above")
def test_a_chmod_read_only_file_opens_read_only(workshop_path: Path) -> None:
    workshop_path.chmod(stat.S_IRUSR | stat.S_IRGRP)
    try:
        workshop = WorkshopFile.open(workshop_path)
        assert workshop.read_only
        workshop.close()
    finally:
        workshop_path.chmod(stat.S_IRUSR | stat.S_IWUSR)


FULL_DISK = textwrap.dedent(
    """
    import json, resource, signal, sys
    from pathlib import Path
    from app.domain import edits
    from app.services import WorkshopFile
    from app.store.database import WriteFailedError

    path, limit, elsewhere = Path(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3])
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # fail the write, do not kill us
    workshop = WorkshopFile.open(path)
    board = workshop.data.boards[0].id
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))
    saved, failures, memory_kept = [], [], True
    for i in range(400):
        before = [n.id for n in workshop.data.notes]
        text = f"note {i} " + "long text that fills the disk " * 150
        try:
            workshop.apply("note", edits.add_note(workshop.data, board, text))
        except WriteFailedError as exc:
            failures.append(str(exc))
            memory_kept &= [n.id for n in workshop.data.notes] == before
            if len(failures) == 3:
                break
        else:
            saved.append(workshop.data.notes[-1].id)
    # "Save As elsewhere": another disk (the limit is per file; the copy is smaller).
    workshop.save_copy(elsewhere)
    in_memory = sorted(n.id for n in workshop.data.notes)
    # Space comes back: the same open workshop saves again.
    resource.setrlimit(resource.RLIMIT_FSIZE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
    workshop.apply("note", edits.add_note(workshop.data, board, "after the disk was freed"))
    after_id = workshop.data.notes[-1].id
    workshop.close()
    print(json.dumps({"saved": saved, "failures": failures, "memory_kept": memory_kept,
                      "in_memory": in_memory, "after_id": after_id}))
    """
)


def test_a_full_disk_fails_the_edit_cleanly_and_save_as_elsewhere_works(
    workshop_path: Path, tmp_path: Path
) -> None:
    elsewhere = tmp_path / "other-disk" / "rescued.pointb"
    elsewhere.parent.mkdir()
    limit = workshop_path.stat().st_size + 200_000
    result = subprocess.run(
        [sys.executable, "-c", FULL_DISK, str(workshop_path), str(limit), str(elsewhere)],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert len(report["saved"]) >= 3, "the limit should let a few edits through first"
    assert len(report["failures"]) == 3
    for message in report["failures"]:
        assert message.startswith(str(workshop_path)) and "could not be saved" in message
        assert "\n" not in message and "sqlalche" not in message
    assert report["memory_kept"], "a failed edit changed the in-memory workshop"
    assert report["in_memory"] == report["saved"]

    assert _integrity(workshop_path) == "ok"
    assert _notes_in_file(workshop_path) == [*report["saved"], report["after_id"]]
    assert _integrity(elsewhere) == "ok"
    assert _notes_in_file(elsewhere) == report["saved"]
