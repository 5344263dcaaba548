"""Prioritisation cards wrap text by the same rules as the PDF (app.export.textfit)."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QFontMetricsF

from app.export import textfit
from app.ui.exercises.prioritise_common import fit_lines, px_font, wrap_lines


def test_card_lines_fit_and_the_last_one_says_more_follows(qapp: Any) -> None:
    font = px_font(16)
    metrics = QFontMetricsF(font)
    text = "Pay from the bank app in two taps without leaving the sofa at all today"
    lines = wrap_lines(text, font, 120, 2)
    assert len(lines) == 2
    assert all(metrics.horizontalAdvance(line) <= 120 for line in lines)
    assert lines[0] == "Pay from the"
    assert lines[-1].endswith(textfit.ELLIPSIS)


def test_a_word_wider_than_the_card_is_cut_and_a_short_text_stays_whole(qapp: Any) -> None:
    font = px_font(16)
    metrics = QFontMetricsF(font)
    lines = wrap_lines("Supercalifragilisticexpialidocious", font, 80, 3)
    assert len(lines) >= 2 and all(metrics.horizontalAdvance(x) <= 80 for x in lines)
    assert wrap_lines("  short \n text ", font, 200, 2) == ["short text"]


def test_a_narrow_card_takes_smaller_type_before_it_cuts_a_word(qapp: Any) -> None:
    """A Kano column on a laptop is narrow: "Payment" split as "Paymen / t" reads badly."""
    text = "Payment link by SMS that works without a login"
    width = QFontMetricsF(px_font(17, bold=True)).horizontalAdvance("Payment") - 4
    lines, pixels = fit_lines(text, True, 17, 13, width, 3)
    assert pixels < 17
    assert "Payment" in lines[0].split()  # the word is whole on its line
    small = QFontMetricsF(px_font(pixels, bold=True))
    assert all(small.horizontalAdvance(line) <= width for line in lines)
    roomy, big = fit_lines("Pay by QR", True, 17, 13, 300, 3)
    assert (roomy, big) == (["Pay by QR"], 17)


def test_pills_that_do_not_fit_side_by_side_take_a_second_row_and_stay_whole(
    qtbot: Any,
) -> None:
    from app.ui.exercises.prioritise_cards import PADDING, BoardCard, BoardColumn, ColumnBoard
    from app.ui.exercises.prioritise_common import PILL_TEXT_PX

    board = ColumnBoard()
    qtbot.addWidget(board)
    board.show()
    pills = (("Should", "#B45309"), ("0.5 p-m", "#57534E"), ("333", "#334155"))
    board.set_content(
        [BoardColumn(1, "MVP 1", "#1D4ED8"), BoardColumn(2, "MVP 2", "#0F766E")],
        [
            BoardCard(1, 1, "Pay from the bank app", "#000000", pills),
            BoardCard(2, 2, "Short", "#000000"),
        ],
    )
    metrics = QFontMetricsF(px_font(PILL_TEXT_PX, bold=True))

    def rows_fit(card_id: int) -> int:
        rows = board._card_pills[card_id]
        room = board.card_rect(card_id).width() - 2 * PADDING - 6
        for row in rows:
            width = sum(metrics.horizontalAdvance(pills[i][0]) + 14 for i in row)
            assert width + 6 * (len(row) - 1) <= room + 0.5, (row, room)
        return len(rows)

    board.resize(340, 500)  # two narrow columns, as beside the agenda on a laptop
    assert rows_fit(1) >= 2
    narrow = board.card_rect(1).height()
    assert narrow > board.card_rect(2).height()  # the card grew for its second row
    board.resize(1200, 500)
    assert rows_fit(1) == 1
    assert board.card_rect(1).height() < narrow


def test_a_narrow_column_wraps_its_title_instead_of_shortening_it(qtbot: Any) -> None:
    from app.ui.exercises.prioritise_cards import BoardColumn, ColumnBoard, line_height

    board = ColumnBoard(header_height=64)  # the Kano quick sort's
    qtbot.addWidget(board)
    board.show()
    names = ["Not sorted yet", "Must-be", "Performance", "Attractive", "Indifferent", "Reverse"]
    columns = [BoardColumn(i, name, "#1D4ED8", shortcut=str(i)) for i, name in enumerate(names)]
    board.set_content(columns, [])
    board.resize(700, 400)  # six Kano columns beside the agenda on a laptop
    for column in columns:
        lines, pixels = board.header_title(column)
        assert len(lines) * line_height(pixels) <= 64 - 12  # inside the header
        # Whole words on more lines, or one shortened line (its tooltip has it whole).
        whole = " ".join(lines) == column.title
        assert whole or (len(lines) == 1 and lines[0].endswith("…")), lines
        if column.title == "Not sorted yet":
            assert whole, lines
