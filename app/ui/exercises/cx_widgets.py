"""Pieces shared by the strategy, journey and scenario boards: editable card lists, the
metrics form, the principles checklist, the "send on" menu and the look.

Widgets only show and dispatch: every change is a domain edit pushed through
`Controller.try_edit`, which makes it one SQLite transaction and one undo step.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QFocusEvent, QKeyEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain import cx_common, journey, model, principles, scenario_audit, strategy
from app.domain.edits import Pair
from app.domain.journey import JourneyCell, JourneyStage, Lane
from app.domain.prioritise import Origin
from app.export import page_cx_common
from app.ui import theme
from app.ui.board.contract import BoardPage
from app.ui.controller import Controller
from app.ui.exercises.value_prop_common import (
    CommitLineEdit,
    CommitTextEdit,
    clear_layout,
    plain_label,
    set_flag,
)
from app.ui.i18n import printed

if TYPE_CHECKING:  # the projector views build on this module
    from app.ui.exercises.cx_projector import CxProjectorView

__all__ = ["CommitLineEdit", "CommitTextEdit", "clear_layout", "plain_label", "set_flag"]

# The stored classes whose change can alter what a customer-experience board shows.
CONCERNS: tuple[type, ...] = (
    strategy.StrategyScenario,
    strategy.StrategyItem,
    journey.JourneyStage,
    journey.JourneyCell,
    scenario_audit.AuditScenario,
    scenario_audit.AuditFailure,
    scenario_audit.ScenarioModel,
    principles.PrincipleCheck,
    model.Board,  # a renamed board title
    model.Workshop,  # the workshop's language
)
# Not notes or candidates: a capture board may hold thousands of notes; deleting one that a
# card was sent to changes the card too (its link is cleared), which is in the classes above.


def _tr(text: str) -> str:
    return QCoreApplication.translate("CxBoards", text)


def run_edit(controller: Controller, label: str, make_pairs: Callable[[], Sequence[Pair]]) -> bool:
    """One gesture = one undo step; a refused edit shows its message and changes nothing."""
    if controller.file is None:
        return False

    def pairs() -> list[Pair]:
        try:
            return list(make_pairs())
        except (StopIteration, KeyError):  # the item went away (undo) while its widget lived
            return []

    return controller.try_edit(label, pairs)


def add_order_buttons(
    owner: QWidget,
    layout: QHBoxLayout,
    controller: Controller,
    arrows: tuple[tuple[str, str], tuple[str, str]],
    move: tuple[str, Callable[[int], Sequence[Pair]]],
    delete: tuple[str, str, Callable[[], Sequence[Pair]]],
) -> None:
    """Move back / move on / delete buttons for a stage or scenario, each one undo step.

    `arrows` are (symbol, tooltip) for moving back and on; `move` the undo label and the
    edit for a step of -1 or 1; `delete` the tooltip, the undo label and the edit.
    """
    for (text, tip), step in zip(arrows, (-1, 1), strict=True):
        button = QToolButton(owner)
        button.setObjectName("cxRowButton")
        button.setText(text)
        button.setToolTip(tip)
        button.clicked.connect(
            lambda _=False, s=step: run_edit(controller, move[0], lambda: move[1](s))
        )
        layout.addWidget(button)
    remove = QToolButton(owner)
    remove.setObjectName("cxRowButton")
    remove.setText("✕")
    remove.setToolTip(delete[0])
    remove.clicked.connect(lambda: run_edit(controller, delete[1], delete[2]))
    layout.addWidget(remove)


def workshop_language(controller: Controller) -> str:
    return "en" if controller.file is None else controller.data.workshop.language


# --- an editable list of cards ---------------------------------------------------------------
@dataclass(frozen=True)
class Row:
    id: int
    text: str
    badge: str = ""  # a short mark after the text ("→ idea", "2/3")
    selected: bool = False


class CardText(QTextEdit):
    """A card's text: wraps, grows with its lines, commits on Enter or when focus leaves;
    Shift+Enter breaks the line, Esc puts the stored text back, Tab moves on."""

    committed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stored = ""
        self.setAcceptRichText(False)
        self.setTabChangesFocus(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().setDocumentMargin(2)
        self.document().contentsChanged.connect(self._fit_height)

    def text(self) -> str:
        return self.toPlainText()

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

    def _fit_height(self) -> None:
        if self.viewport().width() < 60:  # not laid out yet: a narrow guess would be tall
            self.setFixedHeight(self.fontMetrics().lineSpacing() + 8)
            return
        self.document().setTextWidth(self.viewport().width())
        height = int(self.document().size().height()) + 2 * self.frameWidth() + 2
        self.setFixedHeight(max(height, self.fontMetrics().lineSpacing() + 8))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_height()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.commit()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.setPlainText(self._stored)
            self.clearFocus()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.commit()
        super().focusOutEvent(event)


class CardRow(QFrame):
    """One card: its text edits in place (Enter commits, empty text removes the card)."""

    clicked = Signal(int)

    def __init__(self, row: Row, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("cxCard")
        self.row_id = row.id
        column = QVBoxLayout(self)
        column.setContentsMargins(4, 2, 2, 2)
        column.setSpacing(0)
        layout = QHBoxLayout()
        layout.setSpacing(2)
        column.addLayout(layout)
        self.editor = CardText(self)
        self.editor.setObjectName("cxCardText")
        self.editor.show_stored(row.text)
        self.editor.setToolTip(row.text)
        layout.addWidget(self.editor, 1)
        self.menu_button = QToolButton(self)
        self.menu_button.setObjectName("cxRowButton")
        self.menu_button.setText("⋯")
        self.menu_button.setToolTip(_tr("More actions"))
        layout.addWidget(self.menu_button, 0, Qt.AlignmentFlag.AlignTop)
        # One line, elided with the whole mark as its tooltip: a narrow column on a
        # laptop never cuts the mark in half.
        self.badge = plain_label(row.badge, self, "cxBadge", wrap=False)
        self.badge.setVisible(bool(row.badge))
        column.addWidget(self.badge)
        set_flag(self, "selected", row.selected)
        self.editor.installEventFilter(self)

    def show_row(self, row: Row) -> None:
        self.editor.show_stored(row.text)
        self.editor.setToolTip(row.text)
        self.badge.setText(row.badge)
        self.badge.setVisible(bool(row.badge))
        set_flag(self, "selected", row.selected)

    def eventFilter(self, watched: object, event: object) -> bool:
        if isinstance(event, QFocusEvent) and event.type() == QFocusEvent.Type.FocusIn:
            self.clicked.emit(self.row_id)
        return False

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.clicked.emit(self.row_id)
        super().mousePressEvent(event)


class CardList(QWidget):
    """A column of cards with an "add" field at the bottom.

    Keyboard: Tab walks the cards, Enter commits an edit, an emptied card is removed,
    Alt+Up / Alt+Down move the focused card, Enter in the add field adds a card.
    """

    added = Signal(str)
    edited = Signal(int, str)
    removed = Signal(int)
    moved = Signal(int, int)
    selected = Signal(int)

    def __init__(
        self,
        parent: QWidget,
        placeholder: str,
        *,
        extra_actions: Callable[[int, QMenu], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("cxList")
        self.extra_actions = extra_actions
        self.rows: dict[int, CardRow] = {}
        self._order: list[int] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        self.rows_layout = QVBoxLayout()
        self.rows_layout.setSpacing(3)
        layout.addLayout(self.rows_layout)
        self.add_field = CommitLineEdit(self)
        self.add_field.setObjectName("cxAdd")
        self.add_field.setPlaceholderText(placeholder)
        self.add_field.returnPressed.connect(self._add)
        layout.addWidget(self.add_field)

    def set_rows(self, rows: Sequence[Row]) -> None:
        order = [r.id for r in rows]
        if order != self._order:
            focused = next((i for i, w in self.rows.items() if w.editor.hasFocus()), None)
            for widget in self.rows.values():  # going away: their focus-out must not commit
                widget.editor.blockSignals(True)
            clear_layout(self.rows_layout)
            self.rows = {}
            for row in rows:
                widget = CardRow(row, self)
                widget.editor.committed.connect(lambda text, i=row.id: self._commit(i, text))
                widget.clicked.connect(self.selected)
                widget.menu_button.clicked.connect(lambda _=False, i=row.id: self.show_menu(i))
                widget.editor.installEventFilter(self)
                self.rows_layout.addWidget(widget)
                self.rows[row.id] = widget
            self._order = order
            if focused in self.rows:
                self.rows[focused].editor.setFocus()
        else:
            for row in rows:
                self.rows[row.id].show_row(row)

    def _add(self) -> None:
        text = self.add_field.text().strip()
        if text:
            self.add_field.setText("")
            self.added.emit(text)
            self.add_field.setFocus()

    def _commit(self, row_id: int, text: str) -> None:
        if text.strip():
            self.edited.emit(row_id, text)
        else:
            self.removed.emit(row_id)

    def eventFilter(self, watched: object, event: object) -> bool:
        if isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress:
            row_id = next((i for i, w in self.rows.items() if w.editor is watched), None)
            alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
            if row_id is not None and alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.moved.emit(row_id, -1 if event.key() == Qt.Key.Key_Up else 1)
                return True
        return False

    def build_menu(self, row_id: int) -> QMenu:
        """Move, the board's own actions (send on, link), delete."""
        menu = QMenu(self)
        up = QAction(_tr("Move up"), menu)
        up.triggered.connect(lambda: self.moved.emit(row_id, -1))
        down = QAction(_tr("Move down"), menu)
        down.triggered.connect(lambda: self.moved.emit(row_id, 1))
        remove = QAction(_tr("Delete"), menu)
        remove.triggered.connect(lambda: self.removed.emit(row_id))
        menu.addActions([up, down])
        if self.extra_actions is not None:
            menu.addSeparator()
            self.extra_actions(row_id, menu)
        menu.addSeparator()
        menu.addAction(remove)
        return menu

    def show_menu(self, row_id: int) -> None:
        widget = self.rows.get(row_id)
        if widget is None:
            return
        menu = self.build_menu(row_id)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(widget.menu_button.mapToGlobal(QPoint(0, widget.menu_button.height())))


# --- sending a card on (lineage) -------------------------------------------------------------
def add_send_actions(
    controller: Controller,
    menu: QMenu,
    item: cx_common.Sendable,
    origin: Origin,
    source: str = "",
) -> None:
    """ "Send to ideas" / "Send to prioritisation" entries for one board of each kind.

    The new idea note names where it came from (`source`, e.g. the journey board's title)
    as its author, so the capture board shows the other way of the lineage."""
    data = controller.data
    boards = sorted(data.boards, key=lambda b: (b.position, b.id))
    for board in boards:
        if board.kind is model.BoardKind.CAPTURE:
            action = QAction(_tr("Send to ideas: %1").replace("%1", board.title), menu)
            action.setEnabled(item.note_id is None)
            action.triggered.connect(
                lambda _=False, b=board.id: run_edit(
                    controller,
                    _tr("Send to ideas"),
                    lambda: cx_common.send_to_ideas(controller.data, item, b, author=source),
                )
            )
            menu.addAction(action)
    for board in boards:
        if board.kind is model.BoardKind.PRIORITISE:
            action = QAction(_tr("Send to prioritisation: %1").replace("%1", board.title), menu)
            action.setEnabled(item.candidate_id is None)
            action.triggered.connect(
                lambda _=False, b=board.id: run_edit(
                    controller,
                    _tr("Send to prioritisation"),
                    lambda: cx_common.send_to_candidates(controller.data, item, b, origin),
                )
            )
            menu.addAction(action)


def sent_badge(item: cx_common.Sendable) -> str:
    marks = []
    if item.note_id is not None:
        marks.append(printed(page_cx_common.MESSAGES, "to_idea"))
    if item.candidate_id is not None:
        marks.append(printed(page_cx_common.MESSAGES, "to_mvp"))
    return " ".join(marks)


# --- the marks under a card (the console and the projector show the same) -------------------
def _journey_tr(text: str) -> str:
    # The journey board's own context: one translation for the console and the projector.
    return QCoreApplication.translate("JourneyBoard", text)


def cell_badge(cell: JourneyCell, language: str) -> str:
    """The short mark under a card: a touchpoint's channel and ease, where it was sent."""
    marks = []
    if cell.lane is Lane.TOUCHPOINTS:
        if cell.channel:
            marks.append(journey.channel_title(cell.channel, language))
        if cell.ease is not None:
            marks.append(_journey_tr("ease %1").replace("%1", str(cell.ease)))
    sent = sent_badge(cell)
    return " · ".join([*marks, sent] if sent else marks)


def stage_metric_text(stage: JourneyStage) -> str:
    """A stage's metrics, as is → to be, one per line (the unset ones left out)."""
    parts = []
    for label, before, after in (
        (_journey_tr("min"), stage.minutes_as_is, stage.minutes_to_be),
        (_journey_tr("simplicity"), stage.simplicity_as_is, stage.simplicity_to_be),
        (_journey_tr("steps"), stage.steps_as_is, stage.steps_to_be),
    ):
        if before is not None or after is not None:
            parts.append(f"{label}: {metric_number(before)} → {metric_number(after)}")
    return "\n".join(parts)


def model_badge(item: scenario_audit.ScenarioModel) -> str:
    """The short mark under a model: tested, where it was sent."""
    marks = [QCoreApplication.translate("ScenarioBoard", "tested")] if item.tested else []
    sent = sent_badge(item)
    return " · ".join([*marks, sent] if sent else marks)


def metric_number(value: float | int | None) -> str:
    return "—" if value is None else f"{value:g}"


# --- the metrics form ------------------------------------------------------------------------
def metric_values(item: cx_common.HasMetrics) -> dict[str, float | int | None]:
    """The stored metrics by their field names (the form's fields)."""
    return {
        "minutes_as_is": item.minutes_as_is,
        "minutes_to_be": item.minutes_to_be,
        "simplicity_as_is": item.simplicity_as_is,
        "simplicity_to_be": item.simplicity_to_be,
        "steps_as_is": item.steps_as_is,
        "steps_to_be": item.steps_to_be,
    }


METRIC_BOX_PX = 72


class MetricsForm(QWidget):
    """Minutes, simplicity (1..5) and steps or clicks, as is and to be; 0 / blank = unset."""

    changed = Signal(str, object)  # field name, value (None = unset)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(plain_label(_tr("As is"), self, "cxFieldLabel"), 0, 1)
        grid.addWidget(plain_label(_tr("To be"), self, "cxFieldLabel"), 0, 2)
        self.fields: dict[str, QSpinBox | QDoubleSpinBox] = {}
        rows = (
            ("minutes", _tr("Time, minutes")),
            ("simplicity", _tr("Simplicity, 1–5")),
            ("steps", _tr("Steps or clicks")),
        )
        for row, (stem, label) in enumerate(rows, start=1):
            grid.addWidget(plain_label(label, self, "cxFieldLabel"), row, 0)
            for column, suffix in ((1, "as_is"), (2, "to_be")):
                name = f"{stem}_{suffix}"
                box: QSpinBox | QDoubleSpinBox
                if stem == "minutes":
                    box = QDoubleSpinBox(self)
                    box.setDecimals(1)
                    box.setRange(0.0, 100000.0)
                else:
                    box = QSpinBox(self)
                    box.setRange(0, cx_common.SCALE_MAX if stem == "simplicity" else 100000)
                box.setSpecialValueText("—")
                # Sized for a few digits, not for the range's 100000: the form fits the
                # details panel of a laptop's board.
                box.setMinimumWidth(METRIC_BOX_PX)
                box.setObjectName(f"cxMetric_{name}")
                box.setKeyboardTracking(False)
                box.editingFinished.connect(lambda n=name: self._emit(n))
                grid.addWidget(box, row, column)
                self.fields[name] = box

    def show_values(self, item: cx_common.HasMetrics | None) -> None:
        self.setEnabled(item is not None)
        for name, box in self.fields.items():
            value = metric_values(item)[name] if item is not None else None
            if not box.hasFocus():
                box.blockSignals(True)
                if isinstance(box, QSpinBox):
                    box.setValue(int(value or 0))
                else:
                    box.setValue(float(value or 0))
                box.blockSignals(False)
            box.setProperty("stored", value or 0)

    def _emit(self, name: str) -> None:
        box = self.fields[name]
        if box.value() == box.property("stored"):
            return
        value: float | int | None = box.value() or None
        if value is not None and isinstance(box, QSpinBox):
            value = int(value)
        self.changed.emit(name, value)


# --- the principles checklist ----------------------------------------------------------------
class PrinciplesPanel(QWidget):
    """The six service-design principles as checkboxes, each with its question."""

    toggled = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        title = printed(page_cx_common.MESSAGES, "principles")
        self.title = plain_label(title, self, "cxPanelTitle")
        layout.addWidget(self.title)
        self.boxes: dict[principles.Principle, QCheckBox] = {}
        for principle in principles.PRINCIPLES:
            box = QCheckBox(self)
            box.setObjectName(f"cxPrinciple_{principle.value}")
            box.clicked.connect(lambda _=False, p=principle: self.toggled.emit(p.value))
            layout.addWidget(box)
            self.boxes[principle] = box

    def show_checks(self, ticked: set[principles.Principle], language: str) -> None:
        for principle, box in self.boxes.items():
            box.setText(principles.name(principle, language))
            box.setToolTip(principles.question(principle, language))
            box.setChecked(principle in ticked)
        self.title.setText(
            _tr("Service-design principles: %1 of 6").replace("%1", str(len(ticked)))
        )


def form(parent: QWidget) -> QFormLayout:
    layout = QFormLayout(parent)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
    # Labels above their fields: the side panels are narrow and Russian labels are long.
    layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
    return layout


def section(parent: QWidget, title: str, wrap: bool = True) -> tuple[QFrame, QVBoxLayout]:
    """A framed panel with its title; without `wrap` the title stays on one line (elided,
    whole in its tooltip), so the panel's height does not depend on its width."""
    frame = QFrame(parent)
    frame.setObjectName("cxSection")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(10, 8, 10, 10)
    layout.setSpacing(6)
    label = plain_label(title, frame, "cxSectionTitle", wrap=wrap)
    layout.addWidget(label)
    return frame, layout


def heading(text: str, parent: QWidget) -> QLabel:
    return plain_label(text, parent, "cxHeading")


STYLESHEET = f"""
QWidget#cxBoard {{ background: {theme.CANVAS}; }}
QWidget#cxBoard QLabel {{ background: transparent; }}
QWidget#cxHost {{ background: transparent; }}
QScrollArea#cxScroll {{ background: transparent; border: none; }}
QFrame#cxBar {{ background: {theme.PANEL}; border-bottom: 1px solid {theme.BORDER}; }}
QFrame#cxSection {{ background: {theme.PANEL}; border: 1px solid {theme.BORDER};
    border-radius: 10px; }}
QFrame#cxSection[missing="true"] {{ background: {theme.WARNING_BG};
    border: 2px dashed {theme.WARNING_FG}; }}
QFrame#cxSection[point="b"] {{ border: 2px solid {theme.ACCENT}; }}
QFrame#cxSection[selected="true"] {{ border: 2px solid {theme.ACCENT}; }}
QLabel#cxSectionTitle {{ font-size: 12pt; font-weight: bold; color: {theme.MUTED}; }}
QLabel#cxHeading {{ font-size: 15pt; font-weight: bold; color: {theme.INK}; }}
QLabel#cxPanelTitle {{ font-size: 11pt; font-weight: bold; color: {theme.MUTED}; }}
QLabel#cxFieldLabel {{ font-size: 10pt; color: {theme.MUTED}; }}
QLabel#cxHint {{ font-size: 10pt; color: {theme.MUTED}; font-style: italic; }}
QLabel#cxBadge {{ font-size: 9pt; color: {theme.ACCENT_DARK}; font-weight: bold; }}
QLabel#cxStatus {{ font-size: 12pt; font-weight: bold; padding: 4px 12px;
    border-radius: 8px; }}
QLabel#cxStatus[complete="true"] {{ background: #E6F4EE; color: #047857; }}
QLabel#cxStatus[complete="false"] {{ background: {theme.WARNING_BG}; color: {theme.WARNING_FG}; }}
QFrame#cxCard {{ background: #FFFBEA; border: 1px solid #E9DFB8; border-radius: 6px; }}
QFrame#cxCard[selected="true"] {{ border: 2px solid {theme.ACCENT}; }}
QTextEdit#cxCardText {{ border: none; background: transparent; font-size: 11pt; }}
QTextEdit#cxScenarioName {{ font-size: 12pt; font-weight: bold; border: 1px solid {theme.BORDER};
    border-radius: 4px; background: {theme.PANEL}; }}
QLineEdit#cxAdd {{ font-size: 10pt; border: 1px dashed {theme.BORDER};
    background: transparent; border-radius: 6px; padding: 2px 4px; }}
QToolButton#cxRowButton {{ border: none; background: transparent; color: {theme.MUTED};
    padding: 0px; font-size: 11pt; }}
QToolButton#cxRowButton:hover {{ background: #EEF2FF; color: {theme.INK}; }}
QFrame#cxDetails {{ background: {theme.PANEL}; border-left: 1px solid {theme.BORDER}; }}
"""

class CxBoardBase(BoardPage):
    """What the strategy, journey and scenario boards share: their styling, the bar over
    the board, the scrolled canvas below it and how they follow the workshop (`refresh`,
    for the classes of `CONCERNS`). The room sees each through its own projector view
    (`cx_projector`)."""

    def __init__(
        self,
        controller: Controller,
        board_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(controller, board_id, parent)
        self.setObjectName("cxBoard")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(STYLESHEET)
        self.outer = QVBoxLayout(self)
        self.outer.setContentsMargins(0, 0, 0, 0)
        self.outer.setSpacing(0)
        self.follow_changes(CONCERNS, self.refresh)

    @property
    def data(self) -> model.WorkshopData:
        return self.controller.data

    @property
    def language(self) -> str:
        return workshop_language(self.controller)

    # What the room sees of the board: labels in large type that fit the window, nothing
    # to edit (one of the views of `app.ui.exercises.cx_projector`).
    projector_class: ClassVar[type[CxProjectorView]]

    @classmethod
    def projector_view(
        cls, controller: Controller, board_id: int, parent: QWidget | None
    ) -> QWidget:
        return cls.projector_class(controller, board_id, parent)

    def refresh(self) -> None:
        raise NotImplementedError

    def edit(self, label: str, make_pairs: Callable[[], Sequence[Pair]]) -> bool:
        """One gesture on this board: one undo step (`run_edit`)."""
        return run_edit(self.controller, label, make_pairs)

    def bar(self) -> tuple[QFrame, QHBoxLayout]:
        """The bar over the board, with the board's title (`self.title`) at its start."""
        bar = QFrame(self)
        bar.setObjectName("cxBar")
        row = QHBoxLayout(bar)
        row.setContentsMargins(16, 6, 16, 6)
        self.title = plain_label("", bar, "cxHeading", wrap=False)
        row.addWidget(self.title)
        return bar, row

    def canvas(self) -> tuple[QScrollArea, QWidget]:
        """The scrolled area of the board and the widget inside it that holds the cards."""
        scroller = QScrollArea(self)
        scroller.setObjectName("cxScroll")
        scroller.setWidgetResizable(True)
        host = QWidget(scroller)
        host.setObjectName("cxHost")
        return scroller, host
