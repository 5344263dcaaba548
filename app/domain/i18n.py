"""Translated text for output made without Qt: PDF pages, rule explanations, the phone page.

The English text is the message id; each other language has a gettext catalogue,
`resources/locale/<language>/LC_MESSAGES/pointb.po`, compiled to the `pointb.mo` beside it
that is read here. The language is always passed explicitly (a PDF is written in the
workshop's language, whatever the interface speaks), so no global locale is set.

`N_("...")` marks a text that is translated later (a module's table of messages), and
`NC_("context", "...")` one whose English is ambiguous (a one-letter code);
`text(language, N_-marked or literal msgid, **fields)` translates and fills `{fields}`;
`plural(language, singular, plural, n, **fields)` picks the plural form of the language
(Russian has three) and fills `{n}` as well. `make translations` extracts every marked
text into the catalogues; docs/translating.md describes the round.
"""

from __future__ import annotations

import gettext
from functools import cache
from pathlib import Path

from app import paths

DOMAIN = "pointb"
SOURCE_LANGUAGE = "en"
CONTEXT_SEPARATOR = "\x04"  # how a compiled catalogue keys a text that has a context


def locale_dir() -> str:
    """The folder of the compiled catalogues (inside a PyInstaller bundle too)."""
    return str(paths.resource_dir("locale"))


def N_(msgid: str) -> str:  # the conventional gettext marker name
    """Mark `msgid` for extraction without translating it (translated where it is shown)."""
    return msgid


def NC_(context: str, msgid: str) -> str:  # the conventional gettext marker name
    """Mark `msgid` with a `context` that tells it from the same English text meaning
    something else (the letter "C" of a value map code and of a source tag)."""
    return f"{context}{CONTEXT_SEPARATOR}{msgid}"


@cache
def translations(language: str) -> gettext.NullTranslations:
    """The catalogue of `language`; English (and any language without one) is the source."""
    code = (language or "").strip().lower()
    if code == SOURCE_LANGUAGE or not code:
        return gettext.NullTranslations()
    return gettext.translation(DOMAIN, locale_dir(), languages=[code, code[:2]], fallback=True)


@cache
def catalogue_languages() -> tuple[str, ...]:
    """English (the source language) and every language whose compiled catalogue ships in
    `resources/locale`: adding a language is adding its catalogue files."""
    found = sorted(
        path.parents[1].name
        for path in Path(locale_dir()).glob(f"*/LC_MESSAGES/{DOMAIN}.mo")
    )
    return (SOURCE_LANGUAGE, *found)


def text(language: str, msgid: str, **fields: object) -> str:
    """`msgid` (or an `NC_` text) in `language`, with `{fields}` filled in."""
    translated = translations(language).gettext(msgid).rpartition(CONTEXT_SEPARATOR)[2]
    return translated.format(**fields) if fields else translated


def plural(language: str, singular: str, plural_: str, n: int, **fields: object) -> str:
    """The form for `n` of the language (`{n}` is filled in, with any other `{fields}`)."""
    translated = translations(language).ngettext(singular, plural_, n)
    return translated.format(n=n, **fields)
