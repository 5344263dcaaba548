"""The customer journey map on paper, and its report section.

Stages run across, lanes down; the emotion curve sits under the stage names, the stage
metrics (as is -> to be) under the lanes, and the principles checklist at the bottom.
Importing this module registers the page in `layout.BOARD_DRAWERS` and the summary in
`pdf.SUMMARY_SECTIONS`.
"""

from __future__ import annotations

import itertools

from app.domain import journey, principles
from app.domain.i18n import N_
from app.domain.journey import JourneyCell, Lane
from app.domain.model import NOTE_WIDTH, Board, BoardKind
from app.domain.texts import render
from app.export import layout, pdf
from app.export.fonts import sanitize_for_font
from app.export.layout import FONT_ASCENT, MUTED, RULE, ExportContext, Painter, Rect
from app.export.page_cx_common import (
    ACCENT,
    NEGATIVE,
    PANEL_FILL,
    PANEL_STROKE,
    POSITIVE,
    Block,
    body_size,
    draw_blocks,
    metrics_lines,
    principles_line,
    sent_marks,
)
from app.export.textfit import fit_single_line

MESSAGES = {
    "emotion": N_("Emotion"),
    "metrics": N_("Metrics: as is → to be"),
    "no_stages": N_("No stages yet."),
    "ease": N_("ease {value}/5"),
    "access": N_("access {value}/5"),
    "kpi": N_("KPI: {value}"),
    "should_be": N_("should be: {value}"),
    "summary_title": N_("Customer journey"),
    "col_stage": N_("Stage"),
    "col_emotion": N_("Emotion"),
    "col_barriers": N_("Barriers"),
    "col_metrics": N_("Metrics"),
    "hardest": N_("Hardest moment: {stages}"),
    "touchpoints": N_("Touchpoints"),
}


def _t(ctx: ExportContext, key: str, **params: object) -> str:
    return sanitize_for_font(render(MESSAGES, key, ctx.language, **params))


def touchpoint_details(ctx: ExportContext, cell: JourneyCell) -> str:
    parts = []
    if cell.channel:
        parts.append(journey.channel_title(cell.channel, ctx.language))
    if cell.ease is not None:
        parts.append(_t(ctx, "ease", value=cell.ease))
    if cell.accessibility is not None:
        parts.append(_t(ctx, "access", value=cell.accessibility))
    if cell.kpi:
        parts.append(_t(ctx, "kpi", value=cell.kpi))
    if cell.resources:
        parts.append(cell.resources)
    return " · ".join(parts)


def cell_blocks(ctx: ExportContext, stage_id: int, lane: Lane) -> list[Block]:
    blocks: list[Block] = []
    for cell in journey.cells(ctx.data, stage_id, lane):
        blocks.append(Block("card", cell.text + sent_marks(ctx, cell)))
        if lane is Lane.TOUCHPOINTS:
            details = touchpoint_details(ctx, cell)
            if details:
                blocks.append(Block("muted", details))
        if lane is Lane.BARRIERS and cell.should_be:
            blocks.append(Block("muted", _t(ctx, "should_be", value=cell.should_be)))
    return blocks


def _label(
    painter: Painter,
    text: str,
    box: Rect,
    size: float,
    color: tuple[int, int, int],
    style: str = "bold",
) -> None:
    line, _ = fit_single_line(
        sanitize_for_font(text), layout.measurer(painter, "bold"), box.width, size
    )
    painter.text(box.x, box.y + FONT_ASCENT * size, line, size=size, color=color, style="bold")


def _whole_word_size(painter: Painter, text: str, width: float, size: float,
                     floor: float) -> float:
    """The largest size up to `size` (not below `floor` nor 6 pt) at which the longest word
    of a lane title fits `width`, so a narrow label column wraps between words only."""
    bold = layout.measurer(painter, "bold")
    heading = 1.05  # draw_blocks sets a heading block 5% larger
    longest = max((bold(word, size * heading) for word in text.split()), default=0.0)
    if longest <= width:
        return size
    return max(size * width / longest, floor, 6.0)


def draw_journey(canvas: Painter, ctx: ExportContext, board: Board, frame: Rect) -> None:
    size = body_size(ctx) * 0.9
    stages = journey.stages(ctx.data, board.id)
    if not stages:
        canvas.text(
            frame.x + frame.width / 2,
            frame.y + frame.height / 2,
            _t(ctx, "no_stages"),
            size=size * 1.3,
            color=MUTED,
            align="centre",
        )
        return
    # The lane titles' column: wide enough for their longest word at full size (up to a
    # fifth of the page), so narrow pages do not break words like "Touchpoints".
    bold = layout.measurer(canvas, "bold")
    longest = max(bold(word, size * 0.9 * 1.05) for lane in journey.LANES
                  for word in journey.lane_title(lane, ctx.language).split())
    label_width = min(max(frame.width * 0.12, longest + size), frame.width * 0.2)
    column = (frame.width - label_width) / len(stages)
    header_h = size * 2.2
    curve_h = frame.height * 0.17
    metrics_h = size * 4.6
    footer_h = size * 1.8
    lanes_h = frame.height - header_h - curve_h - metrics_h - footer_h
    # Lanes share the height by how much they hold (the fullest stage of each lane).
    weights = {
        lane: max(2, *(len(cell_blocks(ctx, s.id, lane)) for s in stages)) for lane in journey.LANES
    }
    total_weight = sum(weights.values())
    x0 = frame.x + label_width
    pad = size * 0.35
    # Stage names.
    for index, stage in enumerate(stages):
        box = Rect(x0 + index * column + pad / 2, frame.y, column - pad, header_h - pad)
        canvas.rect(box, fill=ACCENT, radius=size * 0.3)
        name = sanitize_for_font(stage.name)
        bold = layout.measurer(canvas, "bold")
        font = size * 1.1
        while font > size * 0.7 and bold(name, font) > box.width - 2 * pad:
            font -= size * 0.05
        line = layout.fit_label(name, bold, box.width - 2 * pad, font, layout.Referral(
            ctx, board, ("stage", stage.id), _t(ctx, "col_stage")))
        canvas.text(
            box.x + box.width / 2,
            box.y + (box.height + font) / 2 - font * 0.15,
            line,
            size=font,
            style="bold",
            color=(255, 255, 255),
            align="centre",
        )
    # The emotion curve.
    top = frame.y + header_h
    _label(
        canvas,
        _t(ctx, "emotion"),
        Rect(frame.x, top + curve_h / 2 - size / 2, label_width, size),
        size,
        MUTED,
    )
    inset = size * 0.9

    def y_of(value: float) -> float:
        span = curve_h - 2 * inset
        return top + inset + (journey.EMOTION_MAX - value) * span / 4

    for value in range(journey.EMOTION_MIN, journey.EMOTION_MAX + 1):
        y = y_of(value)
        canvas.line(
            x0,
            y,
            frame.right,
            y,
            color=MUTED if value == 0 else RULE,
            width=0.6 if value == 0 else 0.3,
            dash=None if value == 0 else (2.0, 2.0),
        )
        canvas.text(
            x0 - size * 0.3,
            y + size * 0.3,
            f"{value:+d}" if value else "0",
            size=size * 0.8,
            color=MUTED,
            align="right",
        )
    points = [
        (x0 + (i + 0.5) * column, y_of(s.emotion), s.emotion)
        for i, s in enumerate(stages)
        if s.emotion is not None
    ]
    for (ax, ay, _a), (bx, by, _b) in itertools.pairwise(points):
        canvas.line(ax, ay, bx, by, color=ACCENT, width=size * 0.22)
    for x, y, value in points:
        color = NEGATIVE if value < 0 else POSITIVE if value > 0 else MUTED
        canvas.circle(x, y, size * 0.75, fill=color, stroke=(255, 255, 255), width=1.0)
        canvas.text(
            x,
            y + size * 0.28,
            f"{value:+d}" if value else "0",
            size=size * 0.75,
            style="bold",
            color=(255, 255, 255),
            align="centre",
        )
    # The lanes.
    y = top + curve_h
    for lane in journey.LANES:
        lane_h = lanes_h * weights[lane] / total_weight
        title = journey.lane_title(lane, ctx.language)
        label_box = Rect(frame.x, y + pad, label_width - 2 * pad, lane_h - 2 * pad)
        start = _whole_word_size(canvas, title, label_box.width, size * 0.9, size * 0.6)
        draw_blocks(canvas, [Block("heading", title)], label_box, start, min(start, size * 0.6))
        canvas.line(frame.x, y, frame.right, y, color=RULE, width=0.4)
        for index, stage in enumerate(stages):
            box = Rect(x0 + index * column + pad, y + pad, column - 2 * pad, lane_h - 2 * pad)
            draw_blocks(canvas, cell_blocks(ctx, stage.id, lane), box, size, size * 0.55)
        y += lane_h
    canvas.line(frame.x, y, frame.right, y, color=RULE, width=0.4)
    # Metrics per stage.
    draw_blocks(
        canvas,
        [Block("muted", _t(ctx, "metrics"))],
        Rect(frame.x, y + pad, label_width - 2 * pad, metrics_h - 2 * pad),
        size * 0.85,
        size * 0.6,
    )
    for index, stage in enumerate(stages):
        box = Rect(x0 + index * column + pad, y + pad, column - 2 * pad, metrics_h - 2 * pad)
        canvas.rect(box, fill=PANEL_FILL, stroke=PANEL_STROKE, width=0.3, radius=size * 0.2)
        blocks = [Block("muted", line) for line in metrics_lines(ctx, stage)]
        draw_blocks(canvas, blocks, box.inset(pad * 0.6), size * 0.9, size * 0.55)
    y += metrics_h
    ticked = set(principles.checks_for(ctx.data, board.id))
    # Shrinks (never below 6 pt) before the last principles are cut off.
    natural = size * 0.9
    line, font = layout.fit_heading(principles_line(ctx, ticked), layout.measurer(canvas),
                                    frame.width, natural, min(1.0, max(0.75, 6.0 / natural)))
    canvas.text(frame.x, y + size * 1.1, line, size=font, color=MUTED)


def journey_section(ctx: ExportContext) -> pdf.ReportSection | None:
    """Per journey board: the stages with emotion, barriers and metrics, and the principles."""
    boards = [b for b in ctx.data.boards if b.kind is BoardKind.JOURNEY]
    boards = [b for b in boards if journey.stages(ctx.data, b.id)]
    if not boards:
        return None
    section = pdf.ReportSection(_t(ctx, "summary_title"))
    columns = [
        pdf.Column(_t(ctx, "col_stage"), 1.6),
        pdf.Column(_t(ctx, "col_emotion"), 0.9, align="right"),
        pdf.Column(_t(ctx, "col_barriers"), 3.0),
        pdf.Column(_t(ctx, "touchpoints"), 2.4),
        pdf.Column(_t(ctx, "col_metrics"), 2.2),
    ]
    for board in boards:
        section.blocks.append(pdf.Heading(ctx.board_title(board), 2))
        lowest = journey.lowest_stages(ctx.data, board.id)
        if lowest:
            names = ", ".join(s.name for s in lowest)
            section.blocks.append(pdf.Para(_t(ctx, "hardest", stages=names), style="bold"))
        rows = []
        for stage in journey.stages(ctx.data, board.id):
            barriers = [
                c.text + (f" → {c.should_be}" if c.should_be else "")
                for c in journey.cells(ctx.data, stage.id, Lane.BARRIERS)
            ]
            touch = [
                c.text + (f" ({touchpoint_details(ctx, c)})" if touchpoint_details(ctx, c) else "")
                for c in journey.cells(ctx.data, stage.id, Lane.TOUCHPOINTS)
            ]
            emotion = (
                "" if stage.emotion is None else f"{stage.emotion:+d}" if stage.emotion else "0"
            )
            rows.append(
                [
                    stage.name,
                    emotion,
                    "; ".join(barriers),
                    "; ".join(touch),
                    "; ".join(metrics_lines(ctx, stage)),
                ]
            )
        section.blocks.append(pdf.Table(columns, rows))
        ticked = set(principles.checks_for(ctx.data, board.id))
        section.blocks.append(pdf.Para(principles_line(ctx, ticked), color=MUTED))
    return section


def journey_extent(ctx: ExportContext, board: Board) -> Rect | None:
    """The map's size in board units (a stage about one note wide), so a long journey
    is tiled over several sheets when tiling is on, like a capture board."""
    stages = len(journey.stages(ctx.data, board.id))
    if not stages:
        return None
    return Rect(0.0, 0.0, (stages + 0.6) * NOTE_WIDTH * 1.2, NOTE_WIDTH * 4.5)


def register() -> None:
    """Plug the page and the summary into the export (idempotent)."""
    layout.BOARD_DRAWERS[BoardKind.JOURNEY] = draw_journey
    layout.BOARD_EXTENTS[BoardKind.JOURNEY] = journey_extent
    if journey_section not in pdf.SUMMARY_SECTIONS:
        pdf.SUMMARY_SECTIONS.append(journey_section)


register()
