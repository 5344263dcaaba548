"""The colour key and the zoom buttons float over the board without hiding notes."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, QRect, QSettings
from PySide6.QtWidgets import QApplication, QLabel

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


def test_a_message_moves_nothing_and_shows_once(
    qtbot: Any, qsettings: Path, tmp_path: Path
) -> None:
    from app.domain import model
    from app.ui.exercises.reverse import ReverseBoardWidget

    window = MainWindow(settings=QSettings())
    qtbot.addWidget(window)
    window.resize(1366, 736)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_path(write_demo(tmp_path / "demo.pointb", "en"))
    try:
        board = next(b for b in window.controller.data.boards if b.kind == model.BoardKind.REVERSE)
        widget = window.select_board(board.id)
        assert isinstance(widget, ReverseBoardWidget)
        qtbot.wait(10)
        before = widget.mapTo(window, QPoint(0, 0)), widget.size()
        # Out of dots: the refusal shows in the status line only, and nothing moves.
        window.controller.error.emit("Sky has no dots left (dots per voter: 2).")
        qtbot.wait(10)
        assert window.message_bar.isVisible()
        assert not widget.message_bar.isVisible()  # no second copy on the board
        assert (widget.mapTo(window, QPoint(0, 0)), widget.size()) == before
        window.message_bar.hide()
        qtbot.wait(10)
        assert (widget.mapTo(window, QPoint(0, 0)), widget.size()) == before
    finally:
        window.controller.close()


def open_demo_board(qtbot: Any, tmp_path: Path, language: str) -> tuple[MainWindow, CaptureBoard]:
    window = MainWindow(settings=QSettings())
    qtbot.addWidget(window)
    window.resize(1366, 720)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_path(write_demo(tmp_path / f"demo-{language}.pointb", language))
    board = window.current_board_widget()
    assert isinstance(board, CaptureBoard)
    return window, board


def test_zoomed_out_cluster_titles_cover_no_note_and_no_other_title(
    qtbot: Any, qsettings: Path, tmp_path: Path
) -> None:
    window, board = open_demo_board(qtbot, tmp_path, "en")
    try:
        view = board.view

        def covered() -> list[str]:
            """What a title covers: notes by their text, other titles by "title"."""
            labels = list(board.scene.labels.values())
            boxes = [
                label.boundingRect()
                .translated(view.mapFromScene(label.scenePos()).toPointF())
                .toAlignedRect()
                for label in labels
            ]
            if not boxes or not all(label.isVisible() for label in labels):
                return ["no visible titles"]
            found = []
            for item in board.scene.notes.values():
                note = view.mapFromScene(item.sceneBoundingRect()).boundingRect()
                if any(note.intersects(box) for box in boxes):
                    found.append(item.note.text)
            for index, box in enumerate(boxes):
                if any(box.intersects(other) for other in boxes[index + 1 :]):
                    found.append("title")
            return found

        for zoom in (board.fit, board.zoom_out):  # the laptop's fit (about 27%) and further
            zoom()
            assert view.scale_factor() < 0.35  # the titles are the overlay labels
            # The titles follow the zoom on the next turn of the event loop (a busy machine
            # may take a while): judge the settled picture.
            with contextlib.suppress(Exception):
                qtbot.waitUntil(lambda: not covered(), timeout=3000)
            assert covered() == []
    finally:
        window.controller.close()


def test_the_key_is_never_an_empty_box_after_opening(
    qtbot: Any, qsettings: Path, tmp_path: Path
) -> None:
    window, board = open_demo_board(qtbot, tmp_path, "ru")
    try:
        qtbot.wait(10)
        assert board.legend.isVisible()
        labels = [w for w in board.legend.findChildren(QLabel) if w.isVisible()]
        assert labels  # team colours and corner marks
        assert all(board.legend.rect().contains(QRect(w.pos(), w.size())) for w in labels)
    finally:
        window.controller.close()


def test_a_fitted_board_stays_whole_when_the_vote_bar_opens(
    qtbot: Any, qsettings: Path, tmp_path: Path
) -> None:
    window, board = open_demo_board(qtbot, tmp_path, "en")
    try:
        window.room.agenda_dock.hide()  # a wide board: its height limits the fit
        QApplication.processEvents()
        board.fit()
        height = board.view.viewport().height()
        board.set_voting(True)  # the vote bar takes room from the board
        qtbot.waitUntil(lambda: board.view.viewport().height() < height)
        QApplication.processEvents()
        shown = board.view.mapToScene(board.view.viewport().rect()).boundingRect()
        assert shown.contains(board.scene.content_rect())  # every note and frame
    finally:
        window.controller.close()
