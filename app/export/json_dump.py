"""The JSON dump: the whole workshop as one object (the interchange format, docs/format.md).

Link fields drop their `_id` suffix in the dump (`board_id` -> `board`), lists are sorted by
id and keys are sorted, so export -> import -> export gives byte-identical JSON.

Canvases are not dumped as flat rows: each becomes one item of `value_propositions` with its
canvas items nested by kind (`jobs`, `pains`, `gains`, `products`, `pain_relievers`,
`gain_creators`, most important first), which is how a reader thinks of a value proposition.
"""

from __future__ import annotations

import base64
import dataclasses
import json
import types
import typing
from enum import Enum
from pathlib import Path
from typing import Any

from app import files
from app.domain import edits, entities, model, validation
from app.domain.value_prop import Canvas, CanvasItem, CanvasItemKind

FORMAT = "pointb-workshop"
VERSION = 1


class DumpError(ValueError):
    """A dump cannot be read; the message names the list, item and field."""


# Stored kinds that the dump shows nested as `value_propositions` instead of flat lists.
NESTED_KINDS = ("canvases", "canvas_items")
PROPOSITIONS = "value_propositions"
# Canvas item kind -> its list inside a value proposition.
ITEM_LISTS: dict[CanvasItemKind, str] = {
    CanvasItemKind.JOB: "jobs",
    CanvasItemKind.PAIN: "pains",
    CanvasItemKind.GAIN: "gains",
    CanvasItemKind.PRODUCT: "products",
    CanvasItemKind.RELIEVER: "pain_relievers",
    CanvasItemKind.CREATOR: "gain_creators",
}
ITEM_FIELDS = ("id", "text", "rank", "job_type", "addresses")  # kind and canvas are implied


def _dump_key(name: str) -> str:
    return name[:-3] if name.endswith("_id") and name != "id" else name


def _field_key_map(entity_type: type[Any]) -> dict[str, str]:
    return {f.name: _dump_key(f.name) for f in dataclasses.fields(entity_type)}


def to_dump(data: model.WorkshopData) -> dict[str, Any]:
    dump: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "workshop": dataclasses.asdict(data.workshop),
    }
    for kind, entity_type in entities.ENTITY_TYPES.items():
        if kind in NESTED_KINDS:
            continue
        keys = _field_key_map(entity_type)
        items = sorted(getattr(data, kind, []), key=lambda e: e.id)
        dump[kind] = [
            {keys[name]: value for name, value in entities.to_plain(e).items()} for e in items
        ]
    dump[PROPOSITIONS] = _propositions(data)
    return dump


def _propositions(data: model.WorkshopData) -> list[dict[str, Any]]:
    """Each canvas with its items nested by kind, most important first (ties by id)."""
    canvas_keys = _field_key_map(Canvas)
    by_canvas: dict[int, list[CanvasItem]] = {}
    for item in data.canvas_items:
        by_canvas.setdefault(item.canvas_id, []).append(item)
    result = []
    for canvas in sorted(data.canvases, key=lambda c: c.id):
        entry = {canvas_keys[k]: v for k, v in entities.to_plain(canvas).items()}
        items = sorted(by_canvas.get(canvas.id, []), key=lambda i: (i.rank, i.id))
        for kind, list_name in ITEM_LISTS.items():
            entry[list_name] = [
                {k: v for k, v in entities.to_plain(i).items() if k in ITEM_FIELDS}
                for i in items
                if i.kind is kind
            ]
        result.append(entry)
    return result


def dumps(data: model.WorkshopData) -> str:
    return json.dumps(to_dump(data), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def write_dump(data: model.WorkshopData, out: Path) -> None:
    files.write_text(out, dumps(data))


def storable_values(value: Any) -> Any:
    """The text rule of every entry path (docs/reliability.md): NUL and lone surrogates
    (which JSON can spell as \\u0000 and \\udc80) are dropped from every string, keys too,
    exactly as when typing a note. A dump written by Point B never holds them."""
    if isinstance(value, str):
        return edits.storable(value)
    if isinstance(value, list):
        return [storable_values(item) for item in value]
    if isinstance(value, dict):
        return {storable_values(k): storable_values(v) for k, v in value.items()}
    return value


def from_dump(dump: Any, source: str = "dump") -> model.WorkshopData:
    """Parse a dump object into a workshop; every problem names where it is."""
    dump = storable_values(dump)
    if not isinstance(dump, dict) or dump.get("format") != FORMAT:
        raise DumpError(f'{source}: not a Point B workshop dump ("format" is not "{FORMAT}")')
    version = dump.get("version")
    if not isinstance(version, int) or version > VERSION:
        raise DumpError(f"{source}: dump version {version!r} is not supported (up to {VERSION})")
    workshop_values = dump.get("workshop")
    if not isinstance(workshop_values, dict) or not str(workshop_values.get("title", "")).strip():
        raise DumpError(f'{source}: "workshop" must be an object with a "title"')
    workshop_hints = _hints(model.Workshop)
    for name, value in workshop_values.items():
        if name in workshop_hints:
            _check_type(f"{source}: workshop", name, workshop_hints[name], value)
    try:
        workshop = entities.from_plain(model.Workshop, workshop_values)
    except (TypeError, ValueError) as exc:
        raise DumpError(f'{source}: "workshop": {exc}') from None
    _refuse_problems(f"{source}: workshop", workshop)
    data = model.WorkshopData(workshop=workshop)
    for kind, entity_type in entities.ENTITY_TYPES.items():
        if kind in NESTED_KINDS:
            continue
        raw_items = _list(dump, kind, source)
        reverse_keys = {v: k for k, v in _field_key_map(entity_type).items()}
        seen: set[int] = set()
        items = []
        for position, raw in enumerate(raw_items, start=1):
            where = f"{source}: {kind} item {position}"
            values = _values(where, raw, reverse_keys)
            items.append(_entity(where, entity_type, values, seen))
        setattr(data, kind, items)
    data.canvases, data.canvas_items = _parse_propositions(dump, source)
    return data


def _list(container: dict[str, Any], key: str, where: str) -> list[Any]:
    raw = container.get(key, [])
    if not isinstance(raw, list):
        raise DumpError(f'{where}: "{key}" must be a list')
    return raw


def _values(where: str, raw: Any, reverse_keys: dict[str, str]) -> dict[str, Any]:
    """Dump keys -> field names, unknown keys dropped."""
    if not isinstance(raw, dict):
        raise DumpError(f"{where}: must be an object")
    return {reverse_keys[k]: v for k, v in raw.items() if k in reverse_keys}


_HINTS: dict[type[Any], dict[str, Any]] = {}


def _hints(entity_type: type[Any]) -> dict[str, Any]:
    """Field annotations, resolved once per type (a dump may hold thousands of notes)."""
    if entity_type not in _HINTS:
        _HINTS[entity_type] = typing.get_type_hints(entity_type)
    return _HINTS[entity_type]


def _entity(where: str, entity_type: type[Any], values: dict[str, Any], seen: set[int]) -> Any:
    """Check required fields and types, build the entity, refuse a repeated id."""
    hints = _hints(entity_type)
    required = [
        f.name
        for f in dataclasses.fields(entity_type)
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
    ]
    for name in required:
        if name not in values:
            raise DumpError(f'{where}: field "{_dump_key(name)}" is missing')
    for name, value in values.items():
        _check_type(where, _dump_key(name), hints.get(name), value)
    try:
        entity = entities.from_plain(entity_type, values)
    except (TypeError, ValueError) as exc:
        raise DumpError(f"{where}: {exc}") from None
    _refuse_problems(where, entity)
    if entity.id in seen:
        raise DumpError(f"{where}: id {entity.id} appears twice")
    seen.add(entity.id)
    return entity


def _refuse_problems(where: str, entity: Any) -> None:
    """The one validator (app.domain.validation): ranges, text limits, finite numbers."""
    problems = validation.entity_problems(entity)
    if problems:
        problem = problems[0]
        raise DumpError(f'{where}: field "{_dump_key(problem.field)}" {problem.describe()}')


def _parse_propositions(
    dump: dict[str, Any], source: str
) -> tuple[list[Canvas], list[CanvasItem]]:
    """`value_propositions` back into canvases and their items (kind and canvas implied)."""
    canvas_keys = {v: k for k, v in _field_key_map(Canvas).items()}
    item_keys = {name: name for name in ITEM_FIELDS}
    canvases: list[Canvas] = []
    items: list[CanvasItem] = []
    seen_canvases: set[int] = set()
    seen_items: set[int] = set()
    for position, raw in enumerate(_list(dump, PROPOSITIONS, source), start=1):
        where = f"{source}: {PROPOSITIONS} item {position}"
        canvas = _entity(where, Canvas, _values(where, raw, canvas_keys), seen_canvases)
        canvases.append(canvas)
        for kind, list_name in ITEM_LISTS.items():
            for number, raw_item in enumerate(_list(raw, list_name, where), start=1):
                item_where = f"{where}: {list_name} item {number}"
                values = _values(item_where, raw_item, item_keys)
                addresses = values.get("addresses", [])
                if not isinstance(addresses, list) or not all(
                    isinstance(t, int) and not isinstance(t, bool) for t in addresses
                ):
                    raise DumpError(f'{item_where}: field "addresses" must be a list of ids')
                values.update(canvas_id=canvas.id, kind=kind.value)
                items.append(_entity(item_where, CanvasItem, values, seen_items))
    return canvases, items


def _check_type(where: str, key: str, annotation: Any, value: Any) -> None:
    """Refuse a value of the wrong JSON type, naming the field (and the allowed values)."""
    options = [annotation]
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        options = list(typing.get_args(annotation))
    if value is None:
        if type(None) not in options:
            raise DumpError(f'{where}: field "{key}" must not be null')
        return
    options = [o for o in options if o is not type(None)]
    if len(options) != 1:
        return
    (expected,) = options
    if typing.get_origin(expected) is list and typing.get_args(expected) == (int,):
        if not isinstance(value, list) or not all(
            isinstance(v, int) and not isinstance(v, bool) for v in value
        ):
            raise DumpError(f'{where}: field "{key}" must be a list of ids')
        return
    if isinstance(expected, type) and issubclass(expected, Enum):
        allowed = [member.value for member in expected]
        if value not in allowed:
            names = ", ".join(str(a) if a != "" else '""' for a in allowed)
            raise DumpError(f'{where}: field "{key}" must be one of: {names}')
    elif expected is bool:
        if not isinstance(value, bool):
            raise DumpError(f'{where}: field "{key}" must be true or false')
    elif expected is int:
        if not isinstance(value, int) or isinstance(value, bool):
            raise DumpError(f'{where}: field "{key}" must be a whole number')
    elif expected is float:
        if not isinstance(value, int | float) or isinstance(value, bool):
            raise DumpError(f'{where}: field "{key}" must be a number')
    elif expected is str and not isinstance(value, str):
        raise DumpError(f'{where}: field "{key}" must be text')
    elif expected is bytes and not _is_base64(value):
        raise DumpError(f'{where}: field "{key}" must be a JPEG or PNG image as base64 text')
    elif typing.get_origin(expected) is list and not (
        isinstance(value, list)
        and all(isinstance(v, int) and not isinstance(v, bool) for v in value)
    ):
        raise DumpError(f'{where}: field "{key}" must be a list of ids')
    elif typing.get_origin(expected) is dict and not (
        isinstance(value, dict) and all(isinstance(k, str) and k.isdigit() for k in value)
    ):
        raise DumpError(f'{where}: field "{key}" must be an object with step numbers as keys')


def _is_base64(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    try:
        base64.b64decode(value.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError):
        return False
    return True


def read_dump(path: Path) -> model.WorkshopData:
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise DumpError(f"{path}: cannot be read ({exc.strerror})") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DumpError(f"{path}: not UTF-8 text (byte {exc.start})") from None
    try:
        dump = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DumpError(f"{path}: line {exc.lineno}: invalid JSON ({exc.msg})") from None
    except RecursionError:
        raise DumpError(f"{path}: the JSON is nested too deeply to be a workshop dump") from None
    except ValueError as exc:  # Python's limit on the digits of an integer (4,300)
        raise DumpError(f"{path}: a number in the JSON is too long ({_first_line(exc)})") from None
    try:
        return from_dump(dump, str(path))
    except RecursionError:
        raise DumpError(f"{path}: the JSON is nested too deeply to be a workshop dump") from None


def _first_line(exc: BaseException) -> str:
    return validation.one_line(str(exc).split(";")[0], 120)
