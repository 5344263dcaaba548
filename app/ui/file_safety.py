"""The reliability features of the main window (docs/reliability.md), in one place:

- automatic backups: a `backups.BackupKeeper` per open workshop, ticked by a timer;
- the file on disk kept whole: when edits pause, the WAL is checkpointed into the main
  file, so a plain copy of the `.pointb` made while the app runs holds every edit;
- File > Restore from backup… (`RestoreDialog`);
- a one-time warning for files in cloud-sync folders and on network shares;
- a failed write (full disk, unplugged stick): a message that keeps the edit on screen
  and offers "Save As elsewhere…".

Built once by the main window (`MainWindow.file_safety`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

from app import backups, locations_probe
from app.store.database import SUFFIX, WorkshopFileError
from app.ui.board.contract import BoardPage
from app.ui.controller import Controller
from app.ui.restore_dialog import RestoreDialog

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow  # the window builds its file safety

BACKUP_TICK_MS = 20_000  # the keeper decides when a snapshot is due (every 5 minutes)
CHECKPOINT_PAUSE_MS = 1_200  # edits paused this long: bring the main file up to date


class FileSafety(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.controller: Controller = window.controller
        self.keeper: backups.BackupKeeper | None = None
        self.last_backup: backups.BackupInfo | None = None
        self.location_box: QMessageBox | None = None
        self.write_failed_box: QMessageBox | None = None
        self.save_elsewhere_button: QPushButton | None = None
        self._reported_backup_error: str | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(BACKUP_TICK_MS)
        self.timer.timeout.connect(self.tick)
        # Restarted by every edit: fires once the edits pause (docs/reliability.md).
        self.checkpoint_timer = QTimer(self)
        self.checkpoint_timer.setSingleShot(True)
        self.checkpoint_timer.setInterval(CHECKPOINT_PAUSE_MS)
        self.checkpoint_timer.timeout.connect(self.checkpoint)
        self.controller.changed.connect(self._edited)
        self.controller.file_replaced.connect(self._file_replaced)
        self.controller.write_failed.connect(self.on_write_failed)
        self._file_replaced()

    # --- automatic backups ---------------------------------------------------------------
    def _file_replaced(self) -> None:
        if self.keeper is not None:
            self.keeper.close()
            self.keeper = None
        self.timer.stop()
        self.checkpoint_timer.stop()
        self._reported_backup_error = None
        workshop_file = self.controller.file
        if workshop_file is None:
            return
        if not workshop_file.read_only:  # a read-only file never changes here
            self.keeper = backups.BackupKeeper(workshop_file)
            self.timer.start()
        self.check_location(workshop_file.path)

    def tick(self) -> backups.BackupInfo | None:
        """A snapshot when one is due (the keeper knows); a failure is shown once."""
        if self.keeper is None or self.window.controller.busy:
            return None  # an import is writing: the next tick takes the snapshot
        info = self.keeper.tick()
        if info is not None:
            self.last_backup = info
        error = self.keeper.last_error
        if error and error != self._reported_backup_error:
            self._reported_backup_error = error
            self.window.message_bar.show_message(
                self.tr("The automatic backup failed (editing goes on): %1").replace("%1", error)
            )
        return info

    # --- the file on disk stays whole -----------------------------------------------------
    def _edited(self, _change: object) -> None:
        self.checkpoint_timer.start()  # (re)start: the checkpoint waits for a pause

    def checkpoint(self) -> bool:
        """Copy the committed edits from the -wal into the main file; retried after
        another pause when an import is writing or another program is reading."""
        workshop_file = self.controller.file
        if workshop_file is None:
            return True
        if self.controller.busy or not workshop_file.checkpoint():
            self.checkpoint_timer.start()
            return False
        return True

    def show_restore(self) -> RestoreDialog:
        dialog = RestoreDialog(self.controller, None, self.window.open_path, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # --- risky locations -----------------------------------------------------------------
    def check_location(self, path: Path) -> QMessageBox | None:
        """Warn once per file about cloud-sync folders and network shares (non-blocking)."""
        text = locations_probe.should_warn(path)
        if text is None:
            return None
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Point B"),
            self.tr("This workshop is in a synced or network folder."),
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.setInformativeText(
            text
            + "\n\n"
            + self.tr(
                "Point B will not warn about this file again. To be safe, keep workshops "
                "on this computer's own disk and put copies (File > Save As) in the shared "
                "folder."
            )
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # window-modal: the workshop is already open behind it
        self.location_box = box
        return box

    # --- failed writes -------------------------------------------------------------------
    def on_write_failed(self, message: str) -> QMessageBox:
        """Say what happened; the edit stays on screen; offer Save As elsewhere."""
        box = self.write_failed_box
        if box is None or not box.isVisible():
            box = QMessageBox(self.window)
            box.setIcon(QMessageBox.Icon.Critical)
            box.setWindowTitle(self.tr("Point B"))
            box.setText(self.tr("Your last change could not be saved."))
            self.save_elsewhere_button = box.addButton(
                self.tr("Save As elsewhere…"), QMessageBox.ButtonRole.AcceptRole
            )
            box.addButton(self.tr("Keep working here"), QMessageBox.ButtonRole.RejectRole)
            box.setDefaultButton(self.save_elsewhere_button)
            box.buttonClicked.connect(self._write_failed_answer)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.destroyed.connect(self._write_failed_box_gone)
            self.write_failed_box = box
        box.setInformativeText(
            message
            + "\n\n"
            + self.tr(
                "Everything saved before is safe in the file. The change you were making "
                "is still on screen: save the workshop on another disk or folder (for "
                "example if this one is full or was unplugged) and carry on there."
            )
        )
        box.open()
        return box

    def _write_failed_box_gone(self) -> None:
        self.write_failed_box = None
        self.save_elsewhere_button = None

    def _write_failed_answer(self, button: object) -> None:
        if button is self.save_elsewhere_button:
            # After the box has closed: the file dialog should not stack on top of it.
            QTimer.singleShot(0, self.ask_save_elsewhere)

    def ask_save_elsewhere(self) -> bool:
        workshop_file = self.controller.file
        if workshop_file is None:
            return False
        path_text, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Save As elsewhere"),
            str(Path.home() / workshop_file.path.name),
            self.tr("Point B workshops (*.pointb)"),
        )
        if not path_text:
            return False
        target = Path(path_text)
        if target.suffix != SUFFIX:
            target = target.with_suffix(SUFFIX)
        return self.save_elsewhere(target)

    def save_elsewhere(self, target: Path) -> bool:
        """Copy the open workshop to `target` and go on working in the copy.

        Everything committed is in the copy (SQLite backup API). Text typed into the
        capture bar but not saved is carried over, so the facilitator only presses Enter
        again.
        """
        workshop_file = self.controller.file
        if workshop_file is None:
            return False
        if target.exists() and target.resolve() == workshop_file.path.resolve():
            self.window.show_file_error(
                self.tr("Choose another place for the copy."),
                self.tr("%1 is the file that cannot be written.").replace("%1", str(target)),
            )
            return False
        board_id = self.controller.current_board_id
        pending = _pending_capture_text(self.window.current_board_widget())
        try:
            workshop_file.save_copy(target)
        except (WorkshopFileError, OSError) as exc:
            self.window.show_file_error(self.tr("The copy could not be saved."), str(exc))
            return False
        if not self.window.open_path(target):
            return False
        if board_id is not None:
            widget = self.window.select_board(board_id)
            edit = widget.capture_field() if widget is not None else None
            if pending and edit is not None:
                edit.setText(pending)
                edit.setFocus()
        self.window.message_bar.show_message(
            self.tr("Now working on the copy: %1").replace("%1", str(target)), info=True
        )
        return True


def _pending_capture_text(board: BoardPage | None) -> str:
    """The idea typed but not yet added on the board (kept across Save As)."""
    edit = board.capture_field() if board is not None else None
    return edit.text() if edit is not None else ""
