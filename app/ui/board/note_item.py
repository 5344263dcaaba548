"""A sticky note on a board, painted by hand from a cached text layout.

The text is laid out once per text/size change (the printed notes' rules of
`app.export.textfit`, then one QStaticText per line), never in `paint()`. Zoomed far out
(level of detail below LOD_SIMPLE) a note is a coloured
rectangle only, so boards with thousands of notes stay fluid: the scene then paints all
notes at once through a `NoteOverview` instead of one Python `paint()` call per note.
The note's paper (shadow, fill, border, corner mark) is rendered once per look and zoom
and blitted (`_PaperCache`): three antialiased rounded rectangles cost ~10x a blit.
"""

from __future__ import annotations

import functools
import math
import weakref
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QStaticText,
    QTransform,
)
from PySide6.QtWidgets import QGraphicsItem, QStyle, QStyleOptionGraphicsItem, QWidget

from app.domain import model
from app.export import textfit
from app.ui import theme

# Viewports that draw notes without their vote totals (the projector while a vote step
# is on and the totals are not revealed: `BoardView.set_votes_hidden`).
VOTES_HIDDEN_ON: weakref.WeakSet[QWidget] = weakref.WeakSet()

LOD_SIMPLE = 0.35  # below this scale a note is just its colour
LOD_NO_SHADOW = 0.6
PADDING = 10.0
AUTHOR_HEIGHT = 18.0
MAX_BODY_PX = 30
MIN_READABLE_PX = 20  # body text at 100% zoom stays at least this big unless the text is long
MIN_BODY_PX = 11
# At or below this size a long word may be cut to fit (the printed notes' rule).
WORD_BREAK_FLOOR_PX = MAX_BODY_PX * textfit.WORD_BREAK_SHRINK
RADIUS = 6.0
TAG_SIZE = 30.0
BADGE_RADIUS = 17.0
NOTE_TYPE = 65536 + 1  # QGraphicsItem.UserType + 1
OVERVIEW_TYPE = 65536 + 4
PAPER_MARGIN = 2.0  # the bounding rect starts this far above and left of the note
PAPER_MAX_SCALE = 2.0  # zoomed in further, few notes show: their paper is drawn directly
DIMMED_OPACITY = 0.18


@dataclass
class TextBlock:
    """A laid-out note body: one static text per line, with its position."""

    pixel_size: int
    lines: list[tuple[QPointF, QStaticText]]
    elided: bool


def layout_text(
    text: str,
    width: float,
    height: float,
    top_cut: tuple[float, float] = (0.0, 0.0),
    bottom_cut: tuple[float, float] = (0.0, 0.0),
) -> TextBlock:
    """Wrap `text` into the box with the largest font that fits; elide when nothing fits.

    The rules are the printed notes' (`app.export.textfit`, measured here with Qt's font
    metrics): a word is cut in two ("еженедельны|е" reads badly from the back of the room)
    only once the type is small already. `top_cut` = (depth, indent): lines starting
    above `depth` are `indent` narrower on the right (the tag mark's corner);
    `bottom_cut` likewise for lines ending below `height - depth` (the vote badge).
    """
    spacing = _line_spacing()

    def line_widths(size: float, index: int) -> float:
        top = index * size * spacing
        line_width = width
        if top < top_cut[0]:
            line_width -= top_cut[1]
        if top + size * spacing > height - bottom_cut[0]:
            line_width -= bottom_cut[1]
        return line_width

    fitted = textfit.fit_text(
        text.replace("\r\n", "\n"),
        _measure,
        width,
        height,
        MAX_BODY_PX,
        MIN_BODY_PX,
        line_spacing=spacing,
        step=1.0,
        line_widths=line_widths,
    )
    pixel = round(fitted.font_size)
    font = theme.pixel_font(pixel)
    lines: list[tuple[QPointF, QStaticText]] = []
    for index, piece in enumerate(fitted.lines):
        static = QStaticText(piece.rstrip())
        static.setTextFormat(Qt.TextFormat.PlainText)
        static.prepare(font=font)
        lines.append((QPointF(0.0, index * fitted.line_height), static))
    return TextBlock(pixel, lines, fitted.truncated)


@functools.cache
def _metrics(pixel: float) -> QFontMetricsF:
    return QFontMetricsF(theme.pixel_font(round(pixel)))


def _measure(text: str, pixel: float) -> float:
    return _metrics(pixel).horizontalAdvance(text)


@functools.cache
def _line_spacing() -> float:
    """The body font's line spacing as a share of its size (the same at every size)."""
    return _metrics(MAX_BODY_PX).lineSpacing() / MAX_BODY_PX


class NoteItem(QGraphicsItem):
    """One note. Holds a snapshot of the domain note plus what the board shows about it."""

    def __init__(self, note: model.Note, color: str, votes: int = 0) -> None:
        super().__init__()
        self.note = note
        self.color = QColor(color)
        self.votes = votes
        self.dimmed = False
        self._block: TextBlock | None = None
        self._author: QStaticText | None = None
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, True)
        self.setAcceptHoverEvents(False)
        self.setPos(note.x, note.y)
        self.setZValue(1.0)
        self.setToolTip(note.text if len(note.text) > 60 else "")

    # --- data ----------------------------------------------------------------------------
    @property
    def note_id(self) -> int:
        return self.note.id

    def type(self) -> int:
        return NOTE_TYPE

    def set_note(self, note: model.Note, color: str, votes: int) -> None:
        old = self.note
        if (old.width, old.height) != (note.width, note.height):
            self.prepareGeometryChange()
            self._block = None
        if old.text != note.text:
            self._block = None
            self.setToolTip(note.text if len(note.text) > 60 else "")
        if bool(old.tag) != bool(note.tag):
            self._block = None  # the corner mark takes room from the first line
        if old.author != note.author:
            self._author = None
            if bool(old.author) != bool(note.author):
                self._block = None
        if bool(self.votes) != bool(votes):
            self._block = None
        self.note = note
        self.color = QColor(color)
        self.votes = votes
        if self.pos() != QPointF(note.x, note.y):
            self.setPos(note.x, note.y)
        self.update()

    def set_votes(self, votes: int) -> None:
        if votes != self.votes:
            if bool(votes) != bool(self.votes):
                self._block = None  # the badge takes room from the last line
            self.votes = votes
            self.update()

    def set_dimmed(self, dimmed: bool) -> None:
        if dimmed != self.dimmed:
            self.dimmed = dimmed
            self.setOpacity(0.18 if dimmed else 1.0)

    def text_rect(self) -> QRectF:
        n = self.note
        author = AUTHOR_HEIGHT if n.author else 0.0
        return QRectF(PADDING, PADDING, n.width - 2 * PADDING, n.height - 2 * PADDING - author)

    def text_block(self) -> TextBlock:
        if self._block is None:
            rect = self.text_rect()
            top_cut = (
                (TAG_SIZE - PADDING, TAG_SIZE - PADDING + 2.0) if self.note.tag else (0.0, 0.0)
            )
            badge = (2 * BADGE_RADIUS + 6.0) - (
                PADDING + (AUTHOR_HEIGHT if self.note.author else 0.0)
            )
            bottom_cut = (badge, 2 * BADGE_RADIUS) if self.votes else (0.0, 0.0)
            self._block = layout_text(
                self.note.text, rect.width(), rect.height(), top_cut, bottom_cut
            )
        return self._block

    def body_pixel_size(self) -> int:
        return self.text_block().pixel_size

    # --- geometry ------------------------------------------------------------------------
    def boundingRect(self) -> QRectF:
        return QRectF(-2.0, -2.0, self.note.width + 8.0, self.note.height + 9.0)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(QRectF(0.0, 0.0, self.note.width, self.note.height))
        return path

    # --- painting ------------------------------------------------------------------------
    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        w, h = self.note.width, self.note.height
        rect = QRectF(0.0, 0.0, w, h)
        selected = bool(option.state & QStyle.StateFlag.State_Selected) and not theme.on_projector(
            widget
        )
        transform = painter.worldTransform()
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(transform)
        if lod < LOD_SIMPLE:
            painter.fillRect(rect, QColor(theme.ACCENT) if selected else self.color)
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        shadow = lod >= LOD_NO_SHADOW
        if not self._blit_paper(painter, transform, shadow):
            paint_paper(painter, self.color, w, h, self.note.tag, shadow)
        block = self.text_block()
        origin = self.text_rect().topLeft()
        painter.setPen(QColor(theme.INK))
        painter.setFont(theme.pixel_font(block.pixel_size))
        for offset, static in block.lines:
            painter.drawStaticText(origin + offset, static)
        self._paint_author(painter, w, h)
        if self.votes and widget not in VOTES_HIDDEN_ON:
            self._paint_votes(painter, w, h)
        if selected:
            painter.setPen(QPen(QColor(theme.ACCENT), 4.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(-1, -1, 1, 1), RADIUS + 1, RADIUS + 1)

    def _blit_paper(self, painter: QPainter, transform: QTransform, shadow: bool) -> bool:
        """Draw the cached paper for this look and zoom; False when it must be drawn."""
        scale = transform.m11()
        if (
            transform.type().value > QTransform.TransformationType.TxScale.value
            or transform.m22() != scale
            or not 0.0 < scale <= PAPER_MAX_SCALE
        ):
            return False
        device = painter.device()
        ratio = device.devicePixelRatioF() if device is not None else 1.0
        note = self.note
        pixmap = PAPERS.get(self.color, note.width, note.height, note.tag, shadow, scale, ratio)
        # In device space at a whole pixel: a blit, not a resampling.
        origin = transform.map(QPointF(-PAPER_MARGIN, -PAPER_MARGIN))
        painter.setWorldTransform(QTransform())
        painter.drawPixmap(QPointF(round(origin.x()), round(origin.y())), pixmap)
        painter.setWorldTransform(transform)
        return True

    def _paint_author(self, painter: QPainter, w: float, h: float) -> None:
        if not self.note.author:
            return
        font = theme.pixel_font(13, italic=True)
        if self._author is None:
            metrics = QFontMetricsF(font)
            width = w - 2 * PADDING - (40.0 if self.votes else 0.0)
            text = metrics.elidedText(self.note.author, Qt.TextElideMode.ElideRight, width)
            self._author = QStaticText(text)
            self._author.setTextFormat(Qt.TextFormat.PlainText)
            self._author.prepare(font=font)
        painter.setFont(font)
        painter.setPen(QColor(theme.INK).lighter(160))
        painter.drawStaticText(QPointF(PADDING, h - PADDING - 15.0), self._author)

    def _paint_votes(self, painter: QPainter, w: float, h: float) -> None:
        radius = BADGE_RADIUS
        centre = QPointF(w - radius - 6.0, h - radius - 6.0)
        painter.setPen(QPen(QColor("white"), 2.0))
        painter.setBrush(QBrush(QColor("#DC2626")))
        painter.drawEllipse(centre, radius, radius)
        painter.setPen(QColor("white"))
        painter.setFont(theme.pixel_font(17 if self.votes < 10 else 14, bold=True))
        painter.drawText(
            QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius),
            Qt.AlignmentFlag.AlignCenter,
            str(self.votes),
        )


def _paint_tag(painter: QPainter, tag: model.SourceTag, w: float) -> None:
    tag_color = theme.TAG_COLORS.get(tag)
    if tag_color is None:
        return
    size = TAG_SIZE
    path = QPainterPath()
    path.moveTo(w - size, 0.0)
    path.lineTo(w - RADIUS, 0.0)
    path.quadTo(w, 0.0, w, RADIUS)
    path.lineTo(w, size)
    path.closeSubpath()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(tag_color))
    painter.drawPath(path)
    painter.setPen(QColor("white"))
    painter.setFont(theme.pixel_font(12, bold=True))
    letter = theme.tag_mark(tag)
    painter.drawText(QRectF(w - 17.0, 1.0, 16.0, 16.0), Qt.AlignmentFlag.AlignCenter, letter)


def paint_paper(
    painter: QPainter, color: QColor, w: float, h: float, tag: model.SourceTag, shadow: bool
) -> None:
    """The note without its text: drop shadow, paper, border and the source corner mark."""
    rect = QRectF(0.0, 0.0, w, h)
    if shadow:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 22))
        painter.drawRoundedRect(rect.translated(1.5, 4.0), RADIUS + 1, RADIUS + 1)
        painter.setBrush(QColor(0, 0, 0, 30))
        painter.drawRoundedRect(rect.translated(0.5, 1.5), RADIUS, RADIUS)
    painter.setPen(QPen(color.darker(118), 1.0))
    painter.setBrush(color)
    painter.drawRoundedRect(rect, RADIUS, RADIUS)
    _paint_tag(painter, tag, w)


class _PaperCache:
    """Note papers rendered at device resolution, keyed by look and zoom, least recently
    made dropped first once the byte budget is spent."""

    def __init__(self, budget_bytes: int) -> None:
        self._budget = budget_bytes
        self._bytes = 0
        self._pixmaps: dict[tuple[object, ...], QPixmap] = {}

    def get(
        self,
        color: QColor,
        w: float,
        h: float,
        tag: model.SourceTag,
        shadow: bool,
        scale: float,
        ratio: float,
    ) -> QPixmap:
        key = (color.rgba(), w, h, tag, shadow, scale, ratio)
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            pixmap = QPixmap(
                math.ceil((w + 8.0) * scale * ratio) + 1, math.ceil((h + 9.0) * scale * ratio) + 1
            )
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.scale(scale, scale)
            painter.translate(PAPER_MARGIN, PAPER_MARGIN)
            paint_paper(painter, color, w, h, tag, shadow)
            painter.end()
            size = pixmap.width() * pixmap.height() * 4
            while self._pixmaps and self._bytes + size > self._budget:
                oldest = self._pixmaps.pop(next(iter(self._pixmaps)))
                self._bytes -= oldest.width() * oldest.height() * 4
            self._pixmaps[key] = pixmap
            self._bytes += size
        return pixmap

    def clear(self) -> None:
        self._pixmaps.clear()
        self._bytes = 0


PAPERS = _PaperCache(48 * 1024 * 1024)


class NoteOverview(QGraphicsItem):
    """Every note of a zoomed-out board in one item: coloured rectangles, by colour.

    Below LOD_SIMPLE a note is only its colour, yet one Python `paint()` per note costs
    ~5 µs: 10,000 notes would miss the frame budget on calls alone. While the scene shows
    the overview, note items keep their position, selection and hit-testing but paint
    nothing (ItemHasNoContents); this item draws them all with a few `drawRects` calls.
    The scene reports which notes changed, so an edit costs a few updates, not a pass
    over the board.
    """

    def __init__(
        self, notes: Iterable[NoteItem], on_detail_needed: Callable[[], None] | None = None
    ) -> None:
        super().__init__()
        self._notes = notes
        self._on_detail_needed = on_detail_needed
        # (rgba, dimmed) -> colour and the rectangle of each note drawn in it
        self._groups: dict[tuple[int, bool], tuple[QColor, dict[NoteItem, QRectF]]] = {}
        self._entries: dict[NoteItem, tuple[tuple[int, bool], QRectF]] = {}
        self._stale_all = True
        self._stale: set[NoteItem] = set()
        self._selected: set[NoteItem] = set()
        self._area = QRectF()
        self.setZValue(0.5)  # above cluster frames, below notes and cluster labels
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setVisible(False)

    def type(self) -> int:
        return OVERVIEW_TYPE

    def invalidate(self, items: Iterable[NoteItem] | None = None) -> None:
        """These notes (None: any note) were added, removed, moved or recoloured, or
        changed selection or filter state."""
        if items is None:
            self._stale_all = True
            self._stale.clear()
            if self.isVisible():
                self.update()
            return
        if self._stale_all:
            return
        if not self.isVisible():
            self._stale_all = True  # gathered again once shown
            return
        changed = set(items)
        self._stale |= changed
        if not changed:
            return
        if len(changed) > 64:
            self.update()
            return
        for item in changed:  # where the note was and where it is now
            old = self._entries.get(item)
            if old is not None:
                self.update(old[1])
            if item.scene() is not None:
                self.update(item.sceneBoundingRect())

    def selection_changed(self, selected: Iterable[QGraphicsItem]) -> None:
        now = {item for item in selected if isinstance(item, NoteItem)}
        changed = now ^ self._selected
        self._selected = now
        self.invalidate(changed)

    def set_area(self, area: QRectF) -> None:
        """Where notes can be: the scene rect (the scene keeps it up to date)."""
        if area != self._area:
            self.prepareGeometryChange()
            self._area = QRectF(area)

    def boundingRect(self) -> QRectF:
        return self._area

    def shape(self) -> QPainterPath:
        return QPainterPath()  # never under the mouse nor in a rubber band

    def _place(self, item: NoteItem, accent: QColor) -> None:
        color = accent if item in self._selected else item.color
        key = (color.rgba(), item.dimmed)
        group = self._groups.get(key)
        if group is None:
            group = self._groups[key] = (color, {})
        pos = item.pos()
        rect = QRectF(pos.x(), pos.y(), item.note.width, item.note.height)
        group[1][item] = rect
        self._entries[item] = (key, rect)

    def _refresh(self) -> None:
        accent = QColor(theme.ACCENT)
        if self._stale_all:
            self._groups.clear()
            self._entries.clear()
            self._selected = {item for item in self._notes if item.isSelected()}
            for item in self._notes:
                self._place(item, accent)
            self._stale_all = False
            self._stale.clear()
            return
        scene = self.scene()
        for item in self._stale:
            old = self._entries.pop(item, None)
            if old is not None:
                del self._groups[old[0]][1][item]
            if scene is not None and item.scene() is scene:
                self._place(item, accent)
            else:
                self._selected.discard(item)
        self._stale.clear()

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        if lod >= LOD_SIMPLE and self._on_detail_needed is not None:
            self._on_detail_needed()  # a view close enough to read the notes: switch back
        if self._stale_all or self._stale:
            self._refresh()
        painter.setPen(Qt.PenStyle.NoPen)
        for (_rgba, dimmed), (color, rects) in self._groups.items():
            if rects:
                painter.setOpacity(DIMMED_OPACITY if dimmed else 1.0)
                painter.setBrush(color)
                painter.drawRects(list(rects.values()))
        painter.setOpacity(1.0)
