"""Render the PDF pictures of the docs (docs/img/pdf-*.png) from the demo workshop.

`make screenshots` runs this: the English demo's report at A3 landscape, rasterised with
pdfium (a test dependency), 1200 pixels wide.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import pypdfium2
from pypdf import PdfReader

from app.demo import demo_data
from app.domain import flow
from app.domain.model import BoardKind
from app.export.pdf import PageSetup, export_report_pdf

WIDTH_PX = 1200


def main(folder: Path) -> None:
    data = demo_data("en")
    kinds = [b.kind for b in flow.report_order(data) if flow.board_used(data, b)]
    targets = {  # picture: its line on the contents page (None: the cover)
        "pdf-report-cover.png": None,
        "pdf-capture-board.png": kinds.index(BoardKind.CAPTURE),
        "pdf-prioritise.png": kinds.index(BoardKind.PRIORITISE),
    }
    with tempfile.TemporaryDirectory() as temp:
        out = Path(temp) / "report.pdf"
        export_report_pdf(data, out, PageSetup("A3"))
        reader = PdfReader(out)
        page_of = {p.indirect_reference.idnum: i for i, p in enumerate(reader.pages)}
        links = [page_of[a.get_object()["/Dest"][0].idnum] for a in reader.pages[1]["/Annots"]]
        document = pypdfium2.PdfDocument(str(out))
        try:
            for name, key in targets.items():
                index = 0 if key is None else links[key]
                page = document[index]
                scale = WIDTH_PX / page.get_width()
                page.render(scale=scale).to_pil().convert("RGB").save(folder / name)
                print(folder / name)
        finally:
            document.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/img"))
