"""The GUI side of docs/reliability.md: risky-location warning, failed writes, backup timer."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog

from app import backups, locations_probe
from app.services import WorkshopFile
from app.store.database import WriteFailedError
from app.ui.about_dialog import LicenceDialog
from app.ui.board.capture import CaptureBoard
from app.ui.file_safety import BACKUP_TICK_MS
from app.ui.main_window import MainWindow
from app.ui.restore_dialog import RestoreDialog
from tests.ui.helpers import press_key, type_text


@pytest.fixture
def window(qtbot: Any, qsettings: Path) -> Any:
    win = MainWindow(settings=QSettings())
    qtbot.addWidget(win)
    win.show()
    yield win
    win.controller.close()


def capture_board(window: MainWindow) -> CaptureBoard:
    board = window.current_board_widget()
    assert isinstance(board, CaptureBoard)
    return board


def test_a_risky_location_is_warned_about_once(
    window: MainWindow, workshop_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The probe says every file lives in Dropbox; should_warn's once-per-file record is real.
    monkeypatch.setattr(locations_probe, "location_risk", lambda _path: "Dropbox")
    assert window.open_path(workshop_path)
    box = window.file_safety.location_box
    assert box is not None and box.isVisible()
    assert "Dropbox" in box.informativeText()
    assert str(workshop_path) in box.informativeText()
    assert box.windowModality() == Qt.WindowModality.WindowModal  # never blocks the app
    box.close()
    window.file_safety.location_box = None
    window.close_workshop()
    assert window.open_path(workshop_path)
    assert window.file_safety.location_box is None  # once per file
    # Save As to another risky place warns about the copy.
    copy = tmp_path / "copy.pointb"
    assert window.save_copy(copy)
    box = window.file_safety.location_box
    assert box is not None and str(copy) in box.informativeText()
    box.close()


def test_a_safe_location_gives_no_warning(
    window: MainWindow, workshop_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(locations_probe, "location_risk", lambda _path: None)
    assert window.open_path(workshop_path)
    assert window.file_safety.location_box is None


def test_a_failed_write_keeps_the_edit_and_offers_save_as_elsewhere(
    window: MainWindow,
    workshop_path: Path,
    tmp_path: Path,
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert window.open_path(workshop_path)
    workshop = window.controller.file
    assert workshop is not None

    def disk_full(*_args: object, **_kwargs: object) -> None:
        raise WriteFailedError(workshop.path, "the change could not be saved (disk I/O error)")

    monkeypatch.setattr(workshop.database, "write", disk_full)
    board = capture_board(window)
    type_text(board.capture_edit, "Кэшбэк за оплату по QR")
    press_key(board.capture_edit, Qt.Key.Key_Return)

    box = window.file_safety.write_failed_box
    assert box is not None and box.isVisible()
    assert "could not be saved" in box.text()
    assert "disk I/O error" in box.informativeText()
    assert window.controller.data.notes == []  # memory is as before the failed edit...
    assert board.capture_edit.text() == "Кэшбэк за оплату по QR"  # ...and the edit is on screen
    assert window.message_bar.isVisible()

    elsewhere = tmp_path / "other-disk"
    elsewhere.mkdir()
    target = elsewhere / "rescued"  # the suffix is added
    asked: list[str] = []

    def save_dialog(_parent: object, caption: str, *_args: object) -> tuple[str, str]:
        asked.append(caption)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    button = window.file_safety.save_elsewhere_button
    assert button is not None and button.text() == "Save As elsewhere…"
    button.click()
    rescued = target.with_suffix(".pointb")
    qtbot.waitUntil(
        lambda: window.controller.file is not None and window.controller.file.path == rescued,
        timeout=5000,
    )
    assert asked == ["Save As elsewhere"]
    # The unsaved text came along; Enter now saves it in the copy.
    board = capture_board(window)
    assert board.capture_edit.text() == "Кэшбэк за оплату по QR"
    press_key(board.capture_edit, Qt.Key.Key_Return)
    assert [n.text for n in window.controller.data.notes] == ["Кэшбэк за оплату по QR"]
    window.close_workshop()
    copy = WorkshopFile.open(rescued, read_only=True)
    try:
        assert [n.text for n in copy.data.notes] == ["Кэшбэк за оплату по QR"]
        assert len(copy.data.teams) == 2  # everything saved before came along
    finally:
        copy.close()


def test_the_backup_timer_ticks_and_snapshots_after_changes(
    window: MainWindow, workshop_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.open_path(workshop_path)
    safety = window.file_safety
    assert safety.timer.isActive() and safety.timer.interval() == BACKUP_TICK_MS
    keeper = safety.keeper
    assert keeper is not None
    keeper.interval = 0.0  # as if five minutes had passed
    safety.timer.timeout.emit()
    assert backups.list_backups(workshop_path) == []  # nothing changed: no snapshot
    board = capture_board(window)
    type_text(board.capture_edit, "Pay at the post office")
    press_key(board.capture_edit, Qt.Key.Key_Return)
    safety.timer.timeout.emit()
    found = backups.list_backups(workshop_path)
    assert len(found) == 1 and found[0].note_count == 1 and found[0].reason == "auto"
    assert safety.last_backup == found[0]

    # A failing automatic backup is reported once in the message bar; editing goes on.
    def no_space(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backups, "snapshot", no_space)
    type_text(board.capture_edit, "Second idea")
    press_key(board.capture_edit, Qt.Key.Key_Return)
    window.message_bar.hide()
    safety.timer.timeout.emit()
    assert window.message_bar.isVisible()
    assert "No space left" in window.message_bar.label.text()
    window.message_bar.hide()
    keeper.changed = True
    safety.timer.timeout.emit()
    assert not window.message_bar.isVisible()  # the same failure is not repeated
    assert len(window.controller.data.notes) == 2

    # Closing the workshop stops the timer and the keeper stops listening.
    window.close_workshop()
    assert safety.keeper is None and not safety.timer.isActive()
    assert keeper._on_change not in keeper.workshop_file.listeners


def test_a_read_only_workshop_has_a_banner_and_no_backup_keeper(
    window: MainWindow, workshop_path: Path
) -> None:
    window.adopt(WorkshopFile.open(workshop_path, read_only=True))
    assert window.read_only_banner.isVisible()
    assert window.file_safety.keeper is None and not window.file_safety.timer.isActive()


def test_restore_is_in_the_file_menu_even_without_a_workshop(window: MainWindow) -> None:
    assert window.restore_action.isEnabled()
    window.restore_action.trigger()
    dialogs = window.findChildren(RestoreDialog)
    assert len(dialogs) == 1 and dialogs[0].workshop_path is None
    dialogs[0].close()


def test_help_about_shows_versions_licences_and_the_icon(window: MainWindow) -> None:
    from app.version import __version__

    dialog = window.show_about()
    text = dialog.text_view.toPlainText()
    assert __version__ in text and "DejaVu" in text and "ReportLab" in text
    assert not dialog.icon_label.pixmap().isNull()
    licence = dialog.show_font_licence()
    assert "Bitstream" in licence.text_view.toPlainText()
    licence.close()
    # Every bundled font family has its licence button, and it opens that licence.
    assert "Noto Sans Devanagari" in text and "Droid Sans Fallback" in text
    buttons = dialog.font_licence_buttons
    assert [b.text() for b in buttons] == [
        "DejaVu licence…", "Noto Devanagari licence…", "Droid Fallback licence…",
        "Noto Emoji licence…", "Symbola licence…"]
    assert all(b.isEnabled() for b in buttons)
    buttons[1].click()
    (noto,) = [d for d in dialog.findChildren(LicenceDialog) if "Noto" in d.windowTitle()]
    assert "SIL Open Font License" in noto.text_view.toPlainText()
    noto.close()
    dialog.close()
