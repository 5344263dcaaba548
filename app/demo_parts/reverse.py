"""The demo's good idea / bad idea round: finished, revealed, with a few votes.

The three demo teams each wrote a good and a bad idea about repaying micro-loans after
the cash terminals closed; the bad ideas were dealt from a fixed seed (stored, so the
deal is the same every time) and every team turned the bad idea it received into one or
two real solutions.
"""

from __future__ import annotations

from app.domain import edits, model, reverse, reverse_flow
from app.domain.reverse import Deal, ReverseRound, ReverseStep

DEMO_SEED = 20261124  # fixed: the demo file always shows the same deal

BOARD_TITLE = ("Good idea / bad idea", "Хорошая идея / плохая идея")

# Per team (index into the demo's TEAMS): its good idea, its bad idea, and the solutions
# that whichever team receives the bad idea builds from it (each an (English, Russian) pair).
IDEAS: tuple[tuple[tuple[str, str], tuple[str, str], tuple[tuple[str, str], ...]], ...] = (
    (
        (
            "Pay in two taps from any bank app via the fast payment system",
            "Оплата в два касания из любого банковского приложения через СБП",
        ),
        (
            "Make customers travel to the head office to pay",
            "Пусть клиенты ездят платить в головной офис",
        ),
        (
            (
                "The office comes to them: a payment bus on a fixed weekly route",
                "Офис сам приезжает к клиенту: автобус для платежей раз в неделю",
            ),
            (
                "Make the trip worth it: pay, get advice and a better rate in one visit",
                "Чтобы поездка окупалась: оплата, консультация и ставка ниже за один визит",
            ),
        ),
    ),
    (
        (
            "Autopay switched on at signing, with an SMS the day before",
            "Автоплатёж при оформлении займа и SMS накануне списания",
        ),
        (
            "Charge a fee for paying on time",
            "Брать комиссию за то, что клиент платит вовремя",
        ),
        (
            (
                "Turn the fee around: cashback for every payment made on time",
                "Наоборот: кешбэк за каждый платёж, внесённый вовремя",
            ),
        ),
    ),
    (
        (
            "Partner grocery shops take payments at the till",
            "Продуктовые магазины-партнёры принимают платежи на кассе",
        ),
        (
            "Only accept payment by post",
            "Принимать платежи только по почте",
        ),
        (
            (
                "Post offices as payment points: they are open even in villages",
                "Почтовые отделения как пункты оплаты: они есть даже в сёлах",
            ),
            (
                "A postcard reminder with a QR code for people without apps",
                "Открытка-напоминание с QR-кодом для тех, кто не пользуется приложениями",
            ),
        ),
    ),
)

# Team votes: (voting team index, position among the other teams' solutions, dots). Each
# team stays within the board's dot budget (a third of the visible cards).
VOTES: tuple[tuple[int, int, int], ...] = (
    (0, 0, 2),
    (1, 1, 1),
    (1, 2, 1),
    (2, 0, 1),
    (2, 1, 1),
)


def _text(language: str, pair: tuple[str, str]) -> str:
    return pair[1] if language == "ru" else pair[0]


def build(data: model.WorkshopData, language: str) -> None:
    """Append a finished round on a new reverse board, using the demo teams 1..3."""
    board = model.Board(
        edits.next_id(data.boards),
        model.BoardKind.REVERSE,
        _text(language, BOARD_TITLE),
        len(data.boards),
    )
    data.boards.append(board)
    team_ids = [team.id for team in sorted(data.teams, key=lambda t: t.position)][: len(IDEAS)]
    data.reverse_rounds.append(
        ReverseRound(
            board_id=board.id,
            challenge=data.workshop.challenge,
            team_ids=team_ids,
            step=ReverseStep.REVEAL,
            seed=DEMO_SEED,
            show_parked=True,
            face_down=False,
        )
    )

    def add(
        team_id: int,
        role: model.NoteRole,
        text: str,
        parked: bool = False,
        source_note_id: int | None = None,
    ) -> model.Note:
        # Same placement as cards typed in the app, so the demo looks like a real round.
        x, y = reverse_flow.lane_position(data, board.id, team_id, role)
        note = model.Note(
            edits.next_id(data.notes),
            board.id,
            text,
            x=x,
            y=y,
            team_id=team_id,
            role=role,
            parked=parked,
            source_note_id=source_note_id,
        )
        data.notes.append(note)
        return note

    bad_notes: dict[int, tuple[model.Note, int]] = {}  # bad note id -> (note, IDEAS index)
    for index, (team_id, (good, bad, _solutions)) in enumerate(zip(team_ids, IDEAS, strict=True)):
        add(team_id, model.NoteRole.GOOD, _text(language, good), parked=True)
        note = add(team_id, model.NoteRole.BAD, _text(language, bad))
        bad_notes[note.id] = (note, index)

    dealt = reverse.deal_bad_ideas(
        [(n.id, n.team_id or 0) for n, _ in bad_notes.values()], DEMO_SEED
    )
    solutions: list[model.Note] = []
    for note_id in sorted(dealt):
        note, index = bad_notes[note_id]
        data.deals.append(
            Deal(edits.next_id(data.deals), board.id, note_id, note.team_id or 0, dealt[note_id])
        )
    # Solutions in lane order, so the votes below land on the same cards in both languages.
    for team_id in team_ids:
        for note_id in sorted(n for n, to_team in dealt.items() if to_team == team_id):
            for solution in IDEAS[bad_notes[note_id][1]][2]:
                solutions.append(
                    add(
                        team_id,
                        model.NoteRole.SOLUTION,
                        _text(language, solution),
                        source_note_id=note_id,
                    )
                )

    for team_index, position, dots in VOTES:
        voter = team_ids[team_index]
        others = [s for s in solutions if s.team_id != voter]  # no votes for one's own cards
        if position < len(others):
            data.votes.append(
                model.Vote(
                    edits.next_id(data.votes),
                    others[position].id,
                    model.VoterKind.TEAM,
                    voter,
                    dots,
                )
            )
