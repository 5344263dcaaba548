"""Messages of import and check: one short line naming the file and the line, item or field;
never SQL, note texts or a traceback; control characters escaped (docs/reliability.md)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from app import cli, interchange
from app.demo import write_demo
from app.export import json_dump
from tests.reliability.conftest import run_cli, sha256

MAX_MESSAGE = 500  # characters of one error line, whatever the input holds


def _one_line(err: str) -> str:
    assert err.startswith("pointb: ") and err.endswith("\n") and err.count("\n") == 1, err[:300]
    assert len(err) <= MAX_MESSAGE, len(err)
    assert "\x1b" not in err and "Traceback" not in err
    return err


def _dump(**extra: Any) -> dict[str, Any]:
    return {"format": json_dump.FORMAT, "version": 1, "workshop": {"title": "T"}, **extra}


def test_deeply_nested_json_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "deep.json"
    source.write_text("[" * 200_000 + "]" * 200_000, encoding="utf-8")
    assert cli.main(["import", str(tmp_path / "w.pointb"), str(source)]) == cli.EXIT_ERROR
    err = _one_line(capsys.readouterr().err)
    assert str(source) in err and "nested too deeply" in err
    assert not (tmp_path / "w.pointb").exists()


def test_a_number_of_5000_digits_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "digits.json"
    text = json.dumps(_dump(notes=[{"id": 1, "board": 1, "text": "x", "x": 0}]))
    source.write_text(text.replace('"x": 0', '"x": ' + "7" * 5000), encoding="utf-8")
    assert cli.main(["import", str(tmp_path / "w.pointb"), str(source)]) == cli.EXIT_ERROR
    err = _one_line(capsys.readouterr().err)
    assert str(source) in err and "too long" in err
    assert not (tmp_path / "w.pointb").exists()


def test_escape_bytes_of_a_csv_header_are_shown_escaped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "w.pointb"
    write_demo(path, "en")
    source = tmp_path / "ideas.csv"
    source.write_text("\x1b[2J\x1b[31midea,team\nx,y\n", encoding="utf-8")
    assert cli.main(["import", str(path), str(source)]) == cli.EXIT_ERROR
    err = _one_line(capsys.readouterr().err)
    assert f"{source}: line 1:" in err and "\\x1b[2j" in err  # the header is read in lower case


@pytest.mark.parametrize("where", ["tag", "color"])
def test_a_huge_value_never_makes_a_huge_message(
    where: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "w.pointb"
    write_demo(path, "en")
    before = sha256(path)
    source = tmp_path / "ideas.csv"
    source.write_text(f"text,{where}\nfine,\n" + "note,Z" + "Z" * 20_000 + "\n", "utf-8")
    assert cli.main(["import", str(path), str(source)]) == cli.EXIT_ERROR
    err = _one_line(capsys.readouterr().err)
    assert f"{source}: line 3:" in err
    assert sha256(path) == before


def test_a_huge_json_value_never_makes_a_huge_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "dump.json"
    dump = _dump(teams=[{"id": 1, "name": "Sun", "color": "\x1b[31m" + "#" * 2_000}])
    source.write_text(json.dumps(dump), encoding="utf-8")
    assert cli.main(["import", str(tmp_path / "w.pointb"), str(source)]) == cli.EXIT_ERROR
    err = _one_line(capsys.readouterr().err)
    assert 'teams item 1: field "color"' in err and "\\x1b[31m" in err


def test_an_errno_without_a_file_name_still_names_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`[Errno 6] No such device or address` alone said nothing about which file."""
    path = tmp_path / "w.pointb"
    write_demo(path, "en")

    def fails(*_args: Any, **_kwargs: Any) -> None:
        raise OSError(6, "No such device or address")

    monkeypatch.setattr(interchange, "export", fails)
    assert cli.main(["export", str(path), "--to", str(tmp_path / "out.pdf")]) == cli.EXIT_ERROR
    err = _one_line(capsys.readouterr().err)
    assert err.startswith(f"pointb: {path}: No such device or address")
    assert "Errno" not in err


def test_an_unexpected_error_is_one_line_without_sql(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from sqlalchemy.exc import IntegrityError

    path = tmp_path / "w.pointb"
    write_demo(path, "en")

    def fails(*_args: Any, **_kwargs: Any) -> None:
        raise IntegrityError(
            "INSERT INTO note (text) VALUES (?)", ("the room's secret idea",), Exception("boom")
        )

    monkeypatch.setattr(interchange, "check", fails)
    assert cli.main(["check", str(path)]) == cli.EXIT_ERROR
    err = _one_line(capsys.readouterr().err)
    assert str(path) in err and "boom" in err
    assert "INSERT" not in err and "secret" not in err and "sqlalche.me" not in err


def test_a_recursion_error_names_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "w.pointb"
    write_demo(path, "en")

    def fails(*_args: Any, **_kwargs: Any) -> None:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(interchange, "check", fails)
    assert cli.main(["check", str(path)]) == cli.EXIT_ERROR
    err = _one_line(capsys.readouterr().err)
    assert err.startswith(f"pointb: {path}: ") and "nested too deeply" in err


def test_a_socket_named_like_a_workshop_is_named(tmp_path: Path) -> None:
    """A real process: opening a socket gives errno 6 (ENXIO)."""
    import socket

    path = tmp_path / "sock.pointb"
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        server.bind(str(path))
        result = run_cli("check", str(path), timeout=30)
    finally:
        server.close()
    assert result.returncode == cli.EXIT_ERROR
    err = _one_line(result.stderr)
    assert str(path) in err and "Errno" not in err
