"""The good idea / bad idea exercise as user edits: one pure function per facilitator action.

Each function returns the `(before, after)` entity pairs of one undo step (see
`app.domain.edits`), or raises `edits.EditRefused` with a message in the workshop's
language. The rules themselves (the deal, hand moves, lineage) live in `app.domain.reverse`;
this module applies them to a workshop: which notes take part, where cards go on the
board, and what each step change does besides moving the stepper.

Step changes and their side effects (each one edit, so one undo step):
- Set-up -> Write: the round's settings are stored and the writing starts.
- Write -> Set aside: the good ideas are parked (kept in the file, hidden from the board).
- Set aside -> Deal: the bad ideas are dealt from the round's stored seed; an existing deal
  that still covers the same bad ideas is kept, so going back and forth keeps hand moves.
- Going back only moves the stepper, except that Set aside -> Write brings the good ideas
  back and any step before the reveal turns the cards face down again.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from app.domain import edits, model, promotion, reverse
from app.domain.i18n import N_
from app.domain.prioritise import Candidate
from app.domain.reverse import Deal, ReverseRound, ReverseStep
from app.domain.texts import render

Pair = edits.Pair

MAX_IDEAS_PER_TEAM = 10
MAX_TIMER_MINUTES = 180
LANE_GAP = 60.0  # board units between two teams' lanes
CARD_GAP = 20.0
# Inside a team's lane the roles take a column each, so cards never overlap on the board.
ROLE_COLUMNS: dict[model.NoteRole, int] = {
    model.NoteRole.GOOD: 0,
    model.NoteRole.BAD: 1,
    model.NoteRole.SOLUTION: 2,
}
# How many different seeds a re-deal tries to find a deal that differs from the current one.
REDEAL_ATTEMPTS = 32

MESSAGES: dict[str, str] = {
    "no_round": N_("Set up the round first: choose the teams and press Start."),
    "not_reverse_board": N_("This board is not a good idea / bad idea board."),
    "setup_locked": N_(
        "The round is under way. Go back to Set-up to change the teams or the challenge."
    ),
    "unknown_team": N_("{team} is not taking part in this round."),
    "team_has_ideas": N_(
        "{team} has already written ideas on this board, so it stays in the round."
    ),
    "ideas_per_team_range": N_("Each team writes from 1 to {limit} ideas of each kind."),
    "first_step": N_("This is the first step."),
    "last_step": N_("This is the last step."),
    "missing_bad_idea": N_(
        "{team} has no bad idea yet. Every team writes one before the good ideas go."
    ),
    "write_step_only": N_("Good and bad ideas are written in the Write step."),
    "not_an_idea": N_("Only good and bad ideas are written in a team's lane."),
    "solutions_after_deal": N_("Solutions are written once the bad ideas are dealt."),
    "not_received": N_("A solution is built by the team that received this bad idea."),
    "no_deal": N_("The bad ideas have not been dealt yet."),
    "redeal_step_only": N_("The bad ideas are dealt again in the Deal step."),
    "move_step_only": N_("Dealt bad ideas can be moved in the Deal and Transform steps."),
    "deal_has_solutions": N_(
        "{team} has already built a solution from this bad idea, so it stays there."
    ),
    "redeal_has_solutions": N_(
        "Teams have already built solutions from the dealt ideas, so the deal stays."
    ),
    "bad_has_solutions": N_("Solutions were built from this bad idea; delete them first."),
    "not_on_board": N_("That card is not on this board."),
    "timer_range": N_("A step timer runs from 0 to {limit} minutes."),
    "nothing_to_promote": N_("Choose solutions or good ideas to promote."),
    "already_promoted": N_("These cards are already in the prioritisation pool."),
    "prioritisation_board": N_("Prioritisation"),
}


# --- reading a round --------------------------------------------------------------------
def find_round(data: model.WorkshopData, board_id: int) -> ReverseRound | None:
    return next((r for r in data.reverse_rounds if r.board_id == board_id), None)


def round_of(data: model.WorkshopData, board_id: int) -> ReverseRound:
    """The board's round, or a refusal telling the facilitator to set it up."""
    found = find_round(data, board_id)
    if found is None:
        raise edits.EditRefused(_message(data, "no_round"))
    return found


def deals_on(data: model.WorkshopData, board_id: int) -> list[Deal]:
    return sorted((d for d in data.deals if d.board_id == board_id), key=lambda d: d.id)


def ideas(
    data: model.WorkshopData, board_id: int, role: model.NoteRole, team_id: int | None = None
) -> list[model.Note]:
    """Notes of one role on the board (optionally one team's), oldest first."""
    return sorted(
        (
            n
            for n in data.notes
            if n.board_id == board_id
            and n.role == role
            and (team_id is None or n.team_id == team_id)
        ),
        key=lambda n: n.id,
    )


def solutions_for(data: model.WorkshopData, bad_note_id: int) -> list[model.Note]:
    """The solutions built from one bad idea, oldest first."""
    return sorted(
        (
            n
            for n in data.notes
            if n.role == model.NoteRole.SOLUTION and n.source_note_id == bad_note_id
        ),
        key=lambda n: n.id,
    )


def received_ideas(data: model.WorkshopData, board_id: int, team_id: int) -> list[model.Note]:
    """The bad ideas dealt to a team, in the order they were written."""
    notes = {n.id: n for n in data.notes}
    return sorted(
        (
            notes[d.bad_note_id]
            for d in deals_on(data, board_id)
            if d.to_team_id == team_id and d.bad_note_id in notes
        ),
        key=lambda n: n.id,
    )


def parked_ideas(data: model.WorkshopData, board_id: int) -> list[model.Note]:
    """The set-aside good ideas, in lane order (the round's team order, then oldest first)."""
    found = find_round(data, board_id)
    order = {team: i for i, team in enumerate(found.team_ids if found else [])}
    return sorted(
        (n for n in ideas(data, board_id, model.NoteRole.GOOD) if n.parked),
        key=lambda n: (order.get(n.team_id or 0, len(order)), n.id),
    )


@dataclass(frozen=True)
class ReceivedIdea:
    """A bad idea dealt to a team and the solutions that team built from it."""

    bad: model.Note
    solutions: tuple[model.Note, ...]


@dataclass(frozen=True)
class LaneView:
    """What one team's lane shows, read once for the board and the PDF page alike."""

    team_id: int
    good: tuple[model.Note, ...]  # the team's own best ideas, parked ones included
    bad: tuple[model.Note, ...]  # the team's own worst ideas
    received: tuple[ReceivedIdea, ...]  # dealt to the team, each with its solutions

    @property
    def received_notes(self) -> list[model.Note]:
        return [item.bad for item in self.received]

    @property
    def solution_count(self) -> int:
        return sum(len(item.solutions) for item in self.received)


def lane_view(data: model.WorkshopData, board_id: int, team_id: int) -> LaneView:
    """One team's lane: its own ideas, and each bad idea it received with the solutions it
    built from it (only this team's, on this board: another team's solution from the same
    card before a hand move belongs to that team)."""
    received = tuple(
        ReceivedIdea(
            bad=bad,
            solutions=tuple(
                s
                for s in solutions_for(data, bad.id)
                if s.board_id == board_id and s.team_id == team_id
            ),
        )
        for bad in received_ideas(data, board_id, team_id)
    )
    return LaneView(
        team_id=team_id,
        good=tuple(ideas(data, board_id, model.NoteRole.GOOD, team_id)),
        bad=tuple(ideas(data, board_id, model.NoteRole.BAD, team_id)),
        received=received,
    )


def team_names(data: model.WorkshopData) -> dict[int, str]:
    return {team.id: team.name for team in data.teams}


def default_team_ids(data: model.WorkshopData) -> list[int]:
    """Every team of the workshop, in the order the facilitator arranged them."""
    return [t.id for t in sorted(data.teams, key=lambda t: (t.position, t.id))]


# --- where cards go ---------------------------------------------------------------------
def lane_position(
    data: model.WorkshopData, board_id: int, team_id: int, role: model.NoteRole
) -> tuple[float, float]:
    """The board position of a team's next card of `role`: one lane per team, a column
    per role inside it, cards stacked downwards (so exports without a reverse page still
    show the lanes)."""
    found = find_round(data, board_id)
    order = found.team_ids if found is not None else default_team_ids(data)
    lane = order.index(team_id) if team_id in order else len(order)
    column = ROLE_COLUMNS.get(role, len(ROLE_COLUMNS))
    step_x = model.NOTE_WIDTH + CARD_GAP
    lane_width = len(ROLE_COLUMNS) * step_x - CARD_GAP + LANE_GAP
    row = len(ideas(data, board_id, role, team_id))
    return lane * lane_width + column * step_x, row * (model.NOTE_HEIGHT + CARD_GAP)


# --- set-up and the stepper -------------------------------------------------------------
def start_round(
    data: model.WorkshopData,
    board_id: int,
    team_ids: Iterable[int],
    challenge: str | None = None,
    ideas_per_team: int = 1,
) -> list[Pair]:
    """Store the set-up and start writing (Set-up -> Write) in one edit.

    The challenge defaults to the workshop's. Works on a new board or on a round that was
    taken back to Set-up; a round under way is refused (its deal depends on the teams).
    """
    board = data.board(board_id)
    if board is None or board.kind != model.BoardKind.REVERSE:
        raise edits.EditRefused(_message(data, "not_reverse_board"))
    existing = find_round(data, board_id)
    if existing is not None and existing.step != ReverseStep.SETUP:
        raise edits.EditRefused(_message(data, "setup_locked"))
    known = {t.id for t in data.teams}
    chosen = list(dict.fromkeys(t for t in team_ids if t in known))  # keep order, drop repeats
    if reverse.can_run(chosen) is not None:
        raise edits.EditRefused(reverse_message(data, "need_two_teams"))
    if not 1 <= ideas_per_team <= MAX_IDEAS_PER_TEAM:
        raise edits.EditRefused(_message(data, "ideas_per_team_range", limit=MAX_IDEAS_PER_TEAM))
    for note in data.notes_on(board_id):
        # A team that already wrote here cannot drop out: its cards would be orphaned.
        if note.team_id is not None and note.team_id not in chosen and note.role in ROLE_COLUMNS:
            raise edits.EditRefused(
                _message(data, "team_has_ideas", team=_team_name(data, note.team_id))
            )
    text = (challenge if challenge is not None else data.workshop.challenge).strip()
    if existing is None:
        started = ReverseRound(
            board_id=board_id,
            challenge=text,
            team_ids=chosen,
            ideas_per_team=ideas_per_team,
            step=ReverseStep.WRITE,
        )
        return [(None, started)]
    return [
        edits.replace(
            existing,
            challenge=text,
            team_ids=chosen,
            ideas_per_team=ideas_per_team,
            step=ReverseStep.WRITE,
        )
    ]


def advance(data: model.WorkshopData, board_id: int) -> list[Pair]:
    """Move the stepper one step on, with what that step does (see the module doc)."""
    current = round_of(data, board_id)
    if current.step == ReverseStep.SETUP:
        return start_round(
            data, board_id, current.team_ids, current.challenge, current.ideas_per_team
        )
    if current.step == ReverseStep.REVEAL:
        raise edits.EditRefused(_message(data, "last_step"))
    target = ReverseStep(current.step + 1)
    changes: dict[str, object] = {"step": target}
    pairs: list[Pair] = []
    if target == ReverseStep.SET_ASIDE:
        _require_bad_ideas(data, current)
        pairs += [
            edits.replace(note, parked=True)
            for note in ideas(data, board_id, model.NoteRole.GOOD)
            if not note.parked
        ]
    elif target == ReverseStep.DEAL:
        seed, deal_pairs = _deal_on_arrival(data, current)
        changes["seed"] = seed
        pairs += deal_pairs
    return [edits.replace(current, **changes), *pairs]


def go_back(data: model.WorkshopData, board_id: int) -> list[Pair]:
    """Move the stepper one step back. Nothing written is lost: the deal and solutions stay.

    Set aside -> Write brings the good ideas back to the lanes; any step before the reveal
    turns the cards face down again on the projector.
    """
    current = round_of(data, board_id)
    if current.step == ReverseStep.SETUP:
        raise edits.EditRefused(_message(data, "first_step"))
    target = ReverseStep(current.step - 1)
    changes: dict[str, object] = {"step": target}
    if target < ReverseStep.REVEAL and not current.face_down:
        changes["face_down"] = True
    pairs: list[Pair] = [edits.replace(current, **changes)]
    if target == ReverseStep.WRITE:
        pairs += [
            edits.replace(note, parked=False)
            for note in ideas(data, board_id, model.NoteRole.GOOD)
            if note.parked
        ]
    return pairs


def rewind_pairs(data: model.WorkshopData, board_id: int, step: ReverseStep) -> list[Pair]:
    """Pairs that show a round as it looked at an earlier `step` (undo them to come back):
    solutions go before Transform, the deal before Deal, the good ideas come back from the
    parking before Set aside, and the cards lie face down before the reveal. Used to show a
    finished round step by step (pictures for the docs, layout checks)."""
    current = round_of(data, board_id)
    pairs: list[Pair] = []
    notes = data.notes_on(board_id)
    if step < ReverseStep.TRANSFORM:
        pairs += edits.delete_notes(
            data, [n.id for n in notes if n.role == model.NoteRole.SOLUTION]
        )
    if step < ReverseStep.DEAL:
        pairs += [(d, None) for d in deals_on(data, board_id)]
    if step < ReverseStep.SET_ASIDE:
        pairs += [
            edits.replace(n, parked=False)
            for n in notes
            if n.role == model.NoteRole.GOOD and n.parked
        ]
    pairs.append(edits.replace(current, step=step, face_down=step < ReverseStep.REVEAL))
    return edits.combine(pairs)


def _require_bad_ideas(data: model.WorkshopData, current: ReverseRound) -> None:
    for team_id in current.team_ids:
        if not ideas(data, current.board_id, model.NoteRole.BAD, team_id):
            raise edits.EditRefused(
                _message(data, "missing_bad_idea", team=_team_name(data, team_id))
            )


# --- the deal ---------------------------------------------------------------------------
def _bad_idea_pairs(data: model.WorkshopData, current: ReverseRound) -> list[tuple[int, int]]:
    """(bad note id, writing team id) for every bad idea of the round's teams."""
    taking_part = set(current.team_ids)
    return [
        (note.id, note.team_id)
        for note in ideas(data, current.board_id, model.NoteRole.BAD)
        if note.team_id is not None and note.team_id in taking_part
    ]


def _compute_deal(data: model.WorkshopData, current: ReverseRound, seed: int) -> dict[int, int]:
    try:
        return reverse.deal_bad_ideas(_bad_idea_pairs(data, current), seed)
    except reverse.DealImpossible as exc:
        raise edits.EditRefused(exc.describe(data.workshop.language, team_names(data))) from exc


def _replace_deals(
    data: model.WorkshopData, current: ReverseRound, dealt: Mapping[int, int]
) -> list[Pair]:
    """Remove the board's deal rows and add rows for `dealt` (bad note id -> team id)."""
    writers = dict(_bad_idea_pairs(data, current))
    old = deals_on(data, current.board_id)
    pairs: list[Pair] = [(deal, None) for deal in old]
    next_deal = edits.next_id(data.deals)
    for note_id in sorted(dealt):
        row = Deal(next_deal, current.board_id, note_id, writers[note_id], dealt[note_id])
        pairs.append((None, row))
        next_deal += 1
    return pairs


def _check_solutions_survive(
    data: model.WorkshopData, current: ReverseRound, dealt: Mapping[int, int], key: str
) -> None:
    """Refuse a new deal that would cut a written solution off from its bad idea."""
    for solution in ideas(data, current.board_id, model.NoteRole.SOLUTION):
        if solution.source_note_id is None:
            continue
        if not reverse.lineage_ok(solution.source_note_id, dealt, solution.team_id):
            raise edits.EditRefused(_message(data, key, team=_team_name(data, solution.team_id)))


def _deal_on_arrival(data: model.WorkshopData, current: ReverseRound) -> tuple[int, list[Pair]]:
    """The seed and the deal pairs on arriving at the Deal step.

    A deal that still covers the same bad ideas is kept (with its hand moves); otherwise
    the ideas are dealt from the stored seed, or from a new one when there is none yet.
    """
    existing = deals_on(data, current.board_id)
    wanted = sorted(_bad_idea_pairs(data, current))
    if existing and sorted((d.bad_note_id, d.from_team_id) for d in existing) == wanted:
        return current.seed, []
    seed = current.seed if current.seed != 0 else _fresh_seed()  # 0 means "never dealt"
    dealt = _compute_deal(data, current, seed)
    _check_solutions_survive(data, current, dealt, "redeal_has_solutions")
    return seed, _replace_deals(data, current, dealt)


def redeal(data: model.WorkshopData, board_id: int) -> list[Pair]:
    """A fresh seed and a fresh deal, in one edit (refused once solutions exist).

    Tries several seeds for a deal that differs from the current one, so the button
    visibly does something whenever another deal is possible.
    """
    current = round_of(data, board_id)
    if current.step != ReverseStep.DEAL:
        raise edits.EditRefused(_message(data, "redeal_step_only"))
    if ideas(data, board_id, model.NoteRole.SOLUTION):
        raise edits.EditRefused(_message(data, "redeal_has_solutions"))
    now = reverse.deal_map(deals_on(data, board_id))
    seed = _fresh_seed()
    dealt = _compute_deal(data, current, seed)
    for _ in range(REDEAL_ATTEMPTS):
        if dealt != now:
            break
        seed = _fresh_seed()
        dealt = _compute_deal(data, current, seed)
    return [edits.replace(current, seed=seed), *_replace_deals(data, current, dealt)]


def deal_again_from_seed(data: model.WorkshopData, board_id: int) -> dict[int, int]:
    """The deal the stored seed gives (bad note id -> team id): what reopening reproduces."""
    current = round_of(data, board_id)
    return _compute_deal(data, current, current.seed)


def move_dealt_idea(
    data: model.WorkshopData, board_id: int, note_id: int, to_team_id: int
) -> list[Pair]:
    """The facilitator hands a dealt bad idea to another team by hand."""
    current = round_of(data, board_id)
    if current.step not in (ReverseStep.DEAL, ReverseStep.TRANSFORM):
        raise edits.EditRefused(_message(data, "move_step_only"))
    if to_team_id not in current.team_ids:
        raise edits.EditRefused(_message(data, "unknown_team", team=_team_name(data, to_team_id)))
    board_deals = deals_on(data, board_id)
    refusal = reverse.check_hand_move(
        reverse.deal_map(board_deals), reverse.note_teams(board_deals), note_id, to_team_id
    )
    if refusal is not None:
        raise edits.EditRefused(reverse_message(data, refusal))
    deal = next(d for d in board_deals if d.bad_note_id == note_id)
    if deal.to_team_id == to_team_id:
        return []  # dropped where it already was: nothing to undo
    built = solutions_for(data, note_id)
    if built:
        raise edits.EditRefused(
            _message(data, "deal_has_solutions", team=_team_name(data, built[0].team_id))
        )
    return [edits.replace(deal, to_team_id=to_team_id)]


# --- writing ----------------------------------------------------------------------------
def capture_ideas(data: model.WorkshopData) -> list[model.Note]:
    """The ideas on the workshop's capture boards, most dots first: what a team can take as
    its good or bad idea instead of typing it again."""
    capture = {b.id for b in data.boards if b.kind == model.BoardKind.CAPTURE}
    totals = data.vote_totals()
    found = [
        n
        for n in data.notes
        if n.board_id in capture and n.role == model.NoteRole.IDEA and n.text.strip()
    ]
    return sorted(found, key=lambda n: (-totals.get(n.id, 0), n.id))


def capture_idea_for(data: model.WorkshopData, text: str) -> model.Note | None:
    """The capture idea whose text is exactly `text` (taken from the capture board)."""
    wanted = text.strip()
    return next((n for n in capture_ideas(data) if n.text.strip() == wanted), None)


def add_idea(
    data: model.WorkshopData, board_id: int, team_id: int, role: model.NoteRole, text: str
) -> list[Pair]:
    """A team's good or bad idea, placed in the team's lane (Write step only). An idea
    taken from a capture board keeps a link to that note (its lineage)."""
    current = round_of(data, board_id)
    if role not in (model.NoteRole.GOOD, model.NoteRole.BAD):
        raise edits.EditRefused(_message(data, "not_an_idea"))
    if current.step != ReverseStep.WRITE:
        raise edits.EditRefused(_message(data, "write_step_only"))
    if team_id not in current.team_ids:
        raise edits.EditRefused(_message(data, "unknown_team", team=_team_name(data, team_id)))
    x, y = lane_position(data, board_id, team_id, role)
    source = capture_idea_for(data, text)
    return edits.add_note(
        data,
        board_id,
        text,
        x=x,
        y=y,
        team_id=team_id,
        role=role,
        source_note_id=source.id if source is not None else None,
    )


def add_solution(
    data: model.WorkshopData,
    board_id: int,
    bad_note_id: int,
    text: str,
    team_id: int | None = None,
) -> list[Pair]:
    """A solution built from a received bad idea, by the team that received it.

    `team_id` defaults to the receiving team; another team is refused (lineage rule).
    """
    current = round_of(data, board_id)
    if current.step < ReverseStep.TRANSFORM:
        raise edits.EditRefused(_message(data, "solutions_after_deal"))
    dealt = reverse.deal_map(deals_on(data, board_id))
    if bad_note_id not in dealt:
        raise edits.EditRefused(_message(data, "no_deal"))
    writer = dealt[bad_note_id] if team_id is None else team_id
    if not reverse.lineage_ok(bad_note_id, dealt, writer):
        raise edits.EditRefused(_message(data, "not_received"))
    x, y = lane_position(data, board_id, writer, model.NoteRole.SOLUTION)
    return edits.add_note(
        data,
        board_id,
        text,
        x=x,
        y=y,
        team_id=writer,
        role=model.NoteRole.SOLUTION,
        source_note_id=bad_note_id,
    )


def edit_card_text(data: model.WorkshopData, board_id: int, note_id: int, text: str) -> list[Pair]:
    _note_on(data, board_id, note_id)
    return edits.update_note(data, note_id, text=text)


def delete_card(data: model.WorkshopData, board_id: int, note_id: int) -> list[Pair]:
    """Delete a card with its votes (and its deal row, for a bad idea)."""
    note = _note_on(data, board_id, note_id)
    if note.role == model.NoteRole.BAD and solutions_for(data, note_id):
        raise edits.EditRefused(_message(data, "bad_has_solutions"))
    return edits.delete_notes(data, [note_id])  # the deal row goes with the note


# --- settings of a running round --------------------------------------------------------
def set_show_parked(data: model.WorkshopData, board_id: int, show: bool) -> list[Pair]:
    """Show the parked good ideas again (at the reveal), or hide them."""
    current = round_of(data, board_id)
    if current.show_parked == show:
        return []
    return [edits.replace(current, show_parked=show)]


def set_timer_minutes(
    data: model.WorkshopData, board_id: int, step: ReverseStep, minutes: int
) -> list[Pair]:
    current = round_of(data, board_id)
    if not 0 <= minutes <= MAX_TIMER_MINUTES:
        raise edits.EditRefused(_message(data, "timer_range", limit=MAX_TIMER_MINUTES))
    if current.minutes_for(step) == minutes:
        return []
    timers = dict(current.timer_minutes)
    timers[int(step)] = minutes
    return [edits.replace(current, timer_minutes=timers)]


def set_face_down(data: model.WorkshopData, board_id: int, face_down: bool) -> list[Pair]:
    """Turn the cards over on the projector: `face_down=False` is the reveal."""
    current = round_of(data, board_id)
    if current.face_down == face_down:
        return []
    return [edits.replace(current, face_down=face_down)]


def reveal(data: model.WorkshopData, board_id: int) -> list[Pair]:
    return set_face_down(data, board_id, False)


# --- picking ----------------------------------------------------------------------------
def promote(data: model.WorkshopData, board_id: int, note_ids: Iterable[int]) -> list[Pair]:
    """Chosen solutions (and good ideas) of this board become prioritisation candidates.

    Bad ideas are not promoted: they are the raw material, not the outcome.
    """
    wanted = set(note_ids)
    chosen = [
        n.id
        for n in sorted(data.notes_on(board_id), key=lambda n: n.id)
        if n.id in wanted and n.role in (model.NoteRole.SOLUTION, model.NoteRole.GOOD)
    ]
    if not chosen:
        raise edits.EditRefused(_message(data, "nothing_to_promote"))
    pairs = promotion.promote(data, chosen, _message(data, "prioritisation_board"))
    if not any(isinstance(after, Candidate) for _before, after in pairs):
        raise edits.EditRefused(_message(data, "already_promoted"))
    return pairs


def promoted_note_ids(data: model.WorkshopData) -> set[int]:
    """Notes that already have a prioritisation candidate."""
    return {c.note_id for c in data.candidates if c.note_id is not None}


# --- helpers ----------------------------------------------------------------------------
def _note_on(data: model.WorkshopData, board_id: int, note_id: int) -> model.Note:
    note = next((n for n in data.notes if n.id == note_id), None)
    if note is None or note.board_id != board_id:
        raise edits.EditRefused(_message(data, "not_on_board"))
    return note


def _fresh_seed() -> int:
    """A non-zero seed: 0 is kept to mean "not dealt yet"."""
    seed = reverse.new_seed()
    while seed == 0:
        seed = reverse.new_seed()
    return seed


def _team_name(data: model.WorkshopData, team_id: int | None) -> str:
    team = data.team(team_id)
    if team is not None and team.name.strip():
        return team.name.strip()
    return render(reverse.MESSAGES, "team_fallback", data.workshop.language, team_id=team_id)


def _message(data: model.WorkshopData, key: str, **params: object) -> str:
    return render(MESSAGES, key, data.workshop.language, **params)


def reverse_message(data: model.WorkshopData, key: str, **params: object) -> str:
    """A message from the exercise rules' catalogue, in the workshop's language."""
    return render(reverse.MESSAGES, key, data.workshop.language, **params)
