"""The good idea / bad idea board (Tina Seelig's reverse ideation), run live on a projector.

A stepper walks the room through Set-up, Write, Set aside, Deal, Transform and Reveal &
pick; each Next/Back is one controller edit (one undo step) computed by
`app.domain.reverse_flow`. The board is the frame: header, stepper, timer, message line,
the lanes (`reverse_lanes`), the deal and the parked ideas (`reverse_panels`) and the vote
bar. Everything they read and every edit they make goes through one `ReverseSession`.

`projector_mode` turns the widget into what the room sees: no controls, and cards drawn
face down (backs with counts) until the facilitator reveals them.

Keys: Alt+1…9 moves typing to that team's lane; Enter on a best idea moves on to the
worst idea field.
"""

from __future__ import annotations

import time

from PySide6.QtCore import (
    QAbstractAnimation,
    QCoreApplication,
    QEasingCurve,
    QPoint,
    QPropertyAnimation,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QPixmap, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
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

from app.domain import edits, model, prioritise, projector_wall, reverse, reverse_flow
from app.domain.reverse import ReverseRound, ReverseStep
from app.domain.timer import Clock
from app.domain.voters import voters
from app.export import export_messages
from app.ui import theme
from app.ui.board.contract import BoardPage, BoardVoting
from app.ui.controller import Controller
from app.ui.elide import elided, fit_combo
from app.ui.exercises.reverse_cards import ReverseCard, card_menu
from app.ui.exercises.reverse_common import (
    CHALLENGE_PX,
    NOTE_MIME,
    PARKED_WIDTH,
    PROJECTOR_HEADER,
    PROJECTOR_STEP_PX,
    SET_ASIDE_ANIMATION_MS,
    SPIN_STYLE,
    STEP_PX,
    clear_layout,
    step_hint,
    step_label,
)
from app.ui.exercises.reverse_lanes import LANE_ROOMY_WIDTH, TeamLane
from app.ui.exercises.reverse_panels import (
    QWIDGETSIZE_MAX,
    DealPanel,
    ParkedPanel,
    SetupPage,
)
from app.ui.exercises.reverse_session import ReverseSession
from app.ui.fit import ElidedButton, FollowsWrappedHeight, fit_wrapped_height
from app.ui.i18n import printed
from app.ui.timer_widget import TimerWidget
from app.ui.voters import current_voter, fill_voter_combo

__all__ = ["NOTE_MIME", "ReverseBoardWidget", "ReverseCard", "TeamLane"]

PAGE_MARGIN = 20  # left and right of the lanes
LANE_SPACING = 16
PAGE_GAP = 14  # above and below the board's parts
PAGE_SPACING = 12  # ... and between them
COMPACT_PAGE_GAP = 8  # ... both on a laptop's board
COMPACT_PAGE_MARGIN = 10  # ... on a laptop's board, where the lanes need every pixel
COMPACT_LANE_SPACING = 10
SCROLL_BAR_ROOM = 14
PARKED_STRIP_MAX = 160  # pixels of height for the parked ideas above the lanes
MIN_PARKED_STRIP = 60  # ... and the least, so the strip still shows it is there
COMPACT_CHALLENGE_PX = 20  # the challenge on a laptop's board


# The stored classes whose change can alter what the board shows (cards are notes, the
# lanes are teams, the promoted ideas are candidates).
CONCERNS = (
    reverse.ReverseRound,
    reverse.Deal,
    model.Note,
    model.Vote,
    model.Team,
    model.Board,
    model.Workshop,
    prioritise.Candidate,
)


class LanesHost(QWidget):
    """The lanes side by side, as tall as their wrapped texts need at the width they get.

    A scroll area sizes its widget by size hints, which measure wrapped card texts on
    one long line: narrow lanes (a laptop) would cut the cards' last lines.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        FollowsWrappedHeight(self)


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
        self.session = ReverseSession(controller, board_id, self, projector_mode)
        self._clock = clock
        self.animations_enabled = True
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
        self.setup_page = SetupPage(self.session)
        self._size_setup_page()
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

        self.follow_changes(CONCERNS, self._on_changed)
        # No file_replaced: a board widget shows one board of one file; the main window
        # deletes it and builds a new one when another workshop is opened.
        controller.error.connect(self._on_error)
        self.session.picked_changed.connect(self._update_promote_button)
        self._install_team_keys()
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
        self.header_grid = grid
        self.steps_row = steps

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
        layout.setContentsMargins(PAGE_MARGIN, PAGE_GAP, PAGE_MARGIN, PAGE_GAP)
        layout.setSpacing(PAGE_SPACING)
        self.board_layout = layout
        self.deal_panel = DealPanel(self.session)
        layout.addWidget(self.deal_panel)
        middle = QHBoxLayout()
        middle.setSpacing(LANE_SPACING)
        self.middle_layout = middle
        self.lanes_scroll = QScrollArea(page)
        self.lanes_scroll.setWidgetResizable(True)
        self.lanes_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.lanes_scroll.setStyleSheet("QScrollArea { background: transparent; }")
        lanes_host = LanesHost()
        self.lanes_host = lanes_host
        lanes_host.setObjectName("lanesHost")
        lanes_host.setStyleSheet(f"QWidget#lanesHost {{ background: {theme.CANVAS}; }}")
        self.lanes_layout = QHBoxLayout(lanes_host)
        self.lanes_layout.setContentsMargins(0, 0, 0, 0)
        self.lanes_layout.setSpacing(LANE_SPACING)
        self.lanes_scroll.setWidget(lanes_host)
        middle.addWidget(self.lanes_scroll, 1)
        self.parked_panel = ParkedPanel(self.session)
        self.parked_scroll = QScrollArea(page)
        self.parked_scroll.setWidgetResizable(True)
        self.parked_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.parked_scroll.setWidget(self.parked_panel)
        self._dock_parked(strip=False)
        layout.addLayout(middle, 1)
        layout.addWidget(self._build_reveal_bar(page))
        return page

    # --- the parked ideas: beside the lanes, or above them on a laptop --------------------
    def _parked_fits_beside(self) -> bool:
        lanes = max(1, len(self.lanes))
        needed = (
            2 * PAGE_MARGIN
            + lanes * LANE_ROOMY_WIDTH
            + lanes * LANE_SPACING  # between the lanes, and before the parked column
            + PARKED_WIDTH
            + SCROLL_BAR_ROOM
        )
        return self.width() >= needed

    def _dock_parked(self, strip: bool) -> None:
        """Put the parked ideas in a column beside the lanes, or in a strip above them
        where three lanes and the column do not fit (a lane never hides behind them)."""
        self.board_layout.removeWidget(self.parked_scroll)
        self.middle_layout.removeWidget(self.parked_scroll)
        self.parked_panel.set_strip(strip)
        self.deal_panel.set_compact(strip)
        margin = COMPACT_PAGE_MARGIN if strip else PAGE_MARGIN
        # A laptop's board: slimmer gaps between the deal, the parked strip, the lanes and
        # the vote bar, so the lanes keep the height.
        gap = COMPACT_PAGE_GAP if strip else PAGE_GAP
        self.board_layout.setContentsMargins(margin, gap, margin, gap)
        self.board_layout.setSpacing(COMPACT_PAGE_GAP if strip else PAGE_SPACING)
        self.lanes_layout.setSpacing(COMPACT_LANE_SPACING if strip else LANE_SPACING)
        scroll = self.parked_scroll
        if strip:
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
            scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
            scroll.setMinimumWidth(0)
            scroll.setMaximumWidth(QWIDGETSIZE_MAX)
            self.board_layout.insertWidget(1, scroll)  # below the deal, above the lanes
        else:
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
            scroll.setMinimumHeight(0)
            scroll.setMaximumHeight(QWIDGETSIZE_MAX)
            scroll.setFixedWidth(PARKED_WIDTH + SCROLL_BAR_ROOM)
            self.middle_layout.addWidget(scroll)
        self._fit_parked_strip()

    def _fit_parked_strip(self) -> None:
        """A strip is as tall as its content, at most PARKED_STRIP_MAX (then it scrolls):
        the lanes below keep most of a laptop's height."""
        if not self.parked_panel.strip:
            return
        panel = self.parked_panel
        fit_wrapped_height(panel)
        wanted = max(panel.sizeHint().height(), panel.minimumHeight()) + SCROLL_BAR_ROOM
        # At most a quarter of the board's height (a small projector window): the lanes
        # below always keep the most of it.
        most = max(MIN_PARKED_STRIP, min(PARKED_STRIP_MAX, self.height() // 4))
        self.parked_scroll.setFixedHeight(min(wanted, most))

    def _place_parked(self) -> None:
        strip = not self._parked_fits_beside()
        # A laptop's board: the challenge in smaller type, so the lanes keep the height.
        challenge_px = self.session.px(COMPACT_CHALLENGE_PX if strip else CHALLENGE_PX)
        if self.challenge_label.font().pixelSize() != challenge_px:
            self.challenge_label.setFont(theme.pixel_font(challenge_px, bold=True))
            self._arrange_header(compact=strip)
        if strip != self.parked_panel.strip:
            self._dock_parked(strip)
        else:
            self._fit_parked_strip()

    def _arrange_header(self, compact: bool) -> None:
        """On a laptop the stepper takes the header's whole width under the challenge and
        the timer, so the header is no wider than the board."""
        grid = self.header_grid
        grid.removeWidget(self.steps_row)
        grid.removeWidget(self.timer_box)
        right = Qt.AlignmentFlag.AlignRight
        if compact:
            grid.addWidget(self.steps_row, 1, 0, 1, 2)
            grid.addWidget(self.timer_box, 0, 1, 1, 1, right)
        else:
            grid.addWidget(self.steps_row, 1, 0)
            grid.addWidget(self.timer_box, 0, 1, 2, 1, right)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.session.projector_mode:
            self._scale_to_window()
        self._place_parked()
        if self.session.projector_mode:
            self._size_chips()

    def _scale_to_window(self) -> None:
        """The projector's type, paddings and cards in proportion to its window (as at
        1920×1080 in a full-size one): a small window on the console's screen shows the
        same board smaller rather than growing past the screen."""
        factor = projector_wall.size_factor(self.width(), self.height() + PROJECTOR_HEADER)
        scale = round(min(1.0, factor), 2)
        if scale == self.session.scale:
            return
        self.session.scale = scale
        # The lanes and cards are built at the new sizes.
        for lane in self.lanes.values():
            lane.hide()
            lane.deleteLater()
        self.lanes = {}
        clear_layout(self.lanes_layout)
        self.parked_panel.set_strip(self.parked_panel.strip)
        self.refresh()

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
        self.reveal_button = ElidedButton("", bar)  # whole text in the tooltip when narrow
        self.reveal_button.setObjectName("revealButton")
        self.reveal_button.setFont(theme.pixel_font(16, bold=True))
        self.reveal_button.clicked.connect(self.session.toggle_face_down)
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
        self.budget_label.setWordWrap(True)  # two lines on a laptop, beside the voter
        self.budget_label.setFont(theme.pixel_font(16, bold=True))
        layout.addWidget(self.budget_label)
        layout.addStretch(1)
        self.promote_button = ElidedButton("", bar)
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

    def vote(self, note_id: int, delta: int) -> bool:
        # The voter keys may have changed the picker since the last refresh.
        self.session.voter = current_voter(self.voter_combo)
        return self.session.vote(note_id, delta)

    # --- state --------------------------------------------------------------------------
    @property
    def projector_mode(self) -> bool:
        """True: what the room sees (no controls; cards face down until the reveal)."""
        return self.session.projector_mode

    @projector_mode.setter
    def projector_mode(self, on: bool) -> None:
        if on != self.session.projector_mode:
            self.session.projector_mode = on
            if not on:
                self.session.scale = 1.0  # the console's sizes are never scaled
            self._size_setup_page()
            self.refresh()

    def _size_setup_page(self) -> None:
        """The room never sees the set-up form: it does not size a small projector window."""
        policy = QSizePolicy.Policy
        sized = policy.Ignored if self.session.projector_mode else policy.Preferred
        self.setup_page.setSizePolicy(sized, sized)

    @property
    def picked(self) -> set[int]:
        """The cards ticked for promotion (view state, not stored)."""
        return self.session.picked

    def current_round(self) -> ReverseRound | None:
        return self.session.current_round()

    def lane(self, team_id: int) -> TeamLane:
        return self.lanes[team_id]

    def card(self, note_id: int) -> ReverseCard | None:
        for lane in self.lanes.values():
            if note_id in lane.cards:
                return lane.cards[note_id]
        return self.parked_panel.cards.get(note_id)

    # --- refreshing ---------------------------------------------------------------------
    def _on_changed(self) -> None:
        self.clear_message()
        self.refresh()

    def refresh(self) -> None:
        if not self.session.has_board():
            self.pages.setCurrentWidget(self.waiting_label)
            return
        data = self.controller.data
        current = self.current_round()
        step = current.step if current else ReverseStep.SETUP
        previous = self._shown_step
        flights = self._capture_good_cards() if self._animating_set_aside(previous, step) else []
        self.session.refresh_promoted()
        self.challenge_label.setText(
            (current.challenge if current else data.workshop.challenge)
            or printed(export_messages.MESSAGES, "kind_reverse")
        )
        self._refresh_stepper(current, step)
        self._refresh_timer(current, step)
        if current is None or step == ReverseStep.SETUP:
            if self.session.projector_mode:
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

    def _size_chips(self) -> None:
        """Chips large enough to read: the projector's from the back of the room (28 px at
        1920×1080, in proportion in a smaller window), the console's at a laptop's size."""
        px = STEP_PX
        if self.session.projector_mode:
            px = self.session.px(PROJECTOR_STEP_PX, projector_size=True)
        for label in self.step_labels.values():
            label.setFont(theme.pixel_font(px, bold=True))
            pad_v, pad_h = round(px * 0.35), round(px * 0.8)
            label.setStyleSheet(
                f"{label.property('chipStyle') or ''} border-radius: {px}px;"
                f" padding: {pad_v}px {pad_h}px;"
            )

    def _refresh_stepper(self, current: ReverseRound | None, step: ReverseStep) -> None:
        for each, label in self.step_labels.items():
            if each == step:
                style = f"background: {theme.ACCENT}; color: white;"
            elif each < step:
                style = f"background: #DBEAFE; color: {theme.ACCENT_DARK};"
            else:
                style = f"background: #F1F0EC; color: {theme.MUTED};"
            # Chips large enough to read: the projector's from the back of the room.
            px = PROJECTOR_STEP_PX if self.session.projector_mode else STEP_PX
            label.setFont(theme.pixel_font(px, bold=True))
            pad_v, pad_h = round(px * 0.35), round(px * 0.8)
            label.setStyleSheet(f"{style} border-radius: {px}px; padding: {pad_v}px {pad_h}px;")
            # The console names the current step only (the others by number, name in the
            # tooltip), so the stepper fits a laptop; the projector names them all.
            named = each == step or self.session.projector_mode
            label.setText(f"{int(each)}  {step_label(each)}" if named else str(int(each)))
            label.setToolTip(step_label(each))
        self._size_chips()
        self.hint_label.setText(step_hint(step))
        self.nav.setVisible(not self.session.projector_mode)
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
        self.minutes_spin.setVisible(not self.session.projector_mode and not by_agenda)
        self.minutes_caption.setVisible(not self.session.projector_mode and not by_agenda)
        # The room's one timer is shown once: with an agenda, in the agenda panel (and the
        # projector's header), not again on the board; the projector's header always has it.
        shared = self.timer.source is not None
        self.timer.setVisible(
            not by_agenda
            and not (self.session.projector_mode and shared)
            and (minutes > 0 or not self.session.projector_mode)
        )
        self.timer_box.setVisible(not by_agenda)
        for button in (
            self.timer.start_button,
            self.timer.plus_one_button,
            self.timer.plus_five_button,
            self.timer.reset_button,
        ):
            button.setVisible(not self.session.projector_mode)

    def _refresh_board(self, current: ReverseRound) -> None:
        data = self.controller.data
        wanted = [t for t in current.team_ids if data.team(t) is not None]
        if list(self.lanes) != wanted:
            for lane in self.lanes.values():
                lane.hide()
                lane.deleteLater()
            self.lanes = {}
            clear_layout(self.lanes_layout)
            for team_id in wanted:
                lane = TeamLane(self.session, team_id)
                self.lanes_layout.addWidget(lane, 1)
                self.lanes[team_id] = lane
        for lane in self.lanes.values():
            lane.refresh(current)
        fit_wrapped_height(self.lanes_host)
        step = current.step
        self.deal_panel.setVisible(step >= ReverseStep.DEAL)
        if step >= ReverseStep.DEAL:
            self.deal_panel.refresh(current)
        has_parked = bool(reverse_flow.parked_ideas(data, self.board_id))
        self.parked_scroll.setVisible(step >= ReverseStep.SET_ASIDE and has_parked)
        self.parked_panel.refresh(current)
        self._place_parked()
        # A panel shown just now measures its new content once the event loop laid it out.
        QTimer.singleShot(0, self, self._fit_parked_strip)
        self._refresh_reveal_bar(current)

    def _refresh_reveal_bar(self, current: ReverseRound) -> None:
        at_reveal = current.step == ReverseStep.REVEAL
        self.reveal_bar.setVisible(at_reveal and not self.session.projector_mode)
        if not at_reveal:
            return
        self.reveal_button.setText(
            QCoreApplication.translate("ReverseBoard", "Turn the cards over on the projector")
            if current.face_down
            else QCoreApplication.translate("ReverseBoard", "Hide the cards on the projector")
        )
        self._fill_voters()
        self._update_budget()
        self._update_promote_button()

    def _update_promote_button(self) -> None:
        picked = len(self.session.picked)
        self.promote_button.setText(
            QCoreApplication.translate("ReverseBoard", "Promote to prioritisation (%1)").replace(
                "%1", str(picked)
            )
        )
        self.promote_button.setEnabled(picked > 0)

    def _fill_voters(self) -> None:
        fill_voter_combo(
            self.voter_combo,
            voters(self.controller.data, teams_first=True),
            lambda v: (
                QCoreApplication.translate("ReverseBoard", "Team %1").replace("%1", elided(v.name))
                if v.kind == model.VoterKind.TEAM
                else elided(v.name)
            ),
        )

    def _update_budget(self) -> None:
        self.session.voter = current_voter(self.voter_combo)
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
        if self.isVisible() and not self.session.projector_mode and not shown_elsewhere:
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
    def start_round(self) -> bool:
        return self.setup_page.start()

    def advance(self) -> bool:
        current = self.current_round()
        if current is None or current.step == ReverseStep.SETUP:
            return self.start_round()  # Next on the set-up page takes the form as it is
        return self.session.advance()

    def go_back(self) -> bool:
        return self.session.go_back()

    def _minutes_edited(self) -> None:
        current = self.current_round()
        if current is not None:
            self.session.set_timer_minutes(current.step, self.minutes_spin.value())

    def promote_picked(self) -> bool:
        done = self.session.promote_picked()
        if done:
            self.refresh()
        return done

    def card_menu(self, note_id: int, parent: QWidget | None = None) -> QMenu:
        """The card's context menu: Move to… for dealt bad ideas, Edit and Delete."""
        return card_menu(self.session, note_id, parent or self)

    # --- keys while typing ----------------------------------------------------------------
    def _install_team_keys(self) -> None:
        """Alt+1…9 moves the cursor to that team's lane while the teams type (the same
        field: best, worst or solution), carrying what was being typed."""
        for number in range(1, 10):
            shortcut = QShortcut(QKeySequence(f"Alt+{number}"), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda n=number: self.pick_team(n))

    def pick_team(self, number: int) -> bool:
        """Move typing to the `number`-th lane (1-based); False when there is none."""
        if self.session.projector_mode or not 1 <= number <= len(self.lanes):
            return False
        target = list(self.lanes.values())[number - 1]
        focused = QApplication.focusWidget()
        role = model.NoteRole.GOOD
        source: QLineEdit | None = None
        for lane in self.lanes.values():
            if focused is lane.bad_entry:
                role, source = model.NoteRole.BAD, lane.bad_entry
            elif focused is lane.good_entry or focused in lane.solution_entries.values():
                source = focused if isinstance(focused, QLineEdit) else None
        entry = target.first_visible_entry(role)
        if entry is None:
            return False
        if source is not None and source is not entry and source.text() and not entry.text():
            entry.setText(source.text())  # the idea typed for the wrong team follows
            source.clear()
        entry.setFocus()
        return True

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
