"""Vote totals on the projector: hidden during a vote step until the facilitator reveals.

While the room is on a capture board's `vote` step (`app.domain.flow.totals_hidden`),
the projector draws that board's notes without their vote totals, so the room places its
dots without following the crowd. **Reveal the votes** (R) shows them; moving to another
step and back hides them again. The console always shows the totals (the facilitator
enters the room's dots). The revealed state belongs to the session, like face-down mode.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from app.domain import flow, model
from app.services import Change
from app.ui.controller import Controller

if TYPE_CHECKING:
    from app.ui.presenter import PresenterWindow


class VoteReveal(QObject):
    hiding_changed = Signal()  # whether the current board's totals are hidden changed

    def __init__(
        self,
        controller: Controller,
        presenter: Callable[[], PresenterWindow | None],
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.presenter = presenter
        self.revealed = False
        self._step: tuple[str, int] | None = None
        self.hiding = False  # the current board's totals are hidden on the projector
        controller.changed.connect(self._changed)
        controller.file_replaced.connect(self.refresh)
        controller.board_selected.connect(lambda _board_id: self.refresh())

    def target(self) -> flow.StepTarget | None:
        if self.controller.file is None:
            return None
        return flow.current_target(self.controller.data)

    def hidden(self, board_id: int) -> bool:
        """Whether the projector hides `board_id`'s vote totals now."""
        return flow.totals_hidden(self.target(), board_id, self.revealed)

    def reveal(self) -> None:
        self.revealed = True
        self.refresh()

    def _changed(self, change: Change) -> None:
        if change.touches(model.Workshop):
            self.refresh()

    def refresh(self) -> None:
        """Hide or show the totals on every projector view of a board."""
        step: tuple[str, int] | None = None
        if self.controller.file is not None:
            agenda, index = flow.stored_agenda(self.controller.data.workshop)
            step = (agenda.key, index) if agenda is not None else None
        if step != self._step:
            self._step = step
            self.revealed = False  # a new step: its totals start hidden
        board_id = self.controller.current_board_id
        hiding = board_id is not None and self.hidden(board_id)
        if hiding != self.hiding:
            self.hiding = hiding
            self.hiding_changed.emit()
        presenter = self.presenter()
        if presenter is None:
            return
        for shown_id, (view, _console) in presenter.mirrors.items():
            view.set_votes_hidden(self.hidden(shown_id))
