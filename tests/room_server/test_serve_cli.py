"""`pointb serve`: the headless server as a process, stopped by SIGTERM in a burst."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from app.cli import main
from tests.room_server.client import Phone
from tests.room_server.conftest import read_file


def _start(path: Path, *options: str) -> tuple[subprocess.Popen[str], str, str]:
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "app",
            "serve",
            str(path),
            "--host",
            "127.0.0.1",
            "--port",
            "0",
            *options,
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert process.stdout is not None
    lines: list[str] = []
    for line in process.stdout:
        lines.append(line)
        if line.startswith("Serving"):
            break
    text = "".join(lines)
    url = re.search(r"Join address: (\S+)", text)
    code = re.search(r"Session code: (\d{6})", text)
    assert url and code, text + (process.stderr.read() if process.stderr else "")
    return process, url.group(1), code.group(1)


def test_serve_prints_the_address_and_stops_on_sigterm_keeping_every_saved_note(
    workshop_path: Path,
) -> None:
    process, url, code = _start(workshop_path)
    acknowledged: list[str] = []
    lock = threading.Lock()
    hit_the_stop = threading.Event()

    def writer(number: int) -> None:
        phone = Phone(url)
        try:
            phone.act("join", name=f"Phone {number}", team_id=None)
            board = phone.state()["board_id"]
            for i in range(200):
                text = f"phone {number} note {i}"
                answer = phone.act("write", board_id=board, text=text)
                if answer.get("ok"):
                    with lock:
                        acknowledged.append(text)
        except (OSError, AssertionError):
            hit_the_stop.set()  # the server went away mid-burst, as it should

    try:
        assert Phone(url).state()["code"] == code
        threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
        for thread in threads:
            thread.start()
        for _ in range(6000):  # SIGTERM once the burst is well under way
            with lock:
                if len(acknowledged) >= 40:
                    break
            time.sleep(0.01)
        process.send_signal(signal.SIGTERM)
        for thread in threads:
            thread.join(timeout=60)
        rest, errors = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0, errors
    assert "Stopped" in rest
    assert hit_the_stop.is_set()
    stored = {n.text for n in read_file(workshop_path).notes}
    assert set(acknowledged) <= stored
    assert len(acknowledged) >= 40


def test_serve_refuses_a_public_address(workshop_path: Path, capsys: object) -> None:
    assert main(["serve", str(workshop_path), "--host", "8.8.8.8"]) == 2
    assert main(["serve", str(workshop_path), "--port", "70000"]) == 2


def _stop(process: subprocess.Popen[str]) -> str:
    process.send_signal(signal.SIGTERM)
    rest, _errors = process.communicate(timeout=30)
    assert process.returncode == 0
    return rest


def test_serve_keeps_anonymity_and_moderation_in_the_file(workshop_path: Path) -> None:
    process, url, _code = _start(workshop_path, "--anonymous", "--moderate")
    try:
        phone = Phone(url)
        phone.act("join", name="Lena", team_id=None)
        phone.act("write", board_id=phone.state()["board_id"], text="Waiting, nameless")
    finally:
        _stop(process)
    workshop = read_file(workshop_path)
    assert workshop.workshop.phones_anonymous and workshop.workshop.phones_moderated
    assert [(n.author, n.parked) for n in workshop.notes] == [("", True)]
    # Restarted without the options, the server keeps the file's settings...
    process, url, _code = _start(workshop_path)
    try:
        phone = Phone(url)
        phone.act("join", name="Oleg", team_id=None)
        phone.act("write", board_id=phone.state()["board_id"], text="Still nameless")
    finally:
        _stop(process)
    assert [(n.author, n.parked) for n in read_file(workshop_path).notes] == [
        ("", True),
        ("", True),
    ]
    # ... until told otherwise.
    process, _url, _code = _start(workshop_path, "--no-anonymous", "--no-moderate")
    _stop(process)
    settings = read_file(workshop_path).workshop
    assert not settings.phones_anonymous and not settings.phones_moderated
