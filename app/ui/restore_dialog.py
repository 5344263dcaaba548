"""File > Restore from backup…: the automatic snapshots of a workshop, newest first.

The snapshots and the restore itself are `app.backups` (no Qt there). A restore never
loses what the workshop holds now: it goes into a new file, or the current file is
closed, snapshotted as "before restore", replaced and reopened.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import backups
from app.store.database import SUFFIX, WorkshopFileError
from app.ui import theme
from app.ui.controller import Controller


def reason_label(reason: str) -> str:
    """The snapshot's reason, as the facilitator reads it."""
    labels = {
        "auto": QCoreApplication.translate("RestoreDialog", "Automatic"),
        "manual": QCoreApplication.translate("RestoreDialog", "Made by hand"),
        "before-import": QCoreApplication.translate("RestoreDialog", "Before an import"),
        "before-upgrade": QCoreApplication.translate(
            "RestoreDialog", "Before an upgrade to a newer Point B"
        ),
        "before-restore": QCoreApplication.translate(
            "RestoreDialog", "Before a restore (the state it replaced)"
        ),
    }
    return labels.get(reason, reason.replace("-", " "))


class RestoreDialog(QDialog):
    """Lists `backups.list_backups(path)`; restores to a new file or over the workshop."""

    restored = Signal(Path)  # the file that now holds the restored workshop

    def __init__(
        self,
        controller: Controller,
        workshop_path: Path | None = None,
        open_path: Callable[[Path], bool] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        if workshop_path is None and controller.file is not None:
            workshop_path = controller.file.path
        self.workshop_path = workshop_path
        self.open_path = open_path or self._open_with_controller
        self.backups: list[backups.BackupInfo] = []
        self.last_restored: Path | None = None
        self.last_error: str | None = None
        self.setWindowTitle(self.tr("Restore from backup"))
        self.setMinimumSize(760, 520)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        intro = QLabel(
            self.tr(
                "Point B keeps snapshots of each workshop in your data folder: every few "
                "minutes while it changes, and before imports, upgrades and restores. "
                "The newest %1 are kept."
            ).replace("%1", str(backups.DEFAULT_KEEP)),
            self,
        )
        intro.setWordWrap(True)
        workshop_row = QHBoxLayout()
        self.workshop_label = QLabel(self)
        self.workshop_label.setWordWrap(True)
        self.workshop_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        choose = QPushButton(self.tr("Other workshop…"), self)
        choose.setToolTip(
            self.tr("Show the backups of another workshop file, also one that no longer opens")
        )
        choose.clicked.connect(self.choose_workshop)
        workshop_row.addWidget(self.workshop_label, 1)
        workshop_row.addWidget(choose)

        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Saved at"), self.tr("Notes"), self.tr("Why it was made")]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setStyleSheet(
            "QTableWidget::item { padding: 4px 12px; } QHeaderView::section { padding: 6px 12px; }"
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.setColumnWidth(1, 110)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.ask_restore_to_new_file())
        self.empty_label = QLabel(self)
        self.empty_label.setStyleSheet(f"color: {theme.MUTED};")
        self.empty_label.setWordWrap(True)

        self.replace_note = QLabel(
            self.tr(
                "Replacing the current workshop closes it, first saves its present state as "
                'a backup ("Before a restore"), then puts the chosen backup in its place '
                "and opens it again. Nothing is lost: you can restore the present state too."
            ),
            self,
        )
        self.replace_note.setWordWrap(True)
        self.replace_note.setStyleSheet(f"color: {theme.MUTED};")
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label.hide()

        buttons = QHBoxLayout()
        self.new_file_button = QPushButton(self.tr("Restore to a new file…"), self)
        self.new_file_button.setProperty("primary", True)
        self.new_file_button.clicked.connect(self.ask_restore_to_new_file)
        self.replace_button = QPushButton(self.tr("Replace the current workshop…"), self)
        self.replace_button.clicked.connect(self.ask_restore_over_current)
        self.open_restored_button = QPushButton(self.tr("Open the restored file"), self)
        self.open_restored_button.clicked.connect(self._open_restored)
        self.open_restored_button.hide()
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.close)
        close.setAutoDefault(False)
        buttons.addWidget(self.new_file_button)
        buttons.addWidget(self.replace_button)
        buttons.addWidget(self.open_restored_button)
        buttons.addStretch(1)
        buttons.addWidget(close)

        layout.addWidget(intro)
        layout.addLayout(workshop_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.replace_note)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)
        self.refresh()

    # --- the list ------------------------------------------------------------------------
    def refresh(self) -> None:
        path = self.workshop_path
        self.workshop_label.setText(
            self.tr("Workshop: %1").replace("%1", str(path))
            if path is not None
            else self.tr("No workshop is open. Choose the workshop file whose backups you need.")
        )
        self.backups = backups.list_backups(path) if path is not None else []
        self.table.setRowCount(len(self.backups))
        locale = QLocale()
        for row, info in enumerate(self.backups):
            when = QTableWidgetItem(self.when_text(info, locale))
            damaged = info.note_count is None
            count = QTableWidgetItem(
                self.tr("unreadable") if damaged else locale.toString(info.note_count or 0)
            )
            count.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            why = QTableWidgetItem(
                reason_label(info.reason)
                + (self.tr(" — damaged, cannot be restored") if damaged else "")
            )
            for column, item in enumerate((when, count, why)):
                if damaged:  # listed so nothing seems to vanish, but not selectable
                    item.setFlags(Qt.ItemFlag.NoItemFlags)
                item.setToolTip(str(info.path))
                self.table.setItem(row, column, item)
        self.table.setVisible(bool(self.backups))
        self.empty_label.setVisible(not self.backups)
        if path is not None and not self.backups:
            self.empty_label.setText(
                self.tr(
                    "There are no backups of this workshop yet. The first one is made a few "
                    "minutes after the first change."
                )
            )
        elif path is None:
            self.empty_label.setText("")
        first = next((r for r, i in enumerate(self.backups) if i.note_count is not None), None)
        if first is not None:
            self.table.selectRow(first)
        self._update_buttons()

    def when_text(self, info: backups.BackupInfo, locale: QLocale) -> str:
        """ "Today, 14:05:31", "Yesterday, 09:12:00" or "24 Nov 2026, 10:15:00"."""
        created = info.created
        moment = QDateTime(
            QDate(created.year, created.month, created.day),
            QTime(created.hour, created.minute, created.second),
        )
        time_text = moment.time().toString("HH:mm:ss")  # seconds: snapshots can be close
        days = moment.date().daysTo(QDate.currentDate())
        if days == 0:
            return self.tr("Today, %1").replace("%1", time_text)
        if days == 1:
            return self.tr("Yesterday, %1").replace("%1", time_text)
        return f"{locale.toString(moment.date(), 'd MMM yyyy')}, {time_text}"

    def selected(self) -> backups.BackupInfo | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        if not rows:
            return None
        info = self.backups[min(rows)]
        return info if info.note_count is not None else None

    def select(self, info: backups.BackupInfo) -> None:
        for row, candidate in enumerate(self.backups):
            if candidate.path == info.path:
                self.table.selectRow(row)

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.new_file_button.setEnabled(chosen)
        self.replace_button.setEnabled(chosen and self.workshop_path is not None)

    def choose_workshop(self) -> None:
        start = str(self.workshop_path.parent if self.workshop_path else Path.home())
        path_text, _ = QFileDialog.getOpenFileName(
            self, self.tr("Whose backups?"), start, self.tr("Point B workshops (*.pointb)")
        )
        if path_text:
            self.workshop_path = Path(path_text)
            self.refresh()

    # --- restoring -----------------------------------------------------------------------
    def ask_restore_to_new_file(self) -> None:
        info = self.selected()
        if info is None or self.workshop_path is None:
            return
        stamp = info.created.strftime("%Y-%m-%d-%H%M")
        suggestion = self.workshop_path.with_name(f"{self.workshop_path.stem}-{stamp}{SUFFIX}")
        path_text, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Restore to a new file"),
            str(suggestion),
            self.tr("Point B workshops (*.pointb)"),
        )
        if path_text:
            target = Path(path_text)
            if target.suffix != SUFFIX:
                target = target.with_suffix(SUFFIX)
            self.restore_to_new_file(info, target)

    def restore_to_new_file(self, info: backups.BackupInfo, target: Path) -> bool:
        """Write the backup into `target`; the open workshop is not touched."""
        if self.controller.file is not None and _same(self.controller.file.path, target):
            return self._failed(
                target, self.tr("this is the open workshop; use “Replace the current workshop”")
            )
        try:
            backups.restore(info, target)
        except WorkshopFileError as exc:
            return self._failed(target, exc.reason)
        self.last_restored = target
        self._succeeded(self.tr("Restored into %1.").replace("%1", str(target)))
        self.open_restored_button.show()
        self.refresh()
        self.restored.emit(target)
        return True

    def ask_restore_over_current(self) -> None:
        info = self.selected()
        if info is None or self.workshop_path is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Replace the current workshop"),
            self.tr(
                "Replace %1 with the backup from %2?\n\nIts present state is saved as a "
                "backup first, so you can come back to it."
            )
            .replace("%1", self.workshop_path.name)
            .replace("%2", self.when_text(info, QLocale())),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_over_current(info)

    def restore_over_current(self, info: backups.BackupInfo) -> bool:
        """Close the workshop, restore over it (it is snapshotted first), open it again."""
        path = self.workshop_path
        if path is None:
            return False
        was_open = self.controller.file is not None and _same(self.controller.file.path, path)
        if was_open:
            self.controller.close()  # the restore needs the file closed (and its lock free)
        try:
            backups.restore(info, path)
        except WorkshopFileError as exc:
            if was_open:
                self.open_path(path)  # put back what was on screen
            return self._failed(path, exc.reason)
        self.last_restored = path
        opened = self.open_path(path)
        self._succeeded(
            self.tr(
                "Restored the backup into %1. The state it replaced is in the list as "
                "“Before a restore”."
            ).replace("%1", path.name)
        )
        self.open_restored_button.setVisible(not opened)
        self.refresh()
        self.restored.emit(path)
        return True

    def _open_restored(self) -> None:
        if self.last_restored is not None and self.open_path(self.last_restored):
            self.open_restored_button.hide()
            self.close()

    def _open_with_controller(self, path: Path) -> bool:
        try:
            self.controller.open(path)
        except WorkshopFileError as exc:
            self._failed(path, exc.reason)
            return False
        return True

    def _succeeded(self, text: str) -> None:
        self.last_error = None
        self.status_label.setStyleSheet(f"color: {theme.ACCENT_DARK}; font-weight: bold;")
        self.status_label.setText(text)
        self.status_label.show()

    def _failed(self, path: Path, reason: str) -> bool:
        self.last_error = reason
        self.status_label.setStyleSheet(f"color: {theme.DANGER}; font-weight: bold;")
        self.status_label.setText(
            self.tr("Could not restore into %1: %2").replace("%1", str(path)).replace("%2", reason)
        )
        self.status_label.show()
        return False


def _same(first: Path, second: Path) -> bool:
    try:
        return first.resolve() == second.resolve()
    except OSError:
        return first.absolute() == second.absolute()
