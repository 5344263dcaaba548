"""How a view follows workshop changes without redoing work nobody sees.

Every view of the workshop (a board, a side panel, a projector page) follows the
controller's changes through one `ChangeFollower`:

- `concerns`: the entity classes whose change can alter what the view shows
  (`model.Workshop` stands for the workshop record); other changes pass it by. `None`
  (the default) means every change.
- `board_id`, for a view that shows one board's entities and nothing from elsewhere (the
  capture board): a change written wholly on other boards passes it by, so dots cast on
  one board leave the other boards of its kind as they are.
- The view that made a change (`Change.initiator is view`) already shows it: skipped.
- A view out of sight (another board in the window's stack, a projector page not on the
  wall, the projector put away) is only marked stale; it catches up once, when it is shown again,
  or earlier when its owner asks (`catch_up()`, e.g. `BoardPage.refresh_if_needed()`).
- Undo and redo carry no initiator, so they reach every view.

A view either redraws itself (`refresh()`) or, when given `update`, patches what a change
touched (`update(change)`: a wall of thousands of notes). Catching up, an updating view
gets the changes it missed joined into one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QWidget

from app.domain import entities
from app.services import Change
from app.ui.controller import Controller


def out_of_sight(view: QWidget) -> bool:
    """Whether `view` is hidden on a screen: in a window on screen but not shown itself
    (another page of a stack, a tab behind), or in a window that was put away (the
    projector, closed). A view never put on screen (drawn for a picture or a test) is not
    out of sight: it follows every change, so whatever draws it gets it up to date."""
    if view.isVisible():
        return False
    window = view.window()
    return window.isVisible() or window.testAttribute(
        Qt.WidgetAttribute.WA_WState_ExplicitShowHide
    )


class ChangeFollower(QObject):
    def __init__(
        self,
        view: QWidget,
        controller: Controller,
        refresh: Callable[[], None] | None = None,
        concerns: Iterable[type] | None = None,
        *,
        update: Callable[[Change], None] | None = None,
        board_id: int | None = None,
    ) -> None:
        """Give `refresh` (redraw everything) or `update` (patch what a change touched).
        With `board_id`, the view shows that board's entities only: changes written
        wholly on other boards pass it by."""
        if (refresh is None) == (update is None):
            raise ValueError("a view follows changes with either refresh or update")
        super().__init__(view)  # lives and dies with the view
        self._view = view
        self._refresh = refresh
        self._update = update
        self.concerns: tuple[type, ...] | None = tuple(concerns) if concerns is not None else None
        self.stale = False  # a change arrived while the view was hidden
        self.redraws = 0  # how often the view was brought up to date (it costs that much)
        self._missed: list[Change] = []  # what an updating view has to catch up on
        self._controller = controller
        self._file = controller.file  # the workshop whose changes the view follows
        self._board_id = board_id
        view.installEventFilter(self)
        controller.changed.connect(self._on_changed)
        controller.file_replaced.connect(self._forget)

    def concerned(self, change: Change) -> bool:
        if self.concerns is not None and not change.touches(*self.concerns):
            return False
        if self._board_id is None:
            return True
        boards = change.boards_written(self._board_of_note)
        return boards is None or self._board_id in boards

    def _board_of_note(self, note_id: int) -> int | None:
        workshop = self._controller.file
        note = entities.by_id(workshop.data.notes, note_id) if workshop is not None else None
        return note.board_id if note is not None else None

    def _on_changed(self, change: Change) -> None:
        if change.initiator is self._view or not self.concerned(change):
            return
        if not out_of_sight(self._view):
            self._deliver(change)
        else:
            self.stale = True
            if self._update is not None:
                self._missed.append(change)

    def _deliver(self, change: Change) -> None:
        self.redraws += 1
        if self._update is not None:
            self._update(change)
        elif self._refresh is not None:
            self._refresh()

    def catch_up(self) -> None:
        """Bring a stale view up to date now (nothing to do when it is not stale)."""
        if self._controller.file is not self._file:
            # Another workshop since (the window is dropping the old one's views, which
            # may show for a moment): what the view missed is moot.
            self._forget()
        if not self.stale:
            return
        self.stale = False
        self.redraws += 1
        missed, self._missed = self._missed, []
        if self._refresh is not None:
            self._refresh()
        elif self._update is not None and missed:
            self._update(
                Change(
                    label=missed[-1].label,
                    pairs=tuple(pair for change in missed for pair in change.pairs),
                    workshop_before=missed[0].workshop_before,
                    workshop_after=next(
                        (c.workshop_after for c in reversed(missed) if c.workshop_after),
                        None,
                    ),
                )
            )

    def _forget(self) -> None:
        """Another workshop: the missed changes are moot. A view that outlives its workshop
        (a side panel, the projector) rebuilds itself from the next one on
        `file_replaced`; the views of one board are dropped with it."""
        self._file = self._controller.file
        self._missed = []
        self.stale = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._view and event.type() == QEvent.Type.Show:
            self.catch_up()
        return False
