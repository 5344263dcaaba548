"""Right-to-left scripts print right: Hebrew and Arabic in visual order, Arabic joined,
the logical text kept for copying, no glyph missing from the font."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
from pypdf import PdfReader

from app.export.fonts import covered_code_points
from app.export.pdf import PageSetup, export_boards_pdf
from app.export.png import render_board_image
from app.export.scripts import has_rtl, is_rtl_line, visual
from tests.export.test_pdf import workshop_with

HEBREW = "שלום עולם"
ARABIC = "مرحبا بالعالم"


def drawn_lines(path: Path) -> list[str]:
    """Each printed line's characters left to right, as the glyphs sit on the page."""
    with pdfplumber.open(path) as pdf:
        chars = pdf.pages[0].chars
    rows: dict[int, list[dict[str, object]]] = {}
    for char in chars:
        rows.setdefault(round(float(char["top"])), []).append(char)  # type: ignore[arg-type]
    lines: list[str] = []
    for row in rows.values():
        line, right = "", None
        for char in sorted(row, key=lambda c: float(c["x0"])):  # type: ignore[arg-type]
            if right is not None and float(char["x0"]) - right > 20:  # another note
                lines.append(line)
                line = ""
            line += str(char["text"])
            right = float(char["x1"])  # type: ignore[arg-type]
        lines.append(line)
    return lines


def test_rtl_lines_are_drawn_in_visual_order_and_joined(tmp_path: Path) -> None:
    out = tmp_path / "rtl.pdf"
    export_boards_pdf(workshop_with([HEBREW, ARABIC, "Plain English"]), out,
                      setup=PageSetup("A3"))
    lines = drawn_lines(out)
    # Hebrew: the last letter (final mem) is drawn leftmost, the first (shin) rightmost.
    assert "םלוע םולש" in lines
    arabic = next(line for line in lines if any(0xFE70 <= ord(c) <= 0xFEFF for c in line))
    # Joined: every Arabic letter is drawn in a contextual presentation form ...
    assert not any(0x0600 <= ord(c) <= 0x06FF for c in arabic)
    # ... right to left: the first letter, meem in its initial form, is the rightmost.
    assert arabic.rstrip().endswith("\ufee3")
    # No glyph outside the font: nothing would print as an empty box.
    covered = covered_code_points()
    assert all(ord(c) in covered for line in lines for c in line if not c.isspace())
    # Copying gives the text as typed (ActualText of the span).
    content = PdfReader(out).pages[0].get_contents().get_data().decode("latin-1")
    for text in (HEBREW, ARABIC):
        assert f"/ActualText <FEFF{text.encode('utf-16-be').hex().upper()}>" in content
    assert "Plain English" in lines or any("Plain English" in line for line in lines)


def test_visual_order_leaves_left_to_right_text_alone() -> None:
    assert visual("Привет, world 42") == "Привет, world 42"
    assert not has_rtl("Привет")
    assert has_rtl(HEBREW) and has_rtl(ARABIC)
    assert visual(HEBREW) == "םלוע םולש"


def test_png_draws_rtl_text(tmp_path: Path) -> None:
    image, _ = render_board_image(workshop_with([ARABIC, HEBREW]), 1, dpi=40)
    assert image.getbbox() is not None


def _body_of(curves: list[dict[str, object]], x: float, top: float) -> tuple[float, float]:
    """The left and right edges of the note body (not its shadow) holding the point."""
    holding = [c for c in curves if float(c["x0"]) <= x <= float(c["x1"])  # type: ignore[arg-type]
               and float(c["top"]) <= top <= float(c["bottom"])  # type: ignore[arg-type]
               and float(c["width"]) > 50]  # type: ignore[arg-type]
    body = min(holding, key=lambda c: float(c["top"]))  # type: ignore[arg-type]
    return float(body["x0"]), float(body["x1"])  # type: ignore[arg-type]


def test_rtl_lines_are_aligned_to_the_right_edge_of_their_note(tmp_path: Path) -> None:
    out = tmp_path / "align.pdf"
    export_boards_pdf(workshop_with([HEBREW, "Hello world", ARABIC]), out,
                      setup=PageSetup("A3"))
    with pdfplumber.open(out) as pdf:
        page = pdf.pages[0]
        words = page.extract_words()
        curves = page.curves

    def span(predicate: object) -> tuple[float, float, float]:
        chosen = [w for w in words if callable(predicate) and predicate(w["text"])]
        assert chosen
        return (min(float(w["x0"]) for w in chosen), max(float(w["x1"]) for w in chosen),
                float(chosen[0]["top"]))

    hebrew = span(lambda t: any(0x0590 <= ord(c) <= 0x05FF for c in t))
    arabic = span(lambda t: any(0xFE70 <= ord(c) <= 0xFEFF for c in t))
    latin = span(lambda t: t in ("Hello", "world"))
    latin_left, latin_right = _body_of(curves, (latin[0] + latin[1]) / 2, latin[2])
    inset = latin[0] - latin_left
    assert 0 < inset < (latin_right - latin_left) / 4  # left to right: from the left edge
    for x0, x1, top in (hebrew, arabic):
        left, right = _body_of(curves, (x0 + x1) / 2, top)
        # Right to left: from the right edge, with the same inset, far from the left one.
        assert abs((right - x1) - inset) < 0.5
        assert x0 - left > 2 * inset
    assert is_rtl_line(HEBREW) and is_rtl_line("42 " + ARABIC)
    assert not is_rtl_line("Plan B: " + HEBREW) and not is_rtl_line("42")


def test_rtl_candidates_end_at_the_right_edge_of_their_cards(tmp_path: Path) -> None:
    import dataclasses

    from app.demo import demo_data
    from app.domain import model
    from tests.export.pdf_positions import white_cards, words

    data = demo_data("en")
    # Every candidate in Hebrew: cards on the 2x2 and in the release-slice lanes.
    data.candidates = [dataclasses.replace(c, text=HEBREW) for c in data.candidates]
    board = next(b for b in data.boards if b.kind == model.BoardKind.PRIORITISE)
    out = tmp_path / "prio.pdf"
    export_boards_pdf(data, out, [board.id], PageSetup("A3"))
    with pdfplumber.open(out) as pdf:
        page = pdf.pages[0]
        found = [w for w in words(page) if has_rtl(w.text)]
        whole = (0.0, 0.0, float(page.width), float(page.height))
        cards = [c for c in white_cards(page, whole) if c[3] - c[1] > 10]
    checked = 0
    for card in cards:
        inside = [w for w in found if card[0] <= w.box[0] and w.box[2] <= card[2]
                  and card[1] <= w.box[1] and w.box[3] <= card[3]]
        for word in inside:
            # Left-aligned it would start a stripe's width from the left edge; it ends at
            # the right edge instead (before a MoSCoW chip, when the card has one).
            right_gap, left_gap = card[2] - word.box[2], word.box[0] - card[0]
            assert right_gap < left_gap, (card, word)
            checked += 1
    assert checked >= 5


def test_rtl_prints_right_to_left_and_joined_in_the_report(tmp_path: Path) -> None:
    """Cover, contents page, headings and free paragraphs: a right-to-left line is shaped
    and ends at the right edge of its column, as on notes."""
    import dataclasses

    from app.demo import demo_data
    from app.export.pdf import export_report_pdf

    data = demo_data("en")
    data.workshop.challenge = ARABIC + " اليوم"
    strategy = next(b for b in data.boards if b.kind.value == "strategy")
    strategy.title = HEBREW
    data.strategy_scenarios = [dataclasses.replace(s, point_b=ARABIC)
                               for s in data.strategy_scenarios]
    out = tmp_path / "report.pdf"
    export_report_pdf(data, out, setup=PageSetup("A4", "portrait"))

    def is_arabic(text: str) -> bool:
        return any(0xFE70 <= ord(c) <= 0xFEFF for c in text)

    def is_hebrew(text: str) -> bool:
        return any(0x0590 <= ord(c) <= 0x05FF for c in text)

    with pdfplumber.open(out) as pdf:
        pages = [(float(p.width), p.extract_words(), p.extract_text() or "") for p in pdf.pages]
    margin_right = pages[0][0] * 0.75  # a right-aligned line ends in the last quarter

    def lines_of(words: list[dict[str, object]], test: object) -> list[tuple[float, float]]:
        rows: dict[int, list[dict[str, object]]] = {}
        for word in words:
            if callable(test) and test(str(word["text"])):
                rows.setdefault(round(float(word["top"])), []).append(word)  # type: ignore[arg-type]
        return [(min(float(w["x0"]) for w in row),  # type: ignore[arg-type]
                 max(float(w["x1"]) for w in row)) for row in rows.values()]  # type: ignore[arg-type]

    cover_width, cover_words, _ = pages[0]
    cover = lines_of(cover_words, is_arabic)
    assert cover and all(x1 > margin_right and x0 > cover_width / 3 for x0, x1 in cover)
    contents = next(words for _w, words, text in pages if "Contents" in text)
    entry = lines_of(contents, is_hebrew)
    assert entry and all(x1 > margin_right for _x0, x1 in entry)
    # The strategy summary: the board's heading and each scenario's Point B paragraph
    # (below the page header, which repeats the challenge after its label).
    summary = [[w for w in words if float(w["top"]) > 80]  # type: ignore[arg-type]
               for _w, words, text in pages if "Summary" in text and "Goal:" in text]
    later = [line for words in summary for line in lines_of(words, is_arabic)]
    assert len(later) >= len(data.strategy_scenarios)
    assert all(x1 > margin_right for _x0, x1 in later)
    headings = [line for words in summary for line in lines_of(words, is_hebrew)]
    assert headings and all(x1 > margin_right for _x0, x1 in headings)
    covered = covered_code_points()
    for _w, words, _t in pages:
        for word in words:
            assert all(ord(c) in covered for c in str(word["text"]) if not c.isspace())
