"""The prioritisation board on paper: Kano, the impact/effort 2x2 and the release slices.

One page holds three panels: the Kano view (the Better/Worse scatter beside the
candidates grouped by class, with the dated drift note), the 2x2 with the candidates
where the room placed them, and the release slices with their budgets, gauges, MoSCoW
labels and warnings. The report also gains a summary table of the candidates.

Everything the page shows comes from `prioritise_flow.board_summary`, like the screen.
All user text is drawn with the painter's text calls after `sanitize_for_font`, fitted
with the `textfit` helpers; nothing goes through ReportLab markup.

Importing this module registers the page in `layout.BOARD_DRAWERS` and the summary in
`pdf.SUMMARY_SECTIONS`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.domain import kano, prioritise, prioritise_flow
from app.domain.kano import KanoCategory
from app.domain.model import Board, BoardKind
from app.domain.prioritise import Candidate, MoSCoW, Quadrant
from app.domain.prioritise_flow import MATRIX_MAX, MATRIX_MIN, BoardSummary
from app.domain.texts import render
from app.export import layout, pdf
from app.export.fonts import FontStyle, sanitize_for_font
from app.export.layout import (
    FONT_ASCENT,
    INK,
    MUTED,
    RGB,
    RULE,
    WHITE,
    Align,
    ExportContext,
    Painter,
    Rect,
    measurer,
)
from app.export.textfit import FittedText, fit_single_line, fit_text, wrap_text

MESSAGES: dict[str, dict[str, str]] = {
    "kano_title": {"en": "Kano: Better / Worse", "ru": "Кано: Better / Worse"},
    "classes_title": {"en": "Kano classes", "ru": "Классы Кано"},
    "matrix_title": {"en": "Impact / effort", "ru": "Влияние / трудоёмкость"},
    "slices_title": {"en": "Release slices", "ru": "Срезы релиза"},
    "better_axis": {"en": "Better ↑", "ru": "Better ↑"},
    "worse_axis": {"en": "Worse →", "ru": "Worse →"},
    "effort_axis": {"en": "Impact ↑  ·  Effort →", "ru": "Влияние ↑  ·  Трудоёмкость →"},
    "not_plotted": {
        "en": "Without questionnaire answers (not plotted): {count}",
        "ru": "Без ответов анкеты (не на графике): {count}",
    },
    "quick_only": {
        "en": "Italic: from the quick sort only.",
        "ru": "Курсив: только по быстрой сортировке.",
    },
    "not_placed": {"en": "Not placed yet: {count}", "ru": "Ещё не размещены: {count}"},
    "not_sorted": {"en": "Not sorted yet", "ru": "Ещё не классифицированы"},
    "no_slice": {"en": "Not in a slice", "ru": "Вне срезов"},
    "used_of": {"en": "{used} of {budget} person-months", "ru": "{used} из {budget} чел.-мес."},
    "used_only": {"en": "{used} person-months, no budget", "ru": "{used} чел.-мес., без бюджета"},
    "more": {"en": "+ {count} more", "ru": "и ещё {count}"},
    "no_candidates": {
        "en": "No candidates on this board yet.",
        "ru": "На этой доске пока нет кандидатов.",
    },
    "summary_title": {"en": "Prioritised candidates", "ru": "Приоритизированные кандидаты"},
    "candidate": {"en": "Candidate", "ru": "Кандидат"},
    "origin": {"en": "From", "ru": "Откуда"},
    "kano": {"en": "Kano", "ru": "Кано"},
    "votes": {"en": "Votes", "ru": "Голоса"},
    "score": {"en": "Score ({method})", "ru": "Оценка ({method})"},
    "slice": {"en": "Slice", "ru": "Срез"},
    "moscow": {"en": "MoSCoW", "ru": "MoSCoW"},
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



def _draw_centred_lines(painter: Painter, fitted: FittedText, x: float, card: Rect) -> None:
    """Fitted card text, bold, centred vertically in the card."""
    y = card.y + (card.height - len(fitted.lines) * fitted.line_height) / 2
    for line in fitted.lines:
        painter.text(x, y + FONT_ASCENT * fitted.font_size, line, size=fitted.font_size,
                     style="bold")
        y += fitted.line_height

def _t(ctx: ExportContext, key: str, **params: object) -> str:
    return sanitize_for_font(render(MESSAGES, key, ctx.language, **params))


def _tint(color: RGB, amount: float) -> RGB:
    """`color` mixed with white; amount 0 is white, 1 is the colour."""
    r, g, b = color
    return (
        round(255 - (255 - r) * amount),
        round(255 - (255 - g) * amount),
        round(255 - (255 - b) * amount),
    )


def _category_rgb(category: KanoCategory | None) -> RGB:
    return CATEGORY_RGB[category] if category is not None else UNSORTED_RGB


def _label(
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


def _panel(painter: Painter, rect: Rect, title: str, size: float) -> Rect:
    """A framed panel with a title; returns the area inside it."""
    painter.rect(rect, fill=PANEL_FILL, stroke=PANEL_STROKE, width=0.8, radius=size * 0.5)
    inset = size * 0.7
    _label(
        painter,
        title,
        Rect(rect.x + inset, rect.y + inset * 0.5, rect.width - 2 * inset, size * 1.8),
        size * 1.25,
        INK,
        "bold",
    )
    top = rect.y + inset * 0.5 + size * 2.1
    return Rect(rect.x + inset, top, rect.width - 2 * inset, rect.bottom - inset - top)


# --------------------------------------------------------------------------- Kano


def _draw_scatter(
    painter: Painter, ctx: ExportContext, summary: BoardSummary, area: Rect, size: float
) -> None:
    small = size * 0.85
    plot = Rect(
        area.x + size * 2.6, area.y + size * 1.6, area.width - size * 3.0, area.height - size * 5.8
    )
    half_w, half_h = plot.width / 2, plot.height / 2
    corners = (
        (KanoCategory.A, Rect(plot.x, plot.y, half_w, half_h), "left", True),
        (KanoCategory.O, Rect(plot.x + half_w, plot.y, half_w, half_h), "right", True),
        (KanoCategory.I, Rect(plot.x, plot.y + half_h, half_w, half_h), "left", False),
        (KanoCategory.M, Rect(plot.x + half_w, plot.y + half_h, half_w, half_h), "right", False),
    )
    taken: list[Rect] = []
    for category, rect, align, top in corners:
        painter.rect(rect, fill=_tint(CATEGORY_RGB[category], 0.1))
        name = sanitize_for_font(kano.category_name(category, ctx.language))
        line_rect = Rect(
            rect.x + small * 0.5,
            rect.y + small * 0.3 if top else rect.bottom - small * 1.8,
            rect.width - small,
            small * 1.5,
        )
        width = _label(
            painter,
            name,
            line_rect,
            small,
            CATEGORY_RGB[category],
            "bold",
            "left" if align == "left" else "right",
        )
        x = line_rect.x if align == "left" else line_rect.right - width
        taken.append(Rect(x, line_rect.y, width, line_rect.height))
    painter.rect(plot, fill=None, stroke=RULE, width=0.6)
    painter.line(
        plot.x + half_w,
        plot.y,
        plot.x + half_w,
        plot.bottom,
        color=MUTED,
        width=0.6,
        dash=(3.0, 2.0),
    )
    painter.line(
        plot.x,
        plot.y + half_h,
        plot.right,
        plot.y + half_h,
        color=MUTED,
        width=0.6,
        dash=(3.0, 2.0),
    )
    for step in range(5):
        value = step / 4
        x = plot.x + value * plot.width
        y = plot.bottom - value * plot.height
        painter.text(
            x,
            plot.bottom + small * 1.2,
            "0" if step == 0 else f"−{value:g}",
            size=small * 0.9,
            color=MUTED,
            align="centre",
        )
        painter.text(
            plot.x - small * 0.4,
            y + small * 0.3,
            f"{value:g}",
            size=small * 0.9,
            color=MUTED,
            align="right",
        )
    painter.text(
        plot.x + plot.width / 2,
        plot.bottom + small * 2.6,
        _t(ctx, "worse_axis"),
        size=small,
        style="bold",
        align="centre",
    )
    painter.text(
        area.x, area.y + FONT_ASCENT * small, _t(ctx, "better_axis"), size=small * 0.9, style="bold"
    )
    plotted = 0
    points: list[tuple[float, float, Candidate, KanoCategory | None]] = []
    for candidate in summary.candidates:
        result = summary.results.get(candidate.id)
        if result is None or result.better is None or result.worse is None:
            continue
        x = plot.x + abs(result.worse) * plot.width
        y = plot.bottom - result.better * plot.height
        points.append((x, y, candidate, summary.categories.get(candidate.id)))
    radius = size * 0.38
    taken += [Rect(x - radius, y - radius, 2 * radius, 2 * radius) for x, y, _c, _k in points]
    for x, y, _candidate, point_category in points:
        painter.circle(x, y, radius, fill=_category_rgb(point_category), stroke=WHITE, width=0.8)
    measure = measurer(painter, "bold")
    for x, y, candidate, _category in points:
        plotted += 1
        text, _ = fit_single_line(
            sanitize_for_font(candidate.text), measure, plot.width * 0.46, small
        )
        width = measure(text, small) + small * 0.4
        height = small * 1.35
        options = (
            Rect(x + radius * 1.4, y - height / 2, width, height),
            Rect(x - radius * 1.4 - width, y - height / 2, width, height),
            Rect(x - width / 2, y - radius * 1.4 - height, width, height),
            Rect(x - width / 2, y + radius * 1.4, width, height),
        )
        inside = [
            r
            for r in options
            if r.x >= area.x and r.right <= area.right and r.y >= area.y and r.bottom <= area.bottom
        ] or [options[0]]
        chosen = min(inside, key=lambda r: sum(_overlap(r, other) for other in taken))
        taken.append(chosen)
        painter.rect(chosen, fill=WHITE, radius=small * 0.2)
        painter.text(
            chosen.x + small * 0.2,
            chosen.y + (height - small) / 2 + FONT_ASCENT * small,
            text,
            size=small,
            style="bold",
        )
    missing = len(summary.candidates) - plotted
    if missing:
        painter.text(
            area.right,
            area.bottom - small * 0.2,
            _t(ctx, "not_plotted", count=missing),
            size=small * 0.9,
            color=MUTED,
            align="right",
        )


def _overlap(a: Rect, b: Rect) -> float:
    width = min(a.right, b.right) - max(a.x, b.x)
    height = min(a.bottom, b.bottom) - max(a.y, b.y)
    return max(0.0, width) * max(0.0, height)


def _draw_classes(
    painter: Painter, ctx: ExportContext, summary: BoardSummary, area: Rect, size: float
) -> None:
    """Candidates grouped by their class; italic when only the quick sort says so."""
    small = size * 0.85
    line_height = small * 1.4
    note_lines = _drift_lines(painter, ctx, summary, area.width, small * 0.9)
    bottom = area.bottom - len(note_lines) * small * 1.2 - small * 1.9
    y = area.y
    groups: list[tuple[KanoCategory | None, list[Candidate]]] = []
    for category in (*kano.CATEGORY_ORDER, None):
        members = [c for c in summary.candidates if summary.categories.get(c.id) == category]
        if members:
            groups.append((category, members))
    for category, members in groups:
        if y + line_height * 2 > bottom:
            break
        name = (
            kano.category_name(category, ctx.language)
            if category is not None
            else render(MESSAGES, "not_sorted", ctx.language)
        )
        _label(
            painter,
            f"{sanitize_for_font(name)} · {len(members)}",
            Rect(area.x, y, area.width, line_height),
            small,
            _category_rgb(category),
            "bold",
        )
        y += line_height
        for index, candidate in enumerate(members):
            if y + line_height > bottom:
                _label(
                    painter,
                    _t(ctx, "more", count=len(members) - index),
                    Rect(area.x + small, y, area.width - small, line_height),
                    small,
                    MUTED,
                )
                y += line_height
                break
            quick_only = candidate.id not in summary.results
            _label(
                painter,
                "• " + sanitize_for_font(candidate.text),
                Rect(area.x + small * 0.6, y, area.width - small * 0.6, line_height),
                small,
                INK,
                "italic" if quick_only else "regular",
            )
            y += line_height
        y += small * 0.4
    y = max(y, bottom) + small * 0.3
    painter.text(
        area.x,
        y + FONT_ASCENT * small * 0.9,
        _t(ctx, "quick_only"),
        size=small * 0.9,
        color=MUTED,
        style="italic",
    )
    y += small * 1.5
    for line in note_lines:
        painter.text(
            area.x, y + FONT_ASCENT * small * 0.9, line, size=small * 0.9, color=WARNING_INK
        )
        y += small * 1.2


def _drift_lines(
    painter: Painter, ctx: ExportContext, summary: BoardSummary, width: float, size: float
) -> list[str]:
    if not summary.results_date:
        return []
    note = sanitize_for_font(kano.drift_note(summary.results_date, ctx.language))
    lines, _more = wrap_text(note, measurer(painter), size, width, 4)
    return lines


# --------------------------------------------------------------------------- 2x2


def _draw_matrix(
    painter: Painter, ctx: ExportContext, summary: BoardSummary, area: Rect, size: float
) -> None:
    small = size * 0.85
    plot = Rect(area.x, area.y + small * 1.9, area.width, area.height - small * 3.8)
    half_w, half_h = plot.width / 2, plot.height / 2
    quadrants = (
        (Quadrant.QUICK_WINS, Rect(plot.x, plot.y, half_w, half_h), "left", True),
        (Quadrant.BIG_BETS, Rect(plot.x + half_w, plot.y, half_w, half_h), "right", True),
        (Quadrant.FILL_INS, Rect(plot.x, plot.y + half_h, half_w, half_h), "left", False),
        (
            Quadrant.MONEY_PITS,
            Rect(plot.x + half_w, plot.y + half_h, half_w, half_h),
            "right",
            False,
        ),
    )
    for quadrant, rect, align, top in quadrants:
        painter.rect(rect, fill=QUADRANT_FILL[quadrant])
        band = (
            Rect(rect.x, area.y, rect.width, small * 1.8)
            if top
            else Rect(rect.x, plot.bottom + small * 0.1, rect.width, small * 1.8)
        )
        name = sanitize_for_font(prioritise.quadrant_name(quadrant, ctx.language))
        _label(
            painter,
            name,
            band,
            size,
            QUADRANT_INK[quadrant],
            "bold",
            "left" if align == "left" else "right",
        )
    painter.line(plot.x + half_w, plot.y, plot.x + half_w, plot.bottom, color=RULE, width=1.0)
    painter.line(plot.x, plot.y + half_h, plot.right, plot.y + half_h, color=RULE, width=1.0)
    painter.text(
        plot.x + half_w,
        plot.bottom + small * 1.3,
        _t(ctx, "effort_axis"),
        size=small,
        style="bold",
        align="centre",
    )

    placed = [c for c in summary.candidates if c.impact is not None and c.effort is not None]
    card_width = min(plot.width * 0.2, size * 11)
    card_height = small * 2.5
    text_size = small * 0.78  # one size for every card: the 2x2 compares, so cards match
    span = MATRIX_MAX - MATRIX_MIN
    taken: list[Rect] = []
    regular = measurer(painter, "bold")
    for candidate in placed:
        assert candidate.impact is not None and candidate.effort is not None
        cx = plot.x + (candidate.effort - MATRIX_MIN) / span * plot.width
        cy = plot.bottom - (candidate.impact - MATRIX_MIN) / span * plot.height
        card = _free_spot(cx, cy, card_width, card_height, plot, taken)
        taken.append(card)
        painter.rect(card, fill=WHITE, stroke=PANEL_STROKE, width=0.5, radius=small * 0.25)
        painter.rect(
            Rect(card.x, card.y, small * 0.35, card.height),
            fill=_category_rgb(summary.categories.get(candidate.id)),
        )
        fitted = fit_text(
            sanitize_for_font(candidate.text),
            regular,
            card.width - small * 1.0,
            card.height - small * 0.3,
            text_size,
            text_size,
        )
        _draw_centred_lines(painter, fitted, card.x + small * 0.6, card)
    unplaced = len(summary.candidates) - len(placed)
    if unplaced:
        painter.text(
            area.right,
            area.bottom - small * 0.2,
            _t(ctx, "not_placed", count=unplaced),
            size=small * 0.9,
            color=MUTED,
            align="right",
        )


def _free_spot(
    cx: float, cy: float, width: float, height: float, plot: Rect, taken: Sequence[Rect]
) -> Rect:
    """A card at its place inside the plot, shifted a row up or down when it would cover
    another card (the page shows every card; the stored position is unchanged)."""

    def at(y: float) -> Rect:
        x = min(max(cx - width / 2, plot.x + 1), plot.right - width - 1)
        top = min(max(y - height / 2, plot.y + 1), plot.bottom - height - 1)
        return Rect(x, top, width, height)

    step = height * 1.08
    for shift in (0, 1, -1, 2, -2, 3, -3):
        card = at(cy + shift * step)
        if not any(card.intersects(other) for other in taken):
            return card
    return at(cy)


# --------------------------------------------------------------------------- slices


@dataclass(frozen=True)
class _SliceColumn:
    title: str
    color: RGB
    detail: str
    gauge: float | None
    warnings: tuple[str, ...]
    members: list[Candidate]


def _slice_columns(ctx: ExportContext, summary: BoardSummary) -> list[_SliceColumn]:
    language = ctx.language
    rank = {m.value: i for i, m in enumerate(MoSCoW)}

    def order(candidate: Candidate) -> tuple[int, float, int]:
        score = summary.scores.get(candidate.id)
        return (
            rank.get(candidate.moscow or "", len(rank)),
            -(score if score is not None else -1.0),
            candidate.id,
        )

    ordered = sorted(summary.candidates, key=order)
    slice_ids = {s.id for s in summary.slices}
    columns: list[_SliceColumn] = []
    loose = [c for c in ordered if c.slice_id not in slice_ids]
    if loose:
        columns.append(_SliceColumn(_t(ctx, "no_slice"), UNSORTED_RGB, "", None, (), loose))
    for index, release_slice in enumerate(summary.slices):
        load = summary.loads[release_slice.id]
        used = prioritise.format_number(load.used, language)
        if release_slice.budget > 0:
            budget = prioritise.format_number(release_slice.budget, language)
            detail = _t(ctx, "used_of", used=used, budget=budget)
        else:
            detail = _t(ctx, "used_only", used=used)
        columns.append(
            _SliceColumn(
                sanitize_for_font(release_slice.name),
                SLICE_RGB[index % len(SLICE_RGB)],
                detail,
                load.fraction,
                tuple(sanitize_for_font(w) for w in prioritise.slice_warnings(load, language)),
                [c for c in ordered if c.slice_id == release_slice.id],
            )
        )
    return columns


def _draw_slices(
    painter: Painter, ctx: ExportContext, summary: BoardSummary, area: Rect, size: float
) -> None:
    columns = _slice_columns(ctx, summary)
    if not columns:
        return
    small = size * 0.85
    gap = size * 0.6
    width = (area.width - gap * (len(columns) - 1)) / len(columns)
    regular = measurer(painter)
    header_height = small * 5.2
    for index, column in enumerate(columns):
        rect = Rect(area.x + index * (width + gap), area.y, width, area.height)
        painter.rect(rect, fill=(234, 230, 220), radius=small * 0.4)
        header = Rect(rect.x, rect.y, rect.width, header_height)
        painter.rect(header, fill=column.color, radius=small * 0.4)
        inset = small * 0.5
        _label(
            painter,
            column.title,
            Rect(header.x + inset, header.y + inset * 0.4, header.width - 2 * inset, size * 1.5),
            size * 1.1,
            WHITE,
            "bold",
        )
        if column.detail:
            _label(
                painter,
                column.detail,
                Rect(
                    header.x + inset, header.y + size * 1.7, header.width - 2 * inset, small * 1.4
                ),
                small,
                WHITE,
            )
        if column.gauge is not None:
            track = Rect(
                header.x + inset,
                header.y + size * 1.7 + small * 1.7,
                header.width - 2 * inset,
                small * 0.6,
            )
            painter.rect(track, fill=WHITE, stroke=None, radius=small * 0.3)
            fill = Rect(
                track.x, track.y, track.width * max(0.0, min(1.0, column.gauge)), track.height
            )
            gauge_color = (
                (110, 200, 140)
                if column.gauge <= 0.9
                else (253, 224, 138)
                if column.gauge <= 1.0
                else (252, 165, 165)
            )
            painter.rect(fill, fill=gauge_color, stroke=None, radius=small * 0.3)
        y = header.bottom + inset
        warning_lines: list[str] = []
        for warning in column.warnings:
            lines, _more = wrap_text(warning, regular, small * 0.85, rect.width - 3 * inset, 3)
            warning_lines += lines
        if warning_lines:
            box = Rect(
                rect.x + inset, y, rect.width - 2 * inset, len(warning_lines) * small + small * 0.6
            )
            painter.rect(box, fill=WARNING_FILL, radius=small * 0.3)
            line_y = box.y + small * 0.3
            for line in warning_lines:
                painter.text(
                    box.x + inset * 0.5,
                    line_y + FONT_ASCENT * small * 0.85,
                    line,
                    size=small * 0.85,
                    color=WARNING_INK,
                    style="bold",
                )
                line_y += small
            y = box.bottom + inset
        _draw_slice_cards(
            painter,
            ctx,
            summary,
            column.members,
            Rect(rect.x + inset, y, rect.width - 2 * inset, rect.bottom - inset - y),
            small,
        )


def _draw_slice_cards(
    painter: Painter,
    ctx: ExportContext,
    summary: BoardSummary,
    members: list[Candidate],
    area: Rect,
    small: float,
) -> None:
    card_height = small * 2.9
    gap = small * 0.35
    capacity = max(0, int((area.height + gap) // (card_height + gap)))
    shown = members if len(members) <= capacity else members[: max(0, capacity - 1)]
    bold = measurer(painter, "bold")
    y = area.y
    for candidate in shown:
        card = Rect(area.x, y, area.width, card_height)
        painter.rect(card, fill=WHITE, stroke=PANEL_STROKE, width=0.5, radius=small * 0.25)
        painter.rect(
            Rect(card.x, card.y, small * 0.35, card.height),
            fill=_category_rgb(summary.categories.get(candidate.id)),
        )
        tag = ""
        tag_width = 0.0
        if candidate.moscow:
            tag = sanitize_for_font(prioritise.moscow_name(candidate.moscow, ctx.language))
            tag_width = bold(tag, small * 0.7) + small * 0.8
            chip = Rect(
                card.right - tag_width - small * 0.3, card.y + small * 0.3, tag_width, small * 1.1
            )
            painter.rect(chip, fill=MOSCOW_RGB.get(candidate.moscow, MUTED), radius=small * 0.3)
            painter.text(
                chip.x + chip.width / 2,
                chip.y + small * 0.28 + FONT_ASCENT * small * 0.7,
                tag,
                size=small * 0.7,
                color=WHITE,
                style="bold",
                align="centre",
            )
        fitted = fit_text(
            sanitize_for_font(candidate.text),
            bold,
            card.width - small * 1.0 - tag_width - small * 0.3,
            card.height - small * 0.4,
            small * 0.85,
            small * 0.6,
        )
        _draw_centred_lines(painter, fitted, card.x + small * 0.6, card)
        y += card_height + gap
    hidden = len(members) - len(shown)
    if hidden:
        painter.text(
            area.x + small * 0.3,
            y + FONT_ASCENT * small,
            _t(ctx, "more", count=hidden),
            size=small,
            color=MUTED,
            style="bold",
        )


# --------------------------------------------------------------------------- page


def draw_prioritise(canvas: Painter, ctx: ExportContext, board: Board, frame_rect: Rect) -> None:
    """The prioritisation page: Kano (scatter + classes) and the 2x2 above, slices below."""
    summary = prioritise_flow.board_summary(ctx.data, board.id)
    size = 9.0 * ctx.ui_scale
    if not summary.candidates:
        canvas.text(
            frame_rect.x + frame_rect.width / 2,
            frame_rect.y + frame_rect.height / 2,
            _t(ctx, "no_candidates"),
            size=size * 1.3,
            color=MUTED,
            align="centre",
        )
        return
    gap = size * 0.8
    top_height = frame_rect.height * 0.55
    widths = (0.32, 0.22, 0.46)
    free = frame_rect.width - 2 * gap
    x = frame_rect.x
    panels: list[Rect] = []
    for share in widths:
        panels.append(Rect(x, frame_rect.y, free * share, top_height))
        x += free * share + gap
    scatter_area = _panel(canvas, panels[0], _t(ctx, "kano_title"), size)
    _draw_scatter(canvas, ctx, summary, scatter_area, size)
    classes_area = _panel(canvas, panels[1], _t(ctx, "classes_title"), size)
    _draw_classes(canvas, ctx, summary, classes_area, size)
    matrix_area = _panel(canvas, panels[2], _t(ctx, "matrix_title"), size)
    _draw_matrix(canvas, ctx, summary, matrix_area, size)
    bottom = Rect(
        frame_rect.x,
        frame_rect.y + top_height + gap,
        frame_rect.width,
        frame_rect.height - top_height - gap,
    )
    slices_area = _panel(canvas, bottom, _t(ctx, "slices_title"), size)
    _draw_slices(canvas, ctx, summary, slices_area, size)


# --------------------------------------------------------------------------- report summary


def candidates_section(ctx: ExportContext) -> pdf.ReportSection | None:
    """Every prioritisation board's candidates with Kano class, votes, score and slice,
    MVP 1 first, best score first within a slice; plus the Pareto headline."""
    boards = sorted(
        (b for b in ctx.data.boards if b.kind == BoardKind.PRIORITISE),
        key=lambda b: (b.position, b.id),
    )
    summaries = [prioritise_flow.board_summary(ctx.data, b.id) for b in boards]
    if not any(s.candidates for s in summaries):
        return None
    section = pdf.ReportSection(_t(ctx, "summary_title"))
    for board, summary in zip(boards, summaries, strict=True):
        if not summary.candidates:
            continue
        if len(boards) > 1:
            section.blocks.append(pdf.Heading(ctx.board_title(board), 2, bookmark=False))
        rows = candidate_rows(ctx, summary)
        section.blocks.append(
            pdf.Table(
                [
                    pdf.Column("#", 0.5, "right"),
                    pdf.Column(_t(ctx, "candidate"), 6.0, max_lines=3),
                    pdf.Column(_t(ctx, "origin"), 2.6, max_lines=2),
                    pdf.Column(_t(ctx, "kano"), 2.2, max_lines=2),
                    pdf.Column(_t(ctx, "votes"), 1.0, "right"),
                    pdf.Column(_t(ctx, "score", method=summary.method.upper()), 1.4, "right"),
                    pdf.Column(_t(ctx, "slice"), 1.6, max_lines=2),
                    pdf.Column(_t(ctx, "moscow"), 1.8, max_lines=2),
                ],
                rows,
            )
        )
        pareto_rows = prioritise_flow.pareto_rows(ctx.data, board.id)
        if pareto_rows:
            section.blocks.append(
                pdf.Para(prioritise.top_share_text(pareto_rows, ctx.language), style="bold")
            )
        if summary.results_date:
            section.blocks.append(
                pdf.Para(kano.drift_note(summary.results_date, ctx.language), color=MUTED)
            )
    return section


def candidate_rows(ctx: ExportContext, summary: BoardSummary) -> list[list[pdf.Cell]]:
    """Table rows in slice order (slices left to right, then the unsliced), score first."""
    language = ctx.language
    position = {s.id: i for i, s in enumerate(summary.slices)}

    def order(candidate: Candidate) -> tuple[int, float, int]:
        score = summary.scores.get(candidate.id)
        return (
            position.get(candidate.slice_id, len(position))
            if candidate.slice_id is not None
            else len(position),
            -(score if score is not None else -1.0),
            candidate.id,
        )

    rows: list[list[pdf.Cell]] = []
    for rank, candidate in enumerate(sorted(summary.candidates, key=order), start=1):
        category = summary.categories.get(candidate.id)
        score = summary.scores.get(candidate.id)
        try:
            origin = prioritise.origin_name(candidate.origin, language)
        except ValueError:
            origin = candidate.origin
        rows.append(
            [
                str(rank),
                candidate.text,
                origin,
                kano.category_name(category, language) if category is not None else "",
                str(summary.votes.get(candidate.id, 0)),
                prioritise.format_number(score, language) if score is not None else "",
                summary.slice_name(candidate.slice_id),
                prioritise.moscow_name(candidate.moscow, language) if candidate.moscow else "",
            ]
        )
    return rows


def register() -> None:
    """Plug the page and the summary into the export (idempotent). No extent: one page."""
    layout.BOARD_DRAWERS[BoardKind.PRIORITISE] = draw_prioritise
    layout.BOARD_EXTENTS.pop(BoardKind.PRIORITISE, None)
    if candidates_section not in pdf.SUMMARY_SECTIONS:
        pdf.SUMMARY_SECTIONS.append(candidates_section)


register()
