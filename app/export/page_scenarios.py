"""The scenario audit on paper, and its report section.

One row per scenario: whose it is, the failures found, then the three models (fully
online, hybrid, new). A model kind the scenario lacks is a dashed warning cell; a tested
model shows what was tested, with whom and what was learned, and its metrics. Importing
this module registers the page in `layout.BOARD_DRAWERS` and the summary in
`pdf.SUMMARY_SECTIONS`.
"""

from __future__ import annotations

from app.domain import principles, scenario_audit
from app.domain.i18n import N_
from app.domain.model import NOTE_WIDTH, Board, BoardKind
from app.domain.scenario_audit import ModelKind, ScenarioModel
from app.domain.texts import render
from app.export import layout, pdf
from app.export.fonts import sanitize_for_font
from app.export.layout import FONT_ASCENT, INK, MUTED, RULE, ExportContext, Painter, Rect
from app.export.page_cx_common import (
    ACCENT,
    NEGATIVE,
    POSITIVE,
    WARNING_FILL,
    WARNING_INK,
    Block,
    body_size,
    draw_blocks,
    metrics_lines,
    principles_line,
    sent_marks,
)

MESSAGES = {
    "scenario": N_("Scenario"),
    "missing": N_("model missing"),
    "complete": N_("Complete: {done} of {total} scenarios have all three models"),
    "lacks": N_("{scenario} lacks: {kinds}"),
    "tested": N_("Tested: {what}"),
    "with": N_("with {who}"),
    "learned": N_("Learned: {text}"),
    "principles": N_("principles {n}/6"),
    "no_scenarios": N_("No scenarios yet."),
    "summary_title": N_("Scenario audit"),
    "col_model": N_("Model"),
    "col_test": N_("Prototype test"),
    "col_metrics": N_("Metrics"),
}


def _t(ctx: ExportContext, key: str, **params: object) -> str:
    return sanitize_for_font(render(MESSAGES, key, ctx.language, **params))


def test_lines(ctx: ExportContext, item: ScenarioModel) -> list[str]:
    lines = []
    if item.test_what or item.test_with:
        what = _t(ctx, "tested", what=item.test_what or "—")
        lines.append(what + (f", {_t(ctx, 'with', who=item.test_with)}" if item.test_with else ""))
    if item.test_learned:
        lines.append(_t(ctx, "learned", text=item.test_learned))
    return lines


def model_blocks(ctx: ExportContext, scenario_id: int, kind: ModelKind) -> list[Block]:
    blocks: list[Block] = []
    for item in scenario_audit.models(ctx.data, scenario_id, kind):
        blocks.append(Block("card", item.text + sent_marks(ctx, item)))
        blocks += [Block("muted", line) for line in test_lines(ctx, item)]
        blocks += [Block("muted", line) for line in metrics_lines(ctx, item)]
    return blocks


def draw_scenarios(canvas: Painter, ctx: ExportContext, board: Board, frame: Rect) -> None:
    size = body_size(ctx) * 0.95
    rows = scenario_audit.scenarios(ctx.data, board.id)
    status = scenario_audit.completeness(ctx.data, board.id)
    line = _t(ctx, "complete", done=status.complete, total=status.scenarios)
    canvas.text(
        frame.x,
        frame.y + FONT_ASCENT * size * 1.1,
        line,
        size=size * 1.1,
        style="bold",
        color=POSITIVE if status.done else WARNING_INK,
    )
    if not rows:
        canvas.text(
            frame.x + frame.width / 2,
            frame.y + frame.height / 2,
            _t(ctx, "no_scenarios"),
            size=size * 1.3,
            color=MUTED,
            align="centre",
        )
        return
    top = frame.y + size * 2.2
    weights = (1.1, 1.3, 1.4, 1.4, 1.4)
    total = sum(weights)
    widths = [frame.width * w / total for w in weights]
    xs = [frame.x + sum(widths[:i]) for i in range(len(widths))]
    titles = [
        _t(ctx, "scenario"),
        scenario_audit.failures_title(ctx.language),
        *(scenario_audit.model_title(k, ctx.language) for k in scenario_audit.MODEL_KINDS),
    ]
    header_h = size * 1.9
    pad = size * 0.35
    for x, width, title in zip(xs, widths, titles, strict=True):
        canvas.rect(
            Rect(x + pad / 2, top, width - pad, header_h - pad), fill=ACCENT, radius=size * 0.3
        )
        # A long column title shrinks (to 60%) before it is shortened.
        text, font = layout.fit_heading(
            sanitize_for_font(title), layout.measurer(canvas, "bold"), width - 3 * pad, size,
            min_share=0.6,
        )
        canvas.text(
            x + width / 2,
            top + (header_h - pad) / 2 + font * 0.35,
            text,
            size=font,
            style="bold",
            color=(255, 255, 255),
            align="centre",
        )
    y = top + header_h
    row_h = (frame.bottom - y) / len(rows)
    for scenario in rows:
        canvas.line(frame.x, y, frame.right, y, color=RULE, width=0.4)
        actor = scenario_audit.actor_title(scenario.actor, ctx.language)
        ticks = principles.score(ctx.data, board.id, scenario.id)
        first = [
            Block("heading", scenario.title),
            Block("muted", actor),
            Block("muted", _t(ctx, "principles", n=ticks)),
        ]
        draw_blocks(
            canvas,
            first,
            Rect(xs[0] + pad, y + pad, widths[0] - 2 * pad, row_h - 2 * pad),
            size,
            size * 0.55,
        )
        failures = [
            Block("bullet", f.text + sent_marks(ctx, f), NEGATIVE)
            for f in scenario_audit.failures(ctx.data, scenario.id)
        ]
        draw_blocks(
            canvas,
            failures,
            Rect(xs[1] + pad, y + pad, widths[1] - 2 * pad, row_h - 2 * pad),
            size,
            size * 0.55,
        )
        missing = status.missing.get(scenario.id, [])
        for column, kind in enumerate(scenario_audit.MODEL_KINDS, start=2):
            box = Rect(xs[column] + pad, y + pad, widths[column] - 2 * pad, row_h - 2 * pad)
            if kind in missing:
                canvas.rect(
                    box,
                    fill=WARNING_FILL,
                    stroke=WARNING_INK,
                    width=1.0,
                    radius=size * 0.3,
                    dash=(4.0, 3.0),
                )
                canvas.text(
                    box.x + box.width / 2,
                    box.y + box.height / 2 + size * 0.3,
                    _t(ctx, "missing"),
                    size=size,
                    color=WARNING_INK,
                    align="centre",
                )
                continue
            draw_blocks(canvas, model_blocks(ctx, scenario.id, kind), box, size, size * 0.55)
        y += row_h


def scenarios_section(ctx: ExportContext) -> pdf.ReportSection | None:
    """Per audit board: completeness, what each scenario lacks, its models with tests."""
    boards = [b for b in ctx.data.boards if b.kind is BoardKind.SCENARIOS]
    boards = [b for b in boards if scenario_audit.scenarios(ctx.data, b.id)]
    if not boards:
        return None
    section = pdf.ReportSection(_t(ctx, "summary_title"))
    columns = [
        pdf.Column(_t(ctx, "col_model"), 1.2),
        pdf.Column("", 2.6),
        pdf.Column(_t(ctx, "col_test"), 2.6),
        pdf.Column(_t(ctx, "col_metrics"), 1.8),
    ]
    for board in boards:
        status = scenario_audit.completeness(ctx.data, board.id)
        section.blocks.append(pdf.Heading(ctx.board_title(board), 2))
        section.blocks.append(
            pdf.Para(
                _t(ctx, "complete", done=status.complete, total=status.scenarios), style="bold"
            )
        )
        for scenario in scenario_audit.scenarios(ctx.data, board.id):
            kinds = status.missing.get(scenario.id, [])
            actor = scenario_audit.actor_title(scenario.actor, ctx.language)
            section.blocks.append(
                pdf.Para(f"{scenario.title} ({actor})", style="bold", keep_with_next=True)
            )
            failures = scenario_audit.failures(ctx.data, scenario.id)
            if failures:
                section.blocks.append(
                    pdf.Para(
                        scenario_audit.failures_title(ctx.language)
                        + ": "
                        + "; ".join(f.text for f in failures),
                        color=INK,
                    )
                )
            if kinds:
                names = ", ".join(scenario_audit.model_title(k, ctx.language) for k in kinds)
                section.blocks.append(
                    pdf.Para(
                        _t(ctx, "lacks", scenario=scenario.title, kinds=names), color=WARNING_INK
                    )
                )
            rows = [
                [
                    scenario_audit.model_title(m.kind, ctx.language),
                    m.text,
                    " ".join(test_lines(ctx, m)),
                    "; ".join(metrics_lines(ctx, m)),
                ]
                for m in scenario_audit.models(ctx.data, scenario.id)
            ]
            if rows:
                section.blocks.append(pdf.Table(columns, rows))
            ticked = set(principles.checks_for(ctx.data, board.id, scenario.id))
            section.blocks.append(pdf.Para(principles_line(ctx, ticked), color=MUTED))
        section.blocks.append(pdf.Para(" ", color=MUTED))
    return section


def scenarios_extent(ctx: ExportContext, board: Board) -> Rect | None:
    """The audit's size in board units (a row about one note tall), so a long audit is
    tiled over several sheets when tiling is on."""
    rows = len(scenario_audit.scenarios(ctx.data, board.id))
    if not rows:
        return None
    return Rect(0.0, 0.0, NOTE_WIDTH * 6.5, (rows + 0.5) * NOTE_WIDTH * 0.9)


def register() -> None:
    """Plug the page and the summary into the export (idempotent)."""
    layout.BOARD_DRAWERS[BoardKind.SCENARIOS] = draw_scenarios
    layout.BOARD_EXTENTS[BoardKind.SCENARIOS] = scenarios_extent
    if scenarios_section not in pdf.SUMMARY_SECTIONS:
        pdf.SUMMARY_SECTIONS.append(scenarios_section)


register()
