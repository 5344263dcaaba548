"""Choosing the hero: the archetype deck and the suggestion.

The deck shows all twelve cards in their four motivation groups. The suggestion asks the
room the short question set (0-3 each) and lists `rank_archetypes` with its reasons; it
only suggests. The side-by-side comparison, where the choice is made, is in
`value_prop_compare`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.domain import value_prop
from app.domain.archetypes import Archetype
from app.domain.value_prop import (
    MAX_ANSWER,
    MOTIVATION_QUESTIONS,
    rank_archetypes,
)
from app.ui import theme
from app.ui.exercises.value_prop_common import (
    MOTIVATION_COLORS,
    PRIMARY_COLOR,
    ValueSession,
    card_frame,
    clear_layout,
    hbox,
    plain_label,
    set_flag,
)
from app.ui.i18n import counted, printed

SHOWN_REASONS = 3  # reasons listed per suggested archetype; the rest are counted
SHOWN_RANKS = 5  # archetypes listed with their reasons; the others by name only
CARD_MIN_WIDTH = 210  # a deck card's narrowest, Russian texts wrapped


class ArchetypeCard(QFrame):
    """One deck card: name, voice, desire, fear, gift and the question for the room."""

    def __init__(self, session: ValueSession, archetype: Archetype, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("vpCard")
        # Three equal cards per motivation, whatever their names and badges.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        # Never so narrow that the texts are cut: the deck scrolls sideways instead.
        self.setMinimumWidth(CARD_MIN_WIDTH)
        self.session = session
        self.archetype = archetype
        text = archetype.text(session.language)
        strong, light = MOTIVATION_COLORS[archetype.motivation]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        layout.setSpacing(3)
        name = plain_label(text.name, self, "vpCardName", wrap=False)
        name.setStyleSheet(f"color: {strong};")
        layout.addWidget(name)
        # "Compare" sits at the foot of the card, so the hero's name has the whole width.
        self.compare = QPushButton(self.tr("Compare"), self)
        self.compare.setCheckable(True)
        self.compare.setToolTip(self.tr("Put this hero side by side with up to two others"))
        self.compare.clicked.connect(self._toggle)
        # The role on its own line above the voice: a long name never collides with it,
        # and the voice keeps the card's whole width on a narrow card.
        self.role = plain_label("", self, "vpCardField", wrap=False)
        self.role.setVisible(False)
        layout.addWidget(self.role)
        layout.addWidget(plain_label(", ".join(text.voice), self, "vpVoice"))
        # Each field's name above its text: the text gets the card's whole width (a
        # two-column grid squeezed the texts into overlapping lines on narrow cards).
        for label, value in (
            (self.tr("Desire"), text.desire),
            (self.tr("Fear"), text.fear),
            (self.tr("Gift"), text.gift),
        ):
            layout.addWidget(plain_label(label, self, "vpCardField"))
            layout.addWidget(plain_label(value, self, "vpCardText"))
        prompt = plain_label(f"“{text.prompt}”", self, "vpPrompt")
        layout.addWidget(prompt)
        layout.addStretch(1)
        foot = hbox(spacing=8)
        foot.addWidget(self.compare)
        foot.addStretch(1)
        layout.addLayout(foot)
        self.setStyleSheet(
            f"QFrame#vpCard {{ border-left: 6px solid {strong}; }}"
            f' QFrame#vpCard[picked="true"] {{ background: {light}; }}'
        )

    def _toggle(self) -> None:
        self.session.toggle_compared(self.archetype.key)

    def show_state(self, compared: list[str], primary: str | None, secondary: str | None) -> None:
        key = self.archetype.key
        self.compare.setChecked(key in compared)
        self.compare.setText(self.tr("✓ Compare") if key in compared else self.tr("Compare"))
        set_flag(self, "picked", key in compared)
        set_flag(self, "primary", key == primary)
        if key == primary:
            self.role.setText(self.tr("PRIMARY"))
            self.role.setStyleSheet(f"color: {PRIMARY_COLOR}; font-size: 11pt;")
        elif key == secondary:
            self.role.setText(self.tr("SECONDARY"))
            self.role.setStyleSheet(f"color: {theme.ACCENT_DARK}; font-size: 11pt;")
        else:
            self.role.setText("")
        self.role.setVisible(key in (primary, secondary))


class DeckView(QScrollArea):
    """All twelve cards: one row per motivation, its three archetypes side by side."""

    def __init__(self, session: ValueSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.host = QWidget(self)
        self.host.setObjectName("vpDeckHost")
        self.host.setStyleSheet(f"QWidget#vpDeckHost {{ background: {theme.CANVAS}; }}")
        self.layout_ = QVBoxLayout(self.host)
        self.layout_.setContentsMargins(16, 8, 16, 8)
        self.layout_.setSpacing(6)
        self.setWidget(self.host)
        self.cards: dict[str, ArchetypeCard] = {}
        self.groups: list[QWidget] = []
        self._language = ""
        self._per_line = 3

    def _cards_per_line(self) -> int:
        """Three cards side by side, or two where three would be narrower than
        CARD_MIN_WIDTH (a laptop with the agenda open): long Russian words stay whole."""
        room = self.viewport().width() - 32  # the host's margins
        return 3 if room >= 3 * CARD_MIN_WIDTH + 2 * 10 else 2

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.cards and self._cards_per_line() != self._per_line:
            self._language = ""  # rebuilt with the new number of cards per line
            self.refresh()

    def _build(self) -> None:
        self._per_line = self._cards_per_line()
        clear_layout(self.layout_)
        self.cards = {}
        self.groups = []
        language = self.session.language
        for group in self.session.catalogue.by_motivation():
            strong, _light = MOTIVATION_COLORS[group.motivation.key]
            row = QWidget(self.host)
            row.setObjectName("vpGroup")
            # The motivation above its three cards: the cards get the whole width, so
            # they stay readable on a laptop screen.
            column = QVBoxLayout(row)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(4)
            head = hbox(spacing=12)
            info = group.motivation.text(language)
            name = plain_label(info.name, row, "vpGroupName", wrap=False)
            name.setStyleSheet(f"color: {strong};")
            head.addWidget(name)
            summary = plain_label(info.summary, row, "vpGroupSummary")
            head.addWidget(summary, 1)
            column.addLayout(head)
            per_line = self._cards_per_line()
            line = hbox(spacing=10)
            for index, archetype in enumerate(group.archetypes):
                if index and index % per_line == 0:
                    column.addLayout(line)
                    line = hbox(spacing=10)
                card = ArchetypeCard(self.session, archetype, row)
                line.addWidget(card, 1)
                self.cards[archetype.key] = card
            for _empty in range(-len(group.archetypes) % per_line):
                line.addStretch(1)  # a lone last card keeps the others' width
            column.addLayout(line)
            self.layout_.addWidget(row)
            self.groups.append(row)
        self.layout_.addStretch(1)
        self._language = language

    def refresh(self) -> None:
        if self._language != self.session.language or not self.cards:
            self._build()
        canvas = self.session.canvas()
        compared = self.session.compared()
        primary = canvas.archetype if canvas else None
        secondary = canvas.secondary_archetype if canvas else None
        for card in self.cards.values():
            card.compare.setEnabled(canvas is not None)
            card.show_state(compared, primary, secondary)


class SuggestView(QWidget):
    """The question set on the left, the ranking with its reasons on the right."""

    def __init__(self, session: ValueSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        outer = hbox(self, spacing=24, margins=16)
        left = QVBoxLayout()
        left.setSpacing(12)
        left.addWidget(
            plain_label(
                self.tr("Ask the room: how much does this matter to the customer?"),
                self,
                "vpSectionTitle",
            )
        )
        left.addWidget(
            plain_label(
                printed(value_prop.MESSAGES, "answer_scale"),
                self,
                "vpSectionHint",
            )
        )
        self.answer_groups: dict[str, QButtonGroup] = {}
        self.question_labels: dict[str, QLabel] = {}
        for question in MOTIVATION_QUESTIONS:
            row = hbox(spacing=6)
            label = plain_label(question.text(session.language), self, "vpQuestion")
            self.question_labels[question.key] = label
            row.addWidget(label, 1)
            group = QButtonGroup(self)
            group.setExclusive(True)
            for value in range(MAX_ANSWER + 1):
                button = QPushButton(str(value), self)
                button.setObjectName("vpAnswer")
                button.setCheckable(True)
                button.setAccessibleName(f"{question.key} {value}")
                group.addButton(button, value)
                row.addWidget(button)
            group.idClicked.connect(lambda value, key=question.key: self._answer(key, value))
            self.answer_groups[question.key] = group
            left.addLayout(row)
        left.addStretch(1)
        outer.addLayout(left, 5)

        right_host = QScrollArea(self)
        right_host.setWidgetResizable(True)
        # The ranking wraps to its width and scrolls down only: nothing hides to the side.
        right_host.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        right_host.setFrameShape(QFrame.Shape.NoFrame)
        self.ranking_host = QWidget(right_host)
        self.ranking_host.setObjectName("vpRanking")
        self.ranking_host.setStyleSheet(f"QWidget#vpRanking {{ background: {theme.CANVAS}; }}")
        self.ranking = QVBoxLayout(self.ranking_host)
        self.ranking.setSpacing(8)
        right_host.setWidget(self.ranking_host)
        outer.addWidget(right_host, 6)
        self.rank_names: list[str] = []
        self.compare_buttons: dict[str, QPushButton] = {}

    def _answer(self, key: str, value: int) -> None:
        self.session.set_answer(key, value)

    def refresh(self) -> None:
        answers = self.session.answers()
        for question in MOTIVATION_QUESTIONS:
            self.question_labels[question.key].setText(question.text(self.session.language))
        for key, group in self.answer_groups.items():
            button = group.button(answers.get(key, 0))
            if button is not None:
                button.setChecked(True)
            for each in group.buttons():
                each.setEnabled(self.session.canvas() is not None)
        clear_layout(self.ranking)
        self.rank_names = []
        self.compare_buttons = {}
        if self.session.canvas() is None:
            return
        language = self.session.language
        title = plain_label(
            self.tr("Suggested heroes: a starting point for the discussion; you decide."),
            self.ranking_host,
            "vpSectionTitle",
        )
        self.ranking.addWidget(title)
        results = rank_archetypes(self.session.catalogue, answers, self.session.items(), language)
        compared = self.session.compared()
        for position, result in enumerate(results, start=1):
            name = result.archetype.name(language)
            self.rank_names.append(result.key)
            if position > SHOWN_RANKS:
                continue
            card = card_frame(self.ranking_host)
            box = QVBoxLayout(card)
            box.setContentsMargins(14, 8, 14, 8)
            box.setSpacing(2)
            head = hbox(spacing=8)
            strong, _light = MOTIVATION_COLORS[result.archetype.motivation]
            label = plain_label(f"{position}. {name}", card, "vpRankName", wrap=False)
            label.setStyleSheet(f"color: {strong};")
            head.addWidget(label)
            points = counted(self.tr("%n point(s)", "", result.score), result.score)
            head.addWidget(plain_label(points, card, "vpCardField", wrap=False), 1)
            button = QPushButton(
                self.tr("✓ Compare") if result.key in compared else self.tr("Compare"), card
            )
            button.setCheckable(True)
            button.setChecked(result.key in compared)
            button.clicked.connect(lambda _=False, k=result.key: self.session.toggle_compared(k))
            head.addWidget(button)
            self.compare_buttons[result.key] = button
            box.addLayout(head)
            for reason in result.reasons[:SHOWN_REASONS]:
                box.addWidget(plain_label("• " + reason, card, "vpReason"))
            hidden = len(result.reasons) - SHOWN_REASONS
            if hidden > 0:
                more = self.tr("…and %1 more").replace("%1", str(hidden))
                box.addWidget(plain_label(more, card, "vpSectionHint"))
            self.ranking.addWidget(card)
        rest = [r.archetype.name(language) for r in results[SHOWN_RANKS:]]
        if rest:
            self.ranking.addWidget(
                plain_label(self.tr("Then: ") + ", ".join(rest), self.ranking_host, "vpReason")
            )
        self.ranking.addStretch(1)


__all__ = ["ArchetypeCard", "DeckView", "SuggestView"]
