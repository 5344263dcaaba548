"""The bar above the capture board: search and filters on the left, the tools for the
selected notes on the right.

On a laptop the bar is narrower than its tools: the tools that do not fit go into a "»"
menu at the end of the row (`OverflowRow`), so Group, Merge and Dot voting stay one click
away in any language. The bar only gathers what the facilitator chose; the capture board
connects the buttons to its edits.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from app.domain import model
from app.ui import theme
from app.ui.board.scene import NoteFilter
from app.ui.elide import elided
from app.ui.fit import OverflowRow, set_placeholder
from app.ui.stages import stage_title
from app.ui.theme import color_icon

FILTER_CHARS = 9  # characters a filter box is sized for (its own entries may ask for more)


def tool_button(parent: QWidget, text: str, tip: str) -> QToolButton:
    """A flat text-only tool button, as on the board's bars."""
    button = QToolButton(parent)
    button.setText(text)
    button.setToolTip(tip)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    return button


def size_choice_box(combo: QComboBox, fixed_entries: list[str]) -> None:
    """A filter box wide enough for its own fixed entries ("All sources", "Без источника")
    in this language, never for a long team name (names are elided in the list)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(max([FILTER_CHARS, *(len(t) for t in fixed_entries)]))


class FilterBar(QFrame):
    """Search, team and source filters, and the tools for the selection."""

    filter_changed = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("filterBar")
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 8, 12, 8)
        row.setSpacing(8)
        self.search_edit = QLineEdit(self)
        set_placeholder(self.search_edit, self.tr("Search notes (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(120)
        self.search_edit.textChanged.connect(self.filter_changed)
        self.team_filter = QComboBox(self)
        self.team_filter.setToolTip(self.tr("Show the notes of one team"))
        self.team_filter.currentIndexChanged.connect(self.filter_changed)
        self.tag_filter = QComboBox(self)
        self.tag_filter.setToolTip(self.tr("Show the notes from one source"))
        self.tag_filter.currentIndexChanged.connect(self.filter_changed)
        size_choice_box(self.team_filter, [self.tr("All teams"), self.tr("Without a team")])
        size_choice_box(
            self.tag_filter,
            [self.tr("All sources"), *(theme.tag_label(tag) for tag in model.SourceTag)],
        )
        self.match_label = QLabel(self)
        self.match_label.setStyleSheet(f"color: {theme.MUTED};")
        row.addWidget(self.search_edit, 1)
        row.addWidget(self.team_filter)
        row.addWidget(self.tag_filter)
        row.addWidget(self.match_label)

        self.team_button = tool_button(
            self, self.tr("Team"), self.tr("Colour the selected notes by team")
        )
        self.team_menu = QMenu(self.team_button)
        self.tag_button = tool_button(
            self, self.tr("Source"), self.tr("Set where the selected ideas came from")
        )
        self.tag_menu = QMenu(self.tag_button)
        for button, menu in ((self.team_button, self.team_menu), (self.tag_button, self.tag_menu)):
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            button.setMenu(menu)
        self.group_button = tool_button(
            self, self.tr("Group"), self.tr("Make a cluster of the selected notes (Ctrl+G)")
        )
        self.merge_button = tool_button(
            self, self.tr("Merge"), self.tr("Merge the selected clusters")
        )
        self.dissolve_button = tool_button(
            self, self.tr("Ungroup"), self.tr("Dissolve the selected clusters")
        )
        self.vote_button = tool_button(
            self,
            stage_title(model.BoardKind.CAPTURE, "vote"),
            self.tr("Enter the room's dots (Ctrl+D)"),
        )
        self.vote_button.setCheckable(True)
        # The tools take the room they need first; the search field gets what is left.
        self.tools = OverflowRow(self)
        for button in (
            self.vote_button,
            self.group_button,
            self.team_button,
            self.tag_button,
            self.merge_button,
            self.dissolve_button,
        ):
            self.tools.add(button)
        self.tools.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        row.addWidget(self.tools, 0, Qt.AlignmentFlag.AlignRight)

    def note_filter(self) -> NoteFilter:
        return NoteFilter(
            text=self.search_edit.text(),
            team_id=self.team_filter.currentData(),
            tag=self.tag_filter.currentData(),
        )

    def show_matches(self, note_filter: NoteFilter, matching: int, total: int) -> None:
        self.match_label.setText(
            self.tr("%1 of %2 match").replace("%1", str(matching)).replace("%2", str(total))
            if note_filter.active
            else ""
        )

    def refresh_filters(self, teams: list[model.Team]) -> None:
        """The team and source lists, keeping what was chosen (no filter signal)."""
        for combo in (self.team_filter, self.tag_filter):
            combo.blockSignals(True)
        current_team = self.team_filter.currentData()
        self.team_filter.clear()
        self.team_filter.addItem(self.tr("All teams"), None)
        self.team_filter.addItem(self.tr("Without a team"), -1)
        for team in teams:
            self.team_filter.addItem(color_icon(team.color), elided(team.name), team.id)
        self.team_filter.setCurrentIndex(max(0, self.team_filter.findData(current_team)))
        current_tag = self.tag_filter.currentData()
        self.tag_filter.clear()
        self.tag_filter.addItem(self.tr("All sources"), None)
        for tag in model.SourceTag:
            self.tag_filter.addItem(
                color_icon(theme.TAG_COLORS.get(tag, "#FFFFFF")), theme.tag_label(tag), tag
            )
        self.tag_filter.setCurrentIndex(max(0, self.tag_filter.findData(current_tag)))
        for combo in (self.team_filter, self.tag_filter):
            combo.blockSignals(False)

    def show_selection(self, notes: int, clusters: int) -> None:
        """Enable the tools that apply to what is selected."""
        self.group_button.setEnabled(bool(notes))
        self.team_button.setEnabled(bool(notes))
        self.tag_button.setEnabled(bool(notes))
        self.merge_button.setEnabled(clusters >= 2)
        self.dissolve_button.setEnabled(bool(clusters))
