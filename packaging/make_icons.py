"""Draw the Point B icon with Pillow and write every size the packages need.

The vector sources are resources/icons/pointb.svg (48 px and up) and pointb-small.svg
(16-32 px, fewer details so it stays readable). Pillow cannot read SVG, so this script draws
the same shapes with the same numbers on the same 1024 grid, supersampled and box-filtered
down to each size. Change the SVG and the numbers below together; `--compare-svg` renders
the SVGs with Qt (PySide6's QtSvg, when installed) and fails if the drawings differ.

Writes into resources/icons/:
  pointb-<N>.png for N in 16 24 32 48 64 128 256 512
  pointb.ico   (16-256, for Windows)
  pointb.icns  (32-1024, for macOS)

Usage: python packaging/make_icons.py [--out DIR] [--if-missing] [--compare-svg] [--svg-dots]
Needs only Pillow.
"""

from __future__ import annotations

import argparse
import itertools
import math
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
SMALL_UP_TO = 32  # sizes up to this use the simplified drawing
GRID = 1024

Point = tuple[float, float]

TILE_TOP = "#5566E8"
TILE_BOTTOM = "#2A318F"
NOTE = "#FFCF3A"
NOTE_FOLD = "#E2A513"
INK = "#1F2566"
SHADOW = (0x10, 0x15, 0x4A, round(0.35 * 255))
WHITE = "#FFFFFF"


@dataclass(frozen=True)
class Design:
    """One drawing on the 1024 grid; the numbers are the SVG's."""

    tile: tuple[float, float, float, float]  # x0, y0, x1, y1
    tile_radius: float
    note: tuple[Point, ...]
    fold: tuple[Point, ...]
    shadow_dy: float
    # the B: stem, then bowls and counters as right-rounded rectangles (x0, y0, x1, y1)
    b_stem: tuple[float, float, float, float]
    b_bowls: tuple[tuple[float, float, float, float], ...]
    b_counters: tuple[tuple[float, float, float, float], ...]
    a_center: Point
    a_radius: float  # outer radius of the ring
    a_width: float  # ring width; 0 means a solid dot
    route: tuple[Point, Point, Point, Point] | None  # cubic Bezier from A to B, or none
    route_dots: int  # how many dots along it
    route_start: float  # arc length of the first dot's centre
    route_period: float  # arc length between dots
    route_width: float  # dot diameter


FULL = Design(
    tile=(64, 64, 960, 960),
    tile_radius=200,
    note=((448, 216), (856, 216), (856, 548), (740, 664), (448, 664)),
    fold=((856, 548), (740, 548), (740, 664)),
    shadow_dy=20,
    b_stem=(532, 280, 608, 600),
    b_bowls=((532, 280, 724, 448), (532, 420, 752, 600)),
    b_counters=((608, 336, 662, 398), (608, 458, 688, 542)),
    a_center=(236, 788),
    a_radius=64,
    a_width=38,
    route=((236, 788), (236, 560), (330, 520), (448, 520)),
    route_dots=5,
    route_start=112,
    route_period=57,
    route_width=36,
)

# 16-32 px: no route, no shadow, a bigger note and B drawn on the 16 px grid (64 units a pixel).
SMALL = Design(
    tile=(0, 0, 1024, 1024),
    tile_radius=224,
    note=((320, 64), (960, 64), (960, 576), (832, 704), (320, 704)),
    fold=((960, 576), (832, 576), (832, 704)),
    shadow_dy=0,
    b_stem=(448, 128, 576, 640),
    b_bowls=((448, 128, 736, 400), (448, 368, 768, 640)),
    b_counters=((576, 208, 656, 336), (576, 432, 688, 560)),
    a_center=(176, 848),
    a_radius=112,
    a_width=0,
    route=None,
    route_dots=0,
    route_start=0,
    route_period=0,
    route_width=0,
)


def _cubic(p: tuple[Point, Point, Point, Point], t: float) -> Point:
    u = 1 - t
    x = u**3 * p[0][0] + 3 * u * u * t * p[1][0] + 3 * u * t * t * p[2][0] + t**3 * p[3][0]
    y = u**3 * p[0][1] + 3 * u * u * t * p[1][1] + 3 * u * t * t * p[2][1] + t**3 * p[3][1]
    return x, y


def _route_dots(d: Design, samples: int = 4000) -> list[Point]:
    """Centres of the route's dots: from `route_start`, every `route_period` of arc length.

    The SVG lists the same centres as circles (`--svg-dots` prints them), so every SVG
    renderer draws the same dots whatever it does with dashes.
    """
    assert d.route is not None
    points = [_cubic(d.route, i / samples) for i in range(samples + 1)]
    dots: list[Point] = []
    travelled = 0.0
    next_dot = d.route_start
    for (x0, y0), (x1, y1) in itertools.pairwise(points):
        step = math.hypot(x1 - x0, y1 - y0)
        while travelled + step >= next_dot and len(dots) < d.route_dots:
            f = (next_dot - travelled) / step if step else 0.0
            dots.append((x0 + (x1 - x0) * f, y0 + (y1 - y0) * f))
            next_dot += d.route_period
        travelled += step
    return dots


def _gradient_tile(size: int, d: Design) -> Image.Image:
    """The tile: a vertical gradient (top to bottom of the tile) clipped to a rounded square."""
    s = size / GRID
    top = Image.new("RGBA", (1, 2), TILE_TOP).getpixel((0, 0))
    bottom = Image.new("RGBA", (1, 2), TILE_BOTTOM).getpixel((0, 0))
    assert isinstance(top, tuple) and isinstance(bottom, tuple)
    y0, y1 = d.tile[1] * s, d.tile[3] * s
    column = Image.new("RGBA", (1, size))
    for y in range(size):
        t = min(1.0, max(0.0, (y + 0.5 - y0) / (y1 - y0)))
        column.putpixel(
            (0, y), tuple(round(a + (b - a) * t) for a, b in zip(top, bottom, strict=True))
        )
    gradient = column.resize((size, size), Image.Resampling.NEAREST)
    mask = Image.new("L", (size, size), 0)
    ImageDraw.Draw(mask).rounded_rectangle(
        [c * s for c in d.tile], radius=d.tile_radius * s, fill=255
    )
    canvas = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    canvas.paste(gradient, (0, 0), mask)
    return canvas


def _right_rounded(draw: ImageDraw.ImageDraw, box: tuple[float, ...], s: float, fill: str) -> None:
    """A rectangle whose right end is a half circle (SVG: H ... A r r 0 0 1 ... H ... Z)."""
    x0, y0, x1, y1 = (c * s for c in box)
    r = (y1 - y0) / 2
    draw.rectangle([x0, y0, x1 - r, y1], fill=fill)
    draw.pieslice([x1 - 2 * r, y0, x1, y1], start=-90, end=90, fill=fill)


def draw_design(size: int, d: Design) -> Image.Image:
    """Draw `d` at exactly `size` px (aliased); callers supersample and reduce."""
    s = size / GRID
    img = _gradient_tile(size, d)

    # the route from A to B, under everything else
    if d.route is not None:
        route = Image.new("RGBA", (size, size), (0, 0, 0, 0))
        rd = ImageDraw.Draw(route)
        r = d.route_width / 2 * s
        for x, y in _route_dots(d):
            rd.ellipse([x * s - r, y * s - r, x * s + r, y * s + r], fill=WHITE)
        img.alpha_composite(route)

    # point A: a ring (or a dot)
    ax, ay = d.a_center
    box = [
        (ax - d.a_radius) * s,
        (ay - d.a_radius) * s,
        (ax + d.a_radius) * s,
        (ay + d.a_radius) * s,
    ]
    draw = ImageDraw.Draw(img)
    if d.a_width:
        draw.ellipse(box, outline=WHITE, width=max(1, round(d.a_width * s)))
    else:
        draw.ellipse(box, fill=WHITE)

    # point B: shadow, note, fold
    if d.shadow_dy:
        shadow = Image.new("RGBA", (size, size), (0, 0, 0, 0))
        ImageDraw.Draw(shadow).polygon(
            [(x * s, (y + d.shadow_dy) * s) for x, y in d.note], fill=SHADOW
        )
        img.alpha_composite(shadow)
        draw = ImageDraw.Draw(img)
    draw.polygon([(x * s, y * s) for x, y in d.note], fill=NOTE)
    draw.polygon([(x * s, y * s) for x, y in d.fold], fill=NOTE_FOLD)

    # the B
    draw.rectangle([c * s for c in d.b_stem], fill=INK)
    for bowl in d.b_bowls:
        _right_rounded(draw, bowl, s, INK)
    for counter in d.b_counters:
        _right_rounded(draw, counter, s, NOTE)
    return img


def render(size: int, design: Design | None = None) -> Image.Image:
    """The icon at `size` px: drawn large, then box-filtered down (premultiplied alpha)."""
    if design is None:
        design = SMALL if size <= SMALL_UP_TO else FULL
    factor = max(4, math.ceil(2048 / size))
    big = draw_design(size * factor, design)
    return big.convert("RGBa").reduce(factor).convert("RGBA")


def write_all(out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    images = {n: render(n) for n in (*PNG_SIZES, 1024)}
    written = []
    for n in PNG_SIZES:
        path = out / f"pointb-{n}.png"
        images[n].save(path, optimize=True)
        written.append(path)
    ico = out / "pointb.ico"
    images[256].save(
        ico,
        format="ICO",
        sizes=[(n, n) for n in ICO_SIZES],
        append_images=[images[n] for n in ICO_SIZES if n != 256],
    )
    icns = out / "pointb.icns"
    images[1024].save(
        icns, format="ICNS", append_images=[images[n] for n in (32, 64, 128, 256, 512)]
    )
    written += [ico, icns]
    return written


def compare_with_svg(size: int = 256) -> float:
    """Largest mean per-channel difference (0-255) between the SVGs rendered by Qt and ours."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    worst = 0.0
    for svg, design, n in (("pointb.svg", FULL, size), ("pointb-small.svg", SMALL, 32)):
        renderer = QSvgRenderer(str(ICONS / svg))
        if not renderer.isValid():
            raise SystemExit(f"{svg}: Qt cannot read it")
        qimg = QImage(n, n, QImage.Format.Format_ARGB32)
        qimg.fill(0)
        painter = QPainter(qimg)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        with tempfile.TemporaryDirectory() as folder:
            png = Path(folder) / "qt.png"
            if not qimg.save(str(png)):
                raise SystemExit(f"{svg}: Qt could not save its rendering")
            theirs = Image.open(png).convert("RGBA")
        ours = render(n, design)
        diff = sum(abs(a - b) for a, b in zip(theirs.tobytes(), ours.tobytes(), strict=True)) / (
            n * n * 4
        )
        print(f"{svg} at {n} px: mean difference {diff:.2f} / 255")
        worst = max(worst, diff)
    return worst


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ICONS)
    parser.add_argument("--if-missing", action="store_true", help="do nothing if all files exist")
    parser.add_argument("--compare-svg", action="store_true", help="check the SVGs match (Qt)")
    parser.add_argument("--svg-dots", action="store_true", help="print the route's SVG circles")
    args = parser.parse_args(argv)
    if args.svg_dots:
        r = FULL.route_width / 2
        for x, y in _route_dots(FULL):
            print(f'    <circle cx="{x:.1f}" cy="{y:.1f}" r="{r:g}"/>')
        return 0
    if args.compare_svg:
        worst = compare_with_svg()
        if worst > 3.0:
            print("the Pillow drawing and the SVG differ; change them together", file=sys.stderr)
            return 1
        return 0
    wanted = [args.out / f"pointb-{n}.png" for n in PNG_SIZES]
    wanted += [args.out / "pointb.ico", args.out / "pointb.icns"]
    if args.if_missing and all(p.is_file() for p in wanted):
        print("icons present; nothing to do")
        return 0
    for path in write_all(args.out):
        print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
