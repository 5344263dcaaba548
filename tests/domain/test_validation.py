"""The one validator, without Qt or files (tests/reliability has the ways in)."""

from __future__ import annotations

import dataclasses
import math

from app.domain import kano, model, prioritise, reverse, validation
from app.domain.texts import one_line, shown


def test_each_rule_names_its_field() -> None:
    note = model.Note(1, 1, "x", x=math.nan, width=0.0, color="red", tag="aliens")  # type: ignore[arg-type]
    fields = [p.field for p in validation.entity_problems(note)]
    assert fields == ["x", "width", "color", "tag"]
    answer = kano.KanoAnswerRecord(1, 1, "Anna", 0, 6)
    assert [p.field for p in validation.entity_problems(answer)] == ["functional", "dysfunctional"]
    rnd = reverse.ReverseRound(1, "c", "abc", timer_minutes={1: 999})  # type: ignore[arg-type]
    assert [p.field for p in validation.entity_problems(rnd)] == ["team_ids", "timer_minutes"]


def test_the_values_the_app_makes_pass() -> None:
    candidate = prioritise.Candidate(
        1, 1, "Pay by QR", impact=5.0, effort=2.5, reach=1000.0, rice_impact=2.0,
        confidence=80.0, effort_months=0.5, ice_impact=7, kano_dated="2026-11-24",
    )
    assert validation.entity_problems(candidate) == []
    # A widget may hand back the plain value of a StrEnum.
    assert validation.field_problem(model.Note, "tag", "customers") is None


def test_an_edit_checks_only_what_it_changes() -> None:
    received = model.Team(1, "T" * 3000, "#123456")
    moved = dataclasses.replace(received, position=3)
    assert validation.change_problems(received, moved) == []
    renamed = dataclasses.replace(received, name="N" * 201)
    assert [p.field for p in validation.change_problems(received, renamed)] == ["name"]
    assert [p.field for p in validation.change_problems(None, received)] == ["name"]


def test_numbers_too_large_for_the_file_are_refused() -> None:
    assert validation.field_problem(model.Note, "x", 10**400) is not None  # no OverflowError
    assert validation.field_problem(model.Vote, "count", 2**70) is not None
    assert validation.field_problem(prioritise.Candidate, "reach", 1e308) is not None
    assert validation.field_problem(prioritise.Candidate, "reach", math.inf) is not None


def test_messages_quote_values_short_and_escaped() -> None:
    assert shown("\x1b[31mred") == "'\\x1b[31mred'"
    assert len(shown("x" * 10_000)) < 50
    assert one_line("a\nb\r\nc\x07") == "a b c\\x07"
    assert len(one_line("y" * 20_000)) == 400
    problem = validation.field_problem(model.Team, "color", "\x1b" + "#" * 5000)
    assert problem is not None and len(problem.describe()) < 120
    assert "200" in validation.refusal(model.Team(1, "x", "#123456"), validation.Problem(
        "name", "too_long", {"limit": 200, "length": 201}), "ru")
