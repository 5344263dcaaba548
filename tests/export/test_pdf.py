from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

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
from app.export import layout, pdf
from app.export.fonts import REPLACEMENT_CHAR
from app.export.layout import PT_PER_MM
from app.export.pdf import (
    ExportError,
    PageSetup,
    ReportSection,
    export_boards_pdf,
    export_report_pdf,
)
from tests.export.sample import sample_workshop, small_board

MARKUP_TEXTS = [
    "<b>bold</b>",
    "AT&T",
    '<img src="/etc/passwd"/>',
    "<font color=red>red</font>",
    "a<b",
    "&amp; &lt;",
]
TYPOGRAPHY_TEXTS = [
    "Касса закрылась",
    "café crème brûlée",
    "«Ёлки» — “quotes” ‘single’ …",
]


def squash(text: str) -> str:
    """Text without any whitespace: wrapping may put line breaks anywhere."""
    return "".join(text.split())


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def workshop_with(texts: list[str], *, language: str = "en", title: str = "Test workshop",
                  note_size: tuple[float, float] = (200.0, 150.0)) -> WorkshopData:
    teams = [Team(1, "Alpha", "#81D4FA"), Team(2, "Бета", "#FFD54F")]
    board = Board(1, BoardKind.CAPTURE, "Capture", 0)
    notes = [
        Note(i + 1, 1, text, x=(i % 8) * 230.0, y=(i // 8) * 180.0, width=note_size[0],
             height=note_size[1], team_id=1 + i % 2, tag=SourceTag.CUSTOMERS if i % 3 else
             SourceTag.NONE)
        for i, text in enumerate(texts)
    ]
    votes = [Vote(1, 1, VoterKind.TEAM, 1, 3)] if notes else []
    workshop = Workshop(title, challenge="How might we?", date="2026-11-23",
                        facilitator="Фасилитатор Ф.", language=language)
    return WorkshopData(workshop, teams, [], [board], notes, [], votes)


def outline_titles(reader: PdfReader) -> list[str]:
    titles: list[str] = []

    def walk(items: list[Any]) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles.append(str(item.title))

    walk(reader.outline)
    return titles


def test_every_note_text_is_in_the_pdf(tmp_path: Path) -> None:
    data = sample_workshop()
    out = tmp_path / "boards.pdf"
    result = export_boards_pdf(data, out)
    text = squash(pdf_text(out))
    for note in data.notes:
        if note.parked:
            assert squash(note.text) not in text  # parked notes are set aside
            continue
        assert squash(note.text) in text, note.text
    assert result.pages == len(PdfReader(out).pages)


def test_unicode_and_markup_print_literally(tmp_path: Path) -> None:
    data = workshop_with(TYPOGRAPHY_TEXTS + MARKUP_TEXTS)
    out = tmp_path / "markup.pdf"
    export_boards_pdf(data, out)
    text = squash(pdf_text(out))
    for note_text in TYPOGRAPHY_TEXTS + MARKUP_TEXTS:
        assert squash(note_text) in text, note_text
    assert "AT&T;" not in text
    # Nothing was read from disk: no image was placed anywhere.
    for page in PdfReader(out).pages:
        resources: Any = page["/Resources"]
        xobjects = resources.get("/XObject", {})
        for xobject in xobjects.values():
            assert xobject.get_object().get("/Subtype") != "/Image"


def test_emoji_print_as_glyphs_and_control_characters_as_boxes(tmp_path: Path) -> None:
    data = workshop_with(["Отлично 👍🏽 🚀 done", "nul\x00here", "flag 🇷🇺 ok", "new 🫠 one",
                          "newer \U0001FAE9 one"])
    data.workshop.title = "Emoji 🎉 title"
    out = tmp_path / "emoji.pdf"
    export_boards_pdf(data, out)
    text = squash(pdf_text(out))
    # Copied out of the PDF as typed (less the skin tone a monochrome face cannot show).
    assert squash("Отлично 👍 🚀 done") in text
    assert squash(f"nul{REPLACEMENT_CHAR}here") in text
    assert squash("flag 🇷🇺 ok") in text
    assert squash("Emoji 🎉 title") in text
    assert squash("new 🫠 one") in text  # Unicode 14, from Noto Emoji
    assert squash(f"newer {REPLACEMENT_CHAR} one") in text  # Unicode 16: no bundled face


def test_fonts_are_embedded(tmp_path: Path) -> None:
    out = tmp_path / "fonts.pdf"
    export_report_pdf(sample_workshop(), out)
    seen = 0
    for page in PdfReader(out).pages:
        resources: Any = page["/Resources"]
        fonts: Any = resources["/Font"].get_object()
        for font in fonts.values():
            font = font.get_object()
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, font["/BaseFont"]
            # Only the bundled faces: DejaVu, and Noto Emoji for the sample's 🐶.
            assert any(name in str(font["/BaseFont"]) for name in ("DejaVuSans", "NotoEmoji"))
            seen += 1
    assert seen > 0


@pytest.mark.parametrize(("size", "orientation", "expected_mm"), [
    ("A4", "portrait", (210, 297)),
    ("A4", "landscape", (297, 210)),
    ("A3", "landscape", (420, 297)),
    ("A3", "portrait", (297, 420)),
    ("A0", "portrait", (841, 1189)),
    ("A0", "landscape", (1189, 841)),
    ("letter", "portrait", (215.9, 279.4)),
    ("Tabloid", "landscape", (431.8, 279.4)),
])
def test_page_size_and_count(tmp_path: Path, size: str, orientation: str,
                             expected_mm: tuple[float, float]) -> None:
    data = small_board()
    data.boards.append(Board(2, BoardKind.CAPTURE, "Second", 1))
    data.notes.append(Note(100, 2, "On the second board"))
    out = tmp_path / f"{size}-{orientation}.pdf"
    setup = PageSetup(size, "landscape" if orientation == "landscape" else "portrait")
    result = export_boards_pdf(data, out, setup=setup)
    reader = PdfReader(out)
    assert result.shortened_note_ids == ()
    assert len(reader.pages) == result.pages == 2  # one page per board, no appendix
    for page in reader.pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert width == pytest.approx(expected_mm[0] * PT_PER_MM, abs=0.5)
        assert height == pytest.approx(expected_mm[1] * PT_PER_MM, abs=0.5)
    assert "Page2of2" in squash(reader.pages[1].extract_text())


def test_default_setup_is_a3_landscape() -> None:
    setup = PageSetup()
    assert (setup.size, setup.landscape, setup.tiling) == ("A3", True, None)  # None: auto
    with pytest.raises(ValueError):
        PageSetup("B5")


def test_board_selection(tmp_path: Path) -> None:
    data = sample_workshop()
    data.boards.append(Board(2, BoardKind.CAPTURE, "Second board", 1))
    data.notes.append(Note(100, 2, "Only here"))
    out = tmp_path / "one.pdf"
    export_boards_pdf(data, out, board_ids=[2])
    text = pdf_text(out)
    assert "Only here" in text
    assert "Касса" not in text
    with pytest.raises(ExportError, match="no board with id 99"):
        export_boards_pdf(data, tmp_path / "missing.pdf", board_ids=[99])
    assert not (tmp_path / "missing.pdf").exists()


def test_metadata_and_outline(tmp_path: Path) -> None:
    data = sample_workshop(language="en")
    data.boards.append(Board(2, BoardKind.REVERSE, "", 1))  # untitled: named by its kind
    out = tmp_path / "meta.pdf"
    export_boards_pdf(data, out)
    reader = PdfReader(out)
    meta = reader.metadata
    assert meta is not None
    assert meta.title == data.workshop.title
    assert meta.author == data.workshop.facilitator
    assert meta.subject is not None and data.workshop.challenge in meta.subject
    titles = outline_titles(reader)
    assert data.boards[0].title in titles
    assert "Good idea / bad idea" in titles


def test_title_block_legend_and_footer(tmp_path: Path) -> None:
    data = sample_workshop(language="en")
    out = tmp_path / "page.pdf"
    export_boards_pdf(data, out, setup=PageSetup("A2"))
    first = squash(PdfReader(out).pages[0].extract_text())
    for expected in (data.workshop.title, data.workshop.challenge, "23 November 2026",
                     data.workshop.facilitator, data.boards[0].title, "Teams:", "Amber",
                     "Sources:", "Customers", "Votes:", "dots given to the note", "Page1of"):
        assert squash(expected) in first, expected


def test_russian_labels(tmp_path: Path) -> None:
    data = sample_workshop(language="ru")
    out = tmp_path / "ru.pdf"
    export_report_pdf(data, out)
    text = squash(pdf_text(out))
    for expected in ("Команды:", "Источники:", "Итоги", "Лучшие идеи по голосам",
                     "Приложение", "23 ноября 2026 г.", "Страница 1 из"):
        assert squash(expected) in text, expected


def test_long_word_and_shortened_notes_go_to_the_appendix(tmp_path: Path) -> None:
    long_word = "Ж" * 9_990 + "конец"
    data = workshop_with(["short", long_word])
    out = tmp_path / "long.pdf"
    result = export_boards_pdf(data, out, setup=PageSetup("A4"))
    assert result.shortened_note_ids == (2,)
    reader = PdfReader(out)
    assert len(reader.pages) >= 2
    appendix = squash("".join(page.extract_text() for page in reader.pages[1:]))
    # The word runs over several appendix pages (with their headers and footers between).
    assert appendix.count("Ж") == 9_990
    assert "Жконец" in appendix
    assert "Full text of shortened notes and labels" in outline_titles(reader)


def test_five_hundred_notes(tmp_path: Path) -> None:
    texts = [f"Идея {i}: a note with several words to wrap, №{i}" for i in range(500)]
    data = workshop_with(texts)
    out = tmp_path / "big.pdf"
    started = time.perf_counter()
    result = export_boards_pdf(data, out)
    assert time.perf_counter() - started < 30
    text = squash(pdf_text(out))
    for note_text in texts:
        assert squash(note_text) in text
    assert result.pages >= 1


def test_tiling_splits_a_large_board_with_marks(tmp_path: Path) -> None:
    data = workshop_with([f"Note {i} text" for i in range(500)])
    single = export_boards_pdf(data, tmp_path / "single.pdf",
                               setup=PageSetup("A4", tiling=False))
    tiled_out = tmp_path / "tiled.pdf"
    tiled = export_boards_pdf(data, tiled_out, setup=PageSetup("A4", tiling=True))
    # On one A4 sheet the notes are specks: all shortened, all in the appendix.
    assert len(single.shortened_note_ids) == 500
    assert not any(t.startswith("Row") for t in outline_titles(PdfReader(tmp_path /
                                                                       "single.pdf")))
    assert tiled.pages > 4
    reader = PdfReader(tiled_out)
    titles = outline_titles(reader)
    assert titles.count("Capture") == 1
    assert "Row 1, column 1" in titles and "Row 1, column 2" in titles
    first = squash(reader.pages[0].extract_text())
    assert squash("Sheet: row 1, column 1 of") in first
    assert squash("overlap: lay sheet 1.2 here") in first
    # Tiled notes are big enough that nothing is shortened.
    assert not tiled.shortened_note_ids
    text = squash(pdf_text(tiled_out))
    for i in range(500):
        assert squash(f"Note {i} text") in text


def test_small_board_is_not_tiled(tmp_path: Path) -> None:
    result = export_boards_pdf(small_board(), tmp_path / "s.pdf",
                               setup=PageSetup("A4", tiling=True))
    assert result.pages == 1


def test_report_structure(tmp_path: Path) -> None:
    data = sample_workshop(language="en")
    out = tmp_path / "report.pdf"
    calls: list[tuple[int, int]] = []
    result = export_report_pdf(data, out, progress=lambda done, total: calls.append(
        (done, total)))
    reader = PdfReader(out)
    assert len(reader.pages) == result.pages >= 4
    titles = outline_titles(reader)
    for expected in ("Cover", data.boards[0].title, "Summary", "Top ideas by votes",
                     "Appendix", "Idea lineage"):
        assert expected in titles
    cover = squash(reader.pages[0].extract_text())
    for expected in (data.workshop.title, "Синие / Blue", "Amber", "Зелёные", "Аня, Маша"):
        assert squash(expected) in cover
    text = squash(pdf_text(out))
    # Top idea by votes (note 9 has 7 dots) and the lineage link 3 -> 23.
    assert squash("1 Pre-paid coffee subscription: 20 cups a month") in text
    assert squash("Нет розеток у столиков") in text
    assert squash("→ ") in text
    assert calls[-1][0] == calls[-1][1]
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)


def test_report_extension_point(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def candidates(ctx: layout.ExportContext) -> ReportSection:
        return ReportSection("Candidates <b>", [pdf.Para("Kano class: Must-be & more")])

    monkeypatch.setattr(pdf, "SUMMARY_SECTIONS", [*pdf.SUMMARY_SECTIONS, candidates])
    out = tmp_path / "ext.pdf"
    export_report_pdf(sample_workshop(language="en"), out)
    text = squash(pdf_text(out))
    assert squash("Candidates <b>") in text
    assert squash("Kano class: Must-be & more") in text


def test_board_kind_plugs_in(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    drawn: list[int] = []

    def draw_value(canvas: layout.Painter, ctx: layout.ExportContext, board: Board,
                   frame_rect: layout.Rect) -> None:
        drawn.append(board.id)
        canvas.text(frame_rect.x, frame_rect.y + 20, "custom value page", size=12)

    monkeypatch.setitem(layout.BOARD_DRAWERS, BoardKind.VALUE, draw_value)
    data = small_board()
    data.boards.append(Board(2, BoardKind.VALUE, "Value", 1))
    out = tmp_path / "kinds.pdf"
    export_boards_pdf(data, out)
    assert drawn == [2]
    assert "custom value page" in pdf_text(out)


# ------------------------------------------------------------------ atomic writes


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="root writes into read-only folders anyway")
def test_read_only_folder_raises_and_leaves_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(ExportError) as caught:
            export_boards_pdf(small_board(), folder / "out.pdf")
        assert "out.pdf" in str(caught.value)
        assert leftovers(folder) == []
    finally:
        folder.chmod(0o755)


def test_unwritable_folder_as_any_user(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """What a read-only folder does, reproduced even when the tests run as root."""

    def refuse(*args: object, **kwargs: object) -> tuple[int, str]:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(ExportError, match=r"out\.pdf: Permission denied"):
        export_report_pdf(small_board(), tmp_path / "out.pdf")
    assert leftovers(tmp_path) == []


def test_failed_final_rename_leaves_nothing(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out.pdf"
    out.write_bytes(b"old")

    def refuse(source: object, target: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(ExportError, match=r"out\.pdf"):
        export_boards_pdf(small_board(), out)
    assert out.read_bytes() == b"old"
    assert leftovers(tmp_path) == ["out.pdf"]


def test_missing_folder_raises(tmp_path: Path) -> None:
    target = tmp_path / "nope" / "out.pdf"
    with pytest.raises(ExportError, match=r"out\.pdf"):
        export_boards_pdf(small_board(), target)
    assert not target.parent.exists()


def test_failure_midway_keeps_the_old_file(tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "board.pdf"
    out.write_bytes(b"previous export")

    def broken(*args: object) -> None:
        raise RuntimeError("drawing failed")

    monkeypatch.setitem(layout.BOARD_DRAWERS, BoardKind.CAPTURE, broken)
    with pytest.raises(ExportError, match=r"board\.pdf.*drawing failed"):
        export_boards_pdf(small_board(), out)
    assert out.read_bytes() == b"previous export"
    assert leftovers(tmp_path) == ["board.pdf"]


def test_target_that_is_a_folder(tmp_path: Path) -> None:
    target = tmp_path / "taken.pdf"
    target.mkdir()
    with pytest.raises(ExportError, match=r"taken\.pdf"):
        export_report_pdf(small_board(), target)
    assert target.is_dir()
    assert leftovers(tmp_path) == ["taken.pdf"]


def test_file_permissions_are_not_private(tmp_path: Path) -> None:
    out = tmp_path / "perm.pdf"
    export_boards_pdf(small_board(), out)
    assert out.stat().st_mode & 0o044  # readable by others, like any other saved file


def test_tile_overlap_is_in_mm() -> None:
    assert PageSetup(tiling=True, overlap_mm=15).overlap_mm == 15
    with pytest.raises(ValueError):
        PageSetup(overlap_mm=-1)


def test_report_appendix_traces_ideas_to_candidates_and_propositions(tmp_path: Path) -> None:
    from app.demo import demo_data

    out = tmp_path / "report.pdf"
    pdf.export_report_pdf(demo_data("en"), out)
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(out).pages)
    appendix = text[text.index("Idea lineage") :]
    # captured note -> candidate with class and slice -> value proposition on that slice
    assert (
        "Remind three days before, not on the due date → candidate · Kano: Must-be · "
        "slice: MVP 1 → value proposition for Working parents who pay from the phone"
    ) in appendix
    # bad idea -> solution
    assert "Charge a fee for paying on time [worst idea] → Good idea / bad idea: Turn" in appendix
