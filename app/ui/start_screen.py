"""The start screen: new workshop (blank or from an agenda), open, recent files, the demo."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui import theme

RECENT_KEY = "recentFiles"
MAX_RECENT = 12


class RecentFiles:
    """Recently opened workshop paths, kept in QSettings (paths only, never content)."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self.settings = settings if settings is not None else QSettings()

    def paths(self) -> list[Path]:
        value = self.settings.value(RECENT_KEY, [])
        items: list[object] = [value] if isinstance(value, str) else list(value or [])  # type: ignore[call-overload]
        return [Path(str(v)) for v in items if str(v)]

    def _store(self, paths: list[Path]) -> None:
        self.settings.setValue(RECENT_KEY, [str(p) for p in paths[:MAX_RECENT]])
        self.settings.sync()

    def add(self, path: Path) -> None:
        path = Path(path).resolve()
        self._store([path, *(p for p in self.paths() if p != path)])

    def remove(self, path: Path) -> None:
        self._store([p for p in self.paths() if p != Path(path)])

    def clear(self) -> None:
        self._store([])


def ui_language() -> str:
    return "ru" if QLocale().name().lower().startswith("ru") else "en"


def load_agendas() -> tuple[list[Any], list[str]]:
    """Agenda templates (bundled, then the user's own); errors as readable lines."""
    try:
        from app.domain import agenda
    except ImportError:  # pragma: no cover - the agenda module ships with Point B
        return [], []
    folders = [agenda.bundled_templates_dir()]
    with contextlib.suppress(Exception):
        from app.paths import user_templates_dir

        folders.append(user_templates_dir())
    agendas, errors = agenda.load_templates(folders)
    return agendas, [str(e) for e in errors]


class StartScreen(QWidget):
    new_requested = Signal(object)  # an Agenda, or None for a blank workshop
    open_requested = Signal()
    open_path_requested = Signal(object)  # Path
    demo_requested = Signal()

    def __init__(self, recent: RecentFiles, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.recent = recent
        self.agendas: list[Any] = []
        self.template_errors: list[str] = []
        self.setObjectName("startScreen")
        self.setStyleSheet(f"QWidget#startScreen {{ background: {theme.CANVAS}; }}")

        outer = QHBoxLayout(self)
        outer.setContentsMargins(64, 48, 64, 48)
        outer.setSpacing(40)

        # Left: who we are and how to start.
        left = QVBoxLayout()
        left.setSpacing(14)
        brand = QLabel(self.tr("Point B"), self)
        brand.setObjectName("heroTitle")
        tagline = QLabel(
            self.tr(
                "From where you are to where you want to be: run service-design "
                "workshops offline, on one laptop and a projector."
            ),
            self,
        )
        tagline.setObjectName("heroSubtitle")
        tagline.setWordWrap(True)
        left.addWidget(brand)
        left.addWidget(tagline)
        left.addSpacing(18)
        buttons = QHBoxLayout()
        buttons.setSpacing(10)
        self.new_button = QPushButton(self.tr("New blank workshop…"), self)
        self.new_button.setProperty("primary", True)
        self.new_button.clicked.connect(lambda: self.new_requested.emit(None))
        self.open_button = QPushButton(self.tr("Open…"), self)
        self.open_button.clicked.connect(self.open_requested.emit)
        self.demo_button = QPushButton(self.tr("Open the demo workshop"), self)
        self.demo_button.clicked.connect(self.demo_requested.emit)
        for button in (self.new_button, self.open_button, self.demo_button):
            button.setMinimumHeight(44)
            buttons.addWidget(button)
        buttons.addStretch(1)
        left.addLayout(buttons)
        left.addSpacing(22)

        templates_title = QLabel(self.tr("Start from an agenda"), self)
        templates_title.setObjectName("sectionTitle")
        left.addWidget(templates_title)
        self.template_list = QListWidget(self)
        self.template_list.setObjectName("templateList")
        self.template_list.setWordWrap(True)
        self.template_list.setSpacing(3)
        self.template_list.itemActivated.connect(self._template_activated)
        left.addWidget(self.template_list, 1)
        self.template_note = QLabel(self)
        self.template_note.setWordWrap(True)
        self.template_note.setStyleSheet(f"color: {theme.DANGER};")
        self.template_note.hide()
        left.addWidget(self.template_note)
        self.from_template_button = QPushButton(self.tr("New workshop from this agenda…"), self)
        self.from_template_button.clicked.connect(self._from_template)
        left.addWidget(self.from_template_button, 0, Qt.AlignmentFlag.AlignLeft)
        outer.addLayout(left, 3)

        # Right: recent workshops.
        card = QFrame(self)
        card.setObjectName("card")
        right = QVBoxLayout(card)
        right.setContentsMargins(20, 20, 20, 20)
        right.setSpacing(10)
        recent_title = QLabel(self.tr("Recent workshops"), card)
        recent_title.setObjectName("sectionTitle")
        right.addWidget(recent_title)
        self.recent_list = QListWidget(card)
        self.recent_list.setObjectName("recentList")
        self.recent_list.setStyleSheet("QListWidget#recentList { border: none; }")
        self.recent_list.itemActivated.connect(self._recent_activated)
        self.recent_list.currentItemChanged.connect(lambda *_: self._update_buttons())
        right.addWidget(self.recent_list, 1)
        self.empty_recent = QLabel(self.tr("Workshops you open appear here."), card)
        self.empty_recent.setStyleSheet(f"color: {theme.MUTED};")
        right.addWidget(self.empty_recent)
        row = QHBoxLayout()
        self.open_recent_button = QPushButton(self.tr("Open"), card)
        self.open_recent_button.clicked.connect(self._open_selected_recent)
        self.remove_recent_button = QPushButton(self.tr("Remove from list"), card)
        self.remove_recent_button.clicked.connect(self.remove_selected_recent)
        row.addWidget(self.open_recent_button)
        row.addWidget(self.remove_recent_button)
        row.addStretch(1)
        right.addLayout(row)
        outer.addWidget(card, 2)

        self.refresh()

    # --- content -------------------------------------------------------------------------
    def refresh(self) -> None:
        self.refresh_recent()
        self.refresh_templates()

    def refresh_templates(self) -> None:
        self.agendas, self.template_errors = load_agendas()
        language = ui_language()
        self.template_list.clear()
        for agenda in sorted(self.agendas, key=lambda a: a.total_minutes):
            minutes = agenda.total_minutes
            length = (
                self.tr("%1 h %2 min")
                .replace("%1", str(minutes // 60))
                .replace("%2", str(minutes % 60))
                if minutes >= 60
                else self.tr("%1 min").replace("%1", str(minutes))
            )
            text = f"{agenda.name(language)}  ·  {length}"
            description = agenda.description(language)
            if description:
                text += "\n" + description
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, agenda)
            item.setSizeHint(QSize(100, 64 if description else 40))
            self.template_list.addItem(item)
        if self.template_list.count():
            self.template_list.setCurrentRow(0)
        if self.template_errors:
            self.template_note.setText(
                self.tr("Some agenda templates could not be read:")
                + "\n"
                + "\n".join(self.template_errors)
            )
            self.template_note.show()
        else:
            self.template_note.hide()
        self._update_buttons()

    def refresh_recent(self) -> None:
        self.recent_list.clear()
        for path in self.recent.paths():
            exists = path.exists()
            label = path.name if exists else self.tr("%1 (missing)").replace("%1", path.name)
            item = QListWidgetItem(f"{label}\n{display_folder(path.parent)}")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            font = QFont(item.font())
            font.setPointSize(theme.UI_POINT_SIZE + 1)
            item.setFont(font)
            if not exists:
                item.setForeground(QColor("#9AA5B1"))
            self.recent_list.addItem(item)
        self.empty_recent.setVisible(self.recent_list.count() == 0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        item = self.recent_list.currentItem()
        path = Path(item.data(Qt.ItemDataRole.UserRole)) if item else None
        self.open_recent_button.setEnabled(bool(path and path.exists()))
        self.remove_recent_button.setEnabled(item is not None)
        self.from_template_button.setEnabled(self.template_list.currentItem() is not None)

    # --- actions -------------------------------------------------------------------------
    def _recent_activated(self, item: QListWidgetItem) -> None:
        path = Path(item.data(Qt.ItemDataRole.UserRole))
        if path.exists():
            self.open_path_requested.emit(path)

    def _open_selected_recent(self) -> None:
        item = self.recent_list.currentItem()
        if item is not None:
            self._recent_activated(item)

    def remove_selected_recent(self) -> None:
        item = self.recent_list.currentItem()
        if item is not None:
            self.recent.remove(Path(item.data(Qt.ItemDataRole.UserRole)))
            self.refresh_recent()

    def _template_activated(self, item: QListWidgetItem) -> None:
        self.new_requested.emit(item.data(Qt.ItemDataRole.UserRole))

    def _from_template(self) -> None:
        item = self.template_list.currentItem()
        if item is not None:
            self._template_activated(item)


def display_folder(folder: Path) -> str:
    """A folder as people read it: the home folder shown as ~."""
    try:
        return str(Path("~") / folder.relative_to(Path.home()))
    except ValueError:
        return str(folder)
