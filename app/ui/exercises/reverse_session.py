"""The good idea / bad idea round as its views see it: what they read and what they do.

`ReverseSession` is the one object the board's cards, lanes and panels talk to. It reads
the round from the controller's data (`app.domain.reverse_flow`) and turns each gesture
into one controller edit (one undo step). It holds the little view state that is not
stored: the cards ticked for promotion, the voter, whether this is the projector's copy.
Views never reach into the board widget or into each other.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QInputDialog, QWidget

from app.domain import edits, flow, model, reverse_flow
from app.domain.reverse import ReverseRound, ReverseStep
from app.domain.reverse_flow import LaneView
from app.domain.voters import Voter
from app.ui.controller import Controller
from app.ui.exercises.reverse_common import (
    MIN_CHIP_PX,
    PROJECTOR_TYPE,
    role_label,
    step_label,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReverseBoard", text)


class ReverseSession(QObject):
    """One good/bad board's round: reading it, and every edit its views make."""

    picked_changed = Signal()  # a card was ticked or unticked for promotion

    def __init__(
        self,
        controller: Controller,
        board_id: int,
        dialog_parent: QWidget,
        projector_mode: bool = False,
    ) -> None:
        super().__init__(dialog_parent)
        self.controller = controller
        self.board_id = board_id
        self.dialog_parent = dialog_parent
        self.projector_mode = projector_mode
        self.picked: set[int] = set()  # cards ticked for promotion (view state, not stored)
        self.promoted_ids: set[int] = set()
        self.voter: Voter | None = None  # who the dots go to (the board's voter box)
        # The projector window's size against 1920×1080, at most 1 (the board sets it):
        # type, paddings and card sizes scale with it; the console's stay as they are.
        self.scale = 1.0

    # --- sizes ----------------------------------------------------------------------------
    def px(self, pixels: int, *, projector_size: bool = False) -> int:
        """The type size for the console's `pixels`: on the projector PROJECTOR_TYPE times
        larger at 1920×1080 (`projector_size`: `pixels` is already the projector's), in
        proportion in a smaller projector window, never under MIN_CHIP_PX there."""
        if self.projector_mode and not projector_size:
            pixels = round(pixels * PROJECTOR_TYPE)
        if self.scale >= 1.0:
            return pixels
        return max(min(pixels, MIN_CHIP_PX), round(pixels * self.scale))

    def room(self, pixels: int) -> int:
        """A padding, margin or least height of `pixels` at 1920×1080, in proportion."""
        return pixels if self.scale >= 1.0 else max(1, round(pixels * self.scale))

    # --- reading --------------------------------------------------------------------------
    @property
    def data(self) -> model.WorkshopData:
        return self.controller.data

    def has_board(self) -> bool:
        return self.controller.file is not None and self.data.board(self.board_id) is not None

    def current_round(self) -> ReverseRound | None:
        if self.controller.file is None:
            return None
        return reverse_flow.find_round(self.data, self.board_id)

    def shows_backs(self, current: ReverseRound) -> bool:
        """Cards are drawn face down on the projector until the facilitator reveals them."""
        return self.projector_mode and current.face_down

    def lane_view(self, team_id: int) -> LaneView:
        return reverse_flow.lane_view(self.data, self.board_id, team_id)

    def note(self, note_id: int) -> model.Note | None:
        return next((n for n in self.data.notes if n.id == note_id), None)

    def can_drag(self, note_id: int) -> bool:
        """Dealt bad ideas can be handed to another team in the Deal and Transform steps."""
        current = self.current_round()
        if self.projector_mode or current is None:
            return False
        if current.step not in (ReverseStep.DEAL, ReverseStep.TRANSFORM):
            return False
        return any(
            d.bad_note_id == note_id for d in reverse_flow.deals_on(self.data, self.board_id)
        )

    def move_targets(self, note_id: int) -> list[model.Team]:
        """The teams a dealt bad idea can be handed to now (none when it cannot move)."""
        current = self.current_round()
        if current is None or current.step not in (ReverseStep.DEAL, ReverseStep.TRANSFORM):
            return []
        deal = next(
            (
                d
                for d in reverse_flow.deals_on(self.data, self.board_id)
                if d.bad_note_id == note_id
            ),
            None,
        )
        if deal is None:
            return []
        teams = [self.data.team(team_id) for team_id in current.team_ids]
        return [t for t in teams if t is not None and t.id != deal.to_team_id]

    def refresh_promoted(self) -> None:
        """Forget ticks on cards that were deleted or promoted meanwhile."""
        self.promoted_ids = reverse_flow.promoted_note_ids(self.data)
        on_board = {n.id for n in self.data.notes_on(self.board_id)}
        self.picked &= on_board - self.promoted_ids

    # --- the stepper ----------------------------------------------------------------------
    def _edit(self, label: str, make_pairs: Callable[[], list[edits.Pair]]) -> bool:
        return self.controller.try_edit(label, make_pairs)

    def _move(self, label: str, make_pairs: Callable[[], list[edits.Pair]]) -> bool:
        """A step change; the agenda follows to the matching step in the same undo step."""
        with self.controller.gesture():
            if not self._edit(label, make_pairs):
                return False
            moved = self.current_round()
            if moved is not None:
                self.controller.stage_chosen.emit(self.board_id, flow.reverse_stage(moved.step))
        return True

    def start_round(self, team_ids: list[int], challenge: str, ideas_per_team: int) -> bool:
        return self._move(
            _tr("Start the good idea / bad idea round"),
            lambda: reverse_flow.start_round(
                self.data, self.board_id, team_ids, challenge, ideas_per_team
            ),
        )

    def advance(self) -> bool:
        current = self.current_round()
        if current is None:
            return False
        following = ReverseStep(current.step + 1) if current.step < ReverseStep.REVEAL else None
        label = _tr("Step: %1").replace("%1", step_label(following)) if following else ""
        return self._move(label, lambda: reverse_flow.advance(self.data, self.board_id))

    def go_back(self) -> bool:
        current = self.current_round()
        if current is None:
            return False
        previous = ReverseStep(max(int(ReverseStep.SETUP), current.step - 1))
        return self._move(
            _tr("Back to: %1").replace("%1", step_label(previous)),
            lambda: reverse_flow.go_back(self.data, self.board_id),
        )

    def set_timer_minutes(self, step: ReverseStep, minutes: int) -> bool:
        return self._edit(
            _tr("Step timer"),
            lambda: reverse_flow.set_timer_minutes(self.data, self.board_id, step, minutes),
        )

    # --- cards ----------------------------------------------------------------------------
    def add_idea(self, team_id: int, role: model.NoteRole, text: str) -> bool:
        if not text.strip():
            return False
        label = role_label(role)
        return self._edit(
            label,
            lambda: reverse_flow.add_idea(self.data, self.board_id, team_id, role, text),
        )

    def add_solution(self, bad_note_id: int, text: str) -> bool:
        if not text.strip():
            return False
        return self._edit(
            _tr("Solution"),
            lambda: reverse_flow.add_solution(self.data, self.board_id, bad_note_id, text),
        )

    def redeal(self) -> bool:
        return self._edit(
            _tr("Re-deal the bad ideas"),
            lambda: reverse_flow.redeal(self.data, self.board_id),
        )

    def move_idea(self, note_id: int, to_team_id: int) -> bool:
        return self._edit(
            _tr("Hand a bad idea to another team"),
            lambda: reverse_flow.move_dealt_idea(self.data, self.board_id, note_id, to_team_id),
        )

    def edit_card_text(self, note_id: int) -> bool:
        note = self.note(note_id)
        if note is None:
            return False
        text, ok = QInputDialog.getMultiLineText(
            self.dialog_parent, _tr("Edit card"), _tr("Text"), note.text
        )
        if not ok:
            return False
        return self._edit(
            _tr("Edit card"),
            lambda: reverse_flow.edit_card_text(self.data, self.board_id, note_id, text),
        )

    def delete_card(self, note_id: int) -> bool:
        return self._edit(
            _tr("Delete card"),
            lambda: reverse_flow.delete_card(self.data, self.board_id, note_id),
        )

    # --- the reveal -----------------------------------------------------------------------
    def set_show_parked(self, show: bool) -> bool:
        return self._edit(
            _tr("Show the parked good ideas") if show else _tr("Hide the parked good ideas"),
            lambda: reverse_flow.set_show_parked(self.data, self.board_id, show),
        )

    def toggle_face_down(self) -> bool:
        current = self.current_round()
        if current is None:
            return False
        face_down = not current.face_down
        return self._edit(
            _tr("Hide the cards") if face_down else _tr("Reveal the cards"),
            lambda: reverse_flow.set_face_down(self.data, self.board_id, face_down),
        )

    def vote(self, note_id: int, delta: int) -> bool:
        voter = self.voter
        if voter is None:
            return False
        kind, voter_id = voter.key
        return self._edit(
            _tr("Vote"),
            lambda: edits.cast_vote(self.data, note_id, kind, voter_id, delta, voter.name),
        )

    def set_picked(self, note_id: int, picked: bool) -> None:
        if picked:
            self.picked.add(note_id)
        else:
            self.picked.discard(note_id)
        self.picked_changed.emit()

    def promote_picked(self) -> bool:
        chosen: Iterable[int] = sorted(self.picked)
        done = self._edit(
            _tr("Promote to prioritisation"),
            lambda: reverse_flow.promote(self.data, self.board_id, chosen),
        )
        if done:
            self.picked.clear()
            self.picked_changed.emit()
        return done
