"""Language-keyed texts for output made without Qt (PDF pages, rule explanations).

The GUI translates through Qt; exports and domain explanations are rendered for the
workshop's language, so they carry their own small catalogues.
"""

from __future__ import annotations

from collections.abc import Mapping

LANGUAGES = ("en", "ru")
DEFAULT_LANGUAGE = "en"

Catalogue = Mapping[str, Mapping[str, str]]


def normalise_language(language: str) -> str:
    """Return a supported language code ('en' or 'ru'); anything else falls back to English."""
    code = (language or "").strip().lower()[:2]
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


def render(catalogue: Catalogue, key: str, language: str, **params: object) -> str:
    """Look up `key` in `catalogue` for `language` (English as fallback) and format it."""
    entry = catalogue[key]
    template = entry.get(normalise_language(language)) or entry[DEFAULT_LANGUAGE]
    return template.format(**params) if params else template
