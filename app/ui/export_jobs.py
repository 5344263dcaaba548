"""The background jobs of File > Export…: the export and the preview run on a worker
thread, on a deep copy of the workshop, and report through Qt signals that arrive in the
UI thread (queued connections).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from app import interchange
from app.domain import model
from app.ui.export_choices import ExportOptions


class JobSignals(QObject):
    """Signals of one background job; they arrive in the UI thread (queued connections).

    The object has no Qt parent and is kept in `LIVE_JOBS` until its job is over, then
    deleted with deleteLater() in the UI thread: never by the worker dropping the last
    Python reference, and never under a worker that is still emitting (which could
    happen if it belonged to a dialog closed meanwhile). Slots are bound methods of the
    dialog, so Qt disconnects them when the dialog goes away.
    """

    progress = Signal(int, int)
    finished = Signal(str)
    failed = Signal(str)
    image = Signal(int, object, str)  # generation, QImage, caption
    text = Signal(int, str, str)  # generation, preview text, caption
    preview_failed = Signal(int, str)  # generation, reason

    def __init__(self) -> None:
        super().__init__()
        forget_finished_jobs()
        LIVE_JOBS.add(self)

    def close(self) -> None:
        """The worker's last call: posted after its signals, so they are delivered first."""
        self.deleteLater()  # thread-safe


LIVE_JOBS: set[JobSignals] = set()


def forget_finished_jobs() -> None:
    # Drop wrappers whose Qt object is gone (deleteLater has run in the UI thread); done
    # when a job starts, never from inside a destructor.
    for signals in list(LIVE_JOBS):
        try:
            signals.objectName()
        except RuntimeError:
            LIVE_JOBS.discard(signals)


def run_export(
    data: model.WorkshopData, options: ExportOptions, progress: Callable[[int, int], None]
) -> str:
    """The export, as the worker runs it (no Qt: callable from tests too)."""
    return interchange.export_data(
        data,
        options.out,
        board=options.board_ref,
        page_size=options.page_size,
        portrait=options.portrait,
        dpi=options.dpi,
        tile=options.tile,
        progress=progress,
    )
