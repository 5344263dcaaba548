"""The Better/Worse scatter of the Kano tab: every candidate with questionnaire answers,
labelled, on Worse (x, 0 to -1) against Better (y, 0 to 1), quadrant lines at 0.5."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from app.domain.kano import KanoCategory
from app.domain.prioritise_flow import BoardSummary
from app.ui import theme
from app.ui.exercises.prioritise_common import (
    HEADER_TEXT_PX,
    SMALL_TEXT_PX,
    category_color,
    category_label,
    px_font,
    short_text,
)


# --- Better/Worse scatter ------------------------------------------------------------------------
class KanoScatter(QWidget):
    """x = Worse (0 at the left to -1 at the right), y = Better (0..1); lines at 0.5."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: list[tuple[int, str, float, float, KanoCategory | None]] = []
        self.unplotted = 0
        self.label_rects: dict[int, QRectF] = {}
        self._corner_labels: list[QRectF] = []  # quadrant names, kept clear of point labels
        self.setMinimumSize(420, 340)

    def set_summary(self, summary: BoardSummary) -> None:
        self.points = []
        for candidate in summary.candidates:
            result = summary.results.get(candidate.id)
            if result is None or result.better is None or result.worse is None:
                continue
            self.points.append(
                (
                    candidate.id,
                    candidate.text,
                    result.better,
                    result.worse,
                    summary.categories.get(candidate.id),
                )
            )
        self.unplotted = len(summary.candidates) - len(self.points)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(640, 460)

    def plot_rect(self) -> QRectF:
        return QRectF(self.rect()).adjusted(78, 48, -24, -70)

    def to_screen(self, better: float, worse: float) -> QPointF:
        plot = self.plot_rect()
        return QPointF(
            plot.left() + abs(worse) * plot.width(), plot.bottom() - better * plot.height()
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(theme.PANEL))
        plot = self.plot_rect()
        self._corner_labels = []
        self._paint_frame(painter, plot)
        self._paint_points(painter, plot)
        painter.end()

    def _paint_frame(self, painter: QPainter, plot: QRectF) -> None:
        painter.setPen(QColor(theme.INK))
        painter.setFont(px_font(HEADER_TEXT_PX, bold=True))
        painter.drawText(
            QRectF(plot.left(), 8, plot.width(), 32),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            self.tr("Better / Worse"),
        )
        half_x = plot.left() + plot.width() / 2
        half_y = plot.top() + plot.height() / 2
        corners = (
            (KanoCategory.A, QRectF(plot.left(), plot.top(), plot.width() / 2, plot.height() / 2)),
            (KanoCategory.O, QRectF(half_x, plot.top(), plot.width() / 2, plot.height() / 2)),
            (KanoCategory.I, QRectF(plot.left(), half_y, plot.width() / 2, plot.height() / 2)),
            (KanoCategory.M, QRectF(half_x, half_y, plot.width() / 2, plot.height() / 2)),
        )
        for category, corner in corners:
            fill = QColor(category_color(category))
            fill.setAlpha(22)
            painter.fillRect(corner, fill)
            ink = QColor(category_color(category))
            painter.setPen(ink)
            painter.setFont(px_font(SMALL_TEXT_PX + 2, bold=True))
            flags = Qt.AlignmentFlag.AlignTop | (
                Qt.AlignmentFlag.AlignLeft
                if corner.left() == plot.left()
                else Qt.AlignmentFlag.AlignRight
            )
            if corner.top() != plot.top():
                flags = (flags & ~Qt.AlignmentFlag.AlignTop) | Qt.AlignmentFlag.AlignBottom
            self._corner_labels.append(
                painter.drawText(corner.adjusted(10, 6, -10, -6), flags, category_label(category))
            )
        painter.setPen(QPen(QColor(theme.BORDER), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(plot)
        painter.setPen(QPen(QColor(theme.MUTED), 1.5, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(half_x, plot.top()), QPointF(half_x, plot.bottom()))
        painter.drawLine(QPointF(plot.left(), half_y), QPointF(plot.right(), half_y))
        painter.setPen(QColor(theme.MUTED))
        painter.setFont(px_font(SMALL_TEXT_PX))
        for step in range(5):
            value = step / 4
            x = plot.left() + value * plot.width()
            painter.drawText(
                QRectF(x - 30, plot.bottom() + 4, 60, 20),
                Qt.AlignmentFlag.AlignHCenter,
                "0" if step == 0 else f"−{value:g}",
            )
            y = plot.bottom() - value * plot.height()
            painter.drawText(
                QRectF(plot.left() - 48, y - 10, 42, 20),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                f"{value:g}",
            )
        painter.setPen(QColor(theme.INK))
        painter.setFont(px_font(SMALL_TEXT_PX, bold=True))
        painter.drawText(
            QRectF(plot.left(), plot.bottom() + 26, plot.width(), 22),
            Qt.AlignmentFlag.AlignHCenter,
            self.tr("Worse: unhappy without it →"),
        )
        painter.save()
        painter.translate(18, plot.center().y())
        painter.rotate(-90)
        painter.drawText(
            QRectF(-plot.height() / 2, -10, plot.height(), 22),
            Qt.AlignmentFlag.AlignHCenter,
            self.tr("Better: happy with it →"),
        )
        painter.restore()
        if self.unplotted:
            painter.setPen(QColor(theme.MUTED))
            painter.setFont(px_font(SMALL_TEXT_PX))
            painter.drawText(
                QRectF(plot.left(), self.height() - 22, plot.width(), 20),
                Qt.AlignmentFlag.AlignRight,
                self.tr("Not plotted (no questionnaire answers yet): %1").replace(
                    "%1", str(self.unplotted)
                ),
            )

    def _paint_points(self, painter: QPainter, plot: QRectF) -> None:
        font = px_font(SMALL_TEXT_PX + 1, bold=True)
        metrics = QFontMetricsF(font)
        centers = [self.to_screen(better, worse) for _i, _t, better, worse, _c in self.points]
        # Labels avoid each other, the quadrant names and a halo around every other point
        # (a label right beside someone else's point would read as that point's label).
        halos = [QRectF(c.x() - 26, c.y() - 20, 52, 40) for c in centers]
        taken: list[QRectF] = list(self._corner_labels)
        bounds = QRectF(self.rect()).adjusted(4, 4, -4, -4)
        self.label_rects = {}
        labels: list[tuple[QPointF, QRectF, str, KanoCategory | None]] = []
        for index, (center, (candidate_id, text, _b, _w, category)) in enumerate(
            zip(centers, self.points, strict=True)
        ):
            label = short_text(text, 28)
            width = metrics.horizontalAdvance(label) + 10
            height = metrics.height() + 4
            left_x, right_x = center.x() - 13 - width, center.x() + 13
            options = (
                QRectF(right_x, center.y() - height / 2, width, height),
                QRectF(left_x, center.y() - height / 2, width, height),
                QRectF(center.x() - width / 2, center.y() - 14 - height, width, height),
                QRectF(center.x() - width / 2, center.y() + 14, width, height),
                QRectF(right_x, center.y() + 4, width, height),
                QRectF(right_x, center.y() - 4 - height, width, height),
                QRectF(left_x, center.y() + 4, width, height),
                QRectF(left_x, center.y() - 4 - height, width, height),
            )
            inside = [rect for rect in options if bounds.contains(rect)] or list(options[:1])

            obstacles = [*taken, *(h for i, h in enumerate(halos) if i != index)]

            def overlap(rect: QRectF, placed: list[QRectF] = obstacles) -> float:
                total = 0.0
                for other in placed:
                    common = rect.intersected(other)
                    total += max(0.0, common.width()) * max(0.0, common.height())
                return total

            # The first free place in order of preference, else the least covered one.
            chosen = min(inside, key=overlap)
            taken.append(chosen)
            self.label_rects[candidate_id] = chosen
            labels.append((center, chosen, label, category))
        # Leaders first, markers over them, labels last: a label pushed aside stays
        # attributable to its point.
        for center, rect, _label, category in labels:
            nearest = QPointF(
                min(max(center.x(), rect.left()), rect.right()),
                min(max(center.y(), rect.top()), rect.bottom()),
            )
            painter.setPen(QPen(QColor(category_color(category)), 1.5))
            painter.drawLine(center, nearest)
        for center, _rect, _label, category in labels:
            painter.setPen(QPen(QColor("#FFFFFF"), 2))
            painter.setBrush(QColor(category_color(category)))
            painter.drawEllipse(center, 9, 9)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setFont(font)
        for _center, rect, label, _category in labels:
            path = QPainterPath()
            path.addRoundedRect(rect, 4, 4)
            painter.fillPath(path, QColor(255, 255, 255, 225))
            painter.setPen(QColor(theme.INK))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)
