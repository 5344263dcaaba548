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

from PySide6.QtCore import QObject, Signal

from app import interchange
from app.domain import csv_ideas, model
from app.services import WorkshopFile
from app.ui.background import Progress, run_in_background
from app.ui.controller import Controller


def _import(
    workshop_file: WorkshopFile,
    data: model.WorkshopData,
    path: Path,
    board_id: int,
    report: Progress,
) -> list[Any]:
    """The worker's part: read and check the file, back up, write the rows in one
    transaction. Returns the committed entities (memory is not touched here)."""
    raw = path.read_bytes()
    rows = csv_ideas.parse_ideas(csv_ideas.decode(raw, str(path)), str(path))
    entities = interchange.idea_entities(data, rows, board_id)
    interchange.snapshot_before_import(workshop_file)
    workshop_file.write_bulk(entities, report)
    return entities


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
        data, path, board_id = self.controller.data, self.path, self.board_id
        self.running = True
        self.controller.busy = True
        run_in_background(
            lambda report: _import(workshop_file, data, path, board_id, report),
            done=self._done,
            failed=self._failed,
            progress=self._progress,
        )
        return True

    def _progress(self, done: int, total: int) -> None:
        self.progress.emit(done, total)

    def _done(self, entities: Sequence[Any]) -> None:
        self.controller.busy = False
        self.running = False
        notes = [e for e in entities if isinstance(e, model.Note)]
        self.count = len(notes)
        label = self.label(self.count)  # the undo step's name, for this many ideas
        self.controller.adopt_import(label, entities)
        self.finished.emit(self.count)

    def _failed(self, exc: Exception) -> None:
        self.controller.busy = False
        self.running = False
        self.failed.emit(str(exc))
