"""The good idea / bad idea board on paper: one lane per team, the deal, the parked ideas.

Each team's lane shows the bad idea it received (in the colour of the team that wrote it)
and, below an arrow, the solutions it built from it, with their votes. The set-aside good
ideas sit in a side column, and a line at the top says who got whose bad idea. A round
not dealt yet shows each team's own ideas instead.

Cards are drawn with `layout.draw_note`, so text fitting, vote dots and "#n" references
to the appendix work as on every other board; labels go through `fit_single_line`. No
user text ever passes through ReportLab markup.

Importing this module registers the page in `layout.BOARD_DRAWERS`.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.domain import reverse_flow
from app.domain.i18n import N_
from app.domain.model import Board, BoardKind, Note
from app.domain.texts import render
from app.export import layout
from app.export.fonts import FontStyle, sanitize_for_font
from app.export.layout import (
    FONT_ASCENT,
    INK,
    MUTED,
    Align,
    ExportContext,
    Painter,
    Rect,
    measurer,
    parse_color,
    text_color_on,
)
from app.export.page_capture import draw_capture, draw_note
from app.export.textfit import fit_single_line

MESSAGES: dict[str, str] = {
    "deal": N_("Deal:"),
    "received_from": N_("Worst idea from {team}"),
    "own_bad": N_("Worst idea"),
    "own_good": N_("Best idea"),
    "turned_into": N_("turned into"),
    "no_solution": N_("no solution yet"),
    "nothing_received": N_("Nothing was dealt to this team."),
    "parked": N_("Set-aside good ideas"),
}

PARKED_FILL = (238, 242, 246)
PARKED_STROKE = (148, 163, 184)
LANE_FILL = (255, 255, 255)
LANE_STROKE = (200, 197, 189)
SOLUTION_INK = (29, 78, 216)
BAD_INK = (185, 28, 28)
GOOD_INK = (21, 128, 61)
CARD_ASPECT = 0.42  # card height as a share of its width: room for three or four lines


@dataclass(frozen=True)
class _Item:
    """One thing stacked in a lane: a label line or a card."""

    label: str = ""
    color: tuple[int, int, int] = INK
    note: Note | None = None


def _t(ctx: ExportContext, key: str, **params: object) -> str:
    return sanitize_for_font(render(MESSAGES, key, ctx.language, **params))


def _lane_items(ctx: ExportContext, board: Board, team_id: int, dealt: bool) -> list[_Item]:
    lane = reverse_flow.lane_view(ctx.data, board.id, team_id)
    items: list[_Item] = []
    if not dealt:
        # Before the deal: the team's own ideas (good ones only while not set aside).
        for note in lane.good:
            if not note.parked:
                items += [_Item(_t(ctx, "own_good"), GOOD_INK), _Item(note=note)]
        for note in lane.bad:
            items += [_Item(_t(ctx, "own_bad"), BAD_INK), _Item(note=note)]
        return items
    if not lane.received:
        return [_Item(_t(ctx, "nothing_received"), MUTED)]
    for received in lane.received:
        bad = received.bad
        writer = ctx.team_name(bad.team_id) or "?"
        items += [_Item(_t(ctx, "received_from", team=writer), BAD_INK), _Item(note=bad)]
        arrow = "↓ " + (_t(ctx, "turned_into") if received.solutions else _t(ctx, "no_solution"))
        items.append(_Item(arrow, SOLUTION_INK))
        items += [_Item(note=s) for s in received.solutions]
    return items


def _draw_label(
    painter: Painter,
    text: str,
    rect: Rect,
    size: float,
    color: tuple[int, int, int],
    style: FontStyle = "bold",
    align: Align = "left",
) -> None:
    line, _ = fit_single_line(text, measurer(painter, style), rect.width, size)
    x = {"left": rect.x, "centre": rect.x + rect.width / 2, "right": rect.right}[align]
    baseline = rect.y + (rect.height - size) / 2 + FONT_ASCENT * size
    painter.text(x, baseline, line, size=size, color=color, style=style, align=align)


def _draw_stack(
    painter: Painter,
    ctx: ExportContext,
    board: Board,
    items: list[_Item],
    area: Rect,
    label_size: float,
) -> None:
    """Labels and cards top to bottom; cards share what height the labels leave."""
    label_height = label_size * 1.7
    gap = label_size * 0.5
    cards = sum(1 for item in items if item.note is not None)
    labels = len(items) - cards
    free = area.height - labels * label_height - len(items) * gap
    card_height = min(area.width * CARD_ASPECT, free / cards) if cards else 0.0
    y = area.y
    for item in items:
        if item.note is None:
            _draw_label(
                painter,
                item.label,
                Rect(area.x, y, area.width, label_height),
                label_size,
                item.color,
            )
            y += label_height + gap
        else:
            draw_note(painter, ctx, board, item.note, Rect(area.x, y, area.width, card_height))
            y += card_height + gap


def _draw_deal_line(
    painter: Painter, ctx: ExportContext, board: Board, rect: Rect, size: float
) -> None:
    deals = reverse_flow.deals_on(ctx.data, board.id)
    pairs = sorted({(d.to_team_id, d.from_team_id) for d in deals})
    caption = _t(ctx, "deal")
    painter.text(rect.x, rect.y + FONT_ASCENT * size, caption, size=size, color=MUTED, style="bold")
    x = rect.x + painter.measure(caption, size, "bold") + size * 0.8
    chip_height = size * 1.5
    for to_team, from_team in pairs:
        for team_id, arrow in ((from_team, " → "), (to_team, "")):
            name = ctx.team_name(team_id) or str(team_id)
            team = ctx.teams.get(team_id)
            fill = parse_color(team.color if team else None)
            width = painter.measure(name, size, "bold") + size
            if x + width > rect.right:
                return  # the lanes below say the same; the line just stops
            painter.rect(
                Rect(x, rect.y - size * 0.25, width, chip_height), fill=fill, radius=size * 0.3
            )
            painter.text(
                x + size / 2,
                rect.y + FONT_ASCENT * size,
                name,
                size=size,
                color=text_color_on(fill),
                style="bold",
            )
            x += width
            if arrow:
                painter.text(
                    x, rect.y + FONT_ASCENT * size, arrow, size=size, color=INK, style="bold"
                )
                x += painter.measure(arrow, size, "bold")
        x += size * 1.5


def draw_reverse(canvas: Painter, ctx: ExportContext, board: Board, frame_rect: Rect) -> None:
    """The reverse board page: team lanes (bad idea -> solutions), deal, parked ideas."""
    data = ctx.data
    found = reverse_flow.find_round(data, board.id)
    team_ids = [t for t in (found.team_ids if found else []) if t in ctx.teams]
    if found is None or not team_ids:
        draw_capture(canvas, ctx, board, frame_rect)  # no round: the notes where they are
        return
    deals = reverse_flow.deals_on(data, board.id)
    dealt = bool(deals)
    parked = reverse_flow.parked_ideas(data, board.id)
    size = 11.0 * ctx.ui_scale
    top = frame_rect.y
    if dealt:
        _draw_deal_line(
            canvas, ctx, board, Rect(frame_rect.x, top, frame_rect.width, size * 1.5), size
        )
        top += size * 2.6
    gap = max(6.0, frame_rect.width * 0.012)
    columns = len(team_ids) + (1 if parked else 0)
    width = (frame_rect.width - gap * (columns - 1)) / columns
    height = frame_rect.bottom - top
    header = size * 2.4
    inset = size * 0.6
    for index, team_id in enumerate(team_ids):
        lane = Rect(frame_rect.x + index * (width + gap), top, width, height)
        team = ctx.teams[team_id]
        fill = parse_color(team.color)
        canvas.rect(lane, fill=LANE_FILL, stroke=LANE_STROKE, width=0.8, radius=size * 0.5)
        canvas.rect(Rect(lane.x, lane.y, lane.width, header), fill=fill, radius=size * 0.5)
        _draw_label(
            canvas,
            ctx.team_name(team_id),
            Rect(lane.x + inset, lane.y, lane.width - 2 * inset, header),
            size * 1.3,
            text_color_on(fill),
            align="centre",
        )
        body = Rect(
            lane.x + inset,
            lane.y + header + inset,
            lane.width - 2 * inset,
            lane.height - header - 2 * inset,
        )
        _draw_stack(canvas, ctx, board, _lane_items(ctx, board, team_id, dealt), body, size)
    if parked:
        side = Rect(frame_rect.x + len(team_ids) * (width + gap), top, width, height)
        canvas.rect(
            side,
            fill=PARKED_FILL,
            stroke=PARKED_STROKE,
            width=0.8,
            radius=size * 0.5,
            dash=(4.0, 3.0),
        )
        _draw_label(
            canvas,
            _t(ctx, "parked"),
            Rect(side.x + inset, side.y, side.width - 2 * inset, header),
            size * 1.1,
            GOOD_INK,
        )
        items: list[_Item] = []
        for note in parked:
            items += [_Item(ctx.team_name(note.team_id), MUTED), _Item(note=note)]
        body = Rect(
            side.x + inset, side.y + header, side.width - 2 * inset, side.height - header - inset
        )
        _draw_stack(canvas, ctx, board, items, body, size * 0.9)


def register() -> None:
    """Plug the page into the export (idempotent). No extent: the lanes are not tiled."""
    layout.BOARD_DRAWERS[BoardKind.REVERSE] = draw_reverse
    layout.BOARD_EXTENTS.pop(BoardKind.REVERSE, None)


register()
