"""The good idea / bad idea board in the PDF: lanes, deal, solutions and parked ideas."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.demo import demo_data
from app.domain import model, reverse_flow
from app.domain.reverse import Deal, ReverseRound, ReverseStep
from app.export import layout, page_reverse
from app.export.pdf import export_boards_pdf


def squashed(text: str) -> str:
    """Text without any whitespace: wrapping in the PDF must not hide a phrase."""
    return "".join(text.split())


def reverse_board(data: model.WorkshopData) -> model.Board:
    return next(b for b in data.boards if b.kind == model.BoardKind.REVERSE)


def pdf_text(data: model.WorkshopData, board_id: int, out: Path) -> str:
    export_boards_pdf(data, out, [board_id])
    reader = PdfReader(str(out))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def test_the_page_is_registered_for_reverse_boards() -> None:
    page_reverse.register()  # idempotent
    assert layout.drawer_for(model.BoardKind.REVERSE) is page_reverse.draw_reverse
    assert layout.extent_for(model.BoardKind.REVERSE) is None  # lanes are never tiled


@pytest.mark.parametrize(
    ("language", "labels"),
    [
        ("en", ["Deal:", "Worst idea from", "turned into", "Set-aside good ideas"]),
        ("ru", ["Раздача:", "Худшая идея от", "превратилась в", "Отложенные хорошие идеи"]),
    ],
)
def test_the_demo_round_prints_lanes_deal_solutions_and_parked_ideas(
    tmp_path: Path, language: str, labels: list[str]
) -> None:
    data = demo_data(language)
    board = reverse_board(data)
    text = squashed(pdf_text(data, board.id, tmp_path / "reverse.pdf"))
    for label in labels:
        assert squashed(label) in text
    for team in data.teams:
        assert squashed(team.name) in text
    for note in data.notes_on(board.id):  # bad ideas, solutions and the parked good ideas
        assert squashed(note.text) in text, note.text
    assert "→" in text


def test_a_round_before_the_deal_prints_each_team_s_own_ideas(tmp_path: Path) -> None:
    data = demo_data("en")
    board = reverse_board(data)
    found = reverse_flow.round_of(data, board.id)
    # Back to the write step: no deal, no solutions, the good ideas in their lanes.
    data.deals = [d for d in data.deals if d.board_id != board.id]
    data.notes = [
        dataclasses.replace(n, parked=False) if n.board_id == board.id else n
        for n in data.notes
        if not (n.board_id == board.id and n.role == model.NoteRole.SOLUTION)
    ]
    data.reverse_rounds = [
        r if r.board_id != board.id else dataclasses.replace(found, step=ReverseStep.WRITE)
        for r in data.reverse_rounds
    ]
    text = squashed(pdf_text(data, board.id, tmp_path / "write.pdf"))
    assert squashed("Best idea") in text and squashed("Worst idea") in text
    assert "Deal:" not in text and squashed("Set-aside good ideas") not in text
    for note in data.notes_on(board.id):
        assert squashed(note.text) in text


def test_user_text_is_printed_literally(tmp_path: Path) -> None:
    data = model.WorkshopData(workshop=model.Workshop(title="Markup", language="en"))
    data.teams = [model.Team(1, "A<b>", "#FFD54F", 0), model.Team(2, "B&C", "#81D4FA", 1)]
    data.boards = [model.Board(1, model.BoardKind.REVERSE, "Reverse", 0)]
    data.reverse_rounds = [
        ReverseRound(board_id=1, challenge="", team_ids=[1, 2], step=ReverseStep.DEAL)
    ]
    data.notes = [
        model.Note(1, 1, "<img src='/etc/passwd'/> & AT&T", team_id=1, role=model.NoteRole.BAD),
        model.Note(2, 1, "Платить <b>только</b> почтой", team_id=2, role=model.NoteRole.BAD),
    ]
    data.deals = [Deal(1, 1, 1, 1, 2), Deal(2, 1, 2, 2, 1)]
    text = squashed(pdf_text(data, 1, tmp_path / "markup.pdf"))
    assert squashed("<img src='/etc/passwd'/> & AT&T") in text
    assert squashed("Платить <b>только</b> почтой") in text
    assert "A<b>" in text and "B&C" in text


def test_a_reverse_board_without_a_round_falls_back_to_the_notes(tmp_path: Path) -> None:
    data = model.WorkshopData(workshop=model.Workshop(title="Empty", language="en"))
    data.boards = [model.Board(1, model.BoardKind.REVERSE, "Reverse", 0)]
    data.notes = [model.Note(1, 1, "A loose note")]
    text = pdf_text(data, 1, tmp_path / "empty.pdf")
    assert "A loose note" in text
