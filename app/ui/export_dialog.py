"""File > Export…: boards, the workshop report, a PNG, the JSON dump or CSV tables.

The export itself is `app.interchange.export_data` (the same code as `pointb export`). It
runs on a worker thread on a deep copy of the workshop, so the facilitator can keep
editing, and reports progress through Qt signals (queued to the UI thread;
`app.ui.background`). The preview of the first page is rendered the same way: off the UI
thread, with Pillow (`app.ui.export_preview`). The choices themselves (kinds, page sizes,
resolutions, file names) are `app.ui.export_choices`.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QSettings,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QDesktopServices, QFont, QImage
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui import theme
from app.ui.background import Progress, run_in_background
from app.ui.controller import Controller
from app.ui.elide import elided, fit_combo
from app.ui.export_choices import (
    DEFAULT_DPI,
    DEFAULT_PAGE,
    DPI_CHOICES,
    KINDS,
    PAGE_SIZES,
    PREVIEW_DELAY_MS,
    SETTINGS_FOLDER,
    ExportOptions,
    Kind,
    board_ref,
    describe_error,
    dpi_use,
    kind_hint,
    kind_label,
    safe_file_stem,
)
from app.ui.export_jobs import run_export
from app.ui.export_preview import PagePreview, render_preview

# Group boxes as quiet cards with a bold caption (the app theme leaves them to Fusion).
DIALOG_SHEET = f"""
QGroupBox {{
    background: {theme.PANEL}; border: 1px solid {theme.BORDER}; border-radius: 10px;
    margin-top: 22px; padding: 14px 14px 12px 14px; font-weight: bold;
}}
QGroupBox::title {{
    subcontrol-origin: margin; subcontrol-position: top left; left: 4px; padding: 0 2px;
    color: {theme.INK};
}}
QGroupBox QLabel, QGroupBox QRadioButton, QGroupBox QCheckBox, QGroupBox QComboBox,
QGroupBox QLineEdit, QGroupBox QSpinBox, QGroupBox QPushButton {{ font-weight: normal; }}
QLabel#exportHint {{ color: {theme.MUTED}; }}
QLabel#exportSubtitle {{ color: {theme.MUTED}; font-weight: bold; }}
QLabel:disabled, QRadioButton:disabled, QCheckBox:disabled, QComboBox:disabled {{
    color: #9AA5B1;
}}
"""



# --------------------------------------------------------------------------- the dialog


@dataclass(frozen=True)
class _PreviewOutcome:
    """A rendered preview, or why there is none, for the request numbered `generation`."""

    generation: int
    caption: str
    content: QImage | str | None = None
    error: str = ""


class ExportDialog(QDialog):
    """Non-modal: the facilitator may go on editing while a long export runs."""

    exported = Signal(Path)

    def __init__(
        self,
        controller: Controller,
        parent: QWidget | None = None,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.settings = settings if settings is not None else QSettings()
        self.running = False
        self.last_output: Path | None = None
        self.last_error: str | None = None
        self._export_target = Path()
        self._auto_name = True  # the file name follows the choices until the user picks one
        self._preview_generation = 0
        self.setWindowTitle(self.tr("Export"))
        # Only a minimum width: the height comes from the layout, so nothing is squeezed.
        self.setMinimumWidth(1040)
        self.resize(1080, 720)
        self.setStyleSheet(DIALOG_SHEET)

        root = QVBoxLayout(self)
        root.setContentsMargins(24, 20, 24, 16)
        root.setSpacing(14)
        body = QHBoxLayout()
        body.setSpacing(20)
        root.addLayout(body, 1)
        body.addLayout(self._build_options(), 0)
        body.addLayout(self._build_preview(), 1)
        root.addWidget(self._build_status())
        root.addLayout(self._build_buttons())

        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.refresh_preview)
        self.controller.file_replaced.connect(self._file_replaced)

        self._fill_boards()
        self._kind_changed()

    # --- building ------------------------------------------------------------------------
    def _build_options(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(12)
        what = QGroupBox(self.tr("What to export"), self)
        what_column = QVBoxLayout(what)
        what_column.setSpacing(6)
        board_row = QHBoxLayout()
        self.board_label = QLabel(self.tr("Board:"), what)
        self.board_combo = QComboBox(what)
        fit_combo(self.board_combo, 30)
        self.board_combo.currentIndexChanged.connect(self._options_changed)
        board_row.addWidget(self.board_label)
        board_row.addWidget(self.board_combo, 1)
        what_column.addLayout(board_row)
        what_column.addSpacing(4)
        # Radio buttons rather than a combo: every kind of export is visible at a glance.
        self.kind_group = QButtonGroup(self)
        self.kind_buttons: dict[str, QRadioButton] = {}
        for index, kind in enumerate(KINDS):
            if kind.key == "json":
                data_title = QLabel(self.tr("Data for other tools"), what)
                data_title.setObjectName("exportSubtitle")
                what_column.addSpacing(6)
                what_column.addWidget(data_title)
            button = QRadioButton(kind_label(kind.key), what)
            self.kind_group.addButton(button, index)
            self.kind_buttons[kind.key] = button
            what_column.addWidget(button)
        self.kind_buttons[KINDS[0].key].setChecked(True)
        self.kind_group.idToggled.connect(
            lambda _id, checked: self._kind_changed() if checked else None
        )
        self.kind_hint = QLabel(what)
        self.kind_hint.setObjectName("exportHint")
        self.kind_hint.setWordWrap(True)
        self.kind_hint.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        self.kind_hint.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        what_column.addSpacing(4)
        what_column.addWidget(self.kind_hint)
        column.addWidget(what)

        self.paper_box = QGroupBox(self.tr("Paper"), self)
        paper = QFormLayout(self.paper_box)
        paper.setVerticalSpacing(10)
        paper.setHorizontalSpacing(12)
        self.page_combo = QComboBox(self.paper_box)
        for name in PAGE_SIZES:
            self.page_combo.addItem(name, name)
        self.page_combo.setCurrentIndex(PAGE_SIZES.index(DEFAULT_PAGE))
        self.page_combo.currentIndexChanged.connect(self._options_changed)
        orientation = QHBoxLayout()
        orientation.setSpacing(16)
        self.landscape_radio = QRadioButton(self.tr("Landscape"), self.paper_box)
        self.portrait_radio = QRadioButton(self.tr("Portrait"), self.paper_box)
        self.landscape_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.landscape_radio)
        group.addButton(self.portrait_radio)
        group.buttonToggled.connect(lambda *_: self._options_changed())
        orientation.addWidget(self.landscape_radio)
        orientation.addWidget(self.portrait_radio)
        orientation.addStretch(1)
        self.tile_check = QCheckBox(self.tr("Split big boards over several pages"), self.paper_box)
        self.tile_check.setToolTip(
            self.tr("Boards too large to read on one sheet are tiled with overlap marks.")
        )
        self.tile_check.toggled.connect(self._options_changed)
        # Presets rather than a free number: the facilitator picks a use, not a figure.
        self.dpi_combo = QComboBox(self.paper_box)
        for dpi, use in DPI_CHOICES:
            self.dpi_combo.addItem(
                self.tr("%1 dpi").replace("%1", str(dpi)) + (f" — {dpi_use(use)}" if use else ""),
                dpi,
            )
        self.dpi_combo.setCurrentIndex(self.dpi_combo.findData(DEFAULT_DPI))
        self.dpi_combo.currentIndexChanged.connect(self._update_size_hint)
        self.pixels_label = QLabel(self.paper_box)
        self.pixels_label.setObjectName("exportHint")
        dpi_row = QVBoxLayout()
        dpi_row.setSpacing(2)
        dpi_row.addWidget(self.dpi_combo)
        dpi_row.addWidget(self.pixels_label)
        paper.addRow(self.tr("Page size:"), self.page_combo)
        paper.addRow(self.tr("Orientation:"), orientation)
        paper.addRow(self.tile_check)
        self.dpi_label = QLabel(self.tr("Resolution:"), self.paper_box)
        paper.addRow(self.dpi_label, dpi_row)
        column.addWidget(self.paper_box)

        column.addStretch(1)
        for box in (what, self.paper_box):
            box.setFixedWidth(420)
        return column

    def _build_preview(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(6)
        self.preview_title = QLabel(self)
        self.preview_title.setObjectName("sectionTitle")
        self.preview_stack = QStackedWidget(self)
        self.preview = PagePreview(self.preview_stack)
        self.preview_text = QPlainTextEdit(self.preview_stack)
        self.preview_text.setReadOnly(True)
        self.preview_text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        mono = QFont("DejaVu Sans Mono")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        mono.setPointSize(max(8, theme.UI_POINT_SIZE - 2))
        self.preview_text.setFont(mono)
        self.preview_stack.addWidget(self.preview)
        self.preview_stack.addWidget(self.preview_text)
        self.preview_caption = QLabel(self)
        self.preview_caption.setStyleSheet(f"color: {theme.MUTED};")
        self.preview_caption.setWordWrap(True)
        column.addWidget(self.preview_title)
        column.addWidget(self.preview_stack, 1)
        column.addWidget(self.preview_caption)
        return column

    def _build_status(self) -> QFrame:
        frame = QFrame(self)
        frame.setObjectName("exportStatus")
        column = QVBoxLayout(frame)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        self.progress_bar = QProgressBar(frame)
        self.progress_bar.setRange(0, 100)
        self.progress_bar.setValue(0)
        self.progress_bar.setTextVisible(True)
        self.progress_bar.hide()
        row = QHBoxLayout()
        self.status_label = QLabel(frame)
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label.hide()
        self.open_folder_button = QPushButton(self.tr("Open the folder"), frame)
        self.open_folder_button.clicked.connect(self.open_folder)
        self.open_file_button = QPushButton(self.tr("Open the file"), frame)
        self.open_file_button.clicked.connect(self.open_file)
        row.addWidget(self.status_label, 1)
        for button in (self.open_folder_button, self.open_file_button):
            button.hide()
            row.addWidget(button)
        column.addWidget(self.progress_bar)
        column.addLayout(row)
        return frame

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        label = QLabel(self.tr("Save to:"), self)
        self.path_edit = QLineEdit(self)
        self.path_edit.textEdited.connect(self._path_edited)
        choose = QPushButton(self.tr("Choose…"), self)
        choose.clicked.connect(self.choose_target)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.close)
        self.export_button = QPushButton(self.tr("Export"), self)
        self.export_button.setProperty("primary", True)
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self._export_clicked)
        row.addWidget(label)
        row.addWidget(self.path_edit, 1)
        row.addWidget(choose)
        row.addSpacing(24)
        row.addWidget(self.close_button)
        row.addWidget(self.export_button)
        return row

    # --- choices -------------------------------------------------------------------------
    def _fill_boards(self) -> None:
        self.board_combo.blockSignals(True)
        self.board_combo.clear()
        if self.controller.file is not None:
            for board in sorted(self.controller.data.boards, key=lambda b: (b.position, b.id)):
                self.board_combo.addItem(elided(board.title, width=480), board.id)
            index = self.board_combo.findData(self.controller.current_board_id)
            self.board_combo.setCurrentIndex(max(0, index))
        self.board_combo.blockSignals(False)

    def kind(self) -> Kind:
        return KINDS[max(0, self.kind_group.checkedId())]

    def set_kind(self, key: str) -> None:
        self.kind_buttons[key].setChecked(True)

    def set_target(self, path: Path | str) -> None:
        self._auto_name = False
        self.path_edit.setText(str(path))

    def target(self) -> Path:
        text = self.path_edit.text().strip()
        path = Path(text).expanduser() if text else self._default_target()
        suffix = self.kind().suffix
        return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)

    def options(self) -> ExportOptions:
        kind = self.kind()
        board_id = self.board_combo.currentData() if kind.needs_board else None
        ref = kind.key  # "all", "report", "ideas", "candidates"; ignored for JSON
        if board_id is not None and self.controller.file is not None:
            ref = board_ref(self.controller.data, int(board_id))
        return ExportOptions(
            kind=kind.key,
            out=self.target(),
            board_ref=ref,
            board_id=int(board_id) if board_id is not None else None,
            page_size=str(self.page_combo.currentData()),
            portrait=self.portrait_radio.isChecked(),
            dpi=self.dpi(),
            tile=self.tile_check.isChecked() and kind.suffix == ".pdf",
        )

    def _default_folder(self) -> Path:
        remembered = self.settings.value(SETTINGS_FOLDER)
        if isinstance(remembered, str) and remembered and Path(remembered).is_dir():
            return Path(remembered)
        if self.controller.file is not None:
            return self.controller.file.path.parent
        return Path.home()

    def _default_target(self) -> Path:
        kind = self.kind()
        base = self.controller.file.path.stem if self.controller.file is not None else "workshop"
        tail = kind.name_tail
        if kind.needs_board:
            tail = safe_file_stem(self.board_combo.currentText() or "board")
        name = safe_file_stem(f"{base}-{tail}" if tail else base)
        return self._default_folder() / f"{name}{kind.suffix}"

    def _path_edited(self, _text: str) -> None:
        self._auto_name = False

    def _kind_changed(self) -> None:
        kind = self.kind()
        # Disabled rather than hidden: the dialog does not jump around while choosing.
        self.board_label.setEnabled(kind.needs_board)
        self.board_combo.setEnabled(kind.needs_board)
        self.kind_hint.setText(kind_hint(kind.key))
        self.paper_box.setEnabled(kind.paged)
        self.tile_check.setVisible(kind.suffix == ".pdf")
        self.dpi_label.setVisible(kind.suffix == ".png")
        self.dpi_combo.setVisible(kind.suffix == ".png")
        self.pixels_label.setVisible(kind.suffix == ".png")
        self._options_changed()

    def _options_changed(self) -> None:
        kind = self.kind()
        if self._auto_name:
            self.path_edit.setText(str(self._default_target()))
        else:
            current = self.path_edit.text().strip()
            if current:
                path = Path(current)
                self.path_edit.setText(str(path.with_suffix(kind.suffix)))
        self._update_size_hint()
        self._preview_timer.start()

    def dpi(self) -> int:
        return int(self.dpi_combo.currentData())

    def set_dpi(self, dpi: int) -> None:
        index = self.dpi_combo.findData(dpi)
        if index < 0:
            self.dpi_combo.addItem(self.tr("%1 dpi").replace("%1", str(dpi)), dpi)
            index = self.dpi_combo.count() - 1
        self.dpi_combo.setCurrentIndex(index)

    def _update_size_hint(self) -> None:
        from app.export.layout import page_size_points

        width, height = page_size_points(
            str(self.page_combo.currentData()), not self.portrait_radio.isChecked()
        )
        dpi = self.dpi()
        self.pixels_label.setText(
            self.tr("%1 × %2 px")
            .replace("%1", f"{round(width / 72 * dpi):,}")
            .replace("%2", f"{round(height / 72 * dpi):,}")
        )

    def choose_target(self) -> None:
        kind = self.kind()
        filters = {
            ".pdf": self.tr("PDF documents (*.pdf)"),
            ".png": self.tr("PNG images (*.png)"),
            ".json": self.tr("JSON files (*.json)"),
            ".csv": self.tr("CSV tables (*.csv)"),
        }
        path_text, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to"), str(self.target()), filters[kind.suffix]
        )
        if path_text:
            self.set_target(Path(path_text).with_suffix(kind.suffix))

    # --- preview -------------------------------------------------------------------------
    def refresh_preview(self) -> None:
        """Render the preview on a worker thread; only the newest request is shown."""
        if self.controller.file is None:
            return
        self._preview_generation += 1
        generation = self._preview_generation
        options = self.options()
        kind = self.kind()
        data = copy.deepcopy(self.controller.data)
        if kind.paged:
            orientation = self.tr("portrait") if options.portrait else self.tr("landscape")
            if kind.needs_board:
                self.preview_title.setText(self.tr("Preview"))
            else:
                self.preview_title.setText(self.tr("Preview of the first board page"))
            caption = f"{options.page_size}, {orientation}"
            if options.tile:
                caption += " — " + self.tr("big boards continue on further pages")
            if kind.key == "report":
                caption += " — " + self.tr("the report starts with a cover page")
        else:
            self.preview_title.setText(self.tr("Preview of the start of the file"))
            caption = ""
        self.preview.set_message(self.tr("Preparing the preview…"))
        def work(_report: Progress) -> _PreviewOutcome:
            try:
                return _PreviewOutcome(generation, caption, render_preview(data, options))
            except Exception as exc:  # the preview must never take the dialog down
                return _PreviewOutcome(generation, caption, error=str(exc))

        run_in_background(work, done=self._preview_arrived, failed=self._preview_crashed)

    def _preview_arrived(self, outcome: _PreviewOutcome) -> None:
        if isinstance(outcome.content, QImage):
            self._preview_image(outcome.generation, outcome.content, outcome.caption)
        elif isinstance(outcome.content, str):
            self._preview_body(outcome.generation, outcome.content, outcome.caption)
        else:
            self._preview_failed(outcome.generation, outcome.error)

    def _preview_crashed(self, exc: Exception) -> None:
        self._preview_failed(self._preview_generation, str(exc))

    def _preview_image(self, generation: int, image: QImage, caption: str) -> None:
        if generation != self._preview_generation:
            return
        self.preview.set_image(image)
        self.preview_stack.setCurrentWidget(self.preview)
        self.preview_caption.setText(caption)

    def _preview_body(self, generation: int, body: str, caption: str) -> None:
        if generation != self._preview_generation:
            return
        if self.kind().paged:  # e.g. "no boards yet" instead of a page
            self.preview.set_message(body)
            self.preview_stack.setCurrentWidget(self.preview)
        else:
            self.preview_text.setPlainText(body)
            self.preview_stack.setCurrentWidget(self.preview_text)
        self.preview_caption.setText(caption)

    def _preview_failed(self, generation: int, message: str) -> None:
        if generation == self._preview_generation:
            self.preview.set_message(self.tr("No preview: %1").replace("%1", message))
            self.preview_stack.setCurrentWidget(self.preview)

    def preview_image(self) -> QImage:
        return self.preview.image

    def preview_ready(self) -> bool:
        return not self.preview.image.isNull() and not self.preview.message

    # --- exporting -----------------------------------------------------------------------
    def _export_clicked(self) -> None:
        out = self.target()
        if out.exists():
            answer = QMessageBox.question(
                self,
                self.tr("Export"),
                self.tr("%1 already exists. Replace it?").replace("%1", out.name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.start_export()

    def start_export(self) -> bool:
        """Start the export in the background; False when it cannot start."""
        if self.running or self.controller.file is None:
            return False
        options = self.options()
        self.path_edit.setText(str(options.out))
        if not options.out.parent.is_dir():
            self._show_failure(options.out, self.tr("the folder does not exist"))
            return False
        # A deep copy: the export reads the workshop on another thread while the
        # facilitator keeps editing this one.
        data = copy.deepcopy(self.controller.data)
        if not self.controller.busy:
            # An explicit action: the file on disk is brought up to date too.
            self.controller.file.checkpoint()
        self.running = True
        self.last_output = None
        self.last_error = None
        self._set_busy(True)
        self.progress_bar.setValue(0)
        self.progress_bar.show()
        self._set_status(self.tr("Exporting to %1…").replace("%1", str(options.out)), "")
        self._export_target = options.out
        run_in_background(
            lambda report: run_export(data, options, report),
            done=self._finished,
            failed=self._export_failed,
            progress=self._progress,
        )
        return True

    def _set_busy(self, busy: bool) -> None:
        self.export_button.setEnabled(not busy)
        for widget in (
            *self.kind_buttons.values(),
            self.board_combo,
            self.paper_box,
            self.path_edit,
        ):
            widget.setEnabled(not busy)
        if not busy:
            self.paper_box.setEnabled(self.kind().paged)
            self.board_combo.setEnabled(self.kind().needs_board)
        self.open_folder_button.hide()
        self.open_file_button.hide()

    def _set_status(self, text: str, style: str) -> None:
        self.status_label.setStyleSheet(style)
        self.status_label.setText(text)
        self.status_label.setVisible(bool(text))

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress_bar.setValue(min(100, round(done * 100 / total)))

    def _finished(self, _summary: str) -> None:
        out = self._export_target
        self.running = False
        self._set_busy(False)
        self.progress_bar.setValue(100)
        self.progress_bar.hide()  # the result line and its buttons take its place
        self.last_output = out
        self.settings.setValue(SETTINGS_FOLDER, str(out.parent))
        self._set_status(
            self.tr("Exported: %1").replace("%1", str(out)),
            f"color: {theme.ACCENT_DARK}; font-weight: bold;",
        )
        self.open_folder_button.show()
        self.open_file_button.show()
        if not self.isVisible():  # closed during the export: show where the file went
            self.show()
        self.exported.emit(out)

    def _export_failed(self, exc: Exception) -> None:
        # Every failure reaches the facilitator as a message.
        self._show_failure(self._export_target, describe_error(self._export_target, exc))

    def _show_failure(self, out: Path, reason: str) -> None:
        self.running = False
        self._set_busy(False)
        self.progress_bar.hide()
        self.last_error = reason
        self._set_status(
            self.tr("Could not export %1: %2").replace("%1", str(out)).replace("%2", reason),
            f"color: {theme.DANGER}; font-weight: bold;",
        )
        if not self.isVisible():
            self.show()

    def open_folder(self) -> bool:
        if self.last_output is None:
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_output.parent)))

    def open_file(self) -> bool:
        if self.last_output is None:
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_output)))

    # --- lifetime ------------------------------------------------------------------------
    def _file_replaced(self) -> None:
        if self.running:
            return  # the export works on its own copy; its result is still shown
        if self.controller.file is None:
            self.close()
            return
        self._fill_boards()
        self._options_changed()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.running:
            # Keep the dialog (and the result) alive; it comes back when the file is done.
            event.ignore()
            self.hide()
            return
        super().closeEvent(event)

    def reject(self) -> None:
        if self.running:
            self.hide()
            return
        super().reject()
