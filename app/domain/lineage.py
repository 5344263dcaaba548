"""The lineage of every idea: captured note or bad idea -> solution -> candidate -> Kano
class and release slice -> value proposition. A journey barrier or opportunity, an audit
failure or a scenario model that was sent on starts a tree of its own (an origin step).

Reports trace it so a room can see what became of each idea it wrote.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

from app.domain import kano, model
from app.domain.cx_common import Sendable
from app.domain.prioritise import Candidate, effective_category
from app.domain.value_prop import Canvas


class StepKind(StrEnum):
    NOTE = "note"
    CANDIDATE = "candidate"
    PROPOSITION = "proposition"
    ORIGIN = "origin"  # a journey card, audit failure or scenario model that was sent on


class OriginKind(StrEnum):
    JOURNEY = "journey"  # a card of a journey stage
    FAILURE = "failure"  # a failure of an audited scenario
    MODEL = "model"  # a model of an audited scenario


@dataclass
class LineageStep:
    kind: StepKind
    note: model.Note | None = None
    candidate: Candidate | None = None
    category: kano.KanoCategory | None = None
    slice_name: str = ""
    canvas: Canvas | None = None
    segment_name: str = ""
    origin_kind: OriginKind | None = None
    origin_text: str = ""
    stage_name: str = ""  # the journey stage or audited scenario the origin belongs to
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

    trees = _origin_trees(data, notes, note_step, candidate_step)
    led_somewhere = set(children) | set(candidates_of)
    roots = [
        n
        for n in data.notes
        if n.id in led_somewhere and (n.source_note_id is None or n.source_note_id not in notes)
    ]
    trees += [note_step(root) for root in roots if root.id not in visited]
    # Notes reachable only through a cycle still get a tree of their own.
    trees += [note_step(notes[i]) for i in sorted(led_somewhere) if i not in visited]
    return trees


def _origin_trees(
    data: model.WorkshopData,
    notes: dict[int, model.Note],
    note_step: Callable[[model.Note], LineageStep],
    candidate_step: Callable[[Candidate], LineageStep],
) -> list[LineageStep]:
    """Journey cards, failures and models that became an idea or a candidate, in board order."""
    candidates = {c.id: c for c in data.candidates}
    stage_order = {s.id: (s.board_id, s.position, s.id) for s in data.journey_stages}
    stage_names = {s.id: s.name for s in data.journey_stages}
    scenario_order = {s.id: (s.board_id, s.position, s.id) for s in data.audit_scenarios}
    scenario_names = {s.id: s.title for s in data.audit_scenarios}
    sources: list[tuple[OriginKind, str, Sendable]] = []
    for cell in sorted(
        data.journey_cells, key=lambda c: (stage_order.get(c.stage_id, (0, 0, 0)), c.position)
    ):
        sources.append((OriginKind.JOURNEY, stage_names.get(cell.stage_id, ""), cell))
    for failure in sorted(
        data.audit_failures,
        key=lambda f: (scenario_order.get(f.scenario_id, (0, 0, 0)), f.position, f.id),
    ):
        sources.append((OriginKind.FAILURE, scenario_names.get(failure.scenario_id, ""), failure))
    for scenario_model in sorted(
        data.scenario_models,
        key=lambda m: (scenario_order.get(m.scenario_id, (0, 0, 0)), m.position, m.id),
    ):
        where = scenario_names.get(scenario_model.scenario_id, "")
        sources.append((OriginKind.MODEL, where, scenario_model))
    trees: list[LineageStep] = []
    for kind, where, item in sources:
        note = notes.get(item.note_id) if item.note_id is not None else None
        candidate = candidates.get(item.candidate_id) if item.candidate_id is not None else None
        if note is None and candidate is None:
            continue
        step = LineageStep(
            StepKind.ORIGIN, origin_kind=kind, origin_text=item.text, stage_name=where
        )
        if note is not None:
            step.children.append(note_step(note))
        if candidate is not None and (note is None or candidate.note_id != note.id):
            step.children.append(candidate_step(candidate))
        trees.append(step)
    return trees
