"""The point A -> point B canvas on paper, and its report section.

Point A sits in a panel on the left; an arrow leads to the point-B scenarios side by
side, each with who we are in a year, its goals and the plan of each goal with its
checkpoints (date, owner, how we know we are on track). Importing this module registers
the page in `layout.BOARD_DRAWERS` and the summary in `pdf.SUMMARY_SECTIONS`.
"""

from __future__ import annotations

from app.domain import strategy
from app.domain.i18n import N_
from app.domain.model import NOTE_WIDTH, Board, BoardKind
from app.domain.strategy import StrategyItemKind as SK
from app.domain.texts import render
from app.export import layout, pdf
from app.export.fonts import sanitize_for_font
from app.export.layout import INK, MUTED, ExportContext, Painter, Rect, Referral
from app.export.page_cx_common import (
    ACCENT,
    POSITIVE,
    Block,
    body_size,
    draw_blocks,
    panel,
)

MESSAGES = {
    "point_a": N_("Point A: where we are now"),
    "point_b": N_("Point B in a year"),
    "gap": N_("the gap, closed by goals"),
    "no_scenarios": N_("No point-B scenario yet."),
    "no_plan": N_("no plan yet"),
    "serves": N_("served by: {items}"),
    "slice": N_("slice {name}"),
    "summary_title": N_("Point A to point B"),
    "col_step": N_("Step"),
    "col_due": N_("Checkpoint"),
    "col_owner": N_("Owner"),
    "col_check": N_("How we know we are on track"),
    "col_done": N_("Done"),
    "yes": N_("yes"),
    "goal": N_("Goal: {text}"),
}


def _t(ctx: ExportContext, key: str, **params: object) -> str:
    return sanitize_for_font(render(MESSAGES, key, ctx.language, **params))


def _step_line(step: strategy.StrategyItem) -> str:
    parts = [p for p in (step.due, step.owner, step.checkpoint) if p]
    mark = "✓ " if step.done else ""
    return mark + step.text + (f" ({' · '.join(parts)})" if parts else "")


def _served(ctx: ExportContext, goal: strategy.StrategyItem) -> str:
    names = [c.text for c in ctx.data.candidates if c.id in goal.candidate_ids]
    names += [_t(ctx, "slice", name=s.name) for s in ctx.data.slices if s.id in goal.slice_ids]
    return _t(ctx, "serves", items="; ".join(names)) if names else ""


def scenario_blocks(
    ctx: ExportContext, board: Board, scenario: strategy.StrategyScenario
) -> list[Block]:
    blocks: list[Block] = []
    if scenario.point_b:
        blocks.append(Block("card", scenario.point_b))
    for goal in strategy.items(ctx.data, board.id, SK.GOAL, scenario_id=scenario.id):
        blocks.append(Block("heading", "◎ " + goal.text, ACCENT))
        steps = strategy.items(ctx.data, board.id, SK.STEP, goal_id=goal.id)
        if not steps:
            blocks.append(Block("muted", _t(ctx, "no_plan")))
        for step in steps:
            blocks.append(Block("bullet", _step_line(step), POSITIVE if step.done else INK))
        served = _served(ctx, goal)
        if served:
            blocks.append(Block("muted", served))
    return blocks


def draw_strategy(canvas: Painter, ctx: ExportContext, board: Board, frame: Rect) -> None:
    size = body_size(ctx)
    gap = size * 1.2
    arrow = size * 3.2
    left_width = frame.width * 0.27
    left = Rect(frame.x, frame.y, left_width, frame.height)
    inner = panel(canvas, left, _t(ctx, "point_a"), size * 1.25)
    blocks: list[Block] = []
    for kind in strategy.POINT_A_KINDS:
        blocks.append(Block("heading", strategy.title(kind, ctx.language)))
        blocks += [Block("bullet", i.text) for i in strategy.items(ctx.data, board.id, kind)]
    draw_blocks(canvas, blocks, inner, size, size * 0.55)
    # The arrow from A to B, with the gap named under it.
    x0 = left.right + gap * 0.4
    x1 = x0 + arrow
    y = frame.y + frame.height * 0.45
    canvas.line(x0, y, x1 - size * 0.6, y, color=ACCENT, width=size * 0.35)
    canvas.polygon([(x1, y), (x1 - size, y - size * 0.6), (x1 - size, y + size * 0.6)], fill=ACCENT)
    scenarios = strategy.scenarios(ctx.data, board.id)
    right = Rect(x1 + gap * 0.4, frame.y, frame.right - x1 - gap * 0.4, frame.height)
    if not scenarios:
        canvas.text(
            right.x + right.width / 2,
            right.y + right.height / 2,
            _t(ctx, "no_scenarios"),
            size=size * 1.2,
            color=MUTED,
            align="centre",
        )
        return
    width = (right.width - gap * (len(scenarios) - 1)) / len(scenarios)
    for index, scenario in enumerate(scenarios):
        box = Rect(right.x + index * (width + gap), right.y, width, right.height)
        title = f"{_t(ctx, 'point_b')}: {scenario.name}"
        inner = panel(canvas, box, title, size * 1.25, stroke=ACCENT, title_color=ACCENT,
                      referral=Referral(ctx, board, ("scenario", scenario.id),
                                        _t(ctx, "point_b")))
        draw_blocks(canvas, scenario_blocks(ctx, board, scenario), inner, size, size * 0.55)


def strategy_section(ctx: ExportContext) -> pdf.ReportSection | None:
    """Per board and scenario: point B, then each goal with its plan as a table."""
    boards = [b for b in ctx.data.boards if b.kind is BoardKind.STRATEGY]
    scenarios = [(b, s) for b in boards for s in strategy.scenarios(ctx.data, b.id)]
    if not scenarios:
        return None
    section = pdf.ReportSection(_t(ctx, "summary_title"))
    columns = [
        pdf.Column(_t(ctx, "col_step"), 3.0),
        pdf.Column(_t(ctx, "col_due"), 1.3),
        pdf.Column(_t(ctx, "col_owner"), 1.3),
        pdf.Column(_t(ctx, "col_check"), 3.0),
        pdf.Column(_t(ctx, "col_done"), 0.8),
    ]
    for board, scenario in scenarios:
        section.blocks.append(pdf.Heading(f"{ctx.board_title(board)} · {scenario.name}", 2))
        if scenario.point_b:
            section.blocks.append(pdf.Para(scenario.point_b, style="bold"))
        for goal in strategy.items(ctx.data, board.id, SK.GOAL, scenario_id=scenario.id):
            section.blocks.append(
                pdf.Para(_t(ctx, "goal", text=goal.text), style="bold", keep_with_next=True)
            )
            served = _served(ctx, goal)
            if served:
                section.blocks.append(pdf.Para(served, color=MUTED, keep_with_next=True))
            steps = strategy.items(ctx.data, board.id, SK.STEP, goal_id=goal.id)
            if not steps:
                section.blocks.append(pdf.Para(_t(ctx, "no_plan"), color=MUTED))
                continue
            rows = [
                [s.text, s.due, s.owner, s.checkpoint, _t(ctx, "yes") if s.done else ""]
                for s in steps
            ]
            section.blocks.append(pdf.Table(columns, rows))
    return section


def strategy_extent(ctx: ExportContext, board: Board) -> Rect | None:
    """The canvas's size in board units (point A plus one column per scenario), so many
    scenarios are tiled over several sheets when tiling is on."""
    scenarios = len(strategy.scenarios(ctx.data, board.id))
    return Rect(0.0, 0.0, (scenarios + 1.4) * NOTE_WIDTH * 1.6, NOTE_WIDTH * 4.5)


def register() -> None:
    """Plug the page and the summary into the export (idempotent)."""
    layout.BOARD_DRAWERS[BoardKind.STRATEGY] = draw_strategy
    layout.BOARD_EXTENTS[BoardKind.STRATEGY] = strategy_extent
    if strategy_section not in pdf.SUMMARY_SECTIONS:
        pdf.SUMMARY_SECTIONS.append(strategy_section)


register()
