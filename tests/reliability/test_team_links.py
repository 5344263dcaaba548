"""Good/bad rounds and deals name teams: deleting a team leaves nothing pointing at it,
and the one validator (`pointb check`, JSON import) reports a link to a missing team
(docs/reliability.md, "What comes in")."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from app import cli, interchange
from app.demo import write_demo
from app.domain import consistency, edits
from app.services import WorkshopFile


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    return write_demo(tmp_path / "demo.pointb", "en")


def test_deleting_a_team_clears_its_rounds_and_deals_in_one_undoable_edit(demo: Path) -> None:
    workshop = WorkshopFile.open(demo)
    try:
        data = workshop.data
        (round_,) = data.reverse_rounds
        assert round_.team_ids == [1, 2, 3] and len(data.deals) == 3
        change = workshop.apply("remove team", edits.delete_team(data, 1))
        assert [r.team_ids for r in data.reverse_rounds] == [[2, 3]]
        assert [(d.from_team_id, d.to_team_id) for d in data.deals] == [(3, 2)]
        assert consistency.problems(data) == []
        workshop.undo(change)
        assert [r.team_ids for r in data.reverse_rounds] == [[1, 2, 3]]
        assert len(data.deals) == 3
    finally:
        workshop.close()
    workshop = WorkshopFile.open(demo)
    try:
        workshop.apply("remove team", edits.delete_team(workshop.data, 2))
    finally:
        workshop.close()
    assert interchange.check(demo) == []


def test_check_reports_rounds_and_deals_naming_a_missing_team(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workshop = WorkshopFile.open(demo)
    try:
        team = workshop.data.teams[0]
        workshop.database.write([], [team])  # removed behind the domain's back
    finally:
        workshop.close()
    assert cli.main(["check", str(demo)]) == 1
    out = capsys.readouterr().out
    assert "reverse round 2 names missing team 1" in out
    assert "deal 1 is from missing team 1" in out
    assert "deal 2 is dealt to missing team 1" in out


def test_a_json_import_with_a_deal_to_a_missing_team_is_refused(
    demo: Path, tmp_path: Path
) -> None:
    dump_path = tmp_path / "demo.json"
    interchange.export(demo, dump_path)
    dump: dict[str, Any] = json.loads(dump_path.read_text("utf-8"))
    for changed, where in ((_deal_to(dump, 99), "deal 1"), (_round_team(dump, 99), "round")):
        source = tmp_path / "lying.json"
        source.write_text(json.dumps(changed), encoding="utf-8")
        target = tmp_path / "lying.pointb"
        with pytest.raises(interchange.InterchangeError) as refused:
            interchange.create_from_dump(target, source)
        assert where in str(refused.value) and "missing team 99" in str(refused.value)
        assert not target.exists()


def _deal_to(dump: dict[str, Any], team: int) -> dict[str, Any]:
    changed = copy.deepcopy(dump)
    changed["deals"][0]["to_team"] = team
    return changed


def _round_team(dump: dict[str, Any], team: int) -> dict[str, Any]:
    changed = copy.deepcopy(dump)
    changed["reverse_rounds"][0]["team_ids"].append(team)
    return changed
