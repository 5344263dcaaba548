"""One way to put a file at a path the user named (`app/store/safe_write.replace_file`):
JSON import, the GUI's File > New and `pointb new` go through it too, so a `-wal` or a
`-journal` that a crash left at the target path is never replayed into the new file
(docs/reliability.md, "Files on disk")."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from app import interchange
from app.demo import write_demo
from app.services import WorkshopFile
from app.store import safe_write
from app.store.database import WorkshopFileError
from tests.reliability.conftest import REPO, run_cli, siblings

# Makes notes and dies without closing (os._exit): a -wal (and -shm) stays beside it.
CRASHED_WAL = """
import os, sys
from app.domain import edits
from app.services import WorkshopFile
workshop = WorkshopFile.open(sys.argv[1])
board = workshop.data.boards[0].id
for i in range(20):
    data = workshop.data
    workshop.apply("add", edits.add_note(data, board, "crashed session " + str(i), x=5.0, y=5.0))
os._exit(0)
"""

# A change cut short in rollback-journal mode: a hot -journal stays beside the file.
CRASHED_JOURNAL = """
import os, sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("PRAGMA cache_size=2")  # spill the change into the file early
connection.execute("BEGIN IMMEDIATE")
for _ in range(40):
    connection.execute("UPDATE note SET text = text || ' and more words than before'")
os._exit(0)
"""


def _leave_stale(target: Path, side: str) -> None:
    """A crash at `target` left `side` behind; then the file itself was deleted."""
    write_demo(target, "en")
    script = CRASHED_WAL if side == "-wal" else CRASHED_JOURNAL
    subprocess.run(
        [sys.executable, "-c", script, str(target)],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        check=True,
        timeout=120,
    )
    assert target.with_name(target.name + side).stat().st_size > 0
    target.unlink()


def _integrity(path: Path) -> str:
    connection = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return str(connection.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        connection.close()


def _notes(path: Path) -> tuple[str, list[str]]:
    workshop = WorkshopFile.open(path, read_only=True)
    try:
        return workshop.data.workshop.title, sorted(n.text for n in workshop.data.notes)
    finally:
        workshop.close()


@pytest.fixture(scope="module")
def small_dump(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A dump of a small workshop (three notes), unlike the demo the crash wrote."""
    folder = tmp_path_factory.mktemp("dump")
    made = folder / "small.pointb"
    workshop = interchange.create_workshop(made, "Small", "en")
    try:
        from app.domain import edits

        board = workshop.data.boards[0].id
        for text in ("first", "second", "third"):
            workshop.apply("add", edits.add_note(workshop.data, board, text, x=1.0, y=1.0))
    finally:
        workshop.close()
    source = folder / "small.json"
    interchange.export(made, source)
    return source


@pytest.mark.parametrize("side", ["-wal", "-journal"])
def test_a_json_import_over_a_stale_side_file_holds_exactly_the_dump(
    tmp_path: Path, small_dump: Path, side: str
) -> None:
    target = tmp_path / "work" / "room.pointb"
    target.parent.mkdir()
    _leave_stale(target, side)
    interchange.create_from_dump(target, small_dump)
    assert _integrity(target) == "ok"
    again = tmp_path / "again.json"
    interchange.export(target, again)
    assert again.read_bytes() == small_dump.read_bytes()
    assert interchange.check(target) == []
    assert siblings(target) == ["room.pointb"]


@pytest.mark.parametrize("side", ["-wal", "-journal"])
def test_pointb_new_over_a_stale_side_file_makes_a_sound_file(tmp_path: Path, side: str) -> None:
    target = tmp_path / "work" / "room.pointb"
    target.parent.mkdir()
    _leave_stale(target, side)
    result = run_cli("new", str(target), "--title", "Fresh")
    assert result.returncode == 0, result.stderr
    assert _integrity(target) == "ok"
    assert _notes(target) == ("Fresh", [])
    assert siblings(target) == ["room.pointb"]


@pytest.mark.parametrize("side", ["-wal", "-journal"])
def test_the_gui_new_over_a_stale_side_file_makes_a_sound_file(
    qtbot: Any, qsettings: Path, tmp_path: Path, side: str
) -> None:
    from PySide6.QtCore import QSettings

    from app.ui.main_window import MainWindow

    target = tmp_path / "work" / "room.pointb"
    target.parent.mkdir()
    _leave_stale(target, side)
    window = MainWindow(settings=QSettings())
    qtbot.addWidget(window)
    try:
        assert window.new_workshop(target, "Fresh")
        assert window.controller.data.workshop.title == "Fresh"
        assert window.controller.data.notes == []
    finally:
        window.controller.close()
    assert _integrity(target) == "ok"
    assert _notes(target) == ("Fresh", [])
    assert siblings(target) == ["room.pointb"]


def test_a_target_that_appears_meanwhile_is_never_overwritten(tmp_path: Path) -> None:
    """`replace=False`: a file made at the target while the new one is built stays."""
    target = tmp_path / "room.pointb"

    def build(temp: Path) -> None:
        interchange.create_workshop(temp, "Mine", "en").close()
        target.write_bytes(b"someone else's file")

    with pytest.raises(WorkshopFileError, match="already exists"):
        safe_write.replace_file(target, build, replace=False)
    assert target.read_bytes() == b"someone else's file"
    assert siblings(target) == ["room.pointb"]


def test_what_a_killed_write_left_beside_the_target_is_removed(tmp_path: Path) -> None:
    """A temporary file of a killed write (its process is gone) goes with the next write
    to that name; one of a live process stays."""
    target = tmp_path / "room.pointb"
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    dead_pid = int(dead.stdout)
    left = [
        tmp_path / f".room.pointb.{dead_pid}-0badf00d.part",
        tmp_path / f".room.pointb.{dead_pid}-0badf00d.part-wal",
    ]
    for path in left:
        path.write_bytes(b"half")
    live = tmp_path / f".room.pointb.{os.getppid()}-1234abcd.part"
    live.write_bytes(b"being written")
    interchange.create_workshop(target, "Fresh", "en").close()
    assert siblings(target) == [live.name, "room.pointb"]
