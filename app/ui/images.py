"""Photos of paper walls on a board: drop a file or paste an image, move it, resize it.

`attach_photos(board)` hooks a board widget (anything with `controller`, `board_id`,
`scene` and `view`, like the capture board) up for photos:

- dropping image files (or image data) on the board view, or Ctrl+V with an image on the
  clipboard, runs the bytes through `app.imaging` (validated, upright, downscaled, clean
  PNG) and adds one `ImageItem` per picture as one undoable edit;
- each stored photo is a `PhotoItem` in the board's scene, behind clusters and notes, so
  every view of the scene (the presenter's too) shows it;
- dragging a photo is one edit on release; the corner handle resizes it keeping its
  proportions; Delete removes the selected photos.

A refused image (broken, a decompression bomb, not an image) becomes one message naming
the file, through `controller.error`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QEvent,
    QIODevice,
    QMimeData,
    QObject,
    QPointF,
    QRectF,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QDropEvent,
    QImage,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPen,
    QPixmap,
    QShortcut,
)
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QGraphicsItem,
    QGraphicsObject,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QGraphicsView,
    QLineEdit,
    QStyleOptionGraphicsItem,
    QWidget,
)

from app import imaging
from app.domain import edits, model
from app.domain import images as placement
from app.services import Change
from app.ui import theme
from app.ui.controller import Controller
from app.ui.i18n import counted
from app.ui.refresh import ChangeFollower

PHOTO_Z = -2.0  # behind cluster frames (-1) and notes (1): photos are the wall itself
HANDLE = 28.0  # board units: the resize grip in the bottom-right corner
DROP_OFFSET = 60.0  # several pictures dropped at once are fanned out
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".gif", ".bmp", ".webp", ".tif", ".tiff"}


def image_error_text(error: imaging.ImageError) -> str:
    """The refusal in the UI language, naming the file."""
    reasons = {
        "empty": QApplication.translate("Photos", "%1: the file is empty."),
        "too_large": QApplication.translate("Photos", "%1: the file is too large for a photo."),
        "bomb": QApplication.translate(
            "Photos",
            "%1: the picture is too large to open safely (it may be a decompression bomb).",
        ),
        "unsupported": QApplication.translate(
            "Photos", "%1: not a picture Point B can read (use PNG, JPEG, GIF, BMP, WebP or TIFF)."
        ),
        "damaged": QApplication.translate(
            "Photos", "%1: the picture is damaged and cannot be read."
        ),
        "unreadable": QApplication.translate("Photos", "%1: the file cannot be read."),
    }
    template = reasons.get(error.code, QApplication.translate("Photos", "%1: %2"))
    return template.replace("%1", error.name).replace("%2", error.reason)


class PhotoItem(QGraphicsObject):
    """One stored photo: painted from its PNG, movable, resizable from the corner grip."""

    def __init__(self, layer: PhotoLayer, image: model.ImageItem) -> None:
        super().__init__()
        self.layer = layer
        self.image = image
        self.pixmap = QPixmap()
        self.pixmap.loadFromData(QByteArray(image.png))
        self._size = (image.width, image.height)
        self._press_pos: QPointF | None = None
        self._resizing = False
        self._grab_offset = 0.0  # from the pointer to the right edge, while resizing
        self.setZValue(PHOTO_Z)
        self.setPos(image.x, image.y)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable, True)
        self.setAcceptHoverEvents(True)
        self.set_movable(layer.scene_interactive())
        self.setToolTip(image.name)

    @property
    def image_id(self) -> int:
        return self.image.id

    def set_movable(self, movable: bool) -> None:
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, movable)

    def set_image(self, image: model.ImageItem) -> None:
        if image.png != self.image.png:
            self.pixmap = QPixmap()
            self.pixmap.loadFromData(QByteArray(image.png))
        self.image = image
        self.prepareGeometryChange()
        self._size = (image.width, image.height)
        self.setPos(image.x, image.y)
        self.setToolTip(image.name)
        self.update()

    def size(self) -> tuple[float, float]:
        return self._size

    def boundingRect(self) -> QRectF:
        width, height = self._size
        return QRectF(-2.0, -2.0, width + 4.0, height + 4.0)

    def handle_rect(self) -> QRectF:
        width, height = self._size
        side = max(HANDLE, 18.0 * self.layer.screen_unit())  # grabbable when zoomed out
        return QRectF(width - side, height - side, side, side)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        width, height = self._size
        target = QRectF(0.0, 0.0, width, height)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        if self.pixmap.isNull():
            painter.fillRect(target, QColor("#E5E7EB"))
        else:
            painter.drawPixmap(target, self.pixmap, QRectF(self.pixmap.rect()))
        if self.isSelected():
            painter.setPen(QPen(QColor(theme.ACCENT), max(4.0, 3.0 * self.layer.screen_unit())))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(target)
            painter.fillRect(self.handle_rect(), QColor(theme.ACCENT))
        else:
            painter.setPen(QPen(QColor(0, 0, 0, 60), 1.0))
            painter.drawRect(target)

    # --- moving and resizing: one edit on release --------------------------------------
    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self._press_pos = self.pos()
        self._resizing = (
            event.button() == Qt.MouseButton.LeftButton
            and self.isSelected()
            and self.handle_rect().contains(event.pos())
            and self.layer.scene_interactive()
        )
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if self._resizing:
            self._grab_offset = self._size[0] - event.pos().x()
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._resizing:
            width, height = self.image.width, self.image.height
            self.prepareGeometryChange()
            self._size = placement.resized(
                width, height, max(1.0, event.pos().x() + self._grab_offset)
            )
            self.update()
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._resizing:
            self._resizing = False
            self.layer.commit_resize(self, *self._size)
            event.accept()
            return
        super().mouseReleaseEvent(event)
        start, self._press_pos = self._press_pos, None
        if start is not None and self.pos() != start:
            self.layer.commit_moves()

    # --- Delete: the focused photo claims the key before the window's Delete action ----
    def sceneEvent(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and self.isSelected()
        ):
            event.accept()
            return True
        return super().sceneEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.isSelected():
            self.layer.delete_selected()
            event.accept()
            return
        super().keyPressEvent(event)


class PhotoWallScene(QGraphicsScene):
    """A scene photos lie on: the capture board's wall (`BoardScene`) or a photo panel."""

    contents_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.interactive = True
        self.photos: dict[int, PhotoItem] = {}  # filled by the board's PhotoLayer

    def content_rect(self) -> QRectF:
        rect = QRectF()
        for photo in self.photos.values():
            rect = rect.united(photo.sceneBoundingRect())
        return rect

    def selected_note_ids(self) -> list[int]:
        return []

    def selected_cluster_ids(self) -> list[int]:
        return []


class PhotoLayer(QObject):
    """The photos of one board in its scene, plus drop and paste on its view."""

    def __init__(
        self,
        board: QWidget,
        controller: Controller,
        board_id: int,
        scene: PhotoWallScene,
        view: QGraphicsView,
        capture_field: QLineEdit | None = None,
    ) -> None:
        super().__init__(board)
        self.controller = controller
        self.board_id = board_id
        self.scene = scene
        self.view = view
        self.photos = scene.photos  # the scene counts photos as content (fit to window)
        self.rebuild()
        self.follower = ChangeFollower(
            board, controller, concerns=(model.ImageItem,), update=self._follow
        )
        self.scene.contents_changed.connect(self._readopt)
        self.view.setAcceptDrops(True)
        self.view.viewport().setAcceptDrops(True)
        self._viewport = self.view.viewport()  # kept: compared in eventFilter, even late
        self._viewport.installEventFilter(self)
        if capture_field is not None:
            capture_field.installEventFilter(self)
        self.paste_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Paste), board)
        self.paste_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.paste_shortcut.activated.connect(self.paste)

    # --- following the data ----------------------------------------------------------------
    def scene_interactive(self) -> bool:
        return self.scene.interactive

    def rebuild(self) -> None:
        for item in self.photos.values():
            if item.scene() is self.scene:
                self.scene.removeItem(item)
        self.photos.clear()
        if self.controller.file is None:
            return
        for image in self.controller.data.images:
            if image.board_id == self.board_id:
                self._add(image)

    def _add(self, image: model.ImageItem) -> None:
        item = PhotoItem(self, image)
        self.scene.addItem(item)
        self.photos[image.id] = item

    def _remove(self, image_id: int) -> None:
        item = self.photos.pop(image_id, None)
        if item is not None and item.scene() is self.scene:
            self.scene.removeItem(item)

    def _follow(self, change: Change) -> None:
        if self.controller.file is None:
            return
        index = {i.id: i for i in self.controller.data.images}
        for image_id in change.ids_of(model.ImageItem):
            image = index.get(image_id)
            if image is None or image.board_id != self.board_id:
                self._remove(image_id)
            elif image_id in self.photos:
                self.photos[image_id].set_image(image)
            else:
                self._add(image)
        self.scene.contents_changed.emit()

    def _readopt(self) -> None:
        """A scene rebuild removes every top-level item: put the photos back."""
        for item in self.photos.values():
            if item.scene() is None:
                self.scene.addItem(item)
            item.set_movable(self.scene_interactive())

    def screen_unit(self) -> float:
        """Board units per screen pixel for grips and outlines (a fixed 1 on the wall)."""
        return 1.0

    def drop_centres(self, sizes: list[tuple[float, float]], centre: QPointF) -> list[QPointF]:
        """Where new photos of these sizes are centred: several are fanned out."""
        return [
            QPointF(centre.x() + n * DROP_OFFSET, centre.y() + n * DROP_OFFSET)
            for n in range(len(sizes))
        ]

    # --- edits ----------------------------------------------------------------------------
    def add_prepared(
        self, prepared: list[imaging.PreparedImage], centre: QPointF | None = None
    ) -> bool:
        """Place prepared pictures centred on `centre` (the view's centre by default)."""
        if not prepared or self.controller.file is None:
            return False
        if centre is None:
            centre = self.view.mapToScene(self.view.viewport().rect().center())
        data = self.controller.data
        pairs: list[edits.Pair] = []
        staged = model.WorkshopData(workshop=data.workshop, images=list(data.images))
        sizes = [placement.placed_size(p.width, p.height) for p in prepared]
        for picture, (width, height), at in zip(
            prepared, sizes, self.drop_centres(sizes, centre), strict=True
        ):
            x, y = placement.centred_at(at.x(), at.y(), width, height)
            new = edits.add_image(
                staged, self.board_id, picture.name, picture.png, x, y, width, height
            )
            added = new[0][1]
            assert isinstance(added, model.ImageItem)
            staged.images.append(added)
            pairs += new
        label = (
            self.tr("Add photo")
            if len(prepared) == 1
            else counted(self.tr("Add %n photo(s)", "", len(prepared)), len(prepared))
        )
        return self.controller.edit(label, pairs)

    def add_files(self, paths: list[Path], centre: QPointF | None = None) -> bool:
        """Prepare and place image files; refused files are reported, the rest are added."""
        prepared: list[imaging.PreparedImage] = []
        for path in paths:
            try:
                prepared.append(imaging.prepare_image_file(path))
            except imaging.ImageError as exc:
                self.controller.error.emit(image_error_text(exc))
        return self.add_prepared(prepared, centre)

    def add_bytes(self, data: bytes, name: str, centre: QPointF | None = None) -> bool:
        try:
            prepared = imaging.prepare_image(data, name)
        except imaging.ImageError as exc:
            self.controller.error.emit(image_error_text(exc))
            return False
        return self.add_prepared([prepared], centre)

    def add_mime(self, mime: QMimeData, centre: QPointF | None = None) -> bool:
        """A drop or the clipboard: local image files first, else image data."""
        paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
        if paths:
            return self.add_files(paths, centre)
        if mime.hasImage():
            image = mime.imageData()
            if isinstance(image, QImage) and not image.isNull():
                return self.add_bytes(qimage_png(image), self.tr("Pasted image"), centre)
        return False

    def paste(self) -> bool:
        mime = QApplication.clipboard().mimeData()
        if mime is None or not can_take(mime):
            return False
        return self.add_mime(mime)

    def ask_insert(self) -> bool:
        names, _filter = QFileDialog.getOpenFileNames(
            self.view,
            self.tr("Insert photos"),
            str(Path.home()),
            self.tr("Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.tif *.tiff)"),
        )
        return self.add_files([Path(n) for n in names]) if names else False

    def commit_moves(self) -> bool:
        """Every photo dragged away from its stored place: one edit."""
        if self.controller.file is None:
            return False
        data = self.controller.data
        pairs: list[edits.Pair] = []
        for item in self.photos.values():
            if (item.pos().x(), item.pos().y()) != (item.image.x, item.image.y):
                pairs += edits.move_image(data, item.image_id, item.pos().x(), item.pos().y())
        if not pairs:
            return False
        label = self.tr("Move photo")
        if not self.controller.edit(label, pairs):
            for item in self.photos.values():
                item.setPos(item.image.x, item.image.y)
            return False
        return True

    def commit_resize(self, item: PhotoItem, width: float, height: float) -> bool:
        try:
            pairs = edits.resize_image(self.controller.data, item.image_id, width, height)
        except ValueError:
            pairs = []
        if not pairs or not self.controller.edit(self.tr("Resize photo"), pairs):
            item.set_image(item.image)
            return False
        return True

    def selected_ids(self) -> list[int]:
        return sorted(i for i, item in self.photos.items() if item.isSelected())

    def delete_selected(self) -> bool:
        """Delete the selected photos (and notes and frames selected with them): one edit."""
        photo_ids = self.selected_ids()
        if not photo_ids or self.controller.file is None:
            return False
        data = self.controller.data
        pairs: list[edits.Pair] = []
        notes = self.scene.selected_note_ids()
        clusters = self.scene.selected_cluster_ids()
        if notes or clusters:
            pairs += edits.delete_selection(data, notes, clusters)
        for image_id in photo_ids:
            pairs += edits.delete_image(data, image_id)
        label = (
            self.tr("Delete photo")
            if len(photo_ids) == 1 and not notes
            else self.tr("Delete selection")
        )
        return self.controller.edit(label, pairs)

    # --- drag and drop, paste into the capture field -----------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._viewport and kind in (
            QEvent.Type.DragEnter,
            QEvent.Type.DragMove,
            QEvent.Type.Drop,
        ):
            drop = event
            assert isinstance(drop, QDropEvent)
            mime = drop.mimeData()
            if mime is None or not can_take(mime) or self.controller.file is None:
                return False
            drop.setDropAction(Qt.DropAction.CopyAction)
            drop.accept()
            if kind == QEvent.Type.Drop:
                centre = self.view.mapToScene(drop.position().toPoint())
                self.add_mime(mime, centre)
            return True
        if (
            kind == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Paste)
        ):
            # The capture field has focus most of the time: with a picture (and no text)
            # on the clipboard, Ctrl+V there means "put the photo on the board".
            mime = QApplication.clipboard().mimeData()
            if mime is not None and can_take(mime) and not mime.hasText():
                event.ignore()
                return True
        return False


def can_take(mime: QMimeData) -> bool:
    """True for image data or local files that look like pictures."""
    if mime.hasImage():
        return True
    return any(
        url.isLocalFile() and Path(url.toLocalFile()).suffix.lower() in IMAGE_SUFFIXES
        for url in mime.urls()
    )


def qimage_png(image: QImage) -> bytes:
    """A pasted QImage as PNG bytes (then validated by app.imaging like any file)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    return bytes(buffer.data().data())
