"""Quitting the console with the projector open ends the whole program."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

SCRIPT = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    from app.ui.app import make_app
    from app.ui.main_window import MainWindow

    app = make_app()
    window = MainWindow()
    window.show()
    assert window.open_path(sys.argv[1])
    window.room.presenter_action.trigger()  # F5
    presenter = window.room.presenter
    assert presenter is not None and presenter.isVisible()

    def quit_like_ctrl_q():
        window.close()  # File > Quit (Ctrl+Q) closes the console
        print("presenter visible after quit:", presenter.isVisible(), flush=True)

    QTimer.singleShot(200, quit_like_ctrl_q)
    sys.exit(app.exec())
    """
)


def test_quit_with_the_projector_open_ends_the_process(workshop_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    process = subprocess.Popen(
        [sys.executable, "-c", SCRIPT, str(workshop_path)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    try:
        output, _ = process.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        output, _ = process.communicate()
        raise AssertionError(f"the process did not end after quitting:\n{output}") from None
    assert process.returncode == 0, output
    assert "presenter visible after quit: False" in output
