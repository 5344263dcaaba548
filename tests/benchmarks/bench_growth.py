"""Growth curves: every user action on the capture board at 100 ... 10,000 notes.

Each action runs the way the board runs it (the widget's own methods: capture bar, drop,
voting, grouping, delete), including the scene and side-panel updates and the events
they post, so a step that scans all notes shows up as cost growing with the board. An
action on one note should cost about the same at any size; work over the whole board
(open, export, render) should grow linearly: time per note flat or falling.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable

from tests.benchmarks import qt_session as qs
from tests.benchmarks import workload
from tests.benchmarks.harness import Config, Result, median, repeat


def _timed_with_events(action: Callable[[], object]) -> Callable[[], None]:
    def run() -> None:
        action()
        qs.process_events()  # what the action posted (repaints, deferred updates)

    return run


def _open(config: Config, source: workload.Workload, name: str) -> tuple[qs.OpenBoard, float]:
    path = workload.copy_of(source, config.scratch, name)
    start = time.perf_counter()
    board = qs.OpenBoard(path)
    board.board._initial_fit()
    qs.render(board.view.viewport(), qs.new_image())
    return board, time.perf_counter() - start


def growth(config: Config) -> list[Result]:
    results: list[Result] = []
    qs.application()
    warm, _ = _open(config, workload.ensure(config.workloads, 100), "growth-warm.pointb")
    warm.close()
    for size in config.sizes:
        source = workload.ensure(config.workloads, size)
        opens: list[float] = []
        for index in range(config.reps(3, 1)):
            board, seconds = _open(config, source, f"growth-open-{size}-{index}.pointb")
            opens.append(seconds)
            board.close()
        results.append(Result("open file to board", median(opens) * 1000, None, "ms", size,
                              group="growth", samples=len(opens)))

        board, _ = _open(config, source, f"growth-{size}.pointb")
        try:
            results += _actions(config, board, size)
        finally:
            board.close()
    return results


def _actions(config: Config, board: qs.OpenBoard, size: int) -> list[Result]:
    """The one-note actions and the whole-board renders and exports on an open board."""
    from app.export.pdf import export_boards_pdf

    results: list[Result] = []
    reps = config.reps(15, 5)
    rng = random.Random(size)
    capture = board.board
    scene = board.scene
    image = qs.new_image()

    def record(action: str, samples: list[float]) -> None:
        results.append(
            Result(action, median(samples) * 1000, None, "ms", size, group="growth",
                   samples=len(samples))
        )

    record(
        "render (fitted, repaint)",
        repeat(lambda: qs.render(board.view.viewport(), image), config.reps(7, 3)),
    )

    def add_note() -> None:
        capture.capture_edit.setText(workload.note_text(rng))
        _check(capture.add_note_from_bar(), "add note")

    record("add note", repeat(_timed_with_events(add_note), reps))

    def move_note() -> None:
        note_id = rng.choice(list(scene.notes))
        item = scene.notes[note_id]
        _check(
            scene.commit_drag({note_id: (item.pos().x() + 5.0, item.pos().y() + 5.0)}), "move"
        )

    record("move note", repeat(_timed_with_events(move_note), reps))

    capture.set_voting(True)
    kind, voter_id = capture.voter_combo.currentData()
    data = board.controller.data
    own = [v for v in data.votes if v.voter_kind == kind and v.voter_id == voter_id]
    voted_note = own[0].note_id if own else data.notes[0].id
    flip = [-1 if own else 1]  # take a dot back and give it again: within the budget

    def vote_once() -> None:
        _check(capture.vote(voted_note, flip[0]), "vote")
        flip[0] = -flip[0]

    record("vote (dot on / off)", repeat(_timed_with_events(vote_once), reps))
    capture.set_voting(False)

    free = [n.id for n in board.controller.data.notes if n.cluster_id is None]

    def group_notes() -> None:
        start = rng.randrange(0, max(1, len(free) - 5))
        scene.select_notes(free[start : start + 4])
        _check(capture.create_cluster("Bench cluster"), "create cluster")

    record("create cluster of 4 notes",
           repeat(_timed_with_events(group_notes), config.reps(9, 3)))

    def delete_note() -> None:
        scene.select_notes([rng.choice(list(scene.notes))])
        _check(capture.delete_selection(), "delete")

    record("delete note", repeat(_timed_with_events(delete_note), reps))

    out = config.scratch / f"growth-{size}.pdf"
    record(
        "export board PDF",
        repeat(lambda: export_boards_pdf(board.controller.data, out, [1]),
               config.reps(3, 1) if size <= 5_000 else 1, warmup=0),
    )
    return results


def _check(ok: bool, action: str) -> None:
    if not ok:
        raise RuntimeError(f"the board refused the benchmark's {action}")
