"""The board scene: note and cluster items that follow the workshop data.

The scene never changes data itself except through the controller: a drag becomes one
edit on mouse release (`edits.drop`), a voting click one `edits.cast_vote`. Views (the
facilitator's editor, later the presenter window) can share one scene.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QObject, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QTransform
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSceneContextMenuEvent,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
)

from app.domain import edits, model
from app.services import Change
from app.ui.board.cluster_item import LOD_LABEL, ClusterItem, ClusterLabel
from app.ui.board.note_item import LOD_SIMPLE, NoteItem, NoteOverview
from app.ui.controller import Controller
from app.ui.i18n import counted
from app.ui.images import PhotoWallScene

SCENE_MARGIN = 1500.0
# The stored classes the wall of notes shows (a team's colour paints its notes).
CONCERNS = (model.Note, model.Cluster, model.Vote, model.Team)
VoteHandler = Callable[[int, int], object]  # (note id, +1 or -1)


@dataclass
class NoteFilter:
    text: str = ""
    team_id: int | None = None  # None: any team; -1: notes without a team
    tag: model.SourceTag | None = None  # None: any tag

    @property
    def active(self) -> bool:
        return bool(self.text.strip()) or self.team_id is not None or self.tag is not None

    def matches(self, note: model.Note) -> bool:
        needle = self.text.strip().casefold()
        if needle and needle not in note.text.casefold() and needle not in note.author.casefold():
            return False
        if self.team_id is not None:
            wanted = None if self.team_id == -1 else self.team_id
            if note.team_id != wanted:
                return False
        return self.tag is None or note.tag == self.tag


class BoardScene(PhotoWallScene):
    note_edit_requested = Signal(int)
    cluster_rename_requested = Signal(int)
    context_menu_requested = Signal(object)  # QPoint (screen)

    def __init__(
        self, controller: Controller, board_id: int, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.board_id = board_id
        self.notes: dict[int, NoteItem] = {}
        self.clusters: dict[int, ClusterItem] = {}
        self.labels: dict[int, ClusterLabel] = {}
        self.note_filter = NoteFilter()
        self.vote_handler: VoteHandler | None = None
        self._drag_start: dict[QGraphicsItem, QPointF] = {}
        self._labels_visible = False
        self._label_scale = LOD_LABEL  # the console's zoom the cluster labels are sized for
        # Zoomed out in every view, the notes are painted all at once by the overview.
        self._overview_on = False
        self._detail_check_pending = False
        self.overview = NoteOverview(self.notes.values(), self._detail_needed)
        self.selectionChanged.connect(self._selection_changed)
        self.sceneRectChanged.connect(self._scene_rect_changed)
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.rebuild()  # then the board follows the changes into `follow` (app.ui.refresh)

    # --- building ------------------------------------------------------------------------
    def _teams(self) -> dict[int, model.Team]:
        return {t.id: t for t in self.controller.data.teams}

    def rebuild(self) -> None:
        self.clearSelection()
        for item in list(self.items()):
            if item.parentItem() is None:
                self.removeItem(item)
        self.notes.clear()
        self.clusters.clear()
        self.labels.clear()
        self.addItem(self.overview)
        self.overview.invalidate()
        if self.controller.file is None:
            return
        data = self.controller.data
        teams = self._teams()
        totals = data.vote_totals()
        for cluster in data.clusters_on(self.board_id):
            self._add_cluster(cluster)
        for note in data.notes_on(self.board_id):
            if not note.parked:
                self._add_note(note, teams, totals)
        self._update_scene_rect()
        self.contents_changed.emit()

    def _add_note(
        self, note: model.Note, teams: dict[int, model.Team], totals: dict[int, int]
    ) -> None:
        item = NoteItem(note, model.note_color(note, teams), totals.get(note.id, 0))
        item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, self.interactive)
        if self._overview_on:
            item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, True)
        self.addItem(item)
        self.notes[note.id] = item
        if self.note_filter.active:
            item.set_dimmed(not self.note_filter.matches(note))

    def _add_cluster(self, cluster: model.Cluster) -> None:
        item = ClusterItem(cluster)
        item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, self.interactive)
        self.addItem(item)
        self.clusters[cluster.id] = item
        label = ClusterLabel(cluster.title, cluster.width)
        label.setPos(cluster.x, cluster.y)
        label.fit(self._label_scale)
        label.setVisible(self._labels_visible)
        self.addItem(label)
        self.labels[cluster.id] = label

    def _update_scene_rect(self, changed: Iterable[QGraphicsItem] | None = None) -> None:
        """Grow the scene rect to hold the content plus a margin (it never shrinks while
        the board has content). `changed`: only these items were added or moved since the
        last update, so growing by them equals a pass over every item."""
        if changed is not None and (self.notes or self.clusters):
            grown = QRectF()
            for item in [*changed, *self.photos.values()]:
                grown = grown.united(item.sceneBoundingRect())
            if not grown.isNull():
                margin = SCENE_MARGIN
                self.setSceneRect(
                    self.sceneRect().united(grown.adjusted(-margin, -margin, margin, margin))
                )
            return
        bounds = self.content_rect()
        if bounds.isNull():
            bounds = QRectF(0.0, 0.0, 1600.0, 900.0)
        self.setSceneRect(
            bounds.adjusted(-SCENE_MARGIN, -SCENE_MARGIN, SCENE_MARGIN, SCENE_MARGIN).united(
                self.sceneRect() if self.notes or self.clusters else QRectF()
            )
        )

    def content_rect(self) -> QRectF:
        rect = QRectF()
        for item in self.clusters.values():
            rect = rect.united(item.sceneBoundingRect())
        for note_item in self.notes.values():
            rect = rect.united(note_item.sceneBoundingRect())
        return rect.united(super().content_rect())  # and the photos on the wall

    # --- following the data --------------------------------------------------------------
    def follow(self, change: Change) -> None:
        """Patch the items a change touched (the board calls it; see `CONCERNS`)."""
        if self.controller.file is None or not change.touches(*CONCERNS):
            return
        data = self.controller.data
        teams = self._teams()
        totals = data.vote_totals()
        changed: list[QGraphicsItem] = []  # added or moved items, for the scene rect
        removed: list[NoteItem] = []
        if change.touches(model.Cluster):
            index = {c.id: c for c in data.clusters}
            for cid in change.ids_of(model.Cluster):
                cluster = index.get(cid)
                if cluster is None or cluster.board_id != self.board_id:
                    self._remove_cluster(cid)
                elif cid in self.clusters:
                    self.clusters[cid].set_cluster(cluster)
                    self.labels[cid].set_title(cluster.title, cluster.width)
                    self.labels[cid].setPos(cluster.x, cluster.y)
                    changed.append(self.clusters[cid])
                else:
                    self._add_cluster(cluster)
                    changed.append(self.clusters[cid])
        if change.touches(model.Note):
            notes = {n.id: n for n in data.notes}
            for nid in change.ids_of(model.Note):
                note = notes.get(nid)
                if note is None or note.board_id != self.board_id or note.parked:
                    gone = self._remove_note(nid)
                    if gone is not None:
                        removed.append(gone)
                elif nid in self.notes:
                    item = self.notes[nid]
                    item.set_note(note, model.note_color(note, teams), totals.get(nid, 0))
                    if self.note_filter.active:
                        item.set_dimmed(not self.note_filter.matches(note))
                    changed.append(item)
                else:
                    self._add_note(note, teams, totals)
                    changed.append(self.notes[nid])
        recoloured = change.touches(model.Team)
        if recoloured:
            for item in self.notes.values():
                item.set_note(item.note, model.note_color(item.note, teams), item.votes)
        if change.touches(model.Vote):
            for nid in {vote.note_id for vote in change.written(model.Vote)}:
                if nid in self.notes:
                    self.notes[nid].set_votes(totals.get(nid, 0))
        self._update_scene_rect(changed)
        if recoloured:
            self.overview.invalidate()  # colours of any note
        else:
            self.overview.invalidate([*removed, *(i for i in changed if isinstance(i, NoteItem))])
        self.contents_changed.emit()

    def _remove_note(self, note_id: int) -> NoteItem | None:
        item = self.notes.pop(note_id, None)
        if item is not None:
            self.removeItem(item)
        return item

    def _remove_cluster(self, cluster_id: int) -> None:
        item = self.clusters.pop(cluster_id, None)
        if item is not None:
            self.removeItem(item)
        label = self.labels.pop(cluster_id, None)
        if label is not None:
            self.removeItem(label)

    def restore_positions(self) -> None:
        """Put every item back where the data says (after a refused drag)."""
        for item in self.notes.values():
            item.setPos(item.note.x, item.note.y)
        for cid, cluster_item in self.clusters.items():
            cluster_item.setPos(cluster_item.cluster.x, cluster_item.cluster.y)
            self.labels[cid].setPos(cluster_item.cluster.x, cluster_item.cluster.y)
        self.overview.invalidate()

    # --- view support --------------------------------------------------------------------
    def set_view_scale(self, scale: float) -> None:
        """Zoomed out, cluster titles switch to their big on-screen labels, and notes (mere
        coloured rectangles then) are painted by the overview."""
        visible = scale < LOD_LABEL
        if visible and abs(scale - self._label_scale) > 1e-4:
            self._label_scale = scale
            for label in self.labels.values():
                label.fit(scale)
        if visible != self._labels_visible:
            self._labels_visible = visible
            for label in self.labels.values():
                label.setVisible(visible)
        self._set_overview(self._detail_scale(scale) < LOD_SIMPLE)

    def _detail_scale(self, scale: float = 0.0) -> float:
        """The closest zoom among the views: notes are painted one by one (with their text)
        unless every view is zoomed out below LOD_SIMPLE."""
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform
        return max([scale, *(lod(view.transform()) for view in self.views())])

    def _set_overview(self, on: bool) -> None:
        if on == self._overview_on:
            return
        self._overview_on = on
        for item in self.notes.values():
            item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, on)
        self.overview.setVisible(on)
        self.overview.invalidate()

    def _scene_rect_changed(self, rect: QRectF) -> None:
        if shiboken6.isValid(self.overview):
            self.overview.set_area(rect)

    def _selection_changed(self) -> None:
        # Also emitted while the scene is destroyed, after its items are gone.
        if self._overview_on and shiboken6.isValid(self.overview):
            self.overview.selection_changed(self.selectedItems())  # shown in the accent colour

    def _detail_needed(self) -> None:
        """The overview was painted for a view close enough to read the notes (zoomed by
        itself, not through `set_view_scale`): check the views again after this paint."""
        if not self._detail_check_pending:
            self._detail_check_pending = True
            QTimer.singleShot(0, self._check_detail)

    def _check_detail(self) -> None:
        self._detail_check_pending = False
        self._set_overview(bool(self.views()) and self._detail_scale() < LOD_SIMPLE)

    def set_interactive(self, interactive: bool) -> None:
        self.interactive = interactive
        for item in [*self.notes.values(), *self.clusters.values()]:
            item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, interactive)

    def set_filter(self, note_filter: NoteFilter) -> int:
        """Dim the notes that do not match; returns how many match."""
        self.note_filter = note_filter
        matching = 0
        for item in self.notes.values():
            match = note_filter.matches(item.note) if note_filter.active else True
            item.set_dimmed(not match)
            matching += match
        self.overview.invalidate()
        return matching

    # --- selection -----------------------------------------------------------------------
    def selected_note_ids(self) -> list[int]:
        return sorted(i.note_id for i in self.selectedItems() if isinstance(i, NoteItem))

    def selected_cluster_ids(self) -> list[int]:
        return sorted(i.cluster_id for i in self.selectedItems() if isinstance(i, ClusterItem))

    def select_notes(self, note_ids: Iterable[int]) -> None:
        self.clearSelection()
        for nid in note_ids:
            if nid in self.notes:
                self.notes[nid].setSelected(True)

    def select_all_notes(self) -> None:
        for item in self.notes.values():
            item.setSelected(True)

    def item_at(self, pos: QPointF) -> QGraphicsItem | None:
        for item in self.items(
            pos,
            Qt.ItemSelectionMode.IntersectsItemShape,
            Qt.SortOrder.DescendingOrder,
            QTransform(),
        ):
            if isinstance(item, NoteItem | ClusterItem):
                return item
        return None

    # --- mouse ---------------------------------------------------------------------------
    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.vote_handler is not None and event.button() in (
            Qt.MouseButton.LeftButton,
            Qt.MouseButton.RightButton,
        ):
            item = self.item_at(event.scenePos())
            if isinstance(item, NoteItem):
                remove = event.button() == Qt.MouseButton.RightButton or bool(
                    event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                )
                self.vote_handler(item.note_id, -1 if remove else 1)
            event.accept()
            return
        super().mousePressEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and self.interactive:
            self._drag_start = {
                item: item.pos()
                for item in self.selectedItems()
                if isinstance(item, NoteItem | ClusterItem)
            }
            for item in self._drag_start:
                if isinstance(item, NoteItem):
                    item.setZValue(2.0)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseMoveEvent(event)
        if not self._drag_start:
            return
        moved = [item for item in self._drag_start if isinstance(item, NoteItem)]
        # A dragged cluster carries its notes (those not already moving with the selection).
        for item, start in self._drag_start.items():
            if not isinstance(item, ClusterItem):
                continue
            delta = item.pos() - start
            cid = item.cluster_id
            self.labels[cid].setPos(item.pos())
            for note_item in self.notes.values():
                if note_item.note.cluster_id == cid and note_item not in self._drag_start:
                    note_item.setPos(note_item.note.x + delta.x(), note_item.note.y + delta.y())
                    moved.append(note_item)
        if self._overview_on:
            self.overview.invalidate(moved)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton or not self._drag_start:
            return
        started, self._drag_start = self._drag_start, {}
        note_positions: dict[int, tuple[float, float]] = {}
        cluster_moves: dict[int, tuple[float, float]] = {}
        for item, start in started.items():
            if isinstance(item, NoteItem):
                item.setZValue(1.0)
            if item.scene() is not self or item.pos() == start:
                continue
            if isinstance(item, NoteItem):
                note_positions[item.note_id] = (item.pos().x(), item.pos().y())
            elif isinstance(item, ClusterItem):
                delta = item.pos() - start
                cluster_moves[item.cluster_id] = (delta.x(), delta.y())
        if note_positions or cluster_moves:
            self.commit_drag(note_positions, cluster_moves)

    def commit_drag(
        self,
        note_positions: dict[int, tuple[float, float]],
        cluster_moves: dict[int, tuple[float, float]] | None = None,
    ) -> bool:
        """One drag = one edit: moves, cluster carries and cluster membership together."""
        pairs = edits.drop(self.controller.data, self.board_id, note_positions, cluster_moves)
        if not pairs:
            self.restore_positions()
            return False
        count = len(note_positions)
        if cluster_moves and not note_positions:
            label = self.tr("Move cluster")
        elif count == 1:
            label = self.tr("Move note")
        else:
            label = counted(self.tr("Move %n note(s)", "", count), count)
        ok = self.controller.edit(label, pairs)
        if not ok:
            self.restore_positions()
        return ok

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.vote_handler is not None or not self.interactive:
            event.accept()
            return
        item = self.item_at(event.scenePos())
        if isinstance(item, NoteItem):
            self.note_edit_requested.emit(item.note_id)
            event.accept()
            return
        if isinstance(item, ClusterItem):
            self.cluster_rename_requested.emit(item.cluster_id)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def contextMenuEvent(self, event: QGraphicsSceneContextMenuEvent) -> None:
        if self.vote_handler is not None or not self.interactive:
            event.accept()
            return
        item = self.item_at(event.scenePos())
        if item is not None and not item.isSelected():
            self.clearSelection()
            item.setSelected(True)
        self.context_menu_requested.emit(event.screenPos())
        event.accept()
