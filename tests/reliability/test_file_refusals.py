"""Files on disk that are not what they seem: hostile schemas, FIFOs and devices, hot
journals, another program's lock, read-only media. Each gets its own one-line answer
and nothing inside the file runs (docs/reliability.md, "Files on disk")."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import backups
from app.demo import write_demo
from app.services import WorkshopFile
from app.store import database
from app.store.database import (
    FileBusyError,
    NotAWorkshopFile,
    ReadOnlyMediaError,
    UnexpectedSchemaError,
)
from tests.reliability.conftest import REPO, mounted_tmpfs, run_cli, sha256, siblings


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    work = tmp_path / "work"
    work.mkdir()
    return work


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("master") / "demo.pointb"
    write_demo(path, "en")
    return path


@pytest.fixture
def demo(demo_master: Path, folder: Path) -> Path:
    path = folder / "received.pointb"
    shutil.copyfile(demo_master, path)
    return path


def raw(path: Path, *statements: str) -> None:
    """Change a file behind Point B's back, as a hostile sender would."""
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        for statement in statements:
            connection.execute(statement)
    finally:
        connection.close()


def count(path: Path, table: str) -> int:
    connection = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        connection.close()


def assert_one_line(message: str, path: Path) -> None:
    assert "\n" not in message.strip()
    assert str(path) in message
    for leak in ("SELECT", "INSERT", "DELETE FROM", "Traceback", "\x1b"):
        assert leak not in message


# --- 5. received files are data, not code ------------------------------------------------
WIPE_ON_OPEN = (
    "CREATE TRIGGER wipe AFTER INSERT ON open_by BEGIN DELETE FROM note; DELETE FROM vote; END"
)
UNDO_IMPORT = (
    "CREATE TRIGGER eat AFTER INSERT ON note BEGIN DELETE FROM note WHERE id = NEW.id; END"
)
ENDLESS_VIEW = (
    "CREATE VIEW endless AS WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) "
    "SELECT x FROM n"
)


def test_a_trigger_that_wipes_notes_on_open_never_runs(demo: Path) -> None:
    raw(demo, WIPE_ON_OPEN)
    notes, before = count(demo, "note"), sha256(demo)
    assert notes > 0
    for read_only in (False, True):
        with pytest.raises(UnexpectedSchemaError) as refused:
            WorkshopFile.open(demo, read_only=read_only)
        assert_one_line(str(refused.value), demo)
        assert "trigger 'wipe'" in str(refused.value)
    assert count(demo, "note") == notes
    assert sha256(demo) == before
    assert siblings(demo) == ["received.pointb"]
    result = run_cli("check", str(demo))
    assert result.returncode == 1
    assert "trigger 'wipe'" in result.stdout
    assert result.stdout.strip() != f"{demo}: ok"


def test_a_trigger_that_deletes_an_imported_idea_stops_the_import(demo: Path, folder: Path) -> None:
    raw(demo, UNDO_IMPORT)
    before = sha256(demo)
    ideas = folder / "ideas.csv"
    ideas.write_text("text\nA new idea\n", encoding="utf-8")
    result = run_cli("import", str(demo), str(ideas))
    assert result.returncode == 2, result.stdout
    assert "added" not in result.stdout
    assert_one_line(result.stderr, demo)
    assert "trigger 'eat'" in result.stderr
    assert sha256(demo) == before


def test_a_view_is_refused_fast_and_check_reports_it(demo: Path) -> None:
    raw(demo, ENDLESS_VIEW, "CREATE TABLE extra (x)", "ALTER TABLE note ADD COLUMN spy TEXT")
    for command in (("check", str(demo)), ("export", str(demo), "--to", str(demo) + ".json")):
        result = run_cli(*command, timeout=30)
        assert result.returncode in (1, 2)
        output = result.stdout + result.stderr
        assert "view 'endless'" in output
        assert "Traceback" not in output
    check = run_cli("check", str(demo)).stdout
    assert "unknown table 'extra'" in check and "unknown column 'note.spy'" in check
    assert not Path(str(demo) + ".json").exists()


@pytest.mark.parametrize(
    ("statements", "named"),
    [
        (
            (
                "DROP TABLE open_by",
                "CREATE TABLE open_by (id INTEGER NOT NULL, user VARCHAR NOT NULL, "
                "host VARCHAR NOT NULL, pid INTEGER NOT NULL, since VARCHAR NOT NULL, "
                "PRIMARY KEY (id), CHECK (id < 0))",
            ),
            "CHECK clause in table 'open_by'",
        ),
        (
            (
                "DROP INDEX ix_note_board_id",
                "CREATE INDEX ix_note_board_id ON note (board_id) WHERE length(text) > 0",
            ),
            "changed index 'ix_note_board_id'",
        ),
        (  # a column that stores bytes as they come where Point B stores text
            (
                "DROP TABLE open_by",
                "CREATE TABLE open_by (id INTEGER NOT NULL, user VARCHAR NOT NULL, "
                "host BLOB NOT NULL, pid INTEGER NOT NULL, since VARCHAR NOT NULL, "
                "PRIMARY KEY (id))",
            ),
            "changed column type 'open_by.host' (BLOB, not VARCHAR)",
        ),
        (  # INT PRIMARY KEY is not the rowid, as INTEGER PRIMARY KEY is
            (
                "DROP TABLE open_by",
                "CREATE TABLE open_by (id INT NOT NULL, user VARCHAR NOT NULL, "
                "host VARCHAR NOT NULL, pid INTEGER NOT NULL, since VARCHAR NOT NULL, "
                "PRIMARY KEY (id))",
            ),
            "changed column type 'open_by.id' (INT, not INTEGER)",
        ),
    ],
)
def test_code_inside_a_known_table_is_refused_with_the_bytes_unchanged(
    demo: Path, statements: tuple[str, ...], named: str
) -> None:
    """A constraint that refuses Point B's own writes would otherwise fail the open after
    the switch to WAL had already changed the file."""
    raw(demo, *statements)
    before = sha256(demo)
    with pytest.raises(UnexpectedSchemaError) as refused:
        WorkshopFile.open(demo)
    assert named in str(refused.value)
    assert_one_line(str(refused.value), demo)
    assert sha256(demo) == before
    assert siblings(demo) == ["received.pointb"]


def test_point_b_files_pass_the_schema_guard(demo: Path, folder: Path) -> None:
    workshop = WorkshopFile.open(demo)
    workshop.close()
    assert run_cli("check", str(demo)).stdout.strip() == f"{demo}: ok"
    # Every older format as Point B wrote it passes too (column types included), before
    # and after its upgrade.
    for sample in sorted((REPO / "tests" / "store" / "samples").glob("v*.pointb")):
        copy = folder / sample.name
        shutil.copyfile(sample, copy)
        assert database.schema_problems(copy) == [], sample.name
        WorkshopFile.open(copy).close()
        assert database.schema_problems(copy) == [], sample.name


def test_column_types_compare_by_how_sqlite_stores_them() -> None:
    from app.store.schema_guard import affinity, same_type

    assert [affinity(t) for t in ("VARCHAR", "TEXT", "BIGINT", "FLOAT", "BOOLEAN", "", "BLOB")] == [
        "TEXT", "TEXT", "INTEGER", "REAL", "NUMERIC", "BLOB", "BLOB"
    ]
    assert same_type(("TEXT", False), ("VARCHAR", False))
    assert not same_type(("BLOB", False), ("VARCHAR", False))
    assert not same_type(("INT", False), ("INTEGER", True))


# --- 6. only regular files are opened ----------------------------------------------------
OPEN_IN_CHILD = """
import sys
from app.services import WorkshopFile
from app.store.database import WorkshopFileError
try:
    WorkshopFile.open(sys.argv[1])
except WorkshopFileError as exc:
    print(exc)
"""


@contextlib.contextmanager
def special_file(kind: str, path: Path) -> Iterator[None]:
    if kind == "fifo":
        os.mkfifo(path)
        yield
    elif kind == "device":
        path.symlink_to(os.devnull)
        yield
    else:
        server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            server.bind(str(path))
            yield
        finally:
            server.close()


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["fifo", "device", "socket"])
def test_fifos_devices_and_sockets_are_refused_at_once(kind: str, folder: Path) -> None:
    path = folder / "x.pointb"
    ideas = folder / "ideas.csv"
    ideas.write_text("text\nAn idea\n", encoding="utf-8")
    with special_file(kind, path):
        runs = [
            ("check", str(path)),
            ("export", str(path), "--to", str(folder / "out.json")),
            ("import", str(path), str(ideas)),
        ]
        for command in runs:
            result = run_cli(*command, timeout=20)  # a hang fails here
            assert result.returncode == 2
            assert_one_line(result.stderr, path)
            assert "not a workshop file" in result.stderr
        opened = subprocess.run(
            [sys.executable, "-c", OPEN_IN_CHILD, str(path)],
            cwd=REPO,
            env={**os.environ, "PYTHONPATH": str(REPO)},
            capture_output=True,
            text=True,
            timeout=20,
        )
        assert "not a workshop file" in opened.stdout
        assert not (folder / "out.json").exists()


def test_control_characters_in_a_file_name_are_shown_escaped(folder: Path) -> None:
    path = folder / "evil\x1b[31m.pointb"
    os.mkfifo(path)
    with pytest.raises(NotAWorkshopFile) as refused:
        WorkshopFile.open(path)
    assert "\x1b" not in str(refused.value) and "\\x1b" in str(refused.value)


# --- 7. recoverable is not damaged -------------------------------------------------------
# A change cut short in rollback-journal mode: the file holds part of it, the -journal the
# pages to put back (as a kill during an upgrade or another program's write leaves it).
CUT_SHORT = """
import os, sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("PRAGMA cache_size=2")  # spill the change into the file early
connection.execute("BEGIN IMMEDIATE")
for _ in range(40):
    connection.execute("UPDATE note SET text = text || ' and more words than before'")
os._exit(0)
"""


def test_a_hot_journal_is_rolled_back_after_a_backup_and_the_file_opens(
    demo: Path, data_dir: Path
) -> None:
    before = WorkshopFile.open(demo, read_only=True)
    texts = sorted(n.text for n in before.data.notes)
    before.close()
    subprocess.run([sys.executable, "-c", CUT_SHORT, str(demo)], check=True, timeout=60)
    journal = demo.with_name(demo.name + "-journal")
    assert journal.read_bytes()[:8] == bytes.fromhex("d9d505f920a163d7")
    damaged_bytes, journal_bytes = demo.read_bytes(), journal.read_bytes()
    workshop = WorkshopFile.open(demo)
    try:
        assert sorted(n.text for n in workshop.data.notes) == texts
    finally:
        workshop.close()
    assert not journal.exists()
    kept = [p for p in backups.backup_folder(demo).iterdir() if "before-rollback" in p.name]
    assert sorted(p.read_bytes() for p in kept) == sorted([damaged_bytes, journal_bytes])


def test_another_programs_lock_is_busy_not_damaged(demo: Path) -> None:
    other = sqlite3.connect(demo, isolation_level=None)
    try:
        other.execute("BEGIN EXCLUSIVE")
        for read_only in (False, True):
            with pytest.raises(FileBusyError) as refused:
                WorkshopFile.open(demo, read_only=read_only)
            assert_one_line(str(refused.value), demo)
            assert "another program" in str(refused.value)
            assert "damaged" not in str(refused.value).replace("not damaged", "")
        other.execute("ROLLBACK")
        # Only reading, in the middle of a read transaction: opening for writing needs the
        # switch to WAL, which must wait for that reader.
        other.execute("BEGIN")
        other.execute("SELECT count(*) FROM note").fetchone()
        with pytest.raises(FileBusyError) as refused:
            WorkshopFile.open(demo)
        assert_one_line(str(refused.value), demo)
        other.execute("ROLLBACK")
    finally:
        other.close()
    WorkshopFile.open(demo).close()


@pytest.fixture
def read_only_mount(tmp_path: Path) -> Iterator[Path]:
    """A small tmpfs that the test switches to read-only (a write-protected stick)."""
    with mounted_tmpfs(tmp_path / "stick", "8m") as mount:
        yield mount


CRASH_WITH_WAL = """
import os, sys
from app.domain import edits
from app.services import WorkshopFile
workshop = WorkshopFile.open(sys.argv[1])
data = workshop.data
workshop.apply("add", edits.add_note(data, data.boards[0].id, "in the wal", x=1.0, y=1.0))
os._exit(0)
"""


def test_a_wal_without_shm_on_read_only_media_is_named_as_such(
    demo: Path, read_only_mount: Path
) -> None:
    subprocess.run(
        [sys.executable, "-c", CRASH_WITH_WAL, str(demo)],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        check=True,
        timeout=60,
    )
    for name in (demo.name, demo.name + "-wal"):  # a stick carries no -shm
        shutil.copyfile(demo.with_name(name), read_only_mount / name)
    subprocess.run(["mount", "-o", "remount,ro", str(read_only_mount)], check=True)
    on_stick = read_only_mount / demo.name
    with pytest.raises(ReadOnlyMediaError) as refused:
        WorkshopFile.open(on_stick)
    assert_one_line(str(refused.value), on_stick)
    assert "read-only" in str(refused.value) and "damaged" not in str(refused.value)
    result = run_cli("check", str(on_stick))
    assert result.returncode == 2 and "read-only" in result.stderr


def test_cli_errors_are_one_escaped_line(folder: Path) -> None:
    missing = folder / "ideas\x1b[2J\nmore.csv"
    result = run_cli("import", str(folder / "w.pointb"), str(missing))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "\x1b" not in result.stderr
    assert "\\x1b[2J" in result.stderr
