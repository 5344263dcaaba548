from __future__ import annotations

import sys
from pathlib import Path

import pytest

from app.export import fonts
from app.export.fonts import REPLACEMENT_CHAR, sanitize_for_font


def test_bundled_fonts_and_licence_exist() -> None:
    folder = fonts.resources_dir() / "fonts"
    for style in ("regular", "bold", "italic"):
        assert fonts.font_path(style).is_file()
    licence = (folder / "LICENSE-DejaVu.txt").read_text(encoding="utf-8")
    assert "Bitstream" in licence
    assert "public domain" in licence


def test_resources_dir_follows_pyinstaller_bundle(monkeypatch: pytest.MonkeyPatch,
                                                  tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert fonts.resources_dir() == tmp_path / "resources"


def test_register_is_idempotent() -> None:
    fonts.register_fonts()
    fonts.register_fonts()
    assert fonts.font_name("bold") == "PointBSans-Bold"


@pytest.mark.parametrize("text", [
    "Касса закрылась", "café crème", "«ёлка» — “quoted” ‘single’ …", "★ ✓ → ≠ №",
    "tab\there\nnew line",
])
def test_drawable_text_is_unchanged(text: str) -> None:
    assert sanitize_for_font(text) == text


@pytest.mark.parametrize(("text", "expected"), [
    ("ok 👍", "ok 👍"),  # from the bundled monochrome emoji face
    ("👍🏽 skin tone is dropped", "👍 skin tone is dropped"),
    ("👨\u200d👩\u200d👧 family", "👨👩👧 family"),
    ("🇷🇺 flag", "🇷🇺 flag"),
    ("🏴\U000e0067\U000e0062\U000e007f tags", "🏴 tags"),
    ("1️⃣ keycap", "1 keycap"),
    ("\U0001FAE9 newer than the emoji faces", "□ newer than the emoji faces"),
    ("🫠\u200d🔥 sequence", "🫠🔥 sequence"),  # joined parts print side by side
    ("❤️ heart", "❤ heart"),  # a text-style glyph DejaVu has; the selector is dropped
    ("nul\x00bell\x07", "nul□bell□"),
    ("lone \ud800 surrogate", "lone □ surrogate"),
    ("unassigned \u0378", "unassigned □"),
    ("bom\ufeff soft\u00adhyphen", "bom softhyphen"),
    ("windows\r\nmac\rline\u2028sep", "windows\nmac\nline\nsep"),
    ("private \ue000 use", "private □ use"),
])
def test_undrawable_text_is_replaced_consistently(text: str, expected: str) -> None:
    assert sanitize_for_font(text) == expected.replace("□", REPLACEMENT_CHAR)


def test_sanitize_is_idempotent() -> None:
    text = "a 😀 b \x01 c 🇬🇧 d 👍🏽 🫠"
    once = sanitize_for_font(text)
    assert sanitize_for_font(once) == once


def test_every_output_character_is_covered() -> None:
    covered = fonts.covered_code_points()
    text = "".join(chr(code) for code in range(0, 0x3000)) + "😀🚀\U00010300"
    for char in sanitize_for_font(text):
        assert char in "\n\t" or ord(char) in covered
