"""One edit to committed on disk: WorkshopFile.apply vs raw sqlite3 with the same settings.

The app's figure covers the whole path of a board gesture below the UI: the domain edit
(`edits.add_note` / `edits.drop`, which scan the notes), the SQLAlchemy write in one
`BEGIN IMMEDIATE` transaction with WAL + synchronous=FULL (an fsync per commit), and the
in-memory mirror. The baseline does the same row change with the stdlib sqlite3 module on
a copy of the same file, in WAL + synchronous=FULL, one commit per change.
"""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

from app.domain import edits, model
from app.services import WorkshopFile
from tests.benchmarks import workload
from tests.benchmarks.harness import Config, Result, median, paired

NOTE_COLUMNS = (
    "id", "board_id", "text", "x", "y", "width", "height", "color", "team_id", "author", "tag",
    "cluster_id", "role", "source_note_id", "parked",
)


def raw_connection(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, isolation_level=None)
    mode = connection.execute("PRAGMA journal_mode=WAL").fetchone()[0]
    assert str(mode).lower() == "wal"
    connection.execute("PRAGMA synchronous=FULL")
    return connection


class EditBench:
    """An open app file and a raw sqlite3 copy of the same workload."""

    def __init__(self, config: Config, size: int, tag: str) -> None:
        source = workload.ensure(config.workloads, size)
        self.app_path = workload.copy_of(source, config.scratch, f"edit-{tag}-{size}-app.pointb")
        self.raw_path = workload.copy_of(source, config.scratch, f"edit-{tag}-{size}-raw.pointb")
        self.file = WorkshopFile.open(self.app_path)
        self.raw = raw_connection(self.raw_path)
        self.rng = random.Random(size)
        self.next_raw_id = 1 + self.raw.execute("SELECT max(id) FROM note").fetchone()[0]
        self.note_ids = [n.id for n in self.file.data.notes]
        # Where each note is, as the board's items know it (no scan in the measured code).
        self.positions = {n.id: (n.x, n.y) for n in self.file.data.notes}

    def close(self) -> None:
        self.file.close()
        self.raw.close()

    # --- app --------------------------------------------------------------------------
    def app_add(self) -> None:
        data = self.file.data
        x, y = edits.next_note_position(data, 1)
        text = workload.note_text(self.rng)
        self.file.apply("Add note", edits.add_note(data, 1, text, x=x, y=y, team_id=1))

    def app_move(self) -> None:
        note_id = self.rng.choice(self.note_ids)
        x, y = self.positions[note_id]
        self.positions[note_id] = (x + 7.0, y + 3.0)
        pairs = edits.drop(self.file.data, 1, {note_id: (x + 7.0, y + 3.0)})
        self.file.apply("Move note", pairs)

    # --- bare sqlite3 -----------------------------------------------------------------
    def raw_add(self) -> None:
        text = workload.note_text(self.rng)
        values = (
            self.next_raw_id, 1, text, 10.0, 20.0, model.NOTE_WIDTH, model.NOTE_HEIGHT, None, 1,
            "", "", None, "idea", None, False,
        )
        self.next_raw_id += 1
        self.raw.execute("BEGIN IMMEDIATE")
        self.raw.execute(
            f"INSERT INTO note ({', '.join(NOTE_COLUMNS)}) VALUES "
            f"({', '.join('?' * len(NOTE_COLUMNS))})",
            values,
        )
        self.raw.execute("COMMIT")

    def raw_move(self) -> None:
        note_id = self.rng.choice(self.note_ids)
        self.raw.execute("BEGIN IMMEDIATE")
        self.raw.execute("UPDATE note SET x = x + 7.0, y = y + 3.0 WHERE id = ?", (note_id,))
        self.raw.execute("COMMIT")

    # --- an edit, then the pause: the main file brought up to date ----------------------
    def app_move_then_checkpoint(self) -> None:
        self.app_move()
        if not self.file.checkpoint():
            raise AssertionError("the checkpoint did not complete")

    def raw_move_then_checkpoint(self) -> None:
        self.raw_move()
        self.raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()


def one_edit(config: Config) -> list[Result]:
    results: list[Result] = []
    reps = config.reps(101, 21)
    bench = EditBench(config, 1_000, "target")
    try:
        for label, app_fn, raw_fn in (
            ("add", bench.app_add, bench.raw_add),
            ("move", bench.app_move, bench.raw_move),
        ):
            app_times, raw_times = paired(app_fn, raw_fn, reps, warmup=3)
            results.append(
                Result(
                    f"one edit ({label} a note) to committed on disk",
                    median(app_times) * 1000,
                    median(raw_times) * 1000,
                    "ms",
                    1_000,
                    target_ratio=3.0,
                    target_abs=5.0,
                    samples=reps,
                    detail="WorkshopFile.apply (+ the domain edit) vs raw sqlite3 "
                    "BEGIN IMMEDIATE/INSERT or UPDATE/COMMIT; both WAL + synchronous=FULL",
                )
            )
        # The worst case of keeping the file whole: the edits pause after every edit, so
        # every edit is followed by a checkpoint of the -wal into the main file.
        app_times, raw_times = paired(
            bench.app_move_then_checkpoint, bench.raw_move_then_checkpoint, reps, warmup=3
        )
        results.append(
            Result(
                "one edit (move) to committed in the main file (checkpoint at the pause)",
                median(app_times) * 1000,
                median(raw_times) * 1000,
                "ms",
                1_000,
                target_ratio=3.0,
                target_abs=10.0,
                samples=reps,
                detail="WorkshopFile.apply + WorkshopFile.checkpoint vs raw sqlite3 "
                "UPDATE/COMMIT + PRAGMA wal_checkpoint(TRUNCATE); both WAL + synchronous=FULL",
            )
        )
        memory = bench.file.data
    finally:
        bench.close()
    # The in-memory mirror after ~200 incremental edits is exactly what a reload reads.
    reloaded = WorkshopFile.open(bench.app_path, read_only=True)
    try:
        if reloaded.data.notes != memory.notes:
            raise AssertionError("WorkshopFile's memory differs from its file after the edits")
    finally:
        reloaded.close()
    return results


def edit_growth(config: Config) -> list[Result]:
    """The store-level edit at every workload size (the UI's share is in bench_growth)."""
    results: list[Result] = []
    reps = config.reps(31, 9)
    for size in config.sizes:
        bench = EditBench(config, size, "growth")
        try:
            for label, app_fn, raw_fn in (
                ("add", bench.app_add, bench.raw_add),
                ("move", bench.app_move, bench.raw_move),
            ):
                app_times, raw_times = paired(app_fn, raw_fn, reps, warmup=2)
                results.append(
                    Result(
                        f"edit.apply {label}",
                        median(app_times) * 1000,
                        median(raw_times) * 1000,
                        "ms",
                        size,
                        group="growth",
                        samples=reps,
                        detail="WorkshopFile.apply vs raw sqlite3, per edit",
                    )
                )
        finally:
            bench.close()
    return results
