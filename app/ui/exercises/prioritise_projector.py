"""The prioritisation board as the room sees it: the candidates best first, in large type.

No tabs, fields or buttons: a ranked list (score, dots, Kano class) that follows every
change the facilitator makes on the console.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from app.domain import prioritise_flow
from app.ui import theme
from app.ui.controller import Controller
from app.ui.exercises.prioritise_common import category_color, category_label
from app.ui.refresh import ChangeFollower

ROWS = 10
TEXT_PX = theme.PROJECTOR_BODY_PX
SMALL_PX = theme.PROJECTOR_MIN_BODY_PX


def _number(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value:,.0f}".replace(",", " ") if value >= 100 else f"{value:g}"


class PrioritiseProjectorView(QWidget):
    """Read-only: the ranked candidates of one prioritisation board."""

    def __init__(self, controller: Controller, board_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.board_id = board_id
        self.setObjectName("prioritiseProjector")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(f"QWidget#prioritiseProjector {{ background: {theme.CANVAS}; }}")
        column = QVBoxLayout(self)
        column.setContentsMargins(48, 28, 48, 28)
        column.setSpacing(18)
        self.title = QLabel(self)
        self.title.setFont(theme.pixel_font(theme.PROJECTOR_TITLE_PX, bold=True))
        column.addWidget(self.title)
        host = QWidget(self)
        self.grid = QGridLayout(host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(28)
        self.grid.setVerticalSpacing(10)
        self.grid.setColumnStretch(1, 1)
        column.addWidget(host)
        column.addStretch(1)
        self.rows: list[tuple[str, str]] = []  # (candidate text, Kano label), as shown
        # Cached in the projector's stack: a page not on the wall refreshes when shown.
        self.follower = ChangeFollower(self, controller, self.refresh)
        self.refresh()

    def refresh(self) -> None:
        if self.controller.file is None or self.controller.data.board(self.board_id) is None:
            return
        summary = prioritise_flow.board_summary(self.controller.data, self.board_id)
        ranked = prioritise_flow.projector_ranking(summary, ROWS)
        self.title.setText(self.tr("Candidates, best first"))
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        method = "ICE" if summary.method == "ice" else "RICE"
        heads = ["#", self.tr("Candidate"), self.tr("Kano"), self.tr("Dots"), method]
        for column, text in enumerate(heads):
            self._cell(0, column, text, SMALL_PX, bold=True, color=theme.MUTED)
        self.rows = []
        for row, candidate in enumerate(ranked, start=1):
            category = summary.categories.get(candidate.id)
            kano = category_label(category) if category is not None else ""
            self._cell(row, 0, str(row), TEXT_PX, bold=True, color=theme.MUTED)
            name = self._cell(row, 1, candidate.text, TEXT_PX, bold=row <= 3)
            name.setWordWrap(True)
            self._cell(row, 2, kano, SMALL_PX, bold=True, color=category_color(category))
            self._cell(row, 3, f"● {summary.votes.get(candidate.id, 0)}", TEXT_PX)
            self._cell(row, 4, _number(summary.scores.get(candidate.id)), TEXT_PX, bold=True)
            self.rows.append((candidate.text, kano))
        if not ranked:
            self._cell(1, 1, self.tr("No candidates yet."), TEXT_PX, color=theme.MUTED)

    def _cell(
        self,
        row: int,
        column: int,
        text: str,
        pixels: int,
        bold: bool = False,
        color: str = theme.INK,
    ) -> QLabel:
        label = QLabel(self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setText(text)
        label.setFont(theme.pixel_font(pixels, bold=bold))
        label.setStyleSheet(f"color: {color}; background: transparent;")
        align = Qt.AlignmentFlag.AlignRight if column in (0, 3, 4) else Qt.AlignmentFlag.AlignLeft
        label.setAlignment(align | Qt.AlignmentFlag.AlignVCenter)
        self.grid.addWidget(label, row, column)
        return label
