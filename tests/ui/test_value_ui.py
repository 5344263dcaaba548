"""The value proposition board driven like a facilitator would, offscreen with pytest-qt."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QToolButton, QWidget

from app.domain import model, value_flow
from app.domain.archetypes import Motivation
from app.domain.prioritise import Candidate, ReleaseSlice
from app.domain.value_prop import CanvasItemKind, JobType, archetype_draft, positioning_statement
from app.services import WorkshopFile
from app.ui.board.registry import BOARD_CLASSES, projector_view
from app.ui.controller import Controller
from app.ui.exercises.value_prop import ValueBoardWidget
from app.ui.exercises.value_prop_projector import ValueProjectorView
from tests.ui.helpers import press_key, type_text

K = CanvasItemKind


def make_file(path: Path, language: str) -> int:
    """A workshop with a value board, and a prioritisation slice holding two candidates."""
    file = WorkshopFile.create(path, model.Workshop(title="Cash terminals", language=language))
    try:
        file.import_entities(
            "setup",
            [
                model.Board(1, model.BoardKind.PRIORITISE, "Prioritise", 0),
                model.Board(2, model.BoardKind.VALUE, "Value", 1),
                ReleaseSlice(1, 1, "MVP 1", 0),
                Candidate(1, 1, "Autopay from a card", slice_id=1),
                Candidate(2, 1, "Оплата по QR-коду", slice_id=1),
            ],
        )
    finally:
        file.close()
    return 2


@pytest.fixture(params=["en"])
def language(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def board(qtbot: Any, tmp_path: Path, language: str) -> Iterator[ValueBoardWidget]:
    path = tmp_path / "value.pointb"
    board_id = make_file(path, language)
    controller = Controller()
    controller.adopt(WorkshopFile.open(path))
    widget = ValueBoardWidget(controller, board_id)
    qtbot.addWidget(widget)
    widget.resize(1600, 1000)
    widget.show()
    qtbot.waitExposed(widget)
    errors: list[str] = []
    controller.error.connect(errors.append)
    widget.errors = errors  # type: ignore[attr-defined]
    yield widget
    controller.close()


def stored(widget: ValueBoardWidget) -> model.WorkshopData:
    """The workshop as it is in the file right now (not the in-memory copy)."""
    file = widget.controller.file
    assert file is not None
    return file.database.load()


def type_into(target: QWidget, text: str) -> None:
    target.setFocus()
    type_text(target, text)
    press_key(target, Qt.Key.Key_Return)


def add_segment(widget: ValueBoardWidget, name: str) -> None:
    type_into(widget.new_segment, name)


def add_item(widget: ValueBoardWidget, kind: CanvasItemKind, text: str) -> int:
    before = {i.id for i in widget.controller.data.canvas_items}
    type_into(widget.canvas_view.section(kind).add_field, text)
    (new_id,) = {i.id for i in widget.controller.data.canvas_items} - before
    return new_id


def label_texts(widget: QWidget) -> list[str]:
    """Texts of the labels on screen (new ones are shown by the event loop)."""
    QApplication.processEvents()
    return [label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)]


def undo_all(widget: ValueBoardWidget) -> None:
    stack = widget.controller.undo_stack
    while stack.canUndo():
        stack.undo()


def test_the_board_is_registered_for_value_boards(qtbot: Any, board: ValueBoardWidget) -> None:
    assert BOARD_CLASSES[model.BoardKind.VALUE] is ValueBoardWidget
    kind = model.BoardKind.VALUE
    shown = projector_view(kind, board.controller, board.board_id, None)
    qtbot.addWidget(shown)
    assert isinstance(shown, ValueProjectorView)


def test_fill_a_canvas_link_a_reliever_and_watch_the_fit(
    board: ValueBoardWidget, qtbot: Any
) -> None:
    add_segment(board, "Пожилые клиенты")
    data = board.controller.data
    (segment,) = data.segments
    assert segment.name == "Пожилые клиенты"
    assert len(board.segment_chips.buttons) == 1 and board.session.canvas() is not None

    canvas_view = board.canvas_view
    canvas_view.section(K.JOB).job_type.setCurrentIndex(  # type: ignore[union-attr]
        list(JobType).index(JobType.EMOTIONAL)
    )
    job = add_item(board, K.JOB, "Быть уверенным, что деньги дошли")
    fear = add_item(board, K.PAIN, "Страх ошибиться и потерять деньги")
    queue = add_item(board, K.PAIN, "Queues at the post office")
    gain = add_item(board, K.GAIN, "Подтверждение в тот же день")
    reliever = add_item(board, K.RELIEVER, "Оператор остаётся на линии")
    stored_job = value_flow.item_by_id(stored(board), job)
    assert (stored_job.text, stored_job.job_type) == (
        "Быть уверенным, что деньги дошли",
        JobType.EMOTIONAL,
    )
    assert "Fit: 0 of 3" in canvas_view.fit_label.text()
    assert canvas_view.row_for(fear).property("unaddressed") is True

    # Link the reliever to the fear: the fit line and the row highlight follow.
    menu = canvas_view.row_for(reliever).link_menu
    assert menu is not None
    (to_fear,) = [a for a in menu.actions() if a.data() == fear]
    to_fear.trigger()
    assert value_flow.item_by_id(stored(board), reliever).addresses == [fear]
    assert canvas_view.fit_label.text().startswith(
        "Fit: 1 of 3 top pains and gains addressed (33%)"
    )
    assert canvas_view.row_for(fear).property("unaddressed") is False
    assert canvas_view.row_for(queue).property("unaddressed") is True
    assert canvas_view.row_for(gain).property("unaddressed") is True
    badge = canvas_view.row_for(reliever).badge
    assert badge is not None and badge.text() == "eases P1"

    # Rank: the queue becomes the most severe pain.
    up = [b for b in canvas_view.row_for(queue).findChildren(QToolButton) if b.text() == "▲"]
    qtbot.mouseClick(up[0], Qt.MouseButton.LeftButton)
    ranks = {i.id: i.rank for i in stored(board).canvas_items}
    assert (ranks[queue], ranks[fear]) == (1, 2)
    assert canvas_view.row_for(reliever).badge.text() == "eases P2"  # type: ignore[union-attr]

    # Edit in place, with Cyrillic typed as key events.
    row = canvas_view.row_for(queue)
    row.text.start_edit()
    row.text.editor.selectAll()
    type_into(row.text.editor, "Очередь на почте")
    assert value_flow.item_by_id(stored(board), queue).text == "Очередь на почте"

    # Change the job's type from its badge menu.
    type_menu = canvas_view.row_for(job).type_menu
    (social,) = [a for a in type_menu.actions() if a.data() == JobType.SOCIAL.value]
    social.trigger()
    assert value_flow.item_by_id(stored(board), job).job_type is JobType.SOCIAL

    # Everything above is undoable, step by step, back to an empty board.
    undo_all(board)
    data = stored(board)
    assert data.segments == [] and data.canvases == [] and data.canvas_items == []
    assert len(board.segment_chips.buttons) == 0
    assert canvas_view.empty_label.isVisibleTo(board)
    assert board.errors == []  # type: ignore[attr-defined]


def test_a_slice_canvas_starts_with_the_slice_items_as_products(board: ValueBoardWidget) -> None:
    add_segment(board, "Parents")
    board.edit_toggle.setChecked(True)
    picker = board.new_canvas_for
    assert [picker.itemText(i) for i in range(picker.count())] == ["For MVP 1"]
    board.create_canvas()
    canvas = board.session.canvas()
    assert canvas is not None and canvas.slice_id == 1
    assert board.canvas_picker.currentText() == "MVP 1"
    products = board.canvas_view.section(K.PRODUCT).item_rows
    assert [row.text.text() for row in products.values()] == [
        "Autopay from a card",
        "Оплата по QR-коду",
    ]
    board.controller.undo_stack.undo()
    assert board.session.canvas() is not None and board.session.canvas().slice_id is None  # type: ignore[union-attr]


def test_the_deck_shows_twelve_cards_in_four_motivation_groups(board: ValueBoardWidget) -> None:
    add_segment(board, "Parents")
    board.tabs.setCurrentWidget(board.deck_view)
    deck = board.deck_view
    assert len(deck.cards) == 12 and len(deck.groups) == 4
    catalogue = board.session.catalogue
    for group_widget, group in zip(deck.groups, catalogue.by_motivation(), strict=True):
        cards = group_widget.findChildren(type(next(iter(deck.cards.values()))))
        assert [c.archetype.key for c in cards] == [a.key for a in group.archetypes]
        assert {c.archetype.motivation for c in cards} == {group.motivation.key}
    caregiver = deck.cards["caregiver"]
    text = catalogue.get("caregiver").text("en")  # type: ignore[union-attr]
    shown = " ".join(label_texts(caregiver))
    for part in (text.name, text.desire, text.fear, text.gift, ", ".join(text.voice), text.prompt):
        assert part in shown
    assert set(Motivation) == {a.motivation for a in catalogue}


def test_compare_three_heroes_then_choose_primary_and_secondary(
    board: ValueBoardWidget, qtbot: Any
) -> None:
    add_segment(board, "Older customers")
    add_item(board, K.JOB, "Pay with a receipt in hand")
    add_item(board, K.PAIN, "Fear of making a mistake")
    board.tabs.setCurrentWidget(board.deck_view)
    for key in ("caregiver", "sage", "regular"):
        qtbot.mouseClick(board.deck_view.cards[key].compare, Qt.MouseButton.LeftButton)
    assert board.session.compared() == ["caregiver", "sage", "regular"]
    # A fourth is refused with a message; the three stay.
    qtbot.mouseClick(board.deck_view.cards["hero"].compare, Qt.MouseButton.LeftButton)
    assert board.session.compared() == ["caregiver", "sage", "regular"]
    assert not board.deck_view.cards["hero"].compare.isChecked()
    assert board.errors and "Up to 3" in board.errors[-1]  # type: ignore[attr-defined]

    board.tabs.setCurrentWidget(board.compare_view)
    compare = board.compare_view
    assert list(compare.primary_buttons) == ["caregiver", "sage", "regular"]
    shown = " ".join(label_texts(compare))
    catalogue, items = board.session.catalogue, board.session.items()
    for key in ("caregiver", "sage", "regular"):
        archetype = catalogue.get(key)
        assert archetype is not None
        text = archetype.text("en")
        assert text.desire in shown and text.fear in shown
        draft = archetype_draft(archetype, board.session.segment(), items, "en")
        assert compare.drafts[key].text() == draft
    assert "J1  Pay with a receipt in hand  (functional)" in shown
    assert "P1  Fear of making a mistake" in shown

    # Nothing is chosen until the facilitator decides.
    assert not compare.secondary_buttons["sage"].isEnabled()
    qtbot.mouseClick(compare.primary_buttons["caregiver"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(compare.secondary_buttons["sage"], Qt.MouseButton.LeftButton)
    (canvas,) = stored(board).canvases
    assert (canvas.archetype, canvas.secondary_archetype) == ("caregiver", "sage")
    assert board.hero_label.text() == "Hero: Caregiver · second voice: Sage"
    assert board.deck_view.cards["caregiver"].property("primary") is True

    board.controller.undo_stack.undo()
    assert stored(board).canvases[0].secondary_archetype is None
    board.controller.undo_stack.undo()
    assert stored(board).canvases[0].archetype is None
    assert board.hero_label.text() == "Hero: not chosen yet"


def test_answers_rank_the_archetypes_with_reasons(board: ValueBoardWidget, qtbot: Any) -> None:
    add_segment(board, "Older customers")
    board.tabs.setCurrentWidget(board.suggest_view)
    suggest = board.suggest_view
    qtbot.mouseClick(suggest.answer_groups["safe"].button(3), Qt.MouseButton.LeftButton)
    assert board.session.answers() == {"safe": 3}
    assert suggest.rank_names[0] == "caregiver"
    shown = " ".join(label_texts(suggest.ranking_host))
    assert "“feeling safe” 3 of 3" in shown and "Caregiver in particular" in shown
    assert "you decide" in shown

    qtbot.mouseClick(suggest.answer_groups["transform"].button(3), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(suggest.answer_groups["safe"].button(0), Qt.MouseButton.LeftButton)
    assert suggest.rank_names[0] == "magician"
    # Suggesting never chooses: nothing was written to the file.
    assert stored(board).canvases[0].archetype is None
    qtbot.mouseClick(suggest.compare_buttons["magician"], Qt.MouseButton.LeftButton)
    assert board.session.compared() == ["magician"]


@pytest.mark.parametrize("language", ["ru"], indirect=True)
def test_statement_fields_templates_and_the_final_text(board: ValueBoardWidget, qtbot: Any) -> None:
    add_segment(board, "Пожилые клиенты")
    add_item(board, K.JOB, "Оплатить заём")
    add_item(board, K.PAIN, "Страх ошибиться")
    canvas_id = board.session.canvas_id
    assert canvas_id is not None
    board.tabs.setCurrentWidget(board.statement_view)
    statement = board.statement_view

    type_into(statement.fields["product_name"], "Платёжная линия")
    type_into(statement.fields["competitor"], "старого терминала")
    canvas = value_flow.canvas_by_id(stored(board), canvas_id)
    assert (canvas.product_name, canvas.competitor) == ("Платёжная линия", "старого терминала")
    assert statement.adlib.text().startswith(
        "Платёжная линия помогает клиентам из сегмента «Пожилые клиенты», которые хотят "
        "оплатить заём"
    )
    assert "(в отличие от старого терминала)" in statement.adlib.text()

    # Typing is one undo step per burst: nothing is written until Enter or focus-out.
    stack = board.controller.undo_stack
    steps = stack.count()
    statement.final.setFocus()
    type_text(statement.final, "Живой человек рядом")
    assert stack.count() == steps
    assert value_flow.canvas_by_id(stored(board), canvas_id).statement == ""
    press_key(statement.final, Qt.Key.Key_Return)
    assert stack.count() == steps + 1
    type_text(statement.final, ", всегда.")
    QApplication.sendEvent(statement.final, QFocusEvent(QEvent.Type.FocusOut))
    assert stack.count() == steps + 2
    assert value_flow.canvas_by_id(stored(board), canvas_id).statement == (
        "Живой человек рядом, всегда."
    )

    # A drafted template can become the final statement.
    positioning_card = statement.positioning.parentWidget()
    assert positioning_card is not None
    (use,) = positioning_card.findChildren(QPushButton)
    assert use.text() == "Use as final statement"
    qtbot.mouseClick(use, Qt.MouseButton.LeftButton)
    data = stored(board)
    canvas = value_flow.canvas_by_id(data, canvas_id)
    expected = positioning_statement(canvas, data.segments[0], data.canvas_items, "ru")
    assert canvas.statement == expected == statement.positioning.text()
    assert statement.final.toPlainText() == expected

    # The hero's voice words stand beside the statement once a hero is chosen.
    board.session.run(
        "hero",
        lambda: value_flow.set_archetypes(
            board.controller.data, canvas_id, "caregiver", None, board.session.catalogue.keys()
        ),
    )
    caregiver = board.session.catalogue.get("caregiver")
    assert caregiver is not None
    assert statement.voice_words == list(caregiver.text("ru").voice)
    assert "Заботливый" in " ".join(label_texts(statement))

    undo_all(board)
    assert stored(board).canvases == []


def test_a_narrow_page_stacks_the_canvas_instead_of_cutting_the_profile(
    board: ValueBoardWidget, qtbot: Any
) -> None:
    add_segment(board, "Older customers")
    add_item(board, CanvasItemKind.CREATOR, "a friendly operator who stays on the line")
    add_item(board, CanvasItemKind.GAIN, "Someone explains every step kindly")
    view = board.canvas_view
    creator, gain = view.section(CanvasItemKind.CREATOR), view.section(CanvasItemKind.GAIN)
    board.resize(2400, 1000)
    qtbot.waitUntil(lambda: view.stacked is False)
    assert gain.geometry().left() > creator.geometry().right()  # the map faces the profile
    board.resize(560, 1000)  # a laptop's page beside the agenda and the board list
    qtbot.waitUntil(lambda: view.stacked is True)
    QApplication.processEvents()
    viewport = view.scroller.viewport().width()
    for section in view.sections.values():  # every block whole across the page
        assert section.geometry().left() >= 0 and section.geometry().right() < viewport
    # Each map block comes just above the profile block it serves.
    assert creator.geometry().bottom() < gain.geometry().top()
    assert abs(creator.geometry().left() - gain.geometry().left()) <= 1
    assert not any(title.isVisible() for title in view.side_titles)


def test_the_projector_shows_the_canvas_picked_on_the_console(
    qtbot: Any, board: ValueBoardWidget
) -> None:
    """The wall follows the console: the segment (and canvas) picked there is the canvas
    stage's one canvas, and leads the other stages."""
    add_segment(board, "Working parents")
    add_segment(board, "Older customers")
    segments = sorted(board.controller.data.segments, key=lambda s: s.id)
    wall = projector_view(model.BoardKind.VALUE, board.controller, board.board_id, None)
    assert isinstance(wall, ValueProjectorView)
    qtbot.addWidget(wall)
    for segment in (segments[0], segments[1], segments[0]):
        chip = next(
            c for c in board.segment_chips.buttons if c.property("segmentId") == segment.id
        )
        chip.click()
        QApplication.processEvents()
        assert board.segment_id == segment.id
        assert wall.stage == "canvas" and [b[0] for b in wall.blocks] == [segment.name]
    # A second canvas of the shown segment, picked in the canvas picker.
    board.edit_toggle.setChecked(True)
    board.new_canvas_for.setCurrentIndex(board.new_canvas_for.findData(1))  # for MVP 1
    board.create_canvas()
    slice_canvas = board.session.canvas_id
    assert board.controller.shown_picks[board.board_id] == slice_canvas
    board.canvas_picker.setCurrentIndex(0)
    board.canvas_picker.activated.emit(0)
    whole = board.canvas_picker.itemData(0)
    assert whole != slice_canvas and board.controller.shown_picks[board.board_id] == whole
    board.show_stage("statement")
    QApplication.processEvents()
    assert wall.stage == "statement" and wall.blocks[0][0] == segments[0].name
