"""The value proposition board as the room sees it: each segment's hero and statement.

No tabs, fields or buttons: one block per canvas (segment), in large type, following
every change the facilitator makes on the console.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.domain.archetypes import load_catalogue
from app.ui import theme
from app.ui.controller import Controller
from app.ui.refresh import ChangeFollower

SHOWN = 3  # canvases on the wall at once


def _tr(text: str) -> str:
    return QCoreApplication.translate("ValueProjectorView", text)


class ValueProjectorView(QWidget):
    """Read-only: segment, hero (and second voice) and the statement of each canvas."""

    def __init__(self, controller: Controller, board_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.board_id = board_id
        self.catalogue = load_catalogue()
        self.setObjectName("valueProjector")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(f"QWidget#valueProjector {{ background: {theme.CANVAS}; }}")
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(48, 28, 48, 28)
        self.column.setSpacing(14)
        self.blocks: list[tuple[str, str, str]] = []  # (segment, hero line, statement)
        # Cached in the projector's stack: a page not on the wall refreshes when shown.
        self.follower = ChangeFollower(self, controller, self.refresh)
        self.refresh()

    def refresh(self) -> None:
        if self.controller.file is None:
            return
        while self.column.count():
            item = self.column.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        data = self.controller.data
        language = "ru" if data.workshop.language == "ru" else "en"
        segments = {s.id: s.name for s in data.segments}
        self._label(_tr("Who is our hero?"), theme.PROJECTOR_TITLE_PX, bold=True)
        self.blocks = []
        for canvas in sorted(data.canvases, key=lambda c: c.id)[:SHOWN]:
            hero = self.catalogue.get(canvas.archetype)
            second = self.catalogue.get(canvas.secondary_archetype)
            line = (
                _tr("Hero: %1").replace("%1", hero.name(language))
                if hero is not None
                else _tr("No hero chosen yet")
            )
            if second is not None:
                line += " · " + _tr("second voice: %1").replace("%1", second.name(language))
            segment = segments.get(canvas.segment_id, "")
            self._label(segment, theme.PROJECTOR_BODY_PX + 4, bold=True)
            self._label(line, theme.PROJECTOR_BODY_PX, color=theme.ACCENT_DARK)
            statement = canvas.statement.strip()
            self._label(
                statement or _tr("No statement yet"),
                theme.PROJECTOR_BODY_PX,
                color=theme.INK if statement else theme.MUTED,
            )
            self.blocks.append((segment, line, statement))
        if not self.blocks:
            self._label(_tr("No segment yet."), theme.PROJECTOR_BODY_PX, color=theme.MUTED)
        self.column.addStretch(1)

    def _label(self, text: str, pixels: int, bold: bool = False, color: str = theme.INK) -> None:
        label = QLabel(self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setText(text)
        label.setWordWrap(True)
        label.setFont(theme.pixel_font(pixels, bold=bold))
        label.setStyleSheet(f"color: {color}; background: transparent;")
        self.column.addWidget(label)
