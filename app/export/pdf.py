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
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import shapeStr
from reportlab.pdfgen.canvas import Canvas

from app import files
from app.domain import flow, texts
from app.domain.model import Board, WorkshopData
from app.export.blocks import Block as Block
from app.export.blocks import Cell as Cell
from app.export.blocks import Column as Column
from app.export.blocks import Heading as Heading
from app.export.blocks import Keep as Keep
from app.export.blocks import Para as Para
from app.export.blocks import ReportSection as ReportSection
from app.export.blocks import SectionBuilder as SectionBuilder
from app.export.blocks import Swatch as Swatch
from app.export.blocks import Table as Table
from app.export.fonts import (
    SHAPED_FONTS,
    FontStyle,
    font_name,
    font_runs,
    main_face_only,
    register_fonts,
    sanitize_for_font,
)
from app.export.images import (
    Placement,
    draw_images_pdf,
    draw_photos_page,
    draw_placements_pdf,
    sheet_photos,
)
from app.export.layout import (
    AUTO_TILE_MIN_NOTE_WIDTH_PT,
    AUTO_TILE_NOTE_WIDTH_PT,
    FONT_ASCENT,
    FONT_DESCENT,
    INK,
    MUTED,
    PT_PER_MM,
    RGB,
    WHITE,
    Align,
    ExportContext,
    PageFrames,
    Point,
    Rect,
    TileGrid,
    board_legend,
    board_page_frames,
    draw_board_page,
    extent_for,
    footer_height,
    legend_height,
    line_start,
    measurer,
    normalise_page_name,
    page_margin,
    page_size_points,
    plan_tiles,
    subpages_for,
)
from app.export.report_pages import FlowPages
from app.export.report_sections import (
    cover_blocks,
    lineage_section,
    shortened_notes_section,
    top_ideas_section,
)
from app.export.scripts import visual
from app.export.textfit import ellipsize, fit_single_line, wrap_text

ProgressCallback = Callable[[int, int], None]

TOTAL_PAGES_FORM = "pointb-total-pages"


class ExportError(Exception):
    """An export could not be written; the message names the file and the reason."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"Could not export {path}: {reason}")
        self.path = path
        self.reason = reason


@dataclass(frozen=True)
class PageSetup:
    """Paper for an export. Boards too large to read on one sheet are split over several
    sheets that overlap by `overlap_mm`: with `tiling` None (the default) only when their
    text would print below 6 pt; with True already when notes would be under 2.8 cm wide
    (and then at a comfortable 4 cm); with False never (the board prints with its
    appendix numbers and the export warns how many sheets it needs)."""

    size: str = "A3"
    orientation: Literal["landscape", "portrait"] = "landscape"
    tiling: bool | None = None
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
    warnings: tuple[str, ...] = ()  # one line each, for stderr or the export dialog


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
        shown = visual(text)
        runs = font_runs(shown, style) if not main_face_only(shown) else [(None, shown)]
        # Right-to-left text is drawn in visual order and shaped scripts as glyph clusters:
        # the span carries the text as typed, so copy and search give the words.
        actual = shown != text or any(face in SHAPED_FONTS for face, _run in runs)
        if actual:
            logical = text.encode("utf-16-be").hex().upper()
            self.canvas._code.append(f"/Span <</ActualText <FEFF{logical}>>> BDC")
        if len(runs) == 1 and runs[0][0] is None:
            if align == "right":
                self.canvas.drawRightString(x, y, shown)
            elif align == "centre":
                self.canvas.drawCentredString(x, y, shown)
            else:
                self.canvas.drawString(x, y, shown)
        else:
            # Scripts DejaVu lacks come from the bundled fallback faces, run by run.
            widths = [self._run_width(face, run, size, style) for face, run in runs]
            left = x - (sum(widths) if align == "right" else
                        sum(widths) / 2 if align == "centre" else 0.0)
            for (face, run), width in zip(runs, widths, strict=True):
                self.canvas.setFont(face or self._font_names[style], size)
                # A shaped run (Devanagari) goes in as HarfBuzz's glyphs and positions.
                self.canvas.drawString(left, y, shapeStr(run, face, size, force=True)
                                       if face in SHAPED_FONTS else run)
                left += width
        if actual:
            self.canvas._code.append("EMC")

    def _run_width(self, face: str | None, run: str, size: float, style: FontStyle) -> float:
        if face is None:
            return self._main_width(run, size, style)
        if face in SHAPED_FONTS:
            shaped = shapeStr(run, face, size, force=True)
            return float(sum(g.x_advance for g in shaped.__shapeData__) * size / 1000)
        return float(pdfmetrics.stringWidth(run, face, size))

    def measure(self, text: str, size: float, style: FontStyle = "regular") -> float:
        text = visual(text)
        if main_face_only(text):
            return self._main_width(text, size, style)
        return sum(self._run_width(face, run, size, style)
                   for face, run in font_runs(text, style))

    def _main_width(self, text: str, size: float, style: FontStyle) -> float:
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


@contextlib.contextmanager
def atomic_output(out: Path) -> Iterator[Path]:
    """Yield a temporary path beside `out`; move it over `out` only if the body succeeds.

    Same folder so the final os.replace is a rename on one file system (atomic); on any
    error the temporary file is removed, `out` is untouched and ExportError is raised.
    """
    out = Path(out)
    try:
        with files.atomic_path(out) as temp:
            yield temp
    except ExportError:
        raise
    except Exception as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise ExportError(out, reason or type(exc).__name__) from exc


# --------------------------------------------------------------------------- document


class _PdfDocument(FlowPages):
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
        self.painter: PdfPainter = PdfPainter(self.canvas, height)
        self.ctx = ExportContext(data, width, height, show_refs=show_refs)
        self.pages = 0
        self.warnings: list[str] = []
        # Named destinations (contents entries) and the page each starts on.
        self.destinations: dict[str, int] = {}
        self.contents_keys: list[str] = []
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

    def destination(self, key: str) -> None:
        """Mark the current page as the target of contents entry `key`."""
        self.canvas.bookmarkPage(key)
        self.destinations.setdefault(key, self.pages + 1)

    def contents_page(self, entries: Sequence[tuple[str, str, int]]) -> None:
        """A printed contents page: each (title, destination key, level) with its page
        number and a link to it. Pages are known only at the end, so each number is a
        form filled in by `save` (like the page total)."""
        self.close_flow()
        ctx, painter = self.ctx, self.painter
        self.bookmark(ctx.t("contents"), 0)
        self.start_flow_page(ctx.t("contents"))
        content = self._content_rect()
        size = self._body_size * 1.1
        heading = self._heading_size(0)
        y = content.y + FONT_ASCENT * heading
        painter.text(content.x, y, ctx.t("contents"), size=heading, style="bold")
        y += heading * 0.9
        number_width = painter.measure("0000", size)
        for title, key, level in entries:
            line_height = size * (1.9 if level == 0 else 1.5)
            if y + line_height > content.bottom:
                self._flow_y = y
                self._close_flow_page()
                self.start_flow_page(ctx.t("contents"))
                y = self._content_rect().y
            y += line_height
            indent = size * 1.6 * level
            style: FontStyle = "bold" if level == 0 else "regular"
            text, _ = fit_single_line(sanitize_for_font(title), measurer(painter, style),
                                      content.width - indent - number_width - size, size)
            # A right-to-left title ends where the page numbers' column begins.
            start, align = line_start(text, content.x + indent,
                                      content.right - number_width - size)
            painter.text(start, y, text, size=size, style=style, align=align)
            self.canvas.saveState()
            self.canvas.translate(content.right, ctx.page_height - y)
            self.canvas.doForm(f"pointb-toc-{key}")
            self.canvas.restoreState()
            top = ctx.page_height - (y - size * FONT_ASCENT - size * 0.2)
            bottom = ctx.page_height - (y + size * FONT_DESCENT + size * 0.2)
            self.canvas.linkRect("", key, (content.x + indent, bottom, content.right, top),
                                 relative=0, thickness=0)
        self._flow_y = y + size
        self._close_flow_page()

    def _contents_numbers(self, keys: Sequence[str]) -> None:
        size = self._body_size * 1.1
        for key in keys:
            self.canvas.beginForm(f"pointb-toc-{key}", lowerx=-size * 6, lowery=-size,
                                  upperx=0, uppery=size * 2)
            self.canvas.setFont(font_name("regular"), size)
            self.canvas.setFillColorRGB(*(c / 255 for c in INK))
            self.canvas.drawRightString(0, 0, str(self.destinations.get(key, "")))
            self.canvas.endForm()

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
        self._contents_numbers(self.contents_keys)
        self.canvas.showOutline()
        self.canvas.save()

    # -- board pages

    def board_pages(self, board: Board) -> None:
        """One page per board, or several sheets when tiling a board too big to read."""
        self.close_flow()
        ctx, painter = self.ctx, self.painter
        title = ctx.board_title(board)
        self.destination(f"board-{board.id}")
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
        grid = self._tile_grid(board, auto=self.setup.tiling is not True)
        if grid is not None and self.setup.tiling is False:
            self.warnings.append(self.ctx.t("needs_tiles", board=title,
                                            sheets=grid.rows * grid.columns,
                                            size=self.setup.size))
            grid = None
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

    def _tile_grid(self, board: Board, *, auto: bool) -> TileGrid | None:
        extent = extent_for(board.kind)
        bounds = extent(self.ctx, board) if extent else None
        if bounds is None:
            return None
        entries = board_legend(self.painter, self.ctx, board)
        content_width = self.ctx.page_width - 2 * page_margin(self.ctx)
        frames = board_page_frames(self.ctx, legend_height(self.painter, self.ctx, entries,
                                                           content_width))
        overlap = self.setup.overlap_mm * PT_PER_MM
        if auto:
            return plan_tiles(bounds, frames.drawing, overlap,
                              min_note_width=AUTO_TILE_MIN_NOTE_WIDTH_PT,
                              note_width=AUTO_TILE_NOTE_WIDTH_PT)
        return plan_tiles(bounds, frames.drawing, overlap)

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

# Summary sections, in order. Exercise pages append theirs here:
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
    # Right-to-left lines (a title or challenge in Hebrew or Arabic) read from the right.
    for line in title_lines:
        y += title_size * 1.15
        start, align = line_start(line, margin, margin + width)
        painter.text(start, y, line, size=title_size, style="bold", align=align)
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
            start, align = line_start(line, margin, margin + width * 0.85)
            painter.text(start, y, line, size=size, align=align)
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


def _run_sections(doc: _PdfDocument, part_title: str, builders: Sequence[SectionBuilder],
                  destination: str | None = None) -> None:
    sections = [section for section in (build(doc.ctx) for build in builders) if section]
    if not sections:
        return
    doc.flow([Heading(part_title, 0)])
    if destination is not None:
        doc.destination(destination)
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
    return ExportResult(out, doc.pages, tuple(doc.ctx.shortened), tuple(doc.warnings))


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
        doc.flow(cover_blocks(doc.ctx))
        entries = [(doc.ctx.board_title(board), f"board-{board.id}", 0) for board in boards]
        entries += [(doc.ctx.t("summary"), "part-summary", 0),
                    (doc.ctx.t("appendix"), "part-appendix", 0)]
        doc.contents_keys = [key for _title, key, _level in entries]
        doc.contents_page(entries)
        _report_progress(progress, 1, total)
        for index, board in enumerate(boards, start=2):
            doc.board_pages(board)
            _report_progress(progress, index, total)
        _run_sections(doc, doc.ctx.t("summary"), SUMMARY_SECTIONS, "part-summary")
        _report_progress(progress, total - 1, total)
        _run_sections(doc, doc.ctx.t("appendix"), APPENDIX_SECTIONS, "part-appendix")
        doc.save()
        _report_progress(progress, total, total)
    return ExportResult(out, doc.pages, tuple(doc.ctx.shortened), tuple(doc.warnings))
