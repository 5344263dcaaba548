"""How the projector's capture wall follows the board: a burst of edits makes one update,
the wall is laid out again only when what it shows changed, and each note is drawn once
(its picture is kept while the note stays the same)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QSettings
from PySide6.QtGui import QColor

from app.demo import write_demo
from app.domain import edits
from app.ui.main_window import MainWindow
from app.ui.presenter import PresenterWindow
from app.ui.projector.capture_wall import CaptureWall
from tests.ui.test_projector_views import fitted_wall, projector


@pytest.fixture
def window(qtbot: Any, qsettings: Any, tmp_path: Path) -> Iterator[MainWindow]:
    shown = MainWindow(settings=QSettings())
    qtbot.addWidget(shown)
    shown.resize(1366, 736)
    shown.show()
    qtbot.waitExposed(shown)
    assert shown.open_path(write_demo(tmp_path / "demo.pointb", "en"))
    yield shown
    if shown.room.presenter is not None:
        shown.room.presenter.close()
    shown.controller.close()


def wall_of(qtbot: Any, window: MainWindow) -> tuple[PresenterWindow, CaptureWall]:
    presenter = projector(qtbot, window)
    return presenter, fitted_wall(qtbot, window, presenter)


def settled(qtbot: Any, shown: CaptureWall) -> None:
    qtbot.waitUntil(lambda: not shown.pending(), timeout=3000)


def note_ids(window: MainWindow) -> list[int]:
    board_id = window.controller.current_board_id
    assert board_id is not None
    return [n.id for n in window.controller.data.notes_on(board_id) if not n.parked]


def share_of(presenter: PresenterWindow, shown: CaptureWall, note_id: int, colour: str) -> float:
    """The share of a note's card, in rendered pixels, painted in `colour`."""
    rect = shown.note_rects()[note_id]
    image = presenter.grab().toImage()
    want = QColor(colour)
    hits = total = 0
    for row in range(2, int(rect.height()) - 2, 3):
        for column in range(2, int(rect.width()) - 2, 3):
            at = QPoint(round(rect.left()) + column, round(rect.top()) + row)
            spot = shown.mapTo(presenter, at)
            got = QColor(image.pixel(spot))
            total += 1
            near = abs(got.red() - want.red()) + abs(got.green() - want.green())
            hits += near + abs(got.blue() - want.blue()) < 24
    return hits / max(1, total)


def test_a_change_that_moves_no_note_redraws_only_that_note(qtbot: Any, window: MainWindow) -> None:
    presenter, shown = wall_of(qtbot, window)
    laid, drawn = shown.layouts, shown.pictures_drawn
    rects = shown.note_rects()
    assert share_of(presenter, shown, note_ids(window)[0], "#22C55E") < 0.1
    # Nothing changed: no layout, every note's picture kept.
    shown.schedule()
    settled(qtbot, shown)
    assert (shown.layouts, shown.pictures_drawn) == (laid, drawn)
    # A new colour: the same blocks, so no layout; only that note is drawn again.
    first = note_ids(window)[0]
    controller = window.controller
    assert controller.edit("colour", edits.update_note(controller.data, first, color="#22C55E"))
    assert shown.pending()
    settled(qtbot, shown)
    assert shown.layouts == laid
    assert shown.pictures_drawn == drawn + 1
    assert shown.note_rects() == rects
    assert share_of(presenter, shown, first, "#22C55E") > 0.5
    assert share_of(presenter, shown, note_ids(window)[1], "#22C55E") < 0.1


def test_a_burst_of_edits_makes_one_layout(qtbot: Any, window: MainWindow) -> None:
    _presenter, shown = wall_of(qtbot, window)
    laid, drawn = shown.layouts, shown.pictures_drawn
    controller = window.controller
    ids = note_ids(window)[:5]
    for number, note_id in enumerate(ids):
        assert controller.edit(
            "edit", edits.update_note(controller.data, note_id, text=f"Renamed idea {number}")
        )
    settled(qtbot, shown)
    assert shown.layouts == laid + 1
    texts = {n.note_id: n.text for b in shown.block_notes if isinstance(b, list) for n in b}
    assert [texts[i] for i in ids] == [f"Renamed idea {n}" for n in range(5)]
    # Notes whose text, size and colour stayed the same kept their pictures when the type
    # size did not change; at most every note is drawn once.
    assert drawn < shown.pictures_drawn <= drawn + len(shown.note_rects())


def test_an_added_note_shows_after_a_moment_and_is_drawn_once(
    qtbot: Any, window: MainWindow
) -> None:
    _presenter, shown = wall_of(qtbot, window)
    controller = window.controller
    board_id = controller.current_board_id
    assert board_id is not None
    before = len(shown.note_rects())
    data = controller.data
    x, y = edits.next_note_position(data, board_id)
    assert controller.edit("add", edits.add_note(data, board_id, "A fresh idea", x=x, y=y))
    settled(qtbot, shown)
    assert len(shown.note_rects()) == before + 1
    drawn = shown.pictures_drawn
    shown.repaint()  # a repaint copies the pictures: nothing drawn again
    assert shown.pictures_drawn == drawn
