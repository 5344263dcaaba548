"""One set of rules for what a workshop may hold, whatever way it came in.

Typing (every edit through `WorkshopFile.apply`), CSV import, JSON import and
`pointb check` all ask this module, so a value refused in one path is refused in all:

- types: each field holds what its annotation says (text, whole number, finite number,
  true/false, one of an enum's values, a list of ids);
- ranges: Kano answers 1-5, RICE/ICE and 2x2 scores in their ranges, coordinates and
  sizes that a board and a PDF page can draw, whole numbers SQLite can store;
- text limits: names and titles (teams, participants, boards, clusters, release slices,
  respondents, authors, photo names) at most `model.MAX_NAME` characters, note-like texts
  at most `model.MAX_NOTE_TEXT`, value-proposition texts at the exercise's own limits;
- references: `consistency.problems` (every link points at something).

Photos are checked by the caller (`app.imaging` needs Pillow, which the domain does not
import): `workshop_problems` takes the check as a function.

A problem names its field and is worded in English or Russian (`describe`); values shown
in a message are cut short and control characters are escaped (`shown`).
"""

from __future__ import annotations

import dataclasses
import functools
import math
import re
import types
import typing
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import Enum
from typing import Any

from app.domain import (
    consistency,
    cx_common,
    entities,
    journey,
    kano,
    model,
    principles,
    prioritise,
    prioritise_flow,
    reverse,
    reverse_flow,
    scenario_audit,
    strategy,
    value_flow,
    value_prop,
)
from app.domain.i18n import N_
from app.domain.texts import one_line, render, shown

MAX_INT = 2**53  # whole numbers beyond this are not ids, counts or seeds (SQLite: 2**63)
MAX_COORDINATE = 10_000_000.0  # board units either side of the origin (10,000 screens)
MAX_EXTENT = 2.5 * MAX_COORDINATE  # the width or height of a note, a cluster frame, a photo
MAX_LONG_TEXT = 1_000_000  # the agenda's JSON text
MAX_VOTE_BUDGET = 1_000
MAX_RANK = 10_000
COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

MESSAGES = {
    "text": N_("must be text"),
    "whole": N_("must be a whole number"),
    "number": N_("must be a number"),
    "bool": N_("must be true or false"),
    "ids": N_("must be a list of ids"),
    "minutes": N_("must map steps to minutes (whole numbers)"),
    "png": N_("must be a JPEG or PNG image"),
    "null": N_("must not be empty (null)"),
    "choice": N_("must be one of: {choices}"),
    "too_long": N_("holds at most {limit:,} characters; this one has {length:,}"),
    "not_finite": N_("must be a finite number, not {value}"),
    "range": N_("must be between {low} and {high}, not {value}"),
    "color": N_("must be a colour like #RRGGBB, not {value}"),
    "date": N_("must be a date like 2026-11-24 (or empty), not {value}"),
    "empty": N_("must not be empty"),
    "name_too_long": N_(
        "A name or title holds at most {limit:,} characters; this one has {length:,}."
    ),
    "problem": N_("{what}: field “{field}” {problem}"),
}


@dataclass(frozen=True)
class Problem:
    """One broken rule of one field: `describe()` words it for a language."""

    field: str
    key: str
    params: dict[str, Any] = dataclasses.field(default_factory=dict)

    def describe(self, language: str = "en") -> str:
        return render(MESSAGES, self.key, language, **self.params)

    def __str__(self) -> str:
        return f'field "{self.field}" {self.describe()}'


# --- the rules of each field -------------------------------------------------------------
Check = Callable[[Any], Problem | None]

# Names and titles: one line on a card, a tab or a legend (the UI elides them anyway).
NAME_FIELDS: dict[type[Any], tuple[str, ...]] = {
    model.Workshop: ("title", "facilitator"),
    model.Team: ("name",),
    model.Participant: ("name",),
    model.Board: ("title",),
    model.Cluster: ("title",),
    model.Note: ("author",),
    model.ImageItem: ("name",),
    prioritise.ReleaseSlice: ("name",),
    kano.KanoAnswerRecord: ("respondent",),
    strategy.StrategyScenario: ("name",),
    journey.JourneyStage: ("name",),
    scenario_audit.AuditScenario: ("title",),
    strategy.StrategyItem: ("owner",),
}
# Other texts with their own limits (everything else: model.MAX_NOTE_TEXT).
TEXT_LIMITS: dict[tuple[type[Any], str], int] = {
    (model.Workshop, "agenda_json"): MAX_LONG_TEXT,
    (value_prop.Segment, "name"): value_flow.MAX_TEXT,
    (value_prop.Segment, "description"): value_flow.MAX_TEXT,
    (value_prop.CanvasItem, "text"): value_flow.MAX_TEXT,
    (value_prop.Canvas, "competitor"): value_flow.MAX_TEXT,
    (value_prop.Canvas, "category"): value_flow.MAX_TEXT,
    (value_prop.Canvas, "product_name"): value_flow.MAX_TEXT,
    (value_prop.Canvas, "statement"): value_flow.MAX_STATEMENT,
}
# Texts that must not be empty (after trimming).
REQUIRED_TEXT = {
    (model.Workshop, "title"),
    (model.Note, "text"),
    (prioritise.Candidate, "text"),
    (strategy.StrategyScenario, "name"),
    (strategy.StrategyItem, "text"),
    (journey.JourneyStage, "name"),
    (journey.JourneyCell, "text"),
    (scenario_audit.AuditScenario, "title"),
    (scenario_audit.AuditFailure, "text"),
    (scenario_audit.ScenarioModel, "text"),
}


def _in_range(low: float, high: float) -> Check:
    def check(value: Any) -> Problem | None:
        if value is None or low <= value <= high:
            return None
        shown_value = shown(value, quote="")
        params = {"low": _number(low), "high": _number(high), "value": shown_value}
        return Problem("", "range", params)

    return check


def _one_of(choices: Iterable[object]) -> Check:
    allowed = tuple(choices)

    def check(value: Any) -> Problem | None:
        if value is None or value in allowed:
            return None
        names = ", ".join(str(c) if c != "" else '""' for c in allowed)
        return Problem("", "choice", {"choices": names})

    return check


def _color(value: Any) -> Problem | None:
    if value is None or (isinstance(value, str) and COLOR.match(value)):
        return None
    return Problem("", "color", {"value": shown(value)})


def _date(value: Any) -> Problem | None:
    if value == "" or (isinstance(value, str) and DATE.match(value)):
        return None
    return Problem("", "date", {"value": shown(value)})


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


_COORDINATE = _in_range(-MAX_COORDINATE, MAX_COORDINATE)
def _extent(value: Any) -> Problem | None:
    if 0 < value <= MAX_EXTENT:
        return None
    shown_value = shown(value, quote="")
    return Problem("", "range", {"low": "0", "high": _number(MAX_EXTENT), "value": shown_value})


_EXTENT = _extent
_POSITION = _in_range(-MAX_INT, MAX_INT)
_KANO = _in_range(1, 5)
_ICE = _in_range(*prioritise.ICE_RANGE)
_MATRIX = _in_range(prioritise_flow.MATRIX_MIN, prioritise_flow.MATRIX_MAX)
_GEOMETRY = {"x": _COORDINATE, "y": _COORDINATE, "width": _EXTENT, "height": _EXTENT}
_SCALE = _in_range(cx_common.SCALE_MIN, cx_common.SCALE_MAX)
_AMOUNT = _in_range(0, 1e9)  # minutes, steps or clicks
_CX_METRICS: dict[str, Check] = {
    name: (_SCALE if name in cx_common.SCALE_FIELDS else _AMOUNT)
    for name in cx_common.METRIC_FIELDS
}

RANGES: dict[type[Any], dict[str, Check]] = {
    model.Workshop: {
        "score_method": _one_of(prioritise.SCORE_METHODS),
        "vote_budget": _in_range(0, MAX_VOTE_BUDGET),
        "agenda_step": _in_range(0, MAX_INT),
        "date": _date,
    },
    model.Team: {"color": _color},
    model.Note: {**_GEOMETRY, "color": _color},
    model.Cluster: dict(_GEOMETRY),
    model.ImageItem: {**_GEOMETRY},
    model.Vote: {"count": _in_range(1, MAX_INT)},
    prioritise.Candidate: {
        "origin": _one_of(o.value for o in prioritise.Origin),
        "moscow": _one_of(m.value for m in prioritise.MoSCoW),
        "impact": _MATRIX,
        "effort": _MATRIX,
        "reach": _in_range(0, 1e15),
        "rice_impact": _one_of(prioritise.RICE_IMPACTS),
        "confidence": _in_range(0, 100),
        "effort_months": _in_range(1e-9, 1e9),
        "ice_impact": _ICE,
        "ice_confidence": _ICE,
        "ice_ease": _ICE,
        "votes": _in_range(0, MAX_INT),
        "x": _COORDINATE,
        "y": _COORDINATE,
        "kano_dated": _date,
    },
    prioritise.ReleaseSlice: {"budget": _in_range(0, 1e9)},
    kano.KanoAnswerRecord: {"functional": _KANO, "dysfunctional": _KANO},
    reverse.ReverseRound: {
        "ideas_per_team": _in_range(1, reverse_flow.MAX_IDEAS_PER_TEAM),
    },
    value_prop.CanvasItem: {"rank": _in_range(1, MAX_RANK)},
    # The customer-experience boards (app.domain.strategy, journey, scenario_audit).
    strategy.StrategyScenario: {"position": _POSITION},
    strategy.StrategyItem: {"position": _POSITION, "due": _date},
    journey.JourneyStage: {
        "position": _POSITION,
        "emotion": _in_range(journey.EMOTION_MIN, journey.EMOTION_MAX),
        **_CX_METRICS,
    },
    journey.JourneyCell: {"position": _POSITION, "ease": _SCALE, "accessibility": _SCALE},
    scenario_audit.AuditScenario: {"position": _POSITION},
    scenario_audit.AuditFailure: {"position": _POSITION},
    scenario_audit.ScenarioModel: {"position": _POSITION, **_CX_METRICS},
    principles.PrincipleCheck: {},
}


@functools.cache
def _annotation_options(
    annotation: Any,
) -> tuple[tuple[Any, ...], bool, Any, tuple[Any, ...] | None]:
    """The types a field allows, whether it allows None, the generic origin of its one type
    and, for an enum, its values (cached: a check of a big file asks about every field of
    every entity, and taking annotations apart is slow)."""
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        args = typing.get_args(annotation)
        options = tuple(a for a in args if a is not type(None))
        nullable = type(None) in args
    else:
        options, nullable = (annotation,), False
    expected = options[0] if len(options) == 1 else None
    is_enum = isinstance(expected, type) and issubclass(expected, Enum)
    values = tuple(m.value for m in expected) if is_enum else None  # type: ignore[union-attr]
    return options, nullable, typing.get_origin(expected), values


def _type_problem(annotation: Any, value: Any) -> Problem | None:
    """The value against its field's annotation (None only where the field allows it)."""
    options, nullable, origin, values = _annotation_options(annotation)
    if value is None:
        return None if nullable else Problem("", "null")
    if len(options) != 1:
        return None
    (expected,) = options
    if values is not None:
        if isinstance(value, expected) or (not isinstance(value, bool) and value in values):
            return None  # a widget may hand back the plain value of a StrEnum
        names = ", ".join(str(m.value) if m.value != "" else '""' for m in expected)
        return Problem("", "choice", {"choices": names})
    if expected is bool:
        return None if isinstance(value, bool) else Problem("", "bool")
    if expected is int:
        if isinstance(value, bool) or not isinstance(value, int):
            return Problem("", "whole")
        return _POSITION(value)
    if expected is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            return Problem("", "number")
        if isinstance(value, int):
            return _POSITION(value)  # a whole number too large for a float is no number
        if not math.isfinite(value):
            return Problem("", "not_finite", {"value": shown(value)})
        return None
    if expected is str:
        return None if isinstance(value, str) else Problem("", "text")
    if expected is bytes:
        return None if isinstance(value, bytes) else Problem("", "png")
    if origin is list:
        ok = isinstance(value, list) and all(
            isinstance(v, int) and not isinstance(v, bool) and abs(v) <= MAX_INT for v in value
        )
        return None if ok else Problem("", "ids")
    if origin is dict:
        ok = isinstance(value, dict) and all(
            isinstance(k, int)
            and isinstance(v, int)
            and not isinstance(v, bool)
            and 0 <= v <= reverse_flow.MAX_TIMER_MINUTES
            for k, v in value.items()
        )
        return None if ok else Problem("", "minutes")
    return None


def _text_limit(entity_type: type[Any], name: str) -> int:
    if name in NAME_FIELDS.get(entity_type, ()):
        return model.MAX_NAME
    return TEXT_LIMITS.get((entity_type, name), model.MAX_NOTE_TEXT)


def field_problem(entity_type: type[Any], name: str, value: Any) -> Problem | None:
    """The first broken rule of one field's value, or None."""
    hints = entities.field_types(entity_type)
    found = _type_problem(hints.get(name), value)
    if found is None and isinstance(value, str) and not isinstance(value, Enum):
        limit = _text_limit(entity_type, name)
        if len(value) > limit:
            found = Problem("", "too_long", {"limit": limit, "length": len(value)})
        elif (entity_type, name) in REQUIRED_TEXT and not value.strip():
            found = Problem("", "empty")
    if found is None and value is not None:
        check = RANGES.get(entity_type, {}).get(name)
        if check is not None:
            found = check(value)
    return dataclasses.replace(found, field=name) if found is not None else None


_NAMES: dict[type[Any], tuple[str, ...]] = {}


def _field_names(entity_type: type[Any]) -> tuple[str, ...]:
    names = _NAMES.get(entity_type)
    if names is None:
        names = _NAMES[entity_type] = tuple(f.name for f in dataclasses.fields(entity_type))
    return names


def entity_problems(entity: Any, only: Iterable[str] | None = None) -> list[Problem]:
    """Every broken field rule of one entity (or the Workshop record); `only` limits the
    check to some fields (an edit checks the fields it changes)."""
    entity_type = type(entity)
    names = _field_names(entity_type) if only is None else only
    found = []
    for name in names:
        problem = field_problem(entity_type, name, getattr(entity, name))
        if problem is not None:
            found.append(problem)
    return found


def change_problems(before: Any | None, after: Any) -> list[Problem]:
    """The broken rules an edit introduces: all fields of a new entity, the changed fields
    of a changed one (a name that was already too long in a received file does not block
    moving its card)."""
    if before is None:
        return entity_problems(after)
    changed = [n for n in _field_names(type(after)) if getattr(after, n) != getattr(before, n)]
    return entity_problems(after, changed)


def label(entity: Any) -> str:
    """How a problem names an entity: "team 3", "workshop"."""
    if isinstance(entity, model.Workshop):
        return "workshop"
    kind = _KIND_LABELS.get(type(entity), type(entity).__name__.lower())
    return f"{kind} {entity.id}"


_KIND_LABELS: dict[type[Any], str] = {
    entity_type: ("canvas" if kind == "canvases" else kind.removesuffix("s")).replace("_", " ")
    for kind, entity_type in entities.ENTITY_TYPES.items()
}


def describe(what: str, problem: Problem, language: str = "en") -> str:
    return render(
        MESSAGES,
        "problem",
        language,
        what=what,
        field=problem.field,
        problem=problem.describe(language),
    )


__all__ = ["Problem", "one_line", "shown", "workshop_problems"]

def refusal(entity: Any, problem: Problem, language: str = "en") -> str:
    """The message for a refused edit: in the facilitator's words for a name that is too
    long (the most common case when typing), naming entity and field otherwise."""
    entity_type = type(entity)
    if problem.key == "too_long" and problem.field in NAME_FIELDS.get(entity_type, ()):
        return render(MESSAGES, "name_too_long", language, **problem.params)
    return describe(label(entity), problem, language)


ImageCheck = Callable[[bytes, str], str | None]


def workshop_problems(
    data: model.WorkshopData,
    image_check: ImageCheck | None = None,
    limit: int = 1000,
    fields: bool = True,
) -> list[str]:
    """Every field rule and every link of a whole workshop, one line each (at most `limit`
    lines); `image_check(png, name)` returns what is wrong with a stored photo, or None.
    `fields=False` skips the field rules (a caller that checked each entity already)."""
    found: list[str] = []
    if fields:
        found += [describe("workshop", p) for p in entity_problems(data.workshop)]
        for kind in entities.ENTITY_TYPES:
            for entity in getattr(data, kind):
                found += [describe(label(entity), p) for p in entity_problems(entity)]
                if len(found) >= limit:
                    return found[:limit]
    if image_check is not None:
        for image in data.images:
            if isinstance(image.png, bytes):
                wrong = image_check(image.png, image.name)
                if wrong is not None:
                    found.append(f"{label(image)}: {wrong}")
    found += consistency.problems(data)
    return found[:limit]
