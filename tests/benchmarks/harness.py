"""Timing helpers, the result record, the table and bench.json.

Every figure is a median of several repetitions. The app figure and its bare-library
baseline are measured in the same run, interleaved where possible, so the ratio between
them survives a busy machine better than either absolute number.
"""

from __future__ import annotations

import gc
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
PYTHON = sys.executable


@dataclass
class Config:
    quick: bool = False
    sizes: tuple[int, ...] = (100, 1_000, 5_000, 10_000)
    only: tuple[str, ...] = ()
    workdir: Path = field(
        default_factory=lambda: Path(tempfile.gettempdir()) / f"pointb-bench-{os.getuid()}"
    )

    def reps(self, full: int, quick: int | None = None) -> int:
        return (quick if quick is not None else max(1, full // 3)) if self.quick else full

    def wanted(self, name: str) -> bool:
        return not self.only or any(part in name for part in self.only)

    @property
    def workloads(self) -> Path:
        return self.workdir / "workloads"

    @property
    def scratch(self) -> Path:
        path = self.workdir / "scratch"
        path.mkdir(parents=True, exist_ok=True)
        return path


@dataclass
class Result:
    """One line of the table: the app's figure, the baseline's, and the targets."""

    name: str
    app: float
    baseline: float | None
    unit: str
    n: int | None
    target_ratio: float | None = None
    target_abs: float | None = None
    strict: bool = False  # the ratio must be below target_ratio ("faster than the baseline")
    detail: str = ""
    samples: int = 0
    group: str = "target"  # "target", "info" or "growth"

    @property
    def ratio(self) -> float | None:
        if self.baseline is None or self.baseline <= 0:
            return None
        return self.app / self.baseline

    @property
    def met(self) -> bool | None:
        checks: list[bool] = []
        ratio = self.ratio
        if self.target_ratio is not None and ratio is not None:
            checks.append(ratio < self.target_ratio if self.strict else ratio <= self.target_ratio)
        if self.target_abs is not None:
            checks.append(self.app <= self.target_abs)
        return all(checks) if checks else None

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "app": round(self.app, 4),
            "baseline": None if self.baseline is None else round(self.baseline, 4),
            "ratio": None if self.ratio is None else round(self.ratio, 3),
            "unit": self.unit,
            "n": self.n,
            "target_ratio": self.target_ratio,
            "target_abs": self.target_abs,
            "met": self.met,
            "strict": self.strict,
            "samples": self.samples,
            "group": self.group,
            "detail": self.detail,
        }


def median(values: Iterable[float]) -> float:
    return float(statistics.median(list(values)))


def timed(fn: Callable[[], object]) -> float:
    """Seconds one call takes."""
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def repeat(fn: Callable[[], object], reps: int, warmup: int = 1) -> list[float]:
    for _ in range(warmup):
        fn()
    gc.collect()
    return [timed(fn) for _ in range(reps)]


def paired(
    app: Callable[[], object], base: Callable[[], object], reps: int, warmup: int = 1
) -> tuple[list[float], list[float]]:
    """Interleave app and baseline runs so both see the same machine load."""
    for _ in range(warmup):
        app()
        base()
    gc.collect()
    app_times: list[float] = []
    base_times: list[float] = []
    for index in range(reps):
        # Alternate which goes first: neither side always inherits the other's cache state.
        if index % 2:
            base_times.append(timed(base))
            app_times.append(timed(app))
        else:
            app_times.append(timed(app))
            base_times.append(timed(base))
    return app_times, base_times


@dataclass
class ProcessRun:
    wall: float  # seconds from spawn to exit
    max_rss_kb: int
    returncode: int
    stdout: str
    stderr: str


def child_env(config: Config, **extra: str) -> dict[str, str]:
    """The environment of measured child processes.

    Offscreen Qt, private settings, and bytecode caching into a private folder: this
    project's shell sets PYTHONDONTWRITEBYTECODE, which would make every child compile
    the app from source, unlike any installed copy (pip and PyInstaller ship bytecode).
    """
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(config.workdir / "pycache")
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["XDG_CONFIG_HOME"] = str(config.workdir / "config")
    env["PYTHONPATH"] = str(ROOT)
    env.update(extra)
    return env


def run_process(argv: Sequence[str], env: dict[str, str], cwd: Path = ROOT) -> ProcessRun:
    """Spawn, wait, and report wall time and the child's own peak RSS (wait4)."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        list(argv), env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert proc.stdout is not None and proc.stderr is not None
    stdout = proc.stdout.read()
    stderr = proc.stderr.read()
    _pid, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    return ProcessRun(
        wall, int(usage.ru_maxrss), proc.returncode, stdout.decode(errors="replace"),
        stderr.decode(errors="replace"),
    )


def checked(run: ProcessRun, what: str) -> ProcessRun:
    if run.returncode != 0:
        raise RuntimeError(f"{what} failed ({run.returncode}): {run.stderr.strip()[-800:]}")
    return run


def fmt(value: float | None, unit: str = "") -> str:
    if value is None:
        return "-"
    if abs(value) >= 100:
        text = f"{value:.0f}"
    elif abs(value) >= 10:
        text = f"{value:.1f}"
    else:
        text = f"{value:.2f}"
    return f"{text} {unit}".strip()


def target_text(result: Result) -> str:
    parts: list[str] = []
    if result.target_ratio is not None:
        parts.append(f"{'<' if result.strict else '<='}{result.target_ratio:g}x")
    if result.target_abs is not None:
        parts.append(f"<={result.target_abs:g} {result.unit}")
    return ", ".join(parts) or "-"


def met_text(result: Result) -> str:
    met = result.met
    return "-" if met is None else ("yes" if met else "NO")


def table(results: Sequence[Result], groups: Sequence[str] = ("target", "info")) -> str:
    rows = [("measurement", "n", "app", "baseline", "ratio", "target", "met")]
    for r in results:
        if r.group not in groups:
            continue
        rows.append(
            (
                r.name,
                "" if r.n is None else f"{r.n:,}",
                fmt(r.app, r.unit),
                fmt(r.baseline, r.unit),
                "-" if r.ratio is None else f"{r.ratio:.2f}x",
                target_text(r),
                met_text(r),
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for index, row in enumerate(rows):
        cells = [
            cell.ljust(widths[i]) if i == 0 else cell.rjust(widths[i]) for i, cell in enumerate(row)
        ]
        lines.append("  ".join(cells))
        if index == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def growth_table(results: Sequence[Result]) -> str:
    growth = [r for r in results if r.group == "growth"]
    actions = list(dict.fromkeys(r.name for r in growth))
    sizes = sorted({r.n for r in growth if r.n is not None})
    header = ["action (ms per action; µs per note)", *[f"{s:,}" for s in sizes]]
    rows = [header]
    for action in actions:
        cells = [action]
        for size in sizes:
            found = next((r for r in growth if r.name == action and r.n == size), None)
            if found is None:
                cells.append("-")
            else:
                per_note = found.app * 1000.0 / size
                cells.append(f"{fmt(found.app)} ({fmt(per_note)})")
        rows.append(cells)
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    lines = []
    for index, row in enumerate(rows):
        cells = [
            cell.ljust(widths[i]) if i == 0 else cell.rjust(widths[i]) for i, cell in enumerate(row)
        ]
        lines.append("  ".join(cells))
        if index == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def write_json(results: Sequence[Result], path: Path) -> None:
    path.write_text(
        json.dumps([r.to_json() for r in results], ensure_ascii=False, indent=2) + "\n",
        encoding="utf-8",
    )


def fresh_dir(path: Path) -> Path:
    shutil.rmtree(path, ignore_errors=True)
    path.mkdir(parents=True)
    return path
