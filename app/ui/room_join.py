"""Room > Let the room join: the room server inside the app, its dialog and the QR card.

The server threads never touch Qt: each phone action waits on the hub's queue, and the
hub's `wake` emits `PhoneRoom.woke` from the server thread. The signal reaches
`PhoneRoom` (a QObject of the GUI thread) as a queued call, which applies the actions
through the controller, so every phone edit is one undoable step on the console, shown
at once. A burst is applied in slices of a few milliseconds, each committed at once (the
phones hear it is saved), and the window is told of a slice's edits in a turn of the event
loop of its own: neither holds the window long.

The server stops when the dialog's Stop button is pressed, when the workshop is closed
or another one opened, and when the app quits.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QPainter,
    QPaintEvent,
    QPixmap,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain import edits, model, phones
from app.room_server import join_page
from app.room_server.addresses import LOOPBACK
from app.room_server.hub import RoomHub
from app.room_server.qr import qr_png
from app.room_server.server import RoomServer
from app.room_server.steps import PhoneTask, phone_step
from app.services import Change, Pair
from app.ui.controller import Controller, combined
from app.ui.i18n import printed

if TYPE_CHECKING:
    from app.ui.room import Room  # the room opens the phones feature

# GUI time spent applying phone actions in one slice; the batch's commit follows in the
# same slice, and the window's update after it in a turn of its own, so neither holds the
# window for more than about twice this.
APPLY_SECONDS = 0.008
# Phone actions committed together on the GUI thread at most (each its own undo step).
GUI_BATCH = 25
NEXT_SLICE_MS = 1  # the pause between two slices, for the window's own events
REFRESH_MS = 1000  # the connected list


class NotSaved(Exception):
    """The controller refused or failed to write a phone's edit (it showed why)."""


class PhoneRoom(QObject):
    """The running room server of the open workshop, applying phone edits on this thread."""

    woke = Signal()  # emitted from server threads; delivered queued on the GUI thread
    stopped = Signal()

    def __init__(self, controller: Controller, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        # The committed batches the window has not heard of yet (see `_announce`).
        self._unannounced: list[Change] = []
        self.hub = RoomHub(
            self._data,
            self._apply,
            wake=self.woke.emit,
            batch=lambda: controller.batch(self._unannounced),
            batch_limit=GUI_BATCH,
        )
        self.server = RoomServer(self.hub)
        # Every slice runs from this timer: a wake-up only starts it. Posted calls are
        # handled before timers, so slices run from posted calls would starve the
        # window's timers, paints and input during a vote storm.
        self._slice = QTimer(self)
        self._slice.setSingleShot(True)
        self._slice.setInterval(NEXT_SLICE_MS)
        self._slice.timeout.connect(self._drain)
        # The window's update after a batch: one per slice at most, in its own turn of the
        # event loop (the board, the projector and the dialog follow the file's changes).
        self._tell_window = QTimer(self)
        self._tell_window.setSingleShot(True)
        self._tell_window.setInterval(0)
        self._tell_window.timeout.connect(self._announce)
        self.woke.connect(self._schedule, Qt.ConnectionType.QueuedConnection)
        controller.file_replaced.connect(self._file_replaced)
        controller.changed.connect(self._changed)
        self.running = False
        self._frozen = False  # the collector leaves the window's objects alone (`start`)
        self.host: str | None = None  # the address shown (None: the server's first one)

    def url(self) -> str:
        return self.server.url(self.host)

    def short_address(self) -> str:
        return self.server.short_address(self.host)

    def _data(self) -> model.WorkshopData:
        return self.controller.data

    def _changed(self, _change: object) -> None:
        if self.running:
            self.hub.room_changed()  # the phones hear of it at once (see push.py)

    def _apply(self, label: str, pairs: Sequence[Pair]) -> None:
        if self.controller.busy:  # an import is being written: the phone sends again
            raise NotSaved(label)
        self.controller.apply_quietly(label, pairs)  # a refusal goes back to the phone

    def start(self) -> None:
        self.server.start()
        self.running = True
        # What the window holds by now lives as long as the room: the garbage collector
        # leaves it out of its passes, whose full ones over it would stall the window
        # for tens of milliseconds in the middle of a burst of notes.
        gc.freeze()
        self._frozen = True

    def _schedule(self) -> None:
        if self.running and not self._slice.isActive():
            self._slice.start()

    def _drain(self) -> None:
        if not self.running:
            return
        self.hub.drain(budget=APPLY_SECONDS)
        if self._unannounced and not self._tell_window.isActive():
            self._tell_window.start()
        if self.hub.pending:
            self._slice.start()

    def _announce(self) -> None:
        """Tell the window of the batches committed since the last time, as one change."""
        if not self._unannounced or self.controller.file is None:
            self._unannounced.clear()
            return
        change = combined(self._unannounced)
        self._unannounced.clear()
        with self.hub.own_changes():  # the phones know their own actions already
            self.controller.notify(change)

    def _file_replaced(self) -> None:
        self._unannounced.clear()  # changes of the file that was closed
        # Actions still queued were meant for the closed file: never applied to the next.
        self.stop(apply_queued=False)

    def remove(self, participant_id: int) -> bool:
        """Cut a participant's phones off and remove them (one undoable edit)."""
        pairs = self.hub.remove(participant_id)
        return not pairs or self.controller.edit(self.tr("Remove a participant"), pairs)

    def stop(self, apply_queued: bool = True) -> None:
        if not self.running:
            return
        self.running = False
        self.server.stop()
        # New actions are refused; those already received are applied and answered.
        self.hub.close(apply_queued)  # also closes the phones' push connections
        self._announce()
        if self._frozen:
            self._frozen = False
            gc.unfreeze()  # what the workshop held can be collected again
        self.stopped.emit()


class JoinCard(QFrame):
    """The QR code, the short address and the session code, large, for the projector."""

    def __init__(self, parent: QWidget | None = None, large: bool = True) -> None:
        super().__init__(parent)
        self.large = large
        self.picture = QPixmap()
        self.setObjectName("joinCard")
        self.setStyleSheet(
            "#joinCard { background: white; border-radius: 16px; }"
            "#joinCard QLabel { color: black; background: white; }"
        )
        layout = QVBoxLayout(self)
        margin = 28 if large else 12
        layout.setContentsMargins(margin, margin, margin, margin)
        self.title = QLabel(printed(join_page.MESSAGES, "title"), self)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title_px, text_px, hint_px = (34, 28, 20) if large else (20, 16, 13)
        self.title.setStyleSheet(f"font-size: {title_px}px; font-weight: bold;")
        self.qr = QLabel(self)
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.address = QLabel(self)
        self.address.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.address.setStyleSheet(f"font-size: {text_px}px;")
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code = QLabel(self)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setStyleSheet(f"font-size: {text_px}px;")
        self.hint = QLabel(
            self.tr("Use the room's Wi-Fi; turn mobile data off if the page does not open."), self
        )
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setStyleSheet(f"font-size: {hint_px}px;")
        for widget in (self.title, self.qr, self.address, self.code, self.hint):
            layout.addWidget(widget)

    def show_room(self, room: PhoneRoom) -> None:
        self.show_address(room.url(), room.short_address(), room.hub.code)

    def show_address(self, url: str, short: str, code: str) -> None:
        self.picture = QPixmap()
        self.picture.loadFromData(qr_png(url, scale=12 if self.large else 5))
        self.qr.setPixmap(self.picture)
        self.address.setText(short)
        self.code.setText(self.tr("Session code: %1").replace("%1", code))


class ProjectorJoinCard(QWidget):
    """The join card laid over the presenter window, centred, on a dimmed picture."""

    def __init__(self, presenter: QWidget, room: PhoneRoom | None = None) -> None:
        super().__init__(presenter)
        self.card = JoinCard(self)
        if room is not None:
            self.card.show_room(room)
        presenter.installEventFilter(self)
        self.setGeometry(presenter.rect())
        self.fit()
        self.show()
        self.raise_()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(0, 0, 0, 200))

    def eventFilter(self, watched: QObject, event: object) -> bool:
        if isinstance(event, QResizeEvent):
            QTimer.singleShot(0, self, self.fit)  # dropped if the card is gone
        return False

    def fit_code(self, height: int) -> None:
        """Shrink the QR code (never the text) so the card fits `height` pixels."""
        card = self.card
        card.qr.setPixmap(card.picture)
        others = card.sizeHint().height() - card.picture.height()
        side = max(120, min(card.picture.height(), height - others - 20))
        if side < card.picture.height():
            card.qr.setPixmap(
                card.picture.scaled(
                    side,
                    side,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.FastTransformation,  # crisp modules
                )
            )

    def fit(self) -> None:
        parent = self.parentWidget()
        if parent is None:
            return
        self.setGeometry(parent.rect())
        self.fit_code(self.height())
        hint = self.card.sizeHint()
        width = min(hint.width(), self.width())
        height = min(hint.height(), self.height())
        self.card.setGeometry(
            (self.width() - width) // 2, (self.height() - height) // 2, width, height
        )
        self.raise_()


class JoinDialog(QDialog):
    """The console's view of the room server: address, code, who is connected."""

    address_changed = Signal()  # the facilitator chose another of the laptop's addresses

    def __init__(self, room: PhoneRoom, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.room = room
        self.setWindowTitle(self.tr("Let the room join"))
        layout = QVBoxLayout(self)
        server = room.server
        if server.lan_hosts:
            self.card: JoinCard | None = JoinCard(self, large=False)
            self.card.show_room(room)
            layout.addWidget(self.card)
            self.no_network = None
        else:
            self.card = None
            self.no_network = QLabel(
                self.tr(
                    "This laptop is on no network, so phones cannot reach it. Connect it to "
                    "the room's Wi-Fi or start its mobile hotspot, then open this again."
                ),
                self,
            )
            self.no_network.setWordWrap(True)
            layout.addWidget(self.no_network)
        self.help = QLabel(
            self.tr(
                "Phones join over the room's Wi-Fi; nothing leaves this laptop. If the venue's "
                "Wi-Fi keeps phones apart (they cannot reach the laptop), start the laptop's "
                "hotspot or plug in a travel router and have everyone join that network. "
                "Each phone that reaches the laptop appears below, even before it joins."
            ),
            self,
        )
        self.help.setWordWrap(True)
        layout.addWidget(self.help)
        self.addresses: QComboBox | None = None
        if len(server.lan_hosts) > 1:
            # A laptop on two networks (Wi-Fi and a cable, a hotspot, a VPN): the facilitator
            # picks the one the phones are on.
            row = QHBoxLayout()
            row.addWidget(QLabel(self.tr("Address shown:"), self))
            self.addresses = QComboBox(self)
            for host in server.lan_hosts:
                self.addresses.addItem(server.short_address(host), host)
            self.addresses.currentIndexChanged.connect(self._address_chosen)
            row.addWidget(self.addresses, 1)
            layout.addLayout(row)
        self.step_label = QLabel(self)  # what the phones show now
        self.step_label.setWordWrap(True)
        layout.addWidget(self.step_label)
        self.project = QCheckBox(self.tr("Show the QR code on the projector"), self)
        self.project.setEnabled(bool(server.lan_hosts))
        layout.addWidget(self.project)
        # Both settings are the workshop's (saved in the file, undoable).
        self.anonymous = QCheckBox(self.tr("Anonymous: no names on the phones' notes"), self)
        self.anonymous.clicked.connect(self._set_anonymous)
        layout.addWidget(self.anonymous)
        self.moderated = QCheckBox(
            self.tr("Moderate: phone notes wait here until you accept them"), self
        )
        self.moderated.clicked.connect(self._set_moderated)
        layout.addWidget(self.moderated)
        # Two columns: who is connected, and the notes waiting for moderation.
        columns = QHBoxLayout()
        people_column = QVBoxLayout()
        self.people_label = QLabel(self)
        people_column.addWidget(self.people_label)
        self.people = QListWidget(self)
        self.people.setMinimumHeight(120)
        people_column.addWidget(self.people)
        self.remove_button = QPushButton(self.tr("Remove the participant"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        people_column.addWidget(self.remove_button)
        columns.addLayout(people_column, 1)
        inbox_column = QVBoxLayout()
        self.inbox_label = QLabel(self)
        inbox_column.addWidget(self.inbox_label)
        self.inbox = QListWidget(self)
        self.inbox.setMinimumHeight(120)
        self.inbox.setWordWrap(True)
        inbox_column.addWidget(self.inbox)
        inbox_buttons = QHBoxLayout()
        self.accept_button = QPushButton(self.tr("Accept"), self)
        self.accept_button.clicked.connect(lambda: self._moderate("accept"))
        self.edit_button = QPushButton(self.tr("Edit and accept…"), self)
        self.edit_button.clicked.connect(lambda: self._moderate("edit"))
        self.merge_button = QPushButton(self.tr("Merge into…"), self)
        self.merge_button.setToolTip(
            self.tr("Adds this note's words to a note that says much the same, then drops it.")
        )
        self.merge_button.clicked.connect(lambda: self._moderate("merge"))
        self.reject_button = QPushButton(self.tr("Reject"), self)
        self.reject_button.clicked.connect(lambda: self._moderate("reject"))
        for button in (
            self.accept_button,
            self.edit_button,
            self.merge_button,
            self.reject_button,
        ):
            inbox_buttons.addWidget(button)
        inbox_column.addLayout(inbox_buttons)
        columns.addLayout(inbox_column, 1)
        layout.addLayout(columns)
        buttons = QHBoxLayout()
        self.try_button = QPushButton(self.tr("Try it on this laptop"), self)
        self.try_button.setToolTip(
            self.tr("Opens the phone page in this laptop's browser; it appears in the list.")
        )
        self.try_button.clicked.connect(self.try_here)
        self.print_button = QPushButton(self.tr("Save a join page (PDF)…"), self)
        self.print_button.clicked.connect(self.ask_join_page)
        self.print_button.setEnabled(bool(server.lan_hosts))
        self.stop_button = QPushButton(self.tr("Stop letting phones in"), self)
        self.stop_button.clicked.connect(self.stop)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.hide)
        buttons.addWidget(self.try_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(self.stop_button)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.refresh)
        self._timer.start(REFRESH_MS)
        room.stopped.connect(self.close)
        room.controller.changed.connect(self.refresh_inbox)
        self.refresh()
        self.refresh_inbox()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh_inbox()

    def task_text(self, task: PhoneTask) -> str:
        return {
            PhoneTask.WAIT: self.tr("nothing to do (they look at the projector)"),
            PhoneTask.WRITE: self.tr("silent writing"),
            PhoneTask.VOTE: self.tr("dot voting"),
            PhoneTask.IDEAS: self.tr("their team's good and bad idea"),
            PhoneTask.TRANSFORM: self.tr("a solution from the bad idea their team received"),
            PhoneTask.KANO: self.tr("the Kano questionnaire"),
        }[task]

    def refresh(self) -> None:
        if not self.room.running or self.room.controller.file is None:
            return
        step = phone_step(self.room.controller.data)
        board = self.room.controller.data.board(step.board_id) if step.board_id else None
        where = f" — {board.title}" if board is not None and board.title else ""
        self.step_label.setText(
            self.tr("The phones show: %1").replace("%1", self.task_text(step.task) + where)
        )
        data = self.room.controller.data
        teams = {t.id: t.name for t in data.teams}
        people = {
            p.id: f"{p.name} ({teams[p.team_id]})" if p.team_id in teams else p.name
            for p in data.participants
        }
        phones = self.room.hub.connected()
        selected = self.people.currentItem()
        chosen = selected.data(Qt.ItemDataRole.UserRole) if selected is not None else None
        self.people.clear()
        joined = 0
        for phone in phones:
            if phone.participant_id is not None and phone.participant_id in people:
                joined += 1
                text = people[phone.participant_id]
            else:
                text = self.tr("A phone at %1 (not joined yet)").replace("%1", phone.address)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, phone.participant_id)
            self.people.addItem(item)
            if chosen is not None and phone.participant_id == chosen:
                self.people.setCurrentItem(item)
        self.people_label.setText(
            self.tr("Phones connected: %1, joined: %2")
            .replace("%1", str(len(phones)))
            .replace("%2", str(joined))
        )

    def _address_chosen(self, index: int) -> None:
        if self.addresses is None:
            return
        self.room.host = str(self.addresses.itemData(index))
        if self.card is not None:
            self.card.show_room(self.room)
        self.address_changed.emit()

    # --- moderation ------------------------------------------------------------------------
    def _set_anonymous(self, on: bool) -> bool:
        label = self.tr("Anonymous phone notes") if on else self.tr("Named phone notes")
        return self.room.controller.edit_workshop(label, phones_anonymous=on)

    def _set_moderated(self, on: bool) -> bool:
        label = self.tr("Moderate phone notes") if on else self.tr("Stop moderating phone notes")
        return self.room.controller.edit_workshop(label, phones_moderated=on)

    def refresh_inbox(self, _change: object = None) -> None:
        controller = self.room.controller
        if controller.file is None or not self.isVisible():
            return  # a hidden dialog catches up when shown (showEvent)
        workshop = controller.data.workshop
        # The boxes follow the file: an undo or another window's change shows here.
        self.anonymous.setChecked(workshop.phones_anonymous)
        self.moderated.setChecked(workshop.phones_moderated)
        waiting = phones.inbox(controller.data)
        shown = workshop.phones_moderated or bool(waiting)
        for widget in (
            self.inbox_label,
            self.inbox,
            self.accept_button,
            self.edit_button,
            self.merge_button,
            self.reject_button,
        ):
            widget.setVisible(shown)
        if not shown:
            return
        selected = self.inbox.currentItem()
        chosen = selected.data(Qt.ItemDataRole.UserRole) if selected is not None else None
        self.inbox.clear()
        for note in waiting:
            by = f" ({note.author})" if note.author else ""
            item = QListWidgetItem(note.text + by)
            item.setData(Qt.ItemDataRole.UserRole, note.id)
            self.inbox.addItem(item)
            if note.id == chosen:
                self.inbox.setCurrentItem(item)
        if self.inbox.currentItem() is None and self.inbox.count():
            self.inbox.setCurrentRow(0)
        self.inbox_label.setText(self.tr("Waiting for you: %1").replace("%1", str(len(waiting))))

    def _moderate(self, how: str) -> None:
        item = self.inbox.currentItem()
        note_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if not isinstance(note_id, int):
            return
        if how == "reject":
            self.reject_note(note_id)
        elif how == "accept":
            self.accept_note(note_id)
        elif how == "merge":
            self.ask_merge(note_id)
        else:
            note = next((n for n in self.room.controller.data.notes if n.id == note_id), None)
            if note is None:
                return
            text, ok = QInputDialog.getMultiLineText(
                self, self.tr("Edit and accept"), self.tr("Note text"), note.text
            )
            if ok:
                self.accept_note(note_id, text)

    def accept_note(self, note_id: int, text: str | None = None) -> bool:
        """Put a waiting note on the board (one undoable edit)."""
        controller = self.room.controller
        return controller.try_edit(
            self.tr("Accept a phone note"), lambda: phones.accept(controller.data, note_id, text)
        )

    def merge_targets(self, note_id: int) -> list[model.Note]:
        """The notes a waiting note may merge into: the others of its board."""
        data = self.room.controller.data
        note = next((n for n in data.notes if n.id == note_id), None)
        if note is None:
            return []
        return [n for n in data.notes if n.board_id == note.board_id and n.id != note_id]

    def ask_merge(self, note_id: int) -> None:
        targets = self.merge_targets(note_id)
        if not targets:
            self.room.controller.error.emit(self.tr("There is no other note to merge into."))
            return
        labels = [" ".join(n.text.split())[:80] for n in targets]
        chosen, ok = QInputDialog.getItem(
            self, self.tr("Merge into"), self.tr("The note that says the same"), labels, 0, False
        )
        if ok and chosen in labels:
            self.merge_note(note_id, targets[labels.index(chosen)].id)

    def merge_note(self, note_id: int, into_id: int) -> bool:
        """Merge a waiting note into another note of its board (one undoable edit)."""
        controller = self.room.controller
        return controller.try_edit(
            self.tr("Merge a phone note"),
            lambda: phones.merge(
                controller.data, note_id, into_id, controller.data.workshop.language
            ),
        )

    def reject_note(self, note_id: int) -> bool:
        """Throw a waiting note away (one undoable edit)."""
        controller = self.room.controller
        return controller.try_edit(
            self.tr("Reject a phone note"),
            lambda: edits.delete_notes(controller.data, [note_id]),
        )

    def try_here(self) -> bool:
        """The self-test: the phone page in this laptop's own browser, over loopback."""
        return QDesktopServices.openUrl(QUrl(self.room.server.url(LOOPBACK)))

    def ask_join_page(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save a join page"), "join-the-session.pdf", self.tr("PDF (*.pdf)")
        )
        if path:
            self.save_join_page(Path(path))

    def save_join_page(self, path: Path) -> bool:
        """A printable page with the QR code, the address and the code."""
        data = self.room.controller.data
        try:
            join_page.write_join_page(
                path,
                self.room.url(),
                self.room.hub.code,
                data.workshop.title,
                data.workshop.language,
            )
        except OSError as exc:
            self.room.controller.error.emit(
                self.tr("Cannot write %1: %2").replace("%1", str(path)).replace("%2", str(exc))
            )
            return False
        return True

    def remove_selected(self) -> None:
        item = self.people.currentItem()
        participant_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if isinstance(participant_id, int):
            self.room.remove(participant_id)
            self.refresh()

    def stop(self) -> None:
        self.room.stop()


class PhonesFeature(QObject):
    """Room > Let the room join: starts the server on demand and keeps its dialog."""

    def __init__(
        self,
        controller: Controller,
        window: QWidget,
        projector: Callable[[], QWidget],
    ) -> None:
        super().__init__(window)
        self.controller = controller
        self.window = window
        self.projector = projector  # shows the presenter window and returns it
        self.room: PhoneRoom | None = None
        self.dialog: JoinDialog | None = None
        self.card: ProjectorJoinCard | None = None

    def open(self) -> JoinDialog | None:
        if self.controller.file is None:
            return None
        if self.room is None or not self.room.running:
            room = PhoneRoom(self.controller, self)
            try:
                room.start()
            except OSError as exc:
                self.controller.error.emit(
                    self.tr("The room server could not start: %1").replace("%1", str(exc))
                )
                return None
            room.stopped.connect(self._stopped)
            self.room = room
            self.dialog = JoinDialog(room, self.window)
            self.dialog.project.toggled.connect(self.show_on_projector)
            self.dialog.address_changed.connect(self._address_changed)
            self.dialog.project.setChecked(bool(room.server.lan_hosts))
        assert self.dialog is not None
        self.dialog.show()
        return self.dialog

    def show_on_projector(self, on: bool) -> None:
        if self.card is not None:
            self.card.deleteLater()
            self.card = None
        if on and self.room is not None and self.room.running:
            self.card = ProjectorJoinCard(self.projector(), self.room)

    def _address_changed(self) -> None:
        if self.card is not None and self.room is not None:
            self.card.card.show_room(self.room)
            self.card.fit()

    def _stopped(self) -> None:
        self.show_on_projector(False)
        if self.room is not None:
            self.room.deleteLater()  # a new room (new token, new code) starts next time
            self.room = None
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None

    def stop(self) -> None:
        if self.room is not None:
            self.room.stop()


# A made-up address for the documentation pictures: never the machine's own.
SAMPLE_URL = "http://192.168.1.23:8765/r/3f9c2a7e51d04b86a1c0e5f7d2b94c18/"
SAMPLE_SHORT = "http://192.168.1.23:8765"
SAMPLE_CODE = "482913"


def render_screenshots(window: QWidget, room: Room, outdir: Path, language: str) -> list[Path]:
    """join-projector-<lang>.png: the presenter window with the join card (sample address).

    `room` is the main window's `Room` (app.ui.room); the demo must be open."""
    presenter = room.ensure_presenter()
    if not presenter.isVisible():
        room.toggle_presenter()
    presenter.resize(1920, 1080)
    overlay = ProjectorJoinCard(presenter)
    overlay.card.show_address(SAMPLE_URL, SAMPLE_SHORT, SAMPLE_CODE)
    overlay.fit()
    path = outdir / f"join-projector-{language}.png"
    if not presenter.grab().save(str(path)):
        raise OSError(f"cannot write {path}")
    overlay.deleteLater()
    presenter.close()
    return [path]
