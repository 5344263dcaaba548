"""Rules of the good idea / bad idea exercise (Tina Seelig's reverse ideation).

Each team writes a good and a bad idea; the good ones are set aside, the bad ones are dealt
so that every team works on another team's bad idea, and each team turns what it received
into a real solution. This module holds the rules only: the steps and their timers, the
deal, the checks on hand moves and on a solution's lineage, and the texts shown for them.
"""

from __future__ import annotations

import random
import secrets
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import IntEnum

from app.domain.i18n import N_, plural
from app.domain.texts import render


class ReverseStep(IntEnum):
    SETUP = 1
    WRITE = 2
    SET_ASIDE = 3
    DEAL = 4
    TRANSFORM = 5
    REVEAL = 6


# Minutes on the step timer; 0 means the step has no timer.
DEFAULT_TIMER_MINUTES: dict[ReverseStep, int] = {
    ReverseStep.SETUP: 0,
    ReverseStep.WRITE: 5,
    ReverseStep.SET_ASIDE: 1,
    ReverseStep.DEAL: 2,
    ReverseStep.TRANSFORM: 12,
    ReverseStep.REVEAL: 10,
}

MIN_TEAMS = 2

MESSAGES: dict[str, str] = {
    "step_setup": N_("Set-up"),
    "step_write": N_("Write good and bad ideas"),
    "step_set_aside": N_("Set aside the good ideas"),
    "step_deal": N_("Deal the bad ideas"),
    "step_transform": N_("Turn bad ideas into solutions"),
    "step_reveal": N_("Reveal and pick"),
    "need_two_teams": N_(
        "The exercise needs at least two teams: each team works on another team's bad idea."
    ),
    "move_own_idea": N_("A team cannot receive its own bad idea. Give it to another team."),
    "move_not_dealt": N_("Only dealt bad ideas can be moved between teams."),
    "deal_impossible": N_(
        "The bad ideas cannot be dealt: {team} has {given} of them, but the other teams together "
        "have only {others}, so some idea would go back to its own team."
    ),
    "team_fallback": N_("Team {team_id}"),
}

_STEP_TITLE_KEYS: dict[ReverseStep, str] = {
    ReverseStep.SETUP: "step_setup",
    ReverseStep.WRITE: "step_write",
    ReverseStep.SET_ASIDE: "step_set_aside",
    ReverseStep.DEAL: "step_deal",
    ReverseStep.TRANSFORM: "step_transform",
    ReverseStep.REVEAL: "step_reveal",
}


def step_title(step: ReverseStep, language: str) -> str:
    """The step's name as shown in the stepper, in the workshop language."""
    return render(MESSAGES, _STEP_TITLE_KEYS[ReverseStep(step)], language)


def default_timer_minutes(step: ReverseStep) -> int:
    """Minutes the step's timer starts with; 0 means no timer."""
    return DEFAULT_TIMER_MINUTES[ReverseStep(step)]


def default_timers() -> dict[int, int]:
    """A fresh step -> minutes table (keys are plain ints, as stored in the file)."""
    return {int(step): minutes for step, minutes in DEFAULT_TIMER_MINUTES.items()}


@dataclass
class ReverseRound:
    """One run of the exercise on a reverse board."""

    board_id: int
    challenge: str
    team_ids: list[int]
    ideas_per_team: int = 1
    step: ReverseStep = ReverseStep.SETUP
    seed: int = 0  # the deal's seed, stored so reopening the file shows the same deal
    show_parked: bool = False  # show the set-aside good ideas again at the reveal
    timer_minutes: dict[int, int] = field(default_factory=default_timers)
    face_down: bool = True  # cards face down on the projector until the reveal

    @property
    def id(self) -> int:
        """One round per board: the board id identifies it (in the file and the dump)."""
        return self.board_id

    def __post_init__(self) -> None:
        # Rows from the store carry the step as a plain int.
        self.step = ReverseStep(self.step)

    def minutes_for(self, step: ReverseStep) -> int:
        """The timer for `step`: the round's own setting, else the default."""
        return self.timer_minutes.get(int(step), default_timer_minutes(step))


@dataclass
class Deal:
    """One dealt bad idea: which team wrote it and which team has to transform it."""

    id: int
    board_id: int
    bad_note_id: int
    from_team_id: int
    to_team_id: int


def deal_map(deals: Iterable[Deal]) -> dict[int, int]:
    """bad note id -> receiving team id, the shape the rules below work on."""
    return {deal.bad_note_id: deal.to_team_id for deal in deals}


def note_teams(deals: Iterable[Deal]) -> dict[int, int]:
    """bad note id -> the team that wrote it."""
    return {deal.bad_note_id: deal.from_team_id for deal in deals}


def can_run(team_ids: Iterable[int]) -> str | None:
    """None when the exercise can run with these teams, else a MESSAGES key saying why not."""
    return None if len(set(team_ids)) >= MIN_TEAMS else "need_two_teams"


class DealImpossible(ValueError):
    """No deal exists: one team gave more bad ideas than all other teams together."""

    key = "deal_impossible"

    def __init__(self, team_id: int, given: int, others: int) -> None:
        self.team_id = team_id
        self.given = given
        self.others = others
        super().__init__(self.describe("en"))

    def describe(self, language: str, team_names: Mapping[int, str] | None = None) -> str:
        team = _team_name(self.team_id, team_names or {}, language)
        return render(MESSAGES, self.key, language, team=team, given=self.given, others=self.others)


def new_seed() -> int:
    """A fresh seed for a (re-)deal; stored in the file so the deal can be reproduced."""
    return secrets.randbits(32)


def deal_bad_ideas(bad_ideas: Sequence[tuple[int, int]], seed: int) -> dict[int, int]:
    """Deal bad ideas given as (bad_note_id, from_team_id) pairs; return note id -> team id.

    No note goes back to its own team, each team receives as many as it gave, and the same
    seed with the same pairs (in any order) gives the same deal. Raises DealImpossible when
    one team gave more than all the others together, and ValueError on a repeated note id.

    Why it always succeeds: notes are matched to receiving slots, and a note may take any
    slot of another team. By Hall's theorem a full matching exists exactly when, for every
    team, (its notes still to deal) + (its slots still open) <= (notes still to deal), since
    notes of two or more teams together can reach every slot. Each note takes a random open
    slot among those that keep this true, so the remainder always stays solvable.
    """
    ordered = sorted(bad_ideas)  # input order must not change the deal
    repeated = [note for note, times in Counter(n for n, _ in ordered).items() if times > 1]
    if repeated:
        raise ValueError(f"bad idea {min(repeated)} is listed more than once")

    given = Counter(team for _, team in ordered)
    if given:
        # Ties broken by the lower team id so the reported team does not depend on input order.
        biggest_team, biggest = max(sorted(given.items()), key=lambda item: item[1])
        others = len(ordered) - biggest
        if biggest > others:
            raise DealImpossible(biggest_team, biggest, others)

    rng = random.Random(seed)  # never the global generator: the deal must be reproducible
    rng.shuffle(ordered)  # a random dealing order, so no note is favoured by its id
    notes_left = dict(given)
    slots_left = dict(given)
    remaining = len(ordered)
    deal: dict[int, int] = {}
    for note_id, from_team in ordered:
        notes_left[from_team] -= 1
        remaining -= 1
        candidates = [
            team
            for team in sorted(slots_left)
            if team != from_team
            and slots_left[team] > 0
            and _still_solvable(notes_left, slots_left, team, remaining)
        ]
        to_team = _pick_weighted(rng, candidates, slots_left)
        slots_left[to_team] -= 1
        deal[note_id] = to_team
    return deal


def _still_solvable(
    notes_left: Mapping[int, int], slots_left: Mapping[int, int], taken: int, remaining: int
) -> bool:
    """Hall's condition after one slot of team `taken` is used (see deal_bad_ideas)."""
    return all(
        notes_left[team] + slots_left[team] - (team == taken) <= remaining for team in notes_left
    )


def _pick_weighted(rng: random.Random, teams: Sequence[int], weights: Mapping[int, int]) -> int:
    """A team drawn with probability proportional to its open slots (i.e. a random slot)."""
    if not teams:
        raise AssertionError("no receiving team left; the solvability check should prevent it")
    point = rng.randrange(sum(weights[team] for team in teams))
    for team in teams:
        point -= weights[team]
        if point < 0:
            return team
    raise AssertionError("unreachable: the point lies inside the total weight")


def check_hand_move(
    deal: Mapping[int, int], note_team: Mapping[int, int], note_id: int, to_team_id: int
) -> str | None:
    """None when the facilitator may move the note to that team, else a MESSAGES key.

    A move may leave teams with unequal numbers of bad ideas; that is the facilitator's
    call, shown through received_counts.
    """
    if note_id not in deal or note_id not in note_team:
        return "move_not_dealt"
    if note_team[note_id] == to_team_id:
        return "move_own_idea"
    return None


def received_counts(deal: Mapping[int, int]) -> dict[int, int]:
    """team id -> number of bad ideas it holds now."""
    return dict(Counter(deal.values()))


def given_counts(deal: Mapping[int, int], note_team: Mapping[int, int]) -> dict[int, int]:
    """team id -> number of its bad ideas in the deal; compare with received_counts."""
    return dict(Counter(note_team[note] for note in deal if note in note_team))


def describe_deal(
    deal: Mapping[int, int],
    note_team: Mapping[int, int],
    team_names: Mapping[int, str],
    language: str,
) -> list[str]:
    """Plain lines saying who got whose bad idea, by receiving team, then giving team.

    Notes whose writing team is unknown are left out: there is nothing to say about them.
    """
    pairs = Counter(
        (to_team, note_team[note]) for note, to_team in deal.items() if note in note_team
    )
    lines = []
    for (to_team, from_team), count in sorted(pairs.items()):
        receiver = _team_name(to_team, team_names, language)
        giver = _team_name(from_team, team_names, language)
        lines.append(
            plural(
                language,
                "{receiver} receives {giver}'s bad idea",
                "{receiver} receives {n} bad ideas from {giver}",
                count,
                receiver=receiver,
                giver=giver,
            )
        )
    return lines


def lineage_ok(
    solution_source_id: int | None, deal: Mapping[int, int], solution_team_id: int | None
) -> bool:
    """A solution is valid when built from a dealt bad idea by the team that received it."""
    if solution_source_id is None or solution_team_id is None:
        return False
    return deal.get(solution_source_id) == solution_team_id


def _team_name(team_id: int, team_names: Mapping[int, str], language: str) -> str:
    name = team_names.get(team_id, "").strip()
    return name or render(MESSAGES, "team_fallback", language, team_id=team_id)
