"""The idea-capture board: the scene and view plus the bars a facilitator types into.

Everything the facilitator does here is one controller edit computed by a pure function
in `app.domain.edits`; this module only gathers the ids and the values from the widgets.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QEvent, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain import edits, model
from app.domain.voters import Voter, voters
from app.export import export_messages
from app.services import Change
from app.ui import theme
from app.ui.board.contract import BoardCommands, BoardPage, BoardVoting, BoardWall
from app.ui.board.filter_bar import FilterBar, size_choice_box, tool_button
from app.ui.board.scene import CONCERNS as SCENE_CONCERNS
from app.ui.board.scene import BoardScene
from app.ui.board.view import BoardView
from app.ui.controller import Controller
from app.ui.elide import elided, fit_combo
from app.ui.fit import ElidedLabel, set_placeholder
from app.ui.i18n import counted, printed
from app.ui.name_fields import ask_name, limit_name
from app.ui.stages import stage_title
from app.ui.theme import color_icon
from app.ui.voters import current_voter, fill_voter_combo, select_voter

VoterKey = tuple[model.VoterKind, int]
LEGEND_NAME_PX = 180  # a team's name in the board's legend


class CaptureLineEdit(QLineEdit):
    """The capture field. When it has nothing of its own to undo, Ctrl+Z undoes notes."""

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and (
                (event.matches(QKeySequence.StandardKey.Undo) and not self.isUndoAvailable())
                or (event.matches(QKeySequence.StandardKey.Redo) and not self.isRedoAvailable())
            )
        ):
            event.ignore()
            return False
        return super().event(event)


class InPlaceEditor(QPlainTextEdit):
    """Edits a note's text (or a cluster's title) right on the board.

    Enter commits, Shift+Enter starts a new line, Esc cancels; leaving the editor commits.
    """

    committed = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("inPlaceEditor")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setStyleSheet(
            f"QPlainTextEdit#inPlaceEditor {{ background: #FFFFFF; border: 3px solid "
            f"{theme.ACCENT}; border-radius: 6px; padding: 4px; }}"
        )
        self.single_line = False
        self._active = False
        self.hide()

    def begin(self, text: str, rect: QRect, pixel_size: int, single_line: bool = False) -> None:
        self.single_line = single_line
        self.setFont(theme.pixel_font(max(12, pixel_size), bold=single_line))
        self.setPlainText(text)
        self.setGeometry(rect)
        self.selectAll()
        self._active = True
        self.show()
        self.raise_()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def active(self) -> bool:
        return self._active

    def commit(self) -> None:
        if not self._active:
            return
        self._active = False
        text = self.toPlainText()
        self.hide()
        self.committed.emit(text)

    def cancel(self) -> None:
        if not self._active:
            return
        self._active = False
        self.hide()
        self.cancelled.emit()

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            event.accept()  # the editor's own keys win over the board's shortcuts
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            self.single_line or not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.commit()
            event.accept()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: object) -> None:
        super().focusOutEvent(event)  # type: ignore[arg-type]
        self.commit()


# The stored classes the board shows: its wall, the people pickers, the dot budget.
CONCERNS = (*SCENE_CONCERNS, model.Participant, model.Workshop)
LEGEND_FULL_WIDTH = 1100  # a narrower board shows the corner marks without their names


class CaptureBoard(BoardPage):
    """The capture board widget: filter bar, board view, voting bar, capture bar."""

    zoom_changed = Signal(float)

    def __init__(
        self, controller: Controller, board_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(controller, board_id, parent)
        self._fitted = False  # fitted to the window when first shown
        self.scene = BoardScene(controller, board_id, self)
        self.view = BoardView(self.scene, self)
        self.editor = InPlaceEditor(self.view.viewport())
        self._editing: tuple[str, int] | None = None
        self._voter: VoterKey | None = None
        self._legend_compact = False
        self._voting_shown = False  # show_voting is switching: not the facilitator's hand

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._build_filter_bar())
        self.view.add_overlay(self._build_zoom_panel())
        self.legend = self._build_legend()
        self.view.add_overlay(self.legend, left=True)
        self.legend.hide()  # shown by _update_legend once the board has something to explain
        layout.addWidget(self.view, 1)
        layout.addWidget(self._build_vote_bar())
        layout.addWidget(self._build_capture_bar())
        self._build_actions()

        self.scene.note_edit_requested.connect(self.start_edit)
        self.scene.cluster_rename_requested.connect(self.start_rename)
        self.scene.context_menu_requested.connect(self._show_context_menu)
        self.scene.contents_changed.connect(self._update_status)
        self.scene.selectionChanged.connect(self._update_actions)
        self.view.zoom_changed.connect(self._on_zoom)
        self.editor.committed.connect(self._editor_committed)
        self.editor.cancelled.connect(self._editor_closed)
        self.follow_changes(CONCERNS, update=self._follow, own_board_only=True)
        self.refresh_people()
        self._update_actions()
        self._update_status()
        self._on_zoom(self.view.scale_factor())

    # --- building ------------------------------------------------------------------------
    def _tool(self, text: str, tip: str, slot: Callable[[], object]) -> QToolButton:
        button = tool_button(self, text, tip)
        button.clicked.connect(slot)
        return button

    def _build_filter_bar(self) -> FilterBar:
        bar = FilterBar(self)
        self.filter_bar = bar
        # The bar's widgets under the names the rest of the board (and its tests) use.
        self.search_edit, self.team_filter, self.tag_filter = (
            bar.search_edit,
            bar.team_filter,
            bar.tag_filter,
        )
        self.match_label = bar.match_label
        self.team_button, self.team_menu = bar.team_button, bar.team_menu
        self.tag_button, self.tag_menu = bar.tag_button, bar.tag_menu
        self.group_button, self.merge_button = bar.group_button, bar.merge_button
        self.dissolve_button, self.vote_button = bar.dissolve_button, bar.vote_button
        bar.filter_changed.connect(self._apply_filter)
        self._fill_tag_menu(self.tag_menu)
        self.group_button.clicked.connect(lambda: self.create_cluster())
        self.merge_button.clicked.connect(self.merge_selected)
        self.dissolve_button.clicked.connect(self.dissolve_selected)
        self.vote_button.toggled.connect(self.set_voting)
        return bar

    def _build_zoom_panel(self) -> QFrame:
        """Zoom controls floating in the board's bottom-right corner, as on a whiteboard."""
        panel = QFrame(self.view)
        panel.setObjectName("zoomPanel")
        panel.setStyleSheet(
            f"QFrame#zoomPanel {{ background: {theme.PANEL}; border: 1px solid {theme.BORDER};"
            " border-radius: 10px; }"
            # Compact, so the key and the zoom buttons share one line on a laptop's board.
            " QFrame#zoomPanel QToolButton { border: none; font-size: 13pt; min-width: 26px;"
            " padding: 2px 6px; }"
            " QFrame#zoomPanel QToolButton:hover { background: #EEF2FF; }"
        )
        row = QHBoxLayout(panel)
        row.setContentsMargins(6, 4, 6, 4)
        row.setSpacing(2)
        row.addWidget(self._tool("−", self.tr("Zoom out (Ctrl+-)"), self.zoom_out))
        self.zoom_label = QLabel("100%", panel)
        self.zoom_label.setMinimumWidth(self.zoom_label.fontMetrics().horizontalAdvance("100%") + 8)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row.addWidget(self.zoom_label)
        row.addWidget(self._tool("+", self.tr("Zoom in (Ctrl+=)"), self.zoom_in))
        fit = self._tool(self.tr("Fit"), self.tr("Fit the board to the window (Ctrl+0)"), self.fit)
        fit.setStyleSheet("font-size: 11pt;")
        row.addWidget(fit)
        panel.adjustSize()
        return panel

    def _build_legend(self) -> QFrame:
        """What the corner marks mean, for the room (only the sources used on this board)."""
        panel = QFrame(self.view)
        panel.setObjectName("legendPanel")
        panel.setStyleSheet(
            f"QFrame#legendPanel {{ background: rgba(255,255,255,225); border: 1px solid "
            f"{theme.BORDER}; border-radius: 10px; }}"
        )
        # Teams on one line, the corner marks on the next: the key fits a laptop's board.
        column = QVBoxLayout(panel)
        column.setContentsMargins(10, 6, 10, 6)
        column.setSpacing(4)
        self._legend_rows = (QHBoxLayout(), QHBoxLayout())
        for row in self._legend_rows:
            row.setSpacing(8)
            column.addLayout(row)
        return panel

    def _update_legend(self) -> None:
        """Team colours and the corner marks used on this board, for the room."""
        for row in self._legend_rows:
            while row.count():
                taken = row.takeAt(0)
                child = taken.widget() if taken is not None else None
                if child is not None:
                    child.deleteLater()
        if self.controller.file is None:
            return
        notes = [item.note for item in self.scene.notes.values()]
        used_teams = {n.team_id for n in notes}
        used_tags = {n.tag for n in notes}
        entries: list[tuple[int, str]] = []  # (row, rich text)
        for team in sorted(self.controller.data.teams, key=lambda t: (t.position, t.id)):
            if team.id in used_teams:
                entries.append(
                    (
                        0,
                        f'<span style="color:{team.color}; font-size:16pt;">&#9632;</span>'
                        f"&nbsp;{html.escape(elided(team.name, width=LEGEND_NAME_PX))}",
                    )
                )
        # On a narrow board (a laptop) the key is one line: the corner marks without their
        # names (the name is the mark's tooltip), so it fits beside the zoom buttons.
        self._legend_compact = self.view.width() < LEGEND_FULL_WIDTH
        tips: list[str] = ["" for _ in entries]
        for tag, color in theme.TAG_COLORS.items():
            if tag in used_tags:
                mark = (
                    f'<span style="background:{color}; color:white; font-weight:bold;">'
                    f"&nbsp;{theme.tag_mark(tag)}&nbsp;</span>"
                )
                name = html.escape(theme.tag_label(tag))
                if self._legend_compact:
                    entries.append((0, mark))
                    tips.append(theme.tag_label(tag))
                else:
                    entries.append((1, f"{mark}&nbsp;{name}"))
                    tips.append("")
        for (row_index, text), tip in zip(entries, tips, strict=True):
            label = QLabel(self.legend)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setText(text)
            label.setToolTip(tip)
            self._legend_rows[row_index].addWidget(label)
            # Shown now, not when the layout gets round to it: the key is sized just
            # below, and a label still waiting to show counts for nothing (an empty box).
            label.setVisible(True)
        for row in self._legend_rows:
            row.addStretch(1)
        self.legend.setVisible(bool(entries))
        self.view.place_overlays()

    def _build_vote_bar(self) -> QFrame:
        bar = QFrame(self)
        bar.setObjectName("voteBar")
        column = QVBoxLayout(bar)
        column.setContentsMargins(16, 8, 16, 8)
        column.setSpacing(4)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        title = QLabel(self.tr("Voting for:"), bar)
        title.setStyleSheet("font-weight: bold; font-size: 13pt;")
        self.voter_combo = QComboBox(bar)
        fit_combo(self.voter_combo)
        self.voter_combo.currentIndexChanged.connect(self._voter_picked)
        self.budget_label = QLabel(bar)
        self.budget_label.setObjectName("budgetLabel")
        hint = QLabel(
            self.tr(
                "Keys 1–9 pick the voter. Click a note to add a dot; "
                "Shift+click or right-click takes one back."
            ),
            bar,
        )
        hint.setObjectName("voterKeysHint")
        hint.setStyleSheet(f"color: {theme.MUTED};")
        hint.setWordWrap(True)
        done = QPushButton(self.tr("Done voting"), bar)
        done.clicked.connect(lambda: self.set_voting(False))
        row.addWidget(title)
        row.addWidget(self.voter_combo)
        row.addStretch(1)
        row.addWidget(done)
        column.addLayout(row)
        # The dots left and the hint on a line of their own: the bar never widens the window.
        second = QHBoxLayout()
        second.setContentsMargins(0, 0, 0, 0)
        second.setSpacing(12)
        second.addWidget(self.budget_label)
        second.addWidget(hint, 1)
        column.addLayout(second)
        self.vote_bar = bar
        bar.hide()
        return bar

    def _build_capture_bar(self) -> QFrame:
        bar = QFrame(self)
        bar.setObjectName("captureBar")
        column = QVBoxLayout(bar)
        column.setContentsMargins(16, 8, 16, 8)
        column.setSpacing(6)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(10)
        self.capture_edit = CaptureLineEdit(bar)
        self.capture_edit.setObjectName("captureEdit")
        set_placeholder(self.capture_edit, self.tr("Type an idea and press Enter…"))
        self.capture_edit.returnPressed.connect(self.add_note_from_bar)
        self.capture_edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.team_combo = QComboBox(bar)
        self.team_combo.setToolTip(self.tr("Team of the next notes"))
        self.tag_combo = QComboBox(bar)
        size_choice_box(self.team_combo, [printed(export_messages.MESSAGES, "no_team")])
        size_choice_box(self.tag_combo, [theme.tag_label(tag) for tag in model.SourceTag])
        self.tag_combo.setToolTip(self.tr("Where the next ideas come from"))
        for tag in model.SourceTag:
            icon = color_icon(theme.TAG_COLORS.get(tag, "#FFFFFF"))
            self.tag_combo.addItem(icon, theme.tag_label(tag), tag)
        self.author_edit = limit_name(QLineEdit(bar))
        self.author_edit.setPlaceholderText(self.tr("Author"))
        self.author_edit.setMaximumWidth(200)
        add = QPushButton(self.tr("Add note"), bar)
        add.setProperty("primary", True)
        add.clicked.connect(self.add_note_from_bar)
        # The idea field has a line of its own (with "Add note"), so it is never squeezed
        # to a few letters on a laptop; who and where on the line below.
        row.addWidget(self.capture_edit, 1)
        row.addWidget(add)
        column.addLayout(row)
        details = QHBoxLayout()
        details.setContentsMargins(0, 0, 0, 0)
        details.setSpacing(10)
        details.addWidget(self.team_combo)
        details.addWidget(self.tag_combo)
        details.addWidget(self.author_edit)
        # One line, elided with the whole hint as its tooltip: wrapped, the Russian hint
        # took four lines of a laptop's board.
        team_keys = ElidedLabel(self.tr("Alt+1…9 picks the team, Alt+0 no team"), bar)
        team_keys.setObjectName("teamKeysHint")
        team_keys.setStyleSheet(f"color: {theme.MUTED};")
        details.addWidget(team_keys, 1)
        column.addLayout(details)
        self.setTabOrder(self.capture_edit, self.team_combo)
        self.setTabOrder(self.team_combo, self.tag_combo)
        self.setTabOrder(self.tag_combo, self.author_edit)
        return bar

    def _build_actions(self) -> None:
        def action(text: str, shortcut: str | QKeySequence, slot: Callable[[], object]) -> QAction:
            act = QAction(text, self)
            act.setShortcut(QKeySequence(shortcut))
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.group_action = action(
            self.tr("Group into cluster…"), "Ctrl+G", lambda: self.create_cluster()
        )
        self.dissolve_action = action(
            self.tr("Dissolve cluster"), "Ctrl+Shift+G", self.dissolve_selected
        )
        self.merge_action = action(self.tr("Merge clusters"), "Ctrl+M", self.merge_selected)
        self.edit_action = action(self.tr("Edit note"), "F2", self.edit_selected)
        voting = stage_title(model.BoardKind.CAPTURE, "vote")
        self.vote_action = action(voting, "Ctrl+D", self.vote_button.toggle)
        self.capture_action = action(self.tr("Type a new note"), "Ctrl+L", self.focus_capture)
        self.escape_action = action(self.tr("Clear selection"), "Esc", self._escape)
        # Alt+1…9 picks the team of the next notes while typing ideas, Alt+0 no team.
        self.team_actions = [
            action(
                self.tr("Team %1 for the next notes").replace("%1", str(number)),
                f"Alt+{number}",
                partial(self.pick_team, number),  # not a lambda: triggered passes `checked`
            )
            for number in range(10)
        ]

    def pick_team(self, number: int) -> bool:
        """The `number`-th team in the team box (0: no team) for the next notes."""
        if not 0 <= number < self.team_combo.count():
            return False
        self.team_combo.setCurrentIndex(number)
        return True

    # --- public surface (the main window's Edit and View menus call these) ----------------
    def focus_capture(self) -> None:
        self.capture_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_find(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def zoom_in(self) -> None:
        self.view.zoom_in()

    def zoom_out(self) -> None:
        self.view.zoom_out()

    def fit(self) -> None:
        self.view.fit()

    def select_all(self) -> None:
        self.scene.select_all_notes()

    def board_scene(self) -> BoardScene:
        return self.scene

    # --- the board contract (app.ui.board.contract) ----------------------------------------
    def board_commands(self) -> BoardCommands:
        return BoardCommands(
            zoom_in=self.zoom_in,
            zoom_out=self.zoom_out,
            fit=self.fit,
            select_all=self.select_all,
            delete_selection=self.delete_selection,
            focus_find=self.focus_find,
        )

    def board_voting(self) -> BoardVoting:
        return BoardVoting(self.voter_combo, self.vote_bar, self.vote, self.show_voting)

    def board_wall(self) -> BoardWall:
        return BoardWall(self.scene, self.view)

    def capture_field(self) -> QLineEdit:
        return self.capture_edit

    def _escape(self) -> None:
        if self.vote_button.isChecked():
            self.set_voting(False)
        else:
            self.scene.clearSelection()

    # --- people (teams, participants) ----------------------------------------------------
    def refresh_people(self) -> None:
        if self.controller.file is None:
            return
        data = self.controller.data
        teams = sorted(data.teams, key=lambda t: (t.position, t.id))
        current = self.team_combo.currentData()
        self.team_combo.blockSignals(True)
        self.team_combo.clear()
        self.team_combo.addItem(printed(export_messages.MESSAGES, "no_team"), None)
        for team in teams:
            self.team_combo.addItem(color_icon(team.color), elided(team.name), team.id)
        self.team_combo.setCurrentIndex(max(0, self.team_combo.findData(current)))
        self.team_combo.blockSignals(False)
        self.filter_bar.refresh_filters(teams)
        self.team_menu.clear()
        no_team = printed(export_messages.MESSAGES, "no_team")
        self.team_menu.addAction(no_team, lambda: self.set_team_for_selection(None))
        for team in teams:
            self.team_menu.addAction(
                color_icon(team.color),
                elided(team.name),
                lambda tid=team.id: self.set_team_for_selection(tid),
            )
        self._refresh_voters()

    def _fill_tag_menu(self, menu: QMenu) -> None:
        for tag in model.SourceTag:
            menu.addAction(
                color_icon(theme.TAG_COLORS.get(tag, "#FFFFFF")),
                theme.tag_label(tag),
                lambda t=tag: self.set_tag_for_selection(t),
            )

    def _refresh_voters(self) -> None:
        fill_voter_combo(self.voter_combo, voters(self.controller.data), self._voter_label)
        self._voter_picked()

    def _voter_label(self, voter: Voter) -> str:
        """The entry's text, names elided (a long name never widens the bar)."""
        if voter.kind == model.VoterKind.TEAM:
            return self.tr("Team: %1").replace("%1", elided(voter.name))
        name = elided(voter.name)
        return f"{name} ({elided(voter.team.name)})" if voter.team is not None else name

    def _follow(self, change: Change) -> None:
        if self.controller.file is None:
            return
        self.scene.follow(change)
        if change.touches(model.Team, model.Participant):
            self.refresh_people()
        if change.touches(model.Vote, model.Note, model.Workshop):
            self._update_budget()

    # --- capture -------------------------------------------------------------------------
    def add_note_from_bar(self) -> bool:
        text = self.capture_edit.text()
        if not text.strip():
            return False
        data = self.controller.data
        x, y = edits.next_note_position(data, self.board_id)
        fields = {
            "x": x,
            "y": y,
            "team_id": self.team_combo.currentData(),
            "tag": self.tag_combo.currentData() or model.SourceTag.NONE,
            "author": self.author_edit.text().strip(),
        }
        ok = self.controller.try_edit(
            self.tr("Add note"), lambda: edits.add_note(data, self.board_id, text, **fields)
        )
        if ok:
            self.capture_edit.setText("")
            new_id = max(n.id for n in data.notes)
            item = self.scene.notes.get(new_id)
            if item is not None:
                self.view.ensureVisible(item, 40, 40)
        self.capture_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        return ok

    # --- edit in place -------------------------------------------------------------------
    def edit_selected(self) -> None:
        ids = self.scene.selected_note_ids()
        if len(ids) == 1:
            self.start_edit(ids[0])
        elif not ids and len(self.scene.selected_cluster_ids()) == 1:
            self.start_rename(self.scene.selected_cluster_ids()[0])

    def start_edit(self, note_id: int) -> None:
        item = self.scene.notes.get(note_id)
        if item is None or self.controller.file is None:
            return
        self.view.ensureVisible(item, 20, 20)
        rect = self.view.mapFromScene(item.sceneBoundingRect()).boundingRect()
        rect = rect.adjusted(-6, -6, 6, 6)
        scale = self.view.scale_factor()
        rect.setWidth(max(rect.width(), 260))
        rect.setHeight(max(rect.height(), 140))
        self._editing = ("note", note_id)
        self.editor.begin(item.note.text, rect, round(item.body_pixel_size() * scale))

    def start_rename(self, cluster_id: int) -> None:
        item = self.scene.clusters.get(cluster_id)
        if item is None:
            return
        title_rect = item.mapRectToScene(item.title_rect())
        rect = self.view.mapFromScene(title_rect).boundingRect()
        rect.setHeight(max(rect.height(), 48))
        rect.setWidth(max(rect.width(), 280))
        self._editing = ("cluster", cluster_id)
        self.editor.begin(
            item.cluster.title,
            rect,
            round(26 * max(0.6, self.view.scale_factor())),
            single_line=True,
        )

    def _editor_committed(self, text: str) -> None:
        editing, self._editing = self._editing, None
        if editing is None or self.controller.file is None:
            return
        kind, entity_id = editing
        data = self.controller.data
        if kind == "note":
            note = next((n for n in data.notes if n.id == entity_id), None)
            if note is not None and text.strip() != note.text:
                self.controller.try_edit(
                    self.tr("Edit note"), lambda: edits.update_note(data, entity_id, text=text)
                )
        else:
            self.rename_cluster(entity_id, text)
        self._editor_closed()

    def _editor_closed(self) -> None:
        self._editing = None
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- selection edits -----------------------------------------------------------------
    def _selection_clusters(self) -> list[int]:
        """Selected frames; with none selected, the clusters of the selected notes."""
        ids = self.scene.selected_cluster_ids()
        if ids:
            return ids
        notes = set(self.scene.selected_note_ids())
        data = self.controller.data
        return sorted(
            {n.cluster_id for n in data.notes if n.id in notes and n.cluster_id is not None}
        )

    def delete_selection(self) -> bool:
        notes = self.scene.selected_note_ids()
        clusters = self.scene.selected_cluster_ids()
        if not notes and not clusters:
            return False
        data = self.controller.data
        label = (
            self.tr("Delete note")
            if len(notes) == 1 and not clusters
            else counted(self.tr("Delete %n note(s)", "", len(notes)), len(notes))
            if notes
            else self.tr("Remove cluster")
        )
        return self.controller.edit(label, edits.delete_selection(data, notes, clusters))

    def set_team_for_selection(self, team_id: int | None) -> bool:
        ids = self.scene.selected_note_ids()
        data = self.controller.data
        pairs = [
            p for p in edits.update_notes(data, ids, team_id=team_id, color=None) if p[0] != p[1]
        ]
        return self.controller.edit(self.tr("Set team"), pairs)

    def set_tag_for_selection(self, tag: model.SourceTag) -> bool:
        ids = self.scene.selected_note_ids()
        data = self.controller.data
        pairs = [p for p in edits.update_notes(data, ids, tag=tag) if p[0] != p[1]]
        return self.controller.edit(self.tr("Set source"), pairs)

    def create_cluster(self, title: str | None = None) -> bool:
        ids = self.scene.selected_note_ids()
        if not ids:
            self.controller.error.emit(self.tr("Select the notes to group first."))
            return False
        data = self.controller.data
        if title is None:
            default = self.tr("Cluster %1").replace(
                "%1", str(len(data.clusters_on(self.board_id)) + 1)
            )
            title, ok = ask_name(self, self.tr("New cluster"), self.tr("Cluster title:"), default)
            if not ok:
                return False
        title = title.strip() or self.tr("Untitled cluster")
        pairs = edits.add_cluster(data, self.board_id, title, ids)
        # Notes leaving other clusters: add_cluster sets the new cluster on them already.
        return self.controller.edit(self.tr("Group notes"), pairs)

    def rename_cluster(self, cluster_id: int, title: str | None = None) -> bool:
        data = self.controller.data
        cluster = next((c for c in data.clusters if c.id == cluster_id), None)
        if cluster is None:
            return False
        if title is None:
            title, ok = ask_name(
                self, self.tr("Rename cluster"), self.tr("Cluster title:"), cluster.title
            )
            if not ok:
                return False
        title = title.strip()
        if not title or title == cluster.title:
            return False
        return self.controller.edit(
            self.tr("Rename cluster"), edits.update_cluster(data, cluster_id, title=title)
        )

    def merge_selected(self) -> bool:
        ids = self._selection_clusters()
        if len(ids) < 2:
            self.controller.error.emit(self.tr("Select two or more clusters to merge."))
            return False
        data = self.controller.data
        return self.controller.edit(
            self.tr("Merge clusters"), edits.merge_clusters(data, ids[0], ids[1:])
        )

    def dissolve_selected(self) -> bool:
        ids = self._selection_clusters()
        if not ids:
            return False
        data = self.controller.data
        pairs = [pair for cid in ids for pair in edits.dissolve_cluster(data, cid)]
        return self.controller.edit(self.tr("Dissolve cluster"), pairs)

    def remove_from_cluster(self) -> bool:
        ids = self.scene.selected_note_ids()
        data = self.controller.data
        pairs = [p for p in edits.set_cluster(data, ids, None) if p[0] != p[1]]
        return self.controller.edit(self.tr("Take out of cluster"), pairs)

    # --- voting --------------------------------------------------------------------------
    def set_voting(self, on: bool) -> None:
        if self.vote_button.isChecked() != on:
            self.vote_button.setChecked(on)  # re-enters through toggled
            return
        self.scene.clearSelection()
        self.scene.vote_handler = self.vote if on else None
        self.view.setDragMode(
            self.view.DragMode.NoDrag if on else self.view.DragMode.RubberBandDrag
        )
        if on:
            self.view.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            self.view.viewport().unsetCursor()
        self.vote_bar.setVisible(on)
        self._update_budget()
        if not self._voting_shown:
            self.controller.voting_chosen.emit(self.board_id, on)

    def show_voting(self, on: bool) -> None:
        """Voting on or off for the agenda's step (the agenda does not follow back)."""
        self._voting_shown = True
        try:
            self.set_voting(on)
        finally:
            self._voting_shown = False

    def voting(self) -> bool:
        return self.vote_button.isChecked()

    def _voter_picked(self) -> None:
        voter = current_voter(self.voter_combo)
        self._voter = voter.key if voter is not None else None
        self._update_budget()

    def set_voter(self, kind: model.VoterKind, voter_id: int) -> None:
        select_voter(self.voter_combo, kind, voter_id)

    def remaining_dots(self) -> tuple[int, int] | None:
        if self._voter is None or self.controller.file is None:
            return None
        data = self.controller.data
        budget = edits.board_vote_budget(data, self.board_id)
        used = edits.dots_used(data, self._voter[0], self._voter[1], self.board_id)
        return budget - used, budget

    def vote(self, note_id: int, delta: int) -> bool:
        if self._voter is None:
            self.controller.error.emit(self.tr("Add participants or teams to vote."))
            return False
        kind, voter_id = self._voter
        data = self.controller.data
        chosen = current_voter(self.voter_combo)
        name = chosen.name if chosen is not None else ""
        label = self.tr("Add a dot") if delta > 0 else self.tr("Take a dot back")
        return self.controller.try_edit(
            label, lambda: edits.cast_vote(data, note_id, kind, voter_id, delta, voter_name=name)
        )

    def _update_budget(self) -> None:
        if not self.vote_button.isChecked():
            return  # the label shows only while voting; set_voting(True) fills it in
        remaining = self.remaining_dots()
        if remaining is None:
            self.budget_label.setText("")
            return
        left, budget = remaining
        self.budget_label.setText(
            self.tr("Dots left: %1 of %2").replace("%1", str(left)).replace("%2", str(budget))
        )

    # --- filter --------------------------------------------------------------------------
    def _apply_filter(self) -> None:
        note_filter = self.filter_bar.note_filter()
        matching = self.scene.set_filter(note_filter)
        self.filter_bar.show_matches(note_filter, matching, len(self.scene.notes))

    # --- status --------------------------------------------------------------------------
    def _update_status(self) -> None:
        self._update_legend()
        if self.scene.note_filter.active:
            self._apply_filter()
        self._update_budget()

    def _update_actions(self) -> None:
        notes = self.scene.selected_note_ids()
        clusters = self._selection_clusters() if self.controller.file is not None else []
        self.filter_bar.show_selection(len(notes), len(clusters))

    def _on_zoom(self, scale: float) -> None:
        self.zoom_label.setText(f"{round(scale * 100)}%")
        self.zoom_changed.emit(scale)

    # --- context menu --------------------------------------------------------------------
    def _show_context_menu(self, screen_pos: QPoint) -> None:
        menu = self.build_context_menu()
        if not menu.isEmpty():
            menu.popup(screen_pos)

    def build_context_menu(self) -> QMenu:
        menu = QMenu(self)
        notes = self.scene.selected_note_ids()
        clusters = self.scene.selected_cluster_ids()
        if len(notes) == 1:
            menu.addAction(self.tr("Edit text"), self.edit_selected).setShortcut(QKeySequence("F2"))
        if notes:
            team_menu = menu.addMenu(self.tr("Team"))
            team_menu.addActions(self.team_menu.actions())
            tag_menu = menu.addMenu(self.tr("Source"))
            self._fill_tag_menu(tag_menu)
            menu.addSeparator()
            menu.addAction(
                self.tr("Group into cluster…"), lambda: self.create_cluster()
            ).setShortcut(QKeySequence("Ctrl+G"))
            data = self.controller.data
            if any(n.cluster_id is not None for n in data.notes if n.id in set(notes)):
                menu.addAction(self.tr("Take out of cluster"), self.remove_from_cluster)
        if len(clusters) == 1 and not notes:
            menu.addAction(self.tr("Rename cluster"), lambda: self.start_rename(clusters[0]))
        if len(self._selection_clusters()) >= 2:
            menu.addAction(self.tr("Merge clusters"), self.merge_selected)
        if clusters:
            menu.addAction(self.tr("Dissolve cluster"), self.dissolve_selected)
        if notes or clusters:
            menu.addSeparator()
            menu.addAction(self.tr("Delete"), self.delete_selection).setShortcut(
                QKeySequence(QKeySequence.StandardKey.Delete)
            )
        return menu

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if (self.view.width() < LEGEND_FULL_WIDTH) != self._legend_compact:
            self._update_legend()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted:
            self._fitted = True
            QTimer.singleShot(0, self._initial_fit)

    def _initial_fit(self) -> None:
        if self.scene.notes or self.scene.clusters:
            self.view.fit()
        else:
            self.view.reset_zoom()
            self.view.centerOn(400.0, 250.0)
        self.focus_capture()
