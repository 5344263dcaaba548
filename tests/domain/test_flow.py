"""One workshop, one flow: steps point at boards and stages; agendas adopt boards."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from app.domain import agenda as rules
from app.domain import edits, entities, flow, model
from app.domain.agenda import Agenda, AgendaBoard, AgendaStep, TemplateError, parse_template
from app.domain.model import BoardKind

SAMPLE_OLD_AGENDA = Path(__file__).parents[1] / "store" / "samples" / "agenda-before-boards.json"

TEMPLATE = """\
name_en = "Flow"
name_ru = "Поток"
description_en = ""
description_ru = ""

[[boards]]
key = "ideas"
kind = "capture"
title_en = "Ideas"
title_ru = "Идеи"

[[boards]]
key = "swap"
kind = "reverse"
title_en = "Swap"
title_ru = "Обмен"

[[steps]]
minutes = 5
title_en = "Hello"
title_ru = ""
instructions_en = ""
instructions_ru = ""
exercise = "talk"

[[steps]]
board = "ideas"
minutes = 10
title_en = "Write"
title_ru = ""
instructions_en = ""
instructions_ru = ""

[[steps]]
board = "swap"
stage = "write"
minutes = 5
title_en = "Good and bad"
title_ru = ""
instructions_en = ""
instructions_ru = ""

[[steps]]
board = "swap"
stage = "deal"
minutes = 5
title_en = "Deal"
title_ru = ""
instructions_en = ""
instructions_ru = ""
"""


def _agenda() -> Agenda:
    return parse_template(TEMPLATE, Path("flow.toml"))


def _data(boards: list[model.Board] | None = None) -> model.WorkshopData:
    return model.WorkshopData(workshop=model.Workshop(title="W"), boards=boards or [])


def _apply(data: model.WorkshopData, pairs: list[edits.Pair], workshop: model.Workshop) -> None:
    data.workshop = workshop
    entities.apply(data, pairs)


def test_template_boards_and_steps_parse() -> None:
    agenda = _agenda()
    assert [b.key for b in agenda.boards] == ["ideas", "swap"]
    assert agenda.steps[1].exercise == "capture" and agenda.steps[1].board == "ideas"
    assert (agenda.steps[3].board, agenda.steps[3].stage) == ("swap", "deal")
    assert parse_template(rules.dump_template(agenda), Path("flow.toml")) == agenda


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (('stage = "deal"', 'stage = "kano"'), "step 4: stage: unknown stage 'kano'"),
        (('board = "swap"\nstage = "deal"', 'board = "nope"'), "step 4: board: no board 'nope'"),
        (('kind = "reverse"', 'kind = "wall"'), "board 2: kind: unknown kind 'wall'"),
        (('key = "swap"', 'key = "ideas"'), "board 2: key: 'ideas' is used twice"),
        (('board = "ideas"', 'board = "ideas"\nexercise = "value"'), "does not match board"),
    ],
)
def test_broken_boards_name_the_line(change: tuple[str, str], expected: str) -> None:
    text = TEMPLATE.replace(*change, 1)
    with pytest.raises(TemplateError) as caught:
        parse_template(text, Path("flow.toml"))
    assert expected in str(caught.value)
    assert caught.value.line is not None


def test_bundled_templates_declare_boards_and_stages() -> None:
    agendas, errors = rules.load_templates([rules.bundled_templates_dir()])
    assert not errors and len(agendas) >= 4
    for agenda in agendas:
        assert agenda.boards, agenda.key
        for step in agenda.steps:
            if step.board_kind is not None:
                assert step.board, (agenda.key, step.title_en)
        staged = [
            s
            for s in agenda.steps
            if s.board_kind in (BoardKind.CAPTURE, BoardKind.REVERSE, BoardKind.PRIORITISE)
        ]
        assert all(s.stage for s in staged), agenda.key


def test_new_workshop_adds_declared_boards_and_binds_them() -> None:
    record, pairs, workshop = flow.new_workshop("W", "ru", _agenda())
    boards = [after for _before, after in pairs if isinstance(after, model.Board)]
    assert [(b.kind, b.title, b.position) for b in boards] == [
        (BoardKind.CAPTURE, "Идеи", 0),
        (BoardKind.REVERSE, "Обмен", 1),
    ]
    stored = rules.from_json(workshop.agenda_json)
    assert stored is not None
    assert [b.board_id for b in stored.boards] == [b.id for b in boards]
    assert record.agenda_json == "" and workshop.agenda_step == 0


def test_step_targets_follow_the_bound_boards() -> None:
    data = _data()
    _apply(data, *flow.adopt_agenda(data, _agenda(), "en"))
    agenda, _ = flow.stored_agenda(data.workshop)
    assert agenda is not None
    capture, reverse = data.boards
    targets = [flow.step_target(agenda, i, data.boards) for i in range(4)]
    assert [(t.board_id, t.stage) for t in targets] == [
        (None, ""),
        (capture.id, ""),
        (reverse.id, "write"),
        (reverse.id, "deal"),
    ]
    data.workshop = dataclasses.replace(data.workshop, agenda_step=3)
    current = flow.current_target(data)
    assert current is not None and current.board_id == reverse.id and current.stage == "deal"
    assert flow.step_for(agenda, data.boards, reverse.id, "deal", 0) == 3
    assert flow.step_for(agenda, data.boards, reverse.id, "reveal", 0) is None


def test_adopting_an_agenda_keeps_boards_and_adds_only_the_missing_ones() -> None:
    existing = model.Board(7, BoardKind.CAPTURE, "Wall", 0)
    data = _data([existing])
    plan = flow.plan_agenda(data, _agenda(), "en")
    assert [(declared.key, board_id) for declared, board_id in plan.kept] == [("ideas", 7)]
    assert [(b.kind, b.title, b.id, b.position) for b in plan.added] == [
        (BoardKind.REVERSE, "Swap", 8, 1)
    ]
    pairs, _workshop = flow.adopt_agenda(data, _agenda(), "en")
    assert all(before is None for before, _after in pairs) and len(pairs) == 1


def test_agenda_from_before_boards_maps_each_step_to_the_first_board_of_its_kind() -> None:
    text = SAMPLE_OLD_AGENDA.read_text(encoding="utf-8")
    assert "boards" not in json.loads(text)
    old = rules.from_json(text)
    assert old is not None and not old.boards
    boards = [
        model.Board(3, BoardKind.REVERSE, "Swap", 1),
        model.Board(1, BoardKind.CAPTURE, "Ideas", 0),
        model.Board(5, BoardKind.CAPTURE, "More ideas", 2),
    ]
    targets = [flow.step_target(old, i, boards) for i in range(len(old.steps))]
    by_kind = {old.steps[t.index].exercise: t.board_id for t in targets}
    assert by_kind["capture"] == 1 and by_kind["reverse"] == 3
    assert by_kind.get("talk") is None


def test_with_boards_gives_old_templates_one_board_per_kind() -> None:
    steps = (
        AgendaStep("capture", "A", ""),
        AgendaStep("break", "B", ""),
        AgendaStep("capture", "C", ""),
        AgendaStep("prioritise", "D", ""),
    )
    full = flow.with_boards(Agenda("k", "K", "", steps=steps))
    assert [(b.key, b.kind) for b in full.boards] == [
        ("capture", "capture"),
        ("prioritise", "prioritise"),
    ]
    assert [s.board for s in full.steps] == ["capture", "", "capture", "prioritise"]
    rules.validate_agenda(full)


def test_board_management_edits() -> None:
    boards = [model.Board(i, BoardKind.CAPTURE, f"B{i}", i - 1) for i in (1, 2, 3)]
    data = _data(boards)
    moved = flow.move_board(data, 3, 0)
    assert {after.id: after.position for _b, after in moved if after is not None} == {
        3: 0,
        1: 1,
        2: 2,
    }
    assert flow.rename_board(data, 1, "  New  ")[0][1].title == "New"
    with pytest.raises(edits.EditRefused):
        flow.rename_board(data, 1, "  ")
    added = flow.add_board(data, BoardKind.VALUE, "")
    assert added[0][1].position == 3 and added[0][1].title == "Value propositions"


def test_delete_board_takes_its_content_and_clears_links() -> None:
    board = model.Board(1, BoardKind.CAPTURE, "Ideas", 0)
    other = model.Board(2, BoardKind.CAPTURE, "Other", 1)
    note = model.Note(10, 1, "idea")
    kept = model.Note(11, 2, "copy", source_note_id=10)
    data = _data([board, other])
    data.notes = [note, kept]
    data.votes = [model.Vote(20, 10, model.VoterKind.TEAM, 1)]
    data.clusters = [model.Cluster(30, 1, "group")]
    content = flow.board_content(data, 1)
    assert (content.notes, content.clusters, content.empty) == (1, 1, False)
    assert flow.board_content(data, 2).notes == 1
    pairs = flow.delete_board(data, 1)
    removed = {type(b).__name__ + str(b.id) for b, a in pairs if a is None and b is not None}
    assert removed == {"Board1", "Note10", "Vote20", "Cluster30"}
    changed = [a for b, a in pairs if a is not None and b is not None]
    assert changed == [dataclasses.replace(kept, source_note_id=None)]


def test_report_order_follows_the_agenda_and_empty_boards_are_unused() -> None:
    data = _data()
    _apply(data, *flow.adopt_agenda(data, _agenda(), "en"))
    extra = model.Board(9, BoardKind.VALUE, "Extra", 0)
    data.boards.insert(0, extra)
    order = flow.report_order(data)
    assert [b.kind for b in order] == [BoardKind.CAPTURE, BoardKind.REVERSE, BoardKind.VALUE]
    assert not any(flow.board_used(data, b) for b in data.boards)
    data.notes = [model.Note(1, data.boards[1].id, "x")]
    assert flow.board_used(data, data.boards[1])


def test_stage_lists_are_known() -> None:
    assert rules.stages_of("reverse")[1:] == ("write", "set-aside", "deal", "transform", "reveal")
    assert rules.stages_of("talk") == ()
    bad = AgendaStep("capture", "x", "", stage="kano")
    with pytest.raises(ValueError, match="stage"):
        rules.validate_step(bad)
    agenda = Agenda("k", "K", "", steps=(AgendaStep("capture", "x", "", board="nope"),))
    with pytest.raises(ValueError, match="no board 'nope'"):
        rules.validate_agenda(agenda)
    bound = dataclasses.replace(
        agenda, boards=(AgendaBoard("nope", "capture", "N", board_id=4),)
    )
    assert rules.from_json(rules.to_json(bound)) == bound


def test_good_and_bad_ideas_can_come_from_the_capture_board() -> None:
    from app.domain import reverse_flow

    capture = model.Board(1, BoardKind.CAPTURE, "Ideas", 0)
    swap = model.Board(2, BoardKind.REVERSE, "Swap", 1)
    data = _data([capture, swap])
    data.teams = [model.Team(1, "Sun", "#FFD54F"), model.Team(2, "Sky", "#81D4FA")]
    data.notes = [model.Note(5, 1, "Queue at the till"), model.Note(6, 1, "Pay by SMS")]
    data.votes = [model.Vote(1, 6, model.VoterKind.TEAM, 1, 2)]
    assert [n.id for n in reverse_flow.capture_ideas(data)] == [6, 5]  # most dots first
    ((_, started),) = reverse_flow.start_round(data, 2, [1, 2])
    data.reverse_rounds = [started]
    ((_, taken),) = reverse_flow.add_idea(data, 2, 1, model.NoteRole.BAD, " Pay by SMS ")
    assert isinstance(taken, model.Note) and taken.source_note_id == 6  # its lineage
    ((_, typed),) = reverse_flow.add_idea(data, 2, 1, model.NoteRole.GOOD, "Something new")
    assert isinstance(typed, model.Note) and typed.source_note_id is None


def test_declare_board_binds_a_workshop_board_once() -> None:
    agenda = _agenda()
    board = model.Board(12, BoardKind.VALUE, "Heroes", 3)
    declared, key = flow.declare_board(agenda, board)
    assert key == "value-12" and declared.board(key) == AgendaBoard(
        "value-12", "value", "Heroes", "Heroes", 12
    )
    again, same = flow.declare_board(declared, board)
    assert (again, same) == (declared, key)
    step = AgendaStep("value", "Canvas", "", board=key, stage="canvas")
    rules.validate_agenda(rules.add_step(declared, step))
    assert flow.step_target(rules.add_step(declared, step), 4, [board]).board_id == 12


def test_storing_an_agenda_again_keeps_its_bindings() -> None:
    first = model.Board(1, BoardKind.CAPTURE, "First wall", 0)
    second = model.Board(5, BoardKind.CAPTURE, "Second wall", 1)
    data = _data([first, second])
    agenda = dataclasses.replace(
        _agenda(),
        boards=(
            AgendaBoard("ideas", "capture", "Ideas", board_id=5),
            AgendaBoard("swap", "reverse", "Swap"),
        ),
    )
    pairs, workshop = flow.store_agenda(data, agenda, 3, "en")
    stored = rules.from_json(workshop.agenda_json)
    assert stored is not None and stored.board("ideas").board_id == 5  # type: ignore[union-attr]
    assert [after.kind for _b, after in pairs] == [BoardKind.REVERSE]  # only what is missing
    assert workshop.agenda_step == 3
