"""The Candidates tab: what competes for the release, where each came from, and a picker
to promote ideas (most-voted first) from the capture and good/bad boards."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain import prioritise_flow
from app.domain.prioritise_flow import BoardSummary
from app.ui import theme
from app.ui.controller import Controller
from app.ui.exercises.prioritise_common import (
    category_color,
    category_label,
    format_score,
    origin_label,
)
from app.ui.fit import MinimumStretch, set_placeholder

ID_ROLE = Qt.ItemDataRole.UserRole
CANDIDATE_MIN = 160  # the candidate column: narrower, the table scrolls sideways


class CandidatesTab(QWidget):
    def __init__(
        self, controller: Controller, board_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.board_id = board_id

        add_row = QHBoxLayout()
        self.text_edit = QLineEdit()
        set_placeholder(self.text_edit, self.tr("Type a candidate and press Enter"))
        self.text_edit.setStyleSheet("font-size: 16pt; padding: 8px 12px;")
        self.text_edit.returnPressed.connect(self.add_typed)
        add_button = QPushButton(self.tr("Add"))
        add_button.setProperty("primary", True)
        add_button.clicked.connect(self.add_typed)
        add_row.addWidget(self.text_edit, 1)
        add_row.addWidget(add_button)

        self.table = QTableWidget()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(40)
        self.table.setWordWrap(False)
        # The name column stretches, but never below a readable width (then it scrolls).
        self.table_stretch = MinimumStretch(self.table, (0,), CANDIDATE_MIN)

        buttons = QHBoxLayout()
        self.vote_up = QPushButton(self.tr("+1 vote"))
        self.vote_up.setToolTip(self.tr("Record a dot the room gave this candidate"))
        self.vote_up.clicked.connect(lambda: self.vote_selected(1))
        self.vote_down = QPushButton(self.tr("−1 vote"))
        self.vote_down.clicked.connect(lambda: self.vote_selected(-1))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        for button in (self.vote_up, self.vote_down, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        votes_hint = QLabel(
            self.tr("Promoted candidates count their note's dots; typed ones get votes here.")
        )
        votes_hint.setStyleSheet(f"color: {theme.MUTED};")
        # Wrapped: on one line the hint alone made the board wider than a laptop's page.
        votes_hint.setWordWrap(True)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(add_row)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(buttons)
        left_layout.addWidget(votes_hint)  # below the buttons: beside them it widened the tab

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Promote ideas from other boards"))
        title.setObjectName("sectionTitle")
        title.setWordWrap(True)
        right_layout.addWidget(title)
        hint = QLabel(self.tr("Most-voted first. Tick ideas, then promote them."))
        hint.setStyleSheet(f"color: {theme.MUTED};")
        hint.setWordWrap(True)
        right_layout.addWidget(hint)
        self.picker = QListWidget()
        self.picker.setWordWrap(True)
        right_layout.addWidget(self.picker, 1)
        self.promote_button = QPushButton(self.tr("Promote ticked ideas"))
        self.promote_button.setProperty("primary", True)
        self.promote_button.clicked.connect(self.promote_checked)
        right_layout.addWidget(self.promote_button)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    # --- display -------------------------------------------------------------------------
    def refresh(self, summary: BoardSummary) -> None:
        selected = set(self.selected_ids())
        headers = [
            self.tr("Candidate"),
            self.tr("Where it came from"),
            self.tr("Kano"),
            self.tr("Votes"),
            self.tr("Score"),
        ]
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(summary.candidates))
        for row, candidate in enumerate(summary.candidates):
            category = summary.categories.get(candidate.id)
            values = (
                candidate.text,
                origin_label(candidate.origin),
                category_label(category) if category is not None else "",
                str(summary.votes.get(candidate.id, 0)),
                format_score(summary.scores.get(candidate.id)),
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(ID_ROLE, candidate.id)
                if column == 0:
                    item.setToolTip(candidate.text)
                if column == 1:
                    item.setForeground(QColor(theme.MUTED))
                if column == 2:
                    item.setForeground(QColor(category_color(category)))
                if column >= 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, column, item)
            if candidate.id in selected:
                self.table.selectRow(row)
        header = self.table.horizontalHeader()
        for column in range(1, len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table_stretch.apply()
        self._refresh_picker()

    def _refresh_picker(self) -> None:
        data = self.controller.data
        checked = set(self.checked_note_ids())
        totals = data.vote_totals()
        boards = {b.id: b.title for b in data.boards}
        self.picker.clear()
        for note in prioritise_flow.promotable_notes(data, self.board_id):
            votes = totals.get(note.id, 0)
            label = f"{note.text}\n● {votes}  ·  {boards.get(note.board_id, '')}"
            item = QListWidgetItem(label)
            item.setData(ID_ROLE, note.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if note.id in checked else Qt.CheckState.Unchecked
            )
            self.picker.addItem(item)
        self.promote_button.setEnabled(self.picker.count() > 0)

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        ids = []
        for row in rows:
            item = self.table.item(row, 0)
            if item is not None:
                ids.append(int(item.data(ID_ROLE)))
        return ids

    def checked_note_ids(self) -> list[int]:
        ids = []
        for row in range(self.picker.count()):
            item = self.picker.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                ids.append(int(item.data(ID_ROLE)))
        return ids

    # --- gestures ------------------------------------------------------------------------
    def add_typed(self) -> None:
        text = self.text_edit.text()
        if not text.strip():
            return
        added = self.controller.try_edit(
            self.tr("Add candidate"),
            lambda: prioritise_flow.add_candidate(self.controller.data, self.board_id, text),
        )
        if added:
            self.text_edit.clear()

    def vote_selected(self, delta: int) -> None:
        ids = self.selected_ids()
        if not ids:
            return

        def pairs() -> list[prioritise_flow.Pair]:
            result: list[prioritise_flow.Pair] = []
            for candidate_id in ids:
                result += prioritise_flow.proxy_vote(self.controller.data, candidate_id, delta)
            return result

        self.controller.try_edit(self.tr("Vote"), pairs)

    def remove_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.controller.edit(
                self.tr("Remove candidates"),
                prioritise_flow.remove_candidates(self.controller.data, ids),
            )

    def promote_checked(self) -> None:
        ids = self.checked_note_ids()
        if ids:
            self.controller.edit(
                self.tr("Promote ideas"),
                prioritise_flow.promote_notes(self.controller.data, self.board_id, ids),
            )
