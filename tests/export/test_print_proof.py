"""Print-proof boards: what the PDF shows is where it belongs, complete and readable.

Every check reads the exported PDF (text and shape positions via pdfplumber).
"""

from __future__ import annotations

import dataclasses
import itertools
from pathlib import Path

import pdfplumber
import pytest

from app.demo import demo_data
from app.domain import model, prioritise
from app.domain.kano import KanoCategory
from app.domain.prioritise import Candidate, MoSCoW
from app.export.pdf import PageSetup, export_boards_pdf
from tests.export.pdf_positions import (
    STRIPE,
    BBox,
    appendix_texts,
    circles,
    inside,
    overlap_area,
    quadrant_boxes,
    shown_in_full,
    squashed,
    text_in,
    white_cards,
    words,
)

SETUPS = [
    PageSetup("A4", "landscape"),
    PageSetup("A4", "portrait"),
    PageSetup("A3", "landscape"),
    PageSetup("A3", "portrait"),
    PageSetup("A0", "landscape"),
    PageSetup("A0", "portrait"),
]


def prioritise_board(data: model.WorkshopData) -> model.Board:
    return next(b for b in data.boards if b.kind == model.BoardKind.PRIORITISE)


def sixty_candidates() -> model.WorkshopData:
    """The demo with 60 candidates spread over the 2x2, many on the midlines."""
    data = demo_data("en")
    board = prioritise_board(data)
    data.candidates = [c for c in data.candidates if c.board_id != board.id]
    slice_ids = [s.id for s in data.slices if s.board_id == board.id]
    categories = [KanoCategory.M, KanoCategory.O, KanoCategory.A, KanoCategory.I, None]
    for index in range(60):
        impact = [0.0, 2.5, 4.9, 5.0, 6.5, 10.0][index % 6]
        effort = [1.0, 5.0, 4.5, 9.0, 0.0, 7.5, 5.1][index % 7]
        data.candidates.append(Candidate(
            9000 + index, board.id, f"Generated candidate number {index} with a longish text",
            kano=categories[index % 5], impact=impact, effort=effort, effort_months=1.0,
            slice_id=slice_ids[index % len(slice_ids)] if index % 3 else None,
            moscow=MoSCoW.COULD.value if index % 4 else None))
    return data


def matrix_markers(out: Path, page_number: int) -> tuple[list[tuple[BBox, str]],
                                                          dict[object, BBox]]:
    """(box, text) of every card or dot on the 2x2, and the quadrants' boxes."""
    with pdfplumber.open(out) as pdf:
        page = pdf.pages[page_number]
        quadrants = quadrant_boxes(page)
        assert len(quadrants) == 4
        plot = (min(b[0] for b in quadrants.values()), min(b[1] for b in quadrants.values()),
                max(b[2] for b in quadrants.values()), max(b[3] for b in quadrants.values()))
        found = words(page)
        cards = white_cards(page, plot)
        if cards:
            return [(card, text_in(found, card, STRIPE)) for card in cards], dict(quadrants)
        dots = circles(page, plot)
        return [(dot, text_in(found, dot)) for dot in dots], dict(quadrants)


def identify(text: str, candidates: list[Candidate], appendix: dict[int, str]) -> Candidate:
    """The candidate a card shows: by its appendix number when it has one, else by text."""
    pieces = text.replace("…", " ").split()
    refs = [p for p in pieces if p.lstrip("#").isdigit() and (p.startswith("#") or
                                                            len(pieces) == 1)]
    if refs:
        full = appendix[int(refs[-1].lstrip("#"))]
        matches = [c for c in candidates if squashed(c.text) == full]
    else:
        shown = squashed(" ".join(pieces))
        matches = [c for c in candidates if squashed(c.text) == shown]
    assert len(matches) == 1, (text, [c.text for c in matches])
    return matches[0]


def check_matrix(data: model.WorkshopData, out: Path, setup: PageSetup) -> None:
    board = prioritise_board(data)
    export_boards_pdf(data, out, [board.id], setup)
    markers, quadrants = matrix_markers(out, 0)
    appendix = appendix_texts(out)
    candidates = [c for c in data.candidates if c.board_id == board.id]
    placed = [c for c in candidates if c.impact is not None and c.effort is not None]
    assert len(markers) == len(placed)
    seen: set[int] = set()
    for box, text in markers:
        candidate = identify(text, placed, appendix)
        assert candidate.id not in seen
        seen.add(candidate.id)
        assert candidate.impact is not None and candidate.effort is not None
        expected = prioritise.quadrant(candidate.impact, candidate.effort)
        assert inside(box, quadrants[expected]), (candidate.text, expected, box)
    for (a, _), (b, _) in itertools.combinations(markers, 2):
        assert overlap_area(a, b) < 0.01, (a, b)


@pytest.mark.parametrize("setup", SETUPS, ids=lambda s: f"{s.size}-{s.orientation}")
@pytest.mark.parametrize("language", ["en", "ru"])
def test_demo_cards_lie_in_their_quadrant_without_overlap(
    tmp_path: Path, setup: PageSetup, language: str
) -> None:
    check_matrix(demo_data(language), tmp_path / "prio.pdf", setup)


@pytest.mark.parametrize("setup", SETUPS, ids=lambda s: f"{s.size}-{s.orientation}")
def test_sixty_candidates_lie_in_their_quadrant_without_overlap(
    tmp_path: Path, setup: PageSetup
) -> None:
    check_matrix(sixty_candidates(), tmp_path / "prio.pdf", setup)


@pytest.mark.slow
@pytest.mark.parametrize("setup", SETUPS, ids=lambda s: f"{s.size}-{s.orientation}")
@pytest.mark.parametrize("make", [lambda: demo_data("en"), lambda: demo_data("ru"),
                                  sixty_candidates], ids=["en", "ru", "sixty"])
def test_every_candidate_appears_in_full(tmp_path: Path, setup: PageSetup, make) -> None:
    data = make()
    board = prioritise_board(data)
    out = tmp_path / "prio.pdf"
    export_boards_pdf(data, out, [board.id], setup)
    shown = shown_in_full(out)
    for candidate in data.candidates:
        if candidate.board_id == board.id:
            assert any(squashed(candidate.text) in place for place in shown), candidate.text


def test_lines_are_shared_fairly_and_cut_groups_get_a_more_line() -> None:
    from app.export.page_prioritise import allot_lines

    assert allot_lines([4, 4, 8, 3], 30) == [4, 4, 8, 3]
    shown = allot_lines([4, 4, 8, 3], 16)
    assert shown is not None
    # headings + shown + one "+ N more" line per cut group fit the 16 lines
    lines = 4 + sum(shown) + sum(1 for s, n in zip(shown, [4, 4, 8, 3], strict=True) if s < n)
    assert lines <= 16
    assert min(shown) >= 1
    assert allot_lines([4, 4, 8, 3], 7) is None  # not even headings and "+ N more"
    assert allot_lines([2], 3) == [2]


@pytest.mark.slow
@pytest.mark.parametrize("size", ["A4", "A3", "A0"])
def test_no_text_is_smaller_than_6pt_and_the_title_is_the_biggest(tmp_path: Path,
                                                                   size: str) -> None:
    for language in ("en", "ru"):
        out = tmp_path / f"report-{language}.pdf"
        from app.export.pdf import export_report_pdf

        export_report_pdf(demo_data(language), out, PageSetup(size))
        with pdfplumber.open(out) as pdf:
            for page in pdf.pages[1:]:  # the cover has its own big type
                sizes = [float(c["size"]) for c in page.chars]
                assert min(sizes) >= 6.0 - 1e-6
            board_page = pdf.pages[2]  # after the cover and the contents
            title = demo_data(language).workshop.title
            title_sizes = [float(c["size"]) for c in board_page.chars
                           if c["text"] == title[0] and c["top"] < 80 * (2 if size == "A0"
                                                                            else 1)]
            assert title_sizes
            assert max(title_sizes) >= max(float(c["size"]) for c in board_page.chars) - 0.01


def test_team_colours_stay_apart_in_greyscale() -> None:
    from app.domain.model import TEAM_PALETTE
    from app.export.layout import parse_color, relative_luminance

    levels = sorted(relative_luminance(parse_color(c)) for c in TEAM_PALETTE)
    assert min(b - a for a, b in itertools.pairwise(levels)) >= 0.05
    demo = sorted(relative_luminance(parse_color(t.color)) for t in demo_data("en").teams)
    assert min(b - a for a, b in itertools.pairwise(demo)) >= 0.05


def test_kano_classes_and_gaps_read_without_colour(tmp_path: Path) -> None:
    data = demo_data("en")
    board = prioritise_board(data)
    out = tmp_path / "prio.pdf"
    export_boards_pdf(data, out, [board.id], PageSetup("A3"))
    with pdfplumber.open(out) as pdf:
        page = pdf.pages[0]
        found = words(page)
        whole = (0.0, 0.0, float(page.width), float(page.height))
        cards = [c for c in white_cards(page, whole) if c[3] - c[1] > 10]  # not gauges
        letters = [text_in(found, (c[0], c[1], c[0] + STRIPE, c[3])) for c in cards]
        assert len(cards) > 10
        assert all(letter.split()[:1] and letter.split()[0] in "MOAIRQ–" for letter in letters)
        text = page.extract_text() or ""
    assert "Card stripes, Kano class: M Must-be" in " ".join(text.split())


def user_texts(data: model.WorkshopData) -> list[str]:
    """Every text the room typed that a board shows: notes (not parked), candidates,
    cluster and board titles, stage, scenario and item names, ..."""
    found: list[str] = []
    for field in dataclasses.fields(data):
        items = getattr(data, field.name)
        if not isinstance(items, list):
            continue
        for item in items:
            if getattr(item, "parked", False):
                continue
            for attribute in ("text", "title", "name"):
                value = getattr(item, attribute, None)
                if isinstance(value, str) and value.strip():
                    found.append(value)
    return found


@pytest.mark.slow
@pytest.mark.parametrize(("language", "setup"), list(zip(itertools.cycle(["en", "ru"]), SETUPS)),
                         ids=lambda v: v if isinstance(v, str) else f"{v.size}-{v.orientation}")
def test_every_text_of_every_board_appears_in_full(tmp_path: Path, setup: PageSetup,
                                                   language: str) -> None:
    """On its board, or (shortened there, with its number) in the appendix. Every page
    size and orientation once, each language at three of them."""
    from pypdf import PdfReader

    data = demo_data(language)
    out = tmp_path / "boards.pdf"
    export_boards_pdf(data, out, None, setup)
    text = squashed("".join(page.extract_text() or "" for page in PdfReader(out).pages))
    texts = user_texts(data)
    assert len(texts) > 100
    missing = [t for t in texts if squashed(t) not in text]
    assert not missing
