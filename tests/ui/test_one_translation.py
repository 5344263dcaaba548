"""A label is translated once: where a widget shows a label the domain or the printed
pages already name (exercise and stage names, Kano classes, quadrants, value map parts,
source tags), it takes their gettext text instead of a second copy in the Qt catalogue."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from app.domain import i18n_catalogues
from app.ui import i18n

# The same English word as an interface word and as a printed heading or field name,
# not a label of a domain value: each system translates its own.
SAME_WORD = {
    "Board", "Boards", "Candidate", "Challenge", "Date", "Done", "Emotion", "Exercise",
    "Facilitator", "How we know we are on track", "Idea", "Kano", "Metrics", "Notes",
    "Owner", "Photos", "Point B", "Scenario", "Slice", "Stage", "Step", "Team", "Teams",
    "Votes", "Add",
    "Set-up", "Transform",  # the good/bad stepper's short step names
    "Won't",  # the MoSCoW mark; the catalogue's "Won't" names a release slice
}
# Labels the domain or the pages name that widgets still translate themselves: each
# should take the catalogue's text; the list only shrinks.
NOT_YET_MOVED: set[str] = set()


def _msgids() -> set[str]:
    found: set[str] = set()
    for language in i18n_catalogues.languages():
        for message in i18n_catalogues.read(i18n_catalogues.po_path(language)):
            if message.id:
                ids = message.id if isinstance(message.id, (list, tuple)) else [message.id]
                found.update(ids)
    return found


def _qt_sources() -> set[str]:
    sources: set[str] = set()
    for path in i18n.ts_files():
        for message in ET.parse(path).getroot().iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("vanished", "obsolete"):
                continue  # kept by lupdate for history, no longer shown
            sources.add(message.findtext("source") or "")
    return sources


def test_no_label_is_translated_in_both_catalogues() -> None:
    twice = (_msgids() & _qt_sources()) - SAME_WORD - NOT_YET_MOVED
    assert not twice, f"translated in both the .ts and the .po: {sorted(twice)}"


def test_the_exceptions_are_still_needed() -> None:
    """An exception that no longer overlaps leaves the lists (they only shrink)."""
    both = _msgids() & _qt_sources()
    assert both >= (SAME_WORD | NOT_YET_MOVED), sorted((SAME_WORD | NOT_YET_MOVED) - both)
