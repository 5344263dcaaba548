"""What the projector shows at each prioritisation stage, grouped as that stage sorts."""

from __future__ import annotations

from app.domain import prioritise
from app.domain import prioritise_wall as stage_wall
from app.domain.kano import KanoCategory
from app.domain.prioritise import Candidate, Quadrant, ReleaseSlice
from app.domain.prioritise_flow import BoardSummary


def summary() -> BoardSummary:
    candidates = [
        Candidate(1, 7, "Pay by QR", impact=8, effort=2, slice_id=10, moscow="must"),
        Candidate(2, 7, "Cashback", impact=3, effort=8, slice_id=11, moscow="could"),
        Candidate(3, 7, "Reminder SMS", impact=9, effort=9),
        Candidate(4, 7, "Chat bot"),
    ]
    slices = [ReleaseSlice(10, 7, "MVP 1", 0, 4.0), ReleaseSlice(11, 7, "Later", 1)]
    loads = {
        s.id: prioritise.SliceLoad(s.id, 2.0, s.budget, None, False, 0.0, None, False)
        for s in slices
    }
    return BoardSummary(
        board_id=7,
        language="en",
        method="rice",
        candidates=candidates,
        results={},
        categories={1: KanoCategory.M, 2: KanoCategory.A, 3: None, 4: KanoCategory.Q},
        votes={1: 1, 2: 4, 3: 0, 4: 2},
        scores={1: 30.0, 2: 10.0, 3: None, 4: 60.0},
        slices=slices,
        loads=loads,
        results_date="",
    )


def texts(group: stage_wall.WallGroup) -> list[str]:
    return [row.text for row in group.rows]


def test_candidates_by_dots_then_scores_best_first() -> None:
    (by_dots,) = stage_wall.stage_groups(summary(), "candidates")
    assert texts(by_dots) == ["Cashback", "Chat bot", "Pay by QR", "Reminder SMS"]
    assert by_dots.rows[0].mark == "● 4"
    (ranked,) = stage_wall.stage_groups(summary(), "scores")
    assert texts(ranked)[:3] == ["Chat bot", "Pay by QR", "Cashback"]
    assert ranked.rows[-1].mark == "—"  # not scored yet, last


def test_kano_and_matrix_group_by_class_and_quadrant() -> None:
    kano = {g.key: texts(g) for g in stage_wall.stage_groups(summary(), "kano")}
    # Classes nobody chose take no room; unsorted and questionable ones are "not sorted".
    assert kano == {"M": ["Pay by QR"], "A": ["Cashback"], "none": ["Reminder SMS", "Chat bot"]}
    matrix = {g.key: texts(g) for g in stage_wall.stage_groups(summary(), "matrix")}
    assert matrix[Quadrant.QUICK_WINS.value] == ["Pay by QR"]
    assert matrix[Quadrant.MONEY_PITS.value] == ["Cashback"]
    assert matrix[Quadrant.BIG_BETS.value] == ["Reminder SMS"]
    assert matrix[stage_wall.NOT_SORTED] == ["Chat bot"]


def test_slices_carry_name_load_and_moscow_and_pareto_adds_up() -> None:
    slices = stage_wall.stage_groups(summary(), "slices")
    assert [(g.name, g.load) for g in slices] == [("MVP 1", "2 / 4"), ("Later", "2"), ("", "")]
    assert slices[0].rows[0].mark == "M" and texts(slices[2]) == ["Reminder SMS", "Chat bot"]
    (pareto,) = stage_wall.stage_groups(summary(), "pareto")
    assert [(r.text, r.mark) for r in pareto.rows] == [
        ("Chat bot", "60%"),
        ("Pay by QR", "90%"),
        ("Cashback", "100%"),
    ]


def test_a_long_list_shows_its_first_rows_and_counts_the_rest() -> None:
    many = summary()
    many.candidates = [Candidate(i, 7, f"Idea {i}", kano=None) for i in range(1, 15)]
    many.categories = dict.fromkeys(range(1, 15), KanoCategory.O)
    many.votes = dict.fromkeys(range(1, 15), 0)
    (ranked,) = stage_wall.stage_groups(many, "candidates")
    assert len(ranked.rows) == stage_wall.LIST_LIMIT and ranked.more == 14 - stage_wall.LIST_LIMIT
    (column,) = stage_wall.stage_groups(many, "kano")
    assert len(column.rows) == stage_wall.GROUP_LIMIT and column.more == 14 - stage_wall.GROUP_LIMIT
