"""The JSON dump: the whole workshop as one object (the interchange format, docs/format.md).

Link fields drop their `_id` suffix in the dump (`board_id` -> `board`), lists are sorted by
id and keys are sorted, so export -> import -> export gives byte-identical JSON.
"""

from __future__ import annotations

import dataclasses
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from app.domain import entities, model

FORMAT = "pointb-workshop"
VERSION = 1


class DumpError(ValueError):
    """A dump cannot be read; the message names the list, item and field."""


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
        keys = _field_key_map(entity_type)
        items = sorted(getattr(data, kind, []), key=lambda e: e.id)
        dump[kind] = [
            {keys[name]: value for name, value in entities.to_plain(e).items()} for e in items
        ]
    return dump


def dumps(data: model.WorkshopData) -> str:
    return json.dumps(to_dump(data), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def write_dump(data: model.WorkshopData, out: Path) -> None:
    write_text_atomically(out, dumps(data))


def write_text_atomically(out: Path, text: str) -> None:
    """Write next to the target, then rename: the target is either old or complete."""
    out = Path(out)
    handle, temp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp_name, out)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


def from_dump(dump: Any, source: str = "dump") -> model.WorkshopData:
    """Parse a dump object into a workshop; every problem names where it is."""
    if not isinstance(dump, dict) or dump.get("format") != FORMAT:
        raise DumpError(f'{source}: not a Point B workshop dump ("format" is not "{FORMAT}")')
    version = dump.get("version")
    if not isinstance(version, int) or version > VERSION:
        raise DumpError(f"{source}: dump version {version!r} is not supported (up to {VERSION})")
    workshop_values = dump.get("workshop")
    if not isinstance(workshop_values, dict) or not str(workshop_values.get("title", "")).strip():
        raise DumpError(f'{source}: "workshop" must be an object with a "title"')
    try:
        workshop = entities.from_plain(model.Workshop, workshop_values)
    except (TypeError, ValueError) as exc:
        raise DumpError(f'{source}: "workshop": {exc}') from None
    data = model.WorkshopData(workshop=workshop)
    for kind, entity_type in entities.ENTITY_TYPES.items():
        raw_items = dump.get(kind, [])
        if not isinstance(raw_items, list):
            raise DumpError(f'{source}: "{kind}" must be a list')
        reverse_keys = {v: k for k, v in _field_key_map(entity_type).items()}
        hints = entities.field_types(entity_type)
        required = [
            f.name
            for f in dataclasses.fields(entity_type)
            if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
        ]
        seen: set[int] = set()
        items = []
        for position, raw in enumerate(raw_items, start=1):
            where = f"{source}: {kind} item {position}"
            if not isinstance(raw, dict):
                raise DumpError(f"{where}: must be an object")
            values = {reverse_keys[k]: v for k, v in raw.items() if k in reverse_keys}
            for name in required:
                if name not in values:
                    raise DumpError(f'{where}: field "{_dump_key(name)}" is missing')
            for name, value in values.items():
                _check_type(where, _dump_key(name), hints.get(name), value)
            try:
                entity = entities.from_plain(entity_type, values)
            except (TypeError, ValueError) as exc:
                raise DumpError(f"{where}: {exc}") from None
            if entity.id in seen:
                raise DumpError(f"{where}: id {entity.id} appears twice")
            seen.add(entity.id)
            items.append(entity)
        setattr(data, kind, items)
    return data


def _check_type(where: str, key: str, annotation: Any, value: Any) -> None:
    text = str(annotation)
    if value is None:
        if "None" not in text and "Optional" not in text:
            raise DumpError(f'{where}: field "{key}" must not be null')
        return
    if annotation is int or text in ("int", "int | None"):
        if not isinstance(value, int) or isinstance(value, bool):
            raise DumpError(f'{where}: field "{key}" must be a whole number')
    elif annotation is float or text in ("float", "float | None"):
        if not isinstance(value, int | float) or isinstance(value, bool):
            raise DumpError(f'{where}: field "{key}" must be a number')
    elif (annotation is str or text in ("str", "str | None")) and not isinstance(value, str):
        raise DumpError(f'{where}: field "{key}" must be text')


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
    return from_dump(dump, str(path))
