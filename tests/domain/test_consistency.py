"""Consistency rules (what `pointb check` reports): dangling links and votes over budget."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from app.demo import demo_data
from app.domain import consistency, model
from app.domain.model import VoterKind

Data = model.WorkshopData


def clean() -> Data:
    data = model.WorkshopData(workshop=model.Workshop(title="Check"))
    data.teams = [model.Team(1, "Sun", "#FFD54F")]
    data.participants = [model.Participant(1, "Anna", 1), model.Participant(2, "Boris", None)]
    data.boards = [model.Board(1, model.BoardKind.CAPTURE, "A"),
                   model.Board(2, model.BoardKind.CAPTURE, "B", 1)]
    data.clusters = [model.Cluster(1, 1, "Group"), model.Cluster(2, 2, "Other")]
    data.notes = [
        model.Note(i, 1, f"idea {i}", team_id=1, cluster_id=1 if i < 3 else None)
        for i in range(1, 7)
    ]
    data.notes.append(model.Note(7, 1, "solution", source_note_id=1))
    data.votes = [
        model.Vote(1, 1, VoterKind.PARTICIPANT, 1, 1),
        model.Vote(2, 2, VoterKind.TEAM, 1, 2),
    ]
    return data


def test_a_clean_workshop_and_the_demos_have_no_problems() -> None:
    assert consistency.problems(clean()) == []
    assert consistency.problems(demo_data("en")) == []
    assert consistency.problems(demo_data("ru")) == []


def _set(items: str, index: int, **changes: object) -> Callable[[Data], None]:
    def change(data: Data) -> None:
        for name, value in changes.items():
            setattr(getattr(data, items)[index], name, value)

    return change


BROKEN: dict[str, tuple[Callable[[Data], None], list[str]]] = {
    "participant-team": (_set("participants", 0, team_id=9),
                         ["participant 1 belongs to missing team 9"]),
    "cluster-board": (_set("clusters", 1, board_id=5), ["cluster 2 is on missing board 5"]),
    "note-board": (_set("notes", 3, board_id=8), ["note 4 is on missing board 8"]),
    "note-team": (_set("notes", 3, team_id=4), ["note 4 belongs to missing team 4"]),
    "note-cluster": (_set("notes", 3, cluster_id=6), ["note 4 is in missing cluster 6"]),
    "note-cluster-elsewhere": (_set("notes", 3, cluster_id=2),
                               ["note 4 is in cluster 2 of another board"]),
    "note-source": (_set("notes", 6, source_note_id=70), ["note 7 comes from missing note 70"]),
    "vote-note": (_set("votes", 0, note_id=99), ["vote 1 is on missing note 99"]),
    "vote-participant": (_set("votes", 0, voter_id=3), ["vote 1 is by missing participant 3"]),
    "vote-team": (_set("votes", 1, voter_id=2), ["vote 2 is by missing team 2"]),
    "vote-zero": (_set("votes", 0, count=0), ["vote 1 has 0 dots"]),
    "over-budget": (_set("votes", 1, count=3),  # 7 notes on board 1: budget 2
                    ["team 1 used 3 dots on board 1 (budget 2)"]),
}


@pytest.mark.parametrize("case", list(BROKEN))
def test_each_broken_rule_is_reported(case: str) -> None:
    breaks, expected = BROKEN[case]
    data = clean()
    breaks(data)
    assert consistency.problems(data) == expected


def test_budget_counts_each_voter_per_board_and_respects_the_override() -> None:
    data = clean()
    data.notes.append(model.Note(20, 2, "board two"))
    data.votes += [
        model.Vote(3, 3, VoterKind.PARTICIPANT, 1, 1),  # participant 1 now has 2 on board 1
        model.Vote(4, 20, VoterKind.PARTICIPANT, 1, 1),  # board 2: budget 1, used 1
        model.Vote(5, 4, VoterKind.PARTICIPANT, 2, 2),
    ]
    assert consistency.problems(data) == []
    data.votes.append(model.Vote(6, 5, VoterKind.PARTICIPANT, 2, 1))
    assert consistency.problems(data) == ["participant 2 used 3 dots on board 1 (budget 2)"]
    data.workshop.vote_budget = 3
    assert consistency.problems(data) == []


def test_several_problems_are_all_reported() -> None:
    data = clean()
    data.teams = []
    found = consistency.problems(data)
    assert "participant 1 belongs to missing team 1" in found
    assert "vote 2 is by missing team 1" in found
    assert sum(p.endswith("belongs to missing team 1") for p in found) == 7  # 1 person, 6 notes
