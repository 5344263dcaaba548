"""The good idea / bad idea board driven like a facilitator drives it, and its step timer."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt loads, if no conftest did

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QPropertyAnimation, Qt
from PySide6.QtGui import QAction, QDropEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu

from app.domain import model, reverse, reverse_flow
from app.domain.reverse import ReverseStep
from app.services import WorkshopFile
from app.ui import theme
from app.ui.board.registry import BOARD_CLASSES
from app.ui.controller import Controller
from app.ui.exercises import reverse as reverse_board
from app.ui.exercises.reverse import (
    NOTE_MIME,
    ReverseBoardWidget,
    ReverseCard,
    TeamLane,
)
from app.ui.screenshots import reverse_screenshots
from app.ui.timer_widget import (
    FINISHED_COLOR,
    LAST_MINUTE_COLOR,
    NORMAL_COLOR,
    TimerWidget,
)
from app.ui.voters import select_voter
from tests.ui.helpers import press_key, type_text

BOARD = 1
TEAMS = ((1, "Sun", "#FFD54F"), (2, "Sky", "#81D4FA"), (3, "Leaf", "#A5D6A7"))


class FakeClock:
    """Monotonic seconds that only move when the test says so."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def reverse_path(tmp_path: Path) -> Path:
    path = tmp_path / "reverse.pointb"
    workshop = model.Workshop(
        title="Micro-loans", challenge="How might we help people repay on time?", language="en"
    )
    workshop_file = WorkshopFile.create(path, workshop)
    try:
        entities: list[Any] = [model.Team(i, name, color, i - 1) for i, name, color in TEAMS]
        entities.append(model.Board(BOARD, model.BoardKind.REVERSE, "Good idea / bad idea", 0))
        entities += [model.Participant(1, "Anna", 1), model.Participant(2, "Boris", 2)]
        workshop_file.import_entities("setup", entities)
    finally:
        workshop_file.close()
    return path


@pytest.fixture
def reverse_controller(qtbot: Any, reverse_path: Path) -> Iterator[Controller]:
    controller = Controller()
    controller.adopt(WorkshopFile.open(reverse_path))
    yield controller
    controller.close()


def make_widget(
    qtbot: Any, controller: Controller, clock: FakeClock | None = None, **options: Any
) -> ReverseBoardWidget:
    widget = ReverseBoardWidget(controller, BOARD, clock=clock or FakeClock(), **options)
    qtbot.addWidget(widget)
    widget.resize(1600, 1000)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def click(qtbot: Any, button: Any) -> None:
    QApplication.processEvents()  # widgets added to a shown layout appear from the event loop
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_and_enter(entry: QLineEdit, text: str) -> None:
    entry.setFocus()
    type_text(entry, text)
    press_key(entry, Qt.Key.Key_Return)
    QApplication.processEvents()


def current_round(controller: Controller) -> reverse.ReverseRound:
    found = reverse_flow.find_round(controller.data, BOARD)
    assert found is not None
    return found


def board_notes(controller: Controller, role: model.NoteRole) -> list[model.Note]:
    return reverse_flow.ideas(controller.data, BOARD, role)


def receiving_team(controller: Controller, bad_note_id: int) -> int:
    return reverse.deal_map(reverse_flow.deals_on(controller.data, BOARD))[bad_note_id]


def menu_action(menu: QMenu, text: str) -> QAction:
    for action in menu.actions():
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            found = [a for a in submenu.actions() if a.text() == text]
            if found:
                return found[0]
        if action.text() == text:
            return action
    raise AssertionError(f"no menu entry {text!r}")


def drop_on(lane: TeamLane, note_id: int) -> None:
    """What releasing a dragged card over a lane delivers.

    QDrag.exec needs a real mouse, and QApplication drops drag events that arrive without a
    drag in progress, so the event goes straight to the lane's event handler.
    """
    mime = QMimeData()
    mime.setData(NOTE_MIME, str(note_id).encode("ascii"))
    event = QDropEvent(
        QPointF(lane.rect().center()),
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    assert lane.event(event)
    assert event.isAccepted()


def shown_step(widget: ReverseBoardWidget) -> ReverseStep | None:
    return widget._shown_step


# --- the whole round through the GUI, then undone ----------------------------------------
def test_a_whole_round_through_the_board_and_undo_walks_back_to_the_start(
    qtbot: Any, reverse_controller: Controller, reverse_path: Path, monkeypatch: Any
) -> None:
    # The flights run on the wall clock: at 700 ms a loaded machine could land them inside
    # the click that launched them, before the test looks. A minute never ends by itself
    # here; the test lands them.
    monkeypatch.setattr(reverse_board, "SET_ASIDE_ANIMATION_MS", 60_000)
    controller = reverse_controller
    widget = make_widget(qtbot, controller)
    assert BOARD_CLASSES[model.BoardKind.REVERSE] is ReverseBoardWidget
    steps_seen: list[int] = []
    widget.step_changed.connect(steps_seen.append)

    # Set-up: one team is not enough, and the board says why.
    setup = widget.setup_page
    assert widget.pages.currentWidget() is setup
    assert setup.challenge_edit.text() == "How might we help people repay on time?"
    for team_id in (2, 3):
        setup.team_boxes[team_id].setChecked(False)
    assert "at least two teams" in setup.warning.text()
    click(qtbot, setup.start_button)
    assert reverse_flow.find_round(controller.data, BOARD) is None
    assert "at least two teams" in widget.message()
    for team_id in (2, 3):
        setup.team_boxes[team_id].setChecked(True)
    setup.challenge_edit.clear()
    type_text(setup.challenge_edit, "Как помочь платить вовремя?")
    click(qtbot, setup.start_button)
    started = current_round(controller)
    assert (started.step, started.team_ids) == (ReverseStep.WRITE, [1, 2, 3])
    assert started.challenge == "Как помочь платить вовремя?"
    assert widget.challenge_label.text() == "Как помочь платить вовремя?"
    assert widget.timer.text() == "05:00"  # the write step's timer

    # Write: each team types its best and worst idea (one in Cyrillic) and presses Enter.
    ideas = {
        1: ("Pay in two taps from the bank app", "Make people travel to head office"),
        2: ("Autopay at signing", "Charge a fee for paying on time"),
        3: ("Shops take payments at the till", "Платить только по почте"),
    }
    for team_id, (good, bad) in ideas.items():
        lane = widget.lane(team_id)
        type_and_enter(lane.good_entry, good)
        type_and_enter(lane.bad_entry, bad)
        assert lane.good_entry.text() == "" and lane.bad_entry.text() == ""
    goods = board_notes(controller, model.NoteRole.GOOD)
    bads = board_notes(controller, model.NoteRole.BAD)
    assert [(n.team_id, n.text) for n in goods] == [(t, ideas[t][0]) for t in (1, 2, 3)]
    assert [(n.team_id, n.text) for n in bads] == [(t, ideas[t][1]) for t in (1, 2, 3)]
    assert set(widget.lane(3).cards) == {goods[2].id, bads[2].id}

    # Set aside: the good ideas are parked in the same step; the parking area counts them.
    click(qtbot, widget.next_button)
    assert widget.animating  # the good cards glide into the parking area
    assert current_round(controller).step == ReverseStep.SET_ASIDE
    assert all(n.parked for n in board_notes(controller, model.NoteRole.GOOD))
    assert widget.parked_scroll.isVisible()
    assert "3 good ideas set aside" in widget.parked_panel.stack.text()
    assert all(
        card.role != model.NoteRole.GOOD
        for lane in widget.lanes.values()
        for card in lane.cards.values()
    )
    flights = widget.findChildren(QPropertyAnimation)
    assert flights
    for flight in flights:
        flight.setCurrentTime(flight.totalDuration())  # lands it: `finished` fires
    assert not widget.animating

    # Deal: every team gets another team's bad idea, said in plain words.
    click(qtbot, widget.next_button)
    dealt = current_round(controller)
    assert dealt.step == ReverseStep.DEAL and dealt.seed != 0
    deals = reverse_flow.deals_on(controller.data, BOARD)
    assert len(deals) == 3 and all(d.to_team_id != d.from_team_id for d in deals)
    assert widget.deal_panel.isVisible()
    assert len(widget.deal_panel.lines) == 3
    for deal in deals:
        assert deal.bad_note_id in widget.lane(deal.to_team_id).cards

    # A hand move back to the writing team is refused, by menu and by drag, with the reason.
    sun_bad = bads[0].id
    holder = receiving_team(controller, sun_bad)
    menu = widget.card_menu(sun_bad)
    menu_action(menu, "Sun").trigger()
    assert "cannot receive its own bad idea" in widget.message()
    assert receiving_team(controller, sun_bad) == holder
    widget.clear_message()
    drop_on(widget.lane(1), sun_bad)
    assert "cannot receive its own bad idea" in widget.message()
    assert receiving_team(controller, sun_bad) == holder

    # Re-deal: a new seed and a new deal, in one undo step; then a valid hand move by drag.
    before = reverse.deal_map(reverse_flow.deals_on(controller.data, BOARD))
    click(qtbot, widget.deal_panel.redeal_button)
    assert current_round(controller).seed != dealt.seed
    assert reverse.deal_map(reverse_flow.deals_on(controller.data, BOARD)) != before
    assert widget.message() == ""
    holder = receiving_team(controller, sun_bad)
    other = next(t for t in (2, 3) if t != holder)
    drop_on(widget.lane(other), sun_bad)
    assert receiving_team(controller, sun_bad) == other
    assert sun_bad in widget.lane(other).cards

    # Transform: each lane builds solutions from the bad idea it received.
    click(qtbot, widget.next_button)
    assert current_round(controller).step == ReverseStep.TRANSFORM
    assert widget.timer.text() == "12:00"
    written: dict[int, int] = {}  # bad note id -> solutions typed
    for team_id in (1, 2, 3):
        lane = widget.lane(team_id)
        for received in reverse_flow.received_ideas(controller.data, BOARD, team_id):
            entry = lane.solution_entries[received.id]
            type_and_enter(entry, f"Solution by {team_id}")
            # The entry survives the refresh that shows the new card: type straight on.
            assert lane.solution_entries[received.id] is entry
            type_and_enter(entry, "Кешбэк за оплату вовремя")
            written[received.id] = 2
    solutions = board_notes(controller, model.NoteRole.SOLUTION)
    assert len(solutions) == sum(written.values())
    for solution in solutions:
        assert solution.source_note_id in written
        assert solution.team_id == receiving_team(controller, solution.source_note_id)
    assert "Кешбэк за оплату вовремя" in {s.text for s in solutions}

    # Reveal: turn the cards over, show the parked good ideas, vote and promote.
    click(qtbot, widget.next_button)
    assert current_round(controller).step == ReverseStep.REVEAL
    assert not widget.next_button.isVisible()
    click(qtbot, widget.reveal_button)
    assert not current_round(controller).face_down
    click(qtbot, widget.parked_panel.toggle)
    assert current_round(controller).show_parked
    assert set(widget.parked_panel.cards) == {n.id for n in goods}

    assert select_voter(widget.voter_combo, model.VoterKind.TEAM, 2)  # Team Sky
    voted = solutions[0]
    card = widget.card(voted.id)
    assert isinstance(card, ReverseCard) and card.plus_button is not None
    click(qtbot, card.plus_button)
    votes = [v for v in controller.data.votes if v.note_id == voted.id]
    assert [(v.voter_kind, v.voter_id, v.count) for v in votes] == [(model.VoterKind.TEAM, 2, 1)]
    assert "dots left" in widget.budget_label.text()
    card = widget.card(voted.id)
    assert card is not None and card.dots_label is not None and "●" in card.dots_label.text()

    good_card = widget.card(goods[1].id)
    solution_card = widget.card(voted.id)
    assert good_card is not None and good_card.pick_box is not None
    assert solution_card is not None and solution_card.pick_box is not None
    solution_card.pick_box.setChecked(True)
    good_card.pick_box.setChecked(True)
    assert widget.promote_button.text().endswith("(2)")
    click(qtbot, widget.promote_button)
    candidates = {c.note_id: c for c in controller.data.candidates}
    assert set(candidates) == {voted.id, goods[1].id}
    assert any(b.kind == model.BoardKind.PRIORITISE for b in controller.data.boards)
    assert widget.picked == set()

    # The file on disk holds the same round (opened a second time, read-only).
    reopened = WorkshopFile.open(reverse_path, read_only=True)
    try:
        stored = reverse_flow.round_of(reopened.data, BOARD)
        assert stored == current_round(controller)
        assert reverse_flow.deals_on(reopened.data, BOARD) == reverse_flow.deals_on(
            controller.data, BOARD
        )
        assert sorted(n.id for n in reopened.data.notes) == sorted(
            n.id for n in controller.data.notes
        )
        assert {c.note_id for c in reopened.data.candidates} == set(candidates)
        assert len(reopened.data.votes) == 1
    finally:
        reopened.close()
    assert steps_seen == [2, 3, 4, 5, 6]

    # Undo walks back every step, the deal included, to the empty set-up page.
    stack = controller.undo_stack
    seen_steps = []
    while stack.canUndo():
        stack.undo()
        found = reverse_flow.find_round(controller.data, BOARD)
        step = found.step if found else ReverseStep.SETUP
        assert shown_step(widget) == step  # the board follows every undo
        seen_steps.append(step)
        if found is not None and found.step == ReverseStep.SET_ASIDE:
            assert reverse_flow.deals_on(controller.data, BOARD) == []  # the deal is undone
    assert ReverseStep.DEAL in seen_steps and ReverseStep.SET_ASIDE in seen_steps
    assert reverse_flow.find_round(controller.data, BOARD) is None
    assert controller.data.notes == [] and controller.data.deals == []
    assert controller.data.votes == [] and controller.data.candidates == []
    assert widget.pages.currentWidget() is widget.setup_page


def test_next_and_back_are_undoable_step_changes(
    qtbot: Any, reverse_controller: Controller
) -> None:
    controller = reverse_controller
    widget = make_widget(qtbot, controller)
    click(qtbot, widget.setup_page.start_button)
    for team_id in (1, 2, 3):
        type_and_enter(widget.lane(team_id).bad_entry, f"bad {team_id}")
    widget.animations_enabled = False
    click(qtbot, widget.next_button)
    click(qtbot, widget.next_button)
    assert current_round(controller).step == ReverseStep.DEAL
    deal = reverse_flow.deals_on(controller.data, BOARD)
    count = controller.undo_stack.count()
    click(qtbot, widget.back_button)
    assert current_round(controller).step == ReverseStep.SET_ASIDE
    assert controller.undo_stack.count() == count + 1
    assert reverse_flow.deals_on(controller.data, BOARD) == deal  # Back loses nothing
    controller.undo_stack.undo()
    assert current_round(controller).step == ReverseStep.DEAL
    assert shown_step(widget) == ReverseStep.DEAL


def test_writing_refusals_show_their_message(qtbot: Any, reverse_controller: Controller) -> None:
    controller = reverse_controller
    widget = make_widget(qtbot, controller)
    click(qtbot, widget.setup_page.start_button)
    type_and_enter(widget.lane(1).bad_entry, "only one")
    click(qtbot, widget.next_button)
    assert "Sky has no bad idea yet" in widget.message()
    assert current_round(controller).step == ReverseStep.WRITE
    # A refused edit keeps what was typed; an empty Enter adds nothing.
    press_key(widget.lane(2).bad_entry, Qt.Key.Key_Return)
    assert len(board_notes(controller, model.NoteRole.BAD)) == 1


def test_timer_minutes_are_an_undoable_setting(qtbot: Any, reverse_controller: Controller) -> None:
    controller = reverse_controller
    widget = make_widget(qtbot, controller)
    click(qtbot, widget.setup_page.start_button)
    widget.minutes_spin.setValue(7)
    widget.minutes_spin.editingFinished.emit()
    assert current_round(controller).minutes_for(ReverseStep.WRITE) == 7
    assert widget.timer.text() == "07:00"
    controller.undo_stack.undo()
    assert widget.timer.text() == "05:00"
    assert widget.minutes_spin.value() == 5


# --- what the room sees -----------------------------------------------------------------
def test_projector_mode_shows_card_backs_with_counts_until_the_reveal(
    qtbot: Any, reverse_controller: Controller
) -> None:
    controller = reverse_controller
    console = make_widget(qtbot, controller)
    projector = make_widget(qtbot, controller, projector_mode=True)
    assert projector.projector_mode
    assert projector.pages.currentWidget() is projector.waiting_label
    click(qtbot, console.setup_page.start_button)
    type_and_enter(console.lane(1).good_entry, "A secret good idea")
    type_and_enter(console.lane(1).bad_entry, "A secret bad idea")
    lane = projector.lane(1)
    assert lane.counts.isVisible() and lane.counts.text() == "1 good · 1 bad"
    assert all(card.face_down for card in lane.cards.values())
    shown = " ".join(label.text() for label in projector.findChildren(type(lane.counts)))
    assert "secret" not in shown
    assert not projector.nav.isVisible() and not lane.good_entry.isVisible()
    assert not any(card.face_down for card in console.lane(1).cards.values())

    reverse_round = current_round(controller)
    controller.edit(
        "reveal for the test",
        [(reverse_round, reverse.ReverseRound(**{**vars(reverse_round), "face_down": False}))],
    )
    assert not any(card.face_down for card in projector.lane(1).cards.values())
    assert "A secret bad idea" in " ".join(
        card.text_label.text() for card in projector.lane(1).cards.values()
    )
    projector.projector_mode = False
    assert projector.nav.isVisible()


def test_the_demo_round_shows_its_reveal(qtbot: Any, tmp_path: Path) -> None:
    from app.demo import write_demo

    path = write_demo(tmp_path / "demo.pointb", "ru")
    controller = Controller()
    controller.adopt(WorkshopFile.open(path))
    try:
        board = next(b for b in controller.data.boards if b.kind == model.BoardKind.REVERSE)
        widget = ReverseBoardWidget(controller, board.id, clock=FakeClock())
        qtbot.addWidget(widget)
        widget.resize(1600, 1000)
        widget.show()
        assert widget._shown_step == ReverseStep.REVEAL
        assert len(widget.lanes) == 3
        solutions = reverse_flow.ideas(controller.data, board.id, model.NoteRole.SOLUTION)
        assert all(widget.card(s.id) is not None for s in solutions)
        assert len(widget.parked_panel.cards) == 3  # the demo shows the parked good ideas
        assert any("получает" in line for line in widget.deal_panel.lines)
    finally:
        controller.close()


def test_screenshots_render(qtbot: Any, tmp_path: Path) -> None:
    written = reverse_screenshots(tmp_path)
    assert [p.name for p in written] == [
        "reverse-write.png",
        "reverse-deal.png",
        "reverse-reveal.png",
        "reverse-projector-write.png",
    ]
    for path in written:
        assert path.stat().st_size > 10_000


# --- the step timer ---------------------------------------------------------------------
def test_timer_counts_down_and_changes_colour_in_the_last_minute(qtbot: Any) -> None:
    clock = FakeClock()
    timer = TimerWidget(minutes=2, clock=clock)
    qtbot.addWidget(timer)
    finished: list[bool] = []
    timer.finished.connect(lambda: finished.append(True))
    assert timer.text() == "02:00" and timer.display_color() == NORMAL_COLOR
    click_start = timer.start_button
    timer.show()
    qtbot.mouseClick(click_start, Qt.MouseButton.LeftButton)
    assert timer.running and timer.start_button.text() == "Pause"
    clock.now += 61
    timer.poll()
    assert timer.text() == "00:59" and timer.display_color() == LAST_MINUTE_COLOR
    clock.now += 59
    timer.poll()
    timer.poll()
    assert timer.text() == "00:00" and timer.display_color() == FINISHED_COLOR
    assert finished == [True]  # once, however often it is polled
    assert not timer.running


def test_timer_buttons(qtbot: Any) -> None:
    clock = FakeClock()
    timer = TimerWidget(minutes=5, clock=clock)
    qtbot.addWidget(timer)
    timer.show()
    qtbot.mouseClick(timer.plus_one_button, Qt.MouseButton.LeftButton)
    assert timer.text() == "06:00"
    qtbot.mouseClick(timer.plus_five_button, Qt.MouseButton.LeftButton)
    assert timer.text() == "11:00"
    timer.start()
    clock.now += 30
    timer.poll()
    assert timer.text() == "10:30"
    timer.pause()
    clock.now += 100
    timer.poll()
    assert timer.text() == "10:30" and timer.start_button.text() == "Start"
    qtbot.mouseClick(timer.reset_button, Qt.MouseButton.LeftButton)
    assert timer.text() == "05:00" and not timer.running
    timer.set_minutes(12)
    assert timer.text() == "12:00"


def test_timer_polls_only_while_running(qtbot: Any) -> None:
    timer = TimerWidget(minutes=1, clock=FakeClock())
    qtbot.addWidget(timer)
    assert not timer._poll.isActive()
    timer.start()
    assert timer._poll.isActive()
    timer.pause()
    assert not timer._poll.isActive()


# --- writing without the fields moving (a click meant for WORST never lands in BEST) ------
def start_writing(
    qtbot: Any, controller: Controller, ideas_per_team: int = 3
) -> ReverseBoardWidget:
    widget = make_widget(qtbot, controller)
    widget.setup_page.ideas_spin.setValue(ideas_per_team)
    click(qtbot, widget.setup_page.start_button)
    assert current_round(controller).step == ReverseStep.WRITE
    QApplication.processEvents()
    return widget


def test_added_cards_never_move_the_worst_field(qtbot: Any, reverse_controller: Controller) -> None:
    widget = start_writing(qtbot, reverse_controller)
    lane = widget.lane(1)
    fields = (lane.good_entry, lane.bad_entry)
    where = [field.mapTo(widget, QPoint(0, 0)) for field in fields]
    for number in range(3):
        type_and_enter(lane.good_entry, f"Best idea {number}")
        type_and_enter(lane.bad_entry, f"Worst idea {number}")
        QApplication.processEvents()
        assert [field.mapTo(widget, QPoint(0, 0)) for field in fields] == where
        assert all(field.isVisible() for field in fields)
    assert len(lane.cards) == 6
    assert all(card.mapTo(widget, QPoint(0, 0)).y() > where[1].y() for card in lane.cards.values())
    # Every card went to the field it was typed in.
    goods = board_notes(reverse_controller, model.NoteRole.GOOD)
    assert [n.text for n in goods] == [f"Best idea {n}" for n in range(3)]


def test_alt_and_a_number_moves_typing_to_that_team_s_lane(
    qtbot: Any, reverse_controller: Controller
) -> None:
    widget = start_writing(qtbot, reverse_controller)
    widget.activateWindow()
    first, third = widget.lane(1), widget.lane(3)
    first.bad_entry.setFocus()
    type_text(first.bad_entry, "Fax only")
    press_key(first.bad_entry, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    QApplication.processEvents()
    assert third.bad_entry.hasFocus() and third.bad_entry.text() == "Fax only"
    assert first.bad_entry.text() == ""
    press_key(third.bad_entry, Qt.Key.Key_Return)
    bads = board_notes(reverse_controller, model.NoteRole.BAD)
    assert [(n.team_id, n.text) for n in bads] == [(3, "Fax only")]
    assert not widget.pick_team(4)  # three teams: no fourth lane


def test_card_dot_buttons_show_their_glyphs_under_the_style_sheet(
    qtbot: Any, themed_app: Any, tmp_path: Path
) -> None:
    """The style sheet pads buttons 12 px a side: a card's + and − are glyph buttons (the
    theme's one way to style them) in a box of their own, the glyph whole."""
    from app.demo import write_demo

    path = write_demo(tmp_path / "demo.pointb", "ru")
    controller = Controller()
    controller.adopt(WorkshopFile.open(path))
    try:
        board = next(b for b in controller.data.boards if b.kind == model.BoardKind.REVERSE)
        widget = ReverseBoardWidget(controller, board.id, clock=FakeClock())
        qtbot.addWidget(widget)
        widget.resize(1000, 800)  # a laptop's board: narrow lanes
        widget.show()
        qtbot.waitExposed(widget)
        buttons = [
            button
            for lane in widget.lanes.values()
            for card in lane.cards.values()
            for button in (card.plus_button, card.minus_button)
            if button is not None
        ]
        assert buttons
        for button in buttons:
            assert button.property(theme.GLYPH_BUTTON) is True
            assert button.width() >= 38 and button.height() >= 34
            assert button.width() <= 48 and button.height() <= 48  # a small box still
            assert button.sizeHint().width() <= button.width(), button.text()
            assert button.sizeHint().height() <= button.height(), button.text()
    finally:
        controller.close()
