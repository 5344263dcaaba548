"""A running room server on loopback, serving a copy of the test workshop."""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from app.domain import agenda, edits, model, prioritise_flow, reverse_flow
from app.room_server import headless
from app.room_server.server import Limits, RoomServer
from app.services import WorkshopFile


def set_step(path: Path, exercise: str, title: str = "Step", stage: str = "") -> None:
    """Give the workshop a one-step agenda on `exercise` (the step the phones see)."""
    steps = (agenda.AgendaStep(exercise, title, "", stage=stage),)
    stored = agenda.Agenda(key="test", name_en="Test", name_ru="", steps=steps)
    workshop = WorkshopFile.open(path)
    try:
        workshop.update_workshop(agenda_json=agenda.to_json(stored), agenda_step=0)
    finally:
        workshop.close()


def edit_file(path: Path, change: Callable[[WorkshopFile], None]) -> None:
    workshop = WorkshopFile.open(path)
    try:
        change(workshop)
    finally:
        workshop.close()


def read_file(path: Path) -> model.WorkshopData:
    workshop = WorkshopFile.open(path, read_only=True)
    try:
        return workshop.data
    finally:
        workshop.close()


def add_notes(path: Path, texts: list[str]) -> None:
    def change(workshop: WorkshopFile) -> None:
        board = next(b for b in workshop.data.boards if b.kind == model.BoardKind.CAPTURE)
        for text in texts:
            workshop.apply("note", edits.add_note(workshop.data, board.id, text))

    edit_file(path, change)


def add_kano_board(path: Path, texts: list[str]) -> None:
    def change(workshop: WorkshopFile) -> None:
        data = workshop.data
        workshop.apply("b", edits.add_board(data, model.BoardKind.PRIORITISE, "MVP"))
        board = data.boards[-1].id
        for text in texts:
            workshop.apply("c", prioritise_flow.add_candidate(data, board, text))

    edit_file(path, change)


def add_reverse_round(path: Path) -> None:
    def change(workshop: WorkshopFile) -> None:
        data = workshop.data
        workshop.apply("b", edits.add_board(data, model.BoardKind.REVERSE, "Good/bad"))
        board = data.boards[-1].id
        workshop.apply("r", reverse_flow.start_round(data, board, [t.id for t in data.teams]))

    edit_file(path, change)


@contextmanager
def running(
    path: Path, limits: Limits | None = None, port: int = 0, host: str = "127.0.0.1"
) -> Iterator[RoomServer]:
    """Serve `path` on `host` in a thread that owns the file; stop and release it after."""
    stop = threading.Event()
    started = threading.Event()
    holder: list[RoomServer] = []
    failure: list[BaseException] = []

    def ready(server: RoomServer) -> None:
        holder.append(server)
        started.set()

    def run() -> None:
        try:
            headless.serve(path, stop, host=host, port=port, ready=ready, limits=limits)
        except BaseException as exc:
            failure.append(exc)
            started.set()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    started.wait(timeout=30)
    if failure:
        raise failure[0]
    try:
        yield holder[0]
    finally:
        stop.set()
        thread.join(timeout=30)
    assert not thread.is_alive()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def room_path(workshop_path: Path) -> Path:
    return workshop_path
