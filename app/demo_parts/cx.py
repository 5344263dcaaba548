"""Demo part: the micro-lender's point A -> point B canvas, its customer journey map and
the scenario audit with three models per scenario.

Built with the same domain edits the boards use. A few journey barriers and audit items
point at the capture notes and candidates they led to, so the report's lineage appendix
starts at the journey and the audit.
"""

from __future__ import annotations

from typing import Any

from app.demo_parts.capture import IDEAS  # the capture part's notes, in note-id order
from app.domain import edits, journey, model, principles, scenario_audit, strategy
from app.domain.edits import next_id
from app.domain.entities import apply
from app.domain.journey import Channel, Lane
from app.domain.scenario_audit import Actor, ModelKind
from app.domain.strategy import StrategyItemKind as SK

Text = tuple[str, str]  # (English, Russian)

STRATEGY_TITLE: Text = ("Point A to point B", "Из точки А в точку Б")
JOURNEY_TITLE: Text = (
    "Customer journey: repaying a micro-loan",
    "Путь клиента: возврат микрозайма",
)
SCENARIOS_TITLE: Text = ("Scenario audit: three models", "Аудит сценариев: три модели")

POINT_A: tuple[tuple[SK, Text], ...] = (
    (SK.NOW, ("A lender that grew on cash terminals", "Кредитор, выросший на терминалах")),
    (SK.NOW, ("Fast approval, slow service after it", "Быстро выдаём, медленно сопровождаем")),
    (SK.SEEN, ("Easy to get, hard to pay back", "Взять легко, вернуть сложно")),
    (SK.SEEN, ("Penalties feel like a trap", "Штрафы воспринимаются как ловушка")),
    (SK.LACK, ("A way to pay when terminals close", "Способ платить, когда терминалы закрыты")),
    (SK.LACK, ("A human who answers quickly", "Живой человек, который быстро отвечает")),
    (SK.BEHIND, ("Banks take payments in two taps", "Банки принимают оплату в два касания")),
    (SK.BEHIND, ("Rivals remind before the due date", "Конкуренты напоминают до даты платежа")),
)

# Each point-B scenario: name, who we are in a year, goals with (step, due, owner, check).
Step = tuple[Text, str, Text, Text, bool]
SCENARIOS: tuple[tuple[Text, Text, tuple[tuple[Text, tuple[Step, ...]], ...]], ...] = (
    (
        ("Careful lender", "Бережный кредитор"),
        (
            "The lender people recommend because repaying is painless",
            "Кредитор, которого советуют, потому что возвращать легко",
        ),
        (
            (
                ("Late payments under 5%", "Просрочка ниже 5%"),
                (
                    (
                        ("Payment link by SMS", "Ссылка на оплату в SMS"),
                        "2026-12-15",
                        ("Anna", "Анна"),
                        ("Share of payments made by link", "Доля платежей по ссылке"),
                        True,
                    ),
                    (
                        ("Reminders three days before", "Напоминание за три дня"),
                        "2027-01-31",
                        ("Igor", "Игорь"),
                        ("Late payers per week", "Просрочивших за неделю"),
                        False,
                    ),
                ),
            ),
            (
                ("Answer every call within a minute", "Ответ на любой звонок за минуту"),
                (
                    (
                        ("Chat bot for 'where can I pay'", "Чат-бот «где заплатить»"),
                        "2027-02-28",
                        ("Olga", "Ольга"),
                        ("Calls answered by the bot", "Обращения, закрытые ботом"),
                        False,
                    ),
                ),
            ),
        ),
    ),
    (
        ("Digital first", "Сначала цифра"),
        (
            "A fully online lender with a human on call",
            "Полностью онлайн-кредитор с человеком на связи",
        ),
        (
            (
                ("80% of payments online", "80% платежей онлайн"),
                (
                    (
                        ("Pay in two taps from the bank app", "Оплата в два касания из банка"),
                        "2027-03-31",
                        ("Pavel", "Павел"),
                        ("Online share of payments", "Доля онлайн-платежей"),
                        False,
                    ),
                ),
            ),
        ),
    ),
)

# Stage: name, emotion, (minutes, simplicity, steps) as is and to be, and cards per lane.
Metrics = tuple[float | None, float | None, int | None, int | None, int | None, int | None]
STAGES: tuple[tuple[Text, int, Metrics, dict[Lane, tuple[Text, ...]]], ...] = (
    (
        ("Reminder", "Напоминание"),
        0,
        (None, None, None, None, None, None),
        {
            Lane.ACTIONS: (("Reads the SMS on the due date", "Читает SMS в день платежа"),),
            Lane.TOUCHPOINTS: (("SMS reminder", "SMS-напоминание"),),
            Lane.THOUGHTS: (("Today already? I have no cash", "Уже сегодня? Наличных нет"),),
            Lane.BARRIERS: (("Reminder comes too late", "Напоминание приходит слишком поздно"),),
            Lane.OPPORTUNITIES: (("Remind three days before", "Напоминать за три дня"),),
        },
    ),
    (
        ("Finding a way to pay", "Поиск способа оплаты"),
        -1,
        (25.0, 5.0, 2, 4, 6, 2),
        {
            Lane.ACTIONS: (("Looks for a working terminal", "Ищет работающий терминал"),),
            Lane.TOUCHPOINTS: (("Website", "Сайт"), ("Call centre", "Колл-центр")),
            Lane.THOUGHTS: (("Where can I pay now?", "Где теперь заплатить?"),),
            Lane.BARRIERS: (
                ("No list of places that take payments", "Нет списка мест, где принимают оплату"),
            ),
            Lane.OPPORTUNITIES: (("Map of payment points", "Карта точек оплаты"),),
        },
    ),
    (
        ("Paying", "Оплата"),
        -2,
        (40.0, 3.0, 1, 5, 9, 3),
        {
            Lane.ACTIONS: (("Travels to a terminal across town", "Едет к терминалу через город"),),
            Lane.TOUCHPOINTS: (("Cash terminal", "Терминал наличных"),),
            Lane.THOUGHTS: (("I will be late and fined", "Опоздаю, и будет штраф"),),
            Lane.BARRIERS: (("Terminals closed", "Терминалы закрыты"),),
            Lane.OPPORTUNITIES: (("Payment link by SMS", "Ссылка на оплату в SMS"),),
        },
    ),
    (
        ("Confirmation", "Подтверждение"),
        -1,
        (None, None, 2, 4, None, None),
        {
            Lane.ACTIONS: (("Waits to see the payment arrive", "Ждёт, когда платёж дойдёт"),),
            Lane.TOUCHPOINTS: (("Paper receipt", "Бумажный чек"),),
            Lane.THOUGHTS: (("Did the money arrive?", "Деньги дошли?"),),
            Lane.BARRIERS: (("No receipt for a day", "Подтверждения нет сутки"),),
            Lane.OPPORTUNITIES: (("Receipt by SMS at once", "Чек в SMS сразу"),),
        },
    ),
    (
        ("After repayment", "После погашения"),
        1,
        (None, None, None, None, None, None),
        {
            Lane.ACTIONS: (("Thinks about the next loan", "Думает о следующем займе"),),
            Lane.TOUCHPOINTS: (("Personal account", "Личный кабинет"),),
            Lane.THOUGHTS: (("Relief, but would I come back?", "Облегчение, но вернусь ли?"),),
            Lane.BARRIERS: (("Nothing rewards paying on time", "Платить вовремя не выгоднее"),),
            Lane.OPPORTUNITIES: (("Points for paying on time", "Баллы за оплату вовремя"),),
        },
    ),
)
# Touchpoint details: text -> (channel, ease, accessibility, resources, KPI).
TOUCHPOINTS: dict[str, tuple[Channel, int, int, Text, Text]] = {
    "SMS reminder": (
        Channel.DIGITAL,
        4,
        5,
        ("SMS gateway", "SMS-шлюз"),
        ("Read rate", "Доля прочитанных"),
    ),
    "Website": (
        Channel.DIGITAL,
        2,
        3,
        ("Web team", "Веб-команда"),
        ("Visits to payment page", "Заходы на страницу оплаты"),
    ),
    "Call centre": (
        Channel.OFFLINE,
        3,
        2,
        ("12 operators", "12 операторов"),
        ("Answer within 60 s", "Ответ за 60 с"),
    ),
    "Cash terminal": (
        Channel.OFFLINE,
        2,
        1,
        ("Terminal network", "Сеть терминалов"),
        ("Working terminals", "Работающие терминалы"),
    ),
}
SHOULD_BE: dict[str, Text] = {
    "Terminals closed": ("Pay from any card in a minute", "Оплата с любой карты за минуту"),
    "Reminder comes too late": ("Reminder three days ahead", "Напоминание за три дня"),
}
# Journey card (English text) -> the capture note (English text) it led to.
JOURNEY_LINEAGE = {
    "Terminals closed": "Payment link by SMS that works without a login",
    "Reminder comes too late": "Remind three days before, not on the due date",
}

AUDIT: tuple[tuple[Text, Actor, tuple[Text, ...], dict[ModelKind, Text]], ...] = (
    (
        ("Repay a micro-loan", "Погасить микрозайм"),
        Actor.CUSTOMER,
        (
            ("Terminals closed, late payments grew", "Терминалы закрылись — выросла просрочка"),
            ("Card payment only inside the app", "Оплата картой только в приложении"),
        ),
        {
            ModelKind.ONLINE: (
                "Landing page and a pay link from any bank's card",
                "Лендинг и ссылка для оплаты картой любого банка",
            ),
            ModelKind.HYBRID: (
                "Pay online; visit an office only for restructuring",
                "Платить онлайн; в офис — только для реструктуризации",
            ),
            ModelKind.NEW: (
                "Micro-savings that cover the next payment",
                "Микрокопилка, из которой гасится следующий платёж",
            ),
        },
    ),
    (
        ("Get advice on a late payment", "Получить совет по просрочке"),
        Actor.CUSTOMER,
        (("Queue at the office to ask one question", "Очередь в офисе ради одного вопроса"),),
        {
            ModelKind.ONLINE: (
                "Chat with an adviser in the messenger",
                "Чат с консультантом в мессенджере",
            ),
            ModelKind.HYBRID: (
                "Book a call; documents ready before the visit",
                "Запись на звонок; документы готовы к визиту",
            ),
            ModelKind.NEW: ("A plan to pay in weekly parts", "План погашения по неделям"),
        },
    ),
    (
        ("Handle a customer's question", "Ответить на вопрос клиента"),
        Actor.EMPLOYEE,
        (
            (
                "Office staff idle while phones ring",
                "Сотрудники офиса простаивают, а телефоны звонят",
            ),
        ),
        {
            ModelKind.ONLINE: (
                "Office staff answer the chat bot's hand-overs",
                "Сотрудники офиса отвечают на вопросы из чат-бота",
            ),
            ModelKind.HYBRID: (
                "Routine in the bot, hard cases by phone",
                "Рутина — в боте, сложные случаи — по телефону",
            ),
            ModelKind.NEW: (
                "A hotline team that also calls first-time late payers",
                "Горячая линия, которая сама звонит впервые опоздавшим",
            ),
        },
    ),
)


def _pick(text: Text, language: str) -> str:
    return text[1] if language == "ru" else text[0]


def _board(data: model.WorkshopData, kind: model.BoardKind, title: Text, language: str) -> int:
    board = model.Board(next_id(data.boards), kind, _pick(title, language), len(data.boards))
    data.boards.append(board)
    return board.id


def build(data: model.WorkshopData, language: str) -> None:
    _build_strategy(data, language)
    _build_journey(data, language)
    _build_audit(data, language)


def _build_strategy(data: model.WorkshopData, language: str) -> None:
    board = _board(data, model.BoardKind.STRATEGY, STRATEGY_TITLE, language)
    for kind, text in POINT_A:
        apply(data, strategy.add_item(data, board, kind, _pick(text, language)))
    candidates = {c.text: c.id for c in data.candidates}
    for name, point_b, goals in SCENARIOS:
        scenario = apply(data, strategy.add_scenario(data, board, _pick(name, language)))[0]
        apply(data, strategy.update_scenario(data, scenario.id, point_b=_pick(point_b, language)))
        for goal_text, steps in goals:
            goal = apply(
                data,
                strategy.add_item(
                    data, board, SK.GOAL, _pick(goal_text, language), scenario_id=scenario.id
                ),
            )[0]
            for text, due, owner, check, done in steps:
                step = apply(
                    data,
                    strategy.add_item(data, board, SK.STEP, _pick(text, language), goal_id=goal.id),
                )[0]
                apply(
                    data,
                    strategy.update_item(
                        data,
                        step.id,
                        due=due,
                        owner=_pick(owner, language),
                        checkpoint=_pick(check, language),
                        done=done,
                    ),
                )
    # The first goal is served by the first release slice and its reminder candidate.
    first_goal = next(i for i in data.strategy_items if i.kind is SK.GOAL)
    slices = sorted(data.slices, key=lambda s: s.position)[:1]
    served = [c.id for c in data.candidates if c.slice_id in {s.id for s in slices}][:2]
    if candidates:
        apply(data, strategy.link_goal(data, first_goal.id, served, [s.id for s in slices]))


def _build_journey(data: model.WorkshopData, language: str) -> None:
    board = _board(data, model.BoardKind.JOURNEY, JOURNEY_TITLE, language)
    notes_by_english = _english_note_ids(data)
    for name, emotion, metrics, lanes in STAGES:
        stage = apply(data, journey.add_stage(data, board, _pick(name, language)))[0]
        fields = dict(
            zip(
                (
                    "minutes_as_is",
                    "minutes_to_be",
                    "simplicity_as_is",
                    "simplicity_to_be",
                    "steps_as_is",
                    "steps_to_be",
                ),
                metrics,
                strict=True,
            )
        )
        apply(data, journey.update_stage(data, stage.id, emotion=emotion, **fields))
        for lane, cards in lanes.items():
            for text in cards:
                cell = apply(data, journey.add_cell(data, stage.id, lane, _pick(text, language)))[
                    0
                ]
                english = text[0]
                if english in TOUCHPOINTS:
                    channel, ease, access, resources, kpi = TOUCHPOINTS[english]
                    apply(
                        data,
                        journey.update_cell(
                            data,
                            cell.id,
                            channel=channel,
                            ease=ease,
                            accessibility=access,
                            resources=_pick(resources, language),
                            kpi=_pick(kpi, language),
                        ),
                    )
                if english in SHOULD_BE:
                    apply(
                        data,
                        journey.update_cell(
                            data, cell.id, should_be=_pick(SHOULD_BE[english], language)
                        ),
                    )
                note_id = notes_by_english.get(JOURNEY_LINEAGE.get(english, ""))
                if note_id is not None:
                    apply(
                        data,
                        [edits.replace(_current(data.journey_cells, cell.id), note_id=note_id)],
                    )
    for principle in (
        principles.Principle.HUMAN_CENTRED,
        principles.Principle.SEQUENTIAL,
        principles.Principle.REAL,
    ):
        apply(data, principles.toggle(data, board, principle))


def _build_audit(data: model.WorkshopData, language: str) -> None:
    board = _board(data, model.BoardKind.SCENARIOS, SCENARIOS_TITLE, language)
    for index, (title, actor, failures, models) in enumerate(AUDIT):
        scenario = apply(
            data, scenario_audit.add_scenario(data, board, _pick(title, language), actor)
        )[0]
        for text in failures:
            apply(data, scenario_audit.add_failure(data, scenario.id, _pick(text, language)))
        for kind, text in models.items():
            item = apply(
                data, scenario_audit.add_model(data, scenario.id, kind, _pick(text, language))
            )[0]
            if index == 0 and kind is ModelKind.ONLINE:
                apply(
                    data,
                    scenario_audit.update_model(
                        data,
                        item.id,
                        test_what=_pick(
                            ("Clickable pay page", "Кликабельная страница оплаты"), language
                        ),
                        test_with=_pick(
                            ("6 borrowers, 2 call-centre staff", "6 заёмщиков, 2 оператора"),
                            language,
                        ),
                        test_learned=_pick(
                            (
                                "People trust the link when the SMS names their loan",
                                "Ссылке доверяют, если в SMS указан их заём",
                            ),
                            language,
                        ),
                        minutes_as_is=40.0,
                        minutes_to_be=2.0,
                        simplicity_as_is=1,
                        simplicity_to_be=5,
                        steps_as_is=9,
                        steps_to_be=3,
                    ),
                )
                # It became the "payment link by SMS" candidate.
                candidate = next(
                    (
                        c
                        for c in data.candidates
                        if c.note_id
                        == _english_note_ids(data).get(
                            "Payment link by SMS that works without a login"
                        )
                    ),
                    None,
                )
                if candidate is not None:
                    apply(
                        data,
                        [
                            edits.replace(
                                _current(data.scenario_models, item.id), candidate_id=candidate.id
                            )
                        ],
                    )
        ticks = (principles.Principle.HUMAN_CENTRED, principles.Principle.ITERATIVE)
        for principle in ticks[: 2 - index % 2]:
            apply(data, principles.toggle(data, board, principle, scenario.id))


def _current(items: list[Any], item_id: int) -> Any:
    return next(i for i in items if i.id == item_id)


def _english_note_ids(data: model.WorkshopData) -> dict[str, int]:
    """Capture notes by their English text (the demo builds notes in the same order in
    both languages, so ids match across languages)."""
    return {idea[4]: number for number, idea in enumerate(IDEAS, start=1)}
