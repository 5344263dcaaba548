"""How a capture board's notes are laid out on the projector (pure rules, no Qt).

The console shows the board as the facilitator arranged it; from the back of the room a
scaled copy of that arrangement is too small to read. The projector lays the notes the
console shows out again, by cluster, in large type:

- one text size for every note on the wall (similar notes never differ in size), as large
  as lets every note fit whole, between `MIN_BODY_PX` and `MAX_BODY_PX` at 1920×1080;
- each cluster is a block with its title above its notes; notes in a block sit in rows,
  each row as tall as its tallest note; loose notes form a block without a title;
- blocks are packed in shelves, left to right, in the board's reading order.

Text is measured by the caller (`TextHeight`: the height of `text` wrapped at `width` in
`pixel_size` type, or None when a word does not fit the width), so the rules stay free of
any toolkit and are tested with a fake measure.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass, replace
from typing import TypeVar

from app.domain.placement import Box as Rect

REFERENCE_SIZE = (1920, 1080)  # the projector the pixel sizes below are meant for
MAX_BODY_PX = 48  # a handful of notes: larger type still leaves room for whole words
MIN_BODY_PX = 16  # below this the wall cannot be read from the back rows; it scales down
# The promise at 1920×1080, in the note text's pixel size as drawn (type size × the wall's
# scale; a capital letter is about 0.73 of it): up to FEW notes ...
TARGET_FEW_PX = 28
TARGET_MANY_PX = 20  # ... and MANY notes
LINE_HEIGHT_EMS = 1.164  # DejaVu Sans: a line's height against its pixel size
FEW, MANY = 40, 100
MIN_NOTE_EMS = 6.0  # a note is at least this wide (in its text's ems) ...
MAX_NOTE_EMS = 16.0  # ... and at most this wide: lines longer than that are hard to read
PADDING_EMS = 0.13  # inside a note, around its text
GAP_EMS = 0.1  # between notes in a block
BLOCK_PADDING_EMS = 0.1  # inside a cluster's frame
BLOCK_GAP_EMS = 0.15  # between blocks
TITLE_SCALE = 1.1  # a cluster title's text against the notes' text
TITLE_LINE_EMS = 1.2  # the title bar's height, in note-text ems
BADGE_EMS = 0.7  # a note's dots: a disc in the note's bottom right corner, below its text
BADGE_MARGIN_EMS = 0.12  # between the text and the disc: a badge never touches a letter
CHAR_AREA_EMS = 0.55 * LINE_HEIGHT_EMS  # an average character's share of a text's area
PHOTO_CELLS = 2  # a photo takes 2×2 note cells (of the wall's widest note size)

TextHeight = Callable[[str, int, float], float | None]
# A layout worked out step by step: it yields between small pieces of work (a caller that
# must stay responsive runs a few steps at a time) and returns the layout at the end.
Steps = Generator[None, None, "WallLayout"]
MEASURES_PER_STEP = 25  # texts measured between two steps
PACKS_PER_STEP = 6  # packings tried between two steps


T = TypeVar("T")


def run_steps(steps: Generator[None, None, T]) -> T:
    """Run a stepwise computation to its end and return its result."""
    while True:
        try:
            next(steps)
        except StopIteration as done:
            result: T = done.value
            return result


@dataclass(frozen=True)
class Block:
    """A cluster (title) or the loose notes (no title) or one photo (`photo`)."""

    title: str | None
    texts: tuple[str, ...]
    badged: tuple[bool, ...] = ()  # per text: the note shows its dots (room for the disc)
    photo: bool = False
    aspect: float = 0.75  # a photo's height against its width


@dataclass(frozen=True)
class PlacedBlock:
    index: int  # in the blocks given
    frame: Rect
    title: Rect | None
    notes: tuple[Rect, ...]  # one per text of the block (a photo: its picture)


@dataclass(frozen=True)
class WallLayout:
    body_px: int
    title_px: int
    padding: float
    blocks: tuple[PlacedBlock, ...]
    fits: bool  # False: even MIN_BODY_PX overflowed; the wall is drawn scaled by `scale`
    scale: float = 1.0  # drawn about the area's top centre

    @property
    def shown_body_px(self) -> float:
        """The note text size as the room sees it."""
        return self.body_px * self.scale


def size_factor(width: float, height: float) -> float:
    """The area's size against 1920×1080 (text sizes scale with it)."""
    return max(0.25, min(width / REFERENCE_SIZE[0], height / REFERENCE_SIZE[1]))


def target_body_px(count: int) -> int:
    """The least pixel size of note text the wall aims for at 1920×1080 with `count`
    notes: TARGET_FEW_PX up to FEW notes, falling linearly to TARGET_MANY_PX at MANY."""
    if count <= FEW:
        return TARGET_FEW_PX
    if count >= MANY:
        return TARGET_MANY_PX
    share = (count - FEW) / (MANY - FEW)
    return math.floor(TARGET_FEW_PX - share * (TARGET_FEW_PX - TARGET_MANY_PX))


def badge_room(px: int, badged: bool) -> float:
    """The height a note adds below its text for its dots' disc (none without dots)."""
    return (BADGE_EMS + BADGE_MARGIN_EMS) * px if badged else 0.0


def columns_for(width: float, note_width: float, gap: float) -> int:
    """How many notes of `note_width` fit side by side in `width`."""
    return max(1, int((width + gap + 0.01) // (note_width + gap)))


def note_widths(blocks: Sequence[Block], width: float, px: int) -> list[float]:
    """The note widths worth trying at text size `px`, widest first: for each number of
    columns, the width at which that many columns fill the area (one untitled block: one
    grid; several blocks: as if each column were a block of its own)."""
    gap = GAP_EMS * px
    pad = BLOCK_PADDING_EMS * px
    block_gap = BLOCK_GAP_EMS * px
    one_grid = len(blocks) == 1 and blocks[0].title is None
    widths: list[float] = []
    columns = 1
    while True:
        if one_grid:
            note_width = (width - 2 * pad - (columns - 1) * gap) / columns
        else:
            note_width = (width - columns * 2 * pad - (columns - 1) * block_gap) / columns
        if note_width < MIN_NOTE_EMS * px:
            break
        if note_width <= MAX_NOTE_EMS * px:
            widths.append(note_width)
        columns += 1
    return widths


def lay_out_wall(
    blocks: Sequence[Block],
    width: float,
    height: float,
    measure: TextHeight,
) -> WallLayout:
    """The largest text size at which every block fits the area, and where it all goes."""
    return run_steps(lay_out_wall_steps(blocks, width, height, measure))


def lay_out_wall_steps(
    blocks: Sequence[Block],
    width: float,
    height: float,
    measure: TextHeight,
) -> Steps:
    """`lay_out_wall` in small steps (see `Steps`): the same layout."""
    factor = size_factor(width, height)
    largest = max(1, round(MAX_BODY_PX * factor))
    smallest = max(1, round(MIN_BODY_PX * factor))
    cache: dict[tuple[str, int, float], float | None] = {}

    def cached(text: str, px: int, inner: float) -> float | None:
        key = (text, px, inner)
        if key not in cache:
            cache[key] = measure(text, px, inner)
        return cache[key]

    def attempt(px: int) -> Generator[None, None, WallLayout | None]:
        # The notes fill the width: the fewest columns (the widest notes) that fit.
        for note_width in note_widths(blocks, width, px):
            laid = yield from _try(blocks, width, height, px, note_width / px, cached)
            if laid is not None:
                return laid
        return None

    if not any(b.texts or b.photo for b in blocks):
        return WallLayout(largest, round(largest * TITLE_SCALE), 0.0, (), True)
    # No size above the one at which the bare text would fill the whole area can fit.
    characters = sum(len(t) + 4 for b in blocks for t in b.texts) or 1
    ceiling = math.floor(math.sqrt(width * height / (characters * CHAR_AREA_EMS)))
    # The largest size that fits: fitting gets easier as the text gets smaller.
    low, high = smallest, max(smallest, min(largest, ceiling))
    best = yield from attempt(low)
    if best is None:
        return (yield from _squeezed(blocks, width, height, smallest, cached))
    while low < high:
        middle = (low + high + 1) // 2
        laid = yield from attempt(middle)
        if laid is not None:
            best, low = laid, middle
        else:
            high = middle - 1
    return best


def _try(
    blocks: Sequence[Block],
    width: float,
    height: float,
    px: int,
    ems: float,
    measure: TextHeight,
    unlimited: bool = False,
) -> Generator[None, None, WallLayout | None]:
    note_width = ems * px
    padding = PADDING_EMS * px
    spacing = Spacing(GAP_EMS * px, BLOCK_PADDING_EMS * px, BLOCK_GAP_EMS * px, TITLE_LINE_EMS * px)
    inner = note_width - 2 * padding
    # Every note's height at this size (None: a word is wider than the note).
    heights: list[list[float]] = []
    counted = 0  # texts measured so far (a step after every MEASURES_PER_STEP)
    for block in blocks:
        if block.photo:
            heights.append([_photo_width(note_width, spacing.gap) * block.aspect])
            continue
        row: list[float] = []
        for position, text in enumerate(block.texts):
            counted += 1
            if counted % MEASURES_PER_STEP == 0:
                yield
            measured = measure(text, px, inner)
            if measured is None:
                return None
            badged = position < len(block.badged) and block.badged[position]
            row.append(max(measured, px * LINE_HEIGHT_EMS) + 2 * padding + badge_room(px, badged))
        heights.append(row)
    max_columns = columns_for(width - 2 * spacing.inner_pad, note_width, spacing.gap)
    # Two ways to give blocks their columns, every setting of each tried: at most `cap`
    # columns per block, or as many as keep a block at most `rows` notes tall (blocks of
    # similar height pack well).
    tallest = max((len(b.texts) for b in blocks), default=1)
    choices: set[tuple[int, ...]] = set()
    for cap in range(1, max_columns + 1):
        choices.add(tuple(PHOTO_CELLS if b.photo else min(len(b.texts), cap) for b in blocks))
    for rows in range(1, tallest + 1):
        choices.add(
            tuple(
                PHOTO_CELLS if b.photo else min(max_columns, math.ceil(len(b.texts) / rows))
                for b in blocks
            )
        )
    # A block with a given number of columns has the same size in every choice: measured
    # once, and its notes placed only for the choice that wins.
    sized: dict[tuple[int, int], PlacedBlock] = {}

    def block_of(index: int, columns: int, place_notes: bool = False) -> PlacedBlock:
        if place_notes:
            return _build_block(
                index, blocks[index], heights[index], columns, note_width, spacing, True
            )
        key = (index, columns)
        if key not in sized:
            sized[key] = _build_block(
                index, blocks[index], heights[index], columns, note_width, spacing, False
            )
        return sized[key]

    best: _Packed | None = None
    for tried, columns in enumerate(sorted(choices)):
        if tried % PACKS_PER_STEP == PACKS_PER_STEP - 1:
            yield
        packed = _pack(block_of, list(columns), width, spacing)
        if packed is not None and (best is None or packed.total < best.total - 0.5):
            best = packed
    if best is None:
        return None
    if best.total > height + 0.5 and not unlimited:
        return None
    top = max(0.0, (height - best.total) / 2) if not unlimited else 0.0
    # Moved in the same steps as ever (to its place, centred, then down): the same sums.
    placed_blocks = [
        _moved(_moved(_moved(block_of(b.index, columns, True), x, y), best.shift, 0.0), 0.0, top)
        for (b, x, y), columns in zip(best.blocks, best.columns, strict=True)
    ]
    return WallLayout(px, round(px * TITLE_SCALE), padding, tuple(placed_blocks), True)


@dataclass(frozen=True)
class Spacing:
    gap: float  # between notes in a block
    inner_pad: float  # inside a block's frame
    block_gap: float  # between blocks
    title_height: float


def _photo_width(note_width: float, gap: float) -> float:
    return PHOTO_CELLS * note_width + (PHOTO_CELLS - 1) * gap


@dataclass(frozen=True)
class _Packed:
    total: float  # the wall's height
    shift: float  # to the right, centring the wall
    blocks: tuple[tuple[PlacedBlock, float, float], ...]  # each block's size, its x and y
    columns: tuple[int, ...]


def _pack(
    block_of: Callable[[int, int], PlacedBlock],  # a block's size at a number of columns
    columns: list[int],
    width: float,
    spacing: Spacing,
) -> _Packed | None:
    """Blocks of `columns` columns each, each dropped where it sits highest on the skyline
    (leftmost on a tie), in the board's order; None when a block is wider than the area.
    Only the positions are kept: the chosen packing alone is turned into rectangles."""
    placed: list[tuple[PlacedBlock, float, float]] = []
    skyline: list[tuple[float, float, float]] = [(0.0, width, 0.0)]  # (x, width, top)
    total = 0.0
    right = 0.0
    for index, block_columns in enumerate(columns):
        built = block_of(index, block_columns)
        block_width = built.frame.width
        if block_width > width + 0.5:
            return None
        best: tuple[float, float] | None = None  # (top, x)
        for x, _w, _top in skyline:
            if x + block_width > width + 0.5:
                continue
            top = max(t for sx, sw, t in skyline if sx < x + block_width and sx + sw > x)
            if best is None or top < best[0] - 0.5:
                best = (top, x)
        if best is None:
            return None
        top, x = best
        y = top + (spacing.block_gap if top > 0 else 0.0)
        placed.append((built, x, y))
        # The same sums as the moved rectangles' (x + dx, then + width).
        total = max(total, (built.frame.y + y) + built.frame.height)
        right = max(right, (built.frame.x + x) + block_width)
        skyline = _raise(skyline, x, block_width + spacing.block_gap, y + built.frame.height)
    # Centre the wall horizontally.
    shift = max(0.0, (width - right) / 2)
    return _Packed(total, shift, tuple(placed), tuple(columns))


def _raise(
    skyline: list[tuple[float, float, float]], x: float, span: float, top: float
) -> list[tuple[float, float, float]]:
    """The skyline with [x, x + span) raised to `top`."""
    end = x + span
    result: list[tuple[float, float, float]] = []
    for sx, sw, st in skyline:
        s_end = sx + sw
        if s_end <= x or sx >= end:
            result.append((sx, sw, st))
            continue
        if sx < x:
            result.append((sx, x - sx, st))
        if s_end > end:
            result.append((end, s_end - end, st))
    result.append((x, span, top))
    result.sort()
    return result


def _moved(block: PlacedBlock, dx: float, dy: float) -> PlacedBlock:
    def move(rect: Rect) -> Rect:
        return Rect(rect.x + dx, rect.y + dy, rect.width, rect.height)

    return PlacedBlock(
        block.index,
        move(block.frame),
        move(block.title) if block.title is not None else None,
        tuple(move(n) for n in block.notes),
    )


def _build_block(
    index: int,
    block: Block,
    heights: list[float],
    columns: int,
    note_width: float,
    spacing: Spacing,
    place_notes: bool = True,
) -> PlacedBlock:
    """A block at (0, 0): its notes in columns, each note under the shortest column so far
    (taken in the board's reading order), the title above them. Without `place_notes`
    only its frame is worked out (trying sizes needs no more)."""
    if block.photo:
        picture = Rect(0.0, 0.0, _photo_width(note_width, spacing.gap), heights[0])
        return PlacedBlock(index, picture, None, (picture,))
    columns = max(1, min(len(heights), columns))
    pad, gap = spacing.inner_pad, spacing.gap
    block_width = columns * note_width + (columns - 1) * gap + 2 * pad
    top = pad
    title: Rect | None = None
    if block.title is not None:
        title = Rect(pad, pad, block_width - 2 * pad, spacing.title_height)
        top += spacing.title_height
    bottoms = [top] * columns
    # The shortest column first, the leftmost on a tie: (its rounded bottom, its number).
    shortest = [(round(top, 1), column) for column in range(columns)]
    notes: list[Rect] = []
    for note_height in heights:
        _level, column = shortest[0]
        y = bottoms[column]
        if place_notes:
            notes.append(Rect(pad + column * (note_width + gap), y, note_width, note_height))
        bottoms[column] = y + note_height + gap
        heapq.heapreplace(shortest, (round(bottoms[column], 1), column))
    block_height = max(bottoms) - (gap if heights else 0.0) + pad
    return PlacedBlock(index, Rect(0.0, 0.0, block_width, block_height), title, tuple(notes))


def _squeezed(
    blocks: Sequence[Block],
    width: float,
    height: float,
    px: int,
    measure: TextHeight,
) -> Steps:
    """Too many notes even at the smallest size: lay them out at that size without a
    height limit and scale the whole wall down to the area (everything stays whole)."""
    ems = (note_widths(blocks, width, px) or [MIN_NOTE_EMS * px])[-1] / px
    laid = yield from _try(blocks, width, height, px, ems, measure, True)
    if laid is None:
        anywhere = _anywhere(measure, px)
        laid = yield from _try(blocks, width, height, px, ems, anywhere, True)
    if laid is None:  # a photo wider than the area: nothing sensible to draw
        return WallLayout(px, round(px * TITLE_SCALE), 0.0, (), False)
    bottom = max((b.frame.y + b.frame.height for b in laid.blocks), default=0.0)
    scale = min(1.0, height / bottom) if bottom > 0 else 1.0
    return replace(laid, fits=False, scale=scale)


def _anywhere(measure: TextHeight, px: int) -> TextHeight:
    """A measure that never refuses: a word wider than the note counts as two lines."""

    def height(text: str, size: int, inner: float) -> float:
        measured = measure(text, size, inner)
        return measured if measured is not None else px * LINE_HEIGHT_EMS * (len(text) // 8 + 2)

    return height
