"""Developer tooling for the gettext catalogues of `app.domain.i18n` (needs Babel).

    python -m app.domain.i18n_catalogues update   # extract, merge into every .po, compile
    python -m app.domain.i18n_catalogues check    # untranslated, mismatched, stale .mo
    python -m app.domain.i18n_catalogues init xx  # start the catalogue of language xx

`update` reads every module of `app` for `N_("...")`, `NC_("context", "...")`,
`text(language, "...")` and
`plural(language, "...", "...", n)`, merges the texts into each
`resources/locale/<language>/LC_MESSAGES/pointb.po` (translations are kept; texts no
longer in the code are dropped; new ones arrive empty) and compiles the `pointb.mo` beside
it. `make translations` runs it together with the Qt catalogue of the widgets.
"""

from __future__ import annotations

import argparse
import io
import re
import sys
from collections.abc import Iterator
from pathlib import Path

from babel.core import Locale
from babel.messages.catalog import Catalog, Message
from babel.messages.extract import extract_from_file
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

from app.domain.i18n import DOMAIN

ROOT = Path(__file__).resolve().parents[2]
KEYWORDS = {"N_": None, "NC_": ((1, "c"), 2), "text": (2,), "plural": (2, 3)}
PO_WIDTH = 100
HEADER = """\
# {language} texts of Point B's exports, explanations and phone page.
# The English text is the msgid; keep every {{field}} of it in msgstr.
# `make translations` merges new texts in and compiles the .mo beside this file."""
_USES_I18N = re.compile(r"^\s*from app\.domain(\.i18n import| import .*\bi18n\b)", re.M)
_FIELD = re.compile(r"(?<!\{)\{([A-Za-z_][A-Za-z0-9_]*)[^{}]*\}")


def locale_root(root: Path = ROOT) -> Path:
    return root / "resources" / "locale"


def po_path(language: str, root: Path = ROOT) -> Path:
    return locale_root(root) / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def languages(root: Path = ROOT) -> list[str]:
    """Every language that has a catalogue (English, the source, has none)."""
    return sorted(p.parents[1].name for p in locale_root(root).glob(f"*/LC_MESSAGES/{DOMAIN}.po"))


def translated_modules(root: Path = ROOT) -> list[Path]:
    """The modules of `app` that use `app.domain.i18n` (other `text(...)` calls are not
    messages)."""
    return [
        path
        for path in sorted((root / "app").rglob("*.py"))
        if "__pycache__" not in path.parts and _USES_I18N.search(path.read_text("utf-8"))
    ]


def extract(root: Path = ROOT) -> Catalog:
    """The template: every marked text in `app`, in file order, without line numbers (so a
    change elsewhere in a module does not touch the catalogues)."""
    template = Catalog(project="Point B", charset="utf-8")
    found = (
        (path.relative_to(root).as_posix(), *entry)
        for path in translated_modules(root)
        for entry in extract_from_file(
            "python",
            str(path),
            keywords=KEYWORDS,
            comment_tags=("TRANSLATORS:",),
            strip_comment_tags=True,
        )
    )
    for where, _line, message, comments, context in found:
        # line 0: the .po names the module only (written with include_lineno=False)
        template.add(message, locations=[(where, 0)], auto_comments=comments, context=context)
    return template


def read(path: Path) -> Catalog:
    with path.open("rb") as handle:
        return read_po(handle, abort_invalid=True)


def po_bytes(catalog: Catalog) -> bytes:
    _fill_header(catalog)
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=PO_WIDTH, omit_header=False, include_lineno=False,
             ignore_obsolete=True)
    return buffer.getvalue()


def _fill_header(catalog: Catalog) -> None:
    """Fixed values instead of Babel's placeholders (EMAIL@ADDRESS, YEAR-MO-DA), and the
    note to translators, which reading a .po does not keep."""
    if catalog.locale is not None:
        catalog.header_comment = HEADER.format(language=catalog.locale.english_name)
    catalog.msgid_bugs_address = catalog.last_translator = catalog.language_team = "Point B"
    catalog.revision_date = catalog.creation_date


def mo_bytes(catalog: Catalog) -> bytes:
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    return buffer.getvalue()


def new_catalogue(language: str) -> Catalog:
    """An empty catalogue with the language's plural rule (Russian: three forms)."""
    locale = Locale.parse(language)
    catalog = Catalog(
        locale=locale,
        project="Point B",
        version="1",
        charset="utf-8",
        fuzzy=False,
    )
    return catalog


def merge(catalog: Catalog, template: Catalog) -> None:
    """Bring `catalog` to the template's texts, keeping every translation it has."""
    created = catalog.creation_date
    catalog.update(template, no_fuzzy_matching=True, update_header_comment=False)
    catalog.creation_date = created  # the header changes only when a translator edits it
    catalog.obsolete.clear()


def update(root: Path = ROOT) -> int:
    template = extract(root)
    for language in languages(root):
        path = po_path(language, root)
        catalog = read(path)
        merge(catalog, template)
        _write_if_changed(path, po_bytes(catalog))
        _write_if_changed(path.with_suffix(".mo"), mo_bytes(read(path)))
    missing = sum(len(untranslated(read(po_path(lang, root)))) for lang in languages(root))
    print(f"{len(template)} catalogue texts; {missing} still to translate")
    return 0


def init(language: str, root: Path = ROOT) -> int:
    path = po_path(language, root)
    if path.exists():
        print(f"{path.relative_to(root)} exists: run update")
        return 1
    path.parent.mkdir(parents=True, exist_ok=True)
    catalog = new_catalogue(language)
    merge(catalog, extract(root))
    path.write_bytes(po_bytes(catalog))
    path.with_suffix(".mo").write_bytes(mo_bytes(read(path)))
    print(f"{path.relative_to(root)}: {len(catalog)} texts to translate")
    return 0


def _write_if_changed(path: Path, data: bytes) -> None:
    if not path.exists() or path.read_bytes() != data:
        path.write_bytes(data)


def _ids(message: Message) -> list[str]:
    return list(message.id) if isinstance(message.id, (list, tuple)) else [message.id]


def _strings(message: Message) -> list[str]:
    value = message.string
    return list(value) if isinstance(value, (list, tuple)) else [value or ""]


def translated(language: str, msgid: str, root: Path = ROOT) -> bool:
    """Whether the catalogue of `language` has a translation for `msgid`."""
    message = read(po_path(language, root)).get(msgid)
    return message is not None and all(s.strip() for s in _strings(message))


def fields(template: str) -> set[str]:
    """The `{name}` fields of a str.format template (`{{` is a literal brace)."""
    return set(_FIELD.findall(template))


def _messages(catalog: Catalog) -> Iterator[Message]:
    return (m for m in catalog if m.id)


def untranslated(catalog: Catalog) -> list[str]:
    """Texts with a missing (or fuzzy) translation or a missing plural form."""
    forms = catalog.num_plurals
    problems = []
    for message in _messages(catalog):
        strings = _strings(message)
        wanted = forms if message.pluralizable else 1
        if message.fuzzy or len(strings) != wanted or not all(s.strip() for s in strings):
            problems.append(_ids(message)[0])
    return problems


def mismatched_fields(catalog: Catalog) -> list[str]:
    """Texts whose translation names other `{fields}` than the English (a plural's
    one-form may leave out `{n}`, as "one answer" does)."""
    problems = []
    for message in _messages(catalog):
        wanted = set().union(*(fields(i) for i in _ids(message)))
        found = [fields(s) for s in _strings(message) if s]
        if not found:
            continue
        if message.pluralizable:
            ok = all(f <= wanted for f in found) and set().union(*found) == wanted
        else:
            ok = found[0] == wanted
        if not ok:
            problems.append(f"{_ids(message)[0]!r}: {sorted(wanted)} vs {found}")
    return problems


def problems(root: Path = ROOT) -> list[str]:
    """Everything that keeps the catalogues from being complete and in sync."""
    template = extract(root)
    result: list[str] = []
    for language in languages(root):
        path = po_path(language, root)
        name = path.relative_to(root)
        catalog = read(path)
        ids = {(m.id if isinstance(m.id, str) else m.id[0], m.context) for m in _messages(catalog)}
        for message in _messages(template):
            key = (_ids(message)[0], message.context)
            if key not in ids:
                result.append(f"{name}: not in the catalogue (run update): {key[0]!r}")
        result += [f"{name}: untranslated: {text!r}" for text in untranslated(catalog)]
        result += [f"{name}: fields differ: {text}" for text in mismatched_fields(catalog)]
        mo = path.with_suffix(".mo")
        if not mo.exists() or mo.read_bytes() != mo_bytes(catalog):
            result.append(f"{mo.relative_to(root)}: out of date with the .po (run update)")
    return result


def check(root: Path = ROOT) -> int:
    found = problems(root)
    for line in found:
        print(line)
    print(f"{len(found)} catalogue problems")
    return 1 if found else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m app.domain.i18n_catalogues")
    parser.add_argument("command", choices=("update", "check", "init"))
    parser.add_argument("language", nargs="?", help="for init: the language code, e.g. de")
    args = parser.parse_args(argv)
    if args.command == "init":
        if not args.language:
            parser.error("init needs a language code")
        return init(args.language)
    return update() if args.command == "update" else check()


if __name__ == "__main__":
    sys.exit(main())
