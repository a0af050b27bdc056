"""What a person sees in a label: rich text read through Qt's own document model."""

from __future__ import annotations

from PySide6.QtGui import Qt, QTextDocument
from PySide6.QtWidgets import QLabel, QWidget


def shown(label: QLabel) -> str:
    """The characters a person sees in ``label`` (no-break spaces as plain spaces)."""
    text = label.text()
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and Qt.mightBeRichText(text)
    )
    if rich:
        document = QTextDocument()
        document.setHtml(text)
        text = document.toPlainText()
    return text.replace("\u00a0", " ")


def everything_shown(widget: QWidget) -> str:
    """The text of every visible label in ``widget``, one per line."""
    return "\n".join(shown(label) for label in widget.findChildren(QLabel) if label.isVisible())
