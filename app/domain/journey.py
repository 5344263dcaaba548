"""The customer journey map: stages across, lanes down, an emotion curve.

Stages run left to right (before purchase, purchase, use, after by default). Each stage
has lanes: what the customer does, the touchpoints and channels, what they think and
feel, the barriers (the gap between "as is" and "should be") and the opportunities. The
emotion of each stage is a score from -2 to +2, drawn as a curve. A touchpoint records
how easy and how accessible it is (1..5), the resources and tools it needs, and its KPI.
Each stage carries the audit metrics (minutes, simplicity, steps or clicks), as is and
to be. Barriers and opportunities can be sent on as ideas or candidates (lineage).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from app.domain import cx_common, edits, model
from app.domain.edits import Pair
from app.domain.i18n import N_, text
from app.domain.texts import render

EMOTION_MIN = -2
EMOTION_MAX = 2


class Lane(StrEnum):
    ACTIONS = "actions"
    TOUCHPOINTS = "touchpoints"
    THOUGHTS = "thoughts"
    BARRIERS = "barriers"
    OPPORTUNITIES = "opportunities"


LANES = tuple(Lane)
SENDABLE_LANES = (Lane.BARRIERS, Lane.OPPORTUNITIES)


class Channel(StrEnum):
    NONE = ""
    DIGITAL = "digital"
    OFFLINE = "offline"


LANE_TITLES: dict[str, str] = {
    Lane.ACTIONS: N_("What the customer does"),
    Lane.TOUCHPOINTS: N_("Touchpoints and channels"),
    Lane.THOUGHTS: N_("Thinks and feels"),
    Lane.BARRIERS: N_("Barriers: as is vs should be"),
    Lane.OPPORTUNITIES: N_("Opportunities"),
}
CHANNEL_TITLES: dict[str, str] = {
    Channel.NONE: "",  # no channel: shown as nothing
    Channel.DIGITAL: N_("digital"),
    Channel.OFFLINE: N_("offline"),
}
_DEFAULT_STAGE_NAMES = (N_("Before purchase"), N_("Purchase"), N_("Use"), N_("After"))
MESSAGES = {
    "emotion": N_("An emotion is a score from {low} to {high}; {value} is outside it."),
    "touchpoint_only": N_(
        "Only a touchpoint has a channel, ease, accessibility, resources and a KPI."
    ),
    "barrier_only": N_("Only a barrier has a \"should be\"."),
    "stage": N_("Stage {n}"),
}
TOUCHPOINT_FIELDS = ("channel", "ease", "accessibility", "resources", "kpi")


@dataclass
class JourneyStage:
    id: int
    board_id: int
    name: str
    position: int = 0
    emotion: int | None = None  # EMOTION_MIN..EMOTION_MAX; None: not rated yet
    minutes_as_is: float | None = None
    minutes_to_be: float | None = None
    simplicity_as_is: int | None = None  # 1..5, 5 is effortless
    simplicity_to_be: int | None = None
    steps_as_is: int | None = None  # steps or clicks to the result
    steps_to_be: int | None = None


@dataclass
class JourneyCell:
    """One card in a lane of a stage."""

    id: int
    board_id: int
    stage_id: int
    lane: Lane
    text: str
    position: int = 0
    channel: Channel = Channel.NONE  # touchpoints
    ease: int | None = None  # touchpoints: 1..5
    accessibility: int | None = None  # touchpoints: 1..5
    resources: str = ""  # touchpoints: people, tools and systems it needs
    kpi: str = ""  # touchpoints
    should_be: str = ""  # barriers: how it should be
    note_id: int | None = None  # the idea it was sent to (lineage)
    candidate_id: int | None = None  # the candidate it was sent to (lineage)


def lane_title(lane: Lane, language: str) -> str:
    return render(LANE_TITLES, lane, language)


def channel_title(channel: Channel, language: str) -> str:
    return render(CHANNEL_TITLES, channel, language) if channel else ""


# --- reading ---------------------------------------------------------------------------------
def stages(data: model.WorkshopData, board_id: int) -> list[JourneyStage]:
    return sorted(
        (s for s in data.journey_stages if s.board_id == board_id),
        key=lambda s: (s.position, s.id),
    )


def cells(data: model.WorkshopData, stage_id: int, lane: Lane) -> list[JourneyCell]:
    return sorted(
        (c for c in data.journey_cells if c.stage_id == stage_id and c.lane is lane),
        key=lambda c: (c.position, c.id),
    )


def emotion_curve(data: model.WorkshopData, board_id: int) -> list[tuple[JourneyStage, int]]:
    """The rated stages in order with their emotion (unrated stages are gaps in the curve)."""
    return [(s, s.emotion) for s in stages(data, board_id) if s.emotion is not None]


def lowest_stages(data: model.WorkshopData, board_id: int) -> list[JourneyStage]:
    """The stages at the bottom of the curve: where the journey hurts most."""
    curve = emotion_curve(data, board_id)
    if not curve:
        return []
    low = min(e for _s, e in curve)
    return [s for s, e in curve if e == low and e < 0]


def _stage(data: model.WorkshopData, stage_id: int) -> JourneyStage:
    return next(s for s in data.journey_stages if s.id == stage_id)


def _cell(data: model.WorkshopData, cell_id: int) -> JourneyCell:
    return next(c for c in data.journey_cells if c.id == cell_id)


# --- edits -----------------------------------------------------------------------------------
def default_stages(data: model.WorkshopData, board_id: int) -> list[Pair]:
    """The four classic stages, when the board has none yet."""
    if stages(data, board_id):
        return []
    language = cx_common.language_of(data)
    names = [text(language, name) for name in _DEFAULT_STAGE_NAMES]
    first = edits.next_id(data.journey_stages)
    return [
        (None, JourneyStage(id=first + n, board_id=board_id, name=name, position=n))
        for n, name in enumerate(names)
    ]


def add_stage(
    data: model.WorkshopData, board_id: int, name: str = "", after_id: int | None = None
) -> list[Pair]:
    """A stage at the end, or right after stage `after_id` (later stages move along)."""
    existing = stages(data, board_id)
    if not name.strip():
        name = render(MESSAGES, "stage", cx_common.language_of(data), n=len(existing) + 1)
    stage = JourneyStage(
        id=edits.next_id(data.journey_stages),
        board_id=board_id,
        name=cx_common.clean_name(data, name),
    )
    at = next((n + 1 for n, s in enumerate(existing) if s.id == after_id), len(existing))
    order: list[JourneyStage] = [*existing[:at], stage, *existing[at:]]
    pairs: list[Pair] = []
    for index, item in enumerate(order):
        if item is stage:
            stage.position = index
            pairs.append((None, stage))
        elif item.position != index:
            pairs.append(edits.replace(item, position=index))
    return pairs


def update_stage(data: model.WorkshopData, stage_id: int, **changes: Any) -> list[Pair]:
    """Rename a stage, rate its emotion or set its metrics; values out of range are refused."""
    stage = _stage(data, stage_id)
    if "name" in changes:
        changes["name"] = cx_common.clean_name(data, changes["name"])
    if "emotion" in changes:
        check_emotion(data, changes["emotion"])
    cx_common.check_metrics(data, changes)
    pair = edits.replace(stage, **changes)
    return [] if pair[0] == pair[1] else [pair]


def check_emotion(data: model.WorkshopData, value: int | None) -> None:
    if value is not None and not EMOTION_MIN <= value <= EMOTION_MAX:
        raise edits.EditRefused(
            render(
                MESSAGES,
                "emotion",
                cx_common.language_of(data),
                low=EMOTION_MIN,
                high=EMOTION_MAX,
                value=value,
            )
        )


def set_emotion(data: model.WorkshopData, stage_id: int, emotion: int | None) -> list[Pair]:
    return update_stage(data, stage_id, emotion=emotion)


def nudge_emotion(data: model.WorkshopData, stage_id: int, step: int) -> list[Pair]:
    """Raise or lower a stage's emotion by `step`, kept inside the scale (unrated = 0)."""
    stage = _stage(data, stage_id)
    value = max(EMOTION_MIN, min(EMOTION_MAX, (stage.emotion or 0) + step))
    return update_stage(data, stage_id, emotion=value)


def delete_stage(data: model.WorkshopData, stage_id: int) -> list[Pair]:
    """A stage goes with its cards."""
    stage = _stage(data, stage_id)
    pairs: list[Pair] = [(c, None) for c in data.journey_cells if c.stage_id == stage_id]
    pairs.append((stage, None))
    rest = [s for s in stages(data, stage.board_id) if s.id != stage_id]
    pairs += cx_common.renumber(rest)
    return pairs


def move_stage(data: model.WorkshopData, stage_id: int, step: int) -> list[Pair]:
    stage = _stage(data, stage_id)
    return cx_common.moved(stages(data, stage.board_id), stage_id, step)


def add_cell(data: model.WorkshopData, stage_id: int, lane: Lane, text: str) -> list[Pair]:
    stage = _stage(data, stage_id)
    siblings = cells(data, stage_id, lane)
    cell = JourneyCell(
        id=edits.next_id(data.journey_cells),
        board_id=stage.board_id,
        stage_id=stage_id,
        lane=lane,
        text=edits.clean_text(text, cx_common.language_of(data)),
        position=max((c.position for c in siblings), default=-1) + 1,
    )
    return [(None, cell)]


def update_cell(data: model.WorkshopData, cell_id: int, **changes: Any) -> list[Pair]:
    """Edit a card; touchpoint and barrier fields only on their own lanes."""
    cell = _cell(data, cell_id)
    language = cx_common.language_of(data)
    lane = changes.get("lane", cell.lane)
    if "text" in changes:
        changes["text"] = edits.clean_text(changes["text"], language)
    if lane is not Lane.TOUCHPOINTS and any(
        changes.get(name) not in (None, "", Channel.NONE) for name in TOUCHPOINT_FIELDS
    ):
        raise edits.EditRefused(render(MESSAGES, "touchpoint_only", language))
    if lane is not Lane.BARRIERS and changes.get("should_be"):
        raise edits.EditRefused(render(MESSAGES, "barrier_only", language))
    for name in ("ease", "accessibility"):
        if name in changes:
            cx_common.check_scale(data, name, changes[name])
    for name in ("resources", "kpi", "should_be"):
        if name in changes:
            changes[name] = cx_common.clean_free_text(changes[name])
    if "channel" in changes:
        changes["channel"] = Channel(changes["channel"])
    pair = edits.replace(cell, **changes)
    return [] if pair[0] == pair[1] else [pair]


def delete_cell(data: model.WorkshopData, cell_id: int) -> list[Pair]:
    return [(_cell(data, cell_id), None)]


def move_cell(data: model.WorkshopData, cell_id: int, step: int) -> list[Pair]:
    cell = _cell(data, cell_id)
    return cx_common.moved(cells(data, cell.stage_id, cell.lane), cell_id, step)


# --- consistency -----------------------------------------------------------------------------
def problems(data: model.WorkshopData) -> list[str]:
    found: list[str] = []
    boards = {b.id: b.kind for b in data.boards}
    stage_board = {s.id: s.board_id for s in data.journey_stages}
    for stage in data.journey_stages:
        label = f"journey stage {stage.id}"
        kind = boards.get(stage.board_id)
        if kind is None:
            found.append(f"{label} is on missing board {stage.board_id}")
        elif kind is not model.BoardKind.JOURNEY:
            found.append(f"{label} is on board {stage.board_id}, which is a {kind.value} board")
        # Ranges (emotion, scores, metrics) are field rules: app.domain.validation.
    for cell in data.journey_cells:
        label = f"journey cell {cell.id}"
        home = stage_board.get(cell.stage_id)
        if home is None:
            found.append(f"{label} is in missing stage {cell.stage_id}")
        elif home != cell.board_id:
            found.append(f"{label} is in stage {cell.stage_id} of another board")
        if cell.lane is not Lane.TOUCHPOINTS and (
            cell.channel
            or cell.ease is not None
            or cell.accessibility is not None
            or cell.resources
            or cell.kpi
        ):
            found.append(f"{label} is in the {cell.lane.value} lane but has touchpoint fields")
        if cell.lane is not Lane.BARRIERS and cell.should_be:
            found.append(f"{label} is in the {cell.lane.value} lane but has a should-be")
        found += cx_common.link_problems(data, label, cell)
    return found
