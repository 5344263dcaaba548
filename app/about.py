"""What Help > About shows: Point B's version and the bundled components with their licences.

No Qt here: this module never imports PySide6 (the GUI passes `qVersion()` in), so the
command line and tests can use it headless. Versions come from the installed package
metadata (bundled in the frozen app by packaging/pointb.spec).
"""

from __future__ import annotations

import platform
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from app import paths
from app.domain.i18n import N_, text
from app.domain.texts import normalise_language
from app.version import __version__

HOMEPAGE = "Point B: an offline workbench for service-design workshop facilitators"


@dataclass(frozen=True)
class Component:
    """One bundled piece of software or data, its version and its licence."""

    name: str
    version: str
    licence: str
    licence_file: Path | None = None  # the full text shipped with Point B, when there is one


def resources_dir() -> Path:
    """The `resources` folder: inside the PyInstaller bundle when frozen, else the repo's."""
    return paths.resource_dir()


@dataclass(frozen=True)
class BundledFont:
    """A font family shipped in resources/fonts/: its files and its licence file there."""

    name: str
    version: str
    licence: str
    licence_name: str  # the file in resources/fonts/ with the full licence text
    files: tuple[str, ...]
    short_name: str  # on the About dialog's licence button


# Every font in resources/fonts/, once: About lists them and offers their licences from
# here, and tests/test_about.py checks that the folder holds exactly these files.
BUNDLED_FONTS: tuple[BundledFont, ...] = (
    BundledFont(
        "DejaVu Sans fonts",
        "2.37",
        "Bitstream Vera Fonts licence; DejaVu changes in the public domain",
        "LICENSE-DejaVu.txt",
        ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"),
        "DejaVu",
    ),
    BundledFont(
        "Noto Sans Devanagari",
        "2.001",
        "SIL Open Font License 1.1 (OFL)",
        "LICENSE-Noto-OFL.txt",
        ("NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Bold.ttf"),
        "Noto Devanagari",
    ),
    BundledFont(
        "Droid Sans Fallback (Chinese and Japanese subset)",
        "1.00c",
        "Apache License 2.0",
        "LICENSE-DroidSansFallback.txt",
        ("DroidSansFallback-subset.ttf",),
        "Droid Fallback",
    ),
    BundledFont(
        "Noto Emoji (monochrome, subset)",
        "3.002",
        "SIL Open Font License 1.1 (OFL)",
        "LICENSE-NotoEmoji-OFL.txt",
        ("NotoEmoji-subset.ttf",),
        "Noto Emoji",
    ),
    BundledFont(
        "Symbola (symbols subset, monochrome)",
        "2.60",
        "free for any use, modification and redistribution (George Douros)",
        "LICENSE-Symbola.txt",
        ("Symbola-symbols.ttf",),
        "Symbola",
    ),
)


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def licence_path(font: BundledFont) -> Path:
    return fonts_dir() / font.licence_name


def font_licence_file() -> Path:
    """The licence of the interface font (DejaVu), the first of `BUNDLED_FONTS`."""
    return licence_path(BUNDLED_FONTS[0])


def icon_licence_file() -> Path:
    return resources_dir() / "icons" / "LICENSE.txt"


def distribution_version(*names: str) -> str:
    """Version of the first installed distribution among `names`, or 'unknown'."""
    for name in names:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return "unknown"


def components(qt_version: str | None = None) -> list[Component]:
    """Point B and everything it ships, in the order About lists them.

    `qt_version` is the running Qt (`PySide6.QtCore.qVersion()`), passed in by the GUI;
    without it the PySide6 package version is shown.
    """
    pyside = distribution_version("PySide6-Essentials", "PySide6")
    qt = qt_version or pyside
    return [
        Component("Point B", __version__, "MIT"),
        Component(
            f"Python ({platform.python_implementation()})",
            platform.python_version(),
            "PSF License (Python Software Foundation License v2)",
        ),
        Component(f"Qt {qt} / PySide6", pyside, "LGPLv3 (GNU Lesser General Public License v3)"),
        Component("SQLModel", distribution_version("sqlmodel"), "MIT"),
        Component("SQLAlchemy", distribution_version("SQLAlchemy"), "MIT"),
        Component("Pydantic", distribution_version("pydantic"), "MIT"),
        Component("ReportLab", distribution_version("reportlab"), "BSD (3-clause)"),
        Component("Pillow", distribution_version("pillow", "Pillow"), "MIT-CMU (HPND)"),
        Component("platformdirs", distribution_version("platformdirs"), "MIT"),
        Component("segno", distribution_version("segno"), "BSD (3-clause)"),
        Component("python-bidi", distribution_version("python-bidi"), "LGPLv3"),
        Component("arabic-reshaper", distribution_version("arabic-reshaper"), "MIT"),
        Component("uharfbuzz", distribution_version("uharfbuzz"),
                  "Apache License 2.0 (HarfBuzz inside: MIT)"),
        *(Component(font.name, font.version, font.licence, licence_path(font))
          for font in BUNDLED_FONTS),
        Component("Point B icon", __version__, "MIT (Point B's own work)", icon_licence_file()),
    ]


_TEXTS = {
    "title": N_("Point B {version}"),
    "tagline": N_("An offline workbench for service-design workshop facilitators."),
    "running": N_("Running on Python {python} with Qt {qt}, on {system}."),
    "components": N_("Bundled software and fonts:"),
    "licence": N_("licence"),
    "full_text": N_("full text"),
    "not_found": N_("(not found)"),
    "lgpl": N_(
        "Qt and PySide6 are used under the LGPLv3: they are separate, replaceable libraries "
        "inside the application folder (PySide6/Qt/lib)."
    ),
}


def about_text(language: str = "en", qt_version: str | None = None) -> str:
    """Plain text for Help > About in `language` ('en' or 'ru'; others fall back to English).

    `qt_version`: the running Qt version from the GUI (`qVersion()`); this module does not
    import Qt.
    """
    language = normalise_language(language)
    texts = {key: text(language, msgid) for key, msgid in _TEXTS.items()}
    items = components(qt_version)
    qt = qt_version or distribution_version("PySide6-Essentials", "PySide6")
    system = f"{platform.system() or 'unknown'} {platform.machine()}".strip()
    lines = [
        texts["title"].format(version=__version__),
        texts["tagline"],
        texts["running"].format(python=platform.python_version(), qt=qt, system=system),
        "",
        texts["components"],
    ]
    for item in items:
        lines.append(f"  {item.name} {item.version}: {texts['licence']} {item.licence}")
        if item.licence_file is not None:
            where = str(item.licence_file)
            if not item.licence_file.is_file():
                where += f" {texts['not_found']}"
            lines.append(f"    {texts['full_text']}: {where}")
    lines += ["", texts["lgpl"]]
    return "\n".join(lines)


def font_licence_text(font: BundledFont = BUNDLED_FONTS[0]) -> str:
    """A font's licence as shipped (for its 'licence' button); empty if missing."""
    try:
        return licence_path(font).read_text("utf-8")
    except OSError:
        return ""
