"""Shared fixtures. Qt runs offscreen: without a display the test process would abort."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Backups, templates and preferences of test runs go to a throwaway folder, never the
# user's real data folder (subprocesses inherit it).
os.environ.setdefault("POINTB_DATA_DIR", tempfile.mkdtemp(prefix="pointb-test-data-"))
os.environ.setdefault("XDG_CONFIG_HOME", tempfile.mkdtemp(prefix="pointb-test-config-"))


@pytest.fixture
def workshop_path(tmp_path: Path) -> Path:
    """A closed workshop file with two teams, three participants and one capture board."""
    from app.domain import edits, model
    from app.services import WorkshopFile

    path = tmp_path / "test.pointb"
    workshop = WorkshopFile.create(
        path,
        model.Workshop(title="Cash terminals", challenge="How might we…", facilitator="Anna"),
    )
    try:
        data = workshop.data
        workshop.apply("teams", edits.add_team(data, "Ravens", "#81D4FA"))
        workshop.apply("teams", edits.add_team(data, "Foxes", "#FFAB91"))
        ravens, foxes = (t.id for t in data.teams)
        workshop.apply("people", edits.add_participant(data, "Oleg", ravens))
        workshop.apply("people", edits.add_participant(data, "Maria", foxes))
        workshop.apply("people", edits.add_participant(data, "Ivan", foxes))
        workshop.apply("board", edits.add_board(data, model.BoardKind.CAPTURE, "Ideas"))
    finally:
        workshop.close()
    return path


@pytest.fixture
def qsettings(tmp_path: Path, qapp: Any) -> Iterator[Path]:
    """Keep QSettings (recent files, window geometry) out of the real home folder."""
    from PySide6.QtCore import QSettings

    folder = tmp_path / "settings"
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder


@pytest.fixture
def controller(workshop_path: Path, qapp: Any, qsettings: Path) -> Iterator[Any]:
    """A controller with the test workshop open; closed (and the file released) afterwards."""
    from app.ui.controller import Controller

    ctl = Controller()
    ctl.open(workshop_path)
    yield ctl
    ctl.close()


# The offscreen platform plugin warns about a window-manager feature it lacks; the warning
# says nothing about Point B, so it must not fail tests (qt_log_level_fail=WARNING).
# A completer's popup (the capture ideas offered in the good/bad lanes) cannot be raised or
# grab the keyboard there either.
OFFSCREEN_NOISE = (
    r"This plugin does not support propagateSizeHints\(\)",
    r"This plugin does not support raise\(\)",
    r"This plugin does not support grabbing the keyboard",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        item.add_marker(pytest.mark.qt_log_ignore(*OFFSCREEN_NOISE))
    # The long tests (marked `slow`) go first: started last, one of them would keep a single
    # core busy after the other has finished everything else (docs/testing.md).
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)
