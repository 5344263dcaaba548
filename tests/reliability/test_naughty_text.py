"""Hostile text round-trips exactly: through the file, the JSON dump, and into a PDF.

The strings are an equivalent of the Big List of Naughty Strings, generated here (RTL,
zero-width and bidi controls, combining marks, emoji and ZWJ sequences, markup, format
strings, SQL injection, very long strings, Cyrillic, CJK, control characters), plus
hypothesis-generated text. The text rule (docs/reliability.md): NUL and lone surrogates
are dropped on every entry path (typing, CSV import, JSON import); note text is trimmed
and must not end up empty; everything else is kept exactly.
"""

from __future__ import annotations

import dataclasses
import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app import interchange
from app.domain import edits, model
from app.export import json_dump
from app.services import WorkshopFile
from app.store.database import WorkshopFileError


def naughty_strings() -> list[str]:
    rtl = ["مرحبا بالعالم", "שָׁלוֹם עוֹלָם", "\u202eevil override\u202c ok", "a\u200fb\u200e"]
    invisible = ["a\u200bb", "\ufeffstarts with a BOM", "zero\u200dwidth\u2060joiner", "a\u00adb"]
    combining = [
        "Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇",
        "e\u0301 vs \u00e9",
        "a" + "\u0301" * 200,
        "ก้้้้้้้้้้้้้้้้้้้้",
    ]
    emoji = [
        "👍🏽 thumbs",
        "👨‍👩‍👧‍👦 family",
        "🏳️‍🌈 flag",
        "🇺🇦🇷🇺🇬🇧",
        "1️⃣ keycap",
        "🧑🏿‍🚀",
    ]
    markup = [
        "<script>alert('x')</script>",
        "&amp; &lt;b&gt; &#x41; &nbsp;",
        "<b>unclosed",
        "a<b",
        "AT&T",
        '<img src="/etc/passwd">',
        "<para>x</para>",
        "]]><![CDATA[x]]>",
    ]
    formats = ["%s%s%s%n%d", "{0}", "{}", "{{x}}", "${HOME}", "%(name)s", "\\N{BULLET}"]
    sql = [
        "'; DROP TABLE note; --",
        "1' OR '1'='1",
        '" OR 1=1 --',
        "Robert'); DROP TABLE Students;--",
        "%' AND 1=0 UNION SELECT sql FROM sqlite_master --",
    ]
    scripts = [
        "Съешь же ещё этих мягких французских булок",
        "田中さんにあげて下さい",
        "사회과학원 어학연구소",
        "𠜎𠜱𠝹𠱓",
        "Ελληνικά",
        "हिन्दी",
        "ǅ ß İ ﬁ",
    ]
    controls = [
        "a\x01b\x02c\x1b[31mred\x1b[0m",
        "tab\tinside",
        "line1\nline2\r\nline3\rline4",
        "del\x7fchar",
        "nel\x85sep\u2028para\u2029end",
        "bell\x07",
    ]
    odd = [
        "NaN",
        "-Infinity",
        "1e309",
        "0x0",
        "null",
        "None",
        "undefined",
        "\\",
        "\\\\server\\share",
        "\"'`",
        "../../etc/passwd",
        "CON",
        "\U0010ffff\uffff\ufffe",
        "\U0001f600",
    ]
    long = ["x" * model.MAX_NOTE_TEXT, "Ж" * model.MAX_NOTE_TEXT, "😀" * 2000, "ab " * 3000 + "end"]
    return [
        *rtl,
        *invisible,
        *combining,
        *emoji,
        *markup,
        *formats,
        *sql,
        *scripts,
        *controls,
        *odd,
        *long,
    ]


NAUGHTY = naughty_strings()


def _build(path: Path, texts: list[str]) -> WorkshopFile:
    """A workshop holding every string as a note, a team, a participant, a cluster title,
    an author and in the workshop record itself."""
    workshop = WorkshopFile.create(path, model.Workshop(title="Naughty", challenge=texts[0]))
    data = workshop.data
    workshop.apply("board", edits.add_board(data, model.BoardKind.CAPTURE, texts[-1][:200]))
    board = data.boards[0].id
    for i, text in enumerate(texts):
        name = text[: model.MAX_NAME]  # names and titles have their own limit
        workshop.apply("note", edits.add_note(data, board, text, author=name, x=i * 10.0))
        if i % 3 == 0:
            workshop.apply("team", edits.add_team(data, name))
            workshop.apply("person", edits.add_participant(data, name, None))
    ids = [n.id for n in data.notes[:5]]
    workshop.apply("cluster", edits.add_cluster(data, board, texts[1], ids))
    workshop.update_workshop(facilitator=texts[2], challenge=texts[3])
    return workshop


def test_naughty_strings_are_kept_exactly_in_memory(tmp_path: Path) -> None:
    """None of these strings holds NUL or a lone surrogate, so none is changed at all."""
    workshop = _build(tmp_path / "naughty.pointb", NAUGHTY)
    try:
        assert [n.text for n in workshop.data.notes] == NAUGHTY
        assert [n.author for n in workshop.data.notes] == [t[: model.MAX_NAME] for t in NAUGHTY]
    finally:
        workshop.close()


def test_naughty_strings_round_trip_through_the_file_and_the_dump(tmp_path: Path) -> None:
    path = tmp_path / "naughty.pointb"
    workshop = _build(path, NAUGHTY)
    in_memory = dataclasses.replace(workshop.data)
    first_dump = json_dump.dumps(in_memory)
    workshop.close()

    reopened = WorkshopFile.open(path, read_only=True)
    try:
        assert reopened.data == in_memory  # every field of every entity, exactly
    finally:
        reopened.close()

    # export -> import -> export gives the same bytes, in memory and through files
    assert json_dump.dumps(json_dump.from_dump(json.loads(first_dump))) == first_dump
    dump_path = tmp_path / "naughty.json"
    json_dump.write_dump(in_memory, dump_path)
    imported = tmp_path / "imported.pointb"
    interchange.create_from_dump(imported, dump_path)
    again = tmp_path / "again.json"
    interchange.export(imported, again)
    assert again.read_text(encoding="utf-8") == first_dump


def test_naughty_strings_export_to_pdf(tmp_path: Path) -> None:
    pdf = pytest.importorskip("app.export.pdf")
    if not hasattr(pdf, "export_boards_pdf"):
        pytest.skip("no PDF export in this build")
    workshop = _build(tmp_path / "naughty.pointb", NAUGHTY)
    data = workshop.data
    workshop.close()
    out = tmp_path / "naughty.pdf"
    pdf.export_boards_pdf(data, out)
    assert out.read_bytes().startswith(b"%PDF")


# --- the rule for NUL and lone surrogates ---------------------------------------------------
def test_typing_drops_nul_and_lone_surrogates(tmp_path: Path) -> None:
    workshop = WorkshopFile.create(tmp_path / "rule.pointb", model.Workshop(title="Rule"))
    try:
        data = workshop.data
        workshop.apply("board", edits.add_board(data, model.BoardKind.CAPTURE, "Ideas\x00"))
        board = data.boards[0].id
        workshop.apply("note", edits.add_note(data, board, " a\x00b\udc80c\ud83d "))
        workshop.apply("team", edits.add_team(data, "Ra\x00vens\udfff"))
        assert data.notes[0].text == "abc" and data.teams[0].name == "Ravens"
        assert data.boards[0].title == "Ideas"
        with pytest.raises(edits.EditRefused):
            edits.add_note(data, board, "\x00\udc80 \x00")
        # A pair of surrogates written as two code points is not an emoji in Python: both go.
        workshop.apply("note", edits.add_note(data, board, "x\ud83d\ude00y"))
        assert data.notes[-1].text == "xy"
    finally:
        workshop.close()


def test_the_store_refuses_a_lone_surrogate_that_bypassed_the_rule(tmp_path: Path) -> None:
    """Last line of defence: a change carrying one is refused whole, memory untouched."""
    path = tmp_path / "guard.pointb"
    workshop = WorkshopFile.create(path, model.Workshop(title="Guard"))
    try:
        data = workshop.data
        workshop.apply("board", edits.add_board(data, model.BoardKind.CAPTURE, "Ideas"))
        workshop.apply("note", edits.add_note(data, data.boards[0].id, "fine"))
        note = data.notes[0]
        bad = dataclasses.replace(note, text="bad\udc80")
        new = dataclasses.replace(note, id=99, text="second note of the same edit")
        with pytest.raises(WorkshopFileError, match="lone surrogates"):
            workshop.apply("raw", [(note, bad), (None, new)])
        assert data.notes == [note]
        with pytest.raises(WorkshopFileError, match="lone surrogates"):
            workshop.update_workshop(title="T\ud800")
        assert data.workshop.title == "Guard"
    finally:
        workshop.close()
    reopened = WorkshopFile.open(path, read_only=True)
    try:
        assert [n.text for n in reopened.data.notes] == ["fine"]
    finally:
        reopened.close()


def test_json_import_drops_nul_and_lone_surrogates(tmp_path: Path) -> None:
    workshop = WorkshopFile.create(tmp_path / "src.pointb", model.Workshop(title="Dump"))
    data = workshop.data
    workshop.apply("board", edits.add_board(data, model.BoardKind.CAPTURE, "Ideas"))
    workshop.apply("note", edits.add_note(data, data.boards[0].id, "placeholder"))
    workshop.close()
    text = json_dump.dumps(data)
    # JSON spells them as escapes: \u0000 and an unpaired \udc80
    text = text.replace('"placeholder"', '"pla\\u0000ce\\udc80holder"')
    text = text.replace('"title": "Dump"', '"title": "Du\\u0000mp\\ud800"')
    dump = tmp_path / "hostile.json"
    dump.write_text(text, encoding="utf-8")
    target = tmp_path / "imported.pointb"
    interchange.create_from_dump(target, dump)
    imported = WorkshopFile.open(target, read_only=True)
    try:
        assert imported.data.notes[0].text == "placeholder"
        assert imported.data.workshop.title == "Dump"
    finally:
        imported.close()
    # A title made only of them is no title: refused with a message naming the field.
    dump.write_text(text.replace('"Du\\u0000mp\\ud800"', '"\\u0000\\udc80"'), encoding="utf-8")
    with pytest.raises(json_dump.DumpError, match="title"):
        interchange.create_from_dump(tmp_path / "refused.pointb", dump)
    assert not (tmp_path / "refused.pointb").exists()


# --- hypothesis ---------------------------------------------------------------------------
ANY_TEXT = st.text(st.characters(exclude_categories=()), max_size=300)  # surrogates included


def _expected(text: str) -> str | None:
    kept = "".join(ch for ch in text if ch != "\x00" and not 0xD800 <= ord(ch) <= 0xDFFF)
    kept = kept.strip()
    return kept if kept and len(kept) <= model.MAX_NOTE_TEXT else None


@settings(
    max_examples=40,
    deadline=None,
    database=None,  # keep the shared checkout free of a .hypothesis folder
    suppress_health_check=[HealthCheck.too_slow],
)
@given(texts=st.lists(ANY_TEXT, min_size=1, max_size=12))
def test_generated_text_round_trips_by_the_rule(texts: list[str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "generated.pointb"
        workshop = WorkshopFile.create(path, model.Workshop(title="Generated"))
        data = workshop.data
        workshop.apply("board", edits.add_board(data, model.BoardKind.CAPTURE, "Ideas"))
        expected = []
        for text in texts:
            want = _expected(text)
            if want is None:
                with pytest.raises(edits.EditRefused):
                    edits.add_note(data, data.boards[0].id, text)
                continue
            workshop.apply("note", edits.add_note(data, data.boards[0].id, text))
            expected.append(want)
        assert [n.text for n in data.notes] == expected
        dump = json_dump.dumps(data)
        workshop.close()
        reopened = WorkshopFile.open(path, read_only=True)
        try:
            assert [n.text for n in reopened.data.notes] == expected
            assert json_dump.dumps(reopened.data) == dump
            assert json_dump.dumps(json_dump.from_dump(json.loads(dump))) == dump
        finally:
            reopened.close()
