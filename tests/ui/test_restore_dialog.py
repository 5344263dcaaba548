"""File > Restore from backup…: snapshots listed by time with note counts; both restores."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt

from app import backups
from app.domain import edits, model
from app.services import WorkshopFile
from app.ui.main_window import MainWindow
from app.ui.restore_dialog import RestoreDialog


@pytest.fixture
def window(qtbot: Any, qsettings: Path) -> Any:
    win = MainWindow(settings=QSettings())
    qtbot.addWidget(win)
    win.show()
    yield win
    win.controller.close()


def add_notes(window: MainWindow, count: int) -> None:
    data = window.controller.data
    board = next(b for b in data.boards if b.kind == model.BoardKind.CAPTURE)
    for index in range(count):
        pairs = edits.add_note(window.controller.data, board.id, f"Idea {index}")
        assert window.controller.edit("Add note", pairs)


def note_count(path: Path) -> int:
    workshop = WorkshopFile.open(path, read_only=True)
    try:
        return len(workshop.data.notes)
    finally:
        workshop.close()


def make_snapshots(window: MainWindow) -> tuple[backups.BackupInfo, backups.BackupInfo]:
    """A snapshot with 2 notes, then one with 5; the workshop then holds 6 notes."""
    keeper = window.file_safety.keeper
    assert keeper is not None  # the main window keeps backups of every open workshop
    add_notes(window, 2)
    older = keeper.snapshot_now("manual")
    add_notes(window, 3)
    newer = keeper.snapshot_now("auto")
    add_notes(window, 1)
    return older, newer


def test_the_dialog_lists_snapshots_newest_first_with_note_counts(
    window: MainWindow, workshop_path: Path
) -> None:
    assert window.open_path(workshop_path)
    older, newer = make_snapshots(window)
    dialog = window.file_safety.show_restore()
    assert isinstance(dialog, RestoreDialog)
    assert [info.path for info in dialog.backups] == [newer.path, older.path]
    assert dialog.table.rowCount() == 2
    cells = [[dialog.table.item(row, column).text() for column in range(3)] for row in range(2)]
    assert [row[1] for row in cells] == ["5", "2"]
    assert cells[0][2] == "Automatic" and cells[1][2] == "Made by hand"
    assert all(row[0].startswith("Today, ") for row in cells)
    assert dialog.selected() == newer  # the newest readable one is preselected
    assert dialog.new_file_button.isEnabled() and dialog.replace_button.isEnabled()
    assert "present state" in dialog.replace_note.text()  # the safety net is explained
    dialog.close()


def test_restore_to_a_new_file(window: MainWindow, workshop_path: Path, tmp_path: Path) -> None:
    assert window.open_path(workshop_path)
    older, _newer = make_snapshots(window)
    dialog = window.file_safety.show_restore()
    dialog.select(older)
    target = tmp_path / "restored.pointb"
    assert dialog.restore_to_new_file(older, target)
    assert note_count(target) == 2
    # The open workshop is untouched and still open.
    assert window.controller.file is not None
    assert window.controller.file.path == workshop_path
    assert len(window.controller.data.notes) == 6
    assert "restored.pointb" in dialog.status_label.text()
    assert dialog.open_restored_button.isVisibleTo(dialog)
    dialog.close()


def test_restore_over_the_current_workshop_keeps_a_before_restore_backup(
    window: MainWindow, workshop_path: Path
) -> None:
    assert window.open_path(workshop_path)
    older, _newer = make_snapshots(window)
    dialog = window.file_safety.show_restore()
    assert dialog.restore_over_current(older)
    # Closed, restored and reopened in the same window.
    assert window.controller.file is not None
    assert window.controller.file.path == workshop_path
    assert len(window.controller.data.notes) == 2
    assert window.pages.currentWidget() is window.workspace
    # What was replaced (6 notes) is itself a backup, listed in the dialog.
    first = dialog.backups[0]
    assert first.reason == "before-restore" and first.note_count == 6
    assert dialog.table.item(0, 2).text().startswith("Before a restore")
    # A fresh keeper watches the reopened workshop.
    assert window.file_safety.keeper is not None
    assert window.file_safety.keeper.workshop_file is window.controller.file
    dialog.close()


def test_a_damaged_backup_is_listed_but_cannot_be_chosen(
    window: MainWindow, workshop_path: Path
) -> None:
    assert window.open_path(workshop_path)
    older, newer = make_snapshots(window)
    newer.path.write_bytes(b"\0" * 4096)
    dialog = window.file_safety.show_restore()
    assert dialog.table.item(0, 1).text() == "unreadable"
    assert dialog.table.item(0, 0).flags() == Qt.ItemFlag.NoItemFlags
    assert dialog.selected() == older
    dialog.close()


def test_backups_of_a_workshop_that_is_not_open(
    window: MainWindow, workshop_path: Path, tmp_path: Path
) -> None:
    assert window.open_path(workshop_path)
    older, _newer = make_snapshots(window)
    window.close_workshop()
    # Without an open workshop the dialog asks which file; then a restore over it opens it.
    dialog = RestoreDialog(window.controller, None, window.open_path, window)
    assert dialog.table.rowCount() == 0 and not dialog.new_file_button.isEnabled()
    dialog.workshop_path = workshop_path
    dialog.refresh()
    assert dialog.table.rowCount() == 2
    assert dialog.restore_over_current(older)
    assert window.controller.file is not None and len(window.controller.data.notes) == 2
    dialog.close()
