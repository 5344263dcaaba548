"""The join address as a QR code (segno, pure Python): PNG for screens and prints."""

from __future__ import annotations

import io

import segno


def qr_png(text: str, scale: int = 10) -> bytes:
    """A black-on-white PNG of `text`, with the quiet zone a phone camera needs."""
    code = segno.make(text, error="m", micro=False)
    out = io.BytesIO()
    code.save(out, kind="png", scale=scale, border=4, dark="#000000", light="#ffffff")
    return out.getvalue()
