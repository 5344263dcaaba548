"""Vector PDF boards and the workshop report (ReportLab canvas, bundled DejaVu fonts).

User text is drawn with canvas text calls only, never through Paragraph markup, so a note
reading `<img src="/etc/passwd"/>` prints exactly that. Every string passes through
`sanitize_for_font`, so what cannot be drawn becomes a visible box instead of a crash.

Files are written atomically: rendered into a temporary file beside the target and moved
over it at the end; on any failure the target is untouched and `ExportError` names it.
"""

from __future__ import annotations

import contextlib
import functools
import itertools
import os
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from app.domain import flow, kano, lineage, texts
from app.domain.model import Board, Note, NoteRole, WorkshopData
from app.export.fonts import FontStyle, font_name, register_fonts, sanitize_for_font
from app.export.images import (
    Placement,
    draw_images_pdf,
    draw_photos_page,
    draw_placements_pdf,
    sheet_photos,
)
from app.export.layout import (
    FONT_ASCENT,
    FONT_DESCENT,
    INK,
    MUTED,
    PT_PER_MM,
    RGB,
    RULE,
    WHITE,
    Align,
    ExportContext,
    PageFrames,
    Point,
    Rect,
    TileGrid,
    board_legend,
    board_page_frames,
    darken,
    draw_board_page,
    draw_footer,
    extent_for,
    footer_height,
    legend_height,
    measurer,
    normalise_page_name,
    page_margin,
    page_size_points,
    parse_color,
    plan_tiles,
    subpages_for,
)
from app.export.textfit import ellipsize, fit_single_line, wrap_text

ProgressCallback = Callable[[int, int], None]

TOTAL_PAGES_FORM = "pointb-total-pages"
_HEADER_FILL: RGB = (238, 238, 238)


class ExportError(Exception):
    """An export could not be written; the message names the file and the reason."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"Could not export {path}: {reason}")
        self.path = path
        self.reason = reason


@dataclass(frozen=True)
class PageSetup:
    """Paper for an export. `tiling` splits boards too large to read on one sheet over
    several sheets that overlap by `overlap_mm`."""

    size: str = "A3"
    orientation: Literal["landscape", "portrait"] = "landscape"
    tiling: bool = False
    overlap_mm: float = 10.0

    def __post_init__(self) -> None:
        object.__setattr__(self, "size", normalise_page_name(self.size))
        if self.orientation not in ("landscape", "portrait"):
            raise ValueError(f"Unknown orientation {self.orientation!r}")
        if not 0.0 <= self.overlap_mm <= 100.0:
            raise ValueError("Tile overlap must be between 0 and 100 mm")

    @property
    def landscape(self) -> bool:
        return self.orientation == "landscape"

    def points(self) -> tuple[float, float]:
        return page_size_points(self.size, self.landscape)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    pages: int
    shortened_note_ids: tuple[int, ...]  # notes shown with an ellipsis (full text kept)


# --------------------------------------------------------------------------- painter


class PdfPainter:
    """The layout `Painter` on a ReportLab canvas (flips y: layout is top-down)."""

    def __init__(self, canvas: Canvas, page_height: float) -> None:
        self.canvas = canvas
        self.page_height = page_height
        self._font_names: dict[FontStyle, str] = {
            style: font_name(style) for style in ("regular", "bold", "italic")
        }

    def _fill_stroke(self, fill: RGB | None, stroke: RGB | None, width: float) -> None:
        if fill is not None:
            self.canvas.setFillColorRGB(*(c / 255 for c in fill))
        if stroke is not None:
            self.canvas.setStrokeColorRGB(*(c / 255 for c in stroke))
            self.canvas.setLineWidth(width)

    def rect(self, r: Rect, *, fill: RGB | None, stroke: RGB | None = None,
             width: float = 0.5, radius: float = 0.0,
             dash: tuple[float, float] | None = None) -> None:
        self._fill_stroke(fill, stroke, width)
        if dash:
            self.canvas.setDash(list(dash))
        y = self.page_height - r.bottom
        fill_flag, stroke_flag = int(fill is not None), int(stroke is not None)
        if radius > 0:
            self.canvas.roundRect(r.x, y, r.width, r.height, radius, stroke=stroke_flag,
                                  fill=fill_flag)
        else:
            self.canvas.rect(r.x, y, r.width, r.height, stroke=stroke_flag, fill=fill_flag)
        if dash:
            self.canvas.setDash([])

    def polygon(self, points: Sequence[Point], *, fill: RGB | None,
                stroke: RGB | None = None, width: float = 0.5) -> None:
        self._fill_stroke(fill, stroke, width)
        path = self.canvas.beginPath()
        first, *rest = points
        path.moveTo(first[0], self.page_height - first[1])
        for x, y in rest:
            path.lineTo(x, self.page_height - y)
        path.close()
        self.canvas.drawPath(path, stroke=int(stroke is not None), fill=int(fill is not None))

    def circle(self, cx: float, cy: float, radius: float, *, fill: RGB | None,
               stroke: RGB | None = None, width: float = 0.5) -> None:
        self._fill_stroke(fill, stroke, width)
        self.canvas.circle(cx, self.page_height - cy, radius, stroke=int(stroke is not None),
                           fill=int(fill is not None))

    def line(self, x1: float, y1: float, x2: float, y2: float, *, color: RGB,
             width: float = 0.5, dash: tuple[float, float] | None = None) -> None:
        self._fill_stroke(None, color, width)
        if dash:
            self.canvas.setDash(list(dash))
        self.canvas.line(x1, self.page_height - y1, x2, self.page_height - y2)
        if dash:
            self.canvas.setDash([])

    def text(self, x: float, baseline: float, text: str, *, size: float,
             color: RGB = INK, style: FontStyle = "regular", align: Align = "left") -> None:
        if not text:
            return
        self.canvas.setFont(self._font_names[style], size)
        self.canvas.setFillColorRGB(*(c / 255 for c in color))
        y = self.page_height - baseline
        if align == "right":
            self.canvas.drawRightString(x, y, text)
        elif align == "centre":
            self.canvas.drawCentredString(x, y, text)
        else:
            self.canvas.drawString(x, y, text)

    def measure(self, text: str, size: float, style: FontStyle = "regular") -> float:
        name = self._font_names[style]
        table = _glyph_widths(name)
        if table is None:
            return float(pdfmetrics.stringWidth(text, name, size))
        widths, default = table
        # ReportLab's own sum for TTF fonts (same terms, same order, same result), with
        # the per-character loop in C: text fitting measures every candidate line.
        return float(0.001 * size * sum(map(widths.get, text, itertools.repeat(default))))

    @contextlib.contextmanager
    def clipped(self, r: Rect) -> Iterator[None]:
        """Only what is drawn inside `r` shows (tile sheets)."""
        self.canvas.saveState()
        path = self.canvas.beginPath()
        path.rect(r.x, self.page_height - r.bottom, r.width, r.height)
        self.canvas.clipPath(path, stroke=0, fill=0)
        try:
            yield
        finally:
            self.canvas.restoreState()


@functools.lru_cache(maxsize=8)
def _glyph_widths(font: str) -> tuple[dict[str, float], float] | None:
    """Advance widths (1/1000 em) of a registered TTF font keyed by character, or None
    when the font does not keep them the way ReportLab's TTF fonts do."""
    face = getattr(pdfmetrics.getFont(font), "face", None)
    widths = getattr(face, "charWidths", None)
    default = getattr(face, "defaultWidth", None)
    if not isinstance(widths, dict) or not isinstance(default, int | float):
        return None
    return {chr(code): width for code, width in widths.items()}, default


# --------------------------------------------------------------------------- atomic files


def _current_umask() -> int:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    return 0o022


@contextlib.contextmanager
def atomic_output(out: Path) -> Iterator[Path]:
    """Yield a temporary path beside `out`; move it over `out` only if the body succeeds.

    Same folder so the final os.replace is a rename on one file system (atomic); on any
    error the temporary file is removed, `out` is untouched and ExportError is raised.
    """
    out = Path(out)
    try:
        handle, temp_name = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.",
                                             suffix=".part")
        os.close(handle)
    except OSError as exc:
        raise ExportError(out, exc.strerror or str(exc)) from exc
    temp = Path(temp_name)
    try:
        yield temp
        # mkstemp makes the file private (0600); give it the usual permissions instead.
        os.chmod(temp, 0o666 & ~_current_umask())
        os.replace(temp, out)
    except ExportError:
        temp.unlink(missing_ok=True)
        raise
    except Exception as exc:
        temp.unlink(missing_ok=True)
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise ExportError(out, reason or type(exc).__name__) from exc


# --------------------------------------------------------------------------- report blocks


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1  # 0: a part (new page, top outline level), 1: a section, 2: a subsection
    bookmark: bool = True


@dataclass(frozen=True)
class Para:
    text: str
    style: FontStyle = "regular"
    color: RGB = INK
    indent: int = 0  # in steps, for trees
    max_lines: int | None = None  # shorten with an ellipsis beyond this many lines
    size_factor: float = 1.0
    keep_with_next: bool = False


@dataclass(frozen=True)
class Swatch:
    """A table cell with a colour square before its text (team colours)."""

    color: RGB
    text: str


Cell = str | Swatch


@dataclass(frozen=True)
class Column:
    title: str
    weight: float
    align: Align = "left"
    max_lines: int = 6


@dataclass(frozen=True)
class Table:
    columns: Sequence[Column]
    rows: Sequence[Sequence[Cell]]


Block = Heading | Para | Table


@dataclass
class ReportSection:
    title: str
    blocks: list[Block] = field(default_factory=list)


# Builds one section of the report from the workshop, or None when it has nothing to say.
SectionBuilder = Callable[[ExportContext], "ReportSection | None"]


# --------------------------------------------------------------------------- document


class _PdfDocument:
    """A canvas plus page numbering, outline and the flowing-text machinery."""

    def __init__(self, path: Path, data: WorkshopData, setup: PageSetup, *,
                 subject_key: str, show_refs: bool) -> None:
        register_fonts()
        self.setup = setup
        width, height = setup.points()
        # The initial font must be ours too, or every page lists an unembedded Helvetica.
        self.canvas = Canvas(str(path), pagesize=(width, height), pageCompression=1,
                             initialFontName=font_name("regular"), initialFontSize=10,
                             lang=self.language_tag(data))
        self.painter = PdfPainter(self.canvas, height)
        self.ctx = ExportContext(data, width, height, show_refs=show_refs)
        self.pages = 0
        self._outline_keys = 0
        self._set_metadata(subject_key)
        # Flowing-text state.
        self._flow_y = 0.0
        self._flow_open = False
        self._flow_section = ""

    # -- document-level

    @staticmethod
    def language_tag(data: WorkshopData) -> str:
        """The document language for screen readers and hyphenating viewers."""
        return texts.normalise_language(data.workshop.language)

    def _set_metadata(self, subject_key: str) -> None:
        workshop = self.ctx.data.workshop
        self.canvas.setTitle(self.ctx.workshop_title())
        self.canvas.setAuthor(sanitize_for_font(workshop.facilitator.strip()))
        subject = self.ctx.t(subject_key)
        challenge = sanitize_for_font(workshop.challenge.strip())
        self.canvas.setSubject(f"{subject}: {challenge}" if challenge else subject)
        self.canvas.setCreator(self.ctx.t("app_name"))
        self.canvas.setKeywords(self.ctx.t("app_name"))

    def bookmark(self, title: str, level: int) -> None:
        """An outline entry pointing at the current page."""
        self._outline_keys += 1
        key = f"pointb-{self._outline_keys}"
        self.canvas.bookmarkPage(key)
        self.canvas.addOutlineEntry(title or "—", key, level=level, closed=False)

    def end_page(self, with_number: bool = True) -> None:
        self.pages += 1
        if with_number:
            self._draw_page_number()
        self.canvas.showPage()

    def _draw_page_number(self) -> None:
        """'Page x of ' now; the total is a form drawn once at the end and placed on every
        page, so pages are written in a single pass."""
        ctx = self.ctx
        margin = page_margin(ctx)
        size = 7.0 * ctx.ui_scale
        # Room for a two-digit total; a longer one runs a little into the margin.
        total_width = self.painter.measure("00", size)
        label = ctx.t("page_of", page=self.pages)
        right = ctx.page_width - margin - total_width
        baseline = ctx.page_height - margin - FONT_DESCENT * size
        self.painter.text(right, baseline, label, size=size, color=MUTED, align="right")
        self.canvas.saveState()
        self.canvas.translate(right, ctx.page_height - baseline)
        self.canvas.doForm(TOTAL_PAGES_FORM)
        self.canvas.restoreState()

    def save(self) -> None:
        if self._flow_open:
            self._close_flow_page()
        size = 7.0 * self.ctx.ui_scale
        self.canvas.beginForm(TOTAL_PAGES_FORM, lowerx=0, lowery=-size, upperx=size * 6,
                              uppery=size * 2)
        self.canvas.setFont(font_name("regular"), size)
        self.canvas.setFillColorRGB(*(c / 255 for c in MUTED))
        self.canvas.drawString(0, 0, str(self.pages))
        self.canvas.endForm()
        self.canvas.showOutline()
        self.canvas.save()

    # -- board pages

    def board_pages(self, board: Board) -> None:
        """One page per board, or several sheets when tiling a board too big to read."""
        self.close_flow()
        ctx, painter = self.ctx, self.painter
        title = ctx.board_title(board)
        subpages = subpages_for(ctx, board)
        if subpages:
            self.bookmark(title, 0)
            for subtitle, key in subpages:
                self.bookmark(subtitle, 1)
                ctx.subpage = key
                try:
                    draw_board_page(painter, ctx, board, subtitle=subtitle)
                finally:
                    ctx.subpage = None
                self.end_page()
            self._photos_page(board)
            return
        grid = self._tile_grid(board) if self.setup.tiling else None
        if grid is None:
            self.bookmark(title, 0)
            # Photos first: behind clusters and notes, as on screen (app.export.images).
            draw_board_page(painter, ctx, board, before_board=lambda frames: draw_images_pdf(
                self.canvas, ctx.page_height, ctx, board, frames.drawing))
            self.end_page()
            self._photos_page(board)
            return
        for row in range(grid.rows):
            for column in range(grid.columns):
                if row == 0 and column == 0:
                    self.bookmark(title, 0)
                self.bookmark(ctx.t("tile_outline", row=row + 1, column=column + 1), 1)
                self._tile_page(board, grid, row, column)
                self.end_page()
        self._photos_page(board)

    def _photos_page(self, board: Board) -> None:
        """An exercise board's photos of the wall: a contact sheet on a page of its own."""
        if not sheet_photos(self.ctx, board):
            return
        self.bookmark(self.ctx.t("photos"), 1)

        def pictures(placements: list[Placement], clip: Rect) -> None:
            draw_placements_pdf(self.canvas, self.ctx.page_height, placements, clip)

        draw_photos_page(self.painter, self.ctx, board, pictures)
        self.end_page()

    def _tile_grid(self, board: Board) -> TileGrid | None:
        extent = extent_for(board.kind)
        bounds = extent(self.ctx, board) if extent else None
        if bounds is None:
            return None
        entries = board_legend(self.painter, self.ctx, board)
        content_width = self.ctx.page_width - 2 * page_margin(self.ctx)
        frames = board_page_frames(self.ctx, legend_height(self.painter, self.ctx, entries,
                                                           content_width))
        return plan_tiles(bounds, frames.drawing, self.setup.overlap_mm * PT_PER_MM)

    def _tile_page(self, board: Board, grid: TileGrid, row: int, column: int) -> None:
        ctx, painter = self.ctx, self.painter
        subtitle = ctx.t("tile_label", row=row + 1, column=column + 1, rows=grid.rows,
                         columns=grid.columns)
        clip_stack = contextlib.ExitStack()

        def before(frames: PageFrames) -> None:
            clip_stack.enter_context(painter.clipped(frames.drawing))
            ctx.visible_area = frames.drawing

        def after(frames: PageFrames) -> None:
            ctx.visible_area = None
            clip_stack.close()
            self._tile_marks(frames.drawing, grid, row, column)

        entries = board_legend(painter, ctx, board)
        content_width = ctx.page_width - 2 * page_margin(ctx)
        frames = board_page_frames(ctx, legend_height(painter, ctx, entries, content_width))
        draw_board_page(painter, ctx, board, subtitle=subtitle,
                        virtual_frame=grid.virtual_frame(frames.drawing, row, column),
                        before_board=before, after_board=after)

    def _tile_marks(self, drawing: Rect, grid: TileGrid, row: int, column: int) -> None:
        """Sheet edge, overlap lines and registration targets for assembling the poster.

        The right/bottom overlap band of a sheet shows what the next sheet shows along its
        left/top edge: trim the next sheet at its edge and lay it on the dashed line so
        the targets coincide.
        """
        painter, ctx = self.painter, self.ctx
        s = ctx.ui_scale
        painter.rect(drawing, fill=None, stroke=MUTED, width=0.5)
        # Crop marks just outside each corner of the sheet's drawing area.
        gap, length = 2.0, min(page_margin(ctx) - 4.0, 5.0 * PT_PER_MM)
        for x, y, sx, sy in ((drawing.x, drawing.y, -1, -1), (drawing.right, drawing.y, 1, -1),
                             (drawing.x, drawing.bottom, -1, 1),
                             (drawing.right, drawing.bottom, 1, 1)):
            painter.line(x + sx * gap, y, x + sx * (gap + length), y, color=INK, width=0.4)
            painter.line(x, y + sy * gap, x, y + sy * (gap + 3.0 * s), color=INK, width=0.4)
        overlap = grid.overlap
        size = 6.5 * s
        target = 5.0 * s
        vertical_marks = (drawing.y + drawing.height * 0.25, drawing.y + drawing.height * 0.75)
        horizontal_marks = (drawing.x + drawing.width * 0.25, drawing.x + drawing.width * 0.75)
        if column + 1 < grid.columns:
            x = drawing.right - overlap
            painter.line(x, drawing.y, x, drawing.bottom, color=MUTED, width=0.6,
                         dash=(4.0, 3.0))
            for y in vertical_marks:
                self._target(x, y, target)
            painter.text(x - 3.0, drawing.y + size * 1.4,
                         ctx.t("tile_glue", row=row + 1, column=column + 2), size=size,
                         color=MUTED, align="right")
        if column > 0:
            for y in vertical_marks:
                self._target(drawing.x, y, target)
        if row + 1 < grid.rows:
            y = drawing.bottom - overlap
            painter.line(drawing.x, y, drawing.right, y, color=MUTED, width=0.6,
                         dash=(4.0, 3.0))
            for x in horizontal_marks:
                self._target(x, y, target)
            painter.text(drawing.x + 3.0, y - 3.0,
                         ctx.t("tile_glue", row=row + 2, column=column + 1), size=size,
                         color=MUTED)
        if row > 0:
            for x in horizontal_marks:
                self._target(x, drawing.y, target)
        self._tile_map(grid, row, column)

    def _target(self, x: float, y: float, radius: float) -> None:
        painter = self.painter
        painter.circle(x, y, radius, fill=None, stroke=INK, width=0.5)
        painter.line(x - radius * 1.6, y, x + radius * 1.6, y, color=INK, width=0.5)
        painter.line(x, y - radius * 1.6, x, y + radius * 1.6, color=INK, width=0.5)

    def _tile_map(self, grid: TileGrid, row: int, column: int) -> None:
        """A small map of all sheets in the footer, this one filled."""
        ctx, painter = self.ctx, self.painter
        cell = 5.0 * ctx.ui_scale
        margin = page_margin(ctx)
        height = footer_height(ctx)
        cell = min(cell, (height - 2.0) / grid.rows)
        if cell < 2.5:
            return  # too many rows to draw legibly; the title block names the sheet
        left = ctx.page_width / 2 - grid.columns * cell / 2
        top = ctx.page_height - margin - height + (height - grid.rows * cell) / 2 + 1.0
        for r in range(grid.rows):
            for c in range(grid.columns):
                here = (r, c) == (row, column)
                painter.rect(Rect(left + c * cell, top + r * cell, cell, cell),
                             fill=INK if here else WHITE, stroke=MUTED, width=0.3)

    # -- flowing text pages (cover, summary, appendix)

    @property
    def _body_size(self) -> float:
        return 9.5 * self.ctx.ui_scale

    def _content_rect(self) -> Rect:
        ctx = self.ctx
        margin = page_margin(ctx)
        header = 16.0 * ctx.ui_scale
        top = margin + header
        bottom = ctx.page_height - margin - footer_height(ctx) - 6.0 * ctx.ui_scale
        return Rect(margin, top, ctx.page_width - 2 * margin, bottom - top)

    def start_flow_page(self, section: str) -> None:
        if self._flow_open:
            self._close_flow_page()
        ctx, painter = self.ctx, self.painter
        self._flow_section = section
        margin = page_margin(ctx)
        size = 8.0 * ctx.ui_scale
        width = ctx.page_width - 2 * margin
        title, _ = fit_single_line(ctx.workshop_title(), measurer(painter, "bold"),
                                   width * 0.6, size)
        baseline = margin + FONT_ASCENT * size
        painter.text(margin, baseline, title, size=size, style="bold", color=MUTED)
        painter.text(ctx.page_width - margin, baseline, section, size=size, color=MUTED,
                     align="right")
        rule_y = baseline + size * 0.6
        painter.line(margin, rule_y, ctx.page_width - margin, rule_y, color=RULE, width=0.5)
        self._flow_y = self._content_rect().y
        self._flow_open = True

    def start_flow_page_at(self, section: str, y: float) -> None:
        """Continue with flowing text on the current page (the cover) from `y` down."""
        self._flow_section = section
        self._flow_y = y
        self._flow_open = True

    @property
    def flow_open(self) -> bool:
        return self._flow_open

    def close_flow(self) -> None:
        if self._flow_open:
            self._close_flow_page()

    def _close_flow_page(self) -> None:
        footer = Rect(page_margin(self.ctx),
                      self.ctx.page_height - page_margin(self.ctx) - footer_height(self.ctx),
                      self.ctx.page_width - 2 * page_margin(self.ctx), footer_height(self.ctx))
        draw_footer(self.painter, self.ctx, footer)
        self._flow_open = False
        self.end_page()

    def _ensure_room(self, height: float) -> None:
        """Start a new page unless `height` more points fit on this one."""
        content = self._content_rect()
        page_full = self._flow_y + height > content.bottom and self._flow_y > content.y + 0.5
        if not self._flow_open or page_full:
            self.start_flow_page(self._flow_section)

    def flow(self, blocks: Sequence[Block]) -> None:
        for index, block in enumerate(blocks):
            if isinstance(block, Heading):
                following = blocks[index + 1] if index + 1 < len(blocks) else None
                self._heading(block, following)
            elif isinstance(block, Para):
                self._paragraph(block)
            else:
                self._table(block)

    def _heading_size(self, level: int) -> float:
        return {0: 20.0, 1: 14.0}.get(level, 11.0) * self.ctx.ui_scale

    def _heading(self, heading: Heading, following: Block | None) -> None:
        size = self._heading_size(heading.level)
        text = sanitize_for_font(heading.text)
        if heading.level == 0:
            self.start_flow_page(text)
        # Keep a heading with at least a few lines of what follows it.
        room = size * 2.2 + (self._body_size * 4 if following is not None else 0)
        self._ensure_room(room)
        if heading.level == 0 or self._flow_y > self._content_rect().y + 0.5:
            self._flow_y += size * 0.9
        if heading.bookmark:
            self.bookmark(text, min(heading.level, 2))
        content = self._content_rect()
        line, _ = fit_single_line(text, measurer(self.painter, "bold"), content.width, size)
        self._flow_y += FONT_ASCENT * size
        self.painter.text(content.x, self._flow_y, line, size=size, style="bold")
        self._flow_y += FONT_DESCENT * size + size * 0.5

    def _paragraph(self, para: Para) -> None:
        content = self._content_rect()
        size = self._body_size * para.size_factor
        indent = para.indent * size * 1.6
        width = content.width - indent
        line_height = size * 1.35
        measure = measurer(self.painter, para.style)
        text = sanitize_for_font(para.text)
        lines, more = wrap_text(text, measure, size, width, para.max_lines)
        if more and lines:
            lines[-1] = ellipsize(lines[-1], measure, size, width)
        if not lines:
            lines = [""]
        if para.keep_with_next:
            self._ensure_room(line_height * (len(lines) + 3))
        for line in lines:
            self._ensure_room(line_height)
            self.painter.text(content.x + indent, self._flow_y + FONT_ASCENT * size +
                              (line_height - size) / 2, line, size=size, color=para.color,
                              style=para.style)
            self._flow_y += line_height
        self._flow_y += size * 0.35

    def _table(self, table: Table) -> None:
        content = self._content_rect()
        size = 8.5 * self.ctx.ui_scale
        line_height = size * 1.3
        pad = size * 0.45
        total_weight = sum(c.weight for c in table.columns) or 1.0
        widths = [content.width * c.weight / total_weight for c in table.columns]

        def cell_lines(cell: Cell, column: Column, width: float, style: FontStyle
                       ) -> list[str]:
            text = sanitize_for_font(cell.text if isinstance(cell, Swatch) else cell)
            if isinstance(cell, Swatch):
                width -= size * 1.5
            measure = measurer(self.painter, style)
            lines, more = wrap_text(text, measure, size, width - 2 * pad, column.max_lines)
            if more and lines:
                lines[-1] = ellipsize(lines[-1], measure, size, width - 2 * pad)
            return lines or [""]

        def draw_row(cells: Sequence[Cell], style: FontStyle, header: bool) -> None:
            wrapped = [cell_lines(cell, column, width, style)
                       for cell, column, width in zip(cells, table.columns, widths, strict=True)]
            height = max(len(lines) for lines in wrapped) * line_height + 2 * pad
            before = self._flow_y
            self._ensure_room(height)
            if self._flow_y < before and not header:
                draw_row([c.title for c in table.columns], "bold", True)  # repeat header
            y = self._flow_y
            if header:
                self.painter.rect(Rect(content.x, y, content.width, height),
                                  fill=_HEADER_FILL)
            x = content.x
            for cell, column, width, lines in zip(cells, table.columns, widths, wrapped,
                                                  strict=True):
                text_x = x + pad
                if isinstance(cell, Swatch):
                    swatch = size * 1.1
                    self.painter.rect(Rect(text_x, y + pad + (line_height - swatch) / 2,
                                           swatch, swatch), fill=cell.color,
                                      stroke=darken(cell.color, 0.6), width=0.4)
                    text_x += size * 1.5
                baseline = y + pad + FONT_ASCENT * size + (line_height - size) / 2
                for line in lines:
                    if column.align == "right":
                        self.painter.text(x + width - pad, baseline, line, size=size,
                                          style=style, align="right")
                    else:
                        self.painter.text(text_x, baseline, line, size=size, style=style)
                    baseline += line_height
                x += width
            self._flow_y = y + height
            self.painter.line(content.x, self._flow_y, content.right, self._flow_y,
                              color=RULE, width=0.4)

        draw_row([c.title for c in table.columns], "bold", True)
        for row in table.rows:
            draw_row(row, "regular", False)
        self._flow_y += size


# --------------------------------------------------------------------------- sections


def _note_summary_text(note: Note) -> str:
    return " ".join(note.text.split())


def top_ideas_section(ctx: ExportContext) -> ReportSection:
    """The most-voted notes across all boards."""
    totals = ctx.vote_totals
    boards = {b.id: b for b in ctx.data.boards}
    voted = [n for n in ctx.data.notes if totals.get(n.id, 0) > 0]
    voted.sort(key=lambda n: (-totals[n.id], n.board_id, n.id))
    section = ReportSection(ctx.t("top_ideas"))
    if not voted:
        section.blocks.append(Para(ctx.t("no_votes"), color=MUTED))
        return section
    rows: list[list[Cell]] = []
    for rank, note in enumerate(voted[:20], start=1):
        board = boards.get(note.board_id)
        team = ctx.teams.get(note.team_id) if note.team_id is not None else None
        team_cell: Cell = Swatch(parse_color(team.color), team.name) if team else ""
        rows.append([str(rank), _note_summary_text(note),
                     ctx.board_title(board) if board else "", team_cell,
                     str(totals[note.id])])
    section.blocks.append(Table(
        [Column(ctx.t("rank"), 0.5, "right"), Column(ctx.t("idea"), 7.0, max_lines=4),
         Column(ctx.t("board"), 2.0), Column(ctx.t("team"), 2.0),
         Column(ctx.t("votes"), 1.0, "right")],
        rows))
    return section


def shortened_notes_section(ctx: ExportContext) -> ReportSection | None:
    """The full text of every note that was shortened on a board, by its number."""
    if not ctx.shortened:
        return None
    section = ReportSection(ctx.t("shortened_notes"))
    section.blocks.append(Para(ctx.t("shortened_intro"), color=MUTED))
    for item in sorted(ctx.shortened.values(), key=lambda i: i.ref):
        parts = [f"#{item.ref}", ctx.board_title(item.board)]
        team = ctx.team_name(item.note.team_id)
        if team:
            parts.append(team)
        if item.note.author.strip():
            parts.append(item.note.author.strip())
        section.blocks.append(Para("  ·  ".join(parts), style="bold", keep_with_next=True))
        section.blocks.append(Para(item.note.text, indent=1))
    return section


def _role_suffix(ctx: ExportContext, note: Note) -> str:
    return "" if note.role == NoteRole.IDEA else f" [{ctx.t('role_' + note.role.value)}]"


def lineage_section(ctx: ExportContext) -> ReportSection:
    """Each idea that led somewhere, with what it became (rules: app.domain.lineage)."""
    section = ReportSection(ctx.t("lineage"))
    trees = lineage.lineage(ctx.data)
    if not trees:
        section.blocks.append(Para(ctx.t("no_lineage"), color=MUTED))
        return section
    section.blocks.append(Para(ctx.t("lineage_intro"), color=MUTED))
    boards = {b.id: b for b in ctx.data.boards}
    none = ctx.t("lineage_none")

    def describe(step: lineage.LineageStep) -> str:
        if step.kind == lineage.StepKind.ORIGIN and step.origin_kind is not None:
            return ctx.t(f"lineage_origin_{step.origin_kind.value}",
                         where=sanitize_for_font(step.stage_name),
                         text=sanitize_for_font(step.origin_text))
        if step.kind == lineage.StepKind.NOTE and step.note is not None:
            board = boards.get(step.note.board_id)
            where = ctx.board_title(board) if board else ""
            return f"{where}: {_note_summary_text(step.note)}{_role_suffix(ctx, step.note)}"
        if step.kind == lineage.StepKind.CANDIDATE:
            category = (
                kano.category_name(step.category, ctx.language) if step.category else none
            )
            return ctx.t("lineage_candidate", kano=category,
                         slice=sanitize_for_font(step.slice_name) or none)
        return ctx.t("lineage_proposition", segment=sanitize_for_font(step.segment_name),
                     slice=sanitize_for_font(step.slice_name) or none)

    def walk(step: lineage.LineageStep, depth: int) -> None:
        prefix = "" if depth == 0 else "→ "
        section.blocks.append(Para(prefix + describe(step), indent=min(depth, 6),
                                   max_lines=3, style="bold" if depth == 0 else "regular"))
        for child in step.children:
            walk(child, depth + 1)

    for tree in trees:
        walk(tree, 0)
    return section


# Summary sections, in order. Later issues append theirs here:
#   candidates with Kano class and score, the release slices, the value propositions.
SUMMARY_SECTIONS: list[SectionBuilder] = [top_ideas_section]
# Appendix sections, in order.
APPENDIX_SECTIONS: list[SectionBuilder] = [shortened_notes_section, lineage_section]


# --------------------------------------------------------------------------- cover


def _draw_cover(doc: _PdfDocument) -> None:
    ctx, painter = doc.ctx, doc.painter
    s = ctx.ui_scale
    workshop = ctx.data.workshop
    margin = page_margin(ctx)
    width = ctx.page_width - 2 * margin
    doc.bookmark(ctx.t("cover"), 0)
    y = margin + ctx.page_height * 0.08
    painter.text(margin, y, ctx.t("report").upper(), size=10.0 * s, color=MUTED, style="bold")
    y += 12.0 * s
    title_size = 30.0 * s
    bold = measurer(painter, "bold")
    title_lines, more = wrap_text(ctx.workshop_title(), bold, title_size, width, 3)
    if more:
        title_lines[-1] = ellipsize(title_lines[-1], bold, title_size, width)
    for line in title_lines:
        y += title_size * 1.15
        painter.text(margin, y, line, size=title_size, style="bold")
    y += title_size * 0.5
    painter.rect(Rect(margin, y, 60.0 * s, 3.0 * s), fill=(255, 193, 7))
    y += 14.0 * s
    challenge = sanitize_for_font(workshop.challenge.strip())
    if challenge:
        size = 14.0 * s
        regular = measurer(painter)
        lines, more = wrap_text(challenge, regular, size, width * 0.85, 6)
        if more:
            lines[-1] = ellipsize(lines[-1], regular, size, width * 0.85)
        for line in lines:
            y += size * 1.35
            painter.text(margin, y, line, size=size)
        y += size
    meta_size = 10.5 * s
    for key, value in (("date", ctx.formatted_date()),
                       ("facilitator", sanitize_for_font(workshop.facilitator.strip()))):
        if value:
            y += meta_size * 1.5
            label = ctx.t(key) + ":"
            painter.text(margin, y, label, size=meta_size, color=MUTED, style="bold")
            painter.text(margin + painter.measure(label, meta_size, "bold") + meta_size * 0.5,
                         y, value, size=meta_size)
    doc.start_flow_page_at(ctx.t("cover"), y + meta_size * 2)


def _cover_blocks(ctx: ExportContext) -> list[Block]:
    blocks: list[Block] = []
    teams = sorted(ctx.data.teams, key=lambda t: (t.position, t.id))
    if teams:
        members: dict[int, list[str]] = {}
        for participant in ctx.data.participants:
            if participant.team_id is not None:
                members.setdefault(participant.team_id, []).append(participant.name)
        note_counts: dict[int, int] = {}
        for note in ctx.data.notes:
            if note.team_id is not None and not note.parked:
                note_counts[note.team_id] = note_counts.get(note.team_id, 0) + 1
        blocks.append(Heading(ctx.t("teams"), 1, bookmark=False))
        blocks.append(Table(
            [Column(ctx.t("team"), 2.5), Column(ctx.t("members"), 6.0, max_lines=3),
             Column(ctx.t("notes_count"), 1.0, "right")],
            [[Swatch(parse_color(t.color), t.name), ", ".join(members.get(t.id, [])),
              str(note_counts.get(t.id, 0))] for t in teams]))
    boards = flow.report_order(ctx.data)
    if boards:
        blocks.append(Heading(ctx.t("boards"), 1, bookmark=False))
        rows: list[list[Cell]] = []
        for board in boards:
            notes = [n for n in ctx.data.notes_on(board.id) if not n.parked]
            votes = sum(ctx.vote_totals.get(n.id, 0) for n in notes)
            items = (str(ctx.data.item_count(board)) if flow.board_used(ctx.data, board)
                     else ctx.t("not_used"))
            rows.append([ctx.board_title(board), ctx.t(f"kind_{board.kind.value}"),
                         items, str(votes)])
        blocks.append(Table(
            [Column(ctx.t("board"), 4.4, max_lines=3), Column(ctx.t("exercise"), 3.0),
             Column(ctx.t("items_count"), 1.6, "right"),
             Column(ctx.t("votes"), 1.0, "right")], rows))
    return blocks


# --------------------------------------------------------------------------- entry points


def _select_boards(data: WorkshopData, board_ids: list[int] | None, out: Path) -> list[Board]:
    ordered = sorted(data.boards, key=lambda b: (b.position, b.id))
    if board_ids is None:
        return ordered
    by_id = {b.id: b for b in data.boards}
    missing = [board_id for board_id in board_ids if board_id not in by_id]
    if missing:
        raise ExportError(out, f"no board with id {', '.join(map(str, missing))}")
    return [by_id[board_id] for board_id in dict.fromkeys(board_ids)]


def _run_sections(doc: _PdfDocument, part_title: str, builders: Sequence[SectionBuilder]
                  ) -> None:
    sections = [section for section in (build(doc.ctx) for build in builders) if section]
    if not sections:
        return
    doc.flow([Heading(part_title, 0)])
    for section in sections:
        doc.flow([Heading(section.title, 1), *section.blocks])


def _report_progress(progress: ProgressCallback | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)


def export_boards_pdf(data: WorkshopData, out: Path, board_ids: list[int] | None = None,
                      setup: PageSetup | None = None,
                      progress: ProgressCallback | None = None) -> ExportResult:
    """One vector page per board (several when tiling), plus an appendix with the full
    text of any note that had to be shortened. `board_ids=None` exports every board."""
    out = Path(out)
    setup = setup or PageSetup()
    boards = _select_boards(data, board_ids, out)
    if not boards:
        raise ExportError(out, "the workshop has no boards to export")
    total = len(boards) + 1
    with atomic_output(out) as temp:
        doc = _PdfDocument(temp, data, setup, subject_key="boards_pdf", show_refs=True)
        for index, board in enumerate(boards, start=1):
            doc.board_pages(board)
            _report_progress(progress, index, total)
        _run_sections(doc, doc.ctx.t("appendix"), [shortened_notes_section])
        doc.save()
        _report_progress(progress, total, total)
    return ExportResult(out, doc.pages, tuple(doc.ctx.shortened))


def export_report_pdf(data: WorkshopData, out: Path, setup: PageSetup | None = None,
                      progress: ProgressCallback | None = None) -> ExportResult:
    """The workshop report: cover, every board that was used (in the agenda's order; the
    cover lists the unused ones), summary tables and the appendix."""
    out = Path(out)
    setup = setup or PageSetup()
    boards = [b for b in flow.report_order(data) if flow.board_used(data, b)]
    total = len(boards) + 3
    with atomic_output(out) as temp:
        doc = _PdfDocument(temp, data, setup, subject_key="report", show_refs=True)
        _draw_cover(doc)
        doc.flow(_cover_blocks(doc.ctx))
        _report_progress(progress, 1, total)
        for index, board in enumerate(boards, start=2):
            doc.board_pages(board)
            _report_progress(progress, index, total)
        _run_sections(doc, doc.ctx.t("summary"), SUMMARY_SECTIONS)
        _report_progress(progress, total - 1, total)
        _run_sections(doc, doc.ctx.t("appendix"), APPENDIX_SECTIONS)
        doc.save()
        _report_progress(progress, total, total)
    return ExportResult(out, doc.pages, tuple(doc.ctx.shortened))
