"""The hub on its own: what happens to queued phone actions when the room closes."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from app.room_server.hub import RoomHub
from app.services import WorkshopFile


def test_actions_queued_for_a_closed_workshop_are_refused_not_applied(
    workshop_path: Path,
) -> None:
    workshop = WorkshopFile.open(workshop_path)
    applied: list[str] = []
    try:
        hub = RoomHub(
            lambda: workshop.data,
            lambda label, pairs: applied.append(label),
            batch=workshop.batch,
        )
        outcome: list[BaseException] = []

        def phone() -> None:
            try:
                hub.submit("phone-0000000000000001", {"op": "join", "name": "Lena"}, "en")
            except BaseException as exc:  # the phone's request fails: it sends again
                outcome.append(exc)

        thread = threading.Thread(target=phone)
        thread.start()
        for _ in range(500):
            if hub.pending:
                break
            time.sleep(0.01)
        assert hub.pending == 1
        hub.close(apply_queued=False)  # the workshop it was meant for is gone
        thread.join(timeout=10)
        assert applied == [] and [str(e) for e in outcome] == ["the workshop was closed"]
        assert all(p.name != "Lena" for p in workshop.data.participants)
    finally:
        workshop.close()
