"""What the three customer-experience boards share: stage metrics, the 1..5 scales, the
lineage links that send a barrier, a failure or a model on to the idea and MVP boards.

The strategy canvas (`strategy`), the customer journey map (`journey`) and the scenario
audit (`scenario_audit`) each keep their own rules; this module holds the common ones.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol, TypeAlias

from app.domain import edits, model
from app.domain.edits import EditRefused, Pair
from app.domain.i18n import N_
from app.domain.prioritise import Candidate, Origin
from app.domain.texts import render

if TYPE_CHECKING:
    from app.domain.journey import JourneyCell
    from app.domain.scenario_audit import AuditFailure, ScenarioModel

SCALE_MIN = 1  # ease, accessibility and simplicity: 1 (hard) .. 5 (effortless)
SCALE_MAX = 5
MAX_LABEL = model.MAX_NAME  # names of stages, scenarios and similar short texts

# The per-stage metrics of the scenario audit (time, simplicity, steps or clicks), as is
# and to be. Journey stages and scenario models both carry these six fields.
METRIC_FIELDS = (
    "minutes_as_is",
    "minutes_to_be",
    "simplicity_as_is",
    "simplicity_to_be",
    "steps_as_is",
    "steps_to_be",
)
SCALE_FIELDS = ("simplicity_as_is", "simplicity_to_be")
COUNT_FIELDS = ("steps_as_is", "steps_to_be")

MESSAGES = {
    "scale": N_("{field} is a score from {low} to {high}; {value} is outside it."),
    "negative": N_("{field} cannot be negative ({value})."),
    "bad_date": N_("A date is written as YYYY-MM-DD; {value!r} is not one."),
    "empty_name": N_("A name cannot be empty."),
    "long_name": N_("A name holds at most {limit} characters."),
    "already_sent_idea": N_("This was already sent to the ideas as note {note}."),
    "already_sent_candidate": N_("This is already a candidate ({candidate})."),
    "wrong_board": N_("Board {board} is not a {kind} board."),
}


def language_of(data: model.WorkshopData) -> str:
    return data.workshop.language or "en"


def refuse(data: model.WorkshopData, key: str, **params: object) -> EditRefused:
    return EditRefused(render(MESSAGES, key, language_of(data), **params))


def clean_name(data: model.WorkshopData, text: str) -> str:
    cleaned = edits.clean_label(text)
    if not cleaned:
        raise refuse(data, "empty_name")
    if len(cleaned) > MAX_LABEL:
        raise refuse(data, "long_name", limit=MAX_LABEL)
    return cleaned


def clean_free_text(text: str) -> str:
    """Optional text (may be empty), under the note-text rule for what it holds."""
    return edits.clean_label(text)[: model.MAX_NOTE_TEXT]


def check_scale(data: model.WorkshopData, name: str, value: int | None) -> None:
    if value is not None and not SCALE_MIN <= value <= SCALE_MAX:
        raise refuse(data, "scale", field=name, low=SCALE_MIN, high=SCALE_MAX, value=value)


def check_metrics(data: model.WorkshopData, changes: Mapping[str, Any]) -> None:
    for name in METRIC_FIELDS:
        if name not in changes or changes[name] is None:
            continue
        value = changes[name]
        if name in SCALE_FIELDS:
            check_scale(data, name, value)
        elif value < 0:
            raise refuse(data, "negative", field=name, value=value)


def check_date(data: model.WorkshopData, value: str) -> str:
    value = value.strip()
    if value and not is_iso_date(value):
        raise refuse(data, "bad_date", value=value)
    return value


def is_iso_date(value: str) -> bool:
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return len(value) == 10


class HasMetrics(Protocol):
    minutes_as_is: float | None
    minutes_to_be: float | None
    simplicity_as_is: int | None
    simplicity_to_be: int | None
    steps_as_is: int | None
    steps_to_be: int | None


@dataclass(frozen=True)
class MetricDelta:
    """One metric as is and to be; `better` says whether the target improves on today."""

    name: str
    as_is: float | None
    to_be: float | None

    @property
    def better(self) -> bool | None:
        if self.as_is is None or self.to_be is None:
            return None
        if self.name == "simplicity":  # higher is simpler
            return self.to_be > self.as_is
        return self.to_be < self.as_is  # fewer minutes, fewer steps


def metric_deltas(item: HasMetrics) -> list[MetricDelta]:
    return [
        MetricDelta("minutes", item.minutes_as_is, item.minutes_to_be),
        MetricDelta("simplicity", item.simplicity_as_is, item.simplicity_to_be),
        MetricDelta("steps", item.steps_as_is, item.steps_to_be),
    ]


# --- lineage: a barrier, failure or model becomes an idea or a candidate --------------------
# A journey cell, audit failure or scenario model: text that can travel on (their modules
# import this one).
Sendable: TypeAlias = "JourneyCell | AuditFailure | ScenarioModel"


def send_to_ideas(
    data: model.WorkshopData, item: Sendable, capture_board_id: int, author: str = ""
) -> list[Pair]:
    """A new note on a capture board with the item's text; the item remembers it."""
    board = data.board(capture_board_id)
    if board is None or board.kind is not model.BoardKind.CAPTURE:
        raise refuse(data, "wrong_board", board=capture_board_id, kind="capture")
    if item.note_id is not None and any(n.id == item.note_id for n in data.notes):
        raise refuse(data, "already_sent_idea", note=item.note_id)
    x, y = edits.next_note_position(data, capture_board_id)
    pairs = edits.add_note(data, capture_board_id, item.text, x=x, y=y, author=author)
    note = pairs[0][1]
    assert note is not None
    return [*pairs, edits.replace(item, note_id=note.id)]


def send_to_candidates(
    data: model.WorkshopData, item: Sendable, prioritise_board_id: int, origin: Origin
) -> list[Pair]:
    """A new candidate on a prioritisation board (linked to the item's idea note, if any)."""
    board = data.board(prioritise_board_id)
    if board is None or board.kind is not model.BoardKind.PRIORITISE:
        raise refuse(data, "wrong_board", board=prioritise_board_id, kind="prioritise")
    if item.candidate_id is not None and any(c.id == item.candidate_id for c in data.candidates):
        raise refuse(data, "already_sent_candidate", candidate=item.candidate_id)
    slot = sum(1 for c in data.candidates if c.board_id == prioritise_board_id)
    note_id = item.note_id if any(n.id == item.note_id for n in data.notes) else None
    candidate = Candidate(
        id=edits.next_id(data.candidates),
        board_id=prioritise_board_id,
        text=edits.clean_text(item.text, language_of(data)),
        note_id=note_id,
        origin=origin.value,
        x=(slot % 6) * (model.NOTE_WIDTH + 20),
        y=(slot // 6) * (model.NOTE_HEIGHT + 20),
    )
    return [(None, candidate), edits.replace(item, candidate_id=candidate.id)]


def sendables(data: model.WorkshopData) -> list[Any]:
    """Every entity that may point at a note or a candidate."""
    return [*data.journey_cells, *data.audit_failures, *data.scenario_models]


def unlink_notes(data: model.WorkshopData, note_ids: Iterable[int]) -> list[Pair]:
    """Items that were sent to deleted notes forget them (the lineage must not dangle)."""
    doomed = set(note_ids)
    return [edits.replace(i, note_id=None) for i in sendables(data) if i.note_id in doomed]


def unlink_candidates(data: model.WorkshopData, candidate_ids: Iterable[int]) -> list[Pair]:
    doomed = set(candidate_ids)
    pairs: list[Pair] = [
        edits.replace(i, candidate_id=None) for i in sendables(data) if i.candidate_id in doomed
    ]
    for goal in data.strategy_items:
        if doomed & set(goal.candidate_ids):
            kept = [c for c in goal.candidate_ids if c not in doomed]
            pairs.append(edits.replace(goal, candidate_ids=kept))
    return pairs


def unlink_slices(data: model.WorkshopData, slice_ids: Iterable[int]) -> list[Pair]:
    doomed = set(slice_ids)
    return [
        edits.replace(goal, slice_ids=[s for s in goal.slice_ids if s not in doomed])
        for goal in data.strategy_items
        if doomed & set(goal.slice_ids)
    ]


def link_problems(data: model.WorkshopData, label: str, item: Sendable) -> list[str]:
    found: list[str] = []
    if item.note_id is not None and not any(n.id == item.note_id for n in data.notes):
        found.append(f"{label} was sent to missing note {item.note_id}")
    if item.candidate_id is not None and not any(
        c.id == item.candidate_id for c in data.candidates
    ):
        found.append(f"{label} was sent to missing candidate {item.candidate_id}")
    return found


def renumber(items: Iterable[Any]) -> list[Pair]:
    """Positions 0, 1, 2 ... in the given order; only items whose position changes."""
    return [
        (item, dataclasses.replace(item, position=index))
        for index, item in enumerate(items)
        if item.position != index
    ]


def moved(items: list[Any], item_id: int, step: int) -> list[Pair]:
    """Move one item of an ordered list up (`step` < 0) or down, renumbering the list."""
    order = sorted(items, key=lambda i: (i.position, i.id))
    at = next((n for n, i in enumerate(order) if i.id == item_id), None)
    if at is None:
        return []
    target = max(0, min(len(order) - 1, at + step))
    if target == at:
        return []
    order.insert(target, order.pop(at))
    return renumber(order)


# --- a whole board ---------------------------------------------------------------------------
def board_entities(data: model.WorkshopData, board_id: int) -> list[Any]:
    """Everything a strategy, journey or audit board holds (deleting the board removes
    these; a board with none of them is empty)."""
    scenarios = {s.id for s in data.audit_scenarios if s.board_id == board_id}
    return [
        *(i for i in data.strategy_items if i.board_id == board_id),
        *(s for s in data.strategy_scenarios if s.board_id == board_id),
        *(c for c in data.journey_cells if c.board_id == board_id),
        *(s for s in data.journey_stages if s.board_id == board_id),
        *(f for f in data.audit_failures if f.scenario_id in scenarios),
        *(m for m in data.scenario_models if m.scenario_id in scenarios),
        *(c for c in data.principle_checks if c.board_id == board_id),
        *(s for s in data.audit_scenarios if s.board_id == board_id),
    ]


def remove_board_content(data: model.WorkshopData, board_id: int) -> list[Pair]:
    """Remove what `board_entities` lists, in one edit (ideas and candidates made from the
    board stay where they are)."""
    return [(entity, None) for entity in board_entities(data, board_id)]
