"""Importing ideas from a CSV file without freezing the window.

The worker reads, checks and writes the whole file in one transaction (after a backup);
the window only shows progress. While it runs the controller is busy: no edit and no
automatic backup touches the file. When the rows are committed, the UI thread adds them
to the open workshop as ONE undo step.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from app import interchange
from app.domain import csv_ideas, model
from app.services import WorkshopFile
from app.store.database import WorkshopFileError
from app.ui.controller import Controller


class _Signals(QObject):
    progress = Signal(int, int)  # rows written, rows in all
    done = Signal(object)  # the committed entities
    failed = Signal(str)


class _ImportTask(QRunnable):
    def __init__(
        self, workshop_file: WorkshopFile, data: model.WorkshopData, path: Path, board_id: int
    ) -> None:
        super().__init__()
        self.signals = _Signals()
        self._file = workshop_file
        self._data = data
        self._path = path
        self._board_id = board_id

    def run(self) -> None:
        try:
            raw = self._path.read_bytes()
            rows = csv_ideas.parse_ideas(
                csv_ideas.decode(raw, str(self._path)), str(self._path)
            )
            entities = interchange.idea_entities(self._data, rows, self._board_id)
            interchange.snapshot_before_import(self._file)
            self._file.write_bulk(entities, self.signals.progress.emit)
        except (ValueError, OSError, WorkshopFileError) as exc:
            self.signals.failed.emit(str(exc))
            return
        self.signals.done.emit(entities)


class ImportJob(QObject):
    """One import of ideas into a board; `finished(count)` or `failed(message)` ends it."""

    progress = Signal(int, int)
    finished = Signal(int)  # ideas added
    failed = Signal(str)

    def __init__(self, controller: Controller, path: Path, board_id: int,
                 label: Callable[[int], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.path = path
        self.board_id = board_id
        self.label = label
        self.running = False
        self.count = 0

    def start(self) -> bool:
        workshop_file = self.controller.file
        if workshop_file is None or self.controller.busy:
            return False
        task = _ImportTask(workshop_file, self.controller.data, self.path, self.board_id)
        task.signals.progress.connect(self.progress)
        task.signals.done.connect(self._done)
        task.signals.failed.connect(self._failed)
        self._task = task  # the signals object must outlive the worker's run()
        self.running = True
        self.controller.busy = True
        QThreadPool.globalInstance().start(task)
        return True

    def _done(self, entities: Sequence[Any]) -> None:
        self.controller.busy = False
        self.running = False
        notes = [e for e in entities if isinstance(e, model.Note)]
        self.count = len(notes)
        label = self.label(self.count)  # the undo step's name, for this many ideas
        self.controller.adopt_import(label, entities)
        self.finished.emit(self.count)

    def _failed(self, message: str) -> None:
        self.controller.busy = False
        self.running = False
        self.failed.emit(message)
