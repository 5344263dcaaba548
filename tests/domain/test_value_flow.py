"""Value proposition edits: each edit, its undo, cascades, slice products, dump and demo."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest

from app.demo import demo_data
from app.demo_parts import value_prop as demo_part
from app.domain import consistency, model, value_flow
from app.domain.archetypes import load_catalogue
from app.domain.edits import EditRefused, Pair
from app.domain.i18n_catalogues import translated
from app.domain.prioritise import Candidate, ReleaseSlice
from app.domain.value_prop import CanvasItemKind, JobType, fit
from app.export import json_dump
from app.services import Change, WorkshopFile

K = CanvasItemKind
KEYS = load_catalogue().keys()


@pytest.fixture
def workshop(tmp_path: Path) -> Iterator[WorkshopFile]:
    """A stored workshop with a prioritisation board, two slices and three candidates."""
    file = WorkshopFile.create(tmp_path / "value.pointb", model.Workshop(title="Loans"))
    board = model.Board(1, model.BoardKind.PRIORITISE, "Prioritise")
    mvp1, mvp2 = ReleaseSlice(1, 1, "MVP 1", 0), ReleaseSlice(2, 1, "MVP 2", 1)
    file.import_entities(
        "setup",
        [
            board,
            mvp1,
            mvp2,
            Candidate(1, 1, "Autopay from a card", slice_id=1),
            Candidate(2, 1, "Voice payment", slice_id=2),
            Candidate(3, 1, "  Payment link   by SMS ", slice_id=1),
        ],
    )
    yield file
    file.close()


def snapshot(data: model.WorkshopData) -> dict[str, list[dict[str, Any]]]:
    return {
        kind: sorted((dataclasses.asdict(e) for e in getattr(data, kind)), key=lambda e: e["id"])
        for kind in ("segments", "canvases", "canvas_items")
    }


def apply(file: WorkshopFile, pairs: Sequence[Pair]) -> Change:
    return file.apply("edit", list(pairs))


def check_undo(file: WorkshopFile, pairs: Sequence[Pair]) -> Change:
    """Apply, undo (state as before), redo (state as after); return the change."""
    before = snapshot(file.data)
    change = apply(file, pairs)
    after = snapshot(file.data)
    assert after != before
    file.undo(change)
    assert snapshot(file.data) == before
    file.redo(change)
    assert snapshot(file.data) == after
    return change


def new_segment(file: WorkshopFile, name: str = "Parents") -> int:
    return int(apply(file, value_flow.add_segment(file.data, name)).pairs[0][1].id)


def new_canvas(file: WorkshopFile, segment_id: int, slice_id: int | None = None) -> int:
    return int(
        apply(file, value_flow.create_canvas(file.data, segment_id, slice_id)).pairs[0][1].id
    )


def new_item(file: WorkshopFile, canvas_id: int, kind: CanvasItemKind, text: str) -> int:
    return int(apply(file, value_flow.add_item(file.data, canvas_id, kind, text)).pairs[0][1].id)


def item(file: WorkshopFile, item_id: int) -> Any:
    return value_flow.item_by_id(file.data, item_id)


# --- segments -------------------------------------------------------------------------------
def test_add_rename_and_describe_a_segment_with_undo(workshop: WorkshopFile) -> None:
    check_undo(
        workshop, value_flow.add_segment(workshop.data, "  Родители с телефоном  ", "Заняты")
    )
    (segment,) = workshop.data.segments
    assert (segment.name, segment.description) == ("Родители с телефоном", "Заняты")
    check_undo(workshop, value_flow.update_segment(workshop.data, segment.id, name="Parents"))
    check_undo(
        workshop, value_flow.update_segment(workshop.data, segment.id, description="Busy all day")
    )
    assert workshop.data.segments[0].name == "Parents"
    assert value_flow.update_segment(workshop.data, segment.id, name=" Parents ") == []


def test_starting_a_segment_gives_it_a_canvas_in_one_undo_step(workshop: WorkshopFile) -> None:
    change = check_undo(workshop, value_flow.start_segment(workshop.data, "Parents", "Busy"))
    (segment,) = workshop.data.segments
    (canvas,) = workshop.data.canvases
    assert (canvas.segment_id, canvas.slice_id) == (segment.id, None)
    assert change.kinds == {"segments", "canvases"}


def test_segment_names_are_required_and_unique(workshop: WorkshopFile) -> None:
    with pytest.raises(EditRefused, match="needs a name"):
        value_flow.add_segment(workshop.data, "   ")
    new_segment(workshop, "Parents")
    with pytest.raises(EditRefused, match="already a segment"):
        value_flow.add_segment(workshop.data, "PARENTS")
    workshop.update_workshop(language="ru")
    with pytest.raises(EditRefused, match="уже есть"):
        value_flow.add_segment(workshop.data, "parents")


def test_removing_a_segment_cascades_to_its_canvases_and_items(workshop: WorkshopFile) -> None:
    parents, older = new_segment(workshop, "Parents"), new_segment(workshop, "Older")
    whole = new_canvas(workshop, parents)
    sliced = new_canvas(workshop, parents, 1)
    kept = new_canvas(workshop, older)
    pain = new_item(workshop, whole, K.PAIN, "Queues")
    new_item(workshop, kept, K.JOB, "Pay in cash")
    apply(workshop, value_flow.add_item(workshop.data, whole, K.RELIEVER, "Pay from home"))
    reliever = workshop.data.canvas_items[-1].id
    apply(workshop, value_flow.link(workshop.data, reliever, pain))

    change = check_undo(workshop, value_flow.remove_segment(workshop.data, parents))
    assert change.ids("segments") == {parents}
    assert change.ids("canvases") == {whole, sliced}
    assert {s.id for s in workshop.data.segments} == {older}
    assert {c.id for c in workshop.data.canvases} == {kept}
    assert {i.canvas_id for i in workshop.data.canvas_items} == {kept}
    assert consistency.problems(workshop.data) == []


# --- canvases -------------------------------------------------------------------------------
def test_a_canvas_per_segment_and_per_slice(workshop: WorkshopFile) -> None:
    segment = new_segment(workshop)
    check_undo(workshop, value_flow.create_canvas(workshop.data, segment))
    with pytest.raises(EditRefused, match="already has a canvas of its own"):
        value_flow.create_canvas(workshop.data, segment)
    new_canvas(workshop, segment, 2)
    with pytest.raises(EditRefused, match="MVP 2"):
        value_flow.create_canvas(workshop.data, segment, 2)
    with pytest.raises(EditRefused, match="no longer exists"):
        value_flow.create_canvas(workshop.data, segment, 99)
    with pytest.raises(EditRefused):
        value_flow.create_canvas(workshop.data, 99)
    new_canvas(workshop, segment, 1)
    order = [c.slice_id for c in value_flow.canvases_of(workshop.data, segment)]
    assert order == [None, 1, 2]


def test_products_are_prefilled_from_the_slice_candidates(workshop: WorkshopFile) -> None:
    segment = new_segment(workshop)
    change = check_undo(workshop, value_flow.create_canvas(workshop.data, segment, 1))
    canvas_id = next(iter(change.ids("canvases")))
    products = [
        (i.text, i.rank)
        for i in value_flow.canvas_items(workshop.data, canvas_id)
        if i.kind is K.PRODUCT
    ]
    # Only MVP 1's candidates, in candidate order, with tidy whitespace.
    assert products == [("Autopay from a card", 1), ("Payment link by SMS", 2)]
    # Prefilling again only adds candidates that joined the slice since.
    assert value_flow.prefill_products(workshop.data, canvas_id) == []
    workshop.apply("add", [(None, Candidate(4, 1, "QR code", slice_id=1))])
    pairs = value_flow.prefill_products(workshop.data, canvas_id)
    assert [(p[1].text, p[1].rank) for p in pairs] == [("QR code", 3)]
    whole = new_canvas(workshop, new_segment(workshop, "Older"))
    assert value_flow.prefill_products(workshop.data, whole) == []


def test_canvas_texts_and_accepting_a_draft(workshop: WorkshopFile) -> None:
    canvas = new_canvas(workshop, new_segment(workshop))
    check_undo(
        workshop,
        value_flow.set_canvas_texts(
            workshop.data, canvas, competitor=" cash terminals ", category="payment app"
        ),
    )
    check_undo(workshop, value_flow.accept_statement(workshop.data, canvas, "Платите легко."))
    stored = value_flow.canvas_by_id(workshop.data, canvas)
    assert (stored.competitor, stored.category, stored.statement) == (
        "cash terminals",
        "payment app",
        "Платите легко.",
    )
    assert value_flow.set_canvas_texts(workshop.data, canvas, statement="Платите легко.") == []
    check_undo(workshop, value_flow.set_canvas_texts(workshop.data, canvas, statement=""))
    with pytest.raises(TypeError):
        value_flow.set_canvas_texts(workshop.data, canvas, segment_id="2")


def test_remove_canvas_takes_its_items(workshop: WorkshopFile) -> None:
    canvas = new_canvas(workshop, new_segment(workshop), 1)
    new_item(workshop, canvas, K.JOB, "Pay")
    check_undo(workshop, value_flow.remove_canvas(workshop.data, canvas))
    assert workshop.data.canvases == [] and workshop.data.canvas_items == []


# --- items ----------------------------------------------------------------------------------
def test_add_and_edit_items_keeps_ranks_and_job_types(workshop: WorkshopFile) -> None:
    canvas = new_canvas(workshop, new_segment(workshop))
    check_undo(workshop, value_flow.add_item(workshop.data, canvas, K.JOB, "Оплатить заём"))
    check_undo(
        workshop,
        value_flow.add_item(workshop.data, canvas, K.JOB, "Feel safe", job_type=JobType.EMOTIONAL),
    )
    first, second = value_flow.canvas_items(workshop.data, canvas)
    assert (first.rank, first.job_type, first.text) == (1, JobType.FUNCTIONAL, "Оплатить заём")
    assert (second.rank, second.job_type) == (2, JobType.EMOTIONAL)
    pain = new_item(workshop, canvas, K.PAIN, "Queues")
    assert (item(workshop, pain).rank, item(workshop, pain).job_type) == (1, None)

    check_undo(workshop, value_flow.edit_item(workshop.data, first.id, text="Pay on time"))
    check_undo(workshop, value_flow.edit_item(workshop.data, first.id, job_type=JobType.SOCIAL))
    assert (item(workshop, first.id).text, item(workshop, first.id).job_type) == (
        "Pay on time",
        JobType.SOCIAL,
    )
    assert value_flow.edit_item(workshop.data, first.id, text=" Pay on time ") == []
    with pytest.raises(EditRefused, match="Only jobs"):
        value_flow.edit_item(workshop.data, pain, job_type=JobType.SOCIAL)
    with pytest.raises(EditRefused, match="Only jobs"):
        value_flow.add_item(workshop.data, canvas, K.GAIN, "x", job_type=JobType.SOCIAL)
    with pytest.raises(EditRefused, match="some text"):
        value_flow.add_item(workshop.data, canvas, K.GAIN, " \x00 ")
    with pytest.raises(EditRefused, match="at most"):
        value_flow.add_item(workshop.data, canvas, K.GAIN, "x" * (value_flow.MAX_TEXT + 1))


def test_move_item_renumbers_its_kind_only(workshop: WorkshopFile) -> None:
    canvas = new_canvas(workshop, new_segment(workshop))
    pains = [new_item(workshop, canvas, K.PAIN, f"pain {n}") for n in range(1, 5)]
    gain = new_item(workshop, canvas, K.GAIN, "gain")
    check_undo(workshop, value_flow.move_item(workshop.data, pains[3], 1))
    assert [item(workshop, p).rank for p in pains] == [2, 3, 4, 1]
    check_undo(workshop, value_flow.move_item(workshop.data, pains[3], 99))
    assert [item(workshop, p).rank for p in pains] == [1, 2, 3, 4]
    assert value_flow.move_item(workshop.data, pains[0], 0) == []
    assert item(workshop, gain).rank == 1


def test_remove_item_closes_ranks_and_drops_links(workshop: WorkshopFile) -> None:
    canvas = new_canvas(workshop, new_segment(workshop))
    first, second, third = (new_item(workshop, canvas, K.PAIN, f"p{n}") for n in range(3))
    reliever = new_item(workshop, canvas, K.RELIEVER, "r")
    apply(workshop, value_flow.set_links(workshop.data, reliever, [second, third]))
    check_undo(workshop, value_flow.remove_item(workshop.data, second))
    assert (item(workshop, first).rank, item(workshop, third).rank) == (1, 2)
    assert item(workshop, reliever).addresses == [third]
    assert consistency.problems(workshop.data) == []


def test_links_go_from_relievers_to_pains_and_creators_to_gains(workshop: WorkshopFile) -> None:
    segment = new_segment(workshop)
    canvas, other = new_canvas(workshop, segment), new_canvas(workshop, segment, 1)
    pain = new_item(workshop, canvas, K.PAIN, "Queues")
    gain = new_item(workshop, canvas, K.GAIN, "Quick")
    foreign = new_item(workshop, other, K.PAIN, "Other canvas")
    reliever = new_item(workshop, canvas, K.RELIEVER, "Pay from home")
    creator = new_item(workshop, canvas, K.CREATOR, "One tap")
    assert fit(value_flow.canvas_items(workshop.data, canvas)).fit_percent == 0

    check_undo(workshop, value_flow.link(workshop.data, reliever, pain))
    assert fit(value_flow.canvas_items(workshop.data, canvas)).fit_percent == 50
    check_undo(workshop, value_flow.toggle_link(workshop.data, creator, gain))
    report = fit(value_flow.canvas_items(workshop.data, canvas))
    assert (report.fit_percent, report.unaddressed_top) == (100, [])
    assert value_flow.link(workshop.data, reliever, pain) == []  # already linked

    with pytest.raises(EditRefused, match="pains of the same canvas"):
        value_flow.link(workshop.data, reliever, gain)
    with pytest.raises(EditRefused, match="pains of the same canvas"):
        value_flow.link(workshop.data, reliever, foreign)
    with pytest.raises(EditRefused, match="gains of the same canvas"):
        value_flow.link(workshop.data, creator, pain)
    with pytest.raises(EditRefused, match="Only pain relievers"):
        value_flow.link(workshop.data, pain, gain)

    check_undo(workshop, value_flow.unlink(workshop.data, reliever, pain))
    check_undo(workshop, value_flow.toggle_link(workshop.data, creator, gain))
    assert item(workshop, reliever).addresses == item(workshop, creator).addresses == []


# --- the hero -------------------------------------------------------------------------------
def test_primary_and_secondary_archetypes(workshop: WorkshopFile) -> None:
    canvas = new_canvas(workshop, new_segment(workshop))
    check_undo(workshop, value_flow.set_archetypes(workshop.data, canvas, "caregiver", None, KEYS))
    check_undo(workshop, value_flow.choose_secondary(workshop.data, canvas, "sage", KEYS))
    stored = value_flow.canvas_by_id(workshop.data, canvas)
    assert (stored.archetype, stored.secondary_archetype) == ("caregiver", "sage")
    # Promoting the secondary drops it from second place.
    check_undo(workshop, value_flow.choose_primary(workshop.data, canvas, "sage", KEYS))
    stored = value_flow.canvas_by_id(workshop.data, canvas)
    assert (stored.archetype, stored.secondary_archetype) == ("sage", None)
    assert value_flow.choose_primary(workshop.data, canvas, "sage", KEYS) == []

    with pytest.raises(EditRefused, match="not one of the twelve"):
        value_flow.set_archetypes(workshop.data, canvas, "wizard", None, KEYS)
    with pytest.raises(EditRefused, match="primary archetype before"):
        value_flow.set_archetypes(workshop.data, canvas, None, "hero", KEYS)
    with pytest.raises(EditRefused, match="must differ"):
        value_flow.choose_secondary(workshop.data, canvas, "sage", KEYS)
    check_undo(workshop, value_flow.set_archetypes(workshop.data, canvas, None, None, KEYS))


def test_at_most_three_heroes_side_by_side() -> None:
    compared: list[str] = []
    for key in ("hero", "sage", "caregiver"):
        compared = value_flow.toggle_compared(compared, key, "en")
    assert compared == ["hero", "sage", "caregiver"]
    with pytest.raises(EditRefused, match="Up to 3"):
        value_flow.toggle_compared(compared, "jester", "en")
    with pytest.raises(EditRefused, match="не больше 3"):
        value_flow.toggle_compared(compared, "jester", "ru")
    assert value_flow.toggle_compared(compared, "sage", "en") == ["hero", "caregiver"]


def test_every_message_is_translated_into_russian() -> None:
    # the fields of each translation are checked for every catalogue in tests/domain/test_i18n.py
    for key, msgid in value_flow.MESSAGES.items():
        assert msgid.strip() and translated("ru", msgid), key


# --- consistency ----------------------------------------------------------------------------
def test_consistency_reports_broken_value_links(workshop: WorkshopFile) -> None:
    data = workshop.data
    canvas = new_canvas(workshop, new_segment(workshop))
    pain = new_item(workshop, canvas, K.PAIN, "Queues")
    gain = new_item(workshop, canvas, K.GAIN, "Quick")
    reliever = new_item(workshop, canvas, K.RELIEVER, "Pay from home")
    assert consistency.problems(data) == []
    broken = dataclasses.replace(
        data, canvases=list(data.canvases), canvas_items=list(data.canvas_items)
    )
    broken.canvases[0] = dataclasses.replace(
        broken.canvases[0], segment_id=9, slice_id=8, archetype=None, secondary_archetype="hero"
    )
    broken.canvas_items = [
        dataclasses.replace(i, addresses=[gain, 77]) if i.id == reliever else i
        for i in broken.canvas_items
    ]
    broken.canvas_items.append(dataclasses.replace(item(workshop, pain), id=50, canvas_id=4))
    broken.canvas_items.append(
        dataclasses.replace(item(workshop, pain), id=51, job_type=JobType.SOCIAL)
    )
    found = "\n".join(consistency.problems(broken))
    for expected in (
        "canvas 1 is for missing segment 9",
        "canvas 1 is for missing release slice 8",
        "secondary archetype but no primary",
        f"canvas item {reliever} addresses item {gain}, which is not a pain",
        f"canvas item {reliever} addresses missing item 77",
        "canvas item 50 is on missing canvas 4",
        "canvas item 51 is a pain with a job type",
    ):
        assert expected in found
    odd = dataclasses.replace(broken.canvases[0], archetype="wizard", secondary_archetype="wizard")
    broken.canvases[0] = odd
    found = "\n".join(consistency.problems(broken))
    assert "unknown archetype 'wizard'" in found and "as primary and secondary" in found


# --- the JSON dump --------------------------------------------------------------------------
def test_dump_nests_canvas_items_as_value_propositions() -> None:
    dump = json_dump.to_dump(demo_data("en"))
    assert "canvases" not in dump and "canvas_items" not in dump
    assert [s["name"] for s in dump["segments"]] == [
        "Working parents who pay from the phone",
        "Older customers who used to pay in cash",
    ]
    first = dump["value_propositions"][0]
    assert set(first) == {
        "id",
        "segment",
        "slice",
        "archetype",
        "secondary_archetype",
        "statement",
        "competitor",
        "category",
        "product_name",
        "jobs",
        "pains",
        "gains",
        "products",
        "pain_relievers",
        "gain_creators",
    }
    assert first["segment"] == dump["segments"][0]["id"]
    for list_name in json_dump.ITEM_LISTS.values():
        assert first[list_name], list_name
        for entry in first[list_name]:
            assert set(entry) == {"id", "text", "rank", "job_type", "addresses"}
        assert [e["rank"] for e in first[list_name]] == sorted(e["rank"] for e in first[list_name])
    assert {j["job_type"] for j in first["jobs"]} >= {"functional", "emotional", "social"}
    pain_ids = {p["id"] for p in first["pains"]}
    assert all(set(r["addresses"]) <= pain_ids for r in first["pain_relievers"])


@pytest.mark.parametrize("language", ["en", "ru"])
def test_dump_round_trip_is_byte_identical(language: str) -> None:
    text = json_dump.dumps(demo_data(language))
    again = json_dump.from_dump(json.loads(text))
    assert json_dump.dumps(again) == text
    assert consistency.problems(again) == []


def test_dump_errors_name_the_proposition_and_item() -> None:
    dump = json_dump.to_dump(demo_data("en"))
    dump["value_propositions"][1]["pains"][0]["addresses"] = "5"
    with pytest.raises(json_dump.DumpError, match=r"value_propositions item 2: pains item 1"):
        json_dump.from_dump(dump)
    dump = json_dump.to_dump(demo_data("en"))
    del dump["value_propositions"][0]["gains"][1]["text"]
    with pytest.raises(json_dump.DumpError, match=r"gains item 2: field \"text\" is missing"):
        json_dump.from_dump(dump)
    dump = json_dump.to_dump(demo_data("en"))
    dump["value_propositions"][0]["jobs"][0]["id"] = dump["value_propositions"][1]["jobs"][0]["id"]
    with pytest.raises(json_dump.DumpError, match="appears twice"):
        json_dump.from_dump(dump)
    dump = json_dump.to_dump(demo_data("en"))
    dump["value_propositions"][0]["products"] = {}
    with pytest.raises(json_dump.DumpError, match='"products" must be a list'):
        json_dump.from_dump(dump)


# --- the demo -------------------------------------------------------------------------------
@pytest.mark.parametrize("language", ["en", "ru"])
def test_the_demo_has_two_finished_value_propositions(language: str) -> None:
    data = demo_data(language)
    assert consistency.problems(data) == []
    assert any(b.kind is model.BoardKind.VALUE for b in data.boards)
    assert len(data.segments) == 2 and len(data.canvases) == 2
    for canvas in data.canvases:
        items = value_flow.canvas_items(data, canvas.id)
        kinds = {i.kind for i in items}
        assert kinds == set(K)
        assert canvas.archetype in KEYS and canvas.statement
        jobs = [i for i in items if i.kind is K.JOB]
        assert 3 <= len(jobs) <= 4 and len({j.job_type for j in jobs}) >= 3
        assert fit(items).top_addressed >= 2
    assert sum(c.secondary_archetype is not None for c in data.canvases) == 1
    if language == "ru":
        assert data.segments[0].name.startswith("Работающие родители")


def test_the_demo_uses_mvp1_when_prioritisation_made_slices() -> None:
    data = model.WorkshopData(workshop=model.Workshop(title="t"))
    data.boards.append(model.Board(1, model.BoardKind.PRIORITISE, "P"))
    data.slices += [ReleaseSlice(1, 1, "MVP 1", 0), ReleaseSlice(2, 1, "MVP 2", 1)]
    data.candidates += [
        Candidate(1, 1, "Autopay", slice_id=1),
        Candidate(2, 1, "SMS link", slice_id=1),
        Candidate(3, 1, "Voice", slice_id=2),
    ]
    demo_part.build(data, "en")
    first, second = sorted(data.canvases, key=lambda c: c.id)
    assert (first.slice_id, second.slice_id) == (1, None)
    products = [i.text for i in value_flow.canvas_items(data, first.id) if i.kind is K.PRODUCT]
    assert products == ["Autopay", "SMS link"]
    assert consistency.problems(data) == []
