"""PDF exports: a 500-note board against bare ReportLab, and the full demo report.

The bare baseline draws the same notes on the same A3 landscape page with the same
DejaVu Sans font: a rounded rectangle per note and its text wrapped with `simpleSplit`,
one `drawString` per line that fits. The app additionally fits every note's text (it
shrinks long texts), draws shadows, corner marks, team/author lines and vote dots, the
title block, legend and footer, and lists shortened notes in an appendix.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.domain import model
from app.services import WorkshopFile
from tests.benchmarks import workload
from tests.benchmarks.harness import Config, Result, median, paired, repeat

A3_LANDSCAPE = (1190.55, 841.89)
MARGIN = 36.0


def load(path: Path) -> model.WorkshopData:
    workshop_file = WorkshopFile.open(path, read_only=True)
    try:
        return workshop_file.data
    finally:
        workshop_file.close()


class BareReportLab:
    """The notes of one board on one page, with ReportLab alone."""

    def __init__(self) -> None:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        from app.export.fonts import font_path

        if "BareSans" not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont("BareSans", str(font_path("regular"))))

    def draw(self, data: model.WorkshopData, out: Path, appendix: bool = True) -> None:
        from reportlab.lib.utils import simpleSplit
        from reportlab.pdfgen.canvas import Canvas

        notes = [n for n in data.notes if n.board_id == 1 and not n.parked]
        teams = {t.id: t for t in data.teams}
        left = min(n.x for n in notes)
        top = min(n.y for n in notes)
        right = max(n.x + n.width for n in notes)
        bottom = max(n.y + n.height for n in notes)
        page_w, page_h = A3_LANDSCAPE
        scale = min((page_w - 2 * MARGIN) / (right - left), (page_h - 2 * MARGIN) / (bottom - top))
        canvas = Canvas(str(out), pagesize=A3_LANDSCAPE, pageCompression=1,
                        initialFontName="BareSans")
        shortened: list[model.Note] = []
        for note in notes:
            w, h = note.width * scale, note.height * scale
            x = MARGIN + (note.x - left) * scale
            y = page_h - MARGIN - (note.y - top) * scale - h
            canvas.setFillColor(model.note_color(note, teams))
            canvas.setStrokeColorRGB(0.5, 0.5, 0.4)
            canvas.roundRect(x, y, w, h, 2.0, stroke=1, fill=1)
            size = max(3.0, min(12.0, w / 12.0))
            pad = w * 0.065
            lines = simpleSplit(note.text, "BareSans", size, w - 2 * pad)
            canvas.setFillColorRGB(0.12, 0.16, 0.2)
            canvas.setFont("BareSans", size)
            baseline = y + h - pad - size
            for line in lines:
                if baseline < y + pad:
                    shortened.append(note)
                    break
                canvas.drawString(x + pad, baseline, line)
                baseline -= size * 1.2
        canvas.showPage()
        if appendix and shortened:
            self._appendix(canvas, shortened)
        canvas.save()

    def _appendix(self, canvas: Any, notes: list[model.Note]) -> None:
        """The full text of the notes that did not fit, flowing over pages."""
        from reportlab.lib.utils import simpleSplit

        page_w, page_h = A3_LANDSCAPE
        size, leading = 10.0, 12.0
        canvas.setFont("BareSans", size)
        y = page_h - MARGIN - size
        for number, note in enumerate(notes, start=1):
            for line in simpleSplit(f"#{number}  {note.text}", "BareSans", size,
                                    page_w - 2 * MARGIN):
                if y < MARGIN:
                    canvas.showPage()
                    canvas.setFont("BareSans", size)
                    y = page_h - MARGIN - size
                canvas.drawString(MARGIN, y, line)
                y -= leading
            y -= leading / 2
        canvas.showPage()


def pdf_board(config: Config) -> list[Result]:
    from app.export.pdf import export_boards_pdf

    data = load(workload.ensure(config.workloads, 500).path)
    bare = BareReportLab()
    app_out = config.scratch / "board-500-app.pdf"
    bare_out = config.scratch / "board-500-bare.pdf"
    reps = config.reps(7, 3)
    app_times, bare_times = paired(
        lambda: export_boards_pdf(data, app_out, [1]),
        lambda: bare.draw(data, bare_out),
        reps,
        warmup=1,
    )
    pages = export_boards_pdf(data, app_out, [1]).pages
    page_times, bare_page_times = paired(
        lambda: _app_board_page(data, config.scratch / "page-500-app.pdf"),
        lambda: bare.draw(data, config.scratch / "page-500-bare.pdf", appendix=False),
        reps,
        warmup=1,
    )
    return [
        Result(
            "PDF export of a board",
            median(app_times),
            median(bare_times),
            "s",
            500,
            target_ratio=1.5,
            target_abs=1.0,
            samples=reps,
            detail=f"export_boards_pdf ({pages} pages: the board, then the full text of the "
            "notes too small to read) vs bare ReportLab drawing the same notes (roundRect, "
            "simpleSplit, drawString) and the same full-text list, same page and font",
        ),
        Result(
            "PDF board page alone",
            median(page_times),
            median(bare_page_times),
            "s",
            500,
            group="info",
            samples=reps,
            detail="the app's board page (draw_board_page: text fitting, marks, legend) vs "
            "the bare page, without either appendix",
        ),
    ]


def _app_board_page(data: model.WorkshopData, out: Path) -> None:
    from reportlab.pdfgen.canvas import Canvas

    from app.export.fonts import font_name
    from app.export.layout import ExportContext, draw_board_page
    from app.export.pdf import PdfPainter

    canvas = Canvas(str(out), pagesize=A3_LANDSCAPE, pageCompression=1,
                    initialFontName=font_name("regular"))
    board = next(b for b in data.boards if b.id == 1)
    draw_board_page(PdfPainter(canvas, A3_LANDSCAPE[1]),
                    ExportContext(data, *A3_LANDSCAPE, show_refs=True), board)
    canvas.showPage()
    canvas.save()


def pdf_report(config: Config) -> list[Result]:
    from app.demo import demo_data
    from app.export.pdf import export_report_pdf

    data = demo_data("en")
    out = config.scratch / "demo-report.pdf"
    reps = config.reps(5, 2)
    times = repeat(lambda: export_report_pdf(data, out), reps, warmup=1)
    pages = export_report_pdf(data, out).pages
    return [
        Result(
            "full demo report PDF",
            median(times),
            None,
            "s",
            sum(1 for n in data.notes),
            target_abs=2.0,
            samples=reps,
            detail=f"export_report_pdf of the bundled demo ({pages} pages), in process",
        )
    ]
