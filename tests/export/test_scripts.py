"""Right-to-left scripts print right: Hebrew and Arabic in visual order, Arabic joined,
the logical text kept for copying, no glyph missing from the font."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
from pypdf import PdfReader

from app.export.fonts import covered_code_points
from app.export.pdf import PageSetup, export_boards_pdf
from app.export.png import render_board_image
from app.export.scripts import has_rtl, visual
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
