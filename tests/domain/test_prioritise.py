"""Prioritisation rules: RICE and ICE, the 2x2, slices, the suggested cut, Pareto, voting."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.i18n_catalogues import translated
from app.domain.kano import FieldError, KanoCategory, aggregate
from app.domain.prioritise import (
    MESSAGES,
    Candidate,
    MoSCoW,
    Origin,
    ParetoRow,
    Quadrant,
    ReleaseSlice,
    budget_effort,
    default_slice_names,
    effective_category,
    effort_label,
    estimate_note,
    format_number,
    has_estimate,
    ice_score,
    moscow_name,
    origin_name,
    pareto,
    quadrant,
    quadrant_name,
    rice_score,
    score,
    slice_load,
    slice_warnings,
    suggest_cut,
    top_share,
    top_share_text,
    vote_budget,
)

BOUNDED = settings(max_examples=200, deadline=None)

M, O, A, I, R, Q = (  # noqa: E741  the standard Kano letters
    KanoCategory.M,
    KanoCategory.O,
    KanoCategory.A,
    KanoCategory.I,
    KanoCategory.R,
    KanoCategory.Q,
)


def candidate(candidate_id: int, months: float | None = None, **fields: object) -> Candidate:
    return Candidate(
        id=candidate_id,
        board_id=1,
        text=fields.pop("text", f"Idea {candidate_id}"),  # type: ignore[arg-type]
        effort_months=months,
        **fields,  # type: ignore[arg-type]
    )


# --- RICE and ICE -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("reach", "impact", "confidence", "months", "expected"),
    [
        (1000, 2, 80, 4, 400.0),
        (500, 0.25, 100, 0.5, 250.0),
        (200, 3, 50, 1, 300.0),
        (0, 1, 100, 2, 0.0),
        (100, 0.5, 0, 1, 0.0),
    ],
)
def test_rice_values(
    reach: float, impact: float, confidence: float, months: float, expected: float
) -> None:
    assert rice_score(reach, impact, confidence, months) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("arguments", "field"),
    [
        ((100, 1.5, 80, 2), "impact"),
        ((100, 4, 80, 2), "impact"),
        ((100, 0, 80, 2), "impact"),
        ((100, 1, 80, 0), "effort_months"),
        ((100, 1, 80, -2), "effort_months"),
        ((100, 1, 120, 2), "confidence_percent"),
        ((100, 1, -1, 2), "confidence_percent"),
        ((-5, 1, 80, 2), "reach"),
        ((math.nan, 1, 80, 2), "reach"),
        ((100, 1, math.inf, 2), "confidence_percent"),
        ((100, 1, 80, True), "effort_months"),
    ],
)
def test_rice_validation_names_the_field(
    arguments: tuple[float, float, float, float], field: str
) -> None:
    with pytest.raises(ValueError) as raised:
        rice_score(*arguments)
    assert isinstance(raised.value, FieldError)
    assert raised.value.field == field
    assert raised.value.describe("ru") != str(raised.value)


@pytest.mark.parametrize(
    ("impact", "confidence", "ease", "expected"),
    [(8, 5, 10, 400), (1, 1, 1, 1), (10, 10, 10, 1000), (3, 7, 2, 42)],
)
def test_ice_values(impact: int, confidence: int, ease: int, expected: int) -> None:
    assert ice_score(impact, confidence, ease) == expected


@pytest.mark.parametrize(
    ("arguments", "field"),
    [
        ((0, 5, 5), "impact"),
        ((11, 5, 5), "impact"),
        ((5, 0, 5), "confidence"),
        ((5, 5, 11), "ease"),
        ((5, 5.5, 5), "confidence"),
        ((5, 5, True), "ease"),
    ],
)
def test_ice_validation_names_the_field(arguments: tuple[int, int, int], field: str) -> None:
    with pytest.raises(ValueError, match=r"(?i)" + field) as raised:
        ice_score(*arguments)
    assert isinstance(raised.value, FieldError)
    assert raised.value.field == field


def test_score_by_method() -> None:
    full = candidate(
        1,
        months=4,
        reach=1000,
        rice_impact=2,
        confidence=80,
        ice_impact=8,
        ice_confidence=5,
        ice_ease=10,
    )
    assert score(full, "rice") == pytest.approx(400.0)
    assert score(full, "ice") == 400.0
    assert score(candidate(2, months=4, reach=1000, rice_impact=2), "rice") is None
    assert score(candidate(3, ice_impact=8, ice_confidence=5), "ice") is None
    assert score(candidate(4), "rice") is None
    with pytest.raises(ValueError, match="method"):
        score(full, "wsjf")
    with pytest.raises(ValueError):
        score(candidate(5, months=0, reach=1, rice_impact=1, confidence=50), "rice")


def test_effective_category_prefers_questionnaire_answers() -> None:
    quick = candidate(1, kano=A)
    assert effective_category(quick, None) is A
    assert effective_category(quick, aggregate([])) is A
    assert effective_category(quick, aggregate([(2, 5), (2, 5)])) is M
    assert effective_category(candidate(2), None) is None


# --- the 2x2 ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("impact", "effort", "expected"),
    [
        (8, 2, Quadrant.QUICK_WINS),
        (8, 8, Quadrant.BIG_BETS),
        (2, 2, Quadrant.FILL_INS),
        (2, 8, Quadrant.MONEY_PITS),
        (10, 0, Quadrant.QUICK_WINS),
        (0, 10, Quadrant.MONEY_PITS),
        (5, 5, Quadrant.BIG_BETS),  # on the midpoint counts as high
        (5, 4.9, Quadrant.QUICK_WINS),
        (4.9, 5, Quadrant.MONEY_PITS),
        (4.9, 4.9, Quadrant.FILL_INS),
    ],
)
def test_quadrants(impact: float, effort: float, expected: Quadrant) -> None:
    assert quadrant(impact, effort) is expected


def test_quadrant_custom_midpoint_and_names() -> None:
    assert quadrant(3, 1, midpoint=2.5) is Quadrant.QUICK_WINS
    assert quadrant(3, 4, midpoint=2.5) is Quadrant.BIG_BETS
    assert [quadrant_name(q, "en") for q in Quadrant] == [
        "Quick wins",
        "Big bets",
        "Fill-ins",
        "Money pits",
    ]
    assert len({quadrant_name(q, "ru") for q in Quadrant}) == 4
    with pytest.raises(ValueError, match=r"(?i)impact"):
        quadrant(math.nan, 1)


# --- release slices ---------------------------------------------------------------------------


def test_default_slices() -> None:
    english = ("MVP 1", "MVP 2", "Later", "Won't")
    assert default_slice_names("en") == english
    assert len(default_slice_names("ru")) == 4 and default_slice_names("ru") != english
    assert default_slice_names("ru-RU") == default_slice_names("ru")
    assert default_slice_names("de") == english


def test_budgets_count_person_months_only() -> None:
    assert budget_effort(candidate(1, months=2.5, effort=8)) == 2.5
    assert has_estimate(candidate(1, months=2.5))
    # The 2x2 effort is a 0..10 judgement, never person-months: no estimate, not counted.
    for item in (candidate(2, effort=8), candidate(3), candidate(4, months=0),
                 candidate(5, months=-3), candidate(6, months=float("nan"))):
        assert budget_effort(item) == 0.0
        assert not has_estimate(item)


def test_the_cut_keeps_moscow_must_items_whatever_kano_says() -> None:
    pool = [candidate(1, months=2, moscow=MoSCoW.MUST.value), candidate(2, months=1),
            candidate(3, months=5, moscow=MoSCoW.MUST.value)]
    categories = {1: I, 2: O, 3: I}
    cut = suggest_cut(pool, categories, {1: 1.0, 2: 9.0, 3: 1.0}, 3)
    assert cut.chosen[0] == 1 and 2 in cut.chosen and 3 not in cut.chosen
    reasons = dict(cut.reasons)
    assert reasons[1] == "Marked Must have by the room, so it goes in first."
    assert reasons[3].startswith("Marked Must have, but it does not fit: it needs 5")


def test_the_cut_names_items_without_an_estimate_and_leaves_them_out() -> None:
    pool = [candidate(1, effort=0.0), candidate(2, months=1)]
    cut = suggest_cut(pool, {1: M, 2: M}, {}, 10)
    assert cut.chosen == [2]
    assert dict(cut.reasons)[1].startswith("No estimate in person-months yet")


def test_effort_label_says_no_estimate_instead_of_zero() -> None:
    assert effort_label(candidate(1, effort=4.0), "en") == "no estimate"
    assert effort_label(candidate(1, effort=4.0), "ru") == "нет оценки"
    assert effort_label(candidate(1, months=0.0), "en") == "no estimate"
    assert effort_label(candidate(1, months=1), "en") == "1 p-m"
    assert effort_label(candidate(1, months=2.5), "en") == "2.5 p-m"
    assert effort_label(candidate(1, months=2.5), "ru") == "2,5 чел.-мес."
    assert estimate_note(candidate(1, months=2.5), "en") == (
        "Effort: 2.5 person-months, counted in the slice's budget.")
    assert estimate_note(candidate(1, effort=4.0), "en").startswith("No estimate in person-months")
    assert "не учтено" in estimate_note(candidate(1), "ru")


def test_slice_load_counts_only_its_members() -> None:
    mvp = ReleaseSlice(id=7, board_id=1, name="MVP 1", budget=10)
    candidates = [
        candidate(1, months=3, slice_id=7, moscow=MoSCoW.MUST),
        candidate(2, months=2, slice_id=7, moscow="should"),
        candidate(3, effort=4, slice_id=7),
        candidate(4, months=50, slice_id=8, moscow="must"),
        candidate(5, months=50),
    ]
    load = slice_load(mvp, candidates)
    assert load.used == 5.0  # candidate 3 has no person-months: not counted, but named
    assert load.budget == 10
    assert load.fraction == pytest.approx(0.5)
    assert not load.over_budget
    assert load.must_effort == 3.0
    assert load.must_share == pytest.approx(3 / 5)
    assert not load.must_warning
    assert load.unestimated == 1
    assert slice_warnings(load, "en") == [
        "Not counted: 1 without an estimate in person-months."]


def test_must_warning_above_sixty_percent() -> None:
    mvp = ReleaseSlice(id=1, board_id=1, name="MVP 1", budget=5)
    at_limit = [
        candidate(1, months=3, slice_id=1, moscow="must"),
        candidate(2, months=2, slice_id=1, moscow="could"),
    ]
    assert slice_load(mvp, at_limit).must_share == pytest.approx(0.6)
    assert not slice_load(mvp, at_limit).must_warning  # exactly 60 % is allowed
    above = [*at_limit, candidate(3, months=0.5, slice_id=1, moscow="must")]
    load = slice_load(mvp, above)
    assert load.must_warning
    assert load.over_budget
    warnings = slice_warnings(load, "en")
    assert any("60%" in w for w in warnings)
    assert any("5.5" in w for w in warnings)
    assert any("5,5" in w for w in slice_warnings(load, "ru"))


def test_empty_slice_and_slice_without_budget() -> None:
    empty = slice_load(ReleaseSlice(id=1, board_id=1, name="Later"), [])
    assert empty.used == 0.0
    assert empty.fraction is None
    assert empty.must_share is None
    assert not empty.must_warning
    assert not empty.over_budget


# --- the suggested cut ------------------------------------------------------------------------


def reason_for(suggestion_reasons: list[tuple[int, str]], candidate_id: int) -> str:
    return dict(suggestion_reasons)[candidate_id]


def test_cut_when_everything_important_fits() -> None:
    pool = [
        candidate(1, months=2),
        candidate(2, months=1),
        candidate(3, months=2),
        candidate(4, months=5),
        candidate(5, months=1),
        candidate(6, months=1),
    ]
    categories = {1: M, 2: M, 3: O, 4: O, 5: A, 6: I}
    scores = {3: 50.0, 4: 10.0, 5: 7.0, 6: 99.0}
    cut = suggest_cut(pool, categories, scores, budget=6, language="en")
    assert cut.chosen == [2, 1, 3, 5]  # Must-be cheapest first, then by score, then a wow
    assert cut.used == 6.0
    assert [i for i, _ in cut.reasons] == [2, 1, 3, 5, 4, 6]
    assert "Must-be" in reason_for(cut.reasons, 1)
    assert "score 50" in reason_for(cut.reasons, 3)
    assert "needs 5" in reason_for(cut.reasons, 4)
    assert "wow" in reason_for(cut.reasons, 5)
    assert "Indifferent" in reason_for(cut.reasons, 6)
    assert "6 of the budget of 6" in cut.summary


def test_cut_takes_the_cheapest_must_be_when_they_do_not_all_fit() -> None:
    pool = [candidate(1, months=4), candidate(2, months=3), candidate(3, months=2)]
    cut = suggest_cut(pool, {1: M, 2: M, 3: M}, {}, budget=6)
    assert cut.chosen == [3, 2]
    assert "cheapest" in reason_for(cut.reasons, 3)
    assert "does not fit" in reason_for(cut.reasons, 1)
    assert "needs 4" in reason_for(cut.reasons, 1)


def test_cut_swaps_out_the_lowest_performance_item_for_a_wow() -> None:
    pool = [
        candidate(1, months=4),
        candidate(2, months=3, text="Live order tracking"),
        candidate(3, months=3, text="Saved addresses"),
        candidate(4, months=3, text="Surprise gift"),
    ]
    categories = {1: M, 2: O, 3: O, 4: A}
    scores = {2: 100.0, 3: 50.0, 4: 10.0}
    cut = suggest_cut(pool, categories, scores, budget=10)
    assert cut.chosen == [1, 2, 4]
    assert "Surprise gift" in reason_for(cut.reasons, 3)
    assert "make room" in reason_for(cut.reasons, 3)
    assert "Saved addresses" in reason_for(cut.reasons, 4)
    russian = suggest_cut(pool, categories, scores, budget=10, language="ru")
    assert russian.chosen == cut.chosen
    assert "«Saved addresses»" in reason_for(russian.reasons, 4)
    assert "«Surprise gift»" in reason_for(russian.reasons, 3)


def test_cut_puts_back_performance_items_the_swap_did_not_need() -> None:
    # Taking out the lowest (id 3, cost 1) is not enough; id 2 also goes, then id 3 fits again.
    pool = [
        candidate(1, months=2),
        candidate(2, months=5),
        candidate(3, months=1),
        candidate(4, months=4),
    ]
    cut = suggest_cut(pool, {1: M, 2: O, 3: O, 4: A}, {2: 9.0, 3: 1.0, 4: 5.0}, budget=8)
    assert cut.chosen == [1, 4, 3]
    assert "make room" in reason_for(cut.reasons, 2)
    assert "Performance" in reason_for(cut.reasons, 3)


def test_cut_explains_when_no_wow_fits_even_without_performance_items() -> None:
    pool = [candidate(1, months=4), candidate(2, months=1), candidate(3, months=3)]
    cut = suggest_cut(pool, {1: M, 2: O, 3: A}, {2: 5.0, 3: 9.0}, budget=5)
    assert cut.chosen == [1, 2]
    reason = reason_for(cut.reasons, 3)
    assert "even without" in reason
    assert "4 of the budget of 5" in reason


def test_cut_leaves_out_unwanted_and_unclassified_items() -> None:
    pool = [candidate(i, months=1) for i in range(1, 6)]
    categories: dict[int, KanoCategory | None] = {1: I, 2: R, 3: Q, 4: None}
    cut = suggest_cut(pool, categories, {}, budget=100, language="ru")
    assert cut.chosen == []
    assert [i for i, _ in cut.reasons] == [1, 2, 3, 4, 5]
    assert "Безразличное" in reason_for(cut.reasons, 1)
    assert "Обратное" in reason_for(cut.reasons, 2)
    assert "Сомнительное" in reason_for(cut.reasons, 3)
    assert "Кано" in reason_for(cut.reasons, 4)
    assert "Кано" in reason_for(cut.reasons, 5)  # missing from the mapping


def test_cut_puts_unscored_performance_after_scored() -> None:
    pool = [candidate(1, months=1), candidate(2, months=1), candidate(3, months=1)]
    cut = suggest_cut(pool, {1: O, 2: O, 3: O}, {1: None, 2: 3.0, 3: 8.0}, budget=2)
    assert cut.chosen == [3, 2]
    assert "no score yet" in reason_for(cut.reasons, 1)


def test_cut_rejects_a_negative_budget() -> None:
    with pytest.raises(ValueError, match=r"(?i)budget"):
        suggest_cut([], {}, {}, budget=-1)
    assert suggest_cut([], {}, {}, budget=0).chosen == []


@st.composite
def cut_inputs(
    draw: st.DrawFn,
) -> tuple[list[Candidate], dict[int, KanoCategory | None], dict[int, float | None], float]:
    ids = draw(st.lists(st.integers(1, 200), unique=True, max_size=14))
    efforts = st.one_of(st.none(), st.floats(0, 12, allow_nan=False).map(lambda v: round(v, 2)))
    pool = [candidate(i, months=draw(efforts), effort=draw(efforts)) for i in ids]
    # M, O and A twice as often: they are the ones the cut is about.
    categories = {i: draw(st.sampled_from([M, O, A, I, R, Q, None, M, O, A])) for i in ids}
    scores = {i: draw(st.one_of(st.none(), st.integers(0, 50).map(float))) for i in ids}
    budget = draw(st.floats(0, 30, allow_nan=False).map(lambda v: round(v, 1)))
    return pool, categories, scores, budget


def costs(pool: list[Candidate], ids: list[int]) -> float:
    by_id = {c.id: c for c in pool}
    return math.fsum(budget_effort(by_id[i]) for i in ids)


@BOUNDED
@given(cut_inputs())
def test_cut_never_exceeds_the_budget(
    inputs: tuple[list[Candidate], dict[int, KanoCategory | None], dict[int, float | None], float],
) -> None:
    pool, categories, scores, budget = inputs
    cut = suggest_cut(pool, categories, scores, budget)
    assert costs(pool, cut.chosen) <= budget
    assert len(set(cut.chosen)) == len(cut.chosen)
    assert all(categories[i] in {M, O, A} for i in cut.chosen)
    assert sorted(i for i, _ in cut.reasons) == sorted(c.id for c in pool)
    assert all(text for _, text in cut.reasons)


@BOUNDED
@given(cut_inputs())
def test_cut_includes_every_must_be_that_fits(
    inputs: tuple[list[Candidate], dict[int, KanoCategory | None], dict[int, float | None], float],
) -> None:
    pool, categories, scores, budget = inputs
    cut = suggest_cut(pool, categories, scores, budget)
    musts = [c.id for c in pool if categories[c.id] == M and has_estimate(c)]
    chosen_musts = [i for i in cut.chosen if i in musts]
    if costs(pool, musts) <= budget:
        assert sorted(chosen_musts) == sorted(musts)
    # A Must-be is left out only when it cannot fit beside the Must-be items taken.
    for left_out in set(musts) - set(chosen_musts):
        assert costs(pool, [*chosen_musts, left_out]) > budget
    # Must-be items come first in the pick order.
    assert cut.chosen[: len(chosen_musts)] == chosen_musts


@BOUNDED
@given(cut_inputs())
def test_cut_includes_an_attractive_item_when_one_fits(
    inputs: tuple[list[Candidate], dict[int, KanoCategory | None], dict[int, float | None], float],
) -> None:
    pool, categories, scores, budget = inputs
    cut = suggest_cut(pool, categories, scores, budget)
    chosen_musts = [i for i in cut.chosen if categories[i] == M]
    attractive = [c.id for c in pool if categories[c.id] == A and has_estimate(c)]
    if any(costs(pool, [*chosen_musts, a]) <= budget for a in attractive):
        assert any(categories[i] == A for i in cut.chosen)


@BOUNDED
@given(cut_inputs())
def test_cut_wastes_no_room_an_eligible_item_could_use(
    inputs: tuple[list[Candidate], dict[int, KanoCategory | None], dict[int, float | None], float],
) -> None:
    pool, categories, scores, budget = inputs
    cut = suggest_cut(pool, categories, scores, budget)
    for c in pool:
        if categories[c.id] in {M, O, A} and has_estimate(c) and c.id not in cut.chosen:
            assert costs(pool, [*cut.chosen, c.id]) > budget


@BOUNDED
@given(cut_inputs(), st.randoms(use_true_random=False))
def test_cut_is_deterministic(
    inputs: tuple[list[Candidate], dict[int, KanoCategory | None], dict[int, float | None], float],
    shuffler: object,
) -> None:
    pool, categories, scores, budget = inputs
    first = suggest_cut(pool, categories, scores, budget, language="en")
    shuffled = list(pool)
    shuffler.shuffle(shuffled)  # type: ignore[attr-defined]
    again = suggest_cut(shuffled, categories, scores, budget, language="en")
    assert again == first
    assert suggest_cut(pool, categories, scores, budget, language="ru").chosen == first.chosen


# --- Pareto -----------------------------------------------------------------------------------


def test_pareto_rows_and_top_three() -> None:
    rows = pareto({1: 5.0, 2: 50.0, 3: 10.0, 4: 30.0, 5: 5.0})
    assert [row.candidate_id for row in rows] == [2, 4, 3, 1, 5]  # equal scores by id
    assert [row.share for row in rows] == pytest.approx([0.5, 0.3, 0.1, 0.05, 0.05])
    assert [row.cumulative_share for row in rows] == pytest.approx([0.5, 0.8, 0.9, 0.95, 1.0])
    assert rows[-1].cumulative_share == 1.0
    assert top_share(rows) == pytest.approx(0.9)
    assert top_share(rows, n=1) == pytest.approx(0.5)
    assert top_share(rows, n=10) == pytest.approx(1.0)
    assert top_share(rows, n=0) == 0.0
    assert top_share_text(rows, "en") == "The top 3 carry 90% of the total score."
    assert "90%" in top_share_text(rows, "ru")


def test_pareto_edge_cases() -> None:
    assert pareto({}) == []
    assert top_share([]) == 0.0
    zeros = pareto({1: 0.0, 2: 0.0})
    assert [row.cumulative_share for row in zeros] == [0.0, 0.0]
    with pytest.raises(ValueError, match=r"(?i)score"):
        pareto({1: 3.0, 2: -1.0})


@BOUNDED
@given(st.dictionaries(st.integers(1, 500), st.floats(0, 1e6, allow_nan=False), max_size=40))
def test_pareto_cumulative_reaches_one(scores: dict[int, float]) -> None:
    rows = pareto(scores)
    assert len(rows) == len(scores)
    assert [r.score for r in rows] == sorted(scores.values(), reverse=True)
    cumulative = [r.cumulative_share for r in rows]
    assert cumulative == sorted(cumulative)
    if math.fsum(scores.values()) > 0:
        assert rows[-1].cumulative_share == 1.0
        assert math.fsum(r.share for r in rows) == pytest.approx(1.0)
    assert all(isinstance(row, ParetoRow) for row in rows)


# --- dot voting -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("notes", "expected"),
    [(0, 1), (2, 1), (3, 1), (5, 1), (6, 2), (9, 3), (29, 9), (30, 10), (31, 10), (300, 10)],
)
def test_vote_budget_default_rule(notes: int, expected: int) -> None:
    assert vote_budget(notes, None) == expected


def test_vote_budget_override() -> None:
    assert vote_budget(9, 5) == 5
    assert vote_budget(90, 25) == 25
    with pytest.raises(ValueError):
        vote_budget(9, 0)
    with pytest.raises(ValueError):
        vote_budget(-1, None)


@BOUNDED
@given(st.integers(0, 10_000))
def test_vote_budget_bounds(notes: int) -> None:
    assert 1 <= vote_budget(notes, None) <= 10
    assert vote_budget(notes, None) == min(10, max(1, notes // 3))


# --- texts ------------------------------------------------------------------------------------


def test_every_message_is_translated_into_russian() -> None:
    # the fields of each translation are checked for every catalogue in tests/domain/test_i18n.py
    for key, msgid in MESSAGES.items():
        assert translated("ru", msgid), key


def test_names_for_origins_and_moscow() -> None:
    for origin in Origin:
        assert origin_name(origin, "en") != origin_name(origin, "ru")
    assert origin_name("reverse-solution", "en") == "Solution from a bad idea"
    assert [moscow_name(m, "en") for m in MoSCoW] == [
        "Must have",
        "Should have",
        "Could have",
        "Won't have this time",
    ]
    assert moscow_name("wont", "ru") == "Не в этот раз"


def test_number_format_follows_the_language() -> None:
    assert format_number(2.5, "en") == "2.5"
    assert format_number(2.5, "ru") == "2,5"
    assert format_number(3.0, "en") == "3"
    assert format_number(1 / 3, "en") == "0.33"


def test_pareto_headline_is_honest_when_few_items_are_scored() -> None:
    rows = pareto({1: 5.0, 2: 3.0, 3: 1.0})
    assert top_share_text(rows, "en", 3, total=12) == (
        "Only 3 of 12 items have a score: too few to say which carry most of it.")
    assert top_share_text(rows, "en") == (
        "Only 3 items have a score: too few to say which carry most of it.")
    assert "100%" not in top_share_text(rows, "ru", 3, total=5)
