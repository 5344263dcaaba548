"""The board on screen: repaint at 100% and fitted, and opening a big file to a board.

Repaints render the view's viewport into a 1920x1080 image through its paintEvent, the
same code path as a repaint on screen; the first paint after a zoom change is reported
separately from the steady repaint.
"""

from __future__ import annotations

import gc
import time

from tests.benchmarks import qt_session as qs
from tests.benchmarks import workload
from tests.benchmarks.harness import Config, Result, median, paired, repeat


def repaint_100(config: Config) -> list[Result]:
    source = workload.ensure(config.workloads, 2_000)
    board = qs.OpenBoard(source.path, read_only=True)
    try:
        view = qs.standalone_view(board.scene)
        view.reset_zoom()
        view.centerOn(900.0, 520.0)  # the top-left clusters: frames and the notes in them
        board.scene.set_view_scale(view.scale_factor())  # the detail of this view, not the board's
        qs.process_events()
        bare = qs.bare_view(qs.bare_scene(board.scene), view)
        image = qs.new_image()
        reps = config.reps(31, 9)
        app_times, bare_times = paired(
            lambda: qs.render(view.viewport(), image),
            lambda: qs.render(bare.viewport(), image),
            reps,
            warmup=2,
        )
        visible = sum(
            1 for item in board.scene.items(view.mapToScene(view.viewport().rect()))
            if item in board.scene.notes.values()
        )
        view.close()
        bare.close()
    finally:
        board.close()
    return [
        Result(
            "repaint 1920x1080 at 100% zoom",
            median(app_times) * 1000,
            median(bare_times) * 1000,
            "ms",
            2_000,
            target_ratio=1.5,
            target_abs=16.0,
            samples=reps,
            detail=f"{visible} notes in view; app BoardView vs a bare QGraphicsScene with "
            "the same rounded rectangles and QStaticText",
        )
    ]


def repaint_fit(config: Config) -> list[Result]:
    return [_repaint_fit(config, size) for size in (10_000, 2_000)]


def _repaint_fit(config: Config, size: int) -> Result:
    source = workload.ensure(config.workloads, size)
    board = qs.OpenBoard(source.path, read_only=True)
    try:
        view = qs.standalone_view(board.scene)
        view.reset_zoom()
        qs.process_events()
        image = qs.new_image()
        # The first frame at the fitted zoom (what a zoom step costs) ...
        view.fit()
        qs.process_events()
        started = time.perf_counter()
        qs.render(view.viewport(), image)
        first_ms = (time.perf_counter() - started) * 1000
        bare = qs.bare_view(qs.bare_scene(board.scene), view)
        reps = config.reps(15, 5)
        app_times, bare_times = paired(
            lambda: qs.render(view.viewport(), image),
            lambda: qs.render(bare.viewport(), image),
            reps,
            warmup=1,
        )
        # ... and a zoom step there and back, the frames a wheel turn paints.
        scale = view.scale_factor()

        def zoom_step() -> None:
            view.set_scale(scale * 1.25)
            qs.render(view.viewport(), image)
            view.set_scale(scale)
            qs.render(view.viewport(), image)

        zoom_ms = median(repeat(zoom_step, config.reps(7, 3))) * 1000 / 2
        view.close()
        bare.close()
    finally:
        board.close()
    target = size == 10_000
    return Result(
        "repaint with the whole board fitted",
        median(app_times) * 1000,
        median(bare_times) * 1000,
        "ms",
        size,
        target_ratio=1.0 if target else None,
        target_abs=33.0 if target else None,
        strict=True,
        group="target" if target else "info",
        samples=reps,
        detail=f"zoom {scale:.3f}; first frame at this zoom {first_ms:.1f} ms, a zoom "
        f"step {zoom_ms:.1f} ms per frame; bare scene draws every note in full",
    )


def open_to_board(config: Config) -> list[Result]:
    source = workload.ensure(config.workloads, 5_000)
    reps = config.reps(5, 2)
    times: list[float] = []
    for index in range(reps + 1):
        path = workload.copy_of(source, config.scratch, "open-5000.pointb")
        gc.collect()
        start = time.perf_counter()
        board = qs.OpenBoard(path)  # Controller.open (WorkshopFile.open) + CaptureBoard
        board.board._initial_fit()  # the fit queued for the first show, run now
        qs.render(board.view.viewport(), qs.new_image())  # its first paint
        elapsed = time.perf_counter() - start
        board.close()
        if index:  # the first run warms caches (fonts, imports)
            times.append(elapsed)
    return [
        Result(
            "open a file to a usable board",
            median(times),
            None,
            "s",
            5_000,
            target_abs=0.5,
            samples=reps,
            detail="Controller.open (WorkshopFile.open, writable) + CaptureBoard (scene "
            "build) + fit + first paint",
        )
    ]
