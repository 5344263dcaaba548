"""Proxy voting: the number keys 1–9 pick the voter on every board that takes dots.

The facilitator enters the room's dots for everyone. The voter picker lists the voters
in the order they were entered (`app.domain.voters`), each of the first nine with its
number beside the name (`app.ui.voters`); while the board's vote bar is shown, key N
picks the N-th voter. Typing in a text field is not affected: a text field takes digits
before shortcuts do. The registry gives each voting board its keys once
(`app.ui.board.registry.compose_board`), through the board's `BoardVoting`.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from app.ui.board.contract import BoardVoting
from app.ui.voters import KEYED_VOTERS


def pick_voter(voting: BoardVoting, number: int) -> bool:
    """Choose the `number`-th voter (1-based) in the board's voter picker."""
    if not 1 <= number <= voting.picker.count():
        return False
    voting.picker.setCurrentIndex(number - 1)
    return True


class VoterKeys(QObject):
    """Keys 1–9 on one board, live while its vote bar is shown."""

    def __init__(self, board: QWidget, voting: BoardVoting) -> None:
        super().__init__(board)
        self.voting = voting
        self.shortcuts: list[QShortcut] = []
        for number in range(1, KEYED_VOTERS + 1):
            shortcut = QShortcut(QKeySequence(str(number)), board)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            # partial, not a lambda: `activated` passes nothing, the number is bound now.
            shortcut.activated.connect(partial(self.pick, number))
            self.shortcuts.append(shortcut)
        voting.picker.setToolTip(
            QCoreApplication.translate("VoterKeys", "Keys 1–9 pick the voter.")
        )
        # The bar is shown and hidden by its board (voting on / off, the step of the
        # exercise): follow it, so a digit means nothing to a board that is not voting.
        voting.bar.installEventFilter(self)
        self._enable(not voting.bar.isHidden())

    def pick(self, number: int) -> bool:
        if self.voting.bar.isHidden():
            return False
        return pick_voter(self.voting, number)

    def enabled(self) -> bool:
        return all(shortcut.isEnabled() for shortcut in self.shortcuts)

    def _enable(self, on: bool) -> None:
        for shortcut in self.shortcuts:
            shortcut.setEnabled(on)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.voting.bar and event.type() in (
            QEvent.Type.ShowToParent,
            QEvent.Type.HideToParent,
        ):
            self._enable(event.type() == QEvent.Type.ShowToParent)
        return False
