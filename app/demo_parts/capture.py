"""The demo's capture board: the teams' ideas about repaying without cash terminals,
clustered and voted on. The first demo part: later parts build on its notes."""

from __future__ import annotations

from app.domain import model

TEAMS = (
    ("Sun", "Солнце", "#FFD54F"),
    ("Sky", "Небо", "#81D4FA"),
    ("Leaf", "Лист", "#81C784"),
)

PEOPLE = (
    ("Anna", "Анна", 0),
    ("Boris", "Борис", 0),
    ("Chloe", "Хлоя", 0),
    ("Dmitry", "Дмитрий", 1),
    ("Eva", "Ева", 1),
    ("Farid", "Фарид", 1),
    ("Galina", "Галина", 2),
    ("Hugo", "Гуго", 2),
    ("Irina", "Ирина", 2),
)

CLUSTERS = (
    ("Pay without cash", "Платить без наличных"),
    ("Reminders and help", "Напоминания и помощь"),
    ("Partners and places", "Партнёры и точки"),
    ("Trust and safety", "Доверие и безопасность"),
)

# (cluster index or None, team index, tag, author index, English, Russian)
IDEAS: tuple[tuple[int | None, int, str, int, str, str], ...] = (
    (
        0,
        0,
        "customers",
        0,
        "Pay from the bank app in two taps",
        "Оплата из банковского приложения в два касания",
    ),
    (
        0,
        1,
        "research",
        3,
        "QR code on every payment reminder",
        "QR-код в каждом напоминании о платеже",
    ),
    (
        0,
        2,
        "competitors",
        6,
        "Autopay from a card, switched on at signing",
        "Автоплатёж с карты, включается при оформлении",
    ),
    (
        0,
        0,
        "employees",
        1,
        "Payment link by SMS that works without a login",
        "Ссылка на оплату в SMS без входа в кабинет",
    ),
    (
        0,
        1,
        "customers",
        4,
        "Pay through the mobile operator's balance",
        "Оплата со счёта мобильного телефона",
    ),
    (
        0,
        2,
        "research",
        7,
        "Fast payment system transfer by phone number",
        "Перевод через СБП по номеру телефона",
    ),
    (0, 0, "own", 2, "Split the payment into weekly parts", "Разбить платёж на еженедельные части"),
    (
        0,
        1,
        "competitors",
        5,
        "A payment button inside the messenger chat",
        "Кнопка оплаты прямо в чате мессенджера",
    ),
    (
        0,
        2,
        "customers",
        8,
        "Let a relative pay for me with a link",
        "Родственник может оплатить за меня по ссылке",
    ),
    (
        0,
        0,
        "research",
        0,
        "Voice payment through the phone line for older clients",
        "Оплата голосом по телефону для пожилых клиентов",
    ),
    (
        0,
        1,
        "own",
        3,
        "Card payment on the website without registration",
        "Оплата картой на сайте без регистрации",
    ),
    (
        1,
        0,
        "customers",
        1,
        "Remind three days before, not on the due date",
        "Напоминать за три дня, а не в день платежа",
    ),
    (
        1,
        1,
        "employees",
        4,
        "Call centre calls first-time late payers kindly",
        "Колл-центр мягко звонит тем, кто опоздал впервые",
    ),
    (
        1,
        2,
        "research",
        6,
        "Explain the penalty in plain words and numbers",
        "Объяснить штраф простыми словами и цифрами",
    ),
    (
        1,
        0,
        "own",
        2,
        "Grace period of 3 days after the terminals closed",
        "Льготные 3 дня после закрытия терминалов",
    ),
    (
        1,
        1,
        "customers",
        5,
        "Video: how to pay online, 60 seconds",
        "Видео на 60 секунд: как оплатить онлайн",
    ),
    (
        1,
        2,
        "employees",
        7,
        "A chat bot that answers 'where can I pay now?'",
        "Чат-бот отвечает на вопрос «где теперь платить?»",
    ),
    (
        1,
        0,
        "competitors",
        0,
        "Move the due date to payday",
        "Перенести дату платежа на день зарплаты",
    ),
    (
        1,
        1,
        "research",
        3,
        "Weekly SMS with the remaining balance",
        "Еженедельное SMS с остатком долга",
    ),
    (
        1,
        2,
        "customers",
        8,
        "Reminder in the language the customer chose",
        "Напоминание на языке, который выбрал клиент",
    ),
    (
        1,
        0,
        "employees",
        1,
        "Branch staff help install the app on the spot",
        "Сотрудники офиса помогают установить приложение на месте",
    ),
    (2, 1, "competitors", 4, "Pay at the post office counter", "Оплата в окне почтового отделения"),
    (
        2,
        2,
        "own",
        6,
        "Partner pharmacies and grocery shops accept payments",
        "Аптеки и магазины-партнёры принимают платежи",
    ),
    (
        2,
        0,
        "research",
        2,
        "Map of working payment points, updated daily",
        "Карта работающих пунктов оплаты, обновляется ежедневно",
    ),
    (
        2,
        1,
        "customers",
        5,
        "Courier collects the payment at home",
        "Курьер забирает платёж на дому",
    ),
    (
        2,
        2,
        "employees",
        7,
        "Pay at the cash desk of a partner bank for free",
        "Бесплатная оплата в кассе банка-партнёра",
    ),
    (
        2,
        0,
        "own",
        0,
        "Mobile office bus visits districts without terminals",
        "Мобильный офис-автобус в районах без терминалов",
    ),
    (
        2,
        1,
        "competitors",
        3,
        "Pay at the supermarket checkout with a barcode",
        "Оплата на кассе супермаркета по штрихкоду",
    ),
    (
        2,
        2,
        "research",
        8,
        "Deal with the taxi app: pay at a driver's terminal",
        "Договор с такси: оплата через терминал водителя",
    ),
    (3, 0, "customers", 1, "Receipt by SMS right after payment", "Чек в SMS сразу после оплаты"),
    (
        3,
        1,
        "research",
        4,
        "Warn about fake payment links",
        "Предупреждать о поддельных ссылках на оплату",
    ),
    (
        3,
        2,
        "employees",
        6,
        "A human answers the phone within one minute",
        "Живой человек отвечает на звонок за минуту",
    ),
    (
        3,
        0,
        "competitors",
        2,
        "Show the lender's licence on the payment page",
        "Показывать лицензию на странице оплаты",
    ),
    (
        3,
        1,
        "customers",
        5,
        "No hidden fees for online payment",
        "Никаких скрытых комиссий за онлайн-оплату",
    ),
    (
        3,
        2,
        "own",
        7,
        "Two-step confirmation for large payments",
        "Двухшаговое подтверждение для крупных платежей",
    ),
    (
        3,
        0,
        "research",
        0,
        "Personal manager for customers over 60",
        "Персональный менеджер для клиентов старше 60",
    ),
    (None, 1, "own", 3, "Cashback on early repayment", "Кешбэк за досрочное погашение"),
    (
        None,
        2,
        "customers",
        8,
        "Loyalty points for paying on time",
        "Баллы лояльности за оплату вовремя",
    ),
    (
        None,
        0,
        "employees",
        1,
        "Ask late payers why they are late",
        "Спросить опоздавших, почему они опоздали",
    ),
    (
        None,
        1,
        "research",
        4,
        "Measure time to pay, steps and failed attempts",
        "Измерять время оплаты, число шагов и неудачные попытки",
    ),
    (
        None,
        2,
        "competitors",
        6,
        "Weekend payments credited the same day",
        "Платежи в выходные зачисляются в тот же день",
    ),
    (
        None,
        0,
        "own",
        2,
        "A paper letter with a payment code for those offline",
        "Бумажное письмо с кодом оплаты для тех, кто офлайн",
    ),
    (
        None,
        1,
        "customers",
        5,
        "Pay in the app of my own bank by account number",
        "Оплата в приложении своего банка по номеру договора",
    ),
    (
        None,
        2,
        "research",
        7,
        "Ask customers to rate how easy paying was",
        "Просить клиентов оценить, насколько легко было заплатить",
    ),
)

# Dots per note: (idea index, team index, count) — teams vote as units in the demo.
VOTES = (
    (0, 0, 2),
    (0, 1, 1),
    (2, 2, 2),
    (2, 0, 1),
    (11, 1, 2),
    (11, 2, 1),
    (22, 0, 1),
    (22, 1, 1),
    (16, 2, 1),
    (29, 0, 1),
    (33, 1, 1),
    (14, 2, 1),
    (5, 0, 1),
    (5, 2, 1),
)


def _text(language: str, english: str, russian: str) -> str:
    return russian if language == "ru" else english


def build_capture(data: model.WorkshopData, language: str) -> None:
    board = model.Board(
        len(data.boards) + 1,
        model.BoardKind.CAPTURE,
        _text(language, "Ideas: paying without terminals", "Идеи: оплата без терминалов"),
        len(data.boards),
    )
    data.boards.append(board)
    columns_per_cluster = 3
    gap = 20.0
    cluster_width = columns_per_cluster * (model.NOTE_WIDTH + gap) + 40
    positions: dict[int | None, int] = {}

    def frame_height(index: int) -> float:
        members = sum(1 for idea in IDEAS if idea[0] == index)
        rows = -(-members // columns_per_cluster)
        return 80 + rows * (model.NOTE_HEIGHT + gap) + 20

    # Clusters sit in a 2-column grid; a row is as tall as its tallest frame plus a gap.
    first_row_height = max(frame_height(0), frame_height(1))
    for index, (en, ru) in enumerate(CLUSTERS):
        x = (index % 2) * (cluster_width + 60)
        y = (index // 2) * (first_row_height + 60)
        data.clusters.append(
            model.Cluster(
                id=index + 1,
                board_id=board.id,
                title=_text(language, en, ru),
                x=x,
                y=y,
                width=cluster_width,
                height=frame_height(index),
            )
        )
    for number, (cluster, team, tag, author, en, ru) in enumerate(IDEAS, start=1):
        slot = positions.get(cluster, 0)
        positions[cluster] = slot + 1
        if cluster is None:
            x = 2 * (cluster_width + 60) + (slot % 2) * (model.NOTE_WIDTH + gap)
            y = 80 + (slot // 2) * (model.NOTE_HEIGHT + gap)
            cluster_id = None
        else:
            frame = data.clusters[cluster]
            x = frame.x + 20 + (slot % columns_per_cluster) * (model.NOTE_WIDTH + gap)
            y = frame.y + 80 + (slot // columns_per_cluster) * (model.NOTE_HEIGHT + gap)
            cluster_id = frame.id
        data.notes.append(
            model.Note(
                id=number,
                board_id=board.id,
                text=_text(language, en, ru),
                x=x,
                y=y,
                team_id=team + 1,
                author=_text(language, *PEOPLE[author][:2]),
                tag=model.SourceTag(tag),
                cluster_id=cluster_id,
            )
        )
    for number, (idea, team, count) in enumerate(VOTES, start=1):
        data.votes.append(model.Vote(number, idea + 1, model.VoterKind.TEAM, team + 1, count))
