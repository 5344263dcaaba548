"""The window opens inside the screen and a remembered geometry is clamped to it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QRect, QSettings, QSize

from app.ui import fit
from app.ui.main_window import MainWindow


def test_clamped_moves_and_shrinks_into_the_area() -> None:
    area = QRect(0, 0, 1366, 740)
    assert fit.clamped(QRect(100, 50, 1897, 900), area) == QRect(0, 0, 1366, 740)
    assert fit.clamped(QRect(1200, 600, 800, 400), area) == QRect(566, 340, 800, 400)
    assert fit.clamped(QRect(-50, -20, 400, 300), area) == QRect(0, 0, 400, 300)
    assert fit.clamped(QRect(10, 10, 400, 300), area) == QRect(10, 10, 400, 300)


def test_first_size_fits_a_small_screen_and_prefers_1440x900() -> None:
    assert fit.first_size(QRect(0, 0, 1366, 768)) == QSize(1366, 720)
    assert fit.first_size(QRect(0, 0, 1920, 1080)) == QSize(1440, 900)


def test_a_remembered_geometry_wider_than_the_screen_is_clamped(
    qtbot: Any, qsettings: Path
) -> None:
    settings = QSettings()
    big = MainWindow(settings=settings)
    qtbot.addWidget(big)
    big.setGeometry(0, 0, 1897, 1200)
    big.show()
    big.close()  # remembers its geometry
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    window.restore_geometry()
    area = fit.available_area(window)
    assert window.width() <= area.width() and window.height() <= area.height()
    assert area.contains(window.geometry())
