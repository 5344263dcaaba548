"""How a view follows workshop changes without redoing work nobody sees.

`ChangeFollower(view, controller, refresh, concerns)` calls `refresh()` for a change that
`concerns` the view, with two exceptions: a change the view made itself
(`Change.initiator is view`: it already shows it) is skipped, and a hidden view (another
board, a projector page not on the wall) is only marked stale and refreshes when it is
shown again. Undo and redo carry no initiator, so they reach every view.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from app.services import Change
from app.ui.controller import Controller


def _every_change(_change: Change) -> bool:
    return True


class ChangeFollower(QObject):
    def __init__(
        self,
        view: QWidget,
        controller: Controller,
        refresh: Callable[[], None],
        concerns: Callable[[Change], bool] = _every_change,
    ) -> None:
        super().__init__(view)  # lives and dies with the view
        self._view = view
        self._refresh = refresh
        self._concerns = concerns
        self.stale = False  # a change arrived while the view was hidden
        view.installEventFilter(self)
        controller.changed.connect(self._on_changed)

    def _on_changed(self, change: Change) -> None:
        if change.initiator is self._view or not self._concerns(change):
            return
        if self._view.isVisible():
            self._refresh()
        else:
            self.stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._view and event.type() == QEvent.Type.Show and self.stale:
            self.stale = False
            self._refresh()
        return False
