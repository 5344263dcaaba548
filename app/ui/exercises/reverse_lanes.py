"""One team's lane on the good idea / bad idea board.

A lane shows what `reverse_flow.lane_view` says the team has: its own best and worst
ideas while writing, then the bad ideas it received and the solutions it built from each.
It reaches the round through `ReverseSession` only; dropping a dealt bad idea on a lane
hands it to that team.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QCompleter, QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from app.domain import model, reverse_flow
from app.domain.reverse import ReverseRound, ReverseStep
from app.domain.reverse_flow import LaneView
from app.ui import theme
from app.ui.exercises.reverse_cards import ReverseCard
from app.ui.exercises.reverse_common import (
    BAD_COLOR,
    GOOD_COLOR,
    LANE_TITLE_PX,
    NOTE_MIME,
    SECTION_PX,
    SOLUTION_COLOR,
    EntryLine,
    clear_layout,
    role_label,
    section_label,
)
from app.ui.exercises.reverse_session import ReverseSession
from app.ui.fit import ElidedLabel

# Narrow enough for three lanes beside the agenda panel on a 1280×720 screen: the cards'
# texts wrap (and take smaller type) rather than the lanes scrolling sideways.
LANE_MIN_WIDTH = 150
LANE_ROOMY_WIDTH = 220  # a lane beside the parked column (else the parking goes above)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReverseBoard", text)


class TeamLane(QFrame):
    """A column for one team; dealt bad ideas can be dropped here to hand them over."""

    def __init__(self, session: ReverseSession, team_id: int) -> None:
        super().__init__()
        self.session = session
        self.team_id = team_id
        self.setObjectName("teamLane")
        self.setAcceptDrops(True)
        self.setMinimumWidth(LANE_MIN_WIDTH)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.header = ElidedLabel("", self)  # a long name elides, whole in the tooltip
        self.header.setObjectName("laneHeader")
        # Type and room in proportion in a small projector window.
        size, room = session.px, session.room
        self.header.setFont(theme.pixel_font(size(LANE_TITLE_PX), bold=True))
        self.header.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.header.setMinimumHeight(room(52))
        outer.addWidget(self.header)
        self.counts = QLabel(self)
        self.counts.setObjectName("laneCounts")
        self.counts.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.counts.setFont(theme.pixel_font(size(17), bold=True))
        self.counts.setStyleSheet(f"color: {theme.MUTED}; padding: {room(6)}px;")
        outer.addWidget(self.counts)
        body = QWidget(self)
        self.body = QVBoxLayout(body)
        self.body.setContentsMargins(room(8), room(10), room(8), room(10))
        self.body.setSpacing(room(10))
        outer.addWidget(body)
        outer.addStretch(1)
        self.good_entry = EntryLine(_tr("Type the best idea, press Enter"), self)
        self.bad_entry = EntryLine(_tr("Type the worst idea, press Enter"), self)
        # The capture board's ideas are offered as the team types (no idea typed twice).
        self.capture_ideas = QStringListModel(self)
        for entry in (self.good_entry, self.bad_entry):
            completer = QCompleter(self.capture_ideas, entry)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            entry.setCompleter(completer)
        self.good_entry.returnPressed.connect(lambda: self.add_idea(model.NoteRole.GOOD))
        self.bad_entry.returnPressed.connect(lambda: self.add_idea(model.NoteRole.BAD))
        self.solution_entries: dict[int, EntryLine] = {}  # bad note id -> its entry
        self.cards: dict[int, ReverseCard] = {}
        self._highlight = False

    # --- typing ---------------------------------------------------------------------------
    def entry_for(self, role: model.NoteRole) -> EntryLine:
        return self.good_entry if role == model.NoteRole.GOOD else self.bad_entry

    def add_idea(self, role: model.NoteRole) -> bool:
        entry = self.entry_for(role)
        done = self.session.add_idea(self.team_id, role, entry.text())
        if done:
            entry.clear()
            if role == model.NoteRole.GOOD:
                self.bad_entry.setFocus()  # Enter on the best idea moves on to the worst
        return done

    def add_solution(self, bad_note_id: int) -> bool:
        entry = self.solution_entries.get(bad_note_id)
        if entry is None:
            return False
        done = self.session.add_solution(bad_note_id, entry.text())
        if done:
            entry.clear()
        return done

    def first_visible_entry(self, role: model.NoteRole) -> EntryLine | None:
        """Where typing goes in this lane now: the role's idea field, or the first
        solution field while transforming."""
        candidates = [self.entry_for(role), *self.solution_entries.values()]
        return next((e for e in candidates if e.isVisibleTo(self)), None)

    # --- content --------------------------------------------------------------------------
    def team(self) -> model.Team | None:
        return self.session.data.team(self.team_id)

    def refresh(self, current: ReverseRound) -> None:
        session = self.session
        data = session.data
        team = self.team()
        color = team.color if team else model.DEFAULT_NOTE_COLOR
        self.header.set_full_text(team.name if team else "")
        self.header.setStyleSheet(
            f"QLabel#laneHeader {{ background: {color}; color: {theme.INK}; "
            "border-top-left-radius: 12px; border-top-right-radius: 12px; "
            f"padding: {session.room(8)}px; }}"
        )
        self._set_highlight(self._highlight)
        texts = list(dict.fromkeys(n.text for n in reverse_flow.capture_ideas(data)))
        if self.capture_ideas.stringList() != texts:
            self.capture_ideas.setStringList(texts)
        face_down = session.shows_backs(current)
        self.counts.setVisible(face_down)
        step = current.step
        view = session.lane_view(self.team_id)
        if face_down:
            self.counts.setText(self._counts_text(step, view))
        keep: list[QWidget] = [self.good_entry, self.bad_entry, *self.solution_entries.values()]
        clear_layout(self.body, keep)
        self.cards = {}
        editing = not session.projector_mode
        goods, bads = list(view.good), list(view.bad)
        received = view.received_notes
        if step == ReverseStep.WRITE:
            best, worst = role_label(model.NoteRole.GOOD), role_label(model.NoteRole.BAD)
            target = current.ideas_per_team
            if editing:
                # Both fields first, the cards below them: a new card never moves a field
                # (a click meant for the worst field must not land in the best one).
                self._section(best, GOOD_COLOR, len(goods), target)
                self._entry(self.good_entry, True)
                self._section(worst, BAD_COLOR, len(bads), target)
                self._entry(self.bad_entry, True)
                for note in [*goods, *bads]:
                    self._card(note, face_down, show_role=True)
            else:
                self._section(best, GOOD_COLOR, len(goods), target)
                self._cards(goods, face_down)
                self._entry(self.good_entry, False)
                self._section(worst, BAD_COLOR, len(bads), target)
                self._cards(bads, face_down)
                self._entry(self.bad_entry, False)
            self._hide_solution_entries(set())
            return
        self.good_entry.hide()
        self.bad_entry.hide()
        if step == ReverseStep.SET_ASIDE:
            self._section(role_label(model.NoteRole.BAD), BAD_COLOR)
            self._cards(bads, face_down)
            if goods:
                self.body.addWidget(self._set_aside_slot(len(goods)))
            self._hide_solution_entries(set())
            return
        if step == ReverseStep.DEAL:
            self._section(_tr("Received"), BAD_COLOR)
            self._cards(received, face_down, received=True)
            if not received:
                self.body.addWidget(self._hint(_tr("Nothing received yet")))
            self._hide_solution_entries(set())
            return
        self._refresh_transform(view, step, face_down, editing)

    def _refresh_transform(
        self, view: LaneView, step: ReverseStep, face_down: bool, editing: bool
    ) -> None:
        """Transform and reveal: each received bad idea -> the solutions built from it."""
        votes = self.session.data.vote_totals()
        for item in view.received:
            bad = item.bad
            self._section(_tr("Received"), BAD_COLOR)
            self._cards([bad], face_down, received=True)
            self.body.addWidget(self._arrow(len(item.solutions)))
            for solution in item.solutions:
                card = self._card(solution, face_down)
                if step == ReverseStep.REVEAL and not face_down:
                    card.add_reveal_controls(
                        votes.get(solution.id, 0), True, solution.id in self.session.picked
                    )
            entry = self.solution_entries.get(bad.id)
            if entry is None:
                entry = EntryLine(_tr("A solution built from it, press Enter"), self)
                entry.returnPressed.connect(lambda bad_id=bad.id: self.add_solution(bad_id))
                self.solution_entries[bad.id] = entry
            self._entry(entry, editing and step == ReverseStep.TRANSFORM)
        if not view.received:
            self.body.addWidget(self._hint(_tr("No bad idea was dealt to this team")))
        self._hide_solution_entries({item.bad.id for item in view.received})

    def _counts_text(self, step: ReverseStep, view: LaneView) -> str:
        if step <= ReverseStep.SET_ASIDE:
            return (
                _tr("%1 good · %2 bad")
                .replace("%1", str(len(view.good)))
                .replace("%2", str(len(view.bad)))
            )
        solutions = view.solution_count
        solutions_text = _tr("1 solution") if solutions == 1 else _tr("%1 solutions")
        return (
            _tr("%1 received").replace("%1", str(len(view.received)))
            + " · "
            + solutions_text.replace("%1", str(solutions))
        )

    def _section(self, title: str, color: str, count: int = -1, target: int = 0) -> None:
        text = title if count < 0 else f"{title}  {count}/{target}"
        self.body.addWidget(section_label(text, color, self, self.session.px(SECTION_PX)))

    def _cards(self, notes: list[model.Note], face_down: bool, received: bool = False) -> None:
        for note in notes:
            self._card(note, face_down, show_role=received, show_origin=received)

    def _card(
        self,
        note: model.Note,
        face_down: bool,
        show_role: bool = True,
        show_origin: bool = False,
    ) -> ReverseCard:
        card = ReverseCard(self.session, note, face_down, show_role, show_origin)
        card.setParent(self)
        self.body.addWidget(card)
        self.cards[note.id] = card
        return card

    def _entry(self, entry: EntryLine, visible: bool) -> None:
        self.body.addWidget(entry)
        entry.setVisible(visible)

    def _hide_solution_entries(self, keep: set[int]) -> None:
        for bad_id, entry in list(self.solution_entries.items()):
            if bad_id not in keep:
                entry.hide()
                entry.deleteLater()
                del self.solution_entries[bad_id]

    def _hint(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setFont(theme.pixel_font(self.session.px(16)))
        label.setStyleSheet(f"color: {theme.MUTED};")
        return label

    def _arrow(self, solutions: int) -> QLabel:
        text = _tr("↓ turned into") if solutions else _tr("↓ turn it into a solution")
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setFont(theme.pixel_font(self.session.px(16), bold=True))
        label.setStyleSheet(f"color: {SOLUTION_COLOR};")
        return label

    def _set_aside_slot(self, count: int) -> QLabel:
        text = _tr("Best idea set aside") if count == 1 else _tr("%1 best ideas set aside")
        label = QLabel(text.replace("%1", str(count)), self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        label.setFont(theme.pixel_font(self.session.px(15)))
        label.setMinimumHeight(self.session.room(56))
        label.setStyleSheet(
            f"color: {theme.MUTED}; border: 2px dashed {theme.BORDER}; border-radius: 10px;"
        )
        return label

    # --- drops ----------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(NOTE_MIME):
            event.acceptProposedAction()
            self._set_highlight(True)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasFormat(NOTE_MIME):
            event.acceptProposedAction()

    def dragLeaveEvent(self, event: object) -> None:
        self._set_highlight(False)

    def dropEvent(self, event: QDropEvent) -> None:
        self._set_highlight(False)
        raw = bytes(event.mimeData().data(NOTE_MIME).data()).decode("ascii", "replace")
        if not raw.isdigit():
            event.ignore()
            return
        event.acceptProposedAction()
        self.session.move_idea(int(raw), self.team_id)

    def _set_highlight(self, on: bool) -> None:
        self._highlight = on
        border = theme.ACCENT if on else theme.BORDER
        self.setStyleSheet(
            f"QFrame#teamLane {{ background: {theme.PANEL}; border: 2px solid {border}; "
            "border-radius: 14px; }"
        )
