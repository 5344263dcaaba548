"""Prioritisation edits: each gesture's pairs, its undo, the Kano CSV import, the CSV export."""

from __future__ import annotations

import copy
import csv
import io
import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest

from app import interchange
from app.domain import edits, model, prioritise_flow
from app.domain.kano import KanoAnswerRecord, KanoCategory
from app.domain.prioritise import Candidate, MoSCoW, Origin, ReleaseSlice
from app.domain.prioritise_flow import FlowRefused
from app.export import json_dump
from app.services import WorkshopFile

TODAY = "2026-11-24"
LISTS: dict[type, str] = {
    Candidate: "candidates",
    KanoAnswerRecord: "kano_answers",
    ReleaseSlice: "slices",
    model.Board: "boards",
    model.Note: "notes",
    model.Vote: "votes",
}


def apply(data: model.WorkshopData, pairs: Sequence[edits.Pair]) -> None:
    """What WorkshopFile.apply does in memory: write every `after`, drop removed ones."""
    for before, after in pairs:
        entity = after if after is not None else before
        assert entity is not None
        items: list[Any] = getattr(data, LISTS[type(entity)])
        index = next((i for i, e in enumerate(items) if e.id == entity.id), None)
        if after is None:
            assert index is not None
            items.pop(index)
        elif index is None:
            items.append(after)
        else:
            items[index] = after


def undo(data: model.WorkshopData, pairs: Sequence[edits.Pair]) -> None:
    apply(data, [(after, before) for before, after in reversed(pairs)])


def snapshot(data: model.WorkshopData) -> str:
    return json_dump.dumps(data)


@pytest.fixture
def data() -> model.WorkshopData:
    """A capture board with voted notes and a prioritisation board with three candidates."""
    workshop = model.WorkshopData(model.Workshop(title="Loans", date=TODAY, vote_budget=5))
    workshop.boards += [
        model.Board(1, model.BoardKind.CAPTURE, "Ideas", 0),
        model.Board(2, model.BoardKind.PRIORITISE, "Prioritisation", 1),
    ]
    workshop.teams.append(model.Team(1, "Sun", "#FFD54F"))
    workshop.notes += [
        model.Note(1, 1, "Pay in the app"),
        model.Note(2, 1, "SMS reminder"),
    ]
    workshop.votes.append(model.Vote(1, 1, model.VoterKind.TEAM, 1, 3))
    workshop.candidates += [
        Candidate(1, 2, "Pay in the app", note_id=1, origin=Origin.CAPTURE.value),
        Candidate(2, 2, "SMS reminder", note_id=2, origin=Origin.CAPTURE.value),
        Candidate(3, 2, "Loyalty points"),
    ]
    return workshop


def check_edit_and_undo(
    data: model.WorkshopData, make: Callable[[model.WorkshopData], list[edits.Pair]]
) -> list[edits.Pair]:
    """Apply the edit, then its inverse: the workshop must be exactly as before."""
    before = snapshot(data)
    pairs = make(data)
    assert pairs, "the edit changed nothing"
    apply(data, pairs)
    after = snapshot(data)
    assert after != before
    undo(data, pairs)
    assert snapshot(data) == before
    apply(data, pairs)  # redo leaves the edit in place for the test's own checks
    assert snapshot(data) == after
    return pairs


# --- candidates and votes ----------------------------------------------------------------------


def test_add_typed_candidate_and_undo(data: model.WorkshopData) -> None:
    pairs = check_edit_and_undo(
        data, lambda d: prioritise_flow.add_candidate(d, 2, "  Cashback for early payment ")
    )
    (_, new), *_ = pairs
    assert isinstance(new, Candidate)
    assert new.id == 4 and new.text == "Cashback for early payment"
    assert new.origin == Origin.TYPED and new.note_id is None


def test_add_candidate_refuses_empty_text(data: model.WorkshopData) -> None:
    with pytest.raises(edits.EditRefused):
        prioritise_flow.add_candidate(data, 2, "   ")


def test_rename_and_remove_candidate_with_its_answers(data: model.WorkshopData) -> None:
    check_edit_and_undo(data, lambda d: prioritise_flow.rename_candidate(d, 3, "Points"))
    assert prioritise_flow.rename_candidate(data, 3, "Points") == []
    apply(data, prioritise_flow.set_kano_answer(data, 3, "Anna", 1, 3, today=TODAY))
    pairs = check_edit_and_undo(data, lambda d: prioritise_flow.remove_candidates(d, [3]))
    assert {type(before) for before, _ in pairs} == {Candidate, KanoAnswerRecord}
    assert [c.id for c in data.candidates] == [1, 2]
    assert data.kano_answers == []
    assert [n.id for n in data.notes] == [1, 2]  # the notes stay on their board


def test_votes_count_note_dots_plus_proxy_votes(data: model.WorkshopData) -> None:
    assert prioritise_flow.candidate_votes(data) == {1: 3, 2: 0, 3: 0}
    check_edit_and_undo(data, lambda d: prioritise_flow.proxy_vote(d, 3, 2))
    apply(data, prioritise_flow.proxy_vote(data, 1, 1))
    assert prioritise_flow.candidate_votes(data) == {1: 4, 2: 0, 3: 2}
    check_edit_and_undo(data, lambda d: prioritise_flow.proxy_vote(d, 3, -1))
    assert prioritise_flow.candidate_votes(data)[3] == 1


def test_proxy_votes_never_go_below_zero(data: model.WorkshopData) -> None:
    with pytest.raises(FlowRefused) as refused:
        prioritise_flow.proxy_vote(data, 2, -1)
    assert refused.value.field == "votes"
    assert "SMS reminder" in str(refused.value)


# --- Kano quick mode and answers ---------------------------------------------------------------


def test_quick_kano_class_is_dated_and_undoable(data: model.WorkshopData) -> None:
    pairs = check_edit_and_undo(
        data,
        lambda d: prioritise_flow.set_kano_class(d, [1, 2], KanoCategory.M, today=TODAY),
    )
    assert len(pairs) == 2
    assert all(c.kano is KanoCategory.M and c.kano_dated == TODAY for c in data.candidates[:2])
    assert prioritise_flow.results_date(data, 2) == TODAY
    check_edit_and_undo(data, lambda d: prioritise_flow.set_kano_class(d, [1], None))
    assert data.candidates[0].kano is None and data.candidates[0].kano_dated == ""


def test_today_is_the_default_date(data: model.WorkshopData) -> None:
    import datetime

    (_, after), *_ = prioritise_flow.set_kano_class(data, [1], KanoCategory.A)
    assert after.kano_dated == datetime.date.today().isoformat()


def test_a_grid_cell_records_changes_and_removes_an_answer(data: model.WorkshopData) -> None:
    pairs = check_edit_and_undo(
        data, lambda d: prioritise_flow.set_kano_answer(d, 1, "Anna", 2, 5, today=TODAY)
    )
    assert len(pairs) == 2  # the answer and the candidate's new result date
    assert data.kano_answers == [KanoAnswerRecord(1, 1, "Anna", 2, 5)]
    assert prioritise_flow.effective_categories(data)[1] is KanoCategory.M
    check_edit_and_undo(
        data, lambda d: prioritise_flow.set_kano_answer(d, 1, "Anna", 1, 3, today=TODAY)
    )
    assert prioritise_flow.effective_categories(data)[1] is KanoCategory.A
    # Half a cell is no answer: the stored pair goes.
    check_edit_and_undo(
        data, lambda d: prioritise_flow.set_kano_answer(d, 1, "Anna", 1, None, today=TODAY)
    )
    assert data.kano_answers == []


def test_a_grid_row_is_one_edit(data: model.WorkshopData) -> None:
    pairs = check_edit_and_undo(
        data,
        lambda d: prioritise_flow.set_respondent_answers(
            d, "Boris", {1: (2, 5), 2: (1, 5), 3: (3, 3)}, today=TODAY
        ),
    )
    assert sum(isinstance(after, KanoAnswerRecord) for _, after in pairs) == 3
    assert prioritise_flow.respondents(data, 2) == ["Boris"]
    assert prioritise_flow.next_respondent_name(data, 2) == "Respondent 2"


def test_answers_are_checked_and_name_the_field(data: model.WorkshopData) -> None:
    with pytest.raises(FlowRefused) as refused:
        prioritise_flow.set_kano_answer(data, 1, "Anna", 1, 7)
    assert refused.value.field == "dysfunctional"
    with pytest.raises(FlowRefused) as refused:
        prioritise_flow.set_kano_answer(data, 1, "  ", 1, 2)
    assert refused.value.field == "respondent"


def test_rename_respondent_and_remove_answers(data: model.WorkshopData) -> None:
    apply(data, prioritise_flow.set_respondent_answers(data, "A", {1: (2, 5), 2: (2, 5)}))
    apply(data, prioritise_flow.set_respondent_answers(data, "B", {1: (1, 3)}))
    check_edit_and_undo(data, lambda d: prioritise_flow.rename_respondent(d, 2, "A", "Anna"))
    assert prioritise_flow.respondents(data, 2) == ["Anna", "B"]
    with pytest.raises(FlowRefused):
        prioritise_flow.rename_respondent(data, 2, "Anna", "B")
    check_edit_and_undo(data, lambda d: prioritise_flow.remove_answers(d, respondent_names=["B"]))
    check_edit_and_undo(data, lambda d: prioritise_flow.remove_answers(d, candidate_ids=[2]))
    assert [(a.respondent, a.candidate_id) for a in data.kano_answers] == [("Anna", 1)]


# --- Kano CSV import ---------------------------------------------------------------------------

HEADER = "candidate,respondent,functional,dysfunctional"


def test_csv_import_by_text_and_by_id_is_one_edit(data: model.WorkshopData) -> None:
    text = f"{HEADER}\nPay in the app,Anna,2,5\n2,Anna,1,5\n#3,Anna,1,3\nPay in the app,Boris,2,5\n"
    pairs = check_edit_and_undo(
        data, lambda d: prioritise_flow.import_kano_csv(d, 2, text, today=TODAY)
    )
    assert sum(isinstance(after, KanoAnswerRecord) for _, after in pairs) == 4
    categories = prioritise_flow.effective_categories(data)
    assert categories == {1: KanoCategory.M, 2: KanoCategory.O, 3: KanoCategory.A}
    assert len({a.id for a in data.kano_answers}) == 4


def test_csv_import_replaces_a_respondents_earlier_answer(data: model.WorkshopData) -> None:
    apply(data, prioritise_flow.set_kano_answer(data, 1, "Anna", 1, 3, today=TODAY))
    pairs = prioritise_flow.import_kano_csv(data, 2, f"{HEADER}\nPay in the app,Anna,2,5\n")
    apply(data, pairs)
    assert [(a.functional, a.dysfunctional) for a in data.kano_answers] == [(2, 5)]


@pytest.mark.parametrize(
    ("body", "line", "field", "words"),
    [
        ("Pay in the app,Anna,2,5\nNo such idea,Anna,1,3\n", 3, "candidate", "No such idea"),
        ("Pay in the app,Anna,2,5\n\n99,Anna,1,3\n", 4, "candidate", "99"),
        ("Pay in the app,Anna,2,5\nSMS reminder,Anna,6,3\n", 3, "functional", "6"),
        ("Pay in the app,Anna,2,5\n1,Anna,1,3\n", 3, "respondent", "line 2"),
    ],
)
def test_csv_import_is_all_or_nothing_and_names_the_line(
    data: model.WorkshopData, body: str, line: int, field: str, words: str
) -> None:
    before = snapshot(data)
    with pytest.raises(FlowRefused) as refused:
        prioritise_flow.import_kano_csv(data, 2, f"{HEADER}\n{body}")
    assert refused.value.line == line
    assert refused.value.field == field
    assert f"Line {line}" in str(refused.value)
    assert words in str(refused.value)
    assert snapshot(data) == before


def test_csv_import_refuses_ambiguous_text_and_speaks_russian(data: model.WorkshopData) -> None:
    data.candidates.append(Candidate(4, 2, "Loyalty points"))
    data.workshop.language = "ru"
    with pytest.raises(FlowRefused) as refused:
        prioritise_flow.import_kano_csv(data, 2, f"{HEADER}\nLoyalty points,Anna,1,3\n")
    assert refused.value.line == 2
    assert str(refused.value).startswith("Строка 2")


def test_csv_import_only_matches_candidates_of_that_board(data: model.WorkshopData) -> None:
    data.boards.append(model.Board(3, model.BoardKind.PRIORITISE, "Other", 2))
    data.candidates.append(Candidate(4, 3, "Elsewhere"))
    with pytest.raises(FlowRefused, match="Elsewhere"):
        prioritise_flow.import_kano_csv(data, 2, f"{HEADER}\nElsewhere,Anna,1,3\n")


# --- 2x2, scores and the score method ----------------------------------------------------------


def test_a_drag_on_the_matrix_is_one_edit_for_many_cards(data: model.WorkshopData) -> None:
    pairs = check_edit_and_undo(
        data,
        lambda d: prioritise_flow.place_on_matrix(d, {1: (8.04, 2.0), 2: (12.0, -3.0)}),
    )
    assert len(pairs) == 2
    assert (data.candidates[0].impact, data.candidates[0].effort) == (8.0, 2.0)
    assert (data.candidates[1].impact, data.candidates[1].effort) == (10.0, 0.0)
    check_edit_and_undo(data, lambda d: prioritise_flow.place_on_matrix(d, {1: None}))
    assert data.candidates[0].impact is None
    assert prioritise_flow.place_on_matrix(data, {2: (10.0, 0.0)}) == []


def test_rice_fields_are_validated_and_parsed(data: model.WorkshopData) -> None:
    check_edit_and_undo(
        data,
        lambda d: prioritise_flow.set_score_fields(
            d, 1, reach="1 000", rice_impact="0,5", confidence="80%", effort_months=2
        ),
    )
    first = data.candidates[0]
    assert (first.reach, first.rice_impact, first.confidence, first.effort_months) == (
        1000.0,
        0.5,
        80.0,
        2.0,
    )
    assert prioritise_flow.candidate_scores(data)[1] == pytest.approx(200.0)
    check_edit_and_undo(data, lambda d: prioritise_flow.set_score_fields(d, 1, reach=""))
    assert data.candidates[0].reach is None
    assert prioritise_flow.candidate_scores(data)[1] is None


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("reach", "-5", "Reach cannot be negative"),
        ("reach", "lots", "Reach must be a number"),
        ("rice_impact", "4", "Impact must be one of 0.25, 0.5, 1, 2, 3"),
        ("confidence", "120", "Confidence must be from 0 to 100 percent"),
        ("effort_months", "0", "Effort in person-months must be greater than 0"),
        ("ice_ease", "2.5", "Ease must be a whole number from 1 to 10"),
        ("ice_impact", "11", "Impact must be a whole number from 1 to 10"),
        ("impact", "11", "Impact on the 2x2 must be from 0 to 10"),
    ],
)
def test_score_errors_name_the_field(
    data: model.WorkshopData, field: str, value: str, words: str
) -> None:
    with pytest.raises(FlowRefused) as refused:
        prioritise_flow.set_score_fields(data, 1, **{field: value})
    assert refused.value.field == field
    assert words in str(refused.value)


def test_ice_scores_and_the_workshop_score_method(data: model.WorkshopData) -> None:
    check_edit_and_undo(
        data,
        lambda d: prioritise_flow.set_score_fields(
            d, 2, ice_impact=8, ice_confidence="7", ice_ease=5.0
        ),
    )
    assert data.candidates[1].ice_confidence == 7
    assert prioritise_flow.candidate_scores(data)[2] is None  # the workshop uses RICE
    workshop = prioritise_flow.set_score_method(data.workshop, "ice")
    assert workshop.score_method == "ice" and data.workshop.score_method == "rice"
    data.workshop = workshop
    assert prioritise_flow.candidate_scores(data)[2] == 280.0
    with pytest.raises(FlowRefused) as refused:
        prioritise_flow.set_score_method(data.workshop, "wsjf")
    assert refused.value.field == "method"


# --- release slices ----------------------------------------------------------------------------


def test_default_slices_in_the_workshop_language(data: model.WorkshopData) -> None:
    check_edit_and_undo(data, lambda d: prioritise_flow.create_default_slices(d, 2))
    slices = prioritise_flow.board_slices(data, 2)
    assert [(s.name, s.budget) for s in slices] == [
        ("MVP 1", 6.0),
        ("MVP 2", 6.0),
        ("Later", 0.0),
        ("Won't", 0.0),
    ]
    assert prioritise_flow.create_default_slices(data, 2) == []
    data.workshop.language = "ru"
    names = [after.name for _, after in prioritise_flow.create_default_slices(data, 2)]
    assert names == ["Позже", "Не делаем"]  # MVP 1 and MVP 2 are spelt alike


def test_slice_edits_and_their_undo(data: model.WorkshopData) -> None:
    apply(data, prioritise_flow.create_default_slices(data, 2, budgets=(4, 6)))
    mvp1, mvp2, later, _wont = prioritise_flow.board_slices(data, 2)
    check_edit_and_undo(data, lambda d: prioritise_flow.rename_slice(d, later.id, " Someday "))
    assert prioritise_flow.board_slices(data, 2)[2].name == "Someday"
    with pytest.raises(FlowRefused):
        prioritise_flow.rename_slice(data, later.id, "  ")
    check_edit_and_undo(data, lambda d: prioritise_flow.set_slice_budget(d, mvp1.id, "7,5"))
    assert prioritise_flow.board_slices(data, 2)[0].budget == 7.5
    with pytest.raises(FlowRefused) as refused:
        prioritise_flow.set_slice_budget(data, mvp1.id, -1)
    assert refused.value.field == "budget"
    pairs = check_edit_and_undo(
        data, lambda d: prioritise_flow.update_slice(d, mvp2.id, "Beta", "4")
    )
    assert len(pairs) == 1
    assert (pairs[0][1].name, pairs[0][1].budget) == ("Beta", 4.0)
    check_edit_and_undo(data, lambda d: prioritise_flow.add_slice(d, 2, "Pilot", 3))
    assert prioritise_flow.board_slices(data, 2)[-1].name == "Pilot"
    check_edit_and_undo(data, lambda d: prioritise_flow.assign_to_slice(d, [1, 2], mvp2.id))
    assert [c.slice_id for c in data.candidates] == [mvp2.id, mvp2.id, None]
    pairs = check_edit_and_undo(data, lambda d: prioritise_flow.remove_slice(d, mvp2.id))
    assert len(pairs) == 3
    assert [c.slice_id for c in data.candidates] == [None, None, None]
    check_edit_and_undo(data, lambda d: prioritise_flow.set_moscow(d, [1, 3], MoSCoW.MUST))
    assert [c.moscow for c in data.candidates] == ["must", None, "must"]


def test_suggested_cut_fills_the_first_slice_in_one_edit(data: model.WorkshopData) -> None:
    apply(data, prioritise_flow.create_default_slices(data, 2, budgets=(3, 6)))
    mvp1 = prioritise_flow.first_slice(data, 2)
    data.candidates.append(Candidate(4, 2, "Nobody wants it", moscow=MoSCoW.WONT.value))
    apply(data, prioritise_flow.set_kano_class(data, [1], KanoCategory.M, today=TODAY))
    apply(data, prioritise_flow.set_kano_class(data, [2, 4], KanoCategory.O, today=TODAY))
    apply(data, prioritise_flow.set_kano_class(data, [3], KanoCategory.A, today=TODAY))
    for candidate_id in (1, 2, 3):  # only items sized in person-months are budgeted
        apply(data, prioritise_flow.set_score_fields(data, candidate_id, effort_months=1))
    # Candidate 3 sits in MVP 1 already; the cut takes it again, 4 is "Won't".
    apply(data, prioritise_flow.assign_to_slice(data, [3, 4], mvp1.id))
    suggestion = prioritise_flow.suggest_cut(data, 2)
    assert suggestion.chosen == [1, 2, 3]
    assert 4 not in {i for i, _ in suggestion.reasons}
    pairs = check_edit_and_undo(
        data, lambda d: prioritise_flow.apply_cut(d, 2, mvp1.id, suggestion.chosen)
    )
    assert [after.id for _, after in pairs] == [1, 2, 4]
    assert {c.id for c in data.candidates if c.slice_id == mvp1.id} == {1, 2, 3}


def test_the_cut_needs_slices_and_a_budget(data: model.WorkshopData) -> None:
    with pytest.raises(FlowRefused, match="no release slices"):
        prioritise_flow.suggest_cut(data, 2)
    apply(data, prioritise_flow.create_default_slices(data, 2, budgets=(0,)))
    with pytest.raises(FlowRefused, match='"MVP 1"') as refused:
        prioritise_flow.suggest_cut(data, 2)
    assert refused.value.field == "budget"


def test_pareto_rows_use_the_board_scores(data: model.WorkshopData) -> None:
    for candidate_id, reach in ((1, 300), (2, 100), (3, 0)):
        apply(
            data,
            prioritise_flow.set_score_fields(
                data, candidate_id, reach=reach, rice_impact=1, confidence=100, effort_months=1
            ),
        )
    rows = prioritise_flow.pareto_rows(data, 2)
    assert [row.candidate_id for row in rows] == [1, 2, 3]
    assert rows[-1].cumulative_share == 1.0


# --- dump round trip and CSV export ------------------------------------------------------------


def test_importing_a_dump_with_answers_recomputes_categories(
    data: model.WorkshopData, tmp_path: Path
) -> None:
    # The stored quick class says Indifferent; three respondents say Must-be.
    data.candidates[0].kano = KanoCategory.I
    for respondent in ("A", "B", "C"):
        apply(data, prioritise_flow.set_kano_answer(data, 1, respondent, 2, 5, today=TODAY))
    dump = json.loads(json_dump.dumps(data))
    assert dump["kano_answers"][0] == {
        "candidate": 1,
        "dysfunctional": 5,
        "functional": 2,
        "id": 1,
        "respondent": "A",
    }
    source = tmp_path / "dump.json"
    source.write_text(json.dumps(dump), encoding="utf-8")
    target = tmp_path / "imported.pointb"
    interchange.create_from_dump(target, source)
    opened = WorkshopFile.open(target, read_only=True)
    try:
        imported = opened.data
    finally:
        opened.close()
    categories = prioritise_flow.effective_categories(imported)
    assert categories[1] is KanoCategory.M
    assert categories[3] is None
    assert "Must-be" in prioritise_flow.candidates_csv(imported)


def test_candidates_csv_columns_values_and_neutralisation(data: model.WorkshopData) -> None:
    apply(data, prioritise_flow.create_default_slices(data, 2))
    apply(data, prioritise_flow.assign_to_slice(data, [1], data.slices[0].id))
    apply(data, prioritise_flow.set_kano_class(data, [2], KanoCategory.A, today=TODAY))
    apply(data, prioritise_flow.set_respondent_answers(data, "A", {1: (2, 5)}, today=TODAY))
    apply(data, prioritise_flow.set_respondent_answers(data, "B", {1: (1, 5)}, today=TODAY))
    apply(
        data,
        prioritise_flow.set_score_fields(
            data, 1, reach=150, rice_impact=2, confidence=50, effort_months=3
        ),
    )
    apply(data, prioritise_flow.rename_candidate(data, 3, '=HYPERLINK("x")'))
    apply(data, prioritise_flow.proxy_vote(data, 3, 2))
    rows = list(csv.reader(io.StringIO(prioritise_flow.candidates_csv(data))))
    assert rows[0] == list(prioritise_flow.CANDIDATE_CSV_COLUMNS)
    assert rows[1] == [
        "Pay in the app",
        "From the capture board",
        # M and O tie at 50 %: the tie rule picks Must-be, and the CSV says so
        "Must-be (tie with Performance, 1 each; M > O > A > I decides; "
        "only 2 answers, fewer than 10: a small sample)",
        "0.5",
        "-1",  # Worse keeps its sign (Berger et al.); plain numbers are not disarmed
        "3",
        "50",
        "MVP 1",
    ]
    assert rows[2][:3] == ["SMS reminder", "From the capture board", 'Attractive ("wow")']
    assert rows[2][3:5] == ["", ""]  # a quick class has no Better/Worse
    assert rows[3] == ['\'=HYPERLINK("x")', "Typed in", "", "", "", "2", "", ""]


def test_candidates_csv_is_registered_for_the_export_command(
    data: model.WorkshopData, tmp_path: Path
) -> None:
    assert interchange.EXTRA_CSV["candidates"] is prioritise_flow.candidates_csv
    out = tmp_path / "c.csv"
    interchange.export_data(copy.deepcopy(data), out, board="candidates")
    assert out.read_text(encoding="utf-8").startswith("text,origin,kano,better,worse,")


def test_candidates_csv_speaks_the_workshop_language(data: model.WorkshopData) -> None:
    data.workshop.language = "ru"
    apply(data, prioritise_flow.set_kano_class(data, [1], KanoCategory.M, today=TODAY))
    text = prioritise_flow.candidates_csv(data)
    assert "С доски идей" in text and "Обязательное" in text


# --- promotion and the board summary -----------------------------------------------------------


def test_promotable_notes_are_sorted_by_votes_and_skip_promoted_ones(
    data: model.WorkshopData,
) -> None:
    data.candidates.clear()
    data.notes.append(model.Note(3, 1, "Third", role=model.NoteRole.IDEA))
    data.votes.append(model.Vote(2, 3, model.VoterKind.TEAM, 1, 1))
    assert [n.id for n in prioritise_flow.promotable_notes(data, 2)] == [1, 3, 2]
    pairs = check_edit_and_undo(data, lambda d: prioritise_flow.promote_notes(d, 2, [3, 1, 3]))
    assert [(after.note_id, after.origin) for _, after in pairs] == [
        (3, Origin.CAPTURE),
        (1, Origin.CAPTURE),
    ]
    assert [n.id for n in prioritise_flow.promotable_notes(data, 2)] == [2]
    assert prioritise_flow.promote_notes(data, 2, [1]) == []


def test_reverse_solutions_and_good_ideas_can_be_promoted_bad_ideas_cannot(
    data: model.WorkshopData,
) -> None:
    data.boards.append(model.Board(3, model.BoardKind.REVERSE, "Good/bad", 2))
    data.notes += [
        model.Note(10, 3, "Bad", role=model.NoteRole.BAD),
        model.Note(11, 3, "Solution", role=model.NoteRole.SOLUTION, source_note_id=10),
        model.Note(12, 3, "Good", role=model.NoteRole.GOOD, parked=True),
    ]
    ids = [n.id for n in prioritise_flow.promotable_notes(data, 2)]
    assert 10 not in ids and {11, 12} <= set(ids)
    pairs = prioritise_flow.promote_notes(data, 2, [11, 12])
    origins = [after.origin for _, after in pairs]
    assert origins == [Origin.REVERSE_SOLUTION, Origin.REVERSE_GOOD]


def test_board_summary_holds_what_every_view_shows(data: model.WorkshopData) -> None:
    apply(data, prioritise_flow.create_default_slices(data, 2))
    apply(data, prioritise_flow.set_kano_class(data, [2], KanoCategory.A, today=TODAY))
    apply(data, prioritise_flow.set_kano_answer(data, 1, "Anna", 2, 5, today=TODAY))
    summary = prioritise_flow.board_summary(data, 2)
    assert [c.id for c in summary.candidates] == [1, 2, 3]
    assert summary.categories == {1: KanoCategory.M, 2: KanoCategory.A, 3: None}
    assert set(summary.results) == {1}
    assert summary.votes == {1: 3, 2: 0, 3: 0}
    assert summary.results_date == TODAY
    assert [s.name for s in summary.slices] == ["MVP 1", "MVP 2", "Later", "Won't"]
    assert summary.slice_name(summary.slices[0].id) == "MVP 1"
    assert summary.candidate(3) is not None and summary.candidate(99) is None
