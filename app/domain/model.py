"""The workshop as plain Python objects: what a facilitator creates, independent of storage.

Every entity has an integer `id` that is stable for the life of the file (it is the row
id in the workshop file and the `id` in the JSON dump). Links between entities are ids.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # exercise modules import this one; annotations only, no cycle
    from app.domain.journey import JourneyCell, JourneyStage
    from app.domain.kano import KanoAnswerRecord
    from app.domain.principles import PrincipleCheck
    from app.domain.prioritise import Candidate, ReleaseSlice
    from app.domain.reverse import Deal, ReverseRound
    from app.domain.scenario_audit import AuditFailure, AuditScenario, ScenarioModel
    from app.domain.strategy import StrategyItem, StrategyScenario
    from app.domain.value_prop import Canvas, CanvasItem, Segment


class BoardKind(StrEnum):
    CAPTURE = "capture"
    REVERSE = "reverse"
    PRIORITISE = "prioritise"
    VALUE = "value"
    STRATEGY = "strategy"  # point A -> point B canvas
    JOURNEY = "journey"  # customer journey map
    SCENARIOS = "scenarios"  # scenario audit with three models


class SourceTag(StrEnum):
    """Where an idea came from; shown as a coloured corner mark on the note."""

    NONE = ""
    CUSTOMERS = "customers"
    EMPLOYEES = "employees"
    RESEARCH = "research"
    COMPETITORS = "competitors"
    OWN = "own"


class NoteRole(StrEnum):
    IDEA = "idea"  # an ordinary captured note
    GOOD = "good"  # reverse ideation: a team's best idea (parked after writing)
    BAD = "bad"  # reverse ideation: a team's worst idea (dealt to another team)
    SOLUTION = "solution"  # reverse ideation: a real solution built from a received bad idea


class VoterKind(StrEnum):
    PARTICIPANT = "participant"
    TEAM = "team"


# Default note geometry in board units (1 unit = 1 px at 100% zoom).
NOTE_WIDTH = 200.0
NOTE_HEIGHT = 150.0
MAX_NOTE_TEXT = 10_000  # characters kept in one note; longer pastes are refused with a message
# Characters in a name or title (teams, participants, boards, clusters, release slices,
# authors, respondents, photos, the workshop): the same limit on every way in.
MAX_NAME = 200

# Greyscale-safe: no two colours are closer than 0.05 in relative luminance, so teams
# stay apart on a black-and-white printout too (luminance in brackets).
TEAM_PALETTE = (
    "#FFD54F",  # amber (0.69)
    "#81D4FA",  # sky (0.59)
    "#81C784",  # green (0.47)
    "#F48FB1",  # pink (0.42)
    "#BA68C8",  # violet (0.25)
    "#FFAB91",  # coral (0.52)
    "#90A4AE",  # slate (0.36)
    "#E6EE9C",  # lime (0.80)
)
DEFAULT_NOTE_COLOR = "#FFF59D"


@dataclass
class Workshop:
    title: str
    challenge: str = ""
    date: str = ""  # ISO date, YYYY-MM-DD, may be empty
    facilitator: str = ""
    language: str = "en"
    score_method: str = "rice"  # "rice" or "ice": the prioritisation score the workshop uses
    vote_budget: int | None = None  # dots per voter; None means the default rule
    # The workshop's agenda (JSON of its steps, see app.ui.agenda_panel) and the step the
    # room is on. Text, not tables: the agenda is edited as a whole and never queried.
    agenda_json: str = ""
    agenda_step: int = 0
    # The room's phones (Room > Let the room join, `pointb serve`): notes without names,
    # and notes that wait for the facilitator. Kept in the file so a restart keeps them.
    phones_anonymous: bool = False
    phones_moderated: bool = False


@dataclass
class Team:
    id: int
    name: str
    color: str
    position: int = 0


@dataclass
class Participant:
    id: int
    name: str
    team_id: int | None = None


@dataclass
class Board:
    id: int
    kind: BoardKind
    title: str
    position: int = 0


@dataclass
class Note:
    id: int
    board_id: int
    text: str
    x: float = 0.0
    y: float = 0.0
    width: float = NOTE_WIDTH
    height: float = NOTE_HEIGHT
    color: str | None = None  # None: the team colour (or the default yellow)
    team_id: int | None = None
    author: str = ""
    tag: SourceTag = SourceTag.NONE
    cluster_id: int | None = None
    role: NoteRole = NoteRole.IDEA
    source_note_id: int | None = None
    parked: bool = False  # set aside (hidden from the board, kept in the file)


@dataclass
class Cluster:
    id: int
    board_id: int
    title: str
    x: float = 0.0
    y: float = 0.0
    width: float = 480.0
    height: float = 360.0


@dataclass
class Vote:
    id: int
    note_id: int
    voter_kind: VoterKind
    voter_id: int
    count: int = 1


@dataclass
class PhoneReceipt:
    """A phone's note, saved: the phone's own id for that action ("<phone>/<action>"), so
    the same note resent after a lost answer, even after a restart, is not saved twice.
    Kept in the file, never in the JSON dump (it names phones, not ideas)."""

    id: int
    key: str
    note_id: int


@dataclass
class WorkshopData:
    """A whole workshop in memory: what the JSON dump and the exports are made from."""

    workshop: Workshop
    teams: list[Team] = field(default_factory=list)
    participants: list[Participant] = field(default_factory=list)
    boards: list[Board] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    clusters: list[Cluster] = field(default_factory=list)
    votes: list[Vote] = field(default_factory=list)
    images: list[ImageItem] = field(default_factory=list)
    # Exercise entities (their types live in the exercise modules).
    reverse_rounds: list[ReverseRound] = field(default_factory=list)
    deals: list[Deal] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)
    kano_answers: list[KanoAnswerRecord] = field(default_factory=list)
    slices: list[ReleaseSlice] = field(default_factory=list)
    segments: list[Segment] = field(default_factory=list)
    canvases: list[Canvas] = field(default_factory=list)
    canvas_items: list[CanvasItem] = field(default_factory=list)
    strategy_scenarios: list[StrategyScenario] = field(default_factory=list)
    strategy_items: list[StrategyItem] = field(default_factory=list)
    journey_stages: list[JourneyStage] = field(default_factory=list)
    journey_cells: list[JourneyCell] = field(default_factory=list)
    audit_scenarios: list[AuditScenario] = field(default_factory=list)
    audit_failures: list[AuditFailure] = field(default_factory=list)
    scenario_models: list[ScenarioModel] = field(default_factory=list)
    principle_checks: list[PrincipleCheck] = field(default_factory=list)
    phone_receipts: list[PhoneReceipt] = field(default_factory=list)

    def team(self, team_id: int | None) -> Team | None:
        return next((t for t in self.teams if t.id == team_id), None)

    def board(self, board_id: int) -> Board | None:
        return next((b for b in self.boards if b.id == board_id), None)

    def notes_on(self, board_id: int) -> list[Note]:
        return [n for n in self.notes if n.board_id == board_id]

    def clusters_on(self, board_id: int) -> list[Cluster]:
        return [c for c in self.clusters if c.board_id == board_id]

    def item_count(self, board: Board) -> int:
        """What a board holds: candidates on a prioritisation board, canvases on a value
        board (segments are workshop-wide), visible notes elsewhere."""
        if board.kind == BoardKind.PRIORITISE:
            return sum(1 for c in self.candidates if c.board_id == board.id)
        if board.kind == BoardKind.VALUE:
            return len(self.canvases)
        if board.kind == BoardKind.STRATEGY:
            return sum(1 for i in self.strategy_items if i.board_id == board.id)
        if board.kind == BoardKind.JOURNEY:
            return sum(1 for c in self.journey_cells if c.board_id == board.id)
        if board.kind == BoardKind.SCENARIOS:
            return sum(1 for s in self.audit_scenarios if s.board_id == board.id)
        return sum(1 for n in self.notes if n.board_id == board.id and not n.parked)

    def vote_totals(self) -> dict[int, int]:
        totals: dict[int, int] = {}
        for vote in self.votes:
            totals[vote.note_id] = totals.get(vote.note_id, 0) + vote.count
        return totals


def note_color(note: Note, teams: dict[int, Team]) -> str:
    """The colour a note is drawn in: its own, else its team's, else the default."""
    if note.color:
        return note.color
    team = teams.get(note.team_id) if note.team_id is not None else None
    return team.color if team else DEFAULT_NOTE_COLOR


# The picture formats a workshop keeps its photos in (Pillow's names): JPEG for
# photographs, PNG for drawings and screenshots (app.imaging chooses on import).
STORED_PHOTO_FORMATS = ("JPEG", "PNG")


@dataclass
class ImageItem:
    """A photo of a paper wall (or any picture) placed on a board, stored in the file."""

    id: int
    board_id: int
    name: str
    png: bytes  # downscaled, re-encoded PNG; never the original upload
    x: float = 0.0
    y: float = 0.0
    width: float = 400.0
    height: float = 300.0
