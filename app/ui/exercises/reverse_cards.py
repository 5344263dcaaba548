"""One card of the good idea / bad idea board: a good idea, bad idea or solution.

Cards talk to the round through `ReverseSession` only: votes, picks, edits, the context
menu and dragging a dealt bad idea to another team's lane.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QMimeData, QPoint, QSize, Qt
from PySide6.QtGui import QDrag, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain import model
from app.ui import theme
from app.ui.elide import breakable, elided, set_name_text
from app.ui.exercises.reverse_common import (
    CARD_BACK,
    CARD_META_PX,
    CARD_TEXT_PX,
    GOOD_COLOR,
    NOTE_MIME,
    ROLE_COLORS,
    dots_text,
    note_fill,
    role_label,
)
from app.ui.exercises.reverse_session import ReverseSession
from app.ui.fit import ShrinkingWrapLabel
from app.ui.theme import color_icon

MIN_CARD_TEXT_PX = 14  # a narrow lane's card takes type down to this before cutting a word
CARD_NAME_PX = 110  # a team's name on a card ("from Sun"), elided beyond this
GLYPH_BUTTON_SIZE = QSize(38, 34)  # a card's + and − buttons: the glyph whole, easy to hit


# --- one card ---------------------------------------------------------------------------
class ReverseCard(QFrame):
    """A good idea, bad idea or solution. Dealt bad ideas can be dragged to another lane."""

    def __init__(
        self,
        session: ReverseSession,
        note: model.Note,
        face_down: bool,
        show_role: bool = True,
        show_origin: bool = False,
    ) -> None:
        super().__init__()
        self.session = session
        self.note_id = note.id
        self.role = note.role
        self.face_down = face_down
        self._press: QPoint | None = None
        self.text_label: ShrinkingWrapLabel | None = None  # none on a card's back
        self.setObjectName("reverseCard")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        data = session.data
        team = data.team(note.team_id)
        layout = QVBoxLayout(self)
        size, room = session.px, session.room  # in proportion in a small projector window
        layout.setContentsMargins(room(10), room(8), room(10), room(8))
        layout.setSpacing(room(6))
        role_color = ROLE_COLORS.get(note.role, theme.MUTED)
        if face_down:
            # The back of the card: the room sees that a card exists, never what it says.
            self.setStyleSheet(
                f"QFrame#reverseCard {{ background: {CARD_BACK}; border-radius: 10px; "
                f"border: 4px solid {team.color if team else CARD_BACK}; }}"
            )
            back = QLabel(role_label(note.role), self)
            back.setAlignment(Qt.AlignmentFlag.AlignCenter)
            back.setFont(theme.pixel_font(size(CARD_TEXT_PX), bold=True))
            back.setStyleSheet("color: #E2E8F0;")
            back.setMinimumHeight(room(70))
            layout.addWidget(back)
            return
        fill = note_fill(note, data)
        self.setStyleSheet(
            f"QFrame#reverseCard {{ background: {fill}; border-radius: 10px; "
            "border: 1px solid rgba(0, 0, 0, 50); }"
        )
        if show_role:
            badge = QLabel(role_label(note.role).upper(), self)
            badge.setObjectName("roleBadge")
            badge.setFont(theme.pixel_font(size(CARD_META_PX), bold=True))
            badge.setStyleSheet(
                f"color: white; background: {role_color}; border-radius: 4px; padding: 2px 8px;"
            )
            badge.setWordWrap(True)  # the role reads whole: on two lines in a narrow lane
            layout.addWidget(badge, 0, Qt.AlignmentFlag.AlignLeft)
        if show_origin and team is not None:
            # Where a dealt idea came from: the room follows the deal by team name and colour.
            # A line of its own, so a narrow lane never squeezes the card's text.
            author = QLabel(self)
            author.setFont(theme.pixel_font(size(CARD_META_PX + 1), bold=True))
            set_name_text(
                author,
                team.name,
                CARD_NAME_PX,
                template=QCoreApplication.translate("ReverseBoard", "from %1"),
            )
            author.setStyleSheet(f"color: {theme.INK};")
            author.setWordWrap(True)
            layout.addWidget(author)
        if note.id in session.promoted_ids:
            # A line of its own: a narrow lane has no room for it beside the role.
            promoted = QLabel(
                QCoreApplication.translate("ReverseBoard", "✓ in prioritisation"), self
            )
            promoted.setFont(theme.pixel_font(size(CARD_META_PX), bold=True))
            promoted.setWordWrap(True)
            promoted.setStyleSheet(f"color: {GOOD_COLOR};")
            layout.addWidget(promoted)
        # Plain text (user text is never markup), in smaller type in a narrow lane before
        # a word is cut; as tall as its wrapped lines.
        text_label = ShrinkingWrapLabel(
            breakable(note.text),
            theme.pixel_font(size(CARD_TEXT_PX)),
            size(MIN_CARD_TEXT_PX),
            self,
        )
        text_label.setObjectName("cardText")
        text_label.setStyleSheet(f"color: {theme.INK};")
        layout.addWidget(text_label)
        self.text_label = text_label
        self.pick_box: QCheckBox | None = None
        self.plus_button: QToolButton | None = None
        self.minus_button: QToolButton | None = None
        self.dots_label: QLabel | None = None

    def add_reveal_controls(self, votes: int, votable: bool, picked: bool) -> None:
        """Dots, +/- and a Pick box for the reveal step (solutions and shown good ideas)."""
        if self.session.projector_mode and votes == 0:
            return  # the room sees dots only where there are some
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        row = QHBoxLayout()
        row.setSpacing(6)
        if votable:
            # The dots on a line of their own: a narrow lane has no room for them beside
            # the buttons, and they are never cut.
            self.dots_label = QLabel(dots_text(votes), self)
            self.dots_label.setFont(theme.pixel_font(self.session.px(17), bold=True))
            self.dots_label.setStyleSheet("color: #B91C1C;")
            self.dots_label.setMinimumWidth(self.dots_label.sizeHint().width())
            self.dots_label.setVisible(votes > 0)
            layout.addWidget(self.dots_label)
            row.addStretch(1)
            if not self.session.projector_mode:
                self.minus_button = self._tool(
                    "−", QCoreApplication.translate("ReverseBoard", "Take a dot back")
                )
                self.plus_button = self._tool(
                    "+", QCoreApplication.translate("ReverseBoard", "Give a dot")
                )
                self.minus_button.clicked.connect(lambda: self.session.vote(self.note_id, -1))
                self.plus_button.clicked.connect(lambda: self.session.vote(self.note_id, +1))
                row.addWidget(self.minus_button)
                row.addWidget(self.plus_button)
        else:
            row.addStretch(1)
        layout.addLayout(row)
        if not self.session.projector_mode and self.note_id not in self.session.promoted_ids:
            self.pick_box = QCheckBox(QCoreApplication.translate("ReverseBoard", "Pick"), self)
            self.pick_box.setFont(theme.pixel_font(15))
            self.pick_box.setChecked(picked)
            self.pick_box.toggled.connect(
                lambda checked: self.session.set_picked(self.note_id, checked)
            )
            # Below the dots when there are dots: a narrow lane has no room for both.
            target = row if not votable else QHBoxLayout()
            if votable:
                target.addStretch(1)
                layout.addLayout(target)
            target.addWidget(self.pick_box)

    def _tool(self, text: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setFont(theme.pixel_font(18, bold=True))
        theme.mark_glyph_button(button, GLYPH_BUTTON_SIZE)
        return button

    def resizeEvent(self, event: QResizeEvent) -> None:
        """As tall as the wrapped text needs at this width: a narrower lane (a laptop)
        makes the card taller, never cuts its last lines."""
        super().resizeEvent(event)
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            needed = layout.totalHeightForWidth(self.width())
            if needed != self.minimumHeight():
                self.setMinimumHeight(needed)
            # The texts' heights at this width (a layout pending from before the lane
            # narrowed would keep the old ones and cut the text).
            layout.setGeometry(self.rect())

    # --- context menu and drag ------------------------------------------------------------
    def contextMenuEvent(self, event: object) -> None:
        if self.session.projector_mode or self.face_down:
            return
        menu = card_menu(self.session, self.note_id, self)
        if not menu.isEmpty():
            menu.exec(self.cursor().pos())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.session.can_drag(self.note_id):
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
        if not self.session.projector_mode and not self.face_down:
            self.session.edit_card_text(self.note_id)


def card_menu(session: ReverseSession, note_id: int, parent: QWidget) -> QMenu:
    """A card's context menu: Move to… for dealt bad ideas, Edit and Delete."""
    menu = QMenu(parent)
    if session.current_round() is None or session.note(note_id) is None:
        return menu
    targets = session.move_targets(note_id)
    if targets:
        move = menu.addMenu(QCoreApplication.translate("ReverseBoard", "Move to…"))
        move.setObjectName("moveToMenu")
        for team in targets:
            action = move.addAction(color_icon(team.color), elided(team.name))
            action.setData(team.id)
            action.triggered.connect(
                lambda _checked=False, t=team.id: session.move_idea(note_id, t)
            )
    menu.addAction(
        QCoreApplication.translate("ReverseBoard", "Edit text…"),
        lambda: session.edit_card_text(note_id),
    )
    menu.addAction(
        QCoreApplication.translate("ReverseBoard", "Delete"), lambda: session.delete_card(note_id)
    )
    return menu
