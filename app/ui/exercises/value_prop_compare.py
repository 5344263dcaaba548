"""The heroes side by side: where the facilitator chooses the primary and secondary.

Up to three archetypes stand next to the segment's top jobs (beside their desire and goal)
and top pains (beside their fear and gift), each with a draft statement in its voice. The
choice is stored with the canvas as one undoable edit.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.domain import value_flow
from app.domain.archetypes import Archetype
from app.domain.value_prop import CanvasItemKind, archetype_draft, ranked
from app.ui import theme
from app.ui.exercises.value_prop_canvas import item_code, job_type_label
from app.ui.exercises.value_prop_common import (
    MOTIVATION_COLORS,
    PRIMARY_COLOR,
    ValueSession,
    clear_layout,
    hbox,
    pill,
    plain_label,
)
from app.ui.fit import ElidedButton, scrolling

TOP_PROFILE_ITEMS = 3  # jobs, pains and gains shown beside the compared heroes
HERO_ROW = 5  # grid rows per block when stacked: four cells and a gap
HEROES_PER_ROW = 2  # heroes side by side when they stand below the customer


def _field(parent: QWidget, layout: QVBoxLayout, title: str, text: str, name: str) -> QLabel:
    if layout.count():
        layout.addSpacing(8)  # a little air between one field and the next
    layout.addWidget(plain_label(title.upper(), parent, "vpCardField"))
    label = plain_label(text, parent, name)
    layout.addWidget(label)
    return label


CELL_MIN_WIDTH = 150  # a column's narrowest, its texts wrapped
# Below this width (a laptop with the agenda open) the customer's cells stand above the
# heroes instead of beside them, and the heroes stand two by two.
SIDE_BY_SIDE_CELL = 220


class CompareView(QWidget):
    """The customer's top jobs and pains, beside up to three heroes' desire, fear and draft."""

    def __init__(self, session: ValueSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        self.margins = 16 + 16
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        bar = hbox(spacing=8)
        bar.addWidget(
            plain_label(
                self.tr("Which hero best helps this customer get the job done?"),
                self,
                "vpSectionTitle",
            ),
            1,
        )
        self.picker = QComboBox(self)
        self.picker.setMinimumWidth(220)
        bar.addWidget(self.picker)
        self.add_button = QPushButton(self.tr("Add to comparison"), self)
        self.add_button.clicked.connect(self._add_picked)
        bar.addWidget(self.add_button)
        layout.addLayout(bar)
        self.grid_host = QWidget(self)
        self.grid = QGridLayout(self.grid_host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(14)
        self.grid.setVerticalSpacing(0)
        layout.addWidget(scrolling(self.grid_host, self), 1)
        self.columns: dict[str, QFrame] = {}
        self.primary_buttons: dict[str, QPushButton] = {}
        self.secondary_buttons: dict[str, QPushButton] = {}
        self.drafts: dict[str, QLabel] = {}
        self._language = ""
        self.stacked = False  # the customer above the heroes (a narrow screen)

    def _wants_stacked(self) -> bool:
        columns = value_flow.MAX_COMPARED + 1
        need = columns * SIDE_BY_SIDE_CELL + (columns - 1) * self.grid.horizontalSpacing()
        return self.width() - self.margins - 16 < need  # 16: the scroll bar

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._wants_stacked() != self.stacked:
            self.refresh()

    def _add_picked(self) -> None:
        key = self.picker.currentData()
        if isinstance(key, str) and key not in self.session.compared():
            self.session.toggle_compared(key)

    def _fill_picker(self) -> None:
        language = self.session.language
        if self._language == language and self.picker.count():
            return
        self.picker.clear()
        for archetype in self.session.catalogue:
            self.picker.addItem(archetype.name(language), archetype.key)
        self._language = language

    def refresh(self) -> None:
        self._fill_picker()
        clear_layout(self.grid)
        self.columns = {}
        self.primary_buttons = {}
        self.secondary_buttons = {}
        self.drafts = {}
        canvas = self.session.canvas()
        self.add_button.setEnabled(canvas is not None)
        self.stacked = self._wants_stacked()
        if canvas is None:
            return
        compared = self.session.compared()
        self._customer_column()
        for column, key in enumerate(compared, start=1):
            archetype = self.session.archetype(key)
            if archetype is not None:
                self._hero_column(column, archetype)
        for column in range(len(compared) + 1, value_flow.MAX_COMPARED + 1):
            hint = plain_label(
                self.tr("Pick a hero on the deck, in the suggestion or with “Add to comparison”."),
                self.grid_host,
                "vpEmpty",
            )
            hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
            row, at = self._place(0, column)
            self.grid.addWidget(hint, row, at, 4, 1)
        for column in range(value_flow.MAX_COMPARED + 1):
            used = column < HEROES_PER_ROW or not self.stacked
            self.grid.setColumnStretch(column, 1 if used else 0)
        for row in range(self.grid.rowCount()):
            self.grid.setRowStretch(row, 0)
            self.grid.setRowMinimumHeight(row, 12 if row % HERO_ROW == HERO_ROW - 1 else 0)
        self.grid.setRowStretch(self.grid.rowCount(), 1)  # the cells keep to the top

    def _place(self, row: int, column: int) -> tuple[int, int]:
        """Where a cell of `column` (0: the customer) goes: beside, or, stacked, the
        customer across the top and the heroes two by two below."""
        if not self.stacked:
            return row, column
        if column == 0:
            return row, 0
        block, at = divmod(column - 1, HEROES_PER_ROW)
        return HERO_ROW * (block + 1) + row, at

    def _cell(self, row: int, column: int, color: str | None = None) -> tuple[QFrame, QVBoxLayout]:
        cell = QFrame(self.grid_host)
        cell.setObjectName("vpCompareCell")
        border = f"border-left: 6px solid {color};" if color else ""
        top = "border-top-left-radius: 12px; border-top-right-radius: 12px;" if row == 0 else ""
        bottom = (
            "border-bottom-left-radius: 12px; border-bottom-right-radius: 12px;" if row == 3 else ""
        )
        cell.setStyleSheet(
            f"QFrame#vpCompareCell {{ background: {theme.PANEL}; {border} {top} {bottom}"
            f" border-top: {'none' if row else '1px solid ' + theme.BORDER}; }}"
        )
        # Equal columns whatever the names: wrapped text adapts to the width it gets.
        cell.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        cell.setMinimumWidth(CELL_MIN_WIDTH)  # narrower cuts texts
        box = QVBoxLayout(cell)
        box.setContentsMargins(16, 10, 16, 10)
        box.setSpacing(3)
        at_row, at_column = self._place(row, column)
        span = HEROES_PER_ROW if self.stacked and column == 0 else 1
        self.grid.addWidget(cell, at_row, at_column, 1, span)
        return cell, box

    def _customer_column(self) -> None:
        segment = self.session.segment()
        items = self.session.items()
        cell, box = self._cell(0, 0, theme.INK)
        box.addWidget(plain_label(self.tr("THE CUSTOMER"), cell, "vpCardField"))
        box.addWidget(plain_label(segment.name if segment else "", cell, "vpCardName"))
        box.addStretch(1)
        cell, box = self._cell(1, 0, theme.INK)
        box.addWidget(plain_label(self.tr("TOP JOBS"), cell, "vpCardField"))
        for job in ranked(items, CanvasItemKind.JOB)[:TOP_PROFILE_ITEMS]:
            kind = job_type_label(job.job_type) if job.job_type else ""
            line = f"{item_code(job)}  {job.text}" + (f"  ({kind})" if kind else "")
            box.addWidget(plain_label(line, cell, "vpCompareText"))
        box.addStretch(1)
        cell, box = self._cell(2, 0, theme.INK)
        box.addWidget(plain_label(self.tr("TOP PAINS"), cell, "vpCardField"))
        for pain in ranked(items, CanvasItemKind.PAIN)[:TOP_PROFILE_ITEMS]:
            box.addWidget(plain_label(f"{item_code(pain)}  {pain.text}", cell, "vpCompareText"))
        box.addStretch(1)
        cell, box = self._cell(3, 0, theme.INK)
        box.addWidget(plain_label(self.tr("TOP GAINS"), cell, "vpCardField"))
        for gain in ranked(items, CanvasItemKind.GAIN)[:TOP_PROFILE_ITEMS]:
            box.addWidget(plain_label(f"{item_code(gain)}  {gain.text}", cell, "vpCompareText"))
        box.addStretch(1)

    def _hero_column(self, column: int, archetype: Archetype) -> None:
        canvas = self.session.canvas()
        assert canvas is not None
        language = self.session.language
        text = archetype.text(language)
        strong, _light = MOTIVATION_COLORS[archetype.motivation]
        key = archetype.key
        cell, box = self._cell(0, column, strong)
        head = hbox(spacing=6)
        name = plain_label(text.name, cell, "vpCardName", wrap=False)
        name.setStyleSheet(f"color: {strong};")
        head.addWidget(name, 1)
        remove = QPushButton("✕", cell)
        remove.setToolTip(self.tr("Take out of the comparison"))
        remove.setFixedWidth(remove.sizeHint().width())
        remove.clicked.connect(lambda _=False, k=key: self.session.toggle_compared(k))
        head.addWidget(remove)
        box.addLayout(head)
        if key in (canvas.archetype, canvas.secondary_archetype):
            role = hbox(spacing=6)
            if key == canvas.archetype:
                role.addWidget(pill(self.tr("PRIMARY"), "white", PRIMARY_COLOR, cell))
            else:
                role.addWidget(pill(self.tr("SECONDARY"), "white", theme.ACCENT_DARK, cell))
            role.addStretch(1)
            box.addLayout(role)
        box.addWidget(plain_label(", ".join(text.voice), cell, "vpVoice"))
        box.addStretch(1)
        cell, box = self._cell(1, column, strong)
        _field(cell, box, self.tr("Desire"), text.desire, "vpCompareText")
        _field(cell, box, self.tr("Goal"), text.goal, "vpCompareText")
        box.addStretch(1)
        cell, box = self._cell(2, column, strong)
        _field(cell, box, self.tr("Fear"), text.fear, "vpCompareText")
        _field(cell, box, self.tr("Gift"), text.gift, "vpCompareText")
        box.addStretch(1)
        cell, box = self._cell(3, column, strong)
        draft = archetype_draft(
            archetype,
            self.session.segment(),
            self.session.items(),
            language,
            product=canvas.product_name,
        )
        self.drafts[key] = _field(
            cell, box, self.tr("Draft in this voice"), draft, "vpCompareDraft"
        )
        box.addStretch(1)
        # One above the other, each as wide as the column; elided with a tooltip when the
        # column is narrow (four heroes on a laptop screen).
        buttons = QVBoxLayout()
        buttons.setSpacing(6)
        is_primary = key == canvas.archetype
        primary = ElidedButton(
            self.tr("Primary hero ✓") if is_primary else self.tr("Make primary"), cell
        )
        # The accent style marks the action to take; the chosen hero's button is plain.
        primary.setProperty("primary", "false" if is_primary else "true")
        primary.setEnabled(not is_primary)
        primary.clicked.connect(lambda _=False, k=key: self._choose_primary(k))
        secondary = ElidedButton(
            self.tr("Drop secondary")
            if key == canvas.secondary_archetype
            else self.tr("Make secondary"),
            cell,
        )
        secondary.setEnabled(canvas.archetype is not None and key != canvas.archetype)
        secondary.clicked.connect(lambda _=False, k=key: self._choose_secondary(k))
        buttons.addWidget(primary)
        buttons.addWidget(secondary)
        box.addLayout(buttons)
        self.primary_buttons[key] = primary
        self.secondary_buttons[key] = secondary

    def _choose_primary(self, key: str) -> None:
        canvas_id = self.session.canvas_id
        if canvas_id is None:
            return
        data, keys = self.session.data, self.session.catalogue.keys()
        self.session.run(
            self.tr("Choose the hero"),
            lambda: value_flow.choose_primary(data, canvas_id, key, keys),
        )

    def _choose_secondary(self, key: str) -> None:
        canvas = self.session.canvas()
        if canvas is None:
            return
        data, keys = self.session.data, self.session.catalogue.keys()
        wanted = None if canvas.secondary_archetype == key else key
        self.session.run(
            self.tr("Choose the second voice"),
            lambda: value_flow.choose_secondary(data, canvas.id, wanted, keys),
        )


__all__ = ["CompareView"]
