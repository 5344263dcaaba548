"""Value proposition edits: segments, canvases, canvas items, links, heroes and statements.

Every function here is one user edit. It reads the workshop and returns `(before, after)`
pairs (see `app.domain.edits`): `(None, new)` adds, `(old, None)` removes. The controller
turns the pairs into one transaction and one undo step, and undo writes the `before` side.
Rules that would otherwise hide in widgets live here: ranks stay 1..n per kind, relievers
only address pains and creators only gains of their own canvas, removing a pain or gain
unlinks it, removing a segment takes its canvases and their items with it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection, Iterable, Sequence
from typing import Any

from app.domain import model
from app.domain.edits import EditRefused, Pair, combine, next_id, replace
from app.domain.i18n import N_
from app.domain.prioritise import Candidate
from app.domain.texts import render
from app.domain.value_prop import (
    ADDRESSED_KINDS,
    ADDRESSING_KINDS,
    Canvas,
    CanvasItem,
    CanvasItemKind,
    JobType,
    Segment,
    ranked,
)

MAX_TEXT = 2_000  # characters in one canvas item, segment name or statement field
MAX_STATEMENT = 10_000  # the final statement may be a short paragraph or two
MAX_COMPARED = 3  # heroes shown side by side

# Which kind of item each addressing kind may point at (Value Proposition Design: relievers
# ease pains, creators produce gains).
LINK_TARGET: dict[CanvasItemKind, CanvasItemKind] = {
    CanvasItemKind.RELIEVER: CanvasItemKind.PAIN,
    CanvasItemKind.CREATOR: CanvasItemKind.GAIN,
}

CANVAS_TEXT_FIELDS = ("statement", "competitor", "category", "product_name")

MESSAGES: dict[str, str] = {
    "empty_segment": N_("A segment needs a name."),
    "duplicate_segment": N_("There is already a segment called “{name}”."),
    "empty_item": N_("Type some text for the canvas first."),
    "text_too_long": N_("This field holds at most {limit} characters; the text has {length}."),
    "canvas_exists": N_("This segment already has a canvas for “{slice}”."),
    "canvas_exists_whole": N_("This segment already has a canvas of its own."),
    "whole_segment": N_("the whole segment"),
    "unknown_slice": N_("That release slice no longer exists."),
    "gone": N_("That {what} no longer exists; it may have been removed."),
    "what_segment": N_("segment"),
    "what_canvas": N_("canvas"),
    "what_item": N_("canvas item"),
    "job_type_on_non_job": N_("Only jobs have a type (functional, social, emotional, supporting)."),
    "not_addressing": N_("Only pain relievers and gain creators can be linked."),
    "wrong_target_reliever": N_("A pain reliever addresses pains of the same canvas."),
    "wrong_target_creator": N_("A gain creator addresses gains of the same canvas."),
    "unknown_archetype": N_("“{archetype}” is not one of the twelve archetypes."),
    "secondary_without_primary": N_("Choose the primary archetype before a secondary one."),
    "secondary_is_primary": N_("The secondary archetype must differ from the primary one."),
    "compare_full": N_("Up to {limit} heroes side by side: take one out first."),
}


def _say(data: model.WorkshopData, message: str, **params: object) -> str:
    return render(MESSAGES, message, data.workshop.language, **params)


def _gone(data: model.WorkshopData, what: str) -> EditRefused:
    return EditRefused(_say(data, "gone", what=_say(data, f"what_{what}")))


def _clean(data: model.WorkshopData, text: str, *, empty_key: str | None, limit: int) -> str:
    """Trimmed text without NUL or lone surrogates; refused when empty (if a key is given)."""
    cleaned = "".join(ch for ch in text if ch != "\x00" and not 0xD800 <= ord(ch) <= 0xDFFF)
    cleaned = cleaned.strip()
    if empty_key is not None and not cleaned:
        raise EditRefused(_say(data, empty_key))
    if len(cleaned) > limit:
        raise EditRefused(_say(data, "text_too_long", limit=limit, length=len(cleaned)))
    return cleaned


# --- look-ups -------------------------------------------------------------------------------
def segment_by_id(data: model.WorkshopData, segment_id: int) -> Segment:
    found = next((s for s in data.segments if s.id == segment_id), None)
    if found is None:
        raise _gone(data, "segment")
    return found


def canvas_by_id(data: model.WorkshopData, canvas_id: int) -> Canvas:
    found = next((c for c in data.canvases if c.id == canvas_id), None)
    if found is None:
        raise _gone(data, "canvas")
    return found


def item_by_id(data: model.WorkshopData, item_id: int) -> CanvasItem:
    found = next((i for i in data.canvas_items if i.id == item_id), None)
    if found is None:
        raise _gone(data, "item")
    return found


def canvas_items(data: model.WorkshopData, canvas_id: int) -> list[CanvasItem]:
    return [i for i in data.canvas_items if i.canvas_id == canvas_id]


def canvases_of(data: model.WorkshopData, segment_id: int) -> list[Canvas]:
    """A segment's canvases: the whole-segment one first, then per slice in slice order."""
    slice_order = {s.id: (s.position, s.id) for s in data.slices}

    def order(canvas: Canvas) -> tuple[int, tuple[int, int], int]:
        if canvas.slice_id is None:
            return (0, (0, 0), canvas.id)
        return (1, slice_order.get(canvas.slice_id, (1_000_000, canvas.slice_id)), canvas.id)

    return sorted((c for c in data.canvases if c.segment_id == segment_id), key=order)


def slice_candidates(data: model.WorkshopData, slice_id: int) -> list[Candidate]:
    """The candidates prioritisation put into a slice, in a stable order (by id)."""
    return sorted((c for c in data.candidates if c.slice_id == slice_id), key=lambda c: c.id)


# --- segments -------------------------------------------------------------------------------
def add_segment(data: model.WorkshopData, name: str, description: str = "") -> list[Pair]:
    clean_name = _clean(data, name, empty_key="empty_segment", limit=MAX_TEXT)
    _refuse_duplicate_segment(data, clean_name, ignore_id=None)
    segment = Segment(
        id=next_id(data.segments),
        name=clean_name,
        description=_clean(data, description, empty_key=None, limit=MAX_TEXT),
    )
    return [(None, segment)]


def start_segment(data: model.WorkshopData, name: str, description: str = "") -> list[Pair]:
    """A new segment together with its whole-segment canvas: the room fills it right away,
    and one undo takes both back."""
    pairs = add_segment(data, name, description)
    segment = pairs[0][1]
    assert isinstance(segment, Segment)
    canvas = Canvas(id=next_id(data.canvases), segment_id=segment.id)
    return [*pairs, (None, canvas)]


def update_segment(
    data: model.WorkshopData,
    segment_id: int,
    *,
    name: str | None = None,
    description: str | None = None,
) -> list[Pair]:
    """Rename and/or re-describe a segment; an unchanged value yields no pair."""
    segment = segment_by_id(data, segment_id)
    changes: dict[str, Any] = {}
    if name is not None:
        clean_name = _clean(data, name, empty_key="empty_segment", limit=MAX_TEXT)
        _refuse_duplicate_segment(data, clean_name, ignore_id=segment_id)
        if clean_name != segment.name:
            changes["name"] = clean_name
    if description is not None:
        clean_description = _clean(data, description, empty_key=None, limit=MAX_TEXT)
        if clean_description != segment.description:
            changes["description"] = clean_description
    return [replace(segment, **changes)] if changes else []


def _refuse_duplicate_segment(data: model.WorkshopData, name: str, ignore_id: int | None) -> None:
    # Two segments with one name would make the statements and the PDF ambiguous.
    folded = name.casefold()
    if any(s.name.casefold() == folded and s.id != ignore_id for s in data.segments):
        raise EditRefused(_say(data, "duplicate_segment", name=name))


def remove_segment(data: model.WorkshopData, segment_id: int) -> list[Pair]:
    """The segment, its canvases and every item on them, in one undoable edit."""
    segment = segment_by_id(data, segment_id)
    pairs: list[Pair] = []
    for canvas in canvases_of(data, segment_id):
        pairs += remove_canvas(data, canvas.id)
    pairs.append((segment, None))
    return pairs


# --- canvases -------------------------------------------------------------------------------
def create_canvas(
    data: model.WorkshopData, segment_id: int, slice_id: int | None = None
) -> list[Pair]:
    """A new canvas for a segment (and optionally one release slice).

    With a slice, the value map starts with the slice's candidates as products and services,
    in candidate order, so the room sees what the release actually contains.
    """
    segment_by_id(data, segment_id)
    if slice_id is not None and all(s.id != slice_id for s in data.slices):
        raise EditRefused(_say(data, "unknown_slice"))
    existing = [c for c in data.canvases if c.segment_id == segment_id and c.slice_id == slice_id]
    if existing:
        if slice_id is None:
            raise EditRefused(_say(data, "canvas_exists_whole"))
        name = next(s.name for s in data.slices if s.id == slice_id)
        raise EditRefused(_say(data, "canvas_exists", slice=name))
    canvas = Canvas(id=next_id(data.canvases), segment_id=segment_id, slice_id=slice_id)
    pairs: list[Pair] = [(None, canvas)]
    if slice_id is not None:
        pairs += _product_pairs(data, canvas.id, slice_candidates(data, slice_id), [])
    return pairs


def prefill_products(data: model.WorkshopData, canvas_id: int) -> list[Pair]:
    """Add the slice's candidates that are not yet products (matched by text) to the canvas."""
    canvas = canvas_by_id(data, canvas_id)
    if canvas.slice_id is None:
        return []
    existing = ranked(canvas_items(data, canvas_id), CanvasItemKind.PRODUCT)
    return _product_pairs(data, canvas_id, slice_candidates(data, canvas.slice_id), existing)


def _product_pairs(
    data: model.WorkshopData,
    canvas_id: int,
    candidates: Sequence[Candidate],
    existing: Sequence[CanvasItem],
) -> list[Pair]:
    known = {" ".join(p.text.split()).casefold() for p in existing}
    item_id = next_id(data.canvas_items)
    rank = len(existing) + 1
    pairs: list[Pair] = []
    for candidate in candidates:
        text = " ".join(candidate.text.split())[:MAX_TEXT]
        if not text or text.casefold() in known:
            continue
        known.add(text.casefold())
        pairs.append((None, CanvasItem(item_id, canvas_id, CanvasItemKind.PRODUCT, text, rank)))
        item_id += 1
        rank += 1
    return pairs


def remove_canvas(data: model.WorkshopData, canvas_id: int) -> list[Pair]:
    canvas = canvas_by_id(data, canvas_id)
    pairs: list[Pair] = [(i, None) for i in sorted(canvas_items(data, canvas_id), key=_by_id)]
    pairs.append((canvas, None))
    return pairs


def _by_id(item: CanvasItem) -> int:
    return item.id


def set_canvas_texts(data: model.WorkshopData, canvas_id: int, **texts: str) -> list[Pair]:
    """Set any of statement, competitor, category and product name (blank is allowed).

    One call is one undo step, so an editing burst in one field commits once.
    """
    unknown = set(texts) - set(CANVAS_TEXT_FIELDS)
    if unknown:
        raise TypeError(f"not canvas text fields: {', '.join(sorted(unknown))}")
    canvas = canvas_by_id(data, canvas_id)
    changes: dict[str, str] = {}
    for name, value in texts.items():
        limit = MAX_STATEMENT if name == "statement" else MAX_TEXT
        cleaned = _clean(data, value, empty_key=None, limit=limit)
        if cleaned != getattr(canvas, name):
            changes[name] = cleaned
    return [replace(canvas, **changes)] if changes else []


def accept_statement(data: model.WorkshopData, canvas_id: int, drafted: str) -> list[Pair]:
    """Take a drafted statement (a template or an archetype's draft) as the final text."""
    return set_canvas_texts(data, canvas_id, statement=drafted)


def set_archetypes(
    data: model.WorkshopData,
    canvas_id: int,
    primary: str | None,
    secondary: str | None,
    known_keys: Collection[str],
) -> list[Pair]:
    """Store the chosen hero (and optional second voice) with the canvas.

    Keys must come from the catalogue (`known_keys`); the secondary needs a primary and must
    differ from it. None clears.
    """
    canvas = canvas_by_id(data, canvas_id)
    for key in (primary, secondary):
        if key is not None and key not in known_keys:
            raise EditRefused(_say(data, "unknown_archetype", archetype=key))
    if secondary is not None and primary is None:
        raise EditRefused(_say(data, "secondary_without_primary"))
    if secondary is not None and secondary == primary:
        raise EditRefused(_say(data, "secondary_is_primary"))
    if (canvas.archetype, canvas.secondary_archetype) == (primary, secondary):
        return []
    return [replace(canvas, archetype=primary, secondary_archetype=secondary)]


def choose_primary(
    data: model.WorkshopData, canvas_id: int, key: str, known_keys: Collection[str]
) -> list[Pair]:
    """Make `key` the primary hero; a secondary equal to it is dropped (it moved up)."""
    canvas = canvas_by_id(data, canvas_id)
    secondary = None if canvas.secondary_archetype == key else canvas.secondary_archetype
    return set_archetypes(data, canvas_id, key, secondary, known_keys)


def choose_secondary(
    data: model.WorkshopData, canvas_id: int, key: str | None, known_keys: Collection[str]
) -> list[Pair]:
    """Make `key` the secondary voice (None clears it); the primary stays."""
    canvas = canvas_by_id(data, canvas_id)
    return set_archetypes(data, canvas_id, canvas.archetype, key, known_keys)


def toggle_compared(compared: Sequence[str], key: str, language: str) -> list[str]:
    """The heroes side by side after clicking `key`: in if it was out, out if it was in.

    Not stored (it is the room's scratch pad), but the limit is a rule, so it lives here.
    """
    if key in compared:
        return [k for k in compared if k != key]
    if len(compared) >= MAX_COMPARED:
        raise EditRefused(render(MESSAGES, "compare_full", language, limit=MAX_COMPARED))
    return [*compared, key]


# --- canvas items ---------------------------------------------------------------------------
def add_item(
    data: model.WorkshopData,
    canvas_id: int,
    kind: CanvasItemKind,
    text: str,
    *,
    job_type: JobType | None = None,
) -> list[Pair]:
    """A new item at the bottom of its kind (least important); jobs default to functional."""
    canvas_by_id(data, canvas_id)
    clean = _clean(data, text, empty_key="empty_item", limit=MAX_TEXT)
    if kind is not CanvasItemKind.JOB and job_type is not None:
        raise EditRefused(_say(data, "job_type_on_non_job"))
    if kind is CanvasItemKind.JOB and job_type is None:
        job_type = JobType.FUNCTIONAL
    rank = len(ranked(canvas_items(data, canvas_id), kind)) + 1
    item = CanvasItem(next_id(data.canvas_items), canvas_id, kind, clean, rank, job_type)
    return [(None, item)]


def edit_item(
    data: model.WorkshopData,
    item_id: int,
    *,
    text: str | None = None,
    job_type: JobType | None = None,
) -> list[Pair]:
    """Change an item's text and/or (for jobs) its type; an unchanged value yields no pair."""
    item = item_by_id(data, item_id)
    changes: dict[str, Any] = {}
    if text is not None:
        clean = _clean(data, text, empty_key="empty_item", limit=MAX_TEXT)
        if clean != item.text:
            changes["text"] = clean
    if job_type is not None:
        if item.kind is not CanvasItemKind.JOB:
            raise EditRefused(_say(data, "job_type_on_non_job"))
        if job_type != item.job_type:
            changes["job_type"] = job_type
    return [replace(item, **changes)] if changes else []


def move_item(data: model.WorkshopData, item_id: int, new_rank: int) -> list[Pair]:
    """Put an item at `new_rank` (1 = most important) among its kind; ranks become 1..n."""
    item = item_by_id(data, item_id)
    siblings = ranked(canvas_items(data, item.canvas_id), item.kind)
    siblings.remove(item)
    position = max(0, min(new_rank - 1, len(siblings)))
    siblings.insert(position, item)
    return _renumber(siblings)


def _renumber(ordered: Iterable[CanvasItem]) -> list[Pair]:
    return [replace(i, rank=rank) for rank, i in enumerate(ordered, start=1) if i.rank != rank]


def remove_item(data: model.WorkshopData, item_id: int) -> list[Pair]:
    """Remove an item; the rest of its kind close ranks, and links to it are dropped."""
    item = item_by_id(data, item_id)
    items = canvas_items(data, item.canvas_id)
    pairs: list[Pair] = [(item, None)]
    remaining = [i for i in ranked(items, item.kind) if i.id != item.id]
    pairs += _renumber(remaining)
    if item.kind in ADDRESSED_KINDS:
        for source in items:
            if item.id in source.addresses:
                kept = [t for t in source.addresses if t != item.id]
                pairs.append((source, dataclasses.replace(source, addresses=kept)))
    return combine(pairs)


def set_links(data: model.WorkshopData, item_id: int, target_ids: Iterable[int]) -> list[Pair]:
    """Set which pains (for a reliever) or gains (for a creator) the item addresses.

    Targets keep the order given, without repeats; they must be of the matching kind and on
    the same canvas.
    """
    item = item_by_id(data, item_id)
    if item.kind not in ADDRESSING_KINDS:
        raise EditRefused(_say(data, "not_addressing"))
    wanted_kind = LINK_TARGET[item.kind]
    allowed = {
        i.id for i in data.canvas_items if i.canvas_id == item.canvas_id and i.kind == wanted_kind
    }
    targets = list(dict.fromkeys(target_ids))
    if any(t not in allowed for t in targets):
        raise EditRefused(_say(data, f"wrong_target_{item.kind.value}"))
    if targets == item.addresses:
        return []
    return [(item, dataclasses.replace(item, addresses=targets))]


def link(data: model.WorkshopData, item_id: int, target_id: int) -> list[Pair]:
    item = item_by_id(data, item_id)
    return set_links(data, item_id, [*item.addresses, target_id])


def unlink(data: model.WorkshopData, item_id: int, target_id: int) -> list[Pair]:
    item = item_by_id(data, item_id)
    return set_links(data, item_id, [t for t in item.addresses if t != target_id])


def toggle_link(data: model.WorkshopData, item_id: int, target_id: int) -> list[Pair]:
    item = item_by_id(data, item_id)
    if target_id in item.addresses:
        return unlink(data, item_id, target_id)
    return link(data, item_id, target_id)


__all__ = [
    "CANVAS_TEXT_FIELDS",
    "LINK_TARGET",
    "MAX_COMPARED",
    "MESSAGES",
    "accept_statement",
    "add_item",
    "add_segment",
    "canvas_by_id",
    "canvas_items",
    "canvases_of",
    "choose_primary",
    "choose_secondary",
    "create_canvas",
    "edit_item",
    "item_by_id",
    "link",
    "move_item",
    "prefill_products",
    "remove_canvas",
    "remove_item",
    "remove_segment",
    "segment_by_id",
    "set_archetypes",
    "set_canvas_texts",
    "set_links",
    "slice_candidates",
    "start_segment",
    "toggle_compared",
    "toggle_link",
    "unlink",
    "update_segment",
]
