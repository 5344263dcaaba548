"""Shared look and words of the prioritisation board: colours, labels, text wrapping.

Labels go through Qt translation (context "Prioritise"); explanations computed by the
domain (cut reasons, warnings, the drift note) arrive already in the workshop language.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QLabel

from app.domain.kano import KanoCategory, category_name
from app.domain.prioritise import MoSCoW, Origin, Quadrant, quadrant_name
from app.domain.texts import render
from app.export import prioritise_parts, textfit
from app.ui import theme
from app.ui.i18n import interface_language

# Projector sizes, in pixels: read from the back of a room at 1600x1000 and up.
CARD_TEXT_PX = 17
MIN_CARD_TEXT_PX = 13  # a narrow card takes smaller type before it cuts a word
PILL_TEXT_PX = 13
HEADER_TEXT_PX = 19
MIN_HEADER_TEXT_PX = 14  # a narrow column shrinks its title down to this before eliding
SMALL_TEXT_PX = 15
BASE_POINT_SIZE = 13  # the board's widgets (tables, buttons) use this instead of 11 pt

UNSORTED_COLOR = "#94A3B8"
CATEGORY_COLORS: dict[KanoCategory, str] = {
    KanoCategory.M: "#C2410C",  # must-be: orange-red, "do not forget"
    KanoCategory.O: "#1D4ED8",  # performance: blue
    KanoCategory.A: "#15803D",  # attractive: green, the "wow"
    KanoCategory.I: "#64748B",  # indifferent: slate
    KanoCategory.R: "#7C3AED",  # reverse: violet
    KanoCategory.Q: "#A16207",  # questionable: amber
}
MOSCOW_COLORS: dict[MoSCoW, str] = {
    MoSCoW.MUST: "#9F1239",
    MoSCoW.SHOULD: "#B45309",
    MoSCoW.COULD: "#0F766E",
    MoSCoW.WONT: "#475569",
}
QUADRANT_FILLS: dict[Quadrant, str] = {
    Quadrant.QUICK_WINS: "#E3F4E8",
    Quadrant.BIG_BETS: "#E4ECFB",
    Quadrant.FILL_INS: "#FBF5DF",
    Quadrant.MONEY_PITS: "#FBE7E7",
}
QUADRANT_INK: dict[Quadrant, str] = {
    Quadrant.QUICK_WINS: "#166534",
    Quadrant.BIG_BETS: "#1E40AF",
    Quadrant.FILL_INS: "#854D0E",
    Quadrant.MONEY_PITS: "#991B1B",
}
QUICK_ORDER: tuple[KanoCategory, ...] = (
    KanoCategory.M,
    KanoCategory.O,
    KanoCategory.A,
    KanoCategory.I,
    KanoCategory.R,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Prioritise", text)


def category_label(category: KanoCategory | None) -> str:
    # the domain's name, so the board and the printed page say the same
    if category is None:
        return render(prioritise_parts.MESSAGES, "not_sorted", interface_language())
    return category_name(category, interface_language())


def category_color(category: KanoCategory | None) -> str:
    return CATEGORY_COLORS[category] if category is not None else UNSORTED_COLOR


def moscow_label(moscow: str | None) -> str:
    labels = {
        MoSCoW.MUST: _tr("Must"),
        MoSCoW.SHOULD: _tr("Should"),
        MoSCoW.COULD: _tr("Could"),
        MoSCoW.WONT: _tr("Won't"),
    }
    return labels.get(MoSCoW(moscow), "") if moscow else ""


def origin_label(origin: str) -> str:
    labels = {
        Origin.CAPTURE.value: _tr("from a capture note"),
        Origin.REVERSE_SOLUTION.value: _tr("solution from a bad idea"),
        Origin.REVERSE_GOOD.value: _tr("a team's good idea"),
        Origin.TYPED.value: _tr("typed in"),
        Origin.JOURNEY.value: _tr("from the journey map"),
        Origin.SCENARIO.value: _tr("from the scenario audit"),
    }
    return labels.get(origin, origin)


def quadrant_label(quadrant: Quadrant) -> str:
    # the domain's name, so the board and the printed page say the same
    return quadrant_name(quadrant, interface_language())


def format_score(value: float | None) -> str:
    if value is None:
        return "–"
    if abs(value) >= 100:
        return f"{value:,.0f}".replace(",", "\u2009")  # thin space: reads on a projector
    return f"{value:.2f}".rstrip("0").rstrip(".")


def px_font(pixels: int, bold: bool = False) -> QFont:
    return theme.pixel_font(pixels, bold=bold)


def wrap_lines(text: str, font: QFont, width: float, max_lines: int) -> list[str]:
    """Word wrap into at most `max_lines`; the last line ends with an ellipsis if text is
    left. The PDF's wrapping rules (`app.export.textfit`), measured with this font."""
    metrics = QFontMetricsF(font)

    def measure(piece: str, _size: float) -> float:
        return metrics.horizontalAdvance(piece)

    size = font.pixelSize()
    lines, more = textfit.wrap_text(" ".join(text.split()), measure, size, width, max_lines)
    if more and lines:
        lines[-1] = textfit.ellipsize(lines[-1], measure, size, width)
    return lines


def fit_lines(
    text: str, bold: bool, start_px: int, min_px: int, width: float, max_lines: int
) -> tuple[list[str], int]:
    """Wrap into `max_lines` lines of `start_px` type, taking smaller type (down to
    `min_px`) before a word is cut across lines or the text is shortened: the PDF's
    fitting rules (`textfit.fit_text`), measured with the screen's fonts. Returns the
    lines and their pixel size."""
    metrics: dict[int, QFontMetricsF] = {}

    def measure(piece: str, size: float) -> float:
        pixels = round(size)
        if pixels not in metrics:
            metrics[pixels] = QFontMetricsF(px_font(pixels, bold=bold))
        return metrics[pixels].horizontalAdvance(piece)

    # A hair over `max_lines` lines, so floating point never takes the last one away.
    box_height = (max_lines + 1e-6) * start_px * textfit.DEFAULT_LINE_SPACING
    fitted = textfit.fit_text(
        " ".join(text.split()), measure, width, box_height, start_px, min_px, step=1
    )
    return list(fitted.lines), round(fitted.font_size)


def draw_lines(
    painter: QPainter, lines: Sequence[str], font: QFont, left: float, top: float
) -> float:
    """Draw lines from `top` down; returns the y below the last line."""
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    y = top
    for line in lines:
        painter.drawText(
            QRectF(left, y, 10_000, metrics.height()), Qt.AlignmentFlag.AlignLeft, line
        )
        y += metrics.height()
    return y


def draw_pill(
    painter: QPainter, text: str, color: str, left: float, top: float,
    max_width: float | None = None,
) -> float:
    """A small filled label (MoSCoW, Kano letter, votes); returns its right edge. With
    `max_width` a longer text is elided so the pill stays inside its card."""
    font = px_font(PILL_TEXT_PX, bold=True)
    metrics = QFontMetricsF(font)
    if max_width is not None and metrics.horizontalAdvance(text) + 14 > max_width:
        text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(0.0, max_width - 14))
    width = metrics.horizontalAdvance(text) + 14
    height = metrics.height() + 4
    path = QPainterPath()
    path.addRoundedRect(QRectF(left, top, width, height), height / 2, height / 2)
    painter.fillPath(path, QColor(color))
    painter.setPen(QPen(QColor("#FFFFFF")))
    painter.setFont(font)
    painter.drawText(QRectF(left, top, width, height), Qt.AlignmentFlag.AlignCenter, text)
    return left + width


def pill_height() -> float:
    return QFontMetricsF(px_font(PILL_TEXT_PX, bold=True)).height() + 4


PILL_GAP = 6.0  # between pills side by side, and between their rows


def pill_rows(texts: Sequence[str], room: float) -> list[list[int]]:
    """The pills (by index) on each row of a card `room` wide: as many side by side as fit,
    the rest on further rows, so a narrow card shows "0.5 p-m" whole instead of "0...."
    (a pill wider than a whole row takes a row of its own and is elided there)."""
    metrics = QFontMetricsF(px_font(PILL_TEXT_PX, bold=True))
    rows: list[list[int]] = []
    used = room
    for index, text in enumerate(texts):
        width = metrics.horizontalAdvance(text) + 14
        if rows and used + PILL_GAP + width <= room:
            rows[-1].append(index)
            used += PILL_GAP + width
        else:
            rows.append([index])
            used = width
    return rows


def pills_height(rows: int) -> float:
    return rows * pill_height() + max(0, rows - 1) * PILL_GAP


def kano_legend() -> QLabel:
    """What the coloured stripe on a card means: its Kano class. One label that wraps, so
    on a laptop it takes a second line rather than widening the board."""
    entries = " ".join(
        f'<span style="color: {category_color(category)}; font-weight: bold;">'
        f"\u25a0\u00a0{html.escape(category_label(category))}</span>&nbsp;"
        for category in (*QUICK_ORDER, None)
    )
    caption = html.escape(_tr("Stripe = Kano class:"))
    legend = QLabel(f'<span style="color: {theme.MUTED};">{caption}</span> {entries}')
    legend.setTextFormat(Qt.TextFormat.RichText)
    legend.setWordWrap(True)
    legend.setObjectName("kanoLegend")
    return legend


def short_text(text: str, limit: int = 34) -> str:
    """One line of at most `limit` characters, ending with an ellipsis when cut."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
