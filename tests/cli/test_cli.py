"""The command line, run as real subprocesses: exit codes, stdout/stderr, and the files."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from app.demo import write_demo
from app.export import json_dump
from app.services import WorkshopFile
from app.store.database import APPLICATION_ID, SCHEMA_VERSION
from app.version import __version__

REPO = Path(__file__).resolve().parents[2]


def pointb(*args: str | Path, data_dir: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8")
    if data_dir is not None:
        env["POINTB_DATA_DIR"] = str(data_dir)
    return subprocess.run(
        [sys.executable, "-m", "app", *map(str, args)], cwd=REPO, env=env,
        capture_output=True, text=True, encoding="utf-8", timeout=60,
    )


def assert_error(result: subprocess.CompletedProcess[str], *words: str) -> str:
    """Exit 2 and exactly one line on stderr, starting with 'pointb:', no traceback."""
    assert result.returncode == 2, (result.stdout, result.stderr)
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("pointb: ")
    assert "Traceback" not in result.stderr and result.stdout == ""
    for word in words:
        assert word in lines[0]
    return lines[0]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def query(path: Path, sql: str) -> list[tuple[Any, ...]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def pragma(path: Path, name: str) -> Any:
    return query(path, f"PRAGMA {name}")[0][0]


def loaded_dump(path: Path) -> str:
    workshop_file = WorkshopFile.open(path, read_only=True)
    try:
        return json_dump.dumps(workshop_file.data)
    finally:
        workshop_file.close()


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_demo(tmp_path_factory.mktemp("master") / "demo.pointb")


@pytest.fixture
def demo_copy(demo_master: Path, tmp_path: Path) -> Path:
    target = tmp_path / "demo.pointb"
    shutil.copyfile(demo_master, target)
    return target


def test_version() -> None:
    result = pointb("--version")
    assert (result.returncode, result.stdout, result.stderr) == (0, f"pointb {__version__}\n", "")


def test_usage_mistakes_are_one_line_too() -> None:
    assert_error(pointb("new", "x.pointb"), "new:", "--title")


def test_new_creates_a_workshop_and_never_overwrites(tmp_path: Path) -> None:
    path = tmp_path / "w.pointb"
    result = pointb("new", path, "--title", "  Кредиты 2026  ")
    assert (result.returncode, result.stdout, result.stderr) == (0, f"created {path}\n", "")
    assert pragma(path, "application_id") == APPLICATION_ID
    assert pragma(path, "user_version") == SCHEMA_VERSION
    assert pragma(path, "journal_mode") == "delete"
    assert query(path, "SELECT title, language FROM workshop") == [("Кредиты 2026", "en")]
    assert query(path, "SELECT kind FROM board") == [("capture",)]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["w.pointb"]

    before = sha256(path)
    assert_error(pointb("new", path, "--title", "Other"), str(path), "already exists")
    assert sha256(path) == before


def test_new_from_a_template(tmp_path: Path) -> None:
    path = tmp_path / "t.pointb"
    result = pointb("new", path, "--title", "Swap", "--template", "good-bad-90", "--lang", "ru",
                    data_dir=tmp_path / "data")
    assert result.returncode == 0, result.stderr
    assert query(path, "SELECT language FROM workshop") == [("ru",)]
    kinds = [row[0] for row in query(path, "SELECT kind FROM board ORDER BY position")]
    assert "reverse" in kinds and len(kinds) == len(set(kinds))
    # The agenda itself is stored in the workshop, steps and timeboxes included.
    (stored,) = query(path, "SELECT agenda_json FROM workshop")[0]
    steps = json.loads(stored)["steps"]
    assert sum(step["minutes"] for step in steps) == 90
    missing = tmp_path / "m.pointb"
    assert_error(pointb("new", missing, "--title", "X", "--template", "no-such",
                        data_dir=tmp_path / "data"), "no template 'no-such'", "good-bad-90")
    assert not missing.exists()


@pytest.mark.parametrize(("language", "title"), [
    ("en", "Micro-loans after the terminals closed"),
    ("ru", "Микрозаймы после закрытия терминалов"),
])
def test_demo(tmp_path: Path, language: str, title: str) -> None:
    path = tmp_path / f"demo-{language}.pointb"
    result = pointb("demo", path, "--lang", language)
    assert result.returncode == 0, result.stderr
    assert query(path, "SELECT title, language FROM workshop") == [(title, language)]
    assert query(path, "SELECT count(*) FROM note")[0][0] >= 40
    assert query(path, "SELECT count(*) FROM team") == [(3,)]
    assert query(path, "SELECT count(*) FROM cluster")[0][0] >= 3
    assert query(path, "SELECT count(*) FROM vote")[0][0] >= 10
    assert query(path, "PRAGMA integrity_check") == [("ok",)]
    assert pragma(path, "journal_mode") == "delete"


def test_import_csv_adds_ideas_and_export_csv_disarms_formulas(
    demo_copy: Path, tmp_path: Path
) -> None:
    before = query(demo_copy, "SELECT count(*) FROM note")[0][0]
    source = tmp_path / "ideas.csv"
    source.write_bytes(
        "\ufefftext;team;tag;author\r\n"
        "Оплата по QR;sun;customers;Анна\r\n"
        '"Two; parts ""quoted""";Moon;;\r\n'
        "=SUM(A1:A3);;own;\r\n".encode()
    )
    result = pointb("import", demo_copy, source)
    assert result.returncode == 0, result.stderr
    # "sun" is the demo's Sun; the misspelt or new "Moon" is created, and said so.
    assert result.stdout == (
        "created team 'Moon' (named in ideas.csv, not in the workshop)\n"
        f"added 3 ideas to {demo_copy}\n"
    )
    assert query(demo_copy, "SELECT count(*) FROM note")[0][0] == before + 3
    rows = query(
        demo_copy,
        "SELECT n.text, t.name, n.tag FROM note n LEFT JOIN team t ON t.id = n.team_id "
        f"WHERE n.id > {before} ORDER BY n.id",
    )
    assert rows == [("Оплата по QR", "Sun", "customers"),
                    ('Two; parts "quoted"', "Moon", ""),
                    ("=SUM(A1:A3)", None, "own")]
    assert query(demo_copy, "SELECT count(*) FROM team") == [(4,)]  # Moon was new
    assert pragma(demo_copy, "journal_mode") == "delete"

    out = tmp_path / "ideas-out.csv"
    result = pointb("export", demo_copy, "--to", out)
    assert result.returncode == 0, result.stderr
    text = out.read_bytes().decode("utf-8")
    assert text.startswith("id,board,text,team,author,tag,cluster,votes,role,source_note\r\n")
    assert "'=SUM(A1:A3)" in text and ",=SUM" not in text
    assert text.count("\r\n") == before + 3 + 1
    umask = os.umask(0o022)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask


def test_a_bad_csv_row_imports_nothing(demo_copy: Path, tmp_path: Path) -> None:
    before = sha256(demo_copy)
    source = tmp_path / "bad.csv"
    source.write_text("text,team\nfine,Sun\nalso fine,Sky\nragged\nnever,Sun\n", "utf-8")
    assert_error(pointb("import", demo_copy, source), str(source), "line 4", "cells")
    assert sha256(demo_copy) == before
    cp1251 = tmp_path / "cp1251.csv"
    cp1251.write_bytes("text\nидея\n".encode("cp1251"))
    assert_error(pointb("import", demo_copy, cp1251), "line 2", "not UTF-8")
    assert sha256(demo_copy) == before


def test_json_export_import_round_trip_and_no_overwrite(demo_copy: Path, tmp_path: Path) -> None:
    dump = tmp_path / "dump.json"
    result = pointb("export", demo_copy, "--to", dump)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"wrote {dump}")
    assert dump.read_text("utf-8") == loaded_dump(demo_copy)
    assert json.loads(dump.read_text("utf-8"))["format"] == "pointb-workshop"

    created = tmp_path / "from-dump.pointb"
    result = pointb("import", created, dump)
    assert (result.returncode, result.stdout) == (0, f"created {created} from {dump}\n")
    assert loaded_dump(created) == dump.read_text("utf-8")
    assert pragma(created, "journal_mode") == "delete"

    before = sha256(created)
    assert_error(pointb("import", created, dump), str(created), "already exists")
    assert sha256(created) == before


def test_a_bad_dump_creates_nothing(tmp_path: Path) -> None:
    dump = tmp_path / "bad.json"
    dump.write_text('{\n  "format": "pointb-workshop",\n  "version": 1\n  "workshop": {}\n}\n')
    target = tmp_path / "new.pointb"
    assert_error(pointb("import", target, dump), str(dump), "line 4", "invalid JSON")
    assert not target.exists()


def test_export_to_a_missing_folder(demo_copy: Path, tmp_path: Path) -> None:
    out = tmp_path / "no" / "such" / "dump.json"
    assert_error(pointb("export", demo_copy, "--to", out), "no such folder")
    assert not (tmp_path / "no").exists()


def test_check_reports_dangling_links(demo_copy: Path) -> None:
    result = pointb("check", demo_copy)
    assert (result.returncode, result.stdout, result.stderr) == (0, f"{demo_copy}: ok\n", "")

    connection = sqlite3.connect(demo_copy)
    connection.execute("UPDATE note SET cluster_id = 999 WHERE id = 1")
    connection.execute("UPDATE vote SET note_id = 4242 WHERE id = 2")
    connection.commit()
    connection.close()
    before = sha256(demo_copy)
    result = pointb("check", demo_copy)
    assert result.returncode == 1, result.stderr
    assert result.stderr == ""
    assert f"{demo_copy}: note 1 is in missing cluster 999" in result.stdout.splitlines()
    assert f"{demo_copy}: vote 2 is on missing note 4242" in result.stdout.splitlines()
    assert sha256(demo_copy) == before, "check only reads"


def test_refused_files_are_one_line_and_untouched(tmp_path: Path) -> None:
    text_file = tmp_path / "notes.pointb"
    text_file.write_text("not a workshop\n")
    before = sha256(text_file)
    assert_error(pointb("check", text_file), str(text_file), "not a Point B workshop")
    assert sha256(text_file) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.pointb"]
