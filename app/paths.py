"""Where Point B finds its own files: what it ships (resources, bundled templates) and
what it keeps per user (templates, backups). Never workshop data."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "PointB"


def install_root() -> Path:
    """The folder that holds `resources/` and `workshops/`: the PyInstaller bundle when
    frozen, else the source checkout."""
    bundle = getattr(sys, "_MEIPASS", None)
    return Path(bundle) if bundle else Path(__file__).resolve().parents[1]


def resource_dir(*parts: str) -> Path:
    """`resources/` (or a folder inside it, e.g. `resource_dir("fonts")`) as shipped."""
    return install_root().joinpath("resources", *parts)


def user_data_dir() -> Path:
    override = os.environ.get("POINTB_DATA_DIR")
    return Path(override) if override else user_data_path(APP_NAME, appauthor=False)


def user_templates_dir() -> Path:
    return user_data_dir() / "templates"


def backups_dir() -> Path:
    return user_data_dir() / "backups"
