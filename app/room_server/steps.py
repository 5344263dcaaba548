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

from app.domain import agenda, model, reverse_flow
from app.domain.reverse import ReverseStep
from app.domain.texts import normalise_language

# Words that make a capture step a dot-voting step (English and Russian, lower case).
_VOTE_WORDS = ("vote", "voting", "dot", "голос", "точк")


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


def current_agenda_step(data: model.WorkshopData) -> agenda.AgendaStep | None:
    try:
        stored = agenda.from_json(data.workshop.agenda_json)
    except ValueError:
        return None
    if stored is None or not stored.steps:
        return None
    index = min(max(data.workshop.agenda_step, 0), len(stored.steps) - 1)
    return stored.steps[index]


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
    step = current_agenda_step(data)
    if step is None:
        # No agenda: the phones write on the first capture board.
        board = _first_board(data, model.BoardKind.CAPTURE)
        if board is None:
            return PhoneStep(PhoneTask.WAIT)
        return PhoneStep(PhoneTask.WRITE, board.id, board.title, board.title)
    texts = (step.title_en, step.title_ru, step.instructions_en, step.instructions_ru)
    kind = step.board_kind
    board = _first_board(data, kind) if kind is not None else None
    if board is None:
        return PhoneStep(PhoneTask.WAIT, None, *texts)
    if kind == model.BoardKind.CAPTURE:
        task = PhoneTask.VOTE if _is_vote_step(step) else PhoneTask.WRITE
        return PhoneStep(task, board.id, *texts)
    if kind == model.BoardKind.REVERSE:
        current = reverse_flow.find_round(data, board.id)
        if current is not None and current.step == ReverseStep.WRITE:
            return PhoneStep(PhoneTask.IDEAS, board.id, *texts)
        if current is not None and current.step == ReverseStep.TRANSFORM:
            return PhoneStep(PhoneTask.TRANSFORM, board.id, *texts)
        return PhoneStep(PhoneTask.WAIT, board.id, *texts)
    if kind == model.BoardKind.PRIORITISE:
        return PhoneStep(PhoneTask.KANO, board.id, *texts)
    return PhoneStep(PhoneTask.WAIT, board.id, *texts)
