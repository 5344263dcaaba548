"""Screenshots of the strategy, journey and scenario boards for docs/exercises.md.

`render_screenshots` renders the demo's three boards offscreen, on the console and in
projector mode; `make screenshots` calls it with the other exercises.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from app.domain.model import BoardKind
from app.ui.controller import Controller
from app.ui.exercises.journey import JourneyBoard
from app.ui.exercises.scenarios import ScenarioBoard
from app.ui.exercises.strategy import StrategyBoard

SCREENSHOT_SIZE = (1600, 1000)
NAMES = {
    BoardKind.STRATEGY: "strategy",
    BoardKind.JOURNEY: "journey",
    BoardKind.SCENARIOS: "scenarios",
}


def _settle() -> None:
    loop = QEventLoop()
    QTimer.singleShot(80, loop.quit)
    loop.exec()
    QApplication.processEvents()


def render_screenshots(out_dir: Path | str, language: str = "en") -> list[Path]:
    """Write strategy.png, journey.png, scenarios.png and journey-projector.png."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from app.demo import write_demo
    from app.services import WorkshopFile
    from app.ui.app import make_app

    make_app()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    factories: dict[BoardKind, type[StrategyBoard | JourneyBoard | ScenarioBoard]] = {
        BoardKind.STRATEGY: StrategyBoard,
        BoardKind.JOURNEY: JourneyBoard,
        BoardKind.SCENARIOS: ScenarioBoard,
    }
    with tempfile.TemporaryDirectory(prefix="pointb-cx-") as temp:
        path = write_demo(Path(temp) / "demo.pointb", language, force=True)
        controller = Controller()
        controller.adopt(WorkshopFile.open(path))
        for kind, name in NAMES.items():
            board = next(b for b in controller.data.boards if b.kind is kind)
            shots = [(f"{name}.png", False)]
            if kind is BoardKind.JOURNEY:
                shots.append((f"{name}-projector.png", True))
            for filename, projector in shots:
                factory = factories[kind]
                widget = (
                    factory.projector_view(controller, board.id, None)
                    if projector
                    else factory(controller, board.id, None)
                )
                widget.resize(*SCREENSHOT_SIZE)
                widget.show()
                if isinstance(widget, StrategyBoard):
                    goals = [i for i in controller.data.strategy_items if i.kind.value == "goal"]
                    if goals:
                        widget.select_goal(min(goals, key=lambda g: g.id).id)
                _settle()
                target = out / filename
                if not widget.grab().save(str(target)):
                    raise OSError(f"could not write {target}")
                written.append(target)
                widget.close()
                widget.deleteLater()
        controller.close()
    return written
