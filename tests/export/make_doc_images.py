"""Render the PDF pictures of the docs (docs/img/pdf-*.png) from the demo workshop.

`make screenshots` runs this: the English demo's report at A3 landscape, rasterised with
pdfium (a test dependency), 1200 pixels wide.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import pypdfium2

from app.demo import demo_data
from app.domain.model import BoardKind
from app.export.pdf import PageSetup, export_report_pdf

WIDTH_PX = 1200


def main(folder: Path) -> None:
    data = demo_data("en")
    kinds = [b.kind for b in sorted(data.boards, key=lambda b: b.position)]
    pages = {  # report page index: cover, contents, then one page per board here
        "pdf-report-cover.png": 0,
        "pdf-capture-board.png": 2 + kinds.index(BoardKind.CAPTURE),
        "pdf-prioritise.png": 2 + kinds.index(BoardKind.PRIORITISE),
    }
    with tempfile.TemporaryDirectory() as temp:
        out = Path(temp) / "report.pdf"
        export_report_pdf(data, out, PageSetup("A3"))
        document = pypdfium2.PdfDocument(str(out))
        try:
            for name, index in pages.items():
                page = document[index]
                scale = WIDTH_PX / page.get_width()
                page.render(scale=scale).to_pil().convert("RGB").save(folder / name)
                print(folder / name)
        finally:
            document.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/img"))
