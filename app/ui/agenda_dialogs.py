"""Agenda texts, the chime at zero and the agenda dialogs (a new step, a template).

Used by the agenda panel (`app.ui.agenda_panel`), which shows the agenda on the console.
"""

from __future__ import annotations

import contextlib
import shutil
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QProcess, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import paths
from app.domain import agenda as agenda_rules
from app.domain import flow
from app.domain.agenda import Agenda, AgendaStep, TemplateError
from app.domain.model import Board
from app.ui import theme
from app.ui.board.registry import board_kind_label
from app.ui.i18n import interface_language


def exercise_label(exercise: str) -> str:
    if exercise == agenda_rules.BREAK:
        return QCoreApplication.translate("Agenda", "Break")
    if exercise == agenda_rules.TALK:
        return QCoreApplication.translate("Agenda", "Talk / discussion")
    try:
        from app.domain.model import BoardKind

        return board_kind_label(BoardKind(exercise))
    except ValueError:
        return exercise


def stage_label(stage: str, exercise: str = "") -> str:
    """A stage of a staged exercise as the facilitator reads it (app.domain.agenda.STAGES),
    named by the domain: the agenda, the board's tabs and the exports say the same."""
    return agenda_rules.stage_name(stage, exercise, interface_language())


def step_tooltip(agenda: Agenda, index: int, boards: Sequence[Board]) -> str:
    """The step's exercise, and the board and stage it opens."""
    step = agenda.steps[index]
    parts = [exercise_label(step.exercise)]
    target = flow.step_target(agenda, index, boards)
    board = next((b for b in boards if b.id == target.board_id), None)
    if board is not None:
        parts.append(QCoreApplication.translate("Agenda", "Board: %1").replace("%1", board.title))
    if step.stage:
        parts.append(
            QCoreApplication.translate("Agenda", "Stage: %1").replace(
                "%1", stage_label(step.stage, step.exercise)
            )
        )
    return "\n".join(parts)


def minutes_text(minutes: int) -> str:
    if minutes >= 60:
        return (
            QCoreApplication.translate("Agenda", "%1 h %2 min")
            .replace("%1", str(minutes // 60))
            .replace("%2", str(minutes % 60))
        )
    return QCoreApplication.translate("Agenda", "%1 min").replace("%1", str(minutes))


def load_all_templates() -> tuple[list[Agenda], list[TemplateError]]:
    """Bundled templates, then the facilitator's own (which override same-named ones)."""
    from app.paths import user_templates_dir

    return agenda_rules.load_templates([agenda_rules.bundled_templates_dir(), user_templates_dir()])


def template_error_text(error: TemplateError) -> str:
    """One readable line per broken template: file, line and what is wrong."""
    if error.line is not None:
        return (
            QCoreApplication.translate("Agenda", "%1, line %2: %3")
            .replace("%1", error.path.name)
            .replace("%2", str(error.line))
            .replace("%3", error.message)
        )
    return (
        QCoreApplication.translate("Agenda", "%1: %2")
        .replace("%1", error.path.name)
        .replace("%2", error.message)
    )


# --- the chime at zero ----------------------------------------------------------------------


def sounds_dir() -> Path:
    return paths.resource_dir("sounds")


CHIME = "chime.wav"
PLAYERS = ("paplay", "pw-play", "aplay", "afplay")  # PulseAudio, PipeWire, ALSA, macOS


class Chime:
    """Plays the bundled WAV once, without blocking and without QtMultimedia.

    `player` can be replaced (tests count calls instead of making noise).
    """

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or sounds_dir() / CHIME
        self.enabled = True
        self.player: Callable[[Path], bool] = play_file
        self.played = 0

    def play(self) -> bool:
        if not self.enabled:
            return False
        self.played += 1
        return self.player(self.path)


def play_file(path: Path) -> bool:
    """Start playing `path` in the background; True when a player was started."""
    if path.is_file():
        if sys.platform == "win32":  # pragma: no cover - Windows only
            with contextlib.suppress(Exception):
                import winsound

                winsound.PlaySound(str(path), winsound.SND_FILENAME | winsound.SND_ASYNC)
                return True
        for name in PLAYERS:
            program = shutil.which(name)
            if program:
                # Detached: the UI never waits, and no child process is left to reap.
                ok, _pid = QProcess.startDetached(program, [str(path)])
                if ok:
                    return True
    QApplication.beep()
    return False


# --- dialogs --------------------------------------------------------------------------------


class StepDialog(QDialog):
    """A new step (or an edited one): exercise, title, minutes, instructions."""

    def __init__(
        self, language: str, parent: QWidget | None = None, boards: Sequence[Board] = ()
    ) -> None:
        super().__init__(parent)
        self.language = language
        self.boards = sorted(boards, key=lambda b: (b.position, b.id))
        self.setWindowTitle(self.tr("Agenda step"))
        self.setMinimumWidth(520)
        form = QFormLayout(self)
        self.exercise_combo = QComboBox(self)
        for exercise in agenda_rules.EXERCISES:
            self.exercise_combo.addItem(exercise_label(exercise), exercise)
        self.title_edit = QLineEdit(self)
        self.title_edit.setPlaceholderText(self.tr("What the room does in this step"))
        self.minutes_spin = QSpinBox(self)
        self.minutes_spin.setRange(0, agenda_rules.MAX_STEP_MINUTES)
        self.minutes_spin.setValue(10)
        self.minutes_spin.setSuffix(self.tr(" min"))
        self.instructions_edit = QPlainTextEdit(self)
        self.instructions_edit.setPlaceholderText(
            self.tr("Instructions for the room (shown on the projector)")
        )
        # The step's board and stage (app.domain.flow): the exercise's boards only.
        self.board_combo = QComboBox(self)
        self.stage_combo = QComboBox(self)
        self.exercise_combo.currentIndexChanged.connect(lambda _index: self._fill_boards())
        form.addRow(self.tr("Exercise"), self.exercise_combo)
        form.addRow(self.tr("Board"), self.board_combo)
        form.addRow(self.tr("Stage"), self.stage_combo)
        self._fill_boards()
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Timebox"), self.minutes_spin)
        form.addRow(self.tr("Instructions"), self.instructions_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _fill_boards(self) -> None:
        exercise = str(self.exercise_combo.currentData())
        self.board_combo.clear()
        self.stage_combo.clear()
        boards = [b for b in self.boards if b.kind.value == exercise]
        self.board_combo.addItem(self.tr("First board of this exercise"), None)
        for board in boards:
            self.board_combo.addItem(board.title, board.id)
        self.stage_combo.addItem(self.tr("As the board is"), "")
        for stage in agenda_rules.stages_of(exercise):
            self.stage_combo.addItem(stage_label(stage, exercise), stage)
        has_board = exercise not in (agenda_rules.BREAK, agenda_rules.TALK)
        self.board_combo.setEnabled(has_board and bool(boards))
        self.stage_combo.setEnabled(self.stage_combo.count() > 1)

    def board_id(self) -> int | None:
        value = self.board_combo.currentData()
        return value if isinstance(value, int) else None

    def step(self) -> AgendaStep:
        title = self.title_edit.text().strip() or exercise_label(
            str(self.exercise_combo.currentData())
        )
        instructions = self.instructions_edit.toPlainText().strip()
        texts = (
            {"title_ru": title, "title_en": "", "instructions_ru": instructions}
            if self.language == "ru"
            else {"title_en": title, "title_ru": "", "instructions_en": instructions}
        )
        return AgendaStep(
            exercise=str(self.exercise_combo.currentData()),
            minutes=self.minutes_spin.value(),
            stage=str(self.stage_combo.currentData() or ""),
            **texts,
        )


class TemplatePicker(QDialog):
    """Choose an agenda template for the open workshop; broken templates are listed."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose an agenda"))
        self.resize(640, 520)
        self.agendas, self.errors = load_all_templates()
        layout = QVBoxLayout(self)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        for agenda in sorted(self.agendas, key=lambda a: a.total_minutes):
            item = QListWidgetItem(
                f"{agenda.name(language)}  ·  {minutes_text(agenda.total_minutes)}\n"
                f"{agenda.description(language)}".strip()
            )
            item.setData(Qt.ItemDataRole.UserRole, agenda)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _item: self.accept())
        layout.addWidget(self.list, 1)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("templateErrors")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.setStyleSheet(f"color: {theme.DANGER};")
        if self.errors:
            self.error_label.setText(
                self.tr("These templates could not be read (the others are fine):")
                + "\n"
                + "\n".join(template_error_text(e) for e in self.errors)
            )
        else:
            self.error_label.hide()
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> Agenda | None:
        item = self.list.currentItem()
        chosen = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return chosen if isinstance(chosen, Agenda) else None
