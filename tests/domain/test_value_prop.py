"""Value Proposition Canvas: fit, statement templates and the archetype suggestion."""

from __future__ import annotations

import dataclasses
import re

import pytest

from app.domain.archetypes import Catalogue, Motivation, load_catalogue
from app.domain.i18n import catalogue_languages
from app.domain.i18n_catalogues import translated
from app.domain.value_prop import (
    MAX_ANSWER,
    MESSAGES,
    MOTIVATION_QUESTIONS,
    Canvas,
    CanvasItem,
    CanvasItemKind,
    DanglingLink,
    JobType,
    Segment,
    adlib_statement,
    archetype_draft,
    fit,
    positioning_statement,
    rank_archetypes,
    ranked,
)

K = CanvasItemKind
CYRILLIC = re.compile(r"[А-Яа-яЁё]")
BLANK = "…"


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue()


def item(
    item_id: int,
    kind: CanvasItemKind,
    text: str,
    rank: int = 1,
    job_type: JobType | None = None,
    addresses: list[int] | None = None,
) -> CanvasItem:
    return CanvasItem(item_id, 1, kind, text, rank, job_type, addresses or [])


def borrowers_canvas() -> tuple[Canvas, Segment, list[CanvasItem]]:
    canvas = Canvas(
        1,
        segment_id=1,
        competitor="paying at a cash terminal",
        category="online payment service",
        product_name="PayLink",
    )
    segment = Segment(1, "micro-loan borrowers", "People repaying small loans monthly")
    items = [
        item(1, K.JOB, "Pay the loan on time", 1, JobType.FUNCTIONAL),
        item(2, K.JOB, "Feel safe about my credit history", 2, JobType.EMOTIONAL),
        item(3, K.PAIN, "Payment points are closed", 1),
        item(4, K.PAIN, "Bank fees for card payments", 2),
        item(5, K.GAIN, "A clean credit history", 1),
        item(6, K.PRODUCT, "Payment landing page", 1),
        item(7, K.RELIEVER, "paying from any bank card without a fee", 1, addresses=[3, 4]),
        item(8, K.CREATOR, "reminding a day before the due date", 1, addresses=[5]),
    ]
    return canvas, segment, items


# --- fit ------------------------------------------------------------------------------------
def test_fit_reports_addressed_unaddressed_and_dangling_links() -> None:
    items = [
        item(1, K.PAIN, "Queues", 1),
        item(2, K.PAIN, "Lost receipts", 2),
        item(3, K.PAIN, "Rude staff", 5),
        item(4, K.GAIN, "Save an hour", 1),
        item(5, K.GAIN, "Cashback", 4),
        item(6, K.JOB, "Pay bills", 1),
        item(7, K.RELIEVER, "Online payment", 1, addresses=[1, 99, 1]),
        item(8, K.CREATOR, "Cashback programme", 1, addresses=[5, 6]),
        item(9, K.CREATOR, "Also cashback", 2, addresses=[5]),
    ]
    report = fit(items)
    assert report.addressed_pains == [1]
    assert report.addressed_gains == [5]
    assert report.unaddressed_pains == [2, 3]
    assert report.unaddressed_gains == [4]
    assert report.unaddressed_top_pains == [2]  # rank 5 is not a top pain
    assert report.unaddressed_top_gains == [4]  # rank 4 cashback is addressed but not top
    assert report.unaddressed_top == [2, 4]
    assert report.addressed_by == {1: [7], 5: [8, 9]}
    # 99 does not exist, 6 is a job: both ignored, both reported
    assert report.dangling == [DanglingLink(8, 6), DanglingLink(7, 99)]
    assert (report.top_total, report.top_addressed) == (3, 1)  # pains 1, 2 and gain 4
    assert report.fit_percent == 33


def test_fit_of_an_empty_or_complete_canvas() -> None:
    empty = fit([])
    assert empty.fit_percent is None and empty.top_total == 0 and not empty.dangling
    complete = fit(
        [
            item(1, K.PAIN, "Queues", 1),
            item(2, K.GAIN, "Time saved", 2),
            item(3, K.RELIEVER, "Online", 1, addresses=[1]),
            item(4, K.CREATOR, "Fast", 1, addresses=[2]),
        ]
    )
    assert complete.fit_percent == 100 and complete.unaddressed_top == []
    two_of_three = fit(
        [
            item(1, K.PAIN, "a", 1),
            item(2, K.PAIN, "b", 2),
            item(3, K.PAIN, "c", 3),
            item(4, K.RELIEVER, "r", 1, addresses=[1, 2]),
        ]
    )
    assert two_of_three.fit_percent == 67


def test_ranked_orders_by_rank_then_id() -> None:
    items = [item(3, K.PAIN, "c", 2), item(1, K.PAIN, "a", 2), item(2, K.PAIN, "b", 1)]
    assert [i.id for i in ranked(items, K.PAIN)] == [2, 1, 3]


# --- statements -----------------------------------------------------------------------------
def test_adlib_with_one_product_uses_helps() -> None:
    canvas, segment, items = borrowers_canvas()
    assert adlib_statement(canvas, segment, items, "en") == (
        "Our PayLink helps micro-loan borrowers who want to pay the loan on time "
        "by paying from any bank card without a fee and reminding a day before the due date "
        "(unlike paying at a cash terminal)."
    )
    unnamed = dataclasses.replace(canvas, product_name="")
    assert adlib_statement(unnamed, segment, items, "en").startswith(
        "Our payment landing page helps micro-loan borrowers"
    )


def test_adlib_with_several_products_uses_help_and_lists_them() -> None:
    canvas, segment, items = borrowers_canvas()
    canvas = dataclasses.replace(canvas, product_name="")  # unnamed: the value map speaks
    items += [item(20, K.PRODUCT, "SMS reminders", 2), item(21, K.PRODUCT, "Chat bot", 3)]
    text = adlib_statement(canvas, segment, items, "en")
    assert text.startswith(
        "Our payment landing page, SMS reminders and chat bot help micro-loan borrowers who"
    )
    two = adlib_statement(canvas, segment, items[:-1], "en")
    assert two.startswith("Our payment landing page and SMS reminders help ")


def test_adlib_with_empty_slots_shows_placeholders() -> None:
    canvas = Canvas(1, segment_id=1)
    assert adlib_statement(canvas, None, [], "en") == (
        f"Our {BLANK} helps {BLANK} who want to {BLANK} by {BLANK} and {BLANK} (unlike {BLANK})."
    )
    ru = adlib_statement(canvas, Segment(1, "  "), [], "ru")
    assert ru.startswith(f"{BLANK} помогает клиентам из сегмента «{BLANK}»")
    assert "{" not in ru and "}" not in ru
    # a product name stands in when no product is on the canvas; blank items are skipped
    named = Canvas(1, segment_id=1, product_name="PayLink")
    text = adlib_statement(named, None, [item(1, K.RELIEVER, "   ")], "en")
    assert text.startswith("Our PayLink helps") and f"by {BLANK} and" in text


def test_adlib_in_russian_agrees_with_the_number_of_products() -> None:
    segment = Segment(1, "Заёмщики микрокредитов")
    canvas = Canvas(1, segment_id=1, competitor="оплаты в терминалах")
    items = [
        item(1, K.PRODUCT, "лендинг для оплаты", 1),
        item(2, K.JOB, "Оплатить кредит вовремя.", 1),
        item(3, K.RELIEVER, "оплата картой любого банка без комиссии", 1),
        item(4, K.CREATOR, "напоминание за день до платежа", 1),
    ]
    one = adlib_statement(canvas, segment, items, "ru")
    assert one == (
        "Лендинг для оплаты помогает клиентам из сегмента «Заёмщики микрокредитов», которые "
        "хотят оплатить кредит вовремя, за счёт следующего: оплата картой любого банка без "
        "комиссии и напоминание за день до платежа (в отличие от оплаты в терминалах)."
    )
    several = adlib_statement(canvas, segment, [*items, item(5, K.PRODUCT, "Чат-бот", 2)], "ru")
    assert several.startswith("Лендинг для оплаты и чат-бот помогают клиентам")
    assert CYRILLIC.search(several)


def test_positioning_statement_in_english() -> None:
    canvas, segment, items = borrowers_canvas()
    assert positioning_statement(canvas, segment, items, "en") == (
        "For micro-loan borrowers whose main problem is payment points are closed, PayLink is an "
        "online payment service that brings reminding a day before the due date. Unlike paying "
        "at a cash terminal, we offer paying from any bank card without a fee."
    )


def test_positioning_falls_back_to_the_job_and_placeholders() -> None:
    canvas = Canvas(1, segment_id=1, category="the best app")
    items = [item(1, K.JOB, "To split the bill", 1), item(2, K.PRODUCT, "Splitter", 1)]
    text = positioning_statement(canvas, Segment(1, "students"), items, "en")
    assert text == (
        # an ellipsis at the end of a sentence takes the place of the full stop
        f"For students who want to split the bill, Splitter is the best app that brings {BLANK} "
        f"Unlike {BLANK}, we offer {BLANK}"
    )
    empty = positioning_statement(Canvas(1, segment_id=1), None, [], "en")
    assert empty.startswith(f"For {BLANK} who want to {BLANK}, {BLANK} is a {BLANK} that")


def test_positioning_statement_in_russian() -> None:
    canvas = Canvas(
        1,
        segment_id=1,
        competitor="терминалов",
        category="сервис онлайн-оплаты",
        product_name="ПлатиЛегко",
    )
    items = [
        item(1, K.PAIN, "Закрылись точки оплаты", 1),
        item(2, K.RELIEVER, "оплата картой любого банка", 1),
        item(3, K.CREATOR, "чистая кредитная история", 1),
    ]
    text = positioning_statement(canvas, Segment(1, "Заёмщики"), items, "ru")
    assert text == (
        "Для клиентов из сегмента «Заёмщики», для которых главная проблема — закрылись точки "
        "оплаты, ПлатиЛегко — это сервис онлайн-оплаты с главной выгодой: чистая кредитная "
        "история. В отличие от терминалов, мы предлагаем: оплата картой любого банка."
    )
    empty = positioning_statement(Canvas(1, segment_id=1), None, [], "ru")
    assert empty.startswith(f"Для клиентов из сегмента «{BLANK}», которые хотят {BLANK},")
    assert "{" not in empty


def test_archetype_draft_speaks_in_the_archetypes_voice(catalogue: Catalogue) -> None:
    _, segment, items = borrowers_canvas()
    caregiver = catalogue.get("caregiver")
    assert caregiver is not None
    assert archetype_draft(caregiver, segment, items, "en", product="PayLink") == (
        "With PayLink looking after them, micro-loan borrowers can pay the loan on time "
        "without worry."
    )
    ru = archetype_draft(caregiver, Segment(2, "Заёмщики"), items, "ru")
    assert ru.startswith("Payment landing page: мы позаботимся")  # the top product
    assert "«Заёмщики»" in ru


def test_archetype_drafts_never_crash_on_an_empty_canvas(catalogue: Catalogue) -> None:
    for archetype in catalogue:
        for language in catalogue_languages():
            text = archetype_draft(archetype, None, [], language)
            assert BLANK in text and "{" not in text and "…." not in text


# --- choosing the hero ----------------------------------------------------------------------
def test_the_question_set_covers_every_motivation(catalogue: Catalogue) -> None:
    assert 4 <= len(MOTIVATION_QUESTIONS) <= 8
    assert {q.motivation for q in MOTIVATION_QUESTIONS} == set(Motivation)
    assert len({q.key for q in MOTIVATION_QUESTIONS}) == len(MOTIVATION_QUESTIONS)
    for question in MOTIVATION_QUESTIONS:
        assert question.text("en").endswith("?") and question.label("en")
        assert CYRILLIC.search(question.text("ru")) and CYRILLIC.search(question.label("ru"))
        if question.archetype is not None:
            archetype = catalogue.get(question.archetype)
            assert archetype is not None and archetype.motivation == question.motivation


def test_every_message_is_translated_into_russian() -> None:
    # the fields of each translation are checked for every catalogue in tests/domain/test_i18n.py
    for key, msgid in MESSAGES.items():
        assert msgid.strip() and translated("ru", msgid), key


def test_without_answers_or_hints_the_catalogue_order_stands(catalogue: Catalogue) -> None:
    rankings = rank_archetypes(catalogue, {}, [], "en")
    assert [r.key for r in rankings] == list(catalogue.keys())
    assert all(r.score == 0 and r.reasons for r in rankings)


def test_stability_answers_put_a_stability_archetype_first(catalogue: Catalogue) -> None:
    rankings = rank_archetypes(catalogue, {"safe": 3, "order": 3}, [], "en")
    assert [r.archetype.motivation for r in rankings[:3]] == [Motivation.STABILITY] * 3
    assert rankings[0].key == "caregiver"  # tied with ruler, first in catalogue order
    assert rankings[0].score == rankings[1].score > rankings[2].score
    assert any("feeling safe" in reason for reason in rankings[0].reasons)
    assert all(r.reasons for r in rankings)


def test_ordering_responds_to_the_answers(catalogue: Catalogue) -> None:
    independent = rank_archetypes(catalogue, {"freedom": 3, "safe": 1}, [], "en")
    assert independent[0].key == "explorer"
    assert independent[0].archetype.motivation == Motivation.INDEPENDENCE
    playful = rank_archetypes(catalogue, {"enjoy": 3, "achieve": 1}, [], "en")
    assert [r.key for r in playful[:4]] == ["jester", "regular", "lover", "hero"]


def test_answers_are_clamped_and_unknown_questions_ignored(catalogue: Catalogue) -> None:
    high = rank_archetypes(catalogue, {"achieve": 99, "nonsense": 3}, [], "en")
    top = rank_archetypes(catalogue, {"achieve": MAX_ANSWER}, [], "en")
    assert [(r.key, r.score) for r in high] == [(r.key, r.score) for r in top]
    negative = rank_archetypes(catalogue, {"achieve": -5}, [], "en")
    assert all(r.score == 0 for r in negative)


def test_canvas_words_push_archetypes_with_explanations(catalogue: Catalogue) -> None:
    items = [
        item(1, K.JOB, "Pay the loan on time", 1, JobType.FUNCTIONAL),  # functional: not read
        item(2, K.JOB, "Feel free to discover new places", 1, JobType.EMOTIONAL),
        item(3, K.PAIN, "Nobody to ask for advice", 5),
    ]
    rankings = rank_archetypes(catalogue, {}, items, "en")
    assert rankings[0].key == "explorer"
    assert rankings[0].archetype.motivation == Motivation.INDEPENDENCE
    explorer_reasons = " ".join(rankings[0].reasons)
    assert "feel free" in explorer_reasons and "discover" in explorer_reasons
    sage = next(r for r in rankings if r.key == "sage")
    assert any("advice" in reason for reason in sage.reasons)
    assert all(r.key != "hero" or r.score == 0 for r in rankings)  # "on time" is ignored


def test_russian_keywords_and_explanations(catalogue: Catalogue) -> None:
    items = [
        item(1, K.JOB, "Чувствовать себя спокойно и под защитой", 1, JobType.EMOTIONAL),
        item(2, K.PAIN, "Тревога из-за просрочки", 2),
    ]
    rankings = rank_archetypes(catalogue, {}, items, "ru")
    assert rankings[0].key == "caregiver"
    assert rankings[0].archetype.motivation == Motivation.STABILITY
    for ranking in rankings:
        assert ranking.reasons and all(CYRILLIC.search(reason) for reason in ranking.reasons)
    assert any("защитой" in reason for reason in rankings[0].reasons)


def test_the_suggestion_is_deterministic(catalogue: Catalogue) -> None:
    _, _, items = borrowers_canvas()
    answers = {"safe": 2, "together": 2, "achieve": 2, "freedom": 2}
    first = rank_archetypes(catalogue, answers, items, "en")
    again = rank_archetypes(catalogue, dict(reversed(answers.items())), items[::-1], "en")
    assert first == again


def test_statements_keep_the_case_of_names() -> None:
    canvas, segment, items = borrowers_canvas()
    canvas = dataclasses.replace(canvas, product_name="")
    items = [i for i in items if i.kind != K.PRODUCT] + [item(30, K.PRODUCT, "PayLink", 1)]
    text = adlib_statement(canvas, Segment(segment.id, "Moscow students"), items, "en")
    assert text.startswith("Our PayLink helps Moscow students who")
