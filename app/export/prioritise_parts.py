"""What the prioritisation page's panels share: labels, colours and small drawing helpers.

Kept apart from the page itself so the 2x2 (`page_matrix`) and the rest of the page
(`page_prioritise`) use one set of colours and one way to shorten a candidate's text
(which always records the full text in the appendix under the number it shows).
"""

from __future__ import annotations

from collections.abc import Iterable

from app.domain import kano
from app.domain.i18n import N_
from app.domain.kano import KanoCategory
from app.domain.model import Board
from app.domain.prioritise import Candidate, MoSCoW, Quadrant
from app.domain.texts import render
from app.export.fonts import FontStyle, sanitize_for_font
from app.export.layout import (
    FONT_ASCENT,
    INK,
    MIN_TEXT_PT,
    RGB,
    WHITE,
    Align,
    ExportContext,
    Painter,
    Rect,
    line_start,
    measurer,
)
from app.export.textfit import FittedText, fit_single_line

MESSAGES: dict[str, str] = {
    "kano_title": N_("Kano: Better / Worse"),
    "classes_title": N_("Kano classes"),
    "matrix_title": N_("Impact / effort"),
    "slices_title": N_("Release slices"),
    "better_axis": N_("Better ↑"),
    "worse_axis": N_("Worse →"),
    "stripe_key": N_("Card stripes, Kano class: {classes}"),
    "caveat_key": N_("n=3: only 3 answers (a small sample); tie: classes with equal answers."),
    "effort_axis": N_("Impact ↑  ·  Effort →"),
    "not_plotted": N_("Without questionnaire answers (not plotted): {count}"),
    "quick_only": N_("Italic: from the quick sort only."),
    "not_placed": N_("Not placed yet: {count}"),
    "not_sorted": N_("Not sorted yet"),
    "no_slice": N_("Not in a slice"),
    "used_of": N_("{used} of {budget} person-months"),
    "used_only": N_("{used} person-months, no budget"),
    "more": N_("+ {count} more"),
    "more_refs": N_("+ {count} more: {refs}"),
    "no_candidates": N_("No candidates on this board yet."),
    "summary_title": N_("Prioritised candidates"),
    "candidate": N_("Candidate"),
    "origin": N_("From"),
    "kano": N_("Kano"),
    "votes": N_("Votes"),
    "score": N_("Score ({method})"),
    "slice": N_("Slice"),
    "moscow": N_("MoSCoW"),
}

CATEGORY_RGB: dict[KanoCategory, RGB] = {
    KanoCategory.M: (194, 65, 12),
    KanoCategory.O: (29, 78, 216),
    KanoCategory.A: (21, 128, 61),
    KanoCategory.I: (100, 116, 139),
    KanoCategory.R: (124, 58, 237),
    KanoCategory.Q: (161, 98, 7),
}
UNSORTED_RGB: RGB = (148, 163, 184)
QUADRANT_FILL: dict[Quadrant, RGB] = {
    Quadrant.QUICK_WINS: (227, 244, 232),
    Quadrant.BIG_BETS: (228, 236, 251),
    Quadrant.FILL_INS: (251, 245, 223),
    Quadrant.MONEY_PITS: (251, 231, 231),
}
QUADRANT_INK: dict[Quadrant, RGB] = {
    Quadrant.QUICK_WINS: (22, 101, 52),
    Quadrant.BIG_BETS: (30, 64, 175),
    Quadrant.FILL_INS: (133, 77, 14),
    Quadrant.MONEY_PITS: (153, 27, 27),
}
MOSCOW_RGB: dict[str, RGB] = {
    MoSCoW.MUST.value: (159, 18, 57),
    MoSCoW.SHOULD.value: (180, 83, 9),
    MoSCoW.COULD.value: (15, 118, 110),
    MoSCoW.WONT.value: (71, 85, 105),
}
SLICE_RGB: tuple[RGB, ...] = (
    (29, 78, 216),
    (15, 118, 110),
    (124, 58, 237),
    (71, 85, 105),
    (180, 83, 9),
    (190, 24, 93),
)
PANEL_FILL: RGB = (250, 249, 246)
PANEL_STROKE: RGB = (214, 211, 203)
WARNING_FILL: RGB = (255, 244, 206)
WARNING_INK: RGB = (122, 78, 0)
QUICK_ORDER = (KanoCategory.M, KanoCategory.O, KanoCategory.A, KanoCategory.I, KanoCategory.R)



def draw_centred_lines(painter: Painter, fitted: FittedText, x: float, card: Rect,
                       width: float) -> None:
    """Fitted card text, bold, centred vertically in the card, in the `width` it was fitted
    to from `x`: right-to-left lines aligned to that width's right edge."""
    y = card.y + (card.height - len(fitted.lines) * fitted.line_height) / 2
    for line in fitted.lines:
        start, align = line_start(line, x, x + width)
        painter.text(start, y + FONT_ASCENT * fitted.font_size, line, size=fitted.font_size,
                     style="bold", align=align)
        y += fitted.line_height

def t(ctx: ExportContext, key: str, **params: object) -> str:
    return sanitize_for_font(render(MESSAGES, key, ctx.language, **params))


def tint(color: RGB, amount: float) -> RGB:
    """`color` mixed with white; amount 0 is white, 1 is the colour."""
    r, g, b = color
    return (
        round(255 - (255 - r) * amount),
        round(255 - (255 - g) * amount),
        round(255 - (255 - b) * amount),
    )


def category_rgb(category: KanoCategory | None) -> RGB:
    return CATEGORY_RGB[category] if category is not None else UNSORTED_RGB


def label(
    painter: Painter,
    text: str,
    rect: Rect,
    size: float,
    color: RGB = INK,
    style: FontStyle = "regular",
    align: Align = "left",
) -> float:
    """One line of (already sanitised) text fitted into `rect`; returns its width."""
    line, _ = fit_single_line(text, measurer(painter, style), rect.width, size)
    x = {"left": rect.x, "centre": rect.x + rect.width / 2, "right": rect.right}[align]
    baseline = rect.y + (rect.height - size) / 2 + FONT_ASCENT * size
    painter.text(x, baseline, line, size=size, color=color, style=style, align=align)
    return painter.measure(line, size, style)


def panel(painter: Painter, rect: Rect, title: str, size: float) -> Rect:
    """A framed panel with a title; returns the area inside it."""
    painter.rect(rect, fill=PANEL_FILL, stroke=PANEL_STROKE, width=0.8, radius=size * 0.5)
    inset = size * 0.7
    label(
        painter,
        title,
        Rect(rect.x + inset, rect.y + inset * 0.5, rect.width - 2 * inset, size * 1.8),
        size * 1.25,
        INK,
        "bold",
    )
    top = rect.y + inset * 0.5 + size * 2.1
    return Rect(rect.x + inset, top, rect.width - 2 * inset, rect.bottom - inset - top)


def candidate_label(ctx: ExportContext, board: Board, candidate: Candidate) -> int:
    """The appendix number of `candidate` on this board (its full text is listed there)."""
    return ctx.record_shortened_text(
        ("candidate", candidate.id), board, t(ctx, "candidate"), candidate.text
    )


def candidate_line(
    painter: Painter,
    ctx: ExportContext,
    board: Board,
    candidate: Candidate,
    rect: Rect,
    size: float,
    prefix: str = "",
    color: RGB = INK,
    style: FontStyle = "regular",
    suffix: str = "",
) -> None:
    """A candidate on one line, then `suffix`; when shortened the text ends in "… #n",
    n its appendix number."""
    text = prefix + sanitize_for_font(candidate.text)
    measure = measurer(painter, style)
    room = rect.width - measure(suffix, size)
    line, shortened = fit_single_line(text, measure, room, size)
    if shortened:
        ref = f" #{candidate_label(ctx, board, candidate)}"
        line, _ = fit_single_line(text, measure, room - measure(ref, size), size)
        line += ref
    line += suffix
    baseline = rect.y + (rect.height - size) / 2 + FONT_ASCENT * size
    painter.text(rect.x, baseline, line, size=size, color=color, style=style)


def stripe_width(small: float) -> float:
    """The class stripe on a card: wide enough for its letter at the smallest text size."""
    return max(small * 0.35, MIN_TEXT_PT * 1.2)


def text_inset(small: float) -> float:
    """Where card text starts, from the card's left edge (after the stripe)."""
    return stripe_width(small) + small * 0.35


def draw_class_stripe(painter: Painter, card: Rect, category: KanoCategory | None,
                      small: float) -> None:
    """The Kano class as a coloured stripe with its letter (M, O, A, I, R, Q; "–" not
    sorted), so the class reads on a greyscale print too."""
    width = stripe_width(small)
    painter.rect(Rect(card.x, card.y, width, card.height), fill=category_rgb(category))
    letter = category.value if category is not None else "–"
    painter.text(card.x + width / 2, card.y + MIN_TEXT_PT * 0.35 + FONT_ASCENT * MIN_TEXT_PT
                 + small * 0.15, letter, size=MIN_TEXT_PT, color=WHITE, style="bold",
                 align="centre")


def stripe_key(ctx: ExportContext, categories: Iterable[KanoCategory | None]) -> str:
    """The key to the stripes for the classes present, e.g. "M Must-be · A Attractive"."""
    present = set(categories)
    parts = [f"{c.value} {kano.category_name(c, ctx.language)}" for c in kano.CATEGORY_ORDER
             if c in present]
    if None in present:
        parts.append(f"– {render(MESSAGES, 'not_sorted', ctx.language)}")
    return sanitize_for_font(render(MESSAGES, "stripe_key", ctx.language,
                                    classes="  ·  ".join(parts)))
