"""The workshop file on disk: round trip, identity pragmas, refused files, lock, read-only,
copies, migrations and failed writes. Outcomes are checked on the file itself (sqlite3,
bytes, hashes) or through a freshly reopened workshop, never only in memory."""

from __future__ import annotations

import dataclasses
import getpass
import hashlib
import json
import os
import select
import shutil
import socket
import sqlite3
import subprocess
import sys
import textwrap
import time
import types
import typing
from enum import Enum
from pathlib import Path
from typing import Any

import pytest

from app.demo import demo_data, write_demo
from app.domain import edits, model
from app.export import json_dump
from app.services import WorkshopFile, all_entities
from app.store import database, mapping
from app.store.database import (
    APPLICATION_ID,
    DamagedFileError,
    Database,
    FileInUseError,
    NewerSchemaError,
    NotAWorkshopFile,
    WorkshopFileError,
)

REPO = Path(__file__).resolve().parents[2]
SAMPLES = Path(__file__).resolve().parent / "samples"
V1_KINDS = ("teams", "participants", "boards", "clusters", "notes", "votes")


# --- helpers -----------------------------------------------------------------------------
def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def pragma(path: Path, name: str) -> Any:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(f"PRAGMA {name}").fetchone()[0]
    finally:
        connection.close()


def query(path: Path, sql: str) -> list[tuple[Any, ...]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def normalised(data: model.WorkshopData) -> dict[str, Any]:
    """Every stored list sorted by its key, so order of edits does not matter."""
    result: dict[str, Any] = {"workshop": data.workshop}
    for spec in mapping.SPECS:
        result[spec.kind] = sorted(getattr(data, spec.kind), key=lambda e: getattr(e, spec.key))
    return result


def reopen(path: Path) -> model.WorkshopData:
    workshop_file = WorkshopFile.open(path, read_only=True)
    try:
        return workshop_file.data
    finally:
        workshop_file.close()


def siblings(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir())


def assert_one_file_at_rest(path: Path) -> None:
    for suffix in ("-wal", "-shm", "-journal"):
        assert not path.with_name(path.name + suffix).exists(), f"{suffix} left next to the file"
    assert pragma(path, "journal_mode") == "delete"


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_demo(tmp_path_factory.mktemp("master") / "demo.pointb")


@pytest.fixture
def demo_copy(demo_master: Path, tmp_path: Path) -> Path:
    target = tmp_path / "workshop.pointb"
    shutil.copyfile(demo_master, target)
    return target


def full_data() -> model.WorkshopData:
    """Every foundation kind, with every field away from its default."""
    workshop = model.Workshop(
        title="Réunion «тест» 🚀", challenge="How might we\nwrap <b>&</b>?", date="2026-11-24",
        facilitator="Мария", language="ru", score_method="ice", vote_budget=4,
    )
    data = model.WorkshopData(workshop=workshop)
    data.teams = [model.Team(1, "Sun", "#FFD54F", 1), model.Team(2, "Небо", "#81D4FA", 0)]
    data.participants = [model.Participant(1, "Anna", 1), model.Participant(2, "Борис", None)]
    data.boards = [
        model.Board(1, model.BoardKind.CAPTURE, "Ideas", 0),
        model.Board(2, model.BoardKind.REVERSE, "Good / bad", 1),
    ]
    data.clusters = [model.Cluster(1, 1, "Pay", -10.5, 20.25, 300.0, 250.0)]
    data.notes = [
        model.Note(1, 1, "שלום world 👋🏽 \u200f", 1.5, -2.25, 210.0, 160.0, "#123456", 1, "Anna",
                   model.SourceTag.RESEARCH, 1, model.NoteRole.BAD, None, True),
        model.Note(2, 2, "solution", 3.0, 4.0, team_id=2, tag=model.SourceTag.OWN,
                   role=model.NoteRole.SOLUTION, source_note_id=1),
    ]
    data.votes = [
        model.Vote(1, 1, model.VoterKind.PARTICIPANT, 1, 2),
        model.Vote(2, 2, model.VoterKind.TEAM, 2, 1),
    ]
    return data


def _sample_value(annotation: Any, name: str) -> Any:
    """A non-default value of the annotated type, for the generic round trip."""
    origin = typing.get_origin(annotation)
    if isinstance(annotation, types.UnionType) or origin is typing.Union:
        options = [a for a in typing.get_args(annotation) if a is not type(None)]
        return _sample_value(options[0], name)
    if origin is list:
        (item,) = typing.get_args(annotation)
        return [_sample_value(item, name), _sample_value(item, name)]
    if origin is dict:
        key, value = typing.get_args(annotation)
        return {_sample_value(key, name): _sample_value(value, name)}
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        members = list(annotation)
        return members[-1]
    if annotation is bool:
        return True
    if annotation is int:
        return 3
    if annotation is float:
        return 2.5
    if annotation is str:
        return f"{name} ✓ «ё» 😀"
    if annotation is bytes:
        return b"\x89PNG\r\n\x1a\n\x00binary"
    raise AssertionError(f"no sample value for {annotation!r} ({name}); extend _sample_value")


def sample_entity(entity_type: type[Any]) -> Any:
    hints = typing.get_type_hints(entity_type)
    values = {f.name: _sample_value(hints[f.name], f.name) for f in dataclasses.fields(entity_type)}
    return entity_type(**values)


# --- round trip and identity ---------------------------------------------------------------
def test_round_trip_of_every_foundation_field(tmp_path: Path) -> None:
    path = tmp_path / "full.pointb"
    data = full_data()
    workshop_file = WorkshopFile.create(path, data.workshop)
    workshop_file.import_entities("all", list(all_entities(data)))
    workshop_file.close()

    assert_one_file_at_rest(path)
    assert query(path, "SELECT count(*) FROM note") == [(2,)]
    assert query(path, "SELECT text FROM note WHERE id = 1") == [(data.notes[0].text,)]
    assert query(path, "SELECT voter_kind, count FROM vote ORDER BY id") == [
        ("participant", 2), ("team", 1)
    ]
    assert query(path, "SELECT count(*) FROM open_by") == [(0,)]
    assert normalised(reopen(path)) == normalised(data)


@pytest.mark.parametrize("kind", [spec.kind for spec in mapping.SPECS])
def test_every_entity_kind_survives_a_reopen(tmp_path: Path, kind: str) -> None:
    spec = mapping.SPEC_BY_KIND[kind]
    entity = sample_entity(spec.domain)
    path = tmp_path / f"{kind}.pointb"
    workshop_file = WorkshopFile.create(path, model.Workshop(title="kinds"))
    workshop_file.import_entities("one", [entity])
    workshop_file.close()
    assert query(path, f"SELECT count(*) FROM {spec.table_name}") == [(1,)]
    assert getattr(reopen(path), kind) == [entity]


@pytest.mark.parametrize("language", ["en", "ru"])
def test_demo_reopens_with_everything(tmp_path: Path, language: str) -> None:
    path = write_demo(tmp_path / f"demo-{language}.pointb", language)
    loaded = reopen(path)
    assert normalised(loaded) == normalised(demo_data(language))
    assert len(loaded.notes) >= 40 and loaded.clusters and loaded.votes


def test_file_identifies_itself_and_is_one_file_at_rest(tmp_path: Path) -> None:
    path = tmp_path / "id.pointb"
    workshop_file = WorkshopFile.create(path, model.Workshop(title="Identity"))
    try:
        # While open the journal is a WAL beside the file ...
        assert path.with_name(path.name + "-wal").exists()
        owner = query(path, "SELECT user, host, pid FROM open_by")
        assert owner == [(getpass.getuser(), socket.gethostname(), os.getpid())]
    finally:
        workshop_file.close()
    # ... and after close the file is self-contained again.
    assert pragma(path, "application_id") == APPLICATION_ID
    assert pragma(path, "user_version") == database.SCHEMA_VERSION
    assert_one_file_at_rest(path)
    assert query(path, "SELECT count(*) FROM open_by") == [(0,)]
    assert query(path, "PRAGMA integrity_check") == [("ok",)]


def test_create_refuses_an_existing_file(demo_copy: Path) -> None:
    before = sha256(demo_copy)
    with pytest.raises(WorkshopFileError, match="already exists"):
        WorkshopFile.create(demo_copy, model.Workshop(title="again"))
    assert sha256(demo_copy) == before


# --- refused files -------------------------------------------------------------------------
def _flip(offset: int) -> Any:
    def make(raw: bytes) -> bytes:
        flipped = bytearray(raw)
        flipped[offset] ^= 0x10
        return bytes(flipped)

    return make


def _foreign(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    connection.execute("INSERT INTO customers VALUES (1, 'Ann')")
    connection.commit()
    connection.close()


def _newer(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA user_version = 99")
    connection.commit()
    connection.close()


# name -> (bytes from the demo's bytes, or a function that edits a copy), error, words
REFUSED: dict[str, tuple[Any, type[Exception], str]] = {
    "empty": (lambda raw: b"", NotAWorkshopFile, "empty"),
    "plain-text": (lambda raw: "ideas, заметки\n".encode() * 50, NotAWorkshopFile,
                   "not a database"),
    "truncated": (lambda raw: raw[:2048], DamagedFileError, "damaged"),
    "zero-filled": (lambda raw: bytes(len(raw)), NotAWorkshopFile, "not a database"),
    "flipped-magic": (_flip(0), NotAWorkshopFile, "not a database"),
    "flipped-page-size": (_flip(16), DamagedFileError, "damaged"),
    "flipped-write-version": (_flip(18), DamagedFileError, "damaged"),
    "flipped-payload-fraction": (_flip(21), DamagedFileError, "damaged"),
    "flipped-user-version": (_flip(63), NewerSchemaError, "newer version"),
    "flipped-application-id": (_flip(71), NotAWorkshopFile, "another program"),
    "foreign-sqlite": (_foreign, NotAWorkshopFile, "another program"),
    "newer-version": (_newer, NewerSchemaError, "newer version"),
}


@pytest.mark.parametrize("case", list(REFUSED))
def test_bad_files_are_refused_and_left_untouched(
    demo_master: Path, tmp_path: Path, case: str
) -> None:
    make, error, words = REFUSED[case]
    path = tmp_path / f"{case}.pointb"
    if case == "foreign-sqlite":
        make(path)
    elif case == "newer-version":
        shutil.copyfile(demo_master, path)
        make(path)
        assert pragma(path, "application_id") == APPLICATION_ID
    else:
        path.write_bytes(make(demo_master.read_bytes()))
    before, listing = sha256(path), siblings(path)

    started = time.monotonic()
    with pytest.raises(error) as caught:
        WorkshopFile.open(path)
    assert time.monotonic() - started < 5
    message = str(caught.value)
    assert message.startswith(str(path)) and words in message
    assert "\n" not in message and "Traceback" not in message
    # Nothing written, nothing created beside it. A read-only open is refused the same way,
    # except for a write-version flip: SQLite can still read that file (but never write it).
    if case == "flipped-write-version":
        assert len(reopen(path).notes) == len(demo_data().notes)
    else:
        with pytest.raises(error):
            WorkshopFile.open(path, read_only=True)
    assert sha256(path) == before
    assert siblings(path) == listing


def test_a_folder_and_a_missing_file_are_refused(tmp_path: Path) -> None:
    folder = tmp_path / "looks-like.pointb"
    folder.mkdir()
    with pytest.raises(NotAWorkshopFile, match="folder"):
        WorkshopFile.open(folder)
    assert list(folder.iterdir()) == []
    with pytest.raises(WorkshopFileError, match="no such file"):
        WorkshopFile.open(tmp_path / "missing.pointb")
    assert not (tmp_path / "missing.pointb").exists()


# --- locked files --------------------------------------------------------------------------
HOLDER = textwrap.dedent(
    """
    import sys
    from app.services import WorkshopFile

    workshop_file = WorkshopFile.open(sys.argv[1])
    print("ready", flush=True)
    sys.stdin.readline()
    workshop_file.close()
    print("closed", flush=True)
    """
)


def _read_line(process: subprocess.Popen[str], timeout: float) -> str:
    assert process.stdout is not None
    ready, _, _ = select.select([process.stdout], [], [], timeout)
    if not ready:
        process.kill()
        process.wait()
        raise AssertionError("the child process did not answer in time")
    return process.stdout.readline().strip()


def test_a_file_open_in_another_process_is_refused_fast(demo_copy: Path) -> None:
    process = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(demo_copy)], cwd=REPO, text=True,
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    try:
        assert _read_line(process, 30) == "ready"
        started = time.monotonic()
        with pytest.raises(FileInUseError) as caught:
            WorkshopFile.open(demo_copy)
        assert time.monotonic() - started < 2, "a locked file must be refused without waiting"
        message = str(caught.value)
        assert "already open" in message
        assert f"process {process.pid}" in message
        assert getpass.getuser() in message and socket.gethostname() in message
        # Reading (export, check) still works while the other process holds it.
        assert len(reopen(demo_copy).notes) == len(demo_data().notes)
    finally:
        assert process.stdin is not None
        process.stdin.write("\n")
        process.stdin.flush()
        out, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    assert out.strip() == "closed"
    # Once the other process closed it, the file opens normally.
    workshop_file = WorkshopFile.open(demo_copy)
    workshop_file.close()
    assert_one_file_at_rest(demo_copy)


def test_a_second_open_in_the_same_process_is_refused(demo_copy: Path) -> None:
    first = WorkshopFile.open(demo_copy)
    try:
        with pytest.raises(FileInUseError, match=f"process {os.getpid()}"):
            WorkshopFile.open(demo_copy)
    finally:
        first.close()


# --- read-only -----------------------------------------------------------------------------
def _try_edit(workshop_file: WorkshopFile) -> None:
    board = workshop_file.data.boards[0].id
    with pytest.raises(WorkshopFileError, match="read-only"):
        workshop_file.apply("add", edits.add_note(workshop_file.data, board, "new idea"))
    with pytest.raises(WorkshopFileError, match="read-only"):
        workshop_file.update_workshop(title="changed")


def test_read_only_open_refuses_edits_and_writes_nothing(demo_copy: Path) -> None:
    before = sha256(demo_copy)
    workshop_file = WorkshopFile.open(demo_copy, read_only=True)
    try:
        assert workshop_file.read_only
        snapshot = normalised(workshop_file.data)
        _try_edit(workshop_file)
        assert normalised(workshop_file.data) == snapshot
    finally:
        workshop_file.close()
    assert sha256(demo_copy) == before
    assert_one_file_at_rest(demo_copy)


def test_a_file_in_an_unwritable_folder_opens_read_only(
    demo_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database, "_writable", lambda path: False)
    before = sha256(demo_copy)
    opened = Database.open(demo_copy)
    try:
        assert opened.read_only
        assert len(opened.load().notes) == len(demo_data().notes)
        with pytest.raises(WorkshopFileError, match="read-only"):
            opened.write([model.Team(99, "x", "#000000")], [])
    finally:
        opened.close()
    assert sha256(demo_copy) == before


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write to a 0o444 file")
def test_a_read_only_file_opens_read_only(demo_copy: Path) -> None:
    demo_copy.chmod(0o444)
    before = sha256(demo_copy)
    workshop_file = WorkshopFile.open(demo_copy)
    try:
        assert workshop_file.read_only
        _try_edit(workshop_file)
    finally:
        workshop_file.close()
    assert sha256(demo_copy) == before


# --- copies --------------------------------------------------------------------------------
def test_save_copy_is_a_complete_closed_file_without_owner(demo_copy: Path, tmp_path: Path) -> None:
    workshop_file = WorkshopFile.open(demo_copy)
    try:
        board = workshop_file.data.boards[0].id
        # A fresh edit lives only in the WAL until checkpoint: the copy must still have it.
        workshop_file.apply("add", edits.add_note(workshop_file.data, board, "after open"))
        target = tmp_path / "copies" / "copy.pointb"
        workshop_file.save_copy(target)
        expected = normalised(workshop_file.data)
        with pytest.raises(WorkshopFileError, match="onto itself"):
            workshop_file.save_copy(demo_copy)
        # The copy is independent: it opens while the original is still open.
        assert normalised(reopen(target)) == expected
    finally:
        workshop_file.close()
    assert_one_file_at_rest(target)
    assert not target.with_name(target.name + ".part").exists()
    assert query(target, "SELECT count(*) FROM open_by") == [(0,)]
    assert pragma(target, "application_id") == APPLICATION_ID
    assert pragma(target, "user_version") == database.SCHEMA_VERSION
    assert normalised(reopen(demo_copy)) == expected


# --- migrations ----------------------------------------------------------------------------
def test_v1_sample_upgrades_with_a_backup_and_keeps_all_data(tmp_path: Path) -> None:
    sample = SAMPLES / "v1.pointb"
    sample_hash = sha256(sample)
    assert pragma(sample, "user_version") == 1
    expected = json.loads((SAMPLES / "v1.expected.json").read_text("utf-8"))
    path = tmp_path / "old.pointb"
    shutil.copyfile(sample, path)

    workshop_file = WorkshopFile.open(path)
    try:
        upgraded = database.SCHEMA_VERSION > 1
        if upgraded:
            assert workshop_file.database.migrated_from == 1
            backup = workshop_file.database.migration_backup
            assert backup is not None and backup.parent == path.parent
            assert backup.name.startswith("old.before-upgrade-v1-") and backup.suffix == ".pointb"
            assert sha256(backup) == sample_hash
        dump = json_dump.to_dump(workshop_file.data)
    finally:
        workshop_file.close()

    for key, value in expected["workshop"].items():
        assert dump["workshop"][key] == value, key
    for kind in V1_KINDS:
        assert dump[kind] == expected[kind], kind
    for kind in dump:
        if isinstance(dump[kind], list) and kind not in V1_KINDS:
            assert dump[kind] == [], f"a version-1 file has no {kind}"
    assert pragma(path, "user_version") == database.SCHEMA_VERSION
    assert query(path, "PRAGMA integrity_check") == [("ok",)]
    assert_one_file_at_rest(path)
    assert sha256(sample) == sample_hash, "the committed sample must never be modified"
    # A second open does not migrate (or back up) again.
    listing = siblings(path)
    again = WorkshopFile.open(path)
    assert again.database.migrated_from is None
    again.close()
    assert siblings(path) == listing


def test_older_file_opened_read_only_is_read_through_an_upgraded_copy(tmp_path: Path) -> None:
    """`pointb export` and `check` read old files without changing a byte of them."""
    old = tmp_path / "old.pointb"
    shutil.copyfile(SAMPLES / "v1.pointb", old)
    before, listing = sha256(old), siblings(old)
    workshop_file = WorkshopFile.open(old, read_only=True)
    try:
        assert workshop_file.read_only
        assert len(workshop_file.data.notes) == 44
        assert workshop_file.data.candidates == []  # a version-2 list, present and empty
    finally:
        workshop_file.close()
    assert sha256(old) == before and siblings(old) == listing


def test_migration_runner_backs_up_then_upgrades(
    demo_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    current = database.SCHEMA_VERSION
    original = demo_copy.read_bytes()

    def add_column(connection: sqlite3.Connection) -> None:
        connection.execute("ALTER TABLE note ADD COLUMN mood TEXT NOT NULL DEFAULT 'calm'")

    monkeypatch.setattr(database, "SCHEMA_VERSION", current + 1)
    monkeypatch.setitem(database.MIGRATIONS, current, add_column)
    workshop_file = WorkshopFile.open(demo_copy)
    try:
        assert workshop_file.database.migrated_from == current
        assert len(workshop_file.data.notes) == len(demo_data().notes)
    finally:
        workshop_file.close()

    backups = list(demo_copy.parent.glob(f"workshop.before-upgrade-v{current}-*.pointb"))
    assert len(backups) == 1
    assert backups[0].read_bytes() == original
    assert pragma(demo_copy, "user_version") == current + 1
    assert pragma(backups[0], "user_version") == current
    columns = [row[1] for row in query(demo_copy, "PRAGMA table_info(note)")]
    assert "mood" in columns
    assert query(demo_copy, "SELECT DISTINCT mood FROM note") == [("calm",)]
    assert_one_file_at_rest(demo_copy)


def test_a_failing_migration_leaves_the_file_as_it_was(
    demo_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    current = database.SCHEMA_VERSION
    before = sha256(demo_copy)

    def half_then_fail(connection: sqlite3.Connection) -> None:
        connection.execute("ALTER TABLE note ADD COLUMN mood TEXT")
        connection.execute("UPDATE note SET text = 'overwritten'")
        raise RuntimeError("step two went wrong")

    monkeypatch.setattr(database, "SCHEMA_VERSION", current + 1)
    monkeypatch.setitem(database.MIGRATIONS, current, half_then_fail)
    with pytest.raises(WorkshopFileError, match="left as it was") as caught:
        WorkshopFile.open(demo_copy)
    assert "step two went wrong" in str(caught.value)
    assert sha256(demo_copy) == before
    assert not demo_copy.with_name(demo_copy.name + "-journal").exists()
    # The lock was released: the file opens once the migration is fixed.
    monkeypatch.setattr(database, "SCHEMA_VERSION", current)
    workshop_file = WorkshopFile.open(demo_copy)
    workshop_file.close()


# --- failed writes -------------------------------------------------------------------------
FULL_DISK = textwrap.dedent(
    """
    import json, resource, signal, sys
    from app.domain import edits
    from app.services import WorkshopFile
    from app.store.database import WorkshopFileError

    workshop_file = WorkshopFile.open(sys.argv[1])
    board = workshop_file.data.boards[0].id
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG
    limit = int(sys.argv[2])
    _soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    saved, failure = [], None
    for number in range(2000):
        pairs = edits.add_note(workshop_file.data, board, f"edit {number} " + "ж" * 1500)
        try:
            workshop_file.apply("add", pairs)
        except WorkshopFileError as exc:
            failure = exc
            failed_id = pairs[0][1].id
            break
        saved.append(pairs[0][1].id)
    report = {
        "saved": saved,
        "error": type(failure).__name__,
        "message": str(failure),
        "failed_id": failed_id if failure else None,
        "in_memory": [n.id for n in workshop_file.data.notes],
    }
    resource.setrlimit(resource.RLIMIT_FSIZE, (hard, hard))
    workshop_file.close()
    print(json.dumps(report))
    """
)


def test_a_failed_write_reports_and_damages_nothing(demo_copy: Path) -> None:
    original_ids = [n.id for n in reopen(demo_copy).notes]
    limit = demo_copy.stat().st_size + 300_000
    result = subprocess.run(
        [sys.executable, "-c", FULL_DISK, str(demo_copy), str(limit)], cwd=REPO,
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["error"] == "WriteFailedError"
    assert report["message"].startswith(str(demo_copy))
    assert "could not be saved" in report["message"]
    assert len(report["saved"]) >= 5, "the limit should allow a few edits first"
    # Memory kept only what was saved: the failed edit did not half-apply.
    assert report["in_memory"] == original_ids + report["saved"]

    assert query(demo_copy, "PRAGMA integrity_check") == [("ok",)]
    stored = [n.id for n in reopen(demo_copy).notes]
    assert stored == original_ids + report["saved"]
    assert report["failed_id"] not in stored
