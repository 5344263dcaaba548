"""The scenario audit board: one row per customer or employee scenario, its failures, and
its three models (fully online, hybrid, new scenario or product).

A model kind that a scenario still lacks is drawn as a dashed warning cell, and the bar on
top says how many scenarios are complete. The panel on the right edits the selected
model's prototype test and metrics, and the principles checklist of the selected scenario.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from app.domain import principles, scenario_audit
from app.domain.prioritise import Origin
from app.domain.scenario_audit import Actor, AuditScenario, ModelKind
from app.ui.controller import Controller
from app.ui.exercises.cx_projector import ScenarioProjectorView
from app.ui.exercises.cx_widgets import (
    CardList,
    CardText,
    CommitLineEdit,
    CommitTextEdit,
    CxBoardBase,
    MetricsForm,
    PrinciplesPanel,
    Row,
    add_order_buttons,
    add_send_actions,
    clear_layout,
    form,
    model_badge,
    plain_label,
    section,
    sent_badge,
    set_flag,
)
from app.ui.fit import wrapped_columns

COLUMN_WIDTH = 220
SCENARIO_WIDTH = 220
DETAILS_WIDTH = 280
COLUMN_MIN = 160  # a cell on a laptop: narrower, a scenario's cells wrap onto a new row
GRID_MARGIN = 12
GRID_SPACING = 8
NEW_SCENARIO_MIN = 180  # the "+ a scenario" field: its hint whole, the bar fits a laptop


class ScenarioCell(QFrame):
    """The first cell of a row: the scenario's name, whose it is, move and delete."""

    def __init__(self, board: ScenarioBoard, scenario: AuditScenario) -> None:
        super().__init__(board.host)
        self.setObjectName("cxSection")
        self.setFixedWidth(board.scenario_width)
        self.board = board
        self.scenario_id = scenario.id
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 6, 6)
        self.name = CardText(self)
        self.name.setObjectName("cxScenarioName")
        self.name.committed.connect(lambda text: board.update_scenario(scenario.id, title=text))
        layout.addWidget(self.name)
        row = QHBoxLayout()
        self.actor = QComboBox(self)
        for actor in Actor:
            self.actor.addItem(scenario_audit.actor_title(actor, board.language), actor.value)
        self.actor.activated.connect(
            lambda _i: board.update_scenario(scenario.id, actor=self.actor.currentData())
        )
        # The actor on a line of its own: a narrow cell on a laptop shows it whole.
        layout.addWidget(self.actor)
        self.principles_label = plain_label("", self, "cxHint", wrap=False)
        row.addWidget(self.principles_label, 1)
        add_order_buttons(
            self,
            row,
            board.controller,
            (("▲", self.tr("Move up")), ("▼", self.tr("Move down"))),
            (
                self.tr("Move scenario"),
                lambda s: scenario_audit.move_scenario(board.data, scenario.id, s),
            ),
            (
                self.tr("Delete the scenario with its failures and models"),
                self.tr("Delete scenario"),
                lambda: scenario_audit.delete_scenario(board.data, scenario.id),
            ),
        )
        layout.addLayout(row)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.board.select_scenario(self.scenario_id)
        super().mousePressEvent(event)


class ScenarioBoard(CxBoardBase):
    """The scenario audit with three models of one SCENARIOS board."""

    projector_class = ScenarioProjectorView

    def __init__(
        self,
        controller: Controller,
        board_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(controller, board_id, parent)
        self.column_width = COLUMN_WIDTH
        self.scenario_width = SCENARIO_WIDTH
        self.scenario_id: int | None = None
        self.model_id: int | None = None
        self._order: list[int] = []
        self.rows: dict[int, ScenarioCell] = {}
        self.failure_lists: dict[int, CardList] = {}
        self.model_lists: dict[tuple[int, ModelKind], CardList] = {}
        self.model_frames: dict[tuple[int, ModelKind], QFrame] = {}
        self.headers: list[QLabel] = []
        self.blocks: list[list[QWidget]] = []  # each scenario's cell, failures and models
        self.frame_titles: list[QLabel] = []
        self.empty_hint: QLabel | None = None
        self.wrapped = False
        self._placed_as: tuple[bool, int, int] | None = None

        self.outer.addWidget(self._bar())
        body = QHBoxLayout()
        body.setSpacing(0)
        self.outer.addLayout(body, 1)
        self.scroller, self.host = self.canvas()
        self.grid = QGridLayout(self.host)
        self.grid.setSpacing(GRID_SPACING)
        self.grid.setContentsMargins(GRID_MARGIN, GRID_MARGIN, GRID_MARGIN, GRID_MARGIN)
        self.grid.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.scroller.setWidget(self.host)
        body.addWidget(self.scroller, 1)
        self.details = self._details()
        body.addWidget(self.details)
        self.refresh()

    # --- building ----------------------------------------------------------------------------
    def _bar(self) -> QFrame:
        bar, row = self.bar()
        self.status = QLabel(bar)  # "Complete: 2 of 3": short, always shown whole
        self.status.setObjectName("cxStatus")
        row.addWidget(self.status)
        self.missing = plain_label("", bar, "cxHint")
        row.addWidget(self.missing, 1)
        self.new_scenario = CommitLineEdit(bar)
        self.new_scenario.setObjectName("cxAdd")
        self.new_scenario.setPlaceholderText(self.tr("+ a scenario (Enter)"))
        self.new_scenario.setMinimumWidth(NEW_SCENARIO_MIN)
        self.new_scenario.returnPressed.connect(self._add_scenario)
        row.addWidget(self.new_scenario)
        self.new_actor = QComboBox(bar)
        for actor in Actor:
            self.new_actor.addItem(
                scenario_audit.actor_title(actor, self.language), actor.value
            )
        row.addWidget(self.new_actor)
        return bar

    def _details(self) -> QFrame:
        panel = QFrame(self)
        panel.setObjectName("cxDetails")
        panel.setFixedWidth(DETAILS_WIDTH)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(12, 12, 12, 12)
        box, box_layout = section(panel, self.tr("Selected model"))
        self.model_label = plain_label(
            self.tr("Click a model to edit its test and metrics."), box, "cxHint"
        )
        box_layout.addWidget(self.model_label)
        self.test_box = QWidget(box)
        fields = form(self.test_box)
        self.test_what = CommitLineEdit(self.test_box)
        self.test_what.setObjectName("cxTestWhat")
        self.test_what.committed.connect(lambda t: self._set_model(test_what=t))
        fields.addRow(self.tr("Prototype tested"), self.test_what)
        self.test_with = CommitLineEdit(self.test_box)
        self.test_with.setObjectName("cxTestWith")
        self.test_with.committed.connect(lambda t: self._set_model(test_with=t))
        fields.addRow(self.tr("With whom"), self.test_with)
        self.test_learned = CommitTextEdit(self.test_box)
        self.test_learned.setObjectName("cxTestLearned")
        self.test_learned.setFixedHeight(80)
        self.test_learned.committed.connect(lambda t: self._set_model(test_learned=t))
        fields.addRow(self.tr("What we learned"), self.test_learned)
        box_layout.addWidget(self.test_box)
        self.metrics = MetricsForm(box)
        self.metrics.changed.connect(lambda name, value: self._set_model(**{name: value}))
        box_layout.addWidget(self.metrics)
        layout.addWidget(box)
        self.principles = PrinciplesPanel(panel)
        self.principles.toggled.connect(self._toggle_principle)
        layout.addWidget(self.principles)
        layout.addStretch(1)
        return panel

    def _header(self, text: str, hint: str = "") -> QLabel:
        label = plain_label(text, self.host, "cxSectionTitle")
        label.setToolTip(hint)
        return label

    def _rebuild(self, scenarios: list[AuditScenario]) -> None:
        clear_layout(self.grid)
        self.rows, self.failure_lists, self.model_lists, self.model_frames = {}, {}, {}, {}
        self.frame_titles = []
        self.blocks = []
        language = self.language
        failures_title = scenario_audit.failures_title(language)
        self.headers = [self._header(self.tr("Scenario")), self._header(failures_title)]
        for kind in scenario_audit.MODEL_KINDS:
            self.headers.append(
                self._header(
                    scenario_audit.model_title(kind, language),
                    scenario_audit.model_hint(kind, language),
                )
            )
        for scenario in scenarios:
            cell = ScenarioCell(self, scenario)
            self.rows[scenario.id] = cell
            failures = self._card_list(self.tr("+ a failure"), self._failure_actions)
            failures.added.connect(lambda text, s=scenario.id: self._add_failure(s, text))
            failures.edited.connect(self._edit_failure)
            failures.removed.connect(self._remove_failure)
            failures.moved.connect(self._move_failure)
            failures.selected.connect(lambda _i, s=scenario.id: self.select_scenario(s))
            self.failure_lists[scenario.id] = failures
            block: list[QWidget] = [cell, self._framed(failures, failures_title)]
            for kind in scenario_audit.MODEL_KINDS:
                models = self._card_list(self.tr("+ a model"), self._model_actions)
                models.added.connect(
                    lambda text, s=scenario.id, k=kind: self._add_model(s, k, text)
                )
                models.edited.connect(self._edit_model)
                models.removed.connect(self._remove_model)
                models.moved.connect(self._move_model)
                models.selected.connect(self.select_model)
                frame = self._framed(models, scenario_audit.model_title(kind, language))
                self.model_lists[(scenario.id, kind)] = models
                self.model_frames[(scenario.id, kind)] = frame
                block.append(frame)
            self.blocks.append(block)
        self.empty_hint = None
        if not scenarios:
            self.empty_hint = plain_label(
                self.tr("No scenarios yet: type one in the field above and press Enter."),
                self.host,
                "cxHint",
            )
        self._placed_as = None
        self._place()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place()

    def _place(self) -> None:
        """One row per scenario under the column titles when the page is wide enough; on a
        laptop each scenario wraps its cells onto further rows, each cell titled, so the
        board never scrolls sideways."""
        if not self.headers:
            return
        bar = self.scroller.verticalScrollBar().sizeHint().width()
        room = self.scroller.width() - 2 * GRID_MARGIN - bar - 2 * self.scroller.frameWidth()
        count = len(self.headers)
        self.wrapped = count * COLUMN_WIDTH + (count - 1) * GRID_SPACING > room
        per_row, width = (
            wrapped_columns(room, count, COLUMN_MIN, GRID_SPACING)
            if self.wrapped
            else (count, COLUMN_WIDTH)
        )
        arrangement = (self.wrapped, per_row, width)
        if arrangement == self._placed_as:
            return  # placing again would only make the cards lay out once more
        self._placed_as = arrangement
        self.column_width = self.scenario_width = min(width, COLUMN_WIDTH)
        placed = [*self.headers, *(w for block in self.blocks for w in block)]
        if self.empty_hint is not None:
            placed.append(self.empty_hint)
        for widget in placed:
            self.grid.removeWidget(widget)
            widget.setFixedWidth(self.column_width)
        for header in self.headers:
            header.setVisible(not self.wrapped)
        for title in self.frame_titles:
            title.setVisible(self.wrapped)
        top = Qt.AlignmentFlag.AlignTop
        row = 0
        if not self.wrapped:
            for column, header in enumerate(self.headers):
                self.grid.addWidget(header, 0, column)
            row = 1
        for block in self.blocks:
            for index, widget in enumerate(block):
                line, column = divmod(index, per_row)
                self.grid.addWidget(widget, row + line, column, top)
            row += (len(block) + per_row - 1) // per_row
        if self.empty_hint is not None:
            self.empty_hint.setFixedWidth(per_row * self.column_width)
            self.grid.addWidget(self.empty_hint, row, 0, 1, per_row, top)

    def _card_list(self, placeholder: str, actions: Callable[[int, QMenu], None]) -> CardList:
        return CardList(self.host, placeholder, extra_actions=actions)

    def _framed(self, cards: CardList, title: str) -> QFrame:
        frame = QFrame(self.host)
        frame.setObjectName("cxSection")
        frame.setFixedWidth(self.column_width)
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(6, 6, 6, 6)
        # Shown when a scenario's cells wrap and the column titles above are hidden. One
        # line (elided, whole in its tooltip): a wrapping title would make the cell's
        # height depend on its width, which the grid in a scroll area does not honour.
        label = plain_label(title, frame, "cxSectionTitle", wrap=False)
        self.frame_titles.append(label)
        layout.addWidget(label)
        cards.setParent(frame)
        layout.addWidget(cards)
        return frame

    # --- refreshing --------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.controller.file is None:
            return
        board = self.data.board(self.board_id)
        self.title.setText(board.title if board else "")
        scenarios = scenario_audit.scenarios(self.data, self.board_id)
        order = [s.id for s in scenarios]
        if order != self._order:
            self._rebuild(scenarios)
            self._order = order
        status = scenario_audit.completeness(self.data, self.board_id)
        for scenario in scenarios:
            cell = self.rows[scenario.id]
            cell.name.show_stored(scenario.title)
            cell.actor.setCurrentIndex(max(0, cell.actor.findData(scenario.actor.value)))
            ticks = self.tr("Principles: %1 of 6").replace(
                "%1", str(principles.score(self.data, self.board_id, scenario.id))
            )
            cell.principles_label.setText(ticks)
            set_flag(cell, "selected", scenario.id == self.scenario_id)
            self.failure_lists[scenario.id].set_rows(
                [
                    Row(f.id, f.text, sent_badge(f))
                    for f in scenario_audit.failures(self.data, scenario.id)
                ]
            )
            missing = status.missing.get(scenario.id, [])
            for kind in scenario_audit.MODEL_KINDS:
                rows = [
                    Row(m.id, m.text, self._model_badge(m), m.id == self.model_id)
                    for m in scenario_audit.models(self.data, scenario.id, kind)
                ]
                self.model_lists[(scenario.id, kind)].set_rows(rows)
                set_flag(self.model_frames[(scenario.id, kind)], "missing", kind in missing)
        self.status.setText(
            self.tr("Complete: %1 of %2")
            .replace("%1", str(status.complete))
            .replace("%2", str(status.scenarios))
        )
        set_flag(self.status, "complete", status.done)
        names = {s.id: s.title for s in scenarios}
        self.missing.setText(
            "; ".join(
                f"{names[i]}: "
                + ", ".join(scenario_audit.model_title(k, self.language).lower() for k in kinds)
                for i, kinds in status.missing.items()
            )
        )
        if self.scenario_id not in order:
            self.scenario_id = order[0] if order else None
        if not any(m.id == self.model_id for m in self.data.scenario_models):
            self.model_id = None
        self._refresh_details()

    def _model_badge(self, item: scenario_audit.ScenarioModel) -> str:
        return model_badge(item)

    def _refresh_details(self) -> None:
        item = next((m for m in self.data.scenario_models if m.id == self.model_id), None)
        self.test_box.setEnabled(item is not None)
        self.metrics.show_values(item)
        if item is None:
            self.model_label.setText(self.tr("Click a model to edit its test and metrics."))
        else:
            self.model_label.setText(
                f"{scenario_audit.model_title(item.kind, self.language)}: {item.text}"
            )
            self.test_what.show_stored(item.test_what)
            self.test_with.show_stored(item.test_with)
            self.test_learned.show_stored(item.test_learned)
        scenario = next((s for s in self.data.audit_scenarios if s.id == self.scenario_id), None)
        self.principles.setEnabled(scenario is not None)
        ticked = (
            set(principles.checks_for(self.data, self.board_id, scenario.id)) if scenario else set()
        )
        self.principles.show_checks(ticked, self.language)
        if scenario is not None:
            self.principles.title.setText(self.principles.title.text() + f" — {scenario.title}")

    # --- dispatching -------------------------------------------------------------------------
    def select_scenario(self, scenario_id: int) -> None:
        if scenario_id != self.scenario_id:
            self.scenario_id = scenario_id
            for sid, cell in self.rows.items():
                set_flag(cell, "selected", sid == scenario_id)
            self._refresh_details()

    def select_model(self, model_id: int) -> None:
        item = next((m for m in self.data.scenario_models if m.id == model_id), None)
        if item is None:
            return
        self.model_id = model_id
        self.scenario_id = item.scenario_id
        self.refresh()

    def _add_scenario(self) -> None:
        text = self.new_scenario.text().strip()
        if not text:
            return
        actor = Actor(self.new_actor.currentData())
        if self.edit(
            self.tr("Add scenario"),
            lambda: scenario_audit.add_scenario(self.data, self.board_id, text, actor),
        ):
            self.new_scenario.setText("")

    def update_scenario(self, scenario_id: int, **changes: object) -> bool:
        return self.edit(
            self.tr("Edit scenario"),
            lambda: scenario_audit.update_scenario(self.data, scenario_id, **changes),
        )

    def _add_failure(self, scenario_id: int, text: str) -> None:
        self.edit(
            self.tr("Add failure"),
            lambda: scenario_audit.add_failure(self.data, scenario_id, text),
        )

    def _edit_failure(self, failure_id: int, text: str) -> None:
        self.edit(
            self.tr("Edit failure"),
            lambda: scenario_audit.update_failure(self.data, failure_id, text),
        )

    def _remove_failure(self, failure_id: int) -> None:
        self.edit(
            self.tr("Delete failure"),
            lambda: scenario_audit.delete_failure(self.data, failure_id),
        )

    def _move_failure(self, failure_id: int, step: int) -> None:
        self.edit(
            self.tr("Move failure"),
            lambda: scenario_audit.move_failure(self.data, failure_id, step),
        )

    def _move_model(self, model_id: int, step: int) -> None:
        self.edit(
            self.tr("Move model"),
            lambda: scenario_audit.move_model(self.data, model_id, step),
        )

    def _add_model(self, scenario_id: int, kind: ModelKind, text: str) -> None:
        self.edit(
            self.tr("Add model"),
            lambda: scenario_audit.add_model(self.data, scenario_id, kind, text),
        )

    def _edit_model(self, model_id: int, text: str) -> None:
        self.edit(
            self.tr("Edit model"),
            lambda: scenario_audit.update_model(self.data, model_id, text=text),
        )

    def _remove_model(self, model_id: int) -> None:
        self.edit(self.tr("Delete model"), lambda: scenario_audit.delete_model(self.data, model_id))

    def _set_model(self, **changes: object) -> None:
        model_id = self.model_id
        if model_id is None:
            return
        self.edit(
            self.tr("Edit model details"),
            lambda: scenario_audit.update_model(self.data, model_id, **changes),
        )

    def _toggle_principle(self, key: str) -> None:
        scenario_id = self.scenario_id
        if scenario_id is None:
            return
        self.edit(
            self.tr("Tick principle"),
            lambda: principles.toggle(
                self.data, self.board_id, principles.Principle(key), scenario_id
            ),
        )

    def _failure_actions(self, failure_id: int, menu: QMenu) -> None:
        failure = next((f for f in self.data.audit_failures if f.id == failure_id), None)
        if failure is not None:
            add_send_actions(self.controller, menu, failure, Origin.SCENARIO, self.title.text())

    def _model_actions(self, model_id: int, menu: QMenu) -> None:
        item = next((m for m in self.data.scenario_models if m.id == model_id), None)
        if item is not None:
            add_send_actions(self.controller, menu, item, Origin.SCENARIO, self.title.text())
