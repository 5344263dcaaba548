"""What a participant may do from a phone, as edits: join, write, vote, answer Kano.

Every function returns the `(before, after)` pairs of one edit (see `edits`), so a phone
action goes through the same write path and the same undo as the facilitator's own edits.
The rules are the exercises' own (vote budget, Kano answers, good/bad lanes); this module
adds who may touch what from a phone: a participant edits and withdraws only their own
notes, and only while the board is still being written.

Votes and Kano answers are *set*, not incremented: a phone sends "my dots on this note
are now 2", so a request that arrives twice changes nothing the second time.
"""

from __future__ import annotations

import dataclasses

from app.domain import edits, model, prioritise_flow, reverse_flow
from app.domain.edits import EditRefused, Pair
from app.domain.i18n import N_, NC_
from app.domain.reverse import ReverseStep
from app.domain.texts import render

MAX_NAME = 60  # characters of a participant's name typed on a phone

MESSAGES = {
    "empty_name": N_("Type your name."),
    "long_name": NC_("a participant's name", "A name holds at most {limit} characters."),
    "unknown_team": N_("This team does not exist."),
    "unknown_note": N_("This note is no longer there."),
    "not_yours": N_("Only the author can change this note."),
    "not_a_board": N_("This board is not open for phones now."),
    "bad_count": N_("Dots on one note: a whole number from 0 to {budget}."),
    "removed": N_("The facilitator has taken this phone out of the session."),
    "no_team": N_("Pick your team first."),
    "phone_note": N_("Note from {name}"),
    "phone_edit": N_("Note edited by {name}"),
    "phone_withdraw": N_("Note withdrawn by {name}"),
    "phone_vote": N_("Dots from {name}"),
    "phone_kano": N_("Kano answer from {name}"),
    "phone_join": N_("{name} joined"),
    "someone": N_("a participant"),
    "merge_self": N_("Pick another note to merge into."),
}


def message(key: str, language: str, **params: object) -> str:
    return render(MESSAGES, key, language, **params)


def _participant(data: model.WorkshopData, participant_id: int) -> model.Participant:
    for person in data.participants:
        if person.id == participant_id:
            return person
    raise KeyError(participant_id)


def _note(data: model.WorkshopData, note_id: int, language: str) -> model.Note:
    for note in data.notes:
        if note.id == note_id:
            return note
    raise EditRefused(message("unknown_note", language))


def clean_name(name: str, language: str) -> str:
    cleaned = " ".join(edits.clean_label(name).split())
    if not cleaned:
        raise EditRefused(message("empty_name", language))
    if len(cleaned) > MAX_NAME:
        raise EditRefused(message("long_name", language, limit=MAX_NAME))
    return cleaned


def join(
    data: model.WorkshopData, name: str, team_id: int | None, language: str
) -> tuple[int, list[Pair]]:
    """The participant a phone acts as: an existing one of that name (their team updated
    when the phone picked another), or a new one. Returns (participant id, pairs)."""
    cleaned = clean_name(name, language)
    if team_id is not None and data.team(team_id) is None:
        raise EditRefused(message("unknown_team", language))
    for person in data.participants:
        if person.name.casefold() == cleaned.casefold():
            if team_id is not None and person.team_id != team_id:
                return person.id, [edits.replace(person, team_id=team_id)]
            return person.id, []
    pairs = edits.add_participant(data, cleaned, team_id)
    added = pairs[0][1]
    assert isinstance(added, model.Participant)
    return added.id, pairs


def _check_board(data: model.WorkshopData, board_id: int, language: str) -> model.Board:
    board = data.board(board_id)
    if board is None:
        raise EditRefused(message("not_a_board", language))
    return board


def write_note(
    data: model.WorkshopData,
    board_id: int,
    participant_id: int,
    text: str,
    language: str,
    anonymous: bool = False,
    moderated: bool = False,
) -> list[Pair]:
    """A note from a phone on a capture board: the author's name (none when anonymous) and
    team, the next free cell. Moderated, it waits set aside (parked) in the facilitator's
    inbox until accepted."""
    _check_board(data, board_id, language)
    person = _participant(data, participant_id)
    x, y = edits.next_note_position(data, board_id)
    author = "" if anonymous else person.name
    return edits.add_note(
        data, board_id, text, x=x, y=y, team_id=person.team_id, author=author, parked=moderated
    )


def inbox(data: model.WorkshopData) -> list[model.Note]:
    """Notes waiting for the facilitator: set aside on a capture board (only moderation
    sets capture notes aside), oldest first."""
    capture = {b.id for b in data.boards if b.kind == model.BoardKind.CAPTURE}
    return [n for n in data.notes if n.parked and n.board_id in capture]


def accept(data: model.WorkshopData, note_id: int, text: str | None = None) -> list[Pair]:
    """Put a waiting note on the board, with the facilitator's wording when given."""
    changes: dict[str, object] = {"parked": False}
    if text is not None:
        changes["text"] = text
    return edits.update_note(data, note_id, **changes)


def merge(data: model.WorkshopData, note_id: int, into_id: int, language: str) -> list[Pair]:
    """Merge a waiting note into another note of its board (one on the board or another
    waiting one): the other note gains the waiting one's words and author, unless it says
    the same already, and the waiting note goes."""
    note = _note(data, note_id, language)
    target = _note(data, into_id, language)
    if note.id == target.id or note.board_id != target.board_id:
        raise EditRefused(message("merge_self", language))
    changes: dict[str, object] = {}
    if note.text.casefold() not in target.text.casefold():
        changes["text"] = edits.clean_text(f"{target.text}\n{note.text}", language)
    names = [a.strip() for a in target.author.split(",") if a.strip()]
    authors = ", ".join(dict.fromkeys([*names, *([note.author] if note.author else [])]))
    if authors != target.author:
        changes["author"] = authors[: model.MAX_NAME]
    pairs = edits.update_note(data, into_id, **changes) if changes else []
    return [*pairs, *edits.delete_notes(data, [note_id])]


def shown_name(person: model.Participant, anonymous: bool, language: str) -> str:
    """How the console's undo history names a participant: not at all when anonymous."""
    return message("someone", language) if anonymous else person.name


def respondent(person: model.Participant, anonymous: bool) -> str:
    """The name a participant answers Kano under: a number when the room is anonymous."""
    return f"#{person.id}" if anonymous else person.name


def write_idea(
    data: model.WorkshopData,
    board_id: int,
    participant_id: int,
    role: model.NoteRole,
    text: str,
    bad_note_id: int | None,
    language: str,
    anonymous: bool = False,
) -> list[Pair]:
    """Good/bad: the team's good or bad idea (Write step), or a solution built from the bad
    idea the team received (Transform step)."""
    _check_board(data, board_id, language)
    person = _participant(data, participant_id)
    if person.team_id is None:
        raise EditRefused(message("no_team", language))
    if role == model.NoteRole.SOLUTION:
        if bad_note_id is None:
            raise EditRefused(message("unknown_note", language))
        pairs = reverse_flow.add_solution(data, board_id, bad_note_id, text, person.team_id)
    else:
        pairs = reverse_flow.add_idea(data, board_id, person.team_id, role, text)
    attributed: list[Pair] = []
    for _before, after in pairs:
        assert isinstance(after, model.Note)
        author = "" if anonymous else person.name
        attributed.append((None, dataclasses.replace(after, author=author)))
    return attributed


def owns(note: model.Note, own_ids: set[int]) -> bool:
    """A phone may change a note it wrote in this session (even an anonymous one)."""
    return note.id in own_ids


def still_open(data: model.WorkshopData, note: model.Note) -> bool:
    """A written note may be edited or withdrawn until the board moves on: on a good/bad
    board, only during the step it was written in."""
    current = reverse_flow.find_round(data, note.board_id)
    if current is None:
        return True
    if note.role in (model.NoteRole.GOOD, model.NoteRole.BAD):
        return current.step == ReverseStep.WRITE
    return current.step == ReverseStep.TRANSFORM


def edit_note(
    data: model.WorkshopData, note_id: int, own_ids: set[int], text: str, language: str
) -> list[Pair]:
    note = _note(data, note_id, language)
    if not owns(note, own_ids) or not still_open(data, note):
        raise EditRefused(message("not_yours", language))
    if note.text == edits.clean_text(text, language):
        return []
    return edits.update_note(data, note_id, text=text)


def withdraw_note(
    data: model.WorkshopData, note_id: int, own_ids: set[int], language: str
) -> list[Pair]:
    note = next((n for n in data.notes if n.id == note_id), None)
    if note is None:
        return []  # already gone: withdrawing twice is no error
    if not owns(note, own_ids) or not still_open(data, note):
        raise EditRefused(message("not_yours", language))
    if reverse_flow.find_round(data, note.board_id) is not None:
        return reverse_flow.delete_card(data, note.board_id, note_id)
    return edits.delete_notes(data, [note_id])


def dots_on(data: model.WorkshopData, participant_id: int, note_id: int) -> int:
    return sum(
        v.count
        for v in data.votes
        if v.note_id == note_id
        and v.voter_kind == model.VoterKind.PARTICIPANT
        and v.voter_id == participant_id
    )


def set_dots(
    data: model.WorkshopData, note_id: int, participant_id: int, count: int, language: str
) -> list[Pair]:
    """The participant's dots on a note become `count`, within the board's budget."""
    note = _note(data, note_id, language)
    budget = edits.board_vote_budget(data, note.board_id)
    if isinstance(count, bool) or not isinstance(count, int) or not 0 <= count <= budget:
        raise EditRefused(message("bad_count", language, budget=budget))
    person = _participant(data, participant_id)
    delta = count - dots_on(data, participant_id, note_id)
    if delta == 0:
        return []
    return edits.cast_vote(
        data, note_id, model.VoterKind.PARTICIPANT, participant_id, delta, person.name
    )


def answer_kano(
    data: model.WorkshopData,
    candidate_id: int,
    participant_id: int,
    functional: int,
    dysfunctional: int,
    anonymous: bool = False,
) -> list[Pair]:
    """The participant's answer pair on a candidate, under their name (or number)."""
    person = _participant(data, participant_id)
    return prioritise_flow.set_kano_answer(
        data, candidate_id, respondent(person, anonymous), functional, dysfunctional
    )


def remove_participant(data: model.WorkshopData, participant_id: int) -> list[Pair]:
    """The facilitator removes a participant: the person and their dots go, notes stay."""
    return edits.delete_participant(data, participant_id)
