"""The prioritisation board driven like a facilitator would: every view, every gesture."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage

from app.domain import edits, model, prioritise_flow
from app.domain.kano import KanoCategory
from app.domain.prioritise import Candidate, MoSCoW, Origin
from app.services import WorkshopFile
from app.ui.board.registry import make_board
from app.ui.controller import Controller
from app.ui.exercises.prioritise import PrioritiseBoardWidget, render_screenshots
from app.ui.exercises.prioritise_scores import (
    ID_ROLE,
    SORT_ROLE,
    ScoreTableModel,
)

TODAY = "2026-11-24"


def point(rect: Any) -> QPoint:
    center = rect.center()
    return QPoint(int(center.x()), int(center.y()))


@pytest.fixture
def workshop_file(tmp_path: Path) -> WorkshopFile:
    """A capture board with three notes (the first has 3 dots) and an empty prioritisation board."""
    workshop = WorkshopFile.create(
        tmp_path / "prioritise.pointb",
        model.Workshop(title="Loans", date=TODAY, vote_budget=5),
    )
    data = workshop.data
    workshop.apply("team", edits.add_team(data, "Sun"))
    workshop.apply("board", edits.add_board(data, model.BoardKind.CAPTURE, "Ideas"))
    capture = data.boards[-1].id
    for text in ("Pay in the app", "SMS reminder", "Partner shops"):
        workshop.apply("note", edits.add_note(data, capture, text))
    workshop.apply("vote", edits.cast_vote(data, 1, model.VoterKind.TEAM, data.teams[0].id, 3))
    workshop.apply("board", edits.add_board(data, model.BoardKind.PRIORITISE, "Prioritisation"))
    return workshop


@pytest.fixture
def ctl(qapp: Any, workshop_file: WorkshopFile) -> Iterator[Controller]:
    controller = Controller()
    controller.adopt(workshop_file)
    yield controller
    controller.close()


@pytest.fixture
def board_id(ctl: Controller) -> int:
    return next(b.id for b in ctl.data.boards if b.kind == model.BoardKind.PRIORITISE)


@pytest.fixture
def widget(qtbot: Any, ctl: Controller, board_id: int) -> PrioritiseBoardWidget:
    board = PrioritiseBoardWidget(ctl, board_id)
    qtbot.addWidget(board)
    board.resize(1600, 1000)
    board.show()
    return board


def seed(ctl: Controller, board_id: int, texts: tuple[str, ...] = ("A", "B", "C")) -> list[int]:
    """Typed candidates made through the controller; the undo stack is cleared after."""
    for text in texts:
        assert ctl.edit("add", prioritise_flow.add_candidate(ctl.data, board_id, text))
    ctl.undo_stack.clear()
    return [c.id for c in prioritise_flow.board_candidates(ctl.data, board_id)]


def show_tab(qtbot: Any, board: PrioritiseBoardWidget, tab: Any) -> None:
    board.tabs.setCurrentWidget(tab)
    qtbot.wait(1)  # let the layout give the tab its size


# --- Candidates --------------------------------------------------------------------------------


def test_the_factory_is_registered_for_prioritisation_boards(
    qtbot: Any, ctl: Controller, board_id: int
) -> None:
    made = make_board(model.BoardKind.PRIORITISE, ctl, board_id)
    qtbot.addWidget(made)
    assert isinstance(made, PrioritiseBoardWidget)


def test_add_a_typed_candidate(qtbot: Any, ctl: Controller, widget: PrioritiseBoardWidget) -> None:
    tab = widget.candidates_tab
    show_tab(qtbot, widget, tab)
    qtbot.keyClicks(tab.text_edit, "Cashback for paying early")
    qtbot.keyClick(tab.text_edit, Qt.Key.Key_Return)
    (candidate,) = ctl.data.candidates
    assert candidate.text == "Cashback for paying early"
    assert candidate.origin == Origin.TYPED
    assert tab.text_edit.text() == ""
    assert tab.table.item(0, 0).text() == "Cashback for paying early"
    assert tab.table.item(0, 1).text() == "typed in"
    assert ctl.undo_stack.count() == 1
    ctl.undo_stack.undo()
    assert ctl.data.candidates == []
    assert tab.table.rowCount() == 0


def test_promote_notes_from_the_picker_sorted_by_votes(
    qtbot: Any, ctl: Controller, widget: PrioritiseBoardWidget
) -> None:
    tab = widget.candidates_tab
    show_tab(qtbot, widget, tab)
    assert tab.picker.count() == 3
    first = tab.picker.item(0)
    assert first.text().startswith("Pay in the app") and "● 3" in first.text()
    first.setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(tab.promote_button, Qt.MouseButton.LeftButton)
    (candidate,) = ctl.data.candidates
    assert (candidate.note_id, candidate.origin) == (1, Origin.CAPTURE)
    assert tab.table.item(0, 1).text() == "from a capture note"
    assert tab.table.item(0, 3).text() == "3"  # the note's dots count for the candidate
    assert tab.picker.count() == 2
    assert ctl.undo_stack.count() == 1


def test_proxy_votes_on_a_typed_candidate(
    qtbot: Any, ctl: Controller, board_id: int, widget: PrioritiseBoardWidget
) -> None:
    seed(ctl, board_id, ("Typed idea",))
    tab = widget.candidates_tab
    show_tab(qtbot, widget, tab)
    tab.table.selectRow(0)
    qtbot.mouseClick(tab.vote_up, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.vote_up, Qt.MouseButton.LeftButton)
    assert ctl.data.candidates[0].votes == 2
    assert tab.table.item(0, 3).text() == "2"
    tab.table.selectRow(0)
    qtbot.mouseClick(tab.vote_down, Qt.MouseButton.LeftButton)
    assert ctl.data.candidates[0].votes == 1


# --- Kano --------------------------------------------------------------------------------------


def test_quick_kano_by_keyboard(
    qtbot: Any, ctl: Controller, board_id: int, widget: PrioritiseBoardWidget
) -> None:
    first, second, third = seed(ctl, board_id)
    show_tab(qtbot, widget, widget.kano_tab)
    quick = widget.kano_tab.quick_board
    qtbot.mouseClick(quick, Qt.MouseButton.LeftButton, pos=point(quick.card_rect(first)))
    assert quick.selected == [first]
    qtbot.keyClick(quick, Qt.Key.Key_1)
    candidate = next(c for c in ctl.data.candidates if c.id == first)
    assert candidate.kano is KanoCategory.M and candidate.kano_dated
    assert quick.column_of(first) is KanoCategory.M
    assert "These results date from" in widget.kano_tab.drift_note.text()
    # The sorted card hands the selection to the next one waiting to be sorted.
    assert quick.selected == [second]
    qtbot.keyClick(quick, Qt.Key.Key_2)
    assert quick.column_of(second) is KanoCategory.O
    assert quick.selected == [third]
    # A sorted card can be picked again and re-sorted: 3 makes the first a "wow".
    qtbot.mouseClick(quick, Qt.MouseButton.LeftButton, pos=point(quick.card_rect(first)))
    qtbot.keyClick(quick, Qt.Key.Key_3)
    assert quick.column_of(first) is KanoCategory.A
    assert quick.selected == [third]
    assert ctl.undo_stack.count() == 3
    ctl.undo_stack.undo()
    assert quick.column_of(first) is KanoCategory.M


def test_quick_kano_drag_is_one_edit(
    qtbot: Any, ctl: Controller, board_id: int, widget: PrioritiseBoardWidget
) -> None:
    first, second, _third = seed(ctl, board_id)
    show_tab(qtbot, widget, widget.kano_tab)
    quick = widget.kano_tab.quick_board
    qtbot.mouseClick(quick, Qt.MouseButton.LeftButton, pos=point(quick.card_rect(first)))
    qtbot.mouseClick(
        quick,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ControlModifier,
        point(quick.card_rect(second)),
    )
    target = quick.column_rect(KanoCategory.I)
    start = point(quick.card_rect(first))
    end = QPoint(int(target.center().x()), int(target.bottom() - 40))
    qtbot.mousePress(quick, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(quick, QPoint(start.x() + 30, start.y() + 5))
    qtbot.mouseMove(quick, end)
    qtbot.mouseRelease(quick, Qt.MouseButton.LeftButton, pos=end)
    kano = {c.id: c.kano for c in ctl.data.candidates}
    assert kano[first] is KanoCategory.I and kano[second] is KanoCategory.I
    assert ctl.undo_stack.count() == 1


def test_questionnaire_entry_updates_the_category(
    qtbot: Any, ctl: Controller, board_id: int, widget: PrioritiseBoardWidget
) -> None:
    first, _second, _third = seed(ctl, board_id)
    tab = widget.kano_tab
    show_tab(qtbot, widget, tab)
    qtbot.mouseClick(tab.survey_button, Qt.MouseButton.LeftButton)
    assert tab.stack.currentWidget() is tab.questionnaire
    panel = tab.questionnaire
    name = panel.add_respondent()
    assert name == "Respondent 1"
    cell = panel.cells[(first, name)]
    cell.functional.setCurrentIndex(cell.functional.findData(2))
    assert ctl.data.kano_answers == []  # half a pair is not an answer yet
    cell.dysfunctional.setCurrentIndex(cell.dysfunctional.findData(5))
    (answer,) = ctl.data.kano_answers
    assert (answer.candidate_id, answer.respondent, answer.functional, answer.dysfunctional) == (
        first,
        name,
        2,
        5,
    )
    assert panel.cells[(first, name)].result.text() == "M"
    category_column = 8
    assert tab.results.item(0, category_column).text() == "Must-be · n=1"  # a small sample
    assert tab.results.item(0, 7).text() == "1"  # one answer
    # A second respondent says "Like / Dislike": Performance draws level; Must-be goes first.
    second_name = panel.add_respondent()
    second_cell = panel.cells[(first, second_name)]
    second_cell.functional.setCurrentIndex(second_cell.functional.findData(1))
    second_cell.dysfunctional.setCurrentIndex(second_cell.dysfunctional.findData(5))
    assert tab.results.item(0, category_column).text() == "Must-be · n=2 · tie"
    assert tab.results.item(0, 9).text() == "0%"  # no strength: a draw
    assert [p[0] for p in tab.scatter.points] == [first]
    assert ctl.undo_stack.count() == 2


def test_kano_csv_import_from_the_panel(
    qtbot: Any, ctl: Controller, board_id: int, widget: PrioritiseBoardWidget
) -> None:
    first, second, _third = seed(ctl, board_id)
    panel = widget.kano_tab.questionnaire
    text = "candidate,respondent,functional,dysfunctional\nA,Olga,1,3\nB,Olga,2,5\n"
    assert panel.import_csv_text(text)
    assert len(ctl.data.kano_answers) == 2
    assert panel.cells == {}  # the grid is built when the questionnaire is opened...
    qtbot.mouseClick(widget.kano_tab.survey_button, Qt.MouseButton.LeftButton)
    assert panel.cells[(first, "Olga")].values() == (1, 3)  # ...with what the file holds
    ctl.undo_stack.undo()
    assert panel.cells == {}
    assert panel.import_csv_text(text)
    assert len(ctl.data.kano_answers) == 2
    assert panel.respondent_columns() == ["Olga"]
    assert panel.cells[(first, "Olga")].values() == (1, 3)
    categories = prioritise_flow.effective_categories(ctl.data)
    assert (categories[first], categories[second]) == (KanoCategory.A, KanoCategory.M)
    with qtbot.waitSignal(ctl.error) as blocker:
        assert not panel.import_csv_text(text + "Nobody,Olga,1,3\n")
    assert "Line 4" in blocker.args[0]
    assert widget.message_bar.isVisibleTo(widget)
    assert len(ctl.data.kano_answers) == 2


# --- 2x2 -----------------------------------------------------------------------------------------


def test_matrix_drag_of_two_cards_is_one_undo_step(
    qtbot: Any, ctl: Controller, board_id: int, widget: PrioritiseBoardWidget
) -> None:
    first, second, third = seed(ctl, board_id)
    ctl.edit("place", prioritise_flow.place_on_matrix(ctl.data, {first: (8, 2), second: (8, 6)}))
    ctl.undo_stack.clear()
    show_tab(qtbot, widget, widget.matrix_tab)
    matrix = widget.matrix_tab.board
    qtbot.mouseClick(matrix, Qt.MouseButton.LeftButton, pos=point(matrix.card_rect(first)))
    qtbot.mouseClick(
        matrix,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ControlModifier,
        point(matrix.card_rect(second)),
    )
    assert matrix.selected == [first, second]
    start = point(matrix.card_rect(first))
    plot = matrix.plot_rect()
    dy = int(plot.height() * 0.5)  # impact 8 -> 3: both cards drop to the bottom half
    qtbot.mousePress(matrix, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(matrix, QPoint(start.x(), start.y() + 20))
    qtbot.mouseMove(matrix, QPoint(start.x(), start.y() + dy))
    qtbot.mouseRelease(matrix, Qt.MouseButton.LeftButton, pos=QPoint(start.x(), start.y() + dy))
    placed = {c.id: (c.impact, c.effort) for c in ctl.data.candidates}
    assert placed[first] == pytest.approx((3.0, 2.0), abs=0.15)
    assert placed[second] == pytest.approx((3.0, 6.0), abs=0.15)
    assert placed[third] == (None, None)
    assert ctl.undo_stack.count() == 1
    ctl.undo_stack.undo()
    placed = {c.id: (c.impact, c.effort) for c in ctl.data.candidates}
    assert placed[first] == (8.0, 2.0) and placed[second] == (8.0, 6.0)


def test_matrix_drag_from_the_tray_and_back(
    qtbot: Any, ctl: Controller, board_id: int, widget: PrioritiseBoardWidget
) -> None:
    first, *_ = seed(ctl, board_id)
    show_tab(qtbot, widget, widget.matrix_tab)
    matrix = widget.matrix_tab.board
    start = point(matrix.card_rect(first))
    target = matrix.to_screen(7.5, 2.5)  # a quick win
    end = QPoint(int(target.x()), int(target.y()))
    qtbot.mousePress(matrix, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(matrix, end)
    qtbot.mouseRelease(matrix, Qt.MouseButton.LeftButton, pos=end)
    candidate = next(c for c in ctl.data.candidates if c.id == first)
    # The card's centre lands where it was grabbed from, give or take the grab offset.
    assert candidate.impact == pytest.approx(7.5, abs=0.3)
    assert candidate.effort == pytest.approx(2.5, abs=0.3)
    back = point(matrix.tray_rect())
    start = point(matrix.card_rect(first))
    qtbot.mousePress(matrix, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(matrix, back)
    qtbot.mouseRelease(matrix, Qt.MouseButton.LeftButton, pos=back)
    candidate = next(c for c in ctl.data.candidates if c.id == first)
    assert (candidate.impact, candidate.effort) == (None, None)


# --- Scores ------------------------------------------------------------------------------------


def test_score_model_without_a_view() -> None:
    data = model.WorkshopData(model.Workshop(title="Loans"))
    data.boards.append(model.Board(1, model.BoardKind.PRIORITISE, "P"))
    data.candidates += [
        Candidate(1, 1, "Cheap", reach=100, rice_impact=1, confidence=100, effort_months=1),
        Candidate(2, 1, "Big", reach=1000, rice_impact=2, confidence=50, effort_months=2),
        Candidate(3, 1, "Unscored"),
    ]
    submitted: list[tuple[int, str, str]] = []

    def submit(candidate_id: int, field: str, text: str) -> bool:
        submitted.append((candidate_id, field, text))
        return True

    table = ScoreTableModel(submit)
    table.set_summary(prioritise_flow.board_summary(data, 1))
    assert (table.rowCount(), table.columnCount()) == (3, 9)
    headers = [table.headerData(i, Qt.Orientation.Horizontal) for i in range(9)]
    assert headers[3:8] == ["Reach", "Impact", "Confidence", "Effort", "RICE score"]
    score = table.column_index("score")
    assert table.data(table.index(1, score)) == "500"
    assert table.data(table.index(2, score)) == "–"
    assert table.data(table.index(1, table.column_index("confidence"))) == "50%"
    assert (
        table.data(table.index(1, table.column_index("confidence")), Qt.ItemDataRole.EditRole)
        == "50"
    )
    assert table.data(table.index(0, score), SORT_ROLE) == 100.0
    assert table.data(table.index(0, 0), ID_ROLE) == 1
    assert not table.flags(table.index(0, score)) & Qt.ItemFlag.ItemIsEditable
    assert table.setData(table.index(0, table.column_index("reach")), "250")
    assert not table.setData(table.index(0, table.column_index("reach")), "100")  # unchanged
    assert not table.setData(table.index(0, score), "1")
    assert submitted == [(1, "reach", "250")]
    data.workshop.score_method = "ice"
    table.set_summary(prioritise_flow.board_summary(data, 1))
    assert table.headerData(table.column_index("score"), Qt.Orientation.Horizontal) == "ICE score"
    assert table.columnCount() == 8


def test_score_edit_in_the_table_and_sorting(
    qtbot: Any, ctl: Controller, board_id: int, widget: PrioritiseBoardWidget
) -> None:
    first, second, third = seed(ctl, board_id)
    for candidate_id, reach in ((first, 100), (second, 300)):
        ctl.edit(
            "score",
            prioritise_flow.set_score_fields(
                ctl.data,
                candidate_id,
                reach=reach,
                rice_impact=1,
                confidence=100,
                effort_months=1,
            ),
        )
    ctl.undo_stack.clear()
    tab = widget.scores_tab
    show_tab(qtbot, widget, tab)
    proxy = tab.proxy
    score = tab.model.column_index("score")
    # Sorted by score, best first; unscored last.
    order = [proxy.index(row, 0).data(ID_ROLE) for row in range(proxy.rowCount())]
    assert order == [second, first, third]
    reach = tab.model.column_index("reach")
    row_of_first = order.index(first)
    assert proxy.setData(proxy.index(row_of_first, reach), "500")
    assert next(c for c in ctl.data.candidates if c.id == first).reach == 500
    # The edited row stays where it is while values are typed; a header click re-sorts.
    order = [proxy.index(row, 0).data(ID_ROLE) for row in range(proxy.rowCount())]
    assert order == [second, first, third]
    assert proxy.index(row_of_first, score).data() == "500"
    tab.view.sortByColumn(score, Qt.SortOrder.DescendingOrder)
    order = [proxy.index(row, 0).data(ID_ROLE) for row in range(proxy.rowCount())]
    assert order == [first, second, third]
    assert proxy.index(0, score).data() == "500"
    assert ctl.undo_stack.count() == 1
    with qtbot.waitSignal(ctl.error) as blocker:
        assert not proxy.setData(proxy.index(0, tab.model.column_index("confidence")), "150")
    assert "Confidence must be from 0 to 100 percent" in blocker.args[0]
    # Sorting by another column is the view's job; the sort role keeps numbers numeric.
    tab.view.sortByColumn(reach, Qt.SortOrder.AscendingOrder)
    order = [proxy.index(row, 0).data(ID_ROLE) for row in range(proxy.rowCount())]
    assert order == [third, second, first]
    # The workshop switches to ICE with the toggle: one undo step, new columns.
    qtbot.mouseClick(tab.ice_button, Qt.MouseButton.LeftButton)
    assert ctl.data.workshop.score_method == "ice"
    assert tab.ice_button.isChecked()
    assert tab.model.headerData(tab.model.column_index("score"), Qt.Orientation.Horizontal) == (
        "ICE score"
    )
    ctl.undo_stack.undo()
    assert ctl.data.workshop.score_method == "rice"
    assert tab.rice_button.isChecked()


# --- Release slices ----------------------------------------------------------------------------


def test_slices_assignment_budget_gauge_and_the_must_warning(
    qtbot: Any, ctl: Controller, board_id: int, widget: PrioritiseBoardWidget
) -> None:
    first, second, _third = seed(ctl, board_id)
    ctl.edit("effort", prioritise_flow.set_score_fields(ctl.data, first, effort_months=4))
    ctl.edit("effort", prioritise_flow.set_score_fields(ctl.data, second, effort_months=1))
    tab = widget.slices_tab
    show_tab(qtbot, widget, tab)
    qtbot.mouseClick(tab.create_button, Qt.MouseButton.LeftButton)
    slices = prioritise_flow.board_slices(ctl.data, board_id)
    assert [s.name for s in slices] == ["MVP 1", "MVP 2", "Later", "Won't"]
    mvp1 = slices[0]
    board = tab.board
    qtbot.wait(1)
    # Drag both cards into MVP 1: one edit.
    qtbot.mouseClick(board, Qt.MouseButton.LeftButton, pos=point(board.card_rect(first)))
    qtbot.mouseClick(
        board,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ControlModifier,
        point(board.card_rect(second)),
    )
    start = point(board.card_rect(first))
    target = board.column_rect(mvp1.id)
    end = QPoint(int(target.center().x()), int(target.center().y()))
    ctl.undo_stack.clear()
    qtbot.mousePress(board, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(board, end)
    qtbot.mouseRelease(board, Qt.MouseButton.LeftButton, pos=end)
    assert ctl.undo_stack.count() == 1
    assert {c.id for c in ctl.data.candidates if c.slice_id == mvp1.id} == {first, second}
    column = next(c for c in board.columns if c.key == mvp1.id)
    assert column.detail == "5 of 6 person-months"
    assert column.gauge == pytest.approx(5 / 6)
    assert column.warnings == ()
    # Label the big one Must (keyboard "m"): 4 of 5 = 80 % > 60 %.
    board.select([first])
    qtbot.keyClick(board, Qt.Key.Key_M)
    assert next(c for c in ctl.data.candidates if c.id == first).moscow == MoSCoW.MUST
    column = next(c for c in board.columns if c.key == mvp1.id)
    assert column.warnings == (
        "Must-haves take 80% of this slice's effort; keep them at 60% or less.",
    )
    # Budget and name in one edit, as the slice dialog does.
    assert tab.update_slice(mvp1.id, "Pilot", 4)
    column = next(c for c in board.columns if c.key == mvp1.id)
    assert column.title == "Pilot"
    assert column.gauge == pytest.approx(5 / 4)
    assert "This slice needs 5 but its budget is 4." in column.warnings
    assert tab.add_slice("Someday")
    assert board.columns[-1].title == "Someday"


def test_suggest_a_cut_and_accept_it_as_one_undo_step(
    qtbot: Any, ctl: Controller, board_id: int, widget: PrioritiseBoardWidget
) -> None:
    must, performance, wow = seed(ctl, board_id, ("Must", "Performance", "Wow"))
    data = ctl.data
    ctl.edit("slices", prioritise_flow.create_default_slices(data, board_id, budgets=(3, 6)))
    for candidate_id, category in (
        (must, KanoCategory.M),
        (performance, KanoCategory.O),
        (wow, KanoCategory.A),
    ):
        ctl.edit("kano", prioritise_flow.set_kano_class(data, [candidate_id], category, TODAY))
        # Only items sized in person-months are budgeted by the cut.
        ctl.edit("scores", prioritise_flow.set_score_fields(data, candidate_id, effort_months=1))
    ctl.undo_stack.clear()
    tab = widget.slices_tab
    show_tab(qtbot, widget, tab)
    dialog = tab.suggest_cut()
    assert dialog is not None and dialog.isVisible()
    reasons = dialog.reason_texts()
    assert reasons[0].startswith("Must-be: customers expect it")
    assert any(reason.startswith("Attractive") for reason in reasons)
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    mvp1 = prioritise_flow.first_slice(ctl.data, board_id)
    assert {c.id for c in ctl.data.candidates if c.slice_id == mvp1.id} == {must, performance, wow}
    assert ctl.undo_stack.count() == 1
    ctl.undo_stack.undo()
    assert all(c.slice_id is None for c in ctl.data.candidates)
    # Cancel changes nothing.
    dialog = tab.suggest_cut()
    assert dialog is not None
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert all(c.slice_id is None for c in ctl.data.candidates)


def test_suggest_a_cut_without_slices_explains_why(
    qtbot: Any, ctl: Controller, board_id: int, widget: PrioritiseBoardWidget
) -> None:
    seed(ctl, board_id)
    with qtbot.waitSignal(ctl.error) as blocker:
        assert widget.slices_tab.suggest_cut() is None
    assert "no release slices" in blocker.args[0]


# --- Pareto ------------------------------------------------------------------------------------


def test_pareto_highlights_the_top_three(
    qtbot: Any, ctl: Controller, board_id: int, widget: PrioritiseBoardWidget
) -> None:
    ids = seed(ctl, board_id, ("A", "B", "C", "D", "E"))
    for candidate_id, reach in zip(ids, (500, 300, 100, 60, 40), strict=True):
        ctl.edit(
            "score",
            prioritise_flow.set_score_fields(
                ctl.data, candidate_id, reach=reach, rice_impact=1, confidence=100, effort_months=1
            ),
        )
    tab = widget.pareto_tab
    show_tab(qtbot, widget, tab)
    assert tab.headline.text() == "The top 3 carry 90% of the total score."
    assert [row.candidate_id for row in tab.chart.rows] == ids
    image = QImage(tab.chart.size(), QImage.Format.Format_ARGB32)
    tab.chart.render(image)
    first_bar = tab.chart.chart_rect()
    # The first (top-3) bar is drawn in the highlight colour.
    slot = first_bar.width() / len(ids)
    sample = image.pixelColor(int(first_bar.left() + slot / 2), int(first_bar.bottom() - 5))
    assert sample.name() == "#2563eb"


# --- screenshots -------------------------------------------------------------------------------


def test_render_screenshots_writes_three_pictures(qapp: Any, tmp_path: Path) -> None:
    written = render_screenshots(tmp_path)
    assert [p.name for p in written] == [
        "prioritise-kano.png",
        "prioritise-matrix.png",
        "prioritise-slices.png",
    ]
    for path in written:
        image = QImage(str(path))
        assert (image.width(), image.height()) == (1600, 1000)
