"""The one atomic-write helper: a target is either the old file or the whole new one."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app import files


def test_a_failed_write_leaves_the_old_file_and_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), files.atomic_path(target) as temp:
        temp.write_bytes(b"half of the new")
        raise RuntimeError("the disk filled up")
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"]


def test_a_written_file_replaces_the_target_with_the_usual_permissions(tmp_path: Path) -> None:
    target = tmp_path / "ideas.json"
    target.write_text("old", encoding="utf-8")
    files.write_text(target, "новый\r\n")
    assert target.read_bytes() == "новый\r\n".encode()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ideas.json"]
    if os.name == "posix":
        umask = os.umask(0o022)
        os.umask(umask)
        assert target.stat().st_mode & 0o777 == 0o666 & ~umask


def test_a_copy_is_byte_for_byte(tmp_path: Path) -> None:
    source = tmp_path / "a.pointb"
    source.write_bytes(bytes(range(256)) * 10)
    files.copy_file(source, tmp_path / "b.pointb")
    assert (tmp_path / "b.pointb").read_bytes() == source.read_bytes()
