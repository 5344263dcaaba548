"""Which board class shows which kind of board, and the one place that builds them.

`BOARD_CLASSES` has one row per board kind: a `BoardPage` subclass (app.ui.board.contract).
`compose_board` builds the console's widget for a board and gives it, once and only
through the contract, what the room adds to every board:

- photos: on the board's own wall when it has one (`board_wall()`), else in a photo
  panel below the board (`app.ui.photo_panel.BoardWithPhotos`);
- the voter keys 1–9 on every board that votes (`board_voting()`, app.ui.board.voting).

`projector_view` asks the board's class for what the room sees of it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from app.domain.model import BoardKind
from app.domain.texts import render
from app.export import export_messages
from app.ui.board.capture import CaptureBoard
from app.ui.board.contract import BoardPage
from app.ui.board.voting import VoterKeys
from app.ui.controller import Controller
from app.ui.exercises.journey import JourneyBoard
from app.ui.exercises.prioritise import PrioritiseBoardWidget
from app.ui.exercises.reverse import ReverseBoardWidget
from app.ui.exercises.scenarios import ScenarioBoard
from app.ui.exercises.strategy import StrategyBoard
from app.ui.exercises.value_prop import ValueBoardWidget
from app.ui.i18n import interface_language
from app.ui.images import PhotoLayer
from app.ui.photo_panel import BoardWithPhotos

BOARD_CLASSES: dict[BoardKind, type[BoardPage]] = {
    BoardKind.CAPTURE: CaptureBoard,
    BoardKind.REVERSE: ReverseBoardWidget,
    BoardKind.PRIORITISE: PrioritiseBoardWidget,
    BoardKind.VALUE: ValueBoardWidget,
    BoardKind.STRATEGY: StrategyBoard,
    BoardKind.JOURNEY: JourneyBoard,
    BoardKind.SCENARIOS: ScenarioBoard,
}


def board_kind_label(kind: BoardKind) -> str:
    """The exercise's name, as the printed pages give it (translated once, in the
    catalogue of `app.export.export_messages`)."""
    return render(export_messages.MESSAGES, f"kind_{kind.value}", interface_language())


@dataclass(frozen=True)
class ComposedBoard:
    """A board as the main window shows it."""

    board: BoardPage  # the board's own widget: commands, voting, wall
    page: QWidget  # what the window's board stack shows: the board, or it with its photos
    photos: PhotoLayer  # Room > Insert photos, drop and paste
    voter_keys: VoterKeys | None  # keys 1–9, on boards that vote


def make_board(
    kind: BoardKind, controller: Controller, board_id: int, parent: QWidget | None = None
) -> BoardPage:
    """The board's bare widget (without photos or voter keys), e.g. for a screenshot."""
    return BOARD_CLASSES[kind](controller, board_id, parent)


def compose_board(
    kind: BoardKind, controller: Controller, board_id: int, parent: QWidget | None = None
) -> ComposedBoard:
    """Build the console's widget for a board, with its photos and its voter keys."""
    board = make_board(kind, controller, board_id, parent)
    wall = board.board_wall()
    page: QWidget
    if wall is not None:
        photos = PhotoLayer(
            board, controller, board_id, wall.scene, wall.view, board.capture_field()
        )
        page = board
    else:
        framed = BoardWithPhotos(board, controller, board_id, parent)
        photos = framed.photo_panel.layer
        page = framed
    voting = board.board_voting()
    keys = VoterKeys(board, voting) if voting is not None else None
    return ComposedBoard(board, page, photos, keys)


def projector_view(
    kind: BoardKind, controller: Controller, board_id: int, parent: QWidget | None
) -> QWidget | None:
    """What the room sees of a board, when its class has a projector view."""
    return BOARD_CLASSES[kind].projector_view(controller, board_id, parent)
