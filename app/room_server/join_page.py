"""A printable "join the session" page: the QR code (vector), the address and the code.

For a wall or a table card where the projector is busy. One A4 page in the workshop's
language, with the bundled DejaVu font so Russian prints too.
"""

from __future__ import annotations

from pathlib import Path

import segno
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from app.domain.i18n import N_
from app.domain.texts import render
from app.export.fonts import font_name, register_fonts, sanitize_for_font

MESSAGES = {
    "title": N_("Join from your phone"),
    "step_wifi": N_("1. Join the room's Wi-Fi (the same network as the facilitator's laptop)."),
    "step_scan": N_("2. Scan the QR code with the camera, or open the address and type the code."),
    "step_data": N_("3. The page does not open? Turn mobile data off and try again."),
    "code": N_("Session code: {code}"),
    "privacy": N_("No app, no account, no internet: everything stays on the laptop."),
}

_MM = 72.0 / 25.4


def write_join_page(path: Path, url: str, code: str, workshop_title: str, language: str) -> Path:
    """Write the page to `path` (PDF) and return it."""
    register_fonts()
    regular, bold = font_name("regular"), font_name("bold")
    width, height = A4
    canvas = Canvas(str(path), pagesize=A4)
    canvas.setTitle(render(MESSAGES, "title", language))
    margin = 20 * _MM

    def centred(text: str, y: float, size: float, font: str = regular) -> None:
        canvas.setFont(font, size)
        canvas.drawCentredString(width / 2, y, sanitize_for_font(text))

    centred(render(MESSAGES, "title", language), height - margin - 18, 30, bold)
    if workshop_title.strip():
        centred(workshop_title.strip()[:90], height - margin - 48, 16)

    # The QR code as vector squares: crisp at any printer resolution.
    qr = segno.make(url, error="m", micro=False)
    matrix = [list(row) for row in qr.matrix]
    modules = len(matrix)
    side = min(width - 2 * margin, 120 * _MM)
    cell = side / (modules + 8)  # four modules of quiet zone on each side
    left = (width - side) / 2 + 4 * cell
    top = height - margin - 70 - 4 * cell
    canvas.setFillColorRGB(0, 0, 0)
    for row_index, row in enumerate(matrix):
        for column_index, dark in enumerate(row):
            if dark:
                x = left + column_index * cell
                y = top - (row_index + 1) * cell
                canvas.rect(x, y, cell, cell, stroke=0, fill=1)
    y = top - modules * cell - 4 * cell - 26
    short = url.split("/r/", 1)[0]
    centred(short, y, 22, bold)
    centred(render(MESSAGES, "code", language, code=code), y - 34, 18)
    canvas.setFont(regular, 12)
    line_y = y - 86
    for key in ("step_wifi", "step_scan", "step_data"):
        canvas.drawString(margin, line_y, render(MESSAGES, key, language))
        line_y -= 18
    centred(render(MESSAGES, "privacy", language), margin, 10)
    canvas.showPage()
    canvas.save()
    return path
