"""The building blocks of the report's flowing pages: headings, paragraphs, tables.

Sections (`ReportSection`) are lists of blocks built from the workshop; `report_pages.FlowPages`
lays them out over pages. User text in blocks is plain text, never markup.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from app.export.fonts import FontStyle
from app.export.layout import INK, RGB, Align, ExportContext


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1  # 0: a part (new page, top outline level), 1: a section, 2: a subsection
    bookmark: bool = True


@dataclass(frozen=True)
class Para:
    text: str
    style: FontStyle = "regular"
    color: RGB = INK
    indent: int = 0  # in steps, for trees
    max_lines: int | None = None  # shorten with an ellipsis beyond this many lines
    size_factor: float = 1.0
    keep_with_next: bool = False


@dataclass(frozen=True)
class Swatch:
    """A table cell with a colour square before its text (team colours)."""

    color: RGB
    text: str


Cell = str | Swatch


@dataclass(frozen=True)
class Column:
    title: str
    weight: float
    align: Align = "left"
    max_lines: int = 6


@dataclass(frozen=True)
class Table:
    columns: Sequence[Column]
    rows: Sequence[Sequence[Cell]]


@dataclass(frozen=True)
class Keep:
    """Paragraphs kept on one page (a lineage group), unless they need more than a page."""

    paras: Sequence[Para]


Block = Heading | Para | Table | Keep


@dataclass
class ReportSection:
    title: str
    blocks: list[Block] = field(default_factory=list)


# Builds one section of the report from the workshop, or None when it has nothing to say.
SectionBuilder = Callable[[ExportContext], "ReportSection | None"]
