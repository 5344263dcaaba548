"""The stored entity kinds of a workshop, in dependency order, with generic (de)serialisation.

The JSON dump and the store both walk this list, so a new exercise adds its kinds here once.
"""

from __future__ import annotations

import base64
import bisect
import dataclasses
import operator
import types
import typing
from collections.abc import Iterable, Mapping, Sequence
from enum import Enum
from typing import Any, Protocol, TypeAlias, TypeVar, runtime_checkable

from app.domain import (
    edits,
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

# list name in WorkshopData -> entity dataclass, in an order where links point backwards
ENTITY_TYPES: dict[str, type[Any]] = {
    "teams": model.Team,
    "participants": model.Participant,
    "boards": model.Board,
    "clusters": model.Cluster,
    "notes": model.Note,
    "votes": model.Vote,
    "images": model.ImageItem,
    "reverse_rounds": reverse.ReverseRound,
    "deals": reverse.Deal,
    "slices": prioritise.ReleaseSlice,
    "candidates": prioritise.Candidate,
    "kano_answers": kano.KanoAnswerRecord,
    "segments": value_prop.Segment,
    "canvases": value_prop.Canvas,
    "canvas_items": value_prop.CanvasItem,
    "strategy_scenarios": strategy.StrategyScenario,
    "strategy_items": strategy.StrategyItem,
    "journey_stages": journey.JourneyStage,
    "journey_cells": journey.JourneyCell,
    "audit_scenarios": scenario_audit.AuditScenario,
    "audit_failures": scenario_audit.AuditFailure,
    "scenario_models": scenario_audit.ScenarioModel,
    "principle_checks": principles.PrincipleCheck,
}
# Every stored entity class: what the (before, after) pairs of an edit hold, so strict
# mypy rejects a write of anything else. Keep it in step with the two tables here.
Entity: TypeAlias = (
    model.Team
    | model.Participant
    | model.Board
    | model.Cluster
    | model.Note
    | model.Vote
    | model.ImageItem
    | reverse.ReverseRound
    | reverse.Deal
    | prioritise.ReleaseSlice
    | prioritise.Candidate
    | kano.KanoAnswerRecord
    | value_prop.Segment
    | value_prop.Canvas
    | value_prop.CanvasItem
    | strategy.StrategyScenario
    | strategy.StrategyItem
    | journey.JourneyStage
    | journey.JourneyCell
    | scenario_audit.AuditScenario
    | scenario_audit.AuditFailure
    | scenario_audit.ScenarioModel
    | principles.PrincipleCheck
    | model.PhoneReceipt
)


@runtime_checkable
class OnABoard(Protocol):
    """An entity that lives on one board (a note, a cluster, a candidate, a journey cell...)."""

    board_id: int


# Kept in the file and in memory but not dumped (a phone's receipt for its resent note).
STORED_ONLY_TYPES: dict[str, type[Any]] = {"phone_receipts": model.PhoneReceipt}


def register_kind(kind: str, entity_type: type[Any]) -> None:
    ENTITY_TYPES[kind] = entity_type


def kind_of(entity: Any) -> str:
    """The list of WorkshopData an entity lives in ("notes", "votes", ...)."""
    for kind, entity_type in (*ENTITY_TYPES.items(), *STORED_ONLY_TYPES.items()):
        if type(entity) is entity_type:
            return kind
    raise KeyError(f"{type(entity).__name__} is not a stored entity kind")


# --- edits in memory ----------------------------------------------------------------------
_ID = operator.attrgetter("id")
_T = TypeVar("_T")


def apply(data: model.WorkshopData, pairs: Iterable[edits.Pair]) -> list[Any]:
    """Apply an edit's (before, after) pairs to `data` in memory, as the file applies them.

    Every touched list is replaced by a new list (code holding the old one sees it
    unchanged), sorted by id: the order a reload gives. Returns the entities added. The
    open workshop (`app.services`), the demo and the tests' expectations all use this."""
    pairs = list(pairs)
    for kind, kind_pairs in pairs_by_kind(pairs).items():
        setattr(data, kind, rebuilt(getattr(data, kind), kind_pairs))
    return [after for before, after in pairs if before is None and after is not None]


def by_id(items: Sequence[_T], entity_id: int) -> _T | None:
    """The entity of `items` (a list of `WorkshopData`, sorted by id) with that id."""
    at = bisect.bisect_left(items, entity_id, key=_ID)
    if at < len(items) and _ID(items[at]) == entity_id:
        return items[at]
    return None


def pairs_by_kind(pairs: Iterable[edits.Pair]) -> dict[str, list[edits.Pair]]:
    """The pairs grouped by the list they touch; pairs of two Nones are dropped."""
    touched: dict[str, list[edits.Pair]] = {}
    for before, after in pairs:
        entity = after if after is not None else before
        if entity is not None:
            touched.setdefault(kind_of(entity), []).append((before, after))
    return touched


def rebuilt(current: Sequence[Any], pairs: Iterable[edits.Pair]) -> list[Any]:
    """`current` (entities of one kind) with the pairs applied, sorted by id."""
    index = {e.id: e for e in current}
    for before, after in pairs:
        if after is None:
            if before is not None:
                index.pop(before.id, None)
        else:
            if before is not None and before.id != after.id:
                index.pop(before.id, None)
            index[after.id] = after
    return sorted(index.values(), key=_ID)


def patched(current: Sequence[Any], pairs: Iterable[edits.Pair]) -> list[Any]:
    """`rebuilt` for a list already sorted by id, by binary search (a few pairs on a long
    list: O(log n) per entity plus one list copy)."""
    items = list(current)
    for before, after in pairs:
        entity = after if after is not None else before
        if entity is None:
            continue
        at = bisect.bisect_left(items, entity.id, key=_ID)
        found = at < len(items) and items[at].id == entity.id
        if after is None:
            if found:
                del items[at]
        elif found:
            items[at] = after
        else:
            items.insert(at, after)
    return items


_FIELD_TYPES: dict[type[Any], dict[str, Any]] = {}


def field_types(entity_type: type[Any]) -> dict[str, Any]:
    """Resolved annotations of an entity type (cached: resolving them is slow)."""
    hints = _FIELD_TYPES.get(entity_type)
    if hints is None:
        hints = _FIELD_TYPES[entity_type] = typing.get_type_hints(entity_type)
    return hints


def _enum_type(annotation: Any) -> type[Enum] | None:
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return annotation
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        for arg in typing.get_args(annotation):
            if isinstance(arg, type) and issubclass(arg, Enum):
                return arg
    return None


_FIELD_NAMES: dict[type[Any], tuple[str, ...]] = {}


def to_plain(entity: Any) -> dict[str, Any]:
    """Field values as JSON-ready plain values (enums become their values)."""
    names = _FIELD_NAMES.get(type(entity))
    if names is None:  # dataclasses.fields() rebuilds its tuple on every call
        names = _FIELD_NAMES[type(entity)] = tuple(f.name for f in dataclasses.fields(entity))
    values: dict[str, Any] = {}
    for name in names:
        value = getattr(entity, name)
        if isinstance(value, Enum):
            value = value.value
        elif isinstance(value, bytes):
            value = base64.b64encode(value).decode("ascii")
        elif isinstance(value, dict):
            value = {str(k): v for k, v in value.items()}
        elif isinstance(value, list):
            value = list(value)
        values[name] = value
    return values


# How each field of an entity type is read back from a plain value: as it is, as an enum,
# as base64 bytes, or as a dict with int keys (JSON keys are strings).
_AS_IS, _ENUM, _BYTES, _INT_KEYS = range(4)
_Reader = tuple[str, int, "type[Enum] | None"]
_READERS: dict[type[Any], tuple[_Reader, ...]] = {}


def _field_readers(entity_type: type[Any]) -> tuple[_Reader, ...]:
    """The readers of an entity type's fields (cached: a file's load builds thousands of
    entities, and resolving the annotations of each field again dominated it)."""
    readers = _READERS.get(entity_type)
    if readers is None:
        hints = field_types(entity_type)
        made: list[_Reader] = []
        for f in dataclasses.fields(entity_type):
            hint = hints.get(f.name)
            enum_type = _enum_type(hint)
            if enum_type is not None:
                made.append((f.name, _ENUM, enum_type))
            elif hint is bytes:
                made.append((f.name, _BYTES, None))
            elif typing.get_origin(hint) is dict and typing.get_args(hint)[:1] == (int,):
                made.append((f.name, _INT_KEYS, None))
            else:
                made.append((f.name, _AS_IS, None))
        readers = _READERS[entity_type] = tuple(made)
    return readers


def from_plain(entity_type: type[Any], values: Mapping[str, Any]) -> Any:
    """Build an entity from plain values; unknown keys are ignored, missing ones defaulted."""
    kwargs: dict[str, Any] = {}
    for name, kind, enum_type in _field_readers(entity_type):
        if name not in values:
            continue
        value = values[name]
        if kind == _ENUM and enum_type is not None and value is not None:
            value = enum_type(value)
        elif kind == _BYTES and isinstance(value, str):
            value = base64.b64decode(value.encode("ascii"), validate=True)
        elif kind == _INT_KEYS:
            value = {int(k): v for k, v in value.items()}
        kwargs[name] = value
    return entity_type(**kwargs)
