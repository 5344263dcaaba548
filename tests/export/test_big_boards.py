"""Big boards stay readable: tiled when text would print below 6 pt, appendix numbers on
the board, and a warning when tiling is refused."""

from __future__ import annotations

import math
import re
from pathlib import Path

import pdfplumber
import pytest

from app import interchange
from app.domain.model import (
    Board,
    BoardKind,
    Note,
    SourceTag,
    Team,
    Vote,
    VoterKind,
    Workshop,
    WorkshopData,
)
from app.export.pdf import PageSetup, export_boards_pdf
from tests.export.pdf_positions import appendix_of, squashed

LONG = ("A long note that keeps going about queues, terminals, receipts and reminders "
        "until it cannot fit on a small sticky note at all: number {i}")


def big_board(count: int) -> WorkshopData:
    columns = math.ceil(math.sqrt(count * 1.3))
    teams = [Team(1, "Alpha", "#81D4FA"), Team(2, "Бета", "#FFD54F")]
    notes = [
        Note(i + 1, 1, LONG.format(i=i) if i % 10 == 0 else f"Note {i}",
             x=(i % columns) * 230.0, y=(i // columns) * 180.0, width=200.0, height=150.0,
             team_id=1 + i % 2, author="Ann" if i % 3 else "",
             tag=SourceTag.CUSTOMERS if i % 3 else SourceTag.NONE)
        for i in range(count)
    ]
    votes = [Vote(1, 1, VoterKind.TEAM, 1, 3), Vote(2, 11, VoterKind.TEAM, 2, 12)]
    workshop = Workshop("Big", challenge="How might we?", date="2026-11-23")
    return WorkshopData(workshop, teams, [], [Board(1, BoardKind.CAPTURE, "Capture", 0)],
                        notes, [], votes)


def board_pages(path: Path) -> tuple[float, list[str], int, dict[int, str]]:
    """(smallest text size anywhere, text runs of the board pages, page count, the appendix
    entries by number), read in one pass over the PDF."""
    smallest = math.inf
    runs: list[str] = []
    texts: list[str] = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            smallest = min([smallest, *(float(c["size"]) for c in page.chars)])
            text = page.extract_text() or ""
            texts.append(text)
            if "Full text of shortened" in text or "These texts were" in text:
                continue
            runs += [w["text"] for w in page.extract_words(keep_blank_chars=True,
                                                            x_tolerance=1.5)]
        return smallest, runs, len(pdf.pages), appendix_of(texts)


@pytest.mark.parametrize("count", [500, pytest.param(2000, marks=pytest.mark.slow)])
def test_big_boards_are_tiled_readable_and_numbered(tmp_path: Path, count: int) -> None:
    data = big_board(count)
    out = tmp_path / "big.pdf"
    result = export_boards_pdf(data, out, setup=PageSetup("A3"))
    smallest, runs, pages, appendix = board_pages(out)
    assert smallest >= 6.0 - 1e-6
    assert 1 < pages < count // 20  # tiled over sheets, not a hundred appendix pages
    assert not result.warnings
    shown = squashed(" ".join(runs))
    for i in range(count):
        if i % 10:
            assert f"Note{i}" in shown
    # Every number in the appendix is printed on the board.
    assert len(appendix) == len(result.shortened_note_ids)
    numbers = {int(n) for run in runs for n in re.findall(r"#(\d+)", run)}
    assert set(appendix) <= numbers
    for ref, text in appendix.items():
        assert text.startswith("Alongnote"), (ref, text)


@pytest.mark.slow
def test_refusing_tiles_warns_with_the_sheet_count_and_prints_numbers(
    tmp_path: Path,
) -> None:
    data = big_board(500)
    out = tmp_path / "flat.pdf"
    warnings: list[str] = []
    summary = interchange.export_data(data, out, no_tile=True, warn=warnings.append)
    assert len(warnings) == 1
    assert re.search(r"needs \d+ sheets", warnings[0]) and "Capture" in warnings[0]
    assert "warning" not in summary
    smallest, runs, _pages, appendix = board_pages(out)
    assert smallest >= 6.0 - 1e-6
    numbers = {int(n) for run in runs for n in re.findall(r"#(\d+)", run)}
    assert appendix and set(appendix) <= numbers


def test_the_default_export_tiles_only_what_needs_it(tmp_path: Path) -> None:
    small = big_board(12)
    result = export_boards_pdf(small, tmp_path / "small.pdf", setup=PageSetup("A3"))
    assert result.pages <= 2
