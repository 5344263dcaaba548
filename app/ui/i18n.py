"""Languages of the interface: English (the source) and Russian, via Qt's translators.

At run time `apply_language(app, settings)` installs the compiled translation for the
language in Preferences (or the system's), with Qt's own translation of standard buttons
and dialogs, and makes it the default locale so new workshops start in that language.

For developers, `python -m app.ui.i18n update` (`make translations`) refreshes
`resources/i18n/pointb_ru.ts` from the sources and compiles `pointb_ru.qm`:

1. `pyside6-lupdate` over every `app/ui` module (`self.tr(...)`,
   `QCoreApplication.translate("Context", "...")`);
2. a small AST pass adds strings that go through one-line wrappers such as
   `def _tr(text): return QCoreApplication.translate("Prioritise", text)`, which lupdate
   cannot see (it only reads literal arguments);
3. `pyside6-lrelease` compiles the .ts into the .qm that ships;
4. the gettext catalogues of exports and explanations are refreshed and compiled
   (`app.domain.i18n_catalogues`, resources/locale/; see docs/translating.md).

New strings arrive as "unfinished"; translate them in Qt Linguist (`pyside6-linguist`) or
in the .ts by hand, then run the target again. `python -m app.ui.i18n check` lists what
is left in both systems (the Russian UI test fails while anything visible is untranslated).
"""

from __future__ import annotations

import argparse
import ast
import re
import subprocess
import sys
import weakref
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from app import paths
from app.domain.texts import render

SOURCE_LANGUAGE = "en"
SETTING = "ui/language"
ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = "pointb_{language}"  # resources/i18n/pointb_ru.ts, compiled to pointb_ru.qm


def translations_dir() -> Path:
    return paths.resource_dir("i18n")


def languages() -> tuple[str, ...]:
    """English (the source) and every language whose compiled Qt catalogue ships in
    `resources/i18n`: adding a language is adding its catalogue files."""
    prefix = CATALOGUE.format(language="")
    found = sorted(p.stem.removeprefix(prefix) for p in translations_dir().glob(f"{prefix}*.qm"))
    return (SOURCE_LANGUAGE, *(code for code in found if code != SOURCE_LANGUAGE))


def language_name(code: str) -> str:
    """The language in its own words ("Русский"), as Qt's locale data names it."""
    if code == SOURCE_LANGUAGE:
        return "English"
    name = QLocale(code).nativeLanguageName()
    return name[:1].upper() + name[1:] if name and QLocale(code).name() != "C" else code


def system_language() -> str:
    code = QLocale.system().name().lower()
    return next((c for c in (code, code[:2]) if c in languages()), SOURCE_LANGUAGE)


def preferred_language(settings: QSettings | None = None) -> str:
    """The language chosen in Preferences, else the system's (English when unknown)."""
    value = str((settings or QSettings()).value(SETTING, "") or "")
    return value if value in languages() else system_language()


@dataclass
class InstalledTranslation:
    """What Point B installed on one running application: its language and translators."""

    language: str | None = None
    translators: list[QTranslator] = field(default_factory=list)


# Per application object (tests and tools may make more than one in a process).
_installed: weakref.WeakKeyDictionary[QApplication, InstalledTranslation] = (
    weakref.WeakKeyDictionary()
)


def installed_translation(app: QApplication) -> InstalledTranslation:
    return _installed.setdefault(app, InstalledTranslation())


def installed_language(app: QApplication) -> str | None:
    return installed_translation(app).language


def interface_language() -> str:
    """The language the interface speaks now (English until one is installed). Widgets pass
    it to the domain for a label the domain already translates (one translation for both)."""
    app = QApplication.instance()
    language = installed_language(app) if isinstance(app, QApplication) else None
    return language or "en"


def apply_language(app: QApplication, language: str) -> bool:
    """Install `language` for the whole app (replacing what was installed); True if it
    changed anything. English needs no translator: it is the source language."""
    language = language if language in languages() else SOURCE_LANGUAGE
    if installed_language(app) == language:
        return False
    installed = installed_translation(app)
    for old in installed.translators:
        app.removeTranslator(old)
    installed.translators.clear()
    if language != SOURCE_LANGUAGE:
        translator = QTranslator(app)
        if translator.load(CATALOGUE.format(language=language), str(translations_dir())):
            app.installTranslator(translator)
            installed.translators.append(translator)
        qt_translator = QTranslator(app)
        folders = [
            translations_dir(),
            Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ]
        for folder in folders:
            if qt_translator.load(f"qtbase_{language}", str(folder)):
                app.installTranslator(qt_translator)
                installed.translators.append(qt_translator)
                break
    # New workshops, the demo and dates follow the interface language.
    QLocale.setDefault(QLocale(language))
    installed.language = language
    return True


def printed(catalogue: Mapping[str, str], key: str, **fields: object) -> str:
    """A label the domain or the printed pages already name (`catalogue` is their
    messages table), in the interface's language: one translation, the same words on
    the board and on paper."""
    return render(catalogue, key, interface_language(), **fields)


def counted(text: str, count: int) -> str:
    """A `tr(source, "", count)` result with English plurals.

    English is the source language and has no translation file, so Qt leaves "note(s)" as
    written; this makes it "1 note" or "16 notes". Translated texts (Russian has three
    forms) come with their own plural forms and no "(s)" to change.
    """
    return re.sub(r"\((s|es)\)", "" if count == 1 else r"\1", text)


def apply_preferences(settings: QSettings | None = None) -> str:
    """Install the preferred language on the running application; returns it."""
    language = preferred_language(settings)
    app = QApplication.instance()
    if isinstance(app, QApplication):
        apply_language(app, language)
    return language


# --- developer tooling: refresh and check the .ts ----------------------------------------


@dataclass(frozen=True)
class Found:
    context: str
    source: str
    path: Path
    line: int


def _wrapper_context(function: ast.FunctionDef) -> str | None:
    """`def f(text): return QCoreApplication.translate("Ctx", text)` -> "Ctx"."""
    if len(function.args.args) != 1 or len(function.body) != 1:
        return None
    statement = function.body[0]
    if not isinstance(statement, ast.Return) or not isinstance(statement.value, ast.Call):
        return None
    call = statement.value
    name = call.func.attr if isinstance(call.func, ast.Attribute) else None
    if name != "translate" or len(call.args) < 2:
        return None
    context, text = call.args[0], call.args[1]
    parameter = function.args.args[0].arg
    if (
        isinstance(context, ast.Constant)
        and isinstance(context.value, str)
        and isinstance(text, ast.Name)
        and text.id == parameter
    ):
        return context.value
    return None


def _module_name(path: Path, root: Path) -> str:
    return ".".join(path.relative_to(root).with_suffix("").parts)


def find_wrapped_strings(files: Iterable[Path], root: Path = ROOT) -> list[Found]:
    """Literal strings passed to translate-wrappers (defined or imported in each file)."""
    trees = {path: ast.parse(path.read_text("utf-8"), str(path)) for path in files}
    wrappers: dict[tuple[str, str], str] = {}  # (module, function) -> context
    for path, tree in trees.items():
        module = _module_name(path, root)
        for node in tree.body:
            if isinstance(node, ast.FunctionDef):
                context = _wrapper_context(node)
                if context is not None:
                    wrappers[(module, node.name)] = context
    found: list[Found] = []
    for path, tree in trees.items():
        module = _module_name(path, root)
        local = {name: ctx for (mod, name), ctx in wrappers.items() if mod == module}
        for node in tree.body:
            if isinstance(node, ast.ImportFrom) and node.module:
                for alias in node.names:
                    context = wrappers.get((node.module, alias.name))
                    if context is not None:
                        local[alias.asname or alias.name] = context
        if not local:
            continue
        for call in ast.walk(tree):
            if (
                isinstance(call, ast.Call)
                and isinstance(call.func, ast.Name)
                and call.func.id in local
                and call.args
                and isinstance(call.args[0], ast.Constant)
                and isinstance(call.args[0].value, str)
            ):
                found.append(Found(local[call.func.id], call.args[0].value, path, call.lineno))
    return found


def add_wrapped_strings(ts_path: Path, found: Iterable[Found], root: Path = ROOT) -> int:
    """Put the wrapper strings into the .ts (keeping translations); returns how many new."""
    tree = ET.parse(ts_path)
    ts = tree.getroot()
    contexts = {c.findtext("name"): c for c in ts.findall("context")}
    added = 0
    for item in found:
        context = contexts.get(item.context)
        if context is None:
            context = ET.SubElement(ts, "context")
            ET.SubElement(context, "name").text = item.context
            contexts[item.context] = context
        message = next(
            (m for m in context.findall("message") if m.findtext("source") == item.source), None
        )
        location = ET.Element(
            "location",
            filename=str(Path("..") / ".." / item.path.relative_to(root)),
            line=str(item.line),
        )
        if message is None:
            message = ET.SubElement(context, "message")
            message.append(location)
            ET.SubElement(message, "source").text = item.source
            ET.SubElement(message, "translation", type="unfinished")
            added += 1
            continue
        translation = message.find("translation")
        if translation is not None and translation.get("type") in ("vanished", "obsolete"):
            # lupdate cannot see wrapper calls: it marks them gone on every run.
            if translation.text:
                del translation.attrib["type"]
            else:
                translation.set("type", "unfinished")
        if not any(
            loc.get("filename") == location.get("filename")
            and loc.get("line") == location.get("line")
            for loc in message.findall("location")
        ):
            message.insert(0, location)
    ET.indent(tree, space="    ")
    body = ET.tostring(ts, encoding="unicode")
    ts_path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", "utf-8"
    )
    return added


def unfinished(ts_path: Path) -> list[tuple[str, str]]:
    """(context, source) of every message still waiting for a translation."""
    result = []
    for context in ET.parse(ts_path).getroot().findall("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            translation = message.find("translation")
            if translation is None:
                continue
            kind = translation.get("type")
            if kind in ("vanished", "obsolete"):
                continue
            forms = [f.text for f in translation.findall("numerusform")]
            empty = not (translation.text or "").strip() and not any(forms)
            if kind == "unfinished" or empty:
                result.append((name, message.findtext("source") or ""))
    return result


def ui_sources(root: Path = ROOT) -> list[Path]:
    return sorted(p for p in (root / "app" / "ui").rglob("*.py") if "__pycache__" not in p.parts)


def _tool(name: str) -> str:
    candidate = Path(sys.executable).with_name(name)
    return str(candidate) if candidate.exists() else name


def ts_files(root: Path = ROOT) -> list[Path]:
    """The Qt catalogue of every language (`pointb_<language>.ts`)."""
    folder = root / "resources" / "i18n"
    return sorted(folder.glob(CATALOGUE.format(language="*") + ".ts"))


def update(root: Path = ROOT) -> int:
    files = ui_sources(root)
    relative = [str(p.relative_to(root)) for p in files]
    found = find_wrapped_strings(files, root)
    for ts_path in ts_files(root):
        language = ts_path.stem.removeprefix(CATALOGUE.format(language=""))
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                *relative,
                "-target-language",
                QLocale(language).name(),
                "-ts",
                str(ts_path.relative_to(root)),
            ],
            cwd=root,
            check=True,
        )
        added = add_wrapped_strings(ts_path, found, root)
        subprocess.run(
            [
                _tool("pyside6-lrelease"),
                str(ts_path.relative_to(root)),
                "-qm",
                str(ts_path.with_suffix(".qm").relative_to(root)),
            ],
            cwd=root,
            check=True,
        )
        left = unfinished(ts_path)
        print(
            f"{ts_path.name}: {len(files)} modules scanned; {added} wrapper strings added; "
            f"{len(left)} messages still to translate"
        )
    # The exports' and explanations' gettext catalogues. Imported here: the tooling needs
    # Babel, a developer dependency that the shipped app does without.
    from app.domain import i18n_catalogues

    return i18n_catalogues.update(root)


def check(root: Path = ROOT) -> int:
    left = [
        (ts_path.name, context, source)
        for ts_path in ts_files(root)
        for context, source in unfinished(ts_path)
    ]
    for name, context, source in left:
        print(f"{name}: {context}: {source!r}")
    print(f"{len(left)} messages still to translate")
    from app.domain import i18n_catalogues  # needs Babel: see update()

    catalogues = i18n_catalogues.check(root)
    return 1 if left or catalogues else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m app.ui.i18n")
    parser.add_argument("command", choices=("update", "check"))
    args = parser.parse_args(argv)
    return update() if args.command == "update" else check()


if __name__ == "__main__":
    sys.exit(main())
