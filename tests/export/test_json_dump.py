"""The JSON dump: its shape (docs/format.md), the byte-identical round trip through a new
workshop file, and clear errors for malformed dumps."""

from __future__ import annotations

import copy
import dataclasses
import hashlib
import json
import types
import typing
from enum import Enum
from pathlib import Path
from typing import Any

import pytest

from app import interchange
from app.demo import write_demo
from app.domain import entities, model
from app.export import json_dump
from app.export.json_dump import DumpError
from app.services import WorkshopFile
from app.store import mapping

FOUNDATION_LISTS = ("teams", "participants", "boards", "notes", "clusters", "votes")


def loaded(path: Path) -> model.WorkshopData:
    workshop_file = WorkshopFile.open(path, read_only=True)
    try:
        return workshop_file.data
    finally:
        workshop_file.close()


def normalised(data: model.WorkshopData) -> dict[str, Any]:
    result: dict[str, Any] = {"workshop": data.workshop}
    for spec in mapping.SPECS:
        result[spec.kind] = sorted(getattr(data, spec.kind), key=lambda e: getattr(e, spec.key))
    return result


@pytest.fixture(scope="module")
def demo_dumps(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    folder = tmp_path_factory.mktemp("dumps")
    result = {}
    for language in ("en", "ru"):
        path = write_demo(folder / f"demo-{language}.pointb", language)
        result[language] = json_dump.to_dump(loaded(path))
    return result


# --- round trip ----------------------------------------------------------------------------
@pytest.mark.parametrize("language", ["en", "ru"])
def test_export_import_export_is_byte_identical(tmp_path: Path, language: str) -> None:
    workshop = write_demo(tmp_path / "demo.pointb", language)
    first = tmp_path / "first.json"
    interchange.export(workshop, first)
    copy_path = tmp_path / "from-dump.pointb"
    interchange.create_from_dump(copy_path, first)
    second = tmp_path / "second.json"
    interchange.export(copy_path, second)

    assert hashlib.sha256(first.read_bytes()).digest() == hashlib.sha256(
        second.read_bytes()
    ).digest()
    # And the workshop itself came back, not just its text.
    assert normalised(loaded(copy_path)) == normalised(loaded(workshop))
    assert not list(tmp_path.glob("*.part")) and not list(tmp_path.glob(".*.part"))


def test_tricky_text_round_trips_exactly(tmp_path: Path) -> None:
    texts = [
        "<b>&amp;</b> \"quoted\" 'single' \\backslash\\", "שלום עולם مرحبا", "🚀👩‍👩‍👧‍👦🏳️‍🌈",
        "line\nbreak\r\nand\ttab", "\u202eRTL override\u202c", "Ёжик «в» тумане — №1",
        "zero\u200bwidth", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "x" * model.MAX_NOTE_TEXT,
    ]
    data = model.WorkshopData(workshop=model.Workshop(title="Text 🧪", challenge=texts[0]))
    data.boards = [model.Board(1, model.BoardKind.CAPTURE, texts[1])]
    data.notes = [model.Note(i, 1, t, author=t[:30]) for i, t in enumerate(texts, start=1)]
    source = tmp_path / "in.json"
    json_dump.write_dump(data, source)
    target = tmp_path / "text.pointb"
    interchange.create_from_dump(target, source)
    assert normalised(loaded(target)) == normalised(data)
    assert json_dump.dumps(loaded(target)) == source.read_text("utf-8")


def _sample(annotation: Any, name: str) -> Any:
    origin = typing.get_origin(annotation)
    if isinstance(annotation, types.UnionType) or origin is typing.Union:
        return _sample(next(a for a in typing.get_args(annotation) if a is not type(None)), name)
    if origin is list:
        return [_sample(typing.get_args(annotation)[0], name)]
    if origin is dict:
        key, value = typing.get_args(annotation)
        return {_sample(key, name): _sample(value, name)}
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return list(annotation)[-1]
    samples = {bool: True, int: 4, float: 0.5, str: f"{name} «ё» 😀", bytes: b"\x00\xffpng"}
    return samples[annotation]


# Text fields whose values follow a rule of the validator (app.domain.validation).
RULED_TEXT = {
    "color": "#12AB9F",
    "origin": "typed",
    "moscow": "could",
    "kano_dated": "2026-11-24",
    "date": "2026-11-24",
    "due": "2026-11-24",  # a strategy step's checkpoint
    "emotion": 1,  # a journey stage: -2..+2
}


@pytest.mark.parametrize("kind", list(entities.ENTITY_TYPES))
def test_every_listed_kind_round_trips_through_the_dump(kind: str) -> None:
    entity_type = entities.ENTITY_TYPES[kind]
    hints = typing.get_type_hints(entity_type)
    entity = entity_type(
        **{
            f.name: RULED_TEXT.get(f.name) or _sample(hints[f.name], f.name)
            for f in dataclasses.fields(entity_type)
        }
    )
    data = model.WorkshopData(workshop=model.Workshop(title="kinds"))
    setattr(data, kind, [entity])
    dump = json.loads(json_dump.dumps(data))
    if kind not in dump:
        pytest.skip(f"{kind} is dumped nested, not as a top-level list")
    assert len(dump[kind]) == 1
    assert getattr(json_dump.from_dump(dump), kind) == [entity]


# --- the shape -----------------------------------------------------------------------------
def test_dump_shape(demo_dumps: dict[str, dict[str, Any]]) -> None:
    dump = demo_dumps["en"]
    assert dump["format"] == "pointb-workshop"
    assert dump["version"] == json_dump.VERSION == 1
    assert set(dump["workshop"]) >= {"title", "challenge", "date", "facilitator", "language"}
    for name in FOUNDATION_LISTS:
        items = dump[name]
        assert items, name
        ids = [item["id"] for item in items]
        assert ids == sorted(ids) and len(set(ids)) == len(ids), name
        for item in items:
            assert not any(key.endswith("_id") for key in item), (name, item)
    note = dump["notes"][0]
    assert set(note) >= {"id", "board", "text", "team", "author", "tag", "role", "source_note",
                         "cluster", "x", "y", "width", "height", "color", "parked"}
    assert note["tag"] in {"", "customers", "employees", "research", "competitors", "own"}
    assert note["role"] == "idea"
    assert set(dump["votes"][0]) == {"id", "note", "voter_kind", "voter", "count"}
    assert dump["votes"][0]["voter_kind"] in {"team", "participant"}
    assert set(dump["boards"][0]) == {"id", "kind", "title", "position"}
    assert dump["boards"][0]["kind"] == "capture"
    assert set(dump["clusters"][0]) == {"id", "board", "title", "x", "y", "width", "height"}
    assert set(dump["participants"][0]) == {"id", "name", "team"}
    assert set(dump["teams"][0]) == {"id", "name", "color", "position"}


def test_dump_text_is_sorted_indented_utf8_with_a_final_newline(
    demo_dumps: dict[str, dict[str, Any]], tmp_path: Path
) -> None:
    path = write_demo(tmp_path / "ru.pointb", "ru")
    text = json_dump.dumps(loaded(path))
    assert text.endswith("}\n") and text.startswith('{\n  "')
    assert "Солнце" in text and "\\u04" not in text  # real Cyrillic, not escapes
    assert json.dumps(json.loads(text), ensure_ascii=False, indent=2, sort_keys=True) + "\n" == text
    assert json.loads(text) == demo_dumps["ru"]


def test_ids_are_the_file_ids(tmp_path: Path) -> None:
    path = write_demo(tmp_path / "demo.pointb")
    data = loaded(path)
    dump = json_dump.to_dump(data)
    assert [n["id"] for n in dump["notes"]] == sorted(n.id for n in data.notes)
    by_id = {n.id: n for n in data.notes}
    for item in dump["notes"]:
        assert by_id[item["id"]].text == item["text"]
        assert by_id[item["id"]].cluster_id == item["cluster"]


# --- malformed dumps -----------------------------------------------------------------------
def _without(items: str, index: int, key: str) -> Any:
    def change(dump: dict[str, Any]) -> None:
        del dump[items][index][key]

    return change


def _setting(items: str, index: int, key: str, value: Any) -> Any:
    def change(dump: dict[str, Any]) -> None:
        dump[items][index][key] = value

    return change


def _top(key: str, value: Any) -> Any:
    def change(dump: dict[str, Any]) -> None:
        dump[key] = value

    return change


MALFORMED: dict[str, tuple[Any, str]] = {
    "format": (_top("format", "miro-board"),
               'dump: not a Point B workshop dump ("format" is not "pointb-workshop")'),
    "no-format": (lambda d: d.pop("format"), "not a Point B workshop dump"),
    "newer-version": (_top("version", 2), "dump: dump version 2 is not supported (up to 1)"),
    "version-text": (_top("version", "1"), "dump version '1' is not supported"),
    "no-workshop": (lambda d: d.pop("workshop"), '"workshop" must be an object with a "title"'),
    "blank-title": (lambda d: d["workshop"].update(title="  "),
                    '"workshop" must be an object with a "title"'),
    "title-type": (lambda d: d["workshop"].update(title=5),
                   'dump: workshop: field "title" must be text'),
    "budget-type": (lambda d: d["workshop"].update(vote_budget="ten"),
                    'dump: workshop: field "vote_budget" must be a whole number'),
    "list-type": (_top("notes", {"1": {}}), 'dump: "notes" must be a list'),
    "item-type": (lambda d: d["notes"].__setitem__(2, "idea"),
                  "dump: notes item 3: must be an object"),
    "missing-text": (_without("notes", 4, "text"), 'dump: notes item 5: field "text" is missing'),
    "missing-board": (_without("notes", 0, "board"),
                      'dump: notes item 1: field "board" is missing'),
    "missing-id": (_without("teams", 1, "id"), 'dump: teams item 2: field "id" is missing'),
    "text-number": (_setting("notes", 1, "text", 42), 'notes item 2: field "text" must be text'),
    "x-text": (_setting("notes", 1, "x", "left"), 'notes item 2: field "x" must be a number'),
    "x-bool": (_setting("notes", 1, "x", True), 'notes item 2: field "x" must be a number'),
    "id-float": (_setting("votes", 0, "id", 1.5),
                 'votes item 1: field "id" must be a whole number'),
    "text-null": (_setting("notes", 0, "text", None),
                  'notes item 1: field "text" must not be null'),
    "parked-text": (_setting("notes", 0, "parked", "yes"),
                    'notes item 1: field "parked" must be true or false'),
    "bad-kind": (_setting("boards", 0, "kind", "wall"),
                 'dump: boards item 1: field "kind" must be one of: capture, reverse'),
    "bad-tag": (_setting("notes", 0, "tag", "aliens"), 'notes item 1: field "tag" must be one of'),
    "bad-voter-kind": (_setting("votes", 0, "voter_kind", "robot"),
                       'votes item 1: field "voter_kind" must be one of: participant, team'),
    "duplicate-id": (_setting("notes", 3, "id", 1), "dump: notes item 4: id 1 appears twice"),
}


@pytest.mark.parametrize("case", list(MALFORMED))
def test_malformed_dumps_name_list_item_and_field(
    demo_dumps: dict[str, dict[str, Any]], case: str
) -> None:
    breaks, message = MALFORMED[case]
    dump = copy.deepcopy(demo_dumps["en"])
    breaks(dump)
    with pytest.raises(DumpError) as caught:
        json_dump.from_dump(dump)
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_not_a_dump_object_at_all() -> None:
    for value in ([], "text", 3, None):
        with pytest.raises(DumpError, match="not a Point B workshop dump"):
            json_dump.from_dump(value)


def test_unknown_keys_are_ignored(demo_dumps: dict[str, dict[str, Any]]) -> None:
    dump = copy.deepcopy(demo_dumps["en"])
    dump["future_list"] = [{"id": 1}]
    dump["notes"][0]["mood"] = "happy"
    dump["workshop"]["venue"] = "Kazan"
    assert json_dump.to_dump(json_dump.from_dump(dump)) == demo_dumps["en"]


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b'{\n  "format": "pointb-workshop",\n  "version": 1,,\n}', "line 3: invalid JSON"),
        (b"", "line 1: invalid JSON"),
        (b'{"format": "pointb-workshop"\n', "line 2: invalid JSON"),
        ('{"title": "Ёж"}'.encode("cp1251"), "not UTF-8 text"),
    ],
)
def test_unreadable_dump_files(tmp_path: Path, raw: bytes, message: str) -> None:
    path = tmp_path / "broken.json"
    path.write_bytes(raw)
    with pytest.raises(DumpError) as caught:
        json_dump.read_dump(path)
    assert str(caught.value).startswith(f"{path}: ")
    assert message in str(caught.value)


def test_a_bad_dump_creates_no_workshop_file(
    demo_dumps: dict[str, dict[str, Any]], tmp_path: Path
) -> None:
    dump = copy.deepcopy(demo_dumps["en"])
    dump["notes"][0]["cluster"] = 999  # a dangling link: refused before anything is written
    source = tmp_path / "dangling.json"
    source.write_text(json.dumps(dump), "utf-8")
    target = tmp_path / "new.pointb"
    with pytest.raises(interchange.InterchangeError, match="note 1 is in missing cluster 999"):
        interchange.create_from_dump(target, source)
    del dump["notes"][0]["text"]
    source.write_text(json.dumps(dump), "utf-8")
    with pytest.raises(DumpError):
        interchange.create_from_dump(target, source)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dangling.json"]
