"""The bare-library baseline of the cold-start benchmark: PySide6 alone shows a
QMainWindow of the app's default size and quits right after its first paint."""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class _QuitAfterPaint(QObject):
    def __init__(self, app: QApplication, window: QMainWindow) -> None:
        super().__init__(app)
        self._app, self._window, self._done = app, window, False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._done and watched is self._window and event.type() == QEvent.Type.Paint:
            self._done = True
            QTimer.singleShot(0, self._app.quit)
        return False


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1440, 900)
    hook = _QuitAfterPaint(app, window)
    window.installEventFilter(hook)
    window.show()
    return int(app.exec())


if __name__ == "__main__":
    raise SystemExit(main())
