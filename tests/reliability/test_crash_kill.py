"""Crash safety: a scripted session of 1,000+ edits is SIGKILLed at random moments.

After every kill the file must pass `PRAGMA integrity_check` and the consistency rules, and
hold exactly the state after the last edit the worker reported as saved, or the one after
it (the kill may land after the commit but before the report): every reported edit is
there, and no edit is half applied (the checksum covers every entity, so a delete with its
votes or a dissolved cluster is either entirely there or entirely absent).

The same file is reused across kills: each round resumes the session where the file is.
`POINTB_KILL_ROUNDS=500` is the release setting (default 50).
"""

from __future__ import annotations

import os
import queue
import random
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import pytest

from app import interchange
from app.services import WorkshopFile
from tests.reliability import crash_worker
from tests.reliability.conftest import REPO

WORKER = Path(crash_worker.__file__).resolve()
ROUNDS = int(os.environ.get("POINTB_KILL_ROUNDS", "50"))
MIN_EDITS = 1000
EDITS_PER_ROUND = 20  # on average between two kills
DIRECT_ROUNDS = 2  # rounds in a fresh interpreter ([python, worker, file, seed, ...])
SEED = int(os.environ.get("POINTB_KILL_SEED", "20261124"))


class Lines:
    """Lines of a child's stdout, read by a thread so waiting never blocks the test."""

    def __init__(self, stream: IO[str]) -> None:
        self.queue: queue.Queue[str | None] = queue.Queue()
        self.thread = threading.Thread(target=self._pump, args=(stream,), daemon=True)
        self.thread.start()

    def _pump(self, stream: IO[str]) -> None:
        for line in stream:
            self.queue.put(line.rstrip("\n"))
        self.queue.put(None)

    def next(self, timeout: float = 30) -> str | None:
        return self.queue.get(timeout=timeout)


@dataclass
class Round:
    pid: int = 0
    saved: list[tuple[int, str]] = field(default_factory=list)
    exit_code: int | None = None
    finished: bool = False


def _collect(lines: Lines, round_: Round, until: str, count: int = 0) -> str | None:
    """Read lines into `round_` until a line starting with `until` (or `count` saves)."""
    while True:
        line = lines.next()
        if line is None:
            return None
        word, _, rest = line.partition(" ")
        if word == "pid":
            round_.pid = int(rest)
        elif word == "saved":
            step, checksum = rest.split()
            round_.saved.append((int(step), checksum))
        elif word == "done":
            round_.finished = True
        elif word == "exit":
            round_.exit_code = int(rest)
        if word == until or (count and word == "saved" and len(round_.saved) >= count):
            return line


def _plan_kill(rng: random.Random) -> tuple[str, float, int]:
    """When to kill: during the open (10%) or after some saves plus a sub-edit delay."""
    if rng.random() < 0.1:
        return "open", rng.uniform(0.0, 0.04), 0
    return "edits", rng.uniform(0.0, 0.003), rng.randint(1, 2 * EDITS_PER_ROUND - 1)


def _verify(path: Path, sim: crash_worker.Simulation, start: int, round_: Round) -> int:
    """Check the file after a kill; returns the step the file is at."""
    for step, reported in round_.saved:
        assert reported == sim.checksum_at(step), f"the worker diverged from the script at {step}"
    last = round_.saved[-1][0] if round_.saved else start
    problems = interchange.check(path)  # PRAGMA integrity_check + links + vote budgets
    assert problems == [], f"after a kill at step {last}: {problems}"
    reopened = WorkshopFile.open(path, read_only=True)
    try:
        got = crash_worker.checksum(reopened.data)
    finally:
        reopened.close()
    if got == sim.checksum_at(last):
        return last
    assert got == sim.checksum_at(last + 1), (
        f"the file is neither at step {last} (last reported saved) nor at {last + 1}: "
        f"an edit was lost or half applied ({sim.labels[last + 1]!r})"
    )
    return last + 1


@pytest.mark.slow
def test_sigkill_never_loses_a_saved_edit_nor_half_applies_one(
    workshop_path: Path, tmp_path: Path
) -> None:
    path = tmp_path / "session.pointb"
    workshop_path.rename(path)
    initial = WorkshopFile.open(path, read_only=True)
    sim = crash_worker.Simulation(initial.data, SEED)
    initial.close()
    rng = random.Random(SEED)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    zygote = subprocess.Popen(
        [sys.executable, str(WORKER), "--serve"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        bufsize=1,
        env=env,
    )
    assert zygote.stdin is not None and zygote.stdout is not None
    zygote_lines = Lines(zygote.stdout)
    step, kills, multi_entity_kills, open_kills = 0, 0, 0, 0
    started = time.monotonic()
    try:
        round_number = 0
        while kills < ROUNDS:
            round_number += 1
            assert round_number < ROUNDS * 3, "the worker keeps finishing before the kill"
            stop = step + 4 * EDITS_PER_ROUND  # bounds a round whose kill comes late
            moment, delay, saves = _plan_kill(rng)
            round_ = Round()
            if round_number <= DIRECT_ROUNDS:
                child = subprocess.Popen(
                    [sys.executable, str(WORKER), str(path), str(SEED), str(step), str(stop)],
                    stdout=subprocess.PIPE,
                    text=True,
                    bufsize=1,
                    env=env,
                )
                assert child.stdout is not None
                child_stdout = child.stdout
                lines = Lines(child_stdout)
            else:
                zygote.stdin.write(f"{path}\t{SEED}\t{step}\t{stop}\n")
                zygote.stdin.flush()
                lines = zygote_lines
            _collect(lines, round_, "pid")
            if moment == "open":
                time.sleep(delay)
            else:
                _collect(lines, round_, "done", count=saves)
                time.sleep(delay)
            os.kill(round_.pid, signal.SIGKILL)  # a no-op on a child that already finished
            if round_number <= DIRECT_ROUNDS:
                _collect(lines, round_, "")  # to the end of its output
                round_.exit_code = child.wait(timeout=30)
                lines.thread.join(timeout=30)
                child_stdout.close()
            else:
                _collect(lines, round_, "exit")
            killed = round_.exit_code == -signal.SIGKILL
            new_step = _verify(path, sim, step, round_)
            if killed:
                kills += 1
                open_kills += moment == "open"
                if new_step == (round_.saved[-1][0] if round_.saved else step):
                    sim.checksum_at(new_step + 1)  # the edit in flight when killed
                    multi_entity_kills += sim.sizes[new_step + 1] > 1
            else:
                assert round_.finished and round_.exit_code == 0
            step = new_step
        # The rest of the session, to at least MIN_EDITS, with a clean close at the end.
        final = Round()
        stop = max(MIN_EDITS, step + 1)
        zygote.stdin.write(f"{path}\t{SEED}\t{step}\t{stop}\n")
        zygote.stdin.flush()
        _collect(zygote_lines, final, "exit")
        assert final.exit_code == 0 and final.finished
        assert _verify(path, sim, step, final) == stop
    finally:
        zygote.stdin.close()
        zygote.wait(timeout=30)
        zygote_lines.thread.join(timeout=30)
        zygote.stdout.close()
    elapsed = time.monotonic() - started
    print(
        f"\n{kills} kills ({open_kills} while opening, {multi_entity_kills} just before a "
        f"multi-entity edit) over {stop} edits in {elapsed:.1f} s"
    )
    assert kills >= ROUNDS and stop >= MIN_EDITS
    assert multi_entity_kills > 0, "no kill landed next to a multi-entity edit"
    assert sum(1 for size in sim.sizes if size > 1) > 50


@pytest.mark.parametrize("seed", [1, 2])
def test_the_script_is_deterministic_and_varied(workshop_path: Path, seed: int) -> None:
    """The harness itself: the same seed gives the same session; all edit kinds occur."""
    workshop = WorkshopFile.open(workshop_path, read_only=True)
    first = crash_worker.Simulation(workshop.data, seed)
    second = crash_worker.Simulation(workshop.data, seed)
    workshop.close()
    assert first.checksum_at(300) == second.checksum_at(300)
    assert set(first.labels) >= {
        "add note",
        "move notes",
        "edit text",
        "cluster",
        "dissolve",
        "vote",
        "delete notes",
        "move cluster",
        "delete selection",
    }
