"""SOURCE_DATE_EPOCH makes two exports of the same workshop byte-identical."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.demo import demo_data
from app.export.pdf import PageSetup, export_boards_pdf, export_report_pdf


@pytest.mark.parametrize("kind", ["report", "boards"])
def test_source_date_epoch_gives_identical_files(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch,
                                                 kind: str) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # 2023-11-14 22:13:20 UTC
    data = demo_data("ru")
    first, second = tmp_path / "first.pdf", tmp_path / "second.pdf"
    export = export_report_pdf if kind == "report" else export_boards_pdf
    export(data, first, setup=PageSetup("A4"))
    time.sleep(1.1)  # a clock-based timestamp would differ now
    export(data, second, setup=PageSetup("A4"))
    assert first.read_bytes() == second.read_bytes()
    assert "20231114221320" in str(PdfReader(first).metadata["/CreationDate"])
