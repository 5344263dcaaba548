"""The Kano questionnaire grid: candidates down, respondents across, two answers per cell
(functional, dysfunctional; 1-5), and the CSV import. Each cell change is one edit."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain import csv_ideas, kano, prioritise_flow
from app.domain.kano import KanoAnswer, answer_name
from app.domain.prioritise_flow import BoardSummary
from app.ui import theme
from app.ui.controller import Controller
from app.ui.exercises.prioritise_common import (
    SMALL_TEXT_PX,
    category_color,
    category_label,
    px_font,
    short_text,
)
from app.ui.fit import WrapRow
from app.ui.i18n import interface_language
from app.ui.name_fields import ask_name


# --- questionnaire grid --------------------------------------------------------------------------
class AnswerCell(QWidget):
    """One respondent's two answers on one candidate: functional (F), dysfunctional (D)."""

    changed = Signal(int, str, object, object)  # candidate id, respondent, F, D (int or None)

    def __init__(self, candidate_id: int, respondent: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.candidate_id = candidate_id
        self.respondent = respondent
        self.stored: tuple[int, int] | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.setSpacing(4)
        self.functional = self._combo(self.tr("If it is there (functional)"))
        self.dysfunctional = self._combo(self.tr("If it is missing (dysfunctional)"))
        self.result = QLabel("")
        self.result.setFixedWidth(28)
        self.result.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.result.setFont(px_font(SMALL_TEXT_PX + 2, bold=True))
        for caption, combo in (("F", self.functional), ("D", self.dysfunctional)):
            label = QLabel(caption)
            label.setStyleSheet(f"color: {theme.MUTED}; font-weight: bold;")
            layout.addWidget(label)
            layout.addWidget(combo)
        layout.addWidget(self.result)
        self._updating = False

    def _combo(self, tooltip: str) -> QComboBox:
        # the domain's names, which the phones' questionnaire shows as well
        names = {answer: answer_name(answer, interface_language()) for answer in KanoAnswer}
        combo = QComboBox()
        combo.addItem("–", None)
        for answer in KanoAnswer:
            combo.addItem(str(int(answer)), int(answer))
            combo.setItemData(combo.count() - 1, names[answer], Qt.ItemDataRole.ToolTipRole)
        combo.setToolTip(tooltip)
        combo.setMinimumWidth(62)
        combo.currentIndexChanged.connect(self._on_changed)
        return combo

    def values(self) -> tuple[int | None, int | None]:
        return self.functional.currentData(), self.dysfunctional.currentData()

    def set_stored(self, pair: tuple[int, int] | None) -> None:
        """Show what the file holds, keeping a half-entered cell the file cannot hold."""
        if pair == self.stored:
            return
        self.stored = pair
        functional, dysfunctional = self.values()
        half_entered = (functional is None) != (dysfunctional is None)
        if pair is None and half_entered:
            return
        self._updating = True
        for combo, value in zip(
            (self.functional, self.dysfunctional), pair or (None, None), strict=True
        ):
            combo.setCurrentIndex(max(0, combo.findData(value)) if value is not None else 0)
        self._updating = False
        self._show_result()

    def _show_result(self) -> None:
        functional, dysfunctional = self.values()
        if functional is None or dysfunctional is None:
            self.result.setText("")
            return
        category = kano.classify(functional, dysfunctional)
        self.result.setText(category.value)
        self.result.setToolTip(category_label(category))
        self.result.setStyleSheet(f"color: {category_color(category)};")

    def _on_changed(self) -> None:
        self._show_result()
        if not self._updating:
            functional, dysfunctional = self.values()
            self.changed.emit(self.candidate_id, self.respondent, functional, dysfunctional)


class QuestionnairePanel(QWidget):
    """Candidates down, respondents across; each cell change is one undoable edit."""

    def __init__(
        self, controller: Controller, board_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.board_id = board_id
        self.pending: list[str] = []  # respondents added but without answers yet
        self.cells: dict[tuple[int, str], AnswerCell] = {}
        self._shape: tuple[tuple[int, ...], tuple[str, ...]] = ((), ())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # The buttons wrap under each other rather than widening the Kano tab past a
        # laptop's page beside the agenda (Russian labels are long).
        bar = WrapRow(self)
        self.add_button = QPushButton(self.tr("Add respondent"))
        self.add_button.clicked.connect(self.add_respondent)
        self.remove_button = QPushButton(self.tr("Remove respondent"))
        self.remove_button.clicked.connect(self.remove_current_respondent)
        self.import_button = QPushButton(self.tr("Import CSV…"))
        self.import_button.setToolTip(
            self.tr(
                "Columns: candidate (exact text or id), respondent, functional, "
                "dysfunctional (1-5). One row per respondent and candidate."
            )
        )
        self.import_button.clicked.connect(self.choose_csv)
        legend = QLabel(
            self.tr(
                "F: if it is there, D: if it is missing. "
                "1 Like · 2 Expect · 3 Neutral · 4 Live with · 5 Dislike"
            )
        )
        legend.setStyleSheet(f"color: {theme.MUTED};")
        legend.setWordWrap(True)
        for button in (self.add_button, self.remove_button, self.import_button):
            bar.add(button)
        layout.addWidget(bar)
        layout.addWidget(legend)

        self.grid = QTableWidget()
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.verticalHeader().setDefaultSectionSize(46)
        self.grid.verticalHeader().setMinimumWidth(280)
        self.grid.verticalHeader().setMaximumWidth(420)
        self.grid.horizontalHeader().setDefaultSectionSize(200)
        self.grid.horizontalHeader().sectionDoubleClicked.connect(self._rename_column)
        self.grid.setToolTip(self.tr("Double-click a respondent's name to rename them."))
        layout.addWidget(self.grid, 1)

    def respondent_columns(self) -> list[str]:
        stored = prioritise_flow.respondents(self.controller.data, self.board_id)
        return [*stored, *(name for name in self.pending if name not in stored)]

    def refresh(self, summary: BoardSummary) -> None:
        data = self.controller.data
        columns = self.respondent_columns()
        self.pending = [name for name in self.pending if name in columns]
        candidate_ids = tuple(c.id for c in summary.candidates)
        shape = (candidate_ids, tuple(columns))
        if shape != self._shape:
            self._rebuild(summary, columns)
            self._shape = shape
        stored = {
            (a.candidate_id, a.respondent): (a.functional, a.dysfunctional)
            for a in data.kano_answers
        }
        for key, cell in self.cells.items():
            cell.set_stored(stored.get(key))
        for row, candidate in enumerate(summary.candidates):
            header = self.grid.verticalHeaderItem(row)
            if header is not None:  # a rename keeps the grid's shape
                header.setText(short_text(candidate.text, 40))
                header.setToolTip(candidate.text)
        self.remove_button.setEnabled(bool(columns))

    def _rebuild(self, summary: BoardSummary, columns: Sequence[str]) -> None:
        self.cells.clear()
        self.grid.clear()
        self.grid.setRowCount(len(summary.candidates))
        self.grid.setColumnCount(len(columns))
        self.grid.setHorizontalHeaderLabels(list(columns))
        for row, candidate in enumerate(summary.candidates):
            header = QTableWidgetItem(short_text(candidate.text, 40))
            header.setToolTip(candidate.text)
            self.grid.setVerticalHeaderItem(row, header)
            for column, respondent in enumerate(columns):
                cell = AnswerCell(candidate.id, respondent)
                cell.changed.connect(self._cell_changed)
                self.grid.setCellWidget(row, column, cell)
                self.cells[(candidate.id, respondent)] = cell

    def _cell_changed(
        self, candidate_id: int, respondent: str, functional: object, dysfunctional: object
    ) -> None:
        f = functional if isinstance(functional, int) else None
        d = dysfunctional if isinstance(dysfunctional, int) else None
        self.controller.try_edit(
            self.tr("Kano answer"),
            lambda: prioritise_flow.set_kano_answer(
                self.controller.data, candidate_id, respondent, f, d
            ),
        )

    def add_respondent(self) -> str:
        name = prioritise_flow.next_respondent_name(self.controller.data, self.board_id)
        while name in self.pending:
            name = f"{name}+"
        self.pending.append(name)
        self._shape = ((), ())
        self.refresh(prioritise_flow.board_summary(self.controller.data, self.board_id))
        return name

    def remove_current_respondent(self) -> None:
        columns = self.respondent_columns()
        column = self.grid.currentColumn()
        if not columns:
            return
        name = columns[column if 0 <= column < len(columns) else len(columns) - 1]
        self.remove_respondent(name)

    def remove_respondent(self, name: str) -> None:
        if name in self.pending:
            self.pending.remove(name)
            self._shape = ((), ())
        pairs = prioritise_flow.remove_answers(self.controller.data, respondent_names=[name])
        if pairs:
            self.controller.edit(self.tr("Remove respondent"), pairs)
        else:
            self.refresh(prioritise_flow.board_summary(self.controller.data, self.board_id))

    def _rename_column(self, column: int) -> None:
        columns = self.respondent_columns()
        if not 0 <= column < len(columns):
            return
        old = columns[column]
        new, ok = ask_name(self, self.tr("Rename respondent"), self.tr("Name:"), old)
        if ok:
            self.rename_respondent(old, new)

    def rename_respondent(self, old: str, new: str) -> None:
        if old in self.pending:
            cleaned = " ".join(new.split())
            if cleaned and cleaned not in self.respondent_columns():
                self.pending[self.pending.index(old)] = cleaned
                self._shape = ((), ())
                self.refresh(prioritise_flow.board_summary(self.controller.data, self.board_id))
            return
        self.controller.try_edit(
            self.tr("Rename respondent"),
            lambda: prioritise_flow.rename_respondent(
                self.controller.data, self.board_id, old, new
            ),
        )

    def choose_csv(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import Kano answers"), "", self.tr("CSV files (*.csv);;All files (*)")
        )
        if not path:
            return
        try:
            text = csv_ideas.decode(Path(path).read_bytes(), Path(path).name)
        except (OSError, csv_ideas.CsvImportError) as exc:
            self.controller.error.emit(str(exc))
            return
        self.import_csv_text(text)

    def import_csv_text(self, text: str) -> bool:
        return self.controller.try_edit(
            self.tr("Import Kano answers"),
            lambda: prioritise_flow.import_kano_csv(self.controller.data, self.board_id, text),
        )
