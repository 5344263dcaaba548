"""Boards whose tabs are the stages of their exercise (app.domain.agenda.STAGES).

The step flow (`app.ui.step_flow`) shows a step's stage on any board whose
`board_stages()` (app.ui.board.contract) are such tabs; a tab the facilitator picks is
reported as `controller.stage_chosen`, so the agenda follows to the matching step.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QTabWidget

from app.domain.agenda import stage_name, stages_of
from app.domain.model import BoardKind
from app.ui.controller import Controller
from app.ui.i18n import interface_language


def stage_title(kind: BoardKind, stage: str) -> str:
    """A stage's name in the interface's language, as the agenda gives it."""
    return stage_name(stage, kind, interface_language())


class TabStages(QObject):
    """Tabs in stage order, named by their stage (`app.domain.agenda.stage_name`, as the
    agenda names them): `show` switches quietly; a click reports the stage chosen."""

    def __init__(
        self, tabs: QTabWidget, controller: Controller, board_id: int, kind: BoardKind
    ) -> None:
        super().__init__(tabs)
        self.tabs = tabs
        self.controller = controller
        self.board_id = board_id
        self.stages = stages_of(kind)
        self._showing = False
        for index, stage in enumerate(self.stages[: tabs.count()]):
            tabs.setTabText(index, stage_title(kind, stage))
        tabs.currentChanged.connect(self._changed)
        self._report(tabs.currentIndex())

    def show(self, stage: str) -> None:
        if stage in self.stages:
            self._showing = True
            try:
                self.tabs.setCurrentIndex(self.stages.index(stage))
            finally:
                self._showing = False

    def shown(self) -> str:
        index = self.tabs.currentIndex()
        return self.stages[index] if 0 <= index < len(self.stages) else ""

    def _changed(self, index: int) -> None:
        self._report(index)
        if not self._showing and 0 <= index < len(self.stages):
            self.controller.stage_chosen.emit(self.board_id, self.stages[index])

    def _report(self, index: int) -> None:
        if 0 <= index < len(self.stages):
            self.controller.report_stage(self.board_id, self.stages[index])
