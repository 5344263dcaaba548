"""Photos of paper walls on exercise boards: a collapsible "Photos" panel below the board.

Capture boards keep their photos on the wall itself (`app.ui.images`). The exercise boards
(good/bad idea, prioritisation, value propositions) are made of lanes, tables and canvases
with no free wall, so the board registry puts each one in a `BoardWithPhotos`: the exercise
on top and a `PhotoPanel` below it. The panel is a small board of its own, with the very
same photo items and rules as the capture board (`PhotoLayer`, `PhotoItem`):

- drop picture files (or image data) anywhere on the board, the panel header included, or
  press Ctrl+V with a picture on the clipboard (Room > Insert photos… asks for files);
  each refused file is one message naming it;
- new photos line up to the right of the others; drag to move, the corner grip resizes,
  Delete removes; each is one undoable edit;
- the header counts the photos ("Photos (2)"); the panel opens when photos arrive and
  folds away when there are none.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeySequence,
    QPainter,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsView,
    QHBoxLayout,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.ui import theme
from app.ui.controller import Controller
from app.ui.fit import ElidedLabel, scrolling
from app.ui.images import PhotoLayer, PhotoWallScene, can_take

PANEL_HEIGHT = 210  # pixels: the open panel's picture area
ROW_GAP = 60.0  # board units between photos lined up in the panel
FIT_MARGIN = 70.0  # board units around the photos when the view fits them


class PhotoView(QGraphicsView):
    """Shows every photo of the panel at once (never enlarged past 100%)."""

    def __init__(self, scene: PhotoWallScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.photo_scene = scene
        self.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setBackgroundBrush(QColor(theme.CANVAS))
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def fit(self) -> None:
        rect = self.photo_scene.content_rect()
        if rect.isEmpty():
            rect = QRectF(-400.0, -150.0, 800.0, 300.0)
        rect = rect.adjusted(-FIT_MARGIN, -FIT_MARGIN, FIT_MARGIN, FIT_MARGIN)
        self.setSceneRect(rect)
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        if self.transform().m11() > 1.0:
            self.resetTransform()
            self.centerOn(rect.center())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()


class PanelPhotoLayer(PhotoLayer):
    """Photos in the panel: new ones line up to the right of the others."""

    def screen_unit(self) -> float:
        scale = self.view.transform().m11()
        return 1.0 / scale if scale > 0 else 1.0

    def drop_centres(self, sizes: list[tuple[float, float]], centre: QPointF) -> list[QPointF]:
        content = self.scene.content_rect()
        left = content.right() + ROW_GAP if not content.isEmpty() else 0.0
        top = content.top() if not content.isEmpty() else 0.0
        centres = []
        for width, height in sizes:
            centres.append(QPointF(left + width / 2.0, top + height / 2.0))
            left += width + ROW_GAP
        return centres


class PhotoPanel(QFrame):
    """The photos of one exercise board: a header with a count, and a small board."""

    def __init__(
        self, controller: Controller, board_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.board_id = board_id
        self.setObjectName("photoPanel")
        self.setStyleSheet(
            f"QFrame#photoPanel {{ background: {theme.PANEL}; "
            f"border-top: 1px solid {theme.BORDER}; }}"
        )
        self._count = 0
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        header = QWidget(self)
        row = QHBoxLayout(header)
        row.setContentsMargins(12, 6, 12, 6)
        row.setSpacing(10)
        self.toggle = QToolButton(header)
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setAutoRaise(True)
        self.toggle.setStyleSheet(
            "QToolButton, QToolButton:checked, QToolButton:pressed "
            "{ font-weight: bold; border: none; background: transparent; padding: 4px; }"
            f"QToolButton:hover {{ color: {theme.ACCENT}; }}"
        )
        self.toggle.toggled.connect(self.set_open)
        self.hint = ElidedLabel("", header)
        self.hint.setStyleSheet(f"color: {theme.MUTED};")
        # Elided (whole text in the tooltip) rather than widening the window.
        self.add_button = QPushButton(self.tr("Add photos…"), header)
        row.addWidget(self.toggle)
        row.addWidget(self.hint, 1)
        row.addWidget(self.add_button)
        column.addWidget(header)
        self.scene = PhotoWallScene(self)
        self.view = PhotoView(self.scene, self)
        self.view.setFixedHeight(PANEL_HEIGHT)
        column.addWidget(self.view)
        self.layer = PanelPhotoLayer(self, controller, board_id, self.scene, self.view)
        self.add_button.clicked.connect(self.layer.ask_insert)
        self.scene.contents_changed.connect(self.refresh)
        self.setAcceptDrops(True)  # the header too
        self.refresh()

    def is_open(self) -> bool:
        return self.toggle.isChecked()

    def set_open(self, on: bool) -> None:
        if self.toggle.isChecked() != on:
            self.toggle.setChecked(on)  # comes back here through `toggled`
            return
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        self.view.setVisible(on)
        if on:
            self.view.fit()

    def refresh(self) -> None:
        """Follow the photos: the count, open when new ones arrive, folded when none."""
        count = len(self.layer.photos)
        self.toggle.setText(
            self.tr("Photos (%1)").replace("%1", str(count)) if count else self.tr("Photos")
        )
        self.hint.setText(
            self.tr("Drag to move, the corner to resize, Delete to remove.")
            if count
            else self.tr("Drop or paste (Ctrl+V) pictures of the paper wall here.")
        )
        if count == 0:
            self.set_open(False)
        elif count > self._count:
            self.set_open(True)  # new photos (or the board opens with some): show them
        self._count = count
        if self.is_open():
            self.view.fit()

    # --- drops on the header ---------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        accept_photo_drag(self, event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        accept_photo_drag(self, event)

    def dropEvent(self, event: QDropEvent) -> None:
        drop_photos(self, event)


def accept_photo_drag(panel: PhotoPanel, event: QDragMoveEvent) -> None:
    mime = event.mimeData()
    if mime is not None and can_take(mime) and panel.controller.file is not None:
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
    else:
        event.ignore()


def drop_photos(panel: PhotoPanel, event: QDropEvent) -> None:
    mime = event.mimeData()
    if mime is None or not can_take(mime) or panel.controller.file is None:
        event.ignore()
        return
    event.setDropAction(Qt.DropAction.CopyAction)
    event.accept()
    panel.layer.add_mime(mime)


class BoardWithPhotos(QWidget):
    """An exercise board with its photo panel below; pictures dropped anywhere on the
    board (where the exercise itself does not take the drop) go to the panel."""

    def __init__(
        self,
        board: QWidget,
        controller: Controller,
        board_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.board_widget = board
        self.photo_panel = PhotoPanel(controller, board_id, self)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        # The exercise scrolls rather than widening the window on a small screen. (The
        # scroll area adopts the board: moving a big board to another parent first costs
        # a second restyling of every widget in it.)
        column.addWidget(scrolling(board, self), 1)
        column.addWidget(self.photo_panel)
        self.setAcceptDrops(True)
        # Ctrl+V with a picture on the clipboard, anywhere on the board but in a text field
        # (which pastes text itself): the picture goes to the panel. One shortcut for the
        # whole page; the panel's own would make Ctrl+V ambiguous inside the panel.
        self.photo_panel.layer.paste_shortcut.setEnabled(False)
        self.paste_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Paste), self)
        self.paste_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.paste_shortcut.activated.connect(self.photo_panel.layer.paste)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        accept_photo_drag(self.photo_panel, event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        accept_photo_drag(self.photo_panel, event)

    def dropEvent(self, event: QDropEvent) -> None:
        drop_photos(self.photo_panel, event)
