"""The choices of File > Export…: what to export, page sizes, resolutions, file names.

Plain values and texts, shared by the dialog (`app.ui.export_dialog`), its preview
(`app.ui.export_preview`) and its background jobs (`app.ui.export_jobs`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app import interchange
from app.domain import model

PAGE_SIZES = ("A4", "A3", "A2", "A1", "A0", "Letter", "Tabloid")
DEFAULT_PAGE = "A3"
DEFAULT_DPI = 150
PREVIEW_LONG_SIDE_PX = 1100  # sharp on a HiDPI laptop, still quick to draw with Pillow
PREVIEW_DELAY_MS = 150  # settle rapid option changes into one preview render
PREVIEW_TEXT_LINES = 40
DPI_CHOICES = ((72, "screen"), (100, ""), (150, "messengers"), (200, ""), (300, "print"), (600, ""))
SETTINGS_FOLDER = "export/folder"

def _t(text: str) -> str:
    return QCoreApplication.translate("ExportDialog", text)


@dataclass(frozen=True)
class Kind:
    """One choice in "What to export"."""

    key: str
    suffix: str  # ".pdf", ".png", ".json", ".csv"
    needs_board: bool = False  # the board combo applies
    name_tail: str = ""  # default file name: <workshop>-<tail><suffix>

    @property
    def paged(self) -> bool:
        return self.suffix in (".pdf", ".png")


KINDS: tuple[Kind, ...] = (
    Kind("board", ".pdf", needs_board=True),
    Kind("all", ".pdf", name_tail="boards"),
    Kind("report", ".pdf", name_tail="report"),
    Kind("png", ".png", needs_board=True),
    Kind("json", ".json"),
    Kind("ideas", ".csv", name_tail="ideas"),
    *(
        (Kind("candidates", ".csv", name_tail="candidates"),)
        if "candidates" in interchange.EXTRA_CSV
        else ()
    ),
)
KIND_BY_KEY = {kind.key: kind for kind in KINDS}


def kind_label(key: str) -> str:
    labels = {
        "board": _t("This board (PDF)"),
        "all": _t("All boards (PDF)"),
        "report": _t("The workshop report (PDF)"),
        "png": _t("This board as an image (PNG)"),
        "json": _t("All workshop data (JSON)"),
        "ideas": _t("Ideas as a table (CSV)"),
        "candidates": _t("MVP candidates as a table (CSV)"),
    }
    return labels.get(key, key)


def dpi_use(use: str) -> str:
    uses = {"screen": _t("screens"), "messengers": _t("messengers"), "print": _t("print")}
    return uses.get(use, use)


def kind_hint(key: str) -> str:
    hints = {
        "board": _t("One vector page: text stays selectable and searchable."),
        "all": _t("Every board, one page each, in the order of the board list."),
        "report": _t(
            "Cover, every board, summary tables and where each idea came from: "
            "the file to send the room afterwards."
        ),
        "png": _t("A picture for messengers and slides, sized like the printed page."),
        "json": _t("Everything in the workshop, readable by other tools and by Point B."),
        "ideas": _t("One row per note, for spreadsheets."),
        "candidates": _t("One row per MVP candidate with its Kano class and score."),
    }
    return hints.get(key, "")


@dataclass(frozen=True)
class ExportOptions:
    """Everything `export_data` needs besides the data."""

    kind: str
    out: Path
    board_ref: str  # the `board=` argument of export_data
    board_id: int | None
    page_size: str = DEFAULT_PAGE
    portrait: bool = False
    dpi: int = DEFAULT_DPI
    tile: bool = False


def board_ref(data: model.WorkshopData, board_id: int) -> str:
    """A `--board` value that names exactly this board.

    export_data finds boards by title first, then by id; two boards may share a title
    (two "Ideas" boards are common), so the id is used unless another board's title
    happens to equal it.
    """
    boards = sorted(data.boards, key=lambda b: b.position)
    for ref in (str(board_id), *(b.title for b in boards if b.id == board_id)):
        found = interchange._find_board(boards, ref)
        if found is not None and found.id == board_id:
            return ref
    return str(board_id)


def describe_error(out: Path, exc: BaseException) -> str:
    """One readable reason, without the English prefix the back end may add."""
    from app.export.pdf import ExportError

    if isinstance(exc, ExportError):
        return exc.reason
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    text = str(exc).strip() or type(exc).__name__
    prefix = f"{out}: "
    return text[len(prefix) :] if text.startswith(prefix) else text


def safe_file_stem(text: str) -> str:
    """A file-name stem from a title: letters of any script kept, separators made dashes."""
    stem = re.sub(r'[\s<>:"/\\|?*\x00-\x1f]+', "-", text.strip()).strip("-.")
    return stem[:60].rstrip("-.") or "workshop"
