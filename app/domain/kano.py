"""Kano model rules: classify answer pairs, aggregate respondents, read answers from CSV.

Follows METHODS.md section 2: the 5x5 evaluation table (Like/Like is Q, not O), the mode
with the M > O > A > I tie rule inside a 5-point window, category and total strength,
the Better/Worse coefficients of Berger et al. and the Fong significance test.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import IntEnum, StrEnum

from app.domain.i18n import N_, plural
from app.domain.model import MAX_NAME
from app.domain.texts import DEFAULT_LANGUAGE, Catalogue, render, shown


class KanoCategory(StrEnum):
    # The single letters are the standard Kano codes, so E741 (ambiguous O and I) is waived.
    M = "M"  # must-be
    O = "O"  # noqa: E741  one-dimensional, "performance"
    A = "A"  # attractive, "wow"
    I = "I"  # noqa: E741  indifferent
    R = "R"  # reverse
    Q = "Q"  # questionable


class KanoAnswer(IntEnum):
    """The five answers offered for both questions, in questionnaire order."""

    LIKE = 1
    EXPECT = 2
    NEUTRAL = 3
    LIVE_WITH = 4
    DISLIKE = 5


# Priority for the tie rule and for display order (Matzler et al.: M > O > A > I); R and Q
# come last because they say nothing about what to build.
CATEGORY_ORDER: tuple[KanoCategory, ...] = (
    KanoCategory.M,
    KanoCategory.O,
    KanoCategory.A,
    KanoCategory.I,
    KanoCategory.R,
    KanoCategory.Q,
)
TIE_RULE_CATEGORIES = frozenset({KanoCategory.M, KanoCategory.O, KanoCategory.A, KanoCategory.I})
SMALL_SAMPLE = 10  # fewer answers than this: a class is a hint, not a finding
TIE_WINDOW_POINTS = 5  # stp25stat's window; the stp25kano README's +-2.5 % noise gives the same

_M, _O, _A, _I, _R, _Q = CATEGORY_ORDER

# METHODS.md 2.3: rows are the functional answer, columns the dysfunctional one, both in
# KanoAnswer order (Like, Expect, Neutral, Live with, Dislike).
EVALUATION_TABLE: tuple[tuple[KanoCategory, ...], ...] = (
    (_Q, _A, _A, _A, _O),  # Like
    (_R, _I, _I, _I, _M),  # Expect / must-be
    (_R, _I, _I, _I, _M),  # Neutral
    (_R, _I, _I, _I, _M),  # Live with
    (_R, _R, _R, _R, _Q),  # Dislike
)

CSV_COLUMNS = ("candidate", "respondent", "functional", "dysfunctional")
MAX_RESPONDENT = MAX_NAME  # a respondent's name follows the name limit
_ANSWER_DIGITS = frozenset("12345")

MESSAGES: dict[str, str] = {
    "caveat_tie": N_("tie with {others}, {count} each; M > O > A > I decides"),
    "tie_mark": N_("tie"),
    "category_M": N_("Must-be"),
    "category_O": N_("Performance"),
    "category_A": N_("Attractive (\"wow\")"),
    "category_I": N_("Indifferent"),
    "category_R": N_("Reverse"),
    "category_Q": N_("Questionable"),
    "answer_1": N_("I like it"),
    "answer_2": N_("I expect it"),
    "answer_3": N_("I am neutral"),
    "answer_4": N_("I can live with it"),
    "answer_5": N_("I dislike it"),
    "question_functional": N_("How would you feel if the product had this?"),
    "question_dysfunctional": N_("How would you feel if the product did not have this?"),
    "field_functional": N_("functional answer"),
    "field_dysfunctional": N_("dysfunctional answer"),
    "answer_out_of_range": N_("{label_cap} must be a whole number from 1 to 5, not {value}."),
    "drift_note": N_(
        "Kano classes drift: today's \"wow\" becomes tomorrow's basic need. These results date "
        "from {date}; survey again when the market moves."
    ),
    "csv_error": N_("Line {line}, {field}: {problem}"),
    "csv_empty": N_("the file is empty; the first line must name the columns {columns}."),
    "csv_missing_column": N_("the header has no column \"{field}\"; it needs {columns}."),
    "csv_duplicate_column": N_("the column \"{field}\" appears twice in the header."),
    "csv_missing_value": N_("the value is missing."),
    "csv_too_long": N_("a name holds at most {limit} characters; this one has {length}."),
    "csv_bad_answer": N_("the answer must be one digit from 1 to 5, not \"{value}\"."),
    "csv_extra_values": N_(
        "the row has {count} values but the header names {expected}; put text with a delimiter in "
        "double quotes."
    ),
    "csv_duplicate_answer": N_(
        "this respondent already answered for this candidate on line {first_line}."
    ),
    "csv_unknown_candidate": N_(
        "no candidate on this board has the id or the exact text \"{value}\"."
    ),
    "csv_ambiguous_candidate": N_(
        "{count} candidates have the text \"{value}\"; name this one by its id."
    ),
    "csv_unreadable": N_("the row cannot be read; check its double quotes ({detail})."),
}


def category_name(category: KanoCategory, language: str) -> str:
    return render(MESSAGES, f"category_{category.value}", language)


def result_caveats(result: KanoResult | None, language: str) -> list[str]:
    """What to keep in mind about a questionnaire class: an exact tie (and which rule
    broke it), a small sample. Empty when the class stands on its own."""
    if result is None or result.category is None:
        return []
    notes: list[str] = []
    if result.tied_with:
        others = ", ".join(category_name(c, language) for c in result.tied_with)
        notes.append(render(MESSAGES, "caveat_tie", language, others=others,
                            count=result.counts[result.category]))
    if result.small_sample:
        notes.append(plural(
            language,
            "only one answer: a small sample",
            "only {n} answers, fewer than {minimum}: a small sample",
            result.n,
            minimum=SMALL_SAMPLE,
        ))
    return notes


def result_marks(result: KanoResult | None, language: str) -> list[str]:
    """The short marks of `result_caveats`, as printed beside a class on boards and
    shown on screen: "n=3" for a small sample, "tie" for an exact tie."""
    if result is None or result.category is None:
        return []
    marks = [f"n={result.n}"] if result.small_sample else []
    if result.tied_with:
        marks.append(render(MESSAGES, "tie_mark", language))
    return marks


def category_label(category: KanoCategory | None, result: KanoResult | None,
                   language: str) -> str:
    """The class name with its caveats, e.g. "Must-be (tie with Attractive, 5 each;
    only 3 answers)"; empty for no class."""
    if category is None:
        return ""
    name = category_name(category, language)
    caveats = result_caveats(result, language) if result is not None and \
        result.category == category else []
    return f"{name} ({'; '.join(caveats)})" if caveats else name


def answer_name(answer: KanoAnswer, language: str) -> str:
    return render(MESSAGES, f"answer_{int(answer)}", language)


def drift_note(date: str, language: str) -> str:
    """The reminder shown beside dated results: classes decay over time (METHODS.md 2.6)."""
    return render(MESSAGES, "drift_note", language, date=date)


class FieldError(ValueError):
    """A value outside its allowed range.

    `field` names the offending field so a form can point at it; `str()` is English and
    `describe(language)` words it for the workshop's language.
    """

    def __init__(self, catalogue: Catalogue, key: str, field: str, **params: object) -> None:
        self.catalogue = catalogue
        self.key = key
        self.field = field
        self.params = params
        super().__init__(self.describe(DEFAULT_LANGUAGE))

    def describe(self, language: str) -> str:
        label_key = f"field_{self.field}"
        label = render(self.catalogue, label_key, language) if label_key in self.catalogue else ""
        label = label or self.field
        return render(
            self.catalogue,
            self.key,
            language,
            field=self.field,
            label=label,
            label_cap=label[:1].upper() + label[1:],
            **self.params,
        )


class CsvError(FieldError):
    """A CSV import problem at a 1-based file `line`, in column `field` ("row" for the line)."""

    def __init__(self, line: int, field: str, problem_key: str, **params: object) -> None:
        self.line = line
        self.problem_key = problem_key
        super().__init__(MESSAGES, "csv_error", field, line=line, **params)

    def describe(self, language: str) -> str:
        problem = render(MESSAGES, self.problem_key, language, field=self.field, **self.params)
        return render(
            MESSAGES, "csv_error", language, line=self.line, field=self.field, problem=problem
        )


def _check_answer(value: int, field_name: str) -> int:
    # bool is an int subclass, but True is no questionnaire answer.
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 5:
        raise FieldError(MESSAGES, "answer_out_of_range", field_name, value=repr(value))
    return value


def classify(functional: int, dysfunctional: int) -> KanoCategory:
    """The category of one respondent's answer pair (each 1..5, see KanoAnswer)."""
    row = _check_answer(functional, "functional")
    column = _check_answer(dysfunctional, "dysfunctional")
    return EVALUATION_TABLE[row - 1][column - 1]


@dataclass
class KanoResult:
    """Many respondents' answers on one candidate, summarised.

    Shares and strengths are in percent (0..100); Better and Worse are coefficients
    (0..1 and -1..0) and None when no answer is M, O, A or I.
    """

    counts: dict[KanoCategory, int] = field(
        default_factory=lambda: dict.fromkeys(CATEGORY_ORDER, 0)
    )
    n: int = 0
    category: KanoCategory | None = None  # None only when there are no answers
    tie_rule_applied: bool = False  # the category came from M > O > A > I, not the raw mode
    category_strength: float = 0.0
    total_strength: float = 0.0
    better: float | None = None
    worse: float | None = None
    fong_significant: bool = False
    # Other classes with exactly as many answers as the top one (an exact tie).
    tied_with: tuple[KanoCategory, ...] = ()

    @property
    def small_sample(self) -> bool:
        """Fewer than SMALL_SAMPLE answers: show the class with a warning."""
        return 0 < self.n < SMALL_SAMPLE

    def share(self, category: KanoCategory) -> float:
        """The category's share of all answers, in percent."""
        return 100.0 * self.counts.get(category, 0) / self.n if self.n else 0.0


def _priority(category: KanoCategory) -> int:
    return CATEGORY_ORDER.index(category)


def _fong_significant(m1: int, m2: int, n: int) -> bool:
    """|m1 - m2| >= 1.65 * sqrt((m1 + m2)(2n - m1 - m2) / 2n), in exact integers.

    Both sides are non-negative, so squaring keeps the order; 1.65**2 = 1089/400.
    """
    if n == 0:
        return False
    return (m1 - m2) ** 2 * 2 * n * 400 >= 1089 * (m1 + m2) * (2 * n - m1 - m2)


def aggregate(pairs: Iterable[tuple[int, int]]) -> KanoResult:
    """Classify every (functional, dysfunctional) pair and summarise them.

    The category is the mode. Categories are ranked by count, equal counts by the order
    M, O, A, I, R, Q. If the top two are both in {M, O, A, I} and their shares differ by at
    most 5 percentage points, the tie rule picks the higher-priority of the two
    (M > O > A > I), even when it has fewer answers. R and Q never enter that window: when
    either of the top two is R or Q, the larger count wins, and only an exactly equal count
    falls back to the order M, O, A, I, R, Q (a real opinion before a reverse one, and a
    reverse one before a misread question).
    """
    counts = dict.fromkeys(CATEGORY_ORDER, 0)
    for functional, dysfunctional in pairs:
        counts[classify(functional, dysfunctional)] += 1
    n = sum(counts.values())
    if n == 0:
        return KanoResult(counts=counts)

    ranked = sorted(CATEGORY_ORDER, key=lambda c: (-counts[c], _priority(c)))
    first, second = ranked[0], ranked[1]
    m1, m2 = counts[first], counts[second]
    category = first
    tie_rule_applied = False
    # Integer test of (m1 - m2) / n * 100 <= 5, so 5.0 points exactly counts as a tie.
    within_window = (m1 - m2) * 100 <= TIE_WINDOW_POINTS * n
    if first in TIE_RULE_CATEGORIES and second in TIE_RULE_CATEGORIES and within_window:
        category = min(first, second, key=_priority)
        tie_rule_applied = category != first

    a, o, m, i = (counts[c] for c in (_A, _O, _M, _I))
    denominator = a + o + m + i
    return KanoResult(
        counts=counts,
        n=n,
        category=category,
        tie_rule_applied=tie_rule_applied,
        category_strength=100.0 * (m1 - m2) / n,
        total_strength=100.0 * (a + o + m) / n,
        better=(a + o) / denominator if denominator else None,
        worse=-(o + m) / denominator if denominator else None,
        fong_significant=_fong_significant(m1, m2, n),
        tied_with=tuple(c for c in ranked if counts[c] == m1 and c != category),
    )


@dataclass
class KanoAnswerRecord:
    id: int
    candidate_id: int
    respondent: str
    functional: int
    dysfunctional: int


def results_by_candidate(records: Iterable[KanoAnswerRecord]) -> dict[int, KanoResult]:
    """One KanoResult per candidate that has answers (how an import recomputes categories)."""
    pairs: dict[int, list[tuple[int, int]]] = {}
    for record in records:
        pairs.setdefault(record.candidate_id, []).append(
            (record.functional, record.dysfunctional)
        )
    return {candidate_id: aggregate(answers) for candidate_id, answers in pairs.items()}


def _sniff_delimiter(header_line: str) -> str:
    # Spreadsheets in Russian locales save with ';' because ',' is the decimal mark; the
    # header alone decides, since candidate texts below may contain either character.
    return ";" if header_line.count(";") > header_line.count(",") else ","


def _answer(value: str, line: int, column: str) -> int:
    digits = value.strip()
    if not digits:
        raise CsvError(line, column, "csv_missing_value")
    if len(digits) != 1 or digits not in _ANSWER_DIGITS:
        raise CsvError(line, column, "csv_bad_answer", value=shown(digits, quote=""))
    return int(digits)


@dataclass(frozen=True)
class KanoCsvRow:
    """One questionnaire answer read from CSV, with the file line it starts on."""

    line: int
    candidate: str  # candidate text or id, as written
    respondent: str
    functional: int
    dysfunctional: int


def parse_kano_csv(text: str) -> list[tuple[str, str, int, int]]:
    """Read questionnaire answers: (candidate text or id, respondent, functional, dysfunctional).

    See `parse_kano_csv_rows`, which also keeps each row's line number.
    """
    return [
        (row.candidate, row.respondent, row.functional, row.dysfunctional)
        for row in parse_kano_csv_rows(text)
    ]


def parse_kano_csv_rows(text: str) -> list[KanoCsvRow]:
    """Read questionnaire answers, each with the line it starts on (for later errors).

    The first line names the columns candidate, respondent, functional and dysfunctional
    (any order and case; other columns are ignored). Blank lines are skipped; a header with
    no rows gives an empty list. The first bad row raises CsvError and nothing is returned.
    """
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise CsvError(1, "header", "csv_empty", columns=", ".join(CSV_COLUMNS))
    columns_text = ", ".join(CSV_COLUMNS)
    header_line = text.splitlines()[0]
    # newline="" hands the csv module the raw line endings, as it expects from files.
    reader = csv.reader(
        io.StringIO(text, newline=""), delimiter=_sniff_delimiter(header_line), strict=True
    )

    rows: list[KanoCsvRow] = []
    first_seen: dict[tuple[str, str], int] = {}
    column_index: dict[str, int] = {}
    width = 0
    while True:
        line = reader.line_num + 1  # a quoted value may span lines: report where the row starts
        try:
            values = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            raise CsvError(line, "row", "csv_unreadable", detail=str(error)) from error

        if not column_index:
            names = [name.strip().lower() for name in values]
            for name in CSV_COLUMNS:
                if names.count(name) > 1:
                    raise CsvError(line, name, "csv_duplicate_column")
                if name not in names:
                    raise CsvError(line, name, "csv_missing_column", columns=columns_text)
                column_index[name] = names.index(name)
            width = len(values)
            continue

        if not any(value.strip() for value in values):
            continue
        extra = values[width:]
        if any(value.strip() for value in extra):
            raise CsvError(line, "row", "csv_extra_values", count=len(values), expected=width)
        cells = {
            name: values[index] if index < len(values) else ""
            for name, index in column_index.items()
        }
        candidate = cells["candidate"].strip()
        respondent = cells["respondent"].strip()
        if not candidate:
            raise CsvError(line, "candidate", "csv_missing_value")
        if not respondent:
            raise CsvError(line, "respondent", "csv_missing_value")
        if len(respondent) > MAX_RESPONDENT:
            raise CsvError(
                line, "respondent", "csv_too_long", limit=MAX_RESPONDENT, length=len(respondent)
            )
        functional = _answer(cells["functional"], line, "functional")
        dysfunctional = _answer(cells["dysfunctional"], line, "dysfunctional")
        key = (candidate, respondent)
        if key in first_seen:
            raise CsvError(line, "respondent", "csv_duplicate_answer", first_line=first_seen[key])
        first_seen[key] = line
        rows.append(KanoCsvRow(line, candidate, respondent, functional, dysfunctional))
    return rows

