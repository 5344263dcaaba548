"""The point A -> point B board: today's position, the point-B scenarios side by side,
their goals, and the plan of the selected goal with its checkpoints.

Point A is four card lists; each scenario is a column with its name, its point B and its
goals. Selecting a goal shows its plan below as a table (step, date, owner, how we know
we are on track, done) that edits cell by cell, one undo step per cell.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain import strategy
from app.domain.strategy import StrategyItemKind as SK
from app.domain.strategy import StrategyScenario
from app.export import page_strategy
from app.ui.controller import Controller
from app.ui.exercises.cx_projector import StrategyProjectorView
from app.ui.exercises.cx_widgets import (
    CardList,
    CommitLineEdit,
    CommitTextEdit,
    CxBoardBase,
    Row,
    add_order_buttons,
    plain_label,
    section,
)
from app.ui.fit import MinimumStretch, name_columns, wrapped_columns
from app.ui.i18n import printed

SCENARIO_WIDTH = 330
POINT_A_WIDTH = 300
COLUMN_MIN = 260  # a point-B column on a laptop: narrower, the columns wrap onto a new row
FLOW_MARGIN = 12
FLOW_SPACING = 12
PLAN_COLUMNS = ("text", "due", "owner", "checkpoint", "done")
PLAN_TEXT_MIN = 160  # the step and the checkpoint columns: narrower, the table scrolls


class PlanTable(QTableWidget):
    """The steps of one goal; Delete removes the selected step."""

    def __init__(self, board: StrategyBoard) -> None:
        super().__init__(0, len(PLAN_COLUMNS), board)
        self.board = board
        self.setObjectName("cxPlan")
        self.setHorizontalHeaderLabels(
            [
                self.tr("Step"),
                self.tr("Checkpoint date (YYYY-MM-DD)"),
                self.tr("Owner"),
                self.tr("How we know we are on track"),
                self.tr("Done"),
            ]
        )
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        name_columns(self)
        self.stretch = MinimumStretch(self, (0, 3), PLAN_TEXT_MIN)
        self.verticalHeader().setVisible(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.step_ids: list[int] = []
        self.itemChanged.connect(self._changed)

    def show_steps(self, steps: list[strategy.StrategyItem]) -> None:
        self.blockSignals(True)
        self.step_ids = [s.id for s in steps]
        self.setRowCount(len(steps))
        for row, step in enumerate(steps):
            texts = {
                "text": step.text,
                "due": step.due,
                "owner": step.owner,
                "checkpoint": step.checkpoint,
            }
            for column, name in enumerate(PLAN_COLUMNS):
                item = QTableWidgetItem()
                if name == "done":
                    item.setFlags(
                        Qt.ItemFlag.ItemIsUserCheckable
                        | Qt.ItemFlag.ItemIsEnabled
                        | Qt.ItemFlag.ItemIsSelectable
                    )
                    item.setCheckState(
                        Qt.CheckState.Checked if step.done else Qt.CheckState.Unchecked
                    )
                else:
                    item.setText(texts[name])
                self.setItem(row, column, item)
        self.blockSignals(False)

    def _changed(self, item: QTableWidgetItem) -> None:
        step_id = self.step_ids[item.row()]
        name = PLAN_COLUMNS[item.column()]
        value: object = (
            item.checkState() == Qt.CheckState.Checked if name == "done" else item.text()
        )
        if name == "text" and not str(value).strip():
            self.board.remove_item(step_id)
            return
        if not self.board.update_item(step_id, **{name: value}):
            self.board.refresh()  # a refused value goes back to what is stored

    def keyPressEvent(self, event: QKeyEvent) -> None:
        row = self.currentRow()
        editing = self.state() == self.State.EditingState
        if not editing and 0 <= row < len(self.step_ids):
            if event.key() == Qt.Key.Key_Delete:
                self.board.remove_item(self.step_ids[row])
                return
            alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
            if alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                step = -1 if event.key() == Qt.Key.Key_Up else 1
                column = self.currentColumn()
                if self.board.move_item(self.step_ids[row], step):
                    target = max(0, min(self.rowCount() - 1, row + step))
                    self.setCurrentCell(target, column)
                return
        super().keyPressEvent(event)


class ScenarioColumn(QFrame):
    """One point B: name, who we are in a year, goals."""

    def __init__(self, board: StrategyBoard, scenario: StrategyScenario) -> None:
        super().__init__(board.host)
        self.setObjectName("cxSection")
        self.setProperty("point", "b")
        self.setFixedWidth(board.column_width)
        self.scenario_id = scenario.id
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 10)
        top = QHBoxLayout()
        self.name = CommitLineEdit(self)
        self.name.setObjectName("cxScenarioName")
        self.name.committed.connect(lambda text: board.update_scenario(scenario.id, name=text))
        top.addWidget(self.name, 1)
        add_order_buttons(
            self,
            top,
            board.controller,
            (("◀", self.tr("Move left")), ("▶", self.tr("Move right"))),
            (
                self.tr("Move scenario"),
                lambda s: strategy.move_scenario(board.data, scenario.id, s),
            ),
            (
                self.tr("Delete the scenario with its goals and plans"),
                self.tr("Delete scenario"),
                lambda: strategy.delete_scenario(board.data, scenario.id),
            ),
        )
        layout.addLayout(top)
        layout.addWidget(
            plain_label(
                self.tr("Point B: who we are in a year"), self, "cxSectionTitle", wrap=False
            )
        )
        self.point_b = CommitTextEdit(self)
        self.point_b.setObjectName("cxPointB")
        self.point_b.setFixedHeight(90)
        self.point_b.committed.connect(
            lambda text: board.update_scenario(scenario.id, point_b=text)
        )
        layout.addWidget(self.point_b)
        layout.addWidget(
            plain_label(strategy.title(SK.GOAL, board.language), self, "cxSectionTitle", wrap=False)
        )
        self.goals = CardList(
            self,
            self.tr("+ add a goal"),
            extra_actions=board.goal_actions,
        )
        self.goals.added.connect(
            lambda text: board.add_item(SK.GOAL, text, scenario_id=scenario.id)
        )
        self.goals.edited.connect(lambda i, text: board.update_item(i, text=text))
        self.goals.removed.connect(board.remove_item)
        self.goals.moved.connect(board.move_item)
        self.goals.selected.connect(board.select_goal)
        layout.addWidget(self.goals)
        layout.addStretch(1)


class StrategyBoard(CxBoardBase):
    """The point A -> point B canvas of one STRATEGY board."""

    projector_class = StrategyProjectorView

    def __init__(
        self,
        controller: Controller,
        board_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(controller, board_id, parent)
        self.column_width = SCENARIO_WIDTH
        self.point_a_width = POINT_A_WIDTH
        self.goal_id: int | None = None
        self.columns: dict[int, ScenarioColumn] = {}
        self._order: list[int] = []

        self.outer.addWidget(self._bar())
        self.scroller, self.host = self.canvas()
        # Point A, the arrow and the point-B columns side by side when the page is wide
        # enough; on a laptop they wrap onto further rows (`_place`).
        self.flow = QGridLayout(self.host)
        self.flow.setContentsMargins(FLOW_MARGIN, FLOW_MARGIN, FLOW_MARGIN, FLOW_MARGIN)
        self.flow.setSpacing(FLOW_SPACING)
        self.flow.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.point_a_frame = self._point_a()
        self.arrow = plain_label("→", self.host, "cxArrow", wrap=False)
        self.arrow.setStyleSheet("font-size: 40pt; color: #2563EB;")
        self.empty_hint = plain_label(
            self.tr("Add a point-B scenario: who do we want to be in a year?"),
            self.host,
            "cxHint",
        )
        self.wrapped = False
        self.scroller.setWidget(self.host)
        self.outer.addWidget(self.scroller, 3)
        plan = self._plan()
        plan.setMaximumHeight(260)
        self.outer.addWidget(plan, 1)
        self.refresh()

    # --- building ----------------------------------------------------------------------------
    def _bar(self) -> QFrame:
        bar, row = self.bar()
        self.status = plain_label("", bar, "cxHint", wrap=False)
        row.addWidget(self.status, 1)
        self.add_scenario_button = QPushButton(self.tr("Add a point-B scenario"), bar)
        self.add_scenario_button.clicked.connect(
            lambda: self.edit(
                self.tr("Add scenario"),
                lambda: strategy.add_scenario(self.data, self.board_id),
            )
        )
        row.addWidget(self.add_scenario_button)
        return bar

    def _point_a(self) -> QFrame:
        point_a = printed(page_strategy.MESSAGES, "point_a")
        frame, layout = section(self.host, point_a, wrap=False)
        self.point_a: dict[SK, CardList] = {}
        for kind in strategy.POINT_A_KINDS:
            # One line (elided, whole in its tooltip): a wrapping title would make point
            # A's height depend on its width, which the grid in a scroll area ignores.
            title = strategy.title(kind, self.language)
            layout.addWidget(plain_label(title, frame, "cxPanelTitle", wrap=False))
            cards = CardList(frame, self.tr("+ add"))
            cards.added.connect(lambda text, k=kind: self.add_item(k, text))
            cards.edited.connect(lambda i, text: self.update_item(i, text=text))
            cards.removed.connect(self.remove_item)
            cards.moved.connect(self.move_item)
            layout.addWidget(cards)
            self.point_a[kind] = cards
        return frame

    def _plan(self) -> QFrame:
        frame = QFrame(self)
        frame.setObjectName("cxDetails")
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(12, 8, 12, 8)
        top = QHBoxLayout()
        self.plan_title = plain_label("", frame, "cxHeading")
        top.addWidget(self.plan_title, 1)
        self.plan_status = plain_label("", frame, "cxHint", wrap=False)
        top.addWidget(self.plan_status)
        layout.addLayout(top)
        self.plan = PlanTable(self)
        layout.addWidget(self.plan, 1)
        self.add_step = CommitLineEdit(frame)
        self.add_step.setObjectName("cxAdd")
        self.add_step.setPlaceholderText(self.tr("+ add a step to the plan"))
        self.add_step.returnPressed.connect(self._add_step)
        layout.addWidget(self.add_step)
        return frame

    def _rebuild_columns(self, scenarios: list[StrategyScenario]) -> None:
        for old in self.columns.values():
            self.flow.removeWidget(old)
            old.hide()
            old.deleteLater()
        self.columns = {}
        for scenario in scenarios:
            self.columns[scenario.id] = ScenarioColumn(self, scenario)
        self._place()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place()

    def _place(self) -> None:
        """Point A → the point-B columns in one row when the page is wide enough; otherwise
        they wrap onto further rows, each column between COLUMN_MIN and its full width, so
        the board never scrolls sideways (point A first, the arrow left out)."""
        blocks: list[QWidget] = [self.point_a_frame, *self.columns.values()]
        if not self.columns:
            blocks.append(self.empty_hint)
        self.empty_hint.setVisible(not self.columns)
        bar = self.scroller.verticalScrollBar().sizeHint().width()
        room = self.width() - 2 * FLOW_MARGIN - bar - 2 * self.scroller.frameWidth()
        arrow = self.arrow.sizeHint().width() + FLOW_SPACING
        one_row = POINT_A_WIDTH + arrow + (len(blocks) - 1) * (SCENARIO_WIDTH + FLOW_SPACING)
        self.wrapped = one_row > room
        for block in (*blocks, self.arrow):
            self.flow.removeWidget(block)
        for column in range(self.flow.columnCount()):
            self.flow.setColumnStretch(column, 0)
        if not self.wrapped:
            self.column_width, self.point_a_width = SCENARIO_WIDTH, POINT_A_WIDTH
            self.flow.addWidget(self.point_a_frame, 0, 0, Qt.AlignmentFlag.AlignTop)
            self.flow.addWidget(self.arrow, 0, 1, Qt.AlignmentFlag.AlignVCenter)
            for index, block in enumerate(blocks[1:], start=2):
                self.flow.addWidget(block, 0, index, Qt.AlignmentFlag.AlignTop)
        else:
            per_row, width = wrapped_columns(room, len(blocks), COLUMN_MIN, FLOW_SPACING)
            self.column_width = self.point_a_width = min(width, SCENARIO_WIDTH)
            for index, block in enumerate(blocks):
                row, column = divmod(index, per_row)
                self.flow.addWidget(block, row, column, Qt.AlignmentFlag.AlignTop)
        self.arrow.setVisible(not self.wrapped)
        self.point_a_frame.setFixedWidth(self.point_a_width)
        for block in blocks[1:]:
            block.setFixedWidth(self.column_width)

    # --- refreshing --------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.controller.file is None:
            return
        board = self.data.board(self.board_id)
        self.title.setText(board.title if board else "")
        for kind, cards in self.point_a.items():
            cards.set_rows(
                [Row(i.id, i.text) for i in strategy.items(self.data, self.board_id, kind)]
            )
        scenarios = strategy.scenarios(self.data, self.board_id)
        order = [s.id for s in scenarios]
        if order != self._order:
            self._rebuild_columns(scenarios)
            self._order = order
        goals_total = 0
        for scenario in scenarios:
            column = self.columns[scenario.id]
            column.name.show_stored(scenario.name)
            column.point_b.show_stored(scenario.point_b)
            goals = strategy.items(self.data, self.board_id, SK.GOAL, scenario_id=scenario.id)
            goals_total += len(goals)
            column.goals.set_rows([self._goal_row(g) for g in goals])
        if not any(i.id == self.goal_id for i in self.data.strategy_items):
            self.goal_id = None
        self.status.setText(
            self.tr("%1 scenarios, %2 goals")
            .replace("%1", str(len(scenarios)))
            .replace("%2", str(goals_total))
        )
        self._refresh_plan()

    def _goal_row(self, goal: strategy.StrategyItem) -> Row:
        progress = strategy.progress(self.data, goal.id)
        badge = f"{progress.done}/{progress.steps}" if progress.steps else self.tr("no plan")
        text = goal.text
        if goal.candidate_ids or goal.slice_ids:
            badge += " · " + self.tr("%1 linked").replace(
                "%1", str(len(goal.candidate_ids) + len(goal.slice_ids))
            )
        return Row(goal.id, text, badge, goal.id == self.goal_id)

    def _refresh_plan(self) -> None:
        goal = next((i for i in self.data.strategy_items if i.id == self.goal_id), None)
        self.add_step.setEnabled(goal is not None)
        if goal is None:
            self.plan_title.setText(self.tr("Select a goal to see its plan."))
            self.plan_status.setText("")
            self.plan.show_steps([])
            return
        self.plan_title.setText(self.tr("Plan for: %1").replace("%1", goal.text))
        progress = strategy.progress(self.data, goal.id)
        self.plan_status.setText(
            self.tr("%1 of %2 done, %3 overdue, %4 without a checkpoint")
            .replace("%1", str(progress.done))
            .replace("%2", str(progress.steps))
            .replace("%3", str(progress.overdue))
            .replace("%4", str(progress.unchecked))
        )
        self.plan.show_steps(strategy.items(self.data, self.board_id, SK.STEP, goal_id=goal.id))

    # --- dispatching -------------------------------------------------------------------------
    def select_goal(self, goal_id: int) -> None:
        if goal_id == self.goal_id:
            return
        self.goal_id = goal_id
        for scenario_id, column in self.columns.items():
            goals = strategy.items(self.data, self.board_id, SK.GOAL, scenario_id=scenario_id)
            column.goals.set_rows([self._goal_row(g) for g in goals])
        self._refresh_plan()

    def add_item(self, kind: SK, text: str, **where: int) -> bool:
        return self.edit(
            self.tr("Add to the canvas"),
            lambda: strategy.add_item(self.data, self.board_id, kind, text, **where),
        )

    def update_item(self, item_id: int, **changes: object) -> bool:
        return self.edit(
            self.tr("Edit the canvas"),
            lambda: strategy.update_item(self.data, item_id, **changes),
        )

    def remove_item(self, item_id: int) -> bool:
        return self.edit(
            self.tr("Delete from the canvas"),
            lambda: strategy.delete_item(self.data, item_id),
        )

    def move_item(self, item_id: int, step: int) -> bool:
        return self.edit(
            self.tr("Move on the canvas"),
            lambda: strategy.move_item(self.data, item_id, step),
        )

    def update_scenario(self, scenario_id: int, **changes: object) -> bool:
        return self.edit(
            self.tr("Edit scenario"),
            lambda: strategy.update_scenario(self.data, scenario_id, **changes),
        )

    def _add_step(self) -> None:
        goal_id = self.goal_id
        text = self.add_step.text().strip()
        if goal_id is None or not text:
            return
        if self.add_item(SK.STEP, text, goal_id=goal_id):
            self.add_step.setText("")

    def goal_actions(self, goal_id: int, menu: QMenu) -> None:
        """Tick the candidates and release slices that serve this goal."""
        goal = next((i for i in self.data.strategy_items if i.id == goal_id), None)
        if goal is None:
            return
        serves = menu.addMenu(self.tr("Served by"))
        for candidate in sorted(self.data.candidates, key=lambda c: c.id):
            action = QAction(candidate.text, serves)
            action.setCheckable(True)
            action.setChecked(candidate.id in goal.candidate_ids)
            action.triggered.connect(self._link_toggle(goal_id, candidate=candidate.id))
            serves.addAction(action)
        if self.data.slices:
            serves.addSeparator()
        for release_slice in sorted(self.data.slices, key=lambda s: s.id):
            action = QAction(self.tr("Slice: %1").replace("%1", release_slice.name), serves)
            action.setCheckable(True)
            action.setChecked(release_slice.id in goal.slice_ids)
            action.triggered.connect(self._link_toggle(goal_id, slice_=release_slice.id))
            serves.addAction(action)
        serves.setEnabled(bool(self.data.candidates or self.data.slices))

    def _link_toggle(
        self, goal_id: int, candidate: int | None = None, slice_: int | None = None
    ) -> Callable[[bool], None]:
        def toggle(_checked: bool) -> None:
            goal = next(i for i in self.data.strategy_items if i.id == goal_id)
            candidates, slices = set(goal.candidate_ids), set(goal.slice_ids)
            if candidate is not None:
                candidates ^= {candidate}
            if slice_ is not None:
                slices ^= {slice_}
            self.edit(
                self.tr("Link goal"),
                lambda: strategy.link_goal(self.data, goal_id, candidates, slices),
            )

        return toggle
