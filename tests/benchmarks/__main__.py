"""`python -m tests.benchmarks`: run the benchmark suite, print the table, write bench.json.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.benchmarks [--quick]
        [--sizes 100,1000,5000,10000] [--only edit,repaint] [--out bench.json]
        [--plot bench-growth.png] [--markdown FILE]

Not part of `make test`: the files are named bench_*.py, so pytest never collects them,
and nothing here asserts on time. `make bench` runs it.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.benchmarks.harness import (
    Config,
    Result,
    growth_table,
    met_text,
    table,
    target_text,
    write_json,
)

Bench = Callable[[Config], list[Result]]


def _benchmarks() -> list[tuple[str, Bench]]:
    from tests.benchmarks import (
        bench_board,
        bench_edit,
        bench_export,
        bench_growth,
        bench_long,
        bench_room,
    )
    from tests.benchmarks import bench_startup as startup

    # Child-process figures first, while this process is still small and idle.
    return [
        ("cold-start", startup.cold_start),
        ("export-startup", startup.export_startup),
        ("memory", startup.memory),
        ("edit", bench_edit.one_edit),
        ("repaint-100", bench_board.repaint_100),
        ("repaint-fit", bench_board.repaint_fit),
        ("open", bench_board.open_to_board),
        ("pdf-board", bench_export.pdf_board),
        ("pdf-report", bench_export.pdf_report),
        ("csv-import", bench_long.csv_import),
        ("big-report", bench_long.big_report),
        ("room", bench_room.room_load),
        ("edit-growth", bench_edit.edit_growth),
        ("growth", bench_growth.growth),
    ]


def _sizes(text: str) -> tuple[int, ...]:
    try:
        sizes = tuple(sorted({int(part.replace("_", "")) for part in text.split(",") if part}))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a list of note counts: {text!r}") from None
    if not sizes or min(sizes) < 10:
        raise argparse.ArgumentTypeError("sizes are note counts of at least 10")
    return sizes


def markdown(results: list[Result]) -> str:
    lines = [
        "| measurement | notes | app | bare baseline | ratio | target | met |",
        "|---|---:|---:|---:|---:|---|---|",
    ]
    for r in results:
        if r.group == "growth":
            continue
        ratio = "-" if r.ratio is None else f"{r.ratio:.2f}x"
        base = "-" if r.baseline is None else f"{r.baseline:.3g} {r.unit}"
        lines.append(
            f"| {r.name} | {'' if r.n is None else f'{r.n:,}'} | {r.app:.3g} {r.unit} | "
            f"{base} | {ratio} | {target_text(r)} | {met_text(r)} |"
        )
    return "\n".join(lines) + "\n\n" + "```\n" + growth_table(results) + "\n```\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="few repetitions, small curves")
    parser.add_argument("--sizes", type=_sizes, default=None,
                        help="note counts for the growth curves (default 100,1000,5000,10000;"
                        " --quick: 100,1000)")
    parser.add_argument("--only", default="", help="comma-separated benchmark names to run")
    parser.add_argument("--out", type=Path, default=Path("bench.json"))
    parser.add_argument("--plot", type=Path, default=None,
                        help="growth PNG (default: bench-growth.png beside --out)")
    parser.add_argument("--markdown", type=Path, default=None, help="also write the tables")
    parser.add_argument("--list", action="store_true", help="list benchmark names and exit")
    args = parser.parse_args(argv)

    benchmarks = _benchmarks()
    if args.list:
        print("\n".join(name for name, _ in benchmarks))
        return 0
    sizes = args.sizes or ((100, 1_000) if args.quick else (100, 1_000, 5_000, 10_000))
    config = Config(quick=args.quick, sizes=sizes,
                    only=tuple(p.strip() for p in args.only.split(",") if p.strip()))
    unknown = [o for o in config.only if not any(o in name for name, _ in benchmarks)]
    if unknown:
        parser.error(f"no benchmark named {', '.join(unknown)} (see --list)")

    started = time.perf_counter()
    results: list[Result] = []
    for name, bench in benchmarks:
        if not config.wanted(name):
            continue
        t0 = time.perf_counter()
        print(f"[bench] {name} ...", end="", flush=True, file=sys.stderr)
        found = bench(config)
        results += found
        print(f" {time.perf_counter() - t0:.1f} s", file=sys.stderr)
        write_json(results, args.out)  # partial results survive an interrupted run

    print()
    print(table(results))
    if any(r.group == "growth" for r in results):
        print()
        print(growth_table(results))
        from tests.benchmarks.plot import plot

        plot_path = args.plot or args.out.with_name("bench-growth.png")
        plot(results, plot_path)
        print(f"\ngrowth plot: {plot_path}")
    write_json(results, args.out)
    if args.markdown:
        args.markdown.write_text(markdown(results), encoding="utf-8")
    missed = [r for r in results if r.met is False]
    print(f"\n{len(results)} figures in {time.perf_counter() - started:.0f} s; "
          f"{sum(1 for r in results if r.met)} targets met, {len(missed)} missed; "
          f"written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
