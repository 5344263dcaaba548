"""The impact/effort 2x2 on the prioritisation page.

Placement is truth: each candidate's card is drawn wholly inside the quadrant the app's
own rule (`prioritise.quadrant`, the midpoint counting as high) gives its values, as near
its point as the other cards allow, and never over another card
(`app.domain.placement`). When a quadrant has no room for its cards, every candidate is
drawn as a numbered dot at its place instead, and the numbers are listed in full in the
appendix. A card whose text is shortened shows its appendix number too.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.domain import prioritise
from app.domain.model import Board
from app.domain.placement import Box, CardRequest, place_cards
from app.domain.prioritise import Candidate, Quadrant
from app.domain.prioritise_flow import MATRIX_MAX, MATRIX_MIN, BoardSummary
from app.export.fonts import sanitize_for_font
from app.export.layout import (
    FONT_ASCENT,
    MIN_TEXT_PT,
    MUTED,
    RULE,
    WHITE,
    ExportContext,
    Painter,
    Rect,
    measurer,
)
from app.export.prioritise_parts import (
    PANEL_STROKE,
    QUADRANT_FILL,
    QUADRANT_INK,
    candidate_label,
    category_rgb,
    draw_class_stripe,
    label,
    t,
    text_inset,
)
from app.export.textfit import FittedText, Measure, fit_text

MIDPOINT = (MATRIX_MIN + MATRIX_MAX) / 2


def quadrant_rects(plot: Rect) -> dict[Quadrant, Rect]:
    """Where each quadrant is on the plot: impact grows upwards, effort to the right."""
    half_w, half_h = plot.width / 2, plot.height / 2
    return {
        Quadrant.QUICK_WINS: Rect(plot.x, plot.y, half_w, half_h),
        Quadrant.BIG_BETS: Rect(plot.x + half_w, plot.y, half_w, half_h),
        Quadrant.FILL_INS: Rect(plot.x, plot.y + half_h, half_w, half_h),
        Quadrant.MONEY_PITS: Rect(plot.x + half_w, plot.y + half_h, half_w, half_h),
    }


def card_requests(
    candidates: Sequence[Candidate], plot: Rect, inset: float
) -> list[CardRequest]:
    """For each placed candidate: its quadrant (inset from the edges) and its point."""
    regions = quadrant_rects(plot)
    span = MATRIX_MAX - MATRIX_MIN
    requests: list[CardRequest] = []
    for candidate in candidates:
        assert candidate.impact is not None and candidate.effort is not None
        region = regions[prioritise.quadrant(candidate.impact, candidate.effort, MIDPOINT)]
        requests.append(
            CardRequest(
                Box(region.x + inset, region.y + inset, region.width - 2 * inset,
                    region.height - 2 * inset),
                plot.x + (candidate.effort - MATRIX_MIN) / span * plot.width,
                plot.bottom - (candidate.impact - MATRIX_MIN) / span * plot.height,
            )
        )
    return requests


def _draw_frame(painter: Painter, ctx: ExportContext, area: Rect, plot: Rect,
                size: float) -> None:
    small = size * 0.85
    for quadrant, rect in quadrant_rects(plot).items():
        painter.rect(rect, fill=QUADRANT_FILL[quadrant])
        top = quadrant in (Quadrant.QUICK_WINS, Quadrant.BIG_BETS)
        left = quadrant in (Quadrant.QUICK_WINS, Quadrant.FILL_INS)
        band = (
            Rect(rect.x, area.y, rect.width, small * 1.8)
            if top
            else Rect(rect.x, plot.bottom + small * 0.1, rect.width, small * 1.8)
        )
        name = sanitize_for_font(prioritise.quadrant_name(quadrant, ctx.language))
        label(painter, name, band, size, QUADRANT_INK[quadrant], "bold",
              "left" if left else "right")
    half_w, half_h = plot.width / 2, plot.height / 2
    painter.line(plot.x + half_w, plot.y, plot.x + half_w, plot.bottom, color=RULE, width=1.0)
    painter.line(plot.x, plot.y + half_h, plot.right, plot.y + half_h, color=RULE, width=1.0)
    painter.text(plot.x + half_w, plot.bottom + small * 1.3, t(ctx, "effort_axis"),
                 size=max(small, MIN_TEXT_PT), style="bold", align="centre")


def draw_matrix(
    painter: Painter,
    ctx: ExportContext,
    board: Board,
    summary: BoardSummary,
    area: Rect,
    size: float,
) -> None:
    small = size * 0.85
    plot = Rect(area.x, area.y + small * 1.9, area.width, area.height - small * 3.8)
    _draw_frame(painter, ctx, area, plot, size)
    placed = [c for c in summary.candidates if c.impact is not None and c.effort is not None]
    # One text size for every card (the 2x2 compares, so cards match), never below 6 pt.
    text_size = max(MIN_TEXT_PT, small * 0.78)
    inset = small * 0.25
    gap = small * 0.15
    requests = card_requests(placed, plot, inset)
    layout = _card_layout(painter, placed, requests, plot, text_size, small, inset, gap)
    if layout is not None:
        boxes, fitted = layout
        for candidate, box, text in zip(placed, boxes, fitted, strict=True):
            _draw_card(painter, ctx, board, candidate, summary, box, text, small)
    else:
        _draw_dots(painter, ctx, board, placed, summary, requests, text_size)
    unplaced = len(summary.candidates) - len(placed)
    if unplaced:
        painter.text(area.right, area.bottom - small * 0.2, t(ctx, "not_placed", count=unplaced),
                     size=max(small * 0.9, MIN_TEXT_PT), color=MUTED, align="right")


def _card_layout(painter: Painter, placed: Sequence[Candidate], requests: list[CardRequest],
                 plot: Rect, text_size: float, small: float, inset: float, gap: float,
                 ) -> tuple[list[Box], list[FittedText]] | None:
    """Card boxes and their fitted text: of the card shapes that leave every card in its
    quadrant, the one that shortens the fewest texts (then the smallest, which keeps the
    cards nearest their points); None when no shape fits."""
    bold = measurer(painter, "bold")
    inner = plot.width / 2 - 2 * inset
    line = text_size * 1.2
    best: tuple[int, float, list[Box], list[FittedText]] | None = None
    for share in (0.4, 0.49, 0.32):
        width = max(inner * share - gap, text_size * 6)
        for lines in (2, 3, 4):
            height = line * lines + small * 0.4
            boxes = place_cards(requests, width, height, gap)
            if boxes is None:
                continue
            fitted = [_fit_card(bold, candidate, width, height, text_size, small)
                      for candidate in placed]
            shortened = sum(text.truncated for text in fitted)
            key = (shortened, width * height)
            if best is None or key < best[:2]:
                best = (shortened, width * height, boxes, fitted)
            if shortened == 0:
                break
    return None if best is None else (best[2], best[3])


def _fit_card(measure: Measure, candidate: Candidate, width: float, height: float,
              text_size: float, small: float) -> FittedText:
    return fit_text(sanitize_for_font(candidate.text), measure,
                    width - text_inset(small) - small * 0.3,
                    height - small * 0.3, text_size, text_size)


def _draw_card(painter: Painter, ctx: ExportContext, board: Board, candidate: Candidate,
               summary: BoardSummary, box: Box, fitted: FittedText, small: float) -> None:
    bold = measurer(painter, "bold")
    text_size = fitted.font_size
    card = Rect(box.x, box.y, box.width, box.height)
    painter.rect(card, fill=WHITE, stroke=PANEL_STROKE, width=0.5, radius=small * 0.25)
    draw_class_stripe(painter, card, summary.categories.get(candidate.id), small)
    ref = ""
    if fitted.truncated:
        ref = f"#{candidate_label(ctx, board, candidate)}"
        fitted = fit_text(sanitize_for_font(candidate.text), bold,
                          card.width - text_inset(small) - small * 0.3
                          - bold(" " + ref, text_size),
                          card.height - small * 0.3, text_size, text_size)
    x = card.x + text_inset(small)
    y = card.y + (card.height - len(fitted.lines) * fitted.line_height) / 2
    baseline = y
    for line in fitted.lines:
        baseline = y + FONT_ASCENT * fitted.font_size
        painter.text(x, baseline, line, size=fitted.font_size, style="bold")
        y += fitted.line_height
    if ref:
        painter.text(card.right - small * 0.3, baseline, ref, size=text_size, color=MUTED,
                     style="bold", align="right")


def _draw_dots(painter: Painter, ctx: ExportContext, board: Board, placed: list[Candidate],
               summary: BoardSummary, requests: list[CardRequest], text_size: float) -> None:
    """Too many cards for the quadrants: a numbered dot per candidate at its place,
    the numbers listed in full in the appendix."""
    refs = [candidate_label(ctx, board, candidate) for candidate in placed]
    bold = measurer(painter, "bold")
    widest = max((bold(f"{ref}", text_size) for ref in refs), default=text_size)
    diameter = max(widest + text_size * 0.6, text_size * 1.6)
    boxes: list[Box] | None = None
    for factor in (1.0, 0.8, 0.65):
        boxes = place_cards(requests, diameter * factor, diameter * factor, 0.5)
        if boxes is not None:
            break
    if boxes is None:  # more dots than room: keep them in their quadrants, overlapping
        boxes = [
            Box(min(max(r.cx - diameter / 2, r.region.x), r.region.right - diameter),
                min(max(r.cy - diameter / 2, r.region.y), r.region.bottom - diameter),
                diameter, diameter)
            for r in requests
        ]
    for candidate, ref, box in zip(placed, refs, boxes, strict=True):
        radius = box.width / 2
        cx, cy = box.x + radius, box.y + radius
        painter.circle(cx, cy, radius, fill=WHITE,
                       stroke=category_rgb(summary.categories.get(candidate.id)), width=1.2)
        painter.text(cx, cy + (FONT_ASCENT - 0.5) * text_size, str(ref), size=text_size,
                     style="bold", align="centre")
