"""Where a photo goes on a board and how big it is: pure geometry, no imaging library.

A stored photo keeps its pixels (at most 2000 px on the longest side, see `app.imaging`);
on the board it is shown in board units (1 unit = 1 px at 100% zoom). A fresh photo is
placed at a readable size next to the notes, never so large it hides the whole wall, and
resizing keeps its proportions so nobody's handwriting gets squashed.
"""

from __future__ import annotations

PLACED_SIDE = 900.0  # board units: the longest side of a freshly placed photo
MIN_SIDE = 60.0  # a photo never shrinks below this (it must stay grabbable)
MAX_SIDE = 20_000.0  # nor grows past this (a typo-sized drag would make exports useless)


def placed_size(
    pixel_width: int, pixel_height: int, longest: float = PLACED_SIDE
) -> tuple[float, float]:
    """The board size of a new photo: its aspect ratio, the longest side `longest` units
    (small images are not blown up past their own pixel size)."""
    if pixel_width <= 0 or pixel_height <= 0:
        raise ValueError(f"an image needs pixels, not {pixel_width} × {pixel_height}")
    scale = min(1.0, longest / max(pixel_width, pixel_height))
    return _clamp_pair(pixel_width * scale, pixel_height * scale)


def centred_at(x: float, y: float, width: float, height: float) -> tuple[float, float]:
    """The top-left corner that centres a `width` × `height` photo on the point."""
    return x - width / 2.0, y - height / 2.0


def resized(width: float, height: float, new_width: float) -> tuple[float, float]:
    """The size after dragging the corner to `new_width`: proportions kept, within limits."""
    if width <= 0 or height <= 0:
        raise ValueError(f"a photo needs a size, not {width} × {height}")
    ratio = height / width
    new_width = max(MIN_SIDE, min(MAX_SIDE, new_width))
    new_height = new_width * ratio
    if new_height < MIN_SIDE:
        new_height = MIN_SIDE
        new_width = new_height / ratio
    if new_height > MAX_SIDE:
        new_height = MAX_SIDE
        new_width = new_height / ratio
    return new_width, new_height


def _clamp_pair(width: float, height: float) -> tuple[float, float]:
    """Keep a tiny image (an icon) grabbable: scale it up to MIN_SIDE on its short side."""
    short = min(width, height)
    if short < MIN_SIDE:
        factor = MIN_SIDE / short
        width, height = width * factor, height * factor
    return width, height
