"""The Pareto tab: candidates by score as bars, the cumulative share as a line, and the
top 3 highlighted with the share of the total score they carry."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from app.domain import prioritise, prioritise_flow
from app.domain.prioritise import ParetoRow
from app.domain.prioritise_flow import BoardSummary
from app.ui import theme
from app.ui.controller import Controller
from app.ui.exercises.prioritise_common import (
    CARD_TEXT_PX,
    SMALL_TEXT_PX,
    format_score,
    px_font,
)

TOP_N = 3
TOP_COLOR = "#2563EB"
REST_COLOR = "#CBD5E1"
LINE_COLOR = "#C2410C"
LIST_WIDTH = 520.0


class ParetoChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ParetoRow] = []
        self.texts: dict[int, str] = {}
        self.setMinimumSize(480, 360)  # fits a laptop's board beside the agenda
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(1400, 800)

    def set_rows(self, rows: list[ParetoRow], texts: dict[int, str]) -> None:
        self.rows = rows
        self.texts = texts
        self.update()

    def chart_rect(self) -> QRectF:
        return QRectF(70, 24, self.width() - LIST_WIDTH - 70 - 70, self.height() - 24 - 56)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(theme.PANEL))
        if not self.rows:
            painter.setPen(QColor(theme.MUTED))
            painter.setFont(px_font(CARD_TEXT_PX))
            painter.drawText(
                QRectF(self.rect()),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.tr("Score some candidates on the Scores tab to see the Pareto view."),
            )
            painter.end()
            return
        chart = self.chart_rect()
        self._paint_axes(painter, chart)
        self._paint_bars(painter, chart)
        self._paint_list(painter)
        painter.end()

    def _paint_axes(self, painter: QPainter, chart: QRectF) -> None:
        painter.setPen(QPen(QColor(theme.BORDER), 1))
        painter.drawLine(chart.bottomLeft(), chart.bottomRight())
        painter.setFont(px_font(SMALL_TEXT_PX))
        for step in range(5):
            fraction = step / 4
            y = chart.bottom() - fraction * chart.height()
            painter.setPen(QPen(QColor("#EEF0F3"), 1))
            painter.drawLine(QPointF(chart.left(), y), QPointF(chart.right(), y))
            painter.setPen(QColor(LINE_COLOR))
            painter.drawText(
                QRectF(chart.right() + 6, y - 10, 60, 20),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                f"{fraction:.0%}",
            )
        top = max(row.score for row in self.rows) or 1.0
        painter.setPen(QColor(theme.MUTED))
        for step in range(5):
            value = top * step / 4
            y = chart.bottom() - step / 4 * chart.height()
            painter.drawText(
                QRectF(0, y - 10, chart.left() - 8, 20),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                format_score(value),
            )
        eighty = chart.bottom() - 0.8 * chart.height()
        painter.setPen(QPen(QColor(LINE_COLOR), 1.5, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(chart.left(), eighty), QPointF(chart.right(), eighty))

    def _paint_bars(self, painter: QPainter, chart: QRectF) -> None:
        top = max(row.score for row in self.rows) or 1.0
        slot = chart.width() / len(self.rows)
        width = max(4.0, slot * 0.7)
        line: list[QPointF] = []
        painter.setFont(px_font(SMALL_TEXT_PX, bold=True))
        for rank, row in enumerate(self.rows, start=1):
            x = chart.left() + (rank - 1) * slot + (slot - width) / 2
            height = row.score / top * chart.height()
            bar = QRectF(x, chart.bottom() - height, width, height)
            painter.fillRect(bar, QColor(TOP_COLOR if rank <= TOP_N else REST_COLOR))
            painter.setPen(QColor(theme.INK))
            painter.drawText(
                QRectF(x - 10, chart.bottom() + 6, width + 20, 22),
                Qt.AlignmentFlag.AlignHCenter,
                str(rank),
            )
            line.append(
                QPointF(x + width / 2, chart.bottom() - row.cumulative_share * chart.height())
            )
        painter.setPen(QPen(QColor(LINE_COLOR), 3))
        for start, end in itertools.pairwise(line):
            painter.drawLine(start, end)
        painter.setBrush(QColor(LINE_COLOR))
        for point in line:
            painter.drawEllipse(point, 4.5, 4.5)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QColor(theme.MUTED))
        painter.setFont(px_font(SMALL_TEXT_PX))
        painter.drawText(
            QRectF(chart.left(), chart.bottom() + 30, chart.width(), 22),
            Qt.AlignmentFlag.AlignHCenter,
            self.tr("Bars: score, best first · line: cumulative share of the total · dashed: 80%"),
        )

    def _paint_list(self, painter: QPainter) -> None:
        area = QRectF(self.width() - LIST_WIDTH, 16, LIST_WIDTH - 16, self.height() - 32)
        normal = px_font(SMALL_TEXT_PX + 1)
        bold = px_font(SMALL_TEXT_PX + 1, bold=True)
        line_height = QFontMetricsF(bold).height() + 8
        capacity = max(1, int(area.height() // line_height))
        y = area.top()
        for rank, row in enumerate(self.rows[:capacity], start=1):
            highlighted = rank <= TOP_N
            rect = QRectF(area.left(), y, area.width(), line_height - 2)
            if highlighted:
                path = QPainterPath()
                path.addRoundedRect(rect, 6, 6)
                painter.fillPath(path, QColor("#DBEAFE"))
            font = bold if highlighted else normal
            metrics = QFontMetricsF(font)
            painter.setFont(font)
            painter.setPen(QColor(theme.INK))
            share = f"{row.share:.0%}"
            share_width = metrics.horizontalAdvance("100%") + 8
            text = metrics.elidedText(
                f"{rank}. {self.texts.get(row.candidate_id, '')}",
                Qt.TextElideMode.ElideRight,
                rect.width() - share_width - 16,
            )
            painter.drawText(
                rect.adjusted(8, 0, -share_width, 0),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
            painter.drawText(
                rect.adjusted(0, 0, -8, 0),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                share,
            )
            y += line_height


class ParetoTab(QWidget):
    def __init__(
        self, controller: Controller, board_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.board_id = board_id
        self.headline = QLabel("")
        self.headline.setStyleSheet(
            f"font-size: 20pt; font-weight: bold; color: {theme.ACCENT_DARK};"
        )
        self.headline.setWordWrap(True)
        self.chart = ParetoChart()
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.chart, 1)

    def refresh(self, summary: BoardSummary) -> None:
        rows = prioritise_flow.pareto_rows(self.controller.data, self.board_id)
        texts = {c.id: c.text for c in summary.candidates}
        self.chart.set_rows(rows, texts)
        if rows:
            self.headline.setText(prioritise.top_share_text(rows, summary.language, TOP_N))
        else:
            self.headline.setText(self.tr("No scores yet."))
