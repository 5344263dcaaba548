"""Demo part: archetype value propositions for two customer segments of the micro-lender.

Built through the same edits the facilitator uses (`app.domain.value_flow`), so the demo
obeys the canvas rules (ranks, links to pains and gains of the same canvas). When the
prioritisation part made release slices, the first canvas is for "MVP 1" and its products
come from that slice's candidates.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.domain import model, value_flow
from app.domain.archetypes import load_catalogue
from app.domain.edits import next_id
from app.domain.entities import apply
from app.domain.value_prop import CanvasItemKind, JobType

Text = tuple[str, str]  # (English, Russian)


@dataclass(frozen=True)
class DemoCanvas:
    segment: Text
    description: Text
    jobs: tuple[tuple[JobType, Text], ...]
    pains: tuple[Text, ...]
    gains: tuple[Text, ...]
    products: tuple[Text, ...]  # used when no release slice supplies the products
    relievers: tuple[tuple[Text, tuple[int, ...]], ...]  # text, pain positions (1-based)
    creators: tuple[tuple[Text, tuple[int, ...]], ...]  # text, gain positions (1-based)
    competitor: Text
    category: Text
    product_name: Text
    archetype: str
    secondary: str | None
    statement: Text
    use_first_slice: bool


PARENTS = DemoCanvas(
    segment=(
        "Working parents who pay from the phone",
        "Работающие родители, которые платят с телефона",
    ),
    description=(
        "Busy all day; pay between other things, usually on the phone.",
        "Заняты весь день; платят между делом, обычно с телефона.",
    ),
    jobs=(
        (
            JobType.FUNCTIONAL,
            (
                "Pay the monthly instalment in a spare minute",
                "Внести ежемесячный платёж за свободную минуту",
            ),
        ),
        (
            JobType.EMOTIONAL,
            (
                "Feel in control of the family budget",
                "Чувствовать, что семейный бюджет под контролем",
            ),
        ),
        (
            JobType.SOCIAL,
            (
                "Not look careless with money in front of my partner",
                "Не выглядеть легкомысленным в глазах партнёра",
            ),
        ),
        (
            JobType.SUPPORTING,
            ("Keep receipts for the family budget", "Сохранять чеки для семейного бюджета"),
        ),
    ),
    pains=(
        ("No time to travel to a payment point", "Нет времени ехать до пункта оплаты"),
        ("Forgetting the due date and paying a penalty", "Забыть о дате платежа и заплатить штраф"),
        (
            "Bank transfers need the lender's long account details",
            "Для перевода из банка нужны длинные реквизиты",
        ),
    ),
    gains=(
        ("Paying takes less than a minute", "Оплата занимает меньше минуты"),
        ("A reminder before the due date, not after", "Напоминание до даты платежа, а не после"),
        ("Seeing at a glance what is left to repay", "Сразу видно, сколько осталось выплатить"),
    ),
    products=(
        ("Payment link in the SMS reminder", "Ссылка на оплату в SMS-напоминании"),
        ("Autopay from a card", "Автоплатёж с карты"),
        ("Transfer by phone number", "Перевод по номеру телефона"),
    ),
    relievers=(
        (
            (
                "paying from the phone in two taps, no trip needed",
                "оплата с телефона в два касания, никуда не нужно ехать",
            ),
            (1,),
        ),
        (
            ("autopay so the date cannot be missed", "автоплатёж, с которым дату не пропустить"),
            (2,),
        ),
        (("payment details filled in by the link", "реквизиты уже подставлены в ссылку"), (3,)),
    ),
    creators=(
        (("a link that opens ready to pay", "ссылка, которая открывается сразу на оплате"), (1,)),
        (("a reminder three days before the due date", "напоминание за три дня до платежа"), (2,)),
    ),
    competitor=("queuing at a bank branch", "очереди в отделении банка"),
    category=("phone payment service", "сервис оплаты с телефона"),
    product_name=("PayLink", "PayLink"),
    archetype="magician",
    secondary="regular",
    statement=(
        "PayLink makes the monthly payment vanish into a spare minute: one tap in the reminder "
        "and it is done. No trips, no penalties, no fuss.",
        "PayLink превращает ежемесячный платёж в дело одной минуты: одно касание в "
        "напоминании — и готово. Без поездок, без штрафов, без лишней суеты.",
    ),
    use_first_slice=True,
)

OLDER = DemoCanvas(
    segment=(
        "Older customers who used to pay in cash",
        "Пожилые клиенты, которые платили наличными",
    ),
    description=(
        "Trusted the terminal and the paper receipt; wary of apps.",
        "Доверяли терминалу и бумажному чеку; опасаются приложений.",
    ),
    jobs=(
        (
            JobType.FUNCTIONAL,
            ("Pay the loan with a receipt in hand", "Оплатить заём и получить чек на руки"),
        ),
        (
            JobType.EMOTIONAL,
            ("Feel sure the money has arrived", "Быть уверенным, что деньги дошли"),
        ),
        (
            JobType.SOCIAL,
            (
                "Not ask the grandchildren for help every month",
                "Не просить внуков о помощи каждый месяц",
            ),
        ),
    ),
    pains=(
        ("Fear of making a mistake and losing money", "Страх ошибиться и потерять деньги"),
        (
            "Small print and too many steps in apps",
            "Мелкий шрифт и слишком много шагов в приложениях",
        ),
        ("Nobody to ask when something goes wrong", "Не у кого спросить, если что-то пошло не так"),
    ),
    gains=(
        ("A person who explains everything kindly", "Человек, который всё спокойно объяснит"),
        ("Confirmation that the payment arrived", "Подтверждение, что платёж дошёл"),
        ("Paying at a familiar place nearby", "Оплата в знакомом месте рядом с домом"),
    ),
    products=(
        ("Payment by phone with an operator", "Оплата по телефону с оператором"),
        ("Payment at the post office with the old barcode", "Оплата на почте по старому штрихкоду"),
        ("Paper receipt by post", "Бумажная квитанция по почте"),
    ),
    relievers=(
        (
            (
                "an operator who stays on the line until the payment goes through",
                "оператор остаётся на линии, пока платёж не пройдёт",
            ),
            (1, 3),
        ),
        (("three steps in large print", "три шага крупным шрифтом"), (2,)),
    ),
    creators=(
        (
            (
                "friendly staff who explain each step",
                "доброжелательные сотрудники объясняют каждый шаг",
            ),
            (1,),
        ),
        (
            (
                "an SMS and a paper confirmation the same day",
                "SMS и бумажное подтверждение в тот же день",
            ),
            (2,),
        ),
        (("post offices that accept the old barcode", "почта принимает старый штрихкод"), (3,)),
    ),
    competitor=("the old cash terminal", "старого терминала с наличными"),
    category=("payment helpline", "телефонная служба оплаты"),
    product_name=("Payment Helpline", "Платёжная линия"),
    archetype="caregiver",
    secondary=None,
    statement=(
        "With the Payment Helpline a real person looks after every payment: you call, we pay "
        "together, and a confirmation arrives the same day.",
        "С «Платёжной линией» о каждом платеже заботится живой человек: вы звоните, мы "
        "платим вместе, и подтверждение приходит в тот же день.",
    ),
    use_first_slice=False,
)

CANVASES = (PARENTS, OLDER)
BOARD_TITLE: Text = (
    "Value propositions: who is our hero?",
    "Ценностные предложения: кто наш герой?",
)


def _pick(text: Text, language: str) -> str:
    return text[1] if language == "ru" else text[0]


def _first_slice(data: model.WorkshopData) -> int | None:
    """The earliest release slice that holds candidates (MVP 1 in the prioritisation demo)."""
    for release in sorted(data.slices, key=lambda s: (s.position, s.id)):
        if value_flow.slice_candidates(data, release.id):
            return release.id
    return None


def build(data: model.WorkshopData, language: str) -> None:
    keys = load_catalogue().keys()
    data.boards.append(
        model.Board(
            next_id(data.boards),
            model.BoardKind.VALUE,
            _pick(BOARD_TITLE, language),
            len(data.boards),
        )
    )
    for plan in CANVASES:
        _build_canvas(data, plan, language, keys)


def _build_canvas(
    data: model.WorkshopData, plan: DemoCanvas, language: str, keys: Sequence[str]
) -> None:
    segment = apply(
        data,
        value_flow.add_segment(
            data, _pick(plan.segment, language), _pick(plan.description, language)
        ),
    )[0]
    slice_id = _first_slice(data) if plan.use_first_slice else None
    canvas_id: int = apply(data, value_flow.create_canvas(data, segment.id, slice_id))[0].id

    def add(kind: CanvasItemKind, text: Text, job_type: JobType | None = None) -> int:
        pairs = value_flow.add_item(data, canvas_id, kind, _pick(text, language), job_type=job_type)
        return int(apply(data, pairs)[0].id)

    for job_type, text in plan.jobs:
        add(CanvasItemKind.JOB, text, job_type)
    pains = [add(CanvasItemKind.PAIN, text) for text in plan.pains]
    gains = [add(CanvasItemKind.GAIN, text) for text in plan.gains]
    items = value_flow.canvas_items(data, canvas_id)
    if not any(i.kind is CanvasItemKind.PRODUCT for i in items):  # no slice supplied them
        for text in plan.products:
            add(CanvasItemKind.PRODUCT, text)
    for text, targets in plan.relievers:
        reliever = add(CanvasItemKind.RELIEVER, text)
        apply(data, value_flow.set_links(data, reliever, [pains[t - 1] for t in targets]))
    for text, targets in plan.creators:
        creator = add(CanvasItemKind.CREATOR, text)
        apply(data, value_flow.set_links(data, creator, [gains[t - 1] for t in targets]))
    texts = value_flow.set_canvas_texts(
        data,
        canvas_id,
        competitor=_pick(plan.competitor, language),
        category=_pick(plan.category, language),
        product_name=_pick(plan.product_name, language),
        statement=_pick(plan.statement, language),
    )
    apply(data, texts)
    apply(data, value_flow.set_archetypes(data, canvas_id, plan.archetype, plan.secondary, keys))
