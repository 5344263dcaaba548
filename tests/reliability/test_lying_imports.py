"""Imports that lie: one validator for typing, CSV import, JSON import and `pointb check`.

Each case once passed JSON import with exit 0 and wrote a file that Point B then refused,
or that made an export or a board fail later (docs/reliability.md, "What comes in").
"""

from __future__ import annotations

import base64
import copy
import dataclasses
import io
import json
import math
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from app import cli, interchange
from app.demo import write_demo
from app.domain import edits, kano, model
from app.export import json_dump
from app.services import WorkshopFile
from app.store.database import Database
from tests.reliability.conftest import REPO, sha256

Dump = dict[str, Any]


def _png(width: int, height: int) -> str:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), "#88aa44").save(buffer, format="PNG")
    return base64.b64encode(buffer.getvalue()).decode("ascii")


@pytest.fixture(scope="module")
def demo_dump(tmp_path_factory: pytest.TempPathFactory) -> Dump:
    """The demo workshop as a dump, plus one photo (the demo has none)."""
    folder = tmp_path_factory.mktemp("demo")
    os.environ.setdefault("POINTB_DATA_DIR", str(folder / "user-data"))
    path = folder / "demo.pointb"
    write_demo(path, "en")
    workshop = WorkshopFile.open(path, read_only=True)
    try:
        dump = json_dump.to_dump(workshop.data)
    finally:
        workshop.close()
    board = dump["boards"][0]["id"]
    dump["images"] = [
        {"id": 1, "board": board, "name": "wall.png", "png": _png(40, 30), "x": 0.0,
         "y": 0.0, "width": 400.0, "height": 300.0}
    ]
    return dump


def _first(dump: Dump, kind: str) -> dict[str, Any]:
    items: list[dict[str, Any]] = dump[kind]
    return items[0]


def _set(kind: str, key: str, value: Any) -> Callable[[Dump], None]:
    def change(dump: Dump) -> None:
        _first(dump, kind)[key] = value

    return change


def _missing_note(dump: Dump) -> None:
    _first(dump, "candidates")["note"] = 999_999


# mutation, the words the one-line error must hold
LIES: dict[str, tuple[Callable[[Dump], None], tuple[str, ...]]] = {
    "png is a number": (_set("images", "png", 5), ('"png"', "images item 1")),
    "team_ids is text": (_set("reverse_rounds", "team_ids", "abc"), ('"team_ids"',)),
    "kano answer 7": (_set("kano_answers", "functional", 7), ('"functional"', "between 1 and 5")),
    "kano answer 0": (_set("kano_answers", "dysfunctional", 0), ('"dysfunctional"',)),
    "reach 1e308": (_set("candidates", "reach", 1e308), ('"reach"',)),
    "reach infinite": (_set("candidates", "reach", math.inf), ('"reach"', "finite")),
    "x is NaN": (_set("notes", "x", math.nan), ('"x"', "finite")),
    "confidence 1000": (_set("candidates", "confidence", 1000), ('"confidence"',)),
    "ice 11": (_set("candidates", "ice_ease", 11), ('"ice_ease"',)),
    "note of a million characters": (
        _set("notes", "text", "x" * 1_000_000),
        ('"text"', "10,000", "notes item 1"),
    ),
    "team name of 3,000 characters": (_set("teams", "name", "T" * 3000), ('"name"', "200")),
    "board title of 201 characters": (_set("boards", "title", "B" * 201), ('"title"', "200")),
    "team colour": (_set("teams", "color", "red"), ('"color"', "#RRGGBB")),
    "id of 30 digits": (_set("notes", "id", 10**30), ('"id"',)),
    "candidate from a missing note": (_missing_note, ("candidate", "missing note 999999")),
    "photo that is not an image": (
        _set("images", "png", base64.b64encode(b"not a png at all").decode("ascii")),
        ("image 1", "not a JPEG or PNG image"),
    ),
    "photo larger than the photo checks allow": (
        _set("images", "png", _png(2400, 10)),
        ("image 1", "2400"),
    ),
    "png not base64": (_set("images", "png", "%%%"), ('"png"', "base64")),
}


def _write_dump(folder: Path, dump: Dump) -> Path:
    source = folder / "dump.json"
    # allow_nan: a hostile file may hold NaN and Infinity literals (Python's json reads them).
    source.write_text(json.dumps(dump, ensure_ascii=False, allow_nan=True), encoding="utf-8")
    return source


@pytest.mark.parametrize("lie", list(LIES))
def test_json_import_refuses_each_lie_naming_the_field(
    lie: str, demo_dump: Dump, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mutate, words = LIES[lie]
    dump = copy.deepcopy(demo_dump)
    mutate(dump)
    source = _write_dump(tmp_path, dump)
    target = tmp_path / "imported.pointb"
    assert cli.main(["import", str(target), str(source)]) == cli.EXIT_ERROR
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("pointb: ") and str(source) in err
    for word in words:
        assert word in err, (lie, err)
    assert len(err) < 500  # never the note's million characters
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dump.json"]  # nothing left


def test_the_unchanged_dump_imports(demo_dump: Dump, tmp_path: Path) -> None:
    """The cases above fail for their lie only: the dump they start from is fine."""
    source = _write_dump(tmp_path, copy.deepcopy(demo_dump))
    target = tmp_path / "imported.pointb"
    interchange.create_from_dump(target, source)
    assert interchange.check(target) == []
    workshop = WorkshopFile.open(target, read_only=True)
    try:
        assert len(workshop.data.images) == 1
    finally:
        workshop.close()


def _file_with(tmp_path: Path, change: Callable[[model.WorkshopData], list[Any]]) -> Path:
    """A workshop whose rows were written without any check (as another program could)."""
    path = tmp_path / "received.pointb"
    write_demo(path, "en")
    workshop = WorkshopFile.open(path)
    try:
        workshop.database.write(change(workshop.data), [])
    finally:
        workshop.close()
    return path


def test_check_reports_what_the_imports_refuse(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def lies(data: model.WorkshopData) -> list[Any]:
        answer = dataclasses.replace(data.kano_answers[0], functional=7)
        note = dataclasses.replace(data.notes[0], text="SECRET " * 150_000)
        team = dataclasses.replace(data.teams[0], name="T" * 3000)
        candidate = dataclasses.replace(data.candidates[0], note_id=999_999, reach=1e308)
        return [answer, note, team, candidate]

    path = _file_with(tmp_path, lies)
    before = sha256(path)
    assert cli.main(["check", str(path)]) == cli.EXIT_PROBLEMS
    out = capsys.readouterr().out
    assert 'field "functional"' in out or "field “functional”" in out
    assert "“text”" in out and "“name”" in out and "“reach”" in out
    assert "missing note 999999" in out
    assert "SECRET" not in out  # the note's text is never printed
    assert all(len(line) <= 400 for line in out.splitlines())
    assert sha256(path) == before


def test_typing_is_refused_by_the_same_rules(tmp_path: Path) -> None:
    path = tmp_path / "typed.pointb"
    write_demo(path, "en")
    workshop = WorkshopFile.open(path)
    try:
        data = workshop.data
        before = copy.deepcopy(data)
        answer = data.kano_answers[0]
        candidate = data.candidates[0]
        refused: list[list[edits.Pair]] = [
            edits.update_entity(answer, functional=7),
            edits.update_entity(candidate, reach=math.nan),
            edits.update_entity(candidate, confidence=1e308),
            edits.update_entity(data.notes[0], x=math.inf),
            edits.update_entity(data.teams[0], name="T" * 201),
            edits.update_entity(data.boards[0], title="B" * 201),
            edits.update_entity(data.reverse_rounds[0], team_ids="abc"),
        ]
        for pairs in refused:
            with pytest.raises(edits.EditRefused):
                workshop.apply("lie", pairs)
        for make in (
            lambda: edits.add_team(data, "T" * 201),
            lambda: edits.add_participant(data, "P" * 201, None),
            lambda: edits.add_board(data, model.BoardKind.CAPTURE, "B" * 201),
            lambda: edits.add_cluster(data, data.boards[0].id, "C" * 201),
        ):
            with pytest.raises(edits.EditRefused, match="200"):
                make()
        with pytest.raises(kano.FieldError):
            kano.classify(6, 1)
        assert data == before  # nothing changed in memory
        # A name at the limit is fine; a received name that is already longer does not
        # block other edits of the same entity (only changed fields are checked).
        workshop.apply("team", edits.add_team(data, "T" * model.MAX_NAME))
    finally:
        workshop.close()
    long_name = _file_with(
        tmp_path, lambda d: [dataclasses.replace(d.teams[0], name="L" * 3000)]
    )
    workshop = WorkshopFile.open(long_name)
    try:
        team = workshop.data.teams[0]
        workshop.apply("move", edits.update_entity(team, color="#123456"))
    finally:
        workshop.close()


def test_the_validator_is_pure_and_names_the_field() -> None:
    from app.domain import validation

    problems = validation.entity_problems(model.Team(1, "x" * 201, "#12345G"))
    assert [p.field for p in problems] == ["name", "color"]
    assert "200" in problems[0].describe("en") and "200" in problems[0].describe("ru")


# --- a JSON import is all or nothing, even when killed --------------------------------------
def test_a_failing_json_import_leaves_nothing_and_a_retry_works(
    demo_dump: Dump, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = _write_dump(tmp_path, copy.deepcopy(demo_dump))
    target = tmp_path / "imported.pointb"
    real = Database.write_many

    def half_then_fail(self: Database, entities: Any, progress: Any = None) -> None:
        def boom(done: int, total: int) -> None:
            if done > total // 2:
                raise OSError(28, "No space left on device")

        real(self, entities, boom)

    monkeypatch.setattr(Database, "write_many", half_then_fail)
    with pytest.raises(interchange.InterchangeError, match="No space left") as refused:
        interchange.create_from_dump(target, source)
    assert str(refused.value).startswith(f"{target}: ")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dump.json"]
    monkeypatch.setattr(Database, "write_many", real)
    interchange.create_from_dump(target, source)
    assert interchange.check(target) == []


@pytest.mark.slow
def test_a_killed_json_import_leaves_no_workshop_and_a_retry_works(tmp_path: Path) -> None:
    """SIGKILL while the import writes: no target (never an empty workshop that `check`
    calls ok), and the retry does not say "already exists"."""
    dump: Dump = {
        "format": json_dump.FORMAT,
        "version": json_dump.VERSION,
        "workshop": {"title": "Big"},
        "boards": [{"id": 1, "kind": "capture", "title": "Ideas"}],
        "notes": [
            {"id": i, "board": 1, "text": f"idea number {i} " + "words " * 30}
            for i in range(1, 60_001)
        ],
    }
    source = tmp_path / "big.json"
    source.write_text(json.dumps(dump), encoding="utf-8")
    target = tmp_path / "big.pointb"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    process = subprocess.Popen(
        [sys.executable, "-m", "app", "import", str(target), str(source)],
        cwd=REPO,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        # Kill once the temporary file is being written (its -wal grows in the transaction).
        while time.monotonic() < deadline and process.poll() is None:
            wal = list(tmp_path.glob("*.pointb*-wal"))
            if wal and wal[0].stat().st_size > 1_000_000:
                break
            time.sleep(0.005)
        assert process.poll() is None, "the import ended before it could be killed"
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
    assert not target.exists()
    assert list(tmp_path.glob("*-wal")), "the kill landed inside the import"
    result = subprocess.run(
        [sys.executable, "-m", "app", "import", str(target), str(source)],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert interchange.check(target) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big.json", "big.pointb"]


# --- CSV ----------------------------------------------------------------------------------
def test_an_unclosed_quote_in_the_last_column_is_refused_naming_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "w.pointb"
    write_demo(path, "en")
    before = sha256(path)
    source = tmp_path / "ideas.csv"
    source.write_text('text,team\nfirst,Sun\nsecond,"Sky\nthird,Sun\nfourth,Sky\n', "utf-8")
    assert cli.main(["import", str(path), str(source)]) == cli.EXIT_ERROR
    err = capsys.readouterr().err
    assert f"{source}: line 3:" in err and "never closed" in err
    assert sha256(path) == before


def test_csv_names_follow_the_name_limit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "w.pointb"
    write_demo(path, "en")
    before = sha256(path)
    source = tmp_path / "ideas.csv"
    source.write_text("text,team\nfine,Sun\nlong team," + "T" * 201 + "\n", "utf-8")
    assert cli.main(["import", str(path), str(source)]) == cli.EXIT_ERROR
    err = capsys.readouterr().err
    assert f"{source}: line 3:" in err and "'team'" in err and "200" in err
    assert sha256(path) == before


def test_kano_csv_names_the_line_of_a_long_respondent_and_cuts_long_values() -> None:
    text = "candidate,respondent,functional,dysfunctional\nA,Anna,1,5\nA," + "R" * 201 + ",1,5\n"
    with pytest.raises(kano.CsvError) as refused:
        kano.parse_kano_csv_rows(text)
    assert refused.value.line == 3 and "200" in str(refused.value)
    huge = "candidate,respondent,functional,dysfunctional\nA,Anna,1," + "9" * 50_000 + "\n"
    with pytest.raises(kano.CsvError) as refused:
        kano.parse_kano_csv_rows(huge)
    assert refused.value.line == 2 and len(str(refused.value)) < 300


def test_a_new_workshop_follows_the_title_limit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "new.pointb"
    assert cli.main(["new", str(target), "--title", "t" * 300]) == cli.EXIT_ERROR
    err = capsys.readouterr().err
    assert err.startswith("pointb: --title:") and "200" in err
    with pytest.raises(edits.EditRefused, match="200"):
        WorkshopFile.create(target, model.Workshop(title="t" * 201))
    assert not target.exists()


@pytest.mark.parametrize("limit", [4096, 200_000])  # while creating, while importing
def test_a_json_import_onto_a_full_disk_leaves_no_stub(tmp_path: Path, limit: int) -> None:
    """A real write failure (RLIMIT_FSIZE: writes past the limit fail with EFBIG, as on a
    full disk) in a real process: exit 2, one line naming the target, no 4 KB stub that
    blocks the retry, and the retry with room works."""
    dump: Dump = {
        "format": json_dump.FORMAT,
        "version": json_dump.VERSION,
        "workshop": {"title": "Full"},
        "boards": [{"id": 1, "kind": "capture", "title": "Ideas"}],
        "notes": [{"id": i, "board": 1, "text": "words " * 40} for i in range(1, 3001)],
    }
    source = tmp_path / "full.json"
    source.write_text(json.dumps(dump), encoding="utf-8")
    target = tmp_path / "full.pointb"
    child = (
        "import resource, signal, sys\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        f"resource.setrlimit(resource.RLIMIT_FSIZE, ({limit}, resource.RLIM_INFINITY))\n"
        "from app.cli import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    result = subprocess.run(
        [sys.executable, "-c", child, "import", str(target), str(source)],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == cli.EXIT_ERROR, result.stderr
    assert result.stderr.startswith(f"pointb: {target}: ") and result.stderr.count("\n") == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["full.json"]
    assert cli.main(["import", str(target), str(source)]) == cli.EXIT_OK
    assert interchange.check(target) == []
