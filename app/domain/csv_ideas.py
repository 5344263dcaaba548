"""CSV import of ideas: tolerant of how spreadsheets write files, strict about content.

Accepted: UTF-8 with or without BOM; comma or semicolon (Russian-locale spreadsheets use
semicolons); quoted fields. A header row with a `text` column is required; `team`,
`author`, `tag` and `color` are optional. Any bad row stops the whole import.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass

from app.domain import model
from app.domain.texts import shown

KNOWN_COLUMNS = ("text", "team", "author", "tag", "color")
COLOR_PATTERN = re.compile(r"^#[0-9a-fA-F]{6}$")
MAX_ROWS = 200_000


class CsvImportError(ValueError):
    def __init__(self, source: str, line: int | None, message: str) -> None:
        self.source = source
        self.line = line
        where = f"{source}: line {line}" if line is not None else source
        super().__init__(f"{where}: {message}")


@dataclass(frozen=True)
class IdeaRow:
    line: int
    text: str
    team: str = ""
    author: str = ""
    tag: model.SourceTag = model.SourceTag.NONE
    color: str | None = None


def decode(raw: bytes, source: str) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise CsvImportError(
            source, line, "the file is not UTF-8 text; save it as 'CSV UTF-8' and try again"
        ) from None


def sniff_delimiter(header_line: str) -> str:
    return ";" if header_line.count(";") > header_line.count(",") else ","


def read_rows(text: str, source: str) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """Split into a header and (file line, cells) rows; blank lines are skipped."""
    _header_line, header, rows = read_table(text, source)
    return header, rows


def read_table(text: str, source: str) -> tuple[int, list[str], list[tuple[int, list[str]]]]:
    """The header's line, the header, and (file line, cells) rows; blank lines are skipped.

    A row's line is the line it starts on (a quoted cell may span several lines).
    """
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise CsvImportError(source, None, "the file is empty; a header row with 'text' is needed")
    first_line = next(line for line in text.splitlines() if line.strip())
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sniff_delimiter(first_line))
    header: list[str] | None = None
    header_line = 1
    rows: list[tuple[int, list[str]]] = []
    start = 1  # the line the next record starts on
    try:
        for cells in reader:
            line, start = start, reader.line_num + 1
            if not any(cell.strip() for cell in cells):
                continue
            if header is None:
                header = [cell.strip().lower() for cell in cells]
                header_line = line
                continue
            if len(rows) >= MAX_ROWS:
                raise CsvImportError(source, line, f"more than {MAX_ROWS} rows")
            rows.append((line, cells))
    except csv.Error as exc:
        raise CsvImportError(source, start, f"unreadable CSV ({exc})") from None
    if header is None:
        raise CsvImportError(source, None, "the file has no header row")
    last = rows[-1][0] if rows else header_line
    if _ends_inside_quotes(text, last, reader.dialect.delimiter):
        # Python's reader silently takes the rest of the file into that cell.
        raise CsvImportError(
            source, last, "a quote opened on this line is never closed (the file ends inside it)"
        )
    return header_line, header, rows


def _ends_inside_quotes(text: str, line: int, delimiter: str) -> bool:
    """Whether the record starting on `line` (1-based) runs to the end of the file inside
    a quoted cell."""
    lines = io.StringIO(text, newline="").readlines()  # the reader's idea of a line
    record = "".join(lines[line - 1 :])
    quoted = False
    at_field_start = True
    index = 0
    while index < len(record):
        ch = record[index]
        if quoted:
            if ch == '"':
                if record[index + 1 : index + 2] == '"':
                    index += 1  # an escaped quote
                else:
                    quoted = False
        elif ch == '"' and at_field_start:
            quoted = True
        at_field_start = not quoted and ch in (delimiter, "\n", "\r")
        index += 1
    return quoted


def parse_ideas(text: str, source: str = "CSV") -> list[IdeaRow]:
    header_line, header, rows = read_table(text, source)
    if "text" not in header:
        found = ", ".join(shown(name, quote="") for name in header[:10]) or "nothing"
        raise CsvImportError(
            source, header_line, f"no 'text' column in the header (found: {found})"
        )
    index = {name: header.index(name) for name in KNOWN_COLUMNS if name in header}
    tags = {tag.value: tag for tag in model.SourceTag}
    ideas: list[IdeaRow] = []
    for line, cells in rows:
        extra = len(cells) > len(header) and any(c.strip() for c in cells[len(header) :])
        if extra or len(cells) < len(header):
            hint = " (is a quote left open?)" if any("\n" in c or "\r" in c for c in cells) else ""
            raise CsvImportError(
                source, line, f"{len(cells)} cells but the header has {len(header)} columns{hint}"
            )

        def cell(name: str, cells: list[str] = cells) -> str:
            return cells[index[name]].strip() if name in index else ""

        text_value = cell("text").replace("\x00", "")
        if not text_value:
            raise CsvImportError(source, line, "the 'text' cell is empty")
        if len(text_value) > model.MAX_NOTE_TEXT:
            raise CsvImportError(
                source, line, f"'text' is longer than {model.MAX_NOTE_TEXT} characters"
            )
        for name in ("team", "author"):
            if len(cell(name)) > model.MAX_NAME:
                raise CsvImportError(
                    source,
                    line,
                    f"'{name}' is longer than {model.MAX_NAME} characters "
                    f"(names have the same limit everywhere)",
                )
        tag_value = cell("tag").lower()
        if tag_value not in tags:
            allowed = ", ".join(t for t in tags if t)
            raise CsvImportError(source, line, f"unknown tag {shown(tag_value)} (use: {allowed})")
        color = cell("color") or None
        if color is not None and not COLOR_PATTERN.match(color):
            raise CsvImportError(source, line, f"colour {shown(color)} is not like #RRGGBB")
        ideas.append(
            IdeaRow(line, text_value, cell("team"), cell("author"), tags[tag_value], color)
        )
    return ideas


FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


PLAIN_NUMBER = re.compile(r"^[-+]?\d+(\.\d+)?$")


def neutralise_cell(value: str) -> str:
    """Spreadsheets execute cells starting with = + - @; a leading apostrophe disarms them.

    A plain number such as -0.5 cannot run anything and stays a number.
    """
    if PLAIN_NUMBER.match(value):
        return value
    return "'" + value if value.startswith(FORMULA_PREFIXES) else value


def format_csv(header: Iterable[str], rows: Iterable[Iterable[object]]) -> str:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(list(header))
    for row in rows:
        writer.writerow([neutralise_cell("" if v is None else str(v)) for v in row])
    return buffer.getvalue()


def new_team_names(rows: list[IdeaRow], existing: list[str]) -> list[str]:
    """Team names in the rows that match no existing team (case does not matter), each
    once, as first spelt in the file, in file order: an import creates these teams, so the
    facilitator is told (a misspelt team would otherwise appear silently)."""
    known = {name.casefold() for name in existing}
    found: list[str] = []
    for row in rows:
        name = row.team.strip()
        if name and name.casefold() not in known:
            known.add(name.casefold())
            found.append(name)
    return found
