"""The preview of File > Export…: the first page rendered with Pillow (off the UI thread),
or the start of a JSON or CSV file as text, and the widget that shows the page.

Pillow, because QtPdf is not part of PySide6-Essentials.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app import interchange
from app.domain import model
from app.ui import theme
from app.ui.export_choices import (
    KIND_BY_KEY,
    PREVIEW_LONG_SIDE_PX,
    PREVIEW_TEXT_LINES,
    ExportOptions,
    _t,
)


def render_preview(data: model.WorkshopData, options: ExportOptions) -> QImage | str:
    """The first page as an image (PDF, PNG), or the start of the file as text."""
    kind = KIND_BY_KEY[options.kind]
    if kind.suffix == ".json":
        from app.export import json_dump

        return "\n".join(json_dump.dumps(data).splitlines()[:PREVIEW_TEXT_LINES])
    if kind.suffix == ".csv":
        make = interchange.EXTRA_CSV.get(options.kind, interchange.ideas_csv)
        return "\n".join(make(data).splitlines()[:PREVIEW_TEXT_LINES])
    from app.export import png
    from app.export.layout import page_size_points

    boards = sorted(data.boards, key=lambda b: (b.position, b.id))
    board_id = options.board_id if kind.needs_board else (boards[0].id if boards else None)
    if board_id is None or data.board(board_id) is None:
        return _t("The workshop has no boards yet.")
    width, height = page_size_points(options.page_size, not options.portrait)
    dpi = PREVIEW_LONG_SIDE_PX / (max(width, height) / 72.0)
    dpi = max(float(png.MIN_DPI), min(150.0, dpi))
    image, _shortened = png.render_board_image(
        data, board_id, dpi=dpi, page=options.page_size, landscape=not options.portrait
    )
    raw = image.convert("RGB").tobytes()
    qimage = QImage(raw, image.width, image.height, image.width * 3, QImage.Format.Format_RGB888)
    return qimage.copy()  # detach from `raw`, which goes away with this function


class PagePreview(QWidget):
    """The first page on a grey desk with a soft shadow, scaled to fit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image = QImage()
        self.message = ""
        self.setMinimumSize(QSize(360, 260))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_image(self, image: QImage) -> None:
        self.image = image
        self.message = ""
        self.update()

    def set_message(self, text: str) -> None:
        self.message = text
        self.update()

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.fillRect(self.rect(), QColor("#E8E6E0"))
        if self.image.isNull() or self.message:
            painter.setPen(QColor(theme.MUTED))
            painter.drawText(
                self.rect().adjusted(24, 24, -24, -24),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.message or _t("Preparing the preview…"),
            )
            painter.end()
            return
        margin = 28.0
        area = QRectF(self.rect()).adjusted(margin, margin, -margin, -margin)
        scale = min(area.width() / self.image.width(), area.height() / self.image.height())
        width, height = self.image.width() * scale, self.image.height() * scale
        page = QRectF(area.center().x() - width / 2, area.center().y() - height / 2, width, height)
        for step, alpha in ((8.0, 6), (5.0, 9), (3.0, 12), (1.5, 16)):  # a soft drop shadow
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(0, 0, 0, alpha))
            painter.drawRoundedRect(
                page.translated(0, step / 2).adjusted(-step, -step, step, step), step, step
            )
        painter.drawImage(page, self.image)
        painter.setPen(QPen(QColor("#C9C5BC"), 1))
        painter.drawRect(page)
        painter.end()
