"""Windows that open no larger than the screen they open on, and wholly on it.

A dialog with a fixed size (the audit journal asked for 1,400 px) opened half off a
1024×768 desk, with its Close and Export buttons out of reach. ``fit_to_screen`` takes
the size a window would like and shrinks it to the available area of the screen the
window is on (without the task bar), then moves it inside that area.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

__all__ = ["fit_to_screen"]

#: Room left around the window for its frame and a glimpse of the desk behind it.
_MARGIN = 24


def _available_area(widget: QWidget) -> QRect:
    """The free area of the screen the window is on (or its parent's, or the primary)."""
    parent = widget.parentWidget()
    screen = widget.screen()
    if parent is not None and parent.window().isVisible():
        screen = parent.window().screen()
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_to_screen(widget: QWidget, preferred: QSize) -> QSize:
    """Size ``widget`` (a top-level window) to ``preferred``, shrunk to fit its screen.

    The window is centred over its parent window when it has one, else on the screen,
    and kept inside the screen's available area. Returns the size given.
    """
    area = _available_area(widget)
    room = QSize(max(area.width() - 2 * _MARGIN, 200), max(area.height() - 2 * _MARGIN, 150))
    size = preferred.boundedTo(room).expandedTo(widget.minimumSizeHint().boundedTo(room))
    widget.resize(size)

    parent = widget.parentWidget()
    anchor = parent.window().frameGeometry() if parent is not None else area
    frame = widget.frameGeometry()
    extra = QSize(frame.width() - widget.width(), frame.height() - widget.height())
    outer = QSize(size.width() + extra.width(), size.height() + extra.height())
    top_left = anchor.center() - QPoint(outer.width() // 2, outer.height() // 2)
    x = min(max(top_left.x(), area.left()), area.right() + 1 - outer.width())
    y = min(max(top_left.y(), area.top()), area.bottom() + 1 - outer.height())
    widget.move(max(x, area.left()), max(y, area.top()))
    return size
