"""The gettext catalogues of exports and explanations: complete, in sync, with plural forms."""

from __future__ import annotations

import gettext
from pathlib import Path

import pytest

from app.domain import i18n, i18n_catalogues
from app.domain.i18n import plural, text

# The Qt catalogue of the widgets is checked in tests/ui/test_i18n.py
# (test_the_translation_source_is_complete).


def test_every_catalogue_is_complete_and_compiled() -> None:
    """Every marked text of `app` is in every .po, translated, with the same {fields} and
    every plural form; each .mo is the compiled .po (`make translations` fixes the rest)."""
    assert i18n_catalogues.languages() == ["ru"]
    assert i18n_catalogues.problems() == []


def test_the_compiled_catalogue_is_what_the_app_reads() -> None:
    path = i18n_catalogues.po_path("ru")
    compiled = path.with_suffix(".mo").read_bytes()
    assert compiled == i18n_catalogues.mo_bytes(i18n_catalogues.read(path))
    assert Path(i18n.locale_dir(), "ru", "LC_MESSAGES", "pointb.mo").read_bytes() == compiled


def test_text_translates_and_fills_fields() -> None:
    assert text("ru", "Line {line}, {field}: {problem}", line=3, field="a", problem="b") == (
        "Строка 3, a: b"
    )
    assert text("en", "Line {line}, {field}: {problem}", line=3, field="a", problem="b") == (
        "Line 3, a: b"
    )
    # a language without a catalogue reads English; so does an unknown text
    assert text("de", "tie") == "tie"
    assert text("ru", "not a message of Point B") == "not a message of Point B"
    assert text("ru-RU", "tie") == "ничья"


def test_russian_has_three_plural_forms() -> None:
    singular = "only one answer: a small sample"
    many = "only {n} answers, fewer than {minimum}: a small sample"
    assert plural("en", singular, many, 1, minimum=10) == singular
    assert plural("en", singular, many, 3, minimum=10) == (
        "only 3 answers, fewer than 10: a small sample"
    )
    assert plural("ru", singular, many, 1, minimum=10) == "всего один ответ: малая выборка"
    assert plural("ru", singular, many, 3, minimum=10) == (
        "ответов только 3, меньше 10: малая выборка"
    )
    catalogue = i18n.translations("ru")
    assert isinstance(catalogue, gettext.GNUTranslations)
    forms = {n: catalogue.plural(n) for n in (1, 2, 5, 11, 12, 21, 22, 25, 101, 111)}
    assert forms == {1: 0, 2: 1, 5: 2, 11: 2, 12: 2, 21: 0, 22: 1, 25: 2, 101: 0, 111: 2}


def _catalogue(tmp_path: Path, body: str) -> Path:
    source = tmp_path / "app" / "demo.py"
    source.parent.mkdir(parents=True)
    source.write_text(
        "from app.domain.i18n import N_, plural, text\n\n"
        'GREETING = N_("Hello {name}")\n'
        "def count(language: str, n: int) -> str:\n"
        '    return plural(language, "one note", "{n} notes", n)\n'
        'def title(language: str) -> str:\n    return text(language, "Board")\n',
        "utf-8",
    )
    po = i18n_catalogues.po_path("ru", tmp_path)
    po.parent.mkdir(parents=True)
    po.write_text(
        '# test\nmsgid ""\nmsgstr ""\n"Language: ru\\n"\n'
        '"Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : '
        'n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\\n"\n'
        '"Content-Type: text/plain; charset=utf-8\\n"\n\n' + body,
        "utf-8",
    )
    return po


def test_update_merges_new_texts_and_check_names_each_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    po = _catalogue(
        tmp_path,
        'msgid "Hello {name}"\nmsgstr "Привет, {имя}"\n\n'
        'msgid "Gone from the code"\nmsgstr "Уже нет"\n',
    )
    assert i18n_catalogues.update(tmp_path) == 0
    catalog = i18n_catalogues.read(po)
    assert catalog.get("Gone from the code") is None
    assert catalog.get("Hello {name}").string == "Привет, {имя}"  # kept
    assert catalog.get("one note").id == ("one note", "{n} notes")
    found = i18n_catalogues.problems(tmp_path)
    assert "resources/locale/ru/LC_MESSAGES/pointb.po: untranslated: 'one note'" in found
    assert "resources/locale/ru/LC_MESSAGES/pointb.po: untranslated: 'Board'" in found
    assert any("fields differ: 'Hello {name}'" in line for line in found)
    assert not any("out of date" in line for line in found)  # update compiled the .mo

    po.write_text(po.read_text("utf-8").replace("{имя}", "{name}"), "utf-8")
    assert any("out of date" in line for line in i18n_catalogues.problems(tmp_path))
    capsys.readouterr()


def test_a_plural_needs_every_form_of_the_language(tmp_path: Path) -> None:
    _catalogue(
        tmp_path,
        'msgid "Hello {name}"\nmsgstr "Привет, {name}"\n\n'
        'msgid "Board"\nmsgstr "Доска"\n\n'
        'msgid "one note"\nmsgid_plural "{n} notes"\n'
        'msgstr[0] "{n} стикер"\nmsgstr[1] "{n} стикера"\nmsgstr[2] ""\n',
    )
    i18n_catalogues.update(tmp_path)
    assert i18n_catalogues.problems(tmp_path) == [
        "resources/locale/ru/LC_MESSAGES/pointb.po: untranslated: 'one note'"
    ]


def test_adding_a_language_is_adding_its_catalogue(tmp_path: Path) -> None:
    _catalogue(tmp_path, "")
    assert i18n_catalogues.init("de", tmp_path) == 0
    po = i18n_catalogues.po_path("de", tmp_path)
    assert po.with_suffix(".mo").is_file()
    catalog = i18n_catalogues.read(po)
    assert catalog.num_plurals == 2
    assert {m.id for m in catalog if m.id} == {"Hello {name}", ("one note", "{n} notes"), "Board"}
    assert i18n_catalogues.languages(tmp_path) == ["de", "ru"]
