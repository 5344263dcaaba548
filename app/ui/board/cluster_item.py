"""A cluster (affinity group) frame: a tinted rounded rectangle with a bold title.

Zoomed out, the title is drawn by an overlay label that does not scale with the board, so
the room can still read the groups when the notes have become coloured rectangles. The
label stays inside the frame's header band at the current zoom (the free space above the
first row of notes) and inside the frame's width: it never covers a note or the title of
the cluster beside it. Only far out, where the band is too thin for readable type, does it
keep a smallest size.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen, QPixmap, QTransform
from PySide6.QtWidgets import QGraphicsItem, QStyle, QStyleOptionGraphicsItem, QWidget

from app.domain import model
from app.ui import theme

TITLE_HEIGHT = 56.0
TITLE_PX = 26
LABEL_PX = 20  # the overlay title's largest type
LABEL_MIN_PX = 11  # ... and its smallest: below this the band is too thin to read in
# The free band above a frame's first row of notes, in board units (a cluster's margin
# plus header is 90; notes dropped by hand may sit a little higher).
LABEL_BAND = 76.0
LABEL_INSET = 4.0  # pixels between the label and the frame's top and sides
LOD_BOX = 0.35  # below this scale the frame is a plain box (like the notes, LOD_SIMPLE)
# Below this scale the title is drawn by the ClusterLabel overlay (constant screen size).
# It equals LOD_BOX: while notes still show text, a bigger-than-the-band label would
# cover their first row, so the title stays in the frame's own header band.
LOD_LABEL = LOD_BOX
CLUSTER_TYPE = 65536 + 2  # QGraphicsItem.UserType + 2
FILL = QColor(99, 102, 241, 26)
EDGE = QColor(99, 102, 241, 110)


class ClusterItem(QGraphicsItem):
    def __init__(self, cluster: model.Cluster) -> None:
        super().__init__()
        self.cluster = cluster
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, True)
        self.setPos(cluster.x, cluster.y)
        self.setZValue(-1.0)

    @property
    def cluster_id(self) -> int:
        return self.cluster.id

    def type(self) -> int:
        return CLUSTER_TYPE

    def set_cluster(self, cluster: model.Cluster) -> None:
        if (cluster.width, cluster.height) != (self.cluster.width, self.cluster.height):
            self.prepareGeometryChange()
        self.cluster = cluster
        if (self.pos().x(), self.pos().y()) != (cluster.x, cluster.y):
            self.setPos(cluster.x, cluster.y)
        self.update()

    def title_rect(self) -> QRectF:
        return QRectF(0.0, 0.0, self.cluster.width, TITLE_HEIGHT)

    def boundingRect(self) -> QRectF:
        return QRectF(-3.0, -3.0, self.cluster.width + 6.0, self.cluster.height + 6.0)

    def shape(self) -> QPainterPath:
        # Only the frame's border band and title grab the mouse: clicks inside the frame
        # start a rubber band (or hit a note), as on a real wall.
        outer = QPainterPath()
        outer.addRect(QRectF(0.0, 0.0, self.cluster.width, self.cluster.height))
        inner = QPainterPath()
        band = 14.0
        inner.addRect(
            QRectF(
                band,
                TITLE_HEIGHT,
                self.cluster.width - 2 * band,
                self.cluster.height - TITLE_HEIGHT - band,
            )
        )
        return outer.subtracted(inner)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        c = self.cluster
        rect = QRectF(0.0, 0.0, c.width, c.height)
        selected = bool(option.state & QStyle.StateFlag.State_Selected) and not theme.on_projector(
            widget
        )
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        edge = QColor(theme.ACCENT) if selected else EDGE
        if lod < LOD_BOX:
            # Far out the frame is a few pixels: a tinted box with a one-pixel edge (the
            # rounded corners are under a pixel). Four thin fills cost a tenth of a stroke.
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            painter.fillRect(rect, FILL)
            e = 1.0 / max(lod, 1e-6)
            w, h = c.width, c.height
            for band in (
                QRectF(0.0, 0.0, w, e),
                QRectF(0.0, h - e, w, e),
                QRectF(0.0, e, e, h - 2 * e),
                QRectF(w - e, e, e, h - 2 * e),
            ):
                painter.fillRect(band, edge)
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(edge, 4.0 if selected else 2.0, Qt.PenStyle.SolidLine))
        painter.setBrush(FILL)
        painter.drawRoundedRect(rect, 18.0, 18.0)
        if lod < LOD_LABEL:
            return  # the ClusterLabel overlay shows the title at a readable size
        font = theme.pixel_font(TITLE_PX, bold=True)
        painter.setFont(font)
        painter.setPen(QColor("#312E81"))
        metrics = QFontMetricsF(font)
        box = QRectF(20.0, 12.0, c.width - 40.0, TITLE_HEIGHT - 12.0)
        text = metrics.elidedText(c.title or "…", Qt.TextElideMode.ElideRight, box.width())
        painter.drawText(box, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), text)


class ClusterLabel(QGraphicsItem):
    """The cluster title at a fixed on-screen size, shown when the board is zoomed out.

    `fit(scale)` sizes it to the frame's header band at the view's scale."""

    def __init__(self, title: str, frame_width: float = 0.0) -> None:
        super().__init__()
        self.title = title
        self.frame_width = frame_width
        self.view_scale = LOD_LABEL
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        self.setZValue(50.0)
        self.setVisible(False)
        self._font = theme.pixel_font(LABEL_PX, bold=True)
        self._rect = QRectF()
        # Drawn once, then blitted: the label never scales, and a zoomed-out board shows
        # hundreds of them (an antialiased rounded rectangle each costs ~20 blits).
        self._pixmap: QPixmap | None = None
        self._measure()

    def _measure(self) -> None:
        band = LABEL_BAND * self.view_scale - 2 * LABEL_INSET
        pixels = max(LABEL_MIN_PX, min(LABEL_PX, math.floor(band / 1.45)))
        self._font = theme.pixel_font(pixels, bold=True)
        metrics = QFontMetricsF(self._font)
        height = min(metrics.height() + 8.0, max(band, metrics.height() + 2.0))
        width = min(metrics.horizontalAdvance(self.title or "…"), 420.0) + 2 * 8.0
        if self.frame_width > 0:
            width = min(width, max(24.0, self.frame_width * self.view_scale - 2 * LABEL_INSET))
        self._rect = QRectF(LABEL_INSET, LABEL_INSET, width, height)

    def set_title(self, title: str, frame_width: float | None = None) -> None:
        width = self.frame_width if frame_width is None else frame_width
        if (title, width) != (self.title, self.frame_width):
            self.prepareGeometryChange()
            self.title = title
            self.frame_width = width
            self._pixmap = None
            self._measure()
            self.update()

    def fit(self, scale: float) -> None:
        """Size the label for a view at `scale` (the band and the frame on screen)."""
        if abs(scale - self.view_scale) > 1e-4:
            self.prepareGeometryChange()
            self.view_scale = scale
            self._pixmap = None
            self._measure()
            self.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        if painter.worldTransform().type().value > QTransform.TransformationType.TxTranslate.value:
            self._paint_label(painter)  # a view that does not ignore the transformation
            return
        device = painter.device()
        ratio = device.devicePixelRatioF() if device is not None else 1.0
        pixmap = self._pixmap
        if pixmap is None or pixmap.devicePixelRatioF() != ratio:
            rect = self._rect
            pixmap = QPixmap(math.ceil(rect.width() * ratio), math.ceil(rect.height() * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            label_painter = QPainter(pixmap)
            label_painter.translate(-rect.left(), -rect.top())
            self._paint_label(label_painter)
            label_painter.end()
            self._pixmap = pixmap
        painter.drawPixmap(self._rect.topLeft(), pixmap)

    def _paint_label(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(49, 46, 129, 225))
        painter.drawRoundedRect(self._rect, 8.0, 8.0)
        painter.setPen(QColor("white"))
        painter.setFont(self._font)
        metrics = QFontMetricsF(self._font)
        inner = self._rect.adjusted(8.0, 0.0, -8.0, 0.0)
        text = metrics.elidedText(self.title or "…", Qt.TextElideMode.ElideRight, inner.width())
        painter.drawText(
            inner, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), text
        )
