"""Best-effort facts about where a workshop file lives, and the "warned once" record.

`should_warn(path)` is what the GUI calls after opening or saving a workshop: it returns
the warning text the first time a file is seen in a risky place (cloud-sync folder or
network share), then None for that file from then on.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from pathlib import Path

from app import files, paths
from app.domain.locations import risky_location, warning_text

WARNED_FILE = "warned-locations.json"
MAX_REMEMBERED = 500  # the record stays small; the oldest entries are forgotten first


def _unescape_mount(field: str) -> str:
    # /proc/mounts writes space, tab, newline and backslash as \040 \011 \012 \134.
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field


def parse_proc_mounts(text: str) -> list[tuple[str, str]]:
    mounts: list[tuple[str, str]] = []
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 3:
            mounts.append((_unescape_mount(fields[1]), fields[2]))
    return mounts


def mounts() -> list[tuple[str, str]]:
    """The mount table as (mount point, fs type); empty where it cannot be read."""
    if not sys.platform.startswith("linux"):
        # macOS and Windows: the folder-name rules still apply; mapped drives and /Volumes
        # shares are not detected without platform calls (best effort).
        return []
    try:
        return parse_proc_mounts(Path("/proc/mounts").read_text(encoding="utf-8", errors="replace"))
    except OSError:
        return []


def location_risk(path: Path | str) -> str | None:
    """Why the file's location is risky (see app.domain.locations), or None."""
    absolute = os.path.abspath(os.fspath(path))
    with contextlib.suppress(OSError, RuntimeError):
        absolute = str(Path(absolute).resolve())
    return risky_location(absolute, mounts())


def _record_path() -> Path:
    return paths.user_data_dir() / WARNED_FILE


def warned_paths() -> list[str]:
    try:
        value = json.loads(_record_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []  # missing or damaged record: warning again is the safe side
    return [item for item in value if isinstance(item, str)] if isinstance(value, list) else []


def _remember(path: str) -> None:
    record = _record_path()
    known = [p for p in warned_paths() if p != path] + [path]
    try:
        record.parent.mkdir(parents=True, exist_ok=True)
        files.write_text(record, json.dumps(known[-MAX_REMEMBERED:], ensure_ascii=False, indent=1))
    except OSError:
        pass  # an unwritable data folder only means the warning may come again


def should_warn(path: Path | str) -> str | None:
    """The warning to show for this file, once: None when safe or already warned about."""
    absolute = os.path.abspath(os.fspath(path))
    reason = location_risk(absolute)
    if reason is None or absolute in warned_paths():
        return None
    _remember(absolute)
    return warning_text(absolute, reason)
