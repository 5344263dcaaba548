"""Page composition shared by the PDF and PNG exports.

Everything here works in page points (1/72 inch) with the origin at the TOP-left and y
growing downwards, like the board itself. It draws through a small `Painter` protocol;
`pdf.py` implements it on a ReportLab canvas and `png.py` on a Pillow image, so a board
page looks the same in both and a new board kind written once renders in both.

Board kinds plug in by registering `draw_<kind>(canvas, ctx, board, frame_rect)` in
`BOARD_DRAWERS` (and, to allow tiling over several sheets, a bounds function in
`BOARD_EXTENTS`). `canvas` there is a `Painter`.
"""

from __future__ import annotations

import datetime as dt
import importlib
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Literal, Protocol

from app.domain import texts
from app.domain.model import (
    DEFAULT_NOTE_COLOR,
    NOTE_HEIGHT,
    NOTE_WIDTH,
    Board,
    BoardKind,
    Cluster,
    Note,
    SourceTag,
    Team,
    WorkshopData,
)
from app.domain.placement import Box
from app.export import export_messages
from app.export.fonts import FontStyle, sanitize_for_font
from app.export.scripts import is_rtl_line
from app.export.textfit import fit_single_line, fit_text

RGB = tuple[int, int, int]
Point = tuple[float, float]
Align = Literal["left", "right", "centre"]


def line_start(line: str, left: float, right: float) -> tuple[float, Align]:
    """Where a line of a text box is drawn from: the box's left edge, or for a
    right-to-left line (Hebrew, Arabic: `scripts.is_rtl_line`) its right edge, aligned
    right, so it reads from the edge it starts at."""
    return (right, "right") if is_rtl_line(line) else (left, "left")

PT_PER_MM = 72.0 / 25.4
A4_SHORT_SIDE_PT = 210.0 * PT_PER_MM

PAGE_SIZES_MM: dict[str, tuple[float, float]] = {  # (short side, long side)
    "A4": (210.0, 297.0),
    "A3": (297.0, 420.0),
    "A2": (420.0, 594.0),
    "A1": (594.0, 841.0),
    "A0": (841.0, 1189.0),
    "Letter": (215.9, 279.4),
    "Tabloid": (279.4, 431.8),
}
DEFAULT_PAGE = "A3"

# DejaVu Sans vertical metrics as a fraction of the font size (from the font's header);
# used to put baselines so text sits inside its box in both backends.
FONT_ASCENT = 0.76
FONT_DESCENT = 0.24

INK: RGB = (33, 33, 33)
MUTED: RGB = (100, 100, 100)
RULE: RGB = (176, 176, 176)
WHITE: RGB = (255, 255, 255)
PAPER_SHADOW: RGB = (212, 212, 212)
CLUSTER_FILL: RGB = (236, 240, 243)
CLUSTER_STROKE: RGB = (120, 144, 156)
CLUSTER_TITLE: RGB = (55, 71, 79)
VOTE_DOT: RGB = (198, 40, 40)

# Okabe-Ito colours: saturated, distinct from the pastel team palette, and still
# distinguishable with the common colour-vision deficiencies.
TAG_COLORS: dict[SourceTag, RGB] = {
    SourceTag.CUSTOMERS: (213, 94, 0),
    SourceTag.EMPLOYEES: (0, 114, 178),
    SourceTag.RESEARCH: (0, 158, 115),
    SourceTag.COMPETITORS: (204, 121, 167),
    SourceTag.OWN: (230, 159, 0),
}

NOTE_TEXT_FLOOR_PT = 6.0  # smallest note text; below this a printed A3 is unreadable
MIN_TEXT_PT = 6.0  # smallest text of any kind on a printed page
TITLE_SIZE_PT = 18.0  # the workshop title on A4 (scaled with the page like all furniture)
# Note text never outgrows the page title (a poster's title is its biggest text).
NOTE_TEXT_CEILING_PT = TITLE_SIZE_PT
BOARD_MARGIN_UNITS = 24.0  # air around the outermost note or cluster, in board units
# A board is tiled over several sheets when fitting it on one page would make a
# standard note narrower than this many points (about 2.8 cm) ...
TILE_MIN_NOTE_WIDTH_PT = 80.0
# ... and each tile then shows standard notes this wide (about 4 cm): comfortably legible.
TILE_NOTE_WIDTH_PT = 115.0
# Without --tile a board is still tiled when on one page its notes would be narrower than
# this (about 1.7 cm: below it note text and the appendix number fall under 6 pt) ...
AUTO_TILE_MIN_NOTE_WIDTH_PT = 48.0
# ... and then each sheet shows notes this wide (about 2.3 cm): readable, few sheets.
AUTO_TILE_NOTE_WIDTH_PT = 64.0
MAX_TILES_PER_BOARD = 64  # a corrupt coordinate must not produce thousands of pages

# --------------------------------------------------------------------------- messages

# Page labels in the workshop's language live in `export_messages` (`ExportContext.t`).
MESSAGES = export_messages.MESSAGES


# --------------------------------------------------------------------------- geometry


@dataclass(frozen=True)
class Rect(Box):
    """A rectangle in page points, top-left origin."""

    def inset(self, dx: float, dy: float | None = None) -> Rect:
        dy = dx if dy is None else dy
        return Rect(self.x + dx, self.y + dy, max(0.0, self.width - 2 * dx),
                    max(0.0, self.height - 2 * dy))

    def union(self, other: Rect) -> Rect:
        left, top = min(self.x, other.x), min(self.y, other.y)
        return Rect(left, top, max(self.right, other.right) - left,
                    max(self.bottom, other.bottom) - top)


def page_size_points(name: str, landscape: bool) -> tuple[float, float]:
    """(width, height) in points of a named page size; raises ValueError if unknown."""
    key = normalise_page_name(name)
    short, long = PAGE_SIZES_MM[key]
    width, height = (long, short) if landscape else (short, long)
    return width * PT_PER_MM, height * PT_PER_MM


def normalise_page_name(name: str) -> str:
    """'a3' -> 'A3', 'letter' -> 'Letter'; raises ValueError naming the choices."""
    for key in PAGE_SIZES_MM:
        if key.lower() == name.strip().lower():
            return key
    raise ValueError(f"Unknown page size {name!r}; choose one of {', '.join(PAGE_SIZES_MM)}")


def ui_scale_for(page_width: float, page_height: float) -> float:
    """How much larger than on A4 the page furniture (titles, legend) is drawn.

    Grows with the square root of the page's short side: an A0 poster is read from
    further away than an A4 sheet, but not four times further.
    """
    return math.sqrt(min(page_width, page_height) / A4_SHORT_SIDE_PT)


# --------------------------------------------------------------------------- colours


def parse_color(value: str | None, fallback: str = DEFAULT_NOTE_COLOR) -> RGB:
    """'#RRGGBB' or '#RGB' to an RGB tuple; anything malformed gives `fallback`."""
    for candidate in (value, fallback, DEFAULT_NOTE_COLOR):
        if not candidate:
            continue
        digits = candidate.strip().lstrip("#")
        if len(digits) == 3:
            digits = "".join(ch * 2 for ch in digits)
        if len(digits) == 6:
            try:
                number = int(digits, 16)
            except ValueError:
                continue
            return (number >> 16) & 0xFF, (number >> 8) & 0xFF, number & 0xFF
    return 255, 245, 157


def darken(color: RGB, factor: float) -> RGB:
    r, g, b = color
    return int(r * factor), int(g * factor), int(b * factor)


def relative_luminance(color: RGB) -> float:
    def channel(value: int) -> float:
        c = value / 255.0
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = color
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def text_color_on(background: RGB) -> RGB:
    """Dark ink on light notes, white on dark ones (a user may pick any colour)."""
    return WHITE if relative_luminance(background) < 0.18 else INK


# --------------------------------------------------------------------------- painter


class Painter(Protocol):
    """Drawing primitives in page points, top-left origin. Text is drawn as given: callers
    pass it through `sanitize_for_font` first so that what they measured is what is drawn.
    """

    def rect(self, r: Rect, *, fill: RGB | None, stroke: RGB | None = None,
             width: float = 0.5, radius: float = 0.0,
             dash: tuple[float, float] | None = None) -> None: ...

    def polygon(self, points: Sequence[Point], *, fill: RGB | None,
                stroke: RGB | None = None, width: float = 0.5) -> None: ...

    def circle(self, cx: float, cy: float, radius: float, *, fill: RGB | None,
               stroke: RGB | None = None, width: float = 0.5) -> None: ...

    def line(self, x1: float, y1: float, x2: float, y2: float, *, color: RGB,
             width: float = 0.5, dash: tuple[float, float] | None = None) -> None: ...

    def text(self, x: float, baseline: float, text: str, *, size: float,
             color: RGB = INK, style: FontStyle = "regular", align: Align = "left") -> None: ...

    def measure(self, text: str, size: float, style: FontStyle = "regular") -> float: ...


def measurer(painter: Painter, style: FontStyle = "regular") -> Callable[[str, float], float]:
    """A textfit.Measure bound to one font style of `painter`."""
    return lambda text, size: painter.measure(text, size, style)


def quantise_size(size: float) -> float:
    """Round a font size down to half a point, so backends cache few font sizes."""
    return math.floor(size * 2.0) / 2.0


# --------------------------------------------------------------------------- context


@dataclass(frozen=True)
class ShortenedNote:
    """A note whose text did not fit on its board; `ref` is its number in the appendix."""

    ref: int
    note: Note
    board: Board


@dataclass(frozen=True)
class ShortenedText:
    """Any other text shortened or left out on a board page (a candidate on a chart, a
    label): listed in full in the appendix under `ref`, which the page shows."""

    ref: int
    board: Board
    label: str  # what the text is, e.g. "Candidate"
    text: str


@dataclass
class ExportContext:
    """What a page drawer needs besides the painter: the data and page-wide settings."""

    data: WorkshopData
    page_width: float
    page_height: float
    show_refs: bool = True  # shortened notes carry "#n" pointing into an appendix
    teams: dict[int, Team] = field(init=False)
    vote_totals: dict[int, int] = field(init=False)
    shortened: dict[int, ShortenedNote] = field(init=False, default_factory=dict)
    shortened_texts: dict[tuple[str, int], ShortenedText] = field(init=False,
                                                                  default_factory=dict)
    ui_scale: float = field(init=False)
    # Set while drawing one sheet of a tiled board: drawers may skip what lies outside.
    visible_area: Rect | None = field(init=False, default=None)
    # Set while drawing one page of a board that spreads over several (BOARD_SUBPAGES).
    subpage: object | None = field(init=False, default=None)

    def __post_init__(self) -> None:
        self.teams = {team.id: team for team in self.data.teams}
        self.vote_totals = self.data.vote_totals()
        self.ui_scale = ui_scale_for(self.page_width, self.page_height)

    @property
    def language(self) -> str:
        return texts.normalise_language(self.data.workshop.language)

    def t(self, key: str, **params: object) -> str:
        """A label in the workshop's language (already safe for the font)."""
        return sanitize_for_font(texts.render(MESSAGES, key, self.language, **params))

    def record_shortened(self, note: Note, board: Board) -> int:
        """Remember that `note` was shortened; returns its appendix number (stable)."""
        existing = self.shortened.get(note.id)
        if existing is not None:
            return existing.ref
        ref = len(self.shortened) + len(self.shortened_texts) + 1
        self.shortened[note.id] = ShortenedNote(ref, note, board)
        return ref

    def record_shortened_text(self, key: tuple[str, int], board: Board, label: str,
                              text: str) -> int:
        """Remember a shortened or hidden text other than a note (`key` names it, e.g.
        ("candidate", id)); returns its appendix number, shared with the notes'."""
        existing = self.shortened_texts.get(key)
        if existing is not None:
            return existing.ref
        ref = len(self.shortened) + len(self.shortened_texts) + 1
        self.shortened_texts[key] = ShortenedText(ref, board, label, text)
        return ref

    def has_shortened(self, board: Board) -> bool:
        """True when anything on `board` points into the appendix."""
        return any(item.board.id == board.id for item in self.shortened.values()) or any(
            item.board.id == board.id for item in self.shortened_texts.values())

    def workshop_title(self) -> str:
        return sanitize_for_font(self.data.workshop.title.strip()) or self.t("untitled")

    def board_title(self, board: Board) -> str:
        title = sanitize_for_font(board.title.strip())
        return title or self.t(f"kind_{board.kind.value}")

    def team_name(self, team_id: int | None) -> str:
        team = self.teams.get(team_id) if team_id is not None else None
        return sanitize_for_font(team.name) if team else ""

    def formatted_date(self) -> str:
        return format_date(self.data.workshop.date, self.language)


def format_date(iso_date: str, language: str) -> str:
    """'2026-11-23' as '23 November 2026' / '23 ноября 2026 г.'; other text as given."""
    try:
        day = dt.date.fromisoformat(iso_date.strip())
    except ValueError:
        return sanitize_for_font(iso_date.strip())
    month = texts.render(MESSAGES, f"month_{day.month}", language)
    return texts.render(MESSAGES, "date_format", language, day=day.day, month=month,
                        year=day.year)


# --------------------------------------------------------------------------- board maths


def _finite(value: float, default: float) -> float:
    return value if isinstance(value, (int, float)) and math.isfinite(value) else default


def note_rect_units(note: Note) -> Rect:
    """The note's rectangle in board units, with corrupt numbers replaced by defaults."""
    width = _finite(note.width, NOTE_WIDTH)
    height = _finite(note.height, NOTE_HEIGHT)
    return Rect(_finite(note.x, 0.0), _finite(note.y, 0.0),
                width if width > 0 else NOTE_WIDTH, height if height > 0 else NOTE_HEIGHT)


def cluster_rect_units(cluster: Cluster) -> Rect:
    width = _finite(cluster.width, 480.0)
    height = _finite(cluster.height, 360.0)
    return Rect(_finite(cluster.x, 0.0), _finite(cluster.y, 0.0), max(width, 1.0),
                max(height, 1.0))


def visible_notes(data: WorkshopData, board: Board) -> list[Note]:
    """Notes drawn on a board: parked notes are set aside and never drawn."""
    return [note for note in data.notes_on(board.id) if not note.parked]


def board_bounds(data: WorkshopData, board: Board) -> Rect | None:
    """Board-unit rectangle around every visible note and cluster (plus a margin)."""
    rects = [note_rect_units(n) for n in visible_notes(data, board)]
    rects += [cluster_rect_units(c) for c in data.clusters_on(board.id)]
    if not rects:
        return None
    bounds = rects[0]
    for rect in rects[1:]:
        bounds = bounds.union(rect)
    return Rect(bounds.x - BOARD_MARGIN_UNITS, bounds.y - BOARD_MARGIN_UNITS,
                bounds.width + 2 * BOARD_MARGIN_UNITS, bounds.height + 2 * BOARD_MARGIN_UNITS)


@dataclass(frozen=True)
class BoardTransform:
    """Maps board units to page points: uniform scale (aspect ratio kept) plus offset."""

    scale: float
    offset_x: float
    offset_y: float

    def rect(self, units: Rect) -> Rect:
        return Rect(self.offset_x + units.x * self.scale, self.offset_y + units.y * self.scale,
                    units.width * self.scale, units.height * self.scale)


def fit_scale(bounds: Rect, frame: Rect) -> float:
    return min(frame.width / bounds.width, frame.height / bounds.height)


def max_board_scale(ctx: ExportContext) -> float:
    """Small boards are not blown up past real sticky-note size (scaled with the page)."""
    return 1.0 * ctx.ui_scale


def fit_board(bounds: Rect, frame: Rect, max_scale: float) -> BoardTransform:
    """Scale `bounds` to fit `frame`, centred, never larger than `max_scale`."""
    scale = min(fit_scale(bounds, frame), max_scale)
    offset_x = frame.x + (frame.width - bounds.width * scale) / 2 - bounds.x * scale
    offset_y = frame.y + (frame.height - bounds.height * scale) / 2 - bounds.y * scale
    return BoardTransform(scale, offset_x, offset_y)


@dataclass(frozen=True)
class TileGrid:
    """How an oversized board is split over sheets; `virtual` is the whole board's frame
    at the tiled scale, laid out as if on one huge page whose top-left sheet is (0, 0)."""

    rows: int
    columns: int
    virtual_width: float
    virtual_height: float
    overlap: float  # points shared by neighbouring sheets

    def virtual_frame(self, drawing: Rect, row: int, column: int) -> Rect:
        """The whole board's frame positioned so that sheet (row, column) shows in
        `drawing`."""
        step_x = drawing.width - self.overlap
        step_y = drawing.height - self.overlap
        return Rect(drawing.x - column * step_x, drawing.y - row * step_y,
                    self.virtual_width, self.virtual_height)


def plan_tiles(bounds: Rect, drawing: Rect, overlap: float, *,
               min_note_width: float = TILE_MIN_NOTE_WIDTH_PT,
               note_width: float = TILE_NOTE_WIDTH_PT) -> TileGrid | None:
    """A tile grid when fitting `bounds` on one page would make notes narrower than
    `min_note_width`, with notes `note_width` wide on each sheet; else None (one page is
    enough)."""
    if fit_scale(bounds, drawing) * NOTE_WIDTH >= min_note_width:
        return None
    overlap = max(0.0, min(overlap, 0.4 * min(drawing.width, drawing.height)))
    step_x, step_y = drawing.width - overlap, drawing.height - overlap
    scale = note_width / NOTE_WIDTH
    while True:
        width, height = bounds.width * scale, bounds.height * scale
        columns = max(1, math.ceil((width - overlap) / step_x))
        rows = max(1, math.ceil((height - overlap) / step_y))
        if rows * columns <= MAX_TILES_PER_BOARD:
            break
        scale *= 0.8  # corrupt or enormous boards: fewer, denser sheets
    if rows * columns == 1:
        return None
    return TileGrid(rows, columns, width, height, overlap)


# --------------------------------------------------------------------------- page frames


@dataclass(frozen=True)
class PageFrames:
    page: Rect
    title: Rect
    drawing: Rect
    legend: Rect
    footer: Rect


def page_margin(ctx: ExportContext) -> float:
    """10 mm on A4, a little more on bigger sheets: clear of every printer's dead zone."""
    return 10.0 * PT_PER_MM * ctx.ui_scale


def title_block_height(ctx: ExportContext) -> float:
    s = ctx.ui_scale
    return (TITLE_SIZE_PT + 2 * 8.5 * 1.25 + 9.0) * s


def footer_height(ctx: ExportContext) -> float:
    return 12.0 * ctx.ui_scale


def board_page_frames(ctx: ExportContext, legend_height: float) -> PageFrames:
    margin = page_margin(ctx)
    page = Rect(0.0, 0.0, ctx.page_width, ctx.page_height)
    inner = page.inset(margin)
    title = Rect(inner.x, inner.y, inner.width, title_block_height(ctx))
    footer = Rect(inner.x, inner.bottom - footer_height(ctx), inner.width, footer_height(ctx))
    legend = Rect(inner.x, footer.y - legend_height, inner.width, legend_height)
    gap = 6.0 * ctx.ui_scale
    drawing = Rect(inner.x, title.bottom + gap, inner.width,
                   max(10.0, legend.y - gap - (title.bottom + gap)))
    return PageFrames(page, title, drawing, legend, footer)


@dataclass(frozen=True)
class Referral:
    """Where a label that may not fit is listed in full: the appendix entry `key` (e.g.
    ("stage", id)) of `board`, described as `label` (e.g. "Stage")."""

    ctx: ExportContext
    board: Board
    key: tuple[str, int]
    label: str


def fit_label(text: str, measure: Callable[[str, float], float], width: float, size: float,
              referral: Referral) -> str:
    """`text` on one line of `width`; when it does not fit it ends in "… #n" and the
    appendix lists it in full under n, so no label is shortened silently."""
    line, shortened = fit_single_line(text, measure, width, size)
    if not shortened:
        return line
    number = referral.ctx.record_shortened_text(referral.key, referral.board, referral.label,
                                                text)
    ref = f" #{number}"
    line, _ = fit_single_line(text, measure, max(width - measure(ref, size), 0.0), size)
    return line + ref


def fit_heading(text: str, measure: Callable[[str, float], float], width: float,
                size: float, min_share: float = 0.7) -> tuple[str, float]:
    """A one-line heading: shrunk (down to `min_share` of `size`) before it is ellipsized,
    so long workshop titles on narrow sheets stay whole where possible."""
    natural = measure(text, size)
    if natural > width:
        size = max(size * min_share, size * width / natural)
    line, _ = fit_single_line(text, measure, width, size)
    return line, size


def draw_title_block(painter: Painter, ctx: ExportContext, board: Board | None, rect: Rect,
                     subtitle: str = "") -> None:
    """Workshop title and challenge on the left; board, date and facilitator on the right."""
    s = ctx.ui_scale
    title_size, meta_size, board_size = TITLE_SIZE_PT * s, 8.5 * s, 12.5 * s
    workshop = ctx.data.workshop
    right_width = rect.width * 0.36
    left_width = rect.width - right_width - 12.0 * s
    measure = measurer(painter)
    bold = measurer(painter, "bold")

    baseline = rect.y + FONT_ASCENT * title_size
    title, size = fit_heading(ctx.workshop_title(), bold, left_width, title_size)
    painter.text(rect.x, baseline, title, size=size, style="bold")
    challenge = sanitize_for_font(workshop.challenge.strip())
    if challenge:
        label = ctx.t("challenge") + ": "
        label_width = painter.measure(label, meta_size, "bold")
        fitted = fit_text(challenge, measure, left_width - label_width, 2 * meta_size * 1.25,
                          meta_size, meta_size, line_spacing=1.25)
        line_y = baseline + title_size * 0.45 + meta_size * 1.25
        painter.text(rect.x, line_y, label, size=meta_size, color=MUTED, style="bold")
        for line in fitted.lines:
            painter.text(rect.x + label_width, line_y, line, size=meta_size, color=MUTED)
            line_y += fitted.line_height

    right = rect.right
    if board is not None:
        name, size = fit_heading(ctx.board_title(board), bold, right_width, board_size)
        if name != ctx.board_title(board):  # listed in full in the appendix: "… #n"
            name = fit_label(ctx.board_title(board), bold, right_width, size,
                             Referral(ctx, board, ("board", board.id), ctx.t("board")))
        painter.text(right, rect.y + FONT_ASCENT * board_size, name, size=size,
                     style="bold", align="right")
    meta_parts = [ctx.formatted_date()]
    if workshop.facilitator.strip():
        meta_parts.append(f"{ctx.t('facilitator')}: {sanitize_for_font(workshop.facilitator)}")
    meta = "  ·  ".join(part for part in meta_parts if part)
    line_y = rect.y + FONT_ASCENT * board_size + board_size * 0.45 + meta_size * 1.25
    if meta:
        # Date and facilitator shrink (never below 6 pt) before a name is cut.
        meta_line, meta_font = fit_heading(meta, measure, right_width, meta_size,
                                           min(1.0, max(0.75, 6.0 / meta_size)))
        painter.text(right, line_y, meta_line, size=meta_font, color=MUTED, align="right")
    if subtitle:
        line_y += meta_size * 1.25
        sub_line, _ = fit_single_line(subtitle, bold, right_width, meta_size)
        painter.text(right, line_y, sub_line, size=meta_size, color=INK, style="bold",
                     align="right")
    painter.line(rect.x, rect.bottom - 2.0 * s, rect.right, rect.bottom - 2.0 * s, color=RULE,
                 width=0.8 * s)


def draw_footer(painter: Painter, ctx: ExportContext, rect: Rect) -> None:
    """Left part of the footer; the page number on the right is the backend's business."""
    size = 7.0 * ctx.ui_scale
    painter.line(rect.x, rect.y + 1.0, rect.right, rect.y + 1.0, color=RULE, width=0.4)
    baseline = rect.bottom - FONT_DESCENT * size
    text, _ = fit_single_line(f"{ctx.t('generated')}  ·  {ctx.workshop_title()}",
                              measurer(painter), rect.width * 0.6, size)
    painter.text(rect.x, baseline, text, size=size, color=MUTED)


# --------------------------------------------------------------------------- legend


@dataclass(frozen=True)
class LegendEntry:
    kind: Literal["heading", "team", "tag", "votes", "cluster", "ref"]
    label: str
    color: RGB = INK
    mark: str = ""  # the letter in a tag corner, or the number on a vote dot


def legend_entries(ctx: ExportContext, board: Board, *, include_ref: bool) -> list[LegendEntry]:
    notes = visible_notes(ctx.data, board)
    entries: list[LegendEntry] = []
    team_ids = {n.team_id for n in notes if n.team_id is not None}
    teams = sorted((t for t in ctx.data.teams if t.id in team_ids),
                   key=lambda t: (t.position, t.id))
    if teams:
        entries.append(LegendEntry("heading", ctx.t("teams")))
        entries += [LegendEntry("team", sanitize_for_font(t.name) or "—", parse_color(t.color))
                    for t in teams]
    used_tags = [tag for tag in TAG_COLORS if any(n.tag == tag for n in notes)]
    if used_tags:
        entries.append(LegendEntry("heading", ctx.t("sources")))
        entries += [LegendEntry("tag", ctx.t(f"tag_{tag.value}"), TAG_COLORS[tag],
                                ctx.t(f"tag_letter_{tag.value}")) for tag in used_tags]
    if any(ctx.vote_totals.get(n.id, 0) for n in notes):
        entries.append(LegendEntry("heading", ctx.t("votes")))
        entries.append(LegendEntry("votes", ctx.t("vote_dot_meaning"), VOTE_DOT, "3"))
    if ctx.data.clusters_on(board.id):
        entries.append(LegendEntry("cluster", ctx.t("cluster_meaning"), CLUSTER_STROKE))
    if include_ref:
        entries.append(LegendEntry("ref", ctx.t("ref_meaning"), MUTED, "#1"))
    return entries


def _legend_size(ctx: ExportContext) -> float:
    return 7.5 * ctx.ui_scale


def _legend_label(entry: LegendEntry) -> str:
    if entry.kind == "heading":
        return entry.label + ":"
    if entry.kind == "tag" and entry.mark:
        return f"{entry.mark} = {entry.label}"
    return entry.label


def _legend_mark_width(painter: Painter, entry: LegendEntry, size: float) -> float:
    """Width of the symbol before an entry's label, including the gap after it."""
    if entry.kind == "heading":
        return 0.0
    if entry.kind == "ref":
        return painter.measure(entry.mark, size, "bold") + size * 0.4
    return size * 1.15 + size * 0.4


def _legend_entry_width(painter: Painter, entry: LegendEntry, size: float) -> float:
    style: FontStyle = "bold" if entry.kind == "heading" else "regular"
    gap = size * 0.6 if entry.kind == "heading" else size * 1.4
    return (_legend_mark_width(painter, entry, size)
            + painter.measure(_legend_label(entry), size, style) + gap)


def _legend_rows(painter: Painter, entries: Sequence[LegendEntry], width: float,
                 size: float) -> list[list[LegendEntry]]:
    """Flow entries into rows; a heading never ends a row without its first entry."""
    rows: list[list[LegendEntry]] = [[]]
    used = 0.0
    index = 0
    while index < len(entries):
        group = [entries[index]]
        if entries[index].kind == "heading" and index + 1 < len(entries):
            group.append(entries[index + 1])
        group_width = sum(_legend_entry_width(painter, e, size) for e in group)
        if rows[-1] and used + group_width > width:
            rows.append([])
            used = 0.0
        rows[-1].extend(group)
        used += group_width
        index += len(group)
    return [row for row in rows if row]


def legend_height(painter: Painter, ctx: ExportContext, entries: Sequence[LegendEntry],
                  width: float) -> float:
    if not entries:
        return 0.0
    size = _legend_size(ctx)
    return len(_legend_rows(painter, entries, width, size)) * size * 2.0 + size * 0.6


def draw_tag_corner(painter: Painter, note: Rect, side: float, color: RGB, letter: str) -> None:
    """The source tag: a coloured triangle in the note's top-right corner."""
    painter.polygon([(note.right - side, note.y), (note.right, note.y),
                     (note.right, note.y + side)], fill=color)
    letter_size = side * 0.42
    if letter and letter_size >= MIN_TEXT_PT:  # smaller would not read: the colour stays
        painter.text(note.right - side * 0.27, note.y + side * 0.27 + letter_size * 0.36,
                     letter, size=letter_size, color=WHITE, style="bold", align="centre")


def draw_vote_dot(painter: Painter, cx: float, cy: float, radius: float, count: int) -> None:
    label = str(count) if count < 1000 else "999+"
    share = 1.15 if len(label) == 1 else 0.95 if len(label) == 2 else 0.7
    # The count never prints below the smallest text size: the dot grows instead.
    radius = max(radius, MIN_TEXT_PT / share)
    size = radius * share
    painter.circle(cx, cy, radius, fill=VOTE_DOT, stroke=WHITE, width=max(0.4, radius * 0.12))
    painter.text(cx, cy + size * 0.36, label, size=size, color=WHITE, style="bold",
                 align="centre")


def draw_legend(painter: Painter, ctx: ExportContext, entries: Sequence[LegendEntry],
                rect: Rect) -> None:
    if not entries:
        return
    size = _legend_size(ctx)
    row_height = size * 2.0
    y = rect.y + size * 0.6
    for row in _legend_rows(painter, entries, rect.width, size):
        x = rect.x
        baseline = y + row_height / 2 + size * 0.36
        middle = y + row_height / 2
        for entry in row:
            if entry.kind == "heading":
                painter.text(x, baseline, _legend_label(entry), size=size, style="bold")
                x += _legend_entry_width(painter, entry, size)
                continue
            mark = size * 1.15
            if entry.kind == "team":
                painter.rect(Rect(x, middle - mark / 2, mark, mark), fill=entry.color,
                             stroke=darken(entry.color, 0.6), width=0.5)
            elif entry.kind == "tag":
                box = Rect(x, middle - mark / 2, mark, mark)
                painter.rect(box, fill=WHITE, stroke=RULE, width=0.4)
                draw_tag_corner(painter, box, mark, entry.color, "")
            elif entry.kind == "votes":
                draw_vote_dot(painter, x + mark / 2, middle, mark * 0.62, 3)
            elif entry.kind == "cluster":
                painter.rect(Rect(x, middle - mark / 2, mark, mark), fill=CLUSTER_FILL,
                             stroke=CLUSTER_STROKE, width=0.6, radius=mark * 0.2)
            elif entry.kind == "ref":
                painter.text(x, baseline, entry.mark, size=size, color=MUTED, style="bold")
            painter.text(x + _legend_mark_width(painter, entry, size), baseline,
                         _legend_label(entry), size=size)
            x += _legend_entry_width(painter, entry, size)
        y += row_height


BoardDrawer = Callable[[Painter, ExportContext, Board, Rect], None]
BoardExtent = Callable[[ExportContext, Board], "Rect | None"]

# One entry per board kind (`page_capture` registers the idea-capture drawing). Kinds
# without their own page yet fall back to the capture drawing (notes where they are), so
# nothing on a board is ever left out of an export.
BOARD_DRAWERS: dict[BoardKind, BoardDrawer] = {}
# Board-unit bounds of what a drawer draws, for kinds that may be tiled over sheets.
BOARD_EXTENTS: dict[BoardKind, BoardExtent] = {}


# A board kind that spreads over several pages lists them here: (subtitle, key) per page;
# the drawer then finds the page's key in `ctx.subpage`.
BoardSubpages = Callable[["ExportContext", Board], list[tuple[str, object]]]
BOARD_SUBPAGES: dict[BoardKind, BoardSubpages] = {}


def subpages_for(ctx: ExportContext, board: Board) -> list[tuple[str, object]]:
    load_board_pages()
    lister = BOARD_SUBPAGES.get(board.kind)
    return lister(ctx, board) if lister else []


# Exercise pages register themselves in BOARD_DRAWERS when imported.
BOARD_PAGE_MODULES = (
    "page_capture", "page_reverse", "page_prioritise", "page_value",
    "page_strategy", "page_journey", "page_scenarios",
)


def load_board_pages() -> None:
    """Import the exercise page modules (lazily: they import this module)."""
    for name in BOARD_PAGE_MODULES:
        try:
            importlib.import_module(f"app.export.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"app.export.{name}":
                raise


def drawer_for(kind: BoardKind) -> BoardDrawer:
    load_board_pages()
    return BOARD_DRAWERS.get(kind) or BOARD_DRAWERS[BoardKind.CAPTURE]


def extent_for(kind: BoardKind) -> BoardExtent | None:
    load_board_pages()
    if kind in BOARD_DRAWERS:
        return BOARD_EXTENTS.get(kind)
    return BOARD_EXTENTS[BoardKind.CAPTURE]  # the fallback drawer's own extent


def board_legend(painter: Painter, ctx: ExportContext, board: Board) -> list[LegendEntry]:
    """Legend entries for a board page; space for the "#n" entry is always reserved."""
    return legend_entries(ctx, board, include_ref=ctx.show_refs)


def draw_board_page(painter: Painter, ctx: ExportContext, board: Board, *,
                    virtual_frame: Rect | None = None, subtitle: str = "",
                    before_board: Callable[[PageFrames], None] | None = None,
                    after_board: Callable[[PageFrames], None] | None = None) -> PageFrames:
    """One board page: title block, board drawing, legend and footer.

    `virtual_frame` (tiling) is the frame the board is drawn into instead of the drawing
    area; `before_board`/`after_board` let the backend clip and mark around the drawing.
    """
    entries = board_legend(painter, ctx, board)
    content_width = ctx.page_width - 2 * page_margin(ctx)
    frames = board_page_frames(ctx, legend_height(painter, ctx, entries, content_width))
    if before_board is not None:
        before_board(frames)
    drawer_for(board.kind)(painter, ctx, board, virtual_frame or frames.drawing)
    if after_board is not None:
        after_board(frames)
    if not ctx.has_shortened(board):
        entries = [entry for entry in entries if entry.kind != "ref"]
    draw_title_block(painter, ctx, board, frames.title, subtitle)
    draw_legend(painter, ctx, entries, frames.legend)
    draw_footer(painter, ctx, frames.footer)
    return frames

