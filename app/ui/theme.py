"""The look of Point B: a clean light theme with large type that reads on a projector.

Colours and sizes live here so the board, the presenter window and the dialogs agree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize
from PySide6.QtGui import QColor, QFont, QFontDatabase, QIcon, QPalette, QPixmap
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from app import paths
from app.domain.model import SourceTag
from app.domain.texts import render
from app.export import export_messages
from app.ui.i18n import interface_language

FONT_FAMILY = "DejaVu Sans"
UI_POINT_SIZE = 11

INK = "#1F2933"  # text
MUTED = "#616E7C"
ACCENT = "#2563EB"  # selection, primary buttons
ACCENT_DARK = "#1D4ED8"
CANVAS = "#F4F1EA"  # the board background: warm paper
WINDOW = "#FAFAF7"
PANEL = "#FFFFFF"
BORDER = "#D9D6CE"
DANGER = "#B42318"
WARNING_BG = "#FFF4CE"
WARNING_FG = "#7A4E00"

# Corner marks per source tag: colour-blind-safe-ish hues that differ from team fills.
TAG_COLORS: dict[SourceTag, str] = {
    SourceTag.CUSTOMERS: "#1D4ED8",
    SourceTag.EMPLOYEES: "#047857",
    SourceTag.RESEARCH: "#7C3AED",
    SourceTag.COMPETITORS: "#C2410C",
    SourceTag.OWN: "#334155",
}


def tag_label(tag: SourceTag) -> str:
    if tag == SourceTag.NONE:
        return QCoreApplication.translate("Tags", "No tag")
    # the name the printed legend uses, so the board and the paper say the same
    return render(export_messages.MESSAGES, f"tag_{tag.value}", interface_language())


def tag_mark(tag: SourceTag) -> str:
    """The letter in a note's corner mark (distinct per tag, translatable): the printed
    page's letter."""
    if tag == SourceTag.NONE:
        return ""
    # SourceTag(...): a note's stored tag may arrive as its plain text value
    key = f"tag_letter_{SourceTag(tag).value}"
    return render(export_messages.MESSAGES, key, interface_language())


def fonts_dir() -> Path:
    return paths.resource_dir("fonts")


_fonts_loaded = False


def load_fonts() -> None:
    """Register the bundled DejaVu fonts (Cyrillic everywhere, even on a bare machine)."""
    global _fonts_loaded
    if _fonts_loaded:
        return
    _fonts_loaded = True
    folder = fonts_dir()
    if folder.is_dir():
        for path in sorted(folder.glob("*.ttf")):
            QFontDatabase.addApplicationFont(str(path))


def ui_font(point_size: int = UI_POINT_SIZE, bold: bool = False) -> QFont:
    font = QFont(FONT_FAMILY)
    font.setPointSize(point_size)
    font.setBold(bold)
    return font


def pixel_font(pixels: int, bold: bool = False, italic: bool = False) -> QFont:
    """A font sized in pixels: board units are pixels at 100% zoom."""
    font = QFont(FONT_FAMILY)
    font.setPixelSize(max(1, pixels))
    font.setBold(bold)
    font.setItalic(italic)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


# A board view on the projector marks its viewport with this property: items then paint
# no console-only decoration (the facilitator's selection outline).
PROJECTOR_VIEWPORT = "pointbProjectorViewport"


def on_projector(widget: QWidget | None) -> bool:
    """Is `widget` (the viewport an item is painted on) a projector's board view?"""
    return widget is not None and widget.property(PROJECTOR_VIEWPORT) is True


def color_icon(color: str, size: int = 16) -> QIcon:
    """A small square of one colour (team and source-tag entries in lists and menus)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


# A button that shows one glyph (↑ ↓ + − ×) carries this property (`mark_glyph_button`).
GLYPH_BUTTON = "glyphButton"
# Events after which a glyph button's styled size may differ (`mark_glyph_button`).
_GLYPH_EVENTS = (QEvent.Type.Polish, QEvent.Type.FontChange, QEvent.Type.StyleChange)


class _GlyphFit(QObject):
    """Keeps a glyph button square and as large as its glyph needs in the type and padding
    it is drawn with: measured again when it is polished or its font or style changes."""

    def __init__(self, button: QAbstractButton, least: QSize | None) -> None:
        super().__init__(button)
        self.button = button
        self.least = least
        self._inside = False
        button.installEventFilter(self)
        self.fit()

    def fit(self) -> None:
        hint = self.button.sizeHint()
        side = max(hint.width(), hint.height())
        least = self.least or QSize(side, side)
        self.button.setFixedSize(max(side, least.width()), max(side, least.height()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.button or self._inside or event.type() not in _GLYPH_EVENTS:
            return False
        # The button takes the event first (it forgets its old size hint), then is measured.
        self._inside = True
        try:
            self.button.event(event)
        finally:
            self._inside = False
        self.fit()
        return True


def mark_glyph_button(button: QAbstractButton, least: QSize | None = None) -> None:
    """The one way to style a button that shows a single glyph (↑ ↓ + −): the style sheet
    gives it a compact padding (`GLYPH_BUTTON`), and it keeps a fixed square size that
    holds its glyph whole in the type it is drawn with, at any zoom; `least` makes it at
    least that large (a card's + and −, easy to hit)."""
    button.setProperty(GLYPH_BUTTON, True)
    style = button.style()
    style.unpolish(button)
    style.polish(button)
    _GlyphFit(button, least)


STYLESHEET = f"""
QMainWindow, QDialog {{ background: {WINDOW}; }}
QWidget {{ color: {INK}; }}
QToolTip {{ color: {INK}; background: {PANEL}; border: 1px solid {BORDER}; padding: 4px; }}
QLineEdit, QPlainTextEdit, QComboBox, QDateEdit, QSpinBox {{
    background: {PANEL}; border: 1px solid {BORDER}; border-radius: 6px; padding: 5px 8px;
    selection-background-color: {ACCENT};
}}
QLineEdit:focus, QPlainTextEdit:focus, QComboBox:focus, QDateEdit:focus {{
    border: 2px solid {ACCENT};
}}
QPushButton, QToolButton {{
    background: {PANEL}; border: 1px solid {BORDER}; border-radius: 6px; padding: 6px 12px;
}}
QPushButton:hover, QToolButton:hover {{ background: #EEF2FF; border-color: #A5B4FC; }}
QPushButton:pressed, QToolButton:pressed, QToolButton:checked {{
    background: #DBEAFE; border-color: {ACCENT};
}}
QPushButton:disabled, QToolButton:disabled {{ color: #9AA5B1; }}
QPushButton[primary="true"] {{
    background: {ACCENT}; color: white; border: none; font-weight: bold; padding: 10px 18px;
}}
QPushButton[primary="true"]:hover {{ background: {ACCENT_DARK}; }}
QListWidget {{ background: {PANEL}; border: 1px solid {BORDER}; border-radius: 8px; padding: 4px; }}
QListWidget::item {{ padding: 8px 10px; border-radius: 6px; }}
QListWidget::item:selected {{ background: #DBEAFE; color: {INK}; }}
QListWidget::item:hover {{ background: #F1F5F9; }}
QListWidget#boardList {{ border: none; background: transparent; font-size: 12pt; }}
QTableWidget {{ background: {PANEL}; border: 1px solid {BORDER}; border-radius: 6px;
    gridline-color: #ECEAE4; }}
QHeaderView::section {{ background: #F3F2EE; border: none; padding: 6px; font-weight: bold; }}
QToolBar {{ background: {PANEL}; border: none; border-bottom: 1px solid {BORDER};
    spacing: 6px; padding: 4px 8px; }}
QMenuBar {{ background: {PANEL}; border-bottom: 1px solid {BORDER}; }}
QMenuBar::item {{ padding: 6px 10px; }}
QMenuBar::item:selected {{ background: #EEF2FF; }}
QMenu {{ background: {PANEL}; border: 1px solid {BORDER}; padding: 4px; }}
QMenu::item {{ padding: 6px 28px 6px 20px; border-radius: 4px; }}
QMenu::item:selected {{ background: #DBEAFE; color: {INK}; }}
QFrame#sidePanel {{ background: #F3F2EE; border-right: 1px solid {BORDER}; }}
QFrame#captureBar, QFrame#filterBar, QFrame#voteBar {{
    background: {PANEL}; border-top: 1px solid {BORDER};
}}
QFrame#filterBar {{ border-top: none; border-bottom: 1px solid {BORDER}; }}
QFrame#voteBar {{ background: #EEF2FF; border-top: 1px solid #C7D2FE; }}
QLineEdit#captureEdit {{ font-size: 16pt; padding: 8px 12px; }}
QFrame#messageBar {{ background: #FDECEA; border-bottom: 1px solid #F5C2BD; }}
QFrame#messageBar QLabel {{ color: {DANGER}; font-weight: bold; }}
QFrame#readOnlyBanner {{ background: {WARNING_BG}; border-bottom: 1px solid #F0D48A; }}
QFrame#readOnlyBanner QLabel {{ color: {WARNING_FG}; font-weight: bold; }}
QLabel#sectionTitle {{ font-size: 13pt; font-weight: bold; color: {MUTED}; }}
QLabel#heroTitle {{ font-size: 34pt; font-weight: bold; color: {INK}; }}
QLabel#heroSubtitle {{ font-size: 14pt; color: {MUTED}; }}
QLabel#budgetLabel {{ font-size: 13pt; font-weight: bold; color: {ACCENT_DARK}; }}
QFrame#card {{ background: {PANEL}; border: 1px solid {BORDER}; border-radius: 12px; }}
QToolButton[{GLYPH_BUTTON}="true"], QPushButton[{GLYPH_BUTTON}="true"] {{ padding: 2px 4px; }}
"""


def apply(
    app: QApplication, *, high_contrast: bool | None = None, zoom: float | None = None
) -> None:
    """Install the fonts, the palette and the style sheet on the application.

    `high_contrast` and `zoom` (the whole UI, 1.0 = 100%) default to the values last
    applied, so re-theming after start-up keeps the facilitator's choices.
    """
    global _high_contrast, _zoom
    if high_contrast is not None:
        _high_contrast = high_contrast
    if zoom is not None:
        _zoom = clamp_zoom(zoom)
    load_fonts()
    app.setStyle("Fusion")
    app.setFont(ui_font(max(6, round(UI_POINT_SIZE * _zoom))))
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor(WINDOW))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(INK))
    palette.setColor(QPalette.ColorRole.Base, QColor(PANEL))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#F7F6F2"))
    palette.setColor(QPalette.ColorRole.Text, QColor(INK))
    palette.setColor(QPalette.ColorRole.Button, QColor(PANEL))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor(INK))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#FFFFFF"))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#8A94A0"))
    if _high_contrast:
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#000000"))
        palette.setColor(QPalette.ColorRole.Text, QColor("#000000"))
        palette.setColor(QPalette.ColorRole.ButtonText, QColor("#000000"))
        palette.setColor(QPalette.ColorRole.Window, QColor("#FFFFFF"))
        palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#4B5563"))
        palette.setColor(QPalette.ColorRole.Highlight, QColor("#1E3A8A"))
    app.setPalette(palette)
    sheet = STYLESHEET + (HIGH_CONTRAST_SHEET if _high_contrast else "")
    app.setStyleSheet(scale_stylesheet(sheet, _zoom))


# --- readability: a high-contrast theme, zoom of the whole UI, the projector's type ------
_high_contrast = False
_zoom = 1.0
ZOOM_MIN, ZOOM_MAX, ZOOM_STEP = 0.75, 2.0, 0.125

# Laid over STYLESHEET: black text, dark borders, thicker focus rings. Projectors and
# laptop screens in a sunny room wash out the quiet greys of the normal theme.
HIGH_CONTRAST_SHEET = """
QMainWindow, QDialog { background: #FFFFFF; }
QWidget { color: #000000; }
QLineEdit, QPlainTextEdit, QComboBox, QDateEdit, QSpinBox, QPushButton, QToolButton,
QListWidget, QTableWidget { border: 2px solid #111827; }
QLineEdit:focus, QPlainTextEdit:focus, QComboBox:focus { border: 3px solid #1E3A8A; }
QPushButton[primary="true"] { background: #1E3A8A; color: #FFFFFF; }
QListWidget::item:selected, QMenu::item:selected { background: #1E3A8A; color: #FFFFFF; }
QLabel#sectionTitle, QLabel#heroSubtitle { color: #111827; }
QFrame#sidePanel { background: #FFFFFF; border-right: 2px solid #111827; }
"""

_PT_RE = re.compile(r"(\d+(?:\.\d+)?)pt")


def clamp_zoom(zoom: float) -> float:
    return max(ZOOM_MIN, min(ZOOM_MAX, float(zoom)))


def current_zoom() -> float:
    return _zoom


def is_high_contrast() -> bool:
    return _high_contrast


def scale_stylesheet(sheet: str, zoom: float) -> str:
    """Every `NNpt` in a style sheet times `zoom` (pixel sizes stay: they are drawings)."""
    if abs(zoom - 1.0) < 1e-6:
        return sheet
    return _PT_RE.sub(lambda m: f"{max(6.0, float(m.group(1)) * zoom):.1f}pt", sheet)


# The projector (presenter window). Sizes in pixels at 100% zoom for a 1920x1080 output:
# body text of at least 28 px reads from about 8 metres (the back of a 30-person room).
PROJECTOR_BODY_PX = 30
PROJECTOR_TITLE_PX = 46
PROJECTOR_TIMER_PX = 88
PROJECTOR_COUNT_PX = 120  # face-down mode: the number of notes per team
PROJECTOR_MIN_BODY_PX = 28


@dataclass(frozen=True)
class ProjectorColors:
    header_bg: str
    header_fg: str
    header_muted: str
    canvas: str
    timer_fg: str
    last_minute_bg: str
    last_minute_fg: str
    finished_bg: str
    finished_fg: str


PROJECTOR_HIGH_CONTRAST = ProjectorColors(
    header_bg="#000000",
    header_fg="#FFFFFF",
    header_muted="#E5E7EB",
    canvas="#FFFFFF",
    timer_fg="#FFFFFF",
    last_minute_bg="#FFB000",  # amber: one minute left
    last_minute_fg="#000000",
    finished_bg="#DC2626",  # red: time is up
    finished_fg="#FFFFFF",
)
PROJECTOR_NORMAL = ProjectorColors(
    header_bg=PANEL,
    header_fg=INK,
    header_muted="#3E4C59",
    canvas=CANVAS,
    timer_fg=INK,
    last_minute_bg="#FDE68A",
    last_minute_fg="#7A2E00",
    finished_bg=DANGER,
    finished_fg="#FFFFFF",
)


def projector_colors(high_contrast: bool) -> ProjectorColors:
    return PROJECTOR_HIGH_CONTRAST if high_contrast else PROJECTOR_NORMAL
