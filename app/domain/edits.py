"""User edits as pure functions: each returns the entity snapshots it changes.

An edit is a list of `(before, after)` pairs: `(None, new)` adds, `(old, None)` removes,
`(old, new)` changes. Applying the pairs writes `after`; undo writes `before`. Keeping the
rules here (not in widgets or SQL) makes every edit testable and undoable the same way.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from enum import Enum
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar

from app.domain import model, prioritise
from app.domain.i18n import N_
from app.domain.texts import render

if TYPE_CHECKING:  # the entity modules import this one
    from app.domain.entities import Entity

# (before, after) snapshots of one stored entity; see the module's documentation.
Pair: TypeAlias = "tuple[Entity | None, Entity | None]"
T = TypeVar("T")
E = TypeVar("E", bound="Entity")

MESSAGES = {
    "budget_exceeded": N_("{voter} has no dots left (dots per voter: {budget})."),
    "no_dots_to_remove": N_("{voter} has no dot on this note to take back."),
    "empty_text": N_("A note needs some text."),
    "text_too_long": N_("A note holds at most {limit} characters; this text has {length}."),
    "name_too_long": N_("A name or title holds at most {limit} characters; this one has {length}."),
}


class EditRefused(ValueError):
    """The edit breaks a rule; the message is ready to show the facilitator."""


def next_id(items: Iterable[Any]) -> int:
    return max((item.id for item in items), default=0) + 1


def replace(entity: E, **changes: Any) -> tuple[E, E]:
    return entity, dataclasses.replace(entity, **changes)


_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def storable(text: str) -> str:
    """Text the file can hold: NUL and lone surrogates (not encodable as UTF-8) dropped."""
    return _UNSTORABLE.sub("", text)  # one C pass: imports run this on 100,000 rows


def _storable_fields(fields: Mapping[str, Any]) -> dict[str, Any]:
    """Plain text values made storable; enums (StrEnum is a str too) and others kept as is."""
    return {
        k: storable(v) if isinstance(v, str) and not isinstance(v, Enum) else v
        for k, v in fields.items()
    }


def clean_label(text: str) -> str:
    """The rule for titles and names: like note text, but it may be empty (untitled)."""
    return storable(text).strip()


def clean_name(text: str, language: str = "en") -> str:
    """The rule for names and titles (teams, participants, boards, clusters): a label of at
    most `model.MAX_NAME` characters; a longer one is refused, as in every other path."""
    cleaned = clean_label(text)
    if len(cleaned) > model.MAX_NAME:
        raise EditRefused(
            render(MESSAGES, "name_too_long", language, limit=model.MAX_NAME, length=len(cleaned))
        )
    return cleaned


def clean_text(text: str, language: str = "en") -> str:
    """The rule for note text: NUL and lone surrogates are dropped, ends are trimmed."""
    cleaned = clean_label(text)
    if not cleaned:
        raise EditRefused(render(MESSAGES, "empty_text", language))
    if len(cleaned) > model.MAX_NOTE_TEXT:
        raise EditRefused(
            render(
                MESSAGES, "text_too_long", language, limit=model.MAX_NOTE_TEXT, length=len(cleaned)
            )
        )
    return cleaned


# --- notes ---------------------------------------------------------------------------------
def add_note(data: model.WorkshopData, board_id: int, text: str, **fields: Any) -> list[Pair]:
    note = model.Note(
        id=next_id(data.notes),
        board_id=board_id,
        text=clean_text(text, data.workshop.language),
        **_storable_fields(fields),
    )
    return [(None, note)]


def next_note_position(
    data: model.WorkshopData, board_id: int, columns: int = 8
) -> tuple[float, float]:
    """Where a quickly typed note goes: the next free cell of a grid below existing notes."""
    gap = 20.0
    notes = [n for n in data.notes if n.board_id == board_id and not n.parked]
    count = len(notes)
    column, row = count % columns, count // columns
    return column * (model.NOTE_WIDTH + gap), row * (model.NOTE_HEIGHT + gap)


def _note_changes(data: model.WorkshopData, changes: dict[str, Any]) -> dict[str, Any]:
    cleaned = _storable_fields(changes)
    if "text" in changes:
        cleaned["text"] = clean_text(changes["text"], data.workshop.language)
    return cleaned


def update_note(data: model.WorkshopData, note_id: int, **changes: Any) -> list[Pair]:
    note = _by_id(data.notes, note_id)
    return [replace(note, **_note_changes(data, changes))]


def update_notes(data: model.WorkshopData, note_ids: Iterable[int], **changes: Any) -> list[Pair]:
    index = {n.id: n for n in data.notes}
    changes = _note_changes(data, changes)
    return [replace(index[i], **changes) for i in note_ids if i in index]


def move_notes(
    data: model.WorkshopData, positions: Mapping[int, tuple[float, float]]
) -> list[Pair]:
    index = {n.id: n for n in data.notes}
    return [replace(index[i], x=x, y=y) for i, (x, y) in positions.items() if i in index]


def delete_notes(data: model.WorkshopData, note_ids: Iterable[int]) -> list[Pair]:
    doomed = set(note_ids)
    pairs: list[Pair] = [(n, None) for n in data.notes if n.id in doomed]
    pairs += [(v, None) for v in data.votes if v.note_id in doomed]
    # Lineage of surviving notes must not point at nothing.
    pairs += [
        replace(n, source_note_id=None)
        for n in data.notes
        if n.source_note_id in doomed and n.id not in doomed
    ]
    # Nor candidates promoted from them (they stay), nor the deal of a dealt bad idea.
    pairs += [replace(c, note_id=None) for c in data.candidates if c.note_id in doomed]
    pairs += [(d, None) for d in data.deals if d.bad_note_id in doomed]
    from app.domain import cx_common  # it builds on this module

    pairs += cx_common.unlink_notes(data, doomed)
    return pairs


# --- clusters ------------------------------------------------------------------------------
CLUSTER_MARGIN, CLUSTER_HEADER, GATHER_GAP = 30.0, 60.0, 20.0


def _overlaps(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    """Do two (left, top, right, bottom) rectangles overlap?"""
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _box(n: model.Note) -> tuple[float, float, float, float]:
    return (n.x, n.y, n.x + n.width, n.y + n.height)


def _centre(n: model.Note) -> tuple[float, float, float, float]:
    """A note as its centre point: a neighbour whose edge touches a frame's margin does
    not look as if it were in the group; one whose middle is inside does."""
    x, y = n.x + n.width / 2, n.y + n.height / 2
    return (x - 0.5, y - 0.5, x + 0.5, y + 0.5)


def gathered(
    data: model.WorkshopData, board_id: int, members: list[model.Note]
) -> list[model.Note]:
    """`members` as they go into a new cluster: where they are when their frame would hold
    only them; moved into a tidy grid otherwise (scattered notes would put other notes
    inside the frame). The grid starts at the members' top-left corner, or below the
    board's content when that place is taken."""
    if len(members) < 2:
        return members
    ids = {n.id for n in members}
    others = [n for n in data.notes if n.board_id == board_id and not n.parked and n.id not in ids]
    frame = (
        min(n.x for n in members) - CLUSTER_MARGIN,
        min(n.y for n in members) - CLUSTER_MARGIN - CLUSTER_HEADER,
        max(n.x + n.width for n in members) + CLUSTER_MARGIN,
        max(n.y + n.height for n in members) + CLUSTER_MARGIN,
    )
    if not any(_overlaps(frame, _centre(o)) for o in others):
        return members
    ordered = sorted(members, key=lambda n: (n.y, n.x, n.id))
    columns = max(1, math.ceil(math.sqrt(len(ordered))))
    cell_w = max(n.width for n in ordered) + GATHER_GAP
    cell_h = max(n.height for n in ordered) + GATHER_GAP
    rows = math.ceil(len(ordered) / columns)
    width, height = columns * cell_w - GATHER_GAP, rows * cell_h - GATHER_GAP

    def tidy(left: float, top: float) -> tuple[float, float, float, float]:
        return (
            left - CLUSTER_MARGIN,
            top - CLUSTER_MARGIN - CLUSTER_HEADER,
            left + width + CLUSTER_MARGIN,
            top + height + CLUSTER_MARGIN,
        )

    left, top = ordered[0].x, ordered[0].y
    taken = [_centre(o) for o in others]
    taken += [
        (c.x, c.y, c.x + c.width, c.y + c.height)
        for c in data.clusters
        if c.board_id == board_id and not any(n.cluster_id == c.id for n in members)
    ]
    if any(_overlaps(tidy(left, top), box) for box in taken):
        everything = [_box(o) for o in others] + [_box(n) for n in members]
        left = min(box[0] for box in everything) + CLUSTER_MARGIN
        top = max(box[3] for box in everything) + CLUSTER_MARGIN + CLUSTER_HEADER + GATHER_GAP
    return [
        dataclasses.replace(note, x=left + (i % columns) * cell_w, y=top + (i // columns) * cell_h)
        for i, note in enumerate(ordered)
    ]


def add_cluster(
    data: model.WorkshopData, board_id: int, title: str, note_ids: Sequence[int] = ()
) -> list[Pair]:
    """A new cluster around the notes (scattered notes are gathered first, see
    `gathered`); one edit, so one undo step."""
    originals = {n.id: n for n in data.notes if n.id in set(note_ids)}
    members = gathered(data, board_id, list(originals.values()))
    if members:
        margin, header = CLUSTER_MARGIN, CLUSTER_HEADER
        left = min(n.x for n in members) - margin
        top = min(n.y for n in members) - margin - header
        right = max(n.x + n.width for n in members) + margin
        bottom = max(n.y + n.height for n in members) + margin
        geometry = {"x": left, "y": top, "width": right - left, "height": bottom - top}
    else:
        x, y = next_note_position(data, board_id)
        geometry = {"x": x, "y": y}
    title = clean_name(title, data.workshop.language)
    cluster = model.Cluster(id=next_id(data.clusters), board_id=board_id, title=title, **geometry)
    pairs: list[Pair] = [(None, cluster)]
    pairs += [(originals[n.id], dataclasses.replace(n, cluster_id=cluster.id)) for n in members]
    return pairs


def update_cluster(data: model.WorkshopData, cluster_id: int, **changes: Any) -> list[Pair]:
    if isinstance(changes.get("title"), str):
        changes["title"] = clean_name(changes["title"], data.workshop.language)
    return [replace(_by_id(data.clusters, cluster_id), **changes)]


def move_cluster(data: model.WorkshopData, cluster_id: int, dx: float, dy: float) -> list[Pair]:
    """A cluster carries its notes with it."""
    cluster = _by_id(data.clusters, cluster_id)
    pairs: list[Pair] = [replace(cluster, x=cluster.x + dx, y=cluster.y + dy)]
    pairs += [replace(n, x=n.x + dx, y=n.y + dy) for n in data.notes if n.cluster_id == cluster_id]
    return pairs


def set_cluster(
    data: model.WorkshopData, note_ids: Iterable[int], cluster_id: int | None
) -> list[Pair]:
    wanted = set(note_ids)
    return [replace(n, cluster_id=cluster_id) for n in data.notes if n.id in wanted]


def dissolve_cluster(data: model.WorkshopData, cluster_id: int) -> list[Pair]:
    cluster = _by_id(data.clusters, cluster_id)
    pairs: list[Pair] = [
        replace(n, cluster_id=None) for n in data.notes if n.cluster_id == cluster_id
    ]
    pairs.append((cluster, None))
    return pairs


def merge_clusters(
    data: model.WorkshopData, target_id: int, other_ids: Iterable[int]
) -> list[Pair]:
    """Notes of the other clusters join the target, which grows to hold the others' frames."""
    target = _by_id(data.clusters, target_id)
    others = [_by_id(data.clusters, i) for i in other_ids if i != target_id]
    frames = [target, *others]
    left, top = min(c.x for c in frames), min(c.y for c in frames)
    right = max(c.x + c.width for c in frames)
    bottom = max(c.y + c.height for c in frames)
    pairs: list[Pair] = [replace(target, x=left, y=top, width=right - left, height=bottom - top)]
    other_set = {c.id for c in others}
    pairs += [replace(n, cluster_id=target_id) for n in data.notes if n.cluster_id in other_set]
    pairs += [(c, None) for c in others]
    return pairs


# --- votes ---------------------------------------------------------------------------------
def vote_budget(note_count: int, override: int | None = None) -> int:
    """Dots per voter (the rule lives in `prioritise.vote_budget`); a stored 0 means unset."""
    return prioritise.vote_budget(note_count, override if override and override > 0 else None)


def dots_used(
    data: model.WorkshopData,
    voter_kind: model.VoterKind,
    voter_id: int,
    board_id: int | None = None,
) -> int:
    board_notes = None if board_id is None else {n.id for n in data.notes if n.board_id == board_id}
    return sum(
        v.count
        for v in data.votes
        if v.voter_kind == voter_kind
        and v.voter_id == voter_id
        and (board_notes is None or v.note_id in board_notes)
    )


def board_vote_budget(data: model.WorkshopData, board_id: int) -> int:
    count = sum(1 for n in data.notes if n.board_id == board_id and not n.parked)
    return vote_budget(count, data.workshop.vote_budget)


def cast_vote(
    data: model.WorkshopData,
    note_id: int,
    voter_kind: model.VoterKind,
    voter_id: int,
    delta: int,
    voter_name: str = "",
) -> list[Pair]:
    """Add (delta > 0) or take back (delta < 0) dots, within the voter's budget per board."""
    note = _by_id(data.notes, note_id)
    language = data.workshop.language
    existing = next(
        (
            v
            for v in data.votes
            if v.note_id == note_id and v.voter_kind == voter_kind and v.voter_id == voter_id
        ),
        None,
    )
    if delta > 0:
        budget = board_vote_budget(data, note.board_id)
        used = dots_used(data, voter_kind, voter_id, note.board_id)
        if used + delta > budget:
            raise EditRefused(
                render(MESSAGES, "budget_exceeded", language, voter=voter_name, budget=budget)
            )
        if existing is None:
            vote = model.Vote(next_id(data.votes), note_id, voter_kind, voter_id, delta)
            return [(None, vote)]
        return [replace(existing, count=existing.count + delta)]
    if existing is None or existing.count + delta < 0:
        raise EditRefused(render(MESSAGES, "no_dots_to_remove", language, voter=voter_name))
    if existing.count + delta == 0:
        return [(existing, None)]
    return [replace(existing, count=existing.count + delta)]


# --- teams, participants, boards ----------------------------------------------------------
def add_team(data: model.WorkshopData, name: str, color: str | None = None) -> list[Pair]:
    position = len(data.teams)
    color = color or model.TEAM_PALETTE[position % len(model.TEAM_PALETTE)]
    name = clean_name(name, data.workshop.language)
    return [(None, model.Team(next_id(data.teams), name, color, position))]


def delete_team(data: model.WorkshopData, team_id: int) -> list[Pair]:
    """The team goes, and nothing points at it afterwards (one undo step brings all back):
    its notes and members stay without a team, its votes go, good/bad rounds drop it from
    their teams, and the deals of its bad ideas (written by it or dealt to it) go."""
    team = _by_id(data.teams, team_id)
    pairs: list[Pair] = [(team, None)]
    pairs += [replace(n, team_id=None) for n in data.notes if n.team_id == team_id]
    pairs += [replace(p, team_id=None) for p in data.participants if p.team_id == team_id]
    pairs += [
        (v, None)
        for v in data.votes
        if v.voter_kind == model.VoterKind.TEAM and v.voter_id == team_id
    ]
    pairs += [
        replace(r, team_ids=[t for t in r.team_ids if t != team_id])
        for r in data.reverse_rounds
        if team_id in r.team_ids
    ]
    pairs += [(d, None) for d in data.deals if team_id in (d.from_team_id, d.to_team_id)]
    return pairs


def add_participant(data: model.WorkshopData, name: str, team_id: int | None) -> list[Pair]:
    name = clean_name(name, data.workshop.language)
    return [(None, model.Participant(next_id(data.participants), name, team_id))]


def delete_participant(data: model.WorkshopData, participant_id: int) -> list[Pair]:
    person = _by_id(data.participants, participant_id)
    pairs: list[Pair] = [(person, None)]
    pairs += [
        (v, None)
        for v in data.votes
        if v.voter_kind == model.VoterKind.PARTICIPANT and v.voter_id == participant_id
    ]
    return pairs


def add_board(data: model.WorkshopData, kind: model.BoardKind, title: str) -> list[Pair]:
    title = clean_name(title, data.workshop.language)
    board = model.Board(next_id(data.boards), kind, title, len(data.boards))
    return [(None, board)]


def move_team(data: model.WorkshopData, team_id: int, new_index: int) -> list[Pair]:
    """Reorder teams: the team goes to `new_index`; every shifted team gets its new position."""
    ordered = sorted(data.teams, key=lambda t: (t.position, t.id))
    team = _by_id(ordered, team_id)
    ordered.remove(team)
    ordered.insert(max(0, min(new_index, len(ordered))), team)
    return [replace(t, position=i) for i, t in enumerate(ordered) if t.position != i]


# --- board gestures (one drag, one selection = one edit) -----------------------------------
CLUSTER_MARGIN = 30.0
CLUSTER_HEADER = 60.0


def cluster_at(clusters: Iterable[model.Cluster], x: float, y: float) -> model.Cluster | None:
    """The cluster whose frame holds the point; the smallest one when frames overlap."""
    holding = [c for c in clusters if c.x <= x <= c.x + c.width and c.y <= y <= c.y + c.height]
    return min(holding, key=lambda c: (c.width * c.height, c.id), default=None)


def drop(
    data: model.WorkshopData,
    board_id: int,
    note_positions: Mapping[int, tuple[float, float]],
    cluster_moves: Mapping[int, tuple[float, float]] | None = None,
) -> list[Pair]:
    """The result of one drag: one pair per changed note or cluster.

    Moved clusters carry their notes (unless a note was dragged on its own). A dragged note
    joins the cluster whose frame holds its centre (the frame grows to hold the whole
    note) or leaves its cluster when dropped outside every frame.
    """
    cluster_moves = dict(cluster_moves or {})
    clusters = {c.id: c for c in data.clusters if c.board_id == board_id}
    new_clusters = {
        cid: dataclasses.replace(c, x=c.x + cluster_moves[cid][0], y=c.y + cluster_moves[cid][1])
        for cid, c in clusters.items()
        if cid in cluster_moves
    }
    frames = {cid: new_clusters.get(cid, c) for cid, c in clusters.items()}
    pairs: list[Pair] = []
    for note in data.notes:
        if note.board_id != board_id:
            continue
        if note.id in note_positions:
            x, y = note_positions[note.id]
            home = cluster_at(frames.values(), x + note.width / 2, y + note.height / 2)
            cluster_id = home.id if home else None
            if home is not None:
                grown = _grow_to_hold(home, x, y, note.width, note.height)
                frames[home.id] = grown
                if grown != clusters[home.id]:
                    new_clusters[home.id] = grown
        elif note.cluster_id in cluster_moves:
            dx, dy = cluster_moves[note.cluster_id]
            x, y, cluster_id = note.x + dx, note.y + dy, note.cluster_id
        else:
            continue
        if (x, y, cluster_id) != (note.x, note.y, note.cluster_id):
            pairs.append(replace(note, x=x, y=y, cluster_id=cluster_id))
    pairs += [(clusters[cid], c) for cid, c in new_clusters.items() if c != clusters[cid]]
    return pairs


def _grow_to_hold(
    cluster: model.Cluster, x: float, y: float, width: float, height: float
) -> model.Cluster:
    left = min(cluster.x, x - CLUSTER_MARGIN)
    top = min(cluster.y, y - CLUSTER_MARGIN - CLUSTER_HEADER)
    right = max(cluster.x + cluster.width, x + width + CLUSTER_MARGIN)
    bottom = max(cluster.y + cluster.height, y + height + CLUSTER_MARGIN)
    if (left, top, right, bottom) == (
        cluster.x,
        cluster.y,
        cluster.x + cluster.width,
        cluster.y + cluster.height,
    ):
        return cluster
    return dataclasses.replace(cluster, x=left, y=top, width=right - left, height=bottom - top)


def delete_selection(
    data: model.WorkshopData, note_ids: Iterable[int], cluster_ids: Iterable[int] = ()
) -> list[Pair]:
    """Delete notes and remove cluster frames (their other notes stay, unclustered)."""
    doomed = set(note_ids)
    frames = set(cluster_ids)
    pairs = delete_notes(data, doomed)
    pairs += [
        replace(n, cluster_id=None)
        for n in data.notes
        if n.cluster_id in frames and n.id not in doomed
    ]
    pairs += [(c, None) for c in data.clusters if c.id in frames]
    return combine(pairs)


def combine(pairs: Iterable[Pair]) -> list[Pair]:
    """Fold several pairs on the same entity into one (edits computed from the same data).

    Field changes of later pairs are laid over earlier ones; a removal wins over changes.
    """
    merged: dict[tuple[type, int], Pair] = {}
    for before, after in pairs:
        entity = before if before is not None else after
        if entity is None:
            continue
        key = (type(entity), entity.id)
        if key not in merged:
            merged[key] = (before, after)
            continue
        first_before, first_after = merged[key]
        if after is None or first_after is None:
            merged[key] = (first_before, None if after is None else after)
            continue
        if before is None:
            merged[key] = (first_before, after)
            continue
        diffs = {
            f.name: getattr(after, f.name)
            for f in dataclasses.fields(after)
            if getattr(after, f.name) != getattr(before, f.name)
        }
        merged[key] = (first_before, dataclasses.replace(first_after, **diffs))
    return list(merged.values())


def update_entity(entity: E, **changes: Any) -> list[Pair]:
    changes = _storable_fields(changes)
    return [replace(entity, **changes)]


def _by_id(items: Iterable[T], item_id: int) -> T:
    for item in items:
        if item.id == item_id:  # type: ignore[attr-defined]
            return item
    raise KeyError(item_id)


def short_name(name: str, limit: int = model.MAX_NAME) -> str:
    """A file name kept to the name limit: its start and its extension, "…" between."""
    if len(name) <= limit:
        return name
    stem, dot, extension = name.rpartition(".")
    tail = f".{extension}" if dot and stem and len(extension) <= 10 else ""
    return name[: limit - len(tail) - 1] + "…" + tail


# --- photos on boards (app.imaging prepares the PNG; these only place and move it) --------
def add_image(
    data: model.WorkshopData,
    board_id: int,
    name: str,
    png: bytes,
    x: float,
    y: float,
    width: float,
    height: float,
) -> list[Pair]:
    image = model.ImageItem(
        id=next_id(data.images),
        board_id=board_id,
        name=short_name(clean_label(name)),
        png=png,
        x=x,
        y=y,
        width=width,
        height=height,
    )
    return [(None, image)]


def move_image(data: model.WorkshopData, image_id: int, x: float, y: float) -> list[Pair]:
    image = _by_id(data.images, image_id)
    if (image.x, image.y) == (x, y):
        return []
    return [replace(image, x=x, y=y)]


def resize_image(
    data: model.WorkshopData, image_id: int, width: float, height: float
) -> list[Pair]:
    if not (width > 0 and height > 0):  # also refuses NaN
        raise ValueError(f"a photo needs a positive size, not {width} × {height}")
    image = _by_id(data.images, image_id)
    if (image.width, image.height) == (width, height):
        return []
    return [replace(image, width=width, height=height)]


def delete_image(data: model.WorkshopData, image_id: int) -> list[Pair]:
    return [(_by_id(data.images, image_id), None)]
