"""CSV import of ideas (tolerant of spreadsheets, strict about content) and CSV export."""

from __future__ import annotations

import csv
import io

import pytest

from app.domain import csv_ideas
from app.domain.csv_ideas import (
    PLAIN_NUMBER,
    CsvImportError,
    IdeaRow,
    format_csv,
    neutralise_cell,
    parse_ideas,
)
from app.domain.model import SourceTag


def parse_bytes(raw: bytes, source: str = "ideas.csv") -> list[IdeaRow]:
    return parse_ideas(csv_ideas.decode(raw, source), source)


def error_of(raw: bytes | str) -> CsvImportError:
    data = raw.encode("utf-8") if isinstance(raw, str) else raw
    with pytest.raises(CsvImportError) as caught:
        parse_bytes(data)
    return caught.value


# --- accepted shapes -----------------------------------------------------------------------
def test_plain_comma_file_with_every_column() -> None:
    rows = parse_bytes(
        b"text,team,author,tag,color\n"
        b"Pay by QR,Sun,Anna,Customers,#A1b2C3\n"
        b"  Remind early  ,, ,own,\n"
    )
    assert rows == [
        IdeaRow(2, "Pay by QR", "Sun", "Anna", SourceTag.CUSTOMERS, "#A1b2C3"),
        IdeaRow(3, "Remind early", "", "", SourceTag.OWN, None),
    ]


def test_bom_semicolons_cyrillic_and_windows_line_ends() -> None:
    raw = "\ufefftext;team;tag\r\nОплата по QR-коду;Солнце;research\r\nЁжик 🦔;Небо;\r\n"
    rows = parse_bytes(raw.encode("utf-8"))
    assert [(r.line, r.text, r.team, r.tag) for r in rows] == [
        (2, "Оплата по QR-коду", "Солнце", SourceTag.RESEARCH),
        (3, "Ёжик 🦔", "Небо", SourceTag.NONE),
    ]


def test_header_is_case_insensitive_and_columns_may_come_in_any_order() -> None:
    rows = parse_bytes(b"Author, TEXT ,extra\nAnna,idea,ignored\n")
    assert [(r.text, r.author) for r in rows] == [("idea", "Anna")]


def test_quoted_fields_keep_delimiters_newlines_and_quotes() -> None:
    raw = (
        'text,team\n'
        '"one, two; three",Sun\n'
        '"first line\nsecond line",Sky\n'
        '"she said ""pay now""",Leaf\n'
        'after,Sun\n'
    )
    rows = parse_bytes(raw.encode())
    assert [r.text for r in rows] == [
        "one, two; three", "first line\nsecond line", 'she said "pay now"', "after"
    ]
    # Lines are file lines: the multi-line record starts on line 3, so "after" is on line 6.
    assert [r.line for r in rows] == [2, 3, 5, 6]


def test_semicolon_file_with_quoted_semicolons() -> None:
    rows = parse_bytes('text;author\n"a; b";"Петров; Иван"\n'.encode())
    assert [(r.text, r.author) for r in rows] == [("a; b", "Петров; Иван")]


def test_blank_lines_are_skipped_and_lines_still_count() -> None:
    rows = parse_bytes(b"\n\ntext;team\n\nidea;Sun\n;\n")
    assert [(r.line, r.text, r.team) for r in rows] == [(5, "idea", "Sun")]


def test_trailing_empty_cells_are_tolerated() -> None:
    rows = parse_bytes(b"text,team\nidea,Sun,,\n")
    assert [(r.text, r.team) for r in rows] == [("idea", "Sun")]


def test_header_only_gives_no_ideas() -> None:
    assert parse_bytes(b"text,team,tag\r\n") == []


def test_nul_characters_are_dropped_from_text() -> None:
    assert [r.text for r in parse_bytes(b"text\nab\x00c\n")] == ["abc"]


# --- refused input, each naming the line ---------------------------------------------------
@pytest.mark.parametrize("raw", [b"", b"   \n\n", b"\xef\xbb\xbf", b"\xef\xbb\xbf\r\n"])
def test_an_empty_file_is_refused(raw: bytes) -> None:
    error = error_of(raw)
    assert str(error) == "ideas.csv: the file is empty; a header row with 'text' is needed"
    assert error.line is None


def test_a_missing_text_column_names_what_was_found() -> None:
    error = error_of("\nidea;команда\nx;y\n")
    assert str(error) == "ideas.csv: line 2: no 'text' column in the header (found: idea, команда)"


@pytest.mark.parametrize(
    ("raw", "line", "words"),
    [
        ("text,team\nok,Sun\nshort\n", 3, "1 cells but the header has 2 columns"),
        ("text,team\nok,Sun\ntoo,many,cells\n", 3, "3 cells but the header has 2 columns"),
        ('text,team\n"two\nlines",Sun\nshort\n', 4, "1 cells but the header has 2 columns"),
        ('text,team\nok,Sun\n"open quote,Sun\nnext,Sky\n', 3, "is never closed"),
        ("text,team\nok,Sun\n  ,Sky\n", 3, "the 'text' cell is empty"),
        ("text,tag\nok,own\nbad,aliens\n", 3, "unknown tag 'aliens' (use: customers, employees"),
        ("text,color\nok,#FFFFFF\nbad,red\n", 3, "colour 'red' is not like #RRGGBB"),
        ("text,color\nbad,#12345\n", 2, "colour '#12345' is not like #RRGGBB"),
        ("text\n" + "x" * 10_001 + "\n", 2, "'text' is longer than 10000 characters"),
    ],
)
def test_a_bad_row_stops_the_import_with_its_line(raw: str, line: int, words: str) -> None:
    error = error_of(raw)
    assert error.line == line
    assert str(error).startswith(f"ideas.csv: line {line}: ")
    assert words in str(error)
    assert "\n" not in str(error)


@pytest.mark.parametrize(
    ("raw", "line"),
    [
        ("text\nпривет\n".encode("cp1251"), 2),
        ("text;team\nok;Sun\n\nидея;Лист\n".encode("cp1251"), 4),
        (b"text\nok\n\xff\xfe\n", 3),
    ],
)
def test_text_that_is_not_utf8_is_refused_with_the_line(raw: bytes, line: int) -> None:
    error = error_of(raw)
    assert error.line == line
    assert str(error) == (
        f"ideas.csv: line {line}: the file is not UTF-8 text; save it as 'CSV UTF-8' and try again"
    )


def test_too_many_rows_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(csv_ideas, "MAX_ROWS", 3)
    error = error_of("text\na\nb\nc\nd\n")
    assert (error.line, "more than 3 rows" in str(error)) == (5, True)


# --- export --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("value", "written"),
    [
        ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
        ("+1+1", "'+1+1"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("plain = text", "plain = text"),
        ("", ""),
        ("Ёж", "Ёж"),
    ],
)
def test_formula_cells_are_neutralised(value: str, written: str) -> None:
    assert neutralise_cell(value) == written


def test_format_csv_writes_a_header_and_disarmed_rows_that_read_back() -> None:
    text = format_csv(
        ["id", "text", "votes"],
        [(1, "=1+2", 3), (2, 'say "hi", then\nleave', None), (3, "@me", -1), (4, "-1+A1", 0)],
    )
    assert text.startswith("id,text,votes\r\n")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows == [
        ["id", "text", "votes"],
        ["1", "'=1+2", "3"],
        ["2", 'say "hi", then\nleave', ""],
        ["3", "'@me", "-1"],  # a plain number runs nothing and stays a number
        ["4", "'-1+A1", "0"],
    ]
    # No cell an export writes starts with a character a spreadsheet would execute,
    # unless it is a plain number.
    assert not any(
        cell[:1] in "=+-@" and cell and not PLAIN_NUMBER.match(cell)
        for row in rows[1:]
        for cell in row
    )


def test_new_team_names_are_the_unknown_ones_once_in_file_order() -> None:
    from app.domain.csv_ideas import IdeaRow, new_team_names

    rows = [
        IdeaRow(2, "a", "sun"),
        IdeaRow(3, "b", "Snu"),
        IdeaRow(4, "c", ""),
        IdeaRow(5, "d", "snu"),
        IdeaRow(6, "e", "Moon"),
    ]
    assert new_team_names(rows, ["Sun", "Sky"]) == ["Snu", "Moon"]
    assert new_team_names(rows[:1], ["Sun"]) == []
