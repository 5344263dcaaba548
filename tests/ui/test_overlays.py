"""The colour key and the zoom buttons float over the board without hiding notes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, QRect, QSettings

from app.demo import write_demo
from app.ui.board.capture import CaptureBoard
from app.ui.main_window import MainWindow


def test_a_new_board_shows_no_empty_key(window_on_workshop: MainWindow) -> None:
    board = window_on_workshop.current_board_widget()
    assert isinstance(board, CaptureBoard)
    assert not board.scene.notes and not board.legend.isVisible()


def test_fit_keeps_notes_clear_of_the_key_and_zoom_buttons(
    qtbot: Any, qsettings: Path, tmp_path: Path
) -> None:
    window = MainWindow(settings=QSettings())
    qtbot.addWidget(window)
    window.resize(1366, 736)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_path(write_demo(tmp_path / "demo.pointb", "ru"))
    try:
        board = window.current_board_widget()
        assert isinstance(board, CaptureBoard)
        board.fit()
        qtbot.wait(10)
        assert board.legend.isVisible()
        overlays = [board.legend, board.findChild(type(board.legend), "zoomPanel")]
        boxes = [QRect(w.pos(), w.size()) for w in overlays if w is not None and w.isVisible()]
        assert len(boxes) == 2
        for item in board.scene.notes.values():
            rect = board.view.mapFromScene(item.sceneBoundingRect()).boundingRect()
            rect.translate(board.view.viewport().mapTo(board.view, QPoint(0, 0)))
            assert not any(rect.intersects(box) for box in boxes), item.note.text
    finally:
        window.controller.close()
