"""The room: everything the facilitator drives while the room works, on the main window.

The main window builds one `Room` (`MainWindow.room`); it adds the agenda dock, the Room
menu (projector, blank, freeze, face-down mode, the step timer and steps, photos, phones),
UI zoom in the View menu and Preferences, and opens the presenter window
(`app.ui.presenter.PresenterWindow`) on the projector. Photos and the voter keys of each
board are attached by the board registry (`app.ui.board.registry`), not here.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDockWidget, QMenu, QWidget

from app.domain import agenda as rules
from app.domain import model
from app.ui import theme
from app.ui.agenda_panel import AgendaPanel
from app.ui.board.capture import CaptureBoard
from app.ui.controller import Controller
from app.ui.fit import scrolling
from app.ui.preferences import Preferences, PreferencesDialog
from app.ui.presenter import PresenterWindow
from app.ui.step_flow import StepFlow
from app.ui.vote_reveal import VoteReveal

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow  # the window builds the room
    from app.ui.room_join import PhonesFeature  # imported when first used: no thread before


class Room(QObject):
    """Everything "in the room" on a main window: the agenda dock, the Room menu, the
    presenter window, UI zoom and Preferences."""

    def __init__(self, window: MainWindow, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(window)
        self.window = window
        self.controller: Controller = window.controller
        self.settings: QSettings = window.settings
        self.prefs = Preferences.load(self.settings)
        self.presenter: PresenterWindow | None = None
        self.phones: PhonesFeature | None = None  # Room > Let the room join, once used
        if (
            self.prefs.high_contrast != theme.is_high_contrast()
            or abs(self.prefs.zoom - theme.current_zoom()) > 1e-6
        ):
            app = QApplication.instance()
            if isinstance(app, QApplication):
                theme.apply(app, high_contrast=self.prefs.high_contrast, zoom=self.prefs.zoom)

        self.agenda_panel = AgendaPanel(self.controller, clock=clock)
        self.agenda_panel.chime.enabled = self.prefs.sound
        self.agenda_dock = QDockWidget(self.tr("Agenda"), window)
        self.agenda_dock.setObjectName("agendaDock")
        # The panel scrolls rather than making the window taller than a small screen.
        self.agenda_dock.setWidget(scrolling(self.agenda_panel, horizontal=False))
        self.agenda_dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
        )
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.agenda_dock)
        window.resizeDocks([self.agenda_dock], [310], Qt.Orientation.Horizontal)
        self.agenda_panel.current_changed.connect(self._agenda_moved)
        # One step system: the agenda's step drives the board and its stage (app.ui.step_flow).
        self.step_flow = StepFlow(window, self.controller, self.agenda_panel, self)
        self.vote_reveal = VoteReveal(self.controller, lambda: self.presenter, self)
        self.vote_reveal.hiding_changed.connect(lambda: self._update_projector_actions())

        self._build_menu()
        self._build_view_actions()
        self._build_preferences_action()
        self.controller.file_replaced.connect(self._file_replaced)
        self._file_replaced()

    # --- menus -----------------------------------------------------------------------------
    def _action(
        self,
        menu: QMenu,
        text: str,
        slot: Callable[[], object],
        shortcut: str | list[str] | None = None,
        checkable: bool = False,
    ) -> QAction:
        action = QAction(text, self.window)
        if isinstance(shortcut, list):
            action.setShortcuts([QKeySequence(k) for k in shortcut])
        elif shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menu(self) -> None:
        bar = self.window.menuBar()
        menu = QMenu(self.tr("&Room"), bar)
        self.menu = menu
        actions = bar.actions()
        if actions:
            bar.insertMenu(actions[-1], menu)  # before Help
        else:
            bar.addMenu(menu)
        self.presenter_action = self._action(
            menu, self.tr("&Presenter window"), self.toggle_presenter, "F5", checkable=True
        )
        self.blank_action = self._action(
            menu, self.tr("&Blank the projector"), self.toggle_blank, "B", checkable=True
        )
        self.freeze_action = self._action(
            menu, self.tr("&Freeze the projector"), self.toggle_freeze, "F", checkable=True
        )
        self.face_down_action = self._action(
            menu,
            self.tr("Face-&down mode (silent writing)"),
            self.toggle_face_down,
            "Ctrl+Shift+D",
            checkable=True,
        )
        self.reveal_action = self._action(
            menu, self.tr("&Reveal the notes"), self.reveal, "Ctrl+Shift+R"
        )
        self.reveal_votes_action = self._action(
            menu, self.tr("Reveal the &votes"), self.vote_reveal.reveal, "R"
        )
        menu.addSeparator()
        self.timer_action = self._action(
            menu, self.tr("Start / pause the &timer"), self.agenda_panel.timer.toggle, "Ctrl+T"
        )
        self.plus_one_action = self._action(
            menu, self.tr("Add one minute"), lambda: self.agenda_panel.timer.add_minutes(1)
        )
        self.plus_five_action = self._action(
            menu, self.tr("Add five minutes"), lambda: self.agenda_panel.timer.add_minutes(5)
        )
        self.reset_timer_action = self._action(
            menu, self.tr("Reset the timer"), self.agenda_panel.timer.reset
        )
        menu.addSeparator()
        self.next_step_action = self._action(
            menu, self.tr("&Next step"), self.agenda_panel.next_step, "Ctrl+Shift+Right"
        )
        self.previous_step_action = self._action(
            menu, self.tr("Pre&vious step"), self.agenda_panel.previous_step, "Ctrl+Shift+Left"
        )
        self.choose_agenda_action = self._action(
            menu, self.tr("Choose an &agenda…"), self.agenda_panel.ask_template
        )
        self.show_agenda_action = self.agenda_dock.toggleViewAction()
        self.show_agenda_action.setText(self.tr("Show the a&genda"))
        self.show_agenda_action.setShortcut(QKeySequence("Ctrl+Shift+A"))
        menu.addAction(self.show_agenda_action)
        menu.addSeparator()
        self.insert_photo_action = self._action(
            menu, self.tr("Insert &photos…"), self.insert_photos, "Ctrl+Shift+I"
        )
        self.join_action = self._action(menu, self.tr("Let the room &join…"), self.let_room_join)
        # The projector keys also work while the presenter window has the focus.
        self.room_actions = [
            self.presenter_action,
            self.blank_action,
            self.freeze_action,
            self.face_down_action,
            self.reveal_action,
            self.reveal_votes_action,
            self.timer_action,
            self.next_step_action,
            self.previous_step_action,
        ]
        self.window.workshop_actions.extend(
            [
                *self.room_actions,
                self.plus_one_action,
                self.plus_five_action,
                self.reset_timer_action,
                self.choose_agenda_action,
                self.insert_photo_action,
                self.join_action,
            ]
        )
        self._update_projector_actions()

    def _menu_with(self, action: QAction) -> QMenu | None:
        for top in self.window.menuBar().actions():
            menu = top.menu()
            if isinstance(menu, QMenu) and action in menu.actions():
                return menu
        return None

    def _build_view_actions(self) -> None:
        view_menu = self._menu_with(self.window.zoom_in_action) or self.menu
        view_menu.addSeparator()
        # Ctrl+= / Ctrl+- zoom the board; Ctrl+Alt zooms the whole interface.
        self.ui_larger_action = self._action(
            view_menu,
            self.tr("&Larger interface"),
            lambda: self.set_ui_zoom(theme.current_zoom() + theme.ZOOM_STEP),
            ["Ctrl+Alt+=", "Ctrl+Alt++"],
        )
        self.ui_smaller_action = self._action(
            view_menu,
            self.tr("S&maller interface"),
            lambda: self.set_ui_zoom(theme.current_zoom() - theme.ZOOM_STEP),
            "Ctrl+Alt+-",
        )
        self.ui_reset_action = self._action(
            view_menu, self.tr("Normal interface size"), lambda: self.set_ui_zoom(1.0), "Ctrl+Alt+0"
        )

    def _build_preferences_action(self) -> None:
        edit_menu = self._menu_with(self.window.undo_action) or self.menu
        edit_menu.addSeparator()
        self.preferences_action = self._action(
            edit_menu, self.tr("&Preferences…"), self.show_preferences
        )
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)

    # --- state -----------------------------------------------------------------------------
    def _file_replaced(self) -> None:
        has_file = self.controller.file is not None
        self.agenda_dock.setVisible(has_file)
        if not has_file and self.presenter is not None:
            self.presenter.set_face_down(False)
            self.face_down_action.setChecked(False)
        self._update_projector_actions()

    def _agenda_moved(self) -> None:
        if self.presenter is not None:
            self.presenter.refresh_header()

    def _update_projector_actions(self, shown: bool | None = None) -> None:
        on = self.presenter is not None and self.presenter.isVisible() if shown is None else shown
        self.presenter_action.setChecked(on)
        self.reveal_action.setEnabled(self.face_down_action.isChecked())
        status = []
        if self.presenter is not None and on:
            if self.presenter.blanked:
                status.append(self.tr("The projector is blank (B shows it again)."))
            if self.presenter.frozen:
                status.append(self.tr("The projector is frozen (F follows again)."))
            if self.presenter.face_down:
                status.append(self.tr("Face-down mode: the room sees only counts."))
            if self.vote_reveal.hiding:
                status.append(self.tr("The projector hides the vote totals (R reveals them)."))
        self.agenda_panel.set_projector_status("\n".join(status))

    # --- projector -------------------------------------------------------------------------
    def ensure_presenter(self) -> PresenterWindow:
        if self.presenter is None:
            presenter = PresenterWindow(
                self.controller,
                self.window.board_widget,
                self.agenda_panel.countdown,
                high_contrast=self.prefs.projector_high_contrast,
            )
            presenter.addActions(self.room_actions)
            presenter.closed.connect(self._presenter_closed)
            presenter.stack.currentChanged.connect(lambda _index: self.vote_reveal.refresh())
            self.presenter = presenter
        return self.presenter

    def toggle_presenter(self) -> None:
        presenter = self.ensure_presenter()
        if presenter.isVisible():
            presenter.close()
        else:
            presenter.set_face_down(self.face_down_action.isChecked())
            presenter.show_on_projector(self.window)
            # The first board page is added before it is listed as a mirror, so hide the
            # totals of a vote step now that the projector shows it.
            self.vote_reveal.refresh()
            self.window.activateWindow()  # the keyboard stays on the console
        self._update_projector_actions()

    def close_presenter(self) -> None:
        """Close the projector window (the console is quitting)."""
        if self.presenter is not None:
            self.presenter.close()

    def _presenter_closed(self) -> None:
        self.blank_action.setChecked(False)
        self.freeze_action.setChecked(False)
        if self.presenter is not None:
            self.presenter.set_blanked(False)
            self.presenter.set_frozen(False)
        self._update_projector_actions(shown=False)  # still visible inside closeEvent

    def toggle_blank(self) -> None:
        presenter = self.ensure_presenter()
        self.blank_action.setChecked(presenter.toggle_blank())
        self._update_projector_actions()

    def toggle_freeze(self) -> None:
        presenter = self.ensure_presenter()
        self.freeze_action.setChecked(presenter.toggle_freeze())
        self._update_projector_actions()

    def toggle_face_down(self) -> None:
        on = self.face_down_action.isChecked()
        self.ensure_presenter().set_face_down(on)
        self._update_projector_actions()

    def reveal(self) -> None:
        self.face_down_action.setChecked(False)
        self.ensure_presenter().set_face_down(False)
        self._update_projector_actions()

    # --- phones (app.ui.room_join) --------------------------------------------------------
    def let_room_join(self) -> QWidget | None:
        from app.ui.room_join import PhonesFeature

        if self.phones is None:
            self.phones = PhonesFeature(self.controller, self.window, self._shown_presenter)
        return self.phones.open()

    def _shown_presenter(self) -> PresenterWindow:
        if self.presenter is None or not self.presenter.isVisible():
            self.toggle_presenter()
        return self.ensure_presenter()

    # --- photos, zoom, preferences ---------------------------------------------------------
    def insert_photos(self) -> None:
        layer = self.window.current_photos()  # the capture wall, or an exercise's photo panel
        if layer is None:
            self.controller.error.emit(self.tr("Photos can be placed on idea boards."))
            return
        layer.ask_insert()

    def set_ui_zoom(self, zoom: float) -> None:
        zoom = theme.clamp_zoom(zoom)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply(app, zoom=zoom)
        self.prefs.zoom = zoom
        self.prefs.save(self.settings)
        if self.presenter is not None:
            self.presenter.apply_theme(self.prefs.projector_high_contrast)

    def apply_preferences(self, prefs: Preferences) -> None:
        self.prefs = prefs
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply(app, high_contrast=prefs.high_contrast, zoom=prefs.zoom)
        self.agenda_panel.chime.enabled = prefs.sound
        if self.presenter is not None:
            self.presenter.apply_theme(prefs.projector_high_contrast)

    def show_preferences(self) -> QWidget:
        dialog = PreferencesDialog(self.prefs, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.applied.connect(self._preferences_applied)
        dialog.open()
        self.last_dialog = dialog
        return dialog

    def _preferences_applied(self, prefs: Preferences) -> None:
        prefs.save(self.settings)
        self.apply_preferences(prefs)


def room_screenshots(window: MainWindow, outdir: Path, language: str) -> list[Path]:
    """console-<lang>.png and presenter-<lang>.png for the docs (the demo must be open).

    The room is mid-exercise: the "Share and cluster" step of the ideas-to-MVP agenda on
    the demo's capture board, its timer running, the console at 100% zoom and the
    projector at 1920x1080 following it.
    """
    room = window.room
    controller = window.controller
    agendas, _errors = rules.load_templates([rules.bundled_templates_dir()])
    chosen = next((a for a in agendas if a.key == "ideas-to-mvp"), agendas[0] if agendas else None)
    if chosen is not None:
        step = next((i for i, s in enumerate(chosen.steps) if s.exercise == "capture"), 0)
        room.agenda_panel.set_agenda(chosen, min(step + 1, len(chosen.steps) - 1))
    boards = sorted(controller.data.boards, key=lambda b: b.position)
    capture = next((b for b in boards if b.kind == model.BoardKind.CAPTURE), None)
    board = window.select_board(capture.id) if capture is not None else None
    _settle()
    if isinstance(board, CaptureBoard):
        board.view.reset_zoom()
        clusters = list(board.scene.clusters.values())
        target = clusters[0].sceneBoundingRect() if clusters else board.scene.content_rect()
        board.view.centerOn(target.center().x() + 260.0, target.top() + 330.0)
        board.scene.clearSelection()
    timer = room.agenda_panel.timer
    timer.start()
    timer.add_minutes(-7.3)  # the room is a while into the step
    timer.pause()
    room.presenter_action.trigger()
    presenter = room.presenter
    assert presenter is not None
    presenter.resize(1920, 1080)
    _settle()
    presenter.sync_view()
    _settle()
    outdir.mkdir(parents=True, exist_ok=True)
    shots = [
        (window.grab(), outdir / f"console-{language}.png"),
        (presenter.grab(), outdir / f"presenter-{language}.png"),
    ]
    written = []
    for pixmap, path in shots:
        if not pixmap.save(str(path)):
            raise OSError(f"cannot write {path}")
        written.append(path)
    presenter.close()
    return written


def _settle(ms: int = 80) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
