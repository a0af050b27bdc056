"""Text that people or customers typed, shown as text: never as markup, never unbounded.

A QLabel guesses whether its text is rich text, so a description such as ``<b>`` or
``<rustfri>`` would be drawn as markup (or vanish as an unknown tag). Labels built
here are plain text; text put inside a label's own markup goes through ``escaped``.
Long text is cut with "…" (the whole text in the tooltip), so one long reference
cannot widen a window past the screen.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

__all__ = ["ElidedLabel", "escaped", "plain_label", "shorten"]

ELLIPSIS = "…"


def escaped(text: str) -> str:
    """``text`` made safe to put inside rich text (``<``, ``>``, ``&`` and quotes)."""
    return html.escape(text, quote=True)


def shorten(text: str, limit: int) -> str:
    """At most ``limit`` characters: the start and the end kept, "…" in the middle.

    References end in what tells them apart (a counter, random letters), so the middle
    is what goes.
    """
    if len(text) <= limit:
        return text
    keep = max(limit - 1, 2)
    head = (keep + 1) // 2
    return text[:head] + ELLIPSIS + text[len(text) - (keep - head) :]


def plain_label(text: str, parent: QWidget | None = None, *, elide_at: int | None = None) -> QLabel:
    """A plain-text label; cut to ``elide_at`` characters with the whole text as tooltip."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    shown = shorten(text, elide_at) if elide_at is not None else text
    label.setText(shown)
    if shown != text:
        label.setToolTip(text)
    return label


class ElidedLabel(QLabel):
    """One line of plain text, cut with "…" to the width it gets; whole in the tooltip.

    Its minimum width is a few characters, so a long text never sets how narrow the
    window may become; its preferred width is the whole text.
    """

    def __init__(
        self,
        text: str = "",
        parent: QWidget | None = None,
        mode: Qt.TextElideMode = Qt.TextElideMode.ElideMiddle,
    ) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._mode = mode
        self._full = ""
        self.set_full_text(text)

    def full_text(self) -> str:
        return self._full

    def set_full_text(self, text: str) -> None:
        self._full = text
        self._elide()
        self.updateGeometry()

    def is_elided(self) -> bool:
        return self.text() != self._full

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        margins = self.contentsMargins()
        width = metrics.horizontalAdvance(self._full) + margins.left() + margins.right() + 4
        return QSize(width, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        width = self.fontMetrics().horizontalAdvance("MMMM" + ELLIPSIS)
        return QSize(width, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        margins = self.contentsMargins()
        room = max(self.width() - margins.left() - margins.right(), 0)
        shown = self.fontMetrics().elidedText(self._full, self._mode, room)
        if shown != self.text():
            super().setText(shown)
        self.setToolTip(self._full if shown != self._full else "")
