"""Help > About: the version, the bundled software with its licences, the font licences.

The text comes from `app.about` (shared with the command line; it never imports Qt, so
the running Qt version is passed in here).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QFont, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import about
from app.ui import theme
from app.ui.start_screen import ui_language
from app.version import __version__

ICON_NAMES = ("pointb-128.png", "pointb-256.png", "pointb-64.png")
LICENCES_PER_ROW = 3  # font licence buttons in a row of the About dialog


def app_icon() -> QPixmap:
    """The application icon at 96 px (null when the resources are missing)."""
    for name in ICON_NAMES:
        path = about.resources_dir() / "icons" / name
        if path.is_file():
            pixmap = QPixmap(str(path))
            if not pixmap.isNull():
                return pixmap.scaled(
                    96,
                    96,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
    return QPixmap()


class LicenceDialog(QDialog):
    """A licence's full text, read-only."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(720, 560)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        self.text_view = QPlainTextEdit(self)
        self.text_view.setReadOnly(True)
        self.text_view.setPlainText(text)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.close)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(close)
        layout.addWidget(self.text_view, 1)
        layout.addLayout(row)


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, language: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Point B"))
        self.setMinimumSize(760, 540)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(14)

        head = QHBoxLayout()
        head.setSpacing(18)
        self.icon_label = QLabel(self)
        self.icon_label.setPixmap(app_icon())
        self.icon_label.setFixedSize(100, 100)
        self.icon_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        titles = QVBoxLayout()
        title = QLabel(self.tr("Point B %1").replace("%1", __version__), self)
        title.setStyleSheet("font-size: 22pt; font-weight: bold;")
        tagline = QLabel(
            self.tr(
                "An offline workbench for service-design workshop facilitators. "
                "Your workshop is one file you own."
            ),
            self,
        )
        tagline.setWordWrap(True)
        tagline.setStyleSheet(f"color: {theme.MUTED};")
        titles.addStretch(1)
        titles.addWidget(title)
        titles.addWidget(tagline)
        titles.addStretch(1)
        head.addWidget(self.icon_label)
        head.addLayout(titles, 1)

        self.text = about.about_text(language or ui_language(), qt_version=qVersion())
        self.text_view = QPlainTextEdit(self)
        self.text_view.setReadOnly(True)
        self.text_view.setPlainText(self.text)
        mono = QFont("DejaVu Sans Mono")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        mono.setPointSize(max(8, theme.UI_POINT_SIZE - 2))
        self.text_view.setFont(mono)

        # One button per bundled font family (app.about.BUNDLED_FONTS), each its licence,
        # in rows of three so that every name reads whole on a laptop, in any language.
        licences = QGridLayout()
        self.font_licence_buttons: list[QPushButton] = []
        for index, font in enumerate(about.BUNDLED_FONTS):
            button = QPushButton(self.tr("%1 licence…").replace("%1", font.short_name), self)
            button.clicked.connect(lambda _checked=False, f=font: self.show_font_licence(f))
            button.setEnabled(about.licence_path(font).is_file())
            self.font_licence_buttons.append(button)
            licences.addWidget(button, index // LICENCES_PER_ROW, index % LICENCES_PER_ROW)
        buttons = QHBoxLayout()
        buttons.addLayout(licences)
        close = QPushButton(self.tr("Close"), self)
        close.setDefault(True)
        close.clicked.connect(self.close)
        buttons.addStretch(1)
        buttons.addWidget(close, 0, Qt.AlignmentFlag.AlignBottom)

        layout.addLayout(head)
        layout.addWidget(self.text_view, 1)
        layout.addLayout(buttons)
        close.setFocus()

    def show_font_licence(self, font: about.BundledFont = about.BUNDLED_FONTS[0]) -> LicenceDialog:
        text = about.font_licence_text(font) or self.tr(
            "The licence file is missing: %1"
        ).replace("%1", str(about.licence_path(font)))
        title = self.tr("Licence of %1").replace("%1", font.name)
        dialog = LicenceDialog(title, text, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
