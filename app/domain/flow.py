"""One workshop, one flow: the agenda's steps point at the workshop's boards and stages.

A workshop's boards belong to the workshop; its stored agenda (`Workshop.agenda_json`)
names them. Each `AgendaBoard` of a stored agenda is bound to a workshop board by
`board_id`; each step names its agenda board by key and, for staged exercises, its stage
(`app.domain.agenda.STAGES`). Several steps share one board, so what one step makes is
there in the next.

The typed API the rest of Point B uses:

- `current_target(data) -> StepTarget | None`: the board and stage of the step the room
  is on (None without an agenda). `step_target(agenda, index, boards)` for any step.
- `step_for(agenda, boards, board_id, stage, current)`: the step that shows this board at
  this stage (the exercise moved on by itself; the agenda follows).
- `voting_changes(before, after)`: dot voting on for a capture step at the `vote` stage,
  off when the room leaves one; `totals_hidden(target, board_id, revealed)`: the
  projector hides that board's vote totals; `step_after_voting(...)`: where stopping
  voting by hand takes the room.
- `adopt_agenda(data, agenda, language)`: the one edit that gives a workshop an agenda:
  it keeps every board, binds the agenda's boards to existing boards of the same kind
  that no other agenda board took, and adds only the boards still missing. A new
  workshop (GUI or `pointb new --template`) is exactly this edit on an empty workshop.

Agendas stored before boards existed (steps with only an exercise kind) keep working:
such a step goes to the first board of its kind.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass

from app.domain import cx_common, edits, model, prioritise_flow, reverse_flow
from app.domain.agenda import STAGES, Agenda, AgendaBoard, from_json, to_json
from app.domain.i18n import N_, text
from app.domain.model import BoardKind
from app.domain.reverse import ReverseStep
from app.domain.texts import render

Pair = edits.Pair

# Titles of the boards an agenda without [[boards]] gets, one per exercise kind.
DEFAULT_BOARD_TITLES: dict[BoardKind, str] = {
    BoardKind.CAPTURE: N_("Ideas"),
    BoardKind.REVERSE: N_("Good idea / bad idea"),
    BoardKind.PRIORITISE: N_("Prioritisation"),
    BoardKind.VALUE: N_("Value propositions"),
    BoardKind.STRATEGY: N_("Point A to point B"),
    BoardKind.JOURNEY: N_("Customer journey"),
    BoardKind.SCENARIOS: N_("Scenario audit"),
}


def default_title(kind: BoardKind, language: str) -> str:
    return text(language, DEFAULT_BOARD_TITLES[kind])


@dataclass(frozen=True)
class StepTarget:
    """Where a step takes the room: a board (None: stay where you are) and a stage."""

    index: int
    board_id: int | None
    kind: BoardKind | None
    stage: str = ""  # "" when the step leaves the board's stage alone


def reverse_stage(step: ReverseStep) -> str:
    """The stage name of a good idea / bad idea step ("write", "deal", ...)."""
    return STAGES[BoardKind.REVERSE][int(step) - 1]


def reverse_step(stage: str) -> ReverseStep | None:
    """The good idea / bad idea step of a stage name; None for another name."""
    stages = STAGES[BoardKind.REVERSE]
    return ReverseStep(stages.index(stage) + 1) if stage in stages else None


def reverse_moves(data: model.WorkshopData, board_id: int, stage: str) -> int:
    """How many steps the board's round must move to reach `stage` (negative: back)."""
    target = reverse_step(stage)
    if target is None:
        return 0
    found = reverse_flow.find_round(data, board_id)
    current = found.step if found is not None else ReverseStep.SETUP
    return int(target) - int(current)


VOTE_STAGE = "vote"  # the capture stage with the board's dot voting on


def voting_step(target: StepTarget | None) -> bool:
    """Whether the step is a dot-voting step: a capture board at the `vote` stage."""
    return (
        target is not None
        and target.board_id is not None
        and target.kind == BoardKind.CAPTURE
        and target.stage == VOTE_STAGE
    )


def voting_changes(before: StepTarget | None, after: StepTarget | None) -> list[tuple[int, bool]]:
    """What moving the room from step `before` to step `after` does to dot voting, as
    (board id, on) pairs: leaving a vote step for any other step turns that board's
    voting off (the votes stay); a vote step turns its board's voting on. A step without
    a stage leaves the board as it is."""
    changes: list[tuple[int, bool]] = []
    same_board = after is not None and before is not None and after.board_id == before.board_id
    stays_on = same_board and voting_step(after)
    if before is not None and before.board_id is not None and voting_step(before) and not stays_on:
        changes.append((before.board_id, False))
    if after is not None and after.board_id is not None and voting_step(after):
        changes.append((after.board_id, True))
    return changes


def totals_hidden(target: StepTarget | None, board_id: int, revealed: bool) -> bool:
    """Whether the projector hides the vote totals of `board_id`: while the room is on
    that board's vote step and the facilitator has not revealed them."""
    if revealed or target is None or not voting_step(target):
        return False
    return target.board_id == board_id


def step_after_voting(
    agenda: Agenda, boards: Sequence[model.Board], board_id: int, current: int
) -> int | None:
    """The step the room goes to when the facilitator stops voting on `board_id` by
    hand: the next step, when the room is on that board's vote step; else None."""
    if not 0 <= current < len(agenda.steps):
        return None
    target = step_target(agenda, current, boards)
    if not voting_step(target) or target.board_id != board_id:
        return None
    return current + 1 if current + 1 < len(agenda.steps) else None


# --- reading the stored agenda ------------------------------------------------------------


def stored_agenda(workshop: model.Workshop) -> tuple[Agenda | None, int]:
    """The workshop's agenda and current step (clamped); (None, 0) without or when damaged."""
    try:
        agenda = from_json(workshop.agenda_json)
    except ValueError:
        return None, 0
    if agenda is None or not agenda.steps:
        return None, 0
    return agenda, max(0, min(workshop.agenda_step, len(agenda.steps) - 1))


def _ordered(boards: Sequence[model.Board]) -> list[model.Board]:
    return sorted(boards, key=lambda b: (b.position, b.id))


def board_for(
    agenda: Agenda, key: str, kind: BoardKind, boards: Sequence[model.Board]
) -> int | None:
    """The workshop board an agenda board key stands for; else the first board of `kind`."""
    ordered = _ordered(boards)
    declared = agenda.board(key) if key else None
    if declared is not None and declared.board_id is not None:
        bound = next((b for b in ordered if b.id == declared.board_id), None)
        if bound is not None and bound.kind == kind:
            return bound.id
    first = next((b for b in ordered if b.kind == kind), None)
    return first.id if first is not None else None


def step_target(agenda: Agenda, index: int, boards: Sequence[model.Board]) -> StepTarget:
    step = agenda.steps[index]
    kind = step.board_kind
    if kind is None:
        return StepTarget(index, None, None, "")
    return StepTarget(index, board_for(agenda, step.board, kind, boards), kind, step.stage)


def current_target(data: model.WorkshopData) -> StepTarget | None:
    """The board and stage of the step the room is on; None without an agenda."""
    agenda, index = stored_agenda(data.workshop)
    if agenda is None:
        return None
    return step_target(agenda, index, data.boards)


def step_for(
    agenda: Agenda,
    boards: Sequence[model.Board],
    board_id: int,
    stage: str,
    current: int,
) -> int | None:
    """The step showing `board_id` at `stage`: the current one if it does, else the nearest
    one after it, else the nearest one before it; None when no step does."""
    matches = [
        i
        for i in range(len(agenda.steps))
        if (target := step_target(agenda, i, boards)).board_id == board_id and target.stage == stage
    ]
    if not matches:
        return None
    if current in matches:
        return current
    later = [i for i in matches if i > current]
    return later[0] if later else matches[-1]


# --- giving a workshop an agenda ------------------------------------------------------------


def with_boards(agenda: Agenda) -> Agenda:
    """The agenda with every board step naming a declared board.

    A template without `[[boards]]` gets one board per exercise kind it uses (key = the
    kind); steps without a board go to the first declared board of their kind.
    """
    boards = list(agenda.boards)
    for step in agenda.steps:
        kind = step.board_kind
        if kind is not None and not any(b.kind == kind.value for b in boards):
            english, russian = (text(lang, DEFAULT_BOARD_TITLES[kind]) for lang in ("en", "ru"))
            key = kind.value
            while any(b.key == key for b in boards):
                key += "-1"
            boards.append(AgendaBoard(key=key, kind=kind.value, title_en=english, title_ru=russian))
    steps = []
    for step in agenda.steps:
        kind = step.board_kind
        if kind is not None and not step.board:
            first = next(b for b in boards if b.kind == kind.value)
            step = dataclasses.replace(step, board=first.key)
        steps.append(step)
    return dataclasses.replace(agenda, boards=tuple(boards), steps=tuple(steps))


def declare_board(agenda: Agenda, board: model.Board) -> tuple[Agenda, str]:
    """The agenda with a declared board bound to the workshop's `board`, and its key
    (an existing declaration bound to it is reused)."""
    found = next((b for b in agenda.boards if b.board_id == board.id), None)
    if found is not None:
        return agenda, found.key
    key = f"{board.kind.value}-{board.id}"
    while agenda.board(key) is not None:
        key += "-1"
    declared = AgendaBoard(key, board.kind.value, board.title, board.title, board.id)
    return dataclasses.replace(agenda, boards=(*agenda.boards, declared)), key


@dataclass(frozen=True)
class AgendaPlan:
    """What adopting an agenda does: boards bound to existing ones, boards to add."""

    agenda: Agenda  # with every agenda board bound to a board id
    kept: tuple[tuple[AgendaBoard, int], ...]  # agenda board -> existing board id
    added: tuple[model.Board, ...]  # new boards


def plan_agenda(data: model.WorkshopData, agenda: Agenda, language: str) -> AgendaPlan:
    """Bind the agenda's boards: the board it is bound to already (when it still exists),
    else an existing board of the same kind that no earlier agenda board took, else a new
    board with the agenda board's title."""
    full = with_boards(agenda)
    taken: set[int] = set()
    kept: list[tuple[AgendaBoard, int]] = []
    added: list[model.Board] = []
    bound: list[AgendaBoard] = []
    next_id = edits.next_id(data.boards)
    position = max((b.position for b in data.boards), default=-1) + 1
    by_id = {b.id: b for b in data.boards}
    for declared in full.boards:
        old = by_id.get(declared.board_id) if declared.board_id is not None else None
        if old is not None and old.kind.value == declared.kind and old.id not in taken:
            taken.add(old.id)
    for declared in full.boards:
        kind = BoardKind(declared.kind)
        old = by_id.get(declared.board_id) if declared.board_id is not None else None
        if old is not None and old.kind == kind:
            kept.append((declared, old.id))
            bound.append(declared)
            continue
        existing = next(
            (b for b in _ordered(data.boards) if b.kind == kind and b.id not in taken), None
        )
        if existing is not None:
            taken.add(existing.id)
            kept.append((declared, existing.id))
            bound.append(dataclasses.replace(declared, board_id=existing.id))
            continue
        title = edits.clean_label(declared.title(language) or default_title(kind, language))
        board = model.Board(next_id, kind, title, position)
        next_id += 1
        position += 1
        added.append(board)
        bound.append(dataclasses.replace(declared, board_id=board.id))
    return AgendaPlan(dataclasses.replace(full, boards=tuple(bound)), tuple(kept), tuple(added))


def adopt_agenda(
    data: model.WorkshopData, agenda: Agenda | None, language: str
) -> tuple[list[Pair], model.Workshop]:
    """The one edit that gives the workshop `agenda` (room on its first step).

    Every board stays; only the boards the agenda still needs are added. Without an
    agenda, a workshop without boards gets one capture board. Apply the pairs and the
    workshop record in one transaction (`WorkshopFile.apply(..., workshop=...)`).
    """
    workshop = data.workshop
    if agenda is None:
        pairs: list[Pair] = []
        if not data.boards:
            title = default_title(BoardKind.CAPTURE, language)
            pairs = edits.add_board(data, BoardKind.CAPTURE, title)
        return pairs, dataclasses.replace(workshop, agenda_json="", agenda_step=0)
    return store_agenda(data, agenda, 0, language)


def store_agenda(
    data: model.WorkshopData, agenda: Agenda, index: int, language: str
) -> tuple[list[Pair], model.Workshop]:
    """The edit that stores `agenda` with the room on step `index`: its boards bound, the
    boards it still needs added (e.g. a new step of an exercise the workshop has no board
    for). Every agenda change goes through here, so steps always have boards."""
    plan = plan_agenda(data, agenda, language)
    pairs: list[Pair] = [(None, board) for board in plan.added]
    steps = len(plan.agenda.steps)
    index = max(0, min(index, steps - 1)) if steps else 0
    workshop = dataclasses.replace(
        data.workshop, agenda_json=to_json(plan.agenda), agenda_step=index
    )
    return pairs, workshop


def new_workshop(
    title: str, language: str, agenda: Agenda | None
) -> tuple[model.Workshop, list[Pair], model.Workshop]:
    """A new workshop: the record to create the file with, then the edit that adds its
    boards and agenda. The GUI and `pointb new` both use this (through
    `app.interchange.create_workshop`), so they make the same workshop."""
    record = model.Workshop(title=title, language="ru" if language == "ru" else "en")
    pairs, after = adopt_agenda(model.WorkshopData(workshop=record), agenda, record.language)
    return record, pairs, after


# --- managing boards --------------------------------------------------------------------------


def add_board(data: model.WorkshopData, kind: BoardKind, title: str) -> list[Pair]:
    """A new board of any kind at the end of the board list."""
    position = max((b.position for b in data.boards), default=-1) + 1
    cleaned = edits.clean_label(title) or default_title(kind, data.workshop.language)
    return [(None, model.Board(edits.next_id(data.boards), kind, cleaned, position))]


def rename_board(data: model.WorkshopData, board_id: int, title: str) -> list[Pair]:
    board = _board(data, board_id)
    cleaned = edits.clean_label(title)
    if not cleaned:
        raise edits.EditRefused(_message("empty_title", data))
    return [] if cleaned == board.title else edits.update_entity(board, title=cleaned)


def move_board(data: model.WorkshopData, board_id: int, new_index: int) -> list[Pair]:
    """The board goes to `new_index` in the board list; shifted boards get new positions."""
    ordered = _ordered(data.boards)
    board = _board(data, board_id)
    ordered.remove(board)
    ordered.insert(max(0, min(new_index, len(ordered))), board)
    return [edits.replace(b, position=i) for i, b in enumerate(ordered) if b.position != i]


@dataclass(frozen=True)
class BoardContent:
    """What deleting a board would take with it."""

    notes: int = 0
    clusters: int = 0
    photos: int = 0
    candidates: int = 0
    slices: int = 0
    round_started: bool = False
    cx_items: int = 0  # strategy, journey and audit items (app.domain.cx_common)

    @property
    def empty(self) -> bool:
        return not (
            self.notes
            or self.clusters
            or self.photos
            or self.candidates
            or self.slices
            or self.round_started
            or self.cx_items
        )


def board_content(data: model.WorkshopData, board_id: int) -> BoardContent:
    found = reverse_flow.find_round(data, board_id)
    return BoardContent(
        notes=sum(1 for n in data.notes if n.board_id == board_id),
        clusters=sum(1 for c in data.clusters if c.board_id == board_id),
        photos=sum(1 for i in data.images if i.board_id == board_id),
        candidates=sum(1 for c in data.candidates if c.board_id == board_id),
        slices=sum(1 for s in data.slices if s.board_id == board_id),
        round_started=found is not None,
        cx_items=len(cx_common.board_entities(data, board_id)),
    )


def steps_on(data: model.WorkshopData, board_id: int) -> int:
    """How many agenda steps open this board."""
    agenda, _index = stored_agenda(data.workshop)
    if agenda is None:
        return 0
    return sum(
        1
        for i in range(len(agenda.steps))
        if step_target(agenda, i, data.boards).board_id == board_id
    )


def delete_board(data: model.WorkshopData, board_id: int) -> list[Pair]:
    """The board and everything on it, in one edit; links from elsewhere are cleared."""
    board = _board(data, board_id)
    note_ids = [n.id for n in data.notes if n.board_id == board_id]
    pairs = edits.delete_notes(data, note_ids)
    pairs += [(c, None) for c in data.clusters if c.board_id == board_id]
    pairs += [(i, None) for i in data.images if i.board_id == board_id]
    pairs += [(d, None) for d in data.deals if d.board_id == board_id]
    pairs += [(r, None) for r in data.reverse_rounds if r.board_id == board_id]
    doomed_notes = set(note_ids)
    candidates = [c.id for c in data.candidates if c.board_id == board_id]
    pairs += prioritise_flow.remove_candidates(data, candidates)
    pairs += [
        edits.replace(c, note_id=None)
        for c in data.candidates
        if c.board_id != board_id and c.note_id in doomed_notes
    ]
    doomed_slices = {s.id for s in data.slices if s.board_id == board_id}
    pairs += [edits.replace(c, slice_id=None) for c in data.canvases if c.slice_id in doomed_slices]
    pairs += [(s, None) for s in data.slices if s.id in doomed_slices]
    pairs += cx_common.unlink_slices(data, doomed_slices)
    pairs += cx_common.remove_board_content(data, board_id)
    pairs.append((board, None))
    return edits.combine(pairs)


def _board(data: model.WorkshopData, board_id: int) -> model.Board:
    board = data.board(board_id)
    if board is None:
        raise edits.EditRefused(_message("no_board", data))
    return board


# --- the report -------------------------------------------------------------------------------


def board_used(data: model.WorkshopData, board: model.Board) -> bool:
    """Whether a board has anything to print (a value board: any canvas or segment)."""
    if board.kind == BoardKind.VALUE:
        return bool(data.canvases or data.segments) or any(
            i.board_id == board.id for i in data.images
        )
    return not board_content(data, board.id).empty


def report_order(data: model.WorkshopData) -> list[model.Board]:
    """Boards in the order the agenda first uses them, then the others by position."""
    ordered = _ordered(data.boards)
    agenda, _index = stored_agenda(data.workshop)
    if agenda is None:
        return ordered
    first_use: dict[int, int] = {}
    for index in range(len(agenda.steps)):
        target = step_target(agenda, index, data.boards)
        if target.board_id is not None:
            first_use.setdefault(target.board_id, index)
    late = len(agenda.steps)
    return sorted(ordered, key=lambda b: (first_use.get(b.id, late), b.position, b.id))


MESSAGES: dict[str, str] = {
    "no_board": N_("That board no longer exists."),
    "empty_title": N_("A board needs a title."),
}


def _message(key: str, data: model.WorkshopData) -> str:
    return render(MESSAGES, key, data.workshop.language)
