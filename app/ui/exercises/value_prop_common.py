"""Shared pieces of the value proposition board: the session, text editors, labels, style.

`ValueSession` is what every part of the board reads: the canvas on screen and the room's
scratch pad (heroes side by side, answers to the motivation questions). The scratch pad is
not stored in the file; the chosen heroes, the canvas and the statement are.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QStackedLayout,
    QWidget,
)

from app.domain import model, prioritise, value_flow, value_prop
from app.domain.archetypes import Archetype, Catalogue, Motivation
from app.domain.edits import EditRefused, Pair
from app.domain.model import WorkshopData
from app.domain.value_prop import MOTIVATION_QUESTIONS, Canvas, CanvasItem, Segment
from app.ui import theme
from app.ui.controller import Controller
from app.ui.elide import full_text, set_wrapped_text
from app.ui.fit import ElidedLabel

# The stored classes whose change can alter what the value board shows.
CONCERNS: tuple[type, ...] = (
    value_prop.Segment,
    value_prop.Canvas,
    value_prop.CanvasItem,
    prioritise.ReleaseSlice,
    prioritise.Candidate,
    model.Workshop,
)

MOTIVATION_COLORS: dict[Motivation, tuple[str, str]] = {  # (strong, light)
    Motivation.INDEPENDENCE: ("#1D6FB8", "#E8F1FB"),
    Motivation.MASTERY: ("#B42318", "#FDECEA"),
    Motivation.BELONGING: ("#B45309", "#FEF3E2"),
    Motivation.STABILITY: ("#047857", "#E6F4EE"),
}
PRIMARY_COLOR = "#B45309"
UNADDRESSED_BG = "#FDECEA"
UNADDRESSED_FG = theme.DANGER
ADDRESSED_FG = "#047857"


class ValueSession(QObject):
    """The canvas on screen and the room's scratch pad, shared by the board's views."""

    canvas_changed = Signal()  # another canvas (or none) is shown
    scratch_changed = Signal()  # heroes side by side or question answers changed

    def __init__(self, controller: Controller, catalogue: Catalogue, parent: QObject) -> None:
        super().__init__(parent)
        self.controller = controller
        self.catalogue = catalogue
        self.canvas_id: int | None = None
        self._answers: dict[int, dict[str, int]] = {}
        self._compared: dict[int, list[str]] = {}

    # --- reading ---------------------------------------------------------------------------
    @property
    def data(self) -> WorkshopData:
        return self.controller.data

    @property
    def language(self) -> str:
        """The workshop's language (statements and cards); English while no file is open."""
        if self.controller.file is None:
            return "en"
        return self.data.workshop.language

    def canvas(self) -> Canvas | None:
        if self.canvas_id is None or self.controller.file is None:
            return None
        return next((c for c in self.data.canvases if c.id == self.canvas_id), None)

    def segment(self) -> Segment | None:
        canvas = self.canvas()
        if canvas is None:
            return None
        return next((s for s in self.data.segments if s.id == canvas.segment_id), None)

    def items(self) -> list[CanvasItem]:
        if self.canvas_id is None or self.controller.file is None:
            return []
        return value_flow.canvas_items(self.data, self.canvas_id)

    def archetype(self, key: str | None) -> Archetype | None:
        return self.catalogue.get(key)

    def show_canvas(self, canvas_id: int | None) -> None:
        if canvas_id != self.canvas_id:
            self.canvas_id = canvas_id
            self.canvas_changed.emit()

    # --- the scratch pad -------------------------------------------------------------------
    def answers(self) -> dict[str, int]:
        if self.canvas_id is None:
            return {}
        return dict(self._answers.get(self.canvas_id, {}))

    def set_answer(self, question: str, value: int) -> None:
        if self.canvas_id is None or question not in {q.key for q in MOTIVATION_QUESTIONS}:
            return
        self._answers.setdefault(self.canvas_id, {})[question] = value
        self.scratch_changed.emit()

    def compared(self) -> list[str]:
        """Heroes side by side; a canvas starts with its chosen primary and secondary."""
        canvas = self.canvas()
        if canvas is None:
            return []
        if canvas.id not in self._compared:
            chosen = [canvas.archetype, canvas.secondary_archetype]
            self._compared[canvas.id] = [k for k in chosen if k and self.catalogue.get(k)]
        return list(self._compared[canvas.id])

    def toggle_compared(self, key: str) -> bool:
        if self.canvas_id is None:
            return False
        try:
            updated = value_flow.toggle_compared(self.compared(), key, self.language)
        except EditRefused as exc:
            self.controller.error.emit(str(exc))
            self.scratch_changed.emit()  # views put a refused toggle back
            return False
        self._compared[self.canvas_id] = updated
        self.scratch_changed.emit()
        return True

    # --- editing ---------------------------------------------------------------------------
    def run(self, label: str, make_pairs: Callable[[], Sequence[Pair]]) -> list[Pair] | None:
        """Compute an edit and push it as one undo step; None when refused or empty."""
        try:
            pairs = list(make_pairs())
        except (EditRefused, KeyError) as exc:
            message = str(exc) if isinstance(exc, EditRefused) else ""
            if message:
                self.controller.error.emit(message)
            return None
        if not pairs:
            return None
        return pairs if self.controller.edit(label, pairs) else None


# --- widgets --------------------------------------------------------------------------------
def plain_label(text: str, parent: QWidget, object_name: str = "", wrap: bool = True) -> QLabel:
    """A label that shows user text literally (QLabel would read `<b>` as markup). Without
    `wrap` it stays on one line and elides on a narrow screen (whole text in the tooltip)."""
    label = QLabel(parent) if wrap else ElidedLabel("", parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if wrap:
        set_wrapped_text(label, text)
    else:
        label.setText(text)
    label.setWordWrap(wrap)
    if object_name:
        label.setObjectName(object_name)
    return label


def set_flag(widget: QWidget, name: str, value: bool) -> None:
    """Set a style-sheet property and re-apply the style when it changed."""
    if widget.property(name) == value:
        return
    widget.setProperty(name, value)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


class CommitLineEdit(QLineEdit):
    """A field that commits once per editing burst: on Enter or when focus leaves.

    Escape puts the stored text back. The text is only replaced from outside while the
    field is not being edited, so a refresh never eats what someone is typing.
    """

    committed = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stored = ""
        self.editingFinished.connect(self._commit)

    def show_stored(self, text: str) -> None:
        self._stored = text
        if not self.hasFocus() or self.text() == text:
            self.setText(text)
            self.setCursorPosition(0)

    def _commit(self) -> None:
        if self.text() != self._stored:
            self._stored = self.text()
            self.committed.emit(self.text())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.setText(self._stored)
            self.cancelled.emit()
            self.clearFocus()
            return
        super().keyPressEvent(event)


class CommitTextEdit(QPlainTextEdit):
    """Multi-line text that commits on focus-out or Enter (Shift+Enter breaks the line)."""

    committed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stored = ""

    def show_stored(self, text: str) -> None:
        dirty = self.toPlainText() != self._stored
        self._stored = text
        if not (self.hasFocus() and dirty) and self.toPlainText() != text:
            self.setPlainText(text)

    def commit(self) -> None:
        text = self.toPlainText()
        if text != self._stored:
            self._stored = text
            self.committed.emit(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.commit()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.setPlainText(self._stored)
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.commit()
        super().focusOutEvent(event)


class InlineText(QWidget):
    """Wrapped text that turns into a one-line editor on double-click or `start_edit`."""

    committed = Signal(str)

    def __init__(self, text: str, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stack = QStackedLayout(self)
        self._stack.setContentsMargins(0, 0, 0, 0)
        self.label = plain_label(text, self, object_name)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.editor = CommitLineEdit(self)
        self.editor.setObjectName(object_name + "Edit")
        self.editor.show_stored(text)
        self._stack.addWidget(self.label)
        self._stack.addWidget(self.editor)
        self.editor.committed.connect(self._finish)
        self.editor.editingFinished.connect(self._back_to_label)
        self.editor.cancelled.connect(self._back_to_label)

    def text(self) -> str:
        return full_text(self.label)

    def start_edit(self) -> None:
        self._stack.setCurrentWidget(self.editor)
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)
        self.editor.selectAll()

    def editing(self) -> bool:
        return self._stack.currentWidget() is self.editor

    def _finish(self, text: str) -> None:
        self.committed.emit(text)

    def _back_to_label(self) -> None:
        self._stack.setCurrentWidget(self.label)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.start_edit()
        event.accept()


def pill(text: str, color: str, background: str, parent: QWidget) -> QLabel:
    """A small rounded tag (job type, "not addressed", voice word)."""
    label = QLabel(text, parent)  # a word or two: shown whole, never elided
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setObjectName("vpPill")
    label.setStyleSheet(
        f"QLabel#vpPill {{ color: {color}; background: {background}; border-radius: 10px;"
        " padding: 2px 10px; font-size: 11pt; font-weight: bold; }"
    )
    return label


def clear_layout(layout: QLayout) -> None:
    """Remove every widget and nested layout (widgets are deleted later, which is safe even
    when the removal was triggered by one of them)."""
    while layout.count():
        entry = layout.takeAt(0)
        if entry is None:
            break
        widget = entry.widget()
        if widget is not None:
            widget.hide()
            widget.deleteLater()
        child = entry.layout()
        if child is not None:
            clear_layout(child)


def hbox(parent: QWidget | None = None, spacing: int = 8, margins: int = 0) -> QHBoxLayout:
    layout = QHBoxLayout(parent) if parent is not None else QHBoxLayout()
    layout.setSpacing(spacing)
    layout.setContentsMargins(margins, margins, margins, margins)
    return layout


def card_frame(parent: QWidget, object_name: str = "vpCard") -> QFrame:
    frame = QFrame(parent)
    frame.setObjectName(object_name)
    return frame


STYLESHEET = f"""
QWidget#valueBoard {{ background: {theme.CANVAS}; }}
QWidget#valueBoard QLabel {{ background: transparent; }}
QFrame#vpBar {{ background: {theme.PANEL}; border-bottom: 1px solid {theme.BORDER}; }}
QPushButton#vpSegment {{ font-size: 13pt; border: 1px solid {theme.BORDER};
    border-radius: 16px; padding: 6px 16px; background: {theme.PANEL}; }}
QPushButton#vpSegment:checked {{ background: {theme.ACCENT}; color: white;
    border-color: {theme.ACCENT}; }}
QLabel#vpBarLabel {{ font-size: 12pt; font-weight: bold; color: {theme.MUTED}; }}
QTabWidget#vpTabs::pane {{ border: none; }}
QTabWidget#vpTabs QTabBar {{ font-size: 11pt; }}
QTabWidget#vpTabs QTabBar::tab {{ padding: 8px 12px; margin-right: 4px;
    background: #ECE8DE; border-top-left-radius: 8px; border-top-right-radius: 8px; }}
QTabWidget#vpTabs QTabBar::tab:selected {{ background: {theme.PANEL}; color: {theme.ACCENT_DARK}; }}
QLabel#vpHero {{ font-size: 13pt; color: {theme.INK}; padding-right: 8px; }}
QFrame#vpSection {{ background: {theme.PANEL}; border: 1px solid {theme.BORDER};
    border-radius: 10px; }}
QFrame#vpSection[side="profile"] {{ border-radius: 26px; }}
QLabel#vpSectionTitle {{ font-size: 15pt; font-weight: bold; }}
QLabel#vpSectionHint {{ font-size: 10pt; color: {theme.MUTED}; }}
QLabel#vpSideTitle {{ font-size: 12pt; font-weight: bold; color: {theme.MUTED};
    letter-spacing: 1px; }}
QFrame#vpRow {{ border: none; border-radius: 8px; }}
QFrame#vpRow[unaddressed="true"] {{ background: {UNADDRESSED_BG}; }}
QLabel#vpCode {{ font-size: 13pt; font-weight: bold; color: {theme.MUTED}; }}
QLabel#vpItemText {{ font-size: 14pt; }}
QLineEdit#vpItemTextEdit {{ font-size: 14pt; padding: 2px 6px; }}
QLineEdit#vpAdd {{ font-size: 12pt; }}
QScrollArea#vpCanvasScroll, QWidget#vpCanvasHost, QWidget#vpRowsHost {{
    background: transparent; border: none; }}
QToolButton#vpRowButton {{ border: none; background: transparent; font-size: 12pt;
    padding: 1px 4px; color: {theme.MUTED}; }}
QToolButton#vpRowButton:hover {{ background: #EEF2FF; color: {theme.INK}; }}
QToolButton#vpBadge {{ font-size: 11pt; font-weight: bold; border-radius: 10px;
    padding: 2px 8px; }}
QLabel#vpFit {{ font-size: 14pt; font-weight: bold; padding: 6px 14px; border-radius: 10px; }}
QLabel#vpFit[complete="true"] {{ background: #E6F4EE; color: {ADDRESSED_FG}; }}
QLabel#vpFit[complete="false"] {{ background: {theme.WARNING_BG}; color: {theme.WARNING_FG}; }}
QLabel#vpEmpty {{ font-size: 16pt; color: {theme.MUTED}; }}
QFrame#vpCard {{ background: {theme.PANEL}; border: 1px solid {theme.BORDER};
    border-radius: 12px; }}
QFrame#vpCard[picked="true"] {{ border: 3px solid {theme.ACCENT}; }}
QFrame#vpCard[primary="true"] {{ border: 3px solid {PRIMARY_COLOR}; }}
QLabel#vpCardName {{ font-size: 17pt; font-weight: bold; }}
QLabel#vpCardField {{ font-size: 10pt; font-weight: bold; color: {theme.MUTED}; }}
QLabel#vpCardText {{ font-size: 12pt; }}
QLabel#vpVoice {{ font-size: 12pt; font-style: italic; color: {theme.ACCENT_DARK}; }}
QLabel#vpPrompt {{ font-size: 11pt; font-style: italic; color: {theme.MUTED}; }}
QLabel#vpGroupName {{ font-size: 12pt; font-weight: bold; }}
QLabel#vpGroupSummary {{ font-size: 10pt; color: {theme.MUTED}; }}
QLabel#vpQuestion {{ font-size: 13pt; }}
QPushButton#vpAnswer {{ font-size: 13pt; font-weight: bold; min-width: 34px; padding: 4px 8px; }}
QPushButton#vpAnswer:checked {{ background: {theme.ACCENT}; color: white;
    border-color: {theme.ACCENT}; }}
QLabel#vpRankName {{ font-size: 15pt; font-weight: bold; }}
QLabel#vpReason {{ font-size: 12pt; color: {theme.INK}; }}
QLabel#vpTemplateTitle {{ font-size: 11pt; font-weight: bold; color: {theme.MUTED}; }}
QLabel#vpTemplate {{ font-size: 15pt; }}
QLabel#vpDraft {{ font-size: 13pt; font-style: italic; }}
QLabel#vpCompareText {{ font-size: 14pt; }}
QLabel#vpCompareDraft {{ font-size: 15pt; font-style: italic; }}
QPlainTextEdit#vpFinal {{ font-size: 18pt; padding: 8px; }}
QLineEdit#vpField {{ font-size: 13pt; }}
QLabel#vpVoiceBig {{ font-size: 16pt; font-weight: bold; color: {theme.ACCENT_DARK}; }}
"""
