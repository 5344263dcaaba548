"""What every board widget offers the rest of the window: the board contract.

A board widget is a `BoardPage` (a QWidget subclass). The main window, the room and the
projector reach a board only through these typed members, never by asking a widget for
an attribute by name; a board that lacks a feature says so with a typed empty value:

- `board_id`: the board it shows;
- `board_commands()`: the Edit and View menu commands it supports (zoom, fit, select
  all, delete the selection, find); a command it does not have is `None`, and the
  menus leave it disabled;
- `board_voting()`: its voting (the voter picker, the vote action, the vote bar), or
  `None` for a board that takes no dots. The registry gives every voting board the
  voter keys 1–9 (`app.ui.board.voting`);
- `board_wall()`: its free wall (scene and view) for boards whose photos lie among the
  notes and whose view the projector mirrors; `None` for boards of lanes, tables and
  canvases (their photos go to a panel below the board, the projector shows their
  projector view or a picture of the console);
- `capture_field()`: the field where new ideas are typed, when the board has one;
- `board_stages()`: its tabs that are the agenda stages of its exercise
  (app.ui.stages), which the agenda's steps show, or `None`;
- `projector_view(controller, board_id, parent)`: what the room sees of the board
  (a class method), or `None` for "mirror the console";
- `refresh_if_needed()`: bring the page up to date before it is shown. A board follows
  the workshop's changes through `follow_changes` (app.ui.refresh): the changes it made
  itself and those made while it was hidden cost it nothing until it is shown.

`app.ui.board.registry` is the only place that builds boards: one row per board kind.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from app.services import Change
from app.ui.board.scene import BoardScene
from app.ui.board.view import BoardView
from app.ui.controller import Controller
from app.ui.refresh import ChangeFollower
from app.ui.stages import TabStages


@dataclass(frozen=True)
class BoardCommands:
    """The board's answers to the Edit and View menus; `None`: the board has no such
    command (the menu item is disabled on it)."""

    zoom_in: Callable[[], object] | None = None
    zoom_out: Callable[[], object] | None = None
    fit: Callable[[], object] | None = None
    select_all: Callable[[], object] | None = None
    delete_selection: Callable[[], object] | None = None
    focus_find: Callable[[], object] | None = None


@dataclass(frozen=True)
class BoardVoting:
    """How a board takes dots: the voter picker (filled by `app.ui.voters`, one entry per
    voter in entry order), the vote action and the bar shown while the room votes."""

    picker: QComboBox
    bar: QWidget  # the number keys pick a voter while this bar is shown
    cast: Callable[[int, int], bool]  # (note id, +1 / -1) -> the vote was counted
    # The agenda's vote step turns voting on (True) or off (app.ui.step_flow); None: the
    # board's voting follows its own steps, not the agenda's.
    switch: Callable[[bool], None] | None = None


@dataclass(frozen=True)
class BoardWall:
    """A free wall of notes: photos lie on it, the projector mirrors its view."""

    scene: BoardScene
    view: BoardView


class BoardPage(QWidget):
    """The base of every board widget (see the module's documentation).

    Every board class is built as `cls(controller, board_id, parent)`.
    """

    def __init__(
        self, controller: Controller, board_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.board_id = board_id
        self.follower: ChangeFollower | None = None  # set by follow_changes

    def follow_changes(
        self,
        concerns: Iterable[type],
        refresh: Callable[[], None] | None = None,
        *,
        update: Callable[[Change], None] | None = None,
        own_board_only: bool = False,
    ) -> ChangeFollower:
        """Follow the workshop's changes of the `concerns` classes (app.ui.refresh): redraw
        with `refresh`, or patch with `update`; skipped while the board is hidden.
        `own_board_only`: the board shows nothing from other boards, so their changes
        pass it by."""
        self.follower = ChangeFollower(
            self,
            self.controller,
            refresh,
            concerns,
            update=update,
            board_id=self.board_id if own_board_only else None,
        )
        return self.follower

    def board_commands(self) -> BoardCommands:
        return BoardCommands()

    def board_voting(self) -> BoardVoting | None:
        return None

    def board_wall(self) -> BoardWall | None:
        return None

    def capture_field(self) -> QLineEdit | None:
        return None

    def board_stages(self) -> TabStages | None:
        """The tabs that show its exercise's agenda stages, when it has them."""
        return None

    @classmethod
    def projector_view(
        cls, controller: Controller, board_id: int, parent: QWidget | None
    ) -> QWidget | None:
        """What the room sees of the board; `None`: the projector shows the console's
        board (its mirrored wall, or a live picture of the widget)."""
        return None

    def refresh_if_needed(self) -> None:
        """Bring the page up to date before it is shown: a board hidden while the workshop
        changed catches up now, once (it also does when shown)."""
        if self.follower is not None:
            self.follower.catch_up()
