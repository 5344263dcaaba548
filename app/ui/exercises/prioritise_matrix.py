"""The impact/effort 2x2: cards dragged from a tray onto Quick wins, Big bets, Fill-ins
and Money pits. A drag of several selected cards is one edit, emitted on release."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QToolTip, QVBoxLayout, QWidget

from app.domain import prioritise_flow
from app.domain.prioritise import Quadrant
from app.domain.prioritise_flow import MATRIX_MAX, MATRIX_MIN, BoardSummary
from app.ui import theme
from app.ui.controller import Controller
from app.ui.exercises.prioritise_common import (
    CARD_TEXT_PX,
    HEADER_TEXT_PX,
    QUADRANT_FILLS,
    QUADRANT_INK,
    SMALL_TEXT_PX,
    category_color,
    draw_lines,
    kano_legend,
    px_font,
    quadrant_label,
    wrap_lines,
)

TRAY_WIDTH = 220.0
CARD_WIDTH = 210.0
CARD_HEIGHT = 62.0
DRAG_THRESHOLD = 6.0
MatrixCard = tuple[int, str, str]  # id, text, stripe colour


class MatrixBoard(QWidget):
    # candidate id -> (impact, effort) or None (back to the tray); `object`, because Qt
    # cannot carry a dict with int keys as a QVariantMap.
    moved = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cards: list[MatrixCard] = []
        self.positions: dict[int, tuple[float, float]] = {}  # id -> (impact, effort)
        self.selected: list[int] = []
        self._rects: dict[int, QRectF] = {}
        self._press: QPointF | None = None
        self._offset: QPointF | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(480, 360)  # fits a laptop's board beside the agenda

    def sizeHint(self) -> QSize:
        return QSize(1400, 860)

    def set_content(
        self, cards: list[MatrixCard], positions: dict[int, tuple[float, float]]
    ) -> None:
        self.cards = cards
        self.positions = positions
        known = {card_id for card_id, _text, _color in cards}
        self.selected = [i for i in self.selected if i in known]
        self._relayout()
        self.update()

    # --- geometry ------------------------------------------------------------------------
    def tray_rect(self) -> QRectF:
        return QRectF(12, 12, TRAY_WIDTH, self.height() - 24)

    def plot_rect(self) -> QRectF:
        # Quadrant names sit in bands above and below the plot, where no card can hide them.
        left = TRAY_WIDTH + 24 + 56
        return QRectF(left, 52, self.width() - left - 16, self.height() - 52 - 52)

    def to_screen(self, impact: float, effort: float) -> QPointF:
        plot = self.plot_rect()
        span = MATRIX_MAX - MATRIX_MIN
        return QPointF(
            plot.left() + (effort - MATRIX_MIN) / span * plot.width(),
            plot.bottom() - (impact - MATRIX_MIN) / span * plot.height(),
        )

    def to_values(self, point: QPointF) -> tuple[float, float]:
        plot = self.plot_rect()
        span = MATRIX_MAX - MATRIX_MIN
        effort = MATRIX_MIN + (point.x() - plot.left()) / plot.width() * span
        impact = MATRIX_MIN + (plot.bottom() - point.y()) / plot.height() * span
        return impact, effort

    def card_rect(self, card_id: int) -> QRectF:
        return QRectF(self._rects[card_id])

    def _relayout(self) -> None:
        self._rects.clear()
        tray = self.tray_rect()
        y = tray.top() + 48
        for card_id, _text, _color in self.cards:
            position = self.positions.get(card_id)
            if position is None:
                width = tray.width() - 16
                self._rects[card_id] = QRectF(tray.left() + 8, y, width, CARD_HEIGHT)
                y += CARD_HEIGHT + 8
                continue
            self._rects[card_id] = self._free_spot(self.to_screen(*position))

    def _free_spot(self, center: QPointF) -> QRectF:
        """The card's rectangle at its place, kept inside the plot; a card that would
        cover one already laid out is shown a row above or below instead (display only:
        the stored impact and effort stay as they are)."""
        plot = self.plot_rect()
        taken = [r for r in self._rects.values() if plot.contains(r.center())]

        def clamped(point: QPointF) -> QRectF:
            rect = QRectF(0, 0, CARD_WIDTH, CARD_HEIGHT)
            rect.moveCenter(point)
            dx = max(0.0, plot.left() + 2 - rect.left()) - max(0.0, rect.right() - plot.right() + 2)
            dy = max(0.0, plot.top() + 2 - rect.top()) - max(0.0, rect.bottom() - plot.bottom() + 2)
            return rect.translated(dx, dy)

        first = clamped(center)
        step = CARD_HEIGHT + 6
        for shift in (0, 1, -1, 2, -2, 3, -3):
            rect = clamped(center + QPointF(0, shift * step))
            if not any(rect.adjusted(-2, -2, 2, 2).intersects(r) for r in taken):
                return rect
        return first

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout()

    # --- painting ------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(theme.CANVAS))
        self._paint_quadrants(painter)
        self._paint_tray(painter)
        dragging = self._offset is not None
        for card_id, text, color in self.cards:
            if card_id in self.selected:
                continue
            self._paint_card(painter, card_id, text, color, self._rects[card_id])
        for card_id, text, color in self.cards:
            if card_id not in self.selected:
                continue
            rect = self._rects[card_id]
            if dragging and self._offset is not None:
                rect = rect.translated(self._offset)
            self._paint_card(painter, card_id, text, color, rect)
        painter.end()

    def _paint_quadrants(self, painter: QPainter) -> None:
        plot = self.plot_rect()
        half_w, half_h = plot.width() / 2, plot.height() / 2
        top_band = QRectF(plot.left(), 4, plot.width(), plot.top() - 8)
        bottom_band = QRectF(plot.left(), plot.bottom() + 4, plot.width(), 44)
        left, right = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight
        quadrants = (
            (Quadrant.QUICK_WINS, QRectF(plot.left(), plot.top(), half_w, half_h), top_band, left),
            (
                Quadrant.BIG_BETS,
                QRectF(plot.center().x(), plot.top(), half_w, half_h),
                top_band,
                right,
            ),
            (
                Quadrant.FILL_INS,
                QRectF(plot.left(), plot.center().y(), half_w, half_h),
                bottom_band,
                left,
            ),
            (
                Quadrant.MONEY_PITS,
                QRectF(plot.center().x(), plot.center().y(), half_w, half_h),
                bottom_band,
                right,
            ),
        )
        title_font = px_font(HEADER_TEXT_PX + 7, bold=True)
        for quadrant, rect, band, side in quadrants:
            painter.fillRect(rect, QColor(QUADRANT_FILLS[quadrant]))
            painter.setPen(QColor(QUADRANT_INK[quadrant]))
            painter.setFont(title_font)
            painter.drawText(
                band.adjusted(8, 0, -8, 0),
                side | Qt.AlignmentFlag.AlignVCenter,
                quadrant_label(quadrant),
            )
        painter.setPen(QPen(QColor("#B8B2A4"), 2))
        center = plot.center()
        painter.drawLine(QPointF(center.x(), plot.top()), QPointF(center.x(), plot.bottom()))
        painter.drawLine(QPointF(plot.left(), center.y()), QPointF(plot.right(), center.y()))
        painter.setPen(QColor(theme.INK))
        painter.setFont(px_font(SMALL_TEXT_PX + 2, bold=True))
        painter.drawText(
            bottom_band,
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter,
            self.tr("Effort: low → high"),
        )
        painter.save()
        painter.translate(plot.left() - 36, plot.center().y())
        painter.rotate(-90)
        painter.drawText(
            QRectF(-plot.height() / 2, -13, plot.height(), 26),
            Qt.AlignmentFlag.AlignHCenter,
            self.tr("Impact: low → high"),
        )
        painter.restore()

    def _paint_tray(self, painter: QPainter) -> None:
        tray = self.tray_rect()
        path = QPainterPath()
        path.addRoundedRect(tray, 12, 12)
        painter.fillPath(path, QColor("#EAE6DC"))
        painter.setPen(QColor(theme.MUTED))
        painter.setFont(px_font(SMALL_TEXT_PX + 2, bold=True))
        unplaced = sum(1 for card_id, _t, _c in self.cards if card_id not in self.positions)
        painter.drawText(
            QRectF(tray.left() + 12, tray.top() + 10, tray.width() - 24, 30),
            Qt.AlignmentFlag.AlignLeft,
            self.tr("Not placed yet (%1)").replace("%1", str(unplaced)),
        )
        if not unplaced:
            painter.setFont(px_font(SMALL_TEXT_PX))
            painter.drawText(
                tray.adjusted(16, 50, -16, -16),
                Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap,
                self.tr("Drop a card here to take it off the 2x2."),
            )

    def _paint_card(
        self, painter: QPainter, card_id: int, text: str, color: str, rect: QRectF
    ) -> None:
        path = QPainterPath()
        path.addRoundedRect(rect, 8, 8)
        painter.fillPath(path, QColor("#FFFFFF"))
        stripe = QPainterPath()
        stripe.addRoundedRect(QRectF(rect.left(), rect.top(), 7, rect.height()), 3, 3)
        painter.fillPath(stripe, QColor(color))
        selected = card_id in self.selected
        painter.setPen(QPen(QColor(theme.ACCENT), 4) if selected else QPen(QColor("#C9C3B6"), 1))
        painter.drawPath(path)
        font = px_font(CARD_TEXT_PX - 2, bold=True)
        lines = wrap_lines(text, font, rect.width() - 24, 2)
        painter.setPen(QColor(theme.INK))
        line_height = QFontMetricsF(font).height()
        top = rect.top() + (rect.height() - line_height * len(lines)) / 2
        draw_lines(painter, lines, font, rect.left() + 14, top)

    # --- gestures ------------------------------------------------------------------------
    def card_at(self, point: QPointF) -> int | None:
        """The topmost card under the point: selected cards are drawn last, so hit first."""
        unselected = [card_id for card_id, _t, _c in self.cards if card_id not in self.selected]
        for card_id in [*reversed(self.selected), *reversed(unselected)]:
            if self._rects[card_id].contains(point):
                return card_id
        return None

    def event(self, event: QEvent) -> bool:
        # Painted cards may be shortened with an ellipsis: hovering shows the whole text.
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            card_id = self.card_at(QPointF(event.pos()))
            if card_id is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(
                    event.globalPos(),
                    next((t for c, t, _k in self.cards if c == card_id), ""),
                    self,
                )
            return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        card_id = self.card_at(event.position())
        additive = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if card_id is None:
            if not additive:
                self.selected = []
            self._press = None
            self.update()
            return
        if additive:
            if card_id in self.selected:
                self.selected.remove(card_id)
            else:
                self.selected.append(card_id)
        elif card_id not in self.selected:
            self.selected = [card_id]
        self._press = event.position() if card_id in self.selected else None
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None:
            return
        delta = event.position() - self._press
        if self._offset is None and delta.manhattanLength() < DRAG_THRESHOLD:
            return
        self._offset = delta
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._press is None:
            return
        delta = event.position() - self._press
        self._press = None
        self._offset = None
        self.update()
        if delta.manhattanLength() < DRAG_THRESHOLD or not self.selected:
            return
        if self.tray_rect().contains(event.position()):
            self.moved.emit({card_id: None for card_id in self.selected})
            return
        moves: dict[int, tuple[float, float] | None] = {}
        for card_id in self.selected:
            center = self._rects[card_id].center() + delta
            moves[card_id] = self.to_values(center)
        self.moved.emit(moves)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.selected = []
            self.update()
            return
        super().keyPressEvent(event)


class MatrixTab(QWidget):
    def __init__(
        self, controller: Controller, board_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.board_id = board_id
        self.board = MatrixBoard()
        self.board.moved.connect(self.place)
        hint = QLabel(
            self.tr(
                "Drag cards to where the room places them; Ctrl+click selects several. "
                "Drag back to the tray to take a card off the board."
            )
        )
        hint.setStyleSheet(f"color: {theme.MUTED};")
        hint.setWordWrap(True)
        hint_row = QHBoxLayout()
        hint_row.addWidget(hint, 3)
        hint_row.addWidget(kano_legend(), 2)
        layout = QVBoxLayout(self)
        layout.addLayout(hint_row)
        layout.addWidget(self.board, 1)

    def refresh(self, summary: BoardSummary) -> None:
        cards = [
            (c.id, c.text, category_color(summary.categories.get(c.id))) for c in summary.candidates
        ]
        positions = {
            c.id: (c.impact, c.effort)
            for c in summary.candidates
            if c.impact is not None and c.effort is not None
        }
        self.board.set_content(cards, positions)

    def place(self, moves: dict[int, tuple[float, float] | None]) -> None:
        self.controller.try_edit(
            self.tr("Move on the 2x2"),
            lambda: prioritise_flow.place_on_matrix(self.controller.data, moves),
        )
