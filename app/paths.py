"""Where Point B keeps its own files (never workshop data): templates, backups."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "PointB"


def user_data_dir() -> Path:
    override = os.environ.get("POINTB_DATA_DIR")
    return Path(override) if override else user_data_path(APP_NAME, appauthor=False)


def user_templates_dir() -> Path:
    return user_data_dir() / "templates"


def backups_dir() -> Path:
    return user_data_dir() / "backups"
