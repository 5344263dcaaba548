"""Chinese, Japanese and Hindi print from bundled fallback faces, not as boxes; Devanagari
is shaped (HarfBuzz) and the typed text stays copyable."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import uharfbuzz as hb
from pypdf import PdfReader

from app.export.fonts import REPLACEMENT_CHAR, fallback_path, font_runs, sanitize_for_font
from app.export.pdf import PageSetup, export_boards_pdf
from app.export.png import render_board_image
from tests.export.test_pdf import workshop_with

HINDI = "हिन्दी में भुगतान"
CHINESE = "用手机支付"
JAPANESE = "日本語のメモ"


def test_fallback_scripts_are_kept_and_cut_into_font_runs() -> None:
    for text in (HINDI, CHINESE, JAPANESE):
        assert sanitize_for_font(text) == text
    runs = font_runs(f"Pay {HINDI} {CHINESE}", "regular")
    assert [face for face, _run in runs] == [None, "PointBDevanagari", None,
                                             "PointBDevanagari", None, "PointBDevanagari",
                                             None, "PointBCJK"]
    # Emoji up to Unicode 15 come from Noto Emoji (🫠 is 14.0, 🫨 15.0); older symbols
    # only Symbola has, from Symbola; a Unicode 16 emoji no bundled face has is a box.
    assert [face for face, _run in font_runs("🫠🫨", "regular")] == ["PointBEmoji"]
    assert [face for face, _run in font_runs("\u2316", "regular")] == ["PointBSymbols"]
    assert sanitize_for_font("\U0001FAE9") == REPLACEMENT_CHAR


def test_pdf_draws_them_with_the_fallback_faces_shaped_and_copyable(tmp_path: Path) -> None:
    out = tmp_path / "scripts.pdf"
    export_boards_pdf(workshop_with([HINDI, CHINESE, JAPANESE]), out, setup=PageSetup("A3"))
    with pdfplumber.open(out) as pdf:
        chars = pdf.pages[0].chars
    fonts = {str(c["fontname"]).split("+")[-1] for c in chars}
    assert {"NotoSansDevanagari-Regular", "DroidSansFallback"} <= fonts  # embedded faces
    assert REPLACEMENT_CHAR not in "".join(str(c["text"]) for c in chars)
    # The Devanagari run is drawn as HarfBuzz shapes it: as many glyphs, not one per letter.
    with open(fallback_path("PointBDevanagari"), "rb") as handle:
        font = hb.Font(hb.Face(hb.Blob(handle.read())))
    buffer = hb.Buffer()
    buffer.add_str("हिन्दी")
    buffer.guess_segment_properties()
    hb.shape(font, buffer)
    shaped = len(buffer.glyph_infos)
    deva = [c for c in chars if str(c["fontname"]).endswith("NotoSansDevanagari-Regular")]
    first_word = [c for c in deva if abs(float(c["top"]) - float(deva[0]["top"])) < 1
                  and float(c["x0"]) < float(deva[0]["x0"]) + 40]
    assert len(first_word) <= shaped < len("हिन्दी")
    content = PdfReader(out).pages[0].get_contents().get_data().decode("latin-1")
    assert f"/ActualText <FEFF{HINDI.encode('utf-16-be').hex().upper()}>" in content


def test_png_draws_fallback_scripts(tmp_path: Path) -> None:
    plain, _ = render_board_image(workshop_with(["."]), 1, dpi=40)
    image, _ = render_board_image(workshop_with([CHINESE + HINDI]), 1, dpi=40)
    assert image.tobytes() != plain.tobytes()
