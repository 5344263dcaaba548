"""Shared widgets measure themselves by the type and padding the app's style sheet gives
them (`theme.apply`), not by the plain style they were built under."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QToolButton, QWidget

from app.ui import theme
from app.ui.fit import ElidedButton
from tests.ui.layout_check import plain, text_problems

LONG = "Работающие родители, которые платят с телефона"


def test_an_elided_button_measures_again_when_its_type_grows(qtbot: Any) -> None:
    button = ElidedButton(LONG)
    qtbot.addWidget(button)
    small = button.sizeHint().width()
    font = button.font()
    font.setPointSize(font.pointSize() * 2)
    button.setFont(font)
    assert button.sizeHint().width() > small * 1.5
    button.resize(small, button.sizeHint().height())  # as wide as the small type needed
    assert button.is_elided()
    assert LONG in button.toolTip()


def test_an_elided_button_under_the_style_sheet_elides_by_its_styled_type(
    qtbot: Any, themed_app: Any
) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    host.setStyleSheet("QPushButton#chip { font-size: 16pt; padding: 6px 16px; }")
    row = QHBoxLayout(host)
    button = ElidedButton(LONG, host)
    button.setObjectName("chip")
    plain_button = QPushButton(LONG, host)
    plain_button.setObjectName("chip")
    row.addWidget(button)
    row.addWidget(plain_button)
    host.show()
    qtbot.waitExposed(host)
    # The whole text's size in the styled type: what a plain button of it asks for.
    assert button.sizeHint() == plain_button.sizeHint()
    button.setFixedWidth(button.sizeHint().width())
    assert not button.is_elided()
    button.setFixedWidth(button.sizeHint().width() // 2)
    assert button.is_elided()
    shown = QPushButton.text(button)
    assert shown.endswith("…")
    # What is shown fits the button's room in the styled type.
    padding = button.sizeHint().width() - button.fontMetrics().horizontalAdvance(LONG)
    assert button.fontMetrics().horizontalAdvance(shown) <= button.width() - padding
    assert text_problems(host) == []


def test_agenda_glyph_buttons_hold_their_glyph_under_the_style_sheet(
    qtbot: Any, window_on_workshop: Any, themed_app: Any
) -> None:
    panel = window_on_workshop.room.agenda_panel
    window_on_workshop.room.agenda_dock.setVisible(True)
    buttons = [panel.up_button, panel.down_button, panel.add_button, panel.remove_button]
    for _ in range(4):
        themed_app.processEvents()
    for button in buttons:
        assert isinstance(button, QToolButton)
        assert button.property(theme.GLYPH_BUTTON) is True
        hint = button.sizeHint()
        metrics = button.fontMetrics()
        # The size hint holds the glyph with its padding; the button is given that size.
        assert hint.width() >= metrics.horizontalAdvance(button.text()) + 4, button.text()
        assert hint.height() >= metrics.height(), button.text()
        assert button.width() >= hint.width() and button.height() >= hint.height()
        assert button.width() == button.height()  # a row of equal squares
    problems = [p for p in text_problems(window_on_workshop) if "agendaPanel" in p]
    assert problems == []
    # A larger interface (Ctrl+Alt+=): the buttons grow with their type.
    before = panel.up_button.width()
    theme.apply(themed_app, zoom=1.5)
    for _ in range(4):
        themed_app.processEvents()
    assert panel.up_button.width() > before
    assert panel.up_button.width() >= panel.up_button.sizeHint().width()
    assert plain(panel.up_button.text()) == "↑"
