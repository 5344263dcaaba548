"""The report's own sections: top ideas, the cover's tables, the full text of what a
board shortened, and each idea's lineage. Exercise pages add theirs in
`pdf.SUMMARY_SECTIONS` / `pdf.APPENDIX_SECTIONS`.
"""

from __future__ import annotations

from app.domain import flow, kano, lineage
from app.domain.model import Note, NoteRole
from app.export.blocks import Block, Cell, Column, Heading, Keep, Para, ReportSection, Swatch, Table
from app.export.fonts import sanitize_for_font
from app.export.layout import MUTED, ExportContext, parse_color


def _note_summary_text(note: Note) -> str:
    return " ".join(note.text.split())


def top_ideas_section(ctx: ExportContext) -> ReportSection:
    """The most-voted notes across all boards."""
    totals = ctx.vote_totals
    boards = {b.id: b for b in ctx.data.boards}
    voted = [n for n in ctx.data.notes if totals.get(n.id, 0) > 0]
    voted.sort(key=lambda n: (-totals[n.id], n.board_id, n.id))
    section = ReportSection(ctx.t("top_ideas"))
    if not voted:
        section.blocks.append(Para(ctx.t("no_votes"), color=MUTED))
        return section
    rows: list[list[Cell]] = []
    for rank, note in enumerate(voted[:20], start=1):
        board = boards.get(note.board_id)
        team = ctx.teams.get(note.team_id) if note.team_id is not None else None
        team_cell: Cell = Swatch(parse_color(team.color), team.name) if team else ""
        rows.append([str(rank), _note_summary_text(note),
                     ctx.board_title(board) if board else "", team_cell,
                     str(totals[note.id])])
    section.blocks.append(Table(
        [Column(ctx.t("rank"), 0.5, "right"), Column(ctx.t("idea"), 7.0, max_lines=4),
         Column(ctx.t("board"), 2.0), Column(ctx.t("team"), 2.0),
         Column(ctx.t("votes"), 1.0, "right")],
        rows))
    return section


def shortened_notes_section(ctx: ExportContext) -> ReportSection | None:
    """The full text of every note (and any other text) that was shortened or left out
    on a board, by its number."""
    if not ctx.shortened and not ctx.shortened_texts:
        return None
    section = ReportSection(ctx.t("shortened_notes"))
    section.blocks.append(Para(ctx.t("shortened_intro"), color=MUTED))
    entries: list[tuple[int, list[str], str]] = []
    for item in ctx.shortened.values():
        parts = [f"#{item.ref}", ctx.board_title(item.board)]
        team = ctx.team_name(item.note.team_id)
        if team:
            parts.append(team)
        if item.note.author.strip():
            parts.append(item.note.author.strip())
        entries.append((item.ref, parts, item.note.text))
    for other in ctx.shortened_texts.values():
        entries.append((other.ref, [f"#{other.ref}", ctx.board_title(other.board), other.label],
                        other.text))
    for _ref, parts, text in sorted(entries, key=lambda entry: entry[0]):
        section.blocks.append(Para("  ·  ".join(parts), style="bold", keep_with_next=True))
        section.blocks.append(Para(text, indent=1))
    return section


def _role_suffix(ctx: ExportContext, note: Note) -> str:
    return "" if note.role == NoteRole.IDEA else f" [{ctx.t('role_' + note.role.value)}]"


def lineage_section(ctx: ExportContext) -> ReportSection:
    """Each idea that led somewhere, with what it became (rules: app.domain.lineage)."""
    section = ReportSection(ctx.t("lineage"))
    trees = lineage.lineage(ctx.data)
    if not trees:
        section.blocks.append(Para(ctx.t("no_lineage"), color=MUTED))
        return section
    section.blocks.append(Para(ctx.t("lineage_intro"), color=MUTED))
    boards = {b.id: b for b in ctx.data.boards}
    none = ctx.t("lineage_none")

    def describe(step: lineage.LineageStep) -> str:
        if step.kind == lineage.StepKind.ORIGIN and step.origin_kind is not None:
            return ctx.t(f"lineage_origin_{step.origin_kind.value}",
                         where=sanitize_for_font(step.stage_name),
                         text=sanitize_for_font(step.origin_text))
        if step.kind == lineage.StepKind.NOTE and step.note is not None:
            board = boards.get(step.note.board_id)
            where = ctx.board_title(board) if board else ""
            return f"{where}: {_note_summary_text(step.note)}{_role_suffix(ctx, step.note)}"
        if step.kind == lineage.StepKind.CANDIDATE:
            category = (
                kano.category_name(step.category, ctx.language) if step.category else none
            )
            return ctx.t("lineage_candidate", kano=category,
                         slice=sanitize_for_font(step.slice_name) or none)
        return ctx.t("lineage_proposition", segment=sanitize_for_font(step.segment_name),
                     slice=sanitize_for_font(step.slice_name) or none)

    def walk(step: lineage.LineageStep, depth: int, group: list[Para]) -> None:
        prefix = "" if depth == 0 else "→ "
        group.append(Para(prefix + describe(step), indent=min(depth, 6),
                          max_lines=3, style="bold" if depth == 0 else "regular"))
        for child in step.children:
            walk(child, depth + 1, group)

    for tree in trees:
        group: list[Para] = []
        walk(tree, 0, group)
        section.blocks.append(Keep(tuple(group)))
    return section


def cover_blocks(ctx: ExportContext) -> list[Block]:
    blocks: list[Block] = []
    teams = sorted(ctx.data.teams, key=lambda t: (t.position, t.id))
    if teams:
        members: dict[int, list[str]] = {}
        for participant in ctx.data.participants:
            if participant.team_id is not None:
                members.setdefault(participant.team_id, []).append(participant.name)
        note_counts: dict[int, int] = {}
        for note in ctx.data.notes:
            if note.team_id is not None and not note.parked:
                note_counts[note.team_id] = note_counts.get(note.team_id, 0) + 1
        blocks.append(Heading(ctx.t("teams"), 1, bookmark=False))
        blocks.append(Table(
            [Column(ctx.t("team"), 2.5), Column(ctx.t("members"), 6.0, max_lines=3),
             Column(ctx.t("notes_count"), 1.0, "right")],
            [[Swatch(parse_color(t.color), t.name), ", ".join(members.get(t.id, [])),
              str(note_counts.get(t.id, 0))] for t in teams]))
    boards = flow.report_order(ctx.data)
    if boards:
        blocks.append(Heading(ctx.t("boards"), 1, bookmark=False))
        rows: list[list[Cell]] = []
        for board in boards:
            notes = [n for n in ctx.data.notes_on(board.id) if not n.parked]
            votes = sum(ctx.vote_totals.get(n.id, 0) for n in notes)
            items = (str(ctx.data.item_count(board)) if flow.board_used(ctx.data, board)
                     else ctx.t("not_used"))
            rows.append([ctx.board_title(board), ctx.t(f"kind_{board.kind.value}"),
                         items, str(votes)])
        blocks.append(Table(
            [Column(ctx.t("board"), 4.4, max_lines=3), Column(ctx.t("exercise"), 3.0),
             Column(ctx.t("items_count"), 1.6, "right"),
             Column(ctx.t("votes"), 1.0, "right")], rows))
    return blocks
