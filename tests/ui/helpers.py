"""Helpers for driving the board like a facilitator: typing, dragging, clicking notes."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget

from app.domain import model


def type_text(widget: QWidget, text: str) -> None:
    """Type any text (Cyrillic, emoji) as key events; keyClicks aborts on non-ASCII."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            QApplication.sendEvent(widget, event)


def press_key(
    widget: QWidget, key: Qt.Key, modifiers: Any = Qt.KeyboardModifier.NoModifier
) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, modifiers))


def mouse(
    widget: QWidget,
    kind: QEvent.Type,
    pos: QPoint,
    button: Qt.MouseButton,
    buttons: Any,
    modifiers: Any = Qt.KeyboardModifier.NoModifier,
) -> None:
    local = QPointF(pos)
    glob = QPointF(widget.mapToGlobal(pos))
    event = QMouseEvent(kind, local, glob, button, buttons, modifiers)
    QApplication.sendEvent(widget, event)


def drag(
    view: Any,
    start: QPoint,
    end: QPoint,
    steps: int = 6,
    modifiers: Any = Qt.KeyboardModifier.NoModifier,
) -> None:
    """Press at `start`, move in steps, release at `end` (viewport coordinates)."""
    viewport = view.viewport()
    left = Qt.MouseButton.LeftButton
    mouse(viewport, QEvent.Type.MouseButtonPress, start, left, left, modifiers)
    for i in range(1, steps + 1):
        point = start + (end - start) * (i / steps)
        mouse(viewport, QEvent.Type.MouseMove, point, Qt.MouseButton.NoButton, left, modifiers)
    mouse(viewport, QEvent.Type.MouseButtonRelease, end, left, Qt.MouseButton.NoButton, modifiers)


def click(
    view: Any,
    pos: QPoint,
    button: Qt.MouseButton = Qt.MouseButton.LeftButton,
    modifiers: Any = Qt.KeyboardModifier.NoModifier,
) -> None:
    viewport = view.viewport()
    mouse(viewport, QEvent.Type.MouseButtonPress, pos, button, button, modifiers)
    mouse(viewport, QEvent.Type.MouseButtonRelease, pos, button, Qt.MouseButton.NoButton, modifiers)


def note_center(board: Any, note_id: int) -> QPoint:
    item = board.scene.notes[note_id]
    return board.view.mapFromScene(item.sceneBoundingRect().center())


def snapshot(data: model.WorkshopData) -> dict[str, Any]:
    """Comparable content of a workshop (lists sorted by id)."""
    result: dict[str, Any] = {"workshop": dataclasses.asdict(data.workshop)}
    for kind in ("teams", "participants", "boards", "notes", "clusters", "votes"):
        result[kind] = sorted(
            (dataclasses.asdict(e) for e in getattr(data, kind)), key=lambda e: e["id"]
        )
    return result
