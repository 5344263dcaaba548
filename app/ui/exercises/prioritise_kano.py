"""The Kano tab: quick sorting into five columns, the questionnaire grid, the results
table and the Better/Worse scatter, with the dated note that classes drift over time."""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
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

from app.domain import csv_ideas, kano, prioritise_flow
from app.domain.kano import KanoAnswer, KanoCategory
from app.domain.prioritise_flow import BoardSummary
from app.ui import theme
from app.ui.controller import Controller
from app.ui.exercises.prioritise_cards import BoardCard, BoardColumn, ColumnBoard
from app.ui.exercises.prioritise_common import (
    HEADER_TEXT_PX,
    QUICK_ORDER,
    SMALL_TEXT_PX,
    category_color,
    category_label,
    px_font,
)

KEY_TO_CATEGORY: dict[str, KanoCategory | None] = {
    "0": None,
    **{str(number): category for number, category in enumerate(QUICK_ORDER, start=1)},
}
COUNT_COLUMNS = (
    KanoCategory.M,
    KanoCategory.O,
    KanoCategory.A,
    KanoCategory.I,
    KanoCategory.R,
    KanoCategory.Q,
)


def _short(text: str, limit: int = 34) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _coefficient(value: float | None) -> str:
    return "–" if value is None else f"{value:+.2f}".replace("+0.00", "0.00")


# --- Better/Worse scatter ------------------------------------------------------------------------
class KanoScatter(QWidget):
    """x = Worse (0 at the left to -1 at the right), y = Better (0..1); lines at 0.5."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: list[tuple[int, str, float, float, KanoCategory | None]] = []
        self.unplotted = 0
        self.label_rects: dict[int, QRectF] = {}
        self._corner_labels: list[QRectF] = []  # quadrant names, kept clear of point labels
        self.setMinimumSize(420, 340)

    def set_summary(self, summary: BoardSummary) -> None:
        self.points = []
        for candidate in summary.candidates:
            result = summary.results.get(candidate.id)
            if result is None or result.better is None or result.worse is None:
                continue
            self.points.append(
                (
                    candidate.id,
                    candidate.text,
                    result.better,
                    result.worse,
                    summary.categories.get(candidate.id),
                )
            )
        self.unplotted = len(summary.candidates) - len(self.points)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(640, 460)

    def plot_rect(self) -> QRectF:
        return QRectF(self.rect()).adjusted(78, 48, -24, -70)

    def to_screen(self, better: float, worse: float) -> QPointF:
        plot = self.plot_rect()
        return QPointF(
            plot.left() + abs(worse) * plot.width(), plot.bottom() - better * plot.height()
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(theme.PANEL))
        plot = self.plot_rect()
        self._corner_labels = []
        self._paint_frame(painter, plot)
        self._paint_points(painter, plot)
        painter.end()

    def _paint_frame(self, painter: QPainter, plot: QRectF) -> None:
        painter.setPen(QColor(theme.INK))
        painter.setFont(px_font(HEADER_TEXT_PX, bold=True))
        painter.drawText(
            QRectF(plot.left(), 8, plot.width(), 32),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            self.tr("Better / Worse"),
        )
        half_x = plot.left() + plot.width() / 2
        half_y = plot.top() + plot.height() / 2
        corners = (
            (KanoCategory.A, QRectF(plot.left(), plot.top(), plot.width() / 2, plot.height() / 2)),
            (KanoCategory.O, QRectF(half_x, plot.top(), plot.width() / 2, plot.height() / 2)),
            (KanoCategory.I, QRectF(plot.left(), half_y, plot.width() / 2, plot.height() / 2)),
            (KanoCategory.M, QRectF(half_x, half_y, plot.width() / 2, plot.height() / 2)),
        )
        for category, corner in corners:
            fill = QColor(category_color(category))
            fill.setAlpha(22)
            painter.fillRect(corner, fill)
            ink = QColor(category_color(category))
            painter.setPen(ink)
            painter.setFont(px_font(SMALL_TEXT_PX + 2, bold=True))
            flags = Qt.AlignmentFlag.AlignTop | (
                Qt.AlignmentFlag.AlignLeft
                if corner.left() == plot.left()
                else Qt.AlignmentFlag.AlignRight
            )
            if corner.top() != plot.top():
                flags = (flags & ~Qt.AlignmentFlag.AlignTop) | Qt.AlignmentFlag.AlignBottom
            self._corner_labels.append(
                painter.drawText(corner.adjusted(10, 6, -10, -6), flags, category_label(category))
            )
        painter.setPen(QPen(QColor(theme.BORDER), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(plot)
        painter.setPen(QPen(QColor(theme.MUTED), 1.5, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(half_x, plot.top()), QPointF(half_x, plot.bottom()))
        painter.drawLine(QPointF(plot.left(), half_y), QPointF(plot.right(), half_y))
        painter.setPen(QColor(theme.MUTED))
        painter.setFont(px_font(SMALL_TEXT_PX))
        for step in range(5):
            value = step / 4
            x = plot.left() + value * plot.width()
            painter.drawText(
                QRectF(x - 30, plot.bottom() + 4, 60, 20),
                Qt.AlignmentFlag.AlignHCenter,
                "0" if step == 0 else f"−{value:g}",
            )
            y = plot.bottom() - value * plot.height()
            painter.drawText(
                QRectF(plot.left() - 48, y - 10, 42, 20),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                f"{value:g}",
            )
        painter.setPen(QColor(theme.INK))
        painter.setFont(px_font(SMALL_TEXT_PX, bold=True))
        painter.drawText(
            QRectF(plot.left(), plot.bottom() + 26, plot.width(), 22),
            Qt.AlignmentFlag.AlignHCenter,
            self.tr("Worse: unhappy without it →"),
        )
        painter.save()
        painter.translate(18, plot.center().y())
        painter.rotate(-90)
        painter.drawText(
            QRectF(-plot.height() / 2, -10, plot.height(), 22),
            Qt.AlignmentFlag.AlignHCenter,
            self.tr("Better: happy with it →"),
        )
        painter.restore()
        if self.unplotted:
            painter.setPen(QColor(theme.MUTED))
            painter.setFont(px_font(SMALL_TEXT_PX))
            painter.drawText(
                QRectF(plot.left(), self.height() - 22, plot.width(), 20),
                Qt.AlignmentFlag.AlignRight,
                self.tr("Not plotted (no questionnaire answers yet): %1").replace(
                    "%1", str(self.unplotted)
                ),
            )

    def _paint_points(self, painter: QPainter, plot: QRectF) -> None:
        font = px_font(SMALL_TEXT_PX + 1, bold=True)
        metrics = QFontMetricsF(font)
        centers = [self.to_screen(better, worse) for _i, _t, better, worse, _c in self.points]
        # Labels avoid each other, the quadrant names and a halo around every other point
        # (a label right beside someone else's point would read as that point's label).
        halos = [QRectF(c.x() - 26, c.y() - 20, 52, 40) for c in centers]
        taken: list[QRectF] = list(self._corner_labels)
        bounds = QRectF(self.rect()).adjusted(4, 4, -4, -4)
        self.label_rects = {}
        labels: list[tuple[QPointF, QRectF, str, KanoCategory | None]] = []
        for index, (center, (candidate_id, text, _b, _w, category)) in enumerate(
            zip(centers, self.points, strict=True)
        ):
            label = _short(text, 28)
            width = metrics.horizontalAdvance(label) + 10
            height = metrics.height() + 4
            left_x, right_x = center.x() - 13 - width, center.x() + 13
            options = (
                QRectF(right_x, center.y() - height / 2, width, height),
                QRectF(left_x, center.y() - height / 2, width, height),
                QRectF(center.x() - width / 2, center.y() - 14 - height, width, height),
                QRectF(center.x() - width / 2, center.y() + 14, width, height),
                QRectF(right_x, center.y() + 4, width, height),
                QRectF(right_x, center.y() - 4 - height, width, height),
                QRectF(left_x, center.y() + 4, width, height),
                QRectF(left_x, center.y() - 4 - height, width, height),
            )
            inside = [rect for rect in options if bounds.contains(rect)] or list(options[:1])

            obstacles = [*taken, *(h for i, h in enumerate(halos) if i != index)]

            def overlap(rect: QRectF, placed: list[QRectF] = obstacles) -> float:
                total = 0.0
                for other in placed:
                    common = rect.intersected(other)
                    total += max(0.0, common.width()) * max(0.0, common.height())
                return total

            # The first free place in order of preference, else the least covered one.
            chosen = min(inside, key=overlap)
            taken.append(chosen)
            self.label_rects[candidate_id] = chosen
            labels.append((center, chosen, label, category))
        # Leaders first, markers over them, labels last: a label pushed aside stays
        # attributable to its point.
        for center, rect, _label, category in labels:
            nearest = QPointF(
                min(max(center.x(), rect.left()), rect.right()),
                min(max(center.y(), rect.top()), rect.bottom()),
            )
            painter.setPen(QPen(QColor(category_color(category)), 1.5))
            painter.drawLine(center, nearest)
        for center, _rect, _label, category in labels:
            painter.setPen(QPen(QColor("#FFFFFF"), 2))
            painter.setBrush(QColor(category_color(category)))
            painter.drawEllipse(center, 9, 9)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setFont(font)
        for _center, rect, label, _category in labels:
            path = QPainterPath()
            path.addRoundedRect(rect, 4, 4)
            painter.fillPath(path, QColor(255, 255, 255, 225))
            painter.setPen(QColor(theme.INK))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)


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
        names = {
            KanoAnswer.LIKE: self.tr("I like it"),
            KanoAnswer.EXPECT: self.tr("I expect it"),
            KanoAnswer.NEUTRAL: self.tr("I am neutral"),
            KanoAnswer.LIVE_WITH: self.tr("I can live with it"),
            KanoAnswer.DISLIKE: self.tr("I dislike it"),
        }
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
        bar = QHBoxLayout()
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
            bar.addWidget(button)
        bar.addWidget(legend, 1)
        layout.addLayout(bar)

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
                header.setText(_short(candidate.text, 40))
                header.setToolTip(candidate.text)
        self.remove_button.setEnabled(bool(columns))

    def _rebuild(self, summary: BoardSummary, columns: Sequence[str]) -> None:
        self.cells.clear()
        self.grid.clear()
        self.grid.setRowCount(len(summary.candidates))
        self.grid.setColumnCount(len(columns))
        self.grid.setHorizontalHeaderLabels(list(columns))
        for row, candidate in enumerate(summary.candidates):
            header = QTableWidgetItem(_short(candidate.text, 40))
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
        new, ok = QInputDialog.getText(
            self, self.tr("Rename respondent"), self.tr("Name:"), text=old
        )
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
            button.setMinimumWidth(170)  # the checked (bold) text must not be clipped
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

        self.quick_board = ColumnBoard(header_height=48)
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
        quick_layout.addWidget(hint)
        quick_layout.addWidget(quick_scroll, 1)
        self.questionnaire = QuestionnairePanel(controller, board_id)
        self.stack = QStackedWidget()
        self.stack.addWidget(quick_page)
        self.stack.addWidget(self.questionnaire)

        self.results = QTableWidget()
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
        self.questionnaire.refresh(summary)
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
            if result is not None and result.category is not None:
                pills.append(
                    (
                        self.tr("Survey: %1").replace("%1", category_label(result.category)),
                        category_color(result.category),
                    )
                )
            votes = summary.votes.get(candidate.id, 0)
            if votes:
                pills.append((f"● {votes}", theme.ACCENT_DARK))
            # Reverse and questionable quick classes: Q cannot be picked by hand, R can.
            column: Hashable = candidate.kano if candidate.kano in QUICK_ORDER else None
            cards.append(
                BoardCard(
                    candidate.id,
                    column,
                    candidate.text,
                    category_color(candidate.kano),
                    tuple(pills),
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
            if result is not None and result.tie_rule_applied:
                label = self.tr("%1 (tie)").replace("%1", label)
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
                    item.setToolTip(
                        self.tr("From the quick sort; no questionnaire answers yet")
                        if from_quick_sort
                        else self.tr("From the questionnaire answers")
                    )
                table.setItem(row, column, item)
        category_header = table.horizontalHeaderItem(len(COUNT_COLUMNS) + 2)
        if category_header is not None:
            category_header.setToolTip(
                self.tr("Bold: from questionnaire answers. Italic: from the quick sort.")
            )
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    # --- quick-mode gestures -------------------------------------------------------------
    def _dropped(self, ids: list[int], key: object) -> None:
        category = key if isinstance(key, KanoCategory) else None
        self.classify(ids, category)

    def _key_pressed(self, ids: list[int], text: str) -> None:
        if text in KEY_TO_CATEGORY:
            self.classify(ids, KEY_TO_CATEGORY[text])

    def classify(self, ids: Sequence[int], category: KanoCategory | None) -> None:
        self.controller.try_edit(
            self.tr("Kano class"),
            lambda: prioritise_flow.set_kano_class(self.controller.data, ids, category),
        )
