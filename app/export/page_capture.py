"""The idea-capture board on paper: clusters behind, sticky notes where they are.

Also the note drawing every board uses for its cards (`draw_note`): text fitted at 6 pt
or more, the team/author strip, the vote dot, the source-tag corner, and the "#n"
pointer into the appendix when a text had to be shortened. Importing this module
registers the capture drawing (the fallback for every kind without a page of its own).
"""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.model import Board, BoardKind, Cluster, Note, note_color
from app.export import layout
from app.export.fonts import sanitize_for_font
from app.export.layout import (
    CLUSTER_FILL,
    CLUSTER_STROKE,
    CLUSTER_TITLE,
    FONT_ASCENT,
    MIN_TEXT_PT,
    MUTED,
    NOTE_TEXT_CEILING_PT,
    NOTE_TEXT_FLOOR_PT,
    PAPER_SHADOW,
    RGB,
    TAG_COLORS,
    TITLE_SIZE_PT,
    ExportContext,
    Painter,
    Rect,
    board_bounds,
    cluster_rect_units,
    darken,
    draw_tag_corner,
    draw_vote_dot,
    fit_board,
    line_start,
    max_board_scale,
    measurer,
    note_rect_units,
    parse_color,
    quantise_size,
    text_color_on,
    visible_notes,
)
from app.export.textfit import FittedText, fit_single_line, fit_text


@dataclass(frozen=True)
class NoteLayout:
    """Where the parts of one drawn note go, in page points."""

    body: Rect
    text_box: Rect
    strip: Rect | None  # the bottom line with team/author, ref and vote dot
    padding: float
    tag_side: float


def note_layout(body: Rect, *, tagged: bool, with_strip: bool) -> NoteLayout:
    short_side = min(body.width, body.height)
    padding = max(1.5, 0.065 * short_side)
    tag_side = 0.17 * short_side if tagged else 0.0
    top = max(padding, tag_side - padding)  # first line clears the corner triangle
    strip: Rect | None = None
    bottom = body.bottom - padding
    if with_strip and body.height >= 34.0:
        strip_height = min(max(0.17 * body.height, MIN_TEXT_PT / 0.62), 22.0)
        strip = Rect(body.x + padding, bottom - strip_height, body.width - 2 * padding,
                     strip_height)
        bottom = strip.y - padding * 0.4
    text_box = Rect(body.x + padding, body.y + top, max(1.0, body.width - 2 * padding),
                    max(1.0, bottom - (body.y + top)))
    return NoteLayout(body, text_box, strip, padding, tag_side)


def note_start_size(text_box: Rect, ctx: ExportContext) -> float:
    """The size a note's text starts at before shrinking: big, like marker on a sticky."""
    ceiling = NOTE_TEXT_CEILING_PT * ctx.ui_scale
    start = min(text_box.width / 7.0, text_box.height / 3.0, ceiling)
    return quantise_size(max(start, NOTE_TEXT_FLOOR_PT))


def _fit_note_text(painter: Painter, ctx: ExportContext, text: str, box: Rect) -> FittedText:
    return fit_text(text, measurer(painter), box.width, box.height,
                    note_start_size(box, ctx), NOTE_TEXT_FLOOR_PT)


def draw_note(painter: Painter, ctx: ExportContext, board: Board, note: Note,
              body: Rect) -> None:
    color = parse_color(note_color(note, ctx.teams))
    ink = text_color_on(color)
    text = sanitize_for_font(note.text)
    team_name = ctx.team_name(note.team_id)
    author = sanitize_for_font(note.author.strip())
    votes = ctx.vote_totals.get(note.id, 0)
    tagged = note.tag in TAG_COLORS

    shadow = max(0.6, 0.015 * body.width)
    painter.rect(Rect(body.x + shadow, body.y + shadow, body.width, body.height),
                 fill=PAPER_SHADOW, radius=shadow)
    painter.rect(body, fill=color, stroke=darken(color, 0.72), width=max(0.3, body.width / 400),
                 radius=min(3.0, body.width * 0.02))

    if body.width < 2.5 * NOTE_TEXT_FLOOR_PT or body.height < 1.8 * NOTE_TEXT_FLOOR_PT:
        # Too small for even one letter at the floor size: a coloured square, like the
        # board's zoomed-out view; the text is listed in full in the appendix, and its
        # number is printed on the square when the number fits.
        if text.strip():
            ref = ctx.record_shortened(note, board)
            label = f"#{ref}"
            if ctx.show_refs and painter.measure(label, MIN_TEXT_PT) <= body.width:
                painter.text(body.x + body.width / 2,
                             body.y + (body.height + MIN_TEXT_PT * 0.7) / 2, label,
                             size=MIN_TEXT_PT, color=text_color_on(color), align="centre")
        if tagged:
            draw_tag_corner(painter, body, 0.3 * min(body.width, body.height),
                            TAG_COLORS[note.tag], "")
        return

    has_marks = bool(team_name or author or votes)
    layout = note_layout(body, tagged=tagged, with_strip=has_marks)
    fitted = _fit_note_text(painter, ctx, text, layout.text_box)
    if fitted.truncated and ctx.show_refs and layout.strip is None:
        # The "#n" pointer into the appendix needs the bottom line: make room and refit.
        layout = note_layout(body, tagged=tagged, with_strip=True)
        if layout.strip is None:  # too low for a strip: the number takes the last line
            box = layout.text_box
            ref_line = NOTE_TEXT_FLOOR_PT * 1.2
            if box.height >= 2 * ref_line:
                layout = NoteLayout(layout.body, Rect(box.x, box.y, box.width,
                                                      box.height - ref_line),
                                    Rect(box.x, box.bottom - ref_line, box.width, ref_line),
                                    layout.padding, layout.tag_side)
        fitted = _fit_note_text(painter, ctx, text, layout.text_box)
    ref = ctx.record_shortened(note, board) if fitted.truncated else 0

    if tagged:
        draw_tag_corner(painter, body, layout.tag_side, TAG_COLORS[note.tag],
                        ctx.t(f"tag_letter_{note.tag.value}"))

    box = layout.text_box
    block_height = len(fitted.lines) * fitted.line_height
    # Short notes sit in the middle of the note, long ones start at the top.
    top = box.y + max(0.0, (box.height - block_height) / 2)
    baseline = top + fitted.font_size * (FONT_ASCENT + (1.2 - 1.0) / 2)
    for line in fitted.lines:
        x, align = line_start(line, box.x, box.right)
        painter.text(x, baseline, line, size=fitted.font_size, color=ink, align=align)
        baseline += fitted.line_height

    if layout.strip is not None:
        _draw_note_strip(painter, ctx, layout.strip, note, color, team_name, author, votes,
                         ref if ctx.show_refs else 0, ink)
    elif votes:
        radius = max(2.5, min(body.width, body.height) * 0.12)
        draw_vote_dot(painter, body.right - radius * 0.6, body.bottom - radius * 0.6, radius,
                      votes)


def _draw_note_strip(painter: Painter, ctx: ExportContext, strip: Rect, note: Note,
                     note_rgb: RGB, team_name: str, author: str, votes: int, ref: int,
                     ink: RGB) -> None:
    size = max(MIN_TEXT_PT, strip.height * 0.62)
    baseline = strip.y + strip.height / 2 + size * 0.36
    middle = strip.y + strip.height / 2
    right = strip.right
    if votes:
        radius = strip.height * 0.62
        draw_vote_dot(painter, right - radius, middle, radius, votes)
        right -= 2 * radius + size * 0.4
    if ref:
        label = f"#{ref}"
        painter.text(right, baseline, label, size=size, color=ink, style="bold", align="right")
        right -= painter.measure(label, size, "bold") + size * 0.5
    x = strip.x
    team = ctx.teams.get(note.team_id) if note.team_id is not None else None
    team_rgb = parse_color(team.color) if team is not None else None
    # The note's colour is its team's unless it was given its own: only then does the
    # team need a colour mark of its own.
    if team_rgb is not None and team_rgb != note_rgb:
        swatch = strip.height * 0.62
        painter.rect(Rect(x, middle - swatch / 2, swatch, swatch), fill=team_rgb,
                     stroke=darken(team_rgb, 0.55), width=0.4)
        x += swatch + size * 0.35
    caption = "  ·  ".join(part for part in (team_name, author) if part)
    if caption and right - x > size * 2:
        line, _ = fit_single_line(caption, measurer(painter), right - x, size)
        painter.text(x, baseline, line, size=size, color=ink)


def draw_cluster(painter: Painter, ctx: ExportContext, cluster: Cluster, frame: Rect,
                 scale: float) -> None:
    radius = min(12.0 * scale, frame.width * 0.05, frame.height * 0.05)
    painter.rect(frame, fill=CLUSTER_FILL, stroke=CLUSTER_STROKE,
                 width=max(0.6, 1.4 * scale), radius=radius)
    title = sanitize_for_font(cluster.title.strip())
    if not title:
        return
    size = min(max(22.0 * scale, 7.0 * ctx.ui_scale), TITLE_SIZE_PT * ctx.ui_scale)
    inset = max(3.0, 10.0 * scale)
    line, _ = fit_single_line(title, measurer(painter, "bold"), frame.width - 2 * inset, size)
    painter.text(frame.x + inset, frame.y + inset + FONT_ASCENT * size, line, size=size,
                 color=CLUSTER_TITLE, style="bold")


def draw_empty_board(painter: Painter, ctx: ExportContext, frame: Rect) -> None:
    size = 12.0 * ctx.ui_scale
    painter.text(frame.x + frame.width / 2, frame.y + frame.height / 2, ctx.t("empty_board"),
                 size=size, color=MUTED, align="centre")


def draw_capture(canvas: Painter, ctx: ExportContext, board: Board, frame_rect: Rect) -> None:
    """The idea-capture board: clusters behind, notes where they are on the board."""
    bounds = board_bounds(ctx.data, board)
    if bounds is None:
        draw_empty_board(canvas, ctx, frame_rect)
        return
    transform = fit_board(bounds, frame_rect, max_board_scale(ctx))

    def shown(rect: Rect) -> bool:
        # A shadow's width of slack so a note just off the sheet still casts its shadow.
        area = ctx.visible_area
        return area is None or rect.overlaps(area.inset(-4.0))

    for cluster in ctx.data.clusters_on(board.id):
        frame = transform.rect(cluster_rect_units(cluster))
        if shown(frame):
            draw_cluster(canvas, ctx, cluster, frame, transform.scale)
    for note in visible_notes(ctx.data, board):
        body = transform.rect(note_rect_units(note))
        if shown(body):
            draw_note(canvas, ctx, board, note, body)


def register() -> None:
    """Plug the capture drawing and its extent into the export (idempotent)."""
    layout.BOARD_DRAWERS[BoardKind.CAPTURE] = draw_capture
    layout.BOARD_EXTENTS[BoardKind.CAPTURE] = lambda ctx, board: board_bounds(ctx.data, board)


register()
