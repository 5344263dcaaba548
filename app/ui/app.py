"""Application start-up: the QApplication, the theme, the GUI and the offscreen self-test."""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLocale,
    QMessageLogContext,
    QObject,
    QTimer,
    QtMsgType,
    QTranslator,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QWidget

from app.ui import theme
from app.ui.i18n import installed_translation, translations_dir

ORGANIZATION = "PointB"
APPLICATION = "Point B"
# Hidden, for the start-up benchmark (tests/benchmarks): quit right after the first paint.
EXIT_AFTER_FIRST_PAINT = "POINTB_EXIT_AFTER_FIRST_PAINT"


# The offscreen platform (selftest, tests) cannot size windows to hints and says so on
# every new top-level window; the message says nothing about Point B.
HARMLESS_QT_MESSAGES = ("This plugin does not support propagateSizeHints()",)
_previous_handler: Any = None


def _filter_qt_messages(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    if message in HARMLESS_QT_MESSAGES:
        return
    if _previous_handler is not None:
        _previous_handler(kind, context, message)
    else:
        sys.stderr.write(message + "\n")


def make_app(argv: list[str] | None = None) -> QApplication:
    """The one QApplication (reused when it exists, as under pytest-qt), themed."""
    global _previous_handler
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        _previous_handler = qInstallMessageHandler(_filter_qt_messages)
        app = QApplication(argv if argv is not None else sys.argv[:1])
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    install_translator(app)
    theme.apply(app)
    return app


def install_translator(app: QApplication, language: str | None = None) -> bool:
    """Load the compiled UI translation for the language (system locale by default)."""
    installed = installed_translation(app)
    if installed.translators:
        return True
    name = language or QLocale().name()
    translator = QTranslator(app)
    if translator.load(f"pointb_{name}", str(translations_dir())) or translator.load(
        f"pointb_{name[:2]}", str(translations_dir())
    ):
        app.installTranslator(translator)
        installed.translators.append(translator)
        return True
    return False


def run_gui(path: Path | None) -> int:
    """Open the main window (on the file, or the start screen) and run until it closes."""
    from app.ui.main_window import MainWindow

    app = make_app()
    window = MainWindow()
    window.restore_geometry()
    exit_hook = None
    if os.environ.get(EXIT_AFTER_FIRST_PAINT) == "1":
        exit_hook = _ExitAfterFirstPaint(app, window.board_stack if path else window)
    window.show()
    if path is not None:
        window.open_path(path)
    status = int(app.exec())
    del exit_hook
    return status


class _ExitAfterFirstPaint(QObject):
    """Quits the event loop once `target` (the board area, or the window) has painted."""

    def __init__(self, app: QApplication, target: QWidget) -> None:
        super().__init__(app)
        self._app = app
        self._target = target
        self._done = False
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            not self._done
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and (watched is self._target or self._target.isAncestorOf(watched))
        ):
            self._done = True
            QTimer.singleShot(0, self._app.quit)  # after this paint has been flushed
        return False


def selftest(path: Path | None) -> int:
    """Open the main window offscreen on the file (read-only) or the demo, render each board.

    Prints one line per board with its render time; returns 0 when everything rendered.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from app.services import WorkshopFile
    from app.ui.main_window import MainWindow, write_demo_file

    started = time.perf_counter()
    app = make_app()
    folder = tempfile.TemporaryDirectory(prefix="pointb-selftest-")
    window: MainWindow | None = None
    try:
        if path is None:
            path = write_demo_file(Path(folder.name) / "demo.pointb", "en")
        window = MainWindow()
        window.resize(1600, 1000)
        window.show()
        window.adopt(WorkshopFile.open(path, read_only=True))
        app.processEvents()
        print(f"opened {path} in {(time.perf_counter() - started) * 1000:.0f} ms")
        data = window.controller.data
        boards = sorted(data.boards, key=lambda b: (b.position, b.id))
        if not boards:
            print("the workshop has no boards")
        for board in boards:
            t0 = time.perf_counter()
            widget = window.select_board(board.id)
            app.processEvents()
            fit = widget.board_commands().fit if widget is not None else None
            if fit is not None:
                fit()
            image = window.grab()
            elapsed = (time.perf_counter() - t0) * 1000
            if image.isNull():
                print(f"board {board.id} '{board.title}': render failed", file=sys.stderr)
                return 1
            items = data.item_count(board)
            print(
                f"board {board.id} '{board.title}' ({board.kind.value}, {items} items): "
                f"{elapsed:.0f} ms"
            )
        print(f"selftest passed in {(time.perf_counter() - started) * 1000:.0f} ms")
        return 0
    except Exception as exc:
        traceback.print_exc()
        print(f"selftest failed: {exc}", file=sys.stderr)
        return 1
    finally:
        if window is not None:
            window.controller.close()
            window.close()
            window.deleteLater()
        app.processEvents()
        folder.cleanup()
