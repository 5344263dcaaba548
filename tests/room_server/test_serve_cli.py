"""`pointb serve`: the headless server as a process, stopped by SIGTERM in a burst."""

from __future__ import annotations

import os
import queue
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


def _start(
    path: Path, *options: str, stdin: int | None = None
) -> tuple[subprocess.Popen[str], str, str]:
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
        stdin=stdin,
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


def test_serve_moderate_shows_waiting_notes_and_takes_inbox_commands(
    workshop_path: Path,
) -> None:
    process, url, _code = _start(workshop_path, "--moderate", stdin=subprocess.PIPE)
    assert process.stdin is not None and process.stdout is not None
    printed: queue.Queue[str] = queue.Queue()

    def read_out() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            printed.put(line.rstrip("\n"))

    reader = threading.Thread(target=read_out, daemon=True)
    reader.start()

    def expect(pattern: str) -> re.Match[str]:
        deadline = time.monotonic() + 30
        seen: list[str] = []
        while time.monotonic() < deadline:
            try:
                line = printed.get(timeout=0.5)
            except queue.Empty:
                continue
            seen.append(line)
            found = re.search(pattern, line)
            if found:
                return found
        raise AssertionError(f"{pattern!r} not printed; printed: {seen}")

    def type_line(line: str) -> None:
        assert process.stdin is not None
        process.stdin.write(line + "\n")
        process.stdin.flush()

    try:
        phone = Phone(url)
        phone.act("join", name="Lena", team_id=None)
        board = phone.state()["board_id"]
        ids = {}
        for text in ("Cash back at the till", "Spam spam spam", "Fewer queues", "Fewer queues!"):
            ids[text] = phone.act("write", board_id=board, text=text)["note_id"]
            found = expect(r"^Waiting #(\d+) (.+) \(Lena\)")
            assert (int(found.group(1)), found.group(2)) == (ids[text], text)
        assert all(n["waiting"] for n in phone.state()["notes"])
        type_line(f"accept {ids['Cash back at the till']}")
        expect(rf"^#{ids['Cash back at the till']} accepted$")
        type_line(f"r {ids['Spam spam spam']}")
        expect(rf"^#{ids['Spam spam spam']} rejected$")
        type_line(f"reject {ids['Spam spam spam']}")  # gone already: one line, nothing done
        expect(rf"^inbox: no note #{ids['Spam spam spam']} is waiting")
        type_line(f"edit {ids['Fewer queues']} Shorter queues at the till")
        expect("accepted as edited")
        type_line(f"merge {ids['Fewer queues!']} {ids['Fewer queues']}")
        expect("merged into")
        type_line("shout")
        expect(r"^inbox: not an inbox command")
        type_line("list")
        expect("No note is waiting.")
        # The phone sees its note on the board (no longer waiting) without asking twice.
        assert [n["waiting"] for n in phone.state()["notes"]] == [False, False]
        process.send_signal(signal.SIGTERM)
        expect("^Stopped")
        assert process.wait(timeout=30) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        reader.join(timeout=30)
        for pipe in (process.stdin, process.stdout, process.stderr):
            if pipe is not None:
                pipe.close()
    notes = {n.text: n.parked for n in read_file(workshop_path).notes}
    merged = "Shorter queues at the till\nFewer queues!"
    assert notes == {"Cash back at the till": False, merged: False}
