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
