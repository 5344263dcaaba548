"""The inbox of `pointb serve --moderate`: the waiting notes, moderated from its terminal.

The server's terminal shows each phone note that waits for the facilitator, with its
number, and takes one command a line. Each command is one edit of the file, made by the
thread that owns it (the same write path as the phones' actions), and the phones hear of
it at once. The texts are English, like the rest of `pointb serve`'s output.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.domain import edits, model, phones
from app.domain.edits import EditRefused, Pair

HELP = """Inbox commands (one a line; N is the number shown with a waiting note):
  list                 the notes waiting now
  accept N             put note N on the board
  edit N NEW TEXT      put note N on the board with your wording
  merge N INTO         add note N's words to note INTO of its board, then drop N
  reject N             throw note N away
  help                 this list"""

_ALIASES = {
    "l": "list",
    "ls": "list",
    "a": "accept",
    "e": "edit",
    "m": "merge",
    "r": "reject",
    "?": "help",
    "h": "help",
}


@dataclass(frozen=True)
class InboxEdit:
    """One moderation edit to apply, and what to say once it is saved."""

    label: str
    pairs: Sequence[Pair]
    done: str


def waiting_line(note: model.Note) -> str:
    """`#12 Cash back at the till (Lena)`: a waiting note on one line."""
    text = " ".join(note.text.split())
    if len(text) > 120:
        text = text[:119] + "…"
    by = f" ({note.author})" if note.author else ""
    return f"#{note.id} {text}{by}"


def listing(data: model.WorkshopData) -> str:
    waiting = phones.inbox(data)
    if not waiting:
        return "No note is waiting."
    return "\n".join([f"Waiting: {len(waiting)}", *(waiting_line(n) for n in waiting)])


def _number(word: str) -> int:
    try:
        return int(word.lstrip("#"))
    except ValueError:
        raise EditRefused(f"{word!r} is not a note number (see list)") from None


def _waiting(data: model.WorkshopData, word: str) -> model.Note:
    note_id = _number(word)
    note = next((n for n in phones.inbox(data) if n.id == note_id), None)
    if note is None:
        raise EditRefused(f"no note #{note_id} is waiting (see list)")
    return note


def command(data: model.WorkshopData, line: str) -> InboxEdit | str:
    """What a typed line does: an edit to apply, or a text to show. Raises EditRefused
    (one line, naming what was wrong) for a line that cannot be done."""
    words = line.split()
    if not words:
        return ""
    verb = _ALIASES.get(words[0].lower(), words[0].lower())
    language = data.workshop.language
    if verb == "list":
        return listing(data)
    if verb == "help":
        return HELP
    if verb in ("accept", "reject") and len(words) == 2:
        note = _waiting(data, words[1])
        if verb == "accept":
            pairs = phones.accept(data, note.id)
            return InboxEdit("Accept a phone note", pairs, f"#{note.id} accepted")
        pairs = edits.delete_notes(data, [note.id])
        return InboxEdit("Reject a phone note", pairs, f"#{note.id} rejected")
    if verb == "edit" and len(words) >= 3:
        note = _waiting(data, words[1])
        text = line.split(None, 2)[2].strip()
        pairs = phones.accept(data, note.id, text)
        return InboxEdit("Accept a phone note", pairs, f"#{note.id} accepted as edited")
    if verb == "merge" and len(words) == 3:
        note = _waiting(data, words[1])
        into = _number(words[2])
        pairs = phones.merge(data, note.id, into, language)
        return InboxEdit("Merge a phone note", pairs, f"#{note.id} merged into #{into}")
    raise EditRefused(f"not an inbox command: {line.strip()!r} (type help)")
