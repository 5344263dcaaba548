"""The Scores tab: RICE or ICE (the workshop picks one) in a sortable, editable table.

`ScoreTableModel` is a thin adapter over the board summary: it shows domain values and
hands every edit to a `submit(candidate_id, field, text)` callback, which the tab turns
into one controller edit. It holds no rules and can be tested without a view.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain import prioritise_flow
from app.domain.prioritise import Candidate
from app.domain.prioritise_flow import BoardSummary
from app.ui import theme
from app.ui.controller import Controller
from app.ui.exercises.prioritise_candidates import CANDIDATE_MIN
from app.ui.exercises.prioritise_common import category_color, category_label, format_score
from app.ui.fit import MinimumStretch

ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
Submit = Callable[[int, str, str], bool]
AnyIndex = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("ScoreTableModel", text)


@dataclass(frozen=True)
class ScoreColumn:
    key: str  # a Candidate field for editable columns; "kano", "votes", "score", "slice"
    header: str
    editable: bool = False
    tooltip: str = ""


def score_columns(method: str) -> list[ScoreColumn]:
    head = [
        ScoreColumn("text", _tr("Candidate"), editable=True),
        ScoreColumn("kano", _tr("Kano")),
        ScoreColumn("votes", _tr("Votes")),
    ]
    if method == "ice":
        inputs = [
            ScoreColumn("ice_impact", _tr("Impact"), True, _tr("1-10: how much it moves the goal")),
            ScoreColumn("ice_confidence", _tr("Confidence"), True, _tr("1-10: how sure we are")),
            ScoreColumn("ice_ease", _tr("Ease"), True, _tr("1-10: higher means less effort")),
        ]
        score = ScoreColumn("score", _tr("ICE score"), tooltip=_tr("Impact × Confidence × Ease"))
    else:
        inputs = [
            ScoreColumn("reach", _tr("Reach"), True, _tr("People or events per period")),
            ScoreColumn(
                "rice_impact",
                _tr("Impact"),
                True,
                _tr("3 massive, 2 high, 1 medium, 0.5 low, 0.25 minimal"),
            ),
            ScoreColumn(
                "confidence", _tr("Confidence"), True, _tr("Percent: 100 high, 80 medium, 50 low")
            ),
            ScoreColumn("effort_months", _tr("Effort"), True, _tr("Person-months")),
        ]
        score = ScoreColumn(
            "score", _tr("RICE score"), tooltip=_tr("Reach × Impact × Confidence ÷ Effort")
        )
    return [*head, *inputs, score, ScoreColumn("slice", _tr("Slice"))]


def score_inputs(candidate: Candidate) -> dict[str, float | int | None]:
    """What the Scores tab lets a person type, by field name (`prioritise_flow.SCORE_FIELDS`)."""
    return {
        "reach": candidate.reach,
        "rice_impact": candidate.rice_impact,
        "confidence": candidate.confidence,
        "effort_months": candidate.effort_months,
        "ice_impact": candidate.ice_impact,
        "ice_confidence": candidate.ice_confidence,
        "ice_ease": candidate.ice_ease,
    }


def _number_text(value: float | int | None, percent: bool = False) -> str:
    if value is None:
        return ""
    text = f"{value:g}" if isinstance(value, float) else str(value)
    return f"{text}%" if percent else text


class ScoreTableModel(QAbstractTableModel):
    def __init__(self, submit: Submit | None = None) -> None:
        super().__init__()
        self.submit_edit = submit
        self.summary: BoardSummary | None = None
        self.rows: list[Candidate] = []
        self.columns: list[ScoreColumn] = score_columns("rice")

    def set_summary(self, summary: BoardSummary) -> None:
        columns = score_columns(summary.method)
        same_shape = sorted(c.id for c in summary.candidates) == sorted(
            c.id for c in self.rows
        ) and [c.key for c in columns] == [c.key for c in self.columns]
        if same_shape:
            # Values only: keep the rows in their places, the view's selection, sorting
            # and any open editor.
            self.summary = summary
            fresh = {c.id: c for c in summary.candidates}
            self.rows = [fresh[c.id] for c in self.rows]
            if self.rows:
                self.dataChanged.emit(
                    self.index(0, 0), self.index(len(self.rows) - 1, len(self.columns) - 1)
                )
            return
        self.beginResetModel()
        self.summary = summary
        self.rows = list(summary.candidates)
        self.columns = columns
        self.endResetModel()

    def column_index(self, key: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.key == key)

    # --- the Qt model interface ----------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.header
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip or None
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.columns[index.column()].editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or self.summary is None:
            return None
        candidate = self.rows[index.row()]
        column = self.columns[index.column()]
        if role == ID_ROLE:
            return candidate.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(candidate, column.key)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_text(candidate, column.key)
        if role == SORT_ROLE:
            return self._sort_value(candidate, column.key)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.key not in (
            "text",
            "kano",
            "slice",
        ):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column.key == "kano":
            return QColor(category_color(self.summary.categories.get(candidate.id)))
        if role == Qt.ItemDataRole.FontRole and column.key == "score":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column.key == "text":
            return candidate.text
        return None

    def setData(self, index: AnyIndex, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.submit_edit is None:
            return False
        column = self.columns[index.column()]
        if not column.editable:
            return False
        candidate = self.rows[index.row()]
        text = "" if value is None else str(value)
        if text == self._edit_text(candidate, column.key):
            return False
        return self.submit_edit(candidate.id, column.key, text)

    # --- values --------------------------------------------------------------------------
    def _display(self, candidate: Candidate, key: str) -> str:
        assert self.summary is not None
        if key == "text":
            return candidate.text
        if key == "kano":
            category = self.summary.categories.get(candidate.id)
            return category_label(category) if category is not None else ""
        if key == "votes":
            return str(self.summary.votes.get(candidate.id, 0))
        if key == "score":
            return format_score(self.summary.scores.get(candidate.id))
        if key == "slice":
            return self.summary.slice_name(candidate.slice_id)
        if key == "confidence":
            return _number_text(candidate.confidence, percent=True)
        return _number_text(score_inputs(candidate).get(key))

    def _edit_text(self, candidate: Candidate, key: str) -> str:
        if key == "text":
            return candidate.text
        value = score_inputs(candidate).get(key)
        return _number_text(value) if value is not None else ""

    def _sort_value(self, candidate: Candidate, key: str) -> object:
        assert self.summary is not None
        if key == "votes":
            return float(self.summary.votes.get(candidate.id, 0))
        if key == "score":
            value = self.summary.scores.get(candidate.id)
            return -math.inf if value is None else value  # unscored sink to the bottom
        if key in prioritise_flow.SCORE_FIELDS:
            value = score_inputs(candidate)[key]
            return -math.inf if value is None else float(value)
        if key == "kano":
            category = self.summary.categories.get(candidate.id)
            return 99 if category is None else "MOAIRQ".index(category.value)
        return self._display(candidate, key).casefold()


class ScoresTab(QWidget):
    def __init__(
        self, controller: Controller, board_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.board_id = board_id

        bar = QHBoxLayout()
        label = QLabel(self.tr("Score method:"))
        label.setStyleSheet("font-weight: bold;")
        bar.addWidget(label)
        self.rice_button = QPushButton("RICE")
        self.ice_button = QPushButton("ICE")
        self.method_group = QButtonGroup(self)
        for button in (self.rice_button, self.ice_button):
            button.setCheckable(True)
            button.setMinimumWidth(90)
            self.method_group.addButton(button)
            bar.addWidget(button)
        self.rice_button.clicked.connect(lambda: self.set_method("rice"))
        self.ice_button.clicked.connect(lambda: self.set_method("ice"))
        self.formula = QLabel("")
        self.formula.setStyleSheet(f"color: {theme.MUTED};")
        self.formula.setWordWrap(True)
        bar.addWidget(self.formula, 1)

        self.model = ScoreTableModel(self._submit)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        # Rows keep their place while values are typed (a row that jumps away under the
        # cursor takes the next value to the wrong candidate); a header click sorts.
        self.proxy.setDynamicSortFilter(False)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(self.model.column_index("score"), Qt.SortOrder.DescendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(40)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        # The name column stretches, but never below a readable width (then it scrolls).
        self.view_stretch = MinimumStretch(self.view, (0,), CANDIDATE_MIN)

        hint = QLabel(
            self.tr(
                "Double-click a cell (or start typing) to change a value; click a header to sort."
            )
        )
        hint.setStyleSheet(f"color: {theme.MUTED};")
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(hint)

    def showEvent(self, event: QShowEvent) -> None:
        """Coming back to the table sorts it again (typing never does)."""
        super().showEvent(event)
        self.resort()

    def resort(self) -> None:
        header = self.view.horizontalHeader()
        self.proxy.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())

    def refresh(self, summary: BoardSummary) -> None:
        was_reset = [c.key for c in score_columns(summary.method)] != [
            c.key for c in self.model.columns
        ]
        self.model.set_summary(summary)
        self.rice_button.setChecked(summary.method == "rice")
        self.ice_button.setChecked(summary.method == "ice")
        self.formula.setText(
            self.tr("Impact × Confidence × Ease, each 1-10")
            if summary.method == "ice"
            else self.tr("Reach × Impact × Confidence ÷ Effort (person-months)")
        )
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view_stretch.apply()
        if was_reset:
            self.view.sortByColumn(self.model.column_index("score"), Qt.SortOrder.DescendingOrder)

    def set_method(self, method: str) -> None:
        data = self.controller.data
        if data.workshop.score_method == method:
            return
        try:
            workshop = prioritise_flow.set_score_method(data.workshop, method)
        except prioritise_flow.FlowRefused as refused:
            self.controller.error.emit(str(refused))
            return
        self.controller.edit_workshop(self.tr("Score method"), score_method=workshop.score_method)

    def _submit(self, candidate_id: int, field: str, text: str) -> bool:
        data = self.controller.data
        if field == "text":
            return self.controller.try_edit(
                self.tr("Rename candidate"),
                lambda: prioritise_flow.rename_candidate(data, candidate_id, text),
            )
        return self.controller.try_edit(
            self.tr("Score"),
            lambda: prioritise_flow.set_score_fields(data, candidate_id, **{field: text}),
        )
