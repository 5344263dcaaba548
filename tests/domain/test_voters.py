"""Voters are listed in entry order, whatever their names and the interface language."""

from __future__ import annotations

from app.domain import model
from app.domain.voters import index_of, voters


def sample() -> model.WorkshopData:
    data = model.WorkshopData(workshop=model.Workshop(title="T"))
    data.teams = [model.Team(2, "Ястребы", "#FFFFFF", 1), model.Team(1, "Альфа", "#000000", 0)]
    data.participants = [
        model.Participant(3, "Яна", 1),
        model.Participant(1, "Zoe", None),
        model.Participant(2, "Adam", 2),
    ]
    return data


def test_people_in_entry_order_then_teams_in_setup_order() -> None:
    listed = voters(sample())
    assert [v.name for v in listed] == ["Zoe", "Adam", "Яна", "Альфа", "Ястребы"]
    assert listed[1].team is not None and listed[1].team.name == "Ястребы"
    assert listed[0].team is None
    assert [v.kind for v in listed[-2:]] == [model.VoterKind.TEAM] * 2


def test_teams_first_and_finding_a_voter_again() -> None:
    listed = voters(sample(), teams_first=True)
    assert [v.name for v in listed] == ["Альфа", "Ястребы", "Zoe", "Adam", "Яна"]
    assert index_of(listed, (model.VoterKind.PARTICIPANT, 2)) == 3
    assert index_of(listed, (model.VoterKind.TEAM, 9)) is None
    assert index_of(listed, None) is None
