"""The board registry: one row per board kind, and what it attaches through the contract."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget

from app.demo import write_demo
from app.domain.model import BoardKind
from app.services import WorkshopFile
from app.ui.board.contract import BoardPage
from app.ui.board.registry import BOARD_CLASSES, compose_board, projector_view
from app.ui.controller import Controller
from app.ui.photo_panel import BoardWithPhotos

VOTING_KINDS = {BoardKind.CAPTURE, BoardKind.REVERSE}


@pytest.fixture
def controller(qapp: Any, tmp_path: Path) -> Iterator[Controller]:
    made = Controller()
    made.adopt(WorkshopFile.open(write_demo(tmp_path / "demo.pointb", "en")))
    yield made
    made.close()


def test_every_board_kind_has_one_board_class() -> None:
    assert set(BOARD_CLASSES) == set(BoardKind)
    assert all(issubclass(cls, BoardPage) for cls in BOARD_CLASSES.values())


def test_the_registry_attaches_photos_and_voter_keys_through_the_contract(
    qtbot: Any, controller: Controller
) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    boards = {b.kind: b.id for b in controller.data.boards}
    assert set(boards) == set(BoardKind)  # the demo has a board of every kind
    for kind, board_id in boards.items():
        composed = compose_board(kind, controller, board_id, host)
        assert isinstance(composed.board, BOARD_CLASSES[kind])
        assert composed.board.board_id == board_id
        wall = composed.board.board_wall()
        if wall is not None:  # photos on the wall itself
            assert composed.page is composed.board and composed.photos.scene is wall.scene
        else:  # photos in a panel below the board
            assert isinstance(composed.page, BoardWithPhotos)
            assert composed.page.board_widget is composed.board
        assert (composed.voter_keys is not None) == (kind in VOTING_KINDS), kind
        view = projector_view(kind, controller, board_id, host)
        # Every exercise has a view for the room; the capture board's wall is mirrored.
        assert (view is None) == (kind is BoardKind.CAPTURE), kind
