"""Edits on the prioritisation board, as pure functions returning `(before, after)` pairs.

The rules (Kano, RICE/ICE, slices, the suggested cut) live in `kano` and `prioritise`;
this module turns a facilitator's gesture into the entity changes it makes, the same way
`edits` does for notes. One call = one undo step. Values a person types are validated
here, and a refusal is an `edits.EditRefused` (so `controller.try_edit` shows it) that
also names the offending field and, for CSV imports, the line.

It also derives what every view shows the same way: the effective Kano category (the
questionnaire's when a candidate has answers, else the quick class), votes and scores.
"""

from __future__ import annotations

import dataclasses
import datetime
import math
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from app.domain import csv_ideas, cx_common, edits, kano, model, prioritise, promotion
from app.domain.i18n import N_
from app.domain.kano import FieldError, KanoAnswerRecord, KanoCategory, KanoResult
from app.domain.prioritise import Candidate, MoSCoW, Origin, ReleaseSlice
from app.domain.texts import normalise_language, render, shown

Pair = edits.Pair

MATRIX_MIN = 0.0  # the 2x2 axes run 0..10, the midpoint 5 splits the quadrants
MATRIX_MAX = 10.0
DEFAULT_SLICE_BUDGETS = (6.0, 6.0, 0.0, 0.0)  # person-months: MVP 1, MVP 2; 0 = no budget
CANDIDATE_CSV_COLUMNS = ("text", "origin", "kano", "better", "worse", "votes", "score", "slice")

# Candidate fields a person types on the Scores tab, by method.
RICE_FIELDS = ("reach", "rice_impact", "confidence", "effort_months")
ICE_FIELDS = ("ice_impact", "ice_confidence", "ice_ease")
SCORE_FIELDS = RICE_FIELDS + ICE_FIELDS
MATRIX_FIELDS = ("impact", "effort")

MESSAGES: dict[str, str] = {
    "matrix_range": N_("{label_cap} on the 2x2 must be from 0 to 10, not {value}."),
    "unknown_field": N_("\"{field}\" is not a score field."),
    "no_slices": N_("This board has no release slices yet; create them first."),
    "no_budget": N_("Give \"{slice}\" an effort budget first; the cut fills it up to the budget."),
    "empty_slice_name": N_("A slice needs a name."),
    "empty_respondent": N_("A respondent needs a name."),
    "respondent_exists": N_("There is already a respondent called \"{name}\"."),
    "no_votes_to_remove": N_("\"{text}\" has no proxy votes to take back."),
    "respondent_default": N_("Respondent {number}"),
    "board_title": N_("Prioritisation"),
}

# Field labels come from the prioritise catalogue so both modules name a field alike.
CATALOGUE: dict[str, str] = {**prioritise.MESSAGES, **MESSAGES}


class FlowRefused(edits.EditRefused):
    """A refused prioritisation edit; `field` and `line` say where the problem is."""

    def __init__(self, message: str, field: str | None = None, line: int | None = None) -> None:
        super().__init__(message)
        self.field = field
        self.line = line


def _refusal(error: FieldError, language: str) -> FlowRefused:
    line = error.line if isinstance(error, kano.CsvError) else None
    return FlowRefused(error.describe(language), error.field, line)


def _language(data: model.WorkshopData) -> str:
    return normalise_language(data.workshop.language)


def _today(today: str | None) -> str:
    return today if today is not None else datetime.date.today().isoformat()


# --- reading the board -------------------------------------------------------------------------
def board_candidates(data: model.WorkshopData, board_id: int) -> list[Candidate]:
    return sorted((c for c in data.candidates if c.board_id == board_id), key=lambda c: c.id)


def board_slices(data: model.WorkshopData, board_id: int) -> list[ReleaseSlice]:
    return sorted(
        (s for s in data.slices if s.board_id == board_id), key=lambda s: (s.position, s.id)
    )


def kano_results(data: model.WorkshopData) -> dict[int, KanoResult]:
    """Questionnaire results per candidate with answers (recomputed, never stored)."""
    return kano.results_by_candidate(data.kano_answers)


def effective_categories(
    data: model.WorkshopData, results: Mapping[int, KanoResult] | None = None
) -> dict[int, KanoCategory | None]:
    """Every candidate's category as all views show it: answers win over the quick class.

    This is also how a JSON import "recomputes" categories: answers are the truth, a
    stored quick class only fills in for candidates nobody answered about.
    """
    results = kano_results(data) if results is None else results
    return {c.id: prioritise.effective_category(c, results.get(c.id)) for c in data.candidates}


def candidate_votes(data: model.WorkshopData) -> dict[int, int]:
    """Dots per candidate: its note's dot votes (capture board voting) plus proxy votes.

    Typed candidates have no note, so the facilitator records the room's dots on the
    candidate itself (`votes`, the +/- buttons); that field adds to a note's dots too.
    """
    note_votes = data.vote_totals()
    return {
        c.id: c.votes + (note_votes.get(c.note_id, 0) if c.note_id is not None else 0)
        for c in data.candidates
    }


def candidate_score(candidate: Candidate, method: str) -> float | None:
    """The candidate's score, or None when an input is missing or out of range."""
    try:
        return prioritise.score(candidate, method)
    except FieldError:
        return None


def candidate_scores(data: model.WorkshopData) -> dict[int, float | None]:
    method = data.workshop.score_method
    return {c.id: candidate_score(c, method) for c in data.candidates}


def respondents(data: model.WorkshopData, board_id: int) -> list[str]:
    """Respondent names on the board, in the order they first answered."""
    on_board = {c.id for c in data.candidates if c.board_id == board_id}
    names: list[str] = []
    for record in sorted(data.kano_answers, key=lambda r: r.id):
        if record.candidate_id in on_board and record.respondent not in names:
            names.append(record.respondent)
    return names


def next_respondent_name(data: model.WorkshopData, board_id: int) -> str:
    taken = set(respondents(data, board_id))
    number = len(taken) + 1
    while True:
        name = render(MESSAGES, "respondent_default", _language(data), number=number)
        if name not in taken:
            return name
        number += 1


def results_date(data: model.WorkshopData, board_id: int) -> str:
    """The date of the newest Kano result on the board ('' when nothing is classified)."""
    dates = [c.kano_dated for c in board_candidates(data, board_id) if c.kano_dated]
    return max(dates, default="")


@dataclasses.dataclass
class BoardSummary:
    """Everything the board's views show, derived once per change (UI and PDF alike)."""

    board_id: int
    language: str
    method: str  # "rice" or "ice"
    candidates: list[Candidate]
    results: dict[int, KanoResult]  # questionnaire results, for candidates with answers
    categories: dict[int, KanoCategory | None]  # effective: answers win over quick class
    votes: dict[int, int]
    scores: dict[int, float | None]
    slices: list[ReleaseSlice]
    loads: dict[int, prioritise.SliceLoad]
    results_date: str

    def candidate(self, candidate_id: int) -> Candidate | None:
        return next((c for c in self.candidates if c.id == candidate_id), None)

    def slice_name(self, slice_id: int | None) -> str:
        return next((s.name for s in self.slices if s.id == slice_id), "")


def board_summary(data: model.WorkshopData, board_id: int) -> BoardSummary:
    candidates = board_candidates(data, board_id)
    on_board = {c.id for c in candidates}
    results = {
        candidate_id: result
        for candidate_id, result in kano_results(data).items()
        if candidate_id in on_board
    }
    categories = effective_categories(data, results)
    votes = candidate_votes(data)
    scores = candidate_scores(data)
    return BoardSummary(
        board_id=board_id,
        language=_language(data),
        method=data.workshop.score_method,
        candidates=candidates,
        results=results,
        categories={i: categories[i] for i in on_board},
        votes={i: votes[i] for i in on_board},
        scores={i: scores[i] for i in on_board},
        slices=board_slices(data, board_id),
        loads=slice_loads(data, board_id),
        results_date=results_date(data, board_id),
    )


# --- candidates --------------------------------------------------------------------------------
def promotable_notes(data: model.WorkshopData, board_id: int) -> list[model.Note]:
    """Notes the room could promote here, most-voted first: capture ideas, good/bad
    solutions and parked good ideas (bad ideas are raw material, not outcomes)."""
    promoted = {c.note_id for c in data.candidates if c.board_id == board_id}
    boards = {b.id: b for b in data.boards}
    totals = data.vote_totals()
    eligible = [
        n
        for n in data.notes
        if n.id not in promoted
        and n.role in promotion.ORIGIN_BY_ROLE
        and (board := boards.get(n.board_id)) is not None
        and board.kind in (model.BoardKind.CAPTURE, model.BoardKind.REVERSE)
        and (not n.parked or n.role == model.NoteRole.GOOD)
    ]
    return sorted(eligible, key=lambda n: (-totals.get(n.id, 0), n.id))


def promote_notes(data: model.WorkshopData, board_id: int, note_ids: Iterable[int]) -> list[Pair]:
    """Candidates on this board for notes not yet promoted to it, keeping their lineage."""
    notes = {n.id: n for n in data.notes}
    already = {c.note_id for c in data.candidates if c.board_id == board_id}
    next_candidate = edits.next_id(data.candidates)
    slot = sum(1 for c in data.candidates if c.board_id == board_id)
    pairs: list[Pair] = []
    for note_id in note_ids:
        note = notes.get(note_id)
        if note is None or note_id in already:
            continue
        origin = promotion.ORIGIN_BY_ROLE.get(note.role, Origin.CAPTURE)
        candidate = Candidate(
            id=next_candidate,
            board_id=board_id,
            text=note.text,
            note_id=note.id,
            origin=origin.value,
            x=(slot % 6) * (model.NOTE_WIDTH + 20),
            y=(slot // 6) * (model.NOTE_HEIGHT + 20),
        )
        pairs.append((None, candidate))
        already.add(note_id)
        next_candidate += 1
        slot += 1
    return pairs


def _candidate(data: model.WorkshopData, candidate_id: int) -> Candidate:
    for candidate in data.candidates:
        if candidate.id == candidate_id:
            return candidate
    raise KeyError(candidate_id)


def _candidates(data: model.WorkshopData, candidate_ids: Iterable[int]) -> list[Candidate]:
    wanted = set(candidate_ids)
    return [c for c in sorted(data.candidates, key=lambda c: c.id) if c.id in wanted]


def add_candidate(data: model.WorkshopData, board_id: int, text: str) -> list[Pair]:
    """A candidate typed straight onto the board (origin "typed")."""
    slot = sum(1 for c in data.candidates if c.board_id == board_id)
    candidate = Candidate(
        id=edits.next_id(data.candidates),
        board_id=board_id,
        text=edits.clean_text(text, _language(data)),
        origin=Origin.TYPED.value,
        x=(slot % 6) * (model.NOTE_WIDTH + 20),
        y=(slot // 6) * (model.NOTE_HEIGHT + 20),
    )
    return [(None, candidate)]


def rename_candidate(data: model.WorkshopData, candidate_id: int, text: str) -> list[Pair]:
    candidate = _candidate(data, candidate_id)
    cleaned = edits.clean_text(text, _language(data))
    return [] if cleaned == candidate.text else [edits.replace(candidate, text=cleaned)]


def remove_candidates(data: model.WorkshopData, candidate_ids: Iterable[int]) -> list[Pair]:
    """Candidates go with their questionnaire answers; their notes stay on their boards."""
    doomed = set(candidate_ids)
    pairs: list[Pair] = [(a, None) for a in data.kano_answers if a.candidate_id in doomed]
    pairs += [(c, None) for c in data.candidates if c.id in doomed]
    pairs += cx_common.unlink_candidates(data, doomed)
    return pairs


def proxy_vote(data: model.WorkshopData, candidate_id: int, delta: int) -> list[Pair]:
    """Record (or take back) the room's dots on a candidate; never below zero."""
    candidate = _candidate(data, candidate_id)
    if candidate.votes + delta < 0:
        raise FlowRefused(
            render(
                MESSAGES,
                "no_votes_to_remove",
                _language(data),
                text=prioritise._short(candidate.text),
            ),
            "votes",
        )
    return [] if delta == 0 else [edits.replace(candidate, votes=candidate.votes + delta)]


# --- Kano --------------------------------------------------------------------------------------
def set_kano_class(
    data: model.WorkshopData,
    candidate_ids: Iterable[int],
    category: KanoCategory | None,
    today: str | None = None,
) -> list[Pair]:
    """Quick mode: the group sorts cards into a class (None takes it back out); dated."""
    dated = _today(today) if category is not None else ""
    return [
        edits.replace(c, kano=category, kano_dated=dated)
        for c in _candidates(data, candidate_ids)
        if (c.kano, c.kano_dated) != (category, dated)
    ]


def _check_respondent(data: model.WorkshopData, respondent: str) -> str:
    name = " ".join(respondent.split())
    if not name:
        raise FlowRefused(render(MESSAGES, "empty_respondent", _language(data)), "respondent")
    return name


def _check_answer_pair(
    data: model.WorkshopData, functional: int, dysfunctional: int
) -> tuple[int, int]:
    try:
        kano.classify(functional, dysfunctional)
    except FieldError as error:
        raise _refusal(error, _language(data)) from None
    return functional, dysfunctional


def _answer_pairs(
    data: model.WorkshopData,
    answers: Mapping[tuple[str, int], tuple[int, int] | None],
    today: str,
) -> list[Pair]:
    """Pairs for (respondent, candidate id) -> answer pair, or None to remove the answer."""
    existing = {(a.respondent, a.candidate_id): a for a in data.kano_answers}
    next_answer = edits.next_id(data.kano_answers)
    pairs: list[Pair] = []
    touched: set[int] = set()
    for (respondent, candidate_id), answer in answers.items():
        _candidate(data, candidate_id)  # a KeyError for a candidate that does not exist
        old = existing.get((respondent, candidate_id))
        if answer is None:
            if old is not None:
                pairs.append((old, None))
                touched.add(candidate_id)
            continue
        functional, dysfunctional = _check_answer_pair(data, *answer)
        if old is None:
            record = KanoAnswerRecord(
                next_answer, candidate_id, respondent, functional, dysfunctional
            )
            next_answer += 1
            pairs.append((None, record))
        elif (old.functional, old.dysfunctional) != (functional, dysfunctional):
            pairs.append(edits.replace(old, functional=functional, dysfunctional=dysfunctional))
        else:
            continue
        touched.add(candidate_id)
    # New answers re-date the result: the drift note tells how old the classes are.
    pairs += [
        edits.replace(c, kano_dated=today)
        for c in _candidates(data, touched)
        if c.kano_dated != today
    ]
    return pairs


def set_kano_answer(
    data: model.WorkshopData,
    candidate_id: int,
    respondent: str,
    functional: int | None,
    dysfunctional: int | None,
    today: str | None = None,
) -> list[Pair]:
    """One grid cell: both answers record the pair, neither removes it.

    A half-filled cell (one answer only) is no answer yet: it removes a stored pair.
    """
    name = _check_respondent(data, respondent)
    answer = None if functional is None or dysfunctional is None else (functional, dysfunctional)
    return _answer_pairs(data, {(name, candidate_id): answer}, _today(today))


def set_respondent_answers(
    data: model.WorkshopData,
    respondent: str,
    answers: Mapping[int, tuple[int, int] | None],
    today: str | None = None,
) -> list[Pair]:
    """One grid row: a respondent's answers on several candidates, as one edit."""
    name = _check_respondent(data, respondent)
    return _answer_pairs(
        data,
        {(name, candidate_id): answer for candidate_id, answer in answers.items()},
        _today(today),
    )


def rename_respondent(
    data: model.WorkshopData, board_id: int, old_name: str, new_name: str
) -> list[Pair]:
    name = _check_respondent(data, new_name)
    if name == old_name:
        return []
    if name in respondents(data, board_id):
        raise FlowRefused(
            render(MESSAGES, "respondent_exists", _language(data), name=name), "respondent"
        )
    on_board = {c.id for c in data.candidates if c.board_id == board_id}
    return [
        edits.replace(a, respondent=name)
        for a in data.kano_answers
        if a.respondent == old_name and a.candidate_id in on_board
    ]


def remove_answers(
    data: model.WorkshopData,
    candidate_ids: Iterable[int] | None = None,
    respondent_names: Iterable[str] | None = None,
) -> list[Pair]:
    """Answers on the given candidates and/or by the given respondents (None = any)."""
    candidates = None if candidate_ids is None else set(candidate_ids)
    names = None if respondent_names is None else set(respondent_names)
    return [
        (a, None)
        for a in data.kano_answers
        if (candidates is None or a.candidate_id in candidates)
        and (names is None or a.respondent in names)
    ]


def _resolve_candidate(
    row: kano.KanoCsvRow, by_text: Mapping[str, list[Candidate]], by_id: Mapping[int, Candidate]
) -> Candidate:
    """Exact text first (a candidate may be called "12"), then the id, with or without '#'."""
    matches = by_text.get(" ".join(row.candidate.split()), [])
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        raise kano.CsvError(
            row.line,
            "candidate",
            "csv_ambiguous_candidate",
            value=shown(row.candidate, quote=""),
            count=len(matches),
        )
    digits = row.candidate.removeprefix("#").strip()
    if digits.isascii() and digits.isdigit() and int(digits) in by_id:
        return by_id[int(digits)]
    shown_value = shown(row.candidate, quote="")
    raise kano.CsvError(row.line, "candidate", "csv_unknown_candidate", value=shown_value)


def import_kano_csv(
    data: model.WorkshopData, board_id: int, text: str, today: str | None = None
) -> list[Pair]:
    """Questionnaire answers from CSV as one edit: every row, or nothing.

    Rows name candidates of this board by exact text or by id. A respondent's earlier
    answer on the same candidate is replaced. The first bad row refuses the whole file,
    naming its line and column.
    """
    language = _language(data)
    candidates = board_candidates(data, board_id)
    by_text: dict[str, list[Candidate]] = {}
    for candidate in candidates:
        by_text.setdefault(" ".join(candidate.text.split()), []).append(candidate)
    by_id = {c.id: c for c in candidates}
    try:
        rows = kano.parse_kano_csv_rows(text)
        resolved = [(row, _resolve_candidate(row, by_text, by_id)) for row in rows]
    except FieldError as error:
        raise _refusal(error, language) from None

    # Two rows may name the same candidate once by text and once by id.
    first_line: dict[tuple[str, int], int] = {}
    answers: dict[tuple[str, int], tuple[int, int] | None] = {}
    for row, candidate in resolved:
        key = (" ".join(row.respondent.split()), candidate.id)
        if key in first_line:
            duplicate = kano.CsvError(
                row.line, "respondent", "csv_duplicate_answer", first_line=first_line[key]
            )
            raise _refusal(duplicate, language)
        first_line[key] = row.line
        answers[key] = (row.functional, row.dysfunctional)
    return _answer_pairs(data, answers, _today(today))


# --- the 2x2 and the scores --------------------------------------------------------------------
def _number(value: Any, field: str, language: str) -> float | None:
    """A typed value as a number: '' and None clear it; '2,5' and '80%' are accepted."""
    if value is None:
        return None
    if isinstance(value, str):
        text = value.strip().replace("\u00a0", "").replace(" ", "").rstrip("%").replace(",", ".")
        if not text:
            return None
        try:
            value = float(text)
        except ValueError:
            error = FieldError(CATALOGUE, "not_a_number", field, value=f'"{value.strip()}"')
            raise _refusal(error, language) from None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise _refusal(FieldError(CATALOGUE, "not_a_number", field, value=repr(value)), language)
    return float(value)


def _checked_score_field(field: str, value: Any, language: str) -> float | int | None:
    number = _number(value, field, language)
    if number is None:
        return None

    def fail(key: str, **params: object) -> FlowRefused:
        shown = prioritise.format_number(number, language)
        return _refusal(FieldError(CATALOGUE, key, field, value=shown, **params), language)

    if field == "reach":
        if number < 0:
            raise fail("negative")
        return number
    if field == "rice_impact":
        if number not in prioritise.RICE_IMPACTS:
            choices = ", ".join(
                prioritise.format_number(choice, language) for choice in prioritise.RICE_IMPACTS
            )
            raise fail("rice_impact_choice", choices=choices)
        return number
    if field == "confidence":
        if not 0 <= number <= 100:
            raise fail("percent_range")
        return number
    if field == "effort_months":
        if number <= 0:
            raise fail("not_positive")
        return number
    if field in ICE_FIELDS:
        low, high = prioritise.ICE_RANGE
        if not number.is_integer() or not low <= number <= high:
            raise fail("ice_range")
        return int(number)
    if field in MATRIX_FIELDS:
        if not MATRIX_MIN <= number <= MATRIX_MAX:
            raise fail("matrix_range")
        return number
    raise FlowRefused(render(MESSAGES, "unknown_field", language, field=field), field)


def set_score_fields(data: model.WorkshopData, candidate_id: int, **values: Any) -> list[Pair]:
    """Typed RICE/ICE (or 2x2) inputs: numbers or text; '' clears a field.

    Each value is checked on its own, so a half-scored candidate is fine; the first bad
    value refuses the edit and names its field.
    """
    language = _language(data)
    candidate = _candidate(data, candidate_id)
    changes = {
        field: _checked_score_field(field, value, language) for field, value in values.items()
    }
    changed = {k: v for k, v in changes.items() if getattr(candidate, k) != v}
    return [edits.replace(candidate, **changed)] if changed else []


def place_on_matrix(
    data: model.WorkshopData, positions: Mapping[int, tuple[float, float] | None]
) -> list[Pair]:
    """One drag on the 2x2: candidate id -> (impact, effort), or None back to the tray.

    Values are clamped to 0..10 (a card dropped past the edge sits on the edge) and
    rounded to a tenth, so a tiny wobble of the mouse does not look like a new estimate.
    """
    language = _language(data)
    pairs: list[Pair] = []
    for candidate in _candidates(data, positions):
        position = positions[candidate.id]
        if position is None:
            impact, effort = None, None
        else:
            raw_impact = _number(position[0], "impact", language)
            raw_effort = _number(position[1], "effort", language)
            assert raw_impact is not None and raw_effort is not None
            impact = round(min(MATRIX_MAX, max(MATRIX_MIN, raw_impact)), 1)
            effort = round(min(MATRIX_MAX, max(MATRIX_MIN, raw_effort)), 1)
        if (candidate.impact, candidate.effort) != (impact, effort):
            pairs.append(edits.replace(candidate, impact=impact, effort=effort))
    return pairs


def set_score_method(workshop: model.Workshop, method: str) -> model.Workshop:
    """The workshop with another score method; apply it with `controller.edit_workshop`."""
    if method not in prioritise.SCORE_METHODS:
        error = FieldError(prioritise.MESSAGES, "unknown_method", "method", value=repr(method))
        raise _refusal(error, normalise_language(workshop.language))
    return dataclasses.replace(workshop, score_method=method)


# --- release slices ----------------------------------------------------------------------------
def _slice(data: model.WorkshopData, slice_id: int) -> ReleaseSlice:
    for release_slice in data.slices:
        if release_slice.id == slice_id:
            return release_slice
    raise KeyError(slice_id)


def _slice_name(data: model.WorkshopData, name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise FlowRefused(render(MESSAGES, "empty_slice_name", _language(data)), "name")
    return cleaned


def _budget(data: model.WorkshopData, budget: Any) -> float:
    language = _language(data)
    value = _number(budget, "budget", language)
    value = 0.0 if value is None else value
    if value < 0:
        shown = prioritise.format_number(value, language)
        raise _refusal(FieldError(CATALOGUE, "negative", "budget", value=shown), language)
    return value


def create_default_slices(
    data: model.WorkshopData,
    board_id: int,
    budgets: Sequence[float] = DEFAULT_SLICE_BUDGETS,
) -> list[Pair]:
    """MVP 1, MVP 2, Later, Won't (in the workshop's language); names already there stay."""
    existing = board_slices(data, board_id)
    taken = {s.name.casefold() for s in existing}
    position = max((s.position for s in existing), default=-1) + 1
    next_slice = edits.next_id(data.slices)
    pairs: list[Pair] = []
    for index, name in enumerate(prioritise.default_slice_names(_language(data))):
        if name.casefold() in taken:
            continue
        budget = _budget(data, budgets[index] if index < len(budgets) else 0.0)
        pairs.append((None, ReleaseSlice(next_slice, board_id, name, position, budget)))
        next_slice += 1
        position += 1
    return pairs


def add_slice(
    data: model.WorkshopData, board_id: int, name: str, budget: float = 0.0
) -> list[Pair]:
    position = max((s.position for s in board_slices(data, board_id)), default=-1) + 1
    new = ReleaseSlice(
        edits.next_id(data.slices),
        board_id,
        _slice_name(data, name),
        position,
        _budget(data, budget),
    )
    return [(None, new)]


def rename_slice(data: model.WorkshopData, slice_id: int, name: str) -> list[Pair]:
    release_slice = _slice(data, slice_id)
    cleaned = _slice_name(data, name)
    return [] if cleaned == release_slice.name else [edits.replace(release_slice, name=cleaned)]


def set_slice_budget(data: model.WorkshopData, slice_id: int, budget: Any) -> list[Pair]:
    release_slice = _slice(data, slice_id)
    value = _budget(data, budget)
    return [] if value == release_slice.budget else [edits.replace(release_slice, budget=value)]


def update_slice(data: model.WorkshopData, slice_id: int, name: str, budget: Any) -> list[Pair]:
    """Name and budget from the slice dialog, as one edit (one pair for the slice)."""
    release_slice = _slice(data, slice_id)
    changed = dataclasses.replace(
        release_slice, name=_slice_name(data, name), budget=_budget(data, budget)
    )
    return [] if changed == release_slice else [(release_slice, changed)]


def remove_slice(data: model.WorkshopData, slice_id: int) -> list[Pair]:
    """The slice goes; its candidates go back to "not in a slice" (nothing is lost)."""
    release_slice = _slice(data, slice_id)
    pairs: list[Pair] = [
        edits.replace(c, slice_id=None) for c in data.candidates if c.slice_id == slice_id
    ]
    pairs += cx_common.unlink_slices(data, [slice_id])
    pairs.append((release_slice, None))
    return pairs


def assign_to_slice(
    data: model.WorkshopData, candidate_ids: Iterable[int], slice_id: int | None
) -> list[Pair]:
    if slice_id is not None:
        _slice(data, slice_id)
    return [
        edits.replace(c, slice_id=slice_id)
        for c in _candidates(data, candidate_ids)
        if c.slice_id != slice_id
    ]


def set_moscow(
    data: model.WorkshopData, candidate_ids: Iterable[int], moscow: MoSCoW | None
) -> list[Pair]:
    value = None if moscow is None else MoSCoW(moscow).value
    return [
        edits.replace(c, moscow=value)
        for c in _candidates(data, candidate_ids)
        if c.moscow != value
    ]


def slice_loads(data: model.WorkshopData, board_id: int) -> dict[int, prioritise.SliceLoad]:
    candidates = board_candidates(data, board_id)
    return {s.id: prioritise.slice_load(s, candidates) for s in board_slices(data, board_id)}


def first_slice(data: model.WorkshopData, board_id: int) -> ReleaseSlice:
    """The slice the cut fills: the leftmost one (MVP 1 unless renamed or reordered)."""
    slices = board_slices(data, board_id)
    if not slices:
        raise FlowRefused(render(MESSAGES, "no_slices", _language(data)), "slice")
    return slices[0]


def suggest_cut(
    data: model.WorkshopData, board_id: int, slice_id: int | None = None
) -> prioritise.CutSuggestion:
    """The suggested MVP for a slice (default the first), within its budget, explained.

    Candidates labelled Won't have this time are left out of the pool: the room decided.
    """
    language = _language(data)
    target = first_slice(data, board_id) if slice_id is None else _slice(data, slice_id)
    if target.budget <= 0:
        raise FlowRefused(render(MESSAGES, "no_budget", language, slice=target.name), "budget")
    pool = [c for c in board_candidates(data, board_id) if c.moscow != MoSCoW.WONT]
    return prioritise.suggest_cut(
        pool, effective_categories(data), candidate_scores(data), target.budget, language
    )


def apply_cut(
    data: model.WorkshopData, board_id: int, slice_id: int, chosen: Sequence[int]
) -> list[Pair]:
    """Accepting a cut, as one edit: the chosen go into the slice, in the order picked;
    whatever else was in it goes back to "not in a slice"."""
    target = _slice(data, slice_id)
    picked = set(chosen)
    by_id = {c.id: c for c in board_candidates(data, board_id)}
    pairs: list[Pair] = [
        edits.replace(by_id[i], slice_id=target.id)
        for i in chosen
        if i in by_id and by_id[i].slice_id != target.id
    ]
    pairs += [
        edits.replace(c, slice_id=None)
        for c in by_id.values()
        if c.slice_id == target.id and c.id not in picked
    ]
    return pairs


# --- Pareto ------------------------------------------------------------------------------------
def pareto_rows(data: model.WorkshopData, board_id: int) -> list[prioritise.ParetoRow]:
    """Scored candidates of the board by score (negative or missing scores are left out)."""
    scores = candidate_scores(data)
    usable = {
        c.id: value
        for c in board_candidates(data, board_id)
        if (value := scores.get(c.id)) is not None and value >= 0
    }
    return prioritise.pareto(usable)


# --- CSV export --------------------------------------------------------------------------------
def _csv_number(value: float | None) -> str:
    return "" if value is None else prioritise.format_number(value, "en")


def candidates_csv(data: model.WorkshopData) -> str:
    """Every candidate: text, origin, kano, better, worse, votes, score, slice.

    Origin and Kano class are words in the workshop's language. Worse is written as its
    size (0..1, the stp25kano convention): a leading minus would be disarmed as a formula
    by the CSV writer and turn the number into text.
    """
    language = _language(data)
    results = kano_results(data)
    categories = effective_categories(data, results)
    votes = candidate_votes(data)
    scores = candidate_scores(data)
    slices = {s.id: s.name for s in data.slices}
    board_order = {b.id: (b.position, b.id) for b in data.boards}
    rows = []
    for candidate in sorted(
        data.candidates, key=lambda c: (board_order.get(c.board_id, (0, 0)), c.id)
    ):
        result = results.get(candidate.id)
        category = categories.get(candidate.id)
        worse = result.worse if result is not None else None
        rows.append(
            (
                candidate.text,
                _origin_name(candidate.origin, language),
                kano.category_label(category, result, language),
                _csv_number(result.better if result is not None else None),
                _csv_number(worse),
                votes.get(candidate.id, 0),
                _csv_number(scores.get(candidate.id)),
                slices.get(candidate.slice_id, "") if candidate.slice_id is not None else "",
            )
        )
    return csv_ideas.format_csv(CANDIDATE_CSV_COLUMNS, rows)


def _origin_name(origin: str, language: str) -> str:
    try:
        return prioritise.origin_name(origin, language)
    except ValueError:  # an origin written by a newer version: show it as it is
        return origin


def projector_ranking(summary: BoardSummary, limit: int = 10) -> list[Candidate]:
    """What the room sees of the board: the candidates best first (score, then dots,
    then the order they came in), at most `limit`; unscored ones after scored ones."""

    def key(candidate: Candidate) -> tuple[int, float, int, int]:
        score = summary.scores.get(candidate.id)
        votes = summary.votes.get(candidate.id, 0)
        return (0 if score is not None else 1, -(score or 0.0), -votes, candidate.id)

    return sorted(summary.candidates, key=key)[:limit]
