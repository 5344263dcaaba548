"""Report navigation: a printed contents page whose numbers are right and whose lines link
to their pages; tables repeat their heading on the next page."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import pdfplumber
import pytest
from pypdf import PdfReader

from app.demo import demo_data
from app.domain import flow
from app.export.pdf import PageSetup, export_report_pdf
from tests.export.pdf_positions import squashed, words


@pytest.mark.parametrize(("language", "size"), [("en", "A3"), ("ru", "A4")])
def test_contents_page_numbers_and_links_are_right(tmp_path: Path, language: str,
                                                   size: str) -> None:
    data = demo_data(language)
    out = tmp_path / "report.pdf"
    export_report_pdf(data, out, PageSetup(size))
    reader = PdfReader(out)
    page_of = {page.indirect_reference.idnum: index for index, page in enumerate(reader.pages)}
    contents = reader.pages[1]
    height = float(contents.mediabox.height)
    links = []
    for annotation in contents["/Annots"]:
        link = annotation.get_object()
        target = page_of[link["/Dest"][0].idnum]
        x0, y0, x1, y1 = (float(v) for v in link["/Rect"])
        links.append(((x0, height - y1, x1, height - y0), target))
    titles = [b.title for b in flow.report_order(data) if flow.board_used(data, b)]
    assert len(links) == len(titles) + 2  # every board, the summary and the appendix
    with pdfplumber.open(out) as pdf:
        runs = words(pdf.pages[1])
        for box, target in links:
            line = [w.text for w in runs if box[1] - 1 <= (w.box[1] + w.box[3]) / 2 <= box[3] + 1]
            assert len(line) == 2, line
            title, number = line
            assert int(number) == target + 1  # the printed number is the linked page
            page_text = squashed(pdf.pages[target].extract_text() or "")
            assert squashed(title.rstrip("…")) in page_text
    assert any(squashed(t) in squashed(" ".join(w.text for w in runs)) for t in titles)


def test_a_long_table_repeats_its_heading_on_the_next_page(tmp_path: Path) -> None:
    data = demo_data("en")
    board = next(b for b in data.boards if b.kind.value == "prioritise")
    template = next(c for c in data.candidates if c.board_id == board.id)
    from dataclasses import replace

    data.candidates += [replace(template, id=5000 + i, text=f"Extra candidate {i}")
                        for i in range(80)]
    out = tmp_path / "report.pdf"
    export_report_pdf(data, out, PageSetup("A4"))
    with pdfplumber.open(out) as pdf:
        texts = [page.extract_text() or "" for page in pdf.pages]
        table_pages = [text for text in texts  # the summary part's pages with the table
                       if text.splitlines()[0].endswith("Summary") and "Extra candidate" in text]
        assert len(table_pages) >= 2
        for text in table_pages:
            assert "Candidate" in text and "MoSCoW" in text, text[:200]


@pytest.mark.parametrize(("language", "size", "portrait"),
                         [("en", "A4", True), ("en", "A4", False), ("ru", "A4", True)])
def test_no_page_ends_with_a_heading(tmp_path: Path, language: str, size: str,
                                     portrait: bool) -> None:
    """A heading (bold, larger than the body text) is never the last line above the footer:
    it keeps the start of its section, of its sub-heading or of its table with it."""
    out = tmp_path / "report.pdf"
    orientation: Literal["landscape", "portrait"] = "portrait" if portrait else "landscape"
    export_report_pdf(demo_data(language), out, PageSetup(size, orientation))
    with pdfplumber.open(out) as pdf:
        for number, page in enumerate(pdf.pages, start=1):
            runs = page.extract_words(extra_attrs=["size", "fontname"])
            body = [w for w in runs if w["top"] < page.height - 40]  # above the footer
            if len(body) < 5:
                continue
            common_size = sorted(w["size"] for w in body)[len(body) // 2]
            bottom = max(w["bottom"] for w in body)
            last_line = [w for w in body if w["bottom"] > bottom - 3]
            heading = [w for w in last_line
                       if w["size"] > common_size * 1.2 and "Bold" in w["fontname"]
                       and w["size"] >= 10]  # the board legends are small bold labels
            assert not heading, (number, " ".join(w["text"] for w in last_line))
