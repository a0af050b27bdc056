"""Paydesk's own small icon set (``icons/set``): status pills and the main actions.

Each SVG is drawn in ``currentColor``. The icon engine paints it when Qt asks, in the
colour of its tone (a pill) or of the button text (an action) in the palette in use at
that moment, so one file serves light and dark and follows a change of theme.
"""

from __future__ import annotations

import functools
from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize
from PySide6.QtGui import QGuiApplication, QIcon, QIconEngine, QImage, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from app.desk.status_pills import PILL_TONES, Pill
from app.ui import style
from app.ui.style import Tone

__all__ = ["ACTIONS", "ICON_SET", "action_icon", "icon", "pill_icon", "svg_text"]

ICON_SET = Path(__file__).resolve().parent / "icons" / "set"
#: The action symbols the set has (besides one per ``Pill``).
ACTIONS = ("add", "copy", "open", "refresh", "send", "capture", "refund", "void", "export")


@functools.cache
def svg_text(name: str) -> str:
    """The SVG source of one symbol of the set."""
    return (ICON_SET / f"{name}.svg").read_text(encoding="utf-8")


class _TintedSvg(QIconEngine):
    """Paints one symbol in the tone's colour, or the button text colour, at paint time."""

    def __init__(self, name: str, tone: Tone | None) -> None:
        super().__init__()
        self.name = name
        self.tone = tone

    def colour_name(self, mode: QIcon.Mode) -> str:
        palette = QGuiApplication.palette()
        if mode == QIcon.Mode.Selected:  # on the selection's highlight, like its text
            return palette.color(QPalette.ColorRole.HighlightedText).name()
        if self.tone is not None and mode != QIcon.Mode.Disabled:
            return style.colour(self.tone).name()
        group = (
            QPalette.ColorGroup.Disabled
            if mode == QIcon.Mode.Disabled
            else QPalette.ColorGroup.Active
        )
        return palette.color(group, QPalette.ColorRole.ButtonText).name()

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        source = svg_text(self.name).replace("currentColor", self.colour_name(mode))
        renderer = QSvgRenderer(QByteArray(source.encode("utf-8")))
        renderer.render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(0)  # transparent
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint(painter, QRect(0, 0, size.width(), size.height()), mode, state)
        painter.end()
        return QPixmap.fromImage(image)

    def clone(self) -> QIconEngine:
        return _TintedSvg(self.name, self.tone)


def icon(name: str, tone: Tone | None = None) -> QIcon:
    """A symbol of the set, in ``tone``'s colour or else the button text colour."""
    if not (ICON_SET / f"{name}.svg").is_file():
        raise KeyError(f"No icon {name!r} in the icon set")
    return QIcon(_TintedSvg(name, tone))


def pill_icon(pill: Pill) -> QIcon:
    """A status pill's symbol in its tone."""
    return icon(str(pill), PILL_TONES[pill])


def action_icon(name: str) -> QIcon:
    """An action's symbol, drawn like the button's text."""
    return icon(name)
