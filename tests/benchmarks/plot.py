"""The growth curves as a PNG, drawn with Pillow (no plotting library needed).

Left: work over the whole board (open, render, export) as time per note; flat or falling
means linear or better. Right: actions on one note as time per action; flat means the
action does not depend on the size of the board, a rising line is a scan per action.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from tests.benchmarks.harness import Result

WIDTH, HEIGHT = 1800, 820
PANEL_TOP, PANEL_BOTTOM = 110, 640
COLORS = (
    (37, 99, 235), (220, 38, 38), (5, 150, 105), (217, 119, 6), (124, 58, 237),
    (219, 39, 119), (71, 85, 105), (14, 116, 144), (101, 163, 13),
)
WHOLE_BOARD = ("open file to board", "render (fitted, repaint)", "export board PDF")


def _font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    from app.export.fonts import font_path

    try:
        return ImageFont.truetype(str(font_path("bold" if bold else "regular")), size)
    except OSError:
        return ImageFont.load_default()


def _nice_ticks(low: float, high: float) -> list[float]:
    ticks: list[float] = []
    exponent = math.floor(math.log10(low))
    while 10**exponent <= high * 1.0001:
        for mantissa in (1, 2, 5):
            value = mantissa * 10**exponent
            if low * 0.9999 <= value <= high * 1.0001:
                ticks.append(value)
        exponent += 1
    return ticks


def _label(value: float) -> str:
    if value >= 1000:
        return f"{value / 1000:g}k"
    return f"{value:g}"


def _panel(
    draw: ImageDraw.ImageDraw,
    left: int,
    right: int,
    title: str,
    y_label: str,
    series: dict[str, list[tuple[int, float]]],
) -> None:
    title_font, font, small = _font(28, bold=True), _font(20), _font(18)
    draw.text((left, 30), title, font=title_font, fill=(31, 41, 51))
    draw.text((left, 70), y_label, font=small, fill=(97, 110, 124))
    xs = sorted({x for points in series.values() for x, _ in points})
    ys = [y for points in series.values() for _, y in points if y > 0]
    if not xs or not ys:
        return
    x_low, x_high = min(xs), max(xs)
    y_low = 10 ** math.floor(math.log10(min(ys)))
    y_high = 10 ** math.ceil(math.log10(max(ys)))
    if x_low == x_high:
        x_high = x_low * 10

    def px(x: float) -> float:
        return left + (math.log10(x) - math.log10(x_low)) / (
            math.log10(x_high) - math.log10(x_low)
        ) * (right - left)

    def py(y: float) -> float:
        return PANEL_BOTTOM - (math.log10(y) - math.log10(y_low)) / (
            math.log10(y_high) - math.log10(y_low)
        ) * (PANEL_BOTTOM - PANEL_TOP)

    for tick in _nice_ticks(y_low, y_high):
        y = py(tick)
        draw.line([(left, y), (right, y)], fill=(226, 232, 240), width=1)
        draw.text((left - 10, y), _label(tick), font=small, fill=(97, 110, 124), anchor="rm")
    for x_value in xs:
        x = px(x_value)
        draw.line([(x, PANEL_TOP), (x, PANEL_BOTTOM)], fill=(226, 232, 240), width=1)
        draw.text((x, PANEL_BOTTOM + 12), f"{x_value:,}", font=small, fill=(97, 110, 124),
                  anchor="mt")
    draw.rectangle([left, PANEL_TOP, right, PANEL_BOTTOM], outline=(148, 163, 184), width=2)
    draw.text(((left + right) / 2, PANEL_BOTTOM + 40), "notes on the board (log scale)",
              font=small, fill=(97, 110, 124), anchor="mt")
    legend_y = PANEL_BOTTOM + 80
    legend_x = left
    for index, (name, points) in enumerate(series.items()):
        color = COLORS[index % len(COLORS)]
        coords = [(px(x), py(y)) for x, y in sorted(points) if y > 0]
        if len(coords) > 1:
            draw.line(coords, fill=color, width=4, joint="curve")
        for cx, cy in coords:
            draw.ellipse([cx - 6, cy - 6, cx + 6, cy + 6], fill=color)
        width = draw.textlength(name, font=font) + 50
        if legend_x + width > right:
            legend_x = left
            legend_y += 30
        draw.rectangle([legend_x, legend_y + 6, legend_x + 22, legend_y + 18], fill=color)
        draw.text((legend_x + 30, legend_y), name, font=font, fill=(31, 41, 51))
        legend_x += int(width)


def plot(results: Sequence[Result], out: Path) -> Path:
    growth = [r for r in results if r.group == "growth" and r.n]
    whole: dict[str, list[tuple[int, float]]] = {}
    single: dict[str, list[tuple[int, float]]] = {}
    for r in growth:
        assert r.n is not None
        if r.name in WHOLE_BOARD:
            whole.setdefault(r.name, []).append((r.n, r.app * 1000.0 / r.n))
        else:
            single.setdefault(r.name, []).append((r.n, r.app))
    image = Image.new("RGB", (WIDTH, HEIGHT), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    _panel(draw, 110, 860, "Whole-board work", "µs per note (flat or falling = linear)", whole)
    _panel(draw, 1010, 1760, "One-note actions", "ms per action, full UI path", single)
    out.parent.mkdir(parents=True, exist_ok=True)
    image.save(out, optimize=True)
    return out
