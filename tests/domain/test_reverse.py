"""Rules of the good idea / bad idea exercise: steps, the deal, hand moves, texts."""

from __future__ import annotations

import ast
import string
import sys
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain import reverse
from app.domain.i18n_catalogues import translated
from app.domain.reverse import (
    MESSAGES,
    Deal,
    DealImpossible,
    ReverseRound,
    ReverseStep,
    can_run,
    check_hand_move,
    deal_bad_ideas,
    deal_map,
    default_timer_minutes,
    describe_deal,
    given_counts,
    lineage_ok,
    new_seed,
    note_teams,
    received_counts,
    step_title,
)

BOUNDED = settings(max_examples=200, deadline=None)

BadIdeas = list[tuple[int, int]]


def _bad_ideas(counts: dict[int, int], note_ids: list[int]) -> BadIdeas:
    """(note id, team id) pairs: `counts[team]` notes per team, ids taken from `note_ids`."""
    teams = [team for team, count in counts.items() for _ in range(count)]
    return list(zip(note_ids, teams, strict=True))


@st.composite
def feasible_bad_ideas(draw: st.DrawFn) -> BadIdeas:
    """Any number of teams >= 2, unequal counts allowed, always dealable."""
    team_ids = draw(st.lists(st.integers(1, 10_000), min_size=2, max_size=8, unique=True))
    counts = draw(st.lists(st.integers(1, 6), min_size=len(team_ids), max_size=len(team_ids)))
    # Cap the biggest team at the others' total: this keeps the tight boundary case in play.
    biggest = max(range(len(counts)), key=counts.__getitem__)
    counts[biggest] = min(counts[biggest], sum(counts) - counts[biggest])
    total = sum(counts)
    note_ids = draw(st.lists(st.integers(1, 10**6), min_size=total, max_size=total, unique=True))
    return _bad_ideas(dict(zip(team_ids, counts, strict=True)), note_ids)


@st.composite
def infeasible_bad_ideas(draw: st.DrawFn) -> BadIdeas:
    """One team gave more than all others together (including the single-team case)."""
    team_ids = draw(st.lists(st.integers(1, 10_000), min_size=1, max_size=6, unique=True))
    others = draw(
        st.lists(st.integers(1, 4), min_size=len(team_ids) - 1, max_size=len(team_ids) - 1)
    )
    biggest = sum(others) + draw(st.integers(1, 4))
    counts = dict(zip(team_ids, [biggest, *others], strict=True))
    note_ids = list(range(1, sum(counts.values()) + 1))
    return _bad_ideas(counts, note_ids)


seeds = st.integers(0, 2**32 - 1)


# --- the deal: properties -------------------------------------------------------------


@BOUNDED
@given(feasible_bad_ideas(), seeds)
def test_no_team_receives_its_own_idea(bad_ideas: BadIdeas, seed: int) -> None:
    deal = deal_bad_ideas(bad_ideas, seed)
    for note_id, from_team in bad_ideas:
        assert deal[note_id] != from_team


@BOUNDED
@given(feasible_bad_ideas(), seeds)
def test_every_bad_idea_is_dealt_exactly_once(bad_ideas: BadIdeas, seed: int) -> None:
    deal = deal_bad_ideas(bad_ideas, seed)
    assert sorted(deal) == sorted(note_id for note_id, _ in bad_ideas)


@BOUNDED
@given(feasible_bad_ideas(), seeds)
def test_each_team_receives_as_many_as_it_gave(bad_ideas: BadIdeas, seed: int) -> None:
    deal = deal_bad_ideas(bad_ideas, seed)
    assert received_counts(deal) == dict(Counter(team for _, team in bad_ideas))
    assert given_counts(deal, dict(bad_ideas)) == received_counts(deal)


@BOUNDED
@given(feasible_bad_ideas(), seeds)
def test_same_seed_gives_the_same_deal(bad_ideas: BadIdeas, seed: int) -> None:
    assert deal_bad_ideas(bad_ideas, seed) == deal_bad_ideas(list(bad_ideas), seed)


@BOUNDED
@given(st.data(), feasible_bad_ideas(), seeds)
def test_input_order_does_not_matter(data: st.DataObject, bad_ideas: BadIdeas, seed: int) -> None:
    shuffled = data.draw(st.permutations(bad_ideas))
    assert deal_bad_ideas(shuffled, seed) == deal_bad_ideas(bad_ideas, seed)


@BOUNDED
@given(infeasible_bad_ideas(), seeds)
def test_infeasible_inputs_raise_deal_impossible(bad_ideas: BadIdeas, seed: int) -> None:
    with pytest.raises(DealImpossible) as raised:
        deal_bad_ideas(bad_ideas, seed)
    counts = Counter(team for _, team in bad_ideas)
    biggest_team, biggest = counts.most_common(1)[0]
    assert raised.value.team_id == biggest_team
    assert raised.value.given == biggest
    assert raised.value.others == len(bad_ideas) - biggest
    assert isinstance(raised.value, ValueError)


# --- the deal: examples ---------------------------------------------------------------


def test_no_bad_ideas_gives_an_empty_deal() -> None:
    assert deal_bad_ideas([], seed=7) == {}


def test_two_teams_simply_swap() -> None:
    assert deal_bad_ideas([(10, 1), (20, 2)], seed=3) == {10: 2, 20: 1}


def test_tight_case_sends_the_big_team_everything_of_the_others() -> None:
    # Team 1 gave 3, teams 2 and 3 gave 3 together: team 1 must receive all of theirs.
    bad_ideas = [(1, 1), (2, 1), (3, 1), (4, 2), (5, 2), (6, 3)]
    for seed in range(50):
        deal = deal_bad_ideas(bad_ideas, seed)
        assert deal[4] == deal[5] == deal[6] == 1


def test_repeated_note_is_refused() -> None:
    with pytest.raises(ValueError, match="more than once"):
        deal_bad_ideas([(1, 1), (1, 2), (2, 2)], seed=0)


def test_deal_impossible_message_names_the_team_in_both_languages() -> None:
    with pytest.raises(DealImpossible) as raised:
        deal_bad_ideas([(1, 5), (2, 5), (3, 6)], seed=0)
    assert "2" in str(raised.value) and "1" in str(raised.value)
    assert "Red" in raised.value.describe("en", {5: "Red"})
    assert "«Red»" in raised.value.describe("ru", {5: "Red"})


def test_one_team_alone_cannot_be_dealt() -> None:
    with pytest.raises(DealImpossible):
        deal_bad_ideas([(1, 1)], seed=0)


def test_deal_spreads_over_all_derangements() -> None:
    # Four teams with one idea each have 9 derangements; a fair deal reaches all of them.
    bad_ideas = [(1, 1), (2, 2), (3, 3), (4, 4)]
    seen = Counter(tuple(sorted(deal_bad_ideas(bad_ideas, seed).items())) for seed in range(900))
    assert len(seen) == 9
    assert min(seen.values()) > 900 / 9 / 3  # no derangement is starved


def test_three_teams_get_both_rotations_about_equally() -> None:
    bad_ideas = [(1, 1), (2, 2), (3, 3)]
    rotations = Counter(deal_bad_ideas(bad_ideas, seed)[1] for seed in range(400))
    assert set(rotations) == {2, 3}
    assert 0.4 < rotations[2] / 400 < 0.6


def test_new_seed_is_a_non_negative_int() -> None:
    seeds_drawn = {new_seed() for _ in range(20)}
    assert all(isinstance(seed, int) and 0 <= seed < 2**32 for seed in seeds_drawn)
    assert len(seeds_drawn) > 1


# --- teams, hand moves, lineage -------------------------------------------------------


def test_can_run_needs_two_distinct_teams() -> None:
    assert can_run([]) == "need_two_teams"
    assert can_run([1]) == "need_two_teams"
    assert can_run([1, 1]) == "need_two_teams"
    assert can_run([1, 2]) is None


DEAL = {10: 2, 11: 3, 20: 1, 30: 1}
NOTE_TEAM = {10: 1, 11: 1, 20: 2, 30: 3}


def test_hand_move_to_own_team_is_refused() -> None:
    assert check_hand_move(DEAL, NOTE_TEAM, 10, to_team_id=1) == "move_own_idea"


def test_hand_move_of_an_undealt_note_is_refused() -> None:
    assert check_hand_move(DEAL, NOTE_TEAM, 99, to_team_id=2) == "move_not_dealt"
    assert check_hand_move({99: 2}, NOTE_TEAM, 99, to_team_id=3) == "move_not_dealt"


def test_hand_move_to_another_team_is_allowed_even_if_it_unbalances() -> None:
    assert check_hand_move(DEAL, NOTE_TEAM, 10, to_team_id=3) is None
    assert check_hand_move(DEAL, NOTE_TEAM, 10, to_team_id=2) is None  # where it already is
    moved = {**DEAL, 10: 3}
    assert received_counts(moved) == {3: 2, 1: 2}
    assert given_counts(moved, NOTE_TEAM) == {1: 2, 2: 1, 3: 1}


def test_lineage_requires_a_dealt_idea_and_the_receiving_team() -> None:
    assert lineage_ok(10, DEAL, 2)
    assert not lineage_ok(10, DEAL, 1)  # the writing team, not the receiving one
    assert not lineage_ok(99, DEAL, 2)  # not a dealt bad idea
    assert not lineage_ok(None, DEAL, 2)
    assert not lineage_ok(10, DEAL, None)


def test_deal_rows_round_trip_to_mappings() -> None:
    rows = [
        Deal(id=i, board_id=7, bad_note_id=n, from_team_id=NOTE_TEAM[n], to_team_id=t)
        for i, (n, t) in enumerate(sorted(DEAL.items()), start=1)
    ]
    assert deal_map(rows) == DEAL
    assert note_teams(rows) == NOTE_TEAM


# --- describing the deal --------------------------------------------------------------


def test_describe_deal_in_english() -> None:
    names = {1: "Team Red", 2: "Team Blue", 3: "Team Green"}
    assert describe_deal({10: 2, 20: 1}, NOTE_TEAM, names, "en") == [
        "Team Red receives Team Blue's bad idea",
        "Team Blue receives Team Red's bad idea",
    ]


def test_describe_deal_in_russian_groups_several_ideas() -> None:
    names = {1: "Красные", 3: "Зелёные"}
    lines = describe_deal({10: 3, 11: 3}, NOTE_TEAM, names, "ru")
    assert lines == ["Команда «Зелёные» получает плохие идеи команды «Красные»: 2"]


def test_describe_deal_counts_with_the_plural_forms_of_the_language() -> None:
    names = {1: "Красные", 3: "Зелёные"}
    many = {note: 3 for note in range(100, 122)}
    note_team = {note: 1 for note in many}
    assert describe_deal({10: 3}, NOTE_TEAM, names, "ru") == [
        "Команда «Зелёные» получает 1 плохую идею команды «Красные»"
    ]
    assert describe_deal(dict(list(many.items())[:21]), note_team, names, "ru") == [
        "Команда «Зелёные» получает 21 плохую идею команды «Красные»"
    ]
    assert describe_deal(dict(list(many.items())[:5]), note_team, names, "ru") == [
        "Команда «Зелёные» получает плохие идеи команды «Красные»: 5"
    ]
    assert describe_deal(dict(list(many.items())[:21]), note_team, names, "en") == [
        "Зелёные receives 21 bad ideas from Красные"
    ]


def test_describe_deal_falls_back_to_team_numbers() -> None:
    assert describe_deal({20: 1}, NOTE_TEAM, {}, "en") == ["Team 1 receives Team 2's bad idea"]
    assert describe_deal({99: 1}, NOTE_TEAM, {}, "en") == []  # origin unknown


# --- steps and the round --------------------------------------------------------------


def test_step_titles_and_timers() -> None:
    assert [int(step) for step in ReverseStep] == [1, 2, 3, 4, 5, 6]
    for step in ReverseStep:
        assert step_title(step, "en") and step_title(step, "ru")
        assert step_title(step, "en") != step_title(step, "ru")
        assert default_timer_minutes(step) >= 0
    assert default_timer_minutes(ReverseStep.SETUP) == 0
    assert default_timer_minutes(ReverseStep.WRITE) == 5
    assert default_timer_minutes(ReverseStep.TRANSFORM) == 12


def test_round_defaults() -> None:
    first = ReverseRound(board_id=1, challenge="Fill the theatre", team_ids=[1, 2, 3])
    second = ReverseRound(board_id=2, challenge="", team_ids=[1, 2])
    assert first.step is ReverseStep.SETUP
    assert first.ideas_per_team == 1 and first.face_down and not first.show_parked
    assert first.minutes_for(ReverseStep.WRITE) == 5
    assert first.minutes_for(ReverseStep.TRANSFORM) == 12
    first.timer_minutes[int(ReverseStep.WRITE)] = 7
    assert first.minutes_for(ReverseStep.WRITE) == 7
    assert second.minutes_for(ReverseStep.WRITE) == 5  # timers are not shared between rounds


def test_round_accepts_a_stored_int_step() -> None:
    stored = ReverseRound(board_id=1, challenge="", team_ids=[1, 2], step=4)  # type: ignore[arg-type]
    assert stored.step is ReverseStep.DEAL


# --- texts and the domain's boundaries ------------------------------------------------


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_every_message_is_translated_into_russian(key: str) -> None:
    # the fields of each translation are checked for every catalogue in tests/domain/test_i18n.py
    assert MESSAGES[key].strip() and translated("ru", MESSAGES[key])


def test_returned_keys_are_in_the_catalogue() -> None:
    assert can_run([1]) in MESSAGES
    assert DealImpossible.key in MESSAGES
    for key in ("move_own_idea", "move_not_dealt"):
        assert key in MESSAGES


def test_module_imports_only_the_standard_library_and_the_domain() -> None:
    tree = ast.parse(Path(reverse.__file__).read_text(encoding="utf-8"))
    imported = {
        name
        for node in ast.walk(tree)
        for name in (
            [alias.name for alias in node.names]
            if isinstance(node, ast.Import)
            else [node.module or ""]
            if isinstance(node, ast.ImportFrom)
            else []
        )
    }
    for module in imported:
        top = module.split(".")[0]
        assert top in sys.stdlib_module_names or module.startswith("app.domain"), module
