"""Consistency rules a workshop must keep: every link points at something, budgets hold."""

from __future__ import annotations

from app.domain import edits, model


def problems(data: model.WorkshopData) -> list[str]:
    """Plain-language descriptions of every broken rule; empty when all is well."""
    found: list[str] = []
    boards = {b.id for b in data.boards}
    teams = {t.id for t in data.teams}
    notes = {n.id for n in data.notes}
    clusters = {c.id: c for c in data.clusters}
    participants = {p.id for p in data.participants}
    for person in data.participants:
        if person.team_id is not None and person.team_id not in teams:
            found.append(f"participant {person.id} belongs to missing team {person.team_id}")
    for cluster in data.clusters:
        if cluster.board_id not in boards:
            found.append(f"cluster {cluster.id} is on missing board {cluster.board_id}")
    for note in data.notes:
        if note.board_id not in boards:
            found.append(f"note {note.id} is on missing board {note.board_id}")
        if note.team_id is not None and note.team_id not in teams:
            found.append(f"note {note.id} belongs to missing team {note.team_id}")
        if note.cluster_id is not None:
            cluster = clusters.get(note.cluster_id)
            if cluster is None:
                found.append(f"note {note.id} is in missing cluster {note.cluster_id}")
            elif cluster.board_id != note.board_id:
                found.append(f"note {note.id} is in cluster {cluster.id} of another board")
        if note.source_note_id is not None and note.source_note_id not in notes:
            found.append(f"note {note.id} comes from missing note {note.source_note_id}")
    for vote in data.votes:
        if vote.note_id not in notes:
            found.append(f"vote {vote.id} is on missing note {vote.note_id}")
        voters = teams if vote.voter_kind == model.VoterKind.TEAM else participants
        if vote.voter_id not in voters:
            found.append(f"vote {vote.id} is by missing {vote.voter_kind.value} {vote.voter_id}")
        if vote.count < 1:
            found.append(f"vote {vote.id} has {vote.count} dots")
    found += _budget_problems(data)
    return found


def _budget_problems(data: model.WorkshopData) -> list[str]:
    found: list[str] = []
    board_of = {n.id: n.board_id for n in data.notes}
    used: dict[tuple[int, model.VoterKind, int], int] = {}
    for vote in data.votes:
        board = board_of.get(vote.note_id)
        if board is None:
            continue
        key = (board, vote.voter_kind, vote.voter_id)
        used[key] = used.get(key, 0) + vote.count
    for (board, kind, voter), count in sorted(used.items()):
        budget = edits.board_vote_budget(data, board)
        if count > budget:
            found.append(
                f"{kind.value} {voter} used {count} dots on board {board} (budget {budget})"
            )
    return found
