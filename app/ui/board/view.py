"""A zoomable, pannable view of a board scene (used by the editor and the presenter)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPen,
    QPolygonF,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsView, QWidget

from app.ui import theme
from app.ui.board.note_item import VOTES_HIDDEN_ON
from app.ui.board.scene import BoardScene

MIN_SCALE = 0.05
MAX_SCALE = 4.0
FIT_MAX_SCALE = 1.25
ZOOM_STEP = 1.25
GRID = 40.0


class BoardView(QGraphicsView):
    zoom_changed = Signal(float)

    def __init__(
        self, scene: BoardScene, parent: QWidget | None = None, interactive: bool = True
    ) -> None:
        super().__init__(scene, parent)
        self.board_scene = scene
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setDragMode(
            QGraphicsView.DragMode.RubberBandDrag if interactive else QGraphicsView.DragMode.NoDrag
        )
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setBackgroundBrush(QColor(theme.CANVAS))
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        self.setInteractive(interactive)
        if not interactive:  # the projector's view: no selection outlines
            self.viewport().setProperty(theme.PROJECTOR_VIEWPORT, True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._space_down = False
        self._pan_from: QPoint | None = None
        # Fitted and not zoomed or panned since: a change of the view's size (the vote bar
        # opening, the agenda panel hidden) fits the board again, so no row is cut off.
        self._fitted = False
        self._overlays: list[QWidget] = []
        # The dot grid of the last exposed area: a repaint of the same area reuses it.
        self._grid_key: tuple[float, float, float, float] | None = None
        self._grid_points = QPolygonF()

    # --- vote totals (hidden on the projector during a vote step until revealed) -----------
    def set_votes_hidden(self, hidden: bool) -> None:
        viewport = self.viewport()
        if hidden == (viewport in VOTES_HIDDEN_ON):
            return
        if hidden:
            VOTES_HIDDEN_ON.add(viewport)
        else:
            VOTES_HIDDEN_ON.discard(viewport)
        viewport.update()

    def votes_hidden(self) -> bool:
        return self.viewport() in VOTES_HIDDEN_ON

    # --- floating controls (zoom buttons) in the bottom-right corner ---------------------
    def add_overlay(self, widget: QWidget, left: bool = False) -> None:
        widget.setParent(self)
        self._overlays.append(widget)
        widget.setProperty("overlayLeft", left)
        widget.show()
        self.place_overlays()

    def place_overlays(self) -> None:
        """Right-hand overlays sit in the bottom-right corner; left-hand ones in the bottom
        left, lifted above the right-hand ones when the view is too narrow for both."""
        right, left = self.width() - 16, 16
        right_top = self.height() - 16
        for widget in self._overlays:
            widget.adjustSize()
            if widget.isHidden():
                continue  # an empty key takes no room (and is never shown as an empty box)
            if not widget.property("overlayLeft"):
                top = self.height() - widget.height() - 16
                widget.move(right - widget.width(), top)
                right -= widget.width() + 10
                right_top = min(right_top, top)
            widget.raise_()
        for widget in self._overlays:
            if widget.property("overlayLeft") and not widget.isHidden():
                top = self.height() - widget.height() - 16
                if left + widget.width() > right:
                    top = right_top - widget.height() - 10
                widget.move(left, top)
                left += widget.width() + 10

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.place_overlays()
        if self._fitted and self.isVisible():
            self.fit()

    # --- zoom ----------------------------------------------------------------------------
    def scale_factor(self) -> float:
        return float(self.transform().m11())

    def set_scale(self, scale: float, anchor_under_mouse: bool = False) -> None:
        self._fitted = False
        scale = max(MIN_SCALE, min(MAX_SCALE, scale))
        current = self.scale_factor()
        if abs(scale - current) < 1e-9:
            return
        old = self.transformationAnchor()
        if not anchor_under_mouse:
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.scale(scale / current, scale / current)
        self.setTransformationAnchor(old)
        self._zoomed()

    def zoom_in(self) -> None:
        self.set_scale(self.scale_factor() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_scale(self.scale_factor() / ZOOM_STEP)

    def reset_zoom(self) -> None:
        self.set_scale(1.0)

    def fit(self) -> None:
        """Show every note and cluster (never blown up beyond a comfortable size).

        The band at the bottom with the floating controls is kept free.
        """
        rect = self.board_scene.content_rect()
        if rect.isNull():
            rect = QRectF(0.0, 0.0, 800.0, 500.0)
        rect = rect.adjusted(-30.0, -30.0, 30.0, 30.0)
        # The overlays' band (stacked when the view is narrow) plus a margin of its own.
        self.place_overlays()
        tops = [w.y() for w in self._overlays if not w.isHidden()]
        reserved = max(0, self.viewport().height() - min(tops) + 12) if tops else 0
        width = max(50, self.viewport().width())
        height = max(50, self.viewport().height() - reserved)
        scale = min(width / rect.width(), height / rect.height(), FIT_MAX_SCALE)
        self.set_scale(scale)
        self.centerOn(rect.center() + QPointF(0.0, reserved / 2.0 / self.scale_factor()))
        self._zoomed()
        self._fitted = True

    def _zoomed(self) -> None:
        scale = self.scale_factor()
        self.board_scene.set_view_scale(scale)
        self.zoom_changed.emit(scale)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120.0
            if steps:
                self.set_scale(self.scale_factor() * (ZOOM_STEP**steps), anchor_under_mouse=True)
            event.accept()
            return
        self._fitted = False  # the wheel scrolls the board
        super().wheelEvent(event)

    # --- pan: middle button, or space + left button --------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_down = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            event.accept()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_down = False
            self.viewport().unsetCursor()
            event.accept()
            return
        super().keyReleaseEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton or (
            event.button() == Qt.MouseButton.LeftButton and self._space_down
        ):
            self._pan_from = event.position().toPoint()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            now = event.position().toPoint()
            delta = now - self._pan_from
            self._pan_from = now
            self.pan_by(delta.x(), delta.y())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            self._pan_from = None
            if self._space_down:
                self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            else:
                self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def pan_by(self, dx: int, dy: int) -> None:
        self._fitted = False
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - dx)
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() - dy)

    # --- background: a quiet dot grid, like a wall of paper ------------------------------
    def drawBackground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        super().drawBackground(painter, rect)
        rect = QRectF(rect)
        if self.scale_factor() < 0.5:
            return
        painter.setPen(QPen(QColor(0, 0, 0, 34), 2.0 / self.scale_factor()))
        key = (rect.left(), rect.top(), rect.right(), rect.bottom())
        if key != self._grid_key:
            left = int(rect.left() // GRID) * GRID
            top = int(rect.top() // GRID) * GRID
            y = top
            points = []
            while y < rect.bottom():
                x = left
                while x < rect.right():
                    points.append((x, y))
                    x += GRID
                y += GRID
            self._grid_key = key
            self._grid_points = QPolygonF(
                [QPointF(x, y) for x, y in points] if len(points) <= 6000 else []
            )
        if self._grid_points.isEmpty():
            return
        painter.drawPoints(self._grid_points)
