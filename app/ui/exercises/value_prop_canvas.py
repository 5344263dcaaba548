"""The Value Proposition Canvas on screen: value map (square) facing the customer profile.

Rows line up the way the canvas is read: gain creators face gains, pain relievers face
pains, products and services face jobs. Every item is ranked (arrows move it), edited in
place (double-click or the pencil) and removed with the cross; relievers and creators pick
the pains and gains they address from a menu. The fit line on top says plainly how many
top pains and gains are addressed, and unaddressed top items are tinted red.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QMenu,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain import value_flow
from app.domain.value_prop import (
    TOP_RANK,
    CanvasItem,
    CanvasItemKind,
    FitReport,
    JobType,
    fit,
    ranked,
)
from app.export import page_value
from app.ui import theme
from app.ui.elide import set_wrapped_text
from app.ui.exercises.value_prop_common import (
    ADDRESSED_FG,
    UNADDRESSED_FG,
    CommitLineEdit,
    InlineText,
    ValueSession,
    hbox,
    pill,
    plain_label,
    set_flag,
)
from app.ui.i18n import printed

K = CanvasItemKind
JOB_COLORS: dict[JobType, tuple[str, str]] = {
    JobType.FUNCTIONAL: ("#1D4ED8", "#DBEAFE"),
    JobType.SOCIAL: ("#6D28D9", "#EDE9FE"),
    JobType.EMOTIONAL: ("#BE185D", "#FCE7F3"),
    JobType.SUPPORTING: ("#475569", "#E2E8F0"),
}


# Canvas rows, value map side first: each map block faces the profile block it serves.
ROWS = ((K.CREATOR, K.GAIN), (K.RELIEVER, K.PAIN), (K.PRODUCT, K.JOB))


def _tr(text: str) -> str:
    return QCoreApplication.translate("ValueCanvas", text)


def printed_name(key: str) -> str:
    """The name the printed canvas gives (`app.export.page_value`), in the interface's
    language: the board and the paper say the same, translated once."""
    return printed(page_value.MESSAGES, key)


def kind_title(kind: CanvasItemKind) -> str:
    return printed_name(f"kind_{kind.value}")


def kind_hint(kind: CanvasItemKind) -> str:
    return {
        K.JOB: _tr("What they are trying to get done; most important first"),
        K.PAIN: _tr("Bad outcomes, obstacles, risks; most severe first"),
        K.GAIN: _tr("Outcomes and benefits they want; most essential first"),
        K.PRODUCT: _tr("What the offer is built from"),
        K.RELIEVER: _tr("How the offer eases specific pains"),
        K.CREATOR: _tr("How the offer produces specific gains"),
    }[kind]


def add_placeholder(kind: CanvasItemKind) -> str:
    return {
        K.JOB: _tr("Add a job… (Enter)"),
        K.PAIN: _tr("Add a pain… (Enter)"),
        K.GAIN: _tr("Add a gain… (Enter)"),
        K.PRODUCT: _tr("Add a product or service… (Enter)"),
        K.RELIEVER: _tr("Add a pain reliever… (Enter)"),
        K.CREATOR: _tr("Add a gain creator… (Enter)"),
    }[kind]


def code_prefix(kind: CanvasItemKind) -> str:
    """Short codes so links read as "eases P1, P3" (translators may pick other letters)."""
    return printed_name(f"code_{kind.value}")


def item_code(item: CanvasItem) -> str:
    return f"{code_prefix(item.kind)}{item.rank}"


def job_type_label(job_type: JobType) -> str:
    return printed_name(f"job_{job_type.value}")


def fit_text(report: FitReport) -> str:
    if report.fit_percent is None:
        return _tr("Fit: rank some pains and gains to see which ones the offer addresses.")
    text = _tr("Fit: %1 of %2 top pains and gains addressed (%3%)")
    return (
        text.replace("%1", str(report.top_addressed))
        .replace("%2", str(report.top_total))
        .replace("%3", str(report.fit_percent))
    )


class ItemRow(QFrame):
    """One canvas item: code, badge or links, text, and its commands."""

    def __init__(
        self,
        board: CanvasView,
        item: CanvasItem,
        siblings: int,
        report: FitReport,
        codes: dict[int, str],
    ) -> None:
        super().__init__(board)
        self.setObjectName("vpRow")
        self.board = board
        self.item = item
        unaddressed = item.id in report.unaddressed_top
        self.setProperty("unaddressed", unaddressed)
        row = hbox(self, spacing=6, margins=2)
        code = plain_label(item_code(item), self, "vpCode", wrap=False)
        code.setMinimumWidth(34)
        code.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
        row.addWidget(code, 0, Qt.AlignmentFlag.AlignTop)

        self.badge: QToolButton | None = None
        self.link_menu: QMenu | None = None
        if item.kind is K.JOB:
            self.badge = self._job_badge(item)
            row.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        elif item.kind in value_flow.LINK_TARGET:
            self.badge = self._link_button(item, codes)
            row.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)

        self.text = InlineText(item.text, "vpItemText", self)
        self.text.committed.connect(self._rename)
        row.addWidget(self.text, 1)
        self.status = self._status(item, report, codes)
        if self.status is not None:
            row.addWidget(self.status, 0, Qt.AlignmentFlag.AlignTop)

        def button(symbol: str, tip: str, action: Callable[[], None], enabled: bool = True) -> None:
            tool = QToolButton(self)
            tool.setObjectName("vpRowButton")
            tool.setText(symbol)
            tool.setToolTip(tip)
            tool.setAccessibleName(tip)
            tool.setEnabled(enabled)
            tool.clicked.connect(action)
            row.addWidget(tool, 0, Qt.AlignmentFlag.AlignTop)

        button("▲", self.tr("More important"), self.move_up, item.rank > 1)
        button("▼", self.tr("Less important"), self.move_down, item.rank < siblings)
        button("✎", self.tr("Edit the text"), self.text.start_edit)
        button("✕", self.tr("Remove"), self.remove)

    # --- parts -----------------------------------------------------------------------------
    def _job_badge(self, item: CanvasItem) -> QToolButton:
        job_type = item.job_type or JobType.FUNCTIONAL
        color, background = JOB_COLORS[job_type]
        badge = QToolButton(self)
        badge.setObjectName("vpBadge")
        badge.setText(job_type_label(job_type))
        badge.setToolTip(self.tr("Job type: click to change"))
        badge.setStyleSheet(f"QToolButton#vpBadge {{ color: {color}; background: {background}; }}")
        badge.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(badge)
        for option in JobType:
            action = QAction(job_type_label(option), menu)
            action.setCheckable(True)
            action.setChecked(option is job_type)
            action.setData(option.value)
            action.triggered.connect(lambda _=False, o=option: self.set_job_type(o))
            menu.addAction(action)
        badge.setMenu(menu)
        self.type_menu = menu
        return badge

    def _link_button(self, item: CanvasItem, codes: dict[int, str]) -> QToolButton:
        target_kind = value_flow.LINK_TARGET[item.kind]
        linked = [codes[t] for t in item.addresses if t in codes]
        button = QToolButton(self)
        button.setObjectName("vpBadge")
        if item.kind is K.RELIEVER:
            button.setText(self.tr("eases ") + ", ".join(linked) if linked else self.tr("link ▾"))
            button.setToolTip(self.tr("Which pains does this relieve?"))
        else:
            button.setText(self.tr("creates ") + ", ".join(linked) if linked else self.tr("link ▾"))
            button.setToolTip(self.tr("Which gains does this create?"))
        color, background = (ADDRESSED_FG, "#E6F4EE") if linked else (theme.MUTED, "#EEF0F2")
        button.setStyleSheet(f"QToolButton#vpBadge {{ color: {color}; background: {background}; }}")
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        targets = ranked(self.board.session.items(), target_kind)
        if not targets:
            empty = QAction(
                self.tr("Add pains first") if target_kind is K.PAIN else self.tr("Add gains first"),
                menu,
            )
            empty.setEnabled(False)
            menu.addAction(empty)
        for target in targets:
            action = QAction(f"{codes[target.id]}  {target.text}", menu)
            action.setCheckable(True)
            action.setChecked(target.id in item.addresses)
            action.setData(target.id)
            action.triggered.connect(lambda _=False, t=target.id: self.toggle_link(t))
            menu.addAction(action)
        button.setMenu(menu)
        self.link_menu = menu
        return button

    def _status(self, item: CanvasItem, report: FitReport, codes: dict[int, str]) -> QLabel | None:
        """Beside pains and gains: what addresses them, or a plain warning for top ones."""
        if item.kind not in (K.PAIN, K.GAIN):
            return None
        sources = report.addressed_by.get(item.id, [])
        if sources:
            prefix = self.tr("eased by ") if item.kind is K.PAIN else self.tr("created by ")
            return pill(
                prefix + ", ".join(codes.get(s, "?") for s in sources),
                ADDRESSED_FG,
                "#E6F4EE",
                self,
            )
        if item.rank <= TOP_RANK:
            return pill(self.tr("not addressed"), UNADDRESSED_FG, "#FAD4D0", self)
        return None

    # --- commands --------------------------------------------------------------------------
    def _rename(self, text: str) -> None:
        data = self.board.session.data
        self.board.session.run(
            self.tr("Edit canvas item"), lambda: value_flow.edit_item(data, self.item.id, text=text)
        )

    def set_job_type(self, job_type: JobType) -> None:
        data = self.board.session.data
        self.board.session.run(
            self.tr("Change job type"),
            lambda: value_flow.edit_item(data, self.item.id, job_type=job_type),
        )

    def toggle_link(self, target_id: int) -> None:
        data = self.board.session.data
        self.board.session.run(
            self.tr("Link to pain or gain"),
            lambda: value_flow.toggle_link(data, self.item.id, target_id),
        )

    def move_up(self) -> None:
        self._move(self.item.rank - 1)

    def move_down(self) -> None:
        self._move(self.item.rank + 1)

    def _move(self, rank: int) -> None:
        data = self.board.session.data
        self.board.session.run(
            self.tr("Rank canvas item"), lambda: value_flow.move_item(data, self.item.id, rank)
        )

    def remove(self) -> None:
        data = self.board.session.data
        self.board.session.run(
            self.tr("Remove canvas item"), lambda: value_flow.remove_item(data, self.item.id)
        )


class Section(QFrame):
    """One block of the canvas: title, ranked rows, and a field to add more."""

    def __init__(self, board: CanvasView, kind: CanvasItemKind, side: str) -> None:
        super().__init__(board)
        self.setObjectName("vpSection")
        self.setProperty("side", side)
        self.board = board
        self.kind = kind
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 6, 14, 8)
        layout.setSpacing(2)
        header = hbox(spacing=10)
        header.addWidget(plain_label(kind_title(kind), self, "vpSectionTitle", wrap=False))
        header.addWidget(plain_label(kind_hint(kind), self, "vpSectionHint"), 1)
        layout.addLayout(header)

        # Rows take their natural height; the whole canvas scrolls if it ever gets too long,
        # so no block hides items behind its own scroll bar.
        self.rows_host = QWidget(self)
        self.rows_host.setObjectName("vpRowsHost")
        self.rows = QVBoxLayout(self.rows_host)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.rows.setSpacing(2)
        self.rows.addStretch(1)
        layout.addWidget(self.rows_host, 1)

        adder = hbox(spacing=6)
        self.job_type: QComboBox | None = None
        if kind is K.JOB:
            self.job_type = QComboBox(self)
            for option in JobType:
                self.job_type.addItem(job_type_label(option), option.value)
            self.job_type.setToolTip(self.tr("Type of the new job"))
            adder.addWidget(self.job_type)
        self.add_field = CommitLineEdit(self)
        self.add_field.setObjectName("vpAdd")
        self.add_field.setPlaceholderText(add_placeholder(kind))
        self.add_field.returnPressed.connect(self.add_typed)
        adder.addWidget(self.add_field, 1)
        layout.addLayout(adder)
        self.item_rows: dict[int, ItemRow] = {}

    def add_typed(self) -> None:
        text = self.add_field.text()
        canvas_id = self.board.session.canvas_id
        if canvas_id is None or not text.strip():
            return
        job_type = None
        if self.job_type is not None:
            job_type = JobType(self.job_type.currentData())
        data = self.board.session.data
        done = self.board.session.run(
            self.tr("Add to canvas"),
            lambda: value_flow.add_item(data, canvas_id, self.kind, text, job_type=job_type),
        )
        if done is not None:
            self.add_field.show_stored("")
            self.add_field.clear()

    def show_items(self, items: list[CanvasItem], report: FitReport, codes: dict[int, str]) -> None:
        for old in self.item_rows.values():
            self.rows.removeWidget(old)
            old.hide()
            old.deleteLater()
        self.item_rows = {}
        mine = ranked(items, self.kind)
        for position, item in enumerate(mine):
            row = ItemRow(self.board, item, len(mine), report, codes)
            row.setParent(self.rows_host)
            self.rows.insertWidget(position, row)
            self.item_rows[item.id] = row


class CanvasView(QWidget):
    """Both halves of the canvas for the session's canvas, with the fit line on top."""

    def __init__(self, session: ValueSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        self.fit_label = plain_label("", self, "vpFit")
        layout.addWidget(self.fit_label)

        self.scroller = QScrollArea(self)
        self.scroller.setObjectName("vpCanvasScroll")
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller.viewport().setAutoFillBackground(False)
        self.grid_host = QWidget(self.scroller)
        self.grid_host.setObjectName("vpCanvasHost")
        grid = self.grid = QGridLayout(self.grid_host)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(10)
        self.side_titles = (plain_label(printed_name("value_map"), self, "vpSideTitle"),
                            plain_label(printed_name("profile"), self, "vpSideTitle"))
        self.sections: dict[CanvasItemKind, Section] = {}
        for left, right in ROWS:
            self.sections[left] = Section(self, left, "map")
            self.sections[right] = Section(self, right, "profile")
        self.stacked: bool | None = None  # None: not arranged yet
        self._arrange(stacked=False)
        self.scroller.setWidget(self.grid_host)
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._fit_width)
        self.scroller.viewport().installEventFilter(self)
        self.grid_host.installEventFilter(self)
        layout.addWidget(self.scroller, 1)
        self.empty_label = plain_label(
            self.tr("Add a customer segment above to start its canvas."), self, "vpEmpty"
        )
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty_label, 1)
        self.report: FitReport = fit([])

    def _arrange(self, stacked: bool) -> None:
        """Side by side (the value map facing the profile), or, when the page is too
        narrow for both halves, one column where each map block comes just above the
        profile block it serves: the canvas scrolls down, never sideways."""
        if stacked == self.stacked:
            return
        self.stacked = stacked
        grid = self.grid
        for widget in (*self.side_titles, *self.sections.values()):
            grid.removeWidget(widget)
        for column, title in enumerate(self.side_titles):
            title.setVisible(not stacked)
            if not stacked:
                grid.addWidget(title, 0, column)
        for row, (left, right) in enumerate(ROWS):
            if stacked:
                grid.addWidget(self.sections[left], 2 * row, 0)
                grid.addWidget(self.sections[right], 2 * row + 1, 0)
            else:
                grid.addWidget(self.sections[left], row + 1, 0)
                grid.addWidget(self.sections[right], row + 1, 1)
        for row in range(2 * len(ROWS) + 2):
            grid.setRowStretch(row, 0)
        # Spare height stays below the canvas.
        grid.setRowStretch(2 * len(ROWS) if stacked else len(ROWS) + 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 0 if stacked else 1)

    def _fit_width(self) -> None:
        def widest(side: int) -> int:
            return max(self.sections[pair[side]].minimumSizeHint().width() for pair in ROWS)

        needed = widest(0) + widest(1) + self.grid.horizontalSpacing()
        self._arrange(stacked=self.scroller.viewport().width() < needed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The page changed width, or the blocks' own widths changed: look again once the
        # layouts have settled (their minimum widths are only right after that).
        if (watched is self.scroller.viewport() and event.type() == QEvent.Type.Resize) or (
            watched is self.grid_host and event.type() == QEvent.Type.LayoutRequest
        ):
            self._fit_timer.start()
        return False

    def section(self, kind: CanvasItemKind) -> Section:
        return self.sections[kind]

    def row_for(self, item_id: int) -> ItemRow:
        for section in self.sections.values():
            if item_id in section.item_rows:
                return section.item_rows[item_id]
        raise KeyError(item_id)

    def refresh(self) -> None:
        has_canvas = self.session.canvas() is not None
        self.scroller.setVisible(has_canvas)
        self.fit_label.setVisible(has_canvas)
        self.empty_label.setVisible(not has_canvas)
        items = self.session.items() if has_canvas else []
        self.report = fit(items)
        codes = {i.id: item_code(i) for i in items}
        for section in self.sections.values():
            section.show_items(items, self.report, codes)
        text = fit_text(self.report)
        if self.report.unaddressed_top:
            texts = {i.id: i.text for i in items}
            names = "; ".join(f"{codes[i]} {texts[i]}" for i in self.report.unaddressed_top)
            text += "  ·  " + self.tr("not addressed yet: ") + names
        set_wrapped_text(self.fit_label, text)
        set_flag(self.fit_label, "complete", self.report.fit_percent == 100)
        self._fit_width()


__all__ = ["CanvasView", "ItemRow", "Section", "fit_text", "item_code", "job_type_label"]
