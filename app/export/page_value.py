"""The value proposition board on paper, and the value propositions in the report summary.

The board page gives every canvas its own panel (one canvas fills the page; two share it
side by side; more are tiled): the segment and slice, the chosen hero as an archetype card
(desire, fear, gift, voice words), the statement, and both halves of the canvas with the
fit. Top pains and gains that nothing addresses are printed in red.

The report summary gets one subsection per canvas with the hero, the statement, the
filled templates and the canvas items as a table.

All text is measured and drawn through `Painter.text` after `sanitize_for_font`, never
through ReportLab markup. Importing this module registers both in the export.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from app.domain import value_flow
from app.domain.archetypes import Archetype, Catalogue, Motivation, load_catalogue
from app.domain.i18n import N_, NC_
from app.domain.model import Board, BoardKind
from app.domain.texts import render
from app.domain.value_prop import (
    Canvas,
    CanvasItem,
    CanvasItemKind,
    FitReport,
    adlib_statement,
    fit,
    positioning_statement,
    ranked,
)
from app.export import layout, pdf
from app.export.fonts import FontStyle, sanitize_for_font
from app.export.layout import (
    FONT_ASCENT,
    INK,
    MUTED,
    RGB,
    RULE,
    WHITE,
    ExportContext,
    Painter,
    Rect,
    line_start,
    measurer,
)
from app.export.textfit import candidate_sizes, ellipsize, fit_single_line, fit_text, wrap_text

K = CanvasItemKind

MESSAGES: dict[str, str] = {
    "no_canvases": N_("No value propositions yet: add a customer segment on this board."),
    "whole_segment": N_("whole segment"),
    "fit": N_("Fit: {done} of {total} top pains and gains addressed ({percent}%)"),
    "fit_none": N_("Fit: no ranked pains or gains yet"),
    "not_addressed": N_("✗ in red: a top pain or gain nothing addresses yet"),
    "hero": N_("HERO"),
    "no_hero": N_("No hero chosen yet."),
    "second_voice": N_("second voice: {name}"),
    "desire": N_("DESIRE"),
    "fear": N_("FEAR"),
    "gift": N_("GIFT"),
    "voice": N_("VOICE"),
    "statement": N_("VALUE PROPOSITION"),
    "draft": N_("DRAFT (AD-LIB, NOT YET AGREED)"),
    "value_map": N_("VALUE MAP"),
    "profile": N_("CUSTOMER PROFILE"),
    "kind_job": N_("Customer jobs"),
    "kind_pain": N_("Pains"),
    "kind_gain": N_("Gains"),
    "kind_product": N_("Products & services"),
    "kind_reliever": N_("Pain relievers"),
    "kind_creator": N_("Gain creators"),
    "code_job": NC_("value map code", "J"),
    "code_pain": NC_("value map code", "P"),
    "code_gain": NC_("value map code", "G"),
    "code_product": NC_("value map code", "S"),
    "code_reliever": NC_("value map code", "R"),
    "code_creator": NC_("value map code", "C"),
    "job_functional": N_("functional"),
    "job_social": N_("social"),
    "job_emotional": N_("emotional"),
    "job_supporting": N_("supporting"),
    "more": N_("+{count} more"),
    "empty_list": N_("—"),
    # The report summary.
    "summary_title": N_("Value propositions"),
    "summary_hero": N_("Hero: {name}"),
    "summary_hero_two": N_("Hero: {name}, second voice: {second}"),
    "summary_voice": N_("Voice words: {words}"),
    "summary_statement": N_("Statement"),
    "summary_no_statement": N_("No final statement agreed yet."),
    "summary_adlib": N_("Ad-lib template"),
    "summary_positioning": N_("Positioning statement"),
    "summary_part": N_("Part of the canvas"),
    "summary_item": N_("Item"),
    "summary_links": N_("Addresses / addressed by"),
    "summary_not_addressed": N_("not addressed yet"),
}

MOTIVATION_INK: dict[Motivation, tuple[RGB, RGB]] = {  # (strong, light)
    Motivation.INDEPENDENCE: ((29, 111, 184), (232, 241, 251)),
    Motivation.MASTERY: ((180, 35, 24), (253, 236, 234)),
    Motivation.BELONGING: ((180, 83, 9), (254, 243, 226)),
    Motivation.STABILITY: ((4, 120, 87), (230, 244, 238)),
}
UNADDRESSED_INK: RGB = (185, 28, 28)
FIT_COMPLETE_INK: RGB = (4, 120, 87)
PANEL_STROKE: RGB = (200, 197, 189)
MAP_FILL: RGB = (248, 247, 243)
PROFILE_FILL: RGB = (245, 248, 252)
NO_HERO_FILL: RGB = (243, 243, 243)
# Canvas rows as on screen: each value-map block faces the profile block it serves.
CANVAS_ROWS = ((K.CREATOR, K.GAIN), (K.RELIEVER, K.PAIN), (K.PRODUCT, K.JOB))
MAX_ENTRY_LINES = 3  # an item never takes more lines than this on the page


def _t(ctx: ExportContext, key: str, **params: object) -> str:
    return sanitize_for_font(render(MESSAGES, key, ctx.language, **params))


_CATALOGUE: list[Catalogue] = []


def catalogue() -> Catalogue:
    """The archetype catalogue, read once per process."""
    if not _CATALOGUE:
        _CATALOGUE.append(load_catalogue())
    return _CATALOGUE[0]


def ordered_canvases(ctx: ExportContext) -> list[Canvas]:
    """Every canvas, by segment and then as the board lists them (whole segment first)."""
    result: list[Canvas] = []
    for segment in sorted(ctx.data.segments, key=lambda s: s.id):
        result += value_flow.canvases_of(ctx.data, segment.id)
    known = {c.id for c in result}
    result += sorted((c for c in ctx.data.canvases if c.id not in known), key=lambda c: c.id)
    return result


def canvas_title(ctx: ExportContext, canvas: Canvas) -> tuple[str, str]:
    """(segment name, slice name or "whole segment"), safe for the font."""
    segment = next((s for s in ctx.data.segments if s.id == canvas.segment_id), None)
    release = next((s for s in ctx.data.slices if s.id == canvas.slice_id), None)
    name = sanitize_for_font(segment.name.strip()) if segment else "?"
    part = sanitize_for_font(release.name.strip()) if release else _t(ctx, "whole_segment")
    return name, part


def item_code(ctx: ExportContext, item: CanvasItem) -> str:
    return f"{_t(ctx, 'code_' + item.kind.value)}{item.rank}"


# --------------------------------------------------------------------------- drawing helpers


def _label(
    painter: Painter,
    text: str,
    x: float,
    top: float,
    width: float,
    size: float,
    color: RGB = MUTED,
    style: FontStyle = "bold",
) -> float:
    """One line of text ellipsized to `width`; returns the y below it."""
    line, _ = fit_single_line(text, measurer(painter, style), width, size)
    painter.text(x, top + FONT_ASCENT * size, line, size=size, color=color, style=style)
    return top + size * 1.3


def _paragraph(
    painter: Painter,
    text: str,
    box: Rect,
    start: float,
    floor: float,
    color: RGB = INK,
    style: FontStyle = "regular",
) -> float:
    """Text fitted into `box` (shrinking, then ellipsis); returns the y below it."""
    fitted = fit_text(
        sanitize_for_font(text), measurer(painter, style), box.width, box.height, start, floor
    )
    y = box.y
    for line in fitted.lines:
        start, align = line_start(line, box.x, box.right)
        painter.text(
            start,
            y + FONT_ASCENT * fitted.font_size,
            line,
            size=fitted.font_size,
            color=color,
            style=style,
            align=align,
        )
        y += fitted.line_height
    return y


@dataclass(frozen=True)
class _Entry:
    code: str
    text: str
    color: RGB = INK


def _entry_lines(
    painter: Painter, entries: Sequence[_Entry], width: float, size: float, code_width: float
) -> tuple[list[list[str]], bool]:
    """Each entry wrapped (at most MAX_ENTRY_LINES); True when any had to be shortened."""
    measure = measurer(painter)
    wrapped = []
    shortened = False
    for entry in entries:
        lines, more = wrap_text(entry.text, measure, size, width - code_width, MAX_ENTRY_LINES)
        if more and lines:
            lines[-1] = ellipsize(lines[-1], measure, size, width - code_width)
            shortened = True
        wrapped.append(lines or [""])
    return wrapped, shortened


def _draw_entries(
    painter: Painter,
    ctx: ExportContext,
    box: Rect,
    entries: Sequence[_Entry],
    start: float,
    floor: float,
) -> None:
    """Coded entries ("P1 text") top to bottom at the largest size that shows them all."""
    if not entries:
        _label(painter, _t(ctx, "empty_list"), box.x, box.y, box.width, floor, MUTED, "regular")
        return
    bold = measurer(painter, "bold")
    chosen = floor
    for size in candidate_sizes(start, floor, 0.5):
        code_width = max(bold(e.code, size) for e in entries) + size * 0.6
        attempt, shortened = _entry_lines(painter, entries, box.width, size, code_width)
        if not shortened and sum(len(entry) for entry in attempt) * size * 1.22 <= box.height:
            chosen = size
            break
    size = chosen
    line_height = size * 1.22
    code_width = max(bold(e.code, size) for e in entries) + size * 0.6
    wrapped, _ = _entry_lines(painter, entries, box.width, size, code_width)
    y = box.y
    for index, (entry, entry_lines) in enumerate(zip(entries, wrapped, strict=True)):
        left = len(entries) - index
        if y + line_height * len(entry_lines) > box.bottom + 0.01:
            more = _t(ctx, "more", count=left)
            painter.text(box.x, y + FONT_ASCENT * size, more, size=size, color=MUTED)
            return
        painter.text(
            box.x, y + FONT_ASCENT * size, entry.code, size=size, color=entry.color, style="bold"
        )
        for line in entry_lines:
            start, align = line_start(line, box.x + code_width, box.right)
            painter.text(
                start, y + FONT_ASCENT * size, line, size=size, color=entry.color, align=align
            )
            y += line_height


def _entries_for(
    ctx: ExportContext, items: list[CanvasItem], kind: CanvasItemKind, report: FitReport
) -> list[_Entry]:
    codes = {i.id: item_code(ctx, i) for i in items}
    missing = set(report.unaddressed_top)
    result = []
    for item in ranked(items, kind):
        text = sanitize_for_font(" ".join(item.text.split()))
        if kind is K.JOB and item.job_type is not None:
            text += f" ({_t(ctx, 'job_' + item.job_type.value)})"
        if item.addresses:
            linked = [codes[t] for t in item.addresses if t in codes]
            if linked:
                text += "  → " + ", ".join(linked)
        color = INK
        if item.id in missing:  # marked by a symbol too: greyscale prints lose the red
            text = f"✗ {text}"
            color = UNADDRESSED_INK
        result.append(_Entry(item_code(ctx, item), text, color))
    return result


# --------------------------------------------------------------------------- the board page


def _draw_card(painter: Painter, ctx: ExportContext, canvas: Canvas, box: Rect) -> None:
    """The chosen hero as an archetype card, in its motivation's colours."""
    s = ctx.ui_scale
    hero = catalogue().get(canvas.archetype)
    if hero is None:
        painter.rect(box, fill=NO_HERO_FILL, stroke=PANEL_STROKE, width=0.6, radius=6.0 * s)
        inner = box.inset(8.0 * s)
        y = _label(painter, _t(ctx, "hero"), inner.x, inner.y, inner.width, 7.5 * s)
        _label(
            painter,
            _t(ctx, "no_hero"),
            inner.x,
            y + 2.0 * s,
            inner.width,
            10.0 * s,
            MUTED,
            "regular",
        )
        return
    strong, light = MOTIVATION_INK[hero.motivation]
    painter.rect(box, fill=light, stroke=strong, width=1.2, radius=6.0 * s)
    painter.rect(Rect(box.x, box.y, 5.0 * s, box.height), fill=strong)
    inner = Rect(box.x + 12.0 * s, box.y + 8.0 * s, box.width - 20.0 * s, box.height - 16.0 * s)
    text = hero.text(ctx.language)
    y = _label(painter, _t(ctx, "hero"), inner.x, inner.y, inner.width, 7.5 * s)
    y = _label(painter, sanitize_for_font(text.name), inner.x, y, inner.width, 16.0 * s, strong)
    second = catalogue().get(canvas.secondary_archetype)
    if second is not None:
        name = sanitize_for_font(second.name(ctx.language))
        size = 9.0 * s
        box_two_lines = Rect(inner.x, y, inner.width, size * 1.2 * 2)  # a long name may wrap
        y = _paragraph(painter, _t(ctx, "second_voice", name=name), box_two_lines, size, 7.0 * s)
    motivation = catalogue().motivation(hero.motivation)
    if motivation is not None:
        size = 8.5 * s
        two_lines = Rect(inner.x, y, inner.width, size * 1.2 * 2)
        motivation_name = motivation.text(ctx.language).name
        y = _paragraph(painter, motivation_name, two_lines, size, 6.5 * s, MUTED)
    fields = [
        ("desire", text.desire),
        ("fear", text.fear),
        ("gift", text.gift),
        ("voice", ", ".join(text.voice)),
    ]
    share = (inner.bottom - y) / len(fields)
    for key, value in fields:
        y += 3.0 * s
        top = _label(painter, _t(ctx, key), inner.x, y, inner.width, 7.0 * s, strong)
        body = Rect(inner.x, top, inner.width, max(1.0, y + share - top - 3.0 * s))
        style: FontStyle = "italic" if key == "voice" else "regular"
        _paragraph(painter, value, body, 11.0 * s, 6.5 * s, INK, style)
        y += share - 3.0 * s


def _draw_statement(
    painter: Painter, ctx: ExportContext, canvas: Canvas, items: list[CanvasItem], box: Rect
) -> None:
    s = ctx.ui_scale
    painter.rect(box, fill=WHITE, stroke=PANEL_STROKE, width=0.6, radius=6.0 * s)
    inner = box.inset(9.0 * s, 7.0 * s)
    final = canvas.statement.strip()
    if final:
        y = _label(painter, _t(ctx, "statement"), inner.x, inner.y, inner.width, 7.5 * s)
        _paragraph(
            painter, final, Rect(inner.x, y, inner.width, inner.bottom - y), 16.0 * s, 7.0 * s
        )
        return
    segment = next((g for g in ctx.data.segments if g.id == canvas.segment_id), None)
    draft = adlib_statement(canvas, segment, items, ctx.language)
    y = _label(painter, _t(ctx, "draft"), inner.x, inner.y, inner.width, 7.5 * s)
    _paragraph(
        painter,
        draft,
        Rect(inner.x, y, inner.width, inner.bottom - y),
        13.0 * s,
        7.0 * s,
        MUTED,
        "italic",
    )


def _draw_canvas_grid(
    painter: Painter, ctx: ExportContext, items: list[CanvasItem], report: FitReport, box: Rect
) -> None:
    """Value map (left) facing the customer profile (right), row by row."""
    s = ctx.ui_scale
    gap = 6.0 * s
    header = 11.0 * s
    half = (box.width - gap) / 2
    for column, key in enumerate(("value_map", "profile")):
        _label(painter, _t(ctx, key), box.x + column * (half + gap), box.y, half, 7.5 * s)
    top = box.y + header
    # Rows share the height by how many items their fuller side holds (at least two).
    weights = [max(2, *(len(ranked(items, k)) for k in kinds)) + 1.5 for kinds in CANVAS_ROWS]
    free = box.bottom - top - gap * (len(CANVAS_ROWS) - 1)
    row_top = top
    for kinds, weight in zip(CANVAS_ROWS, weights, strict=True):
        row_height = free * weight / sum(weights)
        for column, kind in enumerate(kinds):
            cell = Rect(box.x + column * (half + gap), row_top, half, row_height)
            radius = 10.0 * s if column else 3.0 * s  # the circle side is rounder
            painter.rect(
                cell,
                fill=PROFILE_FILL if column else MAP_FILL,
                stroke=PANEL_STROKE,
                width=0.5,
                radius=radius,
            )
            inner = cell.inset(7.0 * s, 5.0 * s)
            y = _label(
                painter, _t(ctx, "kind_" + kind.value), inner.x, inner.y, inner.width, 9.0 * s, INK
            )
            body = Rect(inner.x, y + 1.0 * s, inner.width, max(1.0, inner.bottom - y - 1.0 * s))
            _draw_entries(
                painter, ctx, body, _entries_for(ctx, items, kind, report), 10.0 * s, 5.5 * s
            )
        row_top += row_height + gap


def _draw_panel(painter: Painter, ctx: ExportContext, canvas: Canvas, box: Rect) -> None:
    s = ctx.ui_scale
    items = value_flow.canvas_items(ctx.data, canvas.id)
    report = fit(items)
    painter.rect(box, fill=WHITE, stroke=PANEL_STROKE, width=0.8, radius=8.0 * s)
    inner = box.inset(10.0 * s, 9.0 * s)
    name, part = canvas_title(ctx, canvas)
    title_size = 14.0 * s
    bold = measurer(painter, "bold")
    fit_line = (
        _t(
            ctx,
            "fit",
            done=report.top_addressed,
            total=report.top_total,
            percent=report.fit_percent,
        )
        if report.fit_percent is not None
        else _t(ctx, "fit_none")
    )
    full_title = f"{name}  ·  {part}"
    # A long segment name first shrinks a little, then is shortened with an ellipsis.
    for size in candidate_sizes(title_size, 10.0 * s, 0.5):
        if painter.measure(full_title, size, "bold") <= inner.width:
            title_size = size
            break
    else:
        title_size = 10.0 * s
    title, _ = fit_single_line(full_title, bold, inner.width, title_size)
    painter.text(inner.x, inner.y + FONT_ASCENT * title_size, title, size=title_size, style="bold")
    y = inner.y + title_size * 1.35
    # The fit sits under the title (green when complete, red otherwise), so neither is cut.
    fit_color = FIT_COMPLETE_INK if report.fit_percent == 100 else UNADDRESSED_INK
    y = _label(painter, fit_line, inner.x, y, inner.width, 9.0 * s, fit_color)
    if report.unaddressed_top:
        y = _label(
            painter,
            _t(ctx, "not_addressed"),
            inner.x,
            y,
            inner.width,
            7.5 * s,
            UNADDRESSED_INK,
            "regular",
        )
    painter.line(inner.x, y + 1.0 * s, inner.right, y + 1.0 * s, color=RULE, width=0.5)
    body = Rect(inner.x, y + 6.0 * s, inner.width, inner.bottom - y - 6.0 * s)
    gap = 8.0 * s
    card_width = min(body.width * 0.3, 230.0 * s)
    _draw_card(painter, ctx, canvas, Rect(body.x, body.y, card_width, body.height))
    right = Rect(body.x + card_width + gap, body.y, body.width - card_width - gap, body.height)
    statement_height = right.height * 0.28
    _draw_statement(
        painter, ctx, canvas, items, Rect(right.x, right.y, right.width, statement_height)
    )
    _draw_canvas_grid(
        painter,
        ctx,
        items,
        report,
        Rect(
            right.x,
            right.y + statement_height + gap,
            right.width,
            right.height - statement_height - gap,
        ),
    )


def panel_grid(count: int, frame: Rect) -> list[Rect]:
    """Rectangles for `count` panels: one fills the frame, two sit side by side on a wide
    frame (stacked on a tall one), more fill a near-square grid."""
    if count <= 0:
        return []
    wide = frame.width >= frame.height
    if count == 1:
        columns = 1
    elif count == 2:
        columns = 2 if wide else 1
    else:
        columns = max(1, round(math.sqrt(count * (frame.width / frame.height) * 0.7)))
    rows = math.ceil(count / columns)
    gap = min(frame.width, frame.height) * 0.015
    width = (frame.width - gap * (columns - 1)) / columns
    height = (frame.height - gap * (rows - 1)) / rows
    return [
        Rect(
            frame.x + (i % columns) * (width + gap),
            frame.y + (i // columns) * (height + gap),
            width,
            height,
        )
        for i in range(count)
    ]


def value_subpages(ctx: ExportContext, board: Board) -> list[tuple[str, object]]:
    """In a PDF each canvas gets a page of its own, titled by its segment (and slice)."""
    return [(" · ".join(canvas_title(ctx, c)), c.id) for c in ordered_canvases(ctx)]


def draw_value(canvas: Painter, ctx: ExportContext, board: Board, frame_rect: Rect) -> None:
    """The value propositions: one canvas on its own page, or all of them as panels."""
    canvases = ordered_canvases(ctx)
    if ctx.subpage is not None:
        canvases = [c for c in canvases if c.id == ctx.subpage]
    if not canvases:
        size = 12.0 * ctx.ui_scale
        canvas.text(
            frame_rect.x + frame_rect.width / 2,
            frame_rect.y + frame_rect.height / 2,
            _t(ctx, "no_canvases"),
            size=size,
            color=MUTED,
            align="centre",
        )
        return
    for value_canvas, box in zip(canvases, panel_grid(len(canvases), frame_rect), strict=True):
        _draw_panel(canvas, ctx, value_canvas, box)


# --------------------------------------------------------------------------- the report


def _hero_line(ctx: ExportContext, canvas: Canvas) -> tuple[str, Archetype | None]:
    hero = catalogue().get(canvas.archetype)
    if hero is None:
        return _t(ctx, "no_hero"), None
    second = catalogue().get(canvas.secondary_archetype)
    name = hero.name(ctx.language)
    if second is None:
        return _t(ctx, "summary_hero", name=name), hero
    return _t(ctx, "summary_hero_two", name=name, second=second.name(ctx.language)), hero


def value_section(ctx: ExportContext) -> pdf.ReportSection | None:
    """One subsection per canvas: hero, statement, both templates and the items."""
    canvases = ordered_canvases(ctx)
    if not canvases:
        return None
    section = pdf.ReportSection(_t(ctx, "summary_title"))
    for canvas in canvases:
        items = value_flow.canvas_items(ctx.data, canvas.id)
        report = fit(items)
        segment = next((g for g in ctx.data.segments if g.id == canvas.segment_id), None)
        name, part = canvas_title(ctx, canvas)
        blocks: list[pdf.Block] = [pdf.Heading(f"{name} · {part}", 2)]
        hero_text, hero = _hero_line(ctx, canvas)
        blocks.append(pdf.Para(hero_text, style="bold", keep_with_next=True))
        if hero is not None:
            words = ", ".join(hero.text(ctx.language).voice)
            blocks.append(pdf.Para(_t(ctx, "summary_voice", words=words), color=MUTED))
        if report.fit_percent is not None:
            blocks.append(
                pdf.Para(
                    _t(
                        ctx,
                        "fit",
                        done=report.top_addressed,
                        total=report.top_total,
                        percent=report.fit_percent,
                    )
                )
            )
        blocks.append(pdf.Para(_t(ctx, "summary_statement"), style="bold", keep_with_next=True))
        statement = canvas.statement.strip()
        blocks.append(
            pdf.Para(
                statement or _t(ctx, "summary_no_statement"),
                indent=1,
                color=INK if statement else MUTED,
            )
        )
        for key, text in (
            ("summary_adlib", adlib_statement(canvas, segment, items, ctx.language)),
            ("summary_positioning", positioning_statement(canvas, segment, items, ctx.language)),
        ):
            blocks.append(pdf.Para(_t(ctx, key), style="bold", keep_with_next=True))
            blocks.append(pdf.Para(text, indent=1, color=MUTED))
        blocks.append(_items_table(ctx, items, report))
        section.blocks += blocks
    return section


def _items_table(ctx: ExportContext, items: list[CanvasItem], report: FitReport) -> pdf.Table:
    codes = {i.id: item_code(ctx, i) for i in items}
    rows: list[list[pdf.Cell]] = []
    for kind in (K.JOB, K.PAIN, K.GAIN, K.PRODUCT, K.RELIEVER, K.CREATOR):
        for item in ranked(items, kind):
            text = " ".join(item.text.split())
            if kind is K.JOB and item.job_type is not None:
                text += f" ({_t(ctx, 'job_' + item.job_type.value)})"
            if item.addresses:
                links = ", ".join(codes[t] for t in item.addresses if t in codes)
            else:
                links = ", ".join(codes[s] for s in report.addressed_by.get(item.id, []))
                if not links and item.id in report.unaddressed_top:
                    links = _t(ctx, "summary_not_addressed")
            rows.append([codes[item.id], _t(ctx, "kind_" + kind.value), text, links])
    return pdf.Table(
        [
            pdf.Column("#", 0.6),
            pdf.Column(_t(ctx, "summary_part"), 2.2),
            pdf.Column(_t(ctx, "summary_item"), 7.0, max_lines=4),
            pdf.Column(_t(ctx, "summary_links"), 2.2),
        ],
        rows,
    )


def register() -> None:
    """Plug the page and the summary section into the export (idempotent). No extent:
    the panels are laid out to the page, never tiled."""
    layout.BOARD_DRAWERS[BoardKind.VALUE] = draw_value
    layout.BOARD_SUBPAGES[BoardKind.VALUE] = value_subpages
    layout.BOARD_EXTENTS.pop(BoardKind.VALUE, None)
    if value_section not in pdf.SUMMARY_SECTIONS:
        pdf.SUMMARY_SECTIONS.append(value_section)


register()
