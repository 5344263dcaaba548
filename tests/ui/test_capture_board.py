"""The capture board driven like a facilitator drives it: keyboard, mouse, menus."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from app.domain import edits, model
from app.services import WorkshopFile
from app.ui.board.capture import CaptureBoard
from app.ui.board.scene import NoteFilter
from app.ui.controller import Controller
from tests.ui.helpers import click, drag, note_center, press_key, snapshot, type_text


def make_board(qtbot: Any, controller: Controller) -> CaptureBoard:
    board_id = controller.data.boards[0].id
    board = CaptureBoard(controller, board_id)
    qtbot.addWidget(board)
    board.resize(1400, 900)
    board.show()
    qtbot.waitExposed(board)
    qtbot.wait(5)  # the first fit runs from the event loop
    board.view.reset_zoom()
    board.view.centerOn(700.0, 300.0)
    return board


def add_notes(controller: Controller, texts: list[str], **fields: Any) -> list[int]:
    ids = []
    board_id = controller.data.boards[0].id
    for text in texts:
        data = controller.data
        x, y = edits.next_note_position(data, board_id)
        assert controller.edit("add", edits.add_note(data, board_id, text, x=x, y=y, **fields))
        ids.append(max(n.id for n in controller.data.notes))
    return ids


def note(controller: Controller, note_id: int) -> model.Note:
    return next(n for n in controller.data.notes if n.id == note_id)


def test_keyboard_capture_of_several_notes_including_cyrillic(
    qtbot: Any, controller: Controller, workshop_path: Path
) -> None:
    board = make_board(qtbot, controller)
    ravens = controller.data.teams[0]
    board.team_combo.setCurrentIndex(board.team_combo.findData(ravens.id))
    board.tag_combo.setCurrentIndex(board.tag_combo.findData(model.SourceTag.CUSTOMERS))
    board.author_edit.setText("Oleg")
    edit = board.capture_edit
    edit.setFocus()
    texts = ["Pay by QR code in the app", "Оплата через почту России", "Кэшбэк 💳 for loyal payers"]
    for text in texts:
        type_text(edit, text)
        press_key(edit, Qt.Key.Key_Return)
        assert edit.text() == ""  # ready for the next note
    assert len(board.scene.notes) == 3
    assert controller.undo_stack.count() == 3
    controller.close()

    reopened = WorkshopFile.open(workshop_path)
    try:
        notes = sorted(reopened.data.notes, key=lambda n: n.id)
        assert [n.text for n in notes] == texts
        assert {n.team_id for n in notes} == {ravens.id}
        assert {n.author for n in notes} == {"Oleg"}
        assert {n.tag for n in notes} == {model.SourceTag.CUSTOMERS}
        assert len({(n.x, n.y) for n in notes}) == 3  # each at its own free place
    finally:
        reopened.close()


def test_empty_text_makes_no_note(qtbot: Any, controller: Controller) -> None:
    board = make_board(qtbot, controller)
    type_text(board.capture_edit, "   ")
    press_key(board.capture_edit, Qt.Key.Key_Return)
    assert controller.data.notes == []
    assert controller.undo_stack.count() == 0


def test_drag_one_note_is_one_undo_step_and_is_saved(
    qtbot: Any, controller: Controller, workshop_path: Path
) -> None:
    (nid,) = add_notes(controller, ["Drag me"])
    board = make_board(qtbot, controller)
    controller.undo_stack.clear()
    start = note_center(board, nid)
    drag(board.view, start, start + QPoint(300, 120), steps=10)
    assert controller.undo_stack.count() == 1
    moved = note(controller, nid)
    assert (moved.x, moved.y) == pytest.approx((300.0, 120.0))
    controller.undo_stack.undo()
    assert (note(controller, nid).x, note(controller, nid).y) == (0.0, 0.0)
    assert board.scene.notes[nid].pos().toTuple() == (0.0, 0.0)
    controller.undo_stack.redo()
    controller.close()
    reopened = WorkshopFile.open(workshop_path)
    try:
        saved = reopened.data.notes[0]
        assert (saved.x, saved.y) == pytest.approx((300.0, 120.0))
    finally:
        reopened.close()


def test_rubber_band_selection_and_multi_note_drag_is_one_step(
    qtbot: Any, controller: Controller
) -> None:
    ids = add_notes(controller, ["One", "Two", "Three"])
    board = make_board(qtbot, controller)
    controller.undo_stack.clear()
    # A rubber band from empty board space around the first two notes.
    top_left = board.view.mapFromScene(-30.0, -30.0)
    bottom_right = board.view.mapFromScene(2 * 220.0 - 30.0, 160.0)
    drag(board.view, top_left, bottom_right)
    assert board.scene.selected_note_ids() == ids[:2]
    start = note_center(board, ids[0])
    drag(board.view, start, start + QPoint(0, 400))
    assert controller.undo_stack.count() == 1
    assert [note(controller, i).y for i in ids] == pytest.approx([400.0, 400.0, 0.0])
    controller.undo_stack.undo()
    assert [note(controller, i).y for i in ids] == [0.0, 0.0, 0.0]


def test_clusters_create_drag_out_and_in_merge_dissolve(qtbot: Any, controller: Controller) -> None:
    ids = add_notes(controller, ["A", "B", "C", "D"])
    board = make_board(qtbot, controller)
    controller.undo_stack.clear()
    board.scene.select_notes(ids[:2])
    assert board.create_cluster("Payments")
    (cluster,) = controller.data.clusters
    assert cluster.title == "Payments"
    assert {n.id for n in controller.data.notes if n.cluster_id == cluster.id} == set(ids[:2])
    assert controller.undo_stack.count() == 1

    # Drag B out of the frame: one step moves it and takes it out of the cluster.
    board.scene.clearSelection()
    start = note_center(board, ids[1])
    drag(board.view, start, start + QPoint(0, 500))
    assert controller.undo_stack.count() == 2
    assert note(controller, ids[1]).cluster_id is None
    assert note(controller, ids[1]).y == pytest.approx(500.0)
    # ... and back in: it joins again.
    start = note_center(board, ids[1])
    drag(board.view, start, start + QPoint(0, -500))
    assert note(controller, ids[1]).cluster_id == cluster.id
    controller.undo_stack.undo()
    assert note(controller, ids[1]).cluster_id is None

    # A second cluster, then merge both, then dissolve.
    board.scene.select_notes(ids[2:])
    assert board.create_cluster("Trust")
    assert len(controller.data.clusters) == 2
    board.scene.clearSelection()
    for item in board.scene.clusters.values():
        item.setSelected(True)
    assert board.merge_selected()
    (merged,) = controller.data.clusters
    assert {n.id for n in controller.data.notes if n.cluster_id == merged.id} == {ids[0], *ids[2:]}
    board.scene.clearSelection()
    board.scene.clusters[merged.id].setSelected(True)
    assert board.dissolve_selected()
    assert controller.data.clusters == []
    assert all(n.cluster_id is None for n in controller.data.notes)
    controller.undo_stack.undo()
    assert len(controller.data.clusters) == 1


def test_dragging_a_cluster_carries_its_notes(qtbot: Any, controller: Controller) -> None:
    ids = add_notes(controller, ["A", "B", "C"])
    board = make_board(qtbot, controller)
    board.scene.select_notes(ids[:2])
    board.create_cluster("Group")
    (cluster,) = controller.data.clusters
    controller.undo_stack.clear()
    board.scene.clearSelection()
    title = board.scene.clusters[cluster.id].mapToScene(40.0, 20.0)
    start = board.view.mapFromScene(title)
    drag(board.view, start, start + QPoint(0, 300))
    assert controller.undo_stack.count() == 1
    moved = next(c for c in controller.data.clusters if c.id == cluster.id)
    assert moved.y == pytest.approx(cluster.y + 300.0)
    assert [note(controller, i).y for i in ids] == pytest.approx([300.0, 300.0, 0.0])
    assert board.scene.notes[ids[0]].pos().y() == pytest.approx(300.0)


def test_dot_voting_within_budget_and_refusal(qtbot: Any, controller: Controller) -> None:
    ids = add_notes(controller, [f"Idea {i}" for i in range(6)])  # budget: 6 // 3 = 2 dots
    board = make_board(qtbot, controller)
    errors: list[str] = []
    controller.error.connect(errors.append)
    controller.undo_stack.clear()
    board.set_voting(True)
    assert board.vote_bar.isVisibleTo(board)
    oleg = next(p for p in controller.data.participants if p.name == "Oleg")
    board.set_voter(model.VoterKind.PARTICIPANT, oleg.id)
    assert board.remaining_dots() == (2, 2)
    click(board.view, note_center(board, ids[0]))
    click(board.view, note_center(board, ids[0]))
    assert board.scene.notes[ids[0]].votes == 2
    assert [(v.voter_kind, v.voter_id, v.count) for v in controller.data.votes] == [
        (model.VoterKind.PARTICIPANT, oleg.id, 2)
    ]  # the dots are Oleg's, the voter picked
    assert board.remaining_dots() == (0, 2)
    assert "0" in board.budget_label.text()
    click(board.view, note_center(board, ids[1]))  # over budget: refused with a message
    assert errors and "2" in errors[-1]
    assert board.scene.notes[ids[1]].votes == 0
    click(board.view, note_center(board, ids[0]), modifiers=Qt.KeyboardModifier.ShiftModifier)
    assert board.scene.notes[ids[0]].votes == 1
    click(board.view, note_center(board, ids[0]), button=Qt.MouseButton.RightButton)
    assert board.scene.notes[ids[0]].votes == 0
    # A team votes with its own budget.
    foxes = controller.data.teams[1]
    board.set_voter(model.VoterKind.TEAM, foxes.id)
    click(board.view, note_center(board, ids[2]))
    assert controller.data.vote_totals() == {ids[2]: 1}
    assert [(v.voter_kind, v.voter_id) for v in controller.data.votes] == [
        (model.VoterKind.TEAM, foxes.id)
    ]
    assert controller.undo_stack.count() == 5
    # Voting mode does not move notes.
    assert note(controller, ids[2]).x == board.scene.notes[ids[2]].pos().x()
    board.set_voting(False)
    assert not board.vote_bar.isVisibleTo(board)


def test_delete_selection_is_one_step(qtbot: Any, controller: Controller) -> None:
    ids = add_notes(controller, ["Keep", "Drop 1", "Drop 2"])
    board = make_board(qtbot, controller)
    controller.undo_stack.clear()
    board.scene.select_notes(ids[1:])
    board.view.setFocus()
    assert board.delete_selection()
    assert [n.id for n in controller.data.notes] == ids[:1]
    assert set(board.scene.notes) == {ids[0]}
    assert controller.undo_stack.count() == 1
    controller.undo_stack.undo()
    assert set(board.scene.notes) == set(ids)


def test_team_and_tag_for_selection(qtbot: Any, controller: Controller) -> None:
    ids = add_notes(controller, ["A", "B"])
    board = make_board(qtbot, controller)
    foxes = controller.data.teams[1]
    board.scene.select_notes(ids)
    assert board.set_team_for_selection(foxes.id)
    assert board.set_tag_for_selection(model.SourceTag.RESEARCH)
    assert {(n.team_id, n.tag) for n in controller.data.notes} == {
        (foxes.id, model.SourceTag.RESEARCH)
    }
    assert board.scene.notes[ids[0]].color.name().upper() == foxes.color.upper()
    menu = board.build_context_menu()
    assert not menu.isEmpty()


def test_edit_in_place_commits_on_enter_and_cancels_on_escape(
    qtbot: Any, controller: Controller
) -> None:
    (nid,) = add_notes(controller, ["Old text"])
    board = make_board(qtbot, controller)
    controller.undo_stack.clear()
    board.scene.select_notes([nid])
    board.view.setFocus()
    board.edit_selected()  # F2
    assert board.editor.isVisible()
    type_text(board.editor, "Новый текст")
    press_key(board.editor, Qt.Key.Key_Return)
    assert not board.editor.isVisible()
    assert note(controller, nid).text == "Новый текст"
    assert controller.undo_stack.count() == 1

    board.scene.note_edit_requested.emit(nid)  # a double-click
    type_text(board.editor, "never saved")
    press_key(board.editor, Qt.Key.Key_Escape)
    assert note(controller, nid).text == "Новый текст"
    assert controller.undo_stack.count() == 1
    controller.undo_stack.undo()
    assert board.scene.notes[nid].note.text == "Old text"


def test_rename_cluster_in_place(qtbot: Any, controller: Controller) -> None:
    ids = add_notes(controller, ["A"])
    board = make_board(qtbot, controller)
    board.scene.select_notes(ids)
    board.create_cluster("Draft")
    (cluster,) = controller.data.clusters
    board.scene.cluster_rename_requested.emit(cluster.id)
    type_text(board.editor, "Платежи")
    press_key(board.editor, Qt.Key.Key_Return)
    assert controller.data.clusters[0].title == "Платежи"


def test_search_dims_non_matching_notes(qtbot: Any, controller: Controller) -> None:
    foxes = controller.data.teams[1]
    ids = add_notes(controller, ["Pay by phone", "Оплата картой"])
    (fox_note,) = add_notes(controller, ["Pay at the post office"], team_id=foxes.id)
    board = make_board(qtbot, controller)
    board.focus_find()
    type_text(board.search_edit, "pay")
    dimmed = {nid for nid, item in board.scene.notes.items() if item.dimmed}
    assert dimmed == {ids[1]}
    board.search_edit.clear()
    type_text(board.search_edit, "ОПЛАТА")  # case-insensitive, Cyrillic too
    assert {nid for nid, item in board.scene.notes.items() if item.dimmed} == {ids[0], fox_note}
    board.search_edit.clear()
    board.team_filter.setCurrentIndex(board.team_filter.findData(foxes.id))
    assert {nid for nid, item in board.scene.notes.items() if not item.dimmed} == {fox_note}
    assert "1" in board.match_label.text()
    board.team_filter.setCurrentIndex(0)
    assert not any(item.dimmed for item in board.scene.notes.values())
    assert board.scene.set_filter(NoteFilter(tag=model.SourceTag.OWN)) == 0


def test_undo_redo_all_the_way_back_to_the_start(qtbot: Any, controller: Controller) -> None:
    board = make_board(qtbot, controller)
    initial = snapshot(controller.data)
    for text in ["One", "Два", "Three", "Four", "Five", "Six"]:
        type_text(board.capture_edit, text)
        press_key(board.capture_edit, Qt.Key.Key_Return)
    ids = sorted(board.scene.notes)
    start = note_center(board, ids[0])
    drag(board.view, start, start + QPoint(40, 420))
    board.scene.select_notes(ids[1:3])
    board.create_cluster("Group")
    board.set_voting(True)
    click(board.view, note_center(board, ids[3]))
    board.set_voting(False)
    board.scene.select_notes([ids[4]])
    board.delete_selection()
    final = snapshot(controller.data)
    steps = controller.undo_stack.count()
    assert steps == 10
    while controller.undo_stack.canUndo():
        controller.undo_stack.undo()
    assert snapshot(controller.data) == initial
    assert board.scene.notes == {} and board.scene.clusters == {}
    while controller.undo_stack.canRedo():
        controller.undo_stack.redo()
    assert snapshot(controller.data) == final
    assert len(board.scene.notes) == 5


def test_zoom_fit_and_level_of_detail_rendering(qtbot: Any, controller: Controller) -> None:
    add_notes(controller, [f"Note {i}" for i in range(40)])
    board = make_board(qtbot, controller)
    board.fit()
    assert board.view.scale_factor() <= 1.25
    board.view.set_scale(0.2)
    assert board.zoom_label.text() == "20%"
    assert all(label.isVisible() for label in board.scene.labels.values())
    image = board.view.grab()
    assert not image.isNull()
    board.zoom_in()
    assert board.view.scale_factor() == pytest.approx(0.25)
    board.zoom_out()
    assert board.view.scale_factor() == pytest.approx(0.2)
    QApplication.processEvents()


def test_many_none_returning_qt_calls_do_not_crash(qtbot: Any, controller: Controller) -> None:
    """PySide6 6.12.0 over-released None on calls like setPos and aborted Python 3.11."""
    (nid,) = add_notes(controller, ["Stress"])
    board = make_board(qtbot, controller)
    item = board.scene.notes[nid]
    for i in range(10_000):
        item.setPos(float(i % 100), 0.0)
        item.setZValue(1.0)
    assert item.pos().x() == 99.0


def test_note_text_is_large_shrinks_to_fit_and_elides(qtbot: Any, controller: Controller) -> None:
    from app.ui.board.note_item import MIN_BODY_PX, MIN_READABLE_PX

    short, medium, huge = add_notes(
        controller,
        ["Pay by QR", "Платёж по номеру телефона через приложение банка-партнёра", "слово " * 400],
    )
    board = make_board(qtbot, controller)
    sizes = {nid: board.scene.notes[nid].body_pixel_size() for nid in (short, medium, huge)}
    assert sizes[short] >= 26
    assert sizes[medium] >= MIN_READABLE_PX
    assert sizes[huge] == MIN_BODY_PX
    block = board.scene.notes[huge].text_block()
    assert block.elided and block.lines[-1][1].text().endswith("…")
    assert not board.scene.notes[short].text_block().elided


def test_long_words_shrink_before_they_are_cut(qapp: object) -> None:
    """A note never splits a word in two while smaller type would keep it whole."""
    from app.ui.board.note_item import WORD_BREAK_FLOOR_PX, layout_text

    text = "Разбить платёж на еженедельные части"
    block = layout_text(text, 176.0, 120.0)
    shown = "".join(line.text() for _pos, line in block.lines)
    assert shown.replace(" ", "") == text.replace(" ", "")
    words = [line.text().strip() for _pos, line in block.lines]
    assert any("еженедельные" in w for w in words)
    assert block.pixel_size > WORD_BREAK_FLOOR_PX
    assert all(word in text.split() for w in words for word in w.split())  # none cut
