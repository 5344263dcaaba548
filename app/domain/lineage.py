"""The lineage of every idea: captured note or bad idea -> solution -> candidate -> Kano
class and release slice -> value proposition.

Reports trace it so a room can see what became of each idea it wrote.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from app.domain import kano, model
from app.domain.prioritise import Candidate, effective_category
from app.domain.value_prop import Canvas


class StepKind(StrEnum):
    NOTE = "note"
    CANDIDATE = "candidate"
    PROPOSITION = "proposition"


@dataclass
class LineageStep:
    kind: StepKind
    note: model.Note | None = None
    candidate: Candidate | None = None
    category: kano.KanoCategory | None = None
    slice_name: str = ""
    canvas: Canvas | None = None
    segment_name: str = ""
    children: list[LineageStep] = field(default_factory=list)


def lineage(data: model.WorkshopData) -> list[LineageStep]:
    """One tree per idea that led somewhere (a solution, or a candidate); ideas that stayed
    where they were are left out. Cycles in a damaged file are cut: each note shows once."""
    notes = {n.id: n for n in data.notes}
    children: dict[int, list[model.Note]] = {}
    for note in data.notes:
        if note.source_note_id is not None and note.source_note_id in notes:
            children.setdefault(note.source_note_id, []).append(note)
    candidates_of: dict[int, list[Candidate]] = {}
    for candidate in data.candidates:
        if candidate.note_id is not None:
            candidates_of.setdefault(candidate.note_id, []).append(candidate)
    results = kano.results_by_candidate(data.kano_answers)
    slices = {s.id: s.name for s in data.slices}
    segments = {s.id: s.name for s in data.segments}
    canvases_by_slice: dict[int, list[Canvas]] = {}
    for canvas in data.canvases:
        if canvas.slice_id is not None:
            canvases_by_slice.setdefault(canvas.slice_id, []).append(canvas)

    def candidate_step(candidate: Candidate) -> LineageStep:
        step = LineageStep(
            StepKind.CANDIDATE,
            candidate=candidate,
            category=effective_category(candidate, results.get(candidate.id)),
            slice_name=slices.get(candidate.slice_id or 0, ""),
        )
        for canvas in canvases_by_slice.get(candidate.slice_id or 0, []):
            step.children.append(
                LineageStep(
                    StepKind.PROPOSITION,
                    canvas=canvas,
                    segment_name=segments.get(canvas.segment_id, ""),
                    slice_name=step.slice_name,
                )
            )
        return step

    visited: set[int] = set()

    def note_step(note: model.Note) -> LineageStep:
        visited.add(note.id)
        step = LineageStep(StepKind.NOTE, note=note)
        step.children += [candidate_step(c) for c in candidates_of.get(note.id, [])]
        step.children += [note_step(c) for c in children.get(note.id, []) if c.id not in visited]
        return step

    led_somewhere = set(children) | set(candidates_of)
    roots = [
        n
        for n in data.notes
        if n.id in led_somewhere and (n.source_note_id is None or n.source_note_id not in notes)
    ]
    trees = [note_step(root) for root in roots]
    # Notes reachable only through a cycle still get a tree of their own.
    trees += [note_step(notes[i]) for i in sorted(led_somewhere) if i not in visited]
    return trees
