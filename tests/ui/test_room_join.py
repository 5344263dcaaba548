"""Room > Let the room join: phone edits reach the console on the GUI thread, undoably."""

from __future__ import annotations

import threading
import urllib.error
from typing import Any

import pytest

from app.room_server.addresses import LOOPBACK, LOOPBACK6
from app.ui.controller import Controller
from app.ui.main_window import MainWindow
from app.ui.room_join import JoinDialog, PhonesFeature
from tests.room_server.client import Phone, PushListener


@pytest.fixture
def window(window_on_workshop: MainWindow) -> MainWindow:
    return window_on_workshop


def _in_thread(call: Any) -> dict[str, Any]:
    """Run a blocking phone request off the GUI thread (the GUI thread must answer it)."""
    result: dict[str, Any] = {}

    def run() -> None:
        try:
            result["value"] = call()
        except Exception as exc:  # reported to the test below
            result["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    result["thread"] = thread
    return result


def _wait_for(qtbot: Any, result: dict[str, Any]) -> Any:
    qtbot.waitUntil(lambda: not result["thread"].is_alive(), timeout=20000)
    if "error" in result:
        raise result["error"]
    return result["value"]


def test_phone_notes_appear_on_the_console_and_undo(
    qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Every phone edit reaches the controller on the GUI thread (never a server thread).
    threads: list[threading.Thread] = []
    original = Controller.apply_quietly

    def apply_quietly(self: Controller, label: str, pairs: Any) -> None:
        threads.append(threading.current_thread())
        original(self, label, pairs)

    monkeypatch.setattr(Controller, "apply_quietly", apply_quietly)
    room = window.room
    room.join_action.trigger()
    phones = room.phones
    assert isinstance(phones, PhonesFeature) and phones.room is not None
    dialog = phones.dialog
    assert isinstance(dialog, JoinDialog)
    server = phones.room.server
    assert server.port > 0 and LOOPBACK in server.hosts
    phone = Phone(server.url(LOOPBACK))

    joined = _wait_for(qtbot, _in_thread(lambda: phone.act("join", name="Lena", team_id=None)))
    assert joined["ok"]
    board_id = phone.state()["board_id"]
    written = _wait_for(
        qtbot,
        _in_thread(lambda: phone.act("write", board_id=board_id, text="Queue-free checkout")),
    )
    data = window.controller.data
    note = next(n for n in data.notes if n.id == written["note_id"])
    assert (note.text, note.author) == ("Queue-free checkout", "Lena")
    # On the board at once, and one undo step.
    board = window.board_widgets[board_id]
    assert note.id in board.scene.notes
    stack = window.controller.undo_stack
    assert stack.undoText() == "Note from Lena"
    stack.undo()
    assert all(n.id != note.id for n in window.controller.data.notes)

    assert threads and all(t is threading.main_thread() for t in threads)
    # The console lists who is connected.
    dialog.refresh()
    names = [dialog.people.item(i).text() for i in range(dialog.people.count())]
    assert names == ["Lena"]


def test_projector_shows_the_qr_and_closing_the_workshop_stops_the_server(
    qtbot: Any, window: MainWindow
) -> None:
    room = window.room
    room.join_action.trigger()
    phones = room.phones
    assert phones is not None and phones.room is not None
    server = phones.room.server
    if server.lan_hosts:
        assert room.presenter is not None and room.presenter.isVisible()
        assert phones.card is not None and phones.card.isVisible()
        card = phones.card.card
        # On the console's own screen the projector is a small window: the code shrinks
        # to fit it (never below 120 px), and grows back on a full screen.
        assert phones.card.rect().contains(card.geometry())
        assert not card.qr.pixmap().isNull() and card.qr.pixmap().width() >= 120
        assert card.code.text().endswith(phones.room.hub.code)
        room.presenter.toggle_full_screen()
        qtbot.waitUntil(lambda: card.qr.pixmap().width() >= 200)
        assert phones.card.rect().contains(card.geometry())
    phone = Phone(server.url(LOOPBACK))
    assert phone.state()["code"] == phones.room.hub.code
    window.close_workshop()
    assert phones.room is None and phones.card is None and phones.dialog is None
    with pytest.raises((urllib.error.URLError, ConnectionError)):
        phone.state()


def test_removing_a_participant_cuts_their_phone_off(qtbot: Any, window: MainWindow) -> None:
    window.room.join_action.trigger()
    phones = window.room.phones
    assert phones is not None and phones.room is not None and phones.dialog is not None
    phone = Phone(phones.room.server.url(LOOPBACK))
    joined = _wait_for(qtbot, _in_thread(lambda: phone.act("join", name="Lena", team_id=None)))
    phones.dialog.refresh()
    phones.dialog.people.setCurrentRow(0)
    phones.dialog.remove_selected()
    assert all(p.id != joined["participant_id"] for p in window.controller.data.participants)
    assert phone.state()["me"] is None


def test_moderated_phone_notes_wait_in_the_inbox(qtbot: Any, window: MainWindow) -> None:
    window.room.join_action.trigger()
    phones = window.room.phones
    assert phones is not None and phones.room is not None and phones.dialog is not None
    dialog = phones.dialog
    dialog.moderated.click()
    dialog.anonymous.click()
    workshop = window.controller.data.workshop
    assert workshop.phones_moderated and workshop.phones_anonymous  # saved in the file
    phone = Phone(phones.room.server.url(LOOPBACK))
    _wait_for(qtbot, _in_thread(lambda: phone.act("join", name="Lena", team_id=None)))
    board_id = phone.state()["board_id"]
    for text in ("Keep me", "Same as keep me", "Drop me"):
        _wait_for(qtbot, _in_thread(lambda t=text: phone.act("write", board_id=board_id, text=t)))
    board = window.board_widgets[board_id]
    waiting = {n.text: n for n in window.controller.data.notes if n.parked}
    assert set(waiting) == {"Keep me", "Same as keep me", "Drop me"}
    assert all(n.author == "" for n in waiting.values())
    assert not set(board.scene.notes) & {n.id for n in waiting.values()}  # not on the board
    assert [dialog.inbox.item(i).text() for i in range(dialog.inbox.count())] == [
        "Keep me",
        "Same as keep me",
        "Drop me",
    ]
    stack = window.controller.undo_stack
    history = [stack.text(i) for i in range(stack.count())]
    assert history and not any("Lena" in text for text in history)  # anonymous everywhere
    assert all(b.isVisible() for b in (dialog.accept_button, dialog.merge_button))
    assert dialog.accept_note(waiting["Keep me"].id, "Keep me, reworded")
    kept = next(n for n in window.controller.data.notes if n.text == "Keep me, reworded")
    assert [n.id for n in dialog.merge_targets(waiting["Same as keep me"].id)] == [
        kept.id,
        waiting["Drop me"].id,
    ]
    assert dialog.merge_note(waiting["Same as keep me"].id, kept.id)
    assert dialog.reject_note(waiting["Drop me"].id)
    notes = window.controller.data.notes
    assert [(n.text, n.parked) for n in notes] == [("Keep me, reworded\nSame as keep me", False)]
    assert notes[0].id in board.scene.notes
    assert dialog.inbox.count() == 0
    stack.undo()  # the rejection is undoable
    assert {n.text for n in window.controller.data.notes} == {
        "Keep me, reworded\nSame as keep me",
        "Drop me",
    }
    # Undoing the setting shows in the dialog: the box follows the file.
    while window.controller.data.workshop.phones_anonymous:
        stack.undo()
    assert not dialog.anonymous.isChecked()


def test_the_facilitators_edits_reach_the_phones_at_once(qtbot: Any, window: MainWindow) -> None:
    from app.domain import edits, model

    window.room.join_action.trigger()
    phones = window.room.phones
    assert phones is not None and phones.room is not None
    listener = PushListener(phones.room.server.url(LOOPBACK))
    try:
        assert listener.status == 101
        # A phone's own note is not announced (only its own view changes).
        phone = Phone(phones.room.server.url(LOOPBACK))
        _wait_for(qtbot, _in_thread(lambda: phone.act("join", name="Lena", team_id=None)))
        board_id = phone.state()["board_id"]
        _wait_for(qtbot, _in_thread(lambda: phone.act("write", board_id=board_id, text="Mine")))
        assert phones.room.hub.changes.version == 0
        data = window.controller.data
        board = next(b for b in data.boards if b.kind == model.BoardKind.CAPTURE)
        assert window.controller.edit("Note", edits.add_note(data, board.id, "From the console"))
        assert listener.next_change()["changed"] >= 1
        # An edit of the workshop record too (the agenda step is one of its fields).
        assert window.controller.edit_workshop("Go to step", title="Renamed for the test")
        assert listener.next_change()["changed"] >= 2
        phones.stop()
        assert listener.receive()[0] == 0x8  # the room stopped: the channel closes
    finally:
        listener.close()


def test_a_printable_join_page(qtbot: Any, window: MainWindow, tmp_path: Any) -> None:
    from pypdf import PdfReader

    window.room.join_action.trigger()
    phones = window.room.phones
    assert phones is not None and phones.room is not None and phones.dialog is not None
    target = tmp_path / "join.pdf"
    assert phones.dialog.save_join_page(target)
    text = PdfReader(target).pages[0].extract_text()
    assert phones.room.hub.code in text
    assert phones.room.server.url().split("/r/")[0] in text
    assert "Cash terminals" in text  # the workshop's title


def test_without_a_network_the_dialog_says_so(
    qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.room_server import server as server_module

    monkeypatch.setattr(server_module, "private_addresses", lambda: [])
    window.room.join_action.trigger()
    phones = window.room.phones
    assert phones is not None and phones.dialog is not None and phones.room is not None
    dialog = phones.dialog
    assert dialog.card is None and dialog.no_network is not None
    assert "no network" in dialog.no_network.text()
    assert not dialog.project.isEnabled() and phones.card is None  # no dead code shown
    # The laptop itself can still reach it (a self-test in a browser on the laptop).
    assert phones.room.server.hosts in ([LOOPBACK], [LOOPBACK, LOOPBACK6])
    assert phones.room.server.lan_hosts == []
    assert Phone(phones.room.server.url()).state()["code"] == phones.room.hub.code


def test_a_laptop_on_two_networks_shows_the_chosen_address(
    qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.room_server import server as server_module

    # Two private addresses the test machine has (both are loopback aliases on Linux).
    monkeypatch.setattr(server_module, "private_addresses", lambda: ["127.0.0.2", "127.0.0.3"])
    window.room.join_action.trigger()
    phones = window.room.phones
    assert phones is not None and phones.dialog is not None and phones.room is not None
    dialog = phones.dialog
    assert dialog.addresses is not None and dialog.addresses.count() == 2
    assert phones.room.url().startswith("http://127.0.0.2:")
    dialog.addresses.setCurrentIndex(1)
    assert phones.room.url().startswith("http://127.0.0.3:")
    assert dialog.card is not None and dialog.card.address.text().startswith("http://127.0.0.3:")
    if phones.card is not None:
        assert phones.card.card.address.text().startswith("http://127.0.0.3:")
    # Both addresses really serve.
    assert Phone(phones.room.url()).state()["code"] == phones.room.hub.code


def test_try_it_on_this_laptop_opens_the_loopback_address(
    qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QDesktopServices

    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: opened.append(url.toString()) or True
    )
    window.room.join_action.trigger()
    phones = window.room.phones
    assert phones is not None and phones.dialog is not None and phones.room is not None
    assert phones.dialog.try_here()
    assert opened == [phones.room.server.url(LOOPBACK)]
    assert Phone(opened[0]).state()["code"] == phones.room.hub.code


def test_a_phone_note_does_not_interrupt_the_facilitator_typing(
    qtbot: Any, window: MainWindow
) -> None:
    from app.domain import edits

    controller = window.controller
    board_id = controller.data.boards[0].id
    assert controller.edit("note", edits.add_note(controller.data, board_id, "Mine"))
    window.room.join_action.trigger()  # the dialog and the projector open first
    phones = window.room.phones
    assert phones is not None and phones.room is not None
    phone = Phone(phones.room.server.url(LOOPBACK))
    _wait_for(qtbot, _in_thread(lambda: phone.act("join", name="Lena", team_id=None)))
    board = window.select_board(board_id)
    board.start_edit(controller.data.notes[0].id)
    board.editor.setPlainText("Mine, half typed")
    _wait_for(qtbot, _in_thread(lambda: phone.act("write", board_id=board_id, text="From a phone")))
    assert board.editor.isVisible() and board.editor.toPlainText() == "Mine, half typed"
    assert {n.text for n in controller.data.notes} == {"Mine", "From a phone"}


def test_the_dialog_says_what_the_phones_show(qtbot: Any, window: MainWindow) -> None:
    from app.domain import agenda

    window.room.join_action.trigger()
    phones = window.room.phones
    assert phones is not None and phones.dialog is not None
    dialog = phones.dialog
    dialog.refresh()
    assert dialog.step_label.text() == "The phones show: silent writing — Ideas"
    steps = (agenda.AgendaStep("capture", "Dot voting", ""),)
    stored = agenda.Agenda(key="t", name_en="T", name_ru="", steps=steps)
    assert window.controller.edit_workshop("agenda", agenda_json=agenda.to_json(stored))
    dialog.refresh()
    assert dialog.step_label.text() == "The phones show: dot voting — Ideas"


def test_a_batch_of_phone_edits_is_one_window_update_and_separate_undo_steps(
    qtbot: Any, window: MainWindow
) -> None:
    from app.domain import edits, model

    controller = window.controller
    board = next(b for b in controller.data.boards if b.kind == model.BoardKind.CAPTURE)
    seen: list[Any] = []
    controller.changed.connect(seen.append)
    steps = controller.undo_stack.count()
    with controller.batch():
        for text in ("first of two", "second of two"):
            controller.apply_quietly("Note", edits.add_note(controller.data, board.id, text))
        assert seen == []  # nothing shown before the commit
    assert len(seen) == 1
    assert sorted(after.text for _before, after in seen[0].pairs) == [
        "first of two",
        "second of two",
    ]
    assert controller.undo_stack.count() == steps + 2
    shown = {
        n.text for n in controller.data.notes if n.id in window.board_widgets[board.id].scene.notes
    }
    assert {"first of two", "second of two"} <= shown
    controller.undo_stack.undo()
    assert "second of two" not in {n.text for n in controller.data.notes}
