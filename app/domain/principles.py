"""The six service-design principles as a checklist (Stickdorn et al., *This Is Service
Design Doing*, 2018): the facilitator ticks them per journey map or per audited scenario.

One `PrincipleCheck` row per ticked principle; unticking removes the row, so undo is the
same generic operation as for every other edit.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from app.domain import edits, model
from app.domain.edits import Pair
from app.domain.i18n import N_
from app.domain.texts import render


class Principle(StrEnum):
    HUMAN_CENTRED = "human_centred"
    COLLABORATIVE = "collaborative"
    ITERATIVE = "iterative"
    SEQUENTIAL = "sequential"
    REAL = "real"
    HOLISTIC = "holistic"


PRINCIPLES = tuple(Principle)

NAMES: dict[str, str] = {
    Principle.HUMAN_CENTRED: N_("Human-centred"),
    Principle.COLLABORATIVE: N_("Collaborative"),
    Principle.ITERATIVE: N_("Iterative"),
    Principle.SEQUENTIAL: N_("Sequential"),
    Principle.REAL: N_("Real"),
    Principle.HOLISTIC: N_("Holistic"),
}
QUESTIONS: dict[str, str] = {
    Principle.HUMAN_CENTRED: N_(
        "Did we look through the eyes of customers and of the staff who serve them?"
    ),
    Principle.COLLABORATIVE: N_(
        "Were all the stakeholders in the room early enough to change things?"
    ),
    Principle.ITERATIVE: N_("Do we test in small rounds: first with staff, then a few customers?"),
    Principle.SEQUENTIAL: N_(
        "Is the service drawn as a sequence of steps, with the gaps between them?"
    ),
    Principle.REAL: N_("Is it backed by numbers, research or prototypes with real people?"),
    Principle.HOLISTIC: N_(
        "Are all channels, business lines and related products taken into account?"
    ),
}


def name(principle: Principle, language: str) -> str:
    return render(NAMES, principle, language)


def question(principle: Principle, language: str) -> str:
    return render(QUESTIONS, principle, language)


@dataclass
class PrincipleCheck:
    """One ticked principle on a journey board (`scenario_id` None) or for one audited
    scenario of a scenario board."""

    id: int
    board_id: int
    principle: Principle
    scenario_id: int | None = None
    note: str = ""  # what shows it holds (optional)


def checks_for(
    data: model.WorkshopData, board_id: int, scenario_id: int | None = None
) -> dict[Principle, PrincipleCheck]:
    return {
        c.principle: c
        for c in data.principle_checks
        if c.board_id == board_id and c.scenario_id == scenario_id
    }


def toggle(
    data: model.WorkshopData,
    board_id: int,
    principle: Principle,
    scenario_id: int | None = None,
) -> list[Pair]:
    """Tick the principle, or untick it when it is ticked."""
    current = checks_for(data, board_id, scenario_id).get(principle)
    if current is not None:
        return [(current, None)]
    check = PrincipleCheck(
        id=edits.next_id(data.principle_checks),
        board_id=board_id,
        principle=principle,
        scenario_id=scenario_id,
    )
    return [(None, check)]


def set_note(data: model.WorkshopData, check_id: int, note: str) -> list[Pair]:
    check = next(c for c in data.principle_checks if c.id == check_id)
    cleaned = edits.clean_label(note)[: model.MAX_NOTE_TEXT]
    return [] if cleaned == check.note else [edits.replace(check, note=cleaned)]


def score(data: model.WorkshopData, board_id: int, scenario_id: int | None = None) -> int:
    """How many of the six principles are ticked."""
    return len(checks_for(data, board_id, scenario_id))


def problems(data: model.WorkshopData) -> list[str]:
    found: list[str] = []
    boards = {b.id: b.kind for b in data.boards}
    scenarios = {s.id: s.board_id for s in data.audit_scenarios}
    seen: set[tuple[int, int | None, Principle]] = set()
    for check in data.principle_checks:
        label = f"principle check {check.id}"
        kind = boards.get(check.board_id)
        if kind is None:
            found.append(f"{label} is on missing board {check.board_id}")
        elif kind not in (model.BoardKind.JOURNEY, model.BoardKind.SCENARIOS):
            found.append(f"{label} is on board {check.board_id}, which is a {kind.value} board")
        if check.scenario_id is not None:
            home = scenarios.get(check.scenario_id)
            if home is None:
                found.append(f"{label} is for missing scenario {check.scenario_id}")
            elif home != check.board_id:
                found.append(f"{label} is for scenario {check.scenario_id} of another board")
        key = (check.board_id, check.scenario_id, check.principle)
        if key in seen:
            found.append(f"{label} ticks {check.principle.value} a second time")
        seen.add(key)
    return found
