"""The bundled DejaVu Sans family and its fallback faces: where they live, registering
them with ReportLab, and making any user text drawable with them.

Both the PDF (ReportLab) and the PNG (Pillow) exports draw with the same TTF files and
pass user text through `sanitize_for_font` first, so a character the font cannot show
becomes the same visible box in both, and text measured for layout is the text drawn.
"""

from __future__ import annotations

import threading
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Literal

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from app import paths

FontStyle = Literal["regular", "bold", "italic"]

FONT_FAMILY = "PointBSans"
FONT_NAMES: dict[FontStyle, str] = {
    "regular": "PointBSans",
    "bold": "PointBSans-Bold",
    "italic": "PointBSans-Oblique",
}
FONT_FILES: dict[FontStyle, str] = {
    "regular": "DejaVuSans.ttf",
    "bold": "DejaVuSans-Bold.ttf",
    "italic": "DejaVuSans-Oblique.ttf",
}

# Fallback faces for scripts DejaVu lacks, tried in order for a character DejaVu cannot
# draw: (ReportLab name, regular file, bold file). Devanagari is shaped (HarfBuzz).
# Emoji come from monochrome faces (Noto Emoji, then Symbola for the older pictographs
# and technical symbols Noto Emoji lacks): colour emoji fonts do not load in ReportLab,
# and black outlines print the same on any printer.
FALLBACK_FONTS: tuple[tuple[str, str, str], ...] = (
    ("PointBDevanagari", "NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Bold.ttf"),
    ("PointBCJK", "DroidSansFallback-subset.ttf", "DroidSansFallback-subset.ttf"),
    ("PointBEmoji", "NotoEmoji-subset.ttf", "NotoEmoji-subset.ttf"),
    ("PointBSymbols", "Symbola-symbols.ttf", "Symbola-symbols.ttf"),
)
SHAPED_FONTS = frozenset({"PointBDevanagari", "PointBDevanagari-Bold"})

# One visible, consistent stand-in for anything the font cannot draw. DejaVu has it.
REPLACEMENT_CHAR = "\u25a1"  # □ WHITE SQUARE

_registration_lock = threading.Lock()
_registered = False

# Pieces of emoji sequences that are not drawn on their own: skin-tone modifiers,
# variation selectors, zero-width joiner, combining keycap, tag characters.
_SKIN_TONES = range(0x1F3FB, 0x1F400)
_VARIATION_SELECTORS = frozenset(range(0xFE00, 0xFE10))
_ZERO_WIDTH_JOINER = 0x200D
_COMBINING_KEYCAP = 0x20E3
_TAGS = range(0xE0020, 0xE0080)
_REGIONAL_INDICATORS = range(0x1F1E6, 0x1F200)  # two of them make one flag
_LINE_BREAKS = frozenset({"\u2028", "\u2029", "\x85"})


class FontError(RuntimeError):
    """The bundled fonts are missing or unreadable (a broken installation)."""


def resources_dir() -> Path:
    """The `resources` folder: inside the PyInstaller bundle when frozen, else the repo's."""
    return paths.resource_dir()


def font_path(style: FontStyle = "regular") -> Path:
    """Path of the TTF file for `style`; raises FontError if it is not there."""
    path = resources_dir() / "fonts" / FONT_FILES[style]
    if not path.is_file():
        raise FontError(f"Bundled font is missing: {path}")
    return path


def font_name(style: FontStyle = "regular") -> str:
    """The ReportLab name of the registered font for `style` (registers on first use)."""
    register_fonts()
    return FONT_NAMES[style]


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """ReportLab's ToUnicode CMap for a font subset, with characters beyond U+FFFF (emoji)
    written as UTF-16 surrogate pairs: ReportLab 5 writes them as odd-length hex, so a PDF
    reader copied and searched them as other characters."""
    entries = [f"<{index:02X}> <{chr(code).encode('utf-16-be').hex().upper()}>"
               for index, code in enumerate(subset)]
    return "\n".join([
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
        "/CIDSystemInfo", f"<< /Registry ({fontname})", f"/Ordering ({fontname})",
        "/Supplement 0", ">> def", f"/CMapName /{fontname} def", "/CMapType 2 def",
        "1 begincodespacerange", f"<00> <{len(subset) - 1:02X}>", "endcodespacerange",
        f"{len(subset)} beginbfchar", *entries, "endbfchar", "endcmap",
        "CMapName currentdict /CMap defineresource pop", "end", "end",
    ])


def register_fonts() -> None:
    """Register the family with ReportLab once per process (safe from worker threads)."""
    global _registered
    if _registered:
        return
    with _registration_lock:
        if _registered:
            return
        ttfonts.makeToUnicodeCMap = _to_unicode_cmap
        try:
            for style, name in FONT_NAMES.items():
                pdfmetrics.registerFont(TTFont(name, str(font_path(style))))
            for name, regular, bold in FALLBACK_FONTS:
                for face_name, file in ((name, regular), (f"{name}-Bold", bold)):
                    face = TTFont(face_name, str(_resource_font(file)),
                                  shapable=face_name in SHAPED_FONTS)
                    pdfmetrics.registerFont(face)
        except FontError:
            raise
        except Exception as exc:  # a truncated or foreign file: say which, once
            raise FontError(f"Cannot load the bundled fonts: {exc}") from exc
        pdfmetrics.registerFontFamily(
            FONT_FAMILY,
            normal=FONT_NAMES["regular"],
            bold=FONT_NAMES["bold"],
            italic=FONT_NAMES["italic"],
            boldItalic=FONT_NAMES["bold"],  # no bold-oblique face is bundled
        )
        addMapping(FONT_FAMILY, 0, 0, FONT_NAMES["regular"])
        _registered = True


@lru_cache(maxsize=1)
def covered_code_points() -> frozenset[int]:
    """Code points that both the regular and the bold face can draw.

    User text may be set in either weight, so only characters present in both count.
    """
    register_fonts()
    regular = pdfmetrics.getFont(FONT_NAMES["regular"]).face.charToGlyph
    bold = pdfmetrics.getFont(FONT_NAMES["bold"]).face.charToGlyph
    covered = set(regular.keys() & bold.keys())
    for name, _regular, _bold in FALLBACK_FONTS:
        covered |= _face_codes(name) & _face_codes(f"{name}-Bold")
    return frozenset(covered)


def _resource_font(file: str) -> Path:
    path = resources_dir() / "fonts" / file
    if not path.is_file():
        raise FontError(f"Bundled font is missing: {path}")
    return path


@lru_cache(maxsize=8)
def _face_codes(name: str) -> frozenset[int]:
    register_fonts()
    return frozenset(pdfmetrics.getFont(name).face.charToGlyph.keys())


def main_face_only(text: str) -> bool:
    """True for the usual text every character of which DejaVu draws (checked in C)."""
    return _main_chars().issuperset(text)


@lru_cache(maxsize=1)
def _main_chars() -> frozenset[str]:
    return frozenset(chr(code) for code in main_face_codes()) | {" ", "\t"}


def main_face_codes() -> frozenset[int]:
    """Code points the main (DejaVu) regular and bold faces both draw."""
    regular, bold = _main_codes()
    return regular & bold


@lru_cache(maxsize=1)
def _main_codes() -> tuple[frozenset[int], frozenset[int]]:
    """What the DejaVu regular and bold faces draw themselves."""
    return _face_codes(FONT_NAMES["regular"]), _face_codes(FONT_NAMES["bold"])


def fallback_for(char: str, style: FontStyle) -> str | None:
    """The fallback face (its ReportLab name) that draws `char` in `style`, or None when
    the main DejaVu face draws it itself (or nothing does)."""
    code = ord(char)
    regular, bold = _main_codes()
    if code in (bold if style == "bold" else regular) or char.isspace():
        return None
    for name, _regular, _bold in FALLBACK_FONTS:
        face = f"{name}-Bold" if style == "bold" else name
        if code in _face_codes(face):
            return face
    return None


def font_runs(text: str, style: FontStyle) -> list[tuple[str | None, str]]:
    """`text` cut into runs drawn with one face each: (None for the main face, or a
    fallback's name; the run). Spaces are the main face's."""
    runs: list[tuple[str | None, str]] = []
    for char in text:
        face = fallback_for(char, style)  # spaces: the main face, as in every line
        if runs and runs[-1][0] == face:
            runs[-1] = (face, runs[-1][1] + char)
        else:
            runs.append((face, char))
    return runs


def fallback_path(name: str) -> Path:
    """The file of a fallback face, by its ReportLab name (for the PNG backend)."""
    for base, regular, bold in FALLBACK_FONTS:
        if name == base:
            return _resource_font(regular)
        if name == f"{base}-Bold":
            return _resource_font(bold)
    raise FontError(f"Unknown fallback font {name}")


@lru_cache(maxsize=1)
def _unchanged_chars() -> frozenset[str]:
    """Characters `sanitize_for_font` keeps as they are, whatever surrounds them: drawable
    BMP characters that are neither controls, format characters, line separators nor
    pieces of emoji sequences. A text made only of these is returned unchanged."""
    keep = {"\n", "\t"}
    for code in covered_code_points():
        char = chr(code)
        if (
            code <= 0xFFFF
            and char not in _LINE_BREAKS
            and not _is_emoji_piece(code)
            and unicodedata.category(char) not in ("Cf", "Cc", "Cs", "Cn", "Co")
        ):
            keep.add(char)
    return frozenset(keep)


def _is_emoji_piece(code: int) -> bool:
    return (
        code in _SKIN_TONES
        or code in _VARIATION_SELECTORS
        or code in (_ZERO_WIDTH_JOINER, _COMBINING_KEYCAP)
        or code in _TAGS
    )


def _is_pictograph(char: str) -> bool:
    return ord(char) > 0xFFFF or unicodedata.category(char) == "So"


def _is_regional_indicator(code: int) -> bool:
    return code in _REGIONAL_INDICATORS


def _consume_emoji_tail(text: str, start: int) -> int:
    """Index just past the modifiers/joined parts that belong to the emoji before `start`."""
    index = start
    while index < len(text):
        code = ord(text[index])
        if code == _ZERO_WIDTH_JOINER:
            # Only a pictograph after the joiner continues the sequence; a joiner between
            # letters (Indic and Arabic shaping hints) is left to be dropped on its own.
            if index + 1 < len(text) and _is_pictograph(text[index + 1]):
                index += 2
            else:
                break
        elif _is_emoji_piece(code):
            index += 1
        else:
            break
    return index


def _drawable_sequence(sequence: str, covered: frozenset[int]) -> str:
    """An emoji sequence as the bundled faces draw it: its pictographs without the pieces
    only colour fonts use, or one box when a pictograph has no glyph."""
    shown = [c for c in sequence if not _is_emoji_piece(ord(c))]
    if shown and all(ord(c) in covered for c in shown):
        return "".join(shown)
    return REPLACEMENT_CHAR


def sanitize_for_font(text: str) -> str:
    """Return `text` with everything the bundled font cannot draw replaced by one box.

    - Newlines (any convention) become "\\n"; tabs stay; other control characters,
      lone surrogates and unassigned code points become REPLACEMENT_CHAR.
    - Emoji print in black and white from the bundled faces. A sequence keeps its
      pictographs and loses what only colour fonts draw: a skin tone, the joiners of a ZWJ
      family (👨‍👩‍👧 prints its three people), tags; a flag prints its two letter
      symbols. A sequence with a pictograph no bundled face has becomes ONE box.
    - Invisible format characters (soft hyphen, BOM, bidi marks, variation selectors)
      are dropped: they have no glyph and a box would be noise.
    """
    if not text:
        return ""
    if _unchanged_chars().issuperset(text):
        return text  # the usual case, checked in C instead of a loop per character
    covered = covered_code_points()
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    out: list[str] = []
    index = 0
    length = len(text)
    while index < length:
        char = text[index]
        code = ord(char)
        if char in ("\n", "\t"):
            out.append(char)
            index += 1
            continue
        if char in _LINE_BREAKS:
            out.append("\n")
            index += 1
            continue
        # An emoji sequence that continues after this character (e.g. "❤️‍🔥", "1️⃣"
        # with a drawable base) is judged as a whole.
        tail_end = _consume_emoji_tail(text, index + 1)
        has_joined_part = any(
            ord(c) == _ZERO_WIDTH_JOINER or ord(c) in _SKIN_TONES or ord(c) in _TAGS
            for c in text[index + 1 : tail_end]
        )
        if code > 0xFFFF or has_joined_part:
            if _is_emoji_piece(code) and code not in _SKIN_TONES:
                index += 1  # a stray selector/joiner/tag: invisible, drop it
                continue
            if (
                _is_regional_indicator(code)
                and tail_end == index + 1
                and tail_end < length
                and _is_regional_indicator(ord(text[tail_end]))
            ):
                tail_end = _consume_emoji_tail(text, tail_end + 1)
            out.append(_drawable_sequence(text[index:tail_end], covered))
            index = tail_end
            continue
        category = unicodedata.category(char)
        if category == "Cf" or code in _VARIATION_SELECTORS or code == _COMBINING_KEYCAP:
            index += 1
            continue
        if category in ("Cc", "Cs", "Cn", "Co") or code not in covered:
            if category == "Zs":
                out.append(" ")  # an exotic space the font lacks still separates words
            else:
                out.append(REPLACEMENT_CHAR)
            index += 1
            continue
        out.append(char)
        index += 1
    return "".join(out)
