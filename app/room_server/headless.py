"""`pointb serve FILE`: the room server without the GUI (tests, a second laptop).

The thread that calls `serve` owns the workshop file: it applies the phones' actions as
they arrive, one transaction each, until `stop` is set (Ctrl+C or SIGTERM in the CLI).
On the way out it stops listening first, then applies what was already queued, then
closes the file: every action a phone was told is saved is in the file.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable
from pathlib import Path

from app.room_server.addresses import check_host
from app.room_server.hub import RoomHub
from app.room_server.server import DEFAULT_PORT, Limits, RoomServer
from app.services import WorkshopFile


def serve(
    path: Path,
    stop: threading.Event,
    host: str | None = None,
    port: int = DEFAULT_PORT,
    ready: Callable[[RoomServer], None] = lambda server: None,
    limits: Limits | None = None,
    anonymous: bool | None = None,
    moderated: bool | None = None,
) -> None:
    """Serve the phones of one workshop file until `stop` is set. `anonymous` and
    `moderated`, when given, become the file's settings first (None keeps the file's)."""
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
            while not stop.is_set():
                hub.wait_and_drain(timeout=0.2)
        finally:
            server.stop()
            hub.close()
    finally:
        workshop.close()


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
        print("Serving the phones; Ctrl+C stops.", flush=True)

    try:
        serve(
            Path(path),
            stop,
            host=host,
            port=port,
            ready=ready,
            anonymous=anonymous,
            moderated=moderated,
        )
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
    print("Stopped; every saved action is in the file.", flush=True)
    return 0
