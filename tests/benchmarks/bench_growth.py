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

from app.domain import model
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
    from app.export.pdf import export_boards_pdf

    results: list[Result] = []

    def record(action: str, size: int, samples: list[float]) -> None:
        results.append(
            Result(action, median(samples) * 1000, None, "ms", size, group="growth",
                   samples=len(samples))
        )

    qs.application()
    warm, _ = _open(config, workload.ensure(config.workloads, 100), "growth-warm.pointb")
    warm.close()
    for size in config.sizes:
        source = workload.ensure(config.workloads, size)
        reps = config.reps(15, 5)
        opens: list[float] = []
        for index in range(config.reps(3, 1)):
            board, seconds = _open(config, source, f"growth-open-{size}-{index}.pointb")
            opens.append(seconds)
            board.close()
        record("open file to board", size, opens)

        board, _ = _open(config, source, f"growth-{size}.pointb")
        try:
            rng = random.Random(size)
            capture = board.board
            scene = board.scene
            image = qs.new_image()
            record(
                "render (fitted, repaint)",
                size,
                repeat(lambda: qs.render(board.view.viewport(), image), config.reps(7, 3)),
            )

            def add_note() -> None:
                capture.capture_edit.setText(workload.note_text(rng))
                capture.add_note_from_bar()

            record("add note", size, repeat(_timed_with_events(add_note), reps))

            def move_note() -> None:
                note_id = rng.choice(list(scene.notes))
                item = scene.notes[note_id]
                scene.commit_drag({note_id: (item.pos().x() + 5.0, item.pos().y() + 5.0)})

            record("move note", size, repeat(_timed_with_events(move_note), reps))

            data = board.controller.data
            vote = next(v for v in data.votes if v.voter_kind == model.VoterKind.PARTICIPANT)
            capture.set_voting(True)
            capture.set_voter(model.VoterKind.PARTICIPANT, vote.voter_id)
            flip = [-1]

            def vote_once() -> None:
                capture.vote(vote.note_id, flip[0])
                flip[0] = -flip[0]

            record("vote (dot on / off)", size, repeat(_timed_with_events(vote_once), reps))
            capture.set_voting(False)

            free = [n.id for n in board.controller.data.notes if n.cluster_id is None]

            def group_notes() -> None:
                start = rng.randrange(0, max(1, len(free) - 5))
                scene.select_notes(free[start : start + 4])
                capture.create_cluster("Bench cluster")

            record("create cluster of 4 notes", size,
                   repeat(_timed_with_events(group_notes), config.reps(9, 3)))

            def delete_note() -> None:
                scene.select_notes([rng.choice(list(scene.notes))])
                capture.delete_selection()

            record("delete note", size, repeat(_timed_with_events(delete_note), reps))

            out = config.scratch / f"growth-{size}.pdf"
            record(
                "export board PDF",
                size,
                repeat(lambda: export_boards_pdf(board.controller.data, out, [1]),
                       config.reps(3, 1) if size <= 5_000 else 1, warmup=0),
            )
        finally:
            board.close()
    return results
