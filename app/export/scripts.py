"""Right-to-left scripts on paper: Arabic joined and both Arabic and Hebrew in visual order.

PDF and PNG draw glyphs left to right as given, so a line holding Arabic or Hebrew is
turned into its visual order first (the Unicode bidirectional algorithm, python-bidi),
with Arabic letters in their joined contextual forms (arabic-reshaper; the bundled DejaVu
Sans has those forms and Hebrew). Lines are wrapped in logical order and reordered one by
one, as the algorithm wants. The PDF keeps the logical text as the span's ActualText, so
copying and searching give the words as typed.
"""

from __future__ import annotations

import functools
import unicodedata

import arabic_reshaper
from bidi import get_display

_RTL_CLASSES = frozenset({"R", "AL"})


def has_rtl(text: str) -> bool:
    """True when `text` holds a right-to-left letter (Hebrew, Arabic, ...)."""
    return any(unicodedata.bidirectional(char) in _RTL_CLASSES for char in text
               if ord(char) >= 0x0590)


@functools.lru_cache(maxsize=4096)
def visual(text: str) -> str:
    """One line in the order it is drawn; text without right-to-left letters unchanged."""
    if not has_rtl(text):
        return text
    return str(get_display(arabic_reshaper.reshape(text)))
