"""QR codes for payment links, so a customer at the counter can scan instead of typing."""

from __future__ import annotations

import io

import segno
from PySide6.QtGui import QPixmap

__all__ = ["qr_pixmap"]


def qr_pixmap(text: str, scale: int = 4) -> QPixmap:
    """The QR code of ``text`` as a pixmap (medium error correction, quiet zone of 2)."""
    buffer = io.BytesIO()
    segno.make(text, error="m").save(buffer, kind="png", scale=scale, border=2)
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap
