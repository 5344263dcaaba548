"""The export job of File > Export…, as the worker thread runs it (through
`app.ui.background.run_in_background`, on a deep copy of the workshop).
"""

from __future__ import annotations

from collections.abc import Callable

from app import interchange
from app.domain import model
from app.ui.export_choices import ExportOptions


def run_export(
    data: model.WorkshopData, options: ExportOptions, progress: Callable[[int, int], None]
) -> str:
    """The export, as the worker runs it (no Qt: callable from tests too)."""
    return interchange.export_data(
        data,
        options.out,
        board=options.board_ref,
        page_size=options.page_size,
        portrait=options.portrait,
        dpi=options.dpi,
        tile=options.tile,
        progress=progress,
    )
