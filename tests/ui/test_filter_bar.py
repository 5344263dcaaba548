"""The capture board's tools fit a 1366×768 laptop: what does not fit is in the "»" menu."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, QSettings
from PySide6.QtWidgets import QApplication

from app.demo import write_demo
from app.ui import i18n
from app.ui.board.capture import CaptureBoard
from app.ui.main_window import MainWindow


@pytest.fixture(params=["en", "ru"])
def language(request: Any, qapp: Any) -> Iterator[str]:
    i18n.apply_language(qapp, request.param)
    yield request.param
    i18n.apply_language(qapp, "en")


@pytest.mark.parametrize("width", [1366, 1280])
def test_every_tool_is_on_the_bar_or_in_the_more_menu(
    qtbot: Any, qsettings: Path, tmp_path: Path, language: str, width: int
) -> None:
    window = MainWindow(settings=QSettings())
    qtbot.addWidget(window)
    window.resize(width, 720)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_path(write_demo(tmp_path / "demo.pointb", language))
    try:
        board = window.current_board_widget()
        assert isinstance(board, CaptureBoard)
        QApplication.processEvents()
        assert window.width() <= width
        row = board.filter_bar.tools
        shown = [b for b in row.buttons if b.isVisible()]
        hidden = row.overflowed()
        assert hidden, "a laptop's board with the agenda open is narrower than all tools"
        assert row.more.isVisible()
        assert len(shown) + len(hidden) == len(row.buttons)
        for button in [*shown, row.more]:
            place = QRect(button.mapTo(window, QPoint(0, 0)), button.size())
            assert window.rect().contains(place), button.text()
            assert button.width() >= button.sizeHint().width(), button.text()
        # The menu lists exactly the hidden tools, and its entries work like the buttons.
        row.more_menu.aboutToShow.emit()
        entries = {a.text(): a for a in row.more_menu.actions()}
        assert set(entries) == {b.text() for b in hidden}
        vote = entries.get(board.vote_button.text())
        if vote is None:  # Dot voting is on the bar
            board.vote_button.click()
        else:
            assert vote.isCheckable() and not vote.isChecked()
            vote.trigger()
        assert board.voting()
        # With the agenda panel hidden the board is wider and more tools come back.
        board.set_voting(False)
        window.room.agenda_dock.hide()
        QApplication.processEvents()
        assert len(row.overflowed()) < len(hidden)
    finally:
        window.controller.close()
