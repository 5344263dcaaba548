"""Help > About text: version, bundled components, licences; no Qt import."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

from app import about

ROOT = Path(__file__).resolve().parents[1]


def _pyproject_version() -> str:
    with open(ROOT / "pyproject.toml", "rb") as fh:
        return str(tomllib.load(fh)["project"]["version"])


def test_about_shows_the_version_from_pyproject() -> None:
    text = about.about_text("en", qt_version="6.11.3")
    assert text.splitlines()[0] == f"Point B {_pyproject_version()}"


def test_about_lists_every_bundled_component_with_its_licence() -> None:
    text = about.about_text("en", qt_version="6.11.3")
    for name, licence in [
        ("Qt 6.11.3 / PySide6", "LGPLv3"),
        ("SQLModel", "MIT"),
        ("SQLAlchemy", "MIT"),
        ("ReportLab", "BSD"),
        ("Pillow", "MIT-CMU (HPND)"),
        ("platformdirs", "MIT"),
        ("DejaVu Sans fonts", "Bitstream Vera"),
    ]:
        line = next((ln for ln in text.splitlines() if ln.strip().startswith(name)), None)
        assert line is not None, f"{name} is missing from About"
        assert licence in line
    assert "public domain" in text
    assert "Python" in text


def test_versions_come_from_package_metadata() -> None:
    from importlib import metadata

    by_name = {c.name: c for c in about.components("6.11.3")}
    assert by_name["ReportLab"].version == metadata.version("reportlab")
    assert by_name["SQLAlchemy"].version == metadata.version("SQLAlchemy")
    assert by_name["Pillow"].version == metadata.version("pillow")
    assert by_name["Qt 6.11.3 / PySide6"].version == metadata.version("PySide6-Essentials")
    assert all(c.version and c.version != "unknown" for c in by_name.values())


def test_font_licence_file_is_shipped_and_named() -> None:
    path = about.font_licence_file()
    assert path == ROOT / "resources" / "fonts" / "LICENSE-DejaVu.txt"
    assert path.is_file()
    assert "Bitstream" in about.font_licence_text()
    assert str(path) in about.about_text("en")
    assert "(not found)" not in about.about_text("en")


def test_russian_and_unknown_languages() -> None:
    ru = about.about_text("ru_RU", qt_version="6.11.3")
    assert "лицензия" in ru
    assert "Qt 6.11.3" in ru
    assert about.about_text("de", qt_version="6.11.3") == about.about_text("en", "6.11.3")


def test_without_a_qt_version_the_pyside_package_version_is_shown() -> None:
    from importlib import metadata

    assert f"Qt {metadata.version('PySide6-Essentials')}" in about.about_text("en")


def test_missing_distribution_reads_unknown() -> None:
    assert about.distribution_version("no-such-distribution-pointb") == "unknown"


def test_frozen_bundle_resources_are_used(monkeypatch: object, tmp_path: Path) -> None:
    import pytest

    assert isinstance(monkeypatch, pytest.MonkeyPatch)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert about.font_licence_file() == tmp_path / "resources" / "fonts" / "LICENSE-DejaVu.txt"
    assert "(not found)" in about.about_text("en")


def test_importing_about_does_not_import_qt() -> None:
    code = (
        "import sys, app.about; app.about.about_text('en'); "
        "bad = sorted(m for m in sys.modules if m.startswith('PySide6')); "
        "print(bad); raise SystemExit(1 if bad else 0)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_about_lists_every_bundled_font_and_its_licence_file() -> None:
    folder = ROOT / "resources" / "fonts"
    fonts = [f for font in about.BUNDLED_FONTS for f in font.files]
    # The table and the folder agree: every shipped font and licence is listed, once.
    assert sorted(fonts) == sorted(p.name for p in folder.glob("*.ttf"))
    assert sorted(font.licence_name for font in about.BUNDLED_FONTS) == sorted(
        p.name for p in folder.glob("LICENSE*")
    )
    text = about.about_text("en", qt_version="6.11.3")
    lines = text.splitlines()
    for name, licence, file_name, marker in [
        ("DejaVu Sans fonts", "Bitstream Vera", "LICENSE-DejaVu.txt", "Bitstream"),
        ("Noto Sans Devanagari", "SIL Open Font License", "LICENSE-Noto-OFL.txt", "SIL OPEN"),
        ("Droid Sans Fallback", "Apache License 2.0", "LICENSE-DroidSansFallback.txt",
         "Apache License"),
        ("Noto Emoji", "SIL Open Font License", "LICENSE-NotoEmoji-OFL.txt", "SIL OPEN"),
        ("Symbola", "free for any use", "LICENSE-Symbola.txt", "redistributed"),
    ]:
        index = next(i for i, ln in enumerate(lines) if ln.strip().startswith(name))
        assert licence in lines[index]
        assert lines[index + 1].strip().endswith(str(folder / file_name))
        font = next(f for f in about.BUNDLED_FONTS if f.name.startswith(name))
        assert marker.lower() in about.font_licence_text(font).lower()
    assert "(not found)" not in text


def test_the_export_fonts_are_all_listed_in_about() -> None:
    from app.export import fonts

    listed = {f for font in about.BUNDLED_FONTS for f in font.files}
    assert set(fonts.FONT_FILES.values()) <= listed
    assert {f for _name, *faces in fonts.FALLBACK_FONTS for f in faces} <= listed
