"""Geometry checks for the layout tests: texts shown whole, nothing outside its window.

A widget "shows less than its whole text" when its width is below what its text needs
(measured with QFontMetrics or the widget's own size hint, which includes padding and
icon). A widget that elides on purpose and carries the whole text in its tooltip passes.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QCheckBox,
    QComboBox,
    QGraphicsView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QWidget,
)

from app.ui.fit import ElidedButton, ElidedLabel

SLACK = 1  # pixels of rounding between a size hint and a laid-out width


def plain(text: str) -> str:
    """A widget text as shown: mnemonics (&) removed, one line."""
    return " ".join(text.replace("&&", "\0").replace("&", "").replace("\0", "&").split())


def _in_scroll_area(widget: QWidget, root: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _name(widget: QWidget, text: str) -> str:
    owner = widget.parentWidget()
    where = owner.objectName() or type(owner).__name__ if owner is not None else ""
    size = f"{widget.width()}×{widget.height()}px"
    return f"{type(widget).__name__} {text!r} in {where} ({size})"


def _whole_in_tooltip(widget: QWidget, text: str) -> bool:
    return bool(text) and text in plain(widget.toolTip())


def _combo_cut(combo: QComboBox) -> bool:
    """The combo box's current entry is wider than the room its frame leaves for text."""
    text = combo.currentText()
    if not text:
        return False
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    room = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    need = combo.fontMetrics().horizontalAdvance(text)
    if not combo.itemIcon(combo.currentIndex()).isNull():
        need += combo.iconSize().width() + 4
    return need > room.width() + SLACK


def _header_problems(header: QHeaderView) -> list[str]:
    """Column (or row) titles narrower than their text, without the text as a tooltip."""
    model = header.model()
    if model is None:
        return []
    problems = []
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        title = model.headerData(section, header.orientation(), Qt.ItemDataRole.DisplayRole)
        if not isinstance(title, str) or not title:
            continue
        tip = model.headerData(section, header.orientation(), Qt.ItemDataRole.ToolTipRole)
        need = header.sectionSizeFromContents(section)
        size = header.sectionSize(section)
        wanted = need.width() if header.orientation() == Qt.Orientation.Horizontal else 0
        if wanted and size + SLACK < wanted and plain(title) not in plain(str(tip or "")):
            problems.append(f"column {plain(title)!r} cut ({size}px of {wanted}px)")
    return problems


def text_problems(root: QWidget) -> list[str]:
    """Every visible text of `root` that is cut off, and every control outside `root`."""
    problems: list[str] = []
    bounds = root.rect()
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 0 or widget.window() is not root:
            continue
        text = ""
        cut = False
        if isinstance(widget, ElidedLabel | ElidedButton):
            text = widget.full_text()
            cut = widget.is_elided() and not _whole_in_tooltip(widget, plain(text))
        elif isinstance(widget, QAbstractButton):
            text = plain(widget.text())
            if text:
                need = widget.sizeHint().width()
                if isinstance(widget, QCheckBox | QRadioButton):
                    need = widget.sizeHint().width()
                cut = widget.width() + SLACK < need
        elif isinstance(widget, QLabel):
            text = widget.text()
            if text and widget.pixmap().isNull():
                if widget.wordWrap():
                    need_h = widget.heightForWidth(widget.width())
                    cut = need_h > widget.height() + SLACK
                else:
                    need_w = widget.sizeHint().width()
                    cut = widget.width() + SLACK < need_w
                text = plain(text) if len(text) < 80 else plain(text[:77]) + "…"
        elif isinstance(widget, QLineEdit):
            text = widget.placeholderText()
            if text and not widget.text():
                room = widget.width() - 14
                cut = widget.fontMetrics().horizontalAdvance(text) > room
        elif isinstance(widget, QComboBox):
            text = plain(widget.currentText())
            cut = _combo_cut(widget)
        elif isinstance(widget, QHeaderView):
            problems += _header_problems(widget)
            continue
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                tab = plain(widget.tabText(index))
                rect = widget.tabRect(index)
                short = rect.width() + SLACK < widget.tabSizeHint(index).width()
                outside = not widget.rect().contains(rect)
                if (short or outside) and tab not in plain(widget.tabToolTip(index)):
                    problems.append(f"tab {tab!r} cut ({rect.width()}px)")
            continue
        if cut and not _whole_in_tooltip(widget, plain(text)):
            problems.append("cut: " + _name(widget, text))
        if isinstance(widget, QAbstractButton | QLineEdit) and not _in_scroll_area(widget, root):
            place = QRect(widget.mapTo(root, QPoint(0, 0)), widget.size())
            if not bounds.contains(place):
                problems.append("outside the window: " + _name(widget, text))
    return problems


def sideways_scrolls(root: QWidget, allowed: tuple[QWidget, ...] = ()) -> list[str]:
    """Every visible horizontal scroll bar in `root`: a board that needs one on a laptop
    hides part of itself to the side. Canvases (graphics views) pan by design, tables keep
    their name column readable and scroll (`fit.MinimumStretch`), and the areas in
    `allowed` (the journey map) scroll by design."""
    problems = []
    for area in root.findChildren(QAbstractScrollArea):
        if not area.isVisible() or area.window() is not root:
            continue
        if isinstance(area, QGraphicsView | QAbstractItemView):
            continue
        if any(area is a or a.isAncestorOf(area) for a in allowed):
            continue
        bar = area.horizontalScrollBar()
        if bar.isVisible() and bar.maximum() > 0:
            inner = area.widget() if isinstance(area, QScrollArea) else None
            what = type(inner).__name__ if inner is not None else ""
            owner = area.objectName() or type(area).__name__
            problems.append(
                f"scrolls sideways: {owner} {what} needs {bar.maximum()}px more"
                f" than its {area.viewport().width()}px"
            )
    return problems
