"""What the prioritisation screens say that the export says too: "no estimate" on a slice
card without person-months, and the Kano marks for small samples and exact ties."""

from __future__ import annotations

from typing import Any

from app.domain import prioritise_flow
from app.ui.controller import Controller
from app.ui.exercises.prioritise import PrioritiseBoardWidget
from tests.ui import test_prioritise_ui as base

# The fixtures of the prioritisation tests: a workshop with an empty prioritisation board.
workshop_file = base.workshop_file
ctl = base.ctl
board_id = base.board_id
widget = base.widget
seed = base.seed
show_tab = base.show_tab


def test_a_slice_card_without_person_months_says_no_estimate(
    qtbot: Any, ctl: Controller, board_id: int, widget: PrioritiseBoardWidget
) -> None:
    sized, unsized = seed(ctl, board_id, ("Sized", "Unsized"))
    ctl.edit("slices", prioritise_flow.create_default_slices(ctl.data, board_id, budgets=(3, 6)))
    ctl.edit("scores", prioritise_flow.set_score_fields(ctl.data, sized, effort_months=2.5))
    ctl.edit("scores", prioritise_flow.place_on_matrix(ctl.data, {unsized: (6.0, 4.0)}))
    tab = widget.slices_tab
    show_tab(qtbot, widget, tab)
    board = tab.board
    cards = {card.id: card for card in board.cards}
    assert [text for text, _ in cards[sized].pills] == ["2.5 p-m"]
    # The 2x2 effort (4) is no estimate in person-months: never shown as "0" or as 4.
    assert [text for text, _ in cards[unsized].pills] == ["no estimate"]
    assert board.tooltip_text(sized) == (
        "Sized\n\nEffort: 2.5 person-months, counted in the slice's budget.")
    assert board.tooltip_text(unsized) == (
        "Unsized\n\nNo estimate in person-months: not counted in the slice's budget."
    )


def test_kano_marks_small_samples_and_exact_ties_on_screen(
    qtbot: Any, ctl: Controller, board_id: int, widget: PrioritiseBoardWidget
) -> None:
    tied, small, _plain = seed(ctl, board_id)
    answers = {f"R{n}": {tied: (1, 2) if n < 5 else (2, 5)} for n in range(10)}
    for n in range(3):
        answers[f"R{n}"][small] = (1, 3)
    for respondent, pairs in answers.items():
        assert ctl.edit("kano", prioritise_flow.set_respondent_answers(ctl.data, respondent, pairs))
    tab = widget.kano_tab
    show_tab(qtbot, widget, tab)
    category_column = 8
    rows = {tab.results.item(r, 0).text(): r for r in range(tab.results.rowCount())}
    tie_item = tab.results.item(rows["A"], category_column)
    assert tie_item.text() == "Must-be · tie"
    assert "Tie with Attractive" in tie_item.toolTip()
    small_item = tab.results.item(rows["B"], category_column)
    assert small_item.text() == 'Attractive ("wow") · n=3'  # the domain's name, as printed
    assert "Only 3 answers, fewer than 10: a small sample." in small_item.toolTip()
    assert tab.results.item(rows["C"], category_column).text() == "–"
    cards = {card.id: card for card in tab.quick_board.cards}
    # On a quick-sort card the marks come first, in a pill of their own.
    assert [text for text, _ in cards[tied].pills] == ["tie", "Survey: Must-be"]
    assert "M > O > A > I decides" in tab.quick_board.tooltip_text(tied)
    assert [text for text, _ in cards[small].pills] == ["n=3", 'Survey: Attractive ("wow")']


def test_the_russian_screen_marks_a_tie_in_russian(
    qtbot: Any, ctl: Controller, board_id: int
) -> None:
    assert ctl.edit_workshop("Language", language="ru")
    tied, *_ = seed(ctl, board_id)
    answers = {f"R{n}": {tied: (1, 2) if n < 5 else (2, 5)} for n in range(10)}
    for respondent, pairs in answers.items():
        assert ctl.edit("kano", prioritise_flow.set_respondent_answers(ctl.data, respondent, pairs))
    board = PrioritiseBoardWidget(ctl, board_id)
    qtbot.addWidget(board)
    board.show()
    assert board.kano_tab.results.item(0, 8).text().endswith(" · ничья")


def test_a_long_pill_is_elided_to_stay_inside_its_card(qapp: Any) -> None:
    from PySide6.QtGui import QImage, QPainter

    from app.ui.exercises.prioritise_common import draw_pill

    long_text = "Survey: Attractive and much longer than the card"
    free_image = QImage(400, 40, QImage.Format.Format_ARGB32)
    free_image.fill(0)
    painter = QPainter(free_image)
    free = draw_pill(painter, long_text, "#15803D", 10, 5)
    painter.end()
    image = QImage(400, 40, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    bounded = draw_pill(painter, long_text, "#15803D", 10, 5, max_width=120)
    painter.end()
    assert free - 10 > 120
    assert 10 < bounded <= 130
    # Nothing is painted right of the bounded pill (the free one goes on).
    assert free_image.pixelColor(int(bounded) + 20, 15).alpha() > 0
    assert all(image.pixelColor(x, y).alpha() == 0
               for x in range(int(bounded) + 1, 400) for y in range(40))
