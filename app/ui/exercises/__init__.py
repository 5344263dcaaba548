"""Exercise widgets plug into the main window by board kind.

Each exercise module registers a factory `(controller, board_id) -> QWidget` with
`@register(BoardKind.X)`; `load_all()` imports the modules so their registrations run.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from app.domain.model import BoardKind
from app.ui.board.registry import BOARD_WIDGETS, BoardWidgetFactory

EXERCISE_MODULES = ("reverse", "prioritise", "value_prop", "strategy", "journey", "scenarios")


def register(kind: BoardKind) -> Callable[[BoardWidgetFactory], BoardWidgetFactory]:
    def decorate(factory: BoardWidgetFactory) -> BoardWidgetFactory:
        # The shared registry of app/ui/board/registry.py: replaces the placeholder.
        BOARD_WIDGETS[kind] = factory
        return factory

    return decorate


def load_all() -> dict[BoardKind, BoardWidgetFactory]:
    for name in EXERCISE_MODULES:
        try:
            importlib.import_module(f"app.ui.exercises.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"app.ui.exercises.{name}":
                raise
    return BOARD_WIDGETS
