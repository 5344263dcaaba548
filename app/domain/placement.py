"""Where things go when they must not cover each other: cards on a chart, imported notes.

Pure geometry in one coordinate system with y growing downwards (board units or page
points alike). Two rules live here:

- A card that stands for a point of a chart (the impact/effort 2x2) is drawn wholly
  inside the region its values put it in, as near its point as the other cards allow,
  and never over another card. When the region has no room left, the caller is told
  (`None`) and falls back to something smaller (numbered dots), never to a card across
  a region edge.
- Notes added in bulk (a CSV import) go into free space: a block of rows below
  everything already on the board, so they never land on notes or clusters.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from app.domain import model

IMPORT_COLUMNS = 8  # imported notes are laid out in rows of this many
IMPORT_GAP = 20.0  # board units between imported notes


@dataclass(frozen=True)
class Box:
    """An axis-aligned rectangle: top-left corner, width and height."""

    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height

    def overlaps(self, other: Box, gap: float = 0.0) -> bool:
        """True when the two share area, or come closer than `gap`."""
        return (
            self.x < other.right + gap
            and other.x < self.right + gap
            and self.y < other.bottom + gap
            and other.y < self.bottom + gap
        )

    def contains(self, other: Box, tolerance: float = 1e-6) -> bool:
        return (
            other.x >= self.x - tolerance
            and other.y >= self.y - tolerance
            and other.right <= self.right + tolerance
            and other.bottom <= self.bottom + tolerance
        )


@dataclass(frozen=True)
class CardRequest:
    """One card to place: the region it must stay in and the point it stands for."""

    region: Box
    cx: float
    cy: float


def _clamp(value: float, low: float, high: float) -> float:
    return min(max(value, low), high)


def _steps(low: float, high: float, step: float) -> list[float]:
    """Positions from low to high inclusive, `step` apart (the last one at `high`)."""
    if high <= low:
        return [low]
    count = max(1, math.ceil((high - low) / step))
    return [low + (high - low) * i / count for i in range(count + 1)]


def place_in_region(
    request: CardRequest,
    width: float,
    height: float,
    taken: Sequence[Box],
    gap: float = 0.0,
) -> Box | None:
    """A `width` x `height` box inside `request.region`, clear of every box in `taken`
    by `gap`, as near as possible to the request's point; None when there is no room."""
    region = request.region
    if width > region.width + 1e-9 or height > region.height + 1e-9:
        return None
    max_x, max_y = region.right - width, region.bottom - height
    ideal_x = _clamp(request.cx - width / 2, region.x, max_x)
    ideal_y = _clamp(request.cy - height / 2, region.y, max_y)
    ideal = Box(ideal_x, ideal_y, width, height)
    nearby = [box for box in taken if box.overlaps(region, gap)]
    if not any(ideal.overlaps(box, gap) for box in nearby):
        return ideal
    xs = {*_steps(region.x, max_x, max(width / 4, 1e-3)), ideal_x}
    ys = {*_steps(region.y, max_y, max(height / 4, 1e-3)), ideal_y}
    # Moving up or down reads as "a little more or less" on the chart; sideways moves
    # change the other value as much, so both count alike (distance on the page).
    spots = sorted(
        ((x - ideal_x) ** 2 + (y - ideal_y) ** 2, x, y) for x in xs for y in ys
    )
    for _distance, x, y in spots:
        box = Box(x, y, width, height)
        if not any(box.overlaps(other, gap) for other in nearby):
            return box
    return None


def _slots(region: Box, width: float, height: float, gap: float) -> list[Box]:
    """The densest grid of `width` x `height` boxes, `gap` apart, spread over `region`."""
    columns = int((region.width + gap) // (width + gap))
    rows = int((region.height + gap) // (height + gap))
    if columns < 1 or rows < 1:
        return []
    xs = _steps(region.x, region.right - width, math.inf) if columns == 1 else [
        region.x + (region.width - width) * i / (columns - 1) for i in range(columns)]
    ys = _steps(region.y, region.bottom - height, math.inf) if rows == 1 else [
        region.y + (region.height - height) * j / (rows - 1) for j in range(rows)]
    return [Box(x, y, width, height) for y in ys for x in xs]


def _place_in_slots(
    requests: Sequence[CardRequest], width: float, height: float, gap: float
) -> list[Box] | None:
    """Each request in the free grid slot of its region nearest its point; None when a
    region has more requests than slots."""
    free: dict[Box, list[Box]] = {}
    placed: list[Box] = []
    for request in requests:
        # Inset by half the gap: cards of neighbouring regions stay `gap` apart too.
        inner = Box(request.region.x + gap / 2, request.region.y + gap / 2,
                    request.region.width - gap, request.region.height - gap)
        slots = free.setdefault(request.region, _slots(inner, width, height, gap))
        if not slots:
            return None
        best = min(slots, key=lambda b: (b.x + width / 2 - request.cx) ** 2
                   + (b.y + height / 2 - request.cy) ** 2)
        slots.remove(best)
        placed.append(best)
    return placed


def place_cards(
    requests: Sequence[CardRequest], width: float, height: float, gap: float = 0.0
) -> list[Box] | None:
    """Every request placed inside its own region with no two boxes closer than `gap`;
    None when they do not all fit (the caller then draws smaller marks).

    Each card goes as near its point as the cards before it allow; when that leaves a
    card without room, the region is packed as a grid instead (each card in the free
    grid cell nearest its point), which holds the most cards."""
    placed: list[Box] = []
    for request in requests:
        box = place_in_region(request, width, height, placed, gap)
        if box is None:
            return _place_in_slots(requests, width, height, gap)
        placed.append(box)
    return placed


def free_block(
    occupied: Sequence[Box],
    count: int,
    width: float,
    height: float,
    gap: float,
    columns: int = 6,
    origin: tuple[float, float] = (0.0, 0.0),
) -> list[tuple[float, float]]:
    """Top-left corners for `count` new items of `width` x `height`, in rows of
    `columns`, in free space: below everything in `occupied` (or at `origin` on an
    empty board). No returned spot overlaps an occupied box or another spot."""
    if count <= 0:
        return []
    columns = max(1, columns)
    if occupied:
        left = min(box.x for box in occupied)
        top = max(box.bottom for box in occupied) + gap * 2
    else:
        left, top = origin
    return [
        (left + (index % columns) * (width + gap), top + (index // columns) * (height + gap))
        for index in range(count)
    ]


def _finite(value: float, default: float) -> float:
    return value if isinstance(value, int | float) and math.isfinite(value) else default


def occupied(data: model.WorkshopData, board_id: int) -> list[Box]:
    """What already takes room on a board: every note and cluster, in board units."""
    boxes = [
        Box(_finite(n.x, 0.0), _finite(n.y, 0.0), max(_finite(n.width, model.NOTE_WIDTH), 1.0),
            max(_finite(n.height, model.NOTE_HEIGHT), 1.0))
        for n in data.notes if n.board_id == board_id
    ]
    boxes += [
        Box(_finite(c.x, 0.0), _finite(c.y, 0.0), max(_finite(c.width, 1.0), 1.0),
            max(_finite(c.height, 1.0), 1.0))
        for c in data.clusters if c.board_id == board_id
    ]
    return boxes


def import_spots(data: model.WorkshopData, board_id: int, count: int) -> list[tuple[float, float]]:
    """Where `count` imported notes go on a board: in free space below its notes and
    clusters, never on top of them."""
    return free_block(occupied(data, board_id), count, model.NOTE_WIDTH, model.NOTE_HEIGHT,
                      IMPORT_GAP, IMPORT_COLUMNS)
