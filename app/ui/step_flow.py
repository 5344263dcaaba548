"""One step system: the agenda's step drives the board and the stage, and back.

- Moving the room to a step (Next / Previous, Ctrl+Shift+→ / ←, a double-click in the
  step list) switches to the step's board and shows the step's stage; a good idea /
  bad idea round is moved to the step's stage in the same undo step.
- Moving an exercise to another stage (the good idea / bad idea Next and Back, a
  prioritisation or value tab) moves the agenda to the step showing that board at that
  stage, when there is one.
- A capture step at the `vote` stage turns the board's dot voting on; leaving it for
  any other step turns it off (the votes stay). Starting dot voting by hand moves the
  agenda to the board's vote step; stopping it on that step moves on to the next step.
- Ctrl+Shift+→ / ← go to the next / previous step even while a text field has the focus
  (text fields would otherwise take them to select words).

The rules (which board and stage a step means) are `app.domain.flow`; this module only
dispatches.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from app.domain import flow, reverse_flow
from app.domain.model import BoardKind
from app.domain.reverse import ReverseStep
from app.ui.agenda_panel import AgendaPanel
from app.ui.board.contract import BoardPage
from app.ui.controller import Controller

MAX_STAGE_MOVES = 6  # a round has six steps: never loop longer than that


class BoardHost(Protocol):
    """The main window as the step flow needs it."""

    @property
    def board_widgets(self) -> Mapping[int, BoardPage]: ...

    def select_board(self, board_id: int) -> BoardPage | None: ...


class StepFlow(QObject):
    def __init__(
        self, host: BoardHost, controller: Controller, panel: AgendaPanel, parent: QObject
    ) -> None:
        super().__init__(parent)
        self.host = host
        self.controller = controller
        self.panel = panel
        self._followed: tuple[str, int] | None = None
        self._shown: flow.StepTarget | None = None  # the step whose voting is shown
        panel.current_changed.connect(self.follow)
        panel.step_entered.connect(self._step_entered)
        controller.stage_chosen.connect(self._stage_chosen)
        controller.voting_chosen.connect(self._voting_chosen)
        controller.file_replaced.connect(self._file_replaced)
        # Only the focused widget is watched (an application-wide filter would run Python
        # for every event of the program).
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    # --- the agenda drives the boards ------------------------------------------------------
    def _file_replaced(self) -> None:
        self._followed = None
        self._shown = None
        self.follow()

    def target(self) -> flow.StepTarget | None:
        """The current step's board and stage (None without a workshop or an agenda)."""
        if self.controller.file is None:
            return None
        return flow.current_target(self.controller.data)

    def follow(self) -> None:
        """Show the current step's board and stage when the room moved to another step
        (also by undo); edits of the agenda that leave the room where it is change nothing."""
        if self.controller.file is None:
            self._followed = None
            return
        agenda, index = flow.stored_agenda(self.controller.data.workshop)
        key = (agenda.key if agenda is not None else "", index)
        if agenda is None or key == self._followed:
            self._followed = key
            return
        self._followed = key
        target = flow.step_target(agenda, index, self.controller.data.boards)
        self.show_target(target)
        self._show_voting(target)

    def _show_voting(self, target: flow.StepTarget) -> None:
        """Dot voting on for a vote step, off when the room left one (app.domain.flow)."""
        for board_id, on in flow.voting_changes(self._shown, target):
            widget = self.host.board_widgets.get(board_id)
            voting = widget.board_voting() if widget is not None else None
            if voting is not None and voting.switch is not None:
                voting.switch(on)
        self._shown = target

    def show_target(self, target: flow.StepTarget) -> None:
        if target.board_id is None:
            return  # a break or a talk: the boards stay as they are
        if self.controller.current_board_id != target.board_id:
            self.host.select_board(target.board_id)
        widget = self.host.board_widgets.get(target.board_id)
        stages = widget.board_stages() if widget is not None else None
        if target.stage and stages is not None:
            stages.show(target.stage)

    def _step_entered(self, index: int) -> None:
        """The facilitator moved the room to step `index` (inside that gesture)."""
        target = self.target()
        if target is None or target.index != index or target.board_id is None:
            return
        if target.kind == BoardKind.REVERSE and target.stage:
            self._move_round(target.board_id, target.stage)

    def _move_round(self, board_id: int, stage: str) -> None:
        """Walk the board's good idea / bad idea round to `stage`, one step at a time (each
        with its side effects: parking, dealing); stops at the first refusal, which the
        board shows. The caller's gesture makes it one undo step with the agenda move."""
        controller = self.controller
        label = QCoreApplication.translate("StepFlow", "Go to step")
        for _attempt in range(MAX_STAGE_MOVES):
            moves = flow.reverse_moves(controller.data, board_id, stage)
            if moves == 0:
                return
            data = controller.data
            found = reverse_flow.find_round(data, board_id)
            if moves > 0 and (found is None or found.step == ReverseStep.SETUP):
                ok = controller.try_edit(
                    label,
                    lambda: reverse_flow.start_round(
                        controller.data, board_id, reverse_flow.default_team_ids(controller.data)
                    ),
                )
            elif moves > 0:
                ok = controller.try_edit(
                    label, lambda: reverse_flow.advance(controller.data, board_id)
                )
            else:
                ok = controller.try_edit(
                    label, lambda: reverse_flow.go_back(controller.data, board_id)
                )
            if not ok:
                return

    # --- the exercises drive the agenda ------------------------------------------------------
    def _stage_chosen(self, board_id: int, stage: str) -> None:
        if self.controller.file is None:
            return
        data = self.controller.data
        agenda, index = flow.stored_agenda(data.workshop)
        if agenda is None:
            return
        found = flow.step_for(agenda, data.boards, board_id, stage, index)
        if found is None or found == index:
            return
        self._followed = (agenda.key, found)  # the board already shows this stage
        self._shown = flow.step_target(agenda, found, data.boards)
        self.controller.edit_workshop(
            QCoreApplication.translate("StepFlow", "Go to step"), agenda_step=found
        )

    def _voting_chosen(self, board_id: int, on: bool) -> None:
        """Dot voting started or stopped by hand: to the board's vote step, or on from it."""
        if on:
            self._stage_chosen(board_id, flow.VOTE_STAGE)
            return
        if self.controller.file is None:
            return
        data = self.controller.data
        agenda, index = flow.stored_agenda(data.workshop)
        if agenda is None:
            return
        found = flow.step_after_voting(agenda, data.boards, board_id, index)
        if found is None:
            return
        # The next step's own board and stage show as usual; voting is off already.
        self._shown = None
        self.controller.edit_workshop(
            QCoreApplication.translate("StepFlow", "Go to step"), agenda_step=found
        )

    # --- Ctrl+Shift+→ / ← also in text fields ---------------------------------------------------
    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if old is not None and shiboken6.isValid(old):
            old.removeEventFilter(self)
        if new is not None:
            new.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        wanted = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        if event.modifiers() != wanted or event.key() not in (Qt.Key.Key_Right, Qt.Key.Key_Left):
            return False
        if self.controller.file is None or self.panel.agenda() is None:
            return False
        if not isinstance(watched, QWidget) or not self._ours(watched):
            return False
        # Not accepted: the text field does not take the keys, the Room's shortcut fires.
        event.ignore()
        return True

    def _ours(self, widget: QWidget) -> bool:
        window = widget.window()
        host = self.panel.window()
        return window is host or window.objectName() == "presenterWindow"
