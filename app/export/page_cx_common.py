"""Drawing shared by the strategy, journey and scenario pages: boxes with a title and a
column of text blocks that shrinks together until it fits (ellipsis below the floor).

No user text passes through ReportLab markup: everything is drawn with `Painter.text`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from app.domain import cx_common, principles
from app.domain.i18n import N_
from app.domain.texts import render
from app.export.fonts import FontStyle, sanitize_for_font
from app.export.layout import (
    FONT_ASCENT,
    INK,
    MUTED,
    RGB,
    ExportContext,
    Painter,
    Rect,
    Referral,
    fit_label,
    measurer,
)
from app.export.textfit import ellipsize, fit_single_line, wrap_text

PANEL_FILL: RGB = (255, 255, 255)
PANEL_STROKE: RGB = (200, 197, 189)
ACCENT: RGB = (37, 99, 235)
POSITIVE: RGB = (21, 128, 61)
NEGATIVE: RGB = (180, 35, 24)
WARNING_FILL: RGB = (255, 244, 206)
WARNING_INK: RGB = (122, 78, 0)
CARD_FILL: RGB = (255, 251, 234)

MESSAGES = {
    "principles": N_("Service-design principles"),
    "empty": N_("Nothing here yet."),
    "as_is_to_be": N_("as is → to be"),
    "minutes": N_("time, min"),
    "simplicity": N_("simplicity 1–5"),
    "steps": N_("steps/clicks"),
    "to_idea": N_("→ idea"),
    "to_mvp": N_("→ MVP"),
}


def t(ctx: ExportContext, key: str, **params: object) -> str:
    return sanitize_for_font(render(MESSAGES, key, ctx.language, **params))


Kind = Literal["heading", "text", "bullet", "sub", "muted", "card"]


@dataclass(frozen=True)
class Block:
    """One piece of a text column: a heading, plain text, a bullet or a muted line."""

    kind: Kind
    text: str
    color: RGB = INK


_STYLE: dict[str, FontStyle] = {"heading": "bold"}
_SCALE = {"heading": 1.05, "text": 1.0, "bullet": 1.0, "sub": 0.9, "muted": 0.85, "card": 1.0}
_INDENT = {"bullet": 1.0, "sub": 2.0, "card": 0.0}


def _layout(
    painter: Painter, blocks: Sequence[Block], width: float, size: float
) -> tuple[list[tuple[Block, list[str], float, float]], float]:
    """Wrapped lines of every block at `size`: (block, lines, font size, indent), height."""
    laid: list[tuple[Block, list[str], float, float]] = []
    height = 0.0
    for block in blocks:
        font = size * _SCALE[block.kind]
        indent = _INDENT.get(block.kind, 0.0) * font
        prefix = "• " if block.kind == "bullet" else "– " if block.kind == "sub" else ""
        style = _STYLE.get(block.kind, "regular")
        inner = width - indent - (2 * font * 0.3 if block.kind == "card" else 0.0)
        lines, _ = wrap_text(
            sanitize_for_font(prefix + block.text), measurer(painter, style), font, max(inner, 1)
        )
        lines = lines or [""]
        laid.append((block, lines, font, indent))
        gap = font * 0.35 if block.kind in ("heading", "card") else font * 0.12
        pad = font * 0.5 if block.kind == "card" else 0.0
        height += len(lines) * font * 1.2 + gap + pad
    return laid, height


def draw_blocks(
    painter: Painter,
    blocks: Sequence[Block],
    box: Rect,
    start: float,
    floor: float,
) -> float:
    """Draw `blocks` top-down in `box` at the largest size in [floor, start] that fits;
    at the floor, what does not fit is cut with an ellipsis. Returns the size used."""
    if not blocks or box.width <= 2 or box.height <= 2:
        return start
    size = start
    laid, height = _layout(painter, blocks, box.width, size)
    while height > box.height and size > floor:
        size = max(floor, size - max(0.5, size * 0.08))
        laid, height = _layout(painter, blocks, box.width, size)
    y = box.y
    bottom = box.bottom
    for block, lines, font, indent in laid:
        style = _STYLE.get(block.kind, "regular")
        color = MUTED if block.kind == "muted" else block.color
        line_height = font * 1.2
        pad = font * 0.3 if block.kind == "card" else 0.0
        if y + line_height > bottom + 0.01:
            break
        if block.kind == "card":
            fits = max(1, min(len(lines), int((bottom - y - 2 * pad) // line_height)))
            painter.rect(
                Rect(box.x, y, box.width, fits * line_height + 2 * pad),
                fill=CARD_FILL,
                stroke=PANEL_STROKE,
                width=0.4,
                radius=font * 0.3,
            )
            y += pad
        for number, line in enumerate(lines):
            if y + line_height > bottom + 0.01:
                break
            last_room = y + 2 * line_height > bottom + 0.01
            if last_room and number < len(lines) - 1:
                line = ellipsize(line, measurer(painter, style), font, box.width - indent)
            painter.text(
                box.x + indent + pad,
                y + FONT_ASCENT * font + (line_height - font) / 2,
                line,
                size=font,
                color=color,
                style=style,
            )
            y += line_height
        y += pad + (font * 0.35 if block.kind in ("heading", "card") else font * 0.12)
    return size


def panel(
    painter: Painter,
    box: Rect,
    title: str,
    size: float,
    *,
    fill: RGB = PANEL_FILL,
    stroke: RGB = PANEL_STROKE,
    title_color: RGB = MUTED,
    dashed: bool = False,
    referral: Referral | None = None,
) -> Rect:
    """A rounded panel with a one-line title; returns the inner rect below the title. A
    title too long even when shrunk ends in "… #n" when `referral` says where it is
    listed in full."""
    painter.rect(
        box,
        fill=fill,
        stroke=stroke,
        width=1.2 if dashed else 0.8,
        radius=size * 0.5,
        dash=(4.0, 3.0) if dashed else None,
    )
    pad = size * 0.6
    title = sanitize_for_font(title)
    bold = measurer(painter, "bold")
    font = size
    while font > size * 0.65 and bold(title, font) > box.width - 2 * pad:
        font -= size * 0.05
    if referral is None:
        line, _ = fit_single_line(title, bold, box.width - 2 * pad, font)
    else:
        line = fit_label(title, bold, box.width - 2 * pad, font, referral)
    painter.text(
        box.x + pad,
        box.y + pad + FONT_ASCENT * font,
        line,
        size=font,
        style="bold",
        color=title_color,
    )
    top = box.y + pad + size * 1.5
    return Rect(box.x + pad, top, box.width - 2 * pad, box.bottom - pad - top)


def principles_line(ctx: ExportContext, ticked: set[principles.Principle]) -> str:
    marks = [
        ("✓ " if p in ticked else "○ ") + principles.name(p, ctx.language)
        for p in principles.PRINCIPLES
    ]
    return f"{t(ctx, 'principles')} ({len(ticked)}/6): " + "   ".join(marks)


def metrics_lines(ctx: ExportContext, item: cx_common.HasMetrics) -> list[str]:
    """ "time, min: 40 → 2" and so on, only for the metrics that were filled in."""
    lines = []
    for delta in cx_common.metric_deltas(item):
        if delta.as_is is None and delta.to_be is None:
            continue
        lines.append(f"{t(ctx, delta.name)}: {_num(delta.as_is)} → {_num(delta.to_be)}")
    return lines


def sent_marks(ctx: ExportContext, item: cx_common.Sendable) -> str:
    marks = []
    if item.note_id is not None:
        marks.append(t(ctx, "to_idea"))
    if item.candidate_id is not None:
        marks.append(t(ctx, "to_mvp"))
    return (" " + " ".join(marks)) if marks else ""


def _num(value: float | int | None) -> str:
    return "—" if value is None else f"{value:g}"


def body_size(ctx: ExportContext) -> float:
    """The starting text size of these pages: 13 pt on A3, scaled with the paper (text
    shrinks from there until a column fits)."""
    return 13.0 * ctx.ui_scale
