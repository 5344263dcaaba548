"""The app's board in this process (offscreen), and the bare QGraphicsScene baseline.

The bare scene draws what a board is made of with the library alone: per note the same
rounded rectangle (fill and border) and the same text, pre-laid-out as one `QStaticText`
per note at the pixel size the app chose, and per cluster its frame and title. It has no
level of detail, shadows, corner marks, vote badges or dot grid.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QStaticText
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

VIEW_WIDTH, VIEW_HEIGHT = 1920, 1080
_APP: QApplication | None = None


def application() -> QApplication:
    """The app's QApplication (theme, fonts), created once."""
    global _APP
    if _APP is None:
        from app.ui.app import make_app

        _APP = make_app([])
    return _APP


def process_events() -> None:
    application().processEvents()


class OpenBoard:
    """A workshop opened by the app's controller, its capture board widget and a view."""

    def __init__(self, path: Path, read_only: bool = False, board_id: int = 1) -> None:
        from app.services import WorkshopFile
        from app.ui.board.capture import CaptureBoard
        from app.ui.controller import Controller

        application()
        self.controller = Controller()
        if read_only:
            self.controller.adopt(WorkshopFile.open(path, read_only=True))
        else:
            self.controller.open(path)
        self.board = CaptureBoard(self.controller, board_id)
        self.board.resize(1440, 900)
        self.board.show()
        process_events()
        self.scene = self.board.scene
        self.view = self.board.view

    def close(self) -> None:
        self.board.hide()
        self.board.deleteLater()
        self.controller.close()
        self.controller.deleteLater()
        process_events()


def standalone_view(scene: QGraphicsScene) -> Any:
    """The app's BoardView of `scene`, 1920x1080 like a projector."""
    from app.ui.board.scene import BoardScene
    from app.ui.board.view import BoardView

    assert isinstance(scene, BoardScene)
    view = BoardView(scene)
    view.resize(VIEW_WIDTH, VIEW_HEIGHT)
    view.show()
    process_events()
    return view


def render(widget: QWidget, image: QImage) -> None:
    """One full repaint of the widget (its paintEvent) into `image`."""
    widget.render(image)


def new_image() -> QImage:
    return QImage(VIEW_WIDTH, VIEW_HEIGHT, QImage.Format.Format_ARGB32_Premultiplied)


# --- the bare baseline -------------------------------------------------------------------
class BareNote(QGraphicsItem):
    def __init__(self, rect: QRectF, color: str, text: str, pixel_size: int) -> None:
        super().__init__()
        from app.ui import theme

        self.setPos(rect.topLeft())
        self._rect = QRectF(0.0, 0.0, rect.width(), rect.height())
        self._bounds = self._rect.adjusted(-1.0, -1.0, 1.0, 1.0)
        self._color = QColor(color)
        self._pen = QPen(self._color.darker(118), 1.0)
        self._font = theme.pixel_font(pixel_size)
        self._text = QStaticText(text)
        self._text.setTextFormat(Qt.TextFormat.PlainText)
        self._text.setTextWidth(rect.width() - 20.0)
        self._text.prepare(font=self._font)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(self._pen)
        painter.setBrush(self._color)
        painter.drawRoundedRect(self._rect, 6.0, 6.0)
        painter.setPen(QColor("#1F2933"))
        painter.setFont(self._font)
        painter.drawStaticText(QPointF(10.0, 10.0), self._text)


class BareCluster(QGraphicsItem):
    def __init__(self, rect: QRectF, title: str) -> None:
        super().__init__()
        from app.ui import theme

        self.setPos(rect.topLeft())
        self.setZValue(-1.0)
        self._rect = QRectF(0.0, 0.0, rect.width(), rect.height())
        self._bounds = self._rect.adjusted(-2.0, -2.0, 2.0, 2.0)
        self._font = theme.pixel_font(26, bold=True)
        self._title = QStaticText(title)
        self._title.prepare(font=self._font)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(QColor(99, 102, 241, 110), 2.0))
        painter.setBrush(QColor(99, 102, 241, 26))
        painter.drawRoundedRect(self._rect, 18.0, 18.0)
        painter.setPen(QColor("#312E81"))
        painter.setFont(self._font)
        painter.drawStaticText(QPointF(20.0, 12.0), self._title)


def bare_scene(app_scene: Any) -> QGraphicsScene:
    """The same notes and clusters as the app's scene, drawn the bare way."""
    scene = QGraphicsScene()
    scene.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
    for cluster_item in app_scene.clusters.values():
        c = cluster_item.cluster
        scene.addItem(BareCluster(QRectF(c.x, c.y, c.width, c.height), c.title))
    for note_item in app_scene.notes.values():
        n = note_item.note
        block = note_item.text_block()  # the text the app shows (elided when too long)
        shown = " ".join(static.text() for _offset, static in block.lines)
        scene.addItem(
            BareNote(
                QRectF(n.x, n.y, n.width, n.height), note_item.color.name(), shown,
                block.pixel_size,
            )
        )
    scene.setSceneRect(app_scene.sceneRect())
    return scene


def bare_view(scene: QGraphicsScene, like: QGraphicsView) -> QGraphicsView:
    """A plain QGraphicsView showing the same part of the board as `like`."""
    view = QGraphicsView(scene)
    view.bare_scene = scene  # type: ignore[attr-defined]  # the view does not own it
    view.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setFrameShape(QGraphicsView.Shape.NoFrame)
    view.setBackgroundBrush(QColor("#F4F1EA"))
    view.resize(like.width(), like.height())
    view.show()
    process_events()
    centre = like.mapToScene(like.viewport().rect().center())
    view.setTransform(like.transform())
    view.centerOn(centre)
    process_events()
    return view
