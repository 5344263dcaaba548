"""Bad files: one clear message, never a traceback or a hang, the original bytes unchanged.

Each kind of bad file is tried through WorkshopFile.open (what the GUI calls: a
WorkshopFileError whose message starts with the file's path, on one printable line) and
through the command line (`pointb check` and `pointb export --to x.json`: exit status 2,
one stderr line starting "pointb:"). Then a seeded fuzz test mutates a demo workshop
(bit flips, truncations, zeroed blocks, duplicated pages): every case either opens or is
refused with a WorkshopFileError, and a refused file keeps its bytes.
`POINTB_FUZZ_CASES=20000` is the release setting (default 1,000).
"""

from __future__ import annotations

import hashlib
import os
import random
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from app import cli
from app.demo import demo_data, write_demo
from app.export import json_dump
from app.services import WorkshopFile
from app.store.database import SCHEMA_VERSION, WorkshopFileError
from tests.reliability.conftest import REPO

PAGE = 4096
FUZZ_CASES = int(os.environ.get("POINTB_FUZZ_CASES", "1000"))
FUZZ_SEED = int(os.environ.get("POINTB_FUZZ_SEED", "8"))
TRUNCATIONS = (1, 50, 100, 1000, PAGE, 3 * PAGE, -PAGE, -1)
# Header fields whose damage SQLite or the guarded open must notice: magic, page size, read
# version, payload fraction, user_version (high byte), application_id, page 1's b-tree type.
FLIPS = (0, 16, 19, 21, 60, 68, 100)


def _flip(offset: int) -> Callable[[bytes], bytes]:
    def make(raw: bytes) -> bytes:
        changed = bytearray(raw)
        changed[offset] ^= 0x10
        return bytes(changed)

    return make


def _cut(length: int) -> Callable[[bytes], bytes]:
    return lambda raw: raw[:length]


def _foreign(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    connection.execute("INSERT INTO customers VALUES (1, 'Ann')")
    connection.commit()
    connection.close()


def _newer(path: Path, master: Path) -> None:
    path.write_bytes(master.read_bytes())
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.commit()
    connection.close()


BYTE_CASES: dict[str, Callable[[bytes], bytes]] = {
    **{f"truncated-{n}": _cut(n) for n in TRUNCATIONS},
    **{f"flipped-byte-{n}": _flip(n) for n in FLIPS},
    "empty": lambda raw: b"",
    "zero-filled": lambda raw: bytes(len(raw)),
    "plain-text": lambda raw: "text,team\nPay by QR,Ravens\nИдея,Лисы\n".encode() * 40,
    "json-renamed": lambda raw: json_dump.dumps(demo_data()).encode(),
}
CASES = [*BYTE_CASES, "foreign-sqlite", "newer-schema", "folder"]
# One of each kind of damage: the header read (empty, cut in it, a bad magic), the database
# (cut at a page, a zeroed file), not a database (a JSON dump), another application's
# SQLite, a newer format, a folder.
PROCESS_CASES = [
    "empty",
    "truncated-50",
    "flipped-byte-0",
    "truncated-4096",
    "zero-filled",
    "json-renamed",
    "foreign-sqlite",
    "newer-schema",
    "folder",
]


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_demo(tmp_path_factory.mktemp("master") / "demo.pointb")


@pytest.fixture(scope="module")
def bad_files(tmp_path_factory: pytest.TempPathFactory, demo_master: Path) -> dict[str, Path]:
    """Every case in a folder of its own (so 'nothing created beside it' is checkable)."""
    raw = demo_master.read_bytes()
    made: dict[str, Path] = {}
    for case in CASES:
        path = tmp_path_factory.mktemp(case) / f"{case}.pointb"
        if case in BYTE_CASES:
            path.write_bytes(BYTE_CASES[case](raw))
        elif case == "foreign-sqlite":
            _foreign(path)
        elif case == "newer-schema":
            _newer(path, demo_master)
        else:
            path.mkdir()
        made[case] = path
    return made


def fingerprint(path: Path) -> tuple[str, list[str]]:
    """The file's hash (a folder: its listing) and what lies beside it."""
    content = (
        "folder:" + ",".join(sorted(p.name for p in path.iterdir()))
        if path.is_dir()
        else hashlib.sha256(path.read_bytes()).hexdigest()
    )
    return content, sorted(p.name for p in path.parent.iterdir())


def _clear_message(message: str, path: Path) -> None:
    assert message.startswith(str(path)), message
    assert "\n" not in message and message.isprintable(), repr(message)
    assert "Traceback" not in message and "sqlalche.me" not in message, message
    assert len(message) < 400, message


@pytest.mark.parametrize("read_only", [False, True], ids=["read-write", "read-only"])
@pytest.mark.parametrize("case", CASES)
def test_open_refuses_with_one_clear_message(
    bad_files: dict[str, Path], case: str, read_only: bool
) -> None:
    path = bad_files[case]
    before = fingerprint(path)
    started = time.monotonic()
    with pytest.raises(WorkshopFileError) as caught:
        WorkshopFile.open(path, read_only=read_only)
    assert time.monotonic() - started < 5, "refusing a bad file must be quick"
    _clear_message(str(caught.value), path)
    assert fingerprint(path) == before


@pytest.mark.parametrize("case", CASES)
def test_cli_check_and_export_exit_2_with_one_line(
    bad_files: dict[str, Path], case: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """In-process: the same code path as the installed `pointb` command."""
    path = bad_files[case]
    before = fingerprint(path)
    out = path.parent / "x.json"
    for argv in (["check", str(path)], ["export", str(path), "--to", str(out)]):
        assert cli.main(argv) == cli.EXIT_ERROR, argv
        captured = capsys.readouterr()
        lines = captured.err.splitlines()
        assert len(lines) == 1 and lines[0].startswith("pointb: "), captured.err
        _clear_message(lines[0].removeprefix("pointb: "), path)
        assert captured.out == ""
    assert not out.exists()
    assert fingerprint(path) == before


@pytest.mark.slow
def test_cli_in_real_processes_never_hangs_nor_prints_a_traceback(
    bad_files: dict[str, Path],
) -> None:
    """The installed command in fresh interpreters (run a few at a time), each under a
    timeout: `check` on one file of each kind of damage and `export` on a sample. (Every
    case goes through the same `main` in-process above; a fresh interpreter costs a second
    or two of imports, so this test keeps to one of each kind.)"""
    commands: list[tuple[str, list[str]]] = []
    for case in PROCESS_CASES:
        commands.append((case, ["check", str(bad_files[case])]))
    for case in ("truncated-4096", "flipped-byte-100", "json-renamed", "folder"):
        path = bad_files[case]
        commands.append((case, ["export", str(path), "--to", str(path.parent / "y.json")]))
    before = {case: fingerprint(path) for case, path in bad_files.items()}
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    results: list[tuple[str, list[str], int, str, str]] = []
    batch = 4
    for first in range(0, len(commands), batch):
        running = [
            (
                case,
                argv,
                subprocess.Popen(
                    [sys.executable, "-m", "app", *argv],
                    cwd=REPO,
                    env=env,
                    stdout=subprocess.PIPE,
                    stderr=subprocess.PIPE,
                    text=True,
                ),
            )
            for case, argv in commands[first : first + batch]
        ]
        for case, argv, process in running:
            try:
                out, err = process.communicate(timeout=60)
            except subprocess.TimeoutExpired:
                process.kill()
                process.communicate()
                pytest.fail(f"pointb {' '.join(argv)} hung")
            results.append((case, argv, process.returncode, out, err))
    for _case, argv, code, out, err in results:
        assert code == 2, (argv, code, err)
        lines = err.splitlines()
        assert len(lines) == 1 and lines[0].startswith("pointb: "), (argv, err)
        assert "Traceback" not in err and out == ""
    for case, path in bad_files.items():
        assert fingerprint(path) == before[case], case
        assert not (path.parent / "y.json").exists()


# --- fuzz ----------------------------------------------------------------------------------
def mutate(raw: bytes, rng: random.Random) -> tuple[str, bytes]:
    """One random damage: bit flips (often on structural bytes), a truncation, a zeroed
    block or a page copied over another."""
    data = bytearray(raw)
    pages = len(raw) // PAGE
    kind = rng.choice(("flip", "flip", "flip", "truncate", "zero", "duplicate"))
    if kind == "flip":
        spots = []
        for _ in range(rng.randint(1, 8)):
            where = rng.random()
            if where < 0.25:
                spot = rng.randrange(100)  # the database header
            elif where < 0.5:
                spot = rng.randrange(pages) * PAGE + rng.randrange(12)  # a b-tree page header
                spot = max(spot, 100) if spot < PAGE else spot
            else:
                spot = rng.randrange(len(data))
            data[spot] ^= 1 << rng.randrange(8)
            spots.append(spot)
        return f"flip bytes {spots}", bytes(data)
    if kind == "truncate":
        length = rng.randrange(pages) * PAGE if rng.random() < 0.5 else rng.randrange(len(raw))
        return f"truncate to {length}", bytes(data[:length])
    if kind == "zero":
        size = rng.choice((16, 100, 512, PAGE))
        start = rng.randrange(len(data) - size)
        data[start : start + size] = bytes(size)
        return f"zero {size} bytes at {start}", bytes(data)
    source, target = rng.randrange(pages), rng.randrange(pages)
    data[target * PAGE : (target + 1) * PAGE] = raw[source * PAGE : (source + 1) * PAGE]
    return f"copy page {source + 1} over page {target + 1}", bytes(data)


@pytest.mark.slow
def test_fuzzed_files_open_or_are_refused_cleanly(demo_master: Path, tmp_path: Path) -> None:
    raw = demo_master.read_bytes()
    folder = tmp_path / "fuzz"
    folder.mkdir()
    outcomes = {"opened": 0, "refused": 0}
    started = time.monotonic()
    for case in range(FUZZ_CASES):
        rng = random.Random(f"{FUZZ_SEED}:{case}")
        description, damaged = mutate(raw, rng)
        path = folder / f"case-{case}.pointb"
        path.write_bytes(damaged)
        digest = hashlib.sha256(damaged).hexdigest()
        where = f"case {case} (seed {FUZZ_SEED}): {description}"
        case_started = time.monotonic()
        try:
            workshop = WorkshopFile.open(path)
        except WorkshopFileError as exc:
            outcomes["refused"] += 1
            _clear_message(str(exc), path)
            assert hashlib.sha256(path.read_bytes()).hexdigest() == digest, f"{where}: changed"
            assert sorted(folder.iterdir()) == [path], f"{where}: left files beside it"
        except Exception as exc:  # any other exception type is a bug in the guarded open
            raise AssertionError(f"{where}: {type(exc).__name__}: {exc}") from exc
        else:
            outcomes["opened"] += 1
            try:
                assert workshop.data.workshop.title, where
            finally:
                workshop.close()
        assert time.monotonic() - case_started < 5, f"{where}: too slow (a hang?)"
        for leftover in folder.iterdir():
            leftover.unlink()
    print(
        f"\nfuzz: {FUZZ_CASES} cases, {outcomes['opened']} opened, {outcomes['refused']} refused "
        f"in {time.monotonic() - started:.1f} s"
    )
    assert outcomes["refused"] > FUZZ_CASES // 4  # the mutations do damage files
