"""What the room reads on the projector at each stage of prioritisation (pure rules).

Each stage shows the candidates grouped the way that stage sorts them, with the one mark
the room discusses beside each name: dots while choosing candidates, the Kano class's
column, the 2×2 quadrant, the score, the release slice with its MoSCoW letter, the
cumulative share on the Pareto curve. The view (`app.ui.exercises.prioritise_projector`)
names the groups in the interface language and draws them in large type.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.domain import prioritise
from app.domain.kano import KanoCategory
from app.domain.prioritise import Candidate, Quadrant
from app.domain.prioritise_flow import BoardSummary, projector_ranking

KANO_ORDER = (KanoCategory.M, KanoCategory.O, KanoCategory.A, KanoCategory.I, KanoCategory.R)
QUADRANT_ORDER = (Quadrant.QUICK_WINS, Quadrant.BIG_BETS, Quadrant.FILL_INS, Quadrant.MONEY_PITS)
NOT_SORTED = "none"  # the group of candidates a stage has not placed yet
RANKED = "ranked"  # the one group of a stage that shows a ranked list
LIST_LIMIT = 10  # a ranked list shows this many candidates
GROUP_LIMIT = 4  # a group (column) shows this many, then "+N more"


@dataclass(frozen=True)
class WallRow:
    candidate_id: int
    text: str
    mark: str  # beside the name: dots, a score, a MoSCoW letter, a share ("" for none)


@dataclass(frozen=True)
class WallGroup:
    key: str  # a Kano class, a quadrant, a slice id, RANKED or NOT_SORTED
    rows: tuple[WallRow, ...]
    more: int = 0  # candidates of the group left out for room
    name: str = ""  # a slice's name (the view names the other groups)
    load: str = ""  # a slice's effort against its budget, e.g. "6 / 10"


def stage_groups(summary: BoardSummary, stage: str) -> list[WallGroup]:
    """The groups the projector shows at `stage` (a prioritisation stage name)."""
    if stage == "kano":
        return _kano(summary)
    if stage == "matrix":
        return _matrix(summary)
    if stage == "scores":
        return [_ranked(summary, projector_ranking(summary, LIST_LIMIT), _score_mark(summary))]
    if stage == "slices":
        return _slices(summary)
    if stage == "pareto":
        return _pareto(summary)
    by_dots = sorted(summary.candidates, key=lambda c: (-summary.votes.get(c.id, 0), c.id))
    return [_ranked(summary, by_dots[:LIST_LIMIT], _dots_mark(summary))]


def _dots_mark(summary: BoardSummary) -> dict[int, str]:
    return {c.id: f"● {summary.votes.get(c.id, 0)}" for c in summary.candidates}


def _score_mark(summary: BoardSummary) -> dict[int, str]:
    marks = {}
    for candidate in summary.candidates:
        score = summary.scores.get(candidate.id)
        marks[candidate.id] = (
            prioritise.format_number(round(score, 1), summary.language)
            if score is not None
            else "—"
        )
    return marks


def _ranked(summary: BoardSummary, shown: list[Candidate], marks: dict[int, str]) -> WallGroup:
    rows = tuple(WallRow(c.id, c.text, marks.get(c.id, "")) for c in shown)
    return WallGroup(RANKED, rows, more=max(0, len(summary.candidates) - len(rows)))


def _group(key: str, members: list[Candidate], marks: dict[int, str] | None = None) -> WallGroup:
    shown = members[:GROUP_LIMIT]
    rows = tuple(WallRow(c.id, c.text, (marks or {}).get(c.id, "")) for c in shown)
    return WallGroup(key, rows, more=len(members) - len(shown))


def _kano(summary: BoardSummary) -> list[WallGroup]:
    groups = []
    for category in (*KANO_ORDER, None):
        members = [
            c
            for c in summary.candidates
            if summary.categories.get(c.id) == category
            or (category is None and summary.categories.get(c.id) not in KANO_ORDER)
        ]
        if members:  # a class nobody chose takes no room on the wall
            groups.append(_group(category.value if category else NOT_SORTED, members))
    return groups


def _matrix(summary: BoardSummary) -> list[WallGroup]:
    placed: dict[str, list[Candidate]] = {q.value: [] for q in QUADRANT_ORDER}
    unplaced: list[Candidate] = []
    for candidate in summary.candidates:
        if candidate.impact is None or candidate.effort is None:
            unplaced.append(candidate)
        else:
            placed[prioritise.quadrant(candidate.impact, candidate.effort).value].append(candidate)
    groups = [_group(key, members) for key, members in placed.items()]
    if unplaced:
        groups.append(_group(NOT_SORTED, unplaced))
    return groups


def _slices(summary: BoardSummary) -> list[WallGroup]:
    letters = {c.id: (c.moscow or "").upper()[:1] for c in summary.candidates}
    groups = []
    for release_slice in summary.slices:
        members = [c for c in summary.candidates if c.slice_id == release_slice.id]
        load = summary.loads.get(release_slice.id)
        shown_load = ""
        if load is not None:
            used = prioritise.format_number(load.used, summary.language)
            budget = prioritise.format_number(load.budget, summary.language)
            shown_load = f"{used} / {budget}" if load.budget > 0 else used
        group = _group(str(release_slice.id), members, letters)
        groups.append(WallGroup(group.key, group.rows, group.more, release_slice.name, shown_load))
    known = {s.id for s in summary.slices}
    loose = [c for c in summary.candidates if c.slice_id not in known]
    if loose:
        groups.append(_group(NOT_SORTED, loose, letters))
    return groups


def _pareto(summary: BoardSummary) -> list[WallGroup]:
    scores = {c.id: s for c in summary.candidates if (s := summary.scores.get(c.id)) is not None}
    rows = prioritise.pareto(scores)
    by_id = {c.id: c for c in summary.candidates}
    shown = tuple(
        WallRow(c.id, c.text, prioritise.format_percent(row.cumulative_share))
        for row in rows[:LIST_LIMIT]
        if (c := by_id[row.candidate_id])
    )
    return [WallGroup(RANKED, shown, more=max(0, len(rows) - len(shown)))]
