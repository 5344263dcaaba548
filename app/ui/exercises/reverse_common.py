"""Shared pieces of the good idea / bad idea board: type sizes, colours, step and role
names, and small widgets used by its cards, lanes and panels."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QLayout, QLineEdit, QWidget

from app.domain import model
from app.domain.reverse import ReverseStep
from app.export import page_reverse
from app.ui import theme
from app.ui.fit import set_placeholder
from app.ui.i18n import printed

NOTE_MIME = "application/x-pointb-reverse-note"

# Type sizes in pixels, chosen to read from the back of a room on a 1080p projector.
CHALLENGE_PX = 26
STEP_PX = 18  # the stepper's chips on the console
PROJECTOR_STEP_PX = 28  # ... and on the projector at 1920×1080, in proportion when smaller
# The projector's type against the console's at 1920×1080 (cards 19 → 28 px): read from
# the back of the room, in proportion in a smaller projector window.
PROJECTOR_TYPE = 1.45
MIN_CHIP_PX = 12  # ... down to this in a small projector window on the console's screen
PROJECTOR_HEADER = 150  # the projector's header above the board at 1920×1080, in pixels
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
PARKED_WIDTH = 330  # the parked ideas' column beside the lanes
PARKED_STRIP_PART = 230  # ... each part of their strip above the lanes on a laptop
PARKED_STRIP_MIN = 120  # ... and its narrowest, when the parts share a small screen
PARKED_HEAD_MIN = 130  # ... the strip's title and button (the title wraps)
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
        model.NoteRole.GOOD: printed(page_reverse.MESSAGES, "own_good"),
        model.NoteRole.BAD: printed(page_reverse.MESSAGES, "own_bad"),
        model.NoteRole.SOLUTION: QCoreApplication.translate("ReverseBoard", "Solution"),
    }
    return labels.get(role, QCoreApplication.translate("ReverseBoard", "Idea"))


CHIP_NAME_PX = 160  # a team's name on a deal chip
COMPACT_CHIP_NAME_PX = 80  # ... in the one-row summary of the deal (many chips share it)


def section_label(text: str, color: str, parent: QWidget, pixels: int = SECTION_PX) -> QLabel:
    label = QLabel(text.upper(), parent)
    label.setWordWrap(True)  # a narrow lane wraps "BEST IDEA  1/1" rather than widening
    label.setFont(theme.pixel_font(pixels, bold=True))
    label.setStyleSheet(f"color: {color}; letter-spacing: 1px;")
    return label


def clear_layout(layout: QLayout, keep: Sequence[QWidget] = ()) -> None:
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
            clear_layout(child, keep)


class EntryLine(QLineEdit):
    """A card entry: type and press Enter. Large type, so the room can read what is typed."""

    def __init__(self, placeholder: str, parent: QWidget) -> None:
        super().__init__(parent)
        set_placeholder(self, placeholder)
        self.setFont(theme.pixel_font(17))
        self.setClearButtonEnabled(True)


def note_fill(note: model.Note, data: model.WorkshopData) -> str:
    """Cards carry the colour of the team that wrote them, so a dealt idea shows its origin."""
    team = data.team(note.team_id)
    return note.color or (team.color if team else model.DEFAULT_NOTE_COLOR)


def dots_text(count: int) -> str:
    if count <= 0:
        return ""
    shown = "●" * min(count, 8)
    return f"{shown} {count}" if count > 1 else shown
