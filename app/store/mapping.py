"""Rows <-> domain objects, generically: one `EntitySpec` per stored entity kind."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlmodel import SQLModel

from app.domain import (
    entities,
    journey,
    kano,
    model,
    principles,
    prioritise,
    reverse,
    scenario_audit,
    strategy,
    value_prop,
)
from app.store import tables


@dataclass(frozen=True)
class EntitySpec:
    """How one domain dataclass is stored: its table, and which fields are JSON text."""

    kind: str  # the WorkshopData list name, e.g. "notes"
    domain: type[Any]
    table: type[SQLModel]
    json_fields: tuple[str, ...] = ()
    key: str = "id"  # the primary-key column

    @property
    def table_name(self) -> str:
        return str(self.table.__tablename__)

    def to_values(self, entity: Any) -> dict[str, Any]:
        values = entities.to_plain(entity)
        for name in self.json_fields:
            values[name] = json.dumps(values[name], ensure_ascii=False, sort_keys=True)
        return values

    def from_values(self, values: Mapping[str, Any]) -> Any:
        plain = dict(values)
        for name in self.json_fields:
            raw = plain.get(name)
            plain[name] = json.loads(raw) if raw else None
        return entities.from_plain(self.domain, plain)


SPECS: list[EntitySpec] = [
    EntitySpec("teams", model.Team, tables.TeamRow),
    EntitySpec("participants", model.Participant, tables.ParticipantRow),
    EntitySpec("boards", model.Board, tables.BoardRow),
    EntitySpec("clusters", model.Cluster, tables.ClusterRow),
    EntitySpec("notes", model.Note, tables.NoteRow),
    EntitySpec("votes", model.Vote, tables.VoteRow),
    EntitySpec("images", model.ImageItem, tables.ImageRow),
    EntitySpec(
        "reverse_rounds",
        reverse.ReverseRound,
        tables.ReverseRoundRow,
        json_fields=("team_ids", "timer_minutes"),
        key="board_id",
    ),
    EntitySpec("deals", reverse.Deal, tables.DealRow),
    EntitySpec("slices", prioritise.ReleaseSlice, tables.ReleaseSliceRow),
    EntitySpec("candidates", prioritise.Candidate, tables.CandidateRow),
    EntitySpec("kano_answers", kano.KanoAnswerRecord, tables.KanoAnswerRow),
    EntitySpec("segments", value_prop.Segment, tables.SegmentRow),
    EntitySpec("canvases", value_prop.Canvas, tables.CanvasRow),
    EntitySpec(
        "canvas_items", value_prop.CanvasItem, tables.CanvasItemRow, json_fields=("addresses",)
    ),
    EntitySpec("strategy_scenarios", strategy.StrategyScenario, tables.StrategyScenarioRow),
    EntitySpec(
        "strategy_items",
        strategy.StrategyItem,
        tables.StrategyItemRow,
        json_fields=("candidate_ids", "slice_ids"),
    ),
    EntitySpec("journey_stages", journey.JourneyStage, tables.JourneyStageRow),
    EntitySpec("journey_cells", journey.JourneyCell, tables.JourneyCellRow),
    EntitySpec("audit_scenarios", scenario_audit.AuditScenario, tables.AuditScenarioRow),
    EntitySpec("audit_failures", scenario_audit.AuditFailure, tables.AuditFailureRow),
    EntitySpec("scenario_models", scenario_audit.ScenarioModel, tables.ScenarioModelRow),
    EntitySpec("principle_checks", principles.PrincipleCheck, tables.PrincipleCheckRow),
    # Stored, not dumped: absent from `entities.ENTITY_TYPES` on purpose.
    EntitySpec("phone_receipts", model.PhoneReceipt, tables.PhoneReceiptRow),
]

SPEC_BY_TYPE: dict[type[Any], EntitySpec] = {spec.domain: spec for spec in SPECS}
SPEC_BY_KIND: dict[str, EntitySpec] = {spec.kind: spec for spec in SPECS}


def spec_for(entity: Any) -> EntitySpec:
    try:
        return SPEC_BY_TYPE[type(entity)]
    except KeyError as exc:
        raise TypeError(f"{type(entity).__name__} is not a stored entity") from exc


WORKSHOP_FIELDS = tuple(f.name for f in dataclasses.fields(model.Workshop))


def workshop_to_values(workshop: model.Workshop) -> dict[str, Any]:
    values = {name: getattr(workshop, name) for name in WORKSHOP_FIELDS}
    values["id"] = 1
    return values


def workshop_from_values(values: Mapping[str, Any]) -> model.Workshop:
    return model.Workshop(**{name: values[name] for name in WORKSHOP_FIELDS if name in values})
