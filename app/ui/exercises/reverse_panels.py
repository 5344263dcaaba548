"""The panels around the good idea / bad idea lanes: the parked good ideas, the deal in
plain words, and the set-up form. Each reads and edits the round through
`ReverseSession`, never through the board widget."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain import model, reverse, reverse_flow
from app.domain.reverse import ReverseRound, ReverseStep
from app.ui import theme
from app.ui.elide import elided, set_name_text
from app.ui.exercises.reverse_cards import ReverseCard
from app.ui.exercises.reverse_common import (
    CARD_BACK,
    CHIP_NAME_PX,
    COMPACT_CHIP_NAME_PX,
    DEAL_LINE_PX,
    GOOD_COLOR,
    PARKED_HEAD_MIN,
    PARKED_STRIP_MIN,
    PARKED_STRIP_PART,
    PARKED_WIDTH,
    SECTION_PX,
    SPIN_STYLE,
    clear_layout,
    section_label,
)
from app.ui.exercises.reverse_session import ReverseSession
from app.ui.fit import ElidedButton, ElidedLabel, FollowsWrappedHeight
from app.ui.theme import color_icon

QWIDGETSIZE_MAX = 16777215  # Qt's "no maximum" for a widget's size
TEAMS_PER_ROW = 3
DEAL_LINE_MIN_WIDTH = (
    160  # the deal's sentence beside its chips, wrapped  # team boxes on the set-up page
)


# --- the parked good ideas --------------------------------------------------------------
class ParkedPanel(QFrame):
    """The set-aside good ideas: a closed stack until the facilitator shows them again.

    A column beside the lanes where the board is wide; a strip above them on a laptop
    (`set_strip`), so the lanes keep the width and no lane hides behind the parking.
    """

    def __init__(self, session: ReverseSession) -> None:
        super().__init__()
        self.session = session
        self.strip = False
        self.setObjectName("parkedPanel")
        self.setStyleSheet(
            "QFrame#parkedPanel { background: #EEF2F6; border: 2px dashed #94A3B8; "
            "border-radius: 14px; }"
        )
        self.main_layout = QBoxLayout(QBoxLayout.Direction.TopToBottom, self)
        self.main_layout.setContentsMargins(12, 12, 12, 12)
        self.main_layout.setSpacing(10)
        FollowsWrappedHeight(self)  # as tall as the cards' wrapped texts need
        head = QWidget(self)
        head_layout = QVBoxLayout(head)
        head_layout.setContentsMargins(0, 0, 0, 0)
        head_layout.setSpacing(8)
        self.title = QLabel(QCoreApplication.translate("ReverseBoard", "Parked good ideas"), head)
        self.title.setFont(theme.pixel_font(20, bold=True))
        self.title.setStyleSheet(f"color: {GOOD_COLOR};")
        self.title.setWordWrap(True)
        head_layout.addWidget(self.title)
        # Elided with the whole text as its tooltip when the strip's head is narrow (Qt
        # would cut the text at both ends).
        self.toggle = ElidedButton("", head)
        self.toggle.setObjectName("showParkedButton")
        self.toggle.setCheckable(True)
        self.toggle.clicked.connect(lambda checked: session.set_show_parked(checked))
        head_layout.addWidget(self.toggle)
        head_layout.addStretch(1)
        self.head = head
        self.main_layout.addWidget(head)
        self.stack = QLabel(self)
        self.stack.setObjectName("parkedStack")
        self.stack.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.setWordWrap(True)
        self.main_layout.addWidget(self.stack)
        cards = QWidget(self)
        self.cards_layout = QBoxLayout(QBoxLayout.Direction.TopToBottom, cards)
        self.cards_layout.setContentsMargins(0, 0, 0, 0)
        self.cards_layout.setSpacing(10)
        self.main_layout.addWidget(cards)
        self.main_layout.addStretch(1)
        self.cards: dict[int, ReverseCard] = {}
        self.set_strip(False)

    def set_strip(self, strip: bool) -> None:
        """A strip above the lanes (True) or a column beside them (False)."""
        self.strip = strip
        across = QBoxLayout.Direction.LeftToRight
        down = QBoxLayout.Direction.TopToBottom
        self.main_layout.setDirection(across if strip else down)
        self.cards_layout.setDirection(across if strip else down)
        # A strip is one slim line (the lanes below need the height); a column is roomy.
        # Type and room in proportion in a small projector window.
        size, room = self.session.px, self.session.room
        edge = room(6 if strip else 12)
        self.main_layout.setContentsMargins(room(12), edge, room(12), edge)
        self.title.setFont(theme.pixel_font(size(17 if strip else 20), bold=True))
        self.stack.setFont(theme.pixel_font(size(15 if strip else 18), bold=True))
        padding = room(6 if strip else 12)
        self.stack.setStyleSheet(
            f"color: #E2E8F0; background: {CARD_BACK}; border-radius: 10px; padding: {padding}px;"
        )
        # In a strip the title and the closed stack sit side by side, the stack on one line.
        self.stack.setWordWrap(not strip)
        self.stack.setMinimumHeight(0 if strip else 120)
        if strip:
            self.setMinimumWidth(0)
            self.setMaximumWidth(QWIDGETSIZE_MAX)
            self.head.setMaximumWidth(PARKED_STRIP_PART)
        else:
            self.setFixedWidth(PARKED_WIDTH)
            self.head.setMinimumWidth(0)
            self.head.setMaximumWidth(QWIDGETSIZE_MAX)
        self._show_title()
        self._fit_head()
        for column in self.columns():
            self._fit_column(column)

    def _show_title(self) -> None:
        """A strip's closed stack beside the Show button names itself ("3 good ideas set
        aside"): no title above the button, so the strip is one slim line on a laptop."""
        closed = self.toggle.isVisibleTo(self) and not self.toggle.isChecked()
        self.title.setVisible(not (self.strip and closed))

    def _fit_head(self) -> None:
        """A strip's head is as wide as its button's whole text (at least PARKED_HEAD_MIN):
        Qt would cut "Hide them again" at both ends."""
        if not self.strip:
            return
        button = self.toggle.sizeHint().width() if self.toggle.isVisibleTo(self) else 0
        self.head.setMinimumWidth(min(PARKED_STRIP_PART, max(PARKED_HEAD_MIN, button)))

    def columns(self) -> list[QWidget]:
        """One column per shown parked idea: the team's name above its card."""
        found = (self.cards_layout.itemAt(i) for i in range(self.cards_layout.count()))
        return [w for item in found if item is not None and (w := item.widget()) is not None]

    def _fit_column(self, column: QWidget) -> None:
        if self.strip:
            # The parts share a laptop's width (down to PARKED_STRIP_MIN each) rather
            # than scroll sideways.
            column.setMinimumWidth(PARKED_STRIP_MIN)
            column.setMaximumWidth(PARKED_STRIP_PART)
        else:
            column.setMinimumWidth(0)
            column.setMaximumWidth(QWIDGETSIZE_MAX)

    def refresh(self, current: ReverseRound) -> None:
        data = self.session.data
        parked = reverse_flow.parked_ideas(data, current.board_id)
        at_reveal = current.step == ReverseStep.REVEAL
        shown = at_reveal and current.show_parked
        self.toggle.setVisible(at_reveal and not self.session.projector_mode)
        self.toggle.setChecked(current.show_parked)
        self.toggle.setText(
            QCoreApplication.translate("ReverseBoard", "Hide them again")
            if current.show_parked
            else QCoreApplication.translate("ReverseBoard", "Show them again")
        )
        self._show_title()
        self._fit_head()
        count = len(parked)
        self.stack.setVisible(not shown)
        self.stack.setText(
            (
                QCoreApplication.translate("ReverseBoard", "1 good idea set aside")
                if count == 1
                else QCoreApplication.translate("ReverseBoard", "%1 good ideas set aside")
            ).replace("%1", str(count))
        )
        clear_layout(self.cards_layout)
        self.cards = {}
        if not shown:
            return
        # Shown again by the facilitator: face up on the projector too, even while the
        # lanes are still face down (the room sees the best ideas it set aside).
        for note in parked:
            column = QWidget(self)
            column_layout = QVBoxLayout(column)
            column_layout.setContentsMargins(0, 0, 0, 0)
            column_layout.setSpacing(6)
            team = data.team(note.team_id)
            if team is not None:
                label = section_label("", theme.MUTED, column, self.session.px(SECTION_PX))
                set_name_text(label, team.name.upper(), PARKED_STRIP_MIN)
                column_layout.addWidget(label)
            card = ReverseCard(self.session, note, False, show_role=False)
            card.setParent(column)
            if not self.session.projector_mode:
                card.add_reveal_controls(0, False, note.id in self.session.picked)
            column_layout.addWidget(card)
            column_layout.addStretch(1)
            self._fit_column(column)
            self.cards_layout.addWidget(column)
            self.cards[note.id] = card


# --- the deal, in words -----------------------------------------------------------------
class DealPanel(QFrame):
    """Who got whose bad idea, one line per pair, and the Re-deal button."""

    def __init__(self, session: ReverseSession) -> None:
        super().__init__()
        self.session = session
        self.setObjectName("dealPanel")
        self.setStyleSheet(
            "QFrame#dealPanel { background: #FFFFFF; border: 1px solid #D9D6CE; "
            "border-radius: 12px; }"
        )
        layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.setSpacing(16)
        self.main_layout = layout
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
        self.redeal_button.clicked.connect(session.redeal)
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
        self.side_layout = side
        side.addWidget(self.redeal_button, 0, Qt.AlignmentFlag.AlignRight)
        side.addWidget(self.move_hint)
        side.addStretch(1)
        layout.addLayout(side)
        self.lines: list[str] = []
        self.compact = False
        self.shown_round: ReverseRound | None = None

    def set_compact(self, compact: bool) -> None:
        """On a laptop's board the Re-deal button and its hint go below the deal, so the
        sentences keep the width."""
        across, down = QBoxLayout.Direction.LeftToRight, QBoxLayout.Direction.TopToBottom
        changed = compact != self.compact
        self.compact = compact
        if changed and self.shown_round is not None:
            self.refresh(self.shown_round)  # the arrows two a line, or all on one
        self.main_layout.setDirection(down if compact else across)
        self.main_layout.setSpacing(8 if compact else 16)
        self.move_hint.setMaximumWidth(QWIDGETSIZE_MAX if compact else 330)

    def refresh(self, current: ReverseRound) -> None:
        self.shown_round = current
        room = self.session.room  # in proportion in a small projector window
        self.main_layout.setContentsMargins(room(16), room(10), room(16), room(10))
        data = self.session.data
        deals = reverse_flow.deals_on(data, current.board_id)
        names = reverse_flow.team_names(data)
        self.lines = reverse.describe_deal(
            reverse.deal_map(deals), reverse.note_teams(deals), names, data.workshop.language
        )
        clear_layout(self.lines_layout)
        arrows: dict[tuple[int, int], int] = {}
        for deal in deals:
            key = (deal.from_team_id, deal.to_team_id)
            arrows[key] = arrows.get(key, 0) + 1
        ordered = sorted(arrows.items(), key=lambda item: (item[0][1], item[0][0]))
        # At the deal the room reads whole sentences; later one compact row is enough, and
        # at the console's reveal one line (the lanes below need the height; each
        # received card names its giver).
        compact = current.step > ReverseStep.DEAL
        if current.step == ReverseStep.REVEAL and not self.session.projector_mode:
            self.main_layout.setContentsMargins(room(16), room(6), room(16), room(6))
            self.lines_layout.addWidget(self._one_line(ordered, names))
        elif compact:
            row = QWidget(self)
            row_layout = QGridLayout(row)
            row_layout.setContentsMargins(0, 0, 0, 0)
            row_layout.setHorizontalSpacing(self.session.room(28))
            row_layout.setVerticalSpacing(self.session.room(6))
            caption = QLabel(QCoreApplication.translate("ReverseBoard", "The deal:"), row)
            caption.setFont(theme.pixel_font(self.session.px(DEAL_LINE_PX - 2), bold=True))
            caption.setStyleSheet(f"color: {theme.MUTED};")
            # Two arrows a line under the caption on a laptop's board (the console is
            # narrower than the wall) and in a small projector window; all on one line
            # beside it on a wide projector.
            console = not self.session.projector_mode or self.compact
            per_line = 2 if console else max(1, len(ordered))
            row_layout.addWidget(caption, 0, 0, 1, per_line if console else 1)
            first_row, first_column = (1, 0) if console else (0, 1)
            for index, ((giver, taker), count) in enumerate(ordered):
                arrow_row = self._arrow_row(data, giver, taker, count, sentence=False)
                row_layout.addWidget(
                    arrow_row, first_row + index // per_line, first_column + index % per_line
                )
            row_layout.setColumnStretch(first_column + per_line, 1)
            self.lines_layout.addWidget(row)
        else:
            for (giver, taker), count in ordered:
                self.lines_layout.addWidget(self._arrow_row(data, giver, taker, count))
        dealing = current.step == ReverseStep.DEAL and not self.session.projector_mode
        self.redeal_button.setVisible(dealing)
        self.move_hint.setVisible(dealing)
        self.setToolTip("\n".join(self.lines))

    def _one_line(
        self, ordered: list[tuple[tuple[int, int], int]], names: dict[int, str]
    ) -> ElidedLabel:
        """The deal as one line of text ("The deal: A → B · B → C"), elided with the whole
        text as its tooltip where the board is narrow."""
        arrows = [
            f"{names.get(giver, str(giver))} {'→' if count == 1 else f'→ ×{count}'} "
            f"{names.get(taker, str(taker))}"
            for (giver, taker), count in ordered
        ]
        caption = QCoreApplication.translate("ReverseBoard", "The deal:")
        line = ElidedLabel(f"{caption} {' · '.join(arrows)}", self)
        line.setObjectName("dealOneLine")
        line.setFont(theme.pixel_font(self.session.px(DEAL_LINE_PX - 2), bold=True))
        line.setStyleSheet(f"color: {theme.INK};")
        return line

    def _arrow_row(
        self, data: model.WorkshopData, giver: int, taker: int, count: int, sentence: bool = True
    ) -> QWidget:
        """Giver → taker in the teams' colours, with the plain sentence unless compact."""
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        chip_width = CHIP_NAME_PX if sentence else COMPACT_CHIP_NAME_PX
        middle = Qt.AlignmentFlag.AlignVCenter  # chips keep their height beside a wrapped line
        layout.addWidget(self._chip(data.team(giver), giver, chip_width), 0, middle)
        arrow = QLabel("→" if count == 1 else f"→ ×{count}", row)
        arrow.setFont(theme.pixel_font(self.session.px(DEAL_LINE_PX + 4), bold=True))
        layout.addWidget(arrow)
        layout.addWidget(self._chip(data.team(taker), taker, chip_width), 0, middle)
        if not sentence:
            return row
        font = theme.pixel_font(self.session.px(DEAL_LINE_PX - 2))
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
        text.setFont(font)
        text.setStyleSheet(f"color: {theme.INK};")
        text.setWordWrap(True)  # a laptop's board wraps the sentence rather than widening
        text.setMinimumWidth(DEAL_LINE_MIN_WIDTH)
        layout.addWidget(text, 1)
        return row

    def _chip(self, team: model.Team | None, team_id: int, width: int) -> QLabel:
        name = team.name if team else str(team_id)
        chip = QLabel(self)
        room = self.session.room
        chip.setFont(theme.pixel_font(self.session.px(DEAL_LINE_PX), bold=True))
        set_name_text(chip, name, width)
        color = team.color if team else model.DEFAULT_NOTE_COLOR
        chip.setStyleSheet(
            f"background: {color}; color: {theme.INK}; border-radius: 8px;"
            f" padding: {room(4)}px {room(12)}px;"
        )
        return chip


# --- set-up -----------------------------------------------------------------------------
class SetupPage(QWidget):
    """The challenge, the teams taking part and the ideas per team; Start begins writing."""

    def __init__(self, session: ReverseSession) -> None:
        super().__init__()
        self.session = session
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 24, 24, 24)
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
        teams_label.setWordWrap(True)  # two lines on a laptop: the teams keep the width
        grid.addWidget(teams_label, 2, 0, Qt.AlignmentFlag.AlignTop)
        teams = QWidget(card)
        # Rows of a few teams, so many teams (or long names) never widen the board.
        self.teams_layout = QGridLayout(teams)
        self.teams_layout.setContentsMargins(0, 0, 0, 0)
        self.teams_layout.setHorizontalSpacing(18)
        self.teams_layout.setVerticalSpacing(8)
        grid.addWidget(teams, 2, 1)
        ideas_label = QLabel(QCoreApplication.translate("ReverseBoard", "Ideas per team"), card)
        ideas_label.setFont(theme.pixel_font(16, bold=True))
        ideas_label.setWordWrap(True)
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
        ideas_note.setWordWrap(True)
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
        self.start_button.clicked.connect(self.start)
        grid.addWidget(self.start_button, 5, 1, Qt.AlignmentFlag.AlignRight)
        grid.setColumnStretch(1, 1)
        self.team_boxes: dict[int, QCheckBox] = {}

    def load(self, current: ReverseRound | None) -> None:
        """Fill the form from the round (after Back) or with the workshop's defaults."""
        data = self.session.data
        self.challenge_edit.setText(current.challenge if current else data.workshop.challenge)
        chosen = set(current.team_ids) if current else set(reverse_flow.default_team_ids(data))
        clear_layout(self.teams_layout)
        self.team_boxes = {}
        for index, team in enumerate(sorted(data.teams, key=lambda t: (t.position, t.id))):
            box = QCheckBox(self)
            box.setFont(theme.pixel_font(17))
            set_name_text(box, team.name)
            box.setIcon(color_icon(team.color, 18))
            box.setChecked(team.id in chosen)
            box.toggled.connect(self.update_warning)
            row, column = divmod(index, TEAMS_PER_ROW)
            self.teams_layout.addWidget(box, row, column)
            self.team_boxes[team.id] = box
        self.teams_layout.setColumnStretch(TEAMS_PER_ROW, 1)
        self.ideas_spin.setValue(current.ideas_per_team if current else 1)
        self.update_warning()

    def start(self) -> bool:
        """Start the round with the form as it is (Start, or Next on the set-up page)."""
        return self.session.start_round(
            self.chosen_team_ids(), self.challenge_edit.text(), self.ideas_spin.value()
        )

    def chosen_team_ids(self) -> list[int]:
        return [team_id for team_id, box in self.team_boxes.items() if box.isChecked()]

    def update_warning(self) -> None:
        data = self.session.data
        problem = reverse.can_run(self.chosen_team_ids())
        self.warning.setText("" if problem is None else reverse_flow.reverse_message(data, problem))
