"""Prioritisation rules: candidates, RICE and ICE, the impact/effort 2x2, release slices,
the suggested MVP cut, the Pareto view and the dot-voting budget.

Follows METHODS.md section 5. Everything here is plain arithmetic over candidates; the
board, the store and the exports call it and show the words it returns.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from app.domain.i18n import N_, text
from app.domain.kano import CATEGORY_ORDER, FieldError, KanoCategory, KanoResult
from app.domain.texts import normalise_language, render


class Origin(StrEnum):
    """Where a candidate came from; shown on its card."""

    CAPTURE = "capture"  # promoted from a capture-board note
    REVERSE_SOLUTION = "reverse-solution"  # a solution built from another team's bad idea
    REVERSE_GOOD = "reverse-good"  # a team's parked good idea
    TYPED = "typed"  # typed straight onto the prioritisation board
    JOURNEY = "journey"  # a barrier or opportunity of a customer journey map
    SCENARIO = "scenario"  # a failure or model of the scenario audit


class MoSCoW(StrEnum):
    MUST = "must"
    SHOULD = "should"
    COULD = "could"
    WONT = "wont"


class Quadrant(StrEnum):
    QUICK_WINS = "quick_wins"  # high impact, low effort: do first
    BIG_BETS = "big_bets"  # high impact, high effort: plan them
    FILL_INS = "fill_ins"  # low impact, low effort: only if there is time
    MONEY_PITS = "money_pits"  # low impact, high effort: avoid


SCORE_METHODS = ("rice", "ice")
RICE_IMPACTS = (0.25, 0.5, 1.0, 2.0, 3.0)  # minimal, low, medium, high, massive
ICE_RANGE = (1, 10)
MUST_EFFORT_LIMIT = 0.6  # DSDM: keep Must-haves at or under 60 % of the effort
_SHARE_TOLERANCE = 1e-9  # so 3 of 5 is 60 % and not a hair above it
VOTE_BUDGET_CAP = 10

_DEFAULT_SLICE_NAMES = (N_("MVP 1"), N_("MVP 2"), N_("Later"), N_("Won't"))

MESSAGES: dict[str, str] = {
    "origin_capture": N_("From the capture board"),
    "origin_reverse-solution": N_("Solution from a bad idea"),
    "origin_reverse-good": N_("A team's good idea"),
    "origin_typed": N_("Typed in"),
    "origin_journey": N_("From the journey map"),
    "origin_scenario": N_("From the scenario audit"),
    "moscow_must": N_("Must have"),
    "moscow_should": N_("Should have"),
    "moscow_could": N_("Could have"),
    "moscow_wont": N_("Won't have this time"),
    "quadrant_quick_wins": N_("Quick wins"),
    "quadrant_big_bets": N_("Big bets"),
    "quadrant_fill_ins": N_("Fill-ins"),
    "quadrant_money_pits": N_("Money pits"),
    "field_reach": N_("reach"),
    "field_impact": N_("impact"),
    "field_confidence_percent": N_("confidence"),
    "field_confidence": N_("confidence"),
    "field_effort_months": N_("effort in person-months"),
    "field_effort": N_("effort"),
    "field_ease": N_("ease"),
    "field_rice_impact": N_("impact"),
    "field_ice_impact": N_("impact"),
    "field_ice_confidence": N_("confidence"),
    "field_ice_ease": N_("ease"),
    "field_budget": N_("budget"),
    "field_midpoint": N_("midpoint"),
    "field_method": N_("score method"),
    "field_score": N_("score"),
    "field_note_count": N_("number of notes"),
    "field_override": N_("dots per voter"),
    "not_a_number": N_("{label_cap} must be a number, not {value}."),
    "negative": N_("{label_cap} cannot be negative ({value})."),
    "not_positive": N_("{label_cap} must be greater than 0, not {value}."),
    "rice_impact_choice": N_("{label_cap} must be one of {choices}, not {value}."),
    "percent_range": N_("{label_cap} must be from 0 to 100 percent, not {value}."),
    "ice_range": N_("{label_cap} must be a whole number from 1 to 10, not {value}."),
    "unknown_method": N_("The score method must be \"rice\" or \"ice\", not {value}."),
    "at_least_one": N_("{label_cap} must be a whole number of at least 1, not {value}."),
    "slice_must_warning": N_(
        "Must-haves take {share} of this slice's effort; keep them at 60% or less."
    ),
    "slice_over_budget": N_("This slice needs {used} but its budget is {budget}."),
    "pareto_few": N_("Only {scored} items have a score: too few to say which carry most of it."),
    "pareto_few_of": N_(
        "Only {scored} of {total} items have a score: too few to say which carry most of it."
    ),
    "pareto_top": N_("The top {n} carry {share} of the total score."),
    "cut_summary": N_("Suggested cut: {count} items using {used} of the budget of {budget}."),
    "cut_score": N_("score {score}"),
    "slice_unestimated": N_("Not counted: {count} without an estimate in person-months."),
    "effort_short": N_("{months} p-m"),
    "effort_hint": N_("Effort: {months} person-months, counted in the slice's budget."),
    "no_estimate": N_("no estimate"),
    "no_estimate_hint": N_("No estimate in person-months: not counted in the slice's budget."),
    "cut_no_estimate_out": N_(
        "No estimate in person-months yet, so it cannot be budgeted: size it to include it."
    ),
    "cut_moscow_must_in": N_("Marked Must have by the room, so it goes in first."),
    "cut_moscow_must_out": N_(
        "Marked Must have, but it does not fit: it needs {cost} and only {left} of the budget of "
        "{budget} is left after the other Must items. Raise the budget or split the item."
    ),
    "cut_no_score": N_("no score yet"),
    "cut_must_in": N_("Must-be: customers expect it, so it goes in first."),
    "cut_must_in_cheapest": N_(
        "Must-be, taken first. Not all Must-be items fit in the budget of {budget}, so the "
        "cheapest went in first."
    ),
    "cut_must_out": N_(
        "Must-be, but it does not fit: all Must-be items together exceed the budget of {budget}, "
        "cheaper ones went in first and only {left} is left for this one, which needs {cost}. "
        "Raise the budget or split the item."
    ),
    "cut_performance_in": N_(
        "Performance, {scored}: taken in score order while the budget allows."
    ),
    "cut_performance_out": N_(
        "Performance, {scored}, but it needs {cost} and only {left} is left."
    ),
    "cut_performance_swapped": N_(
        "Performance, {scored}: taken out to make room for the Attractive item \"{attractive}\", "
        "as one of the lowest-scoring Performance items."
    ),
    "cut_attractive_in": N_(
        "Attractive, {scored}: at least one \"wow\" item, so the release is not only basics."
    ),
    "cut_attractive_swap_in": N_(
        "Attractive, {scored}: at least one \"wow\" item belongs in the release, so the "
        "lowest-scoring Performance items made room for it ({swapped})."
    ),
    "cut_attractive_extra_in": N_(
        "Attractive, {scored}: another \"wow\" item that fits in the budget left over."
    ),
    "cut_attractive_out": N_("Attractive, {scored}, but it needs {cost} and only {left} is left."),
    "cut_attractive_none_fits": N_(
        "Attractive, but no \"wow\" item fits even without the Performance items: the Must-be "
        "items take {must_used} of the budget of {budget} and this one needs {cost}."
    ),
    "cut_indifferent_out": N_(
        "Indifferent: customers do not care either way, so it stays out of this cut."
    ),
    "cut_reverse_out": N_("Reverse: some customers would rather not have it, so it stays out."),
    "cut_questionable_out": N_(
        "Questionable: the answers contradict each other; check the question first."
    ),
    "cut_unclassified_out": N_(
        "No Kano category yet: sort it into one so the suggestion can weigh it."
    ),
}


@dataclass
class Candidate:
    """An idea competing for a release, on the prioritisation board."""

    id: int
    board_id: int
    text: str
    note_id: int | None = None  # the note it was promoted from
    origin: str = Origin.TYPED  # an Origin value
    kano: KanoCategory | None = None  # quick-mode class; questionnaire answers override it
    impact: float | None = None  # 2x2 coordinates, 0..10
    effort: float | None = None
    reach: float | None = None  # RICE: people or events per period
    rice_impact: float | None = None  # one of RICE_IMPACTS
    confidence: float | None = None  # RICE: percent, 0..100
    effort_months: float | None = None  # RICE: person-months; also the budgeting effort
    ice_impact: int | None = None  # ICE: 1..10 each
    ice_confidence: int | None = None
    ice_ease: int | None = None
    slice_id: int | None = None
    moscow: str | None = None  # a MoSCoW value
    votes: int = 0  # derived from the board's dot votes; filled by callers
    x: float = 0.0
    y: float = 0.0
    kano_dated: str = ""  # ISO date the class was last set: classes drift over time


@dataclass
class ReleaseSlice:
    id: int
    board_id: int
    name: str
    position: int = 0
    budget: float = 0.0  # effort units (person-months); 0 means no budget set


@dataclass
class SliceLoad:
    slice_id: int
    used: float  # budgeting effort of the slice's candidates
    budget: float
    fraction: float | None  # used / budget; None when no budget is set
    over_budget: bool
    must_effort: float
    must_share: float | None  # must_effort / used; None for an empty slice
    must_warning: bool  # Must-haves above 60 % of the slice's effort
    unestimated: int = 0  # members without person-months: not counted in `used`


@dataclass
class CutSuggestion:
    chosen: list[int]  # candidate ids in the order they were picked
    reasons: list[tuple[int, str]]  # one per candidate: chosen ones first, then the rest
    used: float = 0.0
    summary: str = ""


@dataclass
class ParetoRow:
    candidate_id: int
    score: float
    share: float  # of the total score, 0..1
    cumulative_share: float  # this row and all above it, 0..1


def origin_name(origin: str, language: str) -> str:
    return render(MESSAGES, f"origin_{Origin(origin).value}", language)


def moscow_name(moscow: str, language: str) -> str:
    return render(MESSAGES, f"moscow_{MoSCoW(moscow).value}", language)


def quadrant_name(quadrant_value: Quadrant, language: str) -> str:
    return render(MESSAGES, f"quadrant_{quadrant_value.value}", language)


def default_slice_names(language: str) -> tuple[str, ...]:
    return tuple(text(normalise_language(language), name) for name in _DEFAULT_SLICE_NAMES)


def format_number(value: float, language: str) -> str:
    """At most two decimals, no trailing zeros; Russian writes a decimal comma."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    text = "0" if text == "-0" else text
    return text.replace(".", ",") if normalise_language(language) == "ru" else text


def format_percent(fraction: float) -> str:
    return f"{fraction * 100:.0f}%"


def effective_category(
    candidate: Candidate, result: KanoResult | None
) -> KanoCategory | None:
    """The questionnaire's category when it has answers, else the quick-mode class."""
    if result is not None and result.n > 0 and result.category is not None:
        return result.category
    return candidate.kano


def _number(value: float, field_name: str) -> float:
    # bool is an int subclass; a ticked checkbox is no score.
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise FieldError(MESSAGES, "not_a_number", field_name, value=repr(value))
    return float(value)


def rice_score(
    reach: float, impact: float, confidence_percent: float, effort_months: float
) -> float:
    """RICE = reach x impact x confidence / effort, with confidence given in percent."""
    reach = _number(reach, "reach")
    impact = _number(impact, "impact")
    confidence_percent = _number(confidence_percent, "confidence_percent")
    effort_months = _number(effort_months, "effort_months")
    if reach < 0:
        raise FieldError(MESSAGES, "negative", "reach", value=format_number(reach, "en"))
    if impact not in RICE_IMPACTS:
        choices = ", ".join(format_number(choice, "en") for choice in RICE_IMPACTS)
        raise FieldError(
            MESSAGES, "rice_impact_choice", "impact", value=repr(impact), choices=choices
        )
    if not 0 <= confidence_percent <= 100:
        raise FieldError(
            MESSAGES, "percent_range", "confidence_percent", value=repr(confidence_percent)
        )
    if effort_months <= 0:
        raise FieldError(MESSAGES, "not_positive", "effort_months", value=repr(effort_months))
    return reach * impact * (confidence_percent / 100) / effort_months


def ice_score(impact: int, confidence: int, ease: int) -> int:
    """ICE = impact x confidence x ease, each a whole number 1..10 (the multiplying form)."""
    low, high = ICE_RANGE
    for field_name, value in (("impact", impact), ("confidence", confidence), ("ease", ease)):
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise FieldError(MESSAGES, "ice_range", field_name, value=repr(value))
    return impact * confidence * ease


def score(candidate: Candidate, method: str) -> float | None:
    """The candidate's RICE or ICE score; None while any input is missing.

    Values that are present but invalid raise FieldError (a ValueError), as when typed.
    """
    if method == "rice":
        reach, impact = candidate.reach, candidate.rice_impact
        confidence, effort_months = candidate.confidence, candidate.effort_months
        if reach is None or impact is None or confidence is None or effort_months is None:
            return None
        return rice_score(reach, impact, confidence, effort_months)
    if method == "ice":
        impact_10, confidence_10, ease = (
            candidate.ice_impact,
            candidate.ice_confidence,
            candidate.ice_ease,
        )
        if impact_10 is None or confidence_10 is None or ease is None:
            return None
        return float(ice_score(impact_10, confidence_10, ease))
    raise FieldError(MESSAGES, "unknown_method", "method", value=repr(method))


def quadrant(impact: float, effort: float, midpoint: float = 5.0) -> Quadrant:
    """The 2x2 quadrant; a value on the midpoint counts as high, for impact and effort alike."""
    high_impact = _number(impact, "impact") >= _number(midpoint, "midpoint")
    high_effort = _number(effort, "effort") >= midpoint
    if high_impact:
        return Quadrant.BIG_BETS if high_effort else Quadrant.QUICK_WINS
    return Quadrant.MONEY_PITS if high_effort else Quadrant.FILL_INS


def has_estimate(candidate: Candidate) -> bool:
    """True when the candidate is sized in person-months (a positive, finite number)."""
    months = candidate.effort_months
    return months is not None and math.isfinite(months) and months > 0


def budget_effort(candidate: Candidate) -> float:
    """Effort used for budgets: person-months only. An item without an estimate counts 0
    and is reported as "no estimate" (`SliceLoad.unestimated`, the cut's reasons); the
    2x2 effort is a 0..10 judgement, not person-months, so it is never budgeted."""
    months = candidate.effort_months
    return float(months) if months is not None and has_estimate(candidate) else 0.0


def effort_label(candidate: Candidate, language: str) -> str:
    """A card's budgeting effort, short: "2.5 p-m" (person-months; `estimate_note` says it
    in full), or "no estimate" for an item that `has_estimate` refuses: it is not counted
    in any budget and never shown as 0."""
    if not has_estimate(candidate):
        return render(MESSAGES, "no_estimate", language)
    months = format_number(budget_effort(candidate), language)
    return render(MESSAGES, "effort_short", language, months=months)


def estimate_note(candidate: Candidate, language: str) -> str:
    """What a card's effort means, in full (shown when hovering it)."""
    if not has_estimate(candidate):
        return render(MESSAGES, "no_estimate_hint", language)
    months = format_number(budget_effort(candidate), language)
    return render(MESSAGES, "effort_hint", language, months=months)


def slice_load(release_slice: ReleaseSlice, candidates: Iterable[Candidate]) -> SliceLoad:
    """How full a slice is and whether its Must-haves crowd out everything else."""
    members = [c for c in candidates if c.slice_id == release_slice.id]
    used = math.fsum(budget_effort(c) for c in members)
    must_effort = math.fsum(budget_effort(c) for c in members if c.moscow == MoSCoW.MUST)
    budget = release_slice.budget
    must_share = must_effort / used if used > 0 else None
    return SliceLoad(
        slice_id=release_slice.id,
        used=used,
        budget=budget,
        fraction=used / budget if budget > 0 else None,
        over_budget=budget > 0 and used > budget,
        must_effort=must_effort,
        must_share=must_share,
        must_warning=must_share is not None
        and must_share > MUST_EFFORT_LIMIT + _SHARE_TOLERANCE,
        unestimated=sum(1 for c in members if not has_estimate(c)),
    )


def slice_warnings(load: SliceLoad, language: str) -> list[str]:
    """The sentences shown under a slice's gauge."""
    warnings: list[str] = []
    if load.over_budget:
        warnings.append(
            render(
                MESSAGES,
                "slice_over_budget",
                language,
                used=format_number(load.used, language),
                budget=format_number(load.budget, language),
            )
        )
    if load.must_warning and load.must_share is not None:
        warnings.append(
            render(MESSAGES, "slice_must_warning", language, share=format_percent(load.must_share))
        )
    if load.unestimated:
        warnings.append(render(MESSAGES, "slice_unestimated", language, count=load.unestimated))
    return warnings


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def suggest_cut(
    candidates: Iterable[Candidate],
    categories: Mapping[int, KanoCategory | None],
    scores: Mapping[int, float | None],
    budget: float,
    language: str = "en",
) -> CutSuggestion:
    """Fill a release (MVP 1) within `budget`, explaining every pick and every omission.

    1. Every Must-be goes in first; if they do not all fit, the cheapest go in first.
    2. Then Performance items, best score first (unscored last), each if it still fits.
    3. At least one Attractive item when one exists: the best-scoring one that fits; if none
       fits, the lowest-scoring Performance items come out one at a time until one does.
       If none fits even with no Performance item left, the Performance items stay and the
       reason says so.
    4. Budget left over goes to the remaining Performance, then Attractive, items.
    Items the room marked MoSCoW Must count as Must-be whatever their Kano class. Items
    without an estimate in person-months stay out with that reason. Indifferent, Reverse,
    Questionable and unclassified items stay out. Efforts are `budget_effort`; ties go to
    the lower id, so the same input gives the same cut.
    """
    budget = _number(budget, "budget")
    if budget < 0:
        raise FieldError(MESSAGES, "negative", "budget", value=format_number(budget, "en"))
    everyone = sorted(candidates, key=lambda c: c.id)
    by_id = {c.id: c for c in everyone}
    # Only what is sized in person-months can be budgeted; the rest is named, not guessed.
    pool = [c for c in everyone if has_estimate(c)]
    unestimated = {c.id for c in everyone if not has_estimate(c)}
    cost = {c.id: budget_effort(c) for c in everyone}
    room_must = {c.id for c in pool if c.moscow == MoSCoW.MUST}

    def category_of(candidate_id: int) -> KanoCategory | None:
        return categories.get(candidate_id)

    def score_of(candidate_id: int) -> float | None:
        value = scores.get(candidate_id)
        return value if value is not None and math.isfinite(value) else None

    def best_first(candidate_id: int) -> tuple[bool, float, int]:
        value = score_of(candidate_id)
        return (value is None, -value if value is not None else 0.0, candidate_id)

    def fits(chosen_ids: Sequence[int], candidate_id: int) -> bool:
        # fsum is correctly rounded, so the total does not depend on the order of picks.
        return math.fsum([*(cost[i] for i in chosen_ids), cost[candidate_id]]) <= budget

    def ids_in(category: KanoCategory) -> list[int]:
        return [c.id for c in pool if category_of(c.id) == category]

    # Must-be by Kano, and whatever the room marked MoSCoW Must whatever its class.
    musts = sorted({*ids_in(KanoCategory.M), *room_must}, key=lambda i: (cost[i], i))
    performance = sorted((i for i in ids_in(KanoCategory.O) if i not in room_must),
                         key=best_first)
    attractive = sorted((i for i in ids_in(KanoCategory.A) if i not in room_must),
                        key=best_first)

    chosen: list[int] = []
    for candidate_id in musts:
        if fits(chosen, candidate_id):
            chosen.append(candidate_id)
    all_musts_fit = len(chosen) == len(musts)
    must_used = math.fsum(cost[i] for i in chosen)

    for candidate_id in performance:
        if fits(chosen, candidate_id):
            chosen.append(candidate_id)

    anchor: int | None = None  # the Attractive item that guarantees a "wow"
    removed: list[int] = []
    if attractive:
        anchor = next((a for a in attractive if fits(chosen, a)), None)
        if anchor is not None:
            chosen.append(anchor)
        else:
            lowest_first = sorted(
                (i for i in chosen if i in performance), key=best_first, reverse=True
            )
            trial = list(chosen)
            for candidate_id in lowest_first:
                trial.remove(candidate_id)
                removed.append(candidate_id)
                anchor = next((a for a in attractive if fits(trial, a)), None)
                if anchor is not None:
                    chosen = [*trial, anchor]
                    break
            if anchor is None:
                removed = []

    for candidate_id in [*performance, *attractive]:
        if candidate_id not in chosen and fits(chosen, candidate_id):
            chosen.append(candidate_id)
    swapped = [i for i in removed if i not in chosen]

    used = math.fsum(cost[i] for i in chosen)
    left = budget - used

    def number(value: float) -> str:
        return format_number(value, language)

    def scored(candidate_id: int) -> str:
        value = score_of(candidate_id)
        if value is None:
            return render(MESSAGES, "cut_no_score", language)
        return render(MESSAGES, "cut_score", language, score=number(value))

    def reason(candidate_id: int) -> str:
        category = category_of(candidate_id)
        picked = candidate_id in chosen
        common = {"scored": scored(candidate_id), "cost": number(cost[candidate_id])}
        if candidate_id in unestimated:
            return render(MESSAGES, "cut_no_estimate_out", language)
        if candidate_id in room_must and category != KanoCategory.M:
            if picked:
                return render(MESSAGES, "cut_moscow_must_in", language)
            return render(MESSAGES, "cut_moscow_must_out", language, budget=number(budget),
                          left=number(budget - must_used), cost=common["cost"])
        if category == KanoCategory.M:
            if picked:
                key = "cut_must_in" if all_musts_fit else "cut_must_in_cheapest"
                return render(MESSAGES, key, language, budget=number(budget))
            return render(
                MESSAGES,
                "cut_must_out",
                language,
                budget=number(budget),
                left=number(budget - must_used),
                cost=common["cost"],
            )
        if category == KanoCategory.O:
            if picked:
                return render(MESSAGES, "cut_performance_in", language, **common)
            if candidate_id in swapped and anchor is not None:
                attractive_text = _short(by_id[anchor].text)
                return render(
                    MESSAGES,
                    "cut_performance_swapped",
                    language,
                    attractive=attractive_text,
                    **common,
                )
            return render(MESSAGES, "cut_performance_out", language, left=number(left), **common)
        if category == KanoCategory.A:
            if candidate_id == anchor:
                if swapped:
                    names = ", ".join(f"\"{_short(by_id[i].text)}\"" for i in swapped)
                    if normalise_language(language) == "ru":
                        names = ", ".join(f"«{_short(by_id[i].text)}»" for i in swapped)
                    return render(
                        MESSAGES, "cut_attractive_swap_in", language, swapped=names, **common
                    )
                return render(MESSAGES, "cut_attractive_in", language, **common)
            if picked:
                return render(MESSAGES, "cut_attractive_extra_in", language, **common)
            if anchor is None:
                return render(
                    MESSAGES,
                    "cut_attractive_none_fits",
                    language,
                    must_used=number(must_used),
                    budget=number(budget),
                    **common,
                )
            return render(MESSAGES, "cut_attractive_out", language, left=number(left), **common)
        left_out_keys = {
            KanoCategory.I: "cut_indifferent_out",
            KanoCategory.R: "cut_reverse_out",
            KanoCategory.Q: "cut_questionable_out",
        }
        key = left_out_keys[category] if category is not None else "cut_unclassified_out"
        return render(MESSAGES, key, language)

    left_out_order: tuple[KanoCategory | None, ...] = (*CATEGORY_ORDER, None)
    category_rank = {category: rank for rank, category in enumerate(left_out_order)}
    others = sorted(
        (c.id for c in everyone if c.id not in chosen),
        key=lambda i: (category_rank.get(category_of(i), len(category_rank)), best_first(i)),
    )
    reasons = [(i, reason(i)) for i in [*chosen, *others]]
    summary = render(
        MESSAGES,
        "cut_summary",
        language,
        count=len(chosen),
        used=number(used),
        budget=number(budget),
    )
    return CutSuggestion(chosen=chosen, reasons=reasons, used=used, summary=summary)


def pareto(scores: Mapping[int, float]) -> list[ParetoRow]:
    """Candidates by score, highest first (ties by id), with each one's cumulative share.

    Shares are of the total score; when every score is 0 all shares are 0.
    """
    for candidate_id, value in scores.items():
        checked = _number(value, "score")
        if checked < 0:
            raise FieldError(MESSAGES, "negative", "score", value=f"{checked} (#{candidate_id})")
    ordered = sorted(scores.items(), key=lambda item: (-item[1], item[0]))
    total = math.fsum(value for _, value in ordered)
    rows: list[ParetoRow] = []
    running: list[float] = []
    for candidate_id, value in ordered:
        running.append(value)
        # fsum of the whole prefix is correctly rounded, so the last row is exactly 1.0.
        cumulative = math.fsum(running) / total if total > 0 else 0.0
        share = value / total if total > 0 else 0.0
        rows.append(ParetoRow(candidate_id, float(value), share, cumulative))
    return rows


def top_share(rows: Sequence[ParetoRow], n: int = 3) -> float:
    """The share of the total score carried by the `n` highest-scoring rows (0..1)."""
    if n <= 0:
        return 0.0
    best = sorted(rows, key=lambda row: (-row.score, row.candidate_id))[:n]
    return min(1.0, math.fsum(row.share for row in best))


def top_share_text(rows: Sequence[ParetoRow], language: str, n: int = 3,
                   total: int | None = None) -> str:
    """The Pareto headline. With `n` or fewer scored items "the top n carry 100%" says
    nothing, so it says how few are scored instead (`total`: all the candidates)."""
    if len(rows) <= n:
        if total is not None and total > len(rows):
            return render(MESSAGES, "pareto_few_of", language, scored=len(rows), total=total)
        return render(MESSAGES, "pareto_few", language, scored=len(rows))
    share = format_percent(top_share(rows, n))
    return render(MESSAGES, "pareto_top", language, n=min(n, len(rows)), share=share)


def vote_budget(note_count: int, override: int | None) -> int:
    """Dots per voter: the facilitator's number if set, else notes // 3, capped at 10, min 1.

    The N/3 rule of METHODS.md 5.5; the cap keeps large boards from turning into a chore.
    """
    if override is not None:
        if isinstance(override, bool) or not isinstance(override, int) or override < 1:
            raise FieldError(MESSAGES, "at_least_one", "override", value=repr(override))
        return override
    if isinstance(note_count, bool) or not isinstance(note_count, int) or note_count < 0:
        raise FieldError(MESSAGES, "negative", "note_count", value=repr(note_count))
    return max(1, min(VOTE_BUDGET_CAP, note_count // 3))
