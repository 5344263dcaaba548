"""The archetype catalogue: 12 archetypes in four motivation groups, complete in en and ru."""

from __future__ import annotations

import copy
import json
import re
import string
import sys
from pathlib import Path
from typing import Any

import pytest

from app.domain.archetypes import (
    PROMISE_PLACEHOLDERS,
    TEXT_FIELDS,
    Catalogue,
    CatalogueError,
    Motivation,
    default_catalogue_path,
    load_catalogue,
    parse_catalogue,
)

CYRILLIC = re.compile(r"[А-Яа-яЁё]")

# METHODS.md section 3: the four motivations and their archetypes, in deck order.
EXPECTED_GROUPS = {
    Motivation.INDEPENDENCE: ["innocent", "explorer", "sage"],
    Motivation.MASTERY: ["hero", "outlaw", "magician"],
    Motivation.BELONGING: ["regular", "lover", "jester"],
    Motivation.STABILITY: ["caregiver", "creator", "ruler"],
}
RUSSIAN_NAMES = {
    "innocent": "Простодушный",
    "explorer": "Искатель",
    "sage": "Мудрец",
    "hero": "Герой",
    "outlaw": "Бунтарь",
    "magician": "Маг",
    "regular": "Славный малый",
    "lover": "Любовник",
    "jester": "Шут",
    "caregiver": "Заботливый",
    "creator": "Творец",
    "ruler": "Правитель",
}


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue()


def raw_catalogue() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(default_catalogue_path().read_text(encoding="utf-8"))
    return copy.deepcopy(data)


def entry(data: dict[str, Any], key: str) -> dict[str, Any]:
    found: dict[str, Any] = next(e for e in data["archetypes"] if e["key"] == key)
    return found


def test_the_catalogue_has_the_twelve_archetypes_in_deck_order(catalogue: Catalogue) -> None:
    assert len(catalogue) == 12
    assert catalogue.keys() == tuple(k for keys in EXPECTED_GROUPS.values() for k in keys)


def test_four_groups_of_three_match_the_methods(catalogue: Catalogue) -> None:
    groups = catalogue.by_motivation()
    assert [g.motivation.key for g in groups] == list(EXPECTED_GROUPS)
    for group in groups:
        assert [a.key for a in group.archetypes] == EXPECTED_GROUPS[group.motivation.key]
        assert all(a.motivation == group.motivation.key for a in group.archetypes)


def test_russian_names_follow_the_russian_edition(catalogue: Catalogue) -> None:
    assert {a.key: a.name("ru") for a in catalogue} == RUSSIAN_NAMES


def test_every_field_is_present_in_both_languages(catalogue: Catalogue) -> None:
    for archetype in catalogue:
        for language in ("en", "ru"):
            text = archetype.text(language)
            for name in TEXT_FIELDS:
                value = getattr(text, name)
                assert isinstance(value, str) and value.strip(), (archetype.key, language, name)
            assert 3 <= len(text.voice) <= 5, (archetype.key, language)
            assert all(word.strip() for word in text.voice)
            assert text.prompt.endswith("?"), (archetype.key, language)


def test_russian_fields_are_russian_and_english_ones_are_not(catalogue: Catalogue) -> None:
    for archetype in catalogue:
        ru, en = archetype.text("ru"), archetype.text("en")
        for name in TEXT_FIELDS:
            assert CYRILLIC.search(getattr(ru, name)), (archetype.key, name)
            assert not CYRILLIC.search(getattr(en, name)), (archetype.key, name)
        assert all(CYRILLIC.search(word) for word in ru.voice), archetype.key
        assert not any(CYRILLIC.search(word) for word in en.voice), archetype.key


def test_promise_patterns_use_all_three_placeholders(catalogue: Catalogue) -> None:
    for archetype in catalogue:
        for language in ("en", "ru"):
            promise = archetype.text(language).promise
            names = {n for _, n, _, _ in string.Formatter().parse(promise) if n is not None}
            assert names == PROMISE_PLACEHOLDERS, (archetype.key, language)
            filled = archetype.text(language).draft("P", "S", "J")
            assert "{" not in filled and "P" in filled and "S" in filled and "J" in filled


def test_motivations_have_names_and_explanations(catalogue: Catalogue) -> None:
    assert len(catalogue.motivations) == 4
    for info in catalogue.motivations:
        for language in ("en", "ru"):
            assert info.text(language).name and info.text(language).summary
        assert CYRILLIC.search(info.text("ru").name) and CYRILLIC.search(info.text("ru").summary)
    stability = catalogue.motivation(Motivation.STABILITY)
    assert stability is not None
    assert stability.text("en").name == "Stability & control"
    assert stability.text("ru").name == "Стабильность и контроль"


def test_get_and_language_fallback(catalogue: Catalogue) -> None:
    hero = catalogue.get("hero")
    assert hero is not None and hero.motivation == Motivation.MASTERY
    assert catalogue.get("nobody") is None and catalogue.get(None) is None
    assert hero.text("de") == hero.text("en")
    assert hero.text("ru-RU").name == "Герой"
    assert catalogue.index("ruler") == 11 and catalogue.index("nobody") == -1


def write(tmp_path: Path, data: Any) -> Path:
    path = tmp_path / "archetypes.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_a_missing_field_names_the_archetype_and_the_field(tmp_path: Path) -> None:
    data = raw_catalogue()
    del entry(data, "hero")["ru"]["fear"]
    with pytest.raises(CatalogueError, match=r"'hero'.*'ru\.fear'.*missing") as caught:
        load_catalogue(write(tmp_path, data))
    assert caught.value.archetype == "hero"
    assert caught.value.field == "ru.fear"


@pytest.mark.parametrize(
    ("breakage", "archetype", "field"),
    [
        (lambda e: e["en"].update(goal="  "), "sage", "en.goal"),
        (lambda e: e["ru"].pop("voice"), "sage", "ru.voice"),
        (lambda e: e["ru"].update(voice=[]), "sage", "ru.voice"),
        (lambda e: e.pop("ru"), "sage", "ru"),
        (lambda e: e.update(motivation="chaos"), "sage", "motivation"),
        (lambda e: e["en"].update(promise="{product} for {client}"), "sage", "en.promise"),
        (lambda e: e["en"].update(promise="{product for"), "sage", "en.promise"),
    ],
)
def test_broken_entries_are_refused(breakage: Any, archetype: str, field: str) -> None:
    data = raw_catalogue()
    breakage(entry(data, "sage"))
    with pytest.raises(CatalogueError) as caught:
        parse_catalogue(data)
    assert (caught.value.archetype, caught.value.field) == (archetype, field)
    assert archetype in str(caught.value) and field in str(caught.value)


def test_duplicate_keys_and_missing_motivations_are_refused() -> None:
    data = raw_catalogue()
    data["archetypes"].append(copy.deepcopy(entry(data, "jester")))
    with pytest.raises(CatalogueError, match=r"jester.*twice"):
        parse_catalogue(data)
    data = raw_catalogue()
    del data["motivations"]["belonging"]["ru"]["summary"]
    with pytest.raises(CatalogueError, match=r"motivations\.belonging\.ru\.summary"):
        parse_catalogue(data)
    data = raw_catalogue()
    del data["motivations"]["mastery"]
    with pytest.raises(CatalogueError, match=r"motivations\.mastery"):
        parse_catalogue(data)


def test_unreadable_files_raise_catalogue_errors(tmp_path: Path) -> None:
    with pytest.raises(CatalogueError, match="cannot read"):
        load_catalogue(tmp_path / "absent.json")
    broken = tmp_path / "broken.json"
    broken.write_text('{"archetypes": [', encoding="utf-8")
    with pytest.raises(CatalogueError, match="not valid JSON"):
        load_catalogue(broken)


def test_a_frozen_build_reads_the_bundled_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = raw_catalogue()
    entry(data, "hero")["en"]["name"] = "Bundled Hero"
    (tmp_path / "resources").mkdir()
    write(tmp_path / "resources", data)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert default_catalogue_path() == tmp_path / "resources" / "archetypes.json"
    hero = load_catalogue().get("hero")
    assert hero is not None and hero.name("en") == "Bundled Hero"
