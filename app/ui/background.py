"""Running work off the UI thread: one helper for every background job (export, preview,
CSV import), so the window never freezes and results arrive in the UI thread.

`run_in_background(work, done=..., failed=..., progress=...)` runs `work(report)` on
Qt's global thread pool; `report(done, total)` may be called from the worker for a
progress bar. Exactly one of `done(result)` or `failed(exception)` follows, in the UI
thread (queued signals). Pass bound methods of a QObject (a dialog, a job): Qt then
disconnects them when that object goes away while the work still runs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal

Progress = Callable[[int, int], None]


class _JobSignals(QObject):
    """The signals of one job; they arrive in the UI thread (queued connections).

    The object has no Qt parent and is kept in `_LIVE` until its job is over, then deleted
    with deleteLater() in the UI thread: never by the worker dropping the last Python
    reference, and never under a worker that is still emitting (which could happen if it
    belonged to a dialog closed meanwhile)."""

    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(object)  # the exception

    def __init__(self) -> None:
        super().__init__()
        _forget_finished_jobs()
        _LIVE.add(self)


_LIVE: set[_JobSignals] = set()


def _forget_finished_jobs() -> None:
    # Drop wrappers whose Qt object is gone (deleteLater has run in the UI thread); done
    # when a job starts, never from inside a destructor.
    for signals in list(_LIVE):
        try:
            signals.objectName()
        except RuntimeError:
            _LIVE.discard(signals)


def run_in_background(
    work: Callable[[Progress], Any],
    *,
    done: Callable[[Any], None],
    failed: Callable[[Exception], None],
    progress: Progress | None = None,
) -> None:
    """Run `work(report)` on a worker thread (see the module docstring)."""
    signals = _JobSignals()
    signals.done.connect(done)
    signals.failed.connect(failed)
    if progress is not None:
        signals.progress.connect(progress)

    def job() -> None:
        try:
            result = work(signals.progress.emit)
        except Exception as exc:  # every failure reaches the UI thread, never a dead worker
            signals.failed.emit(exc)
        else:
            signals.done.emit(result)
        finally:
            signals.deleteLater()  # thread-safe; posted after the signals, so they come first

    QThreadPool.globalInstance().start(job)
