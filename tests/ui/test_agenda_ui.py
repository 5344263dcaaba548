"""Agendas in the console: from a template, step by step, edited, saved as a template."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from app.domain import agenda as rules
from app.domain import model
from app.domain.agenda import Agenda, AgendaStep
from app.services import WorkshopFile
from app.ui.agenda_panel import (
    AgendaPanel,
    StepDialog,
    TemplatePicker,
    agenda_from_json,
    agenda_to_json,
)
from app.ui.controller import Controller
from app.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "pointb-data"
    monkeypatch.setenv("POINTB_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def window(qtbot: Any, qsettings: Path) -> Iterator[MainWindow]:
    win = MainWindow(settings=QSettings())
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.controller.close()


def bundled(key: str) -> Agenda:
    agendas, errors = rules.load_templates([rules.bundled_templates_dir()])
    assert errors == []
    return next(a for a in agendas if a.key == key)


def make_panel(qtbot: Any, controller: Controller, agenda: Agenda | None = None) -> AgendaPanel:
    panel = AgendaPanel(controller)
    qtbot.addWidget(panel)
    if agenda is not None:
        assert panel.set_agenda(agenda, 0)
    return panel


def titles(panel: AgendaPanel) -> list[str]:
    agenda = panel.agenda()
    assert agenda is not None
    return [s.title_en for s in agenda.steps]


def test_a_new_workshop_from_a_template_keeps_its_agenda(
    window: MainWindow, tmp_path: Path
) -> None:
    template = bundled("good-bad-90")
    path = tmp_path / "session.pointb"
    assert window.new_workshop(path, "Session", template)
    workshop = window.controller.data.workshop
    stored = agenda_from_json(workshop.agenda_json)
    assert stored is not None and stored.steps == template.steps
    # The template's boards, each bound to the board the workshop got for it.
    board_ids = [b.id for b in window.controller.data.boards]
    assert [b.board_id for b in stored.boards] == board_ids
    assert [dataclasses.replace(b, board_id=None) for b in stored.boards] == list(template.boards)
    assert workshop.agenda_step == 0
    kinds = [b.kind for b in window.controller.data.boards]
    assert model.BoardKind.REVERSE in kinds
    panel = window.room.agenda_panel
    assert panel.title_label.text() == template.steps[0].title_en
    assert panel.timer.text() == f"{template.steps[0].minutes:02d}:00"
    assert window.room.agenda_dock.isVisibleTo(window)
    # Stored in the file: it is there after closing and opening again.
    window.controller.close()
    reopened = WorkshopFile.open(path)
    try:
        assert agenda_from_json(reopened.data.workshop.agenda_json) == stored
    finally:
        reopened.close()


def test_next_and_previous_step_are_undoable(qtbot: Any, controller: Controller) -> None:
    template = bundled("value-proposition-2h")
    panel = make_panel(qtbot, controller, template)
    stack = controller.undo_stack
    count = stack.count()
    assert not panel.previous_step()  # nothing before the first step
    assert panel.next_step() and panel.next_step()
    assert panel.current_index() == 2 and stack.count() == count + 2
    assert panel.title_label.text() == template.steps[2].title_en
    assert panel.position_label.text().startswith(f"Step 3 of {len(template.steps)}")
    stack.undo()
    assert panel.current_index() == 1
    assert panel.title_label.text() == template.steps[1].title_en
    assert panel.previous_step() and panel.current_index() == 0
    assert panel.go_to(len(template.steps) - 1)
    assert not panel.next_step()
    assert panel.next_label.text() == "This is the last step."


def test_reorder_add_remove_retime_each_one_undo_step(qtbot: Any, controller: Controller) -> None:
    template = bundled("good-bad-90")
    panel = make_panel(qtbot, controller, template)
    stack = controller.undo_stack
    original = titles(panel)
    assert panel.go_to(1)
    start = stack.count()

    assert panel.move_step(1, -1)  # the current step moves up; the room stays on it
    assert titles(panel)[:2] == [original[1], original[0]]
    assert panel.current_index() == 0
    assert panel.title_label.text() == original[1]

    new = AgendaStep("break", "Coffee", "Кофе", "", "", 15)
    assert panel.add_step(new, after=0)
    assert titles(panel)[1] == "Coffee" and len(titles(panel)) == len(original) + 1

    assert panel.retime_step(1, 20)
    agenda = panel.agenda()
    assert agenda is not None and agenda.steps[1].minutes == 20
    assert not panel.retime_step(1, 20)  # no change, no undo step

    assert panel.remove_step(0)  # removing the current step: the room goes to the next one
    assert titles(panel)[0] == "Coffee"
    assert stack.count() == start + 4

    for _ in range(4):
        stack.undo()
    assert titles(panel) == original and panel.current_index() == 1
    # The domain rules still refuse: the last remaining step cannot go.
    single = Agenda(key="one", name_en="One", name_ru="", steps=(new,))
    assert panel.set_agenda(single)
    messages: list[str] = []
    controller.error.connect(messages.append)
    assert not panel.remove_step(0)
    assert messages and "at least one step" in messages[0]


def test_the_panel_widgets_drive_the_edits(qtbot: Any, controller: Controller) -> None:
    panel = make_panel(qtbot, controller, bundled("ideas-to-mvp"))
    first = titles(panel)
    panel.step_list.setCurrentRow(2)
    panel.down_button.click()
    assert titles(panel)[3] == first[2] and panel.step_list.currentRow() == 3
    panel.minutes_spin.setValue(33)
    panel.minutes_spin.editingFinished.emit()
    agenda = panel.agenda()
    assert agenda is not None and agenda.steps[3].minutes == 33
    panel.next_button.click()
    assert panel.current_index() == 1
    dialog = StepDialog("ru", panel)
    qtbot.addWidget(dialog)
    dialog.exercise_combo.setCurrentIndex(dialog.exercise_combo.findData("talk"))
    dialog.title_edit.setText("Итоги")
    dialog.minutes_spin.setValue(7)
    step = dialog.step()
    assert (step.exercise, step.title_ru, step.title_en, step.minutes) == ("talk", "Итоги", "", 7)
    assert panel.add_step(step)
    assert panel.agenda() is not None and panel.agenda().steps[-1] == step  # type: ignore[union-attr]


def test_save_as_template_in_the_users_folder(
    qtbot: Any, controller: Controller, data_dir: Path
) -> None:
    panel = make_panel(qtbot, controller, bundled("good-bad-90"))
    assert panel.retime_step(0, 12)
    path = panel.save_as_template("Our Friday session")
    assert path == data_dir / "templates" / "our-friday-session.toml"
    agendas, errors = rules.load_templates([rules.bundled_templates_dir(), path.parent])
    assert errors == []
    saved = next(a for a in agendas if a.key == "our-friday-session")
    assert saved.name_en == "Our Friday session" and saved.steps[0].minutes == 12
    with pytest.raises(FileExistsError):
        panel.save_as_template("Our Friday session")
    assert panel.retime_step(0, 14)
    panel.save_as_template("Our Friday session", overwrite=True)
    assert rules.load_template(path).steps[0].minutes == 14
    with pytest.raises(ValueError):
        panel.save_as_template("   ")


def test_broken_templates_are_reported_and_the_others_load(
    qtbot: Any, window: MainWindow, data_dir: Path
) -> None:
    folder = data_dir / "templates"
    folder.mkdir(parents=True)
    (folder / "typo.toml").write_text(
        'name_en = "Typo"\nname_ru = ""\ndescription_en = ""\ndescription_ru = ""\n\n'
        '[[steps]]\nexercise = "capture"\nminutes = "ten"\ntitle_en = "Write"\n'
        'title_ru = ""\ninstructions_en = ""\ninstructions_ru = ""\n',
        "utf-8",
    )
    (folder / "syntax.toml").write_text('name_en = "Broken\n', "utf-8")
    picker = TemplatePicker("en", window)
    qtbot.addWidget(picker)
    text = picker.error_label.text()
    assert "typo.toml, line 8: step 1: minutes:" in text
    assert "syntax.toml, line 1: TOML syntax error" in text
    assert not picker.error_label.isHidden()
    keys = {picker.list.item(i).data(0x0100).key for i in range(picker.list.count())}
    assert {"good-bad-90", "ideas-to-mvp", "value-proposition-2h", "service-design-day"} <= keys
    # The start screen lists them too, next to the templates that did load.
    window.start_screen.refresh_templates()
    assert "typo.toml:8" in window.start_screen.template_note.text()
    assert window.start_screen.template_list.count() >= 4


def test_choosing_a_template_in_the_console(
    qtbot: Any, window: MainWindow, workshop_path: Path
) -> None:
    assert window.open_path(workshop_path)
    panel = window.room.agenda_panel
    assert panel.agenda() is None and panel.name_label.text() == "No agenda yet"
    panel.ask_template()
    picker = panel.last_dialog
    assert isinstance(picker, TemplatePicker)
    picker.list.setCurrentRow(0)
    chosen = picker.chosen()
    picker.accept()
    stored = panel.agenda()
    assert chosen is not None and stored is not None and stored.steps == chosen.steps
    # The workshop had no agenda and an empty board: nothing to ask; the boards are bound.
    assert all(b.board_id is not None for b in stored.boards)
    window.controller.undo_stack.undo()
    assert panel.agenda() is None


def test_agenda_json_round_trip_and_damage() -> None:
    template = bundled("service-design-day")
    assert agenda_from_json(agenda_to_json(template)) == template
    assert agenda_from_json("") is None and agenda_to_json(None) == ""
    with pytest.raises(ValueError, match="damaged"):
        agenda_from_json('{"steps": [{"title_en": "no exercise"}]}')


def test_the_step_list_follows_the_room_and_shows_the_current_step(
    qtbot: Any, controller: Controller
) -> None:
    template = bundled("service-design-day")
    panel = make_panel(qtbot, controller, template)
    panel.resize(300, 600)
    panel.show()
    qtbot.waitExposed(panel)
    steps = panel.step_list
    for _ in range(len(template.steps) - 1):
        assert panel.next_step()
        index = panel.current_index()
        assert steps.currentRow() == index  # the selection moved with the room
        shown = steps.visualItemRect(steps.item(index))
        assert steps.viewport().rect().intersects(shown)  # scrolled into view
    # A row picked by hand (to retime it) stays picked while the room stays on its step.
    steps.setCurrentRow(2)
    panel.refresh()
    assert steps.currentRow() == 2
