"""Seeded workloads: a realistic capture board at a chosen size, written as a `.pointb`.

Notes carry Russian or English text of 5-40 words, 3-6 teams with participants, clusters
that hold about half of the notes (laid out inside their frames) and dot votes. The same
(size, seed) always gives the same file; files are cached by size, seed and generator
version so a benchmark run writes each workload once.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

from app.domain import model
from app.services import WorkshopFile

GENERATOR_VERSION = 4
SIZES = (100, 1_000, 5_000, 10_000)
DEFAULT_SEED = 20261124

_EN_TEXT = (
    "customer pays loan on time reminder before the due date app push message bank card "
    "terminal closed cash branch queue partner shop courier pickup point QR code transfer "
    "instant payment fee free first month grace period SMS notification call centre chat "
    "bot explain schedule split into parts autopay from salary account employer deduction "
    "family member help elderly people without smartphone paper receipt post office "
    "kiosk supermarket checkout cashback bonus points loyalty penalty waiver late fee "
    "restructure debt trust simple clear language video guide map of nearest points "
    "weekend opening hours rural village town mobile office bus route agent visits home "
    "voice assistant offline mode low connectivity battery saver fast onboarding form "
    "passport scan selfie check limit increase credit history score friendly tone fear "
    "shame stress anxiety calm honest transparent calculator total cost"
)

_RU_TEXT = (
    "клиент платит заём вовремя напоминание до срока платежа приложение пуш сообщение "
    "банковская карта терминал закрыт наличные отделение очередь магазин партнёр курьер "
    "пункт выдачи QR-код перевод мгновенный платёж комиссия бесплатно первый месяц "
    "льготный период СМС уведомление колл-центр чат бот объяснить график разбить на части "
    "автоплатёж с зарплаты работодатель удержание член семьи помощь пожилые люди без "
    "смартфона бумажный чек почта киоск супермаркет касса кэшбэк бонусные баллы "
    "лояльность штраф отмена пени реструктуризация долга доверие простой понятный язык "
    "видеоинструкция карта ближайших точек выходные часы работы деревня посёлок "
    "мобильный офис маршрут автобуса агент визит домой голосовой помощник офлайн режим "
    "слабая связь быстрая анкета паспорт скан селфи лимит кредитная история тон страх "
    "стыд тревога спокойно честно прозрачно калькулятор полная стоимость"
)
EN_WORDS = tuple(_EN_TEXT.split())
RU_WORDS = tuple(_RU_TEXT.split())

TEAM_NAMES = (
    ("Ravens", "Вороны"),
    ("Foxes", "Лисы"),
    ("Owls", "Совы"),
    ("Bears", "Медведи"),
    ("Lynx", "Рыси"),
    ("Wolves", "Волки"),
)
PEOPLE = ("Anna", "Oleg", "Мария", "Ivan", "Сергей", "Kate", "Дмитрий", "Olga", "Tom", "Нина")
CLUSTER_TITLES = (
    "Reminders", "Напоминания", "Partners", "Партнёры", "Autopay", "Автоплатёж",
    "Trust", "Доверие", "Offline", "Офлайн", "Fees", "Комиссии",
)
GAP = 20.0
CLUSTER_COLUMNS = 5  # notes per row inside a cluster frame
CLUSTER_SIZE = 20  # notes per cluster


@dataclass(frozen=True)
class Workload:
    size: int
    seed: int
    path: Path
    board_id: int
    team_ids: tuple[int, ...]
    participant_ids: tuple[int, ...]


def note_text(rng: random.Random) -> str:
    words = RU_WORDS if rng.random() < 0.5 else EN_WORDS
    count = rng.randint(5, 40)
    text = " ".join(rng.choice(words) for _ in range(count))
    return text[0].upper() + text[1:]


def build_data(size: int, seed: int = DEFAULT_SEED) -> model.WorkshopData:
    """The workshop in memory: one capture board with `size` notes."""
    rng = random.Random(seed * 100_003 + size)
    data = model.WorkshopData(
        workshop=model.Workshop(
            title=f"Benchmark {size}", challenge="How might we help customers repay on time?",
            date="2026-11-24", facilitator="Bench", language="en",
        )
    )
    team_count = rng.randint(3, 6)
    for index in range(team_count):
        name = TEAM_NAMES[index][rng.randint(0, 1)]
        data.teams.append(model.Team(index + 1, name, model.TEAM_PALETTE[index], index))
    person_id = 0
    for team in data.teams:
        for _ in range(rng.randint(2, 4)):
            person_id += 1
            data.participants.append(
                model.Participant(person_id, rng.choice(PEOPLE), team.id)
            )
    data.boards.append(model.Board(1, model.BoardKind.CAPTURE, "Ideas", 0))

    clustered = size // 2
    cluster_count = max(1, -(-clustered // CLUSTER_SIZE))
    cluster_rows = CLUSTER_SIZE // CLUSTER_COLUMNS
    frame_w = CLUSTER_COLUMNS * (model.NOTE_WIDTH + GAP) + 2 * 30.0
    frame_h = cluster_rows * (model.NOTE_HEIGHT + GAP) + 30.0 + 90.0
    # About 16:9 overall, so "fit to window" shows the whole board on a wide screen.
    frames_per_row = max(1, round((cluster_count * 2.5) ** 0.5))
    board_columns = max(8, int(frames_per_row * (frame_w + 80.0) // (model.NOTE_WIDTH + GAP)))
    tags = list(model.SourceTag)
    note_id = 0
    for c in range(cluster_count):
        cx = (c % frames_per_row) * (frame_w + 80.0)
        cy = (c // frames_per_row) * (frame_h + 80.0)
        cluster = model.Cluster(
            c + 1, 1, f"{rng.choice(CLUSTER_TITLES)} {c + 1}", cx, cy, frame_w, frame_h
        )
        data.clusters.append(cluster)
        members = min(CLUSTER_SIZE, clustered - CLUSTER_SIZE * c)
        for m in range(max(0, members)):
            note_id += 1
            data.notes.append(_note(rng, data, note_id, tags,
                                    cx + 30.0 + (m % CLUSTER_COLUMNS) * (model.NOTE_WIDTH + GAP),
                                    cy + 90.0 + (m // CLUSTER_COLUMNS) * (model.NOTE_HEIGHT + GAP),
                                    cluster.id))
    top = -(-cluster_count // frames_per_row) * (frame_h + 80.0)
    free = 0
    while note_id < size:
        note_id += 1
        x = (free % board_columns) * (model.NOTE_WIDTH + GAP)
        y = top + (free // board_columns) * (model.NOTE_HEIGHT + GAP)
        free += 1
        data.notes.append(_note(rng, data, note_id, tags, x, y, None))

    vote_id = 0
    for person in data.participants:
        for _ in range(min(10, max(1, size // 30))):
            vote_id += 1
            data.votes.append(
                model.Vote(vote_id, rng.randint(1, size), model.VoterKind.PARTICIPANT,
                           person.id, 1)
            )
    return data


def _note(
    rng: random.Random, data: model.WorkshopData, note_id: int, tags: list[model.SourceTag],
    x: float, y: float, cluster_id: int | None,
) -> model.Note:
    team = rng.choice(data.teams)
    return model.Note(
        id=note_id, board_id=1, text=note_text(rng), x=x, y=y,
        team_id=team.id if rng.random() < 0.9 else None,
        author=rng.choice(PEOPLE) if rng.random() < 0.6 else "",
        tag=rng.choice(tags) if rng.random() < 0.4 else model.SourceTag.NONE,
        cluster_id=cluster_id,
    )


def write(path: Path, size: int, seed: int = DEFAULT_SEED) -> Path:
    """Write the workload with the app's own bulk path (one import transaction)."""
    data = build_data(size, seed)
    path.unlink(missing_ok=True)
    workshop_file = WorkshopFile.create(path, data.workshop)
    try:
        entities: list[object] = [
            *data.teams, *data.participants, *data.boards, *data.clusters, *data.notes,
            *data.votes,
        ]
        workshop_file.import_entities("benchmark workload", entities)
    finally:
        workshop_file.close()
    return path


def ensure(folder: Path, size: int, seed: int = DEFAULT_SEED) -> Workload:
    """The cached workload file for (size, seed), written when missing."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"notes-{size}-seed{seed}-v{GENERATOR_VERSION}.pointb"
    if not path.exists():
        temp = path.with_name(path.name + ".tmp.pointb")
        write(temp, size, seed)
        temp.replace(path)
    data = build_data(size, seed)
    return Workload(
        size=size, seed=seed, path=path, board_id=1,
        team_ids=tuple(t.id for t in data.teams),
        participant_ids=tuple(p.id for p in data.participants),
    )


def copy_of(workload: Workload, folder: Path, name: str) -> Path:
    """A fresh private copy (benchmarks that write must not change the cached file)."""
    import shutil

    target = folder / name
    for suffix in ("", "-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    shutil.copyfile(workload.path, target)
    return target


if __name__ == "__main__":  # pragma: no cover - manual use
    import sys

    out = Path(sys.argv[1] if len(sys.argv) > 1 else "workload.pointb")
    print(write(out, int(sys.argv[2]) if len(sys.argv) > 2 else 1000))
