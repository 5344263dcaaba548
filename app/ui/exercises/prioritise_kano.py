"""The Kano tab: quick sorting into five columns or the questionnaire grid above, the
results table and the Better/Worse scatter below, and the dated note that classes drift."""

from __future__ import annotations

from collections.abc import Hashable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain import kano, prioritise_flow
from app.domain.kano import KanoCategory
from app.domain.prioritise_flow import BoardSummary
from app.ui import theme
from app.ui.controller import Controller
from app.ui.exercises.prioritise_cards import BoardCard, BoardColumn, ColumnBoard
from app.ui.exercises.prioritise_common import (
    QUICK_ORDER,
    category_color,
    category_label,
)
from app.ui.exercises.prioritise_questionnaire import QuestionnairePanel
from app.ui.exercises.prioritise_scatter import KanoScatter
from app.ui.fit import MinimumStretch, name_columns

KEY_TO_CATEGORY: dict[str, KanoCategory | None] = {
    "0": None,
    **{str(number): category for number, category in enumerate(QUICK_ORDER, start=1)},
}
CANDIDATE_MIN = 200  # the results' candidate column: narrower, the table scrolls sideways
COUNT_COLUMNS = (
    KanoCategory.M,
    KanoCategory.O,
    KanoCategory.A,
    KanoCategory.I,
    KanoCategory.R,
    KanoCategory.Q,
)


def next_unsorted(unsorted: Sequence[int], sorted_now: Sequence[int]) -> int:
    """The card to select after `sorted_now` left the unsorted column: the next one after
    them in the column, else the first still unsorted (-1: none left)."""
    done = set(sorted_now)
    rest = [i for i in unsorted if i not in done]
    if not rest:
        return -1
    places = [unsorted.index(i) for i in sorted_now if i in unsorted]
    after = max(places) if places else -1
    return next((i for i in unsorted[after + 1 :] if i not in done), rest[0])


def _coefficient(value: float | None) -> str:
    return "–" if value is None else f"{value:+.2f}".replace("+0.00", "0.00")


def _marks(result: kano.KanoResult | None, language: str) -> str:
    """" · n=3 · tie" after a class, as the PDF and the CSV mark it (see `_caveats`)."""
    return "".join(f" · {mark}" for mark in kano.result_marks(result, language))


def _caveats(result: kano.KanoResult | None, language: str) -> str:
    """What the marks mean, one sentence a line (the tooltip of a marked class)."""
    return "\n".join(
        caveat[:1].upper() + caveat[1:] + "." for caveat in kano.result_caveats(result, language)
    )


# --- the tab -------------------------------------------------------------------------------------
class KanoTab(QWidget):
    def __init__(
        self, controller: Controller, board_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.board_id = board_id

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.quick_button = QPushButton(self.tr("Quick sort"))
        self.survey_button = QPushButton(self.tr("Questionnaire"))
        self.mode_group = QButtonGroup(self)
        for index, button in enumerate((self.quick_button, self.survey_button)):
            button.setCheckable(True)
            self.mode_group.addButton(button, index)
            top.addWidget(button)
        self.quick_button.setChecked(True)
        self.mode_group.idClicked.connect(self.set_mode)
        self.drift_note = QLabel("")
        self.drift_note.setWordWrap(True)
        self.drift_note.setStyleSheet(
            f"background: {theme.WARNING_BG}; color: {theme.WARNING_FG}; "
            "border-radius: 6px; padding: 6px 10px;"
        )
        top.addWidget(self.drift_note, 1)
        layout.addLayout(top)

        self.quick_board = ColumnBoard(header_height=64)  # room for a title on 3 lines
        self.quick_board.dropped.connect(self._dropped)
        self.quick_board.key_pressed.connect(self._key_pressed)
        quick_scroll = QScrollArea()
        quick_scroll.setWidgetResizable(True)
        quick_scroll.setFrameShape(QFrame.Shape.NoFrame)
        quick_scroll.setWidget(self.quick_board)
        quick_page = QWidget()
        quick_layout = QVBoxLayout(quick_page)
        quick_layout.setContentsMargins(0, 0, 0, 0)
        hint = QLabel(
            self.tr(
                "Drag cards into a column, or select a card and press 1-5 (0 takes it back out)."
            )
        )
        hint.setStyleSheet(f"color: {theme.MUTED};")
        hint.setWordWrap(True)
        quick_layout.addWidget(hint)
        quick_layout.addWidget(quick_scroll, 1)
        self.questionnaire = QuestionnairePanel(controller, board_id)
        self._summary: BoardSummary | None = None  # what the questionnaire shows when opened
        self.stack = QStackedWidget()
        self.stack.addWidget(quick_page)
        self.stack.addWidget(self.questionnaire)

        self.results = QTableWidget()
        self.results_stretch = MinimumStretch(self.results, (0,), CANDIDATE_MIN)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.verticalHeader().setVisible(False)
        self.scatter = KanoScatter()

        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(self.results)
        lower.addWidget(self.scatter)
        lower.setSizes([860, 740])
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.stack)
        splitter.addWidget(lower)
        splitter.setSizes([470, 490])
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)

    def set_mode(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        button = self.mode_group.button(index)
        if button is not None and not button.isChecked():
            button.setChecked(True)
        self._refresh_questionnaire()

    def _refresh_questionnaire(self) -> None:
        # The grid holds a widget per answer cell (hundreds on a real board, seconds to
        # build): it is built when the questionnaire is shown, not with every board.
        if self._summary is not None and self.stack.currentWidget() is self.questionnaire:
            self.questionnaire.refresh(self._summary)

    def refresh(self, summary: BoardSummary) -> None:
        if summary.results_date:
            self.drift_note.setText(kano.drift_note(summary.results_date, summary.language))
        else:
            self.drift_note.setText(
                self.tr(
                    "Results are dated when the first candidate is sorted: classes drift over time."
                )
            )
        self._refresh_quick(summary)
        self._summary = summary
        self._refresh_questionnaire()
        self._refresh_results(summary)
        self.scatter.set_summary(summary)

    def _refresh_quick(self, summary: BoardSummary) -> None:
        columns = [BoardColumn(None, category_label(None), category_color(None), shortcut="0")]
        columns += [
            BoardColumn(
                category, category_label(category), category_color(category), shortcut=str(n)
            )
            for n, category in enumerate(QUICK_ORDER, start=1)
        ]
        cards = []
        for candidate in summary.candidates:
            pills: list[tuple[str, str]] = []
            result = summary.results.get(candidate.id)
            votes = summary.votes.get(candidate.id, 0)
            if votes:
                pills.append((f"● {votes}", theme.ACCENT_DARK))
            if result is not None and result.category is not None:
                # Votes and the marks come first, the marks in a pill of their own: a narrow
                # card elides the class name, never them.
                marks = " · ".join(kano.result_marks(result, summary.language))
                if marks:
                    pills.append((marks, theme.WARNING_FG))
                pills.append(
                    (
                        self.tr("Survey: %1").replace("%1", category_label(result.category)),
                        category_color(result.category),
                    )
                )
            # Reverse and questionable quick classes: Q cannot be picked by hand, R can.
            column: Hashable = candidate.kano if candidate.kano in QUICK_ORDER else None
            cards.append(
                BoardCard(
                    candidate.id,
                    column,
                    candidate.text,
                    category_color(candidate.kano),
                    tuple(pills),
                    note=_caveats(result, summary.language),
                )
            )
        self.quick_board.empty_hint = self.tr("No candidates yet: add or promote some first.")
        self.quick_board.set_content(columns, cards)

    def _refresh_results(self, summary: BoardSummary) -> None:
        headers = [
            self.tr("Candidate"),
            *(c.value for c in COUNT_COLUMNS),
            "n",
            self.tr("Category"),
            self.tr("Strength"),
            self.tr("Better"),
            self.tr("Worse"),
        ]
        table = self.results
        table.clear()
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(summary.candidates))
        for row, candidate in enumerate(summary.candidates):
            result = summary.results.get(candidate.id)
            category = summary.categories.get(candidate.id)
            label = category_label(category) if category is not None else "–"
            from_quick_sort = result is None and category is not None
            if result is not None and result.category == category:
                label += _marks(result, summary.language)
            values: list[str] = [candidate.text]
            values += [str(result.counts[c]) if result else "" for c in COUNT_COLUMNS]
            values += [
                str(result.n) if result else "",
                label,
                f"{result.category_strength:.0f}%" if result else "",
                _coefficient(result.better) if result else "",
                _coefficient(result.worse) if result else "",
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == 0:
                    item.setToolTip(candidate.text)
                elif column != len(COUNT_COLUMNS) + 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                else:
                    item.setForeground(QColor(category_color(category)))
                    font = item.font()
                    # Italic: only the quick sort says so; bold: the questionnaire does.
                    font.setBold(not from_quick_sort)
                    font.setItalic(from_quick_sort)
                    item.setFont(font)
                    source = (
                        self.tr("From the quick sort; no questionnaire answers yet")
                        if from_quick_sort
                        else self.tr("From the questionnaire answers")
                    )
                    caveats = _caveats(result, summary.language)
                    item.setToolTip(f"{source}\n{caveats}" if caveats else source)
                table.setItem(row, column, item)
        category_header = table.horizontalHeaderItem(len(COUNT_COLUMNS) + 2)
        if category_header is not None:
            category_header.setToolTip(
                self.tr("Bold: from questionnaire answers. Italic: from the quick sort.")
            )
        header = table.horizontalHeader()
        for column in range(1, len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        name_columns(table)
        self.results_stretch.apply()  # the candidate's name: stretched, never squeezed
        table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    # --- quick-mode gestures -------------------------------------------------------------
    def _dropped(self, ids: list[int], key: object) -> None:
        category = key if isinstance(key, KanoCategory) else None
        self.classify(ids, category)

    def _key_pressed(self, ids: list[int], text: str) -> None:
        if text not in KEY_TO_CATEGORY:
            return
        category = KEY_TO_CATEGORY[text]
        unsorted = [c.id for c in self.quick_board.cards if c.column is None]
        self.classify(ids, category)
        if category is not None:
            # The selection moves on to the next unsorted card, ready for the next key.
            self.quick_board.select([next_unsorted(unsorted, ids)] if unsorted else [])

    def classify(self, ids: Sequence[int], category: KanoCategory | None) -> None:
        self.controller.try_edit(
            self.tr("Kano class"),
            lambda: prioritise_flow.set_kano_class(self.controller.data, ids, category),
        )
