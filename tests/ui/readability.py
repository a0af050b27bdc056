"""WCAG 2.x contrast, and a check that every label on a window is readable where it is drawn."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from app.ui.style import SWATCHES, Look, Tone, scheme_of

#: WCAG 2.x level AA for normal-size text.
MINIMUM = 4.5
_FILLED = {str(Look.PANEL), str(Look.BADGE), str(Look.BANNER)}


def luminance(colour: QColor | str) -> float:
    """Relative luminance: sRGB channels linearised, weighted 0.2126 / 0.7152 / 0.0722."""
    colour = QColor(colour)

    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(colour.red())
        + 0.7152 * linear(colour.green())
        + 0.0722 * linear(colour.blue())
    )


def contrast(a: QColor | str, b: QColor | str) -> float:
    """(lighter + 0.05) / (darker + 0.05), from 1 to 21."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def background_of(widget: QWidget) -> QColor:
    """The fill behind a widget's text: its own or an ancestor's toned fill, else the window."""
    scheme = scheme_of()
    each: QWidget | None = widget
    while each is not None:
        tone = each.property("tone")
        if tone and each.property("look") in _FILLED:
            return QColor(SWATCHES[scheme][Tone(tone)].background)
        each = each.parentWidget()
    return QApplication.palette().color(QPalette.ColorRole.Window)


def unreadable_labels(root: QWidget) -> list[str]:
    """Every visible, enabled label under ``root`` whose text colour is below ``MINIMUM``."""
    problems = []
    for label in [root, *root.findChildren(QLabel)]:
        if not isinstance(label, QLabel) or not label.isVisible() or not label.isEnabled():
            continue
        if not label.text():
            continue
        fg = label.palette().color(QPalette.ColorGroup.Active, label.foregroundRole())
        bg = background_of(label)
        ratio = contrast(fg, bg)
        if ratio < MINIMUM:
            problems.append(
                f"{label.objectName() or label.text()[:40]!r}: {fg.name()} on {bg.name()}"
                f" = {ratio:.2f}"
            )
    return problems
