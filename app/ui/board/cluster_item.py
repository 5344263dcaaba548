"""A cluster (affinity group) frame: a tinted rounded rectangle with a bold title.

Zoomed out, the title is drawn at a constant on-screen size so the room can still read
the groups when the notes have become coloured rectangles.
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
LABEL_PX = 20
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
    """The cluster title at a constant on-screen size, shown when the board is zoomed out."""

    def __init__(self, title: str) -> None:
        super().__init__()
        self.title = title
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
        metrics = QFontMetricsF(self._font)
        width = min(metrics.horizontalAdvance(self.title or "…"), 420.0) + 24.0
        # Inside the frame's header band, so stacked clusters never hide each other's notes.
        self._rect = QRectF(10.0, 8.0, width, metrics.height() + 12.0)

    def set_title(self, title: str) -> None:
        if title != self.title:
            self.prepareGeometryChange()
            self.title = title
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
        inner = self._rect.adjusted(12.0, 0.0, -12.0, 0.0)
        text = metrics.elidedText(self.title or "…", Qt.TextElideMode.ElideRight, inner.width())
        painter.drawText(
            inner, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), text
        )
