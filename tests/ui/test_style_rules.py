"""Style-sheet rules that Qt's sizing does not follow, kept out of the app's style sheets.

Qt sizes and elides a tab by the tab bar's own font, and a button by its regular font: a
font size set on `QTabBar::tab`, or bold type on a selected tab or a checked button, is
drawn in a box made for other type, so the text is cut at both ends (seen in Russian on a
1366×768 laptop). The chosen tab or mode is marked by colour and border instead.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

import app.ui

UI = Path(app.ui.__file__).parent
# A brace of a style sheet, doubled in f-strings. Splitting on braces reads each rule as
# the text before "{" (its selectors) and the text up to "}" (its declarations) in one pass.
BRACE = re.compile(r"(\{\{?|\}\}?)")
# A value put into an f-string style sheet ({theme.ACCENT}), read as a plain word.
FIELD = re.compile(r"(?<!\{)\{[A-Za-z_][\w.]*\}(?!\})")


def style_rules(source: str) -> list[tuple[str, str]]:
    pieces = BRACE.split(source)
    return [
        (pieces[i - 1], pieces[i + 1])
        for i in range(1, len(pieces) - 2, 2)
        if pieces[i].startswith("{") and pieces[i + 2].startswith("}")
    ]


@functools.cache
def rules() -> list[tuple[str, str, str]]:
    found = []
    for path in sorted(UI.rglob("*.py")):
        source = FIELD.sub("value", path.read_text(encoding="utf-8"))
        for selector, body in style_rules(source):
            if "::tab" in selector or ":checked" in selector or ":selected" in selector:
                name = path.relative_to(UI.parent.parent).as_posix()
                found.append((name, " ".join(selector.split()), " ".join(body.split())))
    return found


def test_the_rules_are_found() -> None:
    assert any("QTabBar::tab" in selector for _, selector, _ in rules())


def test_no_tab_sets_its_own_type_size() -> None:
    bad = [r for r in rules() if "::tab" in r[1] and re.search(r"font(-size)?\s*:", r[2])]
    assert bad == [], "set the type size on the QTabBar, not on its tabs"


def test_no_chosen_tab_or_checked_button_turns_bold() -> None:
    bad = [
        r
        for r in rules()
        if ("::tab:selected" in r[1] or "QPushButton:checked" in r[1]) and "bold" in r[2]
    ]
    assert bad == [], "mark the chosen tab or mode by colour, not by bold type"
