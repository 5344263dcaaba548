"""Hostile CSV: line-numbered errors, nothing imported on error, formulas disarmed on export.

Every failed import leaves the workshop file byte-for-byte as it was (and no backup is
taken, since nothing was about to be written); a good import of 20,000 rows goes in as
one transaction (`make bench` times one of 100,000); cells that spreadsheets would
execute are stored as plain text and get a leading apostrophe when exported to CSV.
"""

from __future__ import annotations

import csv
import io
import sqlite3
from pathlib import Path

import pytest

from app import backups, cli, interchange
from app.domain import csv_ideas
from app.services import WorkshopFile
from tests.reliability.conftest import sha256

FORMULAS = ("=cmd|'/c calc'!A1", "+1+2", "-2+3", "@SUM(A1:A2)", '=HYPERLINK("http://x")')


def note_count(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute("SELECT count(*) FROM note").fetchone()[0])
    finally:
        connection.close()


# Enough rows that an import is one transaction over thousands of inserts (and a bad row is
# found long after the first); `make bench` times the 100,000-row import.
MANY = 20_000


def _rows(count: int) -> str:
    return "".join(f"Idea {i}: pay without cash,Ravens,P{i % 7}\n" for i in range(count))


# name -> (CSV bytes, the line the error must name)
BAD: dict[str, tuple[bytes, int]] = {
    "cp1251": (
        b"text,team\nPay by QR,Ravens\n" + "Оплата по QR,Лисы\n".encode("cp1251"),
        3,
    ),
    "utf-16": ("text,team\nPay by QR,Ravens\n".encode("utf-16"), 1),
    "surrogate-bytes (CESU-8)": (b"text\nok\nbad \xed\xb0\x80 text\n", 3),
    "too-few-cells": (b"text,team,author\na,b,c\nd,e\ng,h,i\n", 3),
    "too-many-cells": (b"text,team\na,b\nc,d\ne,f,g,h\n", 4),
    "empty-text": (b"text,team\na,b\n  ,Ravens\n", 3),
    "unknown-tag": (b"text,tag\na,customers\nb,martians\n", 3),
    "bad-colour": (b"text,color\na,#FFAA00\nb,red\n", 3),
    "no-text-column": (b"idea,team\na,b\n", 1),
    "unclosed-quote": (b'text,team\na,b\n"never closed,c\nd,e\n', 3),
    f"bad-row-after-{MANY}": (
        ("text,team,author\n" + _rows(MANY) + "last,row\n").encode(),
        MANY + 2,
    ),
}


@pytest.mark.parametrize("case", list(BAD))
def test_a_bad_csv_names_the_line_and_imports_nothing(
    workshop_path: Path, tmp_path: Path, case: str
) -> None:
    raw, line = BAD[case]
    source = tmp_path / "ideas.csv"
    source.write_bytes(raw)
    before, notes = sha256(workshop_path), note_count(workshop_path)
    with pytest.raises(csv_ideas.CsvImportError) as caught:
        interchange.import_ideas_csv(workshop_path, source)
    message = str(caught.value)
    assert caught.value.line == line and f"line {line}:" in message, message
    assert message.startswith(str(source)) and "\n" not in message
    assert sha256(workshop_path) == before and note_count(workshop_path) == notes
    assert backups.list_backups(workshop_path) == []


def test_the_command_line_reports_the_line_with_exit_2(
    workshop_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "ideas.csv"
    source.write_bytes(BAD["cp1251"][0])
    before = sha256(workshop_path)
    assert cli.main(["import", str(workshop_path), str(source)]) == cli.EXIT_ERROR
    err = capsys.readouterr().err
    assert err.startswith("pointb: ") and "line 3:" in err and len(err.splitlines()) == 1
    assert "UTF-8" in err
    assert sha256(workshop_path) == before


def test_20000_rows_import_in_one_go(workshop_path: Path, tmp_path: Path) -> None:
    source = tmp_path / "big.csv"
    source.write_text("text,team,author\n" + _rows(MANY), encoding="utf-8")
    notes = note_count(workshop_path)
    assert interchange.import_ideas_csv(workshop_path, source) == MANY
    assert note_count(workshop_path) == notes + MANY
    assert interchange.check(workshop_path) == []
    # the snapshot taken just before holds the workshop as it was
    (snapshot,) = backups.list_backups(workshop_path)
    assert snapshot.reason == "before-import" and snapshot.note_count == notes


def test_formula_cells_are_text_inside_and_disarmed_on_export(
    workshop_path: Path, tmp_path: Path
) -> None:
    source = tmp_path / "formulas.csv"
    with source.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(["text", "team", "author"])
        for formula in FORMULAS:
            writer.writerow([formula, "=Team()", "@author"])
    interchange.import_ideas_csv(workshop_path, source)
    workshop = WorkshopFile.open(workshop_path, read_only=True)
    try:
        assert [n.text for n in workshop.data.notes] == list(FORMULAS)  # stored verbatim
        assert {n.author for n in workshop.data.notes} == {"@author"}
        assert "=Team()" in {t.name for t in workshop.data.teams}
    finally:
        workshop.close()

    out = tmp_path / "ideas-out.csv"
    interchange.export(workshop_path, out)
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8"))))
    header, body = rows[0], rows[1:]
    texts = [row[header.index("text")] for row in body]
    assert texts == ["'" + f for f in FORMULAS]
    for row in body:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), row


def test_nul_in_any_cell_follows_the_text_rule(workshop_path: Path, tmp_path: Path) -> None:
    source = tmp_path / "nul.csv"
    source.write_bytes(b"text,team,author\nPay\x00 by QR,Ra\x00vens,An\x00na\n")
    interchange.import_ideas_csv(workshop_path, source)
    workshop = WorkshopFile.open(workshop_path, read_only=True)
    try:
        note = workshop.data.notes[-1]
        assert (note.text, note.author) == ("Pay by QR", "Anna")
        assert workshop.data.team(note.team_id) is not None
        assert workshop.data.team(note.team_id).name == "Ravens"  # type: ignore[union-attr]
    finally:
        workshop.close()
