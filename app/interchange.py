"""Headless file operations shared by the CLI and the GUI: import, export, check."""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from app import backups, files, imaging
from app.domain import (
    csv_ideas,
    edits,
    entities,
    flow,
    model,
    placement,
    prioritise_flow,
    validation,
)
from app.domain.agenda import Agenda
from app.export import json_dump
from app.services import WorkshopFile, all_entities
from app.store import safe_write
from app.store.database import UnexpectedSchemaError, WorkshopFileError

Progress = Callable[[int, int], None]


class InterchangeError(ValueError):
    pass


def create_from_dump(target: Path, source: Path) -> None:
    """A new workshop file from a JSON dump, checked by the one validator.

    Written like every file at a user-named path (`safe_write.replace_file`, without
    replacing): the workshop is built in a hidden temporary file beside the target (one
    transaction for all its content), closed, synced, stale side files at the target are
    removed, and only then it gets the target's name. A failure or a kill at any moment
    leaves no target behind, and the next write to that name removes what a kill left.
    """
    target = Path(target)
    data = json_dump.read_dump(source)
    # read_dump checked every field of every item (naming its place in the dump); here
    # the photos and the links between items.
    problems = validation.workshop_problems(
        data, imaging.stored_png_problem, limit=1, fields=False
    )
    if problems:
        raise InterchangeError(f"{source}: {problems[0]}")

    def build(temp: Path) -> None:
        workshop_file = WorkshopFile.create(temp, data.workshop)
        try:
            workshop_file.import_entities("import", list(all_entities(data)))
        finally:
            workshop_file.close()

    try:
        safe_write.replace_file(target, build, replace=False)
    except WorkshopFileError as exc:
        reason = exc.reason if "nothing was" in exc.reason else f"{exc.reason}; nothing was written"
        raise InterchangeError(f"{target}: {reason}") from None
    except (OSError, sqlite3.Error, SQLAlchemyError) as exc:
        raise InterchangeError(
            f"{target}: the file could not be written ({_write_failure(exc)}); nothing was written"
        ) from None


def _write_failure(exc: BaseException) -> str:
    """A write error in a few words (a full disk is the usual one), without SQL."""
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return "the disk is full"
    detail = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    text = detail[0] if detail else type(exc).__name__
    return "the disk is full or failing" if "disk i/o" in text.lower() else text[:120]


def create_workshop(
    target: Path, title: str, language: str, agenda: Agenda | None = None
) -> WorkshopFile:
    """A new workshop file with the agenda's boards (one capture board without an agenda),
    opened; the caller closes it.

    The one way to start a workshop, for the GUI's File > New and `pointb new
    [--template]`: both make the same workshop. The file is written like every file at a
    user-named path (`safe_write.replace_file`, refusing an existing target): built
    beside the target, stale side files of a crash at the target removed, then given the
    target's name, so a failure leaves nothing behind.
    """
    record, pairs, workshop = flow.new_workshop(title, language, agenda)

    def build(temp: Path) -> None:
        made = WorkshopFile.create(temp, record)
        try:
            made.apply("new workshop", pairs, workshop)
        finally:
            made.close()

    safe_write.replace_file(Path(target), build, replace=False)
    return WorkshopFile.open(target)


def idea_entities(
    data: model.WorkshopData, rows: list[csv_ideas.IdeaRow], board_id: int
) -> list[object]:
    """Notes (and any new teams named in the CSV) for imported rows, laid out in a grid
    in the board's free space (`placement.import_spots`), never on existing notes."""
    teams = {t.name.casefold(): t for t in data.teams}
    new: list[object] = []
    next_team = edits.next_id(data.teams)
    next_note = edits.next_id(data.notes)
    spots = placement.import_spots(data, board_id, len(rows))
    for offset, row in enumerate(rows):
        team_id = None
        # The text rule of every entry path (docs/reliability.md): NUL and lone surrogates
        # are dropped, as when typing.
        team_name = edits.storable(row.team)
        if team_name:
            team = teams.get(team_name.casefold())
            if team is None:
                position = len(teams)
                color = model.TEAM_PALETTE[position % len(model.TEAM_PALETTE)]
                team = model.Team(next_team, team_name, color, position)
                next_team += 1
                teams[team_name.casefold()] = team
                new.append(team)
            team_id = team.id
        x, y = spots[offset]
        new.append(
            model.Note(
                id=next_note + offset,
                board_id=board_id,
                text=edits.storable(row.text),
                x=x,
                y=y,
                color=row.color,
                team_id=team_id,
                author=edits.storable(row.author),
                tag=row.tag,
            )
        )
    return new


def capture_board(data: model.WorkshopData, name: str | None) -> model.Board:
    boards = sorted(data.boards, key=lambda b: b.position)
    if name:
        board = _find_board(boards, name)
        if board is None:
            raise InterchangeError(f"--board: no board '{name}'")
        return board
    board = next((b for b in boards if b.kind == model.BoardKind.CAPTURE), None)
    if board is None:
        raise InterchangeError("the workshop has no idea-capture board to add ideas to")
    return board


def import_ideas_csv(
    target: Path,
    source: Path,
    board_name: str | None = None,
    progress: Progress | None = None,
    created_teams: list[str] | None = None,
) -> int:
    """Add the ideas of a CSV file to the workshop, all or nothing; returns how many.
    The names of the teams the import creates (named in the file, unknown to the
    workshop) are appended to `created_teams`.

    `progress(done, total)` counts rows: (0, total) once the file is read and checked,
    then as the rows are written inside the one transaction, (total, total) when they are
    in. A GUI can update a progress bar (and process events) from it; raising from it
    cancels the import and nothing is written.
    """
    try:
        raw = source.read_bytes()
    except OSError as exc:
        raise InterchangeError(f"{source}: cannot be read ({exc.strerror})") from None
    rows = csv_ideas.parse_ideas(csv_ideas.decode(raw, str(source)), str(source))
    count = len(rows)

    def report(done: int, total: int) -> None:
        if progress is not None:
            progress(done * count // total if total else count, count)

    workshop_file = WorkshopFile.open(target)
    try:
        if workshop_file.read_only:
            raise WorkshopFileError(target, "the file is read-only; nothing was imported")
        board = capture_board(workshop_file.data, board_name)
        new = idea_entities(workshop_file.data, rows, board.id)
        if created_teams is not None:
            created_teams += [e.name for e in new if isinstance(e, model.Team)]
        report(0, 1)
        snapshot_before_import(workshop_file)
        workshop_file.import_entities("import ideas", new, report if progress is not None else None)
    finally:
        workshop_file.close()
    report(1, 1)
    return count


def snapshot_before_import(workshop_file: WorkshopFile) -> backups.BackupInfo:
    """A backup before any import writes (the import itself is one transaction, but a
    facilitator may still regret a whole import). No backup, no import."""
    try:
        return backups.snapshot(workshop_file, "before-import")
    except (WorkshopFileError, OSError) as exc:
        raise InterchangeError(
            f"cannot make a backup before importing ({exc}); nothing was imported"
        ) from None


def _find_board(boards: list[model.Board], name: str) -> model.Board | None:
    for board in boards:
        if board.title.casefold() == name.casefold() or str(board.id) == name:
            return board
    return None


IDEA_COLUMNS = (
    "id",
    "board",
    "text",
    "team",
    "author",
    "tag",
    "cluster",
    "votes",
    "role",
    "source_note",
)


def ideas_csv(data: model.WorkshopData) -> str:
    teams = {t.id: t.name for t in data.teams}
    boards = {b.id: b.title for b in data.boards}
    clusters = {c.id: c.title for c in data.clusters}
    votes = data.vote_totals()
    rows = [
        (
            n.id,
            boards.get(n.board_id, ""),
            n.text,
            teams.get(n.team_id or 0, ""),
            n.author,
            n.tag.value,
            clusters.get(n.cluster_id or 0, ""),
            votes.get(n.id, 0),
            n.role.value,
            n.source_note_id or "",
        )
        for n in sorted(data.notes, key=lambda n: n.id)
    ]
    return csv_ideas.format_csv(IDEA_COLUMNS, rows)


EXTRA_CSV: dict[str, Callable[[model.WorkshopData], str]] = {
    "candidates": prioritise_flow.candidates_csv,
}


def export(
    source: Path,
    out: Path,
    *,
    board: str = "all",
    page_size: str = "A3",
    portrait: bool = False,
    dpi: int = 150,
    tile: bool = False,
    no_tile: bool = False,
    progress: Progress | None = None,
    warn: Callable[[str], None] | None = None,
) -> str:
    out = Path(out)
    if not out.parent.exists():
        raise InterchangeError(f"{out.parent}: no such folder")
    if out.resolve() == Path(source).resolve():
        raise InterchangeError(f"{out}: the export would overwrite the workshop itself")
    workshop_file = WorkshopFile.open(source, read_only=True)
    try:
        data = workshop_file.data
    finally:
        workshop_file.close()
    return export_data(
        data,
        out,
        board=board,
        page_size=page_size,
        portrait=portrait,
        dpi=dpi,
        tile=tile,
        no_tile=no_tile,
        progress=progress,
        warn=warn,
    )


def export_data(
    data: model.WorkshopData,
    out: Path,
    *,
    board: str = "all",
    page_size: str = "A3",
    portrait: bool = False,
    dpi: int = 150,
    tile: bool = False,
    no_tile: bool = False,
    progress: Progress | None = None,
    warn: Callable[[str], None] | None = None,
) -> str:
    """Write `out` (its suffix says the format). Big boards are tiled when their text
    would print below 6 pt, already when notes are small with `tile`, never with
    `no_tile`; warnings go to `warn`, or at the end of the returned summary."""
    suffix = out.suffix.lower()
    boards = sorted(data.boards, key=lambda b: b.position)
    if suffix == ".json":
        json_dump.write_dump(data, out)
        return f"wrote {out}"
    if suffix == ".csv":
        kind = board if board in EXTRA_CSV else "ideas"
        text = EXTRA_CSV[kind](data) if kind in EXTRA_CSV else ideas_csv(data)
        files.write_text(out, text)
        return f"wrote {out}"
    if suffix in (".pdf", ".png"):
        from app.export import pdf, png

        if not png.MIN_DPI <= dpi <= png.MAX_DPI:
            raise InterchangeError(
                f"--dpi: {dpi} is out of range (use {png.MIN_DPI} to {png.MAX_DPI})")
        setup = pdf.PageSetup(
            size=_page_size(page_size),
            orientation="portrait" if portrait else "landscape",
            tiling=True if tile else False if no_tile else None,
        )
        if suffix == ".png":
            if board == "report":
                raise InterchangeError(
                    "--board report: the report is a PDF; for PNG use --board all "
                    "(one image per board) or a board's title")
            chosen = boards if board == "all" else [_board_or_fail(boards, board)]
            if not chosen:
                raise InterchangeError("the workshop has no boards to draw")
            results = png.export_boards_png(data, [b.id for b in chosen], out, dpi=dpi,
                                            page=setup.size, landscape=setup.landscape)
            return "wrote " + ", ".join(str(result.path) for result in results)
        if board == "report":
            result = pdf.export_report_pdf(data, out, setup, progress)
        else:
            ids = None if board == "all" else [_board_or_fail(boards, board).id]
            result = pdf.export_boards_pdf(data, out, ids, setup, progress)
        summary = f"wrote {out}: {result.pages} pages"
        for line in result.warnings:
            if warn is not None:
                warn(line)
            else:
                summary += f"\n{line}"
        return summary
    raise InterchangeError(f"{out}: unknown output type (use .pdf, .png, .json or .csv)")


def _page_size(name: str) -> str:
    from app.export.layout import PAGE_SIZES_MM

    for known in PAGE_SIZES_MM:
        if known.casefold() == name.casefold():
            return known
    raise InterchangeError(f"--page-size: unknown size '{name}' (use {', '.join(PAGE_SIZES_MM)})")


def _board_or_fail(boards: list[model.Board], name: str) -> model.Board:
    found = _find_board(boards, name)
    if found is None:
        titles = ", ".join(f"'{b.title}'" for b in boards)
        raise InterchangeError(f"--board: no board '{name}' (boards: {titles})")
    return found


def check(path: Path) -> list[str]:
    """Integrity (SQLite), field rules and consistency (links, budgets) problems, one line
    each; empty when all is well.

    Triggers, views and tables Point B never makes are reported (one line each) and the
    file is not opened further, so nothing inside it runs."""
    try:
        workshop_file = WorkshopFile.open(path, read_only=True)
    except UnexpectedSchemaError as exc:
        return [
            f"schema: {problem} (Point B never makes one; the file is refused)"
            for problem in exc.problems
        ]
    try:
        connection = workshop_file.database.raw_connection()
        rows = connection.execute("PRAGMA integrity_check").fetchall()
        found = [f"integrity: {r[0]}" for r in rows if r[0] != "ok"]
        # The one validator: field rules (types, ranges, text limits), photos, links.
        found += validation.workshop_problems(workshop_file.data, imaging.stored_png_problem)
    except sqlite3.Error as exc:
        found = [f"integrity: {exc}"]
    finally:
        workshop_file.close()
    return found


__all__ = ["InterchangeError", "create_from_dump", "entities", "export", "import_ideas_csv"]
