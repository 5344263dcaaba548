"""Process-level figures: GUI cold start, `pointb export` start-up (no Qt), memory.

Each figure is the wall time (or peak RSS, from wait4) of a fresh child process, so the
imports count exactly as they do for a facilitator double-clicking the file.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.benchmarks import workload
from tests.benchmarks.harness import (
    PYTHON,
    Config,
    ProcessRun,
    Result,
    checked,
    child_env,
    median,
    run_process,
)

BARE_WINDOW = Path(__file__).with_name("bare_window.py")
EXIT_ENV = {"POINTB_EXIT_AFTER_FIRST_PAINT": "1"}

# Run in a child: a real export through the CLI, then report which modules got imported.
QT_CHECK = """
import json, sys
from app.cli import main
status = main(["export", sys.argv[1], "--to", sys.argv[2]] + sys.argv[3:])
qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
print(json.dumps({"status": status, "qt": qt}))
"""


def _gui(config: Config, path: Path) -> ProcessRun:
    run = run_process([PYTHON, "-m", "app", str(path)], child_env(config, **EXIT_ENV))
    return checked(run, f"GUI start on {path.name}")


def _bare(config: Config) -> ProcessRun:
    return checked(run_process([PYTHON, str(BARE_WINDOW)], child_env(config)), "bare window")


def cold_start(config: Config) -> list[Result]:
    source = workload.ensure(config.workloads, 1_000)
    # A private copy: the app claims the file (WAL, owner row) when it opens it.
    path = workload.copy_of(source, config.scratch, "cold-start-1000.pointb")
    _gui(config, path)  # warm-up: bytecode cache and the OS page cache, both sides
    _bare(config)
    reps = config.reps(7, 3)
    app_runs: list[ProcessRun] = []
    bare_runs: list[ProcessRun] = []
    for index in range(reps):
        if index % 2:
            bare_runs.append(_bare(config))
            app_runs.append(_gui(config, path))
        else:
            app_runs.append(_gui(config, path))
            bare_runs.append(_bare(config))
    return [
        Result(
            "GUI cold start to first painted window",
            median(r.wall for r in app_runs),
            median(r.wall for r in bare_runs),
            "s",
            1_000,
            target_ratio=1.5,
            target_abs=1.0,
            samples=reps,
            detail="python -m app FILE (POINTB_EXIT_AFTER_FIRST_PAINT=1) vs a bare PySide6 "
            "QMainWindow script; process wall time",
        )
    ]


def memory(config: Config) -> list[Result]:
    results: list[Result] = []
    bare = median(_bare(config).max_rss_kb for _ in range(config.reps(3, 1))) / 1024
    for size, target in ((5_000, 300.0), (10_000, None)):
        if config.quick and size > 5_000:
            continue
        source = workload.ensure(config.workloads, size)
        path = workload.copy_of(source, config.scratch, f"memory-{size}.pointb")
        rss = median(_gui(config, path).max_rss_kb for _ in range(config.reps(3, 1))) / 1024
        results.append(
            Result(
                "memory (peak RSS), board open and painted",
                rss,
                bare,
                "MB",
                size,
                target_abs=target,
                group="target" if target else "info",
                samples=config.reps(3, 1),
                detail="peak RSS of the GUI process (wait4 ru_maxrss); baseline: bare window",
            )
        )
    return results


def export_startup(config: Config) -> list[Result]:
    from app.demo import write_demo

    demo = config.scratch / "demo-export.pointb"
    if not demo.exists():
        write_demo(demo, "en", force=True)
    env = child_env(config)
    out_json = config.scratch / "export-startup.json"
    out_pdf = config.scratch / "export-startup.pdf"

    def export_help() -> ProcessRun:
        argv = [PYTHON, "-m", "app", "export", "--help"]
        return checked(run_process(argv, env), "pointb export --help")

    def import_reportlab() -> ProcessRun:
        return checked(run_process([PYTHON, "-c", "import reportlab"], env), "import reportlab")

    def export_json() -> ProcessRun:
        argv = [PYTHON, "-m", "app", "export", str(demo), "--to", str(out_json)]
        return checked(run_process(argv, env), "pointb export to JSON")

    for fn in (export_help, import_reportlab, export_json):
        fn()  # warm-up
    reps = config.reps(11, 5)
    help_times: list[float] = []
    base_times: list[float] = []
    json_times: list[float] = []
    for _ in range(reps):
        help_times.append(export_help().wall)
        base_times.append(import_reportlab().wall)
        json_times.append(export_json().wall)

    # The rule behind the figure: an export never imports Qt (JSON and PDF paths).
    imported: list[str] = []
    for out, extra in ((out_json, []), (out_pdf, ["--board", "report"])):
        argv = [PYTHON, "-c", QT_CHECK, str(demo), str(out), *extra]
        run = checked(run_process(argv, env), f"export check {out.suffix}")
        report = json.loads(run.stdout.strip().splitlines()[-1])
        if report["status"] != 0:
            raise RuntimeError(f"export to {out.suffix} failed in the Qt check")
        imported += report["qt"]
    if imported:
        raise AssertionError(f"`pointb export` imported Qt: {sorted(set(imported))}")

    base = median(base_times)
    return [
        Result(
            "`pointb export` start-up (no Qt imported)",
            median(help_times),
            base,
            "s",
            None,
            target_ratio=2.0,
            samples=reps,
            detail="python -m app export --help vs python -c 'import reportlab'; a JSON and "
            "a PDF export were checked to import no PySide6",
        ),
        Result(
            "`pointb export` demo to JSON, whole process",
            median(json_times),
            base,
            "s",
            None,
            group="info",
            samples=reps,
            detail="reading the file needs SQLAlchemy/SQLModel: most of this is their import",
        ),
    ]
