"""The demo's prioritisation board: from the room's best ideas to a first release.

A dozen capture notes (and, when the good/bad round ran, its solutions) are promoted,
two candidates are typed in, the group sorted them in quick Kano mode, eight customers
answered the questionnaire for five of them, everything has RICE (and ICE) scores and a
place on the 2x2, and MVP 1 holds the suggested cut. Built with the same edit functions
the board uses, so the demo shows exactly what a facilitator would get.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.domain import model, prioritise_flow, promotion
from app.domain.entities import apply
from app.domain.kano import KanoCategory
from app.domain.prioritise import MoSCoW
from app.domain.texts import render

M, O, A, I = KanoCategory.M, KanoCategory.O, KanoCategory.A, KanoCategory.I  # noqa: E741

# Capture note ids (app/demo_parts/capture.py IDEAS, 1-based) promoted to candidates, in card order.
PROMOTED_NOTES = (12, 4, 34, 30, 1, 15, 6, 3, 23, 24, 17, 38)
TYPED = (
    (
        "Clear payment status: received, pending or late",
        "Понятный статус платежа: получен, в обработке, просрочен",
    ),
    ("First late payment without a penalty", "Первая просрочка без штрафа"),
)


@dataclass(frozen=True)
class Plan:
    """What the room decided about one candidate."""

    kano: KanoCategory  # quick-mode class
    rice: tuple[float, float, float, float]  # reach, impact, confidence %, person-months
    ice: tuple[int, int, int]  # impact, confidence, ease
    matrix: tuple[float, float]  # 2x2 impact, effort
    moscow: MoSCoW | None


def _plan(
    kano: KanoCategory,
    rice: tuple[float, float, float, float],
    ice: tuple[int, int, int],
    matrix: tuple[float, float],
    moscow: MoSCoW | None,
) -> Plan:
    return Plan(kano, rice, ice, matrix, moscow)


# One per candidate, in the order above (promoted, then typed).
PLANS = tuple(
    _plan(*row)
    for row in (
        (M, (6000, 1, 100, 0.5), (7, 9, 9), (9.2, 1.0), MoSCoW.MUST),  # remind 3 days before
        (O, (5000, 2, 80, 1), (8, 8, 7), (9.2, 3.0), MoSCoW.SHOULD),  # payment link by SMS
        (M, (6000, 1, 80, 1), (7, 8, 8), (8.3, 3.0), MoSCoW.MUST),  # no hidden fees
        (M, (6000, 0.5, 100, 0.5), (5, 9, 9), (6.5, 1.0), MoSCoW.MUST),  # receipt by SMS
        (O, (4000, 2, 80, 2), (9, 7, 5), (9.2, 6.2), MoSCoW.SHOULD),  # pay from the bank app
        (A, (1200, 2, 80, 0.5), (6, 7, 9), (7.4, 1.0), MoSCoW.COULD),  # grace period
        (O, (3000, 1, 80, 1.5), (7, 7, 6), (7.4, 3.4), MoSCoW.SHOULD),  # fast payment by phone
        (O, (2500, 2, 80, 3), (8, 6, 4), (9.2, 8.4), MoSCoW.SHOULD),  # autopay
        (A, (1500, 3, 50, 4), (8, 5, 3), (8.3, 8.4), MoSCoW.COULD),  # partner pharmacies
        (I, (1500, 0.5, 80, 1), (4, 7, 7), (2.6, 3.0), MoSCoW.COULD),  # map of payment points
        (I, (2000, 0.5, 50, 2), (4, 4, 5), (3.5, 6.4), MoSCoW.WONT),  # chat bot
        (A, (3000, 0.25, 50, 2), (3, 4, 5), (2.4, 8.3), MoSCoW.WONT),  # loyalty points
        (M, (6000, 1, 80, 1), (7, 8, 7), (8.3, 1.0), MoSCoW.MUST),  # typed: payment status
        (A, (800, 1, 50, 0.5), (5, 5, 9), (3.8, 1.2), MoSCoW.COULD),  # typed: first late free
    )
)

# Free places on the 2x2 (impact, effort) for the good/bad round's solutions: big bets.
SOLUTION_SPOTS = ((8.3, 6.2), (7.4, 6.2), (7.4, 8.4), (6.5, 8.4), (5.6, 6.2), (6.5, 6.2))


def _solution_plan(index: int) -> Plan:
    """Solutions from the good/bad round: "wow" ideas, bold and costly."""
    spot = SOLUTION_SPOTS[index % len(SOLUTION_SPOTS)]
    return Plan(A, (1000, 2, 50, 3), (7, 5, 4), spot, None)


RESPONDENTS = (
    ("Olga", "Ольга"),
    ("Pavel", "Павел"),
    ("Rustam", "Рустам"),
    ("Svetlana", "Светлана"),
    ("Timur", "Тимур"),
    ("Ulyana", "Ульяна"),
    ("Viktor", "Виктор"),
    ("Yana", "Яна"),
)
# Questionnaire answers (functional, dysfunctional) per respondent, for candidates by
# their index in PROMOTED_NOTES; loyalty points show how answers overrule the quick class.
ANSWERS: dict[int, tuple[tuple[int, int], ...]] = {
    2: ((2, 5), (2, 5), (1, 5), (2, 5), (3, 5), (2, 5), (3, 3), (2, 5)),  # no hidden fees: M
    3: ((2, 5), (3, 5), (2, 3), (2, 5), (1, 5), (3, 3), (2, 5), (2, 4)),  # receipt: M
    1: ((1, 5), (1, 5), (1, 4), (1, 5), (2, 5), (1, 5), (1, 3), (1, 5)),  # SMS link: O
    8: ((1, 3), (1, 4), (1, 3), (1, 5), (1, 4), (3, 3), (1, 5), (1, 3)),  # pharmacies: A
    11: ((1, 3), (3, 3), (3, 3), (1, 4), (3, 4), (5, 3), (1, 3), (3, 3)),  # loyalty: I
}

SLICE_BUDGETS = (6.0, 10.0, 0.0, 0.0)  # person-months: MVP 1, MVP 2, Later, Won't
MVP2_NOTES = (1, 3, 24)  # promoted notes that go to MVP 2 (the typed "first late" too)
LATER_NOTES = (23, 17)


def _text(language: str, pair: tuple[str, str]) -> str:
    return pair[1] if language == "ru" else pair[0]


def build(data: model.WorkshopData, language: str) -> None:
    today = data.workshop.date or None
    title = render(prioritise_flow.MESSAGES, "board_title", language)
    apply(data, promotion.promote(data, PROMOTED_NOTES, title))
    board = promotion.prioritisation_board(data)
    assert board is not None
    by_note = {c.note_id: c.id for c in data.candidates if c.board_id == board.id}
    planned = [by_note[note_id] for note_id in PROMOTED_NOTES]
    for pair in TYPED:
        apply(data, prioritise_flow.add_candidate(data, board.id, _text(language, pair)))
        planned.append(data.candidates[-1].id)

    solutions = sorted(
        (n for n in data.notes if n.role == model.NoteRole.SOLUTION),
        key=lambda n: (-data.vote_totals().get(n.id, 0), n.id),
    )
    apply(data, promotion.promote(data, [n.id for n in solutions], title))
    solution_ids = [c for n in solutions if (c := _candidate_for(data, n.id)) is not None]

    plans = [*zip(planned, PLANS, strict=True)]
    plans += [(candidate_id, _solution_plan(i)) for i, candidate_id in enumerate(solution_ids)]
    for candidate_id, plan in plans:
        reach, rice_impact, confidence, months = plan.rice
        ice_impact, ice_confidence, ice_ease = plan.ice
        apply(data, prioritise_flow.set_kano_class(data, [candidate_id], plan.kano, today))
        apply(
            data,
            prioritise_flow.set_score_fields(
                data,
                candidate_id,
                reach=reach,
                rice_impact=rice_impact,
                confidence=confidence,
                effort_months=months,
                ice_impact=ice_impact,
                ice_confidence=ice_confidence,
                ice_ease=ice_ease,
            ),
        )
        apply(data, prioritise_flow.place_on_matrix(data, {candidate_id: plan.matrix}))
        apply(data, prioritise_flow.set_moscow(data, [candidate_id], plan.moscow))

    for number, respondent in enumerate(RESPONDENTS):
        answers = {planned[index]: pairs[number] for index, pairs in ANSWERS.items()}
        apply(
            data,
            prioritise_flow.set_respondent_answers(
                data, _text(language, respondent), answers, today
            ),
        )

    apply(data, prioritise_flow.create_default_slices(data, board.id, SLICE_BUDGETS))
    mvp1, mvp2, later, wont = prioritise_flow.board_slices(data, board.id)[:4]
    # Solutions: the best-voted goes to MVP 2, the rest wait for later.
    apply(data, prioritise_flow.assign_to_slice(data, [by_note[n] for n in MVP2_NOTES], mvp2.id))
    apply(data, prioritise_flow.assign_to_slice(data, [planned[-1], *solution_ids[:1]], mvp2.id))
    apply(data, prioritise_flow.assign_to_slice(data, [by_note[n] for n in LATER_NOTES], later.id))
    apply(data, prioritise_flow.assign_to_slice(data, solution_ids[1:], later.id))
    wont_ids = [c.id for c in data.candidates if c.board_id == board.id and c.moscow == MoSCoW.WONT]
    apply(data, prioritise_flow.assign_to_slice(data, wont_ids, wont.id))
    cut = prioritise_flow.suggest_cut(data, board.id, mvp1.id)
    apply(data, prioritise_flow.apply_cut(data, board.id, mvp1.id, cut.chosen))


def _candidate_for(data: model.WorkshopData, note_id: int) -> int | None:
    return next((c.id for c in data.candidates if c.note_id == note_id), None)
