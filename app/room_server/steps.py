"""What the phones show: the workshop's current agenda step, turned into a phone task.

This is the one place that reads the agenda for the phones. Today an agenda step names an
exercise only (capture, reverse, prioritise, value, break, talk); the board is the first
board of that kind, and a capture step is a voting step when its title or instructions
speak of votes or dots (else it is silent writing). When agenda steps name their board
and stage, only `phone_step` changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from app.domain import agenda, flow, model, reverse_flow
from app.domain.reverse import ReverseStep
from app.domain.texts import normalise_language

# Words that make a capture step a dot-voting step (English and Russian, lower case).
_VOTE_WORDS = ("vote", "voting", "dot", "голос", "точк")
# Prioritisation stages on which the phones answer Kano ("": the step names no stage).
KANO_STAGES = ("kano", "")


class PhoneTask(StrEnum):
    WAIT = "wait"  # nothing to do on the phone (a talk, a break, a step without a board)
    WRITE = "write"  # silent writing on a capture board
    VOTE = "vote"  # dot voting on a capture board
    IDEAS = "ideas"  # good/bad: the team's good and bad idea
    TRANSFORM = "transform"  # good/bad: a solution from the bad idea the team received
    KANO = "kano"  # the Kano questionnaire on a prioritisation board


@dataclass(frozen=True)
class PhoneStep:
    task: PhoneTask
    board_id: int | None = None
    title_en: str = ""
    title_ru: str = ""
    instructions_en: str = ""
    instructions_ru: str = ""

    def title(self, language: str) -> str:
        return _pick(self.title_en, self.title_ru, language)

    def instructions(self, language: str) -> str:
        return _pick(self.instructions_en, self.instructions_ru, language)


def _pick(text_en: str, text_ru: str, language: str) -> str:
    """The text in the phone's language, or the other one when that one is empty."""
    if normalise_language(language) == "ru":
        return text_ru or text_en
    return text_en or text_ru


def _first_board(data: model.WorkshopData, kind: model.BoardKind) -> model.Board | None:
    boards = sorted((b for b in data.boards if b.kind == kind), key=lambda b: (b.position, b.id))
    return boards[0] if boards else None


def _is_vote_step(step: agenda.AgendaStep) -> bool:
    words = " ".join(
        (step.title_en, step.title_ru, step.instructions_en, step.instructions_ru)
    ).lower()
    return any(word in words for word in _VOTE_WORDS)


def phone_step(data: model.WorkshopData) -> PhoneStep:
    """The task the phones show for the workshop's current agenda step."""
    stored, index = flow.stored_agenda(data.workshop)
    if stored is None:
        # No agenda: the phones write on the first capture board.
        board = _first_board(data, model.BoardKind.CAPTURE)
        if board is None:
            return PhoneStep(PhoneTask.WAIT)
        return PhoneStep(PhoneTask.WRITE, board.id, board.title, board.title)
    step = stored.steps[index]
    target = flow.step_target(stored, index, data.boards)
    texts = (step.title_en, step.title_ru, step.instructions_en, step.instructions_ru)
    if target.board_id is None or data.board(target.board_id) is None:
        return PhoneStep(PhoneTask.WAIT, None, *texts)
    board_id = target.board_id
    if target.kind == model.BoardKind.CAPTURE:
        task = PhoneTask.VOTE if _is_vote_step(step) else PhoneTask.WRITE
        return PhoneStep(task, board_id, *texts)
    if target.kind == model.BoardKind.REVERSE:
        # The round's own step (the agenda's stage moves it; so can the facilitator).
        current = reverse_flow.find_round(data, board_id)
        if current is not None and current.step == ReverseStep.WRITE:
            return PhoneStep(PhoneTask.IDEAS, board_id, *texts)
        if current is not None and current.step == ReverseStep.TRANSFORM:
            return PhoneStep(PhoneTask.TRANSFORM, board_id, *texts)
        return PhoneStep(PhoneTask.WAIT, board_id, *texts)
    if target.kind == model.BoardKind.PRIORITISE and target.stage in KANO_STAGES:
        return PhoneStep(PhoneTask.KANO, board_id, *texts)
    return PhoneStep(PhoneTask.WAIT, board_id, *texts)
