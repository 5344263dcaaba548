"""The projector's view of a capture board: the notes the console shows, laid out again
for the wall (`app.domain.projector_wall`): by cluster, one large text size for all.

It follows the console: the notes inside the console's view are the notes on the wall
(zoom in on a cluster to show only it, larger), and every edit shows at once. It draws
no selection, no filter dimming and no console control; vote totals are left out while
a vote step hides them (`set_votes_hidden`).

A room writing from its phones changes the board many times a second, so following it
costs the console little:

- changes are followed after `FOLLOW_MS`: a burst of them makes one update;
- an update is composed in slices of at most `SLICE_SECONDS` of the window's time, each
  in a turn of the event loop of its own, while the wall keeps showing the last picture;
  the new one replaces it whole;
- the wall is laid out again only when what it shows changed (its blocks: notes added,
  removed, moved between clusters, their text; or its size), not on every change;
- each note is drawn once into a picture of its own (kept while its text, colour, dots
  and size stay the same); a repaint only copies those pictures.
"""

from __future__ import annotations

import math
import time
from collections.abc import Iterator
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import QWidget

from app.domain import model
from app.domain import projector_wall as wall
from app.domain.placement import Box
from app.ui import theme
from app.ui.board.scene import BoardScene
from app.ui.board.view import BoardView
from app.ui.controller import Controller
from app.ui.refresh import ChangeFollower

MEASURE_CACHE = 50_000  # measured text heights kept between layouts
FOLLOW_MS = 50  # a change is followed this long after it: a burst makes one update
SLICE_SECONDS = 0.003  # the window's time one slice of composing an update takes at most
MARGIN_EMS = 0.2  # around the wall, in note-text ems at 1920×1080 (TARGET_FEW_PX)
TEXT_FLAGS = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
FRAME_FILL = QColor(99, 102, 241, 30)  # the console's cluster frame, a little stronger
FRAME_EDGE = QColor(99, 102, 241, 130)
TITLE_FILL = QColor("#3730A3")
VOTE_FILL = QColor("#DC2626")  # the console's badge red
NOTE_TEXT = QColor("#111111")


# The stored classes the projector's wall of notes shows.
CONCERNS = (model.Note, model.Cluster, model.Vote, model.Team, model.ImageItem, model.Board)


@dataclass(frozen=True)
class WallNote:
    note_id: int
    text: str
    color: str
    votes: int


@dataclass(frozen=True)
class WallPhoto:
    image_id: int
    pixmap: QPixmap


# What a note's picture depends on: text, colour, dots shown (0: none), type size, the
# note's size and the wall's scale, the screen's pixel ratio.
PictureKey = tuple[str, str, int, int, float, float, float, float]


def text_height(text: str, pixel_size: int, width: float) -> float | None:
    """The height of `text` wrapped at `width` (None when a word is wider than that)."""
    metrics = QFontMetricsF(theme.pixel_font(pixel_size))
    box = metrics.boundingRect(QRectF(0.0, 0.0, width, 1e6), TEXT_FLAGS, text)
    if box.width() > width + 0.5:
        return None
    return box.height()


class CaptureWall(QWidget):
    """What the room sees of a capture board (one per board, in the presenter's stack)."""

    def __init__(
        self,
        controller: Controller,
        scene: BoardScene,
        console: BoardView,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("projectorCaptureWall")
        self.controller = controller
        self.scene = scene
        self.console = console
        self.canvas = QColor(theme.CANVAS)
        self._votes_hidden = False
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.blocks: list[wall.Block] = []
        self.block_notes: list[list[WallNote] | WallPhoto] = []
        self.layout_result = wall.WallLayout(wall.TARGET_FEW_PX, 0, 0.0, (), True)
        # Text heights measured so far: an edit or a pan re-measures only new texts.
        self._heights: dict[tuple[str, int, float], float | None] = {}
        # What the current layout was made for: the blocks and the area's size.
        self._laid_for: tuple[tuple[wall.Block, ...], float, float] | None = None
        self._pictures: dict[PictureKey, QPixmap] = {}  # each shown note, drawn
        self.layouts = 0  # how often the wall was laid out (it costs that much)
        self.pictures_drawn = 0  # how many note pictures were drawn
        self._follow = QTimer(self)
        self._follow.setSingleShot(True)
        self._follow.setInterval(FOLLOW_MS)
        self._follow.timeout.connect(self._start_composing)
        self._next_slice = QTimer(self)
        self._next_slice.setSingleShot(True)
        self._next_slice.setInterval(0)
        self._next_slice.timeout.connect(self._compose_slice)
        self._composing: Iterator[None] | None = None
        self._again = False  # a change arrived while an update was being composed
        self.follower = ChangeFollower(self, controller, self.schedule, CONCERNS)
        scene.contents_changed.connect(self.schedule)
        console.horizontalScrollBar().valueChanged.connect(self.schedule)
        console.verticalScrollBar().valueChanged.connect(self.schedule)
        console.zoom_changed.connect(self.schedule)
        console.viewport().installEventFilter(self)
        self.relayout()

    # --- what the wall shows -----------------------------------------------------------------
    def set_colors(self, canvas: str) -> None:
        self.canvas = QColor(canvas)
        self.update()

    def set_votes_hidden(self, hidden: bool) -> None:
        if hidden != self._votes_hidden:
            self._votes_hidden = hidden
            self.relayout()

    def votes_hidden(self) -> bool:
        return self._votes_hidden

    def _measure(self, text: str, pixel_size: int, width: float) -> float | None:
        key = (text, pixel_size, round(width, 1))
        if key not in self._heights:
            self._heights[key] = text_height(text, pixel_size, width)
        return self._heights[key]

    def schedule(self, *_args: object) -> None:
        """Follow a change soon (see the module's notes); a burst makes one update."""
        if self._composing is not None:
            self._again = True
        elif not self._follow.isActive():
            self._follow.start()

    def pending(self) -> bool:
        """Whether an update is waiting or being composed."""
        return self._follow.isActive() or self._composing is not None

    def _start_composing(self) -> None:
        self._again = False
        self._composing = self._compose()
        self._compose_slice()

    def _compose_slice(self) -> None:
        steps = self._composing
        if steps is None:
            return
        until = time.perf_counter() + SLICE_SECONDS
        for _step in steps:
            if time.perf_counter() >= until:
                self._next_slice.start()
                return
        self._composing = None
        if self._again:
            self.schedule()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.schedule()
        return False

    def shown_area(self) -> QRectF | None:
        """The board area the console shows (None: all of it, e.g. before it is laid out)."""
        if not shiboken6.isValid(self.console):
            return None
        viewport = self.console.viewport()
        if viewport.width() < 2 or viewport.height() < 2 or not self.console.isVisible():
            return None
        return self.console.mapToScene(viewport.rect()).boundingRect()

    def _gather(self) -> tuple[list[wall.Block], list[list[WallNote] | WallPhoto]]:
        """The blocks of the wall and what each shows: clusters in reading order, then
        loose notes, then photos; only what lies in the console's view."""
        data = self.controller.data
        area = self.shown_area()
        teams = {t.id: t for t in data.teams}
        totals = data.vote_totals()

        def shown(x: float, y: float, width: float, height: float) -> bool:
            return area is None or area.contains(x + width / 2, y + height / 2)

        notes = [
            n
            for n in data.notes_on(self.scene.board_id)
            if not n.parked and n.id in self.scene.notes and shown(n.x, n.y, n.width, n.height)
        ]
        clusters = {c.id: c for c in data.clusters_on(self.scene.board_id)}

        def reading_order(x: float, y: float) -> tuple[int, float]:
            return (round(y / 240.0), x)

        grouped: dict[int | None, list[model.Note]] = {}
        for note in notes:
            key = note.cluster_id if note.cluster_id in clusters else None
            grouped.setdefault(key, []).append(note)
        order = sorted(
            (cid for cid in grouped if cid is not None),
            key=lambda cid: reading_order(clusters[cid].x, clusters[cid].y),
        )
        blocks: list[wall.Block] = []
        contents: list[list[WallNote] | WallPhoto] = []
        for key in [*order, None]:
            members = grouped.get(key)
            if not members:
                continue
            members.sort(key=lambda n: (round(n.y / 60.0), n.x))
            title = clusters[key].title.strip() if key is not None else None
            badged = tuple(totals.get(n.id, 0) > 0 and not self._votes_hidden for n in members)
            blocks.append(wall.Block(title, tuple(n.text.strip() for n in members), badged))
            contents.append(
                [
                    WallNote(n.id, n.text.strip(), model.note_color(n, teams), totals.get(n.id, 0))
                    for n in members
                ]
            )
        photos = self.scene.photos  # filled by the board's photo layer (app.ui.images)
        for image in sorted(data.images, key=lambda i: reading_order(i.x, i.y)):
            item = photos.get(image.id)
            if image.board_id != self.scene.board_id or item is None:
                continue
            if not shown(image.x, image.y, image.width, image.height):
                continue
            aspect = image.height / image.width if image.width > 0 else 0.75
            blocks.append(wall.Block(None, (), photo=True, aspect=aspect))
            contents.append(WallPhoto(image.id, item.pixmap))
        return blocks, contents

    def _area(self) -> QRectF:
        factor = wall.size_factor(self.width(), self.height())
        margin = MARGIN_EMS * wall.TARGET_FEW_PX * factor
        return QRectF(self.rect()).adjusted(margin, margin, -margin, -margin)

    def relayout(self) -> None:
        """Bring the wall up to date now, in one go."""
        self._follow.stop()
        self._next_slice.stop()
        self._composing = None
        self._again = False
        for _step in self._compose():
            pass

    def _compose(self) -> Iterator[None]:
        """The wall's update, in steps: gather, lay out (only when the blocks or the size
        changed), draw the pictures of notes not drawn yet, then show it all at once."""
        if self.controller.file is None or not shiboken6.isValid(self.scene):
            return
        blocks, contents = self._gather()
        yield
        area = self._area()
        laid_for = (tuple(blocks), round(area.width(), 1), round(area.height(), 1))
        laid = self.layout_result
        if laid_for != self._laid_for:
            if len(self._heights) > MEASURE_CACHE:
                self._heights.clear()
            laid = yield from wall.lay_out_wall_steps(
                blocks, area.width(), area.height(), self._measure
            )
            self.layouts += 1
        pictures: dict[PictureKey, QPixmap] = {}
        for placed in laid.blocks:
            shown = contents[placed.index]
            if isinstance(shown, WallPhoto):
                continue
            for note, rect in zip(shown, placed.notes, strict=True):
                key = self._picture_key(note, rect, laid)
                if key in pictures:
                    continue
                picture = self._pictures.get(key)
                if picture is None:
                    picture = self._draw_picture(note, rect, laid)
                    yield
                pictures[key] = picture
        changed = (
            laid != self.layout_result or contents != self.block_notes or blocks != self.blocks
        )
        self.blocks, self.block_notes, self.layout_result = blocks, contents, laid
        self._laid_for = laid_for
        self._pictures = pictures
        if changed:
            self.update()

    def _picture_key(self, note: WallNote, rect: Box, laid: wall.WallLayout) -> PictureKey:
        return (
            note.text,
            note.color,
            note.votes if self._badged(note) else 0,
            laid.body_px,
            round(rect.width, 2),
            round(rect.height, 2),
            laid.scale,
            self.devicePixelRatioF(),
        )

    def _draw_picture(self, note: WallNote, rect: Box, laid: wall.WallLayout) -> QPixmap:
        """A note as the wall shows it, drawn once: its card, its text and its dots, at the
        wall's scale, with a pixel of room around it for the card's edge."""
        ratio = self.devicePixelRatioF()
        width = math.ceil(rect.width * laid.scale) + 2
        height = math.ceil(rect.height * laid.scale) + 2
        picture = QPixmap(max(1, round(width * ratio)), max(1, round(height * ratio)))
        picture.setDevicePixelRatio(ratio)
        picture.fill(Qt.GlobalColor.transparent)
        painter = QPainter(picture)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.translate(1.0, 1.0)
        painter.scale(laid.scale, laid.scale)
        self._paint_note(painter, note, QRectF(0.0, 0.0, rect.width, rect.height), laid)
        painter.end()
        self.pictures_drawn += 1
        return picture

    # --- for tests and screenshots ------------------------------------------------------------
    def body_font(self) -> QFont:
        return theme.pixel_font(self.layout_result.body_px)

    def shown_body_px(self) -> float:
        """The note text size on the wall, in window pixels."""
        return self.layout_result.shown_body_px

    def note_rects(self) -> dict[int, QRectF]:
        """Each shown note's rectangle in this widget's pixels."""
        rects: dict[int, QRectF] = {}
        for placed in self.layout_result.blocks:
            contents = self.block_notes[placed.index]
            if isinstance(contents, WallPhoto):
                continue
            for note, rect in zip(contents, placed.notes, strict=True):
                rects[note.note_id] = self._to_widget(rect)
        return rects

    def _transform_values(self) -> tuple[float, float, float]:
        area = self._area()
        scale = self.layout_result.scale
        # Scaled about the area's top centre.
        dx = area.left() + area.width() / 2 * (1 - scale)
        return dx, area.top(), scale

    def _to_widget(self, rect: Box) -> QRectF:
        dx, dy, scale = self._transform_values()
        return QRectF(
            dx + rect.x * scale, dy + rect.y * scale, rect.width * scale, rect.height * scale
        )

    # --- painting ------------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.relayout()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.canvas)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        dx, dy, scale = self._transform_values()
        painter.translate(dx, dy)
        painter.scale(scale, scale)
        laid = self.layout_result
        title_font = theme.pixel_font(laid.title_px, bold=True)
        radius = laid.body_px * 0.3
        notes: list[tuple[WallNote, Box]] = []
        # Frames, titles and photos first, then every note's picture above them.
        for placed in laid.blocks:
            contents = self.block_notes[placed.index]
            frame = _qrect(placed.frame)
            if isinstance(contents, WallPhoto):
                painter.drawPixmap(frame, contents.pixmap, QRectF(contents.pixmap.rect()))
                painter.setPen(QPen(QColor(0, 0, 0, 60), 1.0))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(frame)
                continue
            if placed.title is not None:
                painter.setPen(QPen(FRAME_EDGE, max(1.0, laid.body_px / 14)))
                painter.setBrush(FRAME_FILL)
                painter.drawRoundedRect(frame, radius * 1.5, radius * 1.5)
                title_rect = _qrect(placed.title)
                painter.setFont(title_font)
                painter.setPen(TITLE_FILL)
                title = QFontMetricsF(title_font).elidedText(
                    self.blocks[placed.index].title or "",
                    Qt.TextElideMode.ElideRight,
                    title_rect.width(),
                )
                painter.drawText(
                    title_rect,
                    int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                    title,
                )
            notes.extend(zip(contents, placed.notes, strict=True))
        painter.resetTransform()
        for note, rect in notes:
            key = self._picture_key(note, rect, laid)
            picture = self._pictures.get(key)
            if picture is None:  # e.g. the screen's pixel ratio changed
                picture = self._pictures[key] = self._draw_picture(note, rect, laid)
            # Whole pixels: the picture is copied, never resampled.
            at = QPointF(round(dx + rect.x * scale) - 1.0, round(dy + rect.y * scale) - 1.0)
            painter.drawPixmap(at, picture)
        painter.end()

    def _paint_note(
        self, painter: QPainter, note: WallNote, rect: QRectF, laid: wall.WallLayout
    ) -> None:
        radius = laid.body_px * 0.3
        painter.setPen(QPen(QColor(0, 0, 0, 70), 1.0))
        painter.setBrush(QColor(note.color))
        painter.drawRoundedRect(rect, radius, radius)
        painter.setFont(theme.pixel_font(laid.body_px))
        painter.setPen(NOTE_TEXT)
        painter.drawText(self._text_rect(rect, note, laid), int(TEXT_FLAGS), note.text)
        if self._badged(note):
            # In the room the layout keeps below the text: it never touches a letter.
            badge = self._badge_rect(rect, laid)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(VOTE_FILL)
            painter.drawEllipse(badge)
            painter.setPen(QColor("#FFFFFF"))
            painter.setFont(theme.pixel_font(max(1, round(laid.body_px * 0.75)), bold=True))
            painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), str(note.votes))

    def _badged(self, note: WallNote) -> bool:
        return note.votes > 0 and not self._votes_hidden

    def _text_rect(self, rect: QRectF, note: WallNote, laid: wall.WallLayout) -> QRectF:
        """Where a note's text goes, in layout pixels (above its disc, if it has one)."""
        pad = laid.padding
        below = wall.badge_room(laid.body_px, self._badged(note))
        return rect.adjusted(pad, pad, -pad, -pad - below)

    def _badge_rect(self, rect: QRectF, laid: wall.WallLayout) -> QRectF:
        side = wall.BADGE_EMS * laid.body_px
        pad = laid.padding
        return QRectF(rect.right() - pad - side, rect.bottom() - pad - side, side, side)

    def note_parts(self) -> dict[int, tuple[QRectF, QRectF, QRectF | None]]:
        """Each shown note's rectangle, the box its wrapped text takes and its disc of dots
        (None without), in this widget's pixels: for tests that check they never touch."""
        dx, dy, scale = self._transform_values()
        metrics = QFontMetricsF(self.body_font())

        def shown(box: QRectF) -> QRectF:
            return QRectF(
                dx + box.x() * scale,
                dy + box.y() * scale,
                box.width() * scale,
                box.height() * scale,
            )

        parts: dict[int, tuple[QRectF, QRectF, QRectF | None]] = {}
        for placed in self.layout_result.blocks:
            contents = self.block_notes[placed.index]
            if isinstance(contents, WallPhoto):
                continue
            for note, box in zip(contents, placed.notes, strict=True):
                rect = _qrect(box)
                laid = self.layout_result
                area = self._text_rect(rect, note, laid)
                text = metrics.boundingRect(area, int(TEXT_FLAGS), note.text)
                badge = self._badge_rect(rect, laid) if self._badged(note) else None
                parts[note.note_id] = (
                    shown(rect),
                    shown(text),
                    shown(badge) if badge is not None else None,
                )
        return parts


def _qrect(rect: Box) -> QRectF:
    return QRectF(rect.x, rect.y, rect.width, rect.height)
