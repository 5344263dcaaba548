"""Hand-built workshops for the export tests (no store, no Qt)."""

from __future__ import annotations

from app.domain.model import (
    TEAM_PALETTE,
    Board,
    BoardKind,
    Cluster,
    Note,
    NoteRole,
    Participant,
    SourceTag,
    Team,
    Vote,
    VoterKind,
    Workshop,
    WorkshopData,
)

CAPTURE_TEXTS = [
    # (text, team index, tag, author)
    ("Касса закрылась, а очередь осталась", 0, SourceTag.CUSTOMERS, "Аня"),
    ("Order ahead in the app, pick up at the counter", 1, SourceTag.OWN, "Tom"),
    ("Нет розеток у столиков", 2, SourceTag.CUSTOMERS, ""),
    ("Loyalty card nobody remembers to bring", 0, SourceTag.RESEARCH, "Аня"),
    ("Бариста не успевает в час пик", 1, SourceTag.EMPLOYEES, "Олег"),
    ("Menu board too small to read from the door", 2, SourceTag.CUSTOMERS, "Kim"),
    ("Оплата по QR без терминала", 0, SourceTag.COMPETITORS, ""),
    ("café au lait «как в Париже» — с круассаном", 1, SourceTag.OWN, "Tom"),
    ("Pre-paid coffee subscription: 20 cups a month", 2, SourceTag.COMPETITORS, ""),
    ("Тихая зона для звонков", 0, SourceTag.CUSTOMERS, "Маша"),
    ("Wi-Fi password printed on every receipt", 1, SourceTag.NONE, ""),
    ("Очередь за водой для собак у входа 🐶", 2, SourceTag.OWN, "Kim"),
    ("Self-service milk & sugar station", 0, SourceTag.EMPLOYEES, ""),
    ("Кофе с собой в многоразовом стакане со скидкой 10 %", 1, SourceTag.RESEARCH, "Олег"),
    ("Show waiting time on a screen", 2, SourceTag.CUSTOMERS, ""),
    ("Второй кассир в утренние часы", 0, SourceTag.EMPLOYEES, "Маша"),
    ("Seasonal drinks board by the window", 1, SourceTag.NONE, ""),
    ("Стол для больших компаний по записи", 2, SourceTag.CUSTOMERS, "Kim"),
    ("“Suspended coffee”: pay one forward for a stranger", 0, SourceTag.OWN, ""),
    ("Детский уголок с раскрасками", 1, SourceTag.CUSTOMERS, ""),
    ("Allergen labels on every pastry", 2, SourceTag.RESEARCH, "Kim"),
    ("Push-уведомление, когда заказ готов", 0, SourceTag.COMPETITORS, "Аня"),
    ("Bigger tables near the sockets so laptop people do not block the sofas all day", 1,
     SourceTag.CUSTOMERS, "Tom"),
    ("Утром — быстрый бар только для эспрессо, без сложных напитков, чтобы очередь "
     "двигалась в два раза быстрее", 2, SourceTag.EMPLOYEES, ""),
    ("Staff rota app instead of the paper sheet", 0, SourceTag.EMPLOYEES, ""),
    ("Скидка за отзыв", 1, SourceTag.NONE, ""),
    ("Local bakery partnership", 2, SourceTag.OWN, ""),
    ("Меню на английском для туристов", 0, SourceTag.CUSTOMERS, "Маша"),
    ("Refill station for water bottles", 1, SourceTag.RESEARCH, ""),
    ("Музыка потише по утрам", 2, SourceTag.CUSTOMERS, ""),
    ("Digital receipts by e-mail", 0, SourceTag.NONE, ""),
    ("Сезонные напитки на основе местных ягод", 1, SourceTag.OWN, "Олег"),
    ("Ask regulars what they miss", 2, SourceTag.RESEARCH, "Kim"),
    ("Программа «приведи друга»", 0, SourceTag.COMPETITORS, ""),
    ("Bike parking outside", 1, SourceTag.CUSTOMERS, ""),
    ("Расписание мастер-классов бариста", 2, SourceTag.OWN, ""),
    ("Open 30 minutes earlier on weekdays", 0, SourceTag.CUSTOMERS, "Аня"),
    ("Табличка «свободно / занято» на столах", 1, SourceTag.EMPLOYEES, ""),
    ("Oat milk at no extra charge", 2, SourceTag.CUSTOMERS, ""),
    ("Мерч: кружки с логотипом", 0, SourceTag.OWN, ""),
]

CLUSTERS = [
    ("Очереди и скорость / Queues", 0),
    ("Comfort & space / Комфорт", 1),
    ("Оплата и лояльность", 2),
    ("Menu & offer", 3),
]
CLUSTER_OF_NOTE = [0, 0, 1, 2, 0, 3, 2, 3, 2, 1, 1, 1, 0, 2, 0, 0, 3, 1, 2, 1,
                   3, 0, 1, 0, None, 2, 3, 3, 1, 1, 2, 3, None, 2, 1, None, 0, 1, 3, None]
VOTES = {1: 6, 2: 4, 4: 3, 5: 5, 7: 2, 9: 7, 15: 3, 16: 1, 22: 2, 24: 4, 37: 2, 39: 5}


def sample_workshop(language: str = "ru") -> WorkshopData:
    """About 40 notes in 3 teams and 4 clusters with votes, Russian and English text."""
    teams = [
        Team(1, "Синие / Blue", TEAM_PALETTE[1], 0),
        Team(2, "Amber", TEAM_PALETTE[0], 1),
        Team(3, "Зелёные", TEAM_PALETTE[2], 2),
    ]
    participants = [
        Participant(1, "Аня", 1), Participant(2, "Маша", 1), Participant(3, "Tom", 2),
        Participant(4, "Олег", 2), Participant(5, "Kim", 3), Participant(6, "Лена", 3),
    ]
    boards = [Board(1, BoardKind.CAPTURE, "Сбор идей: утренний кофе", 0)]
    clusters: list[Cluster] = []
    cluster_origin: list[tuple[float, float]] = []
    for index, (title, _) in enumerate(CLUSTERS):
        x = 40.0 + (index % 2) * 1020.0
        y = 40.0 + (index // 2) * 740.0
        clusters.append(Cluster(index + 1, 1, title, x, y, 980.0, 700.0))
        cluster_origin.append((x, y))
    slots = [0, 0, 0, 0]
    notes: list[Note] = []
    loose = 0
    for index, (text, team_index, tag, author) in enumerate(CAPTURE_TEXTS, start=1):
        cluster_index = CLUSTER_OF_NOTE[index - 1]
        if cluster_index is None:
            x, y, cluster_id = 2120.0, 80.0 + loose * 200.0, None
            loose += 1
        else:
            slot = slots[cluster_index]
            slots[cluster_index] += 1
            ox, oy = cluster_origin[cluster_index]
            x = ox + 30.0 + (slot % 4) * 235.0
            y = oy + 80.0 + (slot // 4) * 185.0
            cluster_id = cluster_index + 1
        notes.append(Note(index, 1, text, x, y, team_id=teams[team_index].id, author=author,
                          tag=tag, cluster_id=cluster_id))
    notes.append(Note(41, 1, "Parked: not drawn", 0.0, 0.0, parked=True, team_id=1))
    # A note with its own (darker) colour and a derived note for the lineage appendix.
    notes[10].color = "#5C6BC0"
    notes[22].source_note_id = notes[2].id
    votes = [Vote(i, note_id, VoterKind.TEAM, 1, count)
             for i, (note_id, count) in enumerate(sorted(VOTES.items()), start=1)]
    workshop = Workshop(
        title="Утро в кофейне «Точка Б» — Morning rush redesign",
        challenge="Как сократить ожидание утром, не теряя уюта? / How might we cut the "
                  "morning wait without losing the cosy feel?",
        date="2026-11-23",
        facilitator="Екатерина Смирнова",
        language=language,
    )
    return WorkshopData(workshop, teams, participants, boards, notes, clusters, votes)


def small_board() -> WorkshopData:
    """Three notes, two teams, one cluster, a vote: the golden-image board."""
    teams = [Team(1, "Red", "#F48FB1", 0), Team(2, "Sky", "#81D4FA", 1)]
    board = Board(1, BoardKind.CAPTURE, "Small board", 0)
    notes = [
        Note(1, 1, "Касса закрылась", 40, 80, team_id=1, tag=SourceTag.CUSTOMERS, cluster_id=1),
        Note(2, 1, "café «au lait» — “fast”", 270, 80, team_id=2, author="Kim", cluster_id=1),
        Note(3, 1, "Self-service station", 520, 120, role=NoteRole.IDEA),
    ]
    clusters = [Cluster(1, 1, "Queue", 20, 20, 470, 240)]
    votes = [Vote(1, 1, VoterKind.PARTICIPANT, 1, 2), Vote(2, 2, VoterKind.TEAM, 2, 1)]
    workshop = Workshop("Golden", challenge="A small test board", date="2026-01-02",
                        facilitator="Test", language="en")
    return WorkshopData(workshop, teams, [], [board], notes, clusters, votes)
