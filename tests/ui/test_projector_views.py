"""What the room sees at 1920×1080: note text measured on the rendered capture wall, and no
console control on the projector in any exercise or stage."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QSettings
from PySide6.QtGui import QColor, QFontMetricsF, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from app.demo import write_demo
from app.domain import edits, model
from app.domain import projector_wall as wall
from app.domain.agenda import STAGES, Agenda, AgendaStep
from app.ui.board.capture import CaptureBoard
from app.ui.exercises.cx_projector import (
    CxProjectorView,
    JourneyProjectorView,
    ScenarioProjectorView,
    StrategyProjectorView,
)
from app.ui.main_window import MainWindow
from app.ui.presenter import PresenterWindow
from app.ui.projector.capture_wall import CaptureWall

CONSOLE_ONLY = (
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QComboBox,
    QTabBar,
    QAbstractButton,
    QAbstractSpinBox,
    QAbstractSlider,
)


def demo_window(qtbot: Any, tmp_path: Path, language: str) -> MainWindow:
    window = MainWindow(settings=QSettings())
    qtbot.addWidget(window)
    window.resize(1366, 736)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_path(write_demo(tmp_path / f"demo-{language}.pointb", language))
    return window


@pytest.fixture
def demo_en(qtbot: Any, qsettings: Any, tmp_path: Path) -> Iterator[MainWindow]:
    window = demo_window(qtbot, tmp_path, "en")
    yield window
    if window.room.presenter is not None:
        window.room.presenter.close()
    window.controller.close()


def projector(qtbot: Any, window: MainWindow) -> PresenterWindow:
    room = window.room
    if room.presenter is None or not room.presenter.isVisible():
        room.presenter_action.trigger()
    presenter = room.presenter
    assert presenter is not None
    presenter.resize(1920, 1080)
    qtbot.waitExposed(presenter)
    qtbot.wait(20)
    return presenter


def fitted_wall(qtbot: Any, window: MainWindow, presenter: PresenterWindow) -> CaptureWall:
    board = window.current_board_widget()
    assert isinstance(board, CaptureBoard)
    board.fit()
    board.scene.clearSelection()
    qtbot.wait(20)
    presenter.sync_view()
    shown = presenter.current_wall()
    assert shown is not None
    return shown


def ink_height(image: QImage, left: int, top: int, width: int, height: int) -> int:
    """Rows with dark text pixels in the box: the height of the ink of a line of text."""
    rows = [
        y
        for y in range(top, min(image.height(), top + height))
        if any(
            QColor(image.pixel(x, y)).lightness() < 80
            for x in range(left, min(image.width(), left + width))
        )
    ]
    return rows[-1] - rows[0] + 1 if rows else 0


def measured_line_height(presenter: PresenterWindow, shown: CaptureWall) -> float:
    """The note text's line height as drawn, checked against the rendered pixels: every
    shown note is whole on the wall, below the header, and the first line's ink is as
    tall as that type draws it."""
    font = shown.body_font()
    metrics = QFontMetricsF(font)
    scale = shown.layout_result.scale
    line_height = metrics.height() * scale
    picture = presenter.grab().toImage()
    header_bottom = presenter.header.geometry().bottom()
    pad = shown.layout_result.padding * scale
    inks: list[int] = []
    for rect in shown.note_rects().values():
        origin = shown.mapTo(presenter, QPoint(round(rect.x()), round(rect.y())))
        assert origin.y() > header_bottom  # the header never covers a note
        assert origin.x() >= 0 and origin.x() + rect.width() <= presenter.width() + 1
        assert origin.y() + rect.height() <= presenter.height() + 1
        ink = ink_height(
            picture,
            round(origin.x() + pad),
            round(origin.y() + pad),
            round(rect.width() - 2 * pad),
            round(metrics.lineSpacing() * scale),
        )
        inks.append(ink)
    assert len(inks) == len(shown.note_rects()) > 0
    # Every first line shows at least its lower-case letters (x-height), and a line with
    # capitals and descenders spans most of the line height: the type is drawn that size.
    assert min(inks) >= 0.4 * line_height, (min(inks), line_height)
    assert max(inks) >= 0.75 * line_height, (max(inks), line_height)
    return line_height


def note_ids(window: MainWindow) -> list[int]:
    board_id = window.controller.current_board_id
    assert board_id is not None
    return [n.id for n in window.controller.data.notes_on(board_id) if not n.parked]


def test_note_text_on_the_fitted_demo_board_at_1080p(qtbot: Any, demo_en: MainWindow) -> None:
    window = demo_en
    presenter = projector(qtbot, window)
    shown = fitted_wall(qtbot, window, presenter)
    count = len(shown.note_rects())
    assert count == len(note_ids(window)) == 44  # fitted: every note of the board
    assert measured_line_height(presenter, shown) >= wall.target_line_px(count)
    # The same for every note: one text size on the whole wall.
    assert len({round(r.width(), 2) for r in shown.note_rects().values()}) == 1

    # Up to 40 notes: at least 28 px.
    controller = window.controller
    assert controller.edit("delete", edits.delete_notes(controller.data, note_ids(window)[-4:]))
    shown = fitted_wall(qtbot, window, presenter)
    assert len(shown.note_rects()) == 40
    assert measured_line_height(presenter, shown) >= 28

    # A hundred notes, fitted: at least 20 px. The added ones repeat the demo's texts.
    board_id = controller.current_board_id
    assert board_id is not None
    texts = [n.text for n in controller.data.notes_on(board_id)]
    for index in range(60):
        data = controller.data
        x, y = edits.next_note_position(data, board_id)
        assert controller.edit(
            "add", edits.add_note(data, board_id, texts[index % len(texts)], x=x, y=y)
        )
    shown = fitted_wall(qtbot, window, presenter)
    assert len(shown.note_rects()) == 100
    assert measured_line_height(presenter, shown) >= 20


def test_the_wall_shows_what_the_console_shows(qtbot: Any, demo_en: MainWindow) -> None:
    window = demo_en
    presenter = projector(qtbot, window)
    shown = fitted_wall(qtbot, window, presenter)
    everything = shown.shown_body_px()
    board = window.current_board_widget()
    assert isinstance(board, CaptureBoard)
    cluster = next(iter(board.scene.clusters.values()))
    board.view.fitInView(cluster.sceneBoundingRect())
    qtbot.wait(20)
    presenter.sync_view()
    inside = {
        note_id
        for note_id, item in board.scene.notes.items()
        if cluster.sceneBoundingRect().contains(item.sceneBoundingRect())
    }
    # Zoomed in on one cluster: its notes, larger (and the selection never shows).
    assert inside <= set(shown.note_rects()) < set(note_ids(window))
    assert shown.shown_body_px() > everything
    # An edit shows on the wall at once.
    first = min(inside)
    controller = window.controller
    assert controller.edit("edit", edits.update_note(controller.data, first, text="Renamed idea"))
    qtbot.wait(20)
    assert any(
        note.text == "Renamed idea"
        for block in shown.block_notes
        if isinstance(block, list)
        for note in block
    )


CX_KINDS = {model.BoardKind.STRATEGY, model.BoardKind.JOURNEY, model.BoardKind.SCENARIOS}


def every_stage_agenda(data: model.WorkshopData, kinds: set[model.BoardKind]) -> Agenda:
    steps: list[AgendaStep] = []
    for board in sorted(data.boards, key=lambda b: b.position):
        if board.kind not in kinds:
            continue
        for stage in STAGES.get(board.kind, ("",)):
            title = f"{board.title} {stage}".strip()
            steps.append(AgendaStep(board.kind.value, title, title, "", "", 5, "", stage))
    return Agenda("every-stage", "Every stage", "Каждый этап", steps=tuple(steps))


def console_controls(page: QWidget, presenter: PresenterWindow) -> list[str]:
    return [
        f"{type(w).__name__} {w.objectName()} {getattr(w, 'text', lambda: '')()!r}"
        for w in page.findChildren(QWidget)
        if isinstance(w, CONSOLE_ONLY) and w.isVisibleTo(presenter)
    ]


@pytest.mark.slow
@pytest.mark.parametrize("language", ["en", "ru"])
def test_no_console_control_on_the_projector_in_any_exercise_or_stage(
    qtbot: Any, qsettings: Any, tmp_path: Path, language: str
) -> None:
    walk_every_stage(qtbot, tmp_path, language, set(model.BoardKind) - CX_KINDS)


@pytest.mark.parametrize("language", ["en", "ru"])
def test_cx_boards_on_the_projector_are_labels_in_large_type_that_fit(
    qtbot: Any, qsettings: Any, tmp_path: Path, language: str
) -> None:
    pages = walk_every_stage(qtbot, tmp_path, language, CX_KINDS)
    assert {type(page) for page in pages} == {
        StrategyProjectorView,
        JourneyProjectorView,
        ScenarioProjectorView,
    }
    for page in pages:
        assert isinstance(page, CxProjectorView)
        name = type(page).__name__
        assert not page.findChildren(QAbstractScrollArea), name
        texts = [
            label
            for label in page.findChildren(QLabel)
            if label.isVisibleTo(page) and label.text().strip()
        ]
        assert texts, name
        # Body text of at least 24 px at 1920×1080, the title larger than any other text.
        assert page.body_px() >= 24, (name, page.body_px())
        sizes = [label.font().pixelSize() for label in texts]
        assert min(sizes) >= 24, (name, min(sizes))
        assert page.title.font().pixelSize() == max(sizes) > page.body_px(), name
        # Every text as tall as its wrapped lines: nothing drawn over its neighbour.
        assert page.squeezed() == [], name
        # Everything inside the window: nothing cut off on the right or at the bottom.
        for label in texts:
            corner = label.mapTo(page, QPoint(label.width(), label.height()))
            assert corner.x() <= page.width() and corner.y() <= page.height(), (
                name,
                label.text(),
            )


def test_cx_projector_text_scales_with_the_window(
    qtbot: Any, qsettings: Any, tmp_path: Path
) -> None:
    window = demo_window(qtbot, tmp_path, "en")
    try:
        controller = window.controller
        board = next(b for b in controller.data.boards if b.kind is model.BoardKind.STRATEGY)
        view = StrategyProjectorView(controller, board.id)
        qtbot.addWidget(view)
        view.resize(1920, 1080)
        view.show()
        qtbot.waitExposed(view)
        large = view.body_px()
        view.resize(960, 540)
        qtbot.wait(20)
        assert view.body_px() <= large / 2 + 1
        view.resize(1920, 1080)
        qtbot.wait(20)
        assert view.body_px() == large
        # The journey map in a 1280×720 projector window: whole cards, none over another.
        board = next(b for b in controller.data.boards if b.kind is model.BoardKind.JOURNEY)
        journey = JourneyProjectorView(controller, board.id)
        qtbot.addWidget(journey)
        journey.resize(1280, 720 - 120)  # below the projector's header
        journey.show()
        qtbot.waitExposed(journey)
        qtbot.wait(20)
        assert journey.squeezed() == []
        assert journey.body_px() >= 16
    finally:
        controller.close()


def walk_every_stage(
    qtbot: Any, tmp_path: Path, language: str, kinds: set[model.BoardKind]
) -> list[QWidget]:
    """Every stage of every board of `kinds` on the projector; the pages shown."""
    window = demo_window(qtbot, tmp_path, language)
    try:
        room = window.room
        agenda = every_stage_agenda(window.controller.data, kinds)
        assert room.agenda_panel.set_agenda(agenda, 0)
        presenter = projector(qtbot, window)
        visited: set[model.BoardKind] = set()
        pages: list[QWidget] = []
        for index, step in enumerate(agenda.steps):
            if index:
                room.next_step_action.trigger()
            qtbot.wait(20)
            page = presenter.stack.currentWidget()
            assert page is not presenter.empty_page, step.title_en
            # Every exercise has a view of its own, never a picture of the console.
            assert not (isinstance(page, QLabel) and page.objectName() == "presenterPicture")
            assert console_controls(page, presenter) == [], step.title_en
            assert not console_controls(presenter.header, presenter)
            board = window.controller.data.board(window.controller.current_board_id or 0)
            assert board is not None
            visited.add(board.kind)
            if page not in pages:
                pages.append(page)
        assert visited == {b.kind for b in window.controller.data.boards} & kinds
        return pages
    finally:
        if window.room.presenter is not None:
            window.room.presenter.close()
        window.controller.close()
