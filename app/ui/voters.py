"""The voter picker shared by the boards that take dots (capture, good/bad "Reveal & pick").

The list comes from `app.domain.voters` (entry order). Each of the first nine entries shows
its number key ("1 · Oleg (Ravens)"), and refilling the list keeps the chosen voter: a
voter is matched by its (kind, id) key, never by its place or by `QComboBox.findData`
(which cannot compare Python tuples and silently answers "not found").
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox

from app.domain import model
from app.domain.voters import Voter, index_of
from app.ui import theme
from app.ui.theme import color_icon

KEYED_VOTERS = 9  # keys 1–9


def numbered(number: int, text: str) -> str:
    """The entry text with its number key, for the first nine voters."""
    return f"{number} · {text}" if number <= KEYED_VOTERS else text


def fill_voter_combo(
    combo: QComboBox, voter_list: list[Voter], label: Callable[[Voter], str]
) -> None:
    """Replace the combo's entries, keeping the chosen voter when it is still there.

    Emits no signal; the caller refreshes what depends on the voter.
    """
    chosen = current_voter(combo)
    combo.blockSignals(True)
    combo.clear()
    for number, voter in enumerate(voter_list, 1):
        color = voter.team.color if voter.team is not None else theme.BORDER
        combo.addItem(color_icon(color), numbered(number, label(voter)), voter)
    index = index_of(voter_list, chosen.key if chosen is not None else None)
    combo.setCurrentIndex(index if index is not None else (0 if voter_list else -1))
    combo.blockSignals(False)


def current_voter(combo: QComboBox) -> Voter | None:
    data = combo.currentData()
    return data if isinstance(data, Voter) else None


def select_voter(combo: QComboBox, kind: model.VoterKind, voter_id: int) -> bool:
    for index in range(combo.count()):
        data = combo.itemData(index)
        if isinstance(data, Voter) and data.key == (kind, voter_id):
            combo.setCurrentIndex(index)
            return True
    return False
