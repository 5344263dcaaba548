"""Names have limits, and no widget's size follows the length of user text.

A 3,000-character team name once made the window 31,000+ px wide (and 100,000 characters
crashed Qt). Names are limited to 200 characters on every way in (test_lying_imports.py);
a name that is already longer in a file made elsewhere is shown elided.
"""

from __future__ import annotations

import dataclasses
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt loads, if no conftest did

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel

from app.demo import write_demo
from app.domain import model
from app.services import WorkshopFile
from app.ui.exercises.reverse import ReverseBoardWidget, TeamLane
from app.ui.main_window import MainWindow


def _received_file(path: Path, name_length: int) -> Path:
    """The demo workshop with every team and participant name `name_length` characters
    long, written without the name check (as a file made by another program would be)."""
    write_demo(path, "en")
    workshop = WorkshopFile.open(path)
    try:
        data = workshop.data
        renamed: list[Any] = [
            dataclasses.replace(t, name=f"{t.id}" + "Ж" * name_length) for t in data.teams
        ]
        renamed += [
            dataclasses.replace(p, name=f"{p.id}" + "W" * name_length) for p in data.participants
        ]
        workshop.database.write(renamed, [])
    finally:
        workshop.close()
    return path


def _widths_on_every_board(
    qtbot: Any, path: Path, elided: list[bool] | None = None
) -> list[tuple[str, int, int]]:
    """(board kind, window width, window minimum width) after showing each board; whether
    the good/bad board shows long names cut short goes to `elided`."""
    # Settings of its own: a window restores what the one before it saved (panel sizes).
    settings = QSettings(str(path.with_suffix(".ini")), QSettings.Format.IniFormat)
    win = MainWindow(settings=settings)
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    assert win.open_path(path)
    found = []
    try:
        for board in sorted(win.controller.data.boards, key=lambda b: b.position):
            widget = win.select_board(board.id)
            for _ in range(3):
                QApplication.processEvents()
            found.append((board.kind.value, win.width(), win.minimumSizeHint().width()))
            if isinstance(widget, ReverseBoardWidget) and elided is not None:
                elided.append(_names_elided(widget))
    finally:
        win.controller.close()
    return found


def _names_elided(board: ReverseBoardWidget) -> bool:
    """Lane headers end in "…" with the whole name as their tooltip; check boxes are short."""
    lanes = board.findChildren(TeamLane)
    assert lanes, "the demo's round shows team lanes"
    for lane in lanes:
        header: QLabel = lane.header
        team = lane.team()
        assert team is not None
        if not (header.text().endswith("…") and header.toolTip() == team.name):
            return False
    return all(len(box.text()) < 100 for box in board.findChildren(QCheckBox))


@pytest.mark.slow
@pytest.mark.usefixtures("qsettings")
def test_a_3000_character_team_name_does_not_grow_the_window(qtbot: Any, tmp_path: Path) -> None:
    short = _widths_on_every_board(qtbot, _received_file(tmp_path / "short.pointb", 3))
    elided: list[bool] = []
    huge = _widths_on_every_board(qtbot, _received_file(tmp_path / "huge.pointb", 3000), elided)
    assert [kind for kind, _w, _m in huge] == [
        "capture", "reverse", "prioritise", "value", "strategy", "journey", "scenarios"
    ]
    # The same window, board by board, as with names of four characters.
    assert huge == short
    for _kind, width, minimum in huge:
        assert width <= 2500 and minimum <= 2500  # it was 55,903 px
    assert elided == [True]


def test_the_name_limit_is_the_same_in_the_model_and_the_validator() -> None:
    from app.domain import validation

    assert model.MAX_NAME == 200
    for entity_type, names in validation.NAME_FIELDS.items():
        for name in names:
            too_long = validation.field_problem(entity_type, name, "n" * 201)
            assert too_long is not None and too_long.key == "too_long", (entity_type, name)
            assert validation.field_problem(entity_type, name, "n" * 200) is None


def _file_with_texts(path: Path, text: str) -> Path:
    """The demo workshop with `text` as every note, candidate and canvas item."""
    write_demo(path, "en")
    workshop = WorkshopFile.open(path)
    try:
        data = workshop.data
        changed: list[Any] = [dataclasses.replace(n, text=text) for n in data.notes]
        changed += [dataclasses.replace(c, text=text) for c in data.candidates]
        changed += [dataclasses.replace(i, text=text[:2000]) for i in data.canvas_items]
        workshop.database.write(changed, [])
    finally:
        workshop.close()
    return path


@pytest.mark.slow
@pytest.mark.usefixtures("qsettings")
def test_a_10000_character_word_in_notes_does_not_grow_the_window(
    qtbot: Any, tmp_path: Path
) -> None:
    """A pasted run without spaces (a link, "xxxx") wraps on cards and canvases."""
    short = _widths_on_every_board(qtbot, _file_with_texts(tmp_path / "short.pointb", "idea"))
    long = _widths_on_every_board(qtbot, _file_with_texts(tmp_path / "long.pointb", "x" * 10_000))
    assert long == short  # it was 25,034 px on the value-proposition board


@pytest.mark.parametrize("name", ["Ж" * 3000, "word " * 600])
def test_a_long_team_name_does_not_grow_the_projector_tiles(qtbot: Any, name: str) -> None:
    from app.ui.presenter import TeamCounts

    def minimum(rows: list[tuple[str, str, int]]) -> tuple[int, int]:
        page = TeamCounts(None)  # type: ignore[arg-type]
        qtbot.addWidget(page)
        page.show_counts(rows)
        hint = page.minimumSizeHint()
        return hint.width(), hint.height()

    short = minimum([("Sun", "#FFD54F", 3), ("Sky", "#81D4FA", 2)])
    long = minimum([(name, "#FFD54F", 3), ("Sky", "#81D4FA", 2)])
    assert long[0] <= short[0] + 400 and long[1] <= short[1] + 300, (short, long)
