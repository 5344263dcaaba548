"""WorkshopFile: every edit is one transaction, and undo/redo return memory AND the file to
exactly the earlier state (checked against a fresh `Database.load()` and a reopened file)."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from app.demo import write_demo
from app.domain import edits, model
from app.domain.model import SourceTag, VoterKind
from app.services import Change, WorkshopFile
from app.store import mapping
from app.store.database import WriteFailedError


def normalised(data: model.WorkshopData) -> dict[str, Any]:
    result: dict[str, Any] = {"workshop": data.workshop}
    for spec in mapping.SPECS:
        result[spec.kind] = sorted(getattr(data, spec.kind), key=lambda e: getattr(e, spec.key))
    return result


def stored(workshop_file: WorkshopFile) -> dict[str, Any]:
    return normalised(workshop_file.database.load())


def reopened(path: Path) -> dict[str, Any]:
    workshop_file = WorkshopFile.open(path, read_only=True)
    try:
        return normalised(workshop_file.data)
    finally:
        workshop_file.close()


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_demo(tmp_path_factory.mktemp("master") / "demo.pointb")


@pytest.fixture
def opened(demo_master: Path, tmp_path: Path) -> Any:
    path = tmp_path / "w.pointb"
    shutil.copyfile(demo_master, path)
    workshop_file = WorkshopFile.open(path)
    yield workshop_file
    workshop_file.close()


# --- every edit, applied, undone and redone ------------------------------------------------
Data = model.WorkshopData
Edit = Callable[[Data], list[edits.Pair]]


def _link_note_2_to_1(data: Data) -> list[edits.Pair]:
    return edits.update_note(data, 2, source_note_id=1, role=model.NoteRole.SOLUTION)


def _participant_vote(data: Data) -> list[edits.Pair]:
    return edits.cast_vote(data, 3, VoterKind.PARTICIPANT, 1, 1)


# name -> (optional preparation edit, the edit under test)
EDITS: dict[str, tuple[Edit | None, Edit]] = {
    "add_note": (None, lambda d: edits.add_note(
        d, 1, "  new 🚀 <b>&</b>\x00  ", team_id=2, tag=SourceTag.OWN, x=5.5, y=-7.25)),
    "update_note": (None, lambda d: edits.update_note(d, 1, text="rewritten", color="#010203")),
    "update_notes": (None, lambda d: edits.update_notes(d, [1, 2, 40], color="#ABCDEF")),
    "move_notes": (None, lambda d: edits.move_notes(d, {1: (-1.5, 2.5), 41: (1e6, 3.0)})),
    "delete_notes": (_link_note_2_to_1, lambda d: edits.delete_notes(d, [1, 3])),
    "add_cluster": (None, lambda d: edits.add_cluster(d, 1, "New group", [37, 38, 39])),
    "add_empty_cluster": (None, lambda d: edits.add_cluster(d, 1, "Empty")),
    "update_cluster": (None, lambda d: edits.update_cluster(d, 2, title="Renamed")),
    "move_cluster": (None, lambda d: edits.move_cluster(d, 1, 100.0, -50.0)),
    "set_cluster": (None, lambda d: edits.set_cluster(d, [1, 37], 3)),
    "dissolve_cluster": (None, lambda d: edits.dissolve_cluster(d, 1)),
    "merge_clusters": (None, lambda d: edits.merge_clusters(d, 1, [2, 3])),
    "cast_vote_new": (None, lambda d: edits.cast_vote(d, 3, VoterKind.PARTICIPANT, 2, 2)),
    "cast_vote_more": (None, lambda d: edits.cast_vote(d, 1, VoterKind.TEAM, 1, 1)),
    "take_back_one": (None, lambda d: edits.cast_vote(d, 1, VoterKind.TEAM, 1, -1)),
    "take_back_last": (None, lambda d: edits.cast_vote(d, 23, VoterKind.TEAM, 1, -1)),
    "add_team": (None, lambda d: edits.add_team(d, " Moon ")),
    "delete_team": (None, lambda d: edits.delete_team(d, 1)),
    "move_team": (None, lambda d: edits.move_team(d, 3, 0)),
    "add_participant": (None, lambda d: edits.add_participant(d, "Zoë", 2)),
    "delete_participant": (_participant_vote, lambda d: edits.delete_participant(d, 1)),
    "add_board": (None, lambda d: edits.add_board(d, model.BoardKind.PRIORITISE, "MVP")),
    "drop_into_cluster": (None, lambda d: edits.drop(d, 1, {37: (30.0, 100.0)})),
    "drop_cluster_with_notes": (None, lambda d: edits.drop(d, 1, {}, {2: (10.0, 20.0)})),
    "delete_selection": (None, lambda d: edits.delete_selection(d, [1, 2], [3])),
    "update_entity": (None, lambda d: edits.update_entity(d.boards[0], title="Renamed board")),
}


@pytest.mark.parametrize("name", list(EDITS))
def test_apply_undo_redo_returns_memory_and_file_to_each_state(
    opened: WorkshopFile, name: str
) -> None:
    prepare, edit = EDITS[name]
    if prepare is not None:
        opened.apply("prepare", prepare(opened.data))
    before = normalised(opened.data)
    assert stored(opened) == before

    change = opened.apply(name, edit(opened.data))
    after = normalised(opened.data)
    assert after != before, "the edit should change something"
    assert stored(opened) == after

    opened.undo(change)
    assert normalised(opened.data) == before
    assert stored(opened) == before

    opened.redo(change)
    assert normalised(opened.data) == after
    assert stored(opened) == after
    # Memory is the file: lists keep the file's order (by id) after any undo.
    assert opened.data == opened.database.load()

    path = opened.path
    opened.close()
    assert reopened(path) == after


def test_workshop_settings_undo(opened: WorkshopFile) -> None:
    before = normalised(opened.data)
    change = opened.update_workshop(title="Новое название", vote_budget=3, score_method="ice")
    after = normalised(opened.data)
    assert stored(opened) == after != before
    opened.undo(change)
    assert normalised(opened.data) == stored(opened) == before
    opened.redo(change)
    assert stored(opened) == after


def test_import_is_one_change_that_undoes_completely(opened: WorkshopFile) -> None:
    before = normalised(opened.data)
    first = edits.next_id(opened.data.notes)
    notes = [model.Note(first + i, 1, f"imported {i}") for i in range(50)]
    change = opened.import_entities("import", notes)
    assert len(stored(opened)["notes"]) == len(before["notes"]) + 50
    opened.undo(change)
    assert normalised(opened.data) == stored(opened) == before


def test_a_failed_write_changes_neither_memory_nor_file(
    opened: WorkshopFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = normalised(opened.data)
    seen: list[Change] = []
    opened.listeners.append(seen.append)
    pairs = edits.add_note(opened.data, 1, "never saved")
    original_write = opened.database.write

    def failing_write(upserts: Any, deletes: Any, workshop: Any = None) -> None:
        with opened.database.transaction() as conn:
            conn.exec_driver_sql("INSERT INTO team (id, name, color, position) "
                                 "VALUES (77, 'half', '#000000', 0)")
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(opened.database, "write", failing_write)
    with pytest.raises(WriteFailedError, match="No space left"):
        opened.apply("add", pairs)
    monkeypatch.setattr(opened.database, "write", original_write)
    assert normalised(opened.data) == before
    assert stored(opened) == before, "the half-written transaction must be rolled back"
    assert seen == []
    # The next edit works normally.
    opened.apply("add", pairs)
    assert stored(opened) == normalised(opened.data) != before


def test_a_batch_commits_its_edits_together_each_its_own_change(opened: WorkshopFile) -> None:
    seen: list[Change] = []
    opened.listeners.append(seen.append)
    with opened.batch():
        first = opened.apply("one", edits.add_note(opened.data, 1, "first of the batch"))
        # The next edit's rules see the first in memory (the next free id)...
        second = opened.apply("two", edits.add_note(opened.data, 1, "second of the batch"))
        assert seen == []  # ...but nobody is told before the commit
    assert seen == [first, second]
    assert stored(opened) == normalised(opened.data)
    opened.undo(second)  # each is its own undo step
    assert [n.text for n in opened.data.notes if "batch" in n.text] == ["first of the batch"]


def test_a_failed_batch_changes_neither_memory_nor_file(opened: WorkshopFile) -> None:
    before = normalised(opened.data)
    seen: list[Change] = []
    opened.listeners.append(seen.append)
    with pytest.raises(WriteFailedError, match="disk went away"), opened.batch():
        opened.apply("one", edits.add_note(opened.data, 1, "lost with the batch"))
        opened.update_workshop(phones_moderated=True)
        raise OSError("disk went away")
    assert normalised(opened.data) == before
    assert stored(opened) == before
    assert seen == []
    opened.apply("after", edits.add_note(opened.data, 1, "the next edit works"))
    assert stored(opened) == normalised(opened.data) != before


# --- random sequences ----------------------------------------------------------------------
TRICKY = [
    "<b>&amp;</b> & <script>", "שלום עולם", "مرحبا 123", "🚀👩‍👩‍👧‍👦🏳️‍🌈", "Ёжик «в» тумане",
    "\x00null\x00", "lone \ud800 surrogate", "   ", "", "Robert'); DROP TABLE note;--",
    "\u202eRTL override", "line\nbreak\r\nand\ttab", "x" * 300,
]
texts = st.one_of(st.sampled_from(TRICKY), st.text(max_size=40))
coordinates = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False)


class EditSessions(RuleBasedStateMachine):
    """Random edits, undo and redo; the file must equal memory after every step."""

    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="pointb-stateful-"))
        data = model.WorkshopData(workshop=model.Workshop(title="Stateful"))
        data.teams = [model.Team(1, "A", "#FFD54F"), model.Team(2, "B", "#81D4FA", 1)]
        data.participants = [model.Participant(1, "P", 1), model.Participant(2, "Q", 2)]
        data.boards = [model.Board(1, model.BoardKind.CAPTURE, "Ideas")]
        data.notes = [model.Note(i, 1, f"seed {i}", x=i * 220.0) for i in range(1, 7)]
        self.file = WorkshopFile.create(self.folder / "s.pointb", data.workshop)
        self.file.import_entities("seed", [*data.teams, *data.participants, *data.boards,
                                           *data.notes])
        self.start = normalised(self.file.data)
        self.done: list[Change] = []
        self.undone: list[Change] = []

    # helpers
    def _edit(self, label: str, make: Callable[[], list[edits.Pair]]) -> None:
        before = normalised(self.file.data)
        try:
            pairs = make()
        except edits.EditRefused:
            assert normalised(self.file.data) == before
            return
        if not pairs:
            return
        self.done.append(self.file.apply(label, pairs))
        self.undone.clear()

    def _note(self, index: int) -> model.Note | None:
        notes = sorted(self.file.data.notes, key=lambda n: n.id)
        return notes[index % len(notes)] if notes else None

    def _cluster(self, index: int) -> model.Cluster | None:
        clusters = sorted(self.file.data.clusters, key=lambda c: c.id)
        return clusters[index % len(clusters)] if clusters else None

    # rules
    @rule(text=texts)
    def add_note(self, text: str) -> None:
        x, y = edits.next_note_position(self.file.data, 1)
        self._edit("add", lambda: edits.add_note(self.file.data, 1, text, x=x, y=y))

    @rule(index=st.integers(0, 99), text=texts)
    def update_text(self, index: int, text: str) -> None:
        note = self._note(index)
        if note is not None:
            self._edit("text", lambda: edits.update_note(self.file.data, note.id, text=text))

    @rule(index=st.integers(0, 99), x=coordinates, y=coordinates)
    def move(self, index: int, x: float, y: float) -> None:
        note = self._note(index)
        if note is not None:
            self._edit("move", lambda: edits.drop(self.file.data, 1, {note.id: (x, y)}))

    @rule(indexes=st.lists(st.integers(0, 99), min_size=1, max_size=3))
    def delete(self, indexes: list[int]) -> None:
        ids = {n.id for n in map(self._note, indexes) if n is not None}
        self._edit("delete", lambda: edits.delete_notes(self.file.data, ids))

    @rule(indexes=st.lists(st.integers(0, 99), max_size=4), title=texts)
    def create_cluster(self, indexes: list[int], title: str) -> None:
        ids = [n.id for n in map(self._note, indexes) if n is not None]
        self._edit("cluster", lambda: edits.add_cluster(self.file.data, 1, title, ids))

    @rule(index=st.integers(0, 99))
    def dissolve(self, index: int) -> None:
        cluster = self._cluster(index)
        if cluster is not None:
            self._edit("dissolve", lambda: edits.dissolve_cluster(self.file.data, cluster.id))

    @rule(target_index=st.integers(0, 99), others=st.lists(st.integers(0, 99), max_size=3))
    def merge(self, target_index: int, others: list[int]) -> None:
        target = self._cluster(target_index)
        if target is not None:
            ids = {c.id for c in map(self._cluster, others) if c is not None}
            self._edit("merge", lambda: edits.merge_clusters(self.file.data, target.id, ids))

    @rule(index=st.integers(0, 99), team=st.booleans(), voter=st.sampled_from([1, 2]),
          delta=st.sampled_from([1, 1, 2, -1]))
    def vote(self, index: int, team: bool, voter: int, delta: int) -> None:
        note = self._note(index)
        kind = VoterKind.TEAM if team else VoterKind.PARTICIPANT
        if note is not None:
            self._edit("vote", lambda: edits.cast_vote(self.file.data, note.id, kind, voter, delta))

    @rule()
    def undo(self) -> None:
        if self.done:
            change = self.done.pop()
            self.file.undo(change)
            self.undone.append(change)

    @rule()
    def redo(self) -> None:
        if self.undone:
            change = self.undone.pop()
            self.file.redo(change)
            self.done.append(change)

    @invariant()
    def file_equals_memory(self) -> None:
        assert stored(self.file) == normalised(self.file.data)

    def teardown(self) -> None:
        try:
            while self.done:
                self.file.undo(self.done.pop())
            assert normalised(self.file.data) == self.start
            assert stored(self.file) == self.start
        finally:
            self.file.close()
            shutil.rmtree(self.folder, ignore_errors=True)


EditSessions.TestCase.settings = settings(
    max_examples=30, stateful_step_count=25, deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
test_random_edit_sessions = EditSessions.TestCase


def test_a_change_names_the_boards_it_writes_on() -> None:
    note = model.Note(id=7, board_id=2, text="Pay by QR")
    moved = model.Note(id=7, board_id=3, text="Pay by QR")
    vote = model.Vote(id=1, note_id=7, voter_kind=VoterKind.TEAM, voter_id=1)
    on_board_2 = {7: 2}.get

    assert Change("note", ((None, note),)).boards_written(on_board_2) == {2}
    assert Change("move", ((note, moved),)).boards_written(on_board_2) == {2, 3}
    assert Change("dot", ((None, vote),)).boards_written(on_board_2) == {2}
    # Somewhere it cannot place: every board must assume the change concerns it.
    assert Change("dot", ((None, vote),)).boards_written(lambda _: None) is None
    team = model.Team(id=1, name="Blue", color="#3366cc")
    assert Change("team", ((None, team),)).boards_written(on_board_2) is None
    workshop = model.Workshop(title="Pay")
    assert Change("title", (), workshop_after=workshop).boards_written(on_board_2) is None
