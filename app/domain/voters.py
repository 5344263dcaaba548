"""Who can vote on a board, and in which order (pure rules, no Qt).

Voters are listed in the order the facilitator entered them: people in the order they were
added, teams in their setup order. The number keys 1–9 pick the voter at that place, so
the order must not depend on the alphabet or on the interface language.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.domain import model


@dataclass(frozen=True)
class Voter:
    kind: model.VoterKind
    id: int
    name: str  # the person's or the team's own name, as stored
    team: model.Team | None  # the person's team, or the team itself

    @property
    def key(self) -> tuple[model.VoterKind, int]:
        return (self.kind, self.id)


def voters(data: model.WorkshopData, teams_first: bool = False) -> list[Voter]:
    """People (entry order) then teams (setup order); teams first when `teams_first`."""
    teams = {t.id: t for t in data.teams}
    people = [
        Voter(
            model.VoterKind.PARTICIPANT,
            p.id,
            p.name,
            teams.get(p.team_id) if p.team_id is not None else None,
        )
        for p in sorted(data.participants, key=lambda p: p.id)
    ]
    team_voters = [
        Voter(model.VoterKind.TEAM, t.id, t.name, t)
        for t in sorted(data.teams, key=lambda t: (t.position, t.id))
    ]
    return team_voters + people if teams_first else people + team_voters


def index_of(voter_list: list[Voter], key: tuple[model.VoterKind, int] | None) -> int | None:
    """The place of the voter with `key`, or None when it is gone (or `key` is None)."""
    if key is None:
        return None
    return next((i for i, v in enumerate(voter_list) if v.key == key), None)
