"""Fitting the interface on a small screen (a 1366×768 laptop, a 1280×720 projector).

The rules:
- the main window never grows by itself: panels whose content may need more room than
  the screen has sit in a `scrolling()` area, so a wide toolbar or a tall form scrolls
  instead of widening the window;
- the window opens inside the screen's available area, and a remembered geometry is
  clamped to the screen it opens on (`fit_window`);
- a text that may not fit is elided with the whole text in the tooltip (`ElidedLabel`,
  `elide`), never cut off in the middle of a letter;
- a row of tool buttons that may not fit puts the ones that do not into a "»" menu
  (`OverflowRow`), so every tool stays one click away.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication, QResizeEvent, QScreen
from PySide6.QtWidgets import (
    QAbstractButton,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QTableWidget,
    QTabWidget,
    QToolButton,
    QWidget,
)

# The smallest screen Point B is laid out for (a 720p projector or laptop).
SMALLEST_SCREEN = QSize(1280, 720)
PREFERRED_SIZE = QSize(1440, 900)
# Room left for the window frame and a desktop panel on a screen without a window manager
# telling us its available area.
FRAME_MARGIN = QSize(0, 48)


class FitScrollArea(QScrollArea):
    """A frameless scroll area that gives its widget all the room there is and scrolls
    only when the widget cannot shrink enough. It asks for no minimum height of its own;
    without a horizontal scroll bar it asks for the widget's minimum width (so nothing is
    cut at the right), with one for no minimum width either."""

    def __init__(self, widget: QWidget, parent: QWidget | None, horizontal: bool) -> None:
        super().__init__(parent)
        self.horizontal = horizontal
        self.setObjectName("fitScroll")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAsNeeded
            if horizontal
            else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setWidget(widget)
        self.viewport().setAutoFillBackground(False)
        widget.setAutoFillBackground(False)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        inner = self.widget()
        if self.horizontal or inner is None:
            return hint
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(max(hint.width(), inner.minimumSizeHint().width() + bar), hint.height())


def scrolling(
    widget: QWidget, parent: QWidget | None = None, horizontal: bool = True
) -> QScrollArea:
    """`widget` in a `FitScrollArea`: the window around it never grows for its sake."""
    return FitScrollArea(widget, parent, horizontal)


def available_area(widget: QWidget) -> QRect:
    """The available geometry of the screen the widget is on (or the primary screen)."""
    screen: QScreen | None = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return QRect(0, 0, SMALLEST_SCREEN.width(), SMALLEST_SCREEN.height())
    return screen.availableGeometry()


def clamped(rect: QRect, area: QRect) -> QRect:
    """`rect` moved and shrunk so that it lies inside `area`."""
    width = min(rect.width(), area.width())
    height = min(rect.height(), area.height())
    left = min(max(rect.left(), area.left()), area.right() + 1 - width)
    top = min(max(rect.top(), area.top()), area.bottom() + 1 - height)
    return QRect(left, top, width, height)


def first_size(area: QRect) -> QSize:
    """The size of a window opened for the first time: the preferred size, or the screen's
    available area less a frame margin when the screen is smaller."""
    return QSize(
        min(PREFERRED_SIZE.width(), area.width() - FRAME_MARGIN.width()),
        min(PREFERRED_SIZE.height(), area.height() - FRAME_MARGIN.height()),
    )


def fit_window(window: QWidget) -> None:
    """Keep a top-level window inside its screen's available area (after a restore)."""
    area = available_area(window)
    frame = window.frameGeometry()
    extra = QSize(frame.width() - window.width(), frame.height() - window.height())
    inner = QRect(
        area.left(), area.top(), area.width() - extra.width(), area.height() - extra.height()
    )
    target = clamped(window.geometry(), inner)
    if target != window.geometry():
        window.setGeometry(target)


def set_placeholder(edit: QLineEdit, text: str) -> None:
    """The field's placeholder, also as its tooltip: on a narrow screen Qt elides the
    placeholder, and the tooltip still says what to type."""
    edit.setPlaceholderText(text)
    edit.setToolTip(text)


def name_tabs(tabs: QTabWidget) -> None:
    """Each tab's whole name as its tooltip, for when a narrow screen elides the names."""
    tabs.setElideMode(Qt.TextElideMode.ElideRight)
    tabs.setUsesScrollButtons(False)
    for index in range(tabs.count()):
        tabs.setTabToolTip(index, tabs.tabText(index).replace("&", ""))


def size_by_shown_tab(tabs: QTabWidget) -> None:
    """The tab widget asks for the room of the page it shows, not of its widest page: a
    hidden page with a wide table would otherwise make every stage scroll sideways."""

    def follow(shown: int) -> None:
        for index in range(tabs.count()):
            page = tabs.widget(index)
            if page is None:
                continue
            policy = page.sizePolicy()
            policy.setHorizontalPolicy(
                QSizePolicy.Policy.Preferred if index == shown else QSizePolicy.Policy.Ignored
            )
            page.setSizePolicy(policy)
        tabs.updateGeometry()

    tabs.currentChanged.connect(follow)
    follow(tabs.currentIndex())


def elide(text: str, metrics: QFontMetrics, width: int) -> str:
    """One line of `text` that fits `width` pixels, with "…" where it was cut."""
    line = " ".join(text.split())
    return metrics.elidedText(line, Qt.TextElideMode.ElideRight, max(0, width))


class ElidedLabel(QLabel):
    """A one-line label that shrinks with its panel: the text is elided with "…" and the
    whole text is the tooltip. It never asks for more width than a few letters, so a long
    name cannot widen a window."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.set_full_text(text)

    def full_text(self) -> str:
        return self._full

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.updateGeometry()
        self._relayout()

    def setText(self, text: str) -> None:
        self.set_full_text(text)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(self.fontMetrics().horizontalAdvance("W…") + 4, hint.height())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        width = self.fontMetrics().horizontalAdvance(" ".join(self._full.split())) + 4
        return QSize(width, hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout()

    def _relayout(self) -> None:
        shown = elide(self._full, self.fontMetrics(), self.contentsRect().width())
        super().setText(shown)
        self.setToolTip(self._full if shown != " ".join(self._full.split()) else "")

    def is_elided(self) -> bool:
        return super().text() != " ".join(self._full.split())


class ElidedButton(QPushButton):
    """A push button whose text is elided with "…" when its cell is narrow, the whole text
    being the tooltip (Qt would cut the text at both ends instead).

    It measures its whole text when first asked (after it is polished, so an object name
    or property set after construction still picks its style-sheet rule) and again when
    its font or style changes: it elides by the type and padding it is drawn with.
    `set_detail` adds a line of its own to the tooltip (a segment's description)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self._detail = ""
        self._full_hint: QSize | None = None
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setText(text)

    def full_text(self) -> str:
        return self._full

    def setText(self, text: str) -> None:
        self._full = text
        super().setText(text)
        self._remeasure()

    def set_detail(self, detail: str) -> None:
        """A further tooltip line, shown whether or not the text is elided."""
        self._detail = detail
        self._relayout()

    def text(self) -> str:
        """The whole text (what is shown may be elided)."""
        return self._full

    def sizeHint(self) -> QSize:
        """The size of the whole text in the current type and style."""
        if self._full_hint is None:
            shown = super().text()
            if shown != self._full:
                super().setText(self._full)
            hint = super().sizeHint()  # polishes the button first
            if shown != self._full:
                super().setText(shown)
            self._full_hint = hint
        return self._full_hint

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance("W…") + 24, self.sizeHint().height())

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.Polish:  # the style sheet's rules now apply
            self._remeasure()
        return handled

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._remeasure()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout()

    def _remeasure(self) -> None:
        self._full_hint = None
        self.updateGeometry()
        self._relayout()

    def _relayout(self) -> None:
        if not self.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
            return  # measured once polished: its style may not be known yet
        hint = self.sizeHint()
        padding = hint.width() - self.fontMetrics().horizontalAdvance(self._full)
        room = self.width() - max(0, padding)
        shown = (
            self._full
            if self.width() >= hint.width()
            else elide(self._full, self.fontMetrics(), room)
        )
        if shown != super().text():
            super().setText(shown)
        tip = [self._full] if shown != self._full else []
        if self._detail:
            tip.append(self._detail)
        self.setToolTip("\n".join(tip))

    def is_elided(self) -> bool:
        return super().text() != self._full


class OverflowRow(QWidget):
    """Tool buttons in a row; those that do not fit its width hide, and a "»" button at
    the end lists them in a menu (a button's own menu as a submenu, a checkable button as
    a checkable entry), so a narrow screen never loses a tool. The row asks for the room
    of all its buttons but can shrink to the "»" button alone."""

    SPACING = 4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overflowRow")
        self.buttons: list[QAbstractButton] = []
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSpacing(self.SPACING)
        self.more = QToolButton(self)
        self.more.setObjectName("overflowMore")
        self.more.setText("»")
        self.more.setToolTip(QCoreApplication.translate("Fit", "More tools"))
        self.more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more.setStyleSheet("QToolButton#overflowMore::menu-indicator { image: none; }")
        self.more_menu = QMenu(self.more)
        self.more_menu.aboutToShow.connect(self._fill_menu)
        self.more.setMenu(self.more_menu)
        self._submenus: list[QMenu] = []
        self._row.addWidget(self.more)
        self.more.hide()
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def add(self, button: QAbstractButton) -> None:
        self._row.insertWidget(len(self.buttons), button)
        self.buttons.append(button)
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        hints = [b.sizeHint() for b in self.buttons]
        width = sum(h.width() for h in hints) + self.SPACING * max(0, len(hints) - 1)
        height = max([self.more.sizeHint().height(), *(h.height() for h in hints)])
        return QSize(width, height)

    def minimumSizeHint(self) -> QSize:
        return QSize(self.more.sizeHint().width(), self.sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout()

    def overflowed(self) -> list[QAbstractButton]:
        """The buttons that are in the "»" menu (hidden from the row)."""
        return [b for b in self.buttons if b.isHidden()]

    def _relayout(self) -> None:
        room = self.width()
        fits = self.sizeHint().width() <= room
        if not fits:
            room -= self.more.sizeHint().width() + self.SPACING
        used = 0
        for button in self.buttons:
            need = button.sizeHint().width() + (self.SPACING if used else 0)
            shown = fits or used + need <= room
            if shown:
                used += need
            button.setVisible(shown)
            room = room if shown else -1  # the order stays: after one is out, the rest are
        self.more.setVisible(not fits)

    def _fill_menu(self) -> None:
        self.more_menu.clear()
        for old in self._submenus:
            old.deleteLater()
        self._submenus = []
        for button in self.overflowed():
            text = button.text()
            own_menu = button.menu() if isinstance(button, QToolButton) else None
            if own_menu is not None:
                sub = self.more_menu.addMenu(text)
                self._submenus.append(sub)
                sub.setEnabled(button.isEnabled())
                sub.addActions(own_menu.actions())
                continue
            entry = self.more_menu.addAction(text)
            entry.setToolTip(button.toolTip())
            entry.setEnabled(button.isEnabled())
            if button.isCheckable():
                entry.setCheckable(True)
                entry.setChecked(button.isChecked())
            entry.triggered.connect(button.click)


class WrapRow(QWidget):
    """Buttons (chips) side by side that wrap onto further lines instead of widening their
    panel; a chip wider than the whole row takes the row's width (an `ElidedButton` then
    elides, its whole text in the tooltip). The row asks for the height of its lines."""

    SPACING = 8

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wrapRow")
        self.buttons: list[QAbstractButton] = []
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def add(self, button: QAbstractButton) -> None:
        button.setParent(self)
        self.buttons.append(button)
        button.show()
        self._relayout()
        self.updateGeometry()

    def clear(self) -> None:
        for button in self.buttons:
            button.hide()
            button.deleteLater()
        self.buttons = []
        self._relayout()
        self.updateGeometry()

    def _places(self, width: int) -> list[QRect]:
        places: list[QRect] = []
        x = y = line = 0
        for button in self.buttons:
            hint = button.sizeHint()
            chip = min(hint.width(), max(1, width))
            if x > 0 and x + chip > width:
                x, y = 0, y + line + self.SPACING
                line = 0
            places.append(QRect(x, y, chip, hint.height()))
            x += chip + self.SPACING
            line = max(line, hint.height())
        return places

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        places = self._places(width)
        return max((p.bottom() + 1 for p in places), default=0)

    def sizeHint(self) -> QSize:
        hints = [b.sizeHint() for b in self.buttons]
        width = sum(h.width() for h in hints) + self.SPACING * max(0, len(hints) - 1)
        return QSize(width, max((h.height() for h in hints), default=0))

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self.heightForWidth(max(1, self.width())))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout()

    def _relayout(self) -> None:
        for button, place in zip(self.buttons, self._places(self.width()), strict=True):
            button.setGeometry(place)
        height = self.heightForWidth(self.width())
        if self.minimumHeight() != height:
            self.setMinimumHeight(height)  # asks the layout again


def name_columns(table: QTableWidget) -> None:
    """Each column title's whole text as its tooltip (unless it has one), and elided with
    "…" rather than cut when a narrow screen squeezes the column."""
    table.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
    for column in range(table.columnCount()):
        item = table.horizontalHeaderItem(column)
        if item is not None and item.text() and not item.toolTip():
            item.setToolTip(item.text())


class MinimumStretch(QObject):
    """Stretching columns of a table that never shrink below `minimum` pixels: on a narrow
    screen they keep that width and the table scrolls sideways, instead of squeezing a
    candidate's name to a few letters. `apply()` again after the table resets its
    columns' resize modes."""

    def __init__(self, table: QTableView, columns: tuple[int, ...], minimum: int) -> None:
        super().__init__(table)
        self.table = table
        self.columns = columns
        self.minimum = minimum
        table.viewport().installEventFilter(self)
        self.apply()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.apply()
        return False

    def apply(self) -> None:
        header = self.table.horizontalHeader()
        others = sum(
            header.sectionSize(column)
            for column in range(header.count())
            if column not in self.columns and not header.isSectionHidden(column)
        )
        room = self.table.viewport().width() - others
        narrow = room < self.minimum * len(self.columns)
        for column in self.columns:
            if column >= header.count():
                continue
            if narrow:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(column, self.minimum)
            else:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)


def wrapped_columns(room: int, count: int, minimum: int, spacing: int) -> tuple[int, int]:
    """How many of `count` columns fit side by side in `room` pixels without going below
    `minimum` each (at least one), and the width each then gets: a board wraps its
    columns onto further rows rather than scroll sideways."""
    count = max(1, count)
    per_row = max(1, min(count, (room + spacing) // (minimum + spacing)))
    width = (room - spacing * (per_row - 1)) // per_row
    return per_row, max(1, width)


class ShrinkingWrapLabel(QLabel):
    """A word-wrapped plain-text label that takes smaller type (down to `min_px`) before a
    word would be cut: its widest word fits its width. It asks for the width of that word
    at the smallest type only, and for the height its wrapped lines need at any width, so a
    narrow column (a laptop) keeps every line of a card's text."""

    def __init__(
        self, text: str, font: QFont, min_px: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._base = QFont(font)
        self._min_px = max(1, min(min_px, font.pixelSize()))
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setFont(font)
        self.setText(text)

    def _words(self) -> list[str]:
        return [w for w in self.text().replace("\u200b", " ").split() if w]

    def _font_for(self, width: int) -> QFont:
        """The largest type (from the label's own size down to `min_px`) whose widest word
        fits `width` pixels of text."""
        words = self._words()
        font = QFont(self._base)
        for pixels in range(self._base.pixelSize(), self._min_px - 1, -1):
            font.setPixelSize(pixels)
            metrics = QFontMetrics(font)
            if all(metrics.horizontalAdvance(w) <= width for w in words):
                return font
        font.setPixelSize(self._min_px)
        return font

    def _text_width(self, width: int) -> int:
        margins = self.contentsMargins()
        return max(1, width - margins.left() - margins.right() - 2 * self.margin())

    def shown_pixels(self) -> int:
        return self.font().pixelSize()

    def minimumSizeHint(self) -> QSize:
        font = QFont(self._base)
        font.setPixelSize(self._min_px)
        metrics = QFontMetrics(font)
        widest = max((metrics.horizontalAdvance(w) for w in self._words()), default=0)
        margins = self.contentsMargins()
        extra = margins.left() + margins.right() + 2 * self.margin()
        return QSize(widest + extra, metrics.height())

    def heightForWidth(self, width: int) -> int:
        room = self._text_width(width)
        metrics = QFontMetrics(self._font_for(room))
        flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft
        rect = metrics.boundingRect(QRect(0, 0, room, 100_000), int(flags), self.text())
        margins = self.contentsMargins()
        return rect.height() + margins.top() + margins.bottom() + 2 * self.margin()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        font = self._font_for(self._text_width(self.width()))
        if font.pixelSize() != self.font().pixelSize():
            self.setFont(font)
        elif self.heightForWidth(self.width()) > self.height():
            self.updateGeometry()  # the layout kept a height measured before: ask again


def fit_wrapped_height(widget: QWidget) -> None:
    """Make `widget` as tall as the wrapped texts of its layout need at its width.

    A scroll area sizes its widget by size hints, which measure wrapped texts on one long
    line: narrow columns (a laptop) would cut their last lines. Without a wrapped text the
    widget asks for no least height of its own.
    """
    layout = widget.layout()
    wraps = layout is not None and layout.hasHeightForWidth()
    needed = layout.totalHeightForWidth(widget.width()) if layout is not None and wraps else 0
    if needed != widget.minimumHeight():
        widget.setMinimumHeight(needed)


class FollowsWrappedHeight(QObject):
    """Keeps `fit_wrapped_height(widget)` true when the widget is resized or its layout
    changes (a card grew taller: its column got narrower, its text longer)."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.widget = widget
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget and event.type() in (
            QEvent.Type.Resize,
            QEvent.Type.LayoutRequest,
        ):
            fit_wrapped_height(self.widget)
        return False
