"""The prioritisation board in the PDF: Kano, the 2x2, the release slices and the summary."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from app.demo import demo_data
from app.domain import kano, model, prioritise_flow
from app.domain.kano import KanoCategory
from app.domain.prioritise import Candidate, MoSCoW, ReleaseSlice
from app.export import layout, page_prioritise, pdf
from app.export.pdf import export_boards_pdf, export_report_pdf


def squashed(text: str) -> str:
    """Text without any whitespace: wrapping in the PDF must not hide a phrase."""
    return "".join(text.split())


def prioritise_board(data: model.WorkshopData) -> model.Board:
    return next(b for b in data.boards if b.kind == model.BoardKind.PRIORITISE)


def pages_text(out: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(str(out)).pages]


def test_the_page_and_the_summary_are_registered() -> None:
    page_prioritise.register()  # idempotent
    page_prioritise.register()
    assert layout.drawer_for(model.BoardKind.PRIORITISE) is page_prioritise.draw_prioritise
    assert layout.extent_for(model.BoardKind.PRIORITISE) is None  # one page, never tiled
    assert pdf.SUMMARY_SECTIONS.count(page_prioritise.candidates_section) == 1


@pytest.mark.parametrize(
    ("language", "labels"),
    [
        (
            "en",
            [
                "Kano: Better / Worse",
                "Kano classes",
                "Impact / effort",
                "Release slices",
                "Quick wins",
                "Big bets",
                "Fill-ins",
                "Money pits",
                "Must-be",
                "Performance",
                "6 of 6 person-months",
                "Must have",
                "These results date from 2026-11-24",
            ],
        ),
        (
            "ru",
            [
                "Кано: лучше / хуже",
                "Классы Кано",
                "Влияние / трудоёмкость",
                "Срезы релиза",
                "Быстрые победы",
                "Большие ставки",
                "Мелочи",
                "Бездонные бочки",
                "Обязательное",
                "6 из 6 чел.-мес.",
                "Обязательно",
                "Результаты от 2026-11-24",
            ],
        ),
    ],
)
def test_the_demo_page_shows_kano_the_matrix_and_the_slices(
    tmp_path: Path, language: str, labels: list[str]
) -> None:
    data = demo_data(language)
    board = prioritise_board(data)
    out = tmp_path / "prioritise.pdf"
    result = export_boards_pdf(data, out, [board.id])
    texts = pages_text(out)
    # The board's page, then the appendix with the full text of what the page shortened.
    assert result.pages == len(texts) >= 2
    assert all("#1" in page or "#" in page for page in texts[1:])
    text = squashed(texts[0])
    for label in labels:
        assert squashed(label) in text, label
    summary = prioritise_flow.board_summary(data, board.id)
    for release_slice in summary.slices:
        assert squashed(release_slice.name) in text
    # Every candidate is on the page: in its Kano class list, on the 2x2 and in a slice
    # (shortened with an ellipsis where the space is small, so compare the start).
    for candidate in summary.candidates:
        assert squashed(candidate.text)[:12] in text, candidate.text


def workshop_with_markup() -> model.WorkshopData:
    """Candidate texts that would be markup (or break markup) if fed to Paragraph."""
    data = model.WorkshopData(model.Workshop(title="Markup", date="2026-11-24"))
    data.boards.append(model.Board(1, model.BoardKind.PRIORITISE, "P & <b>Q</b>"))
    data.slices.append(ReleaseSlice(1, 1, "MVP <1>", 0, 2.0))
    texts = ['<img src="/etc/passwd"/>', "AT&T a<b", "<b>unclosed"]
    for number, text in enumerate(texts, start=1):
        data.candidates.append(
            Candidate(
                number,
                1,
                text,
                kano=KanoCategory.M,
                impact=2.0 * number,
                effort=3.0,
                effort_months=1.0,
                slice_id=1,
                moscow=MoSCoW.MUST.value,
                reach=10.0 * number,
                rice_impact=1.0,
                confidence=100.0,
                kano_dated="2026-11-24",
            )
        )
    data.kano_answers.append(kano.KanoAnswerRecord(1, 1, "Anna", 2, 5))
    return data


def test_user_text_is_printed_literally(tmp_path: Path) -> None:
    data = workshop_with_markup()
    out = tmp_path / "markup.pdf"
    export_boards_pdf(data, out, [1])
    text = "\n".join(pages_text(out))
    for literal in ('<img src="/etc/passwd"/>', "AT&T a<b", "<b>unclosed", "MVP <1>"):
        assert literal in text, literal
    # Over budget (3 of 2) and all Must-haves: both warnings are printed.
    assert "This slice needs 3 but its budget is 2." in text
    assert squashed("Must-haves take 100% of this slice's effort") in squashed(text)


def test_the_report_summarises_candidates_with_class_score_and_slice(tmp_path: Path) -> None:
    data = demo_data("en")
    out = tmp_path / "report.pdf"
    export_report_pdf(data, out)
    text = squashed("\n".join(pages_text(out)))
    assert squashed("Prioritised candidates") in text
    assert squashed("Score (RICE)") in text
    # The best-scoring candidate of MVP 1 leads the table, with its class, score and slice.
    assert squashed("1Remind three days before, not on the due date") in text
    assert squashed("From the capture boardMust-be312000MVP 1Must have") in text
    assert squashed("The top 3 carry") in text
    rows = page_prioritise.candidate_rows(
        layout.ExportContext(data, 1000.0, 700.0),
        prioritise_flow.board_summary(data, prioritise_board(data).id),
    )
    assert rows[0][1:] == [
        "Remind three days before, not on the due date",
        "From the capture board",
        "Must-be",
        "3",
        "12000",
        "MVP 1",
        "Must have",
    ]
    slices = [row[6] for row in rows]
    assert slices == sorted(slices, key=["MVP 1", "MVP 2", "Later", "Won't", ""].index)


def test_no_summary_without_candidates_and_an_empty_board_says_so(tmp_path: Path) -> None:
    data = model.WorkshopData(model.Workshop(title="Empty"))
    data.boards.append(model.Board(1, model.BoardKind.PRIORITISE, "P"))
    assert page_prioritise.candidates_section(layout.ExportContext(data, 1000.0, 700.0)) is None
    out = tmp_path / "empty.pdf"
    export_boards_pdf(data, out, [1])
    assert "No candidates on this board yet." in "\n".join(pages_text(out))
