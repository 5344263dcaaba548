"""Phone actions as edits, and the phone task of each agenda step (no server, no Qt)."""

from __future__ import annotations

import pytest

from app.domain import agenda, edits, entities, model, phones, prioritise_flow, reverse_flow
from app.domain.edits import EditRefused
from app.room_server.steps import PhoneTask, phone_step
from app.services import WorkshopFile


def _data() -> model.WorkshopData:
    data = model.WorkshopData(workshop=model.Workshop(title="T"))
    data.teams = [model.Team(1, "Ravens", "#81D4FA"), model.Team(2, "Foxes", "#FFAB91")]
    data.participants = [model.Participant(1, "Oleg", 1)]
    data.boards = [model.Board(1, model.BoardKind.CAPTURE, "Ideas")]
    return data


def test_join_reuses_a_name_and_moves_the_team() -> None:
    data = _data()
    person, pairs = phones.join(data, "  oleg ", 2, "en")
    assert person == 1 and pairs == [(data.participants[0], model.Participant(1, "Oleg", 2))]
    person, pairs = phones.join(data, "Lena", None, "en")
    assert person == 2 and pairs == [(None, model.Participant(2, "Lena", None))]
    with pytest.raises(EditRefused, match="Введите имя"):
        phones.join(data, " \x00 ", None, "ru")
    with pytest.raises(EditRefused, match="team"):
        phones.join(data, "Lena", 9, "en")


def test_only_the_author_edits_or_withdraws_a_note() -> None:
    data = _data()
    pairs = phones.write_note(data, 1, 1, "Queue display", "en")
    entities.apply(data, pairs)
    note = data.notes[0]
    assert (note.author, note.team_id) == ("Oleg", 1)
    with pytest.raises(EditRefused, match="author"):
        phones.edit_note(data, note.id, set(), "changed", "en")  # not written here
    assert phones.edit_note(data, note.id, {note.id}, "Queue display", "en") == []
    changed = phones.edit_note(data, note.id, {note.id}, "Queue screen", "en")
    assert changed[0][1].text == "Queue screen"
    assert phones.withdraw_note(data, note.id, {note.id}, "en") == [(note, None)]
    assert phones.withdraw_note(data, 99, {99}, "en") == []  # twice is no error


def test_dots_are_set_not_added() -> None:
    data = _data()
    for text in "ABCDEFGHIJKL":
        entities.apply(data, phones.write_note(data, 1, 1, text, "en"))
    budget = edits.board_vote_budget(data, 1)
    first = data.notes[0].id
    entities.apply(data, phones.set_dots(data, first, 1, 2, "en"))
    assert phones.dots_on(data, 1, first) == 2
    assert phones.set_dots(data, first, 1, 2, "en") == []  # the same again: nothing
    with pytest.raises(EditRefused):
        phones.set_dots(data, first, 1, budget + 1, "en")
    with pytest.raises(EditRefused):
        phones.set_dots(data, first, 1, True, "en")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("exercise", "title", "task"),
    [
        ("capture", "Silent writing", PhoneTask.WRITE),
        ("capture", "Dot voting", PhoneTask.VOTE),
        ("capture", "Голосование точками", PhoneTask.VOTE),
        ("talk", "Welcome", PhoneTask.WAIT),
        ("break", "Coffee", PhoneTask.WAIT),
        ("value", "Canvas", PhoneTask.WAIT),  # no value board here
    ],
)
def test_the_phone_task_follows_the_agenda_step(exercise: str, title: str, task: PhoneTask) -> None:
    data = _data()
    steps = (agenda.AgendaStep("talk", "Intro", ""), agenda.AgendaStep(exercise, title, ""))
    stored = agenda.Agenda(key="t", name_en="T", name_ru="", steps=steps)
    data.workshop.agenda_json = agenda.to_json(stored)
    data.workshop.agenda_step = 1
    step = phone_step(data)
    assert step.task == task
    assert step.title("ru") == title


def test_without_an_agenda_phones_write_on_the_first_capture_board() -> None:
    data = _data()
    assert phone_step(data).task == PhoneTask.WRITE
    data.boards = []
    assert phone_step(data).task == PhoneTask.WAIT


def test_good_bad_and_kano_steps(tmp_path: object) -> None:
    from pathlib import Path

    workshop = WorkshopFile.create(Path(str(tmp_path)) / "w.pointb", model.Workshop(title="T"))
    try:
        data = workshop.data
        workshop.apply("t", edits.add_team(data, "A"))
        workshop.apply("t", edits.add_team(data, "B"))
        workshop.apply("b", edits.add_board(data, model.BoardKind.REVERSE, "GB"))
        workshop.apply("b", edits.add_board(data, model.BoardKind.PRIORITISE, "MVP"))
        reverse_id, mvp_id = data.boards[0].id, data.boards[1].id
        steps = (agenda.AgendaStep("reverse", "GB", ""), agenda.AgendaStep("prioritise", "K", ""))
        stored = agenda.Agenda(key="t", name_en="T", name_ru="", steps=steps)
        workshop.update_workshop(agenda_json=agenda.to_json(stored), agenda_step=0)
        assert phone_step(data).task == PhoneTask.WAIT  # the round has not started
        workshop.apply("r", reverse_flow.start_round(data, reverse_id, [t.id for t in data.teams]))
        assert (phone_step(data).task, phone_step(data).board_id) == (PhoneTask.IDEAS, reverse_id)
        workshop.update_workshop(agenda_step=1)
        workshop.apply("c", prioritise_flow.add_candidate(data, mvp_id, "QR"))
        assert (phone_step(data).task, phone_step(data).board_id) == (PhoneTask.KANO, mvp_id)
        workshop.apply("p", edits.add_participant(data, "Vera", None))
        pairs = phones.answer_kano(data, data.candidates[0].id, data.participants[0].id, 2, 5)
        workshop.apply("k", pairs)
        assert [(a.respondent, a.functional, a.dysfunctional) for a in data.kano_answers] == [
            ("Vera", 2, 5)
        ]
    finally:
        workshop.close()


def test_the_step_names_its_board_and_stage() -> None:
    data = _data()
    data.boards = [
        model.Board(1, model.BoardKind.CAPTURE, "Morning"),
        model.Board(2, model.BoardKind.CAPTURE, "Afternoon"),
        model.Board(3, model.BoardKind.PRIORITISE, "MVP"),
    ]
    boards = (
        agenda.AgendaBoard("pm", "capture", "Afternoon", board_id=2),
        agenda.AgendaBoard("mvp", "prioritise", "MVP", board_id=3),
    )
    steps = (
        agenda.AgendaStep("capture", "Silent writing", "", board="pm"),
        agenda.AgendaStep("prioritise", "Kano", "", board="mvp", stage="kano"),
        agenda.AgendaStep("prioritise", "Scores", "", board="mvp", stage="scores"),
    )
    stored = agenda.Agenda(key="t", name_en="T", name_ru="", steps=steps, boards=boards)
    data.workshop.agenda_json = agenda.to_json(stored)
    expected = [(PhoneTask.WRITE, 2), (PhoneTask.KANO, 3), (PhoneTask.WAIT, 3)]
    for index, (task, board_id) in enumerate(expected):
        data.workshop.agenda_step = index
        step = phone_step(data)
        assert (step.task, step.board_id) == (task, board_id)


@pytest.mark.parametrize(
    ("title", "stage", "task"),
    [
        ("Dot voting", "vote", PhoneTask.VOTE),
        ("Points", "vote", PhoneTask.VOTE),  # the stage, not the words
        ("Dot voting", "write", PhoneTask.WRITE),  # the words do not override the stage
        ("Share and vote", "cluster", PhoneTask.WRITE),
        ("Silent writing", "write", PhoneTask.WRITE),
        ("Dot voting", "", PhoneTask.VOTE),  # an old agenda without a stage: the words
    ],
)
def test_a_capture_steps_stage_sets_the_phone_task(title: str, stage: str, task: PhoneTask) -> None:
    data = _data()
    steps = (agenda.AgendaStep("capture", title, "", stage=stage),)
    stored = agenda.Agenda(key="t", name_en="T", name_ru="", steps=steps)
    data.workshop.agenda_json = agenda.to_json(stored)
    assert phone_step(data).task == task


def test_a_waiting_note_merges_into_one_that_says_the_same() -> None:
    data = _data()
    data.participants.append(model.Participant(2, "Lena", 2))
    entities.apply(data, phones.write_note(data, 1, 1, "Pay by QR code", "en"))
    entities.apply(data, phones.write_note(data, 1, 2, "QR payments", "en", moderated=True))
    entities.apply(data, phones.write_note(data, 1, 2, "pay by qr code", "en", moderated=True))
    on_board, waiting, same_words = data.notes
    assert waiting.parked and phones.inbox(data) == [waiting, same_words]
    entities.apply(data, phones.merge(data, waiting.id, on_board.id, "en"))
    merged = data.notes[0]
    assert (merged.text, merged.author, merged.parked) == (
        "Pay by QR code\nQR payments",
        "Oleg, Lena",
        False,
    )
    # Words the note already holds are not added twice; the author is.
    entities.apply(data, phones.merge(data, same_words.id, on_board.id, "en"))
    assert [(n.text, n.author) for n in data.notes] == [
        ("Pay by QR code\nQR payments", "Oleg, Lena")
    ]
    assert phones.inbox(data) == []


def test_a_note_does_not_merge_into_itself_or_another_board() -> None:
    data = _data()
    data.boards.append(model.Board(2, model.BoardKind.CAPTURE, "Other"))
    entities.apply(data, phones.write_note(data, 1, 1, "Here", "en", moderated=True))
    entities.apply(data, phones.write_note(data, 2, 1, "There", "en"))
    with pytest.raises(EditRefused, match="another note"):
        phones.merge(data, 1, 1, "en")
    with pytest.raises(EditRefused, match="another note"):
        phones.merge(data, 1, 2, "en")


@pytest.mark.parametrize(
    "kind", [model.BoardKind.STRATEGY, model.BoardKind.JOURNEY, model.BoardKind.SCENARIOS]
)
def test_a_cx_board_step_sends_the_phones_to_the_projector(kind: model.BoardKind) -> None:
    data = _data()
    data.boards.append(model.Board(2, kind, "CX"))
    steps = (agenda.AgendaStep(kind.value, "Look together", "На экран"),)
    stored = agenda.Agenda(key="t", name_en="T", name_ru="", steps=steps)
    data.workshop.agenda_json = agenda.to_json(stored)
    step = phone_step(data)
    # The page shows "look at the projector" for a waiting task, with the step's words.
    assert (step.task, step.board_id, step.title("en")) == (PhoneTask.WAIT, 2, "Look together")
