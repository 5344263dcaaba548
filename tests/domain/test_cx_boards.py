"""The customer-experience boards: strategy canvas, journey map, scenario audit, principles.

Edits run against a stored workshop so every rule is checked together with its undo and
with what `pointb check` says about the result.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from app.domain import (
    consistency,
    cx_common,
    edits,
    journey,
    lineage,
    model,
    principles,
    prioritise_flow,
    scenario_audit,
    strategy,
    validation,
)
from app.domain.edits import EditRefused, Pair
from app.domain.journey import Lane
from app.domain.prioritise import Candidate, Origin, ReleaseSlice
from app.domain.scenario_audit import ModelKind
from app.domain.strategy import StrategyItemKind as SK
from app.export import json_dump
from app.services import Change, WorkshopFile

CAPTURE, PRIORITISE, STRATEGY, JOURNEY, SCENARIOS = 1, 2, 3, 4, 5


@pytest.fixture
def workshop(tmp_path: Path) -> Iterator[WorkshopFile]:
    file = WorkshopFile.create(tmp_path / "cx.pointb", model.Workshop(title="Loans"))
    K = model.BoardKind
    file.import_entities(
        "setup",
        [
            model.Board(CAPTURE, K.CAPTURE, "Ideas", 0),
            model.Board(PRIORITISE, K.PRIORITISE, "MVP", 1),
            model.Board(STRATEGY, K.STRATEGY, "A to B", 2),
            model.Board(JOURNEY, K.JOURNEY, "Journey", 3),
            model.Board(SCENARIOS, K.SCENARIOS, "Audit", 4),
            ReleaseSlice(1, PRIORITISE, "MVP 1", 0),
            Candidate(1, PRIORITISE, "Pay by link", slice_id=1),
        ],
    )
    yield file
    file.close()


def apply(file: WorkshopFile, pairs: Sequence[Pair]) -> Change:
    assert pairs, "the edit changed nothing"
    return file.apply("edit", list(pairs))


def reloaded(file: WorkshopFile) -> model.WorkshopData:
    """What a fresh open of the file reads (the store holds exactly what memory holds)."""
    copy = file.path.with_name("copy.pointb")
    file.save_copy(copy)
    other = WorkshopFile.open(copy)
    try:
        return other.data
    finally:
        other.close()


# --- strategy ------------------------------------------------------------------------------
def test_strategy_canvas_goals_plans_and_checkpoints(workshop: WorkshopFile) -> None:
    data = workshop.data
    apply(workshop, strategy.add_item(data, STRATEGY, SK.NOW, "A lender of last resort"))
    apply(workshop, strategy.add_scenario(data, STRATEGY))
    apply(workshop, strategy.add_scenario(data, STRATEGY, "Bold"))
    first, bold = strategy.scenarios(data, STRATEGY)
    assert first.name == "Scenario 1" and bold.name == "Bold"
    apply(workshop, strategy.update_scenario(data, bold.id, point_b="The easiest loan in town"))
    apply(workshop, strategy.add_item(data, STRATEGY, SK.GOAL, "No late fees", scenario_id=bold.id))
    (goal,) = strategy.items(data, STRATEGY, SK.GOAL, scenario_id=bold.id)
    apply(workshop, strategy.add_item(data, STRATEGY, SK.STEP, "Pay-by-link", goal_id=goal.id))
    (step,) = strategy.items(data, STRATEGY, SK.STEP, goal_id=goal.id)
    assert step.scenario_id == bold.id
    assert strategy.progress(data, goal.id, today="2026-12-01").unchecked == 1
    apply(
        workshop,
        strategy.update_item(
            data, step.id, due="2026-11-01", owner="Ann", checkpoint="late payments < 5%"
        ),
    )
    done = strategy.progress(data, goal.id, today="2026-12-01")
    assert (done.steps, done.unchecked, done.overdue, done.done) == (1, 0, 1, 0)
    with pytest.raises(EditRefused, match="YYYY-MM-DD"):
        strategy.update_item(data, step.id, due="1 Nov")
    with pytest.raises(EditRefused, match="goal"):
        strategy.add_item(data, STRATEGY, SK.STEP, "orphan", goal_id=None)
    apply(workshop, strategy.link_goal(data, goal.id, candidate_ids=[1, 99], slice_ids=[1]))
    linked = strategy.items(data, STRATEGY, SK.GOAL, scenario_id=bold.id)[0]
    assert (linked.candidate_ids, linked.slice_ids) == ([1], [1])
    assert [g.id for g in strategy.goals_serving(data, 1)] == [goal.id]
    assert consistency.problems(data) == []
    assert reloaded(workshop).strategy_items == data.strategy_items
    # Deleting the scenario takes its goals and plans; undo brings all back.
    before = list(data.strategy_items)
    change = apply(workshop, strategy.delete_scenario(data, bold.id))
    assert [i.kind for i in data.strategy_items] == [SK.NOW]
    workshop.undo(change)
    assert data.strategy_items == before


def test_removing_a_candidate_or_slice_unlinks_goals(workshop: WorkshopFile) -> None:
    data = workshop.data
    apply(workshop, strategy.add_scenario(data, STRATEGY))
    scenario = strategy.scenarios(data, STRATEGY)[0]
    apply(workshop, strategy.add_item(data, STRATEGY, SK.GOAL, "Goal", scenario_id=scenario.id))
    goal = data.strategy_items[0]
    apply(workshop, strategy.link_goal(data, goal.id, [1], [1]))
    apply(workshop, prioritise_flow.remove_slice(data, 1))
    apply(workshop, prioritise_flow.remove_candidates(data, [1]))
    assert (data.strategy_items[0].candidate_ids, data.strategy_items[0].slice_ids) == ([], [])
    assert consistency.problems(data) == []


# --- journey -------------------------------------------------------------------------------
def test_journey_stages_emotion_range_and_touchpoints(workshop: WorkshopFile) -> None:
    data = workshop.data
    apply(workshop, journey.default_stages(data, JOURNEY))
    assert [s.name for s in journey.stages(data, JOURNEY)] == [
        "Before purchase",
        "Purchase",
        "Use",
        "After",
    ]
    assert journey.default_stages(data, JOURNEY) == []  # only on an empty board
    first, purchase, use, _after = journey.stages(data, JOURNEY)
    apply(workshop, journey.add_stage(data, JOURNEY, "Apply", after_id=first.id))
    assert [s.name for s in journey.stages(data, JOURNEY)][:3] == [
        "Before purchase",
        "Apply",
        "Purchase",
    ]
    for value in (-3, 3):
        with pytest.raises(EditRefused, match="-2 to 2"):
            journey.set_emotion(data, use.id, value)
    apply(workshop, journey.set_emotion(data, use.id, -2))
    apply(workshop, journey.set_emotion(data, purchase.id, 1))
    apply(workshop, journey.nudge_emotion(data, purchase.id, 5))  # kept at the top
    assert [e for _s, e in journey.emotion_curve(data, JOURNEY)] == [2, -2]
    assert [s.id for s in journey.lowest_stages(data, JOURNEY)] == [use.id]
    apply(workshop, journey.add_cell(data, use.id, Lane.TOUCHPOINTS, "Payment terminal"))
    apply(workshop, journey.add_cell(data, use.id, Lane.BARRIERS, "Terminals closed"))
    touch, barrier = data.journey_cells
    apply(
        workshop,
        journey.update_cell(
            data, touch.id, channel="offline", ease=2, accessibility=1, kpi="% paid on time"
        ),
    )
    with pytest.raises(EditRefused, match="touchpoint"):
        journey.update_cell(data, barrier.id, ease=3)
    with pytest.raises(EditRefused, match="1 to 5"):
        journey.update_cell(data, touch.id, ease=6)
    apply(workshop, journey.update_cell(data, barrier.id, should_be="Pay from any card"))
    apply(workshop, journey.update_stage(data, use.id, minutes_as_is=40.0, steps_to_be=3))
    with pytest.raises(EditRefused, match="negative"):
        journey.update_stage(data, use.id, steps_as_is=-1)
    assert consistency.problems(data) == []
    assert reloaded(workshop).journey_cells == data.journey_cells
    change = apply(workshop, journey.delete_stage(data, use.id))
    assert data.journey_cells == []
    workshop.undo(change)
    assert len(data.journey_cells) == 2


def test_check_names_an_emotion_out_of_range() -> None:
    data = model.WorkshopData(workshop=model.Workshop(title="t"))
    data.boards = [model.Board(1, model.BoardKind.JOURNEY, "J")]
    data.journey_stages = [journey.JourneyStage(1, 1, "Use", emotion=5)]
    data.journey_cells = [journey.JourneyCell(1, 1, 1, Lane.ACTIONS, "x", ease=2)]
    found = validation.workshop_problems(data)
    assert "journey stage 1: field “emotion” must be between -2 and 2, not 5" in found
    assert "journey cell 1 is in the actions lane but has touchpoint fields" in found
    data.journey_cells[0].lane = Lane.TOUCHPOINTS
    data.journey_cells[0].ease = 0
    assert validation.workshop_problems(data) == [
        "journey stage 1: field “emotion” must be between -2 and 2, not 5",
        "journey cell 1: field “ease” must be between 1 and 5, not 0",
    ]


# --- scenario audit ------------------------------------------------------------------------
def test_completeness_names_missing_models(workshop: WorkshopFile) -> None:
    data = workshop.data
    apply(workshop, scenario_audit.add_scenario(data, SCENARIOS, "Repay a loan"))
    apply(
        workshop,
        scenario_audit.add_scenario(
            data, SCENARIOS, "Answer a call", scenario_audit.Actor.EMPLOYEE
        ),
    )
    repay, call = scenario_audit.scenarios(data, SCENARIOS)
    status = scenario_audit.completeness(data, SCENARIOS)
    assert (status.scenarios, status.complete, status.done) == (2, 0, False)
    for kind in ModelKind:
        apply(workshop, scenario_audit.add_model(data, repay.id, kind, f"{kind} model"))
    apply(workshop, scenario_audit.add_model(data, call.id, ModelKind.HYBRID, "Chat first"))
    status = scenario_audit.completeness(data, SCENARIOS)
    assert status.complete == 1
    assert status.missing == {call.id: [ModelKind.ONLINE, ModelKind.NEW]}
    hybrid = scenario_audit.models(data, call.id, ModelKind.HYBRID)[0]
    apply(
        workshop,
        scenario_audit.update_model(
            data,
            hybrid.id,
            test_what="Clickable chat",
            test_with="5 clients",
            simplicity_as_is=2,
            simplicity_to_be=4,
        ),
    )
    assert scenario_audit.models(data, call.id)[0].tested
    with pytest.raises(EditRefused, match="1 to 5"):
        scenario_audit.update_model(data, hybrid.id, simplicity_to_be=0)
    apply(workshop, scenario_audit.add_failure(data, repay.id, "Terminals closed"))
    apply(workshop, principles.toggle(data, SCENARIOS, principles.Principle.REAL, repay.id))
    assert principles.score(data, SCENARIOS, repay.id) == 1
    assert consistency.problems(data) == []
    assert reloaded(workshop).scenario_models == data.scenario_models
    change = apply(workshop, scenario_audit.delete_scenario(data, repay.id))
    assert data.principle_checks == [] and data.audit_failures == []
    workshop.undo(change)
    assert len(data.scenario_models) == 4 and len(data.principle_checks) == 1


def test_principles_toggle_on_and_off(workshop: WorkshopFile) -> None:
    data = workshop.data
    apply(workshop, principles.toggle(data, JOURNEY, principles.Principle.SEQUENTIAL))
    assert set(principles.checks_for(data, JOURNEY)) == {principles.Principle.SEQUENTIAL}
    check = principles.checks_for(data, JOURNEY)[principles.Principle.SEQUENTIAL]
    apply(workshop, principles.set_note(data, check.id, "  stages drawn with gaps  "))
    assert principles.checks_for(data, JOURNEY)[check.principle].note == "stages drawn with gaps"
    apply(workshop, principles.toggle(data, JOURNEY, principles.Principle.SEQUENTIAL))
    assert principles.checks_for(data, JOURNEY) == {}
    assert principles.name(principles.Principle.HOLISTIC, "ru") == "Целостность"


# --- lineage -------------------------------------------------------------------------------
def test_barrier_failure_and_model_travel_to_ideas_and_candidates(
    workshop: WorkshopFile,
) -> None:
    data = workshop.data
    apply(workshop, journey.add_stage(data, JOURNEY, "Repay"))
    stage = data.journey_stages[0]
    apply(workshop, journey.add_cell(data, stage.id, Lane.BARRIERS, "Terminals closed"))
    barrier = data.journey_cells[0]
    apply(workshop, cx_common.send_to_ideas(data, barrier, CAPTURE))
    barrier = data.journey_cells[0]
    note = data.notes[0]
    assert (note.text, note.board_id, barrier.note_id) == ("Terminals closed", CAPTURE, note.id)
    with pytest.raises(EditRefused, match="already"):
        cx_common.send_to_ideas(data, barrier, CAPTURE)
    with pytest.raises(EditRefused, match="capture"):
        cx_common.send_to_ideas(data, barrier, JOURNEY)
    apply(workshop, cx_common.send_to_candidates(data, barrier, PRIORITISE, Origin.JOURNEY))
    candidate = data.candidates[-1]
    assert (candidate.note_id, candidate.origin) == (note.id, "journey")
    apply(workshop, scenario_audit.add_scenario(data, SCENARIOS, "Repay"))
    scenario = data.audit_scenarios[0]
    apply(workshop, scenario_audit.add_model(data, scenario.id, ModelKind.ONLINE, "Pay link"))
    apply(
        workshop,
        cx_common.send_to_candidates(data, data.scenario_models[0], PRIORITISE, Origin.SCENARIO),
    )
    trees = lineage.lineage(data)
    origins = [t for t in trees if t.kind is lineage.StepKind.ORIGIN]
    assert [o.origin_text for o in origins] == ["Terminals closed", "Pay link"]
    assert origins[0].stage_name == "Repay"
    assert origins[0].children[0].note is not None
    assert origins[0].children[0].children[0].candidate is not None
    # Deleting the idea note unlinks the barrier: nothing dangles.
    apply(workshop, edits.delete_notes(data, [note.id]))
    assert data.journey_cells[0].note_id is None
    assert consistency.problems(data) == []


# --- the dump ------------------------------------------------------------------------------
def test_new_lists_round_trip_and_bad_values_are_named(workshop: WorkshopFile) -> None:
    data = workshop.data
    apply(workshop, journey.default_stages(data, JOURNEY))
    apply(workshop, journey.set_emotion(data, data.journey_stages[0].id, -1))
    apply(workshop, strategy.add_scenario(data, STRATEGY))
    apply(
        workshop,
        strategy.add_item(
            data, STRATEGY, SK.GOAL, "Goal", scenario_id=data.strategy_scenarios[0].id
        ),
    )
    apply(workshop, strategy.link_goal(data, data.strategy_items[0].id, [1], [1]))
    text = json_dump.dumps(data)
    dump = json.loads(text)
    for name in (
        "strategy_scenarios",
        "strategy_items",
        "journey_stages",
        "journey_cells",
        "audit_scenarios",
        "audit_failures",
        "scenario_models",
        "principle_checks",
    ):
        assert name in dump
    assert dump["strategy_items"][0]["candidate_ids"] == [1]
    assert dump["strategy_items"][0]["scenario"] == data.strategy_scenarios[0].id
    assert json_dump.dumps(json_dump.from_dump(dump)) == text
    dump["strategy_items"][0]["candidate_ids"] = ["one"]
    with pytest.raises(json_dump.DumpError, match='strategy_items item 1: field "candidate_ids"'):
        json_dump.from_dump(dump)
    dump = json.loads(text)
    dump["journey_stages"][0]["emotion"] = 7
    with pytest.raises(json_dump.DumpError) as refused:
        json_dump.from_dump(dump)
    assert str(refused.value) == (
        'dump: journey_stages item 1: field "emotion" must be between -2 and 2, not 7'
    )


# --- the file format -----------------------------------------------------------------------
def test_a_version_2_file_gains_the_new_tables_and_keeps_its_content(tmp_path: Path) -> None:
    import sqlite3

    from app.demo import write_demo
    from app.store import database, tables

    path = write_demo(tmp_path / "old.pointb")
    connection = sqlite3.connect(path)
    for table in tables.V3_TABLES:
        connection.execute(f"DROP TABLE {table.__tablename__}")
    connection.execute("PRAGMA user_version = 2")
    connection.commit()
    connection.close()
    file = WorkshopFile.open(path)
    try:
        assert file.database.migrated_from == 2
        assert file.data.journey_stages == [] and len(file.data.notes) > 0
        board = next(b for b in file.data.boards if b.kind is model.BoardKind.JOURNEY)
        apply(file, journey.default_stages(file.data, board.id))
    finally:
        file.close()
    connection = sqlite3.connect(path)
    try:
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        stages = connection.execute("SELECT count(*) FROM journey_stage").fetchone()[0]
    finally:
        connection.close()
    assert (version, stages) == (database.SCHEMA_VERSION, 4)


def test_import_refuses_a_dump_that_breaks_a_board_rule(tmp_path: Path) -> None:
    from app.demo import demo_data
    from app.interchange import InterchangeError, create_from_dump

    dump = json.loads(json_dump.dumps(demo_data("en")))
    stage = dump["journey_stages"][0]
    stage["emotion"] = -3
    source = tmp_path / "dump.json"
    source.write_text(json.dumps(dump), "utf-8")
    target = tmp_path / "new.pointb"
    with pytest.raises((InterchangeError, json_dump.DumpError)) as refused:
        create_from_dump(target, source)
    assert str(refused.value).startswith(f"{source}: ")
    assert "emotion" in str(refused.value) and "-3" in str(refused.value)
    assert "\n" not in str(refused.value)
    assert not target.exists()
    dump["journey_stages"][0]["emotion"] = None
    dump["scenario_models"][0]["kind"] = "offline"
    source.write_text(json.dumps(dump), "utf-8")
    with pytest.raises(
        json_dump.DumpError, match='scenario_models item 1: field "kind" must be one'
    ):
        create_from_dump(target, source)


def test_a_board_content_can_be_removed_in_one_edit_and_undone(tmp_path: Path) -> None:
    from app.demo import write_demo

    file = WorkshopFile.open(write_demo(tmp_path / "demo.pointb"))
    try:
        data = file.data
        for kind in (model.BoardKind.STRATEGY, model.BoardKind.JOURNEY, model.BoardKind.SCENARIOS):
            board = next(b for b in data.boards if b.kind is kind)
            held = cx_common.board_entities(data, board.id)
            assert held and data.item_count(board) > 0
            notes = list(data.notes)
            change = apply(file, cx_common.remove_board_content(data, board.id))
            assert cx_common.board_entities(data, board.id) == []
            assert data.item_count(board) == 0 and data.notes == notes
            assert consistency.problems(data) == []
            file.undo(change)
            assert len(cx_common.board_entities(data, board.id)) == len(held)
    finally:
        file.close()


def test_deleting_a_board_takes_its_items_and_undo_brings_them_back(tmp_path: Path) -> None:
    from app.demo import write_demo
    from app.domain import flow

    file = WorkshopFile.open(write_demo(tmp_path / "demo.pointb"))
    try:
        data = file.data
        for kind in (model.BoardKind.STRATEGY, model.BoardKind.JOURNEY, model.BoardKind.SCENARIOS):
            board = next(b for b in data.boards if b.kind is kind)
            content = flow.board_content(data, board.id)
            assert not content.empty and content.cx_items == len(
                cx_common.board_entities(data, board.id)
            )
            assert flow.board_used(data, board)
            change = apply(file, flow.delete_board(data, board.id))
            assert data.board(board.id) is None
            assert cx_common.board_entities(data, board.id) == []
            assert consistency.problems(data) == []
            file.undo(change)
            assert flow.board_content(data, board.id) == content
        # Deleting the prioritisation board clears the goals' links to its candidates.
        mvp = next(b for b in data.boards if b.kind is model.BoardKind.PRIORITISE)
        apply(file, flow.delete_board(data, mvp.id))
        assert all(not g.candidate_ids and not g.slice_ids for g in data.strategy_items)
        assert consistency.problems(data) == []
    finally:
        file.close()
