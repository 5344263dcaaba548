"""Adding a language is adding its catalogue files: the language lists come from the
catalogues present in `resources/`, and the files are what the app then reads."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication

from app import paths
from app.domain import i18n as domain_i18n
from app.domain import i18n_catalogues
from app.domain.prioritise import default_slice_names
from app.domain.texts import normalise_language
from app.ui import i18n


@pytest.fixture
def german(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A copy of the shipped resources plus a German catalogue in each system."""
    shipped = paths.resource_dir()
    root = tmp_path / "install"
    for folder in ("i18n", "locale"):
        shutil.copytree(shipped / folder, root / "resources" / folder)
    po = root / "resources" / "locale" / "de" / "LC_MESSAGES" / "pointb.po"
    po.parent.mkdir(parents=True)
    po.write_text(
        'msgid ""\nmsgstr ""\n"Language: de\\n"\n'
        '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n'
        '"Content-Type: text/plain; charset=utf-8\\n"\n\n'
        'msgid "MVP 1"\nmsgstr "MVP eins"\n',
        "utf-8",
    )
    po.with_suffix(".mo").write_bytes(i18n_catalogues.mo_bytes(i18n_catalogues.read(po)))
    # The Qt catalogue: the Russian one under the German name, to see that it is read.
    qm = root / "resources" / "i18n"
    shutil.copy(qm / "pointb_ru.qm", qm / "pointb_de.qm")
    monkeypatch.setattr(paths, "install_root", lambda: root)
    _forget_catalogues()
    yield root
    monkeypatch.undo()
    _forget_catalogues()


def _forget_catalogues() -> None:
    """The lists and catalogues are read once per run: read them again."""
    domain_i18n.catalogue_languages.cache_clear()
    domain_i18n.translations.cache_clear()


def test_the_shipped_languages_are_the_catalogues_present() -> None:
    assert domain_i18n.catalogue_languages() == ("en", "ru")
    assert i18n.languages() == ("en", "ru")
    assert [i18n.language_name(code) for code in i18n.languages()] == ["English", "Русский"]


def test_a_third_language_is_listed_and_read_from_its_files(german: Path) -> None:
    assert domain_i18n.catalogue_languages() == ("en", "de", "ru")
    assert normalise_language("de-DE") == "de"
    assert domain_i18n.text("de", "MVP 1") == "MVP eins"
    assert default_slice_names("de")[0] == "MVP eins"
    assert domain_i18n.text("de", "Later") == "Later"  # untranslated: the English source


def test_a_third_interface_language_is_offered_and_installed(qapp: Any, german: Path) -> None:
    assert i18n.languages() == ("en", "de", "ru")
    assert i18n.language_name("de") == "Deutsch"
    try:
        assert i18n.apply_language(qapp, "de")
        # Read from pointb_de.qm (a copy of the Russian catalogue here).
        assert QCoreApplication.translate("MainWindow", "Boards") == "Доски"
        assert i18n.interface_language() == "de"
    finally:
        i18n.apply_language(qapp, "en")
    assert QCoreApplication.translate("MainWindow", "Boards") == "Boards"
