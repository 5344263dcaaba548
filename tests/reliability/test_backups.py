"""Automatic backups: rotating snapshots in the user data folder, listing, restoring.

Restoring never loses the current state: it goes to a new file, or the current file is
snapshotted ("before-restore") before it is replaced.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app import backups
from app.domain import edits, model
from app.services import WorkshopFile
from app.store.database import DamagedFileError, FileInUseError, WorkshopFileError
from tests.reliability.conftest import REPO, sha256

SAMPLES = REPO / "tests" / "store" / "samples"


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def add_notes(workshop: WorkshopFile, count: int) -> None:
    board = workshop.data.boards[0].id
    for i in range(count):
        workshop.apply("note", edits.add_note(workshop.data, board, f"note {i}"))


def rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def test_the_keeper_snapshots_only_when_something_changed_and_time_passed(
    workshop_path: Path, data_dir: Path
) -> None:
    clock = FakeClock()
    workshop = WorkshopFile.open(workshop_path)
    keeper = backups.BackupKeeper(workshop, clock=clock, interval=300, keep=20)
    try:
        clock.now += 100
        add_notes(workshop, 2)  # committed edits mark the workshop changed by themselves
        assert keeper.tick() is None, "changed, but the interval has not passed"
        clock.now += 200
        first = keeper.tick()
        assert first is not None and first.reason == "auto" and first.note_count == 2
        clock.now += 900
        assert keeper.tick() is None, "nothing changed since the snapshot"
        keeper.notify_changed()  # e.g. a change the GUI makes outside WorkshopFile.apply
        clock.now += 300
        second = keeper.tick()
        assert second is not None
        manual = keeper.snapshot_now("manual")
        assert [b.reason for b in backups.list_backups(workshop_path)] == [
            "manual",
            "auto",
            "auto",
        ]
    finally:
        keeper.close()
        workshop.close()
    folder = backups.backup_folder(workshop_path)
    assert folder.parent == data_dir / "backups"
    assert folder.name.startswith("test-")
    assert manual.path.parent == folder


def test_a_snapshot_is_a_closed_consistent_copy_of_the_open_session(workshop_path: Path) -> None:
    workshop = WorkshopFile.open(workshop_path)
    try:
        add_notes(workshop, 3)
        info = backups.snapshot(workshop, "manual")
        add_notes(workshop, 1)  # after the snapshot: not in it
    finally:
        workshop.close()
    assert info.note_count == 3
    assert rows(info.path, "PRAGMA integrity_check") == [("ok",)]
    assert rows(info.path, "PRAGMA journal_mode") == [("delete",)]
    assert rows(info.path, "SELECT count(*) FROM open_by") == [(0,)]
    assert sorted(p.name for p in info.path.parent.iterdir()) == [info.path.name]
    copy = WorkshopFile.open(info.path, read_only=True)
    try:
        assert [n.text for n in copy.data.notes] == ["note 0", "note 1", "note 2"]
    finally:
        copy.close()


def test_snapshots_rotate_keeping_the_newest(workshop_path: Path) -> None:
    workshop = WorkshopFile.open(workshop_path)
    try:
        made = []
        for i in range(6):
            add_notes(workshop, 1)
            made.append(backups.snapshot(workshop, f"step {i}", keep=3))
    finally:
        workshop.close()
    listed = backups.list_backups(workshop_path)
    assert [b.path for b in listed] == [m.path for m in reversed(made[-3:])]
    assert [b.note_count for b in listed] == [6, 5, 4]
    assert [b.reason for b in listed] == ["step-5", "step-4", "step-3"]
    assert listed[0].created > listed[1].created > listed[2].created


def test_a_failing_automatic_snapshot_never_interrupts_the_session(
    workshop_path: Path, data_dir: Path
) -> None:
    data_dir.parent.mkdir(parents=True, exist_ok=True)
    data_dir.write_text("a file where the data folder should be")
    clock = FakeClock()
    workshop = WorkshopFile.open(workshop_path)
    keeper = backups.BackupKeeper(workshop, clock=clock, interval=10)
    try:
        add_notes(workshop, 1)
        clock.now += 11
        assert keeper.tick() is None
        assert keeper.last_error
        add_notes(workshop, 1)  # editing goes on
        with pytest.raises((WorkshopFileError, OSError)):
            keeper.snapshot_now()  # an explicit request does report the failure
    finally:
        keeper.close()
        workshop.close()


def test_two_workshops_with_the_same_name_keep_separate_backups(
    workshop_path: Path, tmp_path: Path
) -> None:
    other = tmp_path / "elsewhere" / workshop_path.name
    other.parent.mkdir()
    shutil.copyfile(workshop_path, other)
    assert backups.backup_folder(workshop_path) != backups.backup_folder(other)
    for path in (workshop_path, other):
        workshop = WorkshopFile.open(path)
        backups.snapshot(workshop, "manual")
        workshop.close()
    assert len(backups.list_backups(workshop_path)) == len(backups.list_backups(other)) == 1


def test_an_upgrade_also_files_its_backup_among_the_snapshots(tmp_path: Path) -> None:
    path = tmp_path / "old.pointb"
    shutil.copyfile(SAMPLES / "v1.pointb", path)
    workshop = WorkshopFile.open(path)
    try:
        assert workshop.database.migration_backup is not None
        beside = workshop.database.migration_backup
    finally:
        workshop.close()
    (info,) = backups.list_backups(path)
    assert info.reason == "before-upgrade"
    assert sha256(info.path) == sha256(beside) == sha256(SAMPLES / "v1.pointb")


def test_restore_into_a_new_file_leaves_the_current_one_alone(
    workshop_path: Path, tmp_path: Path
) -> None:
    workshop = WorkshopFile.open(workshop_path)
    try:
        add_notes(workshop, 2)
        info = backups.snapshot(workshop, "manual")
        add_notes(workshop, 5)
    finally:
        workshop.close()
    current = sha256(workshop_path)
    target = tmp_path / "restored.pointb"
    assert backups.restore(info, target) == target
    assert sha256(workshop_path) == current
    restored = WorkshopFile.open(target)
    try:
        assert len(restored.data.notes) == 2 and not restored.read_only
    finally:
        restored.close()


def test_restore_over_the_current_file_snapshots_it_first(workshop_path: Path) -> None:
    workshop = WorkshopFile.open(workshop_path)
    try:
        add_notes(workshop, 2)
        info = backups.snapshot(workshop, "manual", keep=1)
        add_notes(workshop, 5)
        with pytest.raises(FileInUseError):
            backups.restore(info, workshop_path)  # still open here: refused, nothing lost
    finally:
        workshop.close()
    backups.restore(info, workshop_path, keep=1)  # keep=1 must not prune what it restores
    listed = {b.reason: b for b in backups.list_backups(workshop_path)}
    assert listed["before-restore"].note_count == 7  # the state that was replaced
    assert listed["manual"].path == info.path
    reopened = WorkshopFile.open(workshop_path)
    try:
        assert len(reopened.data.notes) == 2
    finally:
        reopened.close()


LEAVE_A_WAL = textwrap.dedent(
    """
    import os, sys
    from app.domain import edits
    from app.services import WorkshopFile
    workshop = WorkshopFile.open(sys.argv[1])
    board = workshop.data.boards[0].id
    workshop.apply("note", edits.add_note(workshop.data, board, "only in the -wal"))
    os._exit(0)  # a crash: no close, no checkpoint
    """
)


def test_restore_over_a_crashed_file_keeps_its_last_edits_and_drops_the_stale_wal(
    workshop_path: Path,
) -> None:
    workshop = WorkshopFile.open(workshop_path)
    try:
        info = backups.snapshot(workshop, "manual")
    finally:
        workshop.close()
    subprocess.run(
        [sys.executable, "-c", LEAVE_A_WAL, str(workshop_path)],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        check=True,
        timeout=60,
    )
    assert workshop_path.with_name(workshop_path.name + "-wal").exists()
    backups.restore(info, workshop_path)
    before = next(b for b in backups.list_backups(workshop_path) if b.reason == "before-restore")
    assert before.note_count == 1, "the crashed session's last edit is in the snapshot"
    assert not workshop_path.with_name(workshop_path.name + "-wal").exists()
    assert rows(workshop_path, "PRAGMA integrity_check") == [("ok",)]
    assert rows(workshop_path, "SELECT count(*) FROM note") == [(0,)]


def test_a_damaged_backup_is_not_restored(workshop_path: Path, tmp_path: Path) -> None:
    workshop = WorkshopFile.open(workshop_path)
    try:
        info = backups.snapshot(workshop, "manual")
    finally:
        workshop.close()
    info.path.write_bytes(info.path.read_bytes()[:8192])
    current = sha256(workshop_path)
    with pytest.raises(DamagedFileError):
        backups.restore(info, workshop_path)
    with pytest.raises(DamagedFileError):
        backups.restore(info, tmp_path / "new.pointb")
    assert sha256(workshop_path) == current and not (tmp_path / "new.pointb").exists()
    assert backups.list_backups(workshop_path)[0].note_count is None  # shown as unreadable


# A change cut short in rollback-journal mode: a hot -journal stays beside the file.
CUT_SHORT = """
import os, sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("PRAGMA cache_size=2")  # spill the change into the file early
connection.execute("BEGIN IMMEDIATE")
for _ in range(40):
    connection.execute("UPDATE note SET text = text || ' and more words than before'")
os._exit(0)
"""


def test_the_before_rollback_copy_is_listed_readable_restores_and_is_pruned_whole(
    tmp_path: Path,
) -> None:
    """The copy kept before a hot journal is rolled back (the file as it was, with its
    -journal beside it) reads as the workshop it holds: listed with its note count,
    restorable, and pruned together with its side file."""
    work = tmp_path / "work"
    work.mkdir()
    path = work / "room.pointb"
    workshop = WorkshopFile.create(path, model.Workshop(title="Room"))
    workshop.apply("board", edits.add_board(workshop.data, model.BoardKind.CAPTURE, "Ideas"))
    add_notes(workshop, 30)
    texts = sorted(n.text for n in workshop.data.notes)
    workshop.close()
    subprocess.run([sys.executable, "-c", CUT_SHORT, str(path)], check=True, timeout=60)
    assert path.with_name(path.name + "-journal").exists()
    WorkshopFile.open(path).close()  # rolls the change back after the copy
    [kept] = [i for i in backups.list_backups(path) if i.reason == "before-rollback"]
    assert kept.path.with_name(kept.path.name + "-journal").exists()
    assert kept.note_count == 30
    folder_before = sorted(p.name for p in kept.path.parent.iterdir())
    restored = backups.restore(kept, work / "restored.pointb")
    again = WorkshopFile.open(restored, read_only=True)
    try:
        assert sorted(n.text for n in again.data.notes) == texts
    finally:
        again.close()
    assert sorted(p.name for p in kept.path.parent.iterdir()) == folder_before  # untouched
    assert sorted(p.name for p in work.iterdir()) == ["restored.pointb", "room.pointb"]
    second = WorkshopFile.open(path)
    try:
        backups.snapshot(second, "manual")
    finally:
        second.close()
    removed = backups.prune(path, keep=1)
    assert kept.path in removed
    assert [p.name for p in kept.path.parent.iterdir() if "before-rollback" in p.name] == []
