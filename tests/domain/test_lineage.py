"""The lineage of ideas: note -> solution -> candidate (class, slice) -> proposition."""

from __future__ import annotations

from app.demo import demo_data
from app.domain import model
from app.domain.kano import KanoCategory
from app.domain.lineage import LineageStep, StepKind, lineage
from app.domain.prioritise import Candidate, ReleaseSlice
from app.domain.value_prop import Canvas, Segment


def chain_data() -> model.WorkshopData:
    data = model.WorkshopData(workshop=model.Workshop(title="Chain"))
    data.boards = [model.Board(1, model.BoardKind.REVERSE, "Swap")]
    data.notes = [
        model.Note(1, 1, "Charge a fee for paying on time", role=model.NoteRole.BAD),
        model.Note(2, 1, "Cashback for paying on time", role=model.NoteRole.SOLUTION,
                   source_note_id=1),
        model.Note(3, 1, "An idea nobody took further"),
    ]
    data.slices = [ReleaseSlice(1, 2, "MVP 1")]
    data.candidates = [Candidate(1, 2, "Cashback", note_id=2, kano=KanoCategory.A, slice_id=1)]
    data.segments = [Segment(1, "Parents")]
    data.canvases = [Canvas(1, segment_id=1, slice_id=1)]
    return data


def kinds(step: LineageStep) -> list[StepKind]:
    return [step.kind] + [k for child in step.children for k in kinds(child)]


def test_a_bad_idea_is_traced_to_the_value_proposition() -> None:
    (tree,) = lineage(chain_data())
    assert tree.note is not None and tree.note.id == 1
    assert kinds(tree) == [StepKind.NOTE, StepKind.NOTE, StepKind.CANDIDATE, StepKind.PROPOSITION]
    candidate = tree.children[0].children[0]
    assert candidate.category == KanoCategory.A and candidate.slice_name == "MVP 1"
    assert candidate.children[0].segment_name == "Parents"


def test_ideas_that_went_nowhere_are_left_out_and_cycles_end() -> None:
    data = chain_data()
    assert all(t.note is None or t.note.id != 3 for t in lineage(data))
    data.notes[0].source_note_id = 2  # a damaged file: 1 -> 2 -> 1
    trees = lineage(data)
    shown = [n for t in trees for n in _notes(t)]
    assert sorted(shown) == [1, 2]  # each note once


def _notes(step: LineageStep) -> list[int]:
    own = [step.note.id] if step.note is not None else []
    return own + [n for child in step.children for n in _notes(child)]


def test_the_demo_traces_promoted_notes_and_solutions() -> None:
    trees = lineage(demo_data("en"))
    assert any(StepKind.PROPOSITION in kinds(t) for t in trees)
    assert any(t.note is not None and t.note.role == model.NoteRole.BAD for t in trees)
