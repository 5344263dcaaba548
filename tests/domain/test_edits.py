"""Domain edit rules: vote budgets, vote refusals, cascades, cluster geometry, text rules."""

from __future__ import annotations

import dataclasses

import pytest

from app.domain import edits, entities, model
from app.domain.edits import EditRefused
from app.domain.model import SourceTag, VoterKind

TEAM, PERSON = VoterKind.TEAM, VoterKind.PARTICIPANT


def workshop(notes: int = 9, language: str = "en", budget: int | None = None) -> model.WorkshopData:
    data = model.WorkshopData(
        workshop=model.Workshop(title="T", language=language, vote_budget=budget)
    )
    data.teams = [model.Team(1, "Sun", "#FFD54F"), model.Team(2, "Sky", "#81D4FA", 1)]
    data.participants = [model.Participant(1, "Anna", 1), model.Participant(2, "Boris", 2)]
    data.boards = [
        model.Board(1, model.BoardKind.CAPTURE, "Ideas"),
        model.Board(2, model.BoardKind.CAPTURE, "More", 1),
    ]
    data.notes = [
        model.Note(i, 1, f"idea {i}", x=100.0 * i, y=10.0 * i) for i in range(1, notes + 1)
    ]
    return data


def apply(data: model.WorkshopData, pairs: list[edits.Pair]) -> model.WorkshopData:
    """Apply pairs the way WorkshopFile does in memory (enough for chained domain checks)."""
    for before, after in pairs:
        entity = after if after is not None else before
        assert entity is not None
        kind = {model.Note: "notes", model.Cluster: "clusters", model.Vote: "votes",
                model.Team: "teams", model.Participant: "participants",
                model.Board: "boards"}[type(entity)]
        items = [e for e in getattr(data, kind) if e.id != entity.id]
        if after is not None:
            items.append(after)
        setattr(data, kind, sorted(items, key=lambda e: e.id))
    return data


def vote(data: model.WorkshopData, note: int, kind: VoterKind, voter: int, delta: int) -> None:
    apply(data, edits.cast_vote(data, note, kind, voter, delta, voter_name=f"voter {voter}"))


# --- budget --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("notes", "budget"),
    [(0, 1), (1, 1), (2, 1), (3, 1), (5, 1), (6, 2), (14, 4), (29, 9), (30, 10), (31, 10),
     (500, 10)],
)
def test_default_budget_is_a_third_of_the_notes_between_1_and_10(notes: int, budget: int) -> None:
    assert edits.vote_budget(notes) == budget


@pytest.mark.parametrize(("override", "budget"), [(15, 15), (1, 1), (0, 4), (-3, 4), (None, 4)])
def test_budget_override_wins_when_positive(override: int | None, budget: int) -> None:
    assert edits.vote_budget(14, override) == budget


def test_board_budget_counts_visible_notes_of_that_board_only() -> None:
    data = workshop(notes=12)
    assert edits.board_vote_budget(data, 1) == 4
    data.notes[0].parked = True
    data.notes[1].parked = True
    data.notes[2].board_id = 2
    assert edits.board_vote_budget(data, 1) == 3  # 9 visible notes left on board 1
    assert edits.board_vote_budget(data, 2) == 1
    data.workshop.vote_budget = 7
    assert edits.board_vote_budget(data, 1) == 7


# --- votes ---------------------------------------------------------------------------------
def test_votes_accumulate_on_one_record_and_stop_at_the_budget() -> None:
    data = workshop(notes=9)  # budget 3
    vote(data, 1, PERSON, 1, 1)
    vote(data, 1, PERSON, 1, 1)
    vote(data, 2, PERSON, 1, 1)
    assert [(v.note_id, v.count) for v in data.votes] == [(1, 2), (2, 1)]
    with pytest.raises(EditRefused) as caught:
        edits.cast_vote(data, 3, PERSON, 1, 1, voter_name="Anna")
    assert str(caught.value) == "Anna has no dots left (dots per voter: 3)."
    # Another voter, and the same id as a team, have budgets of their own.
    vote(data, 3, PERSON, 2, 3)
    vote(data, 3, TEAM, 1, 3)
    assert data.vote_totals() == {1: 2, 2: 1, 3: 6}


def test_a_vote_may_not_jump_over_the_budget_in_one_go() -> None:
    data = workshop(notes=9)
    with pytest.raises(EditRefused):
        edits.cast_vote(data, 1, TEAM, 1, 4)
    assert data.votes == []


def test_the_budget_is_per_board() -> None:
    data = workshop(notes=9)
    data.notes.append(model.Note(50, 2, "other board"))
    vote(data, 1, PERSON, 1, 3)
    vote(data, 50, PERSON, 1, 1)  # board 2 has its own budget (1)
    with pytest.raises(EditRefused):
        edits.cast_vote(data, 50, PERSON, 1, 1)


def test_the_refusal_speaks_the_workshop_language() -> None:
    data = workshop(notes=3, language="ru")
    vote(data, 1, TEAM, 1, 1)
    with pytest.raises(EditRefused, match="Солнце: голоса закончились \\(на каждого: 1\\)"):
        edits.cast_vote(data, 2, TEAM, 1, 1, voter_name="Солнце")
    with pytest.raises(EditRefused, match="нет голоса"):
        edits.cast_vote(data, 2, TEAM, 2, -1, voter_name="Небо")


def test_taking_back_dots() -> None:
    data = workshop(notes=9)
    vote(data, 1, PERSON, 1, 2)
    with pytest.raises(EditRefused) as caught:
        edits.cast_vote(data, 2, PERSON, 1, -1, voter_name="Anna")
    assert str(caught.value) == "Anna has no dot on this note to take back."
    with pytest.raises(EditRefused):
        edits.cast_vote(data, 1, PERSON, 2, -1)  # someone else's dot
    with pytest.raises(EditRefused):
        edits.cast_vote(data, 1, PERSON, 1, -3)  # more than there are
    vote(data, 1, PERSON, 1, -1)
    assert [(v.note_id, v.count) for v in data.votes] == [(1, 1)]
    pairs = edits.cast_vote(data, 1, PERSON, 1, -1)
    assert pairs == [(data.votes[0], None)]  # the last dot removes the record
    apply(data, pairs)
    assert data.votes == []


# --- delete cascades -----------------------------------------------------------------------
def test_deleting_notes_removes_their_votes_and_clears_links_to_them() -> None:
    data = workshop(notes=6)
    data.notes[3] = model.Note(4, 1, "solution", source_note_id=1, role=model.NoteRole.SOLUTION)
    data.notes[4] = model.Note(5, 1, "also from 2", source_note_id=2)
    vote(data, 1, PERSON, 1, 1)
    vote(data, 3, PERSON, 2, 1)
    apply(data, edits.delete_notes(data, [1, 2]))
    assert [n.id for n in data.notes] == [3, 4, 5, 6]
    assert [v.note_id for v in data.votes] == [3]
    links = {n.id: n.source_note_id for n in data.notes}
    assert links == {3: None, 4: None, 5: None, 6: None}
    assert data.notes[1].role == model.NoteRole.SOLUTION  # only the link is cleared


def test_deleting_a_note_and_its_source_together_removes_both_cleanly() -> None:
    data = workshop(notes=3)
    data.notes[1] = model.Note(2, 1, "from 1", source_note_id=1)
    pairs = edits.delete_notes(data, [1, 2])
    assert all(after is None for _before, after in pairs)


def test_deleting_a_team_unlinks_notes_and_people_and_drops_its_votes() -> None:
    data = workshop(notes=6)
    data.notes[0].team_id = 1
    vote(data, 1, TEAM, 1, 1)
    vote(data, 2, TEAM, 2, 1)
    vote(data, 3, PERSON, 1, 1)  # participant 1 is not team 1: this vote stays
    apply(data, edits.delete_team(data, 1))
    assert [t.id for t in data.teams] == [2]
    assert data.notes[0].team_id is None
    assert data.participants[0].team_id is None
    assert sorted((v.voter_kind.value, v.voter_id) for v in data.votes) == [
        ("participant", 1), ("team", 2)
    ]


def test_deleting_a_participant_drops_only_their_votes() -> None:
    data = workshop(notes=6)
    vote(data, 1, PERSON, 1, 1)
    vote(data, 1, TEAM, 1, 1)
    apply(data, edits.delete_participant(data, 1))
    assert [p.id for p in data.participants] == [2]
    assert [(v.voter_kind, v.voter_id) for v in data.votes] == [(TEAM, 1)]


# --- clusters ------------------------------------------------------------------------------
def test_a_cluster_made_from_a_selection_frames_it() -> None:
    data = workshop(notes=0)
    data.notes = [
        model.Note(1, 1, "a", x=100.0, y=200.0),
        model.Note(2, 1, "b", x=400.0, y=250.0, width=220.0, height=170.0),
        model.Note(3, 1, "c", x=900.0, y=900.0),
    ]
    pairs = edits.add_cluster(data, 1, "  Pay \x00 ", [1, 2])
    cluster = pairs[0][1]
    assert pairs[0][0] is None
    assert isinstance(cluster, model.Cluster)
    assert (cluster.id, cluster.title) == (1, "Pay")
    assert (cluster.x, cluster.y) == (100.0 - 30, 200.0 - 30 - 60)
    assert (cluster.width, cluster.height) == (400 + 220 + 30 - 70, 250 + 170 + 30 - 110)
    apply(data, pairs)
    assert [n.cluster_id for n in data.notes] == [1, 1, None]
    # Every member lies inside the frame.
    for note in data.notes[:2]:
        assert cluster.x <= note.x and note.x + note.width <= cluster.x + cluster.width
        assert cluster.y <= note.y and note.y + note.height <= cluster.y + cluster.height


def test_an_empty_cluster_goes_to_the_next_free_cell() -> None:
    data = workshop(notes=9)
    (before, cluster), = edits.add_cluster(data, 1, "Empty")
    assert before is None
    assert (cluster.x, cluster.y) == edits.next_note_position(data, 1) == (220.0, 170.0)
    assert (cluster.width, cluster.height) == (480.0, 360.0)


def test_merging_clusters_moves_notes_and_grows_the_target() -> None:
    data = workshop(notes=6)
    data.clusters = [
        model.Cluster(1, 1, "A", 0.0, 0.0, 100.0, 100.0),
        model.Cluster(2, 1, "B", 500.0, -50.0, 100.0, 100.0),
        model.Cluster(3, 1, "C", 50.0, 300.0, 100.0, 100.0),
        model.Cluster(4, 1, "untouched", 2000.0, 0.0, 10.0, 10.0),
    ]
    for note, cluster in zip(data.notes, [1, 2, 3, 3, 4, None], strict=True):
        note.cluster_id = cluster
    apply(data, edits.merge_clusters(data, 1, [2, 3, 1]))
    assert [c.id for c in data.clusters] == [1, 4]
    target = data.clusters[0]
    assert (target.x, target.y, target.width, target.height) == (0.0, -50.0, 600.0, 450.0)
    assert target.title == "A"
    assert [n.cluster_id for n in data.notes] == [1, 1, 1, 1, 4, None]


def test_dissolving_a_cluster_keeps_its_notes() -> None:
    data = workshop(notes=3)
    data.clusters = [model.Cluster(1, 1, "A"), model.Cluster(2, 1, "B")]
    data.notes[0].cluster_id = 1
    data.notes[1].cluster_id = 2
    apply(data, edits.dissolve_cluster(data, 1))
    assert [c.id for c in data.clusters] == [2]
    assert [n.cluster_id for n in data.notes] == [None, 2, None]
    assert [n.id for n in data.notes] == [1, 2, 3]


def test_moving_a_cluster_carries_its_notes() -> None:
    data = workshop(notes=2)
    data.clusters = [model.Cluster(1, 1, "A", 10.0, 20.0)]
    data.notes[0].cluster_id = 1
    apply(data, edits.move_cluster(data, 1, 5.0, -5.0))
    assert (data.clusters[0].x, data.clusters[0].y) == (15.0, 15.0)
    assert (data.notes[0].x, data.notes[0].y) == (105.0, 5.0)
    assert (data.notes[1].x, data.notes[1].y) == (200.0, 20.0)


def test_dropping_a_note_joins_or_leaves_clusters_and_grows_the_frame() -> None:
    data = workshop(notes=2)
    data.clusters = [model.Cluster(1, 1, "A", 0.0, 0.0, 300.0, 300.0)]
    data.notes[1].cluster_id = 1
    # Note 1's centre lands inside the frame, its edge sticks out: the frame grows.
    apply(data, edits.drop(data, 1, {1: (200.0, 200.0), 2: (5000.0, 5000.0)}))
    assert [n.cluster_id for n in data.notes] == [1, None]
    frame = data.clusters[0]
    assert frame.x + frame.width == 200.0 + model.NOTE_WIDTH + edits.CLUSTER_MARGIN
    assert frame.y + frame.height == 200.0 + model.NOTE_HEIGHT + edits.CLUSTER_MARGIN


# --- text rules ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("  idea  ", "idea"),
        ("a\x00b", "ab"),
        ("lone \ud800 high", "lone  high"),
        ("\udfff tail", "tail"),
        ("line one\nline two", "line one\nline two"),
        ("emoji 👩‍👩‍👧 ok", "emoji 👩‍👩‍👧 ok"),
        ("שלום <b>&</b>", "שלום <b>&</b>"),
    ],
)
def test_clean_text_rule(raw: str, clean: str) -> None:
    assert edits.clean_text(raw) == clean


@pytest.mark.parametrize("raw", ["", "   ", "\n\t", "\x00", "\ud800\x00 ", "\x00 \udc00"])
def test_empty_text_is_refused(raw: str) -> None:
    with pytest.raises(EditRefused, match="needs some text"):
        edits.clean_text(raw)
    with pytest.raises(EditRefused, match="не может быть пустой"):
        edits.clean_text(raw, "ru")


def test_too_long_text_is_refused_with_the_numbers() -> None:
    limit = model.MAX_NOTE_TEXT
    assert edits.clean_text("x" * limit) == "x" * limit
    assert edits.clean_text(" " + "x" * limit + " \x00") == "x" * limit
    with pytest.raises(EditRefused) as caught:
        edits.clean_text("x" * (limit + 1))
    assert str(caught.value) == (
        f"A note holds at most {limit} characters; this text has {limit + 1}."
    )


def test_edits_apply_the_text_rules() -> None:
    data = workshop(notes=1)
    (_, note), = edits.add_note(data, 1, " new\x00 ", author="An\ud800na", tag=SourceTag.OWN)
    assert (note.text, note.author, note.id) == ("new", "Anna", 2)
    assert type(note.tag) is SourceTag  # a StrEnum is a str too: it must stay an enum
    (_, tagged), = edits.update_note(data, 1, tag=SourceTag.RESEARCH, author=" Bo ")
    assert type(tagged.tag) is SourceTag and tagged.author == " Bo "
    (_, changed), = edits.update_note(data, 1, text="\ud800 fixed ")
    assert changed.text == "fixed"
    assert [after.text for _b, after in edits.update_notes(data, [1], text=" all ")] == ["all"]
    with pytest.raises(EditRefused):
        edits.update_note(data, 1, text=" \x00 ")
    with pytest.raises(EditRefused):
        edits.add_note(data, 1, "")
    # Titles and names follow the same rule but may be empty.
    data.clusters = [model.Cluster(1, 1, "A")]
    (_, cluster), = edits.update_cluster(data, 1, title=" B\ud800 ")
    assert cluster.title == "B"
    assert edits.add_team(data, " Moon\x00 ")[0][1].name == "Moon"
    assert edits.add_participant(data, "\udc00", None)[0][1].name == ""
    assert edits.add_board(data, model.BoardKind.CAPTURE, " Wall ")[0][1].title == "Wall"


def test_combine_folds_pairs_on_the_same_entity() -> None:
    data = workshop(notes=2)
    note = data.notes[0]
    moved = edits.move_notes(data, {1: (7.0, 8.0)})
    recoloured = edits.update_notes(data, [1], color="#000000")
    (before, after), = edits.combine(moved + recoloured)
    assert before is note
    assert (after.x, after.y, after.color) == (7.0, 8.0, "#000000")
    removed = edits.combine([*moved, (note, None)])
    assert removed == [(note, None)]


def test_grouping_scattered_notes_gathers_them_into_a_tidy_frame() -> None:
    data = workshop(notes=0)
    data.notes = [
        model.Note(1, 1, "a", x=0.0, y=0.0),
        model.Note(2, 1, "between", x=300.0, y=0.0),
        model.Note(3, 1, "b", x=600.0, y=0.0),
        model.Note(4, 1, "c", x=0.0, y=600.0),
    ]
    before = {n.id: (n.x, n.y) for n in data.notes}
    pairs = edits.add_cluster(data, 1, "Pay", [1, 3, 4])
    apply(data, pairs)
    cluster = data.clusters[0]
    frame = (cluster.x, cluster.y, cluster.x + cluster.width, cluster.y + cluster.height)
    inside = [
        n.id
        for n in data.notes
        if frame[0] < n.x + n.width and n.x < frame[2] and frame[1] < n.y + n.height
        and n.y < frame[3]
    ]
    assert sorted(inside) == [1, 3, 4]  # no other note looks as if it were in the group
    assert {n.cluster_id for n in data.notes if n.id != 2} == {cluster.id}
    assert (data.notes[1].x, data.notes[1].y) == before[2]  # the other note did not move
    # One edit: its "before" side puts every note back where it was.
    restored = {b.id: (b.x, b.y) for b, _a in pairs if isinstance(b, model.Note)}
    assert restored == {i: before[i] for i in (1, 3, 4)}


def test_grouping_notes_that_sit_together_keeps_them_in_place() -> None:
    data = workshop(notes=0)
    data.notes = [model.Note(1, 1, "a", x=0.0, y=0.0), model.Note(2, 1, "b", x=220.0, y=0.0)]
    apply(data, edits.add_cluster(data, 1, "Pay", [1, 2]))
    assert [(n.x, n.y) for n in data.notes] == [(0.0, 0.0), (220.0, 0.0)]


def test_pairs_apply_in_memory_as_a_reload_orders_them() -> None:
    data = model.WorkshopData(workshop=model.Workshop(title="T"))
    data.boards = [model.Board(1, model.BoardKind.CAPTURE, "Ideas")]
    first = model.Note(1, 1, "one")
    third = model.Note(3, 1, "three")
    data.notes = [first, third]
    held = data.notes
    second = model.Note(2, 1, "two")
    added = entities.apply(
        data, [(None, second), (third, dataclasses.replace(third, text="3")), (first, None)]
    )
    assert added == [second]
    assert [(n.id, n.text) for n in data.notes] == [(2, "two"), (3, "3")]
    assert [n.id for n in held] == [1, 3]  # a new list: code holding the old one sees no change
