"""Fitting text into a box: wrap by words, break over-long words, shrink, then ellipsis.

Pure functions over a width-measuring callable, so the PDF (ReportLab metrics) and the
PNG (Pillow metrics) use the same rules, and tests can measure with simple arithmetic.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

# (text, font size) -> width, in the same unit as the box.
Measure = Callable[[str, float], float]
# (font size, line index) -> the width line `index` may take at that size: a box with a
# corner taken (a note's tag mark, its vote badge) has shorter lines there.
LineWidths = Callable[[float, int], float]

ELLIPSIS = "\u2026"
DEFAULT_LINE_SPACING = 1.2  # line height as a multiple of the font size
_WORD_SEPARATORS = re.compile(r"[ \t]+")  # not \s: a no-break space must not break
_HYPHENS = frozenset("-\u2010")
# Breaking a word mid-way is a last resort: only once the type has shrunk to this share
# of its start size (or the floor) may a word that does not fit be cut.
WORD_BREAK_SHRINK = 0.6


@dataclass(frozen=True)
class FittedText:
    lines: tuple[str, ...]
    font_size: float
    line_height: float
    truncated: bool  # True when some of the text is not shown (ends with an ellipsis)


def _longest_fitting_prefix(word: str, measure: Measure, size: float, max_width: float) -> int:
    """Number of leading characters of `word` that fit in `max_width` (at least 1).

    Gallops then bisects, so a 10,000-character word costs O(line length * log) measuring,
    not a measurement per character of the whole word.
    """
    if measure(word[:1], size) > max_width:
        return 1  # not even one character fits: take one anyway so wrapping progresses
    low, high = 1, 2
    while high < len(word) and measure(word[:high], size) <= max_width:
        low, high = high, high * 2
    high = min(high, len(word))
    if measure(word[:high], size) <= max_width:
        return high
    while high - low > 1:  # invariant: word[:low] fits, word[:high] does not
        middle = (low + high) // 2
        if measure(word[:middle], size) <= max_width:
            low = middle
        else:
            high = middle
    return low


def _break_after_hyphens(word: str) -> list[str]:
    """Split a word after hyphens that join letters ("Push-уведомление" -> "Push-",
    "уведомление"), the natural place to break it; numbers and dates stay whole."""
    pieces: list[str] = []
    start = 0
    for index in range(2, len(word) - 2):
        # Two letters each side at least: "e-mail" and "T-shirt" stay whole.
        if (word[index] in _HYPHENS and word[index - 2 : index].isalpha()
                and word[index + 1 : index + 3].isalpha()):
            pieces.append(word[start : index + 1])
            start = index + 1
    pieces.append(word[start:])
    return pieces


@lru_cache(maxsize=4096)
def _tokens(paragraph: str) -> tuple[tuple[str, bool], ...]:
    """(piece, follows a space) for each word piece: hyphen pieces join their word without
    a space. Cached: fitting tries the same text at several sizes."""
    tokens: list[tuple[str, bool]] = []
    for word in _WORD_SEPARATORS.split(paragraph):
        if word:
            pieces = _break_after_hyphens(word)
            tokens += [(piece, i == 0) for i, piece in enumerate(pieces)]
    return tuple(tokens)


def wrap_text(
    text: str,
    measure: Measure,
    size: float,
    max_width: float,
    max_lines: int | None = None,
    *,
    break_words: bool = True,
    line_widths: LineWidths | None = None,
) -> tuple[list[str], bool]:
    """Wrap `text` greedily by words into lines no wider than `max_width` (or, given
    `line_widths`, than the width of each line at `size`).

    Explicit newlines start new lines; runs of spaces/tabs collapse to one space; words
    may break after a hyphen between letters. A word still wider than the line is broken
    across lines when `break_words`, otherwise the text counts as not fitting. Stops
    after `max_lines` (when given).

    Returns (lines, more): `more` is True when text was left over or did not fit.
    """
    lines: list[str] = []

    def full() -> bool:
        return max_lines is not None and len(lines) >= max_lines

    def width() -> float:  # of the line being filled
        return max_width if line_widths is None else line_widths(size, len(lines))

    paragraphs = text.split("\n")
    for paragraph_index, paragraph in enumerate(paragraphs):
        tokens = list(_tokens(paragraph))
        current = ""
        index = 0
        while index < len(tokens):
            piece, spaced = tokens[index]
            candidate = (current + " " + piece if spaced else current + piece) if current \
                else piece
            if measure(candidate, size) <= width():
                current = candidate
                index += 1
                continue
            if current:
                if full():
                    return lines, True
                lines.append(current)
                current = ""
                continue
            # The piece alone is wider than the line.
            if not break_words:
                return lines, True
            cut = _longest_fitting_prefix(piece, measure, size, width())
            if full():
                return lines, True
            lines.append(piece[:cut])
            tokens[index] = (piece[cut:], False)
        if full():
            remaining_paragraphs = any(p.strip() for p in paragraphs[paragraph_index + 1 :])
            if current or remaining_paragraphs:
                return lines, True
            return lines, False
        lines.append(current)  # an empty paragraph keeps its blank line
    # Trailing blank lines take space and show nothing.
    while lines and not lines[-1]:
        lines.pop()
    return lines, False


def ellipsize(line: str, measure: Measure, size: float, max_width: float) -> str:
    """`line` shortened so that it plus an ellipsis fits in `max_width`."""
    line = line.rstrip()
    while line and measure(line + ELLIPSIS, size) > max_width:
        # Drop a character at a time; lines are short by construction.
        line = line[:-1].rstrip()
    return line + ELLIPSIS


def candidate_sizes(start_size: float, min_size: float, step: float) -> list[float]:
    """Font sizes to try, largest first, from `start_size` down to `min_size` inclusive."""
    if start_size <= min_size:
        return [min_size]
    count = math.floor((start_size - min_size) / step + 1e-9)
    sizes = [round(start_size - i * step, 3) for i in range(count + 1)]
    if sizes[-1] > min_size:
        sizes.append(min_size)
    return sizes


def fit_text(
    text: str,
    measure: Measure,
    box_width: float,
    box_height: float,
    start_size: float,
    min_size: float,
    *,
    line_spacing: float = DEFAULT_LINE_SPACING,
    step: float = 0.5,
    line_widths: LineWidths | None = None,
) -> FittedText:
    """Fit `text` into a box: the largest size in [min_size, start_size] at which the whole
    text wraps into the box; failing that, as many lines as fit at `min_size`, the last
    one ending with an ellipsis. A word is cut across lines only once the type has shrunk
    to `WORD_BREAK_SHRINK` of its start size. `line_widths` narrows some lines (see
    `LineWidths`); otherwise every line is `box_width` wide.

    At least one line is always returned for non-empty text, even in a box shorter than
    one line, so something of every note is visible.
    """
    if not text.strip():
        return FittedText((), start_size, start_size * line_spacing, False)
    sizes = candidate_sizes(start_size, min_size, step)

    break_below = max(min_size, start_size * WORD_BREAK_SHRINK)

    def attempt(size: float) -> tuple[list[str], bool]:
        max_lines = max(1, int(box_height // (size * line_spacing)))
        return wrap_text(text, measure, size, box_width, max_lines,
                         break_words=size <= break_below + 1e-9, line_widths=line_widths)

    # Most notes fit at the start size: try it first, then bisect the remaining sizes
    # (fitting is monotone in practice; a rare non-monotone wrap only costs a smaller size).
    lines, more = attempt(sizes[0])
    if not more:
        return FittedText(tuple(lines), sizes[0], sizes[0] * line_spacing, False)
    best: tuple[float, list[str]] | None = None
    low, high = 1, len(sizes) - 1  # search indexes into sizes (descending)
    while low <= high:
        middle = (low + high) // 2
        lines, more = attempt(sizes[middle])
        if more:
            low = middle + 1
        else:
            best = (sizes[middle], lines)
            high = middle - 1
    if best is not None:
        size, lines = best
        return FittedText(tuple(lines), size, size * line_spacing, False)
    size = sizes[-1]
    lines, _ = attempt(size)
    if not lines:
        lines = [""]
    last = box_width if line_widths is None else line_widths(size, len(lines) - 1)
    lines[-1] = ellipsize(lines[-1], measure, size, last)
    return FittedText(tuple(lines), size, size * line_spacing, True)


def fit_single_line(
    text: str, measure: Measure, max_width: float, size: float
) -> tuple[str, bool]:
    """`text` on one line at `size`, ellipsized if too wide. Returns (line, shortened)."""
    line = " ".join(w for w in _WORD_SEPARATORS.split(text.replace("\n", " ")) if w)
    if measure(line, size) <= max_width:
        return line, False
    # Bisect the prefix length: names can be long pastes.
    low, high = 0, len(line)
    while high - low > 1:
        middle = (low + high) // 2
        if measure(line[:middle] + ELLIPSIS, size) <= max_width:
            low = middle
        else:
            high = middle
    return line[:low].rstrip() + ELLIPSIS, True

