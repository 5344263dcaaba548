"""Consistency rules a workshop must keep: every link points at something, budgets hold."""

from __future__ import annotations

from app.domain import archetypes, edits, journey, model, principles, scenario_audit, strategy
from app.domain.texts import shown
from app.domain.value_flow import LINK_TARGET
from app.domain.value_prop import CanvasItemKind


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
            home = clusters.get(note.cluster_id)
            if home is None:
                found.append(f"note {note.id} is in missing cluster {note.cluster_id}")
            elif home.board_id != note.board_id:
                found.append(f"note {note.id} is in cluster {home.id} of another board")
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
    found += _exercise_problems(data, boards, notes)
    found += _value_problems(data)
    found += strategy.problems(data)
    found += journey.problems(data)
    found += scenario_audit.problems(data)
    found += principles.problems(data)
    return found


def _exercise_problems(
    data: model.WorkshopData, boards: set[int], notes: set[int]
) -> list[str]:
    """Photos, good/bad rounds and deals, candidates, slices and Kano answers."""
    found: list[str] = []
    for image in data.images:
        if image.board_id not in boards:
            found.append(f"image {image.id} is on missing board {image.board_id}")
    teams = {t.id for t in data.teams}
    for round_ in data.reverse_rounds:
        if round_.board_id not in boards:
            found.append(f"reverse round {round_.board_id} is on a missing board")
        found += [
            f"reverse round {round_.board_id} names missing team {team}"
            for team in round_.team_ids
            if team not in teams
        ]
    for deal in data.deals:
        if deal.board_id not in boards:
            found.append(f"deal {deal.id} is on missing board {deal.board_id}")
        if deal.bad_note_id not in notes:
            found.append(f"deal {deal.id} deals missing note {deal.bad_note_id}")
        if deal.from_team_id not in teams:
            found.append(f"deal {deal.id} is from missing team {deal.from_team_id}")
        if deal.to_team_id not in teams:
            found.append(f"deal {deal.id} is dealt to missing team {deal.to_team_id}")
    slices = {s.id for s in data.slices}
    for release_slice in data.slices:
        if release_slice.board_id not in boards:
            found.append(
                f"release slice {release_slice.id} is on missing board {release_slice.board_id}"
            )
    candidates = {c.id for c in data.candidates}
    for candidate in data.candidates:
        if candidate.board_id not in boards:
            found.append(f"candidate {candidate.id} is on missing board {candidate.board_id}")
        if candidate.note_id is not None and candidate.note_id not in notes:
            found.append(f"candidate {candidate.id} comes from missing note {candidate.note_id}")
        if candidate.slice_id is not None and candidate.slice_id not in slices:
            found.append(f"candidate {candidate.id} is in missing slice {candidate.slice_id}")
    for answer in data.kano_answers:
        if answer.candidate_id not in candidates:
            missing = answer.candidate_id
            found.append(f"kano answer {answer.id} is about missing candidate {missing}")
    return found


def _value_problems(data: model.WorkshopData) -> list[str]:
    """Canvases point at real segments and slices; items at their canvas and proper targets."""
    found: list[str] = []
    segments = {s.id for s in data.segments}
    slices = {s.id for s in data.slices}
    canvases = {c.id for c in data.canvases}
    known_archetypes: frozenset[str] | None = None
    for canvas in data.canvases:
        if canvas.segment_id not in segments:
            found.append(f"canvas {canvas.id} is for missing segment {canvas.segment_id}")
        if canvas.slice_id is not None and canvas.slice_id not in slices:
            found.append(f"canvas {canvas.id} is for missing release slice {canvas.slice_id}")
        if canvas.archetype is None and canvas.secondary_archetype is not None:
            found.append(f"canvas {canvas.id} has a secondary archetype but no primary")
        chosen = [k for k in (canvas.archetype, canvas.secondary_archetype) if k is not None]
        if len(chosen) == 2 and chosen[0] == chosen[1]:
            found.append(f"canvas {canvas.id} has {shown(chosen[0])} as primary and secondary")
        if chosen:
            if known_archetypes is None:  # read the catalogue only when a canvas needs it
                known_archetypes = frozenset(archetypes.load_catalogue().keys())
            found += [
                f"canvas {canvas.id} has unknown archetype {shown(key)}"
                for key in chosen
                if key not in known_archetypes
            ]
    kinds = {i.id: (i.canvas_id, i.kind) for i in data.canvas_items}
    for item in data.canvas_items:
        if item.canvas_id not in canvases:
            found.append(f"canvas item {item.id} is on missing canvas {item.canvas_id}")
        if item.job_type is not None and item.kind is not CanvasItemKind.JOB:
            found.append(f"canvas item {item.id} is a {item.kind.value} with a job type")
        if item.addresses and item.kind not in LINK_TARGET:
            found.append(f"canvas item {item.id} is a {item.kind.value} that addresses items")
            continue
        for target in item.addresses:
            if target not in kinds:
                found.append(f"canvas item {item.id} addresses missing item {target}")
            elif kinds[target] != (item.canvas_id, LINK_TARGET[item.kind]):
                wanted = LINK_TARGET[item.kind].value
                found.append(
                    f"canvas item {item.id} addresses item {target}, "
                    f"which is not a {wanted} of its canvas"
                )
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
