"""Placement rules: cards stay in their region and never overlap; imports land in free space."""

from __future__ import annotations

import itertools
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from app.domain.placement import Box, CardRequest, free_block, place_cards, place_in_region


def test_a_card_sits_at_its_point_when_free() -> None:
    region = Box(0, 0, 100, 50)
    box = place_in_region(CardRequest(region, 50, 25), 20, 10, [])
    assert box == Box(40, 20, 20, 10)


def test_a_card_near_the_edge_is_pulled_inside_its_region_not_across() -> None:
    region = Box(0, 0, 100, 50)
    box = place_in_region(CardRequest(region, 99, 49), 20, 10, [])
    assert box == Box(80, 40, 20, 10)


def test_a_card_that_would_collide_moves_within_its_region() -> None:
    region = Box(0, 0, 100, 50)
    first = place_in_region(CardRequest(region, 50, 45), 40, 10, [])
    assert first is not None
    second = place_in_region(CardRequest(region, 50, 45), 40, 10, [first], gap=1)
    assert second is not None
    assert region.contains(second)
    assert not second.overlaps(first, 1)


def test_a_full_region_says_so() -> None:
    region = Box(0, 0, 40, 20)
    requests = [CardRequest(region, 20, 10)] * 5
    assert place_cards(requests, 20, 10) is None


def test_packing_fills_a_region_the_greedy_way_cannot() -> None:
    # Four cards whose points are all in the middle fill the 2x2 grid of the region.
    region = Box(0, 0, 40, 20)
    boxes = place_cards([CardRequest(region, 20, 10)] * 4, 20, 10)
    assert boxes is not None
    assert sorted((b.x, b.y) for b in boxes) == [(0, 0), (0, 10), (20, 0), (20, 10)]


regions = [Box(0, 0, 150, 80), Box(150, 0, 150, 80), Box(0, 80, 150, 80),
           Box(150, 80, 150, 80)]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 3), st.floats(0, 1), st.floats(0, 1)),
                min_size=1, max_size=30),
       st.floats(10, 60), st.floats(5, 30))
# A region packed as a grid puts a card on its edge, beside the next region's card.
@example([(0, 0.0, 0.0)] * 2 + [(0, 0.0, 0.5)] + [(0, 0.0, 0.0)] * 5 + [(1, 0.0, 0.0)],
         30.551102049486055, 27.0)
def test_placed_cards_are_in_their_region_and_apart(
    points: list[tuple[int, float, float]], width: float, height: float
) -> None:
    requests = [CardRequest(regions[r], regions[r].x + fx * regions[r].width,
                            regions[r].y + fy * regions[r].height) for r, fx, fy in points]
    boxes = place_cards(requests, width, height, gap=0.5)
    if boxes is None:
        return
    for request, box in zip(requests, boxes, strict=True):
        assert request.region.contains(box)
    for a, b in itertools.combinations(boxes, 2):
        assert not a.overlaps(b, 0.5 - 1e-9)  # the gap asked for


def test_imported_notes_go_below_everything() -> None:
    occupied = [Box(0, 0, 100, 60), Box(300, 200, 100, 60), Box(-50, 100, 400, 300)]
    spots = free_block(occupied, 8, 100, 60, 10, columns=3)
    boxes = [Box(x, y, 100, 60) for x, y in spots]
    assert len(boxes) == 8
    for box in boxes:
        assert not any(box.overlaps(other) for other in occupied)
    for a, b in itertools.combinations(boxes, 2):
        assert not a.overlaps(b)
    assert min(b.x for b in boxes) == -50


def test_imported_notes_on_an_empty_board_start_at_the_origin() -> None:
    assert free_block([], 2, 10, 10, 5, origin=(7, 9)) == [(7, 9), (22, 9)]


def test_csv_import_places_notes_clear_of_notes_and_clusters(tmp_path: Path) -> None:
    from app import interchange
    from app.demo import write_demo
    from app.domain import model
    from app.domain.placement import occupied
    from app.services import WorkshopFile

    path = tmp_path / "demo.pointb"
    write_demo(path)
    source = tmp_path / "ideas.csv"
    source.write_text("text,team\n" + "".join(f"Imported idea {i},Sun\n" for i in range(22)),
                      encoding="utf-8")
    before = WorkshopFile.open(path, read_only=True)
    try:
        board = interchange.capture_board(before.data, None)
        taken = occupied(before.data, board.id)
        old_ids = {n.id for n in before.data.notes}
    finally:
        before.close()
    assert interchange.import_ideas_csv(path, source) == 22
    after = WorkshopFile.open(path, read_only=True)
    try:
        new = [n for n in after.data.notes if n.id not in old_ids]
    finally:
        after.close()
    assert len(new) == 22
    boxes = [Box(n.x, n.y, n.width or model.NOTE_WIDTH, n.height or model.NOTE_HEIGHT)
             for n in new]
    for box in boxes:
        assert not any(box.overlaps(other) for other in taken), box
    for a, b in itertools.combinations(boxes, 2):
        assert not a.overlaps(b)
