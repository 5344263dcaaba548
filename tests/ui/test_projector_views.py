"""What the room sees at 1920×1080: note text measured on the rendered capture wall, and no
console control on the projector in any exercise or stage."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QSettings
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter
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
from app.ui import theme
from app.ui.board.capture import CaptureBoard
from app.ui.exercises.cx_projector import (
    CxProjectorView,
    JourneyProjectorView,
    ScenarioProjectorView,
    StrategyProjectorView,
)
from app.ui.exercises.prioritise_projector import PrioritiseProjectorView
from app.ui.exercises.reverse import COMPACT_CHALLENGE_PX, ReverseBoardWidget
from app.ui.exercises.reverse_common import (
    CARD_TEXT_PX,
    LANE_TITLE_PX,
    MIN_CHIP_PX,
    PROJECTOR_STEP_PX,
    PROJECTOR_TYPE,
)
from app.ui.exercises.value_prop_projector import ValueProjectorView
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


def cap_ink(image: QImage, left: int, top: int, width: int, height: int) -> int:
    """The ink height of a glyph in the box: rows with dark pixels, first to last."""
    return ink_height(image, left, top, width, height)


def reference_cap_height(letter: str, pixel_size: float) -> int:
    """`letter` drawn alone in note type of `pixel_size`: the height of its ink."""
    font = theme.pixel_font(1)
    font.setPixelSize(max(1, round(pixel_size)))
    side = round(pixel_size * 3)
    image = QImage(side, side, QImage.Format.Format_RGB32)
    image.fill(QColor("#FFFFFF"))
    painter = QPainter(image)
    painter.setFont(font)
    painter.setPen(QColor("#111111"))
    painter.drawText(round(pixel_size * 0.5), round(pixel_size * 2), letter)
    painter.end()
    return ink_height(image, 0, 0, side, side)


def measured_text_px(presenter: PresenterWindow, shown: CaptureWall) -> float:
    """The note text's pixel size as the room sees it (type size × the wall's scale),
    checked against the rendered pixels: every shown note is whole on the wall, below the
    header, and the capital letter that starts a note is as tall in ink as that letter
    drawn alone at that size."""
    scale = shown.layout_result.scale
    size = shown.layout_result.body_px * scale
    metrics = QFontMetricsF(shown.body_font())
    picture = presenter.grab().toImage()
    header_bottom = presenter.header.geometry().bottom()
    pad = shown.layout_result.padding * scale
    capitals = 0
    texts = {n.note_id: n.text for b in shown.block_notes if isinstance(b, list) for n in b}
    for note_id, rect in shown.note_rects().items():
        origin = shown.mapTo(presenter, QPoint(round(rect.x()), round(rect.y())))
        assert origin.y() > header_bottom  # the header never covers a note
        assert origin.x() >= 0 and origin.x() + rect.width() <= presenter.width() + 1
        assert origin.y() + rect.height() <= presenter.height() + 1
        first = texts[note_id][:1]
        if not first.isupper() or first in "QJЙЁДЦЩ":  # no descender, no mark above
            continue
        ink = cap_ink(
            picture,
            round(origin.x() + pad),
            round(origin.y() + pad),
            max(1, round(metrics.horizontalAdvance(first) * scale)),
            round(metrics.lineSpacing() * scale),
        )
        assert ink >= reference_cap_height(first, size) - 1, (texts[note_id], ink, size)
        capitals += 1
    assert capitals >= len(shown.note_rects()) // 2  # most notes start with a capital
    return size


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
    assert measured_text_px(presenter, shown) >= wall.target_body_px(count)
    # The same for every note: one text size on the whole wall.
    assert len({round(r.width(), 2) for r in shown.note_rects().values()}) == 1

    # Up to 40 notes: at least 28 px.
    controller = window.controller
    assert controller.edit("delete", edits.delete_notes(controller.data, note_ids(window)[-4:]))
    shown = fitted_wall(qtbot, window, presenter)
    assert len(shown.note_rects()) == 40
    assert measured_text_px(presenter, shown) >= 28

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
    # The type itself, as drawn, is at least 20 px.
    size = measured_text_px(presenter, shown)
    assert size >= wall.TARGET_MANY_PX == 20, (size, shown.layout_result.fits, shown.height())


def test_vote_badges_keep_a_margin_of_their_own(qtbot: Any, demo_en: MainWindow) -> None:
    window = demo_en
    presenter = projector(qtbot, window)
    shown = fitted_wall(qtbot, window, presenter)
    parts = shown.note_parts()
    badged = [(rect, text, badge) for rect, text, badge in parts.values() if badge is not None]
    assert len(badged) >= 5  # the demo's voted ideas
    margin = wall.BADGE_MARGIN_EMS * shown.shown_body_px() - 1
    for rect, text, badge in badged:
        assert rect.contains(badge)  # inside its own note, never over the next one
        assert badge.top() - text.bottom() >= margin, (badge, text)
    for _rect, _text, badge in parts.values():
        for other, _t, _b in parts.values():
            if badge is not None and other is not _rect:
                assert not other.intersects(badge)


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
    # An edit shows on the wall moments later (a burst of edits makes one update).
    first = min(inside)
    controller = window.controller
    assert controller.edit("edit", edits.update_note(controller.data, first, text="Renamed idea"))
    assert shown.pending()
    qtbot.waitUntil(lambda: not shown.pending(), timeout=2000)
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


def large_type_problems(page: CxProjectorView, least_px: int) -> list[str]:
    """What keeps a projector page from reading from the back of the room: text under
    `least_px`, a title no larger than the body, text drawn over its neighbour (a wrapped
    name cut to fewer lines), or text outside the page."""
    name = type(page).__name__
    problems: list[str] = []
    texts = [
        label for label in page.findChildren(QLabel) if label.isVisibleTo(page) and label.text()
    ]
    if not texts:
        return [f"{name}: no text"]
    sizes = [label.font().pixelSize() for label in texts]
    if min(sizes) < least_px:
        small = [label.text()[:30] for label in texts if label.font().pixelSize() < least_px]
        problems.append(f"{name}: {min(sizes)} px text {small[:3]}")
    if not page.title.font().pixelSize() == max(sizes) > page.body_px():
        problems.append(f"{name}: the title is not the largest text")
    problems += [f"{name}: squeezed {label.text()[:40]!r}" for label in page.squeezed()]
    for label in texts:
        corner = label.mapTo(page, QPoint(label.width(), label.height()))
        if corner.x() > page.width() or corner.y() > page.height():
            problems.append(f"{name}: outside the page {label.text()[:40]!r}")
    return problems


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
        assert not page.findChildren(QAbstractScrollArea), type(page).__name__
        assert large_type_problems(page, 24) == []


STAGED_KINDS = {model.BoardKind.PRIORITISE, model.BoardKind.VALUE}


@pytest.mark.parametrize("language", ["en", "ru"])
def test_every_stage_of_prioritisation_and_value_has_its_own_projector_view(
    qtbot: Any, qsettings: Any, tmp_path: Path, language: str
) -> None:
    """Each stage shows what the room reads at that stage, in type of at least 28 px at
    1920×1080, every name whole (also two-line names in a 1280×720 projector window)."""
    seen: dict[str, str] = {}

    def judge(page: QWidget, stage: str, presenter: PresenterWindow) -> None:
        assert isinstance(page, PrioritiseProjectorView | ValueProjectorView), stage
        assert page.stage == stage
        assert not page.findChildren(QAbstractScrollArea)
        for size in ((1920, 1080), (1280, 720)):
            presenter.resize(*size)
            qtbot.wait(30)
            qtbot.wait(50)  # the page fits itself after a resize (no call from here)
            # A 1280×720 window shows the page scaled (two thirds), a little smaller still
            # where that keeps every name whole.
            least = 28 if size[0] == 1920 else 14
            assert large_type_problems(page, least) == [], (stage, size)
        presenter.resize(1920, 1080)
        qtbot.wait(20)
        texts = " | ".join(label.text() for label in page.findChildren(QLabel) if label.text())
        seen[f"{type(page).__name__} {stage}"] = texts

    walk_every_stage(qtbot, tmp_path, language, STAGED_KINDS, judge)
    stages = {f"PrioritiseProjectorView {s}" for s in STAGES[model.BoardKind.PRIORITISE]}
    stages |= {f"ValueProjectorView {s}" for s in STAGES[model.BoardKind.VALUE]}
    assert set(seen) == stages
    # Each stage shows something of its own, not the same page under another title.
    assert len(set(seen.values())) == len(seen)


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
        assert journey.squeezed() == []  # every card whole, none cut by its frame
        assert journey.body_px() >= 14
    finally:
        controller.close()


def walk_every_stage(
    qtbot: Any,
    tmp_path: Path,
    language: str,
    kinds: set[model.BoardKind],
    judge: Callable[[QWidget, str, PresenterWindow], None] | None = None,
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
            # A page may still be laying itself out for the new step: wait for it to settle.
            if console_controls(page, presenter):
                try:
                    qtbot.waitUntil(
                        partial(lambda p: console_controls(p, presenter) == [], page),
                        timeout=2000,
                    )
                except qtbot.TimeoutError:
                    assert console_controls(page, presenter) == [], step.title_en
            assert not console_controls(presenter.header, presenter)
            board = window.controller.data.board(window.controller.current_board_id or 0)
            assert board is not None
            visited.add(board.kind)
            if judge is not None:
                judge(page, step.stage, presenter)
            if page not in pages:
                pages.append(page)
        assert visited == {b.kind for b in window.controller.data.boards} & kinds
        return pages
    finally:
        if window.room.presenter is not None:
            window.room.presenter.close()
        window.controller.close()


def test_good_bad_step_chips_read_from_the_back_of_the_room(
    qtbot: Any, demo_en: MainWindow
) -> None:
    window = demo_en
    controller = window.controller
    board = next(b for b in controller.data.boards if b.kind is model.BoardKind.REVERSE)
    console = window.select_board(board.id)
    assert isinstance(console, ReverseBoardWidget)
    wall_view = ReverseBoardWidget.projector_view(controller, board.id, None)
    assert isinstance(wall_view, ReverseBoardWidget)
    qtbot.addWidget(wall_view)
    wall_view.resize(1920, 930)
    wall_view.show()
    qtbot.waitExposed(wall_view)
    qtbot.wait(20)
    for widget, least in ((wall_view, 28), (console, 18)):
        for chip in widget.step_labels.values():
            ink = chip.fontMetrics()
            assert chip.font().pixelSize() >= least
            # Padded around its text: the chip is clearly taller than a line of it.
            assert chip.height() >= ink.height() + least // 2, (chip.text(), chip.height())
            assert chip.width() >= ink.horizontalAdvance(chip.text()) + least
    # A 1280×720 projector window: the chips scale down with it and stay whole.
    wall_view.resize(1280, 610)
    qtbot.wait(20)
    for chip in wall_view.step_labels.values():
        assert chip.font().pixelSize() >= 18
        assert chip.width() >= chip.fontMetrics().horizontalAdvance(chip.text()) + 18
        assert chip.mapTo(wall_view, QPoint(chip.width(), 0)).x() <= wall_view.width()


def good_bad_type_sizes(page: ReverseBoardWidget) -> dict[str, int]:
    """The pixel sizes of the good/bad projector's challenge, step chips, lane titles and
    card backs, as drawn (the least of each)."""
    backs = [
        label.font().pixelSize()
        for lane in page.lanes.values()
        for card in lane.cards.values()
        for label in card.findChildren(QLabel)
        if card.face_down
    ]
    assert backs
    return {
        "challenge": page.challenge_label.font().pixelSize(),
        "chip": min(chip.font().pixelSize() for chip in page.step_labels.values()),
        "lane": min(lane.header.font().pixelSize() for lane in page.lanes.values()),
        "card": min(backs),
    }


@pytest.mark.parametrize(
    "size", [(817, 460), (1280, 720), (1920, 1080)], ids=["817x460", "1280x720", "1920x1080"]
)
def test_good_bad_projector_scales_to_its_window_and_shows_the_lanes(
    qtbot: Any, themed_app: Any, qsettings: Any, tmp_path: Path, size: tuple[int, int]
) -> None:
    """A small projector window (a window on the console's screen) never widens itself for
    the good/bad board, and the parked ideas never push the lanes out of view; the shown
    parked best ideas are face up even while the lanes' cards are still face down."""
    window = demo_window(qtbot, tmp_path, "en")
    try:
        controller = window.controller
        board = next(b for b in controller.data.boards if b.kind is model.BoardKind.REVERSE)
        window.select_board(board.id)
        presenter = projector(qtbot, window)
        presenter.resize(*size)
        qtbot.wait(40)
        page = presenter.stack.currentWidget()
        assert isinstance(page, ReverseBoardWidget) and page.projector_mode
        width = size[0]
        assert page.minimumSizeHint().width() <= width
        assert presenter.minimumSizeHint().width() <= width
        # Nothing asks for more height than the window gives the board: a window manager
        # has no reason to grow a small projector window.
        assert page.minimumSizeHint().height() <= page.height() <= size[1]
        assert page.sizeHint().height() <= size[1]
        current = page.current_round()
        assert current is not None
        if not current.face_down:
            page.session.toggle_face_down()
            qtbot.wait(20)
        sizes = good_bad_type_sizes(page)
        if size == (1920, 1080):
            # The full-size projector keeps the sizes chosen for the back of the room.
            assert sizes["challenge"] >= COMPACT_CHALLENGE_PX
            assert sizes["chip"] >= PROJECTOR_STEP_PX
            assert sizes["lane"] >= LANE_TITLE_PX
            assert sizes["card"] >= round(CARD_TEXT_PX * PROJECTOR_TYPE)  # 28 px
        else:
            # Smaller in a small window, in proportion, and still readable.
            assert sizes["chip"] < PROJECTOR_STEP_PX
            assert sizes["lane"] < LANE_TITLE_PX
            assert sizes["card"] < round(CARD_TEXT_PX * PROJECTOR_TYPE)
            assert min(sizes.values()) >= MIN_CHIP_PX
        inside = presenter.rect()
        for lane in page.lanes.values():
            seen = lane.visibleRegion().boundingRect()
            assert seen.height() >= 40, seen  # the room sees the lanes, not only a sliver
            place = seen.translated(lane.mapTo(presenter, QPoint(0, 0)))
            assert inside.contains(place), (place, inside)
        strip = page.parked_scroll
        if page.parked_panel.strip:
            assert strip.height() <= max(60, page.height() // 4)
        # The reveal with the lanes still face down: the parked best ideas shown again by
        # the facilitator are face up, their text readable.
        current = page.current_round()
        assert current is not None and current.show_parked
        if not current.face_down:
            page.session.toggle_face_down()
            qtbot.wait(20)
        assert all(card.face_down for lane in page.lanes.values() for card in lane.cards.values())
        parked = page.parked_panel.cards
        assert parked and not any(card.face_down for card in parked.values())
        assert all(card.text_label is not None for card in parked.values())
    finally:
        if window.room.presenter is not None:
            window.room.presenter.close()
        window.controller.close()
