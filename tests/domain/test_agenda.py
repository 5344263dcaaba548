"""Agenda templates: the bundled files, broken files, TOML round-trip, saving and editing."""

from __future__ import annotations

import re
import tomllib
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.agenda import (
    EXERCISES,
    MAX_STEP_MINUTES,
    Agenda,
    AgendaStep,
    TemplateError,
    add_step,
    bundled_templates_dir,
    dump_template,
    load_template,
    load_templates,
    make_key,
    move_step,
    parse_template,
    remove_step,
    replace_step,
    retime_step,
    save_template,
    toml_string,
)
from app.domain.model import BoardKind

CYRILLIC = re.compile(r"[А-Яа-яЁё]")
BUNDLED = sorted(bundled_templates_dir().glob("*.toml"))

GOOD = """\
name_en = "Tiny"
name_ru = "Крошка"
description_en = "A small agenda"
description_ru = "Маленькая повестка"

[[steps]]
exercise = "talk"
minutes = 5
title_en = "Hello"
title_ru = "Привет"
instructions_en = "Say hello."
instructions_ru = "Поздоровайтесь."

[[steps]]
exercise = "capture"
minutes = 10
title_en = "Write"
title_ru = "Пишем"
instructions_en = "Write ideas."
instructions_ru = "Пишем идеи."
"""


def claimed_minutes(name: str, hour: str, minute: str) -> int:
    """The length a template's name advertises, e.g. '(3 h 45 min)' or '(90 мин)'."""
    found = re.search(r"\(((?:\d+ " + hour + r")?\s*(?:\d+ " + minute + r")?)\)\s*$", name)
    assert found and found.group(1).strip(), f"no length in the name {name!r}"
    hours = re.search(r"(\d+) " + hour, found.group(1))
    minutes = re.search(r"(\d+) " + minute, found.group(1))
    return (int(hours.group(1)) * 60 if hours else 0) + (int(minutes.group(1)) if minutes else 0)


def step(exercise: str = "capture", minutes: int = 5, title: str = "T") -> AgendaStep:
    return AgendaStep(
        exercise=exercise,
        title_en=title,
        title_ru=f"{title} ру",
        instructions_en="Do it.",
        instructions_ru="Сделайте.",
        minutes=minutes,
    )


def agenda(*steps: AgendaStep, key: str = "mine") -> Agenda:
    return Agenda(
        key=key,
        name_en="Mine",
        name_ru="Моя",
        description_en="",
        description_ru="",
        steps=steps or (step(),),
    )


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


# --- the bundled templates ------------------------------------------------------------


def test_the_four_required_templates_are_bundled() -> None:
    keys = {path.stem for path in BUNDLED}
    expected = {"good-bad-90", "ideas-to-mvp", "value-proposition-2h", "service-design-day"}
    assert expected <= keys


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.stem)
def test_bundled_template_loads_and_its_total_matches_its_name(path: Path) -> None:
    loaded = load_template(path)
    assert loaded.key == path.stem
    assert loaded.total_minutes == claimed_minutes(loaded.name_en, "h", "min")
    assert loaded.total_minutes == claimed_minutes(loaded.name_ru, "ч", "мин")
    assert all(s.minutes > 0 for s in loaded.steps)


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.stem)
def test_bundled_template_has_both_languages_everywhere(path: Path) -> None:
    loaded = load_template(path)
    pairs = [(loaded.name_en, loaded.name_ru), (loaded.description_en, loaded.description_ru)]
    for s in loaded.steps:
        pairs += [(s.title_en, s.title_ru), (s.instructions_en, s.instructions_ru)]
    for english, russian in pairs:
        assert english.strip() and not CYRILLIC.search(english), english
        assert russian.strip() and CYRILLIC.search(russian), russian
        assert english != russian


def test_bundled_lengths_are_as_advertised() -> None:
    totals = {a.key: a.total_minutes for a in load_templates([bundled_templates_dir()])[0]}
    assert totals["good-bad-90"] == 90
    assert 210 <= totals["ideas-to-mvp"] <= 240
    assert totals["value-proposition-2h"] == 120
    assert 400 <= totals["service-design-day"] <= 440


def test_good_bad_session_has_the_required_timeboxes() -> None:
    loaded = load_template(bundled_templates_dir() / "good-bad-90.toml")
    reverse = [s for s in loaded.steps if s.exercise == "reverse"]
    assert reverse[0].minutes == 5  # write the good and the bad idea
    assert any(s.minutes == 12 for s in reverse)  # transform


def test_service_design_day_covers_the_seed_programme() -> None:
    loaded = load_template(bundled_templates_dir() / "service-design-day.toml")
    titles = " | ".join(s.title_en.lower() for s in loaded.steps)
    for part in ("audit", "gap", "fully online", "hybrid", "new scenarios", "lunch", "mvp"):
        assert part in titles
    exercises = {s.exercise for s in loaded.steps}
    assert exercises == set(EXERCISES)


def test_cx_strategy_day_walks_from_point_a_to_value_propositions() -> None:
    loaded = load_template(bundled_templates_dir() / "cx-strategy-day.toml")
    order = [s.exercise for s in loaded.steps if s.exercise not in ("break", "talk")]
    assert order[:6] == ["strategy", "strategy", "journey", "scenarios", "scenarios", "capture"]
    assert {"reverse", "prioritise", "value"} <= set(order)
    assert order[-1] == "strategy"  # plans and checkpoints close the day
    assert loaded.total_minutes == 420


def test_ideas_to_mvp_goes_from_capture_to_slices_with_breaks() -> None:
    loaded = load_template(bundled_templates_dir() / "ideas-to-mvp.toml")
    exercises = [s.exercise for s in loaded.steps]
    assert exercises.index("capture") < exercises.index("reverse") < exercises.index("prioritise")
    assert exercises.count("break") >= 1
    titles = " ".join(s.title_en.lower() for s in loaded.steps)
    assert "kano" in titles and "slices" in titles


def test_languages_pick_and_fall_back() -> None:
    s = AgendaStep("talk", "Hello", "", "Say it", "Скажите", 1)
    assert s.title("ru") == "Hello"  # no Russian title: English is shown
    assert s.instructions("ru-RU") == "Скажите"
    assert s.instructions("de") == "Say it"
    a = agenda(s)
    assert a.name("ru") == "Моя" and a.name("en") == "Mine"
    assert s.board_kind is None
    assert step("prioritise").board_kind is BoardKind.PRIORITISE


# --- broken templates -----------------------------------------------------------------


def test_syntax_error_reports_its_line(tmp_path: Path) -> None:
    text = GOOD.replace("minutes = 10", "minutes = = 10")
    path = write(tmp_path, "broken.toml", text)
    with pytest.raises(TemplateError) as caught:
        load_template(path)
    line = text.splitlines().index("minutes = = 10") + 1
    assert caught.value.line == line
    assert caught.value.path == path
    assert "syntax" in caught.value.message
    assert str(caught.value).startswith(f"{path}:{line}: ")
    assert isinstance(caught.value, ValueError)


def test_unterminated_string_at_the_end_reports_a_line(tmp_path: Path) -> None:
    path = write(tmp_path, "open.toml", GOOD + 'title_en = """never closed\n')
    with pytest.raises(TemplateError) as caught:
        load_template(path)
    assert caught.value.line is not None and caught.value.line >= 20


def test_missing_field_in_step_3_names_the_step_the_field_and_the_line(tmp_path: Path) -> None:
    third = '\n[[steps]]\nexercise = "value"\ntitle_en = "Three"\ntitle_ru = "Три"\n'
    third += 'instructions_en = ""\ninstructions_ru = ""\n'
    text = GOOD + third
    path = write(tmp_path, "missing.toml", text)
    with pytest.raises(TemplateError) as caught:
        load_template(path)
    header = [n for n, line in enumerate(text.splitlines(), 1) if line == "[[steps]]"][2]
    assert "step 3" in caught.value.message
    assert "minutes" in caught.value.message
    assert caught.value.line == header


@pytest.mark.parametrize(
    ("old", "new", "words"),
    [
        ('exercise = "capture"', 'exercise = "juggling"', ["step 2", "exercise", "juggling"]),
        ("minutes = 10", "minutes = -3", ["step 2", "minutes", "negative"]),
        ("minutes = 10", "minutes = 2.5", ["step 2", "minutes", "whole number"]),
        ("minutes = 10", "minutes = true", ["step 2", "minutes"]),
        ("minutes = 10", f"minutes = {MAX_STEP_MINUTES + 1}", ["step 2", "minutes", "at most"]),
        ('title_ru = "Пишем"', "title_ru = 7", ["step 2", "title_ru", "text"]),
        ('title_ru = "Пишем"', 'titel_ru = "Пишем"', ["step 2", "titel_ru", "unknown"]),
    ],
)
def test_wrong_step_values_name_the_step_the_field_and_its_line(
    tmp_path: Path, old: str, new: str, words: list[str]
) -> None:
    text = GOOD.replace(old, new)
    path = write(tmp_path, "bad.toml", text)
    with pytest.raises(TemplateError) as caught:
        load_template(path)
    for word in words:
        assert word in caught.value.message
    assert caught.value.line == text.splitlines().index(new) + 1


def test_empty_title_in_both_languages_is_refused(tmp_path: Path) -> None:
    text = GOOD.replace('title_en = "Hello"', 'title_en = ""').replace('"Привет"', '" "')
    with pytest.raises(TemplateError, match="step 1"):
        load_template(write(tmp_path, "untitled.toml", text))


@pytest.mark.parametrize(
    ("text", "words", "has_line"),
    [
        (GOOD.replace('name_ru = "Крошка"\n', ""), ["name_ru", "missing"], False),
        (GOOD.replace('name_en = "Tiny"', "name_en = 3"), ["name_en", "text"], True),
        (GOOD.split("[[steps]]")[0], ["steps", "missing"], False),
        ("extra = 1\n" + GOOD, ["extra", "unknown"], True),
        (GOOD.split("[[steps]]")[0] + "steps = []\n", ["steps"], True),
        (GOOD.split("[[steps]]")[0] + "steps = [1]\n", ["step 1", "table"], False),
    ],
)
def test_top_level_problems_are_reported(text: str, words: list[str], has_line: bool) -> None:
    with pytest.raises(TemplateError) as caught:
        parse_template(text, Path("x.toml"))
    for word in words:
        assert word in caught.value.message
    assert (caught.value.line is not None) == has_line


def test_not_utf8_is_reported_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "latin.toml"
    path.write_bytes(GOOD.encode("utf-8").replace(b"A small agenda", b"Caf\xe9"))
    with pytest.raises(TemplateError, match="UTF-8") as caught:
        load_template(path)
    assert caught.value.line == 3


def test_a_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.toml"
    path.write_bytes(b"\xef\xbb\xbf" + GOOD.encode("utf-8"))
    assert load_template(path).name_en == "Tiny"


def test_unreadable_file_is_a_template_error(tmp_path: Path) -> None:
    with pytest.raises(TemplateError, match="cannot read") as caught:
        load_template(tmp_path / "absent.toml")
    assert caught.value.line is None


def test_broken_templates_are_reported_and_the_others_still_load(tmp_path: Path) -> None:
    write(tmp_path, "a-good.toml", GOOD)
    write(tmp_path, "b-syntax.toml", GOOD.replace("minutes = 5", "minutes = "))
    no_minutes = GOOD + '\n[[steps]]\nexercise = "talk"\ntitle_en = "x"\ntitle_ru = "х"\n'
    write(tmp_path, "c-missing.toml", no_minutes + 'instructions_en = ""\ninstructions_ru = ""\n')
    write(tmp_path, "d-exercise.toml", GOOD.replace('"capture"', '"karaoke"'))
    write(tmp_path, "e-good.toml", GOOD.replace("Tiny", "Other"))
    write(tmp_path, "notes.txt", "not a template")

    agendas, errors = load_templates([tmp_path])

    assert [a.key for a in agendas] == ["a-good", "e-good"]
    assert [e.path.name for e in errors] == ["b-syntax.toml", "c-missing.toml", "d-exercise.toml"]
    assert all(e.line is not None for e in errors)
    assert "step 3" in errors[1].message and "minutes" in errors[1].message
    assert "karaoke" in errors[2].message


def test_user_templates_add_to_and_override_the_bundled_ones(tmp_path: Path) -> None:
    user = tmp_path / "user"
    user.mkdir()
    write(user, "good-bad-90.toml", GOOD)
    write(user, "my-own.toml", GOOD)
    write(user, "service-design-day.toml", "broken = ")
    missing = tmp_path / "no-such-folder"

    agendas, errors = load_templates([bundled_templates_dir(), missing, user])

    by_key = {a.key: a for a in agendas}
    assert by_key["good-bad-90"].name_en == "Tiny"  # the user's copy wins
    assert by_key["good-bad-90"].path == user / "good-bad-90.toml"
    assert "my-own" in by_key
    assert by_key["service-design-day"].total_minutes > 0  # a broken copy does not remove it
    assert [e.path.name for e in errors] == ["service-design-day.toml"]
    assert len(agendas) == len({a.key for a in agendas})
    assert [a.key for a in agendas][-1] == "my-own"  # overrides keep their place


# --- writing --------------------------------------------------------------------------

TRICKY = [
    'He said "hello"',
    "back\\slash and \\n not a newline",
    "line one\nline two\n",
    'ends with a quote"',
    'three quotes """ inside\nand more ""',
    "tab\there, carriage\r\nreturn, bell\x07, delete\x7f",
    "Кириллица: «ёлки», ЁЖ — и эмодзи 🔥",
    "",
    "trailing backslash\\",
    "\n",
]


@pytest.mark.parametrize("value", TRICKY)
def test_toml_string_round_trips(value: str) -> None:
    assert tomllib.loads(f"v = {toml_string(value)}")["v"] == value


def test_dump_and_load_round_trip(tmp_path: Path) -> None:
    steps = tuple(
        AgendaStep(exercise, text if text.strip() else "x", text, text, text[::-1], minutes)
        for exercise, text, minutes in zip(EXERCISES * 2, TRICKY, range(len(TRICKY)), strict=False)
    )
    original = Agenda("round-trip", TRICKY[0], TRICKY[6], TRICKY[2], TRICKY[4], steps)
    path = tmp_path / "round-trip.toml"
    path.write_text(dump_template(original), encoding="utf-8")
    loaded = load_template(path)
    assert loaded == original
    assert loaded.path == path


def test_bundled_templates_round_trip() -> None:
    for path in BUNDLED:
        original = load_template(path)
        assert parse_template(dump_template(original), path) == original


texts = st.text(st.characters(codec="utf-8"), max_size=40)


@settings(max_examples=60, database=None, deadline=None)
@given(title=texts, instructions=texts, name=texts, minutes=st.integers(0, MAX_STEP_MINUTES))
def test_any_text_round_trips(title: str, instructions: str, name: str, minutes: int) -> None:
    s = AgendaStep("value", title + "t", title, instructions, instructions, minutes)
    original = Agenda("h", name + "n", name, instructions, name, (s,))
    assert parse_template(dump_template(original), Path("h.toml")) == original


def test_dump_refuses_an_invalid_agenda() -> None:
    with pytest.raises(ValueError, match="step 1"):
        dump_template(agenda(step("karaoke")))
    with pytest.raises(ValueError, match="at least one step"):
        dump_template(replace(agenda(), steps=()))
    with pytest.raises(ValueError, match="key"):
        dump_template(agenda(key="../escape"))


def test_save_writes_a_loadable_file_and_refuses_to_overwrite(tmp_path: Path) -> None:
    folder = tmp_path / "templates"  # created on demand
    first = agenda(step(minutes=7), key="mine")
    path = save_template(first, folder)
    assert path == folder / "mine.toml"
    assert load_template(path) == first

    second = retime_step(first, 0, 9)
    with pytest.raises(FileExistsError):
        save_template(second, folder)
    assert load_template(path).total_minutes == 7  # untouched

    save_template(second, folder, overwrite=True)
    assert load_template(path).total_minutes == 9
    assert sorted(p.name for p in folder.iterdir()) == ["mine.toml"]  # no temp file left


def test_save_refuses_an_invalid_agenda_and_writes_nothing(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        save_template(agenda(step(minutes=-1)), tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_make_key() -> None:
    assert make_key("My Workshop (2 h)") == "my-workshop-2-h"
    assert make_key("День сервис-дизайна") == "день-сервис-дизайна"
    assert make_key("!!!") == "agenda"


# --- editing --------------------------------------------------------------------------


def test_move_step() -> None:
    a = agenda(step(title="A"), step(title="B"), step(title="C"))
    assert [s.title_en for s in move_step(a, 0, 2).steps] == ["B", "C", "A"]
    assert [s.title_en for s in move_step(a, 2, 0).steps] == ["C", "A", "B"]
    assert [s.title_en for s in a.steps] == ["A", "B", "C"]  # the original is unchanged
    with pytest.raises(ValueError):
        move_step(a, 0, 3)
    with pytest.raises(ValueError):
        move_step(a, -1, 0)


def test_add_step() -> None:
    a = agenda(step(title="A"))
    b = add_step(a, step("break", 15, "B"))
    assert [s.title_en for s in b.steps] == ["A", "B"]
    assert b.total_minutes == 20
    c = add_step(b, step(title="Z"), index=0)
    assert [s.title_en for s in c.steps] == ["Z", "A", "B"]
    with pytest.raises(ValueError):
        add_step(a, step(title="X"), index=5)
    with pytest.raises(ValueError, match="exercise"):
        add_step(a, step("karaoke"))
    with pytest.raises(ValueError, match="minutes"):
        add_step(a, step(minutes=-5))


def test_remove_step() -> None:
    a = agenda(step(title="A"), step(title="B"))
    assert [s.title_en for s in remove_step(a, 0).steps] == ["B"]
    with pytest.raises(ValueError):
        remove_step(a, 2)
    with pytest.raises(ValueError, match="at least one step"):
        remove_step(remove_step(a, 0), 0)


def test_retime_and_replace_step() -> None:
    a = agenda(step(minutes=5), step(minutes=10))
    assert retime_step(a, 1, 25).total_minutes == 30
    assert retime_step(a, 0, 0).total_minutes == 10  # a zero-length step is allowed
    with pytest.raises(ValueError, match="negative"):
        retime_step(a, 0, -1)
    with pytest.raises(ValueError):
        retime_step(a, 2, 5)
    edited = replace_step(a, 0, replace(a.steps[0], title_ru="Новое"))
    assert edited.steps[0].title_ru == "Новое" and a.steps[0].title_ru != "Новое"
    with pytest.raises(ValueError, match="step 1"):
        replace_step(a, 0, replace(a.steps[0], title_en="", title_ru=""))


def test_an_agenda_round_trips_through_the_workshop_json() -> None:
    from app.domain.agenda import bundled_templates_dir, from_json, load_template, to_json

    original = load_template(bundled_templates_dir() / "service-design-day.toml")
    restored = from_json(to_json(original))
    assert restored == original
    assert from_json("") is None and to_json(None) == ""
    with pytest.raises(ValueError, match="damaged"):
        from_json('{"steps": [{"title_en": "no exercise"}]}')
