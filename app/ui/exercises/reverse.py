"""The good idea / bad idea board (Tina Seelig's reverse ideation), run live on a projector.

A stepper walks the room through Set-up, Write, Set aside, Deal, Transform and Reveal &
pick; each Next/Back is one controller edit (one undo step) computed by
`app.domain.reverse_flow`. This module only shows the round and turns clicks and typing
into those edits: one lane per team, cards in the lanes, the deal in plain words, the
parked good ideas at the side, votes and promotion at the reveal.

`projector_mode` turns the widget into what the room sees: no controls, and cards drawn
face down (backs with counts) until the facilitator reveals them.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import (
    QAbstractAnimation,
    QCoreApplication,
    QEasingCurve,
    QMimeData,
    QPoint,
    QPropertyAnimation,
    QSize,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QDrag,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QMouseEvent,
    QPixmap,
)
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QCompleter,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLayout,
    QLineEdit,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain import edits, flow, model, reverse, reverse_flow
from app.domain.reverse import ReverseRound, ReverseStep
from app.domain.timer import Clock
from app.domain.voters import voters
from app.services import Change
from app.ui import theme
from app.ui.board.contract import BoardPage, BoardVoting
from app.ui.controller import Controller
from app.ui.elide import breakable, elided, fit_combo, set_name_text
from app.ui.fit import set_placeholder
from app.ui.theme import color_icon
from app.ui.timer_widget import TimerWidget
from app.ui.voters import current_voter, fill_voter_combo

NOTE_MIME = "application/x-pointb-reverse-note"

# Type sizes in pixels, chosen to read from the back of a room on a 1080p projector.
CHALLENGE_PX = 26
STEP_PX = 15
LANE_TITLE_PX = 22
SECTION_PX = 13
CARD_TEXT_PX = 19
CARD_META_PX = 13
DEAL_LINE_PX = 19

GOOD_COLOR = "#15803D"
BAD_COLOR = "#B91C1C"
SOLUTION_COLOR = "#1D4ED8"
CARD_BACK = "#334155"
ROLE_COLORS: dict[model.NoteRole, str] = {
    model.NoteRole.GOOD: GOOD_COLOR,
    model.NoteRole.BAD: BAD_COLOR,
    model.NoteRole.SOLUTION: SOLUTION_COLOR,
}
SET_ASIDE_ANIMATION_MS = 700
PARKED_WIDTH = 330
# The app's style sheet pads spin boxes; give their arrows room of their own.
SPIN_STYLE = (
    "QSpinBox { padding-right: 22px; } QSpinBox::up-button, QSpinBox::down-button { width: 20px; }"
)


def step_label(step: ReverseStep) -> str:
    labels = {
        ReverseStep.SETUP: QCoreApplication.translate("ReverseBoard", "Set-up"),
        ReverseStep.WRITE: QCoreApplication.translate("ReverseBoard", "Write"),
        ReverseStep.SET_ASIDE: QCoreApplication.translate("ReverseBoard", "Set aside"),
        ReverseStep.DEAL: QCoreApplication.translate("ReverseBoard", "Deal"),
        ReverseStep.TRANSFORM: QCoreApplication.translate("ReverseBoard", "Transform"),
        ReverseStep.REVEAL: QCoreApplication.translate("ReverseBoard", "Reveal & pick"),
    }
    return labels[step]


def step_hint(step: ReverseStep) -> str:
    hints = {
        ReverseStep.SETUP: QCoreApplication.translate(
            "ReverseBoard",
            "Choose the teams and the question. Each team will write its best and its worst idea.",
        ),
        ReverseStep.WRITE: QCoreApplication.translate(
            "ReverseBoard",
            "Each team writes its BEST idea and its WORST idea. "
            "On the projector the cards stay face down.",
        ),
        ReverseStep.SET_ASIDE: QCoreApplication.translate(
            "ReverseBoard",
            "The good ideas are set aside. They stay in the file and can come back at the end.",
        ),
        ReverseStep.DEAL: QCoreApplication.translate(
            "ReverseBoard", "Every team receives another team's bad idea."
        ),
        ReverseStep.TRANSFORM: QCoreApplication.translate(
            "ReverseBoard",
            "Turn the bad idea you received into a real solution. Write as many as you like.",
        ),
        ReverseStep.REVEAL: QCoreApplication.translate(
            "ReverseBoard",
            "Each team shows the bad idea it got and what it made of it. Vote, then promote.",
        ),
    }
    return hints[step]


def role_label(role: model.NoteRole) -> str:
    labels = {
        model.NoteRole.GOOD: QCoreApplication.translate("ReverseBoard", "Best idea"),
        model.NoteRole.BAD: QCoreApplication.translate("ReverseBoard", "Worst idea"),
        model.NoteRole.SOLUTION: QCoreApplication.translate("ReverseBoard", "Solution"),
    }
    return labels.get(role, QCoreApplication.translate("ReverseBoard", "Idea"))


CHIP_NAME_PX = 160  # a team's name on a deal chip
COMPACT_CHIP_NAME_PX = 90  # ... in the one-row summary of the deal (many chips share it)


def _section_label(text: str, color: str, parent: QWidget) -> QLabel:
    label = QLabel(text.upper(), parent)
    label.setFont(theme.pixel_font(SECTION_PX, bold=True))
    label.setStyleSheet(f"color: {color}; letter-spacing: 1px;")
    return label


def _clear_layout(layout: QLayout, keep: Sequence[QWidget] = ()) -> None:
    """Empty a layout; widgets in `keep` (entry fields with the focus) survive for reuse."""
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            break
        widget = item.widget()
        if widget is not None and widget not in keep:
            widget.hide()
            widget.deleteLater()
        child = item.layout()
        if child is not None:
            _clear_layout(child, keep)


class EntryLine(QLineEdit):
    """A card entry: type and press Enter. Large type, so the room can read what is typed."""

    def __init__(self, placeholder: str, parent: QWidget) -> None:
        super().__init__(parent)
        set_placeholder(self, placeholder)
        self.setFont(theme.pixel_font(17))
        self.setClearButtonEnabled(True)


# --- one card ---------------------------------------------------------------------------
class ReverseCard(QFrame):
    """A good idea, bad idea or solution. Dealt bad ideas can be dragged to another lane."""

    def __init__(
        self,
        board: ReverseBoardWidget,
        note: model.Note,
        face_down: bool,
        show_role: bool = True,
        show_origin: bool = False,
    ) -> None:
        super().__init__()
        self.board = board
        self.note_id = note.id
        self.role = note.role
        self.face_down = face_down
        self._press: QPoint | None = None
        self.setObjectName("reverseCard")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        data = board.controller.data
        team = data.team(note.team_id)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(6)
        role_color = ROLE_COLORS.get(note.role, theme.MUTED)
        if face_down:
            # The back of the card: the room sees that a card exists, never what it says.
            self.setStyleSheet(
                f"QFrame#reverseCard {{ background: {CARD_BACK}; border-radius: 10px; "
                f"border: 4px solid {team.color if team else CARD_BACK}; }}"
            )
            back = QLabel(role_label(note.role), self)
            back.setAlignment(Qt.AlignmentFlag.AlignCenter)
            back.setFont(theme.pixel_font(CARD_TEXT_PX, bold=True))
            back.setStyleSheet("color: #E2E8F0;")
            back.setMinimumHeight(70)
            layout.addWidget(back)
            return
        fill = note_fill(note, data)
        self.setStyleSheet(
            f"QFrame#reverseCard {{ background: {fill}; border-radius: 10px; "
            "border: 1px solid rgba(0, 0, 0, 50); }"
        )
        meta = QHBoxLayout()
        meta.setSpacing(8)
        if show_role:
            badge = QLabel(role_label(note.role).upper(), self)
            badge.setObjectName("roleBadge")
            badge.setFont(theme.pixel_font(CARD_META_PX, bold=True))
            badge.setStyleSheet(
                f"color: white; background: {role_color}; border-radius: 4px; padding: 2px 8px;"
            )
            meta.addWidget(badge)
        if show_origin and team is not None:
            # Where a dealt idea came from: the room follows the deal by team name and colour.
            author = QLabel(self)
            author.setFont(theme.pixel_font(CARD_META_PX + 1, bold=True))
            set_name_text(
                author, team.name, template=QCoreApplication.translate("ReverseBoard", "from %1")
            )
            author.setStyleSheet(f"color: {theme.INK};")
            meta.addWidget(author)
        meta.addStretch(1)
        if note.id in board.promoted_ids:
            promoted = QLabel(
                QCoreApplication.translate("ReverseBoard", "✓ in prioritisation"), self
            )
            promoted.setFont(theme.pixel_font(CARD_META_PX, bold=True))
            promoted.setWordWrap(True)  # a narrow card shows it on two lines
            promoted.setStyleSheet(f"color: {GOOD_COLOR};")
            meta.addWidget(promoted)
        if meta.count() > 1:  # more than the stretch: something to say above the text
            layout.addLayout(meta)
        self.text_label = QLabel(breakable(note.text), self)
        self.text_label.setObjectName("cardText")
        self.text_label.setWordWrap(True)
        self.text_label.setTextFormat(Qt.TextFormat.PlainText)  # user text is never markup
        self.text_label.setFont(theme.pixel_font(CARD_TEXT_PX))
        self.text_label.setStyleSheet(f"color: {theme.INK};")
        layout.addWidget(self.text_label)
        self.pick_box: QCheckBox | None = None
        self.plus_button: QToolButton | None = None
        self.minus_button: QToolButton | None = None
        self.dots_label: QLabel | None = None

    def add_reveal_controls(self, votes: int, votable: bool, picked: bool) -> None:
        """Dots, +/- and a Pick box for the reveal step (solutions and shown good ideas)."""
        if self.board.projector_mode and votes == 0:
            return  # the room sees dots only where there are some
        row = QHBoxLayout()
        row.setSpacing(6)
        if votable:
            self.dots_label = QLabel(dots_text(votes), self)
            self.dots_label.setFont(theme.pixel_font(17, bold=True))
            self.dots_label.setStyleSheet("color: #B91C1C;")
            row.addWidget(self.dots_label)
            row.addStretch(1)
            if not self.board.projector_mode:
                self.minus_button = self._tool(
                    "−", QCoreApplication.translate("ReverseBoard", "Take a dot back")
                )
                self.plus_button = self._tool(
                    "+", QCoreApplication.translate("ReverseBoard", "Give a dot")
                )
                self.minus_button.clicked.connect(lambda: self.board.vote(self.note_id, -1))
                self.plus_button.clicked.connect(lambda: self.board.vote(self.note_id, +1))
                row.addWidget(self.minus_button)
                row.addWidget(self.plus_button)
        else:
            row.addStretch(1)
        if not self.board.projector_mode and self.note_id not in self.board.promoted_ids:
            self.pick_box = QCheckBox(QCoreApplication.translate("ReverseBoard", "Pick"), self)
            self.pick_box.setFont(theme.pixel_font(15))
            self.pick_box.setChecked(picked)
            self.pick_box.toggled.connect(
                lambda checked: self.board.set_picked(self.note_id, checked)
            )
            row.addWidget(self.pick_box)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.addLayout(row)

    def _tool(self, text: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setFont(theme.pixel_font(18, bold=True))
        button.setFixedSize(QSize(36, 32))
        return button

    # --- context menu and drag ------------------------------------------------------------
    def contextMenuEvent(self, event: object) -> None:
        if self.board.projector_mode or self.face_down:
            return
        menu = self.board.card_menu(self.note_id, self)
        if not menu.isEmpty():
            menu.exec(self.cursor().pos())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.board.can_drag(self.note_id):
            self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None or not event.buttons() & Qt.MouseButton.LeftButton:
            return
        if (event.position().toPoint() - self._press).manhattanLength() < (
            QApplication.startDragDistance()
        ):
            return
        self._press = None
        drag = QDrag(self)
        mime = QMimeData()
        mime.setData(NOTE_MIME, str(self.note_id).encode("ascii"))
        drag.setMimeData(mime)
        drag.setPixmap(self.grab())
        drag.exec(Qt.DropAction.MoveAction)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._press = None
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if not self.board.projector_mode and not self.face_down:
            self.board.edit_card_text(self.note_id)


def note_fill(note: model.Note, data: model.WorkshopData) -> str:
    """Cards carry the colour of the team that wrote them, so a dealt idea shows its origin."""
    team = data.team(note.team_id)
    return note.color or (team.color if team else model.DEFAULT_NOTE_COLOR)


def dots_text(count: int) -> str:
    if count <= 0:
        return ""
    shown = "●" * min(count, 8)
    return f"{shown} {count}" if count > 1 else shown


# --- one team's lane --------------------------------------------------------------------
class TeamLane(QFrame):
    """A column for one team; dealt bad ideas can be dropped here to hand them over."""

    def __init__(self, board: ReverseBoardWidget, team_id: int) -> None:
        super().__init__()
        self.board = board
        self.team_id = team_id
        self.setObjectName("teamLane")
        self.setAcceptDrops(True)
        self.setMinimumWidth(300)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.header = QLabel(self)
        self.header.setObjectName("laneHeader")
        self.header.setFont(theme.pixel_font(LANE_TITLE_PX, bold=True))
        self.header.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.header.setMinimumHeight(52)
        outer.addWidget(self.header)
        self.counts = QLabel(self)
        self.counts.setObjectName("laneCounts")
        self.counts.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.counts.setFont(theme.pixel_font(17, bold=True))
        self.counts.setStyleSheet(f"color: {theme.MUTED}; padding: 6px;")
        outer.addWidget(self.counts)
        body = QWidget(self)
        self.body = QVBoxLayout(body)
        self.body.setContentsMargins(12, 12, 12, 12)
        self.body.setSpacing(10)
        outer.addWidget(body)
        outer.addStretch(1)
        placeholder = QCoreApplication.translate("ReverseBoard", "Type the best idea, press Enter")
        self.good_entry = EntryLine(placeholder, self)
        self.bad_entry = EntryLine(
            QCoreApplication.translate("ReverseBoard", "Type the worst idea, press Enter"), self
        )
        # The capture board's ideas are offered as the team types (no idea typed twice).
        self.capture_ideas = QStringListModel(self)
        for entry in (self.good_entry, self.bad_entry):
            completer = QCompleter(self.capture_ideas, entry)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            entry.setCompleter(completer)
        self.good_entry.returnPressed.connect(
            lambda: board.add_idea(self.team_id, model.NoteRole.GOOD, self.good_entry)
        )
        self.bad_entry.returnPressed.connect(
            lambda: board.add_idea(self.team_id, model.NoteRole.BAD, self.bad_entry)
        )
        self.solution_entries: dict[int, EntryLine] = {}  # bad note id -> its entry
        self.cards: dict[int, ReverseCard] = {}
        self._highlight = False

    # --- content --------------------------------------------------------------------------
    def team(self) -> model.Team | None:
        return self.board.controller.data.team(self.team_id)

    def refresh(self, current: ReverseRound) -> None:
        data = self.board.controller.data
        team = self.team()
        color = team.color if team else model.DEFAULT_NOTE_COLOR
        set_name_text(self.header, team.name if team else "")
        self.header.setStyleSheet(
            f"QLabel#laneHeader {{ background: {color}; color: {theme.INK}; "
            "border-top-left-radius: 12px; border-top-right-radius: 12px; padding: 8px; }"
        )
        border = theme.ACCENT if self._highlight else theme.BORDER
        self.setStyleSheet(
            f"QFrame#teamLane {{ background: {theme.PANEL}; border: 2px solid {border}; "
            "border-radius: 14px; }"
        )
        texts = list(dict.fromkeys(n.text for n in reverse_flow.capture_ideas(data)))
        if self.capture_ideas.stringList() != texts:
            self.capture_ideas.setStringList(texts)
        face_down = self.board.shows_backs(current)
        self.counts.setVisible(face_down)
        step = current.step
        board_id = current.board_id
        goods = reverse_flow.ideas(data, board_id, model.NoteRole.GOOD, self.team_id)
        bads = reverse_flow.ideas(data, board_id, model.NoteRole.BAD, self.team_id)
        received = reverse_flow.received_ideas(data, board_id, self.team_id)
        if face_down:
            self.counts.setText(self._counts_text(step, goods, bads, received, data))
        keep: list[QWidget] = [self.good_entry, self.bad_entry, *self.solution_entries.values()]
        _clear_layout(self.body, keep)
        self.cards = {}
        editing = not self.board.projector_mode
        if step == ReverseStep.WRITE:
            best = QCoreApplication.translate("ReverseBoard", "Best idea")
            worst = QCoreApplication.translate("ReverseBoard", "Worst idea")
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
            self._section(QCoreApplication.translate("ReverseBoard", "Worst idea"), BAD_COLOR)
            self._cards(bads, face_down)
            if goods:
                self.body.addWidget(self._set_aside_slot(len(goods)))
            self._hide_solution_entries(set())
            return
        if step == ReverseStep.DEAL:
            self._section(QCoreApplication.translate("ReverseBoard", "Received"), BAD_COLOR)
            self._cards(received, face_down, received=True)
            if not received:
                self.body.addWidget(
                    self._hint(QCoreApplication.translate("ReverseBoard", "Nothing received yet"))
                )
            self._hide_solution_entries(set())
            return
        # Transform and reveal: received bad idea -> the solutions built from it.
        votes = data.vote_totals()
        for bad in received:
            self._section(QCoreApplication.translate("ReverseBoard", "Received"), BAD_COLOR)
            self._cards([bad], face_down, received=True)
            solutions = [
                s
                for s in reverse_flow.solutions_for(data, bad.id)
                if s.board_id == board_id and s.team_id == self.team_id
            ]
            self.body.addWidget(self._arrow(len(solutions)))
            for solution in solutions:
                card = self._card(solution, face_down)
                if step == ReverseStep.REVEAL and not face_down:
                    card.add_reveal_controls(
                        votes.get(solution.id, 0), True, solution.id in self.board.picked
                    )
            entry = self.solution_entries.get(bad.id)
            if entry is None:
                entry = EntryLine(
                    QCoreApplication.translate(
                        "ReverseBoard", "A solution built from it, press Enter"
                    ),
                    self,
                )
                entry.returnPressed.connect(
                    lambda bad_id=bad.id, line=entry: self.board.add_solution(bad_id, line)
                )
                self.solution_entries[bad.id] = entry
            self._entry(entry, editing and step == ReverseStep.TRANSFORM)
        if not received:
            self.body.addWidget(
                self._hint(
                    QCoreApplication.translate("ReverseBoard", "No bad idea was dealt to this team")
                )
            )
        self._hide_solution_entries({bad.id for bad in received})

    def _counts_text(
        self,
        step: ReverseStep,
        goods: list[model.Note],
        bads: list[model.Note],
        received: list[model.Note],
        data: model.WorkshopData,
    ) -> str:
        if step <= ReverseStep.SET_ASIDE:
            return (
                QCoreApplication.translate("ReverseBoard", "%1 good · %2 bad")
                .replace("%1", str(len(goods)))
                .replace("%2", str(len(bads)))
            )
        solutions = sum(
            1
            for bad in received
            for s in reverse_flow.solutions_for(data, bad.id)
            if s.team_id == self.team_id
        )
        solutions_text = (
            QCoreApplication.translate("ReverseBoard", "1 solution")
            if solutions == 1
            else QCoreApplication.translate("ReverseBoard", "%1 solutions")
        )
        return (
            QCoreApplication.translate("ReverseBoard", "%1 received").replace(
                "%1", str(len(received))
            )
            + " · "
            + solutions_text.replace("%1", str(solutions))
        )

    def _section(self, title: str, color: str, count: int = -1, target: int = 0) -> None:
        text = title if count < 0 else f"{title}  {count}/{target}"
        self.body.addWidget(_section_label(text, color, self))

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
        card = ReverseCard(self.board, note, face_down, show_role, show_origin)
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
        label.setFont(theme.pixel_font(16))
        label.setStyleSheet(f"color: {theme.MUTED};")
        return label

    def _arrow(self, solutions: int) -> QLabel:
        text = (
            QCoreApplication.translate("ReverseBoard", "↓ turned into")
            if solutions
            else QCoreApplication.translate("ReverseBoard", "↓ turn it into a solution")
        )
        label = QLabel(text, self)
        label.setFont(theme.pixel_font(16, bold=True))
        label.setStyleSheet(f"color: {SOLUTION_COLOR};")
        return label

    def _set_aside_slot(self, count: int) -> QLabel:
        text = (
            QCoreApplication.translate("ReverseBoard", "Best idea set aside")
            if count == 1
            else QCoreApplication.translate("ReverseBoard", "%1 best ideas set aside")
        )
        label = QLabel(text.replace("%1", str(count)), self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setFont(theme.pixel_font(15))
        label.setMinimumHeight(56)
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
        self.board.move_idea(int(raw), self.team_id)

    def _set_highlight(self, on: bool) -> None:
        self._highlight = on
        border = theme.ACCENT if on else theme.BORDER
        self.setStyleSheet(
            f"QFrame#teamLane {{ background: {theme.PANEL}; border: 2px solid {border}; "
            "border-radius: 14px; }"
        )


# --- the parked good ideas --------------------------------------------------------------
class ParkedPanel(QFrame):
    """The set-aside good ideas: a closed stack until the facilitator shows them again."""

    def __init__(self, board: ReverseBoardWidget) -> None:
        super().__init__()
        self.board = board
        self.setObjectName("parkedPanel")
        self.setFixedWidth(PARKED_WIDTH)
        self.setStyleSheet(
            "QFrame#parkedPanel { background: #EEF2F6; border: 2px dashed #94A3B8; "
            "border-radius: 14px; }"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(10)
        self.title = QLabel(QCoreApplication.translate("ReverseBoard", "Parked good ideas"), self)
        self.title.setFont(theme.pixel_font(20, bold=True))
        self.title.setStyleSheet(f"color: {GOOD_COLOR};")
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.toggle = QPushButton(self)
        self.toggle.setObjectName("showParkedButton")
        self.toggle.setCheckable(True)
        self.toggle.clicked.connect(lambda checked: board.set_show_parked(checked))
        layout.addWidget(self.toggle)
        self.stack = QLabel(self)
        self.stack.setObjectName("parkedStack")
        self.stack.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.setWordWrap(True)
        self.stack.setFont(theme.pixel_font(18, bold=True))
        self.stack.setMinimumHeight(120)
        self.stack.setStyleSheet(
            f"color: #E2E8F0; background: {CARD_BACK}; border-radius: 10px; padding: 12px;"
        )
        layout.addWidget(self.stack)
        cards = QWidget(self)
        self.cards_layout = QVBoxLayout(cards)
        self.cards_layout.setContentsMargins(0, 0, 0, 0)
        self.cards_layout.setSpacing(10)
        layout.addWidget(cards)
        layout.addStretch(1)
        self.cards: dict[int, ReverseCard] = {}

    def refresh(self, current: ReverseRound) -> None:
        data = self.board.controller.data
        parked = reverse_flow.parked_ideas(data, current.board_id)
        at_reveal = current.step == ReverseStep.REVEAL
        shown = at_reveal and current.show_parked
        self.toggle.setVisible(at_reveal and not self.board.projector_mode)
        self.toggle.setChecked(current.show_parked)
        self.toggle.setText(
            QCoreApplication.translate("ReverseBoard", "Hide them again")
            if current.show_parked
            else QCoreApplication.translate("ReverseBoard", "Show them again")
        )
        count = len(parked)
        self.stack.setVisible(not shown)
        self.stack.setText(
            (
                QCoreApplication.translate("ReverseBoard", "1 good idea set aside")
                if count == 1
                else QCoreApplication.translate("ReverseBoard", "%1 good ideas set aside")
            ).replace("%1", str(count))
        )
        _clear_layout(self.cards_layout)
        self.cards = {}
        if not shown:
            return
        face_down = self.board.shows_backs(current)
        for note in parked:
            team = data.team(note.team_id)
            if team is not None:
                label = _section_label("", theme.MUTED, self)
                set_name_text(label, team.name.upper())
                self.cards_layout.addWidget(label)
            card = ReverseCard(self.board, note, face_down, show_role=False)
            card.setParent(self)
            if not face_down:
                card.add_reveal_controls(0, False, note.id in self.board.picked)
            self.cards_layout.addWidget(card)
            self.cards[note.id] = card


# --- the deal, in words -----------------------------------------------------------------
class DealPanel(QFrame):
    """Who got whose bad idea, one line per pair, and the Re-deal button."""

    def __init__(self, board: ReverseBoardWidget) -> None:
        super().__init__()
        self.board = board
        self.setObjectName("dealPanel")
        self.setStyleSheet(
            "QFrame#dealPanel { background: #FFFFFF; border: 1px solid #D9D6CE; "
            "border-radius: 12px; }"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.setSpacing(16)
        lines = QWidget(self)
        self.lines_layout = QVBoxLayout(lines)
        self.lines_layout.setContentsMargins(0, 0, 0, 0)
        self.lines_layout.setSpacing(4)
        layout.addWidget(lines, 1)
        self.redeal_button = QPushButton(
            QCoreApplication.translate("ReverseBoard", "Re-deal"), self
        )
        self.redeal_button.setObjectName("redealButton")
        self.redeal_button.setToolTip(
            QCoreApplication.translate(
                "ReverseBoard", "Deal the bad ideas again with a new random seed"
            )
        )
        self.redeal_button.setFont(theme.pixel_font(16, bold=True))
        self.redeal_button.clicked.connect(board.redeal)
        self.move_hint = QLabel(
            QCoreApplication.translate(
                "ReverseBoard",
                "Hand a card to another team: drag it to that lane, or right-click it.",
            ),
            self,
        )
        self.move_hint.setWordWrap(True)
        self.move_hint.setMinimumWidth(180)  # wraps: the panel fits a laptop
        self.move_hint.setMaximumWidth(330)
        self.move_hint.setFont(theme.pixel_font(14))
        self.move_hint.setStyleSheet(f"color: {theme.MUTED};")
        side = QVBoxLayout()
        side.setSpacing(6)
        side.addWidget(self.redeal_button, 0, Qt.AlignmentFlag.AlignRight)
        side.addWidget(self.move_hint)
        side.addStretch(1)
        layout.addLayout(side)
        self.lines: list[str] = []

    def refresh(self, current: ReverseRound) -> None:
        data = self.board.controller.data
        deals = reverse_flow.deals_on(data, current.board_id)
        names = reverse_flow.team_names(data)
        self.lines = reverse.describe_deal(
            reverse.deal_map(deals), reverse.note_teams(deals), names, data.workshop.language
        )
        _clear_layout(self.lines_layout)
        arrows: dict[tuple[int, int], int] = {}
        for deal in deals:
            key = (deal.from_team_id, deal.to_team_id)
            arrows[key] = arrows.get(key, 0) + 1
        ordered = sorted(arrows.items(), key=lambda item: (item[0][1], item[0][0]))
        # At the deal the room reads whole sentences; later one compact row is enough.
        compact = current.step > ReverseStep.DEAL
        if compact:
            row = QWidget(self)
            row_layout = QGridLayout(row)
            row_layout.setContentsMargins(0, 0, 0, 0)
            row_layout.setHorizontalSpacing(28)
            row_layout.setVerticalSpacing(6)
            caption = QLabel(QCoreApplication.translate("ReverseBoard", "The deal:"), row)
            caption.setFont(theme.pixel_font(DEAL_LINE_PX - 2, bold=True))
            caption.setStyleSheet(f"color: {theme.MUTED};")
            row_layout.addWidget(caption, 0, 0)
            # Two arrows a line on a laptop's board (the console is narrower than the wall).
            per_line = 2 if not self.board.projector_mode else max(1, len(ordered))
            for index, ((giver, taker), count) in enumerate(ordered):
                arrow_row = self._arrow_row(data, giver, taker, count, sentence=False)
                row_layout.addWidget(arrow_row, index // per_line, 1 + index % per_line)
            row_layout.setColumnStretch(per_line + 1, 1)
            self.lines_layout.addWidget(row)
        else:
            for (giver, taker), count in ordered:
                self.lines_layout.addWidget(self._arrow_row(data, giver, taker, count))
        dealing = current.step == ReverseStep.DEAL and not self.board.projector_mode
        self.redeal_button.setVisible(dealing)
        self.move_hint.setVisible(dealing)
        self.setToolTip("\n".join(self.lines))

    def _arrow_row(
        self, data: model.WorkshopData, giver: int, taker: int, count: int, sentence: bool = True
    ) -> QWidget:
        """Giver → taker in the teams' colours, with the plain sentence unless compact."""
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        chip_width = CHIP_NAME_PX if sentence else COMPACT_CHIP_NAME_PX
        layout.addWidget(self._chip(data.team(giver), giver, chip_width))
        arrow = QLabel("→" if count == 1 else f"→ ×{count}", row)
        arrow.setFont(theme.pixel_font(DEAL_LINE_PX + 4, bold=True))
        layout.addWidget(arrow)
        layout.addWidget(self._chip(data.team(taker), taker, chip_width))
        if not sentence:
            return row
        font = theme.pixel_font(DEAL_LINE_PX - 2)
        names = {key: elided(name, font) for key, name in reverse_flow.team_names(data).items()}
        # The rules word the sentence (and its plural); fake note ids stand for the cards.
        line = reverse.describe_deal(
            dict.fromkeys(range(count), taker),
            dict.fromkeys(range(count), giver),
            names,
            data.workshop.language,
        )[0]
        text = QLabel(line, row)
        text.setObjectName("dealLine")
        text.setFont(theme.pixel_font(DEAL_LINE_PX - 2))
        text.setStyleSheet(f"color: {theme.INK};")
        layout.addWidget(text)
        layout.addStretch(1)
        return row

    def _chip(self, team: model.Team | None, team_id: int, width: int) -> QLabel:
        name = team.name if team else str(team_id)
        chip = QLabel(self)
        chip.setFont(theme.pixel_font(DEAL_LINE_PX, bold=True))
        set_name_text(chip, name, width)
        color = team.color if team else model.DEFAULT_NOTE_COLOR
        chip.setStyleSheet(
            f"background: {color}; color: {theme.INK}; border-radius: 8px; padding: 4px 12px;"
        )
        return chip


# --- set-up -----------------------------------------------------------------------------
class SetupPage(QWidget):
    """The challenge, the teams taking part and the ideas per team; Start begins writing."""

    def __init__(self, board: ReverseBoardWidget) -> None:
        super().__init__()
        self.board = board
        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 24, 40, 24)
        card = QFrame(self)
        card.setObjectName("card")
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignTop)
        outer.addStretch(1)
        grid = QGridLayout(card)
        grid.setContentsMargins(28, 24, 28, 24)
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(14)
        title = QLabel(QCoreApplication.translate("ReverseBoard", "Set up the round"), card)
        title.setFont(theme.pixel_font(24, bold=True))
        grid.addWidget(title, 0, 0, 1, 2)
        challenge_label = QLabel(QCoreApplication.translate("ReverseBoard", "Challenge"), card)
        challenge_label.setFont(theme.pixel_font(16, bold=True))
        self.challenge_edit = QLineEdit(card)
        self.challenge_edit.setObjectName("challengeEdit")
        self.challenge_edit.setFont(theme.pixel_font(18))
        grid.addWidget(challenge_label, 1, 0)
        grid.addWidget(self.challenge_edit, 1, 1)
        teams_label = QLabel(QCoreApplication.translate("ReverseBoard", "Teams taking part"), card)
        teams_label.setFont(theme.pixel_font(16, bold=True))
        grid.addWidget(teams_label, 2, 0, Qt.AlignmentFlag.AlignTop)
        teams = QWidget(card)
        self.teams_layout = QHBoxLayout(teams)
        self.teams_layout.setContentsMargins(0, 0, 0, 0)
        self.teams_layout.setSpacing(18)
        grid.addWidget(teams, 2, 1)
        ideas_label = QLabel(QCoreApplication.translate("ReverseBoard", "Ideas per team"), card)
        ideas_label.setFont(theme.pixel_font(16, bold=True))
        self.ideas_spin = QSpinBox(card)
        self.ideas_spin.setObjectName("ideasPerTeam")
        self.ideas_spin.setRange(1, reverse_flow.MAX_IDEAS_PER_TEAM)
        self.ideas_spin.setFont(theme.pixel_font(16))
        self.ideas_spin.setMinimumWidth(90)
        self.ideas_spin.setStyleSheet(SPIN_STYLE)
        ideas_note = QLabel(
            QCoreApplication.translate(
                "ReverseBoard", "best ideas and as many worst ideas (one each is the classic)"
            ),
            card,
        )
        ideas_note.setFont(theme.pixel_font(15))
        ideas_note.setStyleSheet(f"color: {theme.MUTED};")
        ideas_row = QHBoxLayout()
        ideas_row.setSpacing(12)
        ideas_row.addWidget(self.ideas_spin)
        ideas_row.addWidget(ideas_note, 1)
        grid.addWidget(ideas_label, 3, 0)
        grid.addLayout(ideas_row, 3, 1)
        self.warning = QLabel(card)
        self.warning.setObjectName("setupWarning")
        self.warning.setWordWrap(True)
        self.warning.setFont(theme.pixel_font(16, bold=True))
        self.warning.setStyleSheet(f"color: {theme.DANGER};")
        grid.addWidget(self.warning, 4, 0, 1, 2)
        self.start_button = QPushButton(
            QCoreApplication.translate("ReverseBoard", "Start the round"), card
        )
        self.start_button.setObjectName("startRoundButton")
        self.start_button.setProperty("primary", True)
        self.start_button.clicked.connect(board.start_round)
        grid.addWidget(self.start_button, 5, 1, Qt.AlignmentFlag.AlignRight)
        grid.setColumnStretch(1, 1)
        self.team_boxes: dict[int, QCheckBox] = {}

    def load(self, current: ReverseRound | None) -> None:
        """Fill the form from the round (after Back) or with the workshop's defaults."""
        data = self.board.controller.data
        self.challenge_edit.setText(current.challenge if current else data.workshop.challenge)
        chosen = set(current.team_ids) if current else set(reverse_flow.default_team_ids(data))
        _clear_layout(self.teams_layout)
        self.team_boxes = {}
        for team in sorted(data.teams, key=lambda t: (t.position, t.id)):
            box = QCheckBox(self)
            box.setFont(theme.pixel_font(17))
            set_name_text(box, team.name)
            box.setIcon(color_icon(team.color, 18))
            box.setChecked(team.id in chosen)
            box.toggled.connect(self.update_warning)
            self.teams_layout.addWidget(box)
            self.team_boxes[team.id] = box
        self.teams_layout.addStretch(1)
        self.ideas_spin.setValue(current.ideas_per_team if current else 1)
        self.update_warning()

    def chosen_team_ids(self) -> list[int]:
        return [team_id for team_id, box in self.team_boxes.items() if box.isChecked()]

    def update_warning(self) -> None:
        data = self.board.controller.data
        problem = reverse.can_run(self.chosen_team_ids())
        self.warning.setText("" if problem is None else reverse_flow.reverse_message(data, problem))


# --- the board --------------------------------------------------------------------------
class ReverseBoardWidget(BoardPage):
    """The whole exercise on one board: stepper, timer, lanes, parked ideas, deal, votes."""

    step_changed = Signal(int)  # the round moved to another step (the presenter follows)

    def __init__(
        self,
        controller: Controller,
        board_id: int,
        parent: QWidget | None = None,
        clock: Clock = time.monotonic,
        projector_mode: bool = False,
    ) -> None:
        super().__init__(controller, board_id, parent)
        self._projector_mode = projector_mode
        self._clock = clock
        self.animations_enabled = True
        self.picked: set[int] = set()  # cards ticked for promotion (view state, not stored)
        self.promoted_ids: set[int] = set()
        self.lanes: dict[int, TeamLane] = {}
        self._shown_step: ReverseStep | None = None
        self._shown_minutes: int | None = None
        self._flights: list[QPropertyAnimation] = []
        self.setObjectName("reverseBoard")
        self.setStyleSheet(f"QWidget#reverseBoard {{ background: {theme.CANVAS}; }}")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)

        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(0)
        root.addWidget(self._build_header())
        self.message_bar = QFrame(self)
        self.message_bar.setObjectName("messageBar")
        message_layout = QHBoxLayout(self.message_bar)
        message_layout.setContentsMargins(20, 8, 12, 8)
        self.message_label = QLabel(self.message_bar)
        self.message_label.setObjectName("reverseMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setFont(theme.pixel_font(17, bold=True))
        message_layout.addWidget(self.message_label, 1)
        close = QToolButton(self.message_bar)
        close.setText("×")
        close.clicked.connect(self.clear_message)
        message_layout.addWidget(close)
        self.message_bar.hide()
        root.addWidget(self.message_bar)

        self.pages = QStackedWidget(self)
        self.setup_page = SetupPage(self)
        self.pages.addWidget(self.setup_page)
        self.pages.addWidget(self._build_board_page())
        self.waiting_label = QLabel(
            QCoreApplication.translate(
                "ReverseBoard", "The good idea / bad idea exercise starts soon."
            ),
            self,
        )
        self.waiting_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.waiting_label.setWordWrap(True)
        self.waiting_label.setFont(theme.pixel_font(30, bold=True))
        self.waiting_label.setStyleSheet(f"color: {theme.MUTED};")
        self.pages.addWidget(self.waiting_label)
        root.addWidget(self.pages, 1)

        controller.changed.connect(self._on_changed)
        # No file_replaced: a board widget shows one board of one file; the main window
        # deletes it and builds a new one when another workshop is opened.
        controller.error.connect(self._on_error)
        self.refresh()

    # --- building -----------------------------------------------------------------------
    def _build_header(self) -> QFrame:
        header = QFrame(self)
        header.setObjectName("reverseHeader")
        header.setStyleSheet(
            f"QFrame#reverseHeader {{ background: {theme.PANEL}; "
            f"border-bottom: 1px solid {theme.BORDER}; }}"
        )
        grid = QGridLayout(header)
        grid.setContentsMargins(24, 14, 24, 12)
        grid.setHorizontalSpacing(20)
        grid.setVerticalSpacing(8)
        self.challenge_label = QLabel(header)
        self.challenge_label.setObjectName("challengeLabel")
        self.challenge_label.setWordWrap(True)
        self.challenge_label.setTextFormat(Qt.TextFormat.PlainText)
        self.challenge_label.setFont(theme.pixel_font(CHALLENGE_PX, bold=True))
        grid.addWidget(self.challenge_label, 0, 0)

        steps = QWidget(header)
        steps_layout = QHBoxLayout(steps)
        steps_layout.setContentsMargins(0, 0, 0, 0)
        steps_layout.setSpacing(6)
        self.step_labels: dict[ReverseStep, QLabel] = {}
        for step in ReverseStep:
            label = QLabel(f"{int(step)}  {step_label(step)}", steps)
            label.setFont(theme.pixel_font(STEP_PX, bold=True))
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            steps_layout.addWidget(label)
            self.step_labels[step] = label
        steps_layout.addStretch(1)
        grid.addWidget(steps, 1, 0)

        nav = QWidget(header)
        nav_layout = QHBoxLayout(nav)
        nav_layout.setContentsMargins(0, 0, 0, 0)
        nav_layout.setSpacing(12)
        self.back_button = QPushButton(QCoreApplication.translate("ReverseBoard", "◀ Back"), nav)
        self.back_button.setObjectName("backButton")
        self.back_button.setFont(theme.pixel_font(16, bold=True))
        self.back_button.clicked.connect(self.go_back)
        self.hint_label = QLabel(nav)
        self.hint_label.setObjectName("stepHint")
        self.hint_label.setWordWrap(True)
        self.hint_label.setFont(theme.pixel_font(17))
        self.hint_label.setStyleSheet(f"color: {theme.MUTED};")
        self.next_button = QPushButton(nav)
        self.next_button.setObjectName("nextButton")
        self.next_button.setProperty("primary", True)
        self.next_button.setFont(theme.pixel_font(16, bold=True))
        self.next_button.clicked.connect(self.advance)
        nav_layout.addWidget(self.back_button)
        nav_layout.addWidget(self.hint_label, 1)
        nav_layout.addWidget(self.next_button)
        self.nav = nav
        grid.addWidget(nav, 2, 0, 1, 2)

        timer_box = QWidget(header)
        timer_layout = QVBoxLayout(timer_box)
        timer_layout.setContentsMargins(0, 0, 0, 0)
        timer_layout.setSpacing(4)
        # The room's one step timer when there is one (the agenda's); else its own.
        self.timer = TimerWidget(
            timer_box, clock=self._clock, display_pixels=46, source=self.controller.step_timer
        )
        timer_layout.addWidget(self.timer)
        minutes_row = QHBoxLayout()
        minutes_row.setSpacing(6)
        self.minutes_caption = QLabel(
            QCoreApplication.translate("ReverseBoard", "Step timer"), timer_box
        )
        self.minutes_caption.setStyleSheet(f"color: {theme.MUTED};")
        self.minutes_spin = QSpinBox(timer_box)
        self.minutes_spin.setObjectName("timerMinutes")
        self.minutes_spin.setRange(0, reverse_flow.MAX_TIMER_MINUTES)
        self.minutes_spin.setSuffix(QCoreApplication.translate("ReverseBoard", " min"))
        self.minutes_spin.setMinimumWidth(110)
        self.minutes_spin.setStyleSheet(SPIN_STYLE)
        self.minutes_spin.editingFinished.connect(self._minutes_edited)
        minutes_row.addWidget(self.minutes_caption)
        minutes_row.addWidget(self.minutes_spin)
        timer_layout.addLayout(minutes_row)
        self.timer_box = timer_box
        grid.addWidget(timer_box, 0, 1, 2, 1, Qt.AlignmentFlag.AlignRight)
        grid.setColumnStretch(0, 1)
        return header

    def _build_board_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.setSpacing(12)
        self.deal_panel = DealPanel(self)
        layout.addWidget(self.deal_panel)
        middle = QHBoxLayout()
        middle.setSpacing(16)
        self.lanes_scroll = QScrollArea(page)
        self.lanes_scroll.setWidgetResizable(True)
        self.lanes_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.lanes_scroll.setStyleSheet("QScrollArea { background: transparent; }")
        lanes_host = QWidget()
        lanes_host.setObjectName("lanesHost")
        lanes_host.setStyleSheet(f"QWidget#lanesHost {{ background: {theme.CANVAS}; }}")
        self.lanes_layout = QHBoxLayout(lanes_host)
        self.lanes_layout.setContentsMargins(0, 0, 0, 0)
        self.lanes_layout.setSpacing(16)
        self.lanes_scroll.setWidget(lanes_host)
        middle.addWidget(self.lanes_scroll, 1)
        self.parked_panel = ParkedPanel(self)
        self.parked_scroll = QScrollArea(page)
        self.parked_scroll.setWidgetResizable(True)
        self.parked_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.parked_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.parked_scroll.setFixedWidth(PARKED_WIDTH + 14)  # room for a scroll bar
        self.parked_scroll.setWidget(self.parked_panel)
        middle.addWidget(self.parked_scroll)
        layout.addLayout(middle, 1)
        layout.addWidget(self._build_reveal_bar(page))
        return page

    def _build_reveal_bar(self, parent: QWidget) -> QFrame:
        bar = QFrame(parent)
        bar.setObjectName("voteBar")
        bar.setStyleSheet(
            "QFrame#voteBar { background: #EEF2FF; border: 1px solid #C7D2FE; "
            "border-radius: 12px; } "
            'QPushButton[primary="true"]:disabled { background: #A5B4FC; color: #EEF2FF; }'
        )
        # Two lines: the voter and the dots left; the projector and promote buttons below,
        # so the bar fits a laptop's board in Russian too.
        rows = QVBoxLayout(bar)
        rows.setContentsMargins(16, 8, 16, 8)
        rows.setSpacing(6)
        layout = QHBoxLayout()
        layout.setSpacing(12)
        actions = QHBoxLayout()
        actions.setSpacing(12)
        rows.addLayout(layout)
        rows.addLayout(actions)
        self.reveal_button = QPushButton(bar)
        self.reveal_button.setObjectName("revealButton")
        self.reveal_button.setFont(theme.pixel_font(16, bold=True))
        self.reveal_button.clicked.connect(self.toggle_face_down)
        actions.addWidget(self.reveal_button)
        actions.addStretch(1)
        voter_label = QLabel(QCoreApplication.translate("ReverseBoard", "Voter"), bar)
        voter_label.setFont(theme.pixel_font(16, bold=True))
        layout.addWidget(voter_label)
        self.voter_combo = QComboBox(bar)
        self.voter_combo.setObjectName("voterCombo")
        self.voter_combo.setFont(theme.pixel_font(16))
        fit_combo(self.voter_combo)
        self.voter_combo.currentIndexChanged.connect(lambda _index: self._update_budget())
        layout.addWidget(self.voter_combo)
        self.budget_label = QLabel(bar)
        self.budget_label.setObjectName("budgetLabel")
        self.budget_label.setFont(theme.pixel_font(16, bold=True))
        layout.addWidget(self.budget_label)
        layout.addStretch(1)
        self.promote_button = QPushButton(bar)
        self.promote_button.setObjectName("promoteButton")
        self.promote_button.setProperty("primary", True)
        self.promote_button.setFont(theme.pixel_font(16, bold=True))
        self.promote_button.clicked.connect(self.promote_picked)
        actions.addWidget(self.promote_button)
        self.reveal_bar = bar
        return bar

    # --- the board contract (app.ui.board.contract) ------------------------------------
    @classmethod
    def projector_view(
        cls, controller: Controller, board_id: int, parent: QWidget | None
    ) -> QWidget:
        return cls(controller, board_id, parent, projector_mode=True)

    def board_voting(self) -> BoardVoting:
        return BoardVoting(self.voter_combo, self.reveal_bar, self.vote)

    # --- state --------------------------------------------------------------------------
    @property
    def projector_mode(self) -> bool:
        """True: what the room sees (no controls; cards face down until the reveal)."""
        return self._projector_mode

    @projector_mode.setter
    def projector_mode(self, on: bool) -> None:
        if on != self._projector_mode:
            self._projector_mode = on
            self.refresh()

    def current_round(self) -> ReverseRound | None:
        if self.controller.file is None:
            return None
        return reverse_flow.find_round(self.controller.data, self.board_id)

    def shows_backs(self, current: ReverseRound) -> bool:
        """Cards are drawn face down on the projector until the facilitator reveals them."""
        return self._projector_mode and current.face_down

    def lane(self, team_id: int) -> TeamLane:
        return self.lanes[team_id]

    def card(self, note_id: int) -> ReverseCard | None:
        for lane in self.lanes.values():
            if note_id in lane.cards:
                return lane.cards[note_id]
        return self.parked_panel.cards.get(note_id)

    # --- refreshing ---------------------------------------------------------------------
    def _on_changed(self, change: Change) -> None:
        self.clear_message()
        self.refresh()

    def refresh(self) -> None:
        if self.controller.file is None or self.controller.data.board(self.board_id) is None:
            self.pages.setCurrentWidget(self.waiting_label)
            return
        data = self.controller.data
        current = self.current_round()
        step = current.step if current else ReverseStep.SETUP
        previous = self._shown_step
        flights = self._capture_good_cards() if self._animating_set_aside(previous, step) else []
        self.promoted_ids = reverse_flow.promoted_note_ids(data)
        self.picked &= {n.id for n in data.notes_on(self.board_id)} - self.promoted_ids
        self.challenge_label.setText(
            (current.challenge if current else data.workshop.challenge)
            or QCoreApplication.translate("ReverseBoard", "Good idea / bad idea")
        )
        self._refresh_stepper(current, step)
        self._refresh_timer(current, step)
        if current is None or step == ReverseStep.SETUP:
            if self._projector_mode:
                self.pages.setCurrentWidget(self.waiting_label)
            else:
                self.setup_page.load(current)
                self.pages.setCurrentWidget(self.setup_page)
        else:
            self.pages.setCurrentIndex(1)
            self._refresh_board(current)
        self._shown_step = step
        if previous is not None and previous != step:
            self.step_changed.emit(int(step))
        if flights:
            self._fly_to_parking(flights)

    def _refresh_stepper(self, current: ReverseRound | None, step: ReverseStep) -> None:
        for each, label in self.step_labels.items():
            if each == step:
                style = f"background: {theme.ACCENT}; color: white;"
            elif each < step:
                style = f"background: #DBEAFE; color: {theme.ACCENT_DARK};"
            else:
                style = f"background: #F1F0EC; color: {theme.MUTED};"
            label.setStyleSheet(f"{style} border-radius: 14px; padding: 5px 14px;")
            # The console names the current step only (the others by number, name in the
            # tooltip), so the stepper fits a laptop; the projector names them all.
            named = each == step or self._projector_mode
            label.setText(f"{int(each)}  {step_label(each)}" if named else str(int(each)))
            label.setToolTip(step_label(each))
        self.hint_label.setText(step_hint(step))
        self.nav.setVisible(not self._projector_mode)
        self.back_button.setEnabled(current is not None and step != ReverseStep.SETUP)
        # At the last step there is nothing to go on to: the button goes away.
        self.next_button.setVisible(step != ReverseStep.REVEAL)
        if step != ReverseStep.REVEAL:
            following = ReverseStep(step + 1)
            # "&" would be read as a keyboard mnemonic ("Reveal & pick"): double it.
            title = step_label(following).replace("&", "&&")
            self.next_button.setText(
                QCoreApplication.translate("ReverseBoard", "Next: %1 ▶").replace("%1", title)
            )

    def _refresh_timer(self, current: ReverseRound | None, step: ReverseStep) -> None:
        minutes = current.minutes_for(step) if current else reverse.default_timer_minutes(step)
        # With an agenda, the timer is the agenda step's: the agenda sets its timebox and
        # the projector shows it once, in its header.
        by_agenda = self.timer.source is not None and bool(
            self.controller.data.workshop.agenda_json
        )
        if not by_agenda and (step != self._shown_step or minutes != self._shown_minutes):
            # A new step (or a new timebox for this one): the timer starts over, paused.
            self.timer.set_minutes(minutes)
            self._shown_minutes = minutes
        self.minutes_spin.blockSignals(True)
        self.minutes_spin.setValue(minutes)
        self.minutes_spin.blockSignals(False)
        self.minutes_spin.setEnabled(current is not None)
        self.minutes_spin.setVisible(not self._projector_mode and not by_agenda)
        self.minutes_caption.setVisible(not self._projector_mode and not by_agenda)
        # On the projector the room's one timer is in the header: shown once.
        shared = self.timer.source is not None
        self.timer.setVisible(
            not (self._projector_mode and shared) and (minutes > 0 or not self._projector_mode)
        )
        for button in (
            self.timer.start_button,
            self.timer.plus_one_button,
            self.timer.plus_five_button,
            self.timer.reset_button,
        ):
            button.setVisible(not self._projector_mode)

    def _refresh_board(self, current: ReverseRound) -> None:
        data = self.controller.data
        wanted = [t for t in current.team_ids if data.team(t) is not None]
        if list(self.lanes) != wanted:
            for lane in self.lanes.values():
                lane.hide()
                lane.deleteLater()
            self.lanes = {}
            _clear_layout(self.lanes_layout)
            for team_id in wanted:
                lane = TeamLane(self, team_id)
                self.lanes_layout.addWidget(lane, 1)
                self.lanes[team_id] = lane
        for lane in self.lanes.values():
            lane.refresh(current)
        step = current.step
        self.deal_panel.setVisible(step >= ReverseStep.DEAL)
        if step >= ReverseStep.DEAL:
            self.deal_panel.refresh(current)
        has_parked = bool(reverse_flow.parked_ideas(data, self.board_id))
        self.parked_scroll.setVisible(step >= ReverseStep.SET_ASIDE and has_parked)
        self.parked_panel.refresh(current)
        self._refresh_reveal_bar(current)

    def _refresh_reveal_bar(self, current: ReverseRound) -> None:
        at_reveal = current.step == ReverseStep.REVEAL
        self.reveal_bar.setVisible(at_reveal and not self._projector_mode)
        if not at_reveal:
            return
        self.reveal_button.setText(
            QCoreApplication.translate("ReverseBoard", "Turn the cards over on the projector")
            if current.face_down
            else QCoreApplication.translate("ReverseBoard", "Hide the cards on the projector")
        )
        self._fill_voters()
        self._update_budget()
        self.promote_button.setText(
            QCoreApplication.translate("ReverseBoard", "Promote to prioritisation (%1)").replace(
                "%1", str(len(self.picked))
            )
        )
        self.promote_button.setEnabled(bool(self.picked))

    def _fill_voters(self) -> None:
        fill_voter_combo(
            self.voter_combo,
            voters(self.controller.data, teams_first=True),
            lambda v: (
                QCoreApplication.translate("ReverseBoard", "Team %1").replace(
                    "%1", elided(v.name)
                )
                if v.kind == model.VoterKind.TEAM
                else elided(v.name)
            ),
        )

    def _update_budget(self) -> None:
        voter = self.current_voter()
        if voter is None:
            self.budget_label.setText("")
            return
        data = self.controller.data
        kind, voter_id = voter
        budget = edits.board_vote_budget(data, self.board_id)
        used = edits.dots_used(data, kind, voter_id, self.board_id)
        self.budget_label.setText(
            QCoreApplication.translate("ReverseBoard", "%1 of %2 dots left")
            .replace("%1", str(max(0, budget - used)))
            .replace("%2", str(budget))
        )

    def current_voter(self) -> tuple[model.VoterKind, int] | None:
        voter = current_voter(self.voter_combo)
        return voter.key if voter is not None else None

    # --- messages -----------------------------------------------------------------------
    def _on_error(self, message: str) -> None:
        shown_elsewhere = self.controller.window_shows_messages
        if self.isVisible() and not self._projector_mode and not shown_elsewhere:
            self.show_message(message)

    def show_message(self, message: str) -> None:
        self.message_label.setText(message)
        self.message_bar.setVisible(bool(message))

    def clear_message(self) -> None:
        self.message_label.setText("")
        self.message_bar.hide()

    def message(self) -> str:
        return self.message_label.text()

    # --- facilitator actions (each one controller edit) ---------------------------------
    def _edit(self, label: str, make_pairs: Callable[[], list[edits.Pair]]) -> bool:
        return self.controller.try_edit(label, make_pairs)

    def start_round(self) -> bool:
        page = self.setup_page
        team_ids = page.chosen_team_ids()
        challenge = page.challenge_edit.text()
        ideas = page.ideas_spin.value()
        return self._move(
            QCoreApplication.translate("ReverseBoard", "Start the good idea / bad idea round"),
            lambda: reverse_flow.start_round(
                self.controller.data, self.board_id, team_ids, challenge, ideas
            ),
        )

    def advance(self) -> bool:
        current = self.current_round()
        if current is None or current.step == ReverseStep.SETUP:
            return self.start_round()  # Next on the set-up page takes the form as it is
        following = ReverseStep(current.step + 1) if current.step < ReverseStep.REVEAL else None
        label = (
            QCoreApplication.translate("ReverseBoard", "Step: %1").replace(
                "%1", step_label(following)
            )
            if following
            else ""
        )
        return self._move(
            label, lambda: reverse_flow.advance(self.controller.data, self.board_id)
        )

    def go_back(self) -> bool:
        current = self.current_round()
        if current is None:
            return False
        previous = ReverseStep(max(int(ReverseStep.SETUP), current.step - 1))
        return self._move(
            QCoreApplication.translate("ReverseBoard", "Back to: %1").replace(
                "%1", step_label(previous)
            ),
            lambda: reverse_flow.go_back(self.controller.data, self.board_id),
        )

    def _move(self, label: str, make_pairs: Callable[[], list[edits.Pair]]) -> bool:
        """A step change; the agenda follows to the matching step in the same undo step."""
        with self.controller.gesture():
            if not self._edit(label, make_pairs):
                return False
            moved = self.current_round()
            if moved is not None:
                self.controller.stage_chosen.emit(self.board_id, flow.reverse_stage(moved.step))
        return True

    def add_idea(self, team_id: int, role: model.NoteRole, entry: QLineEdit) -> bool:
        text = entry.text()
        if not text.strip():
            return False
        label = (
            QCoreApplication.translate("ReverseBoard", "Best idea")
            if role == model.NoteRole.GOOD
            else QCoreApplication.translate("ReverseBoard", "Worst idea")
        )
        done = self._edit(
            label,
            lambda: reverse_flow.add_idea(self.controller.data, self.board_id, team_id, role, text),
        )
        if done:
            entry.clear()
            lane = self.lanes.get(team_id)
            if role == model.NoteRole.GOOD and lane is not None:
                lane.bad_entry.setFocus()  # Enter on the best idea moves on to the worst
        return done

    def add_solution(self, bad_note_id: int, entry: QLineEdit) -> bool:
        text = entry.text()
        if not text.strip():
            return False
        done = self._edit(
            QCoreApplication.translate("ReverseBoard", "Solution"),
            lambda: reverse_flow.add_solution(
                self.controller.data, self.board_id, bad_note_id, text
            ),
        )
        if done:
            entry.clear()
        return done

    def redeal(self) -> bool:
        return self._edit(
            QCoreApplication.translate("ReverseBoard", "Re-deal the bad ideas"),
            lambda: reverse_flow.redeal(self.controller.data, self.board_id),
        )

    def move_idea(self, note_id: int, to_team_id: int) -> bool:
        return self._edit(
            QCoreApplication.translate("ReverseBoard", "Hand a bad idea to another team"),
            lambda: reverse_flow.move_dealt_idea(
                self.controller.data, self.board_id, note_id, to_team_id
            ),
        )

    def can_drag(self, note_id: int) -> bool:
        current = self.current_round()
        if self._projector_mode or current is None:
            return False
        if current.step not in (ReverseStep.DEAL, ReverseStep.TRANSFORM):
            return False
        return any(
            d.bad_note_id == note_id
            for d in reverse_flow.deals_on(self.controller.data, self.board_id)
        )

    def set_show_parked(self, show: bool) -> bool:
        return self._edit(
            QCoreApplication.translate("ReverseBoard", "Show the parked good ideas")
            if show
            else QCoreApplication.translate("ReverseBoard", "Hide the parked good ideas"),
            lambda: reverse_flow.set_show_parked(self.controller.data, self.board_id, show),
        )

    def toggle_face_down(self) -> bool:
        current = self.current_round()
        if current is None:
            return False
        face_down = not current.face_down
        return self._edit(
            QCoreApplication.translate("ReverseBoard", "Hide the cards")
            if face_down
            else QCoreApplication.translate("ReverseBoard", "Reveal the cards"),
            lambda: reverse_flow.set_face_down(self.controller.data, self.board_id, face_down),
        )

    def _minutes_edited(self) -> None:
        current = self.current_round()
        if current is None:
            return
        minutes = self.minutes_spin.value()
        step = current.step
        self._edit(
            QCoreApplication.translate("ReverseBoard", "Step timer"),
            lambda: reverse_flow.set_timer_minutes(
                self.controller.data, self.board_id, step, minutes
            ),
        )

    def vote(self, note_id: int, delta: int) -> bool:
        voter = self.current_voter()
        if voter is None:
            return False
        kind, voter_id = voter
        chosen = current_voter(self.voter_combo)
        name = chosen.name if chosen is not None else ""
        return self._edit(
            QCoreApplication.translate("ReverseBoard", "Vote"),
            lambda: edits.cast_vote(self.controller.data, note_id, kind, voter_id, delta, name),
        )

    def set_picked(self, note_id: int, picked: bool) -> None:
        if picked:
            self.picked.add(note_id)
        else:
            self.picked.discard(note_id)
        self.promote_button.setText(
            QCoreApplication.translate("ReverseBoard", "Promote to prioritisation (%1)").replace(
                "%1", str(len(self.picked))
            )
        )
        self.promote_button.setEnabled(bool(self.picked))

    def promote_picked(self) -> bool:
        chosen = sorted(self.picked)
        done = self._edit(
            QCoreApplication.translate("ReverseBoard", "Promote to prioritisation"),
            lambda: reverse_flow.promote(self.controller.data, self.board_id, chosen),
        )
        if done:
            self.picked.clear()
            self.refresh()
        return done

    def edit_card_text(self, note_id: int) -> bool:
        note = next((n for n in self.controller.data.notes if n.id == note_id), None)
        if note is None:
            return False
        text, ok = QInputDialog.getMultiLineText(
            self,
            QCoreApplication.translate("ReverseBoard", "Edit card"),
            QCoreApplication.translate("ReverseBoard", "Text"),
            note.text,
        )
        if not ok:
            return False
        return self._edit(
            QCoreApplication.translate("ReverseBoard", "Edit card"),
            lambda: reverse_flow.edit_card_text(self.controller.data, self.board_id, note_id, text),
        )

    def delete_card(self, note_id: int) -> bool:
        return self._edit(
            QCoreApplication.translate("ReverseBoard", "Delete card"),
            lambda: reverse_flow.delete_card(self.controller.data, self.board_id, note_id),
        )

    def card_menu(self, note_id: int, parent: QWidget | None = None) -> QMenu:
        """The card's context menu: Move to… for dealt bad ideas, Edit and Delete."""
        menu = QMenu(parent or self)
        data = self.controller.data
        current = self.current_round()
        note = next((n for n in data.notes if n.id == note_id), None)
        if current is None or note is None:
            return menu
        deal = next(
            (d for d in reverse_flow.deals_on(data, self.board_id) if d.bad_note_id == note_id),
            None,
        )
        if deal is not None and current.step in (ReverseStep.DEAL, ReverseStep.TRANSFORM):
            move = menu.addMenu(QCoreApplication.translate("ReverseBoard", "Move to…"))
            move.setObjectName("moveToMenu")
            for team_id in current.team_ids:
                team = data.team(team_id)
                if team is None or team_id == deal.to_team_id:
                    continue
                action = move.addAction(color_icon(team.color), elided(team.name))
                action.setData(team_id)
                action.triggered.connect(
                    lambda _checked=False, t=team_id: self.move_idea(note_id, t)
                )
        menu.addAction(
            QCoreApplication.translate("ReverseBoard", "Edit text…"),
            lambda: self.edit_card_text(note_id),
        )
        menu.addAction(
            QCoreApplication.translate("ReverseBoard", "Delete"), lambda: self.delete_card(note_id)
        )
        return menu

    # --- the set-aside animation ----------------------------------------------------------
    def _animating_set_aside(self, previous: ReverseStep | None, step: ReverseStep) -> bool:
        return (
            self.animations_enabled
            and self.isVisible()
            and previous == ReverseStep.WRITE
            and step == ReverseStep.SET_ASIDE
        )

    def _capture_good_cards(self) -> list[tuple[QPixmap, QPoint]]:
        """Pictures of the good cards where they stand, before the lanes are rebuilt."""
        shots = []
        for lane in self.lanes.values():
            for card in lane.cards.values():
                if card.role == model.NoteRole.GOOD and card.isVisible():
                    shots.append((card.grab(), card.mapTo(self, QPoint(0, 0))))
        return shots

    def _fly_to_parking(self, shots: list[tuple[QPixmap, QPoint]]) -> None:
        """The good cards glide into the parking area, so the room sees where they went."""
        target = self.parked_panel.mapTo(self, QPoint(20, 60))
        for pixmap, start in shots:
            ghost = QLabel(self)
            ghost.setPixmap(pixmap)
            ghost.resize(pixmap.size())
            ghost.move(start)
            ghost.show()
            ghost.raise_()
            flight = QPropertyAnimation(ghost, b"pos", self)
            flight.setDuration(SET_ASIDE_ANIMATION_MS)
            flight.setStartValue(start)
            flight.setEndValue(target)
            flight.setEasingCurve(QEasingCurve.Type.InOutCubic)
            flight.finished.connect(ghost.deleteLater)
            flight.finished.connect(lambda f=flight: self._landed(f))
            self._flights.append(flight)
            flight.start(QAbstractAnimation.DeletionPolicy.KeepWhenStopped)

    def _landed(self, flight: QPropertyAnimation) -> None:
        if flight in self._flights:
            self._flights.remove(flight)
        flight.deleteLater()

    @property
    def animating(self) -> bool:
        return bool(self._flights)


# --- screenshots ------------------------------------------------------------------------
SCREENSHOT_SIZE = QSize(1600, 1000)


def render_screenshots(out_dir: Path | str, language: str = "en") -> list[Path]:
    """Render the demo round to PNGs in `out_dir`: the write, deal and reveal steps as the
    facilitator sees them, and the write step as the room sees it (cards face down).

    Works offscreen (QT_QPA_PLATFORM=offscreen). The demo round is finished; earlier steps
    are shown by taking it back for a moment (solutions and deal removed, good ideas
    unparked) and undoing that after each picture. The theme is applied only to an
    application created here: a running one keeps its own look.
    """
    from app.demo import write_demo
    from app.services import WorkshopFile

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([])
    if existing is None:
        theme.apply(app)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as folder:
        path = write_demo(Path(folder) / "demo.pointb", language)
        controller = Controller()
        controller.adopt(WorkshopFile.open(path))
        board = next(b for b in controller.data.boards if b.kind == model.BoardKind.REVERSE)
        widget = ReverseBoardWidget(controller, board.id)
        widget.animations_enabled = False
        widget.resize(SCREENSHOT_SIZE)
        widget.show()
        for name, step, projector in (
            ("reverse-write.png", ReverseStep.WRITE, False),
            ("reverse-deal.png", ReverseStep.DEAL, False),
            ("reverse-reveal.png", ReverseStep.REVEAL, False),
            ("reverse-projector-write.png", ReverseStep.WRITE, True),
        ):
            widget.projector_mode = projector
            rewound = controller.edit("screenshot", _rewind_pairs(controller.data, board.id, step))
            app.processEvents()
            target = out / name
            widget.grab().save(str(target))
            written.append(target)
            if rewound:
                controller.undo_stack.undo()  # back to the finished round for the next shot
        widget.close()
        widget.deleteLater()
        controller.close()
        app.processEvents()
    return written


def _rewind_pairs(data: model.WorkshopData, board_id: int, step: ReverseStep) -> list[edits.Pair]:
    """Pairs that show the finished demo round as it looked at `step` (for screenshots)."""
    current = reverse_flow.round_of(data, board_id)
    pairs: list[edits.Pair] = []
    notes = data.notes_on(board_id)
    if step < ReverseStep.TRANSFORM:
        pairs += edits.delete_notes(
            data, [n.id for n in notes if n.role == model.NoteRole.SOLUTION]
        )
    if step < ReverseStep.DEAL:
        pairs += [(d, None) for d in reverse_flow.deals_on(data, board_id)]
    if step < ReverseStep.SET_ASIDE:
        pairs += [
            edits.replace(n, parked=False)
            for n in notes
            if n.role == model.NoteRole.GOOD and n.parked
        ]
    pairs.append(edits.replace(current, step=step, face_down=step < ReverseStep.REVEAL))
    return edits.combine(pairs)


if __name__ == "__main__":  # pragma: no cover - a developer convenience
    import sys

    for written_path in render_screenshots(sys.argv[1] if len(sys.argv) > 1 else "docs/img"):
        print(written_path)
