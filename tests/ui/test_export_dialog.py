"""File > Export…: the dialog exports in the background, shows progress, errors and a preview."""

from __future__ import annotations

import errno
import time
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, QUrl
from PySide6.QtGui import QDesktopServices

from app import interchange
from app.domain import edits, model
from app.ui.export_dialog import KINDS, ExportDialog, board_ref
from app.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot: Any, qsettings: Path, workshop_path: Path) -> Any:
    win = MainWindow(settings=QSettings())
    qtbot.addWidget(win)
    win.show()
    assert win.open_path(workshop_path)
    data = win.controller.data
    board = next(b for b in data.boards if b.kind == model.BoardKind.CAPTURE)
    win.select_board(board.id)
    for text in ("Pay by QR code at the till", "Оплата по номеру телефона"):
        assert win.controller.edit("Add note", edits.add_note(win.controller.data, board.id, text))
    yield win
    win.controller.close()


def open_dialog(window: MainWindow, qtbot: Any) -> ExportDialog:
    window.export_action.trigger()  # File > Export… goes through the export_requested signal
    dialog = window.export_dialog
    assert isinstance(dialog, ExportDialog)
    assert dialog.isVisible() and not dialog.isModal()
    return dialog


def test_export_current_board_to_pdf_in_the_background(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    dialog = open_dialog(window, qtbot)
    values: list[int] = []
    dialog.progress_bar.valueChanged.connect(values.append)
    out = tmp_path / "exports" / "ideas.pdf"
    out.parent.mkdir()
    dialog.set_kind("board")
    dialog.set_target(out)
    started = time.perf_counter()
    assert dialog.start_export()
    # start_export only starts a worker: the UI thread is back at once.
    assert time.perf_counter() - started < 0.5
    assert dialog.running and not dialog.export_button.isEnabled()
    # The workshop may be edited while the export runs (it works on a deep copy).
    board_id = window.controller.current_board_id
    assert board_id is not None
    window.controller.edit("Add note", edits.add_note(window.controller.data, board_id, "Later"))
    qtbot.waitUntil(lambda: not dialog.running, timeout=30_000)
    assert dialog.last_error is None, dialog.status_label.text()
    assert out.is_file()
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(out).pages)
    assert "Pay by QR code at the till" in text  # the note wraps; words are joined back
    assert "Оплата по номеру телефона" in text
    assert "Later" not in text  # exported the workshop as it was when Export was pressed
    assert dialog.progress_bar.value() == 100 and 100 in values
    assert str(out) in dialog.status_label.text()
    assert dialog.open_folder_button.isVisible() and dialog.open_file_button.isVisible()
    assert dialog.export_button.isEnabled()
    assert not list(out.parent.glob("*.part"))


def test_open_the_folder_and_the_file(
    window: MainWindow, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog = open_dialog(window, qtbot)
    dialog.set_kind("ideas")
    out = tmp_path / "ideas.csv"
    dialog.set_target(out)
    assert dialog.start_export()
    qtbot.waitUntil(lambda: not dialog.running, timeout=10_000)
    assert "Pay by QR code at the till" in out.read_text(encoding="utf-8")
    dialog.open_folder_button.click()
    dialog.open_file_button.click()
    assert [u.toLocalFile() for u in opened] == [str(tmp_path), str(out)]


def test_a_read_only_folder_shows_the_error_and_writes_nothing(
    window: MainWindow, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app import files

    # Tests run as root, which chmod does not stop: refuse the temporary file instead,
    # as a read-only folder would (the export always writes beside the target first).
    def refuse(*_args: object, **_kwargs: object) -> tuple[int, str]:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(files.tempfile, "mkstemp", refuse)
    dialog = open_dialog(window, qtbot)
    dialog.set_kind("report")
    out = tmp_path / "locked" / "report.pdf"
    out.parent.mkdir()
    dialog.set_target(out)
    assert dialog.start_export()
    qtbot.waitUntil(lambda: not dialog.running, timeout=30_000)
    assert dialog.last_error == "Permission denied"
    message = dialog.status_label.text()
    assert dialog.status_label.isVisible()
    assert str(out) in message and "Permission denied" in message
    assert not dialog.progress_bar.isVisible()
    assert not dialog.open_folder_button.isVisible()
    assert list(out.parent.iterdir()) == []
    assert dialog.export_button.isEnabled()  # the facilitator can choose another folder


def test_a_missing_folder_is_refused_before_starting(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    dialog = open_dialog(window, qtbot)
    out = tmp_path / "no-such-folder" / "x.pdf"
    dialog.set_target(out)
    assert not dialog.start_export()
    assert str(out) in dialog.status_label.text()
    assert not out.parent.exists()


def test_the_preview_shows_the_first_page(window: MainWindow, qtbot: Any) -> None:
    dialog = open_dialog(window, qtbot)
    qtbot.waitUntil(dialog.preview_ready, timeout=20_000)
    image = dialog.preview_image()
    assert not image.isNull()
    assert image.width() > image.height()  # A3 landscape
    dialog.portrait_radio.setChecked(True)
    dialog.refresh_preview()
    qtbot.waitUntil(
        lambda: (
            dialog.preview_ready()
            and dialog.preview_image().height() > dialog.preview_image().width()
        ),
        timeout=20_000,
    )
    # Data exports preview the start of the file as text.
    dialog.set_kind("ideas")
    dialog.refresh_preview()
    qtbot.waitUntil(lambda: "Pay by QR code" in dialog.preview_text.toPlainText(), timeout=10_000)
    assert dialog.preview_stack.currentWidget() is dialog.preview_text


def test_choices_follow_the_kind_of_export(window: MainWindow, qtbot: Any) -> None:
    dialog = open_dialog(window, qtbot)
    keys = [kind.key for kind in KINDS]
    assert keys[:5] == ["board", "all", "report", "png", "json"]
    assert ("candidates" in keys) == ("candidates" in interchange.EXTRA_CSV)
    assert dialog.page_combo.currentText() == "A3"
    sizes = [dialog.page_combo.itemText(i) for i in range(dialog.page_combo.count())]
    assert sizes == ["A4", "A3", "A2", "A1", "A0", "Letter", "Tabloid"]
    dialog.set_kind("png")
    assert dialog.target().suffix == ".png"
    assert dialog.dpi_combo.isVisibleTo(dialog) and not dialog.tile_check.isVisibleTo(dialog)
    assert dialog.dpi() == 150
    dialog.set_dpi(300)
    assert dialog.options().dpi == 300
    assert "4,961 × 3,508" in dialog.pixels_label.text()  # A3 landscape at 300 dpi
    dialog.set_kind("all")
    assert dialog.target().suffix == ".pdf" and dialog.tile_check.isVisibleTo(dialog)
    assert not dialog.board_combo.isEnabled()
    dialog.set_kind("json")
    assert dialog.target().suffix == ".json" and not dialog.paper_box.isEnabled()
    options = dialog.options()
    assert options.kind == "json"


def test_board_reference_is_unambiguous(window: MainWindow) -> None:
    data = window.controller.data
    first = data.boards[0]
    pairs = edits.add_board(data, model.BoardKind.CAPTURE, first.title)  # same title twice
    assert window.controller.edit("Add board", pairs)
    data = window.controller.data
    twin = max(data.boards, key=lambda b: b.id)
    ref = board_ref(data, twin.id)
    found = interchange._find_board(sorted(data.boards, key=lambda b: b.position), ref)
    assert found is not None and found.id == twin.id
