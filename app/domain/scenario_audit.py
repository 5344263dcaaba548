"""The scenario audit with three models.

Every customer and employee scenario of the service is a row, with the failures and
inconveniences found in it. For every scenario the team drafts at least three models:
fully online (as if the world had changed for good), hybrid (routine and repeated tasks
online; development, personal advice and synchronisation in person), and a new scenario
or product for a need that has just appeared. The completeness check names the scenarios
that still lack one of the three. A model may carry a prototype test (what was tested,
with whom, what was learned) and the metrics: minutes, simplicity, steps or clicks, as is
and to be. Failures and models can be sent on as ideas or candidates (lineage).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from app.domain import cx_common, edits, model
from app.domain.edits import Pair
from app.domain.i18n import N_
from app.domain.texts import render


class Actor(StrEnum):
    CUSTOMER = "customer"
    EMPLOYEE = "employee"


class ModelKind(StrEnum):
    ONLINE = "online"
    HYBRID = "hybrid"
    NEW = "new"


MODEL_KINDS = tuple(ModelKind)

ACTOR_TITLES: dict[str, str] = {
    Actor.CUSTOMER: N_("Customer"),
    Actor.EMPLOYEE: N_("Employee"),
}
MODEL_TITLES: dict[str, str] = {
    ModelKind.ONLINE: N_("Fully online"),
    ModelKind.HYBRID: N_("Hybrid"),
    ModelKind.NEW: N_("New scenario or product"),
}
MODEL_HINTS: dict[str, str] = {
    ModelKind.ONLINE: N_("Every task done online, as if the world had changed for good."),
    ModelKind.HYBRID: N_("Routine online; advice, development and personal contact in person."),
    ModelKind.NEW: N_("A new scenario or product for a need that has just appeared."),
}
FAILURES_TITLE = {"failures": N_("Failures and inconveniences")}


@dataclass
class AuditScenario:
    id: int
    board_id: int
    title: str
    actor: Actor = Actor.CUSTOMER
    position: int = 0


@dataclass
class AuditFailure:
    id: int
    scenario_id: int
    text: str
    position: int = 0
    note_id: int | None = None
    candidate_id: int | None = None


@dataclass
class ScenarioModel:
    id: int
    scenario_id: int
    kind: ModelKind
    text: str
    position: int = 0
    test_what: str = ""  # prototype test: what was tested
    test_with: str = ""  # with whom
    test_learned: str = ""  # what was learned
    minutes_as_is: float | None = None
    minutes_to_be: float | None = None
    simplicity_as_is: int | None = None
    simplicity_to_be: int | None = None
    steps_as_is: int | None = None
    steps_to_be: int | None = None
    note_id: int | None = None
    candidate_id: int | None = None

    @property
    def tested(self) -> bool:
        return bool(self.test_what or self.test_with or self.test_learned)


def actor_title(actor: Actor, language: str) -> str:
    return render(ACTOR_TITLES, actor, language)


def model_title(kind: ModelKind, language: str) -> str:
    return render(MODEL_TITLES, kind, language)


def model_hint(kind: ModelKind, language: str) -> str:
    return render(MODEL_HINTS, kind, language)


def failures_title(language: str) -> str:
    return render(FAILURES_TITLE, "failures", language)


# --- reading ---------------------------------------------------------------------------------
def scenarios(data: model.WorkshopData, board_id: int) -> list[AuditScenario]:
    return sorted(
        (s for s in data.audit_scenarios if s.board_id == board_id),
        key=lambda s: (s.position, s.id),
    )


def failures(data: model.WorkshopData, scenario_id: int) -> list[AuditFailure]:
    return sorted(
        (f for f in data.audit_failures if f.scenario_id == scenario_id),
        key=lambda f: (f.position, f.id),
    )


def models(
    data: model.WorkshopData, scenario_id: int, kind: ModelKind | None = None
) -> list[ScenarioModel]:
    return sorted(
        (
            m
            for m in data.scenario_models
            if m.scenario_id == scenario_id and (kind is None or m.kind is kind)
        ),
        key=lambda m: (MODEL_KINDS.index(m.kind), m.position, m.id),
    )


def missing_models(data: model.WorkshopData, scenario_id: int) -> list[ModelKind]:
    """The model kinds a scenario does not have yet."""
    present = {m.kind for m in data.scenario_models if m.scenario_id == scenario_id}
    return [k for k in MODEL_KINDS if k not in present]


@dataclass(frozen=True)
class Completeness:
    scenarios: int
    complete: int
    missing: dict[int, list[ModelKind]]  # scenario id -> the kinds it lacks

    @property
    def done(self) -> bool:
        return self.scenarios > 0 and self.complete == self.scenarios


def completeness(data: model.WorkshopData, board_id: int) -> Completeness:
    """Which scenarios of a board still lack one of the three models."""
    rows = scenarios(data, board_id)
    missing = {s.id: missing_models(data, s.id) for s in rows}
    missing = {k: v for k, v in missing.items() if v}
    return Completeness(len(rows), len(rows) - len(missing), missing)


def _scenario(data: model.WorkshopData, scenario_id: int) -> AuditScenario:
    return next(s for s in data.audit_scenarios if s.id == scenario_id)


def _failure(data: model.WorkshopData, failure_id: int) -> AuditFailure:
    return next(f for f in data.audit_failures if f.id == failure_id)


def _model(data: model.WorkshopData, model_id: int) -> ScenarioModel:
    return next(m for m in data.scenario_models if m.id == model_id)


# --- edits -----------------------------------------------------------------------------------
def add_scenario(
    data: model.WorkshopData, board_id: int, title: str, actor: Actor = Actor.CUSTOMER
) -> list[Pair]:
    existing = scenarios(data, board_id)
    scenario = AuditScenario(
        id=edits.next_id(data.audit_scenarios),
        board_id=board_id,
        title=cx_common.clean_name(data, title),
        actor=Actor(actor),
        position=max((s.position for s in existing), default=-1) + 1,
    )
    return [(None, scenario)]


def update_scenario(data: model.WorkshopData, scenario_id: int, **changes: Any) -> list[Pair]:
    scenario = _scenario(data, scenario_id)
    if "title" in changes:
        changes["title"] = cx_common.clean_name(data, changes["title"])
    if "actor" in changes:
        changes["actor"] = Actor(changes["actor"])
    pair = edits.replace(scenario, **changes)
    return [] if pair[0] == pair[1] else [pair]


def delete_scenario(data: model.WorkshopData, scenario_id: int) -> list[Pair]:
    """A scenario goes with its failures, its models and its principle ticks."""
    scenario = _scenario(data, scenario_id)
    pairs: list[Pair] = [(f, None) for f in data.audit_failures if f.scenario_id == scenario_id]
    pairs += [(m, None) for m in data.scenario_models if m.scenario_id == scenario_id]
    pairs += [(c, None) for c in data.principle_checks if c.scenario_id == scenario_id]
    pairs.append((scenario, None))
    return pairs


def move_scenario(data: model.WorkshopData, scenario_id: int, step: int) -> list[Pair]:
    scenario = _scenario(data, scenario_id)
    return cx_common.moved(scenarios(data, scenario.board_id), scenario_id, step)


def add_failure(data: model.WorkshopData, scenario_id: int, text: str) -> list[Pair]:
    _scenario(data, scenario_id)
    siblings = failures(data, scenario_id)
    failure = AuditFailure(
        id=edits.next_id(data.audit_failures),
        scenario_id=scenario_id,
        text=edits.clean_text(text, cx_common.language_of(data)),
        position=max((f.position for f in siblings), default=-1) + 1,
    )
    return [(None, failure)]


def update_failure(data: model.WorkshopData, failure_id: int, text: str) -> list[Pair]:
    failure = _failure(data, failure_id)
    cleaned = edits.clean_text(text, cx_common.language_of(data))
    return [] if cleaned == failure.text else [edits.replace(failure, text=cleaned)]


def delete_failure(data: model.WorkshopData, failure_id: int) -> list[Pair]:
    return [(_failure(data, failure_id), None)]


def move_failure(data: model.WorkshopData, failure_id: int, step: int) -> list[Pair]:
    failure = _failure(data, failure_id)
    return cx_common.moved(failures(data, failure.scenario_id), failure_id, step)


def move_model(data: model.WorkshopData, model_id: int, step: int) -> list[Pair]:
    item = _model(data, model_id)
    return cx_common.moved(models(data, item.scenario_id, item.kind), model_id, step)


def add_model(data: model.WorkshopData, scenario_id: int, kind: ModelKind, text: str) -> list[Pair]:
    _scenario(data, scenario_id)
    siblings = models(data, scenario_id, kind)
    item = ScenarioModel(
        id=edits.next_id(data.scenario_models),
        scenario_id=scenario_id,
        kind=ModelKind(kind),
        text=edits.clean_text(text, cx_common.language_of(data)),
        position=max((m.position for m in siblings), default=-1) + 1,
    )
    return [(None, item)]


def update_model(data: model.WorkshopData, model_id: int, **changes: Any) -> list[Pair]:
    """Edit a model's text, its prototype test or its metrics."""
    item = _model(data, model_id)
    if "text" in changes:
        changes["text"] = edits.clean_text(changes["text"], cx_common.language_of(data))
    for name in ("test_what", "test_with", "test_learned"):
        if name in changes:
            changes[name] = cx_common.clean_free_text(changes[name])
    if "kind" in changes:
        changes["kind"] = ModelKind(changes["kind"])
    cx_common.check_metrics(data, changes)
    pair = edits.replace(item, **changes)
    return [] if pair[0] == pair[1] else [pair]


def delete_model(data: model.WorkshopData, model_id: int) -> list[Pair]:
    return [(_model(data, model_id), None)]


# --- consistency -----------------------------------------------------------------------------
def problems(data: model.WorkshopData) -> list[str]:
    found: list[str] = []
    boards = {b.id: b.kind for b in data.boards}
    known = {s.id for s in data.audit_scenarios}
    for scenario in data.audit_scenarios:
        kind = boards.get(scenario.board_id)
        label = f"audit scenario {scenario.id}"
        if kind is None:
            found.append(f"{label} is on missing board {scenario.board_id}")
        elif kind is not model.BoardKind.SCENARIOS:
            found.append(f"{label} is on board {scenario.board_id}, which is a {kind.value} board")
    for failure in data.audit_failures:
        label = f"audit failure {failure.id}"
        if failure.scenario_id not in known:
            found.append(f"{label} is in missing scenario {failure.scenario_id}")
        found += cx_common.link_problems(data, label, failure)
    for item in data.scenario_models:
        label = f"scenario model {item.id}"
        if item.scenario_id not in known:
            found.append(f"{label} is in missing scenario {item.scenario_id}")
        found += cx_common.link_problems(data, label, item)
    return found
