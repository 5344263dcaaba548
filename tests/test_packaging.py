"""The frozen bundle's data list (packaging/bundle_data.py, read by packaging/pointb.spec)
carries every bundled font and licence; `make package` itself is not part of the tests."""

from __future__ import annotations

import sys
from pathlib import Path

from app import about

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "packaging"))

import bundle_data  # noqa: E402
import test_frozen  # noqa: E402


def test_every_bundled_font_and_licence_goes_into_the_bundle() -> None:
    inside = {f"{folder}/{Path(source).name}" for source, folder in bundle_data.data_files(ROOT)}
    wanted = test_frozen.bundled_font_files()
    # The frozen test checks these very files in a built bundle, and they are all listed.
    assert len(wanted) == sum(len(f.files) + 1 for f in about.BUNDLED_FONTS)
    assert set(wanted) <= inside
    for name in wanted:
        assert (ROOT / name).is_file(), name
    assert "resources/fonts/NotoEmoji-subset.ttf" in wanted
    assert "resources/fonts/Symbola-symbols.ttf" in wanted
    assert "resources/fonts/NotoSansDevanagari-Bold.ttf" in wanted


def test_the_spec_reads_its_data_list_from_bundle_data() -> None:
    spec = (ROOT / "packaging" / "pointb.spec").read_text(encoding="utf-8")
    assert "from bundle_data import data_files" in spec
    assert "datas = data_files(ROOT)" in spec
