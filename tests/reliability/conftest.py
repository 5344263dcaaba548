"""Fixtures of the reliability suite: a private user-data folder, subprocess helpers."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Backups and the warned-locations record go to a temporary folder, never $HOME."""
    folder = tmp_path / "user-data"
    monkeypatch.setenv("POINTB_DATA_DIR", str(folder))
    yield folder


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def siblings(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir())


def run_cli(
    *args: str, timeout: float = 60, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """`pointb ARGS` in a fresh interpreter (as a user runs it), with the test's data folder."""
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        cwd=cwd or REPO,
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
