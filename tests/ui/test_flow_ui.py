"""One workshop, one flow: each bundled template run from a new workshop with Next only.

At every exercise step content is added through the board widgets; the test checks the
board and stage each step shows, that earlier content is still there, that one timer
runs, and that the report has no page for an empty board.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox, QWidget

from app import cli, interchange
from app.domain import agenda as rules
from app.domain import edits, flow, model, prioritise_flow, reverse_flow
from app.domain.agenda import Agenda
from app.domain.reverse import ReverseStep
from app.domain.value_prop import CanvasItemKind
from app.export import json_dump
from app.export.pdf import export_report_pdf
from app.ui.agenda_panel import StepDialog
from app.ui.board.capture import CaptureBoard
from app.ui.exercises.journey import JourneyBoard
from app.ui.exercises.prioritise import PrioritiseBoardWidget
from app.ui.exercises.reverse import ReverseBoardWidget
from app.ui.exercises.scenarios import ScenarioBoard
from app.ui.exercises.strategy import StrategyBoard
from app.ui.exercises.value_prop import ValueBoardWidget
from app.ui.main_window import MainWindow
from app.ui.timer_widget import TimerWidget
from tests.ui.helpers import click, note_center, press_key, type_text

TEMPLATES = (
    "ideas-to-mvp",
    "good-bad-90",
    "value-proposition-2h",
    "service-design-day",
    "cx-strategy-day",
)


def bundled(key: str) -> Agenda:
    agendas, errors = rules.load_templates([rules.bundled_templates_dir()])
    assert errors == []
    return next(a for a in agendas if a.key == key)


@pytest.fixture
def window(qtbot: Any, qsettings: Path) -> Iterator[MainWindow]:
    win = MainWindow(settings=QSettings())
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    yield win
    if win.room.presenter is not None:
        win.room.presenter.close()
        win.room.presenter.deleteLater()
    win.controller.close()


def type_and_enter(entry: QLineEdit, text: str) -> None:
    entry.setFocus()
    type_text(entry, text)
    press_key(entry, Qt.Key.Key_Return)


def press(qtbot: Any, button: QWidget) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def running_countdowns(window: MainWindow) -> set[int]:
    timers = window.findChildren(TimerWidget)
    presenter = window.room.presenter
    if presenter is not None:
        timers += presenter.findChildren(TimerWidget)
    return {id(t.countdown) for t in timers if t.countdown.running}


# --- what the room does at each kind of step ----------------------------------------------------


def on_capture(qtbot: Any, window: MainWindow, board: CaptureBoard, stage: str) -> None:
    controller = window.controller
    notes = controller.data.notes_on(board.board_id)
    assert board.voting() == (stage == "vote")  # the vote step turns dot voting on
    if stage == "write":  # writing: three notes typed in the capture field
        for text in ("Pay by QR code", "Оплата через почту", "Autopay from a card"):
            type_and_enter(board.capture_edit, text)
        assert len(controller.data.notes_on(board.board_id)) == len(notes) + 3
    elif stage == "cluster":  # sharing: a cluster of two notes
        board.scene.select_notes([n.id for n in notes[:2]])
        assert board.create_cluster("Paying")
    else:  # voting: a dot on the first note, for the first team
        if not notes:  # ideas sent here from other boards: one typed in stands for them
            type_and_enter(board.capture_edit, "Model sent from the audit")
            notes = controller.data.notes_on(board.board_id)
        team = controller.data.teams[0]
        board.set_voter(model.VoterKind.TEAM, team.id)
        click(board.view, note_center(board, notes[0].id))
        assert controller.data.vote_totals().get(notes[0].id, 0) >= 1
        presenter = window.room.presenter
        assert presenter is not None and presenter.mirrors[board.board_id][0].votes_hidden()


def on_reverse(qtbot: Any, window: MainWindow, board: ReverseBoardWidget, stage: str) -> None:
    controller = window.controller
    found = reverse_flow.find_round(controller.data, board.board_id)
    assert found is not None and flow.reverse_stage(found.step) == stage
    if stage == "write":
        taken = reverse_flow.capture_ideas(controller.data)
        for team in controller.data.teams:
            lane = board.lane(team.id)
            type_and_enter(lane.good_entry, f"Good idea of {team.name}")
            # A team may take its bad idea from the capture board (offered as it types).
            bad = taken[0].text if taken and team == controller.data.teams[0] else "Bad"
            assert lane.capture_ideas.stringList()[:1] == [t.text for t in taken[:1]]
            type_and_enter(lane.bad_entry, f"{bad}" if bad != "Bad" else f"Bad of {team.name}")
        if taken:
            sources = {n.source_note_id for n in controller.data.notes_on(board.board_id)}
            assert taken[0].id in sources
    elif stage == "set-aside":
        goods = [n for n in controller.data.notes_on(board.board_id) if n.role.value == "good"]
        assert goods and all(n.parked for n in goods)
    elif stage == "deal":
        assert len(reverse_flow.deals_on(controller.data, board.board_id)) == len(
            controller.data.teams
        )
    elif stage == "transform":
        for team in controller.data.teams:
            lane = board.lane(team.id)
            for received in reverse_flow.received_ideas(controller.data, board.board_id, team.id):
                type_and_enter(lane.solution_entries[received.id], f"Solution from {team.name}")
    elif stage == "reveal":
        press(qtbot, board.reveal_button)
        solution = next(
            n for n in controller.data.notes_on(board.board_id) if n.role.value == "solution"
        )
        card = board.card(solution.id)
        assert card is not None and card.pick_box is not None
        card.pick_box.setChecked(True)
        if any(b.kind == model.BoardKind.PRIORITISE for b in controller.data.boards):
            press(qtbot, board.promote_button)
            assert any(c.note_id == solution.id for c in controller.data.candidates)


def on_prioritise(qtbot: Any, window: MainWindow, board: PrioritiseBoardWidget, stage: str) -> None:
    controller = window.controller
    candidates = prioritise_flow.board_candidates(controller.data, board.board_id)
    if stage == "candidates" or not candidates:
        tab = board.candidates_tab
        qtbot.keyClicks(tab.text_edit, "Cashback for paying early")
        qtbot.keyClick(tab.text_edit, Qt.Key.Key_Return)
        candidates = prioritise_flow.board_candidates(controller.data, board.board_id)
    first = candidates[0]
    if stage == "kano":
        quick = board.kano_tab.quick_board
        qtbot.wait(1)
        rect = quick.card_rect(first.id)
        center = QPoint(int(rect.center().x()), int(rect.center().y()))
        qtbot.mouseClick(quick, Qt.MouseButton.LeftButton, pos=center)
        qtbot.keyClick(quick, Qt.Key.Key_1)
        assert next(c for c in controller.data.candidates if c.id == first.id).kano is not None
    elif stage == "scores":
        tab = board.scores_tab
        reach = tab.model.column_index("reach")
        assert tab.proxy.setData(tab.proxy.index(0, reach), "250")
        assert any(c.reach == 250 for c in controller.data.candidates)
    elif stage == "slices":
        press(qtbot, board.slices_tab.create_button)
        assert prioritise_flow.board_slices(controller.data, board.board_id)


def on_cx(
    qtbot: Any, window: MainWindow, board: StrategyBoard | JourneyBoard | ScenarioBoard, visit: int
) -> None:
    """Strategy canvas, journey map, scenario audit: one card per visit, typed in."""
    data = window.controller.data
    if isinstance(board, StrategyBoard):
        from app.domain.strategy import StrategyItemKind

        before = len(data.strategy_items)
        type_and_enter(board.point_a[StrategyItemKind.NOW].add_field, f"Where we are {visit}")
        assert len(window.controller.data.strategy_items) == before + 1
    elif isinstance(board, JourneyBoard):
        from app.domain.journey import Lane

        if not board.lists:
            press(qtbot, board.defaults_button)
        stages = window.controller.data.journey_stages
        stage = next(s for s in stages if s.board_id == board.board_id)
        before = len(window.controller.data.journey_cells)
        type_and_enter(board.lists[(stage.id, Lane.BARRIERS)].add_field, f"Barrier {visit}")
        assert len(window.controller.data.journey_cells) == before + 1
    else:
        before = len(data.audit_scenarios)
        type_and_enter(board.new_scenario, f"Scenario {visit}")
        assert len(window.controller.data.audit_scenarios) == before + 1


def on_value(qtbot: Any, window: MainWindow, board: ValueBoardWidget, stage: str) -> None:
    data = window.controller.data
    if stage == "canvas":
        if not data.segments:
            type_and_enter(board.new_segment, "Parents")
        if data.slices:  # the release slices cut on the prioritisation board are offered
            picker = board.new_canvas_for
            offered = [picker.itemText(i) for i in range(picker.count())]
            assert any("MVP 1" in text for text in offered), offered
        field = board.canvas_view.section(CanvasItemKind.PAIN).add_field
        before = len(window.controller.data.canvas_items)
        type_and_enter(field, "Queues at the post office")
        assert len(window.controller.data.canvas_items) == before + 1
    else:
        assert window.controller.data.canvases  # the canvas made earlier is still there


# --- the test ------------------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("key", TEMPLATES)
def test_each_template_runs_from_a_new_workshop_with_next_only(
    qtbot: Any, window: MainWindow, tmp_path: Path, key: str
) -> None:
    agenda = bundled(key)
    assert window.new_workshop(tmp_path / f"{key}.pointb", "Day", agenda)
    controller = window.controller
    assert len(controller.data.boards) == len(agenda.boards)
    for name, color in (("Sun", "#FFD54F"), ("Sky", "#81D4FA"), ("Leaf", "#A5D6A7")):
        assert controller.edit("team", edits.add_team(controller.data, name, color))
    room = window.room
    panel = room.agenda_panel
    room.presenter_action.trigger()  # the projector is open all the way through
    presenter = room.presenter
    assert presenter is not None
    content_before = 0
    for index, step in enumerate(agenda.steps):
        data = controller.data
        assert data.workshop.agenda_step == index
        target = flow.current_target(data)
        assert target is not None and target.index == index
        # Dot voting is on exactly on a vote step (leaving one turned it off).
        for board_id, shown in window.board_widgets.items():
            if isinstance(shown, CaptureBoard):
                assert shown.voting() == (flow.voting_step(target) and target.board_id == board_id)
        # The projector names this step once, with the one timer.
        assert presenter.title_label.text() == step.title("en")
        if target.board_id is not None:
            assert controller.current_board_id == target.board_id
            widget = window.current_board_widget()
            board = data.board(target.board_id)
            assert board is not None and board.kind.value == step.exercise
            assert presenter.board_id == target.board_id
            stages = widget.board_stages() if widget is not None else None
            if target.stage and stages is not None:
                assert stages.shown() == target.stage
            # Content from earlier steps is still there (boards are shared, not copied).
            content = len(data.notes) + len(data.candidates) + len(data.canvas_items)
            assert content >= content_before
            if isinstance(widget, CaptureBoard):
                on_capture(qtbot, window, widget, target.stage)
            elif isinstance(widget, ReverseBoardWidget):
                on_reverse(qtbot, window, widget, target.stage)
                assert widget.timer.countdown is panel.timer.countdown  # one timer
            elif isinstance(widget, PrioritiseBoardWidget):
                on_prioritise(qtbot, window, widget, target.stage)
            elif isinstance(widget, ValueBoardWidget):
                on_value(qtbot, window, widget, target.stage)
            elif isinstance(widget, StrategyBoard | JourneyBoard | ScenarioBoard):
                on_cx(qtbot, window, widget, index)
            data = controller.data
            content_before = len(data.notes) + len(data.candidates) + len(data.canvas_items)
        panel.timer.start()
        assert len(running_countdowns(window)) == 1
        assert panel.timer.text() == presenter.timer_display.text()
        panel.timer.pause()
        if index + 1 < len(agenda.steps):
            press(qtbot, panel.next_button)
    assert not panel.next_button.isEnabled()
    assert len(controller.data.boards) == len(agenda.boards)
    # The good idea / bad idea round went all the way to the reveal.
    for found in controller.data.reverse_rounds:
        assert found.step == ReverseStep.REVEAL

    # An empty board gets no page in the report; the cover lists it as not used.
    assert window.board_actions.add_board(model.BoardKind.CAPTURE, "Spare wall")
    out = tmp_path / "report.pdf"
    export_report_pdf(controller.data, out)
    pages = [page.extract_text() or "" for page in PdfReader(out).pages]
    assert "Spare wall" in pages[0] and "not used" in pages[0]
    assert not any("Spare wall" in page for page in pages[1:])
    titles = [b.title for b in flow.report_order(controller.data) if b.title != "Spare wall"]
    firsts = [next(i for i, page in enumerate(pages) if i and title in page) for title in titles]
    assert firsts == sorted(firsts)  # board pages follow the agenda's order


def test_next_step_key_works_while_typing_in_a_text_field(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    assert window.new_workshop(tmp_path / "day.pointb", "Day", bundled("ideas-to-mvp"))
    controller = window.controller
    room = window.room
    room.agenda_panel.go_to(1)  # silent writing, on the capture board
    board = window.current_board_widget()
    assert isinstance(board, CaptureBoard)
    board.capture_edit.setFocus()
    qtbot.waitUntil(board.capture_edit.hasFocus)
    type_text(board.capture_edit, "half")
    qtbot.keyClick(
        board.capture_edit,
        Qt.Key.Key_Right,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert controller.data.workshop.agenda_step == 2
    qtbot.keyClick(
        board.capture_edit,
        Qt.Key.Key_Left,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert controller.data.workshop.agenda_step == 1
    assert board.capture_edit.text() == "half"  # the text stays as it was typed


def test_exercise_stage_moves_the_agenda_in_one_undo_step(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    assert window.new_workshop(tmp_path / "day.pointb", "Day", bundled("ideas-to-mvp"))
    controller = window.controller
    panel = window.room.agenda_panel
    panel.go_to(9)  # pick the candidates
    board = window.current_board_widget()
    assert isinstance(board, PrioritiseBoardWidget) and board.shown_stage() == "candidates"
    count = controller.undo_stack.count()
    board.tabs.setCurrentWidget(board.scores_tab)  # the facilitator clicks a tab
    assert controller.data.workshop.agenda_step == 12  # "Scores"
    assert controller.undo_stack.count() == count + 1
    assert panel.title_label.text() == "Scores"
    controller.undo_stack.undo()
    assert controller.data.workshop.agenda_step == 9
    assert board.shown_stage() == "candidates"  # the view follows the undo


def test_reverse_next_moves_the_agenda_and_undo_takes_both_back(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    assert window.new_workshop(tmp_path / "day.pointb", "Day", bundled("good-bad-90"))
    controller = window.controller
    for name in ("Sun", "Sky"):
        controller.edit("team", edits.add_team(controller.data, name, None))
    panel = window.room.agenda_panel
    panel.go_to(2)  # write: the round starts with the workshop's teams
    board = window.current_board_widget()
    assert isinstance(board, ReverseBoardWidget)
    found = reverse_flow.find_round(controller.data, board.board_id)
    assert found is not None and found.team_ids == [t.id for t in controller.data.teams]
    for team in controller.data.teams:
        type_and_enter(board.lane(team.id).bad_entry, f"bad {team.name}")
        type_and_enter(board.lane(team.id).good_entry, f"good {team.name}")
    count = controller.undo_stack.count()
    press(qtbot, board.next_button)  # the exercise's own Next: set aside
    assert controller.data.workshop.agenda_step == 3
    assert controller.undo_stack.count() == count + 1
    controller.undo_stack.undo()
    found = reverse_flow.find_round(controller.data, board.board_id)
    assert found is not None and found.step == ReverseStep.WRITE
    assert controller.data.workshop.agenda_step == 2
    # The board's own timer is the agenda's: no minutes box, the agenda's timebox.
    assert not board.minutes_spin.isVisibleTo(board)
    assert board.timer.text() == panel.timer.text() == "05:00"
    # ... shown once, in the agenda panel: the board's header does not repeat it.
    assert not board.timer.isVisibleTo(board) and panel.timer.isVisibleTo(panel)


def test_choosing_an_agenda_for_a_workshop_with_content_asks_and_keeps_boards(
    qtbot: Any, window: MainWindow, workshop_path: Path
) -> None:
    assert window.open_path(workshop_path)
    controller = window.controller
    (capture,) = controller.data.boards
    assert controller.edit("note", edits.add_note(controller.data, capture.id, "An idea"))
    panel = window.room.agenda_panel
    agenda = bundled("ideas-to-mvp")
    question = panel.adopt_question(agenda)
    assert "Every board and what is on it stays." in question
    assert "Good idea / bad idea" in question and "From candidates to MVP" in question
    panel._template_chosen(agenda)
    box = panel.last_dialog
    assert isinstance(box, QMessageBox)
    press(qtbot, box.button(QMessageBox.StandardButton.Cancel))
    assert panel.agenda() is None  # nothing changed
    panel._template_chosen(agenda)
    box = panel.last_dialog
    assert isinstance(box, QMessageBox)
    press(qtbot, box.button(QMessageBox.StandardButton.Ok))
    stored = panel.agenda()
    assert stored is not None and stored.board("ideas").board_id == capture.id  # type: ignore[union-attr]
    assert [b.kind.value for b in controller.data.boards] == ["capture", "reverse", "prioritise"]
    assert controller.data.notes_on(capture.id)[0].text == "An idea"
    # A second agenda: asks again (it replaces one) and adds nothing it does not need.
    question = panel.adopt_question(bundled("good-bad-90"))
    assert "replaces the current agenda" in question and "No board is added" in question


def test_boards_are_added_renamed_moved_and_deleted_with_undo(
    qtbot: Any, window: MainWindow, workshop_path: Path
) -> None:
    assert window.open_path(workshop_path)
    controller = window.controller
    actions = window.board_actions
    actions.add_actions[model.BoardKind.VALUE].trigger()
    actions.add_actions[model.BoardKind.REVERSE].trigger()
    kinds = [b.kind for b in sorted(controller.data.boards, key=lambda b: b.position)]
    assert kinds == [model.BoardKind.CAPTURE, model.BoardKind.VALUE, model.BoardKind.REVERSE]
    reverse_board = controller.data.boards[-1]
    assert actions.rename(reverse_board.id, "Swap")
    assert controller.data.board(reverse_board.id).title == "Swap"  # type: ignore[union-attr]
    window.select_board(reverse_board.id)
    assert actions.move_current(-2)
    ordered = sorted(controller.data.boards, key=lambda b: b.position)
    assert ordered[0].title == "Swap"
    assert window.board_list.item(0).text() == "Swap"
    # Deleting a board with notes asks first, names what goes, and is one undo step.
    capture = next(b for b in controller.data.boards if b.kind == model.BoardKind.CAPTURE)
    controller.edit("note", edits.add_note(controller.data, capture.id, "Keep me"))
    box = actions.ask_delete(capture.id)
    assert box is not None and "1 note" in box.informativeText()
    count = controller.undo_stack.count()
    press(qtbot, box.button(QMessageBox.StandardButton.Ok))
    assert controller.data.board(capture.id) is None and controller.data.notes == []
    assert controller.undo_stack.count() == count + 1
    controller.undo_stack.undo()
    assert controller.data.board(capture.id) is not None
    assert [n.text for n in controller.data.notes] == ["Keep me"]
    # An empty board goes at once (still undoable).
    value = next(b for b in controller.data.boards if b.kind == model.BoardKind.VALUE)
    assert actions.ask_delete(value.id) is None
    assert controller.data.board(value.id) is None
    assert window.board_list.count() == 2


def _dump(path: Path) -> dict[str, Any]:
    """The JSON dump of a workshop file (it holds no dates; ids come from the same rules)."""
    from app.services import WorkshopFile

    opened = WorkshopFile.open(path, read_only=True)
    try:
        dump: dict[str, Any] = json.loads(json_dump.dumps(opened.data))
    finally:
        opened.close()
    return dump


@pytest.mark.parametrize("key", TEMPLATES)
def test_pointb_new_and_the_gui_make_the_same_workshop(
    window: MainWindow, tmp_path: Path, key: str, monkeypatch: Any
) -> None:
    gui = tmp_path / "gui.pointb"
    made = tmp_path / "cli.pointb"
    monkeypatch.setattr("app.ui.main_window.ui_language", lambda: "en")
    assert window.new_workshop(gui, "Day", bundled(key))
    window.controller.close()
    assert cli.main(["new", str(made), "--title", "Day", "--template", key]) == 0
    assert _dump(gui) == _dump(made)
    # ... and the same as the shared code path makes directly.
    direct = tmp_path / "direct.pointb"
    interchange.create_workshop(direct, "Day", "en", bundled(key)).close()
    assert _dump(direct) == _dump(made)


def test_board_list_keys_move_and_delete(
    qtbot: Any, window: MainWindow, workshop_path: Path
) -> None:
    assert window.open_path(workshop_path)
    controller = window.controller
    assert window.board_actions.add_board(model.BoardKind.PRIORITISE, "Second")
    board_list = window.board_list
    board_list.setFocus()
    qtbot.waitUntil(board_list.hasFocus)
    board_list.setCurrentRow(1)
    qtbot.keyClick(board_list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [board_list.item(i).text() for i in range(2)] == ["Second", "Ideas"]
    qtbot.keyClick(board_list, Qt.Key.Key_Delete)  # "Second" is empty: it goes at once
    assert [b.title for b in controller.data.boards] == ["Ideas"]


def test_a_workshop_with_an_agenda_from_before_boards_opens_and_maps_to_boards(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    from app.services import WorkshopFile

    sample = Path(__file__).parents[1] / "store" / "samples" / "agenda-before-boards.json"
    path = tmp_path / "old.pointb"
    made = WorkshopFile.create(path, model.Workshop(title="Old", agenda_json=sample.read_text()))
    try:
        for kind, title in (
            (model.BoardKind.CAPTURE, "Ideas"),
            (model.BoardKind.REVERSE, "Swap"),
            (model.BoardKind.PRIORITISE, "MVP"),
        ):
            made.apply("board", edits.add_board(made.data, kind, title))
    finally:
        made.close()
    assert window.open_path(path)
    panel = window.room.agenda_panel
    agenda = panel.agenda()
    assert agenda is not None and len(agenda.steps) == 15 and not agenda.boards
    titles = {b.kind: b.title for b in window.controller.data.boards}
    for index, expected in ((1, "Ideas"), (5, "Swap"), (11, "MVP")):
        assert panel.go_to(index)
        board = window.controller.data.board(window.controller.current_board_id or 0)
        assert board is not None and board.title == expected
        assert titles[board.kind] == expected


def test_a_step_added_in_the_panel_names_its_board_and_stage(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    assert window.new_workshop(tmp_path / "day.pointb", "Day", bundled("good-bad-90"))
    controller = window.controller
    assert window.board_actions.add_board(model.BoardKind.PRIORITISE, "Second MVP")
    second = max(b.id for b in controller.data.boards)
    panel = window.room.agenda_panel
    panel.step_list.setCurrentRow(7)
    panel.ask_add_step()
    dialog = panel.last_dialog
    assert isinstance(dialog, StepDialog)
    dialog.exercise_combo.setCurrentIndex(dialog.exercise_combo.findData("prioritise"))
    dialog.board_combo.setCurrentIndex(dialog.board_combo.findData(second))
    dialog.stage_combo.setCurrentIndex(dialog.stage_combo.findData("kano"))
    type_text(dialog.title_edit, "Sort the second list")
    dialog.accept()
    agenda = panel.agenda()
    assert agenda is not None and agenda.steps[8].title_en == "Sort the second list"
    assert panel.go_to(8)
    assert controller.current_board_id == second
    board = window.current_board_widget()
    assert isinstance(board, PrioritiseBoardWidget) and board.shown_stage() == "kano"
    assert "Second MVP" in panel.step_list.item(8).toolTip()


def test_f2_still_edits_a_note_and_renames_a_board_in_the_list(
    qtbot: Any, window: MainWindow, workshop_path: Path
) -> None:
    assert window.open_path(workshop_path)
    controller = window.controller
    board = window.current_board_widget()
    assert isinstance(board, CaptureBoard)
    (capture,) = controller.data.boards
    controller.edit("note", edits.add_note(controller.data, capture.id, "Note"))
    board.scene.select_notes([controller.data.notes[0].id])
    board.view.setFocus()
    qtbot.waitUntil(board.view.hasFocus)
    qtbot.keyClick(board.view, Qt.Key.Key_F2)
    assert board.editor.isVisible()  # F2 is the capture board's "edit note"
    press_key(board.editor, Qt.Key.Key_Escape)
    board.scene.clearSelection()
    window.board_list.setFocus()
    qtbot.waitUntil(window.board_list.hasFocus)
    qtbot.keyClick(window.board_list, Qt.Key.Key_F2)
    editor = window.board_list.findChild(QLineEdit)
    assert editor is not None and editor.isVisible()


def test_a_new_step_of_an_exercise_without_a_board_brings_its_board(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    assert window.new_workshop(tmp_path / "day.pointb", "Day", bundled("good-bad-90"))
    controller = window.controller
    panel = window.room.agenda_panel
    count = controller.undo_stack.count()
    step = rules.AgendaStep("value", "Canvas", "", stage="canvas", minutes=10)
    assert panel.add_step(step, after=6)
    value = [b for b in controller.data.boards if b.kind == model.BoardKind.VALUE]
    assert len(value) == 1 and controller.undo_stack.count() == count + 1
    assert panel.go_to(7)
    assert controller.current_board_id == value[0].id
    controller.undo_stack.undo()  # back to step 6 ...
    controller.undo_stack.undo()  # ... and the step and its board go in one undo step
    assert not any(b.kind == model.BoardKind.VALUE for b in controller.data.boards)


def test_deleting_a_board_the_agenda_opens_asks_even_when_it_is_empty(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    assert window.new_workshop(tmp_path / "day.pointb", "Day", bundled("good-bad-90"))
    (swap,) = window.controller.data.boards
    box = window.board_actions.ask_delete(swap.id)
    assert box is not None and "5 agenda step(s)" in box.informativeText()
    press(qtbot, box.button(QMessageBox.StandardButton.Cancel))
    assert window.controller.data.board(swap.id) is not None
