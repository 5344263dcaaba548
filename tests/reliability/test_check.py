"""`pointb check`: integrity and consistency problems, exit 1 when there are any.

tests/cli/test_cli.py covers a note in a missing cluster and a vote on a missing note; the
cases here are the other rules: votes over budget, missing voters, boards and teams, and
checking a file that another process has open or that a crash left with a -wal.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app import cli
from app.domain import edits, model
from app.services import WorkshopFile
from tests.reliability.conftest import REPO, run_cli, sha256


@pytest.fixture
def voted(workshop_path: Path) -> Path:
    """Three notes, Oleg's two dots (budget 1 with 3 notes: already over by one after the
    SQL edits below), a cluster."""
    workshop = WorkshopFile.open(workshop_path)
    try:
        data = workshop.data
        board = data.boards[0].id
        for text in ("Pay by QR", "Remind by SMS", "Partner shops"):
            workshop.apply("note", edits.add_note(data, board, text))
        oleg = data.participants[0].id
        workshop.apply("vote", edits.cast_vote(data, 1, model.VoterKind.PARTICIPANT, oleg, 1))
        workshop.apply("cluster", edits.add_cluster(data, board, "Payments", [1, 2]))
    finally:
        workshop.close()
    return workshop_path


def _sql(path: Path, *statements: str) -> None:
    connection = sqlite3.connect(path)
    for statement in statements:
        connection.execute(statement)
    connection.commit()
    connection.close()


CASES = {
    "votes over budget": (
        [
            "INSERT INTO vote (id, note_id, voter_kind, voter_id, count) "
            "VALUES (7, 2, 'participant', 1, 2)"
        ],
        "participant 1 used 3 dots on board 1 (budget 1)",
    ),
    "vote by a missing participant": (
        ["UPDATE vote SET voter_id = 77 WHERE id = 1"],
        "vote 1 is by missing participant 77",
    ),
    "vote with no dots": (["UPDATE vote SET count = 0 WHERE id = 1"], "vote 1 has 0 dots"),
    "note on a missing board": (
        ["UPDATE note SET board_id = 9, cluster_id = NULL WHERE id = 3"],
        "note 3 is on missing board 9",
    ),
    "cluster on a missing board": (
        ["UPDATE cluster SET board_id = 9 WHERE id = 1"],
        "cluster 1 is on missing board 9",
    ),
    "participant of a missing team": (
        ["UPDATE participant SET team_id = 55 WHERE id = 2"],
        "participant 2 belongs to missing team 55",
    ),
    "note from a missing note": (
        ["UPDATE note SET source_note_id = 404 WHERE id = 2"],
        "note 2 comes from missing note 404",
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_check_reports_the_problem_with_exit_1(
    voted: Path, case: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["check", str(voted)]) == cli.EXIT_OK
    assert capsys.readouterr().out == f"{voted}: ok\n"
    statements, expected = CASES[case]
    _sql(voted, *statements)
    before = sha256(voted)
    assert cli.main(["check", str(voted)]) == cli.EXIT_PROBLEMS
    captured = capsys.readouterr()
    assert f"{voted}: {expected}" in captured.out.splitlines(), captured.out
    assert captured.err == ""
    assert sha256(voted) == before, "check only reads"


def test_every_problem_is_listed_in_a_real_process(voted: Path) -> None:
    _sql(voted, *(s for statements, _ in CASES.values() for s in statements))
    result = run_cli("check", str(voted))
    assert result.returncode == 1 and result.stderr == ""
    lines = result.stdout.splitlines()
    assert len(lines) >= 5 and all(line.startswith(f"{voted}: ") for line in lines)


HOLD_OPEN = textwrap.dedent(
    """
    import sys, time
    from app.services import WorkshopFile
    workshop = WorkshopFile.open(sys.argv[1])
    print("open", flush=True)
    sys.stdin.readline()
    workshop.close()
    """
)


def test_check_works_while_another_process_has_the_file_open(voted: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_OPEN, str(voted)],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdin is not None and holder.stdout is not None
    try:
        assert holder.stdout.readline().strip() == "open"
        assert cli.main(["check", str(voted)]) == cli.EXIT_OK
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)
        holder.stdout.close()
