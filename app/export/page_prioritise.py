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

from dataclasses import dataclass

from app.domain import kano, prioritise, prioritise_flow
from app.domain.kano import KanoCategory
from app.domain.model import Board, BoardKind
from app.domain.prioritise import Candidate, MoSCoW
from app.domain.prioritise_flow import BoardSummary
from app.domain.texts import render
from app.export import layout, pdf
from app.export.fonts import sanitize_for_font
from app.export.layout import (
    FONT_ASCENT,
    INK,
    MIN_TEXT_PT,
    MUTED,
    RGB,
    RULE,
    WHITE,
    ExportContext,
    Painter,
    Rect,
    measurer,
)
from app.export.page_matrix import draw_matrix
from app.export.prioritise_parts import (
    CATEGORY_RGB,
    MESSAGES,
    MOSCOW_RGB,
    PANEL_STROKE,
    SLICE_RGB,
    UNSORTED_RGB,
    WARNING_FILL,
    WARNING_INK,
    candidate_label,
    candidate_line,
    category_rgb,
    draw_centred_lines,
    draw_class_stripe,
    label,
    panel,
    stripe_key,
    t,
    text_inset,
    tint,
)
from app.export.textfit import FittedText, fit_single_line, fit_text, wrap_text

# --------------------------------------------------------------------------- Kano


def _draw_scatter(
    painter: Painter,
    ctx: ExportContext,
    board: Board,
    summary: BoardSummary,
    area: Rect,
    size: float,
) -> None:
    small = max(size * 0.85, MIN_TEXT_PT / 0.9)
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
        painter.rect(rect, fill=tint(CATEGORY_RGB[category], 0.1))
        name = sanitize_for_font(kano.category_name(category, ctx.language))
        line_rect = Rect(
            rect.x + small * 0.5,
            rect.y + small * 0.3 if top else rect.bottom - small * 1.8,
            rect.width - small,
            small * 1.5,
        )
        width = label(
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
        t(ctx, "worse_axis"),
        size=small,
        style="bold",
        align="centre",
    )
    painter.text(
        area.x, area.y + FONT_ASCENT * small, t(ctx, "better_axis"), size=small * 0.9, style="bold"
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
        painter.circle(x, y, radius, fill=category_rgb(point_category), stroke=WHITE, width=0.8)
    measure = measurer(painter, "bold")
    for x, y, candidate, _category in points:
        plotted += 1
        full = sanitize_for_font(candidate.text)
        text, shortened = fit_single_line(full, measure, plot.width * 0.46, small)
        if shortened:
            ref = f" #{candidate_label(ctx, board, candidate)}"
            text, _ = fit_single_line(full, measure, plot.width * 0.46 - measure(ref, small),
                                      small)
            text += ref
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
            t(ctx, "not_plotted", count=missing),
            size=small * 0.9,
            color=MUTED,
            align="right",
        )


def _overlap(a: Rect, b: Rect) -> float:
    width = min(a.right, b.right) - max(a.x, b.x)
    height = min(a.bottom, b.bottom) - max(a.y, b.y)
    return max(0.0, width) * max(0.0, height)


def _draw_classes(
    painter: Painter,
    ctx: ExportContext,
    board: Board,
    summary: BoardSummary,
    area: Rect,
    size: float,
) -> None:
    """Candidates grouped by their class; italic when only the quick sort says so.

    Every class present gets its heading with its count. When not every candidate fits,
    each cut class ends in "+ N more" with the numbers of the hidden candidates, whose
    full text is in the appendix; the drift note below is always printed whole."""
    small = max(size * 0.85, MIN_TEXT_PT)
    line_height = small * 1.4
    note_size = max(small * 0.9, MIN_TEXT_PT)
    note_lines = _drift_lines(painter, ctx, summary, area.width, note_size)
    if any(_caveat_marks(ctx, summary, c) for c in summary.candidates):
        key_lines, _ = wrap_text(t(ctx, "caveat_key"), measurer(painter, "italic"), note_size,
                                 area.width)
    else:
        key_lines = []
    footer = (note_size * 1.5 + (len(note_lines) + len(key_lines)) * note_size * 1.2
              + small * 0.3)
    bottom = area.bottom - footer
    groups: list[tuple[KanoCategory | None, list[Candidate]]] = []
    for category in (*kano.CATEGORY_ORDER, None):
        members = [c for c in summary.candidates if summary.categories.get(c.id) == category]
        if members:
            groups.append((category, members))
    group_gap = small * 0.4
    capacity = int((bottom - area.y - group_gap * max(0, len(groups) - 1)) // line_height)
    shown = allot_lines([len(members) for _c, members in groups], capacity)
    y = area.y
    for index, (category, members) in enumerate(groups):
        name = (
            kano.category_name(category, ctx.language)
            if category is not None
            else render(MESSAGES, "not_sorted", ctx.language)
        )
        heading = f"{sanitize_for_font(name)} · {len(members)}"
        count = shown[index] if shown is not None else 0
        hidden = members[count:]
        if shown is None:  # not even one line per class: the heading carries the numbers
            refs = ", ".join(f"#{candidate_label(ctx, board, c)}" for c in hidden)
            heading = f"{heading}: {refs}"
        label(painter, heading, Rect(area.x, y, area.width, line_height), small,
              category_rgb(category), "bold")
        y += line_height
        for candidate in members[:count]:
            quick_only = candidate.id not in summary.results
            candidate_line(
                painter, ctx, board, candidate,
                Rect(area.x + small * 0.6, y, area.width - small * 0.6, line_height),
                small, "• ", INK, "italic" if quick_only else "regular",
                suffix=_caveat_marks(ctx, summary, candidate),
            )
            y += line_height
        if hidden and shown is not None:
            refs = ", ".join(f"#{candidate_label(ctx, board, c)}" for c in hidden)
            label(painter, t(ctx, "more_refs", count=len(hidden), refs=refs),
                  Rect(area.x + small, y, area.width - small, line_height), small, MUTED)
            y += line_height
        y += group_gap
    y = max(y - group_gap, bottom) + small * 0.3
    painter.text(area.x, y + FONT_ASCENT * note_size, t(ctx, "quick_only"), size=note_size,
                 color=MUTED, style="italic")
    y += note_size * 1.5
    for line in key_lines:
        painter.text(area.x, y + FONT_ASCENT * note_size, line, size=note_size, color=MUTED,
                     style="italic")
        y += note_size * 1.2
    for line in note_lines:
        painter.text(area.x, y + FONT_ASCENT * note_size, line, size=note_size,
                     color=WARNING_INK)
        y += note_size * 1.2


def _caveat_marks(ctx: ExportContext, summary: BoardSummary, candidate: Candidate) -> str:
    """" · n=3" for a class from few answers, " · tie" for an exact tie (see the key)."""
    result = summary.results.get(candidate.id)
    if result is None or result.category is None:
        return ""
    marks = []
    if result.small_sample:
        marks.append(f"n={result.n}")
    if result.tied_with:
        marks.append(t(ctx, "tie_mark"))
    return "".join(f" · {mark}" for mark in marks)


def allot_lines(sizes: list[int], capacity: int) -> list[int] | None:
    """How many members of each group to list in `capacity` lines, where each group takes
    a heading line and a cut group one more line for "+ N more". Shares out fairly (the
    group showing fewest gets the next line); None when not even the headings and their
    "+ N more" lines fit."""
    headings = len(sizes)
    if sum(sizes) + headings <= capacity:
        return list(sizes)
    shown = [0] * len(sizes)
    used = headings + sum(1 for size in sizes if size > 0)
    if used > capacity:
        return None
    while True:
        open_groups = [i for i, size in enumerate(sizes) if shown[i] < size]
        if not open_groups:
            return shown
        pick = min(open_groups, key=lambda i: (shown[i], i))
        # Showing the last hidden member frees its "+ N more" line: no extra line.
        cost = 0 if shown[pick] + 1 == sizes[pick] else 1
        if used + cost > capacity:
            return shown
        shown[pick] += 1
        used += cost


def _drift_lines(
    painter: Painter, ctx: ExportContext, summary: BoardSummary, width: float, size: float
) -> list[str]:
    if not summary.results_date:
        return []
    note = sanitize_for_font(kano.drift_note(summary.results_date, ctx.language))
    lines, _more = wrap_text(note, measurer(painter), size, width)
    return lines


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
        columns.append(_SliceColumn(t(ctx, "no_slice"), UNSORTED_RGB, "", None, (), loose))
    for index, release_slice in enumerate(summary.slices):
        load = summary.loads[release_slice.id]
        used = prioritise.format_number(load.used, language)
        if release_slice.budget > 0:
            budget = prioritise.format_number(release_slice.budget, language)
            detail = t(ctx, "used_of", used=used, budget=budget)
        else:
            detail = t(ctx, "used_only", used=used)
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
    painter: Painter,
    ctx: ExportContext,
    board: Board,
    summary: BoardSummary,
    area: Rect,
    size: float,
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
        label(
            painter,
            column.title,
            Rect(header.x + inset, header.y + inset * 0.4, header.width - 2 * inset, size * 1.5),
            size * 1.1,
            WHITE,
            "bold",
        )
        if column.detail:
            label(
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
            board,
            summary,
            column.members,
            Rect(rect.x + inset, y, rect.width - 2 * inset, rect.bottom - inset - y),
            small,
        )


def _draw_slice_cards(
    painter: Painter,
    ctx: ExportContext,
    board: Board,
    summary: BoardSummary,
    members: list[Candidate],
    area: Rect,
    small: float,
) -> None:
    """The lane's cards, each as tall as its text needs (one or two lines), as many as
    the lane holds; the rest as "+ N more" with their appendix numbers."""
    gap = small * 0.35
    text_size = max(small * 0.85, MIN_TEXT_PT)
    bold = measurer(painter, "bold")
    more_height = small * 1.4
    cards: list[tuple[Candidate, str, float, FittedText, float]] = []
    chip_size = max(small * 0.7, MIN_TEXT_PT)
    for candidate in members:
        tag = ""
        tag_width = 0.0
        if candidate.moscow:
            tag = sanitize_for_font(prioritise.moscow_name(candidate.moscow, ctx.language))
            tag_width = bold(tag, max(small * 0.7, MIN_TEXT_PT)) + small * 0.8
        text = sanitize_for_font(candidate.text)
        text_width = area.width - text_inset(small) - small * 0.3 - tag_width - small * 0.3
        chip_line = 0.0
        if tag and text_width < area.width * 0.5:  # a long MoSCoW chip goes above the text
            text_width = area.width - text_inset(small) - small * 0.3
            chip_line = chip_size * 1.5 + small * 0.2
        fitted = fit_text(text, bold, text_width, text_size * 2.4, text_size, text_size)
        ref = ""
        if fitted.truncated:
            ref = f" #{candidate_label(ctx, board, candidate)}"
            fitted = fit_text(text, bold, text_width - bold(ref, text_size), text_size * 2.4,
                              text_size, text_size)
            fitted = FittedText((*fitted.lines[:-1], fitted.lines[-1] + ref),
                                fitted.font_size, fitted.line_height, True)
        cards.append((candidate, tag, tag_width, fitted, chip_line))
    heights = [max(len(f.lines) * f.line_height + small * 0.8, small * 2.0) + chip_line
               for _c, _t, _w, f, chip_line in cards]
    count = len(cards)
    if sum(heights) + gap * max(0, count - 1) > area.height:
        count = 0
        used = 0.0
        for height in heights:
            if used + height + gap + more_height > area.height:
                break
            used += height + gap
            count += 1
    y = area.y
    for (candidate, tag, tag_width, fitted, chip_line), height in zip(cards[:count], heights,
                                                                      strict=False):
        card = Rect(area.x, y, area.width, height)
        painter.rect(card, fill=WHITE, stroke=PANEL_STROKE, width=0.5, radius=small * 0.25)
        draw_class_stripe(painter, card, summary.categories.get(candidate.id), small)
        if tag:
            chip = Rect(card.right - tag_width - small * 0.3, card.y + small * 0.3, tag_width,
                        chip_size * 1.5)
            painter.rect(chip, fill=MOSCOW_RGB.get(candidate.moscow or "", MUTED),
                         radius=small * 0.3)
            painter.text(chip.x + chip.width / 2,
                         chip.y + chip_size * 0.25 + FONT_ASCENT * chip_size, tag,
                         size=chip_size, color=WHITE, style="bold", align="centre")
        draw_centred_lines(painter, fitted, card.x + text_inset(small),
                           Rect(card.x, card.y + chip_line, card.width, card.height - chip_line))
        y += height + gap
    hidden = members[count:]
    if hidden:
        refs = ", ".join(f"#{candidate_label(ctx, board, c)}" for c in hidden)
        label(painter, t(ctx, "more_refs", count=len(hidden), refs=refs),
              Rect(area.x + small * 0.3, y, area.width - small * 0.3, more_height), small,
              MUTED, "bold")


# --------------------------------------------------------------------------- page


def draw_prioritise(canvas: Painter, ctx: ExportContext, board: Board, frame_rect: Rect) -> None:
    """The prioritisation page: Kano (scatter + classes) and the 2x2 above, slices below."""
    summary = prioritise_flow.board_summary(ctx.data, board.id)
    size = 9.0 * ctx.ui_scale
    if not summary.candidates:
        canvas.text(
            frame_rect.x + frame_rect.width / 2,
            frame_rect.y + frame_rect.height / 2,
            t(ctx, "no_candidates"),
            size=size * 1.3,
            color=MUTED,
            align="centre",
        )
        return
    gap = size * 0.8
    if frame_rect.height > frame_rect.width * 1.05:
        # Portrait: Kano side by side on top, the 2x2 across the page, the slices below.
        kano_height = frame_rect.height * 0.31
        matrix_height = frame_rect.height * 0.33
        half = (frame_rect.width - gap) / 2
        panels = [
            Rect(frame_rect.x, frame_rect.y, half, kano_height),
            Rect(frame_rect.x + half + gap, frame_rect.y, half, kano_height),
            Rect(frame_rect.x, frame_rect.y + kano_height + gap, frame_rect.width,
                 matrix_height),
        ]
        top_height = kano_height + gap + matrix_height
    else:
        top_height = frame_rect.height * 0.55
        widths = (0.32, 0.22, 0.46)
        free = frame_rect.width - 2 * gap
        x = frame_rect.x
        panels = []
        for share in widths:
            panels.append(Rect(x, frame_rect.y, free * share, top_height))
            x += free * share + gap
    scatter_area = panel(canvas, panels[0], t(ctx, "kano_title"), size)
    _draw_scatter(canvas, ctx, board, summary, scatter_area, size)
    classes_area = panel(canvas, panels[1], t(ctx, "classes_title"), size)
    _draw_classes(canvas, ctx, board, summary, classes_area, size)
    matrix_area = panel(canvas, panels[2], t(ctx, "matrix_title"), size)
    draw_matrix(canvas, ctx, board, summary, matrix_area, size)
    bottom = Rect(
        frame_rect.x,
        frame_rect.y + top_height + gap,
        frame_rect.width,
        frame_rect.height - top_height - gap,
    )
    slices_area = panel(canvas, bottom, t(ctx, "slices_title"), size)
    _draw_slices(canvas, ctx, board, summary, slices_area, size)
    # The key to the class stripes on the cards, at the right of the slices' title.
    key = stripe_key(ctx, (summary.categories.get(c.id) for c in summary.candidates))
    key_size = max(size * 0.8, MIN_TEXT_PT)
    key_rect = Rect(bottom.x + bottom.width * 0.3, bottom.y + size * 0.35,
                    bottom.width * 0.7 - size * 0.7, size * 1.8)
    label(canvas, key, key_rect, key_size, MUTED, "regular", "right")


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
    section = pdf.ReportSection(t(ctx, "summary_title"))
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
                    pdf.Column(t(ctx, "candidate"), 6.0, max_lines=3),
                    pdf.Column(t(ctx, "origin"), 2.6, max_lines=2),
                    pdf.Column(t(ctx, "kano"), 2.2, max_lines=6),
                    pdf.Column(t(ctx, "votes"), 1.0, "right"),
                    pdf.Column(t(ctx, "score", method=summary.method.upper()), 1.4, "right"),
                    pdf.Column(t(ctx, "slice"), 1.6, max_lines=2),
                    pdf.Column(t(ctx, "moscow"), 1.8, max_lines=2),
                ],
                rows,
            )
        )
        pareto_rows = prioritise_flow.pareto_rows(ctx.data, board.id)
        if pareto_rows:
            section.blocks.append(
                pdf.Para(prioritise.top_share_text(pareto_rows, ctx.language,
                                                   total=len(summary.candidates)),
                         style="bold")
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
                kano.category_label(category, summary.results.get(candidate.id), language),
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
