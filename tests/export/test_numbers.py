"""Numbers you can defend: stored scores out of the typing ranges are refused by JSON
import and reported by `pointb check` (the field rules of app.domain.validation)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from app import interchange
from app.demo import demo_data, write_demo
from app.domain import consistency
from app.export import json_dump
from tests.cli.test_cli import pointb


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("rice_impact", 1.5, "must be one of"),
        ("confidence", 120, "not 120"),
        ("effort_months", 0, "not 0"),
        ("impact", 11, "not 11"),
    ],
)
def test_json_import_refuses_what_typing_refuses(tmp_path: Path, field: str, value: float,
                                                  message: str) -> None:
    dump = tmp_path / "dump.json"
    json_dump.write_dump(demo_data("en"), dump)
    raw = json.loads(dump.read_text(encoding="utf-8"))
    raw["candidates"][0][field] = value
    dump.write_text(json.dumps(raw), encoding="utf-8")
    target = tmp_path / "new.pointb"
    with pytest.raises(ValueError) as caught:
        interchange.create_from_dump(target, dump)
    assert message in str(caught.value)
    assert f'"{field}"' in str(caught.value) and "candidates" in str(caught.value)
    assert not target.exists()


def test_check_reports_bad_stored_scores(tmp_path: Path) -> None:
    path = tmp_path / "w.pointb"
    write_demo(path)
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("UPDATE candidate SET confidence = 120 WHERE id = 1")
    connection.close()
    result = pointb("check", path)
    assert result.returncode == 1
    assert "candidate 1" in result.stdout and "confidence" in result.stdout
    assert "120" in result.stdout


def test_the_demo_is_consistent() -> None:
    assert consistency.problems(demo_data("en")) == []
    assert consistency.problems(demo_data("ru")) == []
