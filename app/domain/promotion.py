"""Promoting ideas to the prioritisation pool: a candidate keeps a link to its note."""

from __future__ import annotations

from collections.abc import Iterable

from app.domain import edits, model
from app.domain.prioritise import Candidate, Origin

ORIGIN_BY_ROLE = {
    model.NoteRole.IDEA: Origin.CAPTURE,
    model.NoteRole.SOLUTION: Origin.REVERSE_SOLUTION,
    model.NoteRole.GOOD: Origin.REVERSE_GOOD,
}


def prioritisation_board(data: model.WorkshopData) -> model.Board | None:
    boards = sorted(data.boards, key=lambda b: b.position)
    return next((b for b in boards if b.kind == model.BoardKind.PRIORITISE), None)


def promote(
    data: model.WorkshopData, note_ids: Iterable[int], board_title: str = "Prioritisation"
) -> list[edits.Pair]:
    """Candidates for the notes not yet promoted; creates the prioritisation board if needed.

    Notes already on the board as candidates are skipped, so promoting twice is harmless.
    """
    pairs: list[edits.Pair] = []
    board = prioritisation_board(data)
    if board is None:
        pairs += edits.add_board(data, model.BoardKind.PRIORITISE, board_title)
        added = pairs[-1][1]
        assert isinstance(added, model.Board)
        board = added
    already = {c.note_id for c in data.candidates if c.board_id == board.id}
    notes = {n.id: n for n in data.notes}
    next_candidate = edits.next_id(data.candidates)
    count = sum(1 for c in data.candidates if c.board_id == board.id)
    for note_id in note_ids:
        note = notes.get(note_id)
        if note is None or note_id in already:
            continue
        origin = ORIGIN_BY_ROLE.get(note.role, Origin.CAPTURE)
        slot = count
        count += 1
        candidate = Candidate(
            id=next_candidate,
            board_id=board.id,
            text=note.text,
            note_id=note.id,
            origin=origin.value,
            x=(slot % 6) * (model.NOTE_WIDTH + 20),
            y=(slot // 6) * (model.NOTE_HEIGHT + 20),
        )
        next_candidate += 1
        already.add(note_id)
        pairs.append((None, candidate))
    return pairs
