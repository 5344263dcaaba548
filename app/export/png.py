"""PNG images of boards (Pillow), drawn with the same page layout as the PDF pages."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont, features

from app.domain.model import WorkshopData
from app.export.fonts import (
    SHAPED_FONTS,
    FontStyle,
    fallback_path,
    font_path,
    font_runs,
    main_face_only,
)
from app.export.images import (
    Placement,
    draw_images_pil,
    draw_photo_strip,
    draw_placements_pil,
    photo_strip,
    sheet_photos,
)
from app.export.layout import (
    INK,
    RGB,
    Align,
    ExportContext,
    Painter,
    Point,
    Rect,
    board_legend,
    board_page_frames,
    draw_board_page,
    legend_height,
    normalise_page_name,
    page_margin,
    page_size_points,
)
from app.export.pdf import ExportError, ExportResult, atomic_output
from app.export.scripts import visual

MIN_DPI = 10
MAX_DPI = 1200
# Far below Pillow's own decompression-bomb limit; an A0 sheet at 300 dpi is ~140 MP.
MAX_PIXELS = 150_000_000

_ANCHORS: dict[Align, str] = {"left": "ls", "right": "rs", "centre": "ms"}


@lru_cache(maxsize=256)
def _font(style: FontStyle, pixel_size: float) -> ImageFont.FreeTypeFont:
    # BASIC layout: no dependency on libraqm, and the same glyph advances everywhere,
    # which the golden-image test relies on.
    return ImageFont.truetype(str(font_path(style)), size=pixel_size,
                              layout_engine=ImageFont.Layout.BASIC)


@lru_cache(maxsize=64)
def _fallback_font(face: str, pixel_size: int) -> ImageFont.FreeTypeFont:
    # Shaped scripts (Devanagari) need complex layout: libraqm where Pillow has it.
    engine = (ImageFont.Layout.RAQM if face in SHAPED_FONTS and features.check("raqm")
              else ImageFont.Layout.BASIC)
    return ImageFont.truetype(str(fallback_path(face)), size=pixel_size, layout_engine=engine)


class PilPainter:
    """The layout `Painter` on a Pillow image: points are scaled by dpi / 72."""

    def __init__(self, image: Image.Image, dpi: float) -> None:
        self.draw = ImageDraw.Draw(image)
        self.scale = dpi / 72.0

    def _px(self, value: float) -> float:
        return value * self.scale

    def _width(self, width: float) -> int:
        return max(1, round(width * self.scale))

    def _font(self, style: FontStyle, size: float) -> ImageFont.FreeTypeFont:
        # Quarter-pixel steps keep the font cache small without visible size error.
        return _font(style, max(1.0, round(size * self.scale * 4) / 4))

    def rect(self, r: Rect, *, fill: RGB | None, stroke: RGB | None = None,
             width: float = 0.5, radius: float = 0.0,
             dash: tuple[float, float] | None = None) -> None:
        box = (self._px(r.x), self._px(r.y), self._px(r.right), self._px(r.bottom))
        if box[2] - box[0] < 0.5 or box[3] - box[1] < 0.5:
            return
        if dash and stroke is not None:
            self.rect(r, fill=fill, radius=radius)
            for x1, y1, x2, y2 in ((r.x, r.y, r.right, r.y), (r.right, r.y, r.right, r.bottom),
                                   (r.right, r.bottom, r.x, r.bottom), (r.x, r.bottom, r.x, r.y)):
                self.line(x1, y1, x2, y2, color=stroke, width=width, dash=dash)
            return
        outline_width = self._width(width) if stroke is not None else 0
        pixel_radius = min(self._px(radius), (box[2] - box[0]) / 2, (box[3] - box[1]) / 2)
        if pixel_radius >= 1:
            self.draw.rounded_rectangle(box, radius=pixel_radius, fill=fill, outline=stroke,
                                        width=outline_width)
        else:
            self.draw.rectangle(box, fill=fill, outline=stroke, width=outline_width)

    def polygon(self, points: Sequence[Point], *, fill: RGB | None,
                stroke: RGB | None = None, width: float = 0.5) -> None:
        scaled = [(self._px(x), self._px(y)) for x, y in points]
        self.draw.polygon(scaled, fill=fill, outline=stroke,
                          width=self._width(width) if stroke is not None else 0)

    def circle(self, cx: float, cy: float, radius: float, *, fill: RGB | None,
               stroke: RGB | None = None, width: float = 0.5) -> None:
        x, y, r = self._px(cx), self._px(cy), self._px(radius)
        self.draw.ellipse((x - r, y - r, x + r, y + r), fill=fill, outline=stroke,
                          width=self._width(width) if stroke is not None else 0)

    def line(self, x1: float, y1: float, x2: float, y2: float, *, color: RGB,
             width: float = 0.5, dash: tuple[float, float] | None = None) -> None:
        start, end = (self._px(x1), self._px(y1)), (self._px(x2), self._px(y2))
        if not dash:
            self.draw.line([start, end], fill=color, width=self._width(width))
            return
        length = ((end[0] - start[0]) ** 2 + (end[1] - start[1]) ** 2) ** 0.5
        if length == 0:
            return
        on, off = self._px(dash[0]), self._px(dash[1])
        dx, dy = (end[0] - start[0]) / length, (end[1] - start[1]) / length
        position = 0.0
        while position < length:
            stop = min(position + on, length)
            self.draw.line([(start[0] + dx * position, start[1] + dy * position),
                            (start[0] + dx * stop, start[1] + dy * stop)],
                           fill=color, width=self._width(width))
            position = stop + off

    def text(self, x: float, baseline: float, text: str, *, size: float,
             color: RGB = INK, style: FontStyle = "regular", align: Align = "left") -> None:
        if not text:
            return
        # BASIC layout draws as given: right-to-left lines go in visual order (scripts).
        shown = visual(text)
        runs = [(None, shown)] if main_face_only(shown) else font_runs(shown, style)
        if len(runs) == 1 and runs[0][0] is None:
            self.draw.text((self._px(x), self._px(baseline)), shown, fill=color,
                           font=self._font(style, size), anchor=_ANCHORS[align])
            return
        # Scripts DejaVu lacks come from the bundled fallback faces, run by run.
        fonts = [self._run_font(face, style, size) for face, _run in runs]
        widths = [float(font.getlength(run)) for font, (_face, run) in zip(fonts, runs,
                                                                             strict=True)]
        left = self._px(x) - (sum(widths) if align == "right" else
                              sum(widths) / 2 if align == "centre" else 0.0)
        for font, (_face, run), width in zip(fonts, runs, widths, strict=True):
            self.draw.text((left, self._px(baseline)), run, fill=color, font=font,
                           anchor="ls")
            left += width

    def _run_font(self, face: str | None, style: FontStyle,
                  size: float) -> ImageFont.FreeTypeFont:
        if face is None:
            return self._font(style, size)
        return _fallback_font(face, max(1, round(size * self.scale)))

    def measure(self, text: str, size: float, style: FontStyle = "regular") -> float:
        shown = visual(text)
        if main_face_only(shown):
            return float(self._font(style, size).getlength(shown)) / self.scale
        return sum(float(self._run_font(face, style, size).getlength(run))
                   for face, run in font_runs(shown, style)) / self.scale


def render_board_image(data: WorkshopData, board_id: int, *, dpi: float = 150,
                       page: str = "A3", landscape: bool = True
                       ) -> tuple[Image.Image, tuple[int, ...]]:
    """The board page as an RGB image (no file written), and the ids of notes whose
    text had to be shortened."""
    board = data.board(board_id)
    if board is None:
        raise ValueError(f"no board with id {board_id}")
    if not MIN_DPI <= dpi <= MAX_DPI:
        raise ValueError(f"dpi must be between {MIN_DPI} and {MAX_DPI}, not {dpi}")
    width_pt, height_pt = page_size_points(normalise_page_name(page), landscape)
    size = (round(width_pt / 72.0 * dpi), round(height_pt / 72.0 * dpi))
    if size[0] * size[1] > MAX_PIXELS:
        raise ValueError(f"{size[0]} × {size[1]} pixels is too large; choose a lower dpi")
    image = Image.new("RGB", size, (255, 255, 255))
    ctx = ExportContext(data, width_pt, height_pt, show_refs=False)
    painter: Painter = PilPainter(image, dpi)
    if sheet_photos(ctx, board):
        # An exercise board: its drawing above, its photos in a strip below.
        content_width = ctx.page_width - 2 * page_margin(ctx)
        drawing = board_page_frames(ctx, legend_height(
            painter, ctx, board_legend(painter, ctx, board), content_width)).drawing
        board_part, strip = photo_strip(ctx, drawing)

        def pictures(placements: list[Placement], clip: Rect) -> None:
            draw_placements_pil(image, dpi / 72.0, placements, clip)

        draw_board_page(painter, ctx, board, virtual_frame=board_part,
                        after_board=lambda _frames: draw_photo_strip(
                            painter, ctx, board, strip, pictures))
        return image, tuple(ctx.shortened)
    # Photos first: behind clusters and notes, as on screen (app.export.images).
    draw_board_page(painter, ctx, board, before_board=lambda frames: draw_images_pil(
        image, dpi / 72.0, ctx, board, frames.drawing))
    return image, tuple(ctx.shortened)


def export_board_png(data: WorkshopData, board_id: int, out: Path, dpi: int = 150,
                     page: str = "A3", landscape: bool = True) -> ExportResult:
    """Write one board as a PNG sized like the printed page at `dpi` (A3 landscape at
    150 dpi is 2480 × 1754 px). Atomic: on failure `out` is untouched."""
    out = Path(out)
    try:
        image, shortened = render_board_image(data, board_id, dpi=dpi, page=page,
                                              landscape=landscape)
    except ValueError as exc:
        raise ExportError(out, str(exc)) from exc
    with atomic_output(out) as temp:
        image.save(temp, format="PNG", dpi=(dpi, dpi), compress_level=6)
    return ExportResult(out, 1, shortened)


def numbered_paths(out: Path, count: int) -> list[Path]:
    """Where `count` board images go: `out` itself for one board, else NAME-1.png,
    NAME-2.png, ... beside it, in board order."""
    out = Path(out)
    if count == 1:
        return [out]
    return [out.with_name(f"{out.stem}-{index}{out.suffix}") for index in range(1, count + 1)]


def export_boards_png(data: WorkshopData, board_ids: list[int], out: Path, dpi: int = 150,
                      page: str = "A3", landscape: bool = True) -> list[ExportResult]:
    """One PNG per board (see `numbered_paths`); each file is written atomically."""
    return [export_board_png(data, board_id, path, dpi, page, landscape)
            for board_id, path in zip(board_ids, numbered_paths(out, len(board_ids)),
                                      strict=True)]
