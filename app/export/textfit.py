"""Fitting text into a box: wrap by words, break over-long words, shrink, then ellipsis.

Pure functions over a width-measuring callable, so the PDF (ReportLab metrics) and the
PNG (Pillow metrics) use the same rules, and tests can measure with simple arithmetic.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

# (text, font size) -> width, in the same unit as the box.
Measure = Callable[[str, float], float]

ELLIPSIS = "\u2026"
DEFAULT_LINE_SPACING = 1.2  # line height as a multiple of the font size
_WORD_SEPARATORS = re.compile(r"[ \t]+")  # not \s: a no-break space must not break


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


def wrap_text(
    text: str,
    measure: Measure,
    size: float,
    max_width: float,
    max_lines: int | None = None,
) -> tuple[list[str], bool]:
    """Wrap `text` greedily by words into lines no wider than `max_width`.

    Explicit newlines start new lines; runs of spaces/tabs collapse to one space; a word
    wider than the line is broken across lines. Stops after `max_lines` (when given) and
    then reports `more=True` if any text was left over.

    Returns (lines, more).
    """
    lines: list[str] = []

    def full() -> bool:
        return max_lines is not None and len(lines) >= max_lines

    paragraphs = text.split("\n")
    for paragraph_index, paragraph in enumerate(paragraphs):
        words = [w for w in _WORD_SEPARATORS.split(paragraph) if w]
        current = ""
        word_index = 0
        while word_index < len(words):
            word = words[word_index]
            candidate = f"{current} {word}" if current else word
            if measure(candidate, size) <= max_width:
                current = candidate
                word_index += 1
                continue
            if current:
                if full():
                    return lines, True
                lines.append(current)
                current = ""
                continue
            # The word alone is wider than the line: break it.
            cut = _longest_fitting_prefix(word, measure, size, max_width)
            if full():
                return lines, True
            lines.append(word[:cut])
            words[word_index] = word[cut:]
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
    count = int(math.floor((start_size - min_size) / step + 1e-9))
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
) -> FittedText:
    """Fit `text` into a box: the largest size in [min_size, start_size] at which the whole
    text wraps into the box; failing that, as many lines as fit at `min_size`, the last
    one ending with an ellipsis.

    At least one line is always returned for non-empty text, even in a box shorter than
    one line, so something of every note is visible.
    """
    if not text.strip():
        return FittedText((), start_size, start_size * line_spacing, False)
    sizes = candidate_sizes(start_size, min_size, step)

    def attempt(size: float) -> tuple[list[str], bool]:
        max_lines = max(1, int(box_height // (size * line_spacing)))
        return wrap_text(text, measure, size, box_width, max_lines)

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
    lines[-1] = ellipsize(lines[-1], measure, size, box_width)
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


def wrap_all(text: str, measure: Measure, size: float, max_width: float) -> list[str]:
    """Every line of `text` wrapped at `size` (no height limit), for flowing pages."""
    lines, _ = wrap_text(text, measure, size, max_width)
    return lines


def widest(lines: Sequence[str], measure: Measure, size: float) -> float:
    return max((measure(line, size) for line in lines), default=0.0)
