"""A board of columns holding cards, for Kano quick sorting and release slices.

It only displays and reports gestures: a drag of the selected cards onto a column
(`dropped`, emitted once on mouse release, so one drag is one undo step), a key pressed
with cards selected (`key_pressed`) and a double-click on a column header. The drag is
tracked by hand (no QDrag), which keeps it simple to drive from tests.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field

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
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from app.ui import theme
from app.ui.exercises.prioritise_common import (
    CARD_TEXT_PX,
    HEADER_TEXT_PX,
    MIN_CARD_TEXT_PX,
    MIN_HEADER_TEXT_PX,
    PILL_GAP,
    SMALL_TEXT_PX,
    draw_lines,
    draw_pill,
    fit_lines,
    pill_height,
    pill_rows,
    pills_height,
    px_font,
    wrap_lines,
)

GAP = 14.0


def line_height(pixels: int) -> float:
    return QFontMetricsF(px_font(pixels, bold=True)).height()

PADDING = 10.0
DRAG_THRESHOLD = 6.0


@dataclass
class BoardColumn:
    key: Hashable  # what a drop reports: a Kano category, a slice id, None for "unsorted"
    title: str
    color: str
    detail: str = ""  # a line under the title, e.g. "4.5 of 6 person-months"
    gauge: float | None = None  # how full, 0..1 and beyond; None draws no gauge
    warnings: tuple[str, ...] = ()
    shortcut: str = ""  # the key that sends selected cards here, shown in the header


@dataclass
class BoardCard:
    id: int
    column: Hashable
    text: str
    stripe: str  # the colour bar on the card's left edge
    pills: tuple[tuple[str, str], ...] = field(default_factory=tuple)  # (text, colour)
    note: str = ""  # added under the text in the hover tooltip, e.g. what a pill means


class ColumnBoard(QWidget):
    dropped = Signal(list, object)  # candidate ids, column key
    key_pressed = Signal(list, str)  # selected candidate ids, the key's text (lower case)
    header_double_clicked = Signal(object)  # column key
    selection_changed = Signal()

    def __init__(
        self, header_height: float = 64.0, card_lines: int = 3, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.header_height = header_height
        self.card_lines = card_lines
        self.columns: list[BoardColumn] = []
        self.cards: list[BoardCard] = []
        self.selected: list[int] = []
        self.empty_hint = ""
        self._column_rects: dict[Hashable, QRectF] = {}
        self._card_rects: dict[int, QRectF] = {}
        self._card_lines: dict[int, tuple[list[str], int]] = {}  # lines, type px
        self._card_pills: dict[int, list[list[int]]] = {}  # the pills on each row
        self._needed = 0.0  # the height the cards take at the current width
        self._press: QPointF | None = None
        self._drag_offset: QPointF | None = None  # set while dragging
        self._pressed_card: int | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(False)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    # --- content -------------------------------------------------------------------------
    def set_content(self, columns: Sequence[BoardColumn], cards: Sequence[BoardCard]) -> None:
        self.columns = list(columns)
        self.cards = list(cards)
        ids = {c.id for c in self.cards}
        self.selected = [i for i in self.selected if i in ids]
        self._relayout()
        self.update()

    def select(self, ids: Sequence[int]) -> None:
        known = {c.id for c in self.cards}
        self.selected = [i for i in ids if i in known]
        self.selection_changed.emit()
        self.update()

    def card_rect(self, card_id: int) -> QRectF:
        return QRectF(self._card_rects[card_id])

    def column_rect(self, key: Hashable) -> QRectF:
        return QRectF(self._column_rects[key])

    def column_of(self, card_id: int) -> Hashable:
        return next(c.column for c in self.cards if c.id == card_id)

    def sizeHint(self) -> QSize:
        return QSize(900, max(400, int(self._needed)))

    # --- layout --------------------------------------------------------------------------
    def _card_height(self, pill_rows: int = 1) -> float:
        text_height = QFontMetricsF(px_font(CARD_TEXT_PX, bold=True)).height() * self.card_lines
        return PADDING * 2 + text_height + 6 + pills_height(pill_rows)

    def _relayout(self) -> None:
        self._column_rects.clear()
        self._card_rects.clear()
        self._card_lines.clear()
        self._card_pills.clear()
        count = max(1, len(self.columns))
        width = (self.width() - GAP * (count + 1)) / count
        bottom = 0.0
        for index, column in enumerate(self.columns):
            rect = QRectF(GAP + index * (width + GAP), GAP, width, 0.0)
            self._column_rects[column.key] = rect
            y = rect.top() + self.header_height + 8
            for card in (c for c in self.cards if c.column == column.key):
                rows = pill_rows([text for text, _ in card.pills], width - 16 - 2 * PADDING - 6)
                self._card_pills[card.id] = rows
                card_height = self._card_height(len(rows))
                card_rect = QRectF(rect.left() + 8, y, rect.width() - 16, card_height)
                self._card_rects[card.id] = card_rect
                self._card_lines[card.id] = fit_lines(
                    card.text,
                    True,
                    CARD_TEXT_PX,
                    MIN_CARD_TEXT_PX,
                    card_rect.width() - 2 * PADDING - 6,
                    self.card_lines,
                )
                y += card_rect.height() + 10
            bottom = max(bottom, y)
        # Columns reach down to the window's bottom, or to their longest stack of cards.
        self._needed = max(bottom, self.header_height + GAP) + 2 * GAP
        height = max(self.height(), self._needed) - 2 * GAP
        for rect in self._column_rects.values():
            rect.setHeight(height)
        if self.minimumHeight() != int(self._needed):
            self.setMinimumHeight(int(self._needed))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout()

    # --- painting ------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(theme.CANVAS))
        for column in self.columns:
            self._paint_column(painter, column)
        dragging = self._drag_offset is not None
        for card in self.cards:
            if dragging and card.id in self.selected:
                continue
            self._paint_card(painter, card, self._card_rects[card.id])
        if dragging and self._drag_offset is not None:
            painter.setOpacity(0.85)
            for card in self.cards:
                if card.id in self.selected:
                    rect = self._card_rects[card.id].translated(self._drag_offset)
                    self._paint_card(painter, card, rect)
            painter.setOpacity(1.0)
        if not self.cards and self.empty_hint:
            painter.setPen(QColor(theme.MUTED))
            painter.setFont(px_font(HEADER_TEXT_PX))
            painter.drawText(
                QRectF(self.rect()).adjusted(40, self.header_height + 40, -40, -40),
                Qt.AlignmentFlag.AlignHCenter
                | Qt.AlignmentFlag.AlignTop
                | Qt.TextFlag.TextWordWrap,
                self.empty_hint,
            )
        painter.end()

    def header_title(self, column: BoardColumn) -> tuple[list[str], int]:
        """The lines and type size of a column's title. A narrow column (a laptop, Russian
        names) takes smaller type, then more lines of whole words as far as the header
        holds them when nothing else sits under the title, before it shortens the title
        (the header's tooltip has it whole)."""
        width = self._column_rects[column.key].width() - 24
        if column.shortcut:
            shortcut_font = px_font(SMALL_TEXT_PX, bold=True)
            width -= QFontMetricsF(shortcut_font).horizontalAdvance(column.shortcut) + 8
        first = fit_lines(column.title, True, HEADER_TEXT_PX, MIN_HEADER_TEXT_PX, width, 1)
        if column.detail or column.gauge is not None or column.warnings:
            return first
        room = self.header_height - 12
        lines, pixels = first
        for count in (2, 3):
            if not lines[-1].endswith("…"):
                break
            start = HEADER_TEXT_PX  # the largest type whose `count` lines the header holds
            while start > MIN_HEADER_TEXT_PX and count * line_height(start) > room:
                start -= 1
            if count * line_height(start) > room:
                break
            lines, pixels = fit_lines(
                column.title, True, start, MIN_HEADER_TEXT_PX, width, count
            )
        # More lines only with whole words: "Обязат / ельное" reads worse than "Обяза…".
        whole = " ".join(lines) == " ".join(column.title.split())
        return (lines, pixels) if whole else first

    def _paint_column(self, painter: QPainter, column: BoardColumn) -> None:
        rect = self._column_rects[column.key]
        path = QPainterPath()
        path.addRoundedRect(rect, 12, 12)
        painter.fillPath(path, QColor("#EAE6DC"))
        header = QRectF(rect.left(), rect.top(), rect.width(), self.header_height)
        header_path = QPainterPath()
        header_path.addRoundedRect(header, 12, 12)
        painter.fillPath(header_path, QColor(column.color))
        painter.setPen(QColor("#FFFFFF"))
        title_rect = QRectF(header.left() + 12, header.top() + 8, header.width() - 24, 0)
        shortcut_font = px_font(SMALL_TEXT_PX, bold=True)
        title_lines, pixels = self.header_title(column)
        title_font = px_font(pixels, bold=True)
        title_rect.setHeight(QFontMetricsF(title_font).height())
        bottom = draw_lines(
            painter, title_lines, title_font, title_rect.left(), title_rect.top()
        )
        if column.shortcut:
            painter.setFont(shortcut_font)
            painter.drawText(title_rect, Qt.AlignmentFlag.AlignRight, column.shortcut)
        y = bottom + 4
        small = px_font(SMALL_TEXT_PX)
        if column.detail:
            painter.setFont(small)
            detail = QFontMetricsF(small).elidedText(
                column.detail, Qt.TextElideMode.ElideRight, header.width() - 24
            )
            painter.drawText(
                QRectF(header.left() + 12, y, header.width() - 24, 22),
                Qt.AlignmentFlag.AlignLeft,
                detail,
            )
            y += QFontMetricsF(small).height() + 4
        if column.gauge is not None:
            y = self._paint_gauge(painter, header, y, column.gauge)
        if column.warnings:
            warning_font = px_font(SMALL_TEXT_PX, bold=True)
            lines: list[str] = []
            for warning in column.warnings:
                lines += wrap_lines(warning, warning_font, header.width() - 24, 3)
            box = QRectF(header.left() + 6, y + 2, header.width() - 12, 0)
            box.setHeight(len(lines) * QFontMetricsF(warning_font).height() + 8)
            warning_path = QPainterPath()
            warning_path.addRoundedRect(box, 6, 6)
            painter.fillPath(warning_path, QColor(theme.WARNING_BG))
            painter.setPen(QColor(theme.WARNING_FG))
            draw_lines(painter, lines, warning_font, box.left() + 6, box.top() + 4)

    def _paint_gauge(self, painter: QPainter, header: QRectF, y: float, fraction: float) -> float:
        track = QRectF(header.left() + 12, y + 2, header.width() - 24, 12)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 90))
        painter.drawRoundedRect(track, 6, 6)
        color = "#FFFFFF" if fraction <= 0.9 else ("#FDE68A" if fraction <= 1.0 else "#FCA5A5")
        filled = QRectF(track)
        filled.setWidth(track.width() * max(0.0, min(1.0, fraction)))
        painter.setBrush(QColor(color))
        painter.drawRoundedRect(filled, 6, 6)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        return track.bottom() + 6

    def _paint_card(self, painter: QPainter, card: BoardCard, rect: QRectF) -> None:
        selected = card.id in self.selected
        path = QPainterPath()
        path.addRoundedRect(rect, 8, 8)
        painter.fillPath(path, QColor("#FFFFFF"))
        stripe = QPainterPath()
        stripe.addRoundedRect(QRectF(rect.left(), rect.top(), 8, rect.height()), 4, 4)
        painter.fillPath(stripe, QColor(card.stripe))
        painter.setPen(QPen(QColor(theme.ACCENT), 4) if selected else QPen(QColor(theme.BORDER), 1))
        painter.drawPath(path)
        painter.setPen(QColor(theme.INK))
        lines, pixels = self._card_lines.get(card.id, ([card.text], CARD_TEXT_PX))
        draw_lines(
            painter,
            lines,
            px_font(pixels, bold=True),
            rect.left() + PADDING + 6,
            rect.top() + PADDING,
        )
        rows = self._card_pills.get(card.id, [list(range(len(card.pills)))])
        top = rect.bottom() - PADDING - pills_height(len(rows))
        for row in rows:
            x = rect.left() + PADDING + 6
            for index in row:
                text, color = card.pills[index]
                room = rect.right() - PADDING - x
                if room < 24:  # no room left for even an elided pill; the tooltip has it all
                    break
                x = draw_pill(painter, text, color, x, top, room) + PILL_GAP
            top += pill_height() + PILL_GAP

    # --- gestures ------------------------------------------------------------------------
    def card_at(self, point: QPointF) -> int | None:
        for card in reversed(self.cards):
            if self._card_rects[card.id].contains(point):
                return card.id
        return None

    def column_at(self, point: QPointF) -> BoardColumn | None:
        for column in self.columns:
            rect = self._column_rects[column.key].adjusted(-GAP / 2, -GAP, GAP / 2, GAP)
            if rect.contains(point):
                return column
        return None

    def event(self, event: QEvent) -> bool:
        # Painted cards may be shortened with an ellipsis: hovering shows the whole text.
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            point = QPointF(event.pos())
            card_id = self.card_at(point)
            column = self.header_at(point) if card_id is None else None
            if card_id is not None:
                QToolTip.showText(event.globalPos(), self.tooltip_text(card_id), self)
            elif column is not None:  # a narrow header shortens its title and detail
                QToolTip.showText(event.globalPos(), self.header_tooltip(column), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def header_at(self, point: QPointF) -> BoardColumn | None:
        for column in self.columns:
            rect = self._column_rects[column.key]
            if QRectF(rect.left(), rect.top(), rect.width(), self.header_height).contains(point):
                return column
        return None

    def header_tooltip(self, column: BoardColumn) -> str:
        """A column header's whole title and detail."""
        return "\n".join(part for part in (column.title, column.detail) if part)

    def tooltip_text(self, card_id: int) -> str:
        """The hover text of a card: its whole text, then its note when it has one."""
        card = next((c for c in self.cards if c.id == card_id), None)
        if card is None:
            return ""
        return f"{card.text}\n\n{card.note}" if card.note else card.text

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        point = event.position()
        card_id = self.card_at(point)
        additive = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if card_id is None:
            if not additive:
                self.select([])
            self._press = None
            return None
        if additive:
            ids = [i for i in self.selected if i != card_id]
            self.select(ids if card_id in self.selected else [*self.selected, card_id])
        elif card_id not in self.selected:
            self.select([card_id])
        self._press = point
        self._pressed_card = card_id
        return None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None or self._pressed_card not in self.selected:
            return
        delta = event.position() - self._press
        if self._drag_offset is None and delta.manhattanLength() < DRAG_THRESHOLD:
            return
        self._drag_offset = delta
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._press is None:
            return
        delta = event.position() - self._press
        moved = self._drag_offset is not None or delta.manhattanLength() >= DRAG_THRESHOLD
        self._press = None
        self._drag_offset = None
        self.update()
        if not moved or not self.selected:
            return
        target = self.column_at(event.position())
        if target is None:
            return
        ids = [i for i in self.selected if self.column_of(i) != target.key]
        if ids:
            self.dropped.emit(ids, target.key)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        column = self.column_at(event.position())
        if column is None:
            return
        rect = self._column_rects[column.key]
        if event.position().y() <= rect.top() + self.header_height:
            self.header_double_clicked.emit(column.key)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right):
            self._move_selection(key)
            return
        if key == Qt.Key.Key_Escape:
            self.select([])
            return
        text = event.text().lower()
        if self.selected and text.strip():
            self.key_pressed.emit(list(self.selected), text)
            return
        super().keyPressEvent(event)

    def _move_selection(self, key: int) -> None:
        if not self.cards:
            return
        if not self.selected:
            self.select([self.cards[0].id])
            return
        current = self.selected[-1]
        column_keys = [c.key for c in self.columns]
        column_index = column_keys.index(self.column_of(current))
        in_column = [c.id for c in self.cards if c.column == column_keys[column_index]]
        row = in_column.index(current)
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            step = -1 if key == Qt.Key.Key_Up else 1
            row = max(0, min(len(in_column) - 1, row + step))
            self.select([in_column[row]])
            return
        step = -1 if key == Qt.Key.Key_Left else 1
        index = column_index + step
        while 0 <= index < len(column_keys):
            others = [c.id for c in self.cards if c.column == column_keys[index]]
            if others:
                self.select([others[min(row, len(others) - 1)]])
                return
            index += step
