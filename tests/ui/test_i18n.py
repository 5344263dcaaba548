"""The Russian interface is complete: every window and dialog, every visible string.

A string is untranslated when it still holds an English word: a Latin word that is not
an allowed name (ALLOWED: product names, acronyms, key names) and does not come from the
workshop's own data (a Russian demo workshop: its notes, names and file paths). This is
stricter than comparing with the English source: a string that never went through
`tr()` at all is caught too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDockWidget,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
    QGraphicsView,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QSpinBox,
    QTabBar,
    QTextEdit,
    QWidget,
)

from app.domain import agenda as rules
from app.domain import model
from app.ui import i18n
from app.ui.agenda_panel import StepDialog, TemplatePicker
from app.ui.main_window import MainWindow

# Names and symbols that stay Latin in a Russian interface (documented in
# docs/in-the-room.md): the product, file formats, scoring acronyms, keys on the keyboard.
ALLOWED = {
    "Point",
    "RICE",
    "ICE",
    "MVP",
    "MoSCoW",
    "Kano",
    "PDF",
    "CSV",
    "JSON",
    "PNG",
    "JPEG",
    "GIF",
    "BMP",
    "WebP",
    "TIFF",
    "dpi",
    "English",
    "Ctrl",
    "Shift",
    "Alt",
    "Meta",
    "Esc",
    "Enter",
    "Del",
    "Delete",
    "Backspace",
    "Tab",
    "PgUp",
    "PgDown",
    "Home",
    "End",
    "Ins",
    "Space",
    "Return",
    "QR",
    "SMS",
    "Strategyzer",
    "URL",
    "DejaVu",
    "Noto",
    "Devanagari",
    "Droid",
    "Symbola",
    "Emoji",
    "Fallback",  # bundled font names (Help > About's licence buttons)
    "OK",  # Qt's own Russian translation keeps the OK button Latin
    "Letter",
    "Legal",
    "Tabloid",  # paper sizes are names
    "n",  # the statistical sample size in the Kano results table
}
WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*")
TAG = re.compile(r"<[^>]+>")
ENTITY = re.compile(r"&[a-z]+;|&#\d+;")


def latin_words(text: str) -> list[str]:
    text = ENTITY.sub(" ", TAG.sub(" ", text)).replace("&", "")
    return [
        w
        for w in WORD.findall(text)
        if w not in ALLOWED
        and not re.fullmatch(r"[A-Z]|F\d{1,2}|[A-Z]\d*", w)  # keys: B, F5, M, S ...
    ]


class Collector:
    def __init__(self, data_words: set[str]) -> None:
        self.data_words = data_words
        self.problems: dict[str, str] = {}
        self.seen = 0

    def check(self, where: str, text: object) -> None:
        if not isinstance(text, str) or not text.strip():
            return
        self.seen += 1
        words = [w for w in latin_words(text) if w not in self.data_words]
        if words:
            self.problems.setdefault(text, where)

    def model(self, where: str, model: QAbstractItemModel | None) -> None:
        if model is None:
            return
        root = QModelIndex()
        rows = min(model.rowCount(root), 60)
        try:
            columns = model.columnCount(root)
        except TypeError:  # list models keep columnCount private: one column
            columns = 1
        for column in range(columns):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                header = model.headerData(column, Qt.Orientation.Horizontal, role)
                self.check(f"{where} header", header)
        for row in range(rows):
            for column in range(columns):
                index = model.index(row, column)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    self.check(f"{where} [{row},{column}]", model.data(index, role))

    def menu(self, where: str, menu: QMenu) -> None:
        self.check(f"{where} menu", menu.title())
        for action in menu.actions():
            self.check(f"{where} action", action.text())
            tip = action.toolTip()
            self.check(f"{where} action tip", tip if tip != action.text().replace("&", "") else "")
            if action.menu() is not None:
                self.menu(where, action.menu())  # type: ignore[arg-type]

    def widget(self, root: QWidget) -> None:
        where_root = type(root).__name__
        self.check(f"{where_root} title", root.windowTitle())
        for w in [root, *root.findChildren(QWidget)]:
            where = f"{where_root}/{type(w).__name__}#{w.objectName()}"
            if w is not root and w.isWindow() and not isinstance(w, QMenu):
                continue  # other top-level windows are walked on their own
            self.check(f"{where} tooltip", w.toolTip())
            if isinstance(w, QLabel | QAbstractButton):
                self.check(where, w.text())
            elif isinstance(w, QLineEdit | QPlainTextEdit | QTextEdit):
                self.check(f"{where} placeholder", w.placeholderText())
            elif isinstance(w, QComboBox):
                for i in range(w.count()):
                    self.check(f"{where} item", w.itemText(i))
            elif isinstance(w, QGroupBox):
                self.check(where, w.title())
            elif isinstance(w, QTabBar):
                for i in range(w.count()):
                    self.check(f"{where} tab", w.tabText(i))
                    self.check(f"{where} tab tip", w.tabToolTip(i))
            elif isinstance(w, QDockWidget):
                self.check(where, w.windowTitle())
            elif isinstance(w, QMenu):
                self.menu(where, w)
            if isinstance(w, QSpinBox):
                self.check(f"{where} suffix", w.suffix())
                self.check(f"{where} prefix", w.prefix())
            if isinstance(w, QAbstractSpinBox):
                self.check(f"{where} special", w.specialValueText())
            if isinstance(w, QAbstractItemView):
                self.model(where, w.model())
            if isinstance(w, QGraphicsView) and w.scene() is not None:
                for item in w.scene().items():
                    if isinstance(item, QGraphicsTextItem):
                        self.check(f"{where} scene text", item.toPlainText())
                    elif isinstance(item, QGraphicsSimpleTextItem):
                        self.check(f"{where} scene text", item.text())
                    self.check(f"{where} scene tip", item.toolTip())
            for action in w.actions():
                self.check(f"{where} action", action.text())
                if action.menu() is not None:
                    self.menu(where, action.menu())  # type: ignore[arg-type]

    def report(self) -> str:
        return "\n".join(f"  {where}: {text!r}" for text, where in sorted(self.problems.items()))


def data_words(data: model.WorkshopData, extra: list[str]) -> set[str]:
    texts = [data.workshop.title, data.workshop.challenge, data.workshop.facilitator, *extra]
    texts += [t.name for t in data.teams] + [p.name for p in data.participants]
    texts += [b.title for b in data.boards] + [c.title for c in data.clusters]
    texts += [f"{n.text} {n.author}" for n in data.notes]
    for kind in ("candidates", "segments", "canvases", "canvas_items", "kano_answers"):
        for entity in getattr(data, kind):
            texts += [v for v in vars(entity).values() if isinstance(v, str)]
    return {w for text in texts for w in WORD.findall(text)}


@pytest.fixture
def russian(qapp: Any, qsettings: Path) -> Iterator[QSettings]:
    assert (i18n.translations_dir() / "pointb_ru.qm").is_file(), "run `make translations`"
    settings = QSettings()
    settings.setValue(i18n.SETTING, "ru")
    yield settings
    i18n.apply_language(qapp, "en")  # the other tests run in English


def pump(qtbot: Any) -> None:
    qtbot.wait(20)


def test_language_follows_the_preference(qapp: Any, qsettings: Path) -> None:
    settings = QSettings()
    assert i18n.preferred_language(settings) == i18n.system_language()
    settings.setValue(i18n.SETTING, "ru")
    assert i18n.preferred_language(settings) == "ru"
    settings.setValue(i18n.SETTING, "xx")  # nonsense falls back to the system
    assert i18n.preferred_language(settings) == i18n.system_language()
    try:
        assert i18n.apply_language(qapp, "ru")
        assert QApplication.translate("MainWindow", "&File") == "&Файл"
        assert not i18n.apply_language(qapp, "ru")  # already installed
    finally:
        i18n.apply_language(qapp, "en")
    assert QApplication.translate("MainWindow", "&File") == "&File"


def test_every_window_and_dialog_is_in_russian(
    qtbot: Any, russian: QSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("POINTB_DATA_DIR", str(tmp_path / "data"))
    window = MainWindow(settings=russian)
    qtbot.addWidget(window)
    window.resize(1500, 950)
    window.show()
    qtbot.waitExposed(window)
    assert window.menuBar().actions()[0].text() == "&Файл"
    window.recent.add(tmp_path / "старый-семинар.pointb")
    window.start_screen.refresh()
    extra_texts = [str(p) for p in window.recent.paths()] + [str(tmp_path)]
    walked: list[QWidget] = []

    def walk(widget: QWidget) -> None:
        pump(qtbot)
        walked.append(widget)
        collector.widget(widget)

    collector = Collector({w for t in extra_texts for w in WORD.findall(t)})
    walk(window)  # the start screen

    try:
        assert window.open_demo(tmp_path)
        data = window.controller.data
        assert data.workshop.language == "ru"
        extra_texts.append(str(window.controller.file.path))  # type: ignore[union-attr]
        collector.data_words = data_words(data, extra_texts)
        room = window.room
        agendas, errors = rules.load_templates([rules.bundled_templates_dir()])
        assert errors == []
        assert room.agenda_panel.set_agenda(agendas[0], 1)
        for board in sorted(data.boards, key=lambda b: b.position):
            widget = window.select_board(board.id)
            assert widget is not None
            pump(qtbot)
            fit = getattr(widget, "fit", None)
            if callable(fit):
                fit()
            for tabs in widget.findChildren(QTabBar):
                for i in range(tabs.count()):
                    tabs.setCurrentIndex(i)
                    walk(window)
            walk(window)
            if board.kind == model.BoardKind.CAPTURE:
                widget.set_voting(True)  # type: ignore[attr-defined]
                walk(window)
                widget.set_voting(False)  # type: ignore[attr-defined]
                widget.scene.select_notes(list(widget.scene.notes)[:2])  # type: ignore[attr-defined]
                collector.menu("context", widget.build_context_menu())  # type: ignore[attr-defined]
                widget.scene.clearSelection()  # type: ignore[attr-defined]
        collector.menu("menu bar", window.menuBar().findChild(QMenu) or QMenu())
        for top in window.menuBar().actions():
            if top.menu() is not None:
                collector.menu("menu bar", top.menu())  # type: ignore[arg-type]

        # Dialogs.
        setup = window.show_setup()
        assert setup is not None
        walk(setup)
        setup.close()
        shortcuts = window.show_shortcuts()
        walk(shortcuts)
        shortcuts.close()
        prefs = room.show_preferences()
        walk(prefs)
        prefs.close()
        picker = TemplatePicker("ru", window)
        qtbot.addWidget(picker)
        walk(picker)
        step = StepDialog("ru", window)
        qtbot.addWidget(step)
        walk(step)
        try:
            from app.ui.export_dialog import ExportDialog
        except ImportError:  # pragma: no cover - the export dialog ships with Point B
            ExportDialog = None  # type: ignore[assignment,misc]
        if ExportDialog is not None:
            export = ExportDialog(window.controller, window)
            qtbot.addWidget(export)
            walk(export)

        about = window.show_about()
        assert isinstance(about, QWidget)
        walk(about)
        about.close()

        # The projector: board, agenda step and timer, face-down counts.
        room.presenter_action.trigger()
        presenter = room.presenter
        assert presenter is not None
        first = min(data.boards, key=lambda b: b.position)
        window.select_board(first.id)
        walk(presenter)
        room.face_down_action.trigger()
        walk(presenter)
        room.reveal_action.trigger()
        # Refusals are in Russian too.
        layer = window.current_photos()
        assert layer is not None
        collector.data_words |= {"png"}  # the file name below
        layer.add_bytes(b"", "снимок.png")
        collector.check("photo refusal", window.message_bar.label.text())
        assert "снимок.png" in window.message_bar.label.text()
    finally:
        if window.room.presenter is not None:
            window.room.presenter.close()
            window.room.presenter.deleteLater()
        window.controller.close()

    assert collector.seen > 400, "the walk saw the whole interface"
    assert not collector.problems, "untranslated strings:\n" + collector.report()


def test_the_translation_source_is_complete() -> None:
    """Every message in the .ts has a Russian translation (`make translations` to refresh)."""
    left = [entry for path in i18n.ts_files() for entry in i18n.unfinished(path)]
    assert not left, f"{len(left)} untranslated messages, e.g. {left[:5]}"


def test_the_check_covers_the_qt_and_the_gettext_catalogues(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`python -m app.ui.i18n check` (what `make translations` leaves to do) passes."""
    assert i18n.check() == 0
    out = capsys.readouterr().out
    assert "0 messages still to translate" in out
    assert "0 catalogue problems" in out


def test_wrapper_strings_are_found(tmp_path: Path) -> None:
    source = tmp_path / "app" / "ui" / "demo.py"
    source.parent.mkdir(parents=True)
    source.write_text(
        "from PySide6.QtCore import QCoreApplication\n\n"
        "def _t(text):\n    return QCoreApplication.translate('Demo', text)\n\n"
        "LABEL = _t('Hello room')\n",
        "utf-8",
    )
    [found] = i18n.find_wrapped_strings([source], tmp_path)
    assert (found.context, found.source, found.line) == ("Demo", "Hello room", 6)


def test_english_plurals_from_the_source_text() -> None:
    assert i18n.counted("16 note(s)", 16) == "16 notes"
    assert i18n.counted("1 note(s)", 1) == "1 note"
    assert i18n.counted("Перенести 3 заметки", 3) == "Перенести 3 заметки"  # translated


def test_board_labels_reuse_the_translation_of_the_printed_page(qapp: Any) -> None:
    """A label that the domain already translates is not translated a second time: the
    prioritisation quadrants and the source tags read the same on the board and on paper."""
    from app.domain.kano import KanoAnswer, answer_name
    from app.domain.model import SourceTag
    from app.domain.prioritise import Quadrant, quadrant_name
    from app.domain.texts import render
    from app.export import export_messages
    from app.ui import theme
    from app.ui.exercises.prioritise_common import quadrant_label
    from app.ui.exercises.prioritise_questionnaire import AnswerCell

    assert i18n.interface_language() == "en"
    assert quadrant_label(Quadrant.BIG_BETS) == "Big bets"
    assert theme.tag_label(SourceTag.OWN) == "Own idea"
    try:
        i18n.apply_language(qapp, "ru")
        assert i18n.interface_language() == "ru"
        assert quadrant_label(Quadrant.BIG_BETS) == "Большие ставки"
        for quadrant in Quadrant:
            assert quadrant_label(quadrant) == quadrant_name(quadrant, "ru")
        assert theme.tag_label(SourceTag.OWN) == "Своя идея"
        for tag in SourceTag:
            if tag != SourceTag.NONE:
                printed = render(export_messages.MESSAGES, f"tag_{tag.value}", "ru")
                assert theme.tag_label(tag) == printed
        assert theme.tag_label(SourceTag.NONE) == "Без источника"  # Qt: the UI alone says it
        # the facilitator's questionnaire names the answers as the phones do
        cell = AnswerCell(1, "Anna")
        tips = [
            cell.functional.itemData(i, Qt.ItemDataRole.ToolTipRole)
            for i in range(1, cell.functional.count())
        ]
        assert tips == [answer_name(answer, "ru") for answer in KanoAnswer]
        assert tips[1] == "Так и должно быть"
        cell.deleteLater()
    finally:
        i18n.apply_language(qapp, "en")
