"""Photos of paper walls on a board: drop, paste, move, resize, delete, export; refusals."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from pypdf import PdfReader
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication

from app.domain import model
from app.export.pdf import export_boards_pdf
from app.export.png import render_board_image
from app.ui.board.capture import CaptureBoard
from app.ui.images import PhotoItem, PhotoLayer
from app.ui.main_window import MainWindow
from app.ui.projector.capture_wall import WallPhoto
from tests.ui.helpers import drag, press_key


@pytest.fixture
def window(window_on_workshop: MainWindow) -> MainWindow:
    return window_on_workshop


def board_and_layer(window: MainWindow) -> tuple[CaptureBoard, PhotoLayer]:
    board = window.current_board_widget()
    assert isinstance(board, CaptureBoard)
    layer = window.current_photos()
    assert layer is not None and layer.scene is board.scene  # on the board's own wall
    board.view.reset_zoom()
    board.view.centerOn(0.0, 0.0)
    return board, layer


def photo_file(path: Path, size: tuple[int, int] = (1600, 1200), orientation: int = 1) -> Path:
    image = Image.new("RGB", size, (220, 40, 40))
    exif = Image.Exif()
    exif[0x0112] = orientation
    image.save(path, format="JPEG", exif=exif.tobytes())
    return path


def bomb_file(path: Path) -> Path:
    def chunk(kind: bytes, payload: bytes) -> bytes:
        body = kind + payload
        return struct.pack(">I", len(payload)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 50_000, 50_000, 8, 0, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 100))
        + chunk(b"IEND", b"")
    )
    return path


def drop_files(board: CaptureBoard, paths: list[Path], at: QPoint) -> bool:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    viewport = board.view.viewport()
    enter = QDragEnterEvent(
        at,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(
        QPointF(at),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, drop)
    return drop.isAccepted()


def test_a_dropped_photo_is_upright_small_stored_and_on_the_projector(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    board, layer = board_and_layer(window)
    # Taken sideways: EXIF orientation 6 says "rotate 90° clockwise".
    path = photo_file(tmp_path / "wall.jpg", (4000, 3000), orientation=6)
    stack = window.controller.undo_stack
    count = stack.count()
    at = QPoint(500, 400)
    assert drop_files(board, [path], at)
    [image] = window.controller.data.images
    assert stack.count() == count + 1
    stored = Image.open(io.BytesIO(image.png))
    assert stored.format == "PNG" and stored.size == (1500, 2000)  # upright, longest 2000
    assert image.name == "wall.jpg" and image.height > image.width
    item = layer.photos[image.id]
    assert isinstance(item, PhotoItem) and item.scene() is board.scene
    centre = board.view.mapToScene(at)
    assert abs(image.x + image.width / 2 - centre.x()) < 1
    assert abs(image.y + image.height / 2 - centre.y()) < 1
    assert item.zValue() < 0  # behind notes and cluster frames
    # The projector's wall shows the photo too.
    window.room.presenter_action.trigger()
    presenter = window.room.presenter
    assert presenter is not None
    presenter.resize(1920, 1080)
    presenter.sync_view()
    wall = presenter.current_wall()
    assert wall is not None
    shown = [c for c in wall.block_notes if isinstance(c, WallPhoto)]
    assert [c.image_id for c in shown] == [image.id]
    # It is in the file after a reopen, and undo takes it away.
    stack.undo()
    assert window.controller.data.images == [] and layer.photos == {}
    stack.redo()
    assert len(layer.photos) == 1


def test_broken_and_bomb_images_are_refused_naming_the_file(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    board, _layer = board_and_layer(window)
    broken = tmp_path / "scan 01.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0 definitely not a whole jpeg")
    assert drop_files(board, [broken], QPoint(300, 300))
    assert window.controller.data.images == []
    assert window.message_bar.isVisible()
    assert "scan 01.jpg" in window.message_bar.label.text()
    assert "damaged" in window.message_bar.label.text()
    bomb = bomb_file(tmp_path / "huge.png")
    good = photo_file(tmp_path / "ok.jpg", (300, 200))
    assert drop_files(board, [bomb, good], QPoint(300, 300))
    assert "huge.png" in window.message_bar.label.text()
    assert "decompression bomb" in window.message_bar.label.text()
    assert [i.name for i in window.controller.data.images] == ["ok.jpg"]  # the rest still go
    # Files that are not pictures are left alone (no photo, no message).
    window.message_bar.hide()
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    drop_files(board, [text], QPoint(300, 300))
    assert len(window.controller.data.images) == 1 and not window.message_bar.isVisible()


def test_paste_an_image_on_the_board_and_into_the_capture_field(
    qtbot: Any, window: MainWindow
) -> None:
    board, layer = board_and_layer(window)
    picture = QImage(320, 240, QImage.Format.Format_RGB32)
    picture.fill(QColor("#2563EB"))
    QApplication.clipboard().setImage(picture)
    board.view.setFocus()
    press_key(board.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert [i.name for i in window.controller.data.images] == ["Pasted image"]
    # With the capture field focused (the usual case) Ctrl+V still places the picture.
    board.capture_edit.setFocus()
    press_key(board.capture_edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(window.controller.data.images) == 2
    # Text on the clipboard is pasted as text, as always.
    QApplication.clipboard().setText("an idea")
    press_key(board.capture_edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert board.capture_edit.text() == "an idea" and len(layer.photos) == 2


def test_move_resize_and_delete_are_one_undo_step_each(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    board, layer = board_and_layer(window)
    assert layer.add_files([photo_file(tmp_path / "a.jpg", (400, 300))], QPointF(0.0, 0.0))
    [image] = window.controller.data.images
    assert (image.width, image.height) == (400.0, 300.0)
    item = layer.photos[image.id]
    stack = window.controller.undo_stack
    count = stack.count()
    start = board.view.mapFromScene(QPointF(0.0, 0.0))
    drag(board.view, start, start + QPoint(150, 80))
    [moved] = window.controller.data.images
    assert (moved.x, moved.y) == (image.x + 150, image.y + 80)
    assert stack.count() == count + 1
    assert item.isSelected()
    # The corner grip resizes, keeping the proportions.
    corner = board.view.mapFromScene(QPointF(moved.x + moved.width - 6, moved.y + moved.height - 6))
    drag(board.view, corner, corner + QPoint(200, 10))
    [resized] = window.controller.data.images
    assert resized.width == pytest.approx(600.0, abs=2)
    assert resized.width / resized.height == pytest.approx(4 / 3, rel=0.01)
    assert (resized.x, resized.y) == (moved.x, moved.y)
    assert stack.count() == count + 2
    # Delete removes the selected photo (the window's Delete action stays out of the way).
    item.setFocus()
    press_key(board.view, Qt.Key.Key_Delete)
    assert window.controller.data.images == []
    assert stack.count() == count + 3
    stack.undo()
    assert len(window.controller.data.images) == 1
    # Fit to window includes photos.
    assert board.scene.content_rect().contains(layer.photos[image.id].sceneBoundingRect())


def test_photos_are_exported_in_png_and_pdf(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    _board, layer = board_and_layer(window)
    assert layer.add_files([photo_file(tmp_path / "red.jpg", (400, 300))], QPointF(200.0, 150.0))
    data = window.controller.data
    board_id = data.boards[0].id
    image, _shortened = render_board_image(data, board_id, dpi=50)
    reds = sum(
        1
        for x in range(0, image.width, 8)
        for y in range(0, image.height, 8)
        if (lambda p: p[0] > 180 and p[1] < 90 and p[2] < 90)(image.getpixel((x, y)))
    )
    assert reds > 20  # the red photo is on the page
    out = tmp_path / "boards.pdf"
    export_boards_pdf(data, out, [board_id])
    page = PdfReader(str(out)).pages[0]
    assert len(page.images) == 1


def test_photo_stays_in_the_model_types(window: MainWindow, tmp_path: Path) -> None:
    _board, layer = board_and_layer(window)
    assert layer.add_bytes(photo_file(tmp_path / "b.jpg", (100, 80)).read_bytes(), "b.jpg")
    [image] = window.controller.data.images
    assert isinstance(image, model.ImageItem) and image.png.startswith(b"\x89PNG")
