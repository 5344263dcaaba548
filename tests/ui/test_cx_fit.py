"""The point A → point B and scenario audit boards wrap their columns on a laptop's page
instead of scrolling sideways, and go back to one row when the page is wide."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QWidget

from app.demo import write_demo
from app.domain import model
from app.services import WorkshopFile
from app.ui.board.registry import make_board
from app.ui.controller import Controller
from app.ui.exercises.scenarios import COLUMN_MIN as SCENARIO_CELL_MIN
from app.ui.exercises.scenarios import ScenarioBoard
from app.ui.exercises.strategy import COLUMN_MIN, StrategyBoard
from app.ui.fit import wrapped_columns


def test_wrapped_columns_keep_the_minimum_and_fill_the_room() -> None:
    assert wrapped_columns(1000, 3, 300, 10) == (3, 326)
    assert wrapped_columns(700, 3, 300, 10) == (2, 345)
    assert wrapped_columns(250, 3, 300, 10) == (1, 250)  # never wider than the room
    assert wrapped_columns(2000, 2, 300, 10) == (2, 995)
    assert wrapped_columns(500, 0, 100, 10) == (1, 500)


@pytest.fixture
def controller(tmp_path: Path) -> Iterator[Controller]:
    path = write_demo(tmp_path / "demo.pointb", "ru")
    controller = Controller()
    controller.adopt(WorkshopFile.open(path))
    yield controller
    controller.close()


def settle() -> None:
    for _ in range(6):
        QApplication.processEvents()


def right_edge(widget: QWidget, host: QWidget) -> int:
    return widget.mapTo(host, QPoint(widget.width(), 0)).x()


@pytest.mark.parametrize("kind", [model.BoardKind.STRATEGY, model.BoardKind.SCENARIOS])
def test_a_narrow_page_wraps_the_columns_and_a_wide_one_keeps_one_row(
    qtbot: Any, controller: Controller, kind: model.BoardKind
) -> None:
    board = next(b for b in controller.data.boards if b.kind is kind)
    widget = make_board(kind, controller, board.id)
    assert isinstance(widget, StrategyBoard | ScenarioBoard)
    qtbot.addWidget(widget)
    widget.resize(620, 700)
    widget.show()
    qtbot.waitExposed(widget)
    settle()
    blocks: list[QWidget] = (
        list(widget.columns.values())
        if isinstance(widget, StrategyBoard)
        else [w for block in widget.blocks for w in block]
    )
    assert len(blocks) >= 2
    assert widget.wrapped
    bar = widget.scroller.horizontalScrollBar()
    assert not (bar.isVisible() and bar.maximum() > 0)
    room = widget.scroller.viewport().width()
    minimum = COLUMN_MIN if isinstance(widget, StrategyBoard) else SCENARIO_CELL_MIN
    for block in blocks:
        assert block.width() >= min(minimum, room - 24)
        assert right_edge(block, widget.host) <= room
        assert block.height() >= block.sizeHint().height() - 1  # no card squeezed
    assert len({b.y() for b in blocks}) > 1  # on more than one row

    widget.resize(2400, 900)
    settle()
    assert not widget.wrapped
    rows = {b.y() for b in blocks[:5]}  # a scenario audit's first scenario is one row
    assert len(rows) == 1
