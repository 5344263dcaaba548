"""Flowing text over pages: the cover's tables, the summary and the appendix.

`FlowPages` is the part of the PDF document that lays out report blocks: running head
and footer, headings kept with what follows, paragraphs without orphan or widow lines,
groups kept on one page, tables that repeat their heading row on the next page.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.export.blocks import Block, Cell, Column, Heading, Keep, Para, Swatch, Table
from app.export.fonts import FontStyle, sanitize_for_font
from app.export.layout import (
    FONT_ASCENT,
    FONT_DESCENT,
    MUTED,
    RGB,
    RULE,
    ExportContext,
    Painter,
    Rect,
    darken,
    draw_footer,
    footer_height,
    line_start,
    measurer,
    page_margin,
)
from app.export.textfit import ellipsize, fit_single_line, wrap_text

_HEADER_FILL: RGB = (238, 238, 238)


class FlowPages:
    """Flowing-text pages on a document that provides the canvas-level calls below."""

    ctx: ExportContext
    painter: Painter
    _flow_y: float
    _flow_open: bool
    _flow_section: str

    def bookmark(self, title: str, level: int) -> None:
        raise NotImplementedError

    def end_page(self, with_number: bool = True) -> None:
        raise NotImplementedError

    # -- flowing text pages (cover, summary, appendix)

    @property
    def _body_size(self) -> float:
        return 9.5 * self.ctx.ui_scale

    def _content_rect(self) -> Rect:
        ctx = self.ctx
        margin = page_margin(ctx)
        header = 16.0 * ctx.ui_scale
        top = margin + header
        bottom = ctx.page_height - margin - footer_height(ctx) - 6.0 * ctx.ui_scale
        return Rect(margin, top, ctx.page_width - 2 * margin, bottom - top)

    def start_flow_page(self, section: str) -> None:
        if self._flow_open:
            self._close_flow_page()
        ctx, painter = self.ctx, self.painter
        self._flow_section = section
        margin = page_margin(ctx)
        size = 8.0 * ctx.ui_scale
        width = ctx.page_width - 2 * margin
        title, _ = fit_single_line(ctx.workshop_title(), measurer(painter, "bold"),
                                   width * 0.6, size)
        baseline = margin + FONT_ASCENT * size
        painter.text(margin, baseline, title, size=size, style="bold", color=MUTED)
        painter.text(ctx.page_width - margin, baseline, section, size=size, color=MUTED,
                     align="right")
        rule_y = baseline + size * 0.6
        painter.line(margin, rule_y, ctx.page_width - margin, rule_y, color=RULE, width=0.5)
        self._flow_y = self._content_rect().y
        self._flow_open = True

    def start_flow_page_at(self, section: str, y: float) -> None:
        """Continue with flowing text on the current page (the cover) from `y` down."""
        self._flow_section = section
        self._flow_y = y
        self._flow_open = True

    @property
    def flow_open(self) -> bool:
        return self._flow_open

    def close_flow(self) -> None:
        if self._flow_open:
            self._close_flow_page()

    def _close_flow_page(self) -> None:
        footer = Rect(page_margin(self.ctx),
                      self.ctx.page_height - page_margin(self.ctx) - footer_height(self.ctx),
                      self.ctx.page_width - 2 * page_margin(self.ctx), footer_height(self.ctx))
        draw_footer(self.painter, self.ctx, footer)
        self._flow_open = False
        self.end_page()

    def _ensure_room(self, height: float) -> None:
        """Start a new page unless `height` more points fit on this one."""
        content = self._content_rect()
        page_full = self._flow_y + height > content.bottom and self._flow_y > content.y + 0.5
        if not self._flow_open or page_full:
            self.start_flow_page(self._flow_section)

    def flow(self, blocks: Sequence[Block]) -> None:
        for index, block in enumerate(blocks):
            if isinstance(block, Heading):
                self._heading(block, blocks[index + 1:])
            elif isinstance(block, Para):
                self._paragraph(block)
            elif isinstance(block, Keep):
                self._keep(block)
            else:
                self._table(block)

    def _heading_size(self, level: int) -> float:
        return {0: 20.0, 1: 14.0}.get(level, 11.0) * self.ctx.ui_scale

    def _heading_height(self, heading: Heading) -> float:
        size = self._heading_size(heading.level)
        return size * (0.9 + FONT_ASCENT + FONT_DESCENT + 0.5)

    def _lead_height(self, blocks: Sequence[Block]) -> float:
        """The height the first of `blocks` needs on a page before a page break may
        follow: a heading with its own lead, the unbreakable start of a paragraph, a
        kept group whole, a table's header with its first row."""
        if not blocks:
            return 0.0
        block = blocks[0]
        if isinstance(block, Heading):
            return self._heading_height(block) + self._lead_height(blocks[1:])
        if isinstance(block, Para):
            lines, _size, line_height, _indent = self._para_lines(block)
            if block.keep_with_next:
                return self._para_height(block) + self._lead_height(blocks[1:])
            return line_height * (len(lines) if len(lines) <= 3 else 2)
        if isinstance(block, Keep):
            height = sum(self._para_height(para) for para in block.paras)
            if height <= self._content_rect().height or not block.paras:
                return height
            return self._lead_height(block.paras[:1])
        header = self._row_height(block, [c.title for c in block.columns], "bold")
        first = self._row_height(block, block.rows[0], "regular") if block.rows else 0.0
        return header + first

    def _heading(self, heading: Heading, following: Sequence[Block]) -> None:
        size = self._heading_size(heading.level)
        text = sanitize_for_font(heading.text)
        if heading.level == 0:
            self.start_flow_page(text)
        # A heading never ends a page: it keeps the start of what follows it (a
        # sub-heading's own start too), unless that would not fit on any page.
        room = self._heading_height(heading) + self._lead_height(following)
        self._ensure_room(min(room, self._content_rect().height))
        if heading.level == 0 or self._flow_y > self._content_rect().y + 0.5:
            self._flow_y += size * 0.9
        if heading.bookmark:
            self.bookmark(text, min(heading.level, 2))
        content = self._content_rect()
        line, _ = fit_single_line(text, measurer(self.painter, "bold"), content.width, size)
        self._flow_y += FONT_ASCENT * size
        start, align = line_start(line, content.x, content.right)
        self.painter.text(start, self._flow_y, line, size=size, style="bold", align=align)
        self._flow_y += FONT_DESCENT * size + size * 0.5

    def _para_lines(self, para: Para) -> tuple[list[str], float, float, float]:
        """(lines, size, line height, indent) of a paragraph on the flow's width."""
        content = self._content_rect()
        size = self._body_size * para.size_factor
        indent = para.indent * size * 1.6
        width = content.width - indent
        measure = measurer(self.painter, para.style)
        text = sanitize_for_font(para.text)
        lines, more = wrap_text(text, measure, size, width, para.max_lines)
        if more and lines:
            lines[-1] = ellipsize(lines[-1], measure, size, width)
        return lines or [""], size, size * 1.35, indent

    def _para_height(self, para: Para) -> float:
        lines, size, line_height, _indent = self._para_lines(para)
        return len(lines) * line_height + size * 0.35

    def _keep(self, keep: Keep) -> None:
        height = sum(self._para_height(para) for para in keep.paras)
        if height <= self._content_rect().height:
            self._ensure_room(height)
        for para in keep.paras:
            self._paragraph(para)

    def _paragraph(self, para: Para) -> None:
        content = self._content_rect()
        lines, size, line_height, indent = self._para_lines(para)
        if para.keep_with_next:
            self._ensure_room(line_height * (len(lines) + 3))
        # No orphan or widow: a paragraph of up to three lines stays whole, a longer one
        # leaves at least two lines on each page.
        self._ensure_room(line_height * (len(lines) if len(lines) <= 3 else 2))
        for index, line in enumerate(lines):
            left = len(lines) - index
            self._ensure_room(line_height * (2 if left == 2 else 1))
            # A right-to-left line reads from the right edge of the flow.
            start, align = line_start(line, content.x + indent, content.right)
            self.painter.text(start, self._flow_y + FONT_ASCENT * size +
                              (line_height - size) / 2, line, size=size, color=para.color,
                              style=para.style, align=align)
            self._flow_y += line_height
        self._flow_y += size * 0.35

    def _table_metrics(self, table: Table) -> tuple[float, float, float, list[float]]:
        """(text size, line height, cell padding, column widths) of a table."""
        size = 8.5 * self.ctx.ui_scale
        total_weight = sum(c.weight for c in table.columns) or 1.0
        widths = [self._content_rect().width * c.weight / total_weight
                  for c in table.columns]
        return size, size * 1.3, size * 0.45, widths

    def _cell_lines(self, table: Table, cell: Cell, column: Column, width: float,
                    style: FontStyle) -> list[str]:
        size, _line_height, pad, _widths = self._table_metrics(table)
        text = sanitize_for_font(cell.text if isinstance(cell, Swatch) else cell)
        if isinstance(cell, Swatch):
            width -= size * 1.5
        measure = measurer(self.painter, style)
        lines, more = wrap_text(text, measure, size, width - 2 * pad, column.max_lines)
        if more and lines:
            lines[-1] = ellipsize(lines[-1], measure, size, width - 2 * pad)
        return lines or [""]

    def _wrapped_row(self, table: Table, cells: Sequence[Cell], style: FontStyle
                     ) -> list[list[str]]:
        _size, _line_height, _pad, widths = self._table_metrics(table)
        return [self._cell_lines(table, cell, column, width, style)
                for cell, column, width in zip(cells, table.columns, widths, strict=True)]

    def _row_height(self, table: Table, cells: Sequence[Cell], style: FontStyle) -> float:
        _size, line_height, pad, _widths = self._table_metrics(table)
        wrapped = self._wrapped_row(table, cells, style)
        return max(len(lines) for lines in wrapped) * line_height + 2 * pad

    def _table(self, table: Table) -> None:
        content = self._content_rect()
        size, line_height, pad, widths = self._table_metrics(table)
        # The header never stays alone at the foot of a page.
        lead = self._lead_height([table])
        if lead <= content.height:
            self._ensure_room(lead)

        def draw_row(cells: Sequence[Cell], style: FontStyle, header: bool) -> None:
            wrapped = self._wrapped_row(table, cells, style)
            height = max(len(lines) for lines in wrapped) * line_height + 2 * pad
            before = self._flow_y
            self._ensure_room(height)
            if self._flow_y < before and not header:
                draw_row([c.title for c in table.columns], "bold", True)  # repeat header
            y = self._flow_y
            if header:
                self.painter.rect(Rect(content.x, y, content.width, height),
                                  fill=_HEADER_FILL)
            x = content.x
            for cell, column, width, lines in zip(cells, table.columns, widths, wrapped,
                                                  strict=True):
                text_x = x + pad
                if isinstance(cell, Swatch):
                    swatch = size * 1.1
                    self.painter.rect(Rect(text_x, y + pad + (line_height - swatch) / 2,
                                           swatch, swatch), fill=cell.color,
                                      stroke=darken(cell.color, 0.6), width=0.4)
                    text_x += size * 1.5
                baseline = y + pad + FONT_ASCENT * size + (line_height - size) / 2
                for line in lines:
                    if column.align == "right":
                        self.painter.text(x + width - pad, baseline, line, size=size,
                                          style=style, align="right")
                    else:
                        start, align = line_start(line, text_x, x + width - pad)
                        self.painter.text(start, baseline, line, size=size, style=style,
                                          align=align)
                    baseline += line_height
                x += width
            self._flow_y = y + height
            self.painter.line(content.x, self._flow_y, content.right, self._flow_y,
                              color=RULE, width=0.4)

        draw_row([c.title for c in table.columns], "bold", True)
        for row in table.rows:
            draw_row(row, "regular", False)
        self._flow_y += size
