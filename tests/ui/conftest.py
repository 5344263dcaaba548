"""Fixtures shared by the GUI tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings

from app.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def plain_app_style(qapp: Any) -> Iterator[None]:
    """Each test finds the application's style as the suite started it: a test that
    themes it (the selftest, Preferences) does not change what later tests measure."""
    sheet, palette, font = qapp.styleSheet(), qapp.palette(), qapp.font()
    yield
    delete_closed_windows()
    if qapp.styleSheet() != sheet:
        qapp.setStyleSheet(sheet)
    if qapp.palette() != palette:
        qapp.setPalette(palette)
    if qapp.font() != font:
        qapp.setFont(font)


def delete_closed_windows() -> None:
    """Delete the windows pytest-qt closed (before the fixtures' teardown) now.

    They are only deleted when deferred deletes are delivered, which the tests' own
    processEvents() never does: left alive, they pile up on the worker, and every later
    style or font change (restoring the plain style, too) walks all of them.
    """
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def themed_app(qapp: Any) -> Iterator[Any]:
    """The application under Point B's own look (`theme.apply`: Fusion, DejaVu Sans 11 pt,
    the palette and the style sheet), as a facilitator sees it; the suite's plain style,
    palette and font come back after the test (the other tests measure without it)."""
    from app.ui import theme

    style = qapp.style().name()
    sheet, palette, font = qapp.styleSheet(), qapp.palette(), qapp.font()
    zoom, high_contrast = theme.current_zoom(), theme.is_high_contrast()
    theme.apply(qapp, high_contrast=False, zoom=1.0)
    try:
        yield qapp
    finally:
        delete_closed_windows()
        theme.apply(qapp, high_contrast=high_contrast, zoom=zoom)  # a test may zoom
        qapp.setStyleSheet(sheet)
        qapp.setPalette(palette)
        qapp.setFont(font)
        if qapp.style().name() != style:
            qapp.setStyle(style)


@pytest.fixture
def window_on_workshop(qtbot: Any, qsettings: Path, workshop_path: Path) -> MainWindow:
    """The main window, shown, with the test workshop open; presenter and file closed when
    pytest-qt closes the window (before any fixture's teardown may delete it)."""

    def close_room_and_file(win: MainWindow) -> None:
        if win.room.presenter is not None:
            win.room.presenter.close()
            win.room.presenter.deleteLater()
        win.controller.close()

    win = MainWindow(settings=QSettings())
    qtbot.addWidget(win, before_close_func=close_room_and_file)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    assert win.open_path(workshop_path)
    return win
