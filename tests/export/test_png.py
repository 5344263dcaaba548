from __future__ import annotations

import os
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageStat

from app.export.pdf import ExportError
from app.export.png import export_board_png, render_board_image
from tests.export.sample import sample_workshop, small_board

GOLDEN = Path(__file__).parent / "golden" / "small_board.png"
GOLDEN_DPI = 30
# Allowed difference from the golden image: mean absolute difference per channel (0-255),
# and the share of pixels that differ strongly (by more than 64 in grey). Measured on
# this 496 x 351 image: a note moved by 60 board units costs a mean of 4.4, a team colour
# change 2.1; a removed vote dot 0.21 % strong pixels, a changed source tag 0.27 %.
# Anti-aliasing differences between Pillow/FreeType builds stay well below both. (Note
# text itself is checked by the PDF text-extraction tests, not by pixels.)
GOLDEN_MEAN_TOLERANCE = 1.0
GOLDEN_STRONG_PIXEL_TOLERANCE = 0.15  # percent


@pytest.mark.parametrize(("page", "landscape", "dpi", "size"), [
    ("A3", True, 150, (2480, 1754)),
    ("A3", False, 150, (1754, 2480)),
    ("A4", False, 100, (827, 1169)),
    ("A4", True, 72, (842, 595)),
])
def test_png_size_follows_page_and_dpi(tmp_path: Path, page: str, landscape: bool, dpi: int,
                                       size: tuple[int, int]) -> None:
    out = tmp_path / "board.png"
    result = export_board_png(sample_workshop(), 1, out, dpi=dpi, page=page,
                              landscape=landscape)
    assert result.pages == 1
    with Image.open(out) as image:
        assert image.size == size
        assert image.format == "PNG"
        assert image.info["dpi"] == pytest.approx((dpi, dpi), abs=0.05)  # pixels per metre


def test_png_defaults_are_a3_landscape_150_dpi(tmp_path: Path) -> None:
    out = tmp_path / "default.png"
    export_board_png(small_board(), 1, out)
    with Image.open(out) as image:
        assert image.size == (2480, 1754)


def test_png_errors_name_the_file_and_write_nothing(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match=r"x\.png"):
        export_board_png(small_board(), 42, tmp_path / "x.png")
    with pytest.raises(ExportError, match="dpi"):
        export_board_png(small_board(), 1, tmp_path / "x.png", dpi=5000)
    with pytest.raises(ExportError, match="page size"):
        export_board_png(small_board(), 1, tmp_path / "x.png", page="B7")
    assert list(tmp_path.iterdir()) == []


def test_png_draws_notes_in_their_colours() -> None:
    image, _ = render_board_image(small_board(), 1, dpi=40)
    colours = {colour for _, colour in image.getcolors(maxcolors=1 << 16) or []}
    assert (244, 143, 177) in colours  # team "Red" note
    assert (129, 212, 250) in colours  # team "Sky" note
    assert (255, 245, 157) in colours  # the default yellow of the team-less note


def test_png_handles_hostile_text(tmp_path: Path) -> None:
    data = small_board()
    data.notes[0].text = '<img src="/etc/passwd"/> 👍🏽 \x00 ' + "Ж" * 10_000
    export_board_png(data, 1, tmp_path / "hostile.png", dpi=50)
    assert (tmp_path / "hostile.png").stat().st_size > 0


def test_golden_small_board() -> None:
    image, _ = render_board_image(small_board(), 1, dpi=GOLDEN_DPI)
    if os.environ.get("POINTB_UPDATE_GOLDEN") == "1":
        image.save(GOLDEN)  # regenerate deliberately, then look at it before committing
    with Image.open(GOLDEN) as golden:
        assert golden.size == image.size
        difference = ImageChops.difference(golden.convert("RGB"), image)
    mean = sum(ImageStat.Stat(difference).mean) / 3
    strong = difference.convert("L").point(lambda value: 255 if value > 64 else 0)
    strong_percent = ImageStat.Stat(strong).mean[0] / 255 * 100
    assert mean <= GOLDEN_MEAN_TOLERANCE, f"mean pixel difference {mean:.2f}"
    assert strong_percent <= GOLDEN_STRONG_PIXEL_TOLERANCE, (
        f"{strong_percent:.2f} % of pixels differ strongly")
