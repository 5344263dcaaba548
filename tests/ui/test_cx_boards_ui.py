"""The strategy, journey and scenario boards driven through their widgets, offscreen.

Each test builds a board by typing and clicking, checks what the file holds, then undoes
every step and checks the board is empty again (one undo step per gesture).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget

from app.domain import model
from app.domain.journey import Lane
from app.domain.prioritise import Candidate
from app.services import WorkshopFile
from app.ui.controller import Controller
from app.ui.exercises import load_all
from tests.ui.helpers import mouse, press_key, type_text

K = model.BoardKind
CAPTURE, PRIORITISE, STRATEGY, JOURNEY, SCENARIOS = 1, 2, 3, 4, 5


@pytest.fixture
def controller(tmp_path: Path) -> Iterator[Controller]:
    path = tmp_path / "cx.pointb"
    file = WorkshopFile.create(path, model.Workshop(title="Loans"))
    file.import_entities(
        "setup",
        [
            model.Board(CAPTURE, K.CAPTURE, "Ideas", 0),
            model.Board(PRIORITISE, K.PRIORITISE, "MVP", 1),
            model.Board(STRATEGY, K.STRATEGY, "A to B", 2),
            model.Board(JOURNEY, K.JOURNEY, "Journey", 3),
            model.Board(SCENARIOS, K.SCENARIOS, "Audit", 4),
            Candidate(1, PRIORITISE, "Pay by link"),
        ],
    )
    file.close()
    controller = Controller()
    controller.adopt(WorkshopFile.open(path))
    yield controller
    controller.close()


def show(qtbot: Any, controller: Controller, board_id: int, kind: model.BoardKind) -> Any:
    widget = load_all()[kind](controller, board_id)
    qtbot.addWidget(widget)
    widget.resize(1600, 1000)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def stored(controller: Controller) -> model.WorkshopData:
    assert controller.file is not None
    return controller.file.database.load()


def enter(field: QWidget, text: str) -> None:
    field.setFocus()
    type_text(field, text)
    press_key(field, Qt.Key.Key_Return)


def undo_all(controller: Controller) -> None:
    while controller.undo_stack.canUndo():
        controller.undo_stack.undo()


def test_journey_board_by_keyboard_and_mouse_then_undo(qtbot: Any, controller: Controller) -> None:
    board = show(qtbot, controller, JOURNEY, K.JOURNEY)
    qtbot.mouseClick(board.defaults_button, Qt.MouseButton.LeftButton)
    stages = sorted(stored(controller).journey_stages, key=lambda s: s.position)
    assert [s.name for s in stages] == ["Before purchase", "Purchase", "Use", "After"]
    use = stages[2]
    # Click low on the "Use" column of the curve: -2; the Up key lifts it to -1.
    curve = board.curve
    x = int(2.5 * curve.width() / 4)
    mouse(
        curve,
        QEvent.Type.MouseButtonPress,
        QPoint(x, curve.height() - 5),
        Qt.MouseButton.LeftButton,
        Qt.MouseButton.LeftButton,
    )
    assert next(s for s in stored(controller).journey_stages if s.id == use.id).emotion == -2
    press_key(curve, Qt.Key.Key_Up)
    assert next(s for s in stored(controller).journey_stages if s.id == use.id).emotion == -1
    # Type a touchpoint and a barrier (Cyrillic too), then set the touchpoint's details.
    enter(board.lists[(use.id, Lane.TOUCHPOINTS)].add_field, "Терминал оплаты")
    enter(board.lists[(use.id, Lane.BARRIERS)].add_field, "Terminals closed")
    cells = stored(controller).journey_cells
    assert {(c.lane, c.text) for c in cells} == {
        (Lane.TOUCHPOINTS, "Терминал оплаты"),
        (Lane.BARRIERS, "Terminals closed"),
    }
    touch = next(c for c in cells if c.lane is Lane.TOUCHPOINTS)
    row = board.lists[(use.id, Lane.TOUCHPOINTS)].rows[touch.id]
    qtbot.mouseClick(row, Qt.MouseButton.LeftButton)
    assert board.cell_id == touch.id and board.touch_box.isVisibleTo(board)
    board.ease.setValue(2)
    enter(board.kpi, "paid on time")
    touch = next(c for c in stored(controller).journey_cells if c.id == touch.id)
    assert (touch.ease, touch.kpi) == (2, "paid on time")
    # Metrics of the stage and a principle tick.
    board.metrics.fields["steps_as_is"].setValue(7)
    board.metrics.fields["steps_as_is"].editingFinished.emit()
    assert any(s.steps_as_is == 7 for s in stored(controller).journey_stages)
    board.principles.boxes[next(iter(board.principles.boxes))].click()
    assert len(stored(controller).principle_checks) == 1
    # Send the barrier to the ideas through its menu.
    barrier = next(c for c in stored(controller).journey_cells if c.lane is Lane.BARRIERS)
    menu = board.lists[(use.id, Lane.BARRIERS)].build_menu(barrier.id)
    send = next(a for a in menu.actions() if a.text().startswith("Send to ideas"))
    send.trigger()
    menu.close()
    data = stored(controller)
    assert [n.text for n in data.notes] == ["Terminals closed"]
    assert next(c for c in data.journey_cells if c.lane is Lane.BARRIERS).note_id is not None
    # Emptying a card's text removes it.
    field = board.lists[(use.id, Lane.TOUCHPOINTS)].rows[touch.id].editor
    field.setFocus()
    field.selectAll()
    press_key(field, Qt.Key.Key_Delete)
    press_key(field, Qt.Key.Key_Return)
    assert all(c.id != touch.id for c in stored(controller).journey_cells)
    undo_all(controller)
    data = stored(controller)
    assert (data.journey_stages, data.journey_cells, data.notes, data.principle_checks) == (
        [],
        [],
        [],
        [],
    )
    QApplication.processEvents()
    assert board.lists == {}
