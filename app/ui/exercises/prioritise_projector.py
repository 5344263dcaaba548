"""The prioritisation board as the room sees it: at each stage, what that stage sorts.

No tabs, fields or buttons: the stage the console shows (`Controller.shown_stages`), in
large type that wraps and fits the projector (`CxProjectorView`): the candidates by dots,
the Kano columns, the 2×2 quadrants, the ranking by score, the release slices with their
MoSCoW letters and load, the Pareto shares (`app.domain.prioritise_wall`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from app.domain import prioritise_flow
from app.domain import prioritise_wall as stage_wall
from app.domain.agenda import stage_name
from app.domain.kano import KanoCategory
from app.domain.model import BoardKind
from app.domain.prioritise import Quadrant
from app.domain.prioritise_wall import NOT_SORTED, RANKED, WallGroup, WallRow
from app.export import prioritise_parts
from app.ui import theme
from app.ui.controller import Controller
from app.ui.exercises.cx_projector import StagedProjectorView
from app.ui.exercises.prioritise_common import category_color, category_label, quadrant_label
from app.ui.i18n import interface_language, printed

FIRST_STAGE = "candidates"
RANKED_COLUMNS = 2  # a ranked list of more than half a column's rows runs in two columns


def _tr(text: str) -> str:
    return QCoreApplication.translate("PrioritiseProjectorView", text)


def stage_title(stage: str, method: str) -> str:
    titles = {
        "candidates": _tr("Candidates by dots"),
        "kano": _tr("Kano: what kind of need"),
        "matrix": stage_name("matrix", BoardKind.PRIORITISE, interface_language()),
        "scores": _tr("Best first, by %1").replace("%1", "ICE" if method == "ice" else "RICE"),
        "slices": stage_name("slices", BoardKind.PRIORITISE, interface_language()),
        "pareto": _tr("Pareto: the share of the value, adding up"),
    }
    return titles.get(stage, titles[FIRST_STAGE])


class PrioritiseProjectorView(StagedProjectorView):
    """Read-only: one prioritisation board at the stage the console shows."""

    first_stage = FIRST_STAGE

    def __init__(self, controller: Controller, board_id: int, parent: QWidget | None = None):
        self.groups: list[WallGroup] = []
        super().__init__(controller, board_id, parent)

    def fill(self, body: QVBoxLayout) -> None:
        data = self.controller.data
        summary = prioritise_flow.board_summary(data, self.board_id)
        self.status.setText(stage_title(self.stage, summary.method))
        self.groups = stage_wall.stage_groups(summary, self.stage)
        host = QWidget(self)
        host.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        body.addWidget(host)
        body.addStretch(1)
        if not summary.candidates:
            column = QVBoxLayout(host)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(self.text(host, _tr("No candidates yet."), color=theme.MUTED))
            return
        if len(self.groups) == 1 and self.groups[0].key == RANKED:
            self._ranked(host, self.groups[0])
        else:
            self._columns(host, self.groups)

    # --- one ranked list -----------------------------------------------------------------------
    def _ranked(self, host: QWidget, group: WallGroup) -> None:
        grid = QGridLayout(host)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(8)
        rows = group.rows
        per_column = (len(rows) + 1) // RANKED_COLUMNS if len(rows) > 5 else len(rows)
        for index, row in enumerate(rows):
            column, place = divmod(index, max(1, per_column))
            grid.addWidget(self._row(host, index + 1, row), place, column)
            grid.setColumnStretch(column, 1)
        if group.more:
            more = _tr("+%1 more").replace("%1", str(group.more))
            grid.addWidget(self.text(host, more, "small", color=theme.MUTED), per_column, 0)

    def _row(self, parent: QWidget, rank: int, row: WallRow) -> QFrame:
        frame = self.card_frame(parent)
        line = QHBoxLayout(frame)
        line.setContentsMargins(10, 4, 10, 4)
        line.setSpacing(12)
        number = self.text(frame, f"{rank}.", bold=True, color=theme.MUTED)
        number.setWordWrap(False)
        number.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        line.addWidget(number, 0, Qt.AlignmentFlag.AlignTop)
        line.addWidget(self.text(frame, row.text, bold=rank <= 3), 1)
        if row.mark:
            mark = self.text(frame, row.mark, bold=True, color=theme.ACCENT_DARK)
            mark.setWordWrap(False)
            mark.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
            line.addWidget(mark, 0, Qt.AlignmentFlag.AlignTop)
        return frame

    # --- groups side by side -------------------------------------------------------------------
    def _columns(self, host: QWidget, groups: list[WallGroup]) -> None:
        grid = QGridLayout(host)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(12)
        if self.stage == "matrix":
            per_row = 2  # the 2×2 as the room drew it
        elif self.stage == "slices":
            per_row = min(len(groups), 5)  # releases side by side, in order
        else:
            per_row = 3 if len(groups) > 4 else len(groups)
        per_row = max(1, per_row)
        for index, group in enumerate(groups):
            box, layout = self.box(host, self._group_title(group))
            if group.key not in (NOT_SORTED, RANKED) and self.stage == "kano":
                box.setStyleSheet(
                    f"QFrame#cxProjectorBox {{ border-top: 6px solid"
                    f" {category_color(KanoCategory(group.key))}; }}"
                )
            self.cards(box, layout, [(r.text, r.mark) for r in group.rows])
            if group.more:
                more = _tr("+%1 more").replace("%1", str(group.more))
                layout.addWidget(self.text(box, more, "small", color=theme.MUTED))
            layout.addStretch(1)
            grid.addWidget(box, index // per_row, index % per_row)
        for column in range(per_row):
            grid.setColumnStretch(column, 1)

    def _group_title(self, group: WallGroup) -> str:
        if group.key == NOT_SORTED:
            return {
                "kano": printed(prioritise_parts.MESSAGES, "not_sorted"),
                "matrix": _tr("Not placed yet"),
                "slices": printed(prioritise_parts.MESSAGES, "no_slice"),
            }.get(self.stage, printed(prioritise_parts.MESSAGES, "not_sorted"))
        if self.stage == "kano":
            return category_label(KanoCategory(group.key))
        if self.stage == "matrix":
            return quadrant_label(Quadrant(group.key))
        if self.stage == "slices":
            return f"{group.name} · {group.load}" if group.load else group.name
        return ""

    def shown_texts(self) -> list[str]:
        """The candidate names on the wall now, group by group."""
        return [row.text for group in self.groups for row in group.rows]
