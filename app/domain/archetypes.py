"""The 12 brand archetypes (Mark & Pearson) as a read-only catalogue.

The texts live in `resources/archetypes.json` (data, not code), in English and Russian. The
catalogue is checked when it is loaded, so a broken file fails loudly with a `CatalogueError`
that names the archetype and the field, instead of showing an empty card in the room.
"""

from __future__ import annotations

import json
import string
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from app import paths
from app.domain.texts import normalise_language

CATALOGUE_FILE = "archetypes.json"
# The languages each entry of the catalogue is written in (other languages read English).
CATALOGUE_LANGUAGES = ("en", "ru")


class Motivation(StrEnum):
    """The four motivation groups, three archetypes each."""

    INDEPENDENCE = "independence"  # independence & fulfilment
    MASTERY = "mastery"  # risk & mastery
    BELONGING = "belonging"  # belonging & enjoyment
    STABILITY = "stability"  # stability & control


# Per-language text fields of an archetype, in card order; `voice` is a list of tone words.
TEXT_FIELDS = ("name", "desire", "goal", "fear", "strategy", "gift", "prompt", "promise")
VOICE_FIELD = "voice"
MOTIVATION_FIELDS = ("name", "summary")
# Placeholders a promise pattern may use (see `ArchetypeText.draft`).
PROMISE_PLACEHOLDERS = frozenset({"product", "segment", "job"})


class CatalogueError(ValueError):
    """The archetype catalogue file is missing, unreadable or incomplete."""

    def __init__(self, message: str, *, archetype: str | None = None, field: str | None = None):
        where = []
        if archetype is not None:
            where.append(f"archetype {archetype!r}")
        if field is not None:
            where.append(f"field {field!r}")
        super().__init__(f"{', '.join(where)}: {message}" if where else message)
        self.archetype = archetype
        self.field = field


@dataclass(frozen=True)
class ArchetypeText:
    """What a card says about one archetype in one language."""

    name: str
    desire: str
    goal: str
    fear: str
    strategy: str
    gift: str
    voice: tuple[str, ...]  # tone words for the statement
    prompt: str  # a question for the room
    promise: str  # a one-line pattern with {product}, {segment} and {job}

    def draft(self, product: str, segment: str, job: str) -> str:
        """The promise pattern filled in (values are inserted as they are)."""
        return self.promise.format(product=product, segment=segment, job=job)


@dataclass(frozen=True)
class Archetype:
    key: str
    motivation: Motivation
    en: ArchetypeText
    ru: ArchetypeText

    def text(self, language: str) -> ArchetypeText:
        """The texts in `language` (English for anything unsupported)."""
        return self.ru if normalise_language(language) == "ru" else self.en

    def name(self, language: str) -> str:
        return self.text(language).name


@dataclass(frozen=True)
class MotivationText:
    name: str
    summary: str


@dataclass(frozen=True)
class MotivationInfo:
    key: Motivation
    en: MotivationText
    ru: MotivationText

    def text(self, language: str) -> MotivationText:
        return self.ru if normalise_language(language) == "ru" else self.en


@dataclass(frozen=True)
class ArchetypeGroup:
    """One motivation with its archetypes, for the card deck."""

    motivation: MotivationInfo
    archetypes: tuple[Archetype, ...]


@dataclass(frozen=True)
class Catalogue:
    archetypes: tuple[Archetype, ...]
    motivations: tuple[MotivationInfo, ...]  # in deck order

    def __len__(self) -> int:
        return len(self.archetypes)

    def __iter__(self) -> Iterator[Archetype]:
        return iter(self.archetypes)

    def keys(self) -> tuple[str, ...]:
        return tuple(a.key for a in self.archetypes)

    def get(self, key: str | None) -> Archetype | None:
        """The archetype with `key`, or None (also for None, as stored on a canvas)."""
        return next((a for a in self.archetypes if a.key == key), None)

    def index(self, key: str) -> int:
        """Position in catalogue order (the tie-breaker for suggestions); -1 if unknown."""
        return next((i for i, a in enumerate(self.archetypes) if a.key == key), -1)

    def motivation(self, key: Motivation | str) -> MotivationInfo | None:
        return next((m for m in self.motivations if m.key == key), None)

    def by_motivation(self) -> list[ArchetypeGroup]:
        """The deck: motivation groups in catalogue order, each with its archetypes in order."""
        return [
            ArchetypeGroup(m, tuple(a for a in self.archetypes if a.motivation == m.key))
            for m in self.motivations
        ]


# --- loading --------------------------------------------------------------------------------
def resource_root() -> Path:
    """The folder holding `resources/`: the repository, or the PyInstaller bundle when frozen."""
    return paths.install_root()


def default_catalogue_path() -> Path:
    return resource_root() / "resources" / CATALOGUE_FILE


def load_catalogue(path: Path | None = None) -> Catalogue:
    """Read and check the archetype catalogue (default: the bundled resources file)."""
    source = path if path is not None else default_catalogue_path()
    try:
        raw = source.read_text(encoding="utf-8")
    except OSError as exc:
        raise CatalogueError(f"cannot read the archetype catalogue {source}: {exc}") from exc
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise CatalogueError(
            f"{source} is not valid JSON (line {exc.lineno}, column {exc.colno}): {exc.msg}"
        ) from exc
    return parse_catalogue(data)


def parse_catalogue(data: Any) -> Catalogue:
    """Build a catalogue from already-decoded JSON, checking every field."""
    if not isinstance(data, dict):
        raise CatalogueError("the catalogue must be a JSON object")
    motivations = _parse_motivations(data.get("motivations"))
    entries = data.get("archetypes")
    if not isinstance(entries, list) or not entries:
        raise CatalogueError("is missing or empty", field="archetypes")
    archetypes: list[Archetype] = []
    seen: set[str] = set()
    for number, entry in enumerate(entries, start=1):
        archetype = _parse_archetype(entry, number)
        if archetype.key in seen:
            raise CatalogueError("appears twice", archetype=archetype.key, field="key")
        seen.add(archetype.key)
        archetypes.append(archetype)
    return Catalogue(tuple(archetypes), motivations)


def _parse_motivations(raw: Any) -> tuple[MotivationInfo, ...]:
    if not isinstance(raw, dict):
        raise CatalogueError("is missing or not an object", field="motivations")
    known = {m.value for m in Motivation}
    for key in raw:
        if key not in known:
            raise CatalogueError(
                f"unknown motivation (expected one of {', '.join(sorted(known))})",
                field=f"motivations.{key}",
            )
    infos = []
    for key, entry in raw.items():
        prefix = f"motivations.{key}"
        texts = {
            lang: MotivationText(*(_text(entry, lang, f, None, prefix) for f in MOTIVATION_FIELDS))
            for lang in CATALOGUE_LANGUAGES
        }
        infos.append(MotivationInfo(Motivation(key), texts["en"], texts["ru"]))
    for motivation in Motivation:
        if motivation.value not in raw:
            raise CatalogueError("is missing", field=f"motivations.{motivation.value}")
    return tuple(infos)


def _parse_archetype(entry: Any, number: int) -> Archetype:
    label = f"#{number}"
    if not isinstance(entry, dict):
        raise CatalogueError("must be an object", archetype=label)
    key = entry.get("key")
    if not isinstance(key, str) or not key.strip():
        raise CatalogueError("is missing or empty", archetype=label, field="key")
    key = key.strip()
    motivation = entry.get("motivation")
    if motivation is None:
        raise CatalogueError("is missing", archetype=key, field="motivation")
    try:
        group = Motivation(motivation)
    except ValueError:
        raise CatalogueError(
            f"{motivation!r} is not one of {', '.join(m.value for m in Motivation)}",
            archetype=key,
            field="motivation",
        ) from None
    texts = {lang: _parse_text(entry, lang, key) for lang in CATALOGUE_LANGUAGES}
    return Archetype(key, group, texts["en"], texts["ru"])


def _parse_text(entry: dict[str, Any], lang: str, key: str) -> ArchetypeText:
    values = {name: _text(entry, lang, name, key, None) for name in TEXT_FIELDS}
    _check_promise(values["promise"], key, f"{lang}.promise")
    voice = entry[lang].get(VOICE_FIELD)
    field = f"{lang}.{VOICE_FIELD}"
    if voice is None:
        raise CatalogueError("is missing", archetype=key, field=field)
    if not isinstance(voice, list) or not voice:
        raise CatalogueError("must be a non-empty list of words", archetype=key, field=field)
    words = []
    for word in voice:
        if not isinstance(word, str) or not word.strip():
            raise CatalogueError("contains an empty or non-text entry", archetype=key, field=field)
        words.append(word.strip())
    return ArchetypeText(voice=tuple(words), **values)


def _text(entry: Any, lang: str, name: str, archetype: str | None, prefix: str | None) -> str:
    """A required non-empty string `entry[lang][name]`."""
    block = entry.get(lang) if isinstance(entry, dict) else None
    lang_field = f"{prefix}.{lang}" if prefix else lang
    if block is None:
        raise CatalogueError("is missing", archetype=archetype, field=lang_field)
    if not isinstance(block, dict):
        raise CatalogueError("must be an object", archetype=archetype, field=lang_field)
    field = f"{lang_field}.{name}"
    value = block.get(name)
    if value is None:
        raise CatalogueError("is missing", archetype=archetype, field=field)
    if not isinstance(value, str):
        raise CatalogueError("must be text", archetype=archetype, field=field)
    if not value.strip():
        raise CatalogueError("is empty", archetype=archetype, field=field)
    return value.strip()


def _check_promise(pattern: str, key: str, field: str) -> None:
    try:
        names = {name for _, name, _, _ in string.Formatter().parse(pattern) if name is not None}
    except ValueError as exc:
        raise CatalogueError(f"is not a valid pattern: {exc}", archetype=key, field=field) from exc
    unknown = sorted(n for n in names if n not in PROMISE_PLACEHOLDERS)
    if unknown:
        allowed = ", ".join("{" + p + "}" for p in sorted(PROMISE_PLACEHOLDERS))
        raise CatalogueError(
            f"uses unknown placeholder(s) {', '.join(unknown) or '{}'}; allowed: {allowed}",
            archetype=key,
            field=field,
        )


def archetype_names(catalogue: Catalogue, language: str) -> Mapping[str, str]:
    """key -> display name, in catalogue order (for pickers)."""
    return {a.key: a.name(language) for a in catalogue}
