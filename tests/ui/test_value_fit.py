"""The value board's segment chips and tabs show whole names on a 1366×768 laptop with the
agenda open, in English and Russian, under the app's style sheet (`theme.apply`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QPushButton, QStyle, QStyleOptionTab

from app.domain import model
from app.ui.exercises.value_prop import ValueBoardWidget
from app.ui.fit import ElidedButton
from app.ui.main_window import MainWindow
from tests.ui.layout_check import text_problems
from tests.ui.test_layout_fit import language, open_window, settle

__all__ = ["language"]  # the layout test's fixture: each test runs in English and Russian

LAPTOP = QSize(1366, 768)


def value_board(window: MainWindow) -> ValueBoardWidget:
    window.room.agenda_dock.setVisible(True)  # a laptop shows the agenda beside the board
    board = next(b for b in window.controller.data.boards if b.kind == model.BoardKind.VALUE)
    widget = window.select_board(board.id)
    assert isinstance(widget, ValueBoardWidget)
    settle()
    return widget


def test_segment_chips_are_whole_or_elided_with_the_name_as_tooltip(
    qtbot: Any, qsettings: Path, tmp_path: Path, language: str, themed_app: Any
) -> None:
    window = open_window(qtbot, tmp_path, language, LAPTOP)
    try:
        board = value_board(window)
        names = [s.name for s in sorted(window.controller.data.segments, key=lambda s: s.id)]
        chips = board.segment_chips.buttons
        assert [c.full_text() for c in chips] == names and len(chips) >= 2
        bar = QRect(board.segment_chips.mapTo(window, QPoint(0, 0)), board.segment_chips.size())
        for chip in chips:
            assert isinstance(chip, ElidedButton) and chip.isVisible()
            shown = QPushButton.text(chip)
            if chip.is_elided():
                assert shown.endswith("…") and chip.full_text() in chip.toolTip()
            # What is drawn fits the chip in the type it is drawn with.
            padding = chip.sizeHint().width() - chip.fontMetrics().horizontalAdvance(
                chip.full_text()
            )
            assert chip.fontMetrics().horizontalAdvance(shown) + padding <= chip.width() + 1
            place = QRect(chip.mapTo(window, QPoint(0, 0)), chip.size())
            assert bar.contains(place) and window.rect().contains(place)
        assert [p for p in text_problems(window) if "vpSegment" in p or "wrapRow" in p] == []
        # A click on the second chip shows that segment; only its chip is checked.
        chips[1].click()
        settle()
        assert board.segment_id == chips[1].property("segmentId")
        checked = [c.isChecked() for c in board.segment_chips.buttons]
        assert checked == [i == 1 for i in range(len(checked))]
    finally:
        window.controller.close()


def test_value_tabs_draw_their_whole_names(
    qtbot: Any, qsettings: Path, tmp_path: Path, language: str, themed_app: Any
) -> None:
    window = open_window(qtbot, tmp_path, language, LAPTOP)
    try:
        bar = value_board(window).tabs.tabBar()
        metrics = bar.fontMetrics()
        assert not bar.font().bold()
        for index in range(bar.count()):
            bar.setCurrentIndex(index)
            settle()
            for each in range(bar.count()):
                option = QStyleOptionTab()
                bar.initStyleOption(option, each)
                text = bar.tabText(each)
                room = bar.style().subElementRect(QStyle.SubElement.SE_TabBarTabText, option, bar)
                need = metrics.horizontalAdvance(text)
                assert bar.tabRect(each).width() >= need + 16, (text, bar.tabRect(each))
                assert room.width() >= need, (text, room.width(), need)
                assert option.text == text  # not elided
    finally:
        window.controller.close()
