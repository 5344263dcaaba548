"""Files on disk: the main file stays current while the app runs, and every write to a path
the user named (Save As, Duplicate, restore, `pointb demo --force`, `pointb new`) goes
through a temporary file beside the target, refuses a target open elsewhere and clears
stale side files (docs/reliability.md, "Files on disk")."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app import backups, cli
from app.demo import write_demo
from app.domain import edits, model
from app.services import WorkshopFile
from app.store import database
from app.store.database import FileInUseError, WorkshopFileError, WriteFailedError
from tests.reliability.conftest import REPO, mounted_tmpfs, run_cli, sha256, siblings

# A second Point B process: opens FILE, makes N notes, reports each as saved, then waits
# for "more" (one more note) or "close" on stdin. It never checkpoints by itself.
HOLDER = """
import sys
from app.domain import edits
from app.services import WorkshopFile
path, count = sys.argv[1], int(sys.argv[2])
workshop = WorkshopFile.open(path)
board = workshop.data.boards[0].id
def add(text):
    data = workshop.data
    workshop.apply("add", edits.add_note(data, board, text, x=10.0, y=10.0))
    print("saved", text, flush=True)
for i in range(count):
    add(f"holder note {i}")
print("ready", flush=True)
for line in sys.stdin:
    if line.strip() == "more":
        add("holder note after")
    elif line.strip() == "close":
        workshop.close()
        print("closed", flush=True)
        break
"""

# Makes notes and dies without closing: the file keeps a -wal (and -shm) beside it.
CRASHER = """
import os, sys
from app.domain import edits
from app.services import WorkshopFile
workshop = WorkshopFile.open(sys.argv[1])
board = workshop.data.boards[0].id
for i in range(20):
    data = workshop.data
    workshop.apply("add", edits.add_note(data, board, "crashed session " + str(i), x=5.0, y=5.0))
os._exit(0)
"""


def _python(code: str, *args: str, **kwargs: Any) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", code, *args],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        text=True,
        **kwargs,
    )


class Holder:
    """Another process with a workshop open, edits reported as saved."""

    def __init__(self, path: Path, count: int) -> None:
        self.process = _python(
            HOLDER, str(path), str(count), stdin=subprocess.PIPE, stdout=subprocess.PIPE
        )
        self.saved: list[str] = []
        self._read_until("ready")

    def _read_until(self, word: str) -> None:
        assert self.process.stdout is not None
        while True:
            line = self.process.stdout.readline()
            assert line, "the holder process ended early"
            if line.startswith("saved "):
                self.saved.append(line.removeprefix("saved ").strip())
            if line.split()[0] == word:
                return

    def send(self, command: str, until: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        self._read_until(until)

    def close(self) -> None:
        if self.process.poll() is None:
            self.send("close", "closed")
        self.finish()

    def finish(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(timeout=30)
        for pipe in (self.process.stdin, self.process.stdout):
            if pipe is not None:
                pipe.close()


@pytest.fixture
def holder_of(tmp_path: Path) -> Iterator[Any]:
    started: list[Holder] = []

    def start(path: Path, count: int = 10) -> Holder:
        holder = Holder(path, count)
        started.append(holder)
        return holder

    yield start
    for holder in started:
        holder.finish()


def make_workshop(path: Path, title: str, notes: int = 3) -> Path:
    workshop = WorkshopFile.create(path, model.Workshop(title=title))
    try:
        workshop.apply("board", edits.add_board(workshop.data, model.BoardKind.CAPTURE, "Ideas"))
        board = workshop.data.boards[0].id
        for i in range(notes):
            data = workshop.data
            workshop.apply("add", edits.add_note(data, board, f"{title} {i}", x=1.0, y=1.0))
    finally:
        workshop.close()
    return path


def _folder(tmp_path: Path) -> Path:
    """A folder holding only what the test puts there (for listings)."""
    folder = tmp_path / "work"
    folder.mkdir(exist_ok=True)
    return folder


def integrity(path: Path) -> str:
    connection = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return str(connection.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        connection.close()


def contents(path: Path) -> tuple[str, list[str]]:
    """Title and note texts, read from a copy (the path itself is left alone)."""
    workshop = WorkshopFile.open(path, read_only=True)
    try:
        return workshop.data.workshop.title, sorted(n.text for n in workshop.data.notes)
    finally:
        workshop.close()


def assert_one_line_naming(message: str, path: Path) -> None:
    assert "\n" not in message
    assert str(path) in message
    assert "SELECT" not in message and "INSERT" not in message and "Traceback" not in message


# --- 1. a plain copy made while the app is open holds every edit -------------------------
def test_a_plain_copy_made_while_the_gui_edits_holds_every_edit_older_than_2_s(
    qtbot: Any, qsettings: Path, workshop_path: Path, tmp_path: Path
) -> None:
    from PySide6.QtCore import QSettings, Qt

    from app.ui.board.capture import CaptureBoard
    from app.ui.main_window import MainWindow
    from tests.ui.helpers import press_key, type_text

    window = MainWindow(settings=QSettings())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    # Another program reads the file the whole time (a backup tool, `pointb check`).
    reader = sqlite3.connect(workshop_path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        assert window.open_path(workshop_path)
        board = window.current_board_widget()
        assert isinstance(board, CaptureBoard)
        reader.execute("SELECT count(*) FROM note").fetchone()
        copies = tmp_path / "usb-stick"
        copies.mkdir()
        made: list[str] = []
        for round_number in range(3):
            for i in range(4):
                text = f"round {round_number} idea {i}"
                type_text(board.capture_edit, text)
                press_key(board.capture_edit, Qt.Key.Key_Return)
                made.append(text)
            settled = list(made)
            qtbot.wait(2_100)  # more than 2 s after the last edit
            # Work goes on: one more note, and the copy is taken right after it.
            text = f"round {round_number} latest"
            type_text(board.capture_edit, text)
            press_key(board.capture_edit, Qt.Key.Key_Return)
            made.append(text)
            copy = copies / f"copy-{round_number}.pointb"
            shutil.copy(workshop_path, copy)  # the file alone, as a file manager copies it
            assert integrity(copy) == "ok"
            _title, texts = contents(copy)
            missing = sorted(set(settled) - set(texts))
            assert not missing, f"the copy lacks edits made more than 2 s before: {missing}"
            assert set(texts) <= set(made)
    finally:
        reader.close()
        window.controller.close()


def test_explicit_actions_bring_the_main_file_up_to_date(tmp_path: Path) -> None:
    path = make_workshop(tmp_path / "w.pointb", "Actions")
    workshop = WorkshopFile.open(path)
    try:
        board = workshop.data.boards[0].id
        workshop.apply("add", edits.add_note(workshop.data, board, "before save as", x=1, y=1))
        workshop.save_copy(tmp_path / "elsewhere.pointb")
        snapshot = tmp_path / "plain.pointb"
        shutil.copy(path, snapshot)
        assert "before save as" in contents(snapshot)[1]
        workshop.apply("add", edits.add_note(workshop.data, board, "before backup", x=1, y=1))
        backups.snapshot(workshop, "manual")
        shutil.copy(path, snapshot)
        assert "before backup" in contents(snapshot)[1]
    finally:
        workshop.close()


# --- 2. Save As / Duplicate onto a workshop open in another process ----------------------
def test_save_as_onto_a_workshop_open_in_another_process_is_refused_naming_the_holder(
    tmp_path: Path, holder_of: Any
) -> None:
    target = make_workshop(tmp_path / "theirs.pointb", "Theirs", notes=0)
    source = make_workshop(tmp_path / "mine.pointb", "Mine")
    holder = holder_of(target, 10)
    mine = WorkshopFile.open(source)
    try:
        with pytest.raises(FileInUseError) as refused:
            mine.save_copy(target)
    finally:
        mine.close()
    message = str(refused.value)
    assert_one_line_naming(message, target)
    assert f"process {holder.process.pid}" in message
    holder.send("more", "saved")
    holder.close()
    assert integrity(target) == "ok"
    title, texts = contents(target)
    assert title == "Theirs"
    assert texts == sorted(holder.saved)
    assert len(holder.saved) == 11


def test_the_gui_save_as_shows_the_refusal(
    qtbot: Any, qsettings: Path, workshop_path: Path, tmp_path: Path, holder_of: Any
) -> None:
    from PySide6.QtCore import QSettings

    from app.ui.main_window import MainWindow

    target = make_workshop(tmp_path / "theirs.pointb", "Theirs", notes=0)
    holder = holder_of(target, 2)
    window = MainWindow(settings=QSettings())
    qtbot.addWidget(window)
    shown: list[str] = []
    window.show_file_error = lambda title, text: shown.append(text)  # type: ignore[method-assign]
    try:
        assert window.open_path(workshop_path)
        assert not window.save_copy(target)
    finally:
        window.controller.close()
    assert len(shown) == 1 and f"process {holder.process.pid}" in shown[0]
    holder.close()
    assert contents(target)[0] == "Theirs"


# --- 3. a stale -wal left by a crash is never replayed into a new file --------------------
def _crashed_then_removed(path: Path) -> None:
    """A workshop edited by a session that crashed, then deleted in a file manager that
    does not show the hidden `-wal`/`-shm` beside it."""
    make_workshop(path, "Old crashed workshop", notes=0)
    process = _python(CRASHER, str(path))
    assert process.wait(timeout=60) == 0
    assert path.with_name(path.name + "-wal").stat().st_size > 0
    path.unlink()


def test_save_as_over_a_stale_wal_makes_a_sound_file(tmp_path: Path) -> None:
    target = tmp_path / "target.pointb"
    _crashed_then_removed(target)
    source = make_workshop(tmp_path / "new.pointb", "New")
    workshop = WorkshopFile.open(source)
    try:
        workshop.save_copy(target)
    finally:
        workshop.close()
    assert not target.with_name(target.name + "-wal").exists()
    assert integrity(target) == "ok"
    assert contents(target) == ("New", ["New 0", "New 1", "New 2"])


def test_restore_over_a_stale_wal_makes_a_sound_file(tmp_path: Path) -> None:
    target = tmp_path / "target.pointb"
    _crashed_then_removed(target)
    source = make_workshop(tmp_path / "kept.pointb", "Kept")
    workshop = WorkshopFile.open(source)
    try:
        info = backups.snapshot(workshop, "manual")
    finally:
        workshop.close()
    backups.restore(info, target)
    assert not target.with_name(target.name + "-wal").exists()
    assert integrity(target) == "ok"
    assert contents(target) == ("Kept", ["Kept 0", "Kept 1", "Kept 2"])


# --- 4. `pointb demo FILE --force` writes first and replaces second -----------------------
def test_demo_force_onto_a_workshop_open_elsewhere_is_refused_and_loses_nothing(
    tmp_path: Path, holder_of: Any
) -> None:
    target = make_workshop(_folder(tmp_path) / "room.pointb", "Room", notes=0)
    holder = holder_of(target, 10)
    result = run_cli("demo", str(target), "--force")
    assert result.returncode == 2
    assert_one_line_naming(result.stderr.strip(), target)
    assert f"process {holder.process.pid}" in result.stderr
    holder.send("more", "saved")
    holder.close()
    assert integrity(target) == "ok"
    assert contents(target) == ("Room", sorted(holder.saved))
    assert siblings(target) == ["room.pointb"]


def _disk_full(monkeypatch: pytest.MonkeyPatch, method: str) -> None:
    """The bulk or single write fails as on a full disk (ENOSPC)."""

    def fail(self: database.Database, *args: Any, **kwargs: Any) -> None:
        raise WriteFailedError(
            self.path, f"the change could not be saved ({OSError(errno.ENOSPC, 'No space')})"
        )

    monkeypatch.setattr(database.Database, method, fail)


def test_demo_force_on_a_full_disk_keeps_the_original(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = make_workshop(_folder(tmp_path) / "room.pointb", "Room")
    before = sha256(target)
    _disk_full(monkeypatch, "write_many")
    with pytest.raises(WorkshopFileError) as failed:
        write_demo(target, "en", force=True)
    assert_one_line_naming(str(failed.value), target)
    assert sha256(target) == before
    assert siblings(target) == ["room.pointb"]
    monkeypatch.undo()
    write_demo(target, "en", force=True)  # the retry works
    assert len(contents(target)[1]) > 20


@pytest.mark.parametrize("command", ["new", "demo"])
def test_new_and_demo_on_a_full_disk_leave_nothing_that_blocks_a_retry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any, command: str
) -> None:
    target = _folder(tmp_path) / "fresh.pointb"
    if command == "new":
        _disk_full(monkeypatch, "write")
        args = ["new", str(target), "--title", "Fresh"]
    else:
        _disk_full(monkeypatch, "write_many")
        args = ["demo", str(target)]
    assert cli.main(args) == cli.EXIT_ERROR
    message = capsys.readouterr().err.strip()
    assert_one_line_naming(message, target)
    assert "disk" in message or "space" in message.lower()
    assert siblings(target) == []
    monkeypatch.undo()
    assert cli.main(args) == cli.EXIT_OK
    assert integrity(target) == "ok"


def test_a_failed_create_leaves_no_stub(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The GUI's File > New creates the file in place: a failure removes what it made."""
    target = _folder(tmp_path) / "fresh.pointb"

    def full(self: database.Database) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(database.Database, "_claim", full)
    with pytest.raises(WriteFailedError) as failed:
        WorkshopFile.create(target, model.Workshop(title="Fresh"))
    assert_one_line_naming(str(failed.value), target)
    assert siblings(target) == []


def test_a_real_full_disk_keeps_the_original_and_leaves_nothing(tmp_path: Path) -> None:
    """The same on a real, nearly full file system (a small tmpfs; skipped without root)."""
    original = make_workshop(_folder(tmp_path) / "room.pointb", "Room", notes=30)
    with mounted_tmpfs(tmp_path / "small-disk", "200k") as disk:
        target = disk / "room.pointb"
        shutil.copyfile(original, target)
        before = sha256(target)
        result = run_cli("demo", str(target), "--force")  # the demo needs ~135 KB
        assert result.returncode == 2
        assert_one_line_naming(result.stderr.strip(), target)
        assert sha256(target) == before
        assert siblings(target) == ["room.pointb"]
        fresh = disk / "fresh.pointb"
        filler = disk / "filler"
        # Fill the disk to the last byte (the error comes from the write or the close).
        with contextlib.suppress(OSError), filler.open("wb") as handle:
            while True:
                handle.write(b"\0" * 4096)
                handle.flush()
        result = run_cli("new", str(fresh), "--title", "Fresh")
        assert result.returncode == 2
        assert_one_line_naming(result.stderr.strip(), fresh)
        assert sorted(siblings(target)) == ["filler", "room.pointb"]
        filler.unlink()
        target.unlink()  # space comes back: the retry is not blocked by a stub
        assert run_cli("new", str(fresh), "--title", "Fresh").returncode == 0
        assert integrity(fresh) == "ok"


def test_an_export_from_the_gui_brings_the_main_file_up_to_date(
    qtbot: Any, qsettings: Path, workshop_path: Path, tmp_path: Path
) -> None:
    from PySide6.QtCore import QSettings

    from app.ui.export_dialog import ExportDialog
    from app.ui.main_window import MainWindow

    window = MainWindow(settings=QSettings())
    qtbot.addWidget(window)
    try:
        assert window.open_path(workshop_path)
        board = window.controller.current_board_id
        assert board is not None
        data = window.controller.data
        assert window.controller.edit("add", edits.add_note(data, board, "just before export"))
        window.export_action.trigger()
        dialog = window.export_dialog
        assert isinstance(dialog, ExportDialog)
        dialog.set_kind("json")
        dialog.set_target(tmp_path / "out.json")
        assert dialog.start_export()
        copy = tmp_path / "copy.pointb"
        shutil.copy(workshop_path, copy)  # at once: no pause has passed
        assert "just before export" in contents(copy)[1]
        qtbot.waitUntil(lambda: not dialog.running, timeout=30_000)
    finally:
        window.controller.close()
