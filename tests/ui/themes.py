"""Light and dark application palettes for tests that look at colours.

The dark one is the usual dark Fusion palette that Qt applications set by hand; the
light one is Fusion's own. ``theme`` switches the application to one of them and
reinstalls the style sheet, and puts the previous palette back afterwards.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from app.ui import style


def light_palette() -> QPalette:
    fusion = QStyleFactory.create("Fusion")
    assert fusion is not None
    return fusion.standardPalette()


def dark_palette() -> QPalette:
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    palette = QPalette()
    for each, value in (
        (role.Window, "#353535"),
        (role.WindowText, "#ffffff"),
        (role.Base, "#232323"),
        (role.AlternateBase, "#2c2c2c"),
        (role.ToolTipBase, "#191919"),
        (role.ToolTipText, "#ffffff"),
        (role.Text, "#ffffff"),
        (role.PlaceholderText, "#9a9a9a"),
        (role.Button, "#353535"),
        (role.ButtonText, "#ffffff"),
        (role.BrightText, "#ff5555"),
        (role.Light, "#4a4a4a"),
        (role.Midlight, "#3f3f3f"),
        (role.Mid, "#2b2b2b"),
        (role.Dark, "#1e1e1e"),
        (role.Shadow, "#141414"),
        (role.Link, "#5aa9ff"),
        (role.Highlight, "#2a82da"),
        (role.HighlightedText, "#ffffff"),
    ):
        palette.setColor(each, QColor(value))
    for each in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(group.Disabled, each, QColor("#808080"))
    return palette


PALETTES = {"light": light_palette, "dark": dark_palette}


@contextmanager
def theme(name: str) -> Iterator[QPalette]:
    """The application in the ``light`` or ``dark`` palette, with the style to match."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.palette()
    palette = PALETTES[name]()
    app.setPalette(palette)
    style.install(app)
    try:
        yield palette
    finally:
        app.setPalette(before)
        style.install(app)
