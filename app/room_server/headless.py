"""`pointb serve FILE`: the room server without the GUI (tests, a second laptop).

The thread that calls `serve` owns the workshop file: it applies the phones' actions as
they arrive, one transaction each, until `stop` is set (Ctrl+C or SIGTERM in the CLI).
On the way out it stops listening first, then applies what was already queued, then
closes the file: every action a phone was told is saved is in the file.

The file is locked while it is served, so the facilitator moderates in the server's own
terminal (`app.room_server.inbox`): each waiting note is printed as it arrives, and the
lines typed there (accept, edit, merge, reject) are applied by the same thread.
"""

from __future__ import annotations

import queue
import signal
import sys
import threading
from collections.abc import Callable
from pathlib import Path

from app.domain import model, phones
from app.domain.edits import EditRefused
from app.room_server import inbox
from app.room_server.addresses import check_host
from app.room_server.hub import RoomHub
from app.room_server.server import DEFAULT_PORT, Limits, RoomServer
from app.services import WorkshopFile
from app.store.database import WorkshopFileError


def serve(
    path: Path,
    stop: threading.Event,
    host: str | None = None,
    port: int = DEFAULT_PORT,
    ready: Callable[[RoomServer], None] = lambda server: None,
    limits: Limits | None = None,
    anonymous: bool | None = None,
    moderated: bool | None = None,
    commands: queue.Queue[str] | None = None,
    out: Callable[[str], None] = lambda line: None,
) -> None:
    """Serve the phones of one workshop file until `stop` is set. `anonymous` and
    `moderated`, when given, become the file's settings first (None keeps the file's).
    Lines put on `commands` are inbox commands; `out` is told each waiting note as it
    arrives and the outcome of each command."""
    workshop = WorkshopFile.open(path)
    try:
        settings = {
            name: value
            for name, value in (("phones_anonymous", anonymous), ("phones_moderated", moderated))
            if value is not None and getattr(workshop.data.workshop, name) != value
        }
        if settings:
            workshop.update_workshop(**settings)
        hub = RoomHub(lambda: workshop.data, workshop.apply, batch=workshop.batch)
        server = RoomServer(hub, host=host, port=port, limits=limits)
        server.start()
        try:
            ready(server)
            shown: set[int] = set()
            seen_notes: list[model.Note] | None = None
            while not stop.is_set():
                hub.wait_and_drain(timeout=0.2)
                if workshop.data.notes is not seen_notes:  # replaced on every edit of notes
                    seen_notes = workshop.data.notes
                    _show_waiting(workshop, shown, out)
                while commands is not None and not commands.empty():
                    _moderate(workshop, hub, commands.get_nowait(), out)
        finally:
            server.stop()
            hub.close()
    finally:
        workshop.close()


def _show_waiting(workshop: WorkshopFile, shown: set[int], out: Callable[[str], None]) -> None:
    """Tell the notes that started waiting since the last time."""
    for note in phones.inbox(workshop.data):
        if note.id not in shown:
            shown.add(note.id)
            out(f"Waiting {inbox.waiting_line(note)}  (accept {note.id} / reject {note.id})")


def _moderate(
    workshop: WorkshopFile, hub: RoomHub, line: str, out: Callable[[str], None]
) -> None:
    """One typed inbox command, applied as one edit; its outcome told on one line."""
    try:
        result = inbox.command(workshop.data, line)
        if isinstance(result, inbox.InboxEdit):
            workshop.apply(result.label, result.pairs)
            hub.room_changed()  # the phones show the note's new state at once
            result = result.done
    except (EditRefused, WorkshopFileError) as exc:
        result = f"inbox: {exc}"
    if result:
        out(result)


def _read_commands(commands: queue.Queue[str]) -> None:
    """The terminal's lines, for the serving thread (a daemon: ends with the process; a
    closed input, as under a service manager, just ends it)."""
    for line in sys.stdin:
        commands.put(line)


def serve_until_signal(
    path: Path,
    host: str | None,
    port: int,
    anonymous: bool | None = None,
    moderated: bool | None = None,
) -> int:
    """The `pointb serve` command: print the join address and code, serve until Ctrl+C or
    SIGTERM, then stop cleanly (exit status 0)."""
    if not 0 <= port <= 65535:
        raise ValueError(f"--port {port}: a port is a number from 0 to 65535")
    if host is not None:
        check_host(host)
    stop = threading.Event()

    def on_signal(_number: int, _frame: object) -> None:
        stop.set()

    previous = {
        number: signal.signal(number, on_signal) for number in (signal.SIGINT, signal.SIGTERM)
    }

    def ready(server: RoomServer) -> None:
        if not server.lan_hosts:
            print(
                "No network: this machine has no private network address; phones cannot "
                "reach it (connect to the room's Wi-Fi or start a hotspot)."
            )
        print(f"Join address: {server.url()}")
        for other in server.hosts[1:]:
            print(f"         also: {server.url(other)}")
        print(f"Session code: {server.hub.code}")
        print(
            "Notes: "
            + ("anonymous" if server.hub.anonymous else "with their authors' names")
            + ", "
            + (
                "waiting for the facilitator (moderated)"
                if server.hub.moderated
                else "straight on the board"
            )
        )
        if server.hub.moderated:
            print(
                "Waiting notes are shown here; type accept N, edit N TEXT, merge N INTO, "
                "reject N or list (help for more)."
            )
        print("Serving the phones; Ctrl+C stops.", flush=True)

    def out(line: str) -> None:
        print(line, flush=True)

    commands: queue.Queue[str] = queue.Queue()
    threading.Thread(target=_read_commands, args=(commands,), daemon=True).start()
    try:
        serve(
            Path(path),
            stop,
            host=host,
            port=port,
            ready=ready,
            anonymous=anonymous,
            moderated=moderated,
            commands=commands,
            out=out,
        )
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
    print("Stopped; every saved action is in the file.", flush=True)
    return 0
