"""Preferences: language, themes, the size of the whole interface, the timer's sound.

Stored in QSettings (preferences only, never workshop data). Themes, size and sound
apply at once; a new language applies when Point B starts again (every window is built
in one language).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.ui import i18n, theme

KEY_LANGUAGE = i18n.SETTING
KEY_HIGH_CONTRAST = "ui/highContrast"
KEY_ZOOM = "ui/zoom"
KEY_PROJECTOR_HIGH_CONTRAST = "presenter/highContrast"
KEY_SOUND = "room/sound"


def _bool(value: object, default: bool) -> bool:
    if value is None:
        return default
    if isinstance(value, str):
        return value.lower() in ("1", "true", "yes")
    return bool(value)


def _float(value: object, default: float) -> float:
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return default


@dataclass
class Preferences:
    language: str = ""  # "" follows the system; else "en" or "ru"
    high_contrast: bool = False  # the console
    zoom: float = 1.0  # the whole interface
    projector_high_contrast: bool = True  # the presenter window
    sound: bool = True  # a chime when a step's time is up

    @classmethod
    def load(cls, settings: QSettings) -> Preferences:
        language = str(settings.value(KEY_LANGUAGE, "") or "")
        return cls(
            language=language if language in i18n.languages() else "",
            high_contrast=_bool(settings.value(KEY_HIGH_CONTRAST), False),
            zoom=theme.clamp_zoom(_float(settings.value(KEY_ZOOM), 1.0)),
            projector_high_contrast=_bool(settings.value(KEY_PROJECTOR_HIGH_CONTRAST), True),
            sound=_bool(settings.value(KEY_SOUND), True),
        )

    def save(self, settings: QSettings) -> None:
        settings.setValue(KEY_LANGUAGE, self.language)
        settings.setValue(KEY_HIGH_CONTRAST, self.high_contrast)
        settings.setValue(KEY_ZOOM, self.zoom)
        settings.setValue(KEY_PROJECTOR_HIGH_CONTRAST, self.projector_high_contrast)
        settings.setValue(KEY_SOUND, self.sound)
        settings.sync()


class PreferencesDialog(QDialog):
    applied = Signal(object)  # Preferences

    def __init__(self, prefs: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.initial = prefs
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumWidth(520)
        column = QVBoxLayout(self)
        form = QFormLayout()
        form.setVerticalSpacing(12)

        self.language_combo = QComboBox(self)
        self.language_combo.addItem(
            self.tr("As the system (%1)").replace("%1", i18n.language_name(i18n.system_language())),
            "",
        )
        for code in i18n.languages():
            self.language_combo.addItem(i18n.language_name(code), code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(prefs.language)))
        self.language_note = QLabel(
            self.tr("A new language applies when Point B starts again."), self
        )
        self.language_note.setWordWrap(True)
        self.language_note.setStyleSheet(f"color: {theme.MUTED};")

        self.theme_combo = QComboBox(self)
        self.theme_combo.addItem(self.tr("Normal"), False)
        self.theme_combo.addItem(self.tr("High contrast"), True)
        self.theme_combo.setCurrentIndex(1 if prefs.high_contrast else 0)
        self.projector_combo = QComboBox(self)
        self.projector_combo.addItem(self.tr("High contrast (recommended)"), True)
        self.projector_combo.addItem(self.tr("Normal"), False)
        self.projector_combo.setCurrentIndex(0 if prefs.projector_high_contrast else 1)
        self.zoom_spin = QSpinBox(self)
        self.zoom_spin.setRange(round(theme.ZOOM_MIN * 100), round(theme.ZOOM_MAX * 100))
        self.zoom_spin.setSingleStep(round(theme.ZOOM_STEP * 100))
        self.zoom_spin.setSuffix(" %")
        self.zoom_spin.setValue(round(prefs.zoom * 100))
        self.zoom_spin.setToolTip(self.tr("Also Ctrl+Alt+= and Ctrl+Alt+- (Ctrl+Alt+0: normal)"))
        self.sound_check = QCheckBox(self.tr("Play a chime when a step's time is up"), self)
        self.sound_check.setChecked(prefs.sound)

        form.addRow(self.tr("Language"), self.language_combo)
        form.addRow("", self.language_note)
        form.addRow(self.tr("Theme of this window"), self.theme_combo)
        form.addRow(self.tr("Theme of the projector"), self.projector_combo)
        form.addRow(self.tr("Size of the interface"), self.zoom_spin)
        form.addRow(self.tr("Timer"), self.sound_check)
        column.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)

    def preferences(self) -> Preferences:
        return Preferences(
            language=str(self.language_combo.currentData() or ""),
            high_contrast=bool(self.theme_combo.currentData()),
            zoom=theme.clamp_zoom(self.zoom_spin.value() / 100.0),
            projector_high_contrast=bool(self.projector_combo.currentData()),
            sound=self.sound_check.isChecked(),
        )

    def accept(self) -> None:
        self.applied.emit(self.preferences())
        super().accept()
