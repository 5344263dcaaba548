"""The version, read from the installed package metadata (pyproject.toml is the source).

`__version__` is looked up on first use: importing `importlib.metadata` and scanning the
installed distributions costs more than the rest of `pointb`'s start-up.
"""

from __future__ import annotations

import re
from pathlib import Path


def _version() -> str:
    from importlib import metadata

    try:
        return metadata.version("pointb")
    except metadata.PackageNotFoundError:
        pyproject = Path(__file__).resolve().parents[1] / "pyproject.toml"
        if pyproject.is_file():
            found = re.search(r'^version\s*=\s*"([^"]+)"', pyproject.read_text("utf-8"), re.M)
            if found:
                return found.group(1)
        return "0+unknown"


def __getattr__(name: str) -> str:
    if name == "__version__":
        value = _version()
        globals()["__version__"] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
