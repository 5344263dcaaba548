"""The presenter window: it follows the console, blanks, freezes, hides text face down."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFontInfo, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QTabBar,
    QWidget,
)

from app.domain import edits, model
from app.domain.agenda import Agenda, AgendaStep
from app.ui.board.capture import CaptureBoard
from app.ui.exercises.reverse import ReverseBoardWidget
from app.ui.main_window import MainWindow
from app.ui.presenter import (
    PresenterWindow,
    pick_projector_screen,
    team_counts,
    windowed_geometry,
)
from app.ui.projector.capture_wall import CaptureWall
from app.ui.room import Room
from app.ui.shortcuts import ShortcutsDialog
from tests.ui.helpers import press_key

AGENDA = Agenda(
    key="t",
    name_en="Test agenda",
    name_ru="Тест",
    steps=(
        AgendaStep("talk", "Welcome", "Знакомство", "Say hello to the room.", "Поздоровайтесь.", 5),
        AgendaStep(
            "capture", "Silent writing", "Пишем молча", "One idea per note.", "Одна идея.", 8
        ),
    ),
)


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def window(window_on_workshop: MainWindow) -> MainWindow:
    return window_on_workshop


def add_notes(window: MainWindow, texts: list[str], team_id: int | None = None) -> list[int]:
    controller = window.controller
    board_id = controller.data.boards[0].id
    ids = []
    for text in texts:
        data = controller.data
        x, y = edits.next_note_position(data, board_id)
        assert controller.edit(
            "add", edits.add_note(data, board_id, text, x=x, y=y, team_id=team_id)
        )
        ids.append(max(n.id for n in controller.data.notes))
    return ids


def open_presenter(qtbot: Any, window: MainWindow) -> PresenterWindow:
    room: Room = window.room
    room.presenter_action.trigger()
    presenter = room.presenter
    assert presenter is not None
    presenter.resize(1920, 1080)
    qtbot.waitExposed(presenter)
    qtbot.wait(10)
    presenter.sync_view()
    return presenter


def capture_board(window: MainWindow) -> CaptureBoard:
    widget = window.current_board_widget()
    assert isinstance(widget, CaptureBoard)
    return widget


def image_of(widget: QWidget) -> QImage:
    return widget.grab().toImage()


def dark_share(image: QImage, step: int = 40) -> float:
    dark = total = 0
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            total += 1
            dark += QColor(image.pixel(x, y)).lightness() < 20
    return dark / max(1, total)


def test_presenter_is_a_plain_window_on_one_screen_and_shares_the_board(
    qtbot: Any, window: MainWindow
) -> None:
    add_notes(window, ["Pay by QR code", "Оплата по ссылке"])
    window.room.presenter_action.trigger()
    presenter = window.room.presenter
    assert presenter is not None
    qtbot.waitExposed(presenter)
    assert presenter.isVisible() and not presenter.isFullScreen()  # one screen: a window
    # It leaves the console's left side free, in the projector's 16:9 shape.
    screen = window.screen().availableGeometry()
    frame = presenter.geometry()
    assert screen.contains(frame) and frame.left() > screen.left() + screen.width() // 3
    assert abs(frame.width() * 9 - frame.height() * 16) <= 16
    assert window.room.presenter_action.isChecked()
    assert presenter.findChildren(type(window.menuBar())) == []  # no menus or toolbars
    board = capture_board(window)
    view = presenter.stack.currentWidget()
    assert isinstance(view, CaptureWall) and view.scene is board.scene  # the console's notes
    # F11 (or a double click) takes it full screen for a projector mirroring the laptop.
    presenter.full_screen_action.trigger()
    qtbot.waitUntil(presenter.isFullScreen)
    presenter.full_screen_action.trigger()
    qtbot.waitUntil(lambda: not presenter.isFullScreen())
    # Closing the presenter unticks the menu item.
    presenter.close()
    assert not window.room.presenter_action.isChecked()


@pytest.mark.parametrize(("width", "height"), [(1366, 740), (1280, 690), (1920, 1050),
                                               (2560, 1400), (800, 560)])
def test_a_projector_window_on_the_consoles_screen_leaves_the_console_free(
    width: int, height: int
) -> None:
    available = QRect(0, 28, width, height)  # below a top panel
    frame = windowed_geometry(available)
    assert available.contains(frame)
    assert frame.width() <= 1280 and frame.width() <= width * 0.6 + 1
    assert abs(frame.width() * 9 - frame.height() * 16) <= 16  # the projector's shape
    assert frame.right() == available.right() - 16  # the bottom-right corner
    assert frame.bottom() == available.bottom() - 16


def test_projector_screen_is_another_screen_when_there_is_one() -> None:
    class Screen:
        def __init__(self, width: int, height: int) -> None:
            self.rect = QRect(0, 0, width, height)

        def geometry(self) -> QRect:
            return self.rect

    laptop, projector, tablet = Screen(1920, 1200), Screen(1920, 1080), Screen(800, 600)
    assert pick_projector_screen([laptop], laptop) is None  # type: ignore[list-item]
    assert pick_projector_screen([laptop, projector], laptop) is projector  # type: ignore[list-item]
    assert pick_projector_screen([tablet, laptop, projector], laptop) is projector  # type: ignore[list-item]


def assert_shows_what_the_console_shows(board: CaptureBoard, view: CaptureWall) -> None:
    """Every note whole in the console's view is on the wall, whole and inside it."""
    console_area = board.view.mapToScene(board.view.viewport().rect()).boundingRect()
    shown = view.note_rects()
    for note_id, item in board.scene.notes.items():
        if console_area.contains(item.sceneBoundingRect()):
            assert note_id in shown, item.note.text
            assert view.rect().toRectF().contains(shown[note_id]), item.note.text


def test_presenter_follows_the_console_view_and_board(qtbot: Any, window: MainWindow) -> None:
    add_notes(window, [f"Idea {n}" for n in range(30)])
    presenter = open_presenter(qtbot, window)
    board = capture_board(window)
    board.view.reset_zoom()
    board.view.centerOn(900.0, 400.0)
    qtbot.wait(10)
    presenter.sync_view()
    view = presenter.stack.currentWidget()
    assert isinstance(view, CaptureWall)
    # Every note the console shows is whole on the projector (nothing cropped).
    close_up = view.shown_body_px()
    assert_shows_what_the_console_shows(board, view)
    # Zooming out on the console zooms out on the projector.
    board.view.set_scale(0.3)
    board.view.centerOn(500.0, 300.0)
    qtbot.wait(10)
    presenter.sync_view()
    assert view.shown_body_px() <= close_up
    assert_shows_what_the_console_shows(board, view)
    # A second board: the presenter follows the facilitator there.
    assert window.add_capture_board("Second wall")
    second = window.controller.current_board_id
    view2 = presenter.stack.currentWidget()
    assert isinstance(view2, CaptureWall)
    assert view2.scene is capture_board(window).scene
    assert presenter.board_id == second


def test_text_on_the_projector_is_at_least_28_px(qtbot: Any, window: MainWindow) -> None:
    window.room.agenda_panel.set_agenda(AGENDA, 0)
    [note_id] = add_notes(window, ["A long note about paying the loan back at the post office"])
    presenter = open_presenter(qtbot, window)
    board = capture_board(window)
    board.view.reset_zoom()  # the default zoom
    qtbot.wait(10)
    presenter.sync_view()
    for label in (presenter.title_label, presenter.instructions_label, presenter.step_label):
        assert label.isVisible()
        assert QFontInfo(label.font()).pixelSize() >= 28, label.objectName()
    wall = presenter.current_wall()
    assert wall is not None and note_id in wall.note_rects()
    assert wall.shown_body_px() >= 28
    assert QFontInfo(presenter.timer_display.font()).pixelSize() >= 60


def test_blank_and_freeze(qtbot: Any, window: MainWindow) -> None:
    add_notes(window, ["First idea"])
    presenter = open_presenter(qtbot, window)
    room = window.room
    assert dark_share(image_of(presenter)) < 0.5
    # B on the console blanks the projector; B again shows it.
    board = capture_board(window)
    board.view.setFocus()
    press_key(board.view, Qt.Key.Key_B)
    assert presenter.blanked, "B on the console's board blanks the projector"
    assert presenter.blanked and room.blank_action.isChecked()
    assert dark_share(image_of(presenter)) > 0.95
    assert "blank" in room.agenda_panel.projector_label.text()
    room.blank_action.trigger()
    assert not presenter.blanked and dark_share(image_of(presenter)) < 0.5
    # F freezes the picture: new notes do not appear until F again.
    before = image_of(presenter)
    room.freeze_action.trigger()
    assert presenter.frozen and room.freeze_action.isChecked()
    add_notes(window, [f"Rearranged {n}" for n in range(8)])
    qtbot.wait(10)
    assert image_of(presenter) == before
    room.freeze_action.trigger()
    qtbot.wait(10)
    assert not presenter.frozen and image_of(presenter) != before
    # Typing "b" into the capture field types it; it does not blank the projector.
    board.capture_edit.setFocus()
    qtbot.keyClicks(board.capture_edit, "bf")
    assert board.capture_edit.text() == "bf"
    assert not presenter.blanked and not presenter.frozen


def test_face_down_shows_only_counts_until_reveal(qtbot: Any, window: MainWindow) -> None:
    data = window.controller.data
    ravens, foxes = (t.id for t in data.teams)
    add_notes(window, ["Secret raven idea", "Another raven idea"], ravens)
    add_notes(window, ["Secret fox idea"], foxes)
    add_notes(window, ["Secret lone idea"])
    presenter = open_presenter(qtbot, window)
    room = window.room
    room.face_down_action.trigger()
    assert presenter.face_down and room.reveal_action.isEnabled()
    assert presenter.stack.currentWidget() is presenter.counts_page
    assert team_counts(window.controller.data, presenter.board_id or 0) == [
        ("Ravens", "#81D4FA", 2),
        ("Foxes", "#FFAB91", 1),
        ("", model.DEFAULT_NOTE_COLOR, 1),
    ]
    shown = [
        label.text() for label in presenter.findChildren(QLabel) if label.isVisibleTo(presenter)
    ]
    assert not any("Secret" in text for text in shown)
    assert {"2", "1"} <= set(shown) and "Ravens" in shown
    # A new note while writing: the count goes up, the text stays hidden.
    add_notes(window, ["Secret late idea"], foxes)
    assert [count for _name, _color, count in presenter.counts_page.counts] == [2, 2, 1]
    # Reveal: the board with the notes is back.
    room.reveal_action.trigger()
    assert not presenter.face_down and not room.face_down_action.isChecked()
    assert isinstance(presenter.stack.currentWidget(), CaptureWall)


def test_agenda_step_and_timer_follow_on_the_projector(qtbot: Any, window: MainWindow) -> None:
    room = window.room
    clock = FakeClock()
    room.agenda_panel.timer.countdown._clock = clock  # the fake clock: no real waiting
    room.agenda_panel.set_agenda(AGENDA, 0)
    presenter = open_presenter(qtbot, window)
    assert presenter.title_label.text() == "Welcome"
    assert presenter.instructions_label.text() == "Say hello to the room."
    assert presenter.timer_display.text() == "05:00"
    room.next_step_action.trigger()
    assert presenter.title_label.text() == "Silent writing"
    assert presenter.step_label.text() == "Step 2 of 2"
    assert presenter.timer_display.text() == "08:00"
    room.timer_action.trigger()  # start
    clock.now += 7 * 60 + 30
    room.agenda_panel.timer.poll()
    presenter.timer_display.refresh()
    assert presenter.timer_display.text() == "00:30"
    assert presenter.timer_display.state == "last-minute"
    normal_style = "transparent"
    assert normal_style not in presenter.timer_display.styleSheet()
    clock.now += 31
    presenter.timer_display.refresh()  # reading the time does not eat the chime event
    assert presenter.timer_display.state == "finished"
    room.agenda_panel.chime.player = lambda path: True
    room.agenda_panel.timer.poll()
    assert room.agenda_panel.chime.played == 1


def test_exercise_boards_use_their_projector_mode(qtbot: Any, window: MainWindow) -> None:
    data = window.controller.data
    assert window.controller.edit(
        "board", edits.add_board(data, model.BoardKind.REVERSE, "Good / bad")
    )
    board_id = max(b.id for b in window.controller.data.boards)
    presenter = open_presenter(qtbot, window)
    window.select_board(board_id)
    shown = presenter.stack.currentWidget()
    assert isinstance(shown, ReverseBoardWidget) and shown.projector_mode
    assert shown is not window.board_widgets[board_id]


def test_room_menu_shortcuts_are_listed(qtbot: Any, window: MainWindow) -> None:
    room = window.room
    keys = {
        room.presenter_action: "F5",
        room.blank_action: "B",
        room.freeze_action: "F",
        room.face_down_action: "Ctrl+Shift+D",
        room.timer_action: "Ctrl+T",
        room.ui_larger_action: "Ctrl+Alt+=",
    }
    for action, key in keys.items():
        assert action.shortcut().toString() == key
    dialog = ShortcutsDialog(window.menuBar(), window)
    qtbot.addWidget(dialog)
    listed = {row[2] for row in dialog.rows}
    assert {"F5", "B", "F", "Ctrl+Shift+D", "Ctrl+Alt+-"} <= {
        part.strip() for keys_text in listed for part in keys_text.split(",")
    }


def test_preferences_themes_and_interface_zoom(qtbot: Any, window: MainWindow) -> None:
    from app.ui import theme
    from app.ui.preferences import Preferences, PreferencesDialog

    room = window.room
    presenter = open_presenter(qtbot, window)
    body = QFontInfo(presenter.instructions_label.font()).pixelSize()
    try:
        room.ui_larger_action.trigger()  # Ctrl+Alt+=: the whole interface, projector too
        assert theme.current_zoom() == 1.0 + theme.ZOOM_STEP
        assert QFontInfo(presenter.instructions_label.font()).pixelSize() > body
        assert Preferences.load(window.settings).zoom == theme.current_zoom()
        dialog = room.show_preferences()
        assert isinstance(dialog, PreferencesDialog)
        dialog.theme_combo.setCurrentIndex(1)  # high contrast console
        dialog.projector_combo.setCurrentIndex(1)  # normal projector
        dialog.sound_check.setChecked(False)
        dialog.accept()
        saved = Preferences.load(window.settings)
        assert saved.high_contrast and not saved.projector_high_contrast and not saved.sound
        assert theme.is_high_contrast() and not presenter.high_contrast
        assert not room.agenda_panel.chime.enabled
    finally:
        room.ui_reset_action.trigger()
        room.apply_preferences(Preferences())
    assert theme.current_zoom() == 1.0 and not theme.is_high_contrast()


def test_a_deleted_board_leaves_no_stale_picture(qtbot: Any, window: MainWindow) -> None:
    presenter = open_presenter(qtbot, window)
    assert window.add_capture_board("Temporary")
    temporary = window.controller.current_board_id
    first_scene = capture_board(window).scene
    window.controller.undo_stack.undo()  # the board goes away
    qtbot.wait(10)
    assert temporary not in presenter.mirrors
    assert window.add_capture_board("Again")  # may reuse the id
    qtbot.wait(10)
    view = presenter.stack.currentWidget()
    assert isinstance(view, CaptureWall)
    assert view.scene is capture_board(window).scene
    assert view.scene is not first_scene
    presenter.sync_view()


def test_fitted_demo_board_on_a_1080p_projector(qtbot: Any, qsettings: Any, tmp_path: Any) -> None:
    """The demo's capture board fitted on the console: the projector at 1920×1080 shows
    every note whole, without the console's selection outline, and its note text is
    measured on the rendered picture."""
    from PySide6.QtCore import QSettings

    from app.demo import write_demo

    window = MainWindow(settings=QSettings())
    qtbot.addWidget(window)
    window.resize(1366, 736)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_path(write_demo(tmp_path / "demo.pointb", "en"))
    try:
        board = capture_board(window)
        board.fit()
        presenter = open_presenter(qtbot, window)
        view = presenter.stack.currentWidget()
        assert isinstance(view, CaptureWall)
        assert_shows_what_the_console_shows(board, view)
        assert len(view.note_rects()) == len(board.scene.notes)  # fitted: every note
        items = list(board.scene.notes.values())
        # The facilitator's selection shows on the console only.
        first = items[0]
        board.scene.select_notes([first.note_id])
        qtbot.wait(10)
        rect = view.note_rects()[first.note_id].toRect()
        edge = view.grab(rect.adjusted(-3, -3, 3, 3)).toImage()
        accent = QColor("#2563EB")
        assert not any(
            QColor(edge.pixel(x, 2)).rgb() == accent.rgb() for x in range(edge.width())
        )
        # No console control on the projector: no fields, lists, tabs or buttons.
        kinds = (QLineEdit, QComboBox, QTabBar, QAbstractButton)
        controls = [w for w in presenter.findChildren(QWidget) if isinstance(w, kinds)]
        assert [c for c in controls if c.isVisible()] == []
    finally:
        if window.room.presenter is not None:
            window.room.presenter.close()
        window.controller.close()


def test_prioritisation_on_the_projector_is_a_ranked_list_in_large_type(
    qtbot: Any, qsettings: Any, tmp_path: Any
) -> None:
    from PySide6.QtCore import QSettings

    from app.demo import write_demo
    from app.domain import prioritise_flow
    from app.ui.exercises.prioritise_projector import PrioritiseProjectorView

    window = MainWindow(settings=QSettings())
    qtbot.addWidget(window)
    window.resize(1366, 736)
    window.show()
    assert window.open_path(write_demo(tmp_path / "demo.pointb", "ru"))
    try:
        presenter = open_presenter(qtbot, window)
        board = next(
            b for b in window.controller.data.boards if b.kind == model.BoardKind.PRIORITISE
        )
        window.select_board(board.id)
        qtbot.wait(10)
        shown = presenter.stack.currentWidget()
        assert isinstance(shown, PrioritiseProjectorView)
        summary = prioritise_flow.board_summary(window.controller.data, board.id)
        by_dots = sorted(summary.candidates, key=lambda c: (-summary.votes[c.id], c.id))
        assert shown.shown_texts() == [c.text for c in by_dots][:10]  # the first stage
        best = by_dots
        kinds = (QLineEdit, QComboBox, QTabBar, QAbstractButton)
        assert not [w for w in shown.findChildren(QWidget) if isinstance(w, kinds)]
        sizes = [QFontInfo(label.font()).pixelSize() for label in shown.findChildren(QLabel)]
        assert min(sizes) >= 28
        # It follows the console: a renamed candidate shows on the wall at once.
        renamed = best[0]
        assert window.controller.edit(
            "rename",
            prioritise_flow.rename_candidate(window.controller.data, renamed.id, "Оплата по QR"),
        )
        assert shown.shown_texts()[0] == "Оплата по QR"
    finally:
        if window.room.presenter is not None:
            window.room.presenter.close()
        window.controller.close()


def test_value_board_on_the_projector_shows_heroes_and_statements(
    qtbot: Any, qsettings: Any, tmp_path: Any
) -> None:
    from PySide6.QtCore import QSettings

    from app.demo import write_demo
    from app.ui.exercises.value_prop_projector import ValueProjectorView

    window = MainWindow(settings=QSettings())
    qtbot.addWidget(window)
    window.resize(1366, 736)
    window.show()
    assert window.open_path(write_demo(tmp_path / "demo.pointb", "en"))
    try:
        presenter = open_presenter(qtbot, window)
        board = next(b for b in window.controller.data.boards if b.kind == model.BoardKind.VALUE)
        window.select_board(board.id)
        qtbot.wait(10)
        shown = presenter.stack.currentWidget()
        assert isinstance(shown, ValueProjectorView)
        canvases = window.controller.data.canvases
        assert shown.blocks and shown.blocks[0][2] == canvases[0].statement.strip()
        assert "Hero:" in shown.blocks[0][1] or "No hero" in shown.blocks[0][1]
        kinds = (QLineEdit, QComboBox, QTabBar, QAbstractButton)
        assert not [w for w in shown.findChildren(QWidget) if isinstance(w, kinds)]
        sizes = [QFontInfo(label.font()).pixelSize() for label in shown.findChildren(QLabel)]
        assert min(sizes) >= 28
    finally:
        if window.room.presenter is not None:
            window.room.presenter.close()
        window.controller.close()
