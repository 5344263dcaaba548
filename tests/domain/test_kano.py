"""Kano rules: the evaluation table, aggregation and the tie rule, Better/Worse, Fong, CSV."""

from __future__ import annotations

import csv
import io
import math
import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.i18n_catalogues import translated
from app.domain.kano import (
    CATEGORY_ORDER,
    CSV_COLUMNS,
    EVALUATION_TABLE,
    MESSAGES,
    CsvError,
    FieldError,
    KanoAnswer,
    KanoAnswerRecord,
    KanoCategory,
    aggregate,
    answer_name,
    category_name,
    classify,
    drift_note,
    parse_kano_csv,
    results_by_candidate,
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

# One answer pair that lands in each category (functional, dysfunctional).
PAIR = {M: (2, 5), O: (1, 5), A: (1, 3), I: (3, 3), R: (5, 1), Q: (1, 1)}

HEADER = "candidate,respondent,functional,dysfunctional"


def answers(**counts: int) -> list[tuple[int, int]]:
    """Answer pairs giving `counts` per category letter, e.g. answers(M=3, O=2)."""
    pairs: list[tuple[int, int]] = []
    for letter, count in counts.items():
        pairs.extend([PAIR[KanoCategory(letter)]] * count)
    return pairs


# --- the evaluation table (METHODS.md 2.3), all 25 cells -----------------------------------

ALL_CELLS = [
    # functional = Like
    (1, 1, Q),
    (1, 2, A),
    (1, 3, A),
    (1, 4, A),
    (1, 5, O),
    # functional = Expect / must-be
    (2, 1, R),
    (2, 2, I),
    (2, 3, I),
    (2, 4, I),
    (2, 5, M),
    # functional = Neutral
    (3, 1, R),
    (3, 2, I),
    (3, 3, I),
    (3, 4, I),
    (3, 5, M),
    # functional = Live with
    (4, 1, R),
    (4, 2, I),
    (4, 3, I),
    (4, 4, I),
    (4, 5, M),
    # functional = Dislike
    (5, 1, R),
    (5, 2, R),
    (5, 3, R),
    (5, 4, R),
    (5, 5, Q),
]


@pytest.mark.parametrize(("functional", "dysfunctional", "expected"), ALL_CELLS)
def test_every_cell_of_the_evaluation_table(
    functional: int, dysfunctional: int, expected: KanoCategory
) -> None:
    assert classify(functional, dysfunctional) is expected
    assert EVALUATION_TABLE[functional - 1][dysfunctional - 1] is expected


def test_the_cell_list_covers_the_whole_table_once() -> None:
    assert sorted((f, d) for f, d, _ in ALL_CELLS) == [
        (f, d) for f in range(1, 6) for d in range(1, 6)
    ]
    assert len(EVALUATION_TABLE) == 5
    assert all(len(row) == 5 for row in EVALUATION_TABLE)


def test_like_like_is_questionable_not_one_dimensional() -> None:
    # stp25stat's documentation says O here; its code and every other source say Q.
    assert classify(KanoAnswer.LIKE, KanoAnswer.LIKE) is Q


def test_answer_enum_follows_the_questionnaire_order() -> None:
    assert [a.name for a in KanoAnswer] == ["LIKE", "EXPECT", "NEUTRAL", "LIVE_WITH", "DISLIKE"]
    assert [int(a) for a in KanoAnswer] == [1, 2, 3, 4, 5]
    assert [c.value for c in KanoCategory] == ["M", "O", "A", "I", "R", "Q"]


@pytest.mark.parametrize(
    ("functional", "dysfunctional", "field"),
    [
        (0, 3, "functional"),
        (6, 3, "functional"),
        (-1, 3, "functional"),
        (3, 0, "dysfunctional"),
        (3, 6, "dysfunctional"),
        (True, 3, "functional"),
        (3.0, 3, "functional"),
        ("3", 3, "functional"),
    ],
)
def test_classify_names_the_field_outside_one_to_five(
    functional: object, dysfunctional: object, field: str
) -> None:
    with pytest.raises(ValueError, match=f"(?i){field}") as raised:
        classify(functional, dysfunctional)  # type: ignore[arg-type]
    assert isinstance(raised.value, FieldError)
    assert raised.value.field == field
    assert "1" in raised.value.describe("ru") and "5" in raised.value.describe("ru")


# --- aggregation ------------------------------------------------------------------------------


def test_no_answers_give_no_category() -> None:
    result = aggregate([])
    assert result.n == 0
    assert result.category is None
    assert result.better is None and result.worse is None
    assert not result.fong_significant
    assert set(result.counts) == set(CATEGORY_ORDER)


def test_counts_and_the_clear_mode() -> None:
    result = aggregate(answers(M=10, O=2, A=1, R=1))
    assert result.n == 14
    assert result.counts == {M: 10, O: 2, A: 1, I: 0, R: 1, Q: 0}
    assert result.category is M
    assert not result.tie_rule_applied


def test_tie_rule_within_five_points_prefers_must_be() -> None:
    # O 11/21 = 52.4 %, M 10/21 = 47.6 %: 4.8 points apart, so M wins over the mode.
    result = aggregate(answers(O=11, M=10))
    assert result.category is M
    assert result.tie_rule_applied


def test_tie_rule_at_exactly_five_points() -> None:
    # A 6/20 = 30 %, O 5/20 = 25 %: exactly 5 points is still a tie, so O (O > A).
    result = aggregate(answers(A=6, O=5, M=4, I=4, R=1))
    assert result.category is O
    assert result.tie_rule_applied
    assert result.category_strength == pytest.approx(5.0)


def test_outside_five_points_the_mode_wins() -> None:
    # A 13/50 = 26 %, O 10/50 = 20 %: 6 points apart, so the mode A stands.
    result = aggregate(answers(A=13, O=10, M=9, I=9, R=9))
    assert result.category is A
    assert not result.tie_rule_applied
    assert result.category_strength == pytest.approx(6.0)


@pytest.mark.parametrize(
    ("counts", "expected"),
    [
        ({"I": 10, "A": 10}, A),  # exact tie: A > I
        ({"A": 10, "O": 10}, O),
        ({"O": 10, "M": 10}, M),
        ({"I": 21, "O": 20}, O),  # 2.4 points: O > I
        ({"I": 30, "M": 10}, I),  # 50 points: the mode
    ],
)
def test_tie_rule_order_m_o_a_i(counts: dict[str, int], expected: KanoCategory) -> None:
    assert aggregate(answers(**counts)).category is expected


def test_reverse_and_questionable_never_enter_the_window() -> None:
    # R 30 %, M 25 %: within 5 points, but R is not in {M, O, A, I}: the mode stands.
    assert aggregate(answers(R=6, M=5, O=4, A=4, I=1)).category is R
    assert aggregate(answers(Q=6, A=5, O=4, M=4, I=1)).category is Q
    # M 30 %, R 25 %: the mode stands too.
    assert aggregate(answers(M=6, R=5, O=4, A=4, I=1)).category is M


def test_exact_count_ties_with_reverse_or_questionable_use_the_fixed_order() -> None:
    assert aggregate(answers(R=5, M=5)).category is M
    assert aggregate(answers(Q=5, I=5)).category is I
    assert aggregate(answers(Q=5, R=5)).category is R


def test_only_the_top_two_are_compared() -> None:
    # I 7, A 6, M 6 (n 19): M ranks above A on the equal count; I-M is 5.3 points: I stands.
    result = aggregate(answers(I=7, A=6, M=6))
    assert result.category is I


def test_strength_better_and_worse() -> None:
    result = aggregate(answers(A=6, O=5, M=4, I=4, R=1))
    assert result.n == 20
    assert result.category_strength == pytest.approx(30.0 - 25.0)
    assert result.total_strength == pytest.approx(75.0)  # (6 + 5 + 4) / 20
    assert result.better == pytest.approx(11 / 19)  # (A + O) / (A + O + M + I)
    assert result.worse == pytest.approx(-9 / 19)  # -(O + M) / (A + O + M + I)
    assert result.share(A) == pytest.approx(30.0)


def test_better_and_worse_extremes() -> None:
    only_must = aggregate(answers(M=5))
    assert only_must.better == 0.0
    assert only_must.worse == -1.0
    only_wow = aggregate(answers(A=5))
    assert only_wow.better == 1.0
    assert only_wow.worse == 0.0
    assert only_wow.category_strength == 100.0


def test_better_and_worse_are_none_without_m_o_a_or_i() -> None:
    result = aggregate(answers(R=3, Q=2))
    assert result.category is R
    assert result.better is None
    assert result.worse is None
    assert result.total_strength == 0.0


def fong_by_formula(m1: int, m2: int, n: int) -> bool:
    return abs(m1 - m2) >= 1.65 * math.sqrt((m1 + m2) * (2 * n - m1 - m2) / (2 * n))


@pytest.mark.parametrize(
    ("counts", "significant"),
    [
        ({"M": 10, "O": 2}, True),  # 8 >= 1.65 * sqrt(6) = 4.04
        ({"A": 6, "O": 5, "M": 4, "I": 4, "R": 1}, False),  # 1 < 4.66
        ({"M": 5}, True),  # one category only: 5 >= 1.65 * sqrt(2.5) = 2.61
        ({"M": 1}, False),  # 1 < 1.65 * sqrt(0.5) = 1.17
        ({"O": 3, "A": 3}, False),
    ],
)
def test_fong_examples(counts: dict[str, int], significant: bool) -> None:
    result = aggregate(answers(**counts))
    assert result.fong_significant is significant
    ranked = sorted(result.counts.values(), reverse=True)
    assert fong_by_formula(ranked[0], ranked[1], result.n) is significant


@BOUNDED
@given(st.lists(st.integers(0, 40), min_size=6, max_size=6).filter(lambda c: sum(c) > 0))
def test_fong_matches_the_published_formula(counts: list[int]) -> None:
    result = aggregate(answers(**dict(zip("MOAIRQ", counts, strict=True))))
    m1, m2 = sorted(counts, reverse=True)[:2]
    assert result.fong_significant is fong_by_formula(m1, m2, sum(counts))


@BOUNDED
@given(st.lists(st.tuples(st.integers(1, 5), st.integers(1, 5)), min_size=1, max_size=60))
def test_aggregate_properties(pairs: list[tuple[int, int]]) -> None:
    result = aggregate(pairs)
    assert result.n == len(pairs) == sum(result.counts.values())
    assert result.category is not None
    top = max(result.counts.values())
    top_share = 100.0 * top / result.n
    chosen_share = result.share(result.category)
    # The chosen class is the mode, or an M/O/A/I class within 5 points of it.
    assert chosen_share == top_share or (
        result.category in {M, O, A, I} and top_share - chosen_share <= 5.0 + 1e-9
    )
    assert 0.0 <= result.category_strength <= 100.0
    assert 0.0 <= result.total_strength <= 100.0
    if result.better is not None and result.worse is not None:
        assert 0.0 <= result.better <= 1.0
        assert -1.0 <= result.worse <= 0.0
    # Order of answers does not matter.
    assert aggregate(list(reversed(pairs))) == result


def test_aggregate_names_the_bad_field() -> None:
    with pytest.raises(ValueError, match=r"(?i)dysfunctional"):
        aggregate([(1, 5), (2, 9)])


def test_results_by_candidate_groups_records() -> None:
    records = [
        KanoAnswerRecord(1, 10, "Anna", 2, 5),
        KanoAnswerRecord(2, 10, "Boris", 2, 5),
        KanoAnswerRecord(3, 11, "Anna", 1, 3),
    ]
    results = results_by_candidate(records)
    assert set(results) == {10, 11}
    assert results[10].category is M and results[10].n == 2
    assert results[11].category is A


# --- CSV import -------------------------------------------------------------------------------


def test_csv_basic() -> None:
    text = f"{HEADER}\nFaster checkout,anna,1,5\nFaster checkout,boris,2,5\n"
    assert parse_kano_csv(text) == [
        ("Faster checkout", "anna", 1, 5),
        ("Faster checkout", "boris", 2, 5),
    ]


def test_csv_strips_a_leading_bom() -> None:
    text = f"\ufeff{HEADER}\nA,anna,1,3\n"
    assert parse_kano_csv(text) == [("A", "anna", 1, 3)]


def test_csv_semicolon_is_sniffed_from_the_header() -> None:
    text = (
        "candidate;respondent;functional;dysfunctional\r\n"
        "Faster checkout, fewer clicks;anna;1;5\r\n"
        "Pay by phone;boris;3;3\r\n"
    )
    assert parse_kano_csv(text) == [
        ("Faster checkout, fewer clicks", "anna", 1, 5),
        ("Pay by phone", "boris", 3, 3),
    ]


def test_csv_quotes_and_multi_line_values() -> None:
    text = (
        f"{HEADER}\n"
        '"Say ""hi"", politely",anna,2,5\n'
        '"Two\nlines",boris,1,1\n'
        "Late,clara,9,1\n"
    )
    with pytest.raises(CsvError) as raised:
        parse_kano_csv(text)
    # The quoted value spans lines 3-4, so the bad row is on file line 5.
    assert raised.value.line == 5
    assert raised.value.field == "functional"
    good = text.rsplit("Late", 1)[0]
    assert parse_kano_csv(good) == [
        ('Say "hi", politely', "anna", 2, 5),
        ("Two\nlines", "boris", 1, 1),
    ]


def test_csv_cyrillic_names() -> None:
    text = (
        "candidate;respondent;functional;dysfunctional\n"
        "Оплата по QR-коду;Анна;1;5\n"
        "«Быстрая доставка»;Борис;2;5\n"
    )
    assert parse_kano_csv(text) == [
        ("Оплата по QR-коду", "Анна", 1, 5),
        ("«Быстрая доставка»", "Борис", 2, 5),
    ]


def test_csv_header_is_flexible_and_extra_columns_are_ignored() -> None:
    text = (
        " Respondent ,Comment,DYSFUNCTIONAL,Functional,Candidate\n"
        "anna,nice,5,2,12\n"
        "\n"
        "boris,,3,3,12,\n"
    )
    assert parse_kano_csv(text) == [("12", "anna", 2, 5), ("12", "boris", 3, 3)]


def test_csv_header_only_gives_no_rows() -> None:
    assert parse_kano_csv(HEADER + "\n") == []


@pytest.mark.parametrize("text", ["", "\ufeff", "  \n\n", "\r\n"])
def test_csv_empty_file(text: str) -> None:
    with pytest.raises(CsvError) as raised:
        parse_kano_csv(text)
    assert raised.value.line == 1
    assert raised.value.field == "header"
    assert "empty" in str(raised.value)
    assert "пуст" in raised.value.describe("ru")


@pytest.mark.parametrize(
    ("body", "line", "field"),
    [
        ("A,anna,1,5\nA,boris,7,5\n", 3, "functional"),
        ("A,anna,1,5\nB,anna,1,x\n", 3, "dysfunctional"),
        ("A,anna,1,5\nB,anna,1,\n", 3, "dysfunctional"),
        ("A,anna,12,5\n", 2, "functional"),
        ("A,anna,1.0,5\n", 2, "functional"),
        ("A,anna,١,5\n", 2, "functional"),  # an Arabic-Indic one is not the digit 1
        (",anna,1,5\n", 2, "candidate"),
        ("A,  ,1,5\n", 2, "respondent"),
        ("A,anna\n", 2, "functional"),
        ("A,anna,1,5,extra\n", 2, "row"),
        ("A,anna,1,5\n\nA,anna,2,5\n", 4, "respondent"),
        ('A,anna,1,5\n"B,boris,1,5\n', 3, "row"),
    ],
)
def test_csv_bad_row_names_line_and_field(body: str, line: int, field: str) -> None:
    with pytest.raises(CsvError) as raised:
        parse_kano_csv(f"{HEADER}\n{body}")
    error = raised.value
    assert isinstance(error, ValueError)
    assert (error.line, error.field) == (line, field)
    assert f"Line {line}" in str(error) and field in str(error)
    assert f"Строка {line}" in error.describe("ru") and field in error.describe("ru")


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("candidate,respondent,functional", "dysfunctional"),
        ("idea,respondent,functional,dysfunctional", "candidate"),
        ("candidate,respondent,functional,dysfunctional,functional", "functional"),
    ],
)
def test_csv_bad_header(header: str, field: str) -> None:
    with pytest.raises(CsvError) as raised:
        parse_kano_csv(f"{header}\nA,anna,1,5\n")
    assert (raised.value.line, raised.value.field) == (1, field)


def test_csv_duplicate_answer_points_at_the_first_line() -> None:
    with pytest.raises(CsvError, match="line 2") as raised:
        parse_kano_csv(f"{HEADER}\nA,anna,1,5\nA,anna,2,5\n")
    assert raised.value.line == 3


cell_text = st.text(
    alphabet=st.sampled_from(string.ascii_letters + "абвгдЖЩЁё ,;\"'\n«»-"), min_size=1, max_size=20
).map(str.strip).filter(bool)


@BOUNDED
@given(
    st.lists(
        st.tuples(cell_text, cell_text, st.integers(1, 5), st.integers(1, 5)),
        max_size=15,
        unique_by=lambda row: (row[0], row[1]),
    ),
    st.sampled_from([",", ";"]),
    st.sampled_from(["\n", "\r\n"]),
    st.booleans(),
)
def test_csv_round_trip(
    rows: list[tuple[str, str, int, int]], delimiter: str, newline: str, bom: bool
) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator=newline)
    writer.writerow(CSV_COLUMNS)
    writer.writerows(rows)
    text = ("\ufeff" if bom else "") + buffer.getvalue()
    assert parse_kano_csv(text) == rows


# --- texts ------------------------------------------------------------------------------------


def test_every_message_is_translated_into_russian() -> None:
    # the fields of each translation are checked for every catalogue in tests/domain/test_i18n.py
    for key, msgid in MESSAGES.items():
        assert translated("ru", msgid), key


def test_category_and_answer_names() -> None:
    assert category_name(M, "en") == "Must-be"
    assert category_name(O, "en") == "Performance"
    assert "wow" in category_name(A, "en")
    assert category_name(R, "ru") == "Обратное"
    for category in KanoCategory:
        assert category_name(category, "en") != category_name(category, "ru")
    for answer in KanoAnswer:
        assert answer_name(answer, "en") != answer_name(answer, "ru")
    assert "2025-03-01" in drift_note("2025-03-01", "ru")


def test_an_exact_tie_is_named_and_small_samples_are_flagged() -> None:
    from app.domain.kano import category_label

    tie = aggregate([(1, 2)] * 5 + [(2, 5)] * 5)  # five Attractive, five Must-be
    assert tie.category == KanoCategory.M
    assert tie.tied_with == (KanoCategory.A,)
    assert tie.small_sample is False
    assert category_label(tie.category, tie, "en") == (
        'Must-be (tie with Attractive ("wow"), 5 each; M > O > A > I decides)')
    one = aggregate([(1, 3)])
    assert one.small_sample
    assert category_label(one.category, one, "en") == (
        'Attractive ("wow") (only one answer: a small sample)')
    assert "малая выборка" in category_label(one.category, one, "ru")
    many = aggregate([(1, 3)] * 12)
    assert category_label(many.category, many, "en") == 'Attractive ("wow")'


def test_result_marks_are_the_short_form_of_the_caveats() -> None:
    from app.domain.kano import result_marks

    tie = aggregate([(1, 2)] * 5 + [(2, 5)] * 5)
    assert result_marks(tie, "en") == ["tie"]
    assert result_marks(tie, "ru") == ["ничья"]
    three = aggregate([(1, 3)] * 3)
    assert result_marks(three, "en") == ["n=3"]
    small_tie = aggregate([(1, 2), (2, 5)])
    assert result_marks(small_tie, "en") == ["n=2", "tie"]
    assert result_marks(aggregate([(1, 3)] * 12), "en") == []
    assert result_marks(None, "en") == []
