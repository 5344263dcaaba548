"""Value propositions in the PDF: one panel per canvas on the board page, and the summary."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from app.demo import demo_data
from app.domain import model, value_flow
from app.domain.archetypes import load_catalogue
from app.domain.edits import Pair
from app.domain.value_prop import Canvas, CanvasItem, CanvasItemKind, Segment
from app.export import layout, page_value, pdf
from app.export.layout import ExportContext, Rect
from app.export.pdf import export_boards_pdf, export_report_pdf

K = CanvasItemKind
CATALOGUE = load_catalogue()


def squashed(text: str) -> str:
    """Text without whitespace: wrapping in the PDF must not hide a phrase."""
    return "".join(text.split())


def value_board(data: model.WorkshopData) -> model.Board:
    return next(b for b in data.boards if b.kind == model.BoardKind.VALUE)


def pdf_pages(out: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(str(out)).pages]


def apply(data: model.WorkshopData, pairs: list[Pair]) -> None:
    """Edit pairs into an in-memory workshop (adds and changes only)."""
    lists = {Segment: data.segments, Canvas: data.canvases, CanvasItem: data.canvas_items}
    for before, after in pairs:
        assert after is not None
        target = lists[type(after)]
        if before is not None:
            target.remove(before)
        target.append(after)


def test_the_page_and_the_summary_are_registered() -> None:
    page_value.register()  # idempotent
    assert layout.drawer_for(model.BoardKind.VALUE) is page_value.draw_value
    assert layout.extent_for(model.BoardKind.VALUE) is None  # panels are never tiled
    assert pdf.SUMMARY_SECTIONS.count(page_value.value_section) == 1


@pytest.mark.parametrize("language", ["en", "ru"])
def test_each_canvas_prints_with_its_statement_and_hero_card(tmp_path: Path, language: str) -> None:
    data = demo_data(language)
    out = tmp_path / "value.pdf"
    export_boards_pdf(data, out, [value_board(data).id])
    pages = pdf_pages(out)
    canvases = page_value.ordered_canvases(ExportContext(data, 1190.0, 842.0))
    assert len(pages) == len(canvases)  # one page per canvas
    for page, canvas in zip(pages, canvases, strict=True):
        text = squashed(page)
        segment = next(s for s in data.segments if s.id == canvas.segment_id)
        assert squashed(segment.name) in text
        assert squashed(canvas.statement) in text
        hero = CATALOGUE.get(canvas.archetype)
        assert hero is not None
        card = hero.text(language)
        for part in (card.name, card.desire, card.fear, card.gift, ", ".join(card.voice)):
            assert squashed(part) in text, part
        for item in data.canvas_items:
            if item.canvas_id == canvas.id:
                assert squashed(item.text) in text, item.text
    labels = {"en": ["Fit:", "Gain creators", "Customer jobs"], "ru": ["Соответствие:", "Боли"]}
    for label in labels[language]:
        assert squashed(label) in text


def test_the_report_summarises_every_value_proposition(tmp_path: Path) -> None:
    data = demo_data("en")
    out = tmp_path / "report.pdf"
    export_report_pdf(data, out)
    text = squashed("\n".join(pdf_pages(out)))
    assert squashed("Value propositions") in text
    assert squashed("Hero: Magician, second voice: Regular Guy/Gal") in text
    assert squashed("Hero: Caregiver") in text
    assert squashed("Positioning statement") in text
    assert squashed("Voice words: warm, reassuring, caring, patient") in text
    for canvas in data.canvases:
        assert squashed(canvas.statement) in text


def test_user_text_is_printed_literally_and_drafts_stand_in(tmp_path: Path) -> None:
    data = model.WorkshopData(workshop=model.Workshop(title="Markup", language="en"))
    data.boards = [model.Board(1, model.BoardKind.VALUE, "Value", 0)]
    apply(data, value_flow.start_segment(data, "<b>AT&T</b> users", "x"))
    canvas_id = data.canvases[0].id
    apply(data, value_flow.add_item(data, canvas_id, K.PAIN, "<img src='/etc/passwd'/> fees"))
    apply(data, value_flow.add_item(data, canvas_id, K.JOB, "Платить\nбез <i>очереди</i> 🙂"))
    out = tmp_path / "markup.pdf"
    export_boards_pdf(data, out, [1])
    text = squashed(pdf_pages(out)[0])
    assert squashed("<b>AT&T</b> users") in text
    assert squashed("<img src='/etc/passwd'/> fees") in text
    assert squashed("без <i>очереди</i>") in text
    # No hero and no agreed statement yet: the card says so and the ad-lib draft shows.
    assert squashed("No hero chosen yet.") in text
    assert squashed("DRAFT (AD-LIB, NOT YET AGREED)") in text
    assert squashed("Our … helps <b>AT&T</b> users") in text
    assert squashed("red: a top pain or gain nothing addresses yet") in text


def test_a_value_board_without_canvases_says_so(tmp_path: Path) -> None:
    data = model.WorkshopData(workshop=model.Workshop(title="Empty", language="ru"))
    data.boards = [model.Board(1, model.BoardKind.VALUE, "Ценность", 0)]
    out = tmp_path / "empty.pdf"
    export_boards_pdf(data, out, [1])
    assert squashed("Ценностных предложений пока нет") in squashed(pdf_pages(out)[0])
    report = tmp_path / "report.pdf"
    export_report_pdf(data, report)  # no canvases: no summary section, no failure


def test_many_canvases_get_a_page_each(tmp_path: Path) -> None:
    data = model.WorkshopData(workshop=model.Workshop(title="Many", language="en"))
    data.boards = [model.Board(1, model.BoardKind.VALUE, "Value", 0)]
    for number in range(1, 8):
        apply(data, value_flow.start_segment(data, f"Segment {number}"))
        canvas_id = data.canvases[-1].id
        apply(data, value_flow.add_item(data, canvas_id, K.JOB, f"Job of segment {number}"))
        keys = CATALOGUE.keys()
        apply(data, value_flow.set_archetypes(data, canvas_id, keys[number], None, keys))
    out = tmp_path / "many.pdf"
    export_boards_pdf(data, out, [1])
    pages = pdf_pages(out)
    assert len(pages) == 7
    for number, page in enumerate(pages, start=1):
        assert squashed(f"Segment {number}") in squashed(page)


@pytest.mark.parametrize("count", [1, 2, 3, 4, 5, 7, 12])
@pytest.mark.parametrize("frame", [Rect(10, 20, 800, 500), Rect(0, 0, 400, 700)])
def test_panels_fill_the_frame_without_overlapping(count: int, frame: Rect) -> None:
    panels = page_value.panel_grid(count, frame)
    assert len(panels) == count
    for index, panel in enumerate(panels):
        assert panel.x >= frame.x - 1e-6 and panel.right <= frame.right + 1e-6
        assert panel.y >= frame.y - 1e-6 and panel.bottom <= frame.bottom + 1e-6
        for other in panels[index + 1 :]:
            assert not panel.inset(0.5).overlaps(other)
    if count == 2 and frame.width > frame.height:
        assert panels[0].y == panels[1].y  # side by side on a landscape page
