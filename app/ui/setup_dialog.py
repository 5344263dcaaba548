"""Workshop setup: title, challenge, date, facilitator, language, teams and participants.

Every confirmed change (Enter, leaving a field, a button) is one undoable controller edit;
the dialog follows the data, so undo while it is open shows at once.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain import edits, model
from app.domain.i18n import catalogue_languages
from app.export import export_messages
from app.ui import theme
from app.ui.controller import Controller
from app.ui.elide import elided, fit_combo
from app.ui.fit import set_placeholder
from app.ui.i18n import language_name, printed
from app.ui.name_fields import limit_item_names, limit_name
from app.ui.refresh import ChangeFollower
from app.ui.theme import color_icon


class SetupDialog(QDialog):
    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Workshop setup"))
        self.setMinimumSize(860, 640)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(16)

        form = QFormLayout()
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(10)
        self.title_edit = limit_name(QLineEdit(self))
        self.title_edit.editingFinished.connect(self._title_done)
        self.challenge_edit = QLineEdit(self)
        self.challenge_edit.setPlaceholderText(self.tr("How might we …?"))
        self.challenge_edit.editingFinished.connect(
            lambda: self._field_done(
                "challenge", self.challenge_edit.text().strip(), self.tr("Change challenge")
            )
        )
        date_row = QHBoxLayout()
        self.date_edit = QLineEdit(self)
        self.date_edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.date_edit.setMaximumWidth(180)
        self.date_edit.editingFinished.connect(self._date_done)
        today = QPushButton(self.tr("Today"), self)
        today.clicked.connect(lambda: self.set_date(date.today().isoformat()))
        self.date_error = QLabel(self)
        self.date_error.setStyleSheet(f"color: {theme.DANGER};")
        date_row.addWidget(self.date_edit)
        date_row.addWidget(today)
        date_row.addWidget(self.date_error, 1)
        self.facilitator_edit = limit_name(QLineEdit(self))
        self.facilitator_edit.editingFinished.connect(
            lambda: self._field_done(
                "facilitator", self.facilitator_edit.text().strip(), self.tr("Change facilitator")
            )
        )
        self.language_combo = QComboBox(self)
        # A workshop speaks a language its exports have catalogues for (app.domain.i18n).
        for code in catalogue_languages():
            self.language_combo.addItem(language_name(code), code)
        self.language_combo.activated.connect(
            lambda _i: self._field_done(
                "language", self.language_combo.currentData(), self.tr("Change language")
            )
        )
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Challenge question"), self.challenge_edit)
        form.addRow(self.tr("Date"), date_row)
        form.addRow(self.tr("Facilitator"), self.facilitator_edit)
        form.addRow(self.tr("Language of the notes and exports"), self.language_combo)
        layout.addLayout(form)

        people = QHBoxLayout()
        people.setSpacing(16)
        people.addWidget(self._build_teams(), 2)
        people.addWidget(self._build_participants(), 3)
        layout.addLayout(people, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

        self.follower = ChangeFollower(
            self, controller, self.refresh, (model.Workshop, model.Team, model.Participant)
        )
        self.refresh()

    # --- building ------------------------------------------------------------------------
    def _build_teams(self) -> QGroupBox:
        box = QGroupBox(self.tr("Teams"), self)
        column = QVBoxLayout(box)
        self.team_list = QListWidget(box)
        limit_item_names(self.team_list)  # renamed in place
        self.team_list.itemChanged.connect(self._team_renamed)
        self.team_list.itemDoubleClicked.connect(self.team_list.editItem)
        column.addWidget(self.team_list, 1)
        add_row = QHBoxLayout()
        self.team_name_edit = limit_name(QLineEdit(box))
        set_placeholder(self.team_name_edit, self.tr("New team name"))
        self.team_name_edit.returnPressed.connect(self._add_team_from_field)
        add = QPushButton(self.tr("Add"), box)
        add.clicked.connect(self._add_team_from_field)
        add_row.addWidget(self.team_name_edit, 1)
        add_row.addWidget(add)
        column.addLayout(add_row)
        row = QHBoxLayout()
        colour = QPushButton(self.tr("Colour…"), box)
        colour.clicked.connect(self._pick_team_color)
        up = QPushButton(self.tr("Up"), box)
        up.clicked.connect(lambda: self._move_selected_team(-1))
        down = QPushButton(self.tr("Down"), box)
        down.clicked.connect(lambda: self._move_selected_team(1))
        remove = QPushButton(self.tr("Remove"), box)
        remove.clicked.connect(self._remove_selected_team)
        for button in (colour, up, down, remove):
            row.addWidget(button)
        column.addLayout(row)
        return box

    def _build_participants(self) -> QGroupBox:
        box = QGroupBox(self.tr("Participants"), self)
        column = QVBoxLayout(box)
        self.people_table = QTableWidget(0, 2, box)
        self.people_table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Team")])
        self.people_table.horizontalHeader().setStretchLastSection(True)
        self.people_table.setColumnWidth(0, 240)
        self.people_table.verticalHeader().hide()
        self.people_table.itemChanged.connect(self._person_renamed)
        limit_item_names(self.people_table, column=0)  # names renamed in place
        column.addWidget(self.people_table, 1)
        row = QHBoxLayout()
        self.person_name_edit = limit_name(QLineEdit(box))
        set_placeholder(self.person_name_edit, self.tr("New participant's name"))
        self.person_name_edit.returnPressed.connect(self._add_person_from_field)
        self.person_team_combo = QComboBox(box)
        fit_combo(self.person_team_combo)
        add = QPushButton(self.tr("Add"), box)
        add.clicked.connect(self._add_person_from_field)
        remove = QPushButton(self.tr("Remove"), box)
        remove.clicked.connect(self._remove_selected_person)
        row.addWidget(self.person_name_edit, 1)
        row.addWidget(self.person_team_combo)
        row.addWidget(add)
        row.addWidget(remove)
        column.addLayout(row)
        return box

    # --- following the data --------------------------------------------------------------
    def _teams(self) -> list[model.Team]:
        return sorted(self.controller.data.teams, key=lambda t: (t.position, t.id))

    def _show_workshop(self) -> None:
        if self.controller.file is None:
            return
        workshop = self.controller.data.workshop
        for edit, value in (
            (self.title_edit, workshop.title),
            (self.challenge_edit, workshop.challenge),
            (self.date_edit, workshop.date),
            (self.facilitator_edit, workshop.facilitator),
        ):
            if edit.text() != value:
                edit.setText(value)
        index = self.language_combo.findData(workshop.language)
        self.language_combo.setCurrentIndex(max(0, index))

    def refresh(self) -> None:
        if self.controller.file is None:
            return
        self._show_workshop()
        teams = self._teams()
        selected = self.selected_team_id()
        self.team_list.blockSignals(True)
        self.team_list.clear()
        for team in teams:
            item = QListWidgetItem(color_icon(team.color, 20), team.name)
            item.setData(Qt.ItemDataRole.UserRole, team.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            self.team_list.addItem(item)
            if team.id == selected:
                self.team_list.setCurrentItem(item)
        self.team_list.blockSignals(False)

        current_team = self.person_team_combo.currentData()
        self.person_team_combo.clear()
        self.person_team_combo.addItem(printed(export_messages.MESSAGES, "no_team"), None)
        for team in teams:
            self.person_team_combo.addItem(color_icon(team.color), elided(team.name), team.id)
        self.person_team_combo.setCurrentIndex(
            max(0, self.person_team_combo.findData(current_team))
        )

        table = self.people_table
        table.blockSignals(True)
        people = sorted(self.controller.data.participants, key=lambda p: p.id)
        table.setRowCount(len(people))
        for row, person in enumerate(people):
            name = QTableWidgetItem(person.name)
            name.setData(Qt.ItemDataRole.UserRole, person.id)
            table.setItem(row, 0, name)
            combo = QComboBox(table)
            fit_combo(combo)
            combo.addItem(printed(export_messages.MESSAGES, "no_team"), None)
            for team in teams:
                combo.addItem(color_icon(team.color), elided(team.name), team.id)
            combo.setCurrentIndex(max(0, combo.findData(person.team_id)))
            combo.activated.connect(
                lambda _i, pid=person.id, c=combo: self.set_person_team(pid, c.currentData())
            )
            table.setCellWidget(row, 1, combo)
        table.blockSignals(False)

    # --- workshop fields -----------------------------------------------------------------
    def _field_done(self, name: str, value: object, label: str) -> bool:
        if self.controller.file is None:
            return False
        if dataclasses.asdict(self.controller.data.workshop)[name] == value:
            return False  # the field already holds this value: no edit, no undo step
        # The dialog made this change: it shows the stored value (cleaned) and skips its
        # full refresh (teams and people did not change).
        if not self.controller.edit_workshop(label, initiator=self, **{name: value}):
            return False
        self._show_workshop()
        return True

    def _title_done(self) -> None:
        title = self.title_edit.text().strip()
        if not title:
            self.title_edit.setText(self.controller.data.workshop.title)
            return
        self._field_done("title", title, self.tr("Rename workshop"))

    def set_date(self, text: str) -> bool:
        self.date_edit.setText(text)
        return self._date_done()

    def _date_done(self) -> bool:
        text = self.date_edit.text().strip()
        if text:
            try:
                text = date.fromisoformat(text).isoformat()
            except ValueError:
                self.date_error.setText(self.tr("Write the date as YYYY-MM-DD, e.g. 2026-11-24."))
                return False
        self.date_error.setText("")
        return self._field_done("date", text, self.tr("Change date"))

    # --- teams ---------------------------------------------------------------------------
    def selected_team_id(self) -> int | None:
        item = self.team_list.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def add_team(self, name: str, color: str | None = None) -> bool:
        name = name.strip()
        if not name:
            return False
        return self.controller.edit(
            self.tr("Add team"), edits.add_team(self.controller.data, name, color)
        )

    def _add_team_from_field(self) -> None:
        if self.add_team(self.team_name_edit.text()):
            self.team_name_edit.clear()

    def _team_renamed(self, item: QListWidgetItem) -> None:
        team_id = int(item.data(Qt.ItemDataRole.UserRole))
        self.rename_team(team_id, item.text())

    def rename_team(self, team_id: int, name: str) -> bool:
        team = next((t for t in self.controller.data.teams if t.id == team_id), None)
        name = name.strip()
        if team is None or not name or name == team.name:
            self.refresh()
            return False
        return self.controller.edit(self.tr("Rename team"), edits.update_entity(team, name=name))

    def set_team_color(self, team_id: int, color: str) -> bool:
        team = next((t for t in self.controller.data.teams if t.id == team_id), None)
        if team is None or team.color == color:
            return False
        return self.controller.edit(self.tr("Team colour"), edits.update_entity(team, color=color))

    def _pick_team_color(self) -> None:
        team_id = self.selected_team_id()
        team = next((t for t in self.controller.data.teams if t.id == team_id), None)
        if team is None:
            return
        color = QColorDialog.getColor(QColor(team.color), self, self.tr("Team colour"))
        if color.isValid():
            self.set_team_color(team.id, color.name().upper())

    def move_team(self, team_id: int, new_index: int) -> bool:
        return self.controller.edit(
            self.tr("Reorder teams"), edits.move_team(self.controller.data, team_id, new_index)
        )

    def _move_selected_team(self, step: int) -> None:
        team_id = self.selected_team_id()
        if team_id is None:
            return
        index = [t.id for t in self._teams()].index(team_id)
        if 0 <= index + step < len(self._teams()):
            self.move_team(team_id, index + step)

    def remove_team(self, team_id: int) -> bool:
        return self.controller.edit(
            self.tr("Remove team"), edits.delete_team(self.controller.data, team_id)
        )

    def _remove_selected_team(self) -> None:
        team_id = self.selected_team_id()
        if team_id is not None:
            self.remove_team(team_id)

    # --- participants --------------------------------------------------------------------
    def add_person(self, name: str, team_id: int | None) -> bool:
        name = name.strip()
        if not name:
            return False
        return self.controller.edit(
            self.tr("Add participant"), edits.add_participant(self.controller.data, name, team_id)
        )

    def _add_person_from_field(self) -> None:
        if self.add_person(self.person_name_edit.text(), self.person_team_combo.currentData()):
            self.person_name_edit.clear()
            self.person_name_edit.setFocus()

    def _person_renamed(self, item: QTableWidgetItem) -> None:
        person_id = item.data(Qt.ItemDataRole.UserRole)
        person = next((p for p in self.controller.data.participants if p.id == person_id), None)
        name = item.text().strip()
        if person is None or not name or name == person.name:
            self.refresh()
            return
        self.controller.edit(self.tr("Rename participant"), edits.update_entity(person, name=name))

    def set_person_team(self, person_id: int, team_id: int | None) -> bool:
        person = next((p for p in self.controller.data.participants if p.id == person_id), None)
        if person is None or person.team_id == team_id:
            return False
        return self.controller.edit(
            self.tr("Change team"), edits.update_entity(person, team_id=team_id)
        )

    def remove_person(self, person_id: int) -> bool:
        return self.controller.edit(
            self.tr("Remove participant"), edits.delete_participant(self.controller.data, person_id)
        )

    def _remove_selected_person(self) -> None:
        row = self.people_table.currentRow()
        item = self.people_table.item(row, 0) if row >= 0 else None
        if item is not None:
            self.remove_person(int(item.data(Qt.ItemDataRole.UserRole)))
