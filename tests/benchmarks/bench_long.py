"""Long work: a 100,000-row CSV import and a big report PDF, run the way a GUI runs them.

Each job runs in a worker thread (as the export dialog does with QThreadPool) while the
main thread keeps ticking an event loop every 5 ms. Reported: the total time, how often
the job called its progress callback (the longest wait between two calls), and the
longest the main thread went without getting to run (a UI freeze would show here).
"""

from __future__ import annotations

import itertools
import random
import threading
import time
from collections.abc import Callable
from pathlib import Path

from tests.benchmarks import workload
from tests.benchmarks.harness import Config, Result

Progress = Callable[[int, int], None]


def _run_in_worker(job: Callable[[Progress], object]) -> tuple[float, float, float, int]:
    """(total s, longest gap between progress calls s, longest main-thread stall s, calls)."""
    from tests.benchmarks import qt_session as qs

    qs.application()
    calls: list[float] = []
    failure: list[BaseException] = []

    def progress(done: int, total: int) -> None:
        calls.append(time.perf_counter())

    def work() -> None:
        try:
            job(progress)
        except BaseException as exc:  # reported in the main thread
            failure.append(exc)

    start = time.perf_counter()
    worker = threading.Thread(target=work, name="bench-long-work")
    worker.start()
    stall = 0.0
    last = time.perf_counter()
    while worker.is_alive():
        qs.process_events()
        time.sleep(0.005)
        now = time.perf_counter()
        stall = max(stall, now - last - 0.005)
        last = now
    worker.join()
    total = time.perf_counter() - start
    if failure:
        raise failure[0]
    marks = [start, *calls]
    gap = max((b - a for a, b in itertools.pairwise(marks)), default=total)
    return total, gap, stall, len(calls)


def _csv(path: Path, rows: int) -> Path:
    if path.exists():
        return path
    rng = random.Random(rows)
    lines = ["text,team,author,tag"]
    for index in range(rows):
        text = workload.note_text(rng).replace('"', '""')
        lines.append(f'"{text}",Team {index % 5 + 1},{rng.choice(workload.PEOPLE)},customers')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def csv_import(config: Config) -> list[Result]:
    from app import interchange

    rows = 20_000 if config.quick else 100_000
    source = _csv(config.scratch / f"ideas-{rows}.csv", rows)
    target = workload.copy_of(
        workload.ensure(config.workloads, 100), config.scratch, "csv-import.pointb"
    )
    total, gap, stall, calls = _run_in_worker(
        lambda progress: interchange.import_ideas_csv(target, source, progress=progress)
    )
    return [
        Result(
            "CSV import in a worker thread",
            total,
            None,
            "s",
            rows,
            group="info",
            samples=1,
            detail=f"{calls} progress calls, longest gap {gap:.2f} s (reading and checking "
            f"the file comes before the first); main thread's longest stall "
            f"{stall * 1000:.0f} ms",
        )
    ]


def big_report(config: Config) -> list[Result]:
    from app.export.pdf import export_report_pdf
    from tests.benchmarks.bench_export import load

    size = 1_000 if config.quick else 5_000
    data = load(workload.ensure(config.workloads, size).path)
    out = config.scratch / f"report-{size}.pdf"
    total, gap, stall, calls = _run_in_worker(
        lambda progress: export_report_pdf(data, out, progress=progress)
    )
    return [
        Result(
            "report PDF in a worker thread",
            total,
            None,
            "s",
            size,
            group="info",
            samples=1,
            detail=f"{calls} progress calls (one per board and section), longest gap "
            f"{gap:.2f} s; main thread's longest stall {stall * 1000:.0f} ms",
        )
    ]
