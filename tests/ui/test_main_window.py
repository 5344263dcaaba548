"""The main window, the start screen, the setup dialog, shortcuts and the self-test."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence

from app.domain import edits, model
from app.services import WorkshopFile
from app.ui.board.capture import CaptureBoard
from app.ui.board.registry import BOARD_CLASSES
from app.ui.main_window import MainWindow
from app.ui.setup_dialog import SetupDialog
from app.ui.shortcuts import ShortcutsDialog
from tests.ui.helpers import press_key, snapshot, type_text


@pytest.fixture
def window(qtbot: Any, qsettings: Path) -> MainWindow:
    win = MainWindow(settings=QSettings())
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.controller.close()


def test_start_screen_opens_a_recent_file(window: MainWindow, workshop_path: Path) -> None:
    assert window.pages.currentWidget() is window.start_page
    window.recent.add(workshop_path)
    missing = workshop_path.with_name("gone.pointb")
    window.recent.add(missing)
    window.start_screen.refresh_recent()
    recent = window.start_screen.recent_list
    assert recent.count() == 2
    assert "missing" in recent.item(0).text()  # the newest entry is the missing file
    recent.setCurrentRow(0)
    window.start_screen.remove_selected_recent()
    assert recent.count() == 1
    recent.itemActivated.emit(recent.item(0))
    assert window.controller.file is not None
    assert window.pages.currentWidget() is window.workspace
    assert "Cash terminals" in window.windowTitle()
    assert "test.pointb" in window.windowTitle()
    assert isinstance(window.current_board_widget(), CaptureBoard)
    assert not window.read_only_banner.isVisible()


def test_start_screen_lists_agenda_templates(window: MainWindow, tmp_path: Path) -> None:
    screen = window.start_screen
    assert screen.template_list.count() >= 1
    agenda = screen.template_list.item(0).data(Qt.ItemDataRole.UserRole)
    assert window.new_workshop(tmp_path / "from-template.pointb", "Offsite", agenda)
    kinds = [b.kind.value for b in window.controller.data.boards]
    assert kinds == [b.kind for b in agenda.boards]  # one board per declared board
    assert window.controller.undo_stack.count() == 0


def test_new_blank_workshop_and_menus(window: MainWindow, tmp_path: Path, qtbot: Any) -> None:
    path = tmp_path / "blank.pointb"
    assert window.new_workshop(path, "Blank")
    assert [b.kind for b in window.controller.data.boards] == [model.BoardKind.CAPTURE]
    board = window.current_board_widget()
    assert isinstance(board, CaptureBoard)
    type_text(board.capture_edit, "First idea")
    press_key(board.capture_edit, Qt.Key.Key_Return)
    assert len(window.controller.data.notes) == 1
    window.undo_action.trigger()
    assert window.controller.data.notes == []
    window.redo_action.trigger()
    assert len(window.controller.data.notes) == 1
    board.select_all()
    window.delete_action.trigger()
    assert window.controller.data.notes == []
    window.zoom_in_action.trigger()
    window.fit_action.trigger()
    window.find_action.trigger()
    assert window.add_capture_board()
    assert len(window.controller.data.boards) == 2
    assert isinstance(window.current_board_widget(), CaptureBoard)
    window.close_workshop()
    assert window.pages.currentWidget() is window.start_page
    assert path.resolve() in window.recent.paths()


def test_standard_shortcuts_and_shortcut_list(window: MainWindow) -> None:
    std = QKeySequence.StandardKey
    for action, key in (
        (window.undo_action, std.Undo),
        (window.redo_action, std.Redo),
        (window.delete_action, std.Delete),
        (window.find_action, std.Find),
        (window.zoom_out_action, std.ZoomOut),
    ):
        assert QKeySequence(key) in action.shortcuts(), action.text()
    assert QKeySequence("Ctrl+=") in window.zoom_in_action.shortcuts()
    dialog = window.show_shortcuts()
    assert isinstance(dialog, ShortcutsDialog)
    texts = [" ".join(row) for row in dialog.rows]
    assert any("Undo" in t for t in texts)
    assert any("Ctrl+G" in t for t in texts)
    dialog.close()


def test_export_hook_is_a_signal(window: MainWindow, workshop_path: Path, qtbot: Any) -> None:
    window.open_path(workshop_path)
    with qtbot.waitSignal(window.export_requested, timeout=1000):
        window.export_action.trigger()


def test_every_board_kind_opens_its_exercise(window: MainWindow, workshop_path: Path) -> None:
    window.open_path(workshop_path)
    for kind in (model.BoardKind.REVERSE, model.BoardKind.PRIORITISE, model.BoardKind.VALUE):
        data = window.controller.data
        window.controller.edit("b", edits.add_board(data, kind, kind.value))
        board = next(b for b in window.controller.data.boards if b.kind == kind)
        widget = window.select_board(board.id)
        assert isinstance(widget, BOARD_CLASSES[kind]), kind
        # Exercise boards have no zoom, fit or find: their menu items are disabled on them.
        assert not window.zoom_in_action.isEnabled() and not window.find_action.isEnabled()
    assert window.board_list.count() == 4
    capture = next(b for b in window.controller.data.boards if b.kind is model.BoardKind.CAPTURE)
    window.select_board(capture.id)
    assert window.zoom_in_action.isEnabled() and window.find_action.isEnabled()


def run_import(window: MainWindow, qtbot: Any, source: Path) -> Any:
    job = window.import_ideas(source)
    assert job is not None
    qtbot.waitUntil(lambda: not job.running, timeout=60_000)
    return job


def test_import_ideas_from_csv_is_one_undo_step(
    window: MainWindow, workshop_path: Path, tmp_path: Path, qtbot: Any
) -> None:
    window.open_path(workshop_path)
    controller = window.controller
    before = len(controller.data.notes)
    source = tmp_path / "ideas.csv"
    source.write_bytes(
        "\ufefftext;team;tag\nКасса в аптеке;Ravens;customers\n\"Pay by SMS; fast\";;\n".encode()
    )
    controller.undo_stack.clear()
    job = run_import(window, qtbot, source)
    assert job.count == 2 and not controller.busy
    texts = [n.text for n in controller.data.notes[before:]]
    assert texts == ["Касса в аптеке", "Pay by SMS; fast"]
    assert controller.undo_stack.count() == 1
    controller.undo_stack.undo()
    assert len(controller.data.notes) == before
    controller.undo_stack.redo()
    assert len(controller.data.notes) == before + 2
    # Memory and the file agree after the background write, the undo and the redo.
    path = controller.file.path if controller.file else workshop_path
    controller.close()
    reopened = WorkshopFile.open(path, read_only=True)
    try:
        assert [n.text for n in reopened.data.notes[before:]] == texts
    finally:
        reopened.close()


def test_an_import_naming_an_unknown_team_asks_first(
    window: MainWindow, workshop_path: Path, tmp_path: Path, qtbot: Any
) -> None:
    window.open_path(workshop_path)
    controller = window.controller
    source = tmp_path / "ideas.csv"
    source.write_text("text,team\nPay by QR,Ravens\nCash back,Ravns\n", encoding="utf-8")
    asked: list[list[str]] = []
    window.confirm_new_teams = lambda names: asked.append(names) or False
    assert window.import_ideas(source) is None  # declined: nothing imported
    assert asked == [["Ravns"]] and len(controller.data.teams) == 2
    window.confirm_new_teams = lambda names: True
    run_import(window, qtbot, source)
    assert sorted(t.name for t in controller.data.teams) == ["Foxes", "Ravens", "Ravns"]


def test_a_big_import_runs_in_the_background_with_progress(
    window: MainWindow, workshop_path: Path, tmp_path: Path, qtbot: Any
) -> None:
    window.open_path(workshop_path)
    controller = window.controller
    source = tmp_path / "big.csv"
    source.write_text(
        "text\n" + "".join(f"Idea number {i}\n" for i in range(20_000)), encoding="utf-8"
    )
    seen: list[tuple[int, int]] = []
    job = window.import_ideas(source)
    assert job is not None
    job.progress.connect(lambda done, total: seen.append((done, total)))
    assert controller.busy  # edits wait while the rows are written
    assert not controller.edit("x", edits.add_note(controller.data, 1, "typed meanwhile"))
    qtbot.waitUntil(lambda: not job.running, timeout=120_000)
    assert job.count == 20_000
    assert seen and seen[-1] == (20_000, 20_000)
    assert sum(1 for n in controller.data.notes if n.text.startswith("Idea number")) == 20_000


def test_import_of_a_bad_csv_names_the_line_and_adds_nothing(
    window: MainWindow, workshop_path: Path, tmp_path: Path, qtbot: Any
) -> None:
    window.open_path(workshop_path)
    controller = window.controller
    before = len(controller.data.notes)
    source = tmp_path / "broken.csv"
    source.write_text("text,tag\nGood idea,own\nBad idea,gossip\n", encoding="utf-8")
    run_import(window, qtbot, source)
    assert len(controller.data.notes) == before
    assert "line 3" in window.last_error_box.informativeText()
    window.last_error_box.close()


def test_setup_dialog_edits_are_undoable(window: MainWindow, workshop_path: Path) -> None:
    window.open_path(workshop_path)
    controller = window.controller
    initial = snapshot(controller.data)
    dialog = window.show_setup()
    assert isinstance(dialog, SetupDialog)
    dialog.title_edit.setText("Платежи без терминалов")
    dialog.title_edit.editingFinished.emit()
    assert controller.data.workshop.title == "Платежи без терминалов"
    assert "Платежи без терминалов" in window.windowTitle()
    assert not dialog.set_date("24.11.2026")  # refused, with a hint
    assert dialog.date_error.text()
    assert dialog.set_date("2026-11-24")
    dialog.facilitator_edit.setText("Мария")
    dialog.facilitator_edit.editingFinished.emit()
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("ru"))
    dialog.language_combo.activated.emit(dialog.language_combo.currentIndex())
    assert controller.data.workshop.language == "ru"
    assert dialog.add_team("Owls", "#A5D6A7")
    owls = next(t for t in controller.data.teams if t.name == "Owls")
    assert dialog.team_list.count() == 3
    assert dialog.set_team_color(owls.id, "#CE93D8")
    assert dialog.move_team(owls.id, 0)
    assert dialog.team_list.item(0).text() == "Owls"
    assert dialog.rename_team(owls.id, "Совы")
    assert dialog.add_person("Пётр", owls.id)
    person = next(p for p in controller.data.participants if p.name == "Пётр")
    assert dialog.people_table.rowCount() == 4
    assert dialog.set_person_team(person.id, None)
    assert dialog.remove_person(person.id)
    assert dialog.remove_team(owls.id)
    assert controller.data.workshop.date == "2026-11-24"
    # Every confirmed change was its own undo step; undo them all, the dialog follows.
    while controller.undo_stack.canUndo():
        controller.undo_stack.undo()
    assert snapshot(controller.data) == initial
    assert dialog.title_edit.text() == "Cash terminals"
    assert dialog.team_list.count() == 2
    dialog.close()


def test_read_only_file_shows_a_banner(window: MainWindow, workshop_path: Path) -> None:
    os.chmod(workshop_path, stat.S_IRUSR)
    try:
        window.adopt(WorkshopFile.open(workshop_path, read_only=True))
        assert window.read_only_banner.isVisible()
        assert "read-only" in window.windowTitle()
        board = window.current_board_widget()
        assert isinstance(board, CaptureBoard)
        type_text(board.capture_edit, "Cannot be saved")
        press_key(board.capture_edit, Qt.Key.Key_Return)
        assert window.message_bar.isVisible()  # the refusal is shown, not raised
        assert window.controller.data.notes == []
    finally:
        window.controller.close()
        os.chmod(workshop_path, stat.S_IRUSR | stat.S_IWUSR)


def test_broken_file_shows_an_error_and_keeps_the_start_screen(
    window: MainWindow, tmp_path: Path
) -> None:
    bad = tmp_path / "notes.pointb"
    bad.write_text("not a workshop", encoding="utf-8")
    assert not window.open_path(bad)
    assert window.pages.currentWidget() is window.start_page
    assert "not a Point B workshop" in window.last_error_box.informativeText()
    window.last_error_box.close()


def test_save_copy(window: MainWindow, workshop_path: Path, tmp_path: Path) -> None:
    window.open_path(workshop_path)
    target = tmp_path / "copy.pointb"
    assert window.save_copy(target)
    copy = WorkshopFile.open(target)
    try:
        assert copy.data.workshop.title == "Cash terminals"
    finally:
        copy.close()


def test_open_demo(window: MainWindow, tmp_path: Path) -> None:
    assert window.open_demo(tmp_path)
    data = window.controller.data
    assert len(data.notes) >= 40
    assert isinstance(window.current_board_widget(), CaptureBoard)


@pytest.mark.slow
def test_selftest_renders_every_board(
    qapp: Any, qsettings: Path, capsys: Any, workshop_path: Path
) -> None:
    from app.ui.app import selftest

    assert selftest(None) == 0
    out = capsys.readouterr().out
    assert "selftest passed" in out
    assert selftest(workshop_path) == 0
    assert "'Ideas'" in capsys.readouterr().out
