"""The release-slices tab: MVP 1, MVP 2, Later, Won't (renameable, more can be added),
each with an effort budget and a gauge, MoSCoW labels on the cards, the 60 % Must-have
warning, and "Suggest a cut" with its reasons in a dialog (Accept = one undo step)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain import prioritise, prioritise_flow
from app.domain.prioritise import CutSuggestion, MoSCoW
from app.domain.prioritise_flow import BoardSummary
from app.export import prioritise_parts
from app.ui import theme
from app.ui.controller import Controller
from app.ui.exercises.prioritise_cards import BoardCard, BoardColumn, ColumnBoard
from app.ui.exercises.prioritise_common import (
    MOSCOW_COLORS,
    UNSORTED_COLOR,
    category_color,
    format_score,
    kano_legend,
    moscow_label,
)
from app.ui.fit import OverflowRow
from app.ui.i18n import printed
from app.ui.name_fields import ask_name, limit_name

SLICE_COLORS = ("#1D4ED8", "#0F766E", "#7C3AED", "#475569", "#B45309", "#BE185D")
MOSCOW_KEYS: dict[str, MoSCoW | None] = {
    "m": MoSCoW.MUST,
    "s": MoSCoW.SHOULD,
    "c": MoSCoW.COULD,
    "w": MoSCoW.WONT,
    "-": None,
}


class CutDialog(QDialog):
    """The suggested cut in words: what goes in and why, what stays out and why."""

    def __init__(
        self,
        suggestion: CutSuggestion,
        summary: BoardSummary,
        slice_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Suggested cut for %1").replace("%1", slice_name))
        self.resize(1100, 720)
        layout = QVBoxLayout(self)
        heading = QLabel(suggestion.summary)
        heading.setWordWrap(True)
        heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        layout.addWidget(heading)
        self.reasons = QTableWidget(len(suggestion.reasons), 3)
        self.reasons.setHorizontalHeaderLabels(["", self.tr("Candidate"), self.tr("Why")])
        self.reasons.verticalHeader().setVisible(False)
        self.reasons.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.reasons.setWordWrap(True)
        self.reasons.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.reasons.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.reasons.setStyleSheet("QTableWidget::item { padding: 6px 8px; }")
        # Wrapped reasons need their rows re-measured whenever the columns change width.
        self.reasons.horizontalHeader().sectionResized.connect(
            lambda *_: self.reasons.resizeRowsToContents()
        )
        chosen = set(suggestion.chosen)
        for row, (candidate_id, reason) in enumerate(suggestion.reasons):
            candidate = summary.candidate(candidate_id)
            mark = QTableWidgetItem("✓" if candidate_id in chosen else "–")
            mark.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            mark.setForeground(QColor(theme.ACCENT_DARK if candidate_id in chosen else theme.MUTED))
            self.reasons.setItem(row, 0, mark)
            name = QTableWidgetItem(candidate.text if candidate is not None else str(candidate_id))
            font = name.font()
            font.setBold(candidate_id in chosen)
            name.setFont(font)
            self.reasons.setItem(row, 1, name)
            self.reasons.setItem(row, 2, QTableWidgetItem(reason))
        header = self.reasons.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 360)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.reasons.resizeRowsToContents()
        layout.addWidget(self.reasons, 1)
        self.buttons = QDialogButtonBox()
        self.accept_button = self.buttons.addButton(
            self.tr("Accept: put them in %1").replace("%1", slice_name),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.accept_button.setProperty("primary", True)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reasons.resizeRowsToContents()

    def reason_texts(self) -> list[str]:
        return [
            item.text()
            for row in range(self.reasons.rowCount())
            if (item := self.reasons.item(row, 2)) is not None
        ]


class SliceDialog(QDialog):
    """Rename a slice, set its budget, or remove it."""

    def __init__(self, name: str, budget: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Release slice"))
        self.remove_requested = False
        form = QFormLayout(self)
        self.name_edit = limit_name(QLineEdit(name))
        self.budget_spin = QDoubleSpinBox()
        self.budget_spin.setRange(0, 10_000)
        self.budget_spin.setDecimals(1)
        self.budget_spin.setSingleStep(0.5)
        self.budget_spin.setValue(budget)
        self.budget_spin.setSpecialValueText(self.tr("no budget"))
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("Effort budget (person-months):"), self.budget_spin)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        remove = buttons.addButton(
            self.tr("Remove slice"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        remove.clicked.connect(self._remove)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _remove(self) -> None:
        self.remove_requested = True
        self.accept()


class SlicesTab(QWidget):
    def __init__(
        self, controller: Controller, board_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.board_id = board_id
        self.summary: BoardSummary | None = None
        self.cut_dialog: CutDialog | None = None

        # One row of tools; on a laptop those that do not fit go into its "»" menu.
        self.tools = OverflowRow()
        self.create_button = QPushButton(self.tr("Create MVP 1, MVP 2, Later, Won't"))
        self.create_button.clicked.connect(self.create_default_slices)
        self.add_button = QPushButton(self.tr("Add slice"))
        self.add_button.clicked.connect(self._ask_new_slice)
        self.cut_button = QPushButton(self.tr("Suggest a cut"))
        self.cut_button.setProperty("primary", True)
        self.cut_button.clicked.connect(self.suggest_cut)
        self.tools.add(self.cut_button)
        self.tools.add(self.add_button)
        self.moscow_buttons: dict[MoSCoW | None, QPushButton] = {}
        for key, moscow in MOSCOW_KEYS.items():
            text = moscow_label(moscow) if moscow is not None else self.tr("Clear")
            button = QPushButton(f"{text} ({key.upper()})")
            button.setToolTip(self.tr("Label the selected cards"))
            button.clicked.connect(lambda _checked=False, m=moscow: self.label_selected(m))
            self.moscow_buttons[moscow] = button
            self.tools.add(button)
        self.tools.add(self.create_button)  # used once per board: the first to overflow
        bar = QHBoxLayout()
        bar.addWidget(self.tools, 1)

        self.board = ColumnBoard(header_height=132, card_lines=2)
        self.board.dropped.connect(self._dropped)
        self.board.key_pressed.connect(self._key_pressed)
        self.board.header_double_clicked.connect(self._edit_slice)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.board)
        hint = QLabel(
            self.tr(
                "Drag cards between slices. Double-click a slice's title to rename it or set "
                "its budget. Select cards and press M, S, C or W for MoSCoW."
            )
        )
        hint.setStyleSheet(f"color: {theme.MUTED};")
        hint.setWordWrap(True)
        hint_row = QHBoxLayout()
        hint_row.addWidget(hint, 3)
        hint_row.addWidget(kano_legend(), 2)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(hint_row)
        layout.addWidget(scroll, 1)

    # --- display -------------------------------------------------------------------------
    def refresh(self, summary: BoardSummary) -> None:
        self.summary = summary
        has_slices = bool(summary.slices)
        # Disabled rather than hidden: the buttons after it never move under the mouse.
        self.create_button.setEnabled(not has_slices)
        self.cut_button.setEnabled(has_slices)
        unsliced = printed(prioritise_parts.MESSAGES, "no_slice")
        columns = [BoardColumn(None, unsliced, UNSORTED_COLOR)]
        for index, release_slice in enumerate(summary.slices):
            load = summary.loads[release_slice.id]
            used = prioritise.format_number(load.used, summary.language)
            if release_slice.budget > 0:
                budget = prioritise.format_number(release_slice.budget, summary.language)
                detail = self.tr("%1 of %2 person-months").replace("%1", used).replace("%2", budget)
            else:
                detail = self.tr("%1 person-months, no budget").replace("%1", used)
            columns.append(
                BoardColumn(
                    release_slice.id,
                    release_slice.name,
                    SLICE_COLORS[index % len(SLICE_COLORS)],
                    detail=detail,
                    gauge=load.fraction,
                    warnings=tuple(prioritise.slice_warnings(load, summary.language)),
                )
            )
        slice_ids = {s.id for s in summary.slices}
        cards = []
        for candidate in self._ordered(summary):
            pills: list[tuple[str, str]] = []
            if candidate.moscow:
                pills.append(
                    (moscow_label(candidate.moscow), MOSCOW_COLORS[MoSCoW(candidate.moscow)])
                )
            # Person-months only; an item without them says "no estimate", never "0".
            estimated = prioritise.has_estimate(candidate)
            pills.append(
                (
                    prioritise.effort_label(candidate, summary.language),
                    "#57534E" if estimated else theme.WARNING_FG,
                )
            )
            score = summary.scores.get(candidate.id)
            if score is not None:
                pills.append((format_score(score), "#334155"))
            column = candidate.slice_id if candidate.slice_id in slice_ids else None
            cards.append(
                BoardCard(
                    candidate.id,
                    column,
                    candidate.text,
                    category_color(summary.categories.get(candidate.id)),
                    tuple(pills),
                    note=prioritise.estimate_note(candidate, summary.language),
                )
            )
        self.board.empty_hint = self.tr("No candidates yet: add or promote some first.")
        self.board.set_content(columns, cards)

    @staticmethod
    def _ordered(summary: BoardSummary) -> list[prioritise.Candidate]:
        """Within a column: Must, Should, Could, Won't, unlabelled; then best score first."""
        rank = {m.value: i for i, m in enumerate(MoSCoW)}

        def key(candidate: prioritise.Candidate) -> tuple[int, float, int]:
            score = summary.scores.get(candidate.id)
            return (
                rank.get(candidate.moscow or "", len(rank)),
                -(score if score is not None else -1.0),
                candidate.id,
            )

        return sorted(summary.candidates, key=key)

    # --- slice edits ---------------------------------------------------------------------
    def create_default_slices(self) -> None:
        self.controller.try_edit(
            self.tr("Create release slices"),
            lambda: prioritise_flow.create_default_slices(self.controller.data, self.board_id),
        )

    def _ask_new_slice(self) -> None:
        name, ok = ask_name(self, self.tr("Add slice"), self.tr("Name:"))
        if ok:
            self.add_slice(name)

    def add_slice(self, name: str, budget: float = 0.0) -> bool:
        return self.controller.try_edit(
            self.tr("Add slice"),
            lambda: prioritise_flow.add_slice(self.controller.data, self.board_id, name, budget),
        )

    def _edit_slice(self, key: object) -> None:
        if not isinstance(key, int) or self.summary is None:
            return
        release_slice = next((s for s in self.summary.slices if s.id == key), None)
        if release_slice is None:
            return
        dialog = SliceDialog(release_slice.name, release_slice.budget, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if dialog.remove_requested:
            self.remove_slice(key)
            return
        self.update_slice(key, dialog.name_edit.text(), dialog.budget_spin.value())

    def update_slice(self, slice_id: int, name: str, budget: float) -> bool:
        """Rename and re-budget in one edit (one dialog, one undo step)."""
        return self.controller.try_edit(
            self.tr("Change slice"),
            lambda: prioritise_flow.update_slice(self.controller.data, slice_id, name, budget),
        )

    def remove_slice(self, slice_id: int) -> bool:
        return self.controller.try_edit(
            self.tr("Remove slice"),
            lambda: prioritise_flow.remove_slice(self.controller.data, slice_id),
        )

    # --- card gestures -------------------------------------------------------------------
    def _dropped(self, ids: list[int], key: object) -> None:
        self.assign(ids, key if isinstance(key, int) else None)

    def assign(self, ids: Sequence[int], slice_id: int | None) -> bool:
        return self.controller.try_edit(
            self.tr("Move to slice"),
            lambda: prioritise_flow.assign_to_slice(self.controller.data, ids, slice_id),
        )

    def _key_pressed(self, ids: list[int], text: str) -> None:
        if text in MOSCOW_KEYS:
            self.set_moscow(ids, MOSCOW_KEYS[text])

    def label_selected(self, moscow: MoSCoW | None) -> None:
        if self.board.selected:
            self.set_moscow(list(self.board.selected), moscow)

    def set_moscow(self, ids: Sequence[int], moscow: MoSCoW | None) -> bool:
        return self.controller.try_edit(
            self.tr("MoSCoW label"),
            lambda: prioritise_flow.set_moscow(self.controller.data, ids, moscow),
        )

    # --- the suggested cut ---------------------------------------------------------------
    def suggest_cut(self) -> CutDialog | None:
        """Show the suggestion (non-blocking); Accept applies it as one edit."""
        data = self.controller.data
        try:
            target = prioritise_flow.first_slice(data, self.board_id)
            suggestion = prioritise_flow.suggest_cut(data, self.board_id, target.id)
        except prioritise_flow.FlowRefused as refused:
            self.controller.error.emit(str(refused))
            return None
        summary = prioritise_flow.board_summary(data, self.board_id)
        dialog = CutDialog(suggestion, summary, target.name, self)
        dialog.accepted.connect(lambda: self._apply_cut(target.id, suggestion.chosen))
        dialog.finished.connect(dialog.deleteLater)
        self.cut_dialog = dialog
        dialog.open()
        return dialog

    def _apply_cut(self, slice_id: int, chosen: list[int]) -> None:
        self.cut_dialog = None
        self.controller.try_edit(
            self.tr("Accept suggested cut"),
            lambda: prioritise_flow.apply_cut(
                self.controller.data, self.board_id, slice_id, chosen
            ),
        )
