"""The point A -> point B strategy canvas.

Point A is where the organisation stands today: who we are, how customers see us, what
customers lack, where competitors do better. Point B is who we want to be in a year; a
board may hold several point-B scenarios side by side. The gap between A and B is closed
by goals; each goal has a plan of steps, and each step a checkpoint: a date, an owner and
how we will know we are on track. A goal may list the candidates and release slices of a
prioritisation board that serve it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from app.domain import cx_common, edits, model
from app.domain.edits import Pair
from app.domain.i18n import N_
from app.domain.texts import render


class StrategyItemKind(StrEnum):
    NOW = "now"  # point A: who we are now
    SEEN = "seen"  # point A: how customers see us
    LACK = "lack"  # point A: what customers lack
    BEHIND = "behind"  # point A: where competitors compare better
    GOAL = "goal"  # a goal of one point-B scenario
    STEP = "step"  # a step of a goal's plan, with its checkpoint


POINT_A_KINDS = (
    StrategyItemKind.NOW,
    StrategyItemKind.SEEN,
    StrategyItemKind.LACK,
    StrategyItemKind.BEHIND,
)

TITLES: dict[str, str] = {
    StrategyItemKind.NOW: N_("Who we are now"),
    StrategyItemKind.SEEN: N_("How customers see us"),
    StrategyItemKind.LACK: N_("What customers lack"),
    StrategyItemKind.BEHIND: N_("Where competitors do better"),
    StrategyItemKind.GOAL: N_("Goals"),
    StrategyItemKind.STEP: N_("Plan"),
}

MESSAGES = {
    "scenario": N_("Scenario {n}"),
    "goal_needs_scenario": N_("A goal belongs to a point-B scenario."),
    "step_needs_goal": N_("A plan step belongs to a goal."),
}


@dataclass
class StrategyScenario:
    """One point B: who we are in a year, in this scenario."""

    id: int
    board_id: int
    name: str
    point_b: str = ""
    position: int = 0


@dataclass
class StrategyItem:
    """A point-A statement, a goal or a plan step (by `kind`)."""

    id: int
    board_id: int
    kind: StrategyItemKind
    text: str
    scenario_id: int | None = None  # goals and steps
    goal_id: int | None = None  # steps
    position: int = 0
    due: str = ""  # steps: ISO date of the checkpoint
    owner: str = ""  # steps
    checkpoint: str = ""  # steps: how we know we are on track
    done: bool = False  # steps
    candidate_ids: list[int] = field(default_factory=list)  # goals: candidates serving it
    slice_ids: list[int] = field(default_factory=list)  # goals: release slices serving it


def title(kind: StrategyItemKind, language: str) -> str:
    return render(TITLES, kind, language)


# --- reading ---------------------------------------------------------------------------------
def scenarios(data: model.WorkshopData, board_id: int) -> list[StrategyScenario]:
    return sorted(
        (s for s in data.strategy_scenarios if s.board_id == board_id),
        key=lambda s: (s.position, s.id),
    )


def items(
    data: model.WorkshopData,
    board_id: int,
    kind: StrategyItemKind,
    *,
    scenario_id: int | None = None,
    goal_id: int | None = None,
) -> list[StrategyItem]:
    """Items of one kind in order; goals of one scenario, steps of one goal."""
    found = [
        i
        for i in data.strategy_items
        if i.board_id == board_id
        and i.kind is kind
        and (kind is not StrategyItemKind.GOAL or i.scenario_id == scenario_id)
        and (kind is not StrategyItemKind.STEP or i.goal_id == goal_id)
    ]
    return sorted(found, key=lambda i: (i.position, i.id))


def _item(data: model.WorkshopData, item_id: int) -> StrategyItem:
    return next(i for i in data.strategy_items if i.id == item_id)


def _scenario(data: model.WorkshopData, scenario_id: int) -> StrategyScenario:
    return next(s for s in data.strategy_scenarios if s.id == scenario_id)


@dataclass(frozen=True)
class GoalProgress:
    goal: StrategyItem
    steps: int
    done: int
    overdue: int  # open steps whose checkpoint date has passed
    unchecked: int  # steps without a date, an owner or a way to check them

    @property
    def has_plan(self) -> bool:
        return self.steps > 0


def progress(data: model.WorkshopData, goal_id: int, today: str | None = None) -> GoalProgress:
    goal = _item(data, goal_id)
    today = today or dt.date.today().isoformat()
    steps = items(data, goal.board_id, StrategyItemKind.STEP, goal_id=goal_id)
    return GoalProgress(
        goal=goal,
        steps=len(steps),
        done=sum(1 for s in steps if s.done),
        overdue=sum(1 for s in steps if not s.done and s.due and s.due < today),
        unchecked=sum(1 for s in steps if not (s.due and s.owner and s.checkpoint)),
    )


def goals_serving(data: model.WorkshopData, candidate_id: int) -> list[StrategyItem]:
    """Goals that list a candidate (or its release slice) as serving them."""
    candidate = next((c for c in data.candidates if c.id == candidate_id), None)
    slice_id = candidate.slice_id if candidate else None
    return [
        g
        for g in data.strategy_items
        if g.kind is StrategyItemKind.GOAL
        and (candidate_id in g.candidate_ids or (slice_id is not None and slice_id in g.slice_ids))
    ]


# --- edits -----------------------------------------------------------------------------------
def add_scenario(data: model.WorkshopData, board_id: int, name: str = "") -> list[Pair]:
    existing = scenarios(data, board_id)
    if not name.strip():
        name = render(MESSAGES, "scenario", cx_common.language_of(data), n=len(existing) + 1)
    scenario = StrategyScenario(
        id=edits.next_id(data.strategy_scenarios),
        board_id=board_id,
        name=cx_common.clean_name(data, name),
        position=max((s.position for s in existing), default=-1) + 1,
    )
    return [(None, scenario)]


def update_scenario(data: model.WorkshopData, scenario_id: int, **changes: Any) -> list[Pair]:
    scenario = _scenario(data, scenario_id)
    if "name" in changes:
        changes["name"] = cx_common.clean_name(data, changes["name"])
    if "point_b" in changes:
        changes["point_b"] = cx_common.clean_free_text(changes["point_b"])
    pair = edits.replace(scenario, **changes)
    return [] if pair[0] == pair[1] else [pair]


def delete_scenario(data: model.WorkshopData, scenario_id: int) -> list[Pair]:
    """A scenario goes with its goals and their plans."""
    scenario = _scenario(data, scenario_id)
    goals = {i.id for i in data.strategy_items if i.scenario_id == scenario_id}
    pairs: list[Pair] = [
        (i, None) for i in data.strategy_items if i.scenario_id == scenario_id or i.goal_id in goals
    ]
    pairs.append((scenario, None))
    return pairs


def move_scenario(data: model.WorkshopData, scenario_id: int, step: int) -> list[Pair]:
    scenario = _scenario(data, scenario_id)
    return cx_common.moved(scenarios(data, scenario.board_id), scenario_id, step)


def add_item(
    data: model.WorkshopData,
    board_id: int,
    kind: StrategyItemKind,
    text: str,
    *,
    scenario_id: int | None = None,
    goal_id: int | None = None,
) -> list[Pair]:
    """A point-A statement, a goal of a scenario or a step of a goal, at the end of its list."""
    language = cx_common.language_of(data)
    if kind is StrategyItemKind.GOAL:
        if scenario_id is None or not any(
            s.id == scenario_id and s.board_id == board_id for s in data.strategy_scenarios
        ):
            raise edits.EditRefused(render(MESSAGES, "goal_needs_scenario", language))
        goal_id = None
    elif kind is StrategyItemKind.STEP:
        goal = next(
            (
                i
                for i in data.strategy_items
                if i.id == goal_id and i.kind is StrategyItemKind.GOAL and i.board_id == board_id
            ),
            None,
        )
        if goal is None:
            raise edits.EditRefused(render(MESSAGES, "step_needs_goal", language))
        scenario_id = goal.scenario_id
    else:
        scenario_id = goal_id = None
    siblings = items(data, board_id, kind, scenario_id=scenario_id, goal_id=goal_id)
    item = StrategyItem(
        id=edits.next_id(data.strategy_items),
        board_id=board_id,
        kind=kind,
        text=edits.clean_text(text, language),
        scenario_id=scenario_id,
        goal_id=goal_id,
        position=max((i.position for i in siblings), default=-1) + 1,
    )
    return [(None, item)]


def update_item(data: model.WorkshopData, item_id: int, **changes: Any) -> list[Pair]:
    """Change an item's text or its checkpoint fields; an empty text is refused."""
    item = _item(data, item_id)
    language = cx_common.language_of(data)
    if "text" in changes:
        changes["text"] = edits.clean_text(changes["text"], language)
    if "due" in changes:
        changes["due"] = cx_common.check_date(data, changes["due"])
    for name in ("owner", "checkpoint"):
        if name in changes:
            changes[name] = cx_common.clean_free_text(changes[name])
    pair = edits.replace(item, **changes)
    return [] if pair[0] == pair[1] else [pair]


def delete_item(data: model.WorkshopData, item_id: int) -> list[Pair]:
    """A goal goes with its plan."""
    item = _item(data, item_id)
    pairs: list[Pair] = [(i, None) for i in data.strategy_items if i.goal_id == item.id]
    pairs.append((item, None))
    return pairs


def move_item(data: model.WorkshopData, item_id: int, step: int) -> list[Pair]:
    item = _item(data, item_id)
    siblings = items(
        data, item.board_id, item.kind, scenario_id=item.scenario_id, goal_id=item.goal_id
    )
    return cx_common.moved(siblings, item_id, step)


def link_goal(
    data: model.WorkshopData,
    goal_id: int,
    candidate_ids: Iterable[int] = (),
    slice_ids: Iterable[int] = (),
) -> list[Pair]:
    """Set which candidates and release slices serve a goal (unknown ids are dropped)."""
    goal = _item(data, goal_id)
    known_candidates = {c.id for c in data.candidates}
    known_slices = {s.id for s in data.slices}
    candidates = sorted({c for c in candidate_ids if c in known_candidates})
    slices = sorted({s for s in slice_ids if s in known_slices})
    pair = edits.replace(goal, candidate_ids=candidates, slice_ids=slices)
    return [] if pair[0] == pair[1] else [pair]


# --- consistency -----------------------------------------------------------------------------
def problems(data: model.WorkshopData) -> list[str]:
    found: list[str] = []
    boards = {b.id: b.kind for b in data.boards}
    scenario_board = {s.id: s.board_id for s in data.strategy_scenarios}
    for scenario in data.strategy_scenarios:
        kind = boards.get(scenario.board_id)
        if kind is None:
            found.append(f"strategy scenario {scenario.id} is on missing board {scenario.board_id}")
        elif kind is not model.BoardKind.STRATEGY:
            found.append(
                f"strategy scenario {scenario.id} is on board {scenario.board_id}, "
                f"which is a {kind.value} board"
            )
    goals = {i.id: i for i in data.strategy_items if i.kind is StrategyItemKind.GOAL}
    candidates = {c.id for c in data.candidates}
    slices = {s.id for s in data.slices}
    for item in data.strategy_items:
        label = f"strategy item {item.id}"
        kind = boards.get(item.board_id)
        if kind is None:
            found.append(f"{label} is on missing board {item.board_id}")
        elif kind is not model.BoardKind.STRATEGY:
            found.append(f"{label} is on board {item.board_id}, which is a {kind.value} board")
        if item.kind in POINT_A_KINDS:
            if item.scenario_id is not None or item.goal_id is not None:
                found.append(f"{label} is a point-A {item.kind.value} inside a scenario")
        elif item.scenario_id is None:
            found.append(f"{label} is a {item.kind.value} without a scenario")
        elif scenario_board.get(item.scenario_id) is None:
            found.append(f"{label} is in missing scenario {item.scenario_id}")
        elif scenario_board[item.scenario_id] != item.board_id:
            found.append(f"{label} is in scenario {item.scenario_id} of another board")
        if item.kind is StrategyItemKind.STEP:
            goal = goals.get(item.goal_id) if item.goal_id is not None else None
            if goal is None:
                found.append(f"{label} is a step of missing goal {item.goal_id}")
            elif goal.scenario_id != item.scenario_id:
                found.append(f"{label} is a step of goal {goal.id} of another scenario")
        elif item.goal_id is not None:
            found.append(f"{label} is a {item.kind.value} with a goal")
        if item.kind is not StrategyItemKind.GOAL and (item.candidate_ids or item.slice_ids):
            found.append(f"{label} is a {item.kind.value} that lists candidates or slices")
        found += [
            f"{label} lists missing candidate {c}"
            for c in item.candidate_ids
            if c not in candidates
        ]
        found += [
            f"{label} lists missing release slice {s}" for s in item.slice_ids if s not in slices
        ]
    return found
