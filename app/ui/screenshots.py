"""Screenshots for the README: `python -m app.ui.screenshots OUTDIR [--lang en|ru]`.

Renders offscreen at 1600x1000 with the demo workshop: the start screen, the capture board,
the console and presenter windows, and every exercise's views; then every board on a
1366×768 laptop and on a 1920×1080 projector.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

from app.domain.reverse import ReverseStep

SIZE = (1600, 1000)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m app.ui.screenshots")
    parser.add_argument("outdir", type=Path, nargs="?", default=Path("docs/img"))
    parser.add_argument("--lang", choices=("en", "ru"), default="en")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from app.ui.app import make_app
    from app.ui.board.capture import CaptureBoard
    from app.ui.main_window import MainWindow, write_demo_file
    from app.ui.room import room_screenshots
    from app.ui.room_join import render_screenshots as join_screenshots

    with tempfile.TemporaryDirectory(prefix="pointb-shots-") as temp:
        root = Path(temp)
        # Recent files are shown relative to the home folder ("~/Workshops"): the pictures
        # must not show the folders of the machine that made them.
        os.environ["HOME"] = str(root)
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(root / "s"))
        app = make_app()
        folder = root / "Workshops"
        folder.mkdir()
        demo = write_demo_file(folder / "cash-terminals-demo.pointb", args.lang)
        QSettings().setValue("ui/language", args.lang)  # the interface language too
        window = MainWindow(settings=QSettings())
        window.recent.add(demo)
        window.recent.add(folder / "retail-offsite-2026.pointb")  # shows a missing file, greyed
        window.recent.add(demo)
        window.start_screen.refresh()
        window.resize(*SIZE)
        window.show()
        settle(app)
        args.outdir.mkdir(parents=True, exist_ok=True)
        written = [save(window.grab(), args.outdir / "start-screen.png")]

        if not window.open_path(demo):
            print("the demo could not be opened", file=sys.stderr)
            return 1
        capture = next(
            (
                b
                for b in sorted(window.controller.data.boards, key=lambda b: b.position)
                if b.kind.value == "capture"
            ),
            None,
        )
        if capture is not None:
            board = window.select_board(capture.id)
            settle(app)
            if isinstance(board, CaptureBoard):
                board.fit()
                board.scene.clearSelection()
            settle(app)
        written.append(save(window.grab(), args.outdir / "capture-board.png"))
        # In the room: console-<lang>.png and presenter-<lang>.png (app.ui.room).
        written += room_screenshots(window, args.outdir, args.lang)
        written += join_screenshots(window, window.room, args.outdir, args.lang)
        # Every board on a 1366×768 laptop, and on the projector (1920×1080).
        written += laptop_and_projector_shots(window, args.outdir, args.lang)
        if args.lang == "en":  # the docs show the stages in English
            written += projector_stage_shots(window, args.outdir, args.lang)
        window.controller.close()
        window.close()
        QApplication.processEvents()
        # Each exercise renders its own views (docs/exercises.md shows them).
        written += reverse_screenshots(args.outdir, args.lang)
        for name in ("prioritise", "value_prop", "cx_screens"):
            module = importlib.import_module(f"app.ui.exercises.{name}")
            written += module.render_screenshots(args.outdir, args.lang)
    for path in written:
        print(path)
    return 0


REVERSE_SHOTS = (  # file name, the step shown, as the room sees it (projector)?
    ("reverse-write.png", ReverseStep.WRITE, False),
    ("reverse-deal.png", ReverseStep.DEAL, False),
    ("reverse-reveal.png", ReverseStep.REVEAL, False),
    ("reverse-projector-write.png", ReverseStep.WRITE, True),
)


def reverse_screenshots(out_dir: Path | str, language: str = "en") -> list[Path]:
    """Render the demo's good idea / bad idea round to PNGs in `out_dir`: the write, deal
    and reveal steps as the facilitator sees them, and the write step as the room sees it
    (cards face down).

    Works offscreen (QT_QPA_PLATFORM=offscreen). The demo round is finished; earlier steps
    are shown by taking it back for a moment (`reverse_flow.rewind_pairs`) and undoing that
    after each picture. The theme is applied only to an application created here: a
    running one keeps its own look.
    """
    from PySide6.QtWidgets import QApplication

    from app.demo import write_demo
    from app.domain import model, reverse_flow
    from app.services import WorkshopFile
    from app.ui import theme
    from app.ui.controller import Controller
    from app.ui.exercises.reverse import ReverseBoardWidget

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([])
    if existing is None:
        theme.apply(app)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as folder:
        path = write_demo(Path(folder) / "demo.pointb", language)
        controller = Controller()
        controller.adopt(WorkshopFile.open(path))
        board = next(b for b in controller.data.boards if b.kind == model.BoardKind.REVERSE)
        widget = ReverseBoardWidget(controller, board.id)
        widget.animations_enabled = False
        widget.resize(*SIZE)
        widget.show()
        for name, step, projector in REVERSE_SHOTS:
            widget.projector_mode = projector
            pairs = reverse_flow.rewind_pairs(controller.data, board.id, step)
            rewound = controller.edit("screenshot", pairs)
            app.processEvents()
            written.append(save(widget.grab(), out / name))
            if rewound:
                controller.undo_stack.undo()  # back to the finished round for the next shot
        widget.close()
        widget.deleteLater()
        controller.close()
        app.processEvents()
    return written


LAPTOP = (1366, 768 - 32)  # a 1366×768 screen less the window's title bar


def laptop_and_projector_shots(window: MainWindow, outdir: Path, language: str) -> list[Path]:
    """laptop-<lang>-<board kind>.png: the console at 1366×768 on each board;
    projector-<lang>-<board kind>.png: what the room sees of it at 1920×1080."""
    from PySide6.QtWidgets import QApplication

    from app.ui.board.capture import CaptureBoard

    app = QApplication.instance()
    window.resize(*LAPTOP)
    room = window.room
    if room.presenter is None or not room.presenter.isVisible():
        room.presenter_action.trigger()
    presenter = room.presenter
    assert presenter is not None
    presenter.resize(1920, 1080)
    written: list[Path] = []
    for board in sorted(window.controller.data.boards, key=lambda b: b.position):
        widget = window.select_board(board.id)
        settle(app)
        if isinstance(widget, CaptureBoard):
            widget.fit()
            widget.scene.clearSelection()
        settle(app)
        presenter.sync_view()
        settle(app)
        kind = board.kind.value
        written.append(save(window.grab(), outdir / f"laptop-{language}-{kind}.png"))
        written.append(save(presenter.grab(), outdir / f"projector-{language}-{kind}.png"))
    presenter.close()
    return written


def projector_stage_shots(window: MainWindow, outdir: Path, language: str) -> list[Path]:
    """projector-<lang>-<board kind>-<stage>.png: what the room sees at 1920×1080 at every
    stage of every exercise, stepped through an agenda as a facilitator would."""
    from PySide6.QtWidgets import QApplication

    from app.domain.agenda import STAGES, Agenda, AgendaStep

    app = QApplication.instance()
    room = window.room
    boards = sorted(window.controller.data.boards, key=lambda b: b.position)
    stops: list[tuple[str, str]] = []
    steps: list[AgendaStep] = []
    for board in boards:
        if board.kind.value == "capture":
            continue  # its stages look alike on the wall: the capture shots show it
        for stage in STAGES.get(board.kind, ("",)):
            title = board.title
            steps.append(AgendaStep(board.kind.value, title, title, "", "", 10, "", stage))
            stops.append((board.kind.value, stage))
    if not steps:
        return []
    room.agenda_panel.set_agenda(Agenda("stages", "Stages", "Этапы", steps=tuple(steps)), 0)
    room.presenter_action.trigger()
    presenter = room.presenter
    assert presenter is not None
    presenter.resize(1920, 1080)
    written: list[Path] = []
    for index, (kind, stage) in enumerate(stops):
        if index:
            room.next_step_action.trigger()
        settle(app)
        settle(app)
        name = f"projector-{language}-{kind}-{stage}.png" if stage else None
        if name is None:
            name = f"projector-{language}-{kind}.png"
        written.append(save(presenter.grab(), outdir / name))
    presenter.close()
    return written


def settle(app: object) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(50, loop.quit)
    loop.exec()


def save(pixmap: object, path: Path) -> Path:
    if not pixmap.save(str(path)):  # type: ignore[attr-defined]
        raise OSError(f"cannot write {path}")
    return path


if __name__ == "__main__":
    sys.exit(main())
