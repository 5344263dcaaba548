"""SQLModel tables of the workshop file. Rows never leave `app.store`: see `mapping`.

Column names equal the domain dataclass field names so that rows and domain objects
convert generically. Links are plain integer columns: the file keeps no foreign-key
constraints because undo restores rows in any order; `pointb check` finds dangling links.
"""

from __future__ import annotations

from sqlmodel import Field, SQLModel


class WorkshopRow(SQLModel, table=True):
    __tablename__ = "workshop"
    id: int = Field(default=1, primary_key=True)
    title: str
    challenge: str = ""
    date: str = ""
    facilitator: str = ""
    language: str = "en"
    score_method: str = "rice"
    vote_budget: int | None = None
    agenda_json: str = ""  # schema v2
    agenda_step: int = 0  # schema v2
    phones_anonymous: bool = False  # schema v4
    phones_moderated: bool = False  # schema v4


class TeamRow(SQLModel, table=True):
    __tablename__ = "team"
    id: int = Field(primary_key=True)
    name: str
    color: str
    position: int = 0


class ParticipantRow(SQLModel, table=True):
    __tablename__ = "participant"
    id: int = Field(primary_key=True)
    name: str
    team_id: int | None = None


class BoardRow(SQLModel, table=True):
    __tablename__ = "board"
    id: int = Field(primary_key=True)
    kind: str
    title: str
    position: int = 0


class NoteRow(SQLModel, table=True):
    __tablename__ = "note"
    id: int = Field(primary_key=True)
    board_id: int = Field(index=True)
    text: str
    x: float = 0.0
    y: float = 0.0
    width: float = 200.0
    height: float = 150.0
    color: str | None = None
    team_id: int | None = None
    author: str = ""
    tag: str = ""
    cluster_id: int | None = None
    role: str = "idea"
    source_note_id: int | None = None
    parked: bool = False


class ClusterRow(SQLModel, table=True):
    __tablename__ = "cluster"
    id: int = Field(primary_key=True)
    board_id: int = Field(index=True)
    title: str
    x: float = 0.0
    y: float = 0.0
    width: float = 480.0
    height: float = 360.0


class VoteRow(SQLModel, table=True):
    __tablename__ = "vote"
    id: int = Field(primary_key=True)
    note_id: int = Field(index=True)
    voter_kind: str
    voter_id: int
    count: int = 1


class OwnerRow(SQLModel, table=True):
    """Who has the file open now, so a second instance can name them."""

    __tablename__ = "open_by"
    id: int = Field(default=1, primary_key=True)
    user: str = ""
    host: str = ""
    pid: int = 0
    since: str = ""


V1_TABLES = (WorkshopRow, TeamRow, ParticipantRow, BoardRow, NoteRow, ClusterRow, VoteRow, OwnerRow)


# --- schema version 2: the exercises and images -------------------------------------------
class ImageRow(SQLModel, table=True):
    __tablename__ = "image"
    id: int = Field(primary_key=True)
    board_id: int = Field(index=True)
    name: str
    png: str  # base64 of the downscaled image: JPEG for a photograph, else PNG
    x: float = 0.0
    y: float = 0.0
    width: float = 400.0
    height: float = 300.0


class ReverseRoundRow(SQLModel, table=True):
    __tablename__ = "reverse_round"
    board_id: int = Field(primary_key=True)
    challenge: str = ""
    team_ids: str = "[]"  # JSON list
    ideas_per_team: int = 1
    step: int = 1
    seed: int = 0
    show_parked: bool = False
    timer_minutes: str = "{}"  # JSON object
    face_down: bool = True


class DealRow(SQLModel, table=True):
    __tablename__ = "deal"
    id: int = Field(primary_key=True)
    board_id: int = Field(index=True)
    bad_note_id: int
    from_team_id: int
    to_team_id: int


class CandidateRow(SQLModel, table=True):
    __tablename__ = "candidate"
    id: int = Field(primary_key=True)
    board_id: int = Field(index=True)
    text: str
    note_id: int | None = None
    origin: str = "typed"
    kano: str | None = None
    impact: float | None = None
    effort: float | None = None
    reach: float | None = None
    rice_impact: float | None = None
    confidence: float | None = None
    effort_months: float | None = None
    ice_impact: int | None = None
    ice_confidence: int | None = None
    ice_ease: int | None = None
    slice_id: int | None = None
    moscow: str | None = None
    votes: int = 0
    x: float = 0.0
    y: float = 0.0
    kano_dated: str = ""


class KanoAnswerRow(SQLModel, table=True):
    __tablename__ = "kano_answer"
    id: int = Field(primary_key=True)
    candidate_id: int = Field(index=True)
    respondent: str
    functional: int
    dysfunctional: int


class ReleaseSliceRow(SQLModel, table=True):
    __tablename__ = "release_slice"
    id: int = Field(primary_key=True)
    board_id: int = Field(index=True)
    name: str
    position: int = 0
    budget: float = 0.0


class SegmentRow(SQLModel, table=True):
    __tablename__ = "segment"
    id: int = Field(primary_key=True)
    name: str
    description: str = ""


class CanvasRow(SQLModel, table=True):
    __tablename__ = "canvas"
    id: int = Field(primary_key=True)
    segment_id: int
    slice_id: int | None = None
    archetype: str | None = None
    secondary_archetype: str | None = None
    statement: str = ""
    competitor: str = ""
    category: str = ""
    product_name: str = ""


class CanvasItemRow(SQLModel, table=True):
    __tablename__ = "canvas_item"
    id: int = Field(primary_key=True)
    canvas_id: int = Field(index=True)
    kind: str
    text: str
    rank: int = 1
    job_type: str | None = None
    addresses: str = "[]"  # JSON list of item ids


V2_TABLES = (
    ImageRow, ReverseRoundRow, DealRow, CandidateRow, KanoAnswerRow, ReleaseSliceRow,
    SegmentRow, CanvasRow, CanvasItemRow,
)


# --- schema v3: the customer-experience boards (strategy, journey, scenario audit) ----------
# No indexes: these rows are read whole into memory; every page counts on a small stick.
class StrategyScenarioRow(SQLModel, table=True):
    __tablename__ = "strategy_scenario"
    id: int = Field(primary_key=True)
    board_id: int
    name: str
    point_b: str = ""
    position: int = 0


class StrategyItemRow(SQLModel, table=True):
    __tablename__ = "strategy_item"
    id: int = Field(primary_key=True)
    board_id: int
    kind: str
    text: str
    scenario_id: int | None = None
    goal_id: int | None = None
    position: int = 0
    due: str = ""
    owner: str = ""
    checkpoint: str = ""
    done: bool = False
    candidate_ids: str = "[]"  # JSON list of candidate ids
    slice_ids: str = "[]"  # JSON list of release slice ids


class JourneyStageRow(SQLModel, table=True):
    __tablename__ = "journey_stage"
    id: int = Field(primary_key=True)
    board_id: int
    name: str
    position: int = 0
    emotion: int | None = None
    minutes_as_is: float | None = None
    minutes_to_be: float | None = None
    simplicity_as_is: int | None = None
    simplicity_to_be: int | None = None
    steps_as_is: int | None = None
    steps_to_be: int | None = None


class JourneyCellRow(SQLModel, table=True):
    __tablename__ = "journey_cell"
    id: int = Field(primary_key=True)
    board_id: int
    stage_id: int
    lane: str
    text: str
    position: int = 0
    channel: str = ""
    ease: int | None = None
    accessibility: int | None = None
    resources: str = ""
    kpi: str = ""
    should_be: str = ""
    note_id: int | None = None
    candidate_id: int | None = None


class AuditScenarioRow(SQLModel, table=True):
    __tablename__ = "audit_scenario"
    id: int = Field(primary_key=True)
    board_id: int
    title: str
    actor: str = "customer"
    position: int = 0


class AuditFailureRow(SQLModel, table=True):
    __tablename__ = "audit_failure"
    id: int = Field(primary_key=True)
    scenario_id: int
    text: str
    position: int = 0
    note_id: int | None = None
    candidate_id: int | None = None


class ScenarioModelRow(SQLModel, table=True):
    __tablename__ = "scenario_model"
    id: int = Field(primary_key=True)
    scenario_id: int
    kind: str
    text: str
    position: int = 0
    test_what: str = ""
    test_with: str = ""
    test_learned: str = ""
    minutes_as_is: float | None = None
    minutes_to_be: float | None = None
    simplicity_as_is: int | None = None
    simplicity_to_be: int | None = None
    steps_as_is: int | None = None
    steps_to_be: int | None = None
    note_id: int | None = None
    candidate_id: int | None = None


class PrincipleCheckRow(SQLModel, table=True):
    __tablename__ = "principle_check"
    id: int = Field(primary_key=True)
    board_id: int
    principle: str
    scenario_id: int | None = None
    note: str = ""


V3_TABLES = (
    StrategyScenarioRow,
    StrategyItemRow,
    JourneyStageRow,
    JourneyCellRow,
    AuditScenarioRow,
    AuditFailureRow,
    ScenarioModelRow,
    PrincipleCheckRow,
)


class PhoneReceiptRow(SQLModel, table=True):
    __tablename__ = "phone_receipt"
    id: int = Field(primary_key=True)
    key: str
    note_id: int


V4_TABLES = (PhoneReceiptRow,)
