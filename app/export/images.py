"""Photos on board pages, for both back ends: ReportLab (PDF) and Pillow (PNG).

A board page draws its notes with `layout.draw_capture`, which fits the notes' bounds into
the drawing frame. Photos are drawn first (behind clusters and notes, as on screen) with
the very same transform, so a photo stays where it was next to the notes. When a board has
photos but no notes, the photos' own bounds are fitted instead. Anything outside the
drawing frame is clipped: the page's title block and legend are never covered.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from app.domain.model import Board, ImageItem
from app.export.layout import (
    ExportContext,
    Rect,
    board_bounds,
    fit_board,
    max_board_scale,
)


@dataclass(frozen=True)
class Placement:
    image: ImageItem
    rect: Rect  # page points (top-down, like the layout)


def board_images(ctx: ExportContext, board: Board) -> list[ImageItem]:
    return sorted((i for i in ctx.data.images if i.board_id == board.id), key=lambda i: i.id)


def image_placements(ctx: ExportContext, board: Board, frame: Rect) -> list[Placement]:
    """Where each photo of the board lands on the page, clipped later to `frame`."""
    images = board_images(ctx, board)
    if not images:
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
        if rect.width > 0 and rect.height > 0 and rect.intersects(frame):
            placements.append(Placement(image, rect))
    return placements


def draw_images_pdf(
    canvas: Canvas, page_height: float, ctx: ExportContext, board: Board, frame: Rect
) -> None:
    """Draw the board's photos on a ReportLab canvas."""
    placements = image_placements(ctx, board, frame)
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
    clip = (
        round(frame.x * scale),
        round(frame.y * scale),
        round(frame.right * scale),
        round(frame.bottom * scale),
    )
    for placement in image_placements(ctx, board, frame):
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
            with Image.open(io.BytesIO(placement.image.png), formats=("PNG",)) as source:
                picture = source.convert("RGBA").resize((width, height), Image.Resampling.LANCZOS)
        except Exception:  # a damaged stored picture must not break the whole export
            continue
        crop = picture.crop(
            (visible[0] - box[0], visible[1] - box[1], visible[2] - box[0], visible[3] - box[1])
        )
        target.paste(crop.convert(target.mode), (visible[0], visible[1]), crop)
