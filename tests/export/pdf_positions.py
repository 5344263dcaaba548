"""Reading what a PDF page really shows: text with positions, filled shapes, the appendix.

Positions come from the PDF itself (pdfplumber), in points with y growing downwards.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pdfplumber

from app.domain.prioritise import Quadrant
from app.export.layout import RGB
from app.export.prioritise_parts import PANEL_STROKE, QUADRANT_FILL

BBox = tuple[float, float, float, float]  # x0, top, x1, bottom
STRIPE = 7.3  # a card's Kano stripe with its letter, at its narrowest (6 pt x 1.2)


def squashed(text: str) -> str:
    return "".join(text.split())


def same_colour(value: object, rgb: RGB) -> bool:
    if not isinstance(value, tuple | list) or len(value) != 3:
        return False
    return all(abs(float(v) - c / 255) < 0.004 for v, c in zip(value, rgb, strict=True))


def inside(inner: BBox, outer: BBox, tolerance: float = 0.6) -> bool:
    return (inner[0] >= outer[0] - tolerance and inner[1] >= outer[1] - tolerance
            and inner[2] <= outer[2] + tolerance and inner[3] <= outer[3] + tolerance)


def overlap_area(a: BBox, b: BBox) -> float:
    width = min(a[2], b[2]) - max(a[0], b[0])
    height = min(a[3], b[3]) - max(a[1], b[1])
    return max(0.0, width) * max(0.0, height)


@dataclass(frozen=True)
class Word:
    text: str
    box: BBox
    size: float


def words(page: pdfplumber.page.Page) -> list[Word]:
    """Runs of text (spaces kept) with their box and font size."""
    found = page.extract_words(keep_blank_chars=True, x_tolerance=1.5, extra_attrs=["size"])
    return [Word(w["text"], (w["x0"], w["top"], w["x1"], w["bottom"]), float(w["size"]))
            for w in found]


def _box(obj: dict[str, object]) -> BBox:
    return (float(obj["x0"]), float(obj["top"]), float(obj["x1"]),  # type: ignore[arg-type]
            float(obj["bottom"]))  # type: ignore[arg-type]


def quadrant_boxes(page: pdfplumber.page.Page) -> dict[Quadrant, BBox]:
    """The four filled quadrants of the 2x2, found by their fill colour."""
    found: dict[Quadrant, BBox] = {}
    for rect in page.rects:
        for quadrant, rgb in QUADRANT_FILL.items():
            if rect.get("fill") and same_colour(rect.get("non_stroking_color"), rgb):
                found[quadrant] = _box(rect)
    return found


def white_cards(page: pdfplumber.page.Page, within: BBox) -> list[BBox]:
    """Rounded white cards with the panel stroke inside `within`."""
    cards = []
    for shape in page.curves:
        box = _box(shape)
        if (shape.get("fill") and same_colour(shape.get("non_stroking_color"), (255, 255, 255))
                and same_colour(shape.get("stroking_color"), PANEL_STROKE)
                and inside(box, within, 2.0)):
            cards.append(box)
    return cards


def circles(page: pdfplumber.page.Page, within: BBox) -> list[BBox]:
    """White dots with a coloured ring inside `within` (the 2x2's numbered dots)."""
    return [_box(shape) for shape in page.curves
            if shape.get("fill") and same_colour(shape.get("non_stroking_color"),
                                                 (255, 255, 255))
            and not same_colour(shape.get("stroking_color"), PANEL_STROKE)
            and not same_colour(shape.get("stroking_color"), (255, 255, 255))
            and inside(_box(shape), within, 2.0)]


def text_in(found: Iterable[Word], box: BBox, skip_left: float = 0.0) -> str:
    """The words inside `box`, top to bottom, joined by spaces; `skip_left` points at the
    left edge are left out (a card's class stripe and its letter)."""
    inner = sorted((w for w in found if inside(w.box, box, 1.0)
                    and w.box[0] >= box[0] + skip_left),
                   key=lambda w: (round(w.box[1]), w.box[0]))
    return " ".join(w.text for w in inner)


APPENDIX_ENTRY = re.compile(r"#(\d+)\s*·[^\n]*\n(.*?)(?=\n#\d+\s*·|\Z)", re.S)


def appendix_texts(path: Path) -> dict[int, str]:
    """The appendix entries by number, whitespace removed (wrapping must not matter).
    Running heads and footers of the pages are left out."""
    with pdfplumber.open(path) as pdf:
        return appendix_of([page.extract_text() or "" for page in pdf.pages])


def appendix_of(page_texts: Iterable[str]) -> dict[int, str]:
    """`appendix_texts` of pages whose text was extracted already (reading a big PDF
    again costs seconds)."""
    lines: list[str] = []
    for page_text in page_texts:
        for line in page_text.splitlines():
            if re.search(r"Point B\s+·|(Appendix|Приложение)$", line):
                continue
            lines.append(line)
    text = "\n".join(lines)
    start = max(text.rfind("Full text of shortened"), text.rfind("Полный текст сокращённых"))
    if start < 0:
        return {}
    return {int(match.group(1)): squashed(match.group(2))
            for match in APPENDIX_ENTRY.finditer(text[start:])}


def shown_in_full(path: Path) -> list[str]:
    """Every place a text can be read whole, whitespace removed: each line of text, the
    text of each card (its lines joined) and each appendix entry."""
    found: list[str] = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            runs = words(page)
            found += [squashed(w.text) for w in runs]
            whole_page = (0.0, 0.0, float(page.width), float(page.height))
            found += [squashed(text_in(runs, card, STRIPE))
                      for card in white_cards(page, whole_page)]
    found += appendix_texts(path).values()
    return found
