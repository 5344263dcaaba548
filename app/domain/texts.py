"""Keyed texts for output made without Qt (PDF pages, rule explanations).

The GUI translates through Qt; exports and domain explanations are rendered for the
workshop's language. A module keeps a table of its messages, key -> English text marked
with `N_`, and `render` translates one through the gettext catalogues of `app.domain.i18n`.
"""

from __future__ import annotations

from collections.abc import Mapping

from app.domain import i18n

DEFAULT_LANGUAGE = i18n.SOURCE_LANGUAGE

Catalogue = Mapping[str, str]  # key -> English text (the msgid), marked with N_ or NC_


def normalise_language(language: str) -> str:
    """A language with a catalogue (`i18n.catalogue_languages()`: "ru" for "ru-RU"); any
    other falls back to English."""
    code = (language or "").strip().lower().replace("-", "_")
    languages = i18n.catalogue_languages()
    for candidate in (code, code[:2]):
        if candidate in languages:
            return candidate
    return DEFAULT_LANGUAGE


def render(catalogue: Catalogue, key: str, language: str, **params: object) -> str:
    """Look up `key` in `catalogue`, translate it into `language` (English when the language
    has no catalogue) and fill in its fields."""
    return i18n.text(normalise_language(language), catalogue[key], **params)


MAX_SHOWN = 40  # characters of a user value quoted in a message


def shown(value: object, limit: int = MAX_SHOWN, quote: str = "'") -> str:
    """A user value as it may appear in a message: quoted, cut short, controls escaped
    (raw escape bytes from a file never reach a terminal)."""
    text = value if isinstance(value, str) else repr(value)
    cut = len(text) > limit
    escaped = "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in text[:limit])
    return f"{quote}{escaped}…{quote}" if cut else f"{quote}{escaped}{quote}"


def one_line(message: str, limit: int = 400) -> str:
    """A whole message as one printable line of at most `limit` characters."""
    flat = " ".join(part.strip() for part in message.splitlines() if part.strip())
    printable = "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in flat)
    return printable if len(printable) <= limit else printable[: limit - 1] + "…"
