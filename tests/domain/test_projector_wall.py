"""The capture board's wall layout on the projector: sizes, order, nothing overlaps."""

from __future__ import annotations

import math

from app.domain import projector_wall as wall


def fake_height(text: str, pixel_size: int, width: float) -> float | None:
    """A monospaced stand-in for the real font: 0.55 em per character, whole words."""
    per_line = max(1, int(width // (0.55 * pixel_size)))
    if any(len(word) > per_line for word in text.split()):
        return None
    lines, used = 1, 0
    for word in text.split():
        needed = len(word) if used == 0 else used + 1 + len(word)
        if needed > per_line:
            lines, used = lines + 1, len(word)
        else:
            used = needed
    return lines * wall.LINE_HEIGHT_EMS * pixel_size


def rects(layout: wall.WallLayout) -> list[wall.Rect]:
    return [note for block in layout.blocks for note in block.notes]


def test_the_promised_text_size_falls_from_few_notes_to_many() -> None:
    assert wall.target_body_px(1) == wall.target_body_px(40) == 28
    assert wall.target_body_px(100) == wall.target_body_px(500) == 20
    assert 20 < wall.target_body_px(70) < 28


def test_columns_for_counts_whole_notes() -> None:
    assert wall.columns_for(1000.0, 300.0, 20.0) == 3
    assert wall.columns_for(940.0, 300.0, 20.0) == 3  # exactly three, no gap after the last
    assert wall.columns_for(100.0, 300.0, 20.0) == 1


def test_few_notes_get_large_type_and_stay_inside_without_overlap() -> None:
    blocks = [
        wall.Block("Pay without cash", tuple(f"Idea number {n} about paying" for n in range(9))),
        wall.Block("Reminders", tuple(f"Remind me {n} days before" for n in range(7))),
        wall.Block(None, ("A loose note", "Another loose note")),
    ]
    layout = wall.lay_out_wall(blocks, 1880.0, 880.0, fake_height)
    assert layout.fits and layout.scale == 1.0
    assert layout.body_px >= wall.target_body_px(18)
    area = wall.Rect(0.0, 0.0, 1880.0, 880.0)
    notes = rects(layout)
    assert len(notes) == 18
    for rect in notes:
        assert area.contains(rect, tolerance=0.5)
    for i, first in enumerate(notes):
        for second in notes[i + 1 :]:
            assert not first.overlaps(second)
    # Each note sits inside its own block's frame, under the block's title.
    for block in layout.blocks:
        for rect in block.notes:
            assert block.frame.contains(rect, tolerance=0.5)
            if block.title is not None:
                assert rect.y >= block.title.y + block.title.height - 0.01
    frames = [b.frame for b in layout.blocks]
    for i, first in enumerate(frames):
        for second in frames[i + 1 :]:
            assert not first.overlaps(second)


def test_one_size_for_every_note_and_it_shrinks_with_more_notes() -> None:
    few = [wall.Block(None, tuple("A short idea for paying" for _ in range(10)))]
    many = [wall.Block(None, tuple("A short idea for paying" for _ in range(100)))]
    small = wall.lay_out_wall(few, 1880.0, 880.0, fake_height)
    large = wall.lay_out_wall(many, 1880.0, 880.0, fake_height)
    assert small.body_px > large.body_px
    assert large.fits and large.body_px >= wall.TARGET_MANY_PX
    # Same text, same size: every note of the wall is as wide as the others.
    assert len({round(r.width, 3) for r in rects(large)}) == 1


def test_too_many_notes_are_scaled_down_whole() -> None:
    blocks = [wall.Block(None, tuple(f"Idea {n} with several words in it" for n in range(900)))]
    layout = wall.lay_out_wall(blocks, 1000.0, 600.0, fake_height)
    assert not layout.fits and layout.scale < 1.0
    bottom = max(r.y + r.height for r in rects(layout))
    assert math.isclose(bottom * layout.scale, 600.0, rel_tol=0.01) or bottom * layout.scale < 600
    assert len(rects(layout)) == 900


def test_a_smaller_window_scales_the_type_with_it() -> None:
    blocks = [wall.Block(None, tuple("A short idea for paying" for _ in range(12)))]
    full = wall.lay_out_wall(blocks, 1880.0, 880.0, fake_height)
    window = wall.lay_out_wall(blocks, 1880.0 * 2 / 3, 880.0 * 2 / 3, fake_height)
    assert window.body_px < full.body_px
    assert window.body_px >= full.body_px * 2 / 3 - 2


def test_photos_take_a_block_of_their_own() -> None:
    blocks = [
        wall.Block(None, ("One idea", "Two ideas")),
        wall.Block(None, (), photo=True, aspect=0.5),
    ]
    layout = wall.lay_out_wall(blocks, 1880.0, 880.0, fake_height)
    photo = layout.blocks[1]
    assert len(photo.notes) == 1
    assert math.isclose(photo.frame.height, photo.frame.width * 0.5)
    assert not photo.frame.overlaps(layout.blocks[0].frame)


def test_an_empty_wall_has_no_blocks() -> None:
    assert wall.lay_out_wall([], 1880.0, 880.0, fake_height).blocks == ()


def test_the_layout_in_steps_is_the_same_layout_in_small_pieces() -> None:
    blocks = [
        wall.Block("Pay without cash", tuple(f"Idea {n} about paying" for n in range(30))),
        wall.Block(None, tuple(f"Loose idea {n} with a few more words" for n in range(70))),
    ]
    counted: list[tuple[str, int, float]] = []

    def measure(text: str, pixel_size: int, width: float) -> float | None:
        counted.append((text, pixel_size, width))
        return fake_height(text, pixel_size, width)

    steps = wall.lay_out_wall_steps(blocks, 1880.0, 880.0, measure)
    pieces: list[int] = []
    while True:
        before = len(counted)
        try:
            next(steps)
        except StopIteration as done:
            laid = done.value
            break
        pieces.append(len(counted) - before)
    assert laid == wall.lay_out_wall(blocks, 1880.0, 880.0, fake_height)
    assert len(pieces) > 10  # many steps, none measuring more than a step's share
    assert max(pieces) <= wall.MEASURES_PER_STEP
