"""The data files the frozen bundle carries (PyInstaller `datas`): resources/, the
workshop templates and the phone page. Plain Python so that the spec and the unit test
(tests/test_packaging.py) read the same list.
"""

from __future__ import annotations

from pathlib import Path

SKIP_SUFFIXES = frozenset({".ts", ".po", ".pyc", ".py", ".pro"})


def data_files(root: Path) -> list[tuple[str, str]]:
    """(source file, folder inside the bundle) for every data file under `root`."""
    resources = root / "resources"
    datas = []
    for path in sorted(resources.rglob("*")):
        if path.is_file() and path.suffix not in SKIP_SUFFIXES and "__pycache__" not in path.parts:
            datas.append((str(path), str(path.parent.relative_to(root))))
    for path in sorted((root / "workshops").glob("*.toml")):
        datas.append((str(path), "workshops"))
    # The phone page (Room > Let the room join), read with importlib.resources.
    for path in sorted((root / "app" / "room_server" / "static").glob("*")):
        datas.append((str(path), "app/room_server/static"))
    return datas
