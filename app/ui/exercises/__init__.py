"""Exercise widgets plug into the main window by board kind.

Each exercise module registers a factory `(controller, board_id) -> QWidget` with
`@register(BoardKind.X)`; `load_all()` imports the modules so their registrations run.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from app.domain.model import BoardKind
from app.ui.controller import Controller

BoardWidgetFactory = Callable[[Controller, int], QWidget]
BOARD_WIDGETS: dict[BoardKind, BoardWidgetFactory] = {}

EXERCISE_MODULES = ("reverse", "prioritise", "value_prop")


def register(kind: BoardKind) -> Callable[[BoardWidgetFactory], BoardWidgetFactory]:
    def decorate(factory: BoardWidgetFactory) -> BoardWidgetFactory:
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
