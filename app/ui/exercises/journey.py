"""The customer journey map board: stages across, lanes down, the emotion curve.

Click a point on the curve (or focus it and use the arrow keys) to rate a stage from -2
to +2. Cards are typed into each lane; the panel on the right edits the selected card's
touchpoint or barrier fields, the selected stage's metrics and the principles checklist.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain import journey, principles
from app.domain.journey import Channel, JourneyCell, JourneyStage, Lane
from app.domain.prioritise import Origin
from app.ui import theme
from app.ui.controller import Controller
from app.ui.exercises.cx_projector import JourneyProjectorView
from app.ui.exercises.cx_widgets import (
    CardList,
    CommitLineEdit,
    CxBoardBase,
    MetricsForm,
    PrinciplesPanel,
    Row,
    add_order_buttons,
    add_send_actions,
    cell_badge,
    clear_layout,
    form,
    plain_label,
    section,
    stage_metric_text,
    workshop_language,
)
from app.ui.fit import scrolling

STAGE_WIDTH = 230  # one stage column at its widest, in pixels; the curve uses the same grid
# ... and at its narrowest: on a laptop the columns shrink to this before the map scrolls
# sideways (the map alone scrolls; the bar and the details panel stay in place).
MIN_STAGE_WIDTH = 170
GRID_MARGIN = 12
CURVE_HEIGHT = 150
LANE_LABEL_WIDTH = 130
DETAILS_WIDTH = 270
POSITIVE = "#15803D"
NEGATIVE = "#B42318"


class EmotionCurve(QWidget):
    """The emotion of each stage as a curve; click or use the keys to rate a stage."""

    rated = Signal(int, object)  # stage id, emotion (None clears)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("cxEmotionCurve")
        self.stage_width: float = STAGE_WIDTH
        self.stages: list[JourneyStage] = []
        self.current = 0
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumHeight(CURVE_HEIGHT)

    def show_stages(self, stages: list[JourneyStage]) -> None:
        self.stages = stages
        self.current = min(self.current, max(0, len(stages) - 1))
        self.setFixedWidth(int(max(1, len(stages)) * self.stage_width))
        self.update()

    def _y(self, value: float) -> float:
        margin = 18.0
        span = self.height() - 2 * margin
        return margin + (journey.EMOTION_MAX - value) * span / (
            journey.EMOTION_MAX - journey.EMOTION_MIN
        )

    def point(self, index: int) -> QPointF:
        """Where stage `index`'s point is drawn (unrated stages sit on the zero line)."""
        emotion = self.stages[index].emotion or 0
        return QPointF((index + 0.5) * self.stage_width, self._y(emotion))

    def value_at(self, y: float) -> int:
        margin = 18.0
        span = self.height() - 2 * margin
        value = journey.EMOTION_MAX - round((y - margin) * 4 / span)
        return max(journey.EMOTION_MIN, min(journey.EMOTION_MAX, value))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(theme.PANEL))
        for value in range(journey.EMOTION_MIN, journey.EMOTION_MAX + 1):
            pen = QPen(QColor("#CBD2D9" if value else "#7B8794"))
            pen.setStyle(Qt.PenStyle.SolidLine if value == 0 else Qt.PenStyle.DotLine)
            painter.setPen(pen)
            y = self._y(value)
            painter.drawLine(QPointF(0, y), QPointF(self.width(), y))
            painter.drawText(QPointF(4, y - 3), f"{value:+d}" if value else "0")
        rated = [(i, s) for i, s in enumerate(self.stages) if s.emotion is not None]
        painter.setPen(QPen(QColor(theme.ACCENT), 3))
        for (i, _a), (j, _b) in itertools.pairwise(rated):
            painter.drawLine(self.point(i), self.point(j))
        for index, stage in enumerate(self.stages):
            centre = self.point(index)
            if stage.emotion is None:
                painter.setPen(QPen(QColor("#9AA5B1"), 2, Qt.PenStyle.DashLine))
                painter.setBrush(QColor(theme.PANEL))
            else:
                color = QColor(NEGATIVE if stage.emotion < 0 else POSITIVE)
                painter.setPen(QPen(color.darker(120), 2))
                painter.setBrush(color)
            painter.drawEllipse(centre, 11, 11)
            if stage.emotion is not None:
                painter.setPen(QColor("white"))
                painter.drawText(
                    QRectF(centre.x() - 11, centre.y() - 11, 22, 22),
                    Qt.AlignmentFlag.AlignCenter,
                    f"{stage.emotion:+d}" if stage.emotion else "0",
                )
            if self.hasFocus() and index == self.current:
                painter.setPen(QPen(QColor(theme.ACCENT), 2, Qt.PenStyle.DotLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(
                    QRectF(index * self.stage_width + 3, 3, self.stage_width - 6, self.height() - 6)
                )
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if not self.stages:
            return
        index = int(event.position().x() // self.stage_width)
        if 0 <= index < len(self.stages):
            self.current = index
            self.rated.emit(self.stages[index].id, self.value_at(event.position().y()))
            self.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.stages:
            super().keyPressEvent(event)
            return
        key = event.key()
        stage = self.stages[self.current]
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            step = -1 if key == Qt.Key.Key_Left else 1
            self.current = max(0, min(len(self.stages) - 1, self.current + step))
            self.update()
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            step = 1 if key == Qt.Key.Key_Up else -1
            value = max(journey.EMOTION_MIN, min(journey.EMOTION_MAX, (stage.emotion or 0) + step))
            self.rated.emit(stage.id, value)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.rated.emit(stage.id, None)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)


class StageHeader(QFrame):
    """A stage's name (edit in place) with move and delete buttons."""

    def __init__(self, board: JourneyBoard, stage: JourneyStage) -> None:
        super().__init__(board.host)
        self.setObjectName("cxSection")
        self.stage_id = stage.id
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 2, 2)
        layout.setSpacing(0)
        self.name = CommitLineEdit(self)
        self.name.setObjectName("cxStageName")
        self.name.show_stored(stage.name)
        self.name.committed.connect(board.rename_stage_from(stage.id))
        layout.addWidget(self.name, 1)
        add_order_buttons(
            self,
            layout,
            board.controller,
            (("◀", self.tr("Move left")), ("▶", self.tr("Move right"))),
            (self.tr("Move stage"), lambda s: journey.move_stage(board.data, stage.id, s)),
            (
                self.tr("Delete the stage and its cards"),
                self.tr("Delete stage"),
                lambda: journey.delete_stage(board.data, stage.id),
            ),
        )


class JourneyBoard(CxBoardBase):
    """The whole customer journey map of one JOURNEY board."""

    projector_class = JourneyProjectorView

    def __init__(
        self,
        controller: Controller,
        board_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(controller, board_id, parent)
        self.stage_width = STAGE_WIDTH
        self.lane_width = LANE_LABEL_WIDTH
        self.stage_id: int | None = None
        self.cell_id: int | None = None
        self._stage_order: list[int] = []
        self.lists: dict[tuple[int, Lane], CardList] = {}
        self.headers: dict[int, StageHeader] = {}
        self.metric_labels: dict[int, QLabel] = {}

        self.outer.addWidget(self._bar())
        body = QHBoxLayout()
        body.setSpacing(0)
        self.outer.addLayout(body, 1)
        self.scroller, self.host = self.canvas()
        self.grid = QGridLayout(self.host)
        self.grid.setHorizontalSpacing(0)
        self.grid.setVerticalSpacing(6)
        self.grid.setContentsMargins(GRID_MARGIN, GRID_MARGIN, GRID_MARGIN, GRID_MARGIN)
        self.grid.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.scroller.setWidget(self.host)
        body.addWidget(self.scroller, 1)
        self.curve = EmotionCurve(self.host)
        self.curve.rated.connect(self._rate)
        self.details = self._details()
        # The details scroll on their own: a tall panel (a touchpoint's fields, the
        # principles) never makes the whole board scroll and hide the map's scroll bar.
        self.details_scroll = scrolling(self.details, self, horizontal=False)
        self.details_scroll.setFixedWidth(
            DETAILS_WIDTH + self.details_scroll.verticalScrollBar().sizeHint().width()
        )
        body.addWidget(self.details_scroll)
        self.refresh()

    # --- building ----------------------------------------------------------------------------
    def _bar(self) -> QFrame:
        bar, row = self.bar()
        self.status = plain_label("", bar, "cxHint", wrap=False)
        row.addWidget(self.status, 1)
        self.defaults_button = QPushButton(self.tr("Four classic stages"), bar)
        self.defaults_button.clicked.connect(
            lambda: self.edit(
                self.tr("Add stages"),
                lambda: journey.default_stages(self.data, self.board_id),
            )
        )
        row.addWidget(self.defaults_button)
        add = QPushButton(self.tr("Add stage"), bar)
        add.setObjectName("cxAddStage")
        add.clicked.connect(self.add_stage)
        row.addWidget(add)
        return bar

    def _details(self) -> QFrame:
        panel = QFrame(self)
        panel.setObjectName("cxDetails")
        panel.setFixedWidth(DETAILS_WIDTH)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(12, 12, 12, 12)
        stage_box, stage_layout = section(panel, self.tr("Stage metrics"))
        self.stage_label = plain_label("", stage_box, "cxHint")
        stage_layout.addWidget(self.stage_label)
        self.metrics = MetricsForm(stage_box)
        self.metrics.changed.connect(self._set_metric)
        stage_layout.addWidget(self.metrics)
        layout.addWidget(stage_box)

        card_box, card_layout = section(panel, self.tr("Selected card"))
        self.card_label = plain_label(
            self.tr("Click a card to edit its details."), card_box, "cxHint"
        )
        card_layout.addWidget(self.card_label)
        self.touch_box = QWidget(card_box)
        fields = form(self.touch_box)
        self.channel = QComboBox(self.touch_box)
        self.channel.setObjectName("cxChannel")
        self.channel.addItem("—", Channel.NONE.value)
        self.channel.addItem(self.tr("Digital"), Channel.DIGITAL.value)
        self.channel.addItem(self.tr("Offline"), Channel.OFFLINE.value)
        self.channel.activated.connect(
            lambda _i: self._set_cell(channel=self.channel.currentData())
        )
        fields.addRow(self.tr("Channel"), self.channel)
        self.ease = self._scale_box("cxEase", "ease")
        fields.addRow(self.tr("Ease, 1–5"), self.ease)
        self.access = self._scale_box("cxAccessibility", "accessibility")
        fields.addRow(self.tr("Accessibility, 1–5"), self.access)
        self.resources = CommitLineEdit(self.touch_box)
        self.resources.setObjectName("cxResources")
        self.resources.committed.connect(lambda t: self._set_cell(resources=t))
        fields.addRow(self.tr("Resources and tools"), self.resources)
        self.kpi = CommitLineEdit(self.touch_box)
        self.kpi.setObjectName("cxKpi")
        self.kpi.committed.connect(lambda t: self._set_cell(kpi=t))
        fields.addRow(self.tr("KPI"), self.kpi)
        card_layout.addWidget(self.touch_box)
        self.barrier_box = QWidget(card_box)
        barrier_fields = form(self.barrier_box)
        self.should_be = CommitLineEdit(self.barrier_box)
        self.should_be.setObjectName("cxShouldBe")
        self.should_be.committed.connect(lambda t: self._set_cell(should_be=t))
        barrier_fields.addRow(self.tr("Should be"), self.should_be)
        card_layout.addWidget(self.barrier_box)
        layout.addWidget(card_box)

        self.principles = PrinciplesPanel(panel)
        self.principles.toggled.connect(self._toggle_principle)
        layout.addWidget(self.principles)
        layout.addStretch(1)
        return panel

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Stage columns as wide as the board allows, between MIN_STAGE_WIDTH and
        STAGE_WIDTH (the projector keeps its scaled width)."""
        if not self._stage_order:
            return
        bar = self.scroller.verticalScrollBar().sizeHint().width()
        room = self.width() - self.details_scroll.width() - self.lane_width
        room -= 2 * GRID_MARGIN + bar + 2 * self.scroller.frameWidth()
        width = max(MIN_STAGE_WIDTH, min(STAGE_WIDTH, room // len(self._stage_order)))
        if width != self.stage_width:
            self.stage_width = width
            self._apply_stage_width()

    def _apply_stage_width(self) -> None:
        for column in range(1, len(self._stage_order) + 1):
            self.grid.setColumnMinimumWidth(column, self.stage_width)
        cells = [*self.headers.values(), *self.lists.values(), *self.metric_labels.values()]
        for widget in cells:
            widget.setFixedWidth(self.stage_width - 8)
        self.curve.stage_width = self.stage_width
        self.curve.show_stages(self.curve.stages)

    def _scale_box(self, name: str, field: str) -> QSpinBox:
        box = QSpinBox(self.touch_box)
        box.setObjectName(name)
        box.setRange(0, 5)
        box.setSpecialValueText("—")
        box.setKeyboardTracking(False)
        box.valueChanged.connect(lambda v: self._set_cell(**{field: v or None}))
        return box

    def _rebuild_grid(self, stages: list[JourneyStage]) -> None:
        self.grid.removeWidget(self.curve)
        clear_layout(self.grid)
        self.lists, self.headers, self.metric_labels = {}, {}, {}
        language = workshop_language(self.controller)
        self.grid.setColumnMinimumWidth(0, self.lane_width)
        lane_rows = {lane: 2 + n for n, lane in enumerate(journey.LANES)}
        self.grid.addWidget(plain_label(self.tr("Emotion"), self.host, "cxSectionTitle"), 1, 0)
        for lane, row in lane_rows.items():
            label = plain_label(journey.lane_title(lane, language), self.host, "cxSectionTitle")
            label.setFixedWidth(self.lane_width - 8)
            self.grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
        metrics_row = 2 + len(journey.LANES)
        self.grid.addWidget(
            plain_label(self.tr("Metrics"), self.host, "cxSectionTitle"), metrics_row, 0
        )
        for column, stage in enumerate(stages, start=1):
            self.grid.setColumnMinimumWidth(column, self.stage_width)
            header = StageHeader(self, stage)
            header.setFixedWidth(self.stage_width - 8)
            header.name.installEventFilter(self)
            self.headers[stage.id] = header
            self.grid.addWidget(header, 0, column)
            for lane, row in lane_rows.items():
                cards = CardList(
                    self.host,
                    self.tr("+ add a card"),
                    extra_actions=self._extra_actions if lane in journey.SENDABLE_LANES else None,
                )
                cards.setFixedWidth(self.stage_width - 8)
                cards.added.connect(lambda text, s=stage.id, ln=lane: self._add_cell(s, ln, text))
                cards.edited.connect(self._edit_cell)
                cards.removed.connect(self._remove_cell)
                cards.moved.connect(self._move_cell)
                cards.selected.connect(self._select_cell)
                self.lists[(stage.id, lane)] = cards
                self.grid.addWidget(cards, row, column, Qt.AlignmentFlag.AlignTop)
            label = plain_label("", self.host, "cxHint")
            label.setFixedWidth(self.stage_width - 8)
            self.metric_labels[stage.id] = label
            self.grid.addWidget(label, metrics_row, column, Qt.AlignmentFlag.AlignTop)
        if stages:
            self.grid.addWidget(self.curve, 1, 1, 1, len(stages))
            self.curve.show()
        else:
            self.curve.hide()
            hint = plain_label(
                self.tr("No stages yet: add the four classic stages or a stage of your own."),
                self.host,
                "cxHint",
            )
            self.grid.addWidget(hint, 0, 1)

    # --- refreshing --------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.controller.file is None:
            return
        board = self.data.board(self.board_id)
        self.title.setText(board.title if board else "")
        stages = journey.stages(self.data, self.board_id)
        order = [s.id for s in stages]
        if order != self._stage_order:
            self._rebuild_grid(stages)
            self._stage_order = order
            self._fit_columns()
        language = workshop_language(self.controller)
        for stage in stages:
            self.headers[stage.id].name.show_stored(stage.name)
            self.headers[stage.id].name.setToolTip(stage.name)  # a narrow column cuts it
            for lane in journey.LANES:
                rows = [
                    Row(c.id, c.text, self._badge(c), c.id == self.cell_id)
                    for c in journey.cells(self.data, stage.id, lane)
                ]
                self.lists[(stage.id, lane)].set_rows(rows)
            self.metric_labels[stage.id].setText(stage_metric_text(stage))
        self.curve.show_stages(stages)
        self.defaults_button.setVisible(not stages)  # the classic stages start an empty map
        lowest = journey.lowest_stages(self.data, self.board_id)
        self.status.setText(
            self.tr("Hardest moment: %1").replace("%1", ", ".join(s.name for s in lowest))
            if lowest
            else ""
        )
        if self.stage_id not in order:
            self.stage_id = order[0] if order else None
        if not any(c.id == self.cell_id for c in self.data.journey_cells):
            self.cell_id = None
        self._refresh_details(language)

    def _badge(self, cell: JourneyCell) -> str:
        return cell_badge(cell, workshop_language(self.controller))

    def _refresh_details(self, language: str) -> None:
        stage = next((s for s in self.data.journey_stages if s.id == self.stage_id), None)
        self.stage_label.setText(stage.name if stage else self.tr("No stage selected."))
        self.metrics.show_values(stage)
        cell = next((c for c in self.data.journey_cells if c.id == self.cell_id), None)
        self.touch_box.setVisible(cell is not None and cell.lane is Lane.TOUCHPOINTS)
        self.barrier_box.setVisible(cell is not None and cell.lane is Lane.BARRIERS)
        if cell is None:
            self.card_label.setText(self.tr("Click a card to edit its details."))
        else:
            self.card_label.setText(f"{journey.lane_title(cell.lane, language)}: {cell.text}")
            for box, value in ((self.ease, cell.ease), (self.access, cell.accessibility)):
                box.blockSignals(True)
                box.setValue(value or 0)
                box.blockSignals(False)
            self.channel.setCurrentIndex(max(0, self.channel.findData(cell.channel.value)))
            self.resources.show_stored(cell.resources)
            self.kpi.show_stored(cell.kpi)
            self.should_be.show_stored(cell.should_be)
        ticked = set(principles.checks_for(self.data, self.board_id))
        self.principles.show_checks(ticked, language)

    def eventFilter(self, watched: object, event: object) -> bool:
        if isinstance(event, QFocusEvent) and event.type() == QFocusEvent.Type.FocusIn:
            for stage_id, header in self.headers.items():
                if header.name is watched and stage_id != self.stage_id:
                    self.stage_id = stage_id
                    self._refresh_details(workshop_language(self.controller))
        return False

    # --- dispatching -------------------------------------------------------------------------
    def add_stage(self) -> bool:
        return self.edit(
            self.tr("Add stage"),
            lambda: journey.add_stage(self.data, self.board_id, after_id=None),
        )

    def rename_stage_from(self, stage_id: int) -> Callable[[str], None]:
        def rename(text: str) -> None:
            self.edit(
                self.tr("Rename stage"),
                lambda: journey.update_stage(self.data, stage_id, name=text),
            )

        return rename

    def _rate(self, stage_id: int, value: int | None) -> None:
        self.stage_id = stage_id
        self.edit(self.tr("Rate emotion"), lambda: journey.set_emotion(self.data, stage_id, value))

    def _add_cell(self, stage_id: int, lane: Lane, text: str) -> None:
        self.edit(self.tr("Add card"), lambda: journey.add_cell(self.data, stage_id, lane, text))

    def _edit_cell(self, cell_id: int, text: str) -> None:
        self.edit(self.tr("Edit card"), lambda: journey.update_cell(self.data, cell_id, text=text))

    def _remove_cell(self, cell_id: int) -> None:
        self.edit(self.tr("Delete card"), lambda: journey.delete_cell(self.data, cell_id))

    def _move_cell(self, cell_id: int, step: int) -> None:
        self.edit(self.tr("Move card"), lambda: journey.move_cell(self.data, cell_id, step))

    def _select_cell(self, cell_id: int) -> None:
        if cell_id == self.cell_id:
            return
        cell = next((c for c in self.data.journey_cells if c.id == cell_id), None)
        self.cell_id = cell_id
        if cell is not None:
            self.stage_id = cell.stage_id
        for (stage_id, lane), cards in self.lists.items():
            rows = [
                Row(c.id, c.text, self._badge(c), c.id == self.cell_id)
                for c in journey.cells(self.data, stage_id, lane)
            ]
            cards.set_rows(rows)
        self._refresh_details(workshop_language(self.controller))

    def _set_cell(self, **changes: object) -> None:
        cell_id = self.cell_id
        if cell_id is None:
            return
        self.edit(
            self.tr("Edit card details"),
            lambda: journey.update_cell(self.data, cell_id, **changes),
        )

    def _set_metric(self, name: str, value: object) -> None:
        stage_id = self.stage_id
        if stage_id is None:
            return
        self.edit(
            self.tr("Set stage metric"),
            lambda: journey.update_stage(self.data, stage_id, **{name: value}),
        )

    def _toggle_principle(self, key: str) -> None:
        self.edit(
            self.tr("Tick principle"),
            lambda: principles.toggle(self.data, self.board_id, principles.Principle(key)),
        )

    def _extra_actions(self, cell_id: int, menu: QMenu) -> None:
        cell = next((c for c in self.data.journey_cells if c.id == cell_id), None)
        if cell is not None:
            add_send_actions(self.controller, menu, cell, Origin.JOURNEY, self.title.text())
