"""Every script prints right: the glyphs drawn in the PDF for notes in Arabic, Hebrew,
Chinese, Hindi and emoji are the glyphs HarfBuzz shapes for the same text, in the same
visual order, and none is the .notdef box. PNG draws emoji from the same face.

Glyphs are compared by what they draw (outline and advance, read with HarfBuzz): Arabic is
joined through its presentation forms, and an isolated form such as U+FE8D is a glyph of
its own with the very outline HarfBuzz picks for U+0627."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pdfplumber
import pytest
import uharfbuzz as hb
from PIL import Image, ImageDraw, ImageFont
from reportlab.pdfbase import pdfmetrics

from app.export import fonts
from app.export.fonts import font_path, font_runs, sanitize_for_font
from app.export.layout import INK
from app.export.pdf import PageSetup, export_boards_pdf
from app.export.png import PilPainter
from tests.export.test_pdf import workshop_with

TEXTS = {
    "arabic": "السلام عليكم",  # joined letters and the lam-alef ligature
    "hebrew": "שלום עולם",
    "chinese": "你好世界",
    "hindi": "नमस्ते दुनिया",  # a conjunct and vowel signs
    "emoji": "👍🚀🎉🐶",
}


def font_file(face_name: str | None) -> Path:
    return font_path("regular") if face_name is None else fonts.fallback_path(face_name)


def harfbuzz_glyphs(text: str) -> list[tuple[str, int]]:
    """(font file name, glyph id) HarfBuzz shapes for `text`, left to right, spaces left
    out; each run in the face the export picks for its characters."""
    shaped: list[tuple[str, int]] = []
    for face_name, run in font_runs(sanitize_for_font(text), "regular"):
        if run.isspace():
            continue
        path = font_file(face_name)
        buffer = hb.Buffer()
        buffer.add_str(run)
        buffer.guess_segment_properties()  # Arabic and Hebrew: right to left
        font = hb.Font(hb.Face(hb.Blob.from_file_path(str(path))))
        hb.shape(font, buffer, {})
        # The output of a right-to-left run is already in visual (left-to-right) order.
        space = font.get_nominal_glyph(ord(" "))
        shaped += [(path.name, info.codepoint) for info in buffer.glyph_infos
                   if info.codepoint != space]
    return shaped


def drawn_glyphs(path: Path) -> list[list[tuple[str, int]]]:
    """(font file name, glyph id) of every glyph drawn on page 1, line by line, in the
    order drawn (which is left to right), spaces left out."""
    by_postscript = {}
    names = [*fonts.FONT_NAMES.values(),
             *(f"{base}{bold}" for base, *_ in fonts.FALLBACK_FONTS for bold in ("", "-Bold"))]
    for name in names:
        face = pdfmetrics.getFont(name).face
        postscript = face.name.decode() if isinstance(face.name, bytes) else str(face.name)
        by_postscript[postscript] = (Path(face.filename).name, face)
    lines: dict[int, list[tuple[str, int]]] = {}
    with pdfplumber.open(path) as pdf:
        for char in pdf.pages[0].chars:
            text = str(char["text"])
            if text.isspace():
                continue
            postscript = str(char["fontname"]).split("+", 1)[-1]
            file_name, face = by_postscript[postscript]
            # The code a glyph was written with (HarfBuzz glyphs of shaped runs get
            # private-use codes) leads back to its glyph in the font file.
            lines.setdefault(round(float(char["bottom"])), []).append(
                (file_name, face.charToGlyph[ord(text)]))
    return list(lines.values())


def test_drawn_glyphs_are_harfbuzz_shaping_without_notdef(tmp_path: Path) -> None:
    out = tmp_path / "scripts.pdf"
    export_boards_pdf(workshop_with(list(TEXTS.values())), out, setup=PageSetup("A3"))
    drawn = drawn_glyphs(out)
    for script, text in TEXTS.items():
        expected = harfbuzz_glyphs(text)
        assert expected and all(glyph != 0 for _file, glyph in expected), script
        # The note's line: the run of drawn glyphs that matches, on any line of the page.
        assert any(_contains(line, expected) for line in drawn), (script, expected, drawn)
    assert all(glyph != 0 for line in drawn for _file, glyph in line)  # no .notdef at all


def _contains(line: list[tuple[str, int]], wanted: list[tuple[str, int]]) -> bool:
    shapes = [_shape(*glyph) for glyph in line]
    target = [_shape(*glyph) for glyph in wanted]
    return any(shapes[i:i + len(target)] == target for i in range(len(shapes) - len(target) + 1))


class _Pen:
    """Records a glyph outline as HarfBuzz draws it."""

    def __init__(self) -> None:
        self.ops: list[tuple[object, ...]] = []

    def moveTo(self, point: object) -> None:
        self.ops.append(("M", point))

    def lineTo(self, point: object) -> None:
        self.ops.append(("L", point))

    def qCurveTo(self, *points: object) -> None:
        self.ops.append(("Q", points))

    def curveTo(self, *points: object) -> None:
        self.ops.append(("C", points))

    def closePath(self) -> None:
        self.ops.append(("Z",))

    def endPath(self) -> None:
        self.ops.append(("E",))


@cache
def _hb_font(file_name: str) -> hb.Font:
    return hb.Font(hb.Face(hb.Blob.from_file_path(str(fonts.resources_dir() / "fonts" /
                                                      file_name))))


@cache
def _shape(file_name: str, glyph: int) -> tuple[str, int, tuple[tuple[object, ...], ...]]:
    """What a glyph draws: its font, advance and outline."""
    font = _hb_font(file_name)
    pen = _Pen()
    font.draw_glyph_with_pen(glyph, pen)
    return file_name, font.get_glyph_h_advance(glyph), tuple(pen.ops)


@pytest.mark.parametrize("text", ["👍", "🚀🎉"])
def test_png_draws_emoji_from_the_bundled_face(text: str) -> None:
    size = 40.0
    image = Image.new("RGB", (200, 80), "white")
    PilPainter(image, 72.0).text(10, 50, text, size=size)
    reference = Image.new("RGB", (200, 80), "white")
    face = ImageFont.truetype(str(fonts.fallback_path("PointBEmoji")), size=round(size),
                              layout_engine=ImageFont.Layout.BASIC)
    ImageDraw.Draw(reference).text((10, 50), text, fill=INK, font=face, anchor="ls")
    assert image.convert("L").getextrema()[0] < 100  # something dark was drawn
    assert image.tobytes() == reference.tobytes()
