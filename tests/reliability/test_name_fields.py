"""Fields where a name is typed stop at the name limit (`model.MAX_NAME`, 200): typing or
pasting cannot go past it, so the validator's refusal is never the first thing the
facilitator meets (docs/reliability.md, "What comes in")."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt loads, if no conftest did

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QInputDialog,
    QLineEdit,
    QWidget,
)

from app.domain import edits, model
from app.ui.board.capture import CaptureBoard
from app.ui.main_window import MainWindow
from app.ui.setup_dialog import SetupDialog
from tests.ui.helpers import press_key, type_text

LONG = "N" * 250


@pytest.fixture
def window(qtbot: Any, qsettings: Path, workshop_path: Path) -> Iterator[MainWindow]:
    win = MainWindow(settings=QSettings())
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    assert win.open_path(workshop_path)
    yield win
    win.controller.close()


def _typed(edit: QLineEdit) -> str:
    """Type 250 characters into `edit`, then paste 5,000 more: what the field holds."""
    edit.setFocus()
    edit.selectAll()
    type_text(edit, LONG)
    assert len(edit.text()) == model.MAX_NAME
    edit.insert("P" * 5000)  # a paste goes through the same limit
    return edit.text()


def _editor(view: QAbstractItemView) -> QLineEdit:
    editors = [e for e in view.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1, "one in-place editor is open"
    return editors[0]


def _answer_next_question(qtbot: Any, seen: list[int]) -> None:
    """When the next name question opens: type too much into it and press OK."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(20, answer)
            return
        edit = dialog.findChild(QLineEdit)
        assert edit is not None
        seen.append(edit.maxLength())
        edit.selectAll()
        type_text(edit, LONG)
        dialog.accept()

    QTimer.singleShot(0, answer)


def test_set_up_fields_stop_at_the_name_limit(window: MainWindow) -> None:
    window.show_setup()
    dialog = window.findChild(SetupDialog)
    assert isinstance(dialog, SetupDialog)
    controller = window.controller
    for edit in (dialog.title_edit, dialog.facilitator_edit):
        assert edit.maxLength() == model.MAX_NAME
        assert len(_typed(edit)) == model.MAX_NAME
        edit.editingFinished.emit()
    assert controller.data.workshop.title == "N" * model.MAX_NAME
    assert controller.data.workshop.facilitator == "N" * model.MAX_NAME

    assert len(_typed(dialog.team_name_edit)) == model.MAX_NAME
    press_key(dialog.team_name_edit, Qt.Key.Key_Return)
    assert max(len(t.name) for t in controller.data.teams) == model.MAX_NAME
    assert len(_typed(dialog.person_name_edit)) == model.MAX_NAME
    press_key(dialog.person_name_edit, Qt.Key.Key_Return)
    assert max(len(p.name) for p in controller.data.participants) == model.MAX_NAME

    # Renamed in place: the list's and the table's editors stop at the limit too.
    def rename_in_place(view: QAbstractItemView, start: Callable[[], None]) -> None:
        start()
        editor = _editor(view)
        assert editor.maxLength() == model.MAX_NAME
        editor.selectAll()
        type_text(editor, "R" * 250)
        assert editor.text() == "R" * model.MAX_NAME
        press_key(editor, Qt.Key.Key_Return)
        QApplication.processEvents()  # the delegate commits in a queued call

    rename_in_place(dialog.team_list, lambda: dialog.team_list.editItem(dialog.team_list.item(0)))
    assert any(t.name == "R" * model.MAX_NAME for t in controller.data.teams)
    table = dialog.people_table
    rename_in_place(table, lambda: table.editItem(table.item(0, 0)))
    assert any(p.name == "R" * model.MAX_NAME for p in controller.data.participants)
    dialog.close()


def test_board_titles_stop_at_the_name_limit(window: MainWindow) -> None:
    window.board_actions.rename_current()
    editor = _editor(window.board_list)
    assert editor.maxLength() == model.MAX_NAME
    editor.selectAll()
    type_text(editor, LONG)
    press_key(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits in a queued call
    assert [b.title for b in window.controller.data.boards] == ["N" * model.MAX_NAME]


def test_cluster_titles_and_authors_stop_at_the_name_limit(
    window: MainWindow, qtbot: Any
) -> None:
    controller = window.controller
    board = window.current_board_widget()
    assert isinstance(board, CaptureBoard)
    assert board.author_edit.maxLength() == model.MAX_NAME
    board_id = controller.data.boards[0].id
    for text in ("A", "B"):
        assert controller.edit("add", edits.add_note(controller.data, board_id, text))
    board.scene.select_notes([n.id for n in controller.data.notes])
    seen: list[int] = []
    _answer_next_question(qtbot, seen)
    assert board.create_cluster()
    (cluster,) = controller.data.clusters
    assert cluster.title == "N" * model.MAX_NAME
    _answer_next_question(qtbot, seen)
    board.rename_cluster(cluster.id)  # the same title: nothing to rename, but it was asked
    assert seen == [model.MAX_NAME, model.MAX_NAME]


def test_a_new_workshops_title_stops_at_the_name_limit(
    window: MainWindow, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "fresh.pointb"

    def chosen(*_args: Any, **_kwargs: Any) -> tuple[str, str]:
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", chosen)
    monkeypatch.setattr(MainWindow, "show_setup", lambda self: None)
    seen: list[int] = []
    _answer_next_question(qtbot, seen)
    window.ask_new_workshop()
    assert seen == [model.MAX_NAME]
    assert window.controller.data.workshop.title == "N" * model.MAX_NAME
    assert target.exists()


def test_every_name_field_uses_the_model_limit() -> None:
    from app.ui.name_fields import limit_name

    parent = QWidget()
    edit = limit_name(QLineEdit(parent))
    assert edit.maxLength() == model.MAX_NAME == 200
