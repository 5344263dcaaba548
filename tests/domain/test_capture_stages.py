"""Capture stages: write, cluster, vote; the vote stage drives the board's dot voting."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.domain import agenda as rules
from app.domain import flow, model
from app.domain.agenda import Agenda, AgendaBoard, AgendaStep
from app.domain.flow import StepTarget
from app.domain.model import BoardKind

IDEAS = model.Board(1, BoardKind.CAPTURE, "Ideas", 0)
MORE = model.Board(2, BoardKind.CAPTURE, "More", 1)


def _step(stage: str, board: str = "ideas", exercise: str = "capture") -> AgendaStep:
    return AgendaStep(exercise, stage or "plain", "", board=board, stage=stage)


def _agenda(*steps: AgendaStep) -> Agenda:
    boards = (
        AgendaBoard("ideas", "capture", "Ideas", "Идеи", board_id=1),
        AgendaBoard("more", "capture", "More", "Ещё", board_id=2),
    )
    return Agenda("k", "K", "", steps=steps, boards=boards)


def _target(agenda: Agenda, index: int) -> StepTarget:
    return flow.step_target(agenda, index, [IDEAS, MORE])


def test_capture_has_write_cluster_vote_and_other_names_are_refused() -> None:
    assert rules.stages_of(BoardKind.CAPTURE) == ("write", "cluster", "vote")
    rules.validate_step(AgendaStep("capture", "x", "", stage="vote"))
    with pytest.raises(ValueError, match="unknown stage 'deal'"):
        rules.validate_step(AgendaStep("capture", "x", "", stage="deal"))


def test_bundled_dot_voting_step_is_a_vote_stage() -> None:
    agenda = rules.load_template(rules.bundled_templates_dir() / "ideas-to-mvp.toml")
    stages = {s.title_en: s.stage for s in agenda.steps if s.exercise == "capture"}
    assert stages == {
        "Silent writing": "write",
        "Share and cluster": "cluster",
        "Dot voting": "vote",
    }


def test_a_vote_step_turns_voting_on_and_leaving_it_turns_it_off() -> None:
    agenda = _agenda(_step("write"), _step("vote"), _step("cluster"), _step(""))
    write, vote, cluster, plain = (_target(agenda, i) for i in range(4))
    assert flow.voting_step(vote) and not flow.voting_step(write)
    assert flow.voting_changes(write, vote) == [(1, True)]
    assert flow.voting_changes(vote, cluster) == [(1, False)]
    assert flow.voting_changes(vote, plain) == [(1, False)]  # any other step: off
    assert flow.voting_changes(None, vote) == [(1, True)]
    assert flow.voting_changes(vote, vote) == [(1, True)]


def test_a_step_without_stage_leaves_voting_alone() -> None:
    agenda = _agenda(_step("write"), _step(""), AgendaStep("talk", "Talk", ""))
    write, plain, talk = (_target(agenda, i) for i in range(3))
    assert flow.voting_changes(write, plain) == []
    assert flow.voting_changes(plain, talk) == []
    assert flow.voting_changes(None, None) == []


def test_moving_from_one_boards_vote_to_anothers_switches_both() -> None:
    agenda = _agenda(_step("vote"), _step("vote", board="more"))
    first, second = _target(agenda, 0), _target(agenda, 1)
    assert flow.voting_changes(first, second) == [(1, False), (2, True)]


def test_totals_are_hidden_on_the_vote_step_until_revealed() -> None:
    agenda = _agenda(_step("write"), _step("vote"))
    write, vote = _target(agenda, 0), _target(agenda, 1)
    assert flow.totals_hidden(vote, 1, revealed=False)
    assert not flow.totals_hidden(vote, 1, revealed=True)
    assert not flow.totals_hidden(vote, 2, revealed=False)  # another board
    assert not flow.totals_hidden(write, 1, revealed=False)
    assert not flow.totals_hidden(None, 1, revealed=False)


def test_voting_by_hand_finds_the_matching_step() -> None:
    agenda = _agenda(_step("write"), _step("vote"), _step("cluster"))
    boards = [IDEAS, MORE]
    assert flow.step_for(agenda, boards, 1, "vote", 0) == 1
    assert flow.step_for(agenda, boards, 2, "vote", 0) is None
    assert flow.step_after_voting(agenda, boards, 1, 1) == 2
    assert flow.step_after_voting(agenda, boards, 1, 0) is None  # not on the vote step
    assert flow.step_after_voting(agenda, boards, 2, 1) is None  # another board
    last = _agenda(_step("write"), _step("vote"))
    assert flow.step_after_voting(last, boards, 1, 1) is None  # nothing after it


def test_template_with_capture_stage_round_trips(tmp_path: Path) -> None:
    agenda = _agenda(_step("vote"))
    assert rules.from_json(rules.to_json(agenda)) == agenda
