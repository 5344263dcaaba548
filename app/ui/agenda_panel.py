"""The agenda on the console: the step the room is on, its timer and speaker notes, and
the facilitator's edits to the plan (reorder, add, remove, retime, save as a template).

The workshop's agenda is stored in the workshop file as JSON text (`Workshop.agenda_json`)
with the current step (`Workshop.agenda_step`); every change is one controller edit
(with the boards the agenda needs), so it is one undo step and survives a crash. The rules
for editing an agenda live in `app.domain.agenda`; this module only shows it.

The step timer is the shared `TimerWidget`; the presenter window reads the same countdown.
At zero a short bundled chime plays through whatever the system has (`paplay`, `aplay`,
`afplay`, `winsound`), never blocking the UI; without any of them Qt beeps.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain import agenda as agenda_rules
from app.domain import flow, model
from app.domain.agenda import Agenda, AgendaStep
from app.domain.timer import Clock, Countdown
from app.ui import theme
from app.ui.agenda_dialogs import (
    Chime,
    StepDialog,
    TemplatePicker,
    exercise_label,
    minutes_text,
    play_file,
    sounds_dir,
    step_tooltip,
)
from app.ui.controller import Controller
from app.ui.i18n import printed
from app.ui.refresh import ChangeFollower
from app.ui.timer_widget import TimerWidget

# The dialogs and the chime live in app.ui.agenda_dialogs; importable from here too.
__all__ = [
    "AgendaPanel",
    "Chime",
    "StepDialog",
    "TemplatePicker",
    "agenda_from_json",
    "agenda_to_json",
    "play_file",
    "sounds_dir",
    "stored_agenda",
]
ITEM_PADDING_X, ITEM_PADDING_Y = 10, 8  # QListWidget::item padding in theme.STYLESHEET

# The agenda is stored as JSON text in the workshop (rules in app.domain.agenda).
agenda_to_json = agenda_rules.to_json
agenda_from_json = agenda_rules.from_json


def stored_agenda(controller: Controller) -> tuple[Agenda | None, int]:
    """The open workshop's agenda and current step index (clamped); (None, 0) without."""
    if controller.file is None:
        return None, 0
    return flow.stored_agenda(controller.data.workshop)


# --- the panel ------------------------------------------------------------------------------


class AgendaPanel(QWidget):
    """Current step, timer, speaker notes and the step list, for the facilitator only."""

    current_changed = Signal()  # the agenda or its current step changed (presenter follows)
    # The facilitator moved the room to a step (Next, Previous, a double-click), emitted
    # inside the gesture: what the step's exercise needs joins the same undo step.
    step_entered = Signal(int)

    def __init__(
        self,
        controller: Controller,
        parent: QWidget | None = None,
        clock: Clock = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.chime = Chime()
        self._shown: tuple[str, int] | None = None  # (agenda json, step) last shown
        self._timer_step: tuple[int, AgendaStep] | None = None
        self.setObjectName("agendaPanel")
        self.setMinimumWidth(280)

        column = QVBoxLayout(self)
        column.setContentsMargins(14, 12, 14, 12)
        column.setSpacing(8)

        head = QHBoxLayout()
        self.name_label = QLabel(self)
        self.name_label.setObjectName("sectionTitle")
        self.name_label.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Choose agenda…"), self)
        self.choose_button.setToolTip(self.tr("Use an agenda template for this workshop"))
        self.choose_button.clicked.connect(self.ask_template)
        head.addWidget(self.name_label, 1)
        column.addLayout(head)

        self.projector_label = QLabel(self)
        self.projector_label.setObjectName("projectorStatus")
        self.projector_label.setStyleSheet(
            f"background: {theme.WARNING_BG}; color: {theme.WARNING_FG}; font-weight: bold;"
            " padding: 4px 8px; border-radius: 4px;"
        )
        self.projector_label.setWordWrap(True)  # whole on a narrow panel, in Russian too
        self.projector_label.hide()
        column.addWidget(self.projector_label)

        self.step_card = QFrame(self)
        self.step_card.setObjectName("card")
        card = QVBoxLayout(self.step_card)
        card.setContentsMargins(12, 10, 12, 10)
        card.setSpacing(6)
        self.position_label = QLabel(self.step_card)
        self.position_label.setStyleSheet(f"color: {theme.MUTED};")
        self.title_label = QLabel(self.step_card)
        self.title_label.setObjectName("stepTitle")
        self.title_label.setWordWrap(True)
        self.title_label.setStyleSheet("font-size: 15pt; font-weight: bold;")
        nav = QHBoxLayout()
        self.previous_button = QPushButton(self.tr("◀ Previous"), self.step_card)
        self.previous_button.setToolTip(self.tr("Go back one step (Ctrl+Shift+Left)"))
        self.previous_button.clicked.connect(self.previous_step)
        self.next_button = QPushButton(self.tr("Next ▶"), self.step_card)
        self.next_button.setToolTip(self.tr("Go to the next step (Ctrl+Shift+Right)"))
        self.next_button.setProperty("primary", True)
        self.next_button.clicked.connect(self.next_step)
        for button in (self.previous_button, self.next_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        nav.addWidget(self.previous_button)
        nav.addWidget(self.next_button)
        self.timer = TimerWidget(self.step_card, clock=clock, display_pixels=40)
        self.timer.finished.connect(self.chime.play)
        controller.step_timer = self.timer  # the room's one timer: exercises show it too
        notes_title = QLabel(self.tr("Speaker notes"), self.step_card)
        notes_title.setStyleSheet(f"color: {theme.MUTED}; font-weight: bold;")
        self.notes_view = QPlainTextEdit(self.step_card)
        self.notes_view.setObjectName("speakerNotes")
        self.notes_view.setReadOnly(True)
        self.notes_view.setMinimumHeight(90)
        self.next_label = QLabel(self.step_card)
        self.next_label.setWordWrap(True)
        self.next_label.setStyleSheet(f"color: {theme.MUTED};")
        card.addWidget(self.position_label)
        card.addWidget(self.title_label)
        card.addLayout(nav)
        card.addWidget(self.timer)
        card.addWidget(notes_title)
        card.addWidget(self.notes_view, 1)
        card.addWidget(self.next_label)
        column.addWidget(self.step_card, 3)

        steps_title = QLabel(self.tr("Steps"), self)
        steps_title.setObjectName("sectionTitle")
        column.addWidget(steps_title)
        self._listed_index = -1  # the current step when the list was last filled
        self.step_list = QListWidget(self)
        self.step_list.setObjectName("agendaSteps")
        self.step_list.setWordWrap(True)
        self.step_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.step_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.step_list.setResizeMode(QListWidget.ResizeMode.Adjust)  # re-wrap on resize
        self.step_list.viewport().installEventFilter(self)
        self.step_list.itemActivated.connect(lambda item: self.go_to(self.step_list.row(item)))
        self.step_list.currentRowChanged.connect(self._selection_changed)
        column.addWidget(self.step_list, 2)

        tools = QHBoxLayout()
        tools.setSpacing(4)
        self.up_button = self._tool(
            "↑", self.tr("Move the selected step up"), lambda: self.move_selected(-1)
        )
        self.down_button = self._tool(
            "↓", self.tr("Move the selected step down"), lambda: self.move_selected(1)
        )
        self.add_button = self._tool(
            "+", self.tr("Add a step after the selected one"), self.ask_add_step
        )
        self.remove_button = self._tool(
            "−", self.tr("Remove the selected step"), self.remove_selected
        )
        self.minutes_spin = QSpinBox(self)
        self.minutes_spin.setRange(0, agenda_rules.MAX_STEP_MINUTES)
        self.minutes_spin.setSuffix(self.tr(" min"))
        self.minutes_spin.setToolTip(self.tr("Timebox of the selected step"))
        self.minutes_spin.editingFinished.connect(
            lambda: self.retime_selected(self.minutes_spin.value())
        )
        for tool in (self.up_button, self.down_button, self.add_button, self.remove_button):
            tools.addWidget(tool)
        tools.addStretch(1)
        tools.addWidget(self.minutes_spin)
        column.addLayout(tools)
        self.total_label = QLabel(self)
        self.total_label.setStyleSheet(f"color: {theme.MUTED};")
        column.addWidget(self.total_label)
        self.save_button = QPushButton(self.tr("Save as template…"), self)
        self.save_button.setToolTip(
            self.tr("Keep this agenda for future workshops (in your Point B data folder)")
        )
        self.save_button.clicked.connect(self.ask_save_template)
        column.addWidget(self.save_button)
        column.addWidget(self.choose_button)

        self.follower = ChangeFollower(self, controller, self.refresh, (model.Workshop,))
        controller.file_replaced.connect(self.refresh)
        self.refresh()

    def _tool(self, text: str, tip: str, slot: Callable[[], object]) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        theme.mark_glyph_button(button)
        button.clicked.connect(slot)
        return button

    # --- reading ---------------------------------------------------------------------------
    def language(self) -> str:
        if self.controller.file is None:
            return "en"
        return "ru" if self.controller.data.workshop.language == "ru" else "en"

    def agenda(self) -> Agenda | None:
        return stored_agenda(self.controller)[0]

    def current_index(self) -> int:
        return stored_agenda(self.controller)[1]

    def current_step(self) -> AgendaStep | None:
        agenda, index = stored_agenda(self.controller)
        return agenda.steps[index] if agenda is not None else None

    def countdown(self) -> Countdown:
        return self.timer.countdown

    # --- showing ---------------------------------------------------------------------------
    def refresh(self) -> None:
        agenda, index = stored_agenda(self.controller)
        language = self.language()
        has_file = self.controller.file is not None
        writable = self.controller.file is not None and not self.controller.file.read_only
        self.choose_button.setEnabled(writable)
        editable = agenda is not None and writable
        for widget in (
            self.up_button,
            self.down_button,
            self.remove_button,
            self.minutes_spin,
            self.save_button,
        ):
            widget.setEnabled(editable)
        self.add_button.setEnabled(writable)
        self.step_card.setVisible(agenda is not None)
        if agenda is None:
            self.name_label.setText(self.tr("No agenda yet"))
            self.step_list.clear()
            self.total_label.setText(
                self.tr("Choose an agenda template, or add steps with +.") if has_file else ""
            )
            self.timer.set_minutes(0)
            self._timer_step = None
            self._emit_if_new("", 0)
            return
        self.name_label.setText(agenda.name(language))
        step = agenda.steps[index]
        self.position_label.setText(
            self.tr("Step %1 of %2 · %3")
            .replace("%1", str(index + 1))
            .replace("%2", str(len(agenda.steps)))
            .replace("%3", exercise_label(step.exercise))
        )
        self.title_label.setText(step.title(language))
        self.notes_view.setPlainText(step.instructions(language))
        if index + 1 < len(agenda.steps):
            following = agenda.steps[index + 1]
            self.next_label.setText(
                self.tr("Next: %1 (%2)")
                .replace("%1", following.title(language))
                .replace("%2", minutes_text(following.minutes))
            )
        else:
            self.next_label.setText(printed(agenda_rules.MESSAGES, "last_step"))
        self.previous_button.setEnabled(index > 0)
        self.next_button.setEnabled(index + 1 < len(agenda.steps))
        self._sync_timer(index, step)
        selected = self.step_list.currentRow()
        self.step_list.blockSignals(True)
        self.step_list.clear()
        for number, item_step in enumerate(agenda.steps):
            item = QListWidgetItem(
                f"{number + 1}. {item_step.title(language)}\u00a0·\u00a0"
                + minutes_text(item_step.minutes).replace(" ", "\u00a0")
            )
            item.setToolTip(step_tooltip(agenda, number, self.controller.data.boards))
            if number == index:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
                item.setText("▶ " + item.text())
            self.step_list.addItem(item)
        self._fit_step_rows()
        if index != self._listed_index or not 0 <= selected < len(agenda.steps):
            selected = index  # the room moved: the selection and the view follow it
        self._listed_index = index
        self.step_list.setCurrentRow(selected)
        self.step_list.scrollToItem(self.step_list.item(index))
        self.step_list.blockSignals(False)
        self._selection_changed(self.step_list.currentRow())
        self.total_label.setText(
            self.tr("Total: %1").replace("%1", minutes_text(agenda.total_minutes))
        )
        self._emit_if_new(self.controller.data.workshop.agenda_json, index)

    def _fit_step_rows(self) -> None:
        """Row heights for the wrapped step titles: the style sheet's item padding is not
        counted by QListWidget, which would otherwise cut long titles with an ellipsis."""
        width = self.step_list.viewport().width() - 2 * ITEM_PADDING_X - 6
        if width < 40:
            return
        for row in range(self.step_list.count()):
            item = self.step_list.item(row)
            metrics = QFontMetrics(item.font())
            text_height = metrics.boundingRect(
                QRect(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), item.text()
            ).height()
            item.setSizeHint(QSize(width, text_height + 2 * ITEM_PADDING_Y + 4))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.step_list.viewport():
            self._fit_step_rows()
        return False

    def _emit_if_new(self, text: str, index: int) -> None:
        if self._shown != (text, index):
            self._shown = (text, index)
            self.current_changed.emit()

    def _sync_timer(self, index: int, step: AgendaStep) -> None:
        """Load the step's timebox when the room moves to another step.

        Edits that leave the room on the same step (reordering, another step retimed)
        keep the countdown as it is: a running timer is never reset behind the
        facilitator's back. A new timebox for the current step shows when it is idle.
        """
        text = self.controller.data.workshop.agenda_json
        previous, self._timer_step = self._timer_step, (index, step)
        if previous is None:
            self.timer.set_minutes(step.minutes)
            return
        old_index, old_step = previous
        navigated = self._shown is not None and self._shown[0] == text and old_index != index
        other_step = _without_minutes(old_step) != _without_minutes(step)
        retimed_while_idle = old_step.minutes != step.minutes and not self.timer.running
        if navigated or other_step or retimed_while_idle:
            self.timer.set_minutes(step.minutes)

    def _selection_changed(self, row: int) -> None:
        agenda = self.agenda()
        if agenda is None or not 0 <= row < len(agenda.steps):
            return
        self.minutes_spin.blockSignals(True)
        self.minutes_spin.setValue(agenda.steps[row].minutes)
        self.minutes_spin.blockSignals(False)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(row + 1 < len(agenda.steps))
        self.remove_button.setEnabled(len(agenda.steps) > 1)

    def selected_row(self) -> int:
        row = self.step_list.currentRow()
        return row if row >= 0 else self.current_index()

    def set_projector_status(self, text: str) -> None:
        """Shown on the console only: the projector is blank or frozen."""
        self.projector_label.setText(text)
        self.projector_label.setVisible(bool(text))

    # --- edits (each one undo step) --------------------------------------------------------
    def _store(self, label: str, agenda: Agenda | None, index: int) -> bool:
        """One undo step: the agenda, its boards bound (and added when a step needs one)."""
        if self.controller.file is None:
            return False
        if agenda is None:
            return self.controller.edit_workshop(label, agenda_json="", agenda_step=0)
        data = self.controller.data
        pairs, workshop = flow.store_agenda(data, agenda, index, data.workshop.language)
        return self.controller.edit(label, pairs, workshop)

    def set_agenda(self, agenda: Agenda | None, index: int = 0) -> bool:
        """Use `agenda` (one undo step): every board stays, the boards it still needs are
        added and its steps point at them (`app.domain.flow.adopt_agenda`)."""
        if self.controller.file is None:
            return False
        return self._store(self.tr("Use agenda"), agenda, index)

    def adopt_question(self, agenda: Agenda) -> str:
        """What choosing `agenda` would do, when there is something to lose; else ""."""
        if self.controller.file is None:
            return ""
        data = self.controller.data
        current = self.agenda()
        used = any(flow.board_used(data, b) for b in data.boards)
        if current is None and not used:
            return ""
        language = self.language()
        lines = [self.tr("Use the agenda “%1”?").replace("%1", agenda.name(language))]
        if current is not None:
            lines.append(
                self.tr("It replaces the current agenda “%1” (%n steps).", "", len(current.steps))
                .replace("%1", current.name(language))
            )
        lines.append(self.tr("Every board and what is on it stays."))
        added = flow.plan_agenda(data, agenda, data.workshop.language).added
        if added:
            lines.append(
                self.tr("Boards added: %1.").replace("%1", ", ".join(b.title for b in added))
            )
        else:
            lines.append(self.tr("No board is added: the agenda uses the boards you have."))
        return "\n".join(lines)

    def go_to(self, index: int) -> bool:
        """Move the room to step `index`: one undo step with what the step's board needs."""
        agenda, current = stored_agenda(self.controller)
        if agenda is None or not 0 <= index < len(agenda.steps) or index == current:
            return False
        with self.controller.gesture():
            if not self.controller.edit_workshop(self.tr("Go to step"), agenda_step=index):
                return False
            self.step_entered.emit(index)
        return True

    def next_step(self) -> bool:
        return self.go_to(self.current_index() + 1)

    def previous_step(self) -> bool:
        return self.go_to(self.current_index() - 1)

    def _edit(self, label: str, make: Callable[[Agenda, int], tuple[Agenda, int]]) -> bool:
        agenda, current = stored_agenda(self.controller)
        if agenda is None:
            return False
        try:
            new_agenda, new_index = make(agenda, current)
        except ValueError as exc:
            self.controller.error.emit(str(exc))
            return False
        return self._store(label, new_agenda, new_index)

    def move_step(self, row: int, delta: int) -> bool:
        target = row + delta

        def make(agenda: Agenda, current: int) -> tuple[Agenda, int]:
            moved = agenda_rules.move_step(agenda, row, target)
            # The room stays on the same step wherever it moves.
            if current == row:
                current = target
            elif row < current <= target:
                current -= 1
            elif target <= current < row:
                current += 1
            return moved, current

        ok = self._edit(self.tr("Move step"), make)
        if ok:
            self.step_list.setCurrentRow(target)
        return ok

    def move_selected(self, delta: int) -> bool:
        return self.move_step(self.selected_row(), delta)

    def add_step(
        self, step: AgendaStep, after: int | None = None, board_id: int | None = None
    ) -> bool:
        """Insert `step` after row `after` (at the end when None); with `board_id` the step
        opens that board (the agenda declares it if it does not yet)."""
        if self.controller.file is None:
            return False
        agenda, _current = stored_agenda(self.controller)
        board = self.controller.data.board(board_id) if board_id is not None else None

        def on_board(agenda: Agenda) -> tuple[Agenda, AgendaStep]:
            if board is None:
                return agenda, step
            agenda, key = flow.declare_board(agenda, board)
            return agenda, dataclasses.replace(step, board=key)

        if agenda is None:
            name = self.tr("Agenda")
            fresh, first = on_board(
                Agenda(key=agenda_rules.make_key(name), name_en=name, name_ru=name)
            )
            try:
                agenda_rules.validate_step(first)
            except ValueError as exc:
                self.controller.error.emit(str(exc))
                return False
            return self._store(self.tr("Add step"), agenda_rules.add_step(fresh, first), 0)
        position = len(agenda.steps) if after is None else after + 1

        def make(agenda: Agenda, current: int) -> tuple[Agenda, int]:
            agenda, new_step = on_board(agenda)
            added = agenda_rules.add_step(agenda, new_step, position)
            return added, current + 1 if position <= current else current

        ok = self._edit(self.tr("Add step"), make)
        if ok:
            self.step_list.setCurrentRow(position)
        return ok

    def remove_step(self, row: int) -> bool:
        def make(agenda: Agenda, current: int) -> tuple[Agenda, int]:
            removed = agenda_rules.remove_step(agenda, row)
            return removed, current - 1 if row < current else current

        return self._edit(self.tr("Remove step"), make)

    def remove_selected(self) -> bool:
        return self.remove_step(self.selected_row())

    def retime_step(self, row: int, minutes: int) -> bool:
        agenda = self.agenda()
        if agenda is None or not 0 <= row < len(agenda.steps):
            return False
        if agenda.steps[row].minutes == minutes:
            return False
        return self._edit(
            self.tr("Change timebox"),
            lambda a, current: (agenda_rules.retime_step(a, row, minutes), current),
        )

    def retime_selected(self, minutes: int) -> bool:
        return self.retime_step(self.selected_row(), minutes)

    def save_as_template(self, name: str, overwrite: bool = False) -> Path:
        """Write the agenda as `<key>.toml` in the user's templates folder.

        Raises FileExistsError (the name is taken) or ValueError (nothing to save).
        """
        from app.paths import user_templates_dir

        agenda = self.agenda()
        if agenda is None:
            raise ValueError(self.tr("This workshop has no agenda to save."))
        name = name.strip()
        if not name:
            raise ValueError(self.tr("A template needs a name."))
        template = Agenda(
            key=agenda_rules.make_key(name),
            name_en=name,
            name_ru=name,
            description_en=agenda.description_en,
            description_ru=agenda.description_ru,
            steps=agenda.steps,
            # The boards as a template declares them: not bound to this workshop's boards.
            boards=tuple(dataclasses.replace(b, board_id=None) for b in agenda.boards),
        )
        return agenda_rules.save_template(template, user_templates_dir(), overwrite=overwrite)

    # --- asking ----------------------------------------------------------------------------
    def ask_template(self) -> None:
        picker = TemplatePicker(self.language(), self)
        picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        picker.accepted.connect(lambda: self._template_chosen(picker.chosen()))
        picker.open()
        self.last_dialog: QDialog = picker

    def _template_chosen(self, agenda: Agenda | None) -> None:
        if agenda is None:
            return
        question = self.adopt_question(agenda)
        if not question:
            self.set_agenda(agenda, 0)
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Choose an agenda"),
            question,
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        ok = box.button(QMessageBox.StandardButton.Ok)
        box.buttonClicked.connect(lambda button: button is ok and self.set_agenda(agenda, 0))
        box.open()
        self.last_dialog = box

    def ask_add_step(self) -> None:
        boards = self.controller.data.boards if self.controller.file is not None else []
        dialog = StepDialog(self.language(), self, boards)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        row = self.step_list.currentRow()
        dialog.accepted.connect(
            lambda: self.add_step(dialog.step(), row if row >= 0 else None, dialog.board_id())
        )
        dialog.open()
        self.last_dialog = dialog

    def ask_save_template(self) -> None:
        agenda = self.agenda()
        if agenda is None:
            return
        name, ok = QInputDialog.getText(
            self,
            self.tr("Save as template"),
            self.tr("Template name:"),
            QLineEdit.EchoMode.Normal,
            agenda.name(self.language()),
        )
        if not ok:
            return
        try:
            path = self.save_as_template(name)
        except FileExistsError:
            answer = QMessageBox.question(
                self,
                self.tr("Save as template"),
                self.tr("A template with this name exists. Replace it?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            try:
                path = self.save_as_template(name, overwrite=True)
            except (OSError, ValueError) as exc:
                self.controller.error.emit(str(exc))
                return
        except (OSError, ValueError) as exc:
            self.controller.error.emit(str(exc))
            return
        self.total_label.setText(self.tr("Saved: %1").replace("%1", str(path)))


def _without_minutes(step: AgendaStep) -> tuple[str, ...]:
    return (step.exercise, step.title_en, step.title_ru, step.instructions_en, step.instructions_ru)
