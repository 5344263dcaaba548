"""User text never sizes a widget: names and titles are shown elided, in full as a tooltip,
and long unbroken runs in wrapped text get places to break.

A name may be up to 200 characters (app.domain.model.MAX_NAME), and a file made elsewhere
may hold longer ones. A QLabel, a check box or a combo box asks for the width of its whole
text, and a layout passes that up to the window: a 3,000-character team name once made
the window 31,000 px wide. Every place that shows a name goes through this module.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLabel

BREAK_EVERY = 24  # characters of an unbroken run of text between offered line breaks
_LONG_RUN = re.compile(r"\S{" + str(BREAK_EVERY + 1) + ",}")
NAME_PX = 280  # the widest a name is drawn on a control (a legend, a chip, a check box)
COMBO_CHARS = 18  # characters a combo box of names is sized for


def breakable(text: str) -> str:
    """`text` for a word-wrapped label: a run of more than BREAK_EVERY characters without
    a space (a pasted link, "xxxx…") gets zero-width spaces where a line may break, so the
    label wraps it instead of growing as wide as the run."""
    if len(text) <= BREAK_EVERY:
        return text

    def split(match: re.Match[str]) -> str:
        run = match.group(0)
        return "\u200b".join(run[i : i + BREAK_EVERY] for i in range(0, len(run), BREAK_EVERY))

    return _LONG_RUN.sub(split, text)


FULL_TEXT = "fullText"  # the property holding a wrapped label's text without the breaks


def set_wrapped_text(label: QLabel, text: str) -> None:
    """Show `text` on a word-wrapped label with `breakable` breaks; `full_text` gives it
    back exactly (a statement taken from a label must not carry the breaks)."""
    label.setProperty(FULL_TEXT, text)
    label.setText(breakable(text))


def full_text(label: QLabel) -> str:
    value = label.property(FULL_TEXT)
    return value if isinstance(value, str) else label.text()


def elided(text: str, font: QFont | None = None, width: int = NAME_PX) -> str:
    """`text` on one line, cut with "…" to at most `width` pixels in `font`."""
    metrics = QFontMetrics(font if font is not None else QApplication.font())
    flat = " ".join(text.split()) if "\n" in text or "\r" in text else text
    return metrics.elidedText(flat, Qt.TextElideMode.ElideRight, width)


def set_name_text(
    widget: QLabel | QAbstractButton, text: str, width: int = NAME_PX, template: str = "%1"
) -> None:
    """Show `template` with the elided name for %1 (set the widget's font first); the full
    name becomes the tooltip when it had to be cut."""
    short = elided(text, widget.font(), width)
    widget.setText(template.replace("%1", short))
    widget.setToolTip(template.replace("%1", text) if short != text else "")


def set_wrapped_name_text(
    label: QLabel, text: str, width: int = NAME_PX, lines: int = 2
) -> None:
    """A name on a word-wrapped label: each word at most `width` pixels, the whole at most
    about `lines` lines of it; the full name is the tooltip when it had to be cut."""
    metrics = QFontMetrics(label.font())
    words = [metrics.elidedText(w, Qt.TextElideMode.ElideRight, width) for w in text.split()]
    short = metrics.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, width * lines)
    label.setWordWrap(True)
    label.setText(short)
    label.setToolTip(text if short != text else "")


def fit_combo(combo: QComboBox, chars: int = COMBO_CHARS) -> None:
    """A combo box sized for `chars` characters, whatever its items hold."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)
