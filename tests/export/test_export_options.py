"""Export options from the command line: PNG per board, the report refused as PNG, bad
values answered in one line."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from app import interchange
from app.demo import demo_data, write_demo
from tests.cli.test_cli import assert_error, pointb


def test_png_all_writes_one_image_per_board(tmp_path: Path) -> None:
    data = demo_data("en")
    out = tmp_path / "boards.png"
    summary = interchange.export_data(data, out, board="all", dpi=20)
    written = sorted(tmp_path.glob("boards-*.png"))
    assert len(written) == len(data.boards) > 1
    assert not out.exists()
    for index in range(1, len(data.boards) + 1):
        path = tmp_path / f"boards-{index}.png"
        assert str(path) in summary
        with Image.open(path) as image:
            assert image.size[0] > 0
    # The images differ: each is its own board.
    assert len({path.read_bytes() for path in written}) == len(written)


def test_png_of_one_board_keeps_the_name(tmp_path: Path) -> None:
    data = demo_data("en")
    out = tmp_path / "one.png"
    interchange.export_data(data, out, board=data.boards[0].title, dpi=20)
    assert out.exists()
    assert not list(tmp_path.glob("one-*.png"))


def test_png_report_is_refused(tmp_path: Path) -> None:
    with pytest.raises(interchange.InterchangeError, match="--board report"):
        interchange.export_data(demo_data("en"), tmp_path / "r.png", board="report")
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize("suffix", [".png", ".pdf"])
def test_a_bad_dpi_is_one_line_and_exit_2(tmp_path: Path, suffix: str) -> None:
    source = tmp_path / "demo.pointb"
    write_demo(source)
    out = tmp_path / f"out{suffix}"
    line = assert_error(pointb("export", source, "--to", out, "--dpi", "2000"), "--dpi", "2000")
    assert "unexpected" not in line
    assert not out.exists()
