"""Photos on board pages, for both back ends: ReportLab (PDF) and Pillow (PNG).

A board page draws its notes with `layout.draw_capture`, which fits the notes' bounds into
the drawing frame. Photos are drawn first (behind clusters and notes, as on screen) with
the very same transform, so a photo stays where it was next to the notes. When a board has
photos but no notes, the photos' own bounds are fitted instead. Anything outside the
drawing frame is clipped: the page's title block and legend are never covered.

Exercise boards (good/bad idea, prioritisation, value propositions) draw lanes, tables and
canvases over the whole frame, and their photos live in a side panel, not among the notes.
Their photos are laid out as a contact sheet instead (`sheet_placements`, captioned with
the file names): on a "Photos" page after the board's pages in PDFs, and in a strip below
the board drawing in PNGs (one picture per board).
"""

from __future__ import annotations

import io
import math
from collections.abc import Callable
from dataclasses import dataclass

from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from app.domain.model import STORED_PHOTO_FORMATS, Board, BoardKind, ImageItem
from app.export.fonts import sanitize_for_font
from app.export.layout import (
    FONT_ASCENT,
    MUTED,
    RULE,
    ExportContext,
    Painter,
    Rect,
    board_bounds,
    board_page_frames,
    draw_footer,
    draw_title_block,
    fit_board,
    max_board_scale,
    measurer,
)
from app.export.textfit import fit_single_line


@dataclass(frozen=True)
class Placement:
    image: ImageItem
    rect: Rect  # page points (top-down, like the layout)
    cell: Rect | None = None  # on a contact sheet: the picture's cell (caption below it)


def board_images(ctx: ExportContext, board: Board) -> list[ImageItem]:
    return sorted((i for i in ctx.data.images if i.board_id == board.id), key=lambda i: i.id)


def photos_behind_board(board: Board) -> bool:
    """Capture boards show photos among the notes; exercise boards on a contact sheet."""
    return board.kind == BoardKind.CAPTURE


def sheet_photos(ctx: ExportContext, board: Board) -> list[ImageItem]:
    """The photos an exercise board shows on its contact sheet (none for capture boards)."""
    return [] if photos_behind_board(board) else board_images(ctx, board)


def image_placements(ctx: ExportContext, board: Board, frame: Rect) -> list[Placement]:
    """Where each photo of the board lands on the page, clipped later to `frame`."""
    images = board_images(ctx, board)
    if not images or not photos_behind_board(board):
        return []
    bounds = board_bounds(ctx.data, board)
    if bounds is None:
        first = images[0]
        bounds = Rect(first.x, first.y, max(first.width, 1.0), max(first.height, 1.0))
        for image in images[1:]:
            bounds = bounds.union(
                Rect(image.x, image.y, max(image.width, 1.0), max(image.height, 1.0))
            )
    transform = fit_board(bounds, frame, max_board_scale(ctx))
    placements = []
    for image in images:
        rect = transform.rect(Rect(image.x, image.y, image.width, image.height))
        if rect.width > 0 and rect.height > 0 and rect.overlaps(frame):
            placements.append(Placement(image, rect))
    return placements


def draw_images_pdf(
    canvas: Canvas, page_height: float, ctx: ExportContext, board: Board, frame: Rect
) -> None:
    """Draw the board's photos on a ReportLab canvas."""
    draw_placements_pdf(canvas, page_height, image_placements(ctx, board, frame), frame)


def draw_placements_pdf(
    canvas: Canvas, page_height: float, placements: list[Placement], frame: Rect
) -> None:
    """Draw placed photos on a ReportLab canvas, clipped to `frame`."""
    if not placements:
        return
    canvas.saveState()
    path = canvas.beginPath()
    path.rect(frame.x, page_height - frame.bottom, frame.width, frame.height)
    canvas.clipPath(path, stroke=0, fill=0)
    for placement in placements:
        try:
            reader = ImageReader(io.BytesIO(placement.image.png))
        except Exception:  # a damaged stored picture must not break the whole export
            continue
        r = placement.rect
        canvas.drawImage(reader, r.x, page_height - r.bottom, r.width, r.height, mask="auto")
    canvas.restoreState()


def draw_images_pil(
    target: Image.Image, scale: float, ctx: ExportContext, board: Board, frame: Rect
) -> None:
    """Draw the board's photos on a Pillow page image (`scale` = pixels per point)."""
    draw_placements_pil(target, scale, image_placements(ctx, board, frame), frame)


def draw_placements_pil(
    target: Image.Image, scale: float, placements: list[Placement], frame: Rect
) -> None:
    """Draw placed photos on a Pillow page image, clipped to `frame`."""
    clip = (
        round(frame.x * scale),
        round(frame.y * scale),
        round(frame.right * scale),
        round(frame.bottom * scale),
    )
    for placement in placements:
        r = placement.rect
        box = (
            round(r.x * scale),
            round(r.y * scale),
            round(r.right * scale),
            round(r.bottom * scale),
        )
        width, height = box[2] - box[0], box[3] - box[1]
        visible = (
            max(box[0], clip[0]),
            max(box[1], clip[1]),
            min(box[2], clip[2]),
            min(box[3], clip[3]),
        )
        if width < 1 or height < 1 or visible[0] >= visible[2] or visible[1] >= visible[3]:
            continue
        try:
            with Image.open(io.BytesIO(placement.image.png),
                            formats=STORED_PHOTO_FORMATS) as source:
                picture = source.convert("RGBA").resize((width, height), Image.Resampling.LANCZOS)
        except Exception:  # a damaged stored picture must not break the whole export
            continue
        crop = picture.crop(
            (visible[0] - box[0], visible[1] - box[1], visible[2] - box[0], visible[3] - box[1])
        )
        target.paste(crop.convert(target.mode), (visible[0], visible[1]), crop)


# --- the contact sheet of an exercise board's photos ----------------------------------------
def caption_size(ctx: ExportContext) -> float:
    return 7.5 * ctx.ui_scale


def sheet_placements(ctx: ExportContext, images: list[ImageItem], frame: Rect) -> list[Placement]:
    """Photos in a grid filling `frame` as fully as possible (proportions kept), each with
    room for a one-line caption below it, in the order they were added."""
    if not images:
        return []
    gap = 8.0 * ctx.ui_scale
    caption = caption_size(ctx) * 1.9
    best: tuple[float, int, float, float] | None = None
    for columns in range(1, len(images) + 1):
        rows = math.ceil(len(images) / columns)
        cell_w = (frame.width - gap * (columns - 1)) / columns
        cell_h = (frame.height - gap * (rows - 1)) / rows - caption
        if cell_w <= 1 or cell_h <= 1:
            continue
        area = sum(
            i.width * i.height * min(cell_w / max(i.width, 1.0), cell_h / max(i.height, 1.0)) ** 2
            for i in images
        )
        if best is None or area > best[0] * 1.0001:
            best = (area, columns, cell_w, cell_h)
    if best is None:
        return []
    _area, columns, cell_w, cell_h = best
    placements = []
    for index, image in enumerate(images):
        row, column = divmod(index, columns)
        cell = Rect(frame.x + column * (cell_w + gap), frame.y + row * (cell_h + caption + gap),
                    cell_w, cell_h + caption)
        scale = min(cell_w / max(image.width, 1.0), cell_h / max(image.height, 1.0))
        width, height = image.width * scale, image.height * scale
        rect = Rect(cell.x + (cell_w - width) / 2, cell.y + (cell_h - height) / 2, width, height)
        placements.append(Placement(image, rect, cell))
    return placements


def draw_sheet_frames(painter: Painter, ctx: ExportContext, placements: list[Placement]) -> None:
    """A hairline around each photo (white paper on a white page) and its file name."""
    size = caption_size(ctx)
    measure = measurer(painter)
    for placement in placements:
        r = placement.rect
        painter.rect(r, fill=None, stroke=RULE, width=0.5)
        cell = placement.cell or r
        name, _ = fit_single_line(sanitize_for_font(placement.image.name), measure,
                                  cell.width, size)
        painter.text(cell.x + cell.width / 2, r.bottom + size * 0.5 + FONT_ASCENT * size, name,
                     size=size, color=MUTED, align="centre")


def draw_photos_page(painter: Painter, ctx: ExportContext, board: Board,
                     draw_pictures: Callable[[list[Placement], Rect], None]) -> None:
    """A page with the exercise board's photos as a contact sheet; the backend draws the
    pictures themselves (`draw_pictures(placements, clip)`)."""
    frames = board_page_frames(ctx, 0.0)
    placements = sheet_placements(ctx, sheet_photos(ctx, board), frames.drawing)
    draw_pictures(placements, frames.drawing)
    draw_sheet_frames(painter, ctx, placements)
    draw_title_block(painter, ctx, board, frames.title, ctx.t("photos"))
    draw_footer(painter, ctx, frames.footer)


def photo_strip(ctx: ExportContext, frame: Rect) -> tuple[Rect, Rect]:
    """Split a drawing frame into the board's part and a strip of photos below it."""
    gap = 8.0 * ctx.ui_scale
    strip = max(frame.height * 0.3, 40.0 * ctx.ui_scale)
    board_part = Rect(frame.x, frame.y, frame.width, max(10.0, frame.height - strip - gap))
    return board_part, Rect(frame.x, board_part.bottom + gap, frame.width,
                            max(1.0, frame.bottom - board_part.bottom - gap))


def draw_photo_strip(painter: Painter, ctx: ExportContext, board: Board, strip: Rect,
                     draw_pictures: Callable[[list[Placement], Rect], None]) -> None:
    """The exercise board's photos in a strip: a rule, the word "Photos", the pictures."""
    size = caption_size(ctx)
    painter.line(strip.x, strip.y, strip.right, strip.y, color=RULE, width=0.5)
    painter.text(strip.x, strip.y + size * 0.6 + FONT_ASCENT * size, ctx.t("photos"),
                 size=size, color=MUTED, style="bold")
    heading = size * 2.0
    area = Rect(strip.x, strip.y + heading, strip.width, max(1.0, strip.height - heading))
    placements = sheet_placements(ctx, sheet_photos(ctx, board), area)
    draw_pictures(placements, area)
    draw_sheet_frames(painter, ctx, placements)
