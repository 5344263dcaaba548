"""Photos on exercise boards: the "Photos" panel below good/bad idea, prioritisation and
value proposition boards (drop, paste, refusals, move, resize, delete, export)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from pypdf import PdfReader
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication, QWidget

from app.domain import edits, model
from app.export.pdf import export_boards_pdf
from app.export.png import render_board_image
from app.ui.main_window import MainWindow
from app.ui.photo_panel import BoardWithPhotos, PhotoPanel
from tests.ui.helpers import drag, press_key
from tests.ui.test_images import bomb_file, photo_file


@pytest.fixture
def window(window_on_workshop: MainWindow) -> MainWindow:
    return window_on_workshop


def open_board(window: MainWindow, kind: model.BoardKind) -> tuple[int, PhotoPanel]:
    controller = window.controller
    assert controller.edit("board", edits.add_board(controller.data, kind, kind.value))
    board_id = max(b.id for b in controller.data.boards)
    widget = window.select_board(board_id)
    page = window.board_stack.currentWidget()
    assert isinstance(page, BoardWithPhotos) and page.board_widget is widget
    assert window.current_board_widget() is widget  # board commands still reach the exercise
    return board_id, page.photo_panel


def send_drop(target: QWidget, paths: list[Path], at: QPoint | None = None) -> bool:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    at = at or target.rect().center()
    buttons, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(at, Qt.DropAction.CopyAction, mime, buttons, none)
    QApplication.sendEvent(target, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(QPointF(at), Qt.DropAction.CopyAction, mime, buttons, none)
    QApplication.sendEvent(target, drop)
    return drop.isAccepted()


def images_of(window: MainWindow, board_id: int) -> list[model.ImageItem]:
    return [i for i in window.controller.data.images if i.board_id == board_id]


@pytest.mark.parametrize("kind", [model.BoardKind.REVERSE, model.BoardKind.VALUE])
def test_a_photo_dropped_on_an_exercise_board_is_one_undo_step(
    window: MainWindow, tmp_path: Path, kind: model.BoardKind
) -> None:
    board_id, panel = open_board(window, kind)
    assert not panel.is_open() and panel.toggle.text() == "Photos"  # folded while empty
    stack = window.controller.undo_stack
    count = stack.count()
    # Dropped on the board itself (not the panel): it lands in the panel all the same.
    page = window.board_stack.currentWidget()
    assert send_drop(page, [photo_file(tmp_path / "wall.jpg", (1600, 1200))])
    [image] = images_of(window, board_id)
    assert image.name == "wall.jpg" and image.png.startswith(b"\x89PNG")
    assert stack.count() == count + 1
    assert panel.is_open() and panel.toggle.text() == "Photos (1)"
    assert set(panel.layer.photos) == {image.id}
    # A second one, dropped on the panel's picture area, lines up to the right.
    assert send_drop(panel.view.viewport(), [photo_file(tmp_path / "two.jpg", (400, 300))])
    first, second = images_of(window, board_id)
    assert second.x > first.x + first.width and stack.count() == count + 2
    assert panel.toggle.text() == "Photos (2)"
    stack.undo()
    stack.undo()
    assert images_of(window, board_id) == [] and panel.layer.photos == {}
    assert not panel.is_open() and panel.toggle.text() == "Photos"


def test_broken_and_bomb_images_are_refused_naming_the_file(
    window: MainWindow, tmp_path: Path
) -> None:
    board_id, panel = open_board(window, model.BoardKind.REVERSE)
    count = window.controller.undo_stack.count()
    broken = tmp_path / "scan 01.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0 definitely not a whole jpeg")
    assert send_drop(panel, [broken])  # on the panel header
    assert "scan 01.jpg" in window.message_bar.label.text()
    assert "damaged" in window.message_bar.label.text()
    assert send_drop(panel.view.viewport(), [bomb_file(tmp_path / "huge.png")])
    assert "huge.png" in window.message_bar.label.text()
    assert "decompression bomb" in window.message_bar.label.text()
    assert images_of(window, board_id) == [] and window.controller.data.images == []
    assert window.controller.undo_stack.count() == count and not panel.is_open()


def test_paste_and_insert_photos_target_the_current_exercise_board(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    board_id, panel = open_board(window, model.BoardKind.PRIORITISE)
    picture = QImage(320, 240, QImage.Format.Format_RGB32)
    picture.fill(QColor("#2563EB"))
    QApplication.clipboard().setImage(picture)
    panel.view.setFocus()
    press_key(panel.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert [i.name for i in images_of(window, board_id)] == ["Pasted image"]
    # Room > Insert photos… asks for files and puts them on this board's panel.
    chosen = str(photo_file(tmp_path / "corner.jpg", (300, 300)))
    monkeypatch.setattr("app.ui.images.QFileDialog.getOpenFileNames", lambda *args: ([chosen], ""))
    window.room.insert_photo_action.trigger()
    assert [i.name for i in images_of(window, board_id)] == ["Pasted image", "corner.jpg"]
    assert panel.toggle.text() == "Photos (2)"


def test_move_resize_and_delete_are_one_undo_step_each(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    board_id, panel = open_board(window, model.BoardKind.REVERSE)
    assert panel.layer.add_files([photo_file(tmp_path / "a.jpg", (400, 300))])
    [image] = images_of(window, board_id)
    assert (image.width, image.height) == (400.0, 300.0)
    panel.view.fit()
    view, item = panel.view, panel.layer.photos[image.id]
    stack = window.controller.undo_stack
    count = stack.count()
    start = view.mapFromScene(QPointF(image.x + 200, image.y + 150))
    drag(view, start, start + QPoint(40, 20))
    [moved] = images_of(window, board_id)
    assert moved.x > image.x and moved.y > image.y
    assert stack.count() == count + 1 and item.isSelected()
    panel.view.fit()
    corner = view.mapFromScene(QPointF(moved.x + moved.width - 4, moved.y + moved.height - 4))
    drag(view, corner, corner + QPoint(30, 5))
    [resized] = images_of(window, board_id)
    assert resized.width > moved.width
    assert resized.width / resized.height == pytest.approx(4 / 3, rel=0.01)
    assert (resized.x, resized.y) == (moved.x, moved.y)
    assert stack.count() == count + 2
    item.setFocus()
    press_key(view, Qt.Key.Key_Delete)
    assert images_of(window, board_id) == [] and stack.count() == count + 3
    assert panel.toggle.text() == "Photos"
    stack.undo()
    assert len(images_of(window, board_id)) == 1 and panel.toggle.text() == "Photos (1)"


def red_pixels(image: Image.Image) -> int:
    return sum(
        1
        for x in range(0, image.width, 6)
        for y in range(0, image.height, 6)
        if (lambda p: p[0] > 180 and p[1] < 90 and p[2] < 90)(image.getpixel((x, y)))
    )


@pytest.mark.parametrize(
    "kind", [model.BoardKind.REVERSE, model.BoardKind.PRIORITISE, model.BoardKind.VALUE]
)
def test_photos_of_exercise_boards_are_exported(
    window: MainWindow, tmp_path: Path, kind: model.BoardKind
) -> None:
    board_id, panel = open_board(window, kind)
    data = window.controller.data
    before, _ = render_board_image(data, board_id, dpi=40)
    assert red_pixels(before) == 0
    plain = tmp_path / "plain.pdf"
    plain_pages = export_boards_pdf(data, plain, [board_id]).pages
    assert panel.layer.add_files([photo_file(tmp_path / "red wall.jpg", (400, 300))])
    data = window.controller.data
    # PNG: the photo in a strip below the board drawing.
    image, _ = render_board_image(data, board_id, dpi=40)
    assert red_pixels(image) > 20
    # PDF: a "Photos" page right after the board's pages, with the picture on it.
    out = tmp_path / "board.pdf"
    result = export_boards_pdf(data, out, [board_id])
    assert result.pages == plain_pages + 1
    pages = PdfReader(str(out)).pages
    assert [len(page.images) for page in pages] == [0] * plain_pages + [1]
    text = pages[plain_pages].extract_text()
    assert "Photos" in text and "red wall.jpg" in text
