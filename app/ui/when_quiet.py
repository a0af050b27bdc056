"""Run something once a window has painted all it had pending.

For work that may wait but should not delay what staff are about to see. Data that just
arrived reaches the screen over a few update requests (a view lays out its rows, then
paints them), and Qt spaces them by its frame interval (a few milliseconds); neither a
zero-timer nor the event loop's first idle moment waits for all of them. A window that
has asked for no update for ``QUIET_MS`` has shown everything.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

__all__ = ["QUIET_MS", "when_quiet"]

QUIET_MS = 50
"""Longer than any frame interval: no update request in this long means none is due."""


class _WhenQuiet(QObject):
    """Restarts its timer at each of the window's update requests; runs when it fires."""

    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)  # gone with the window, and ``then`` with it
        self._then = then
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(QUIET_MS)
        self._timer.timeout.connect(self._run)
        window.installEventFilter(self)
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.UpdateRequest:
            self._timer.start()  # a paint is going on: wait again
        return False

    def _run(self) -> None:
        parent = self.parent()
        if parent is not None:
            parent.removeEventFilter(self)
        self.deleteLater()
        self._then()


def when_quiet(window: QWidget, then: Callable[[], None]) -> None:
    """Call ``then`` once ``window`` has gone ``QUIET_MS`` without an update request."""
    _WhenQuiet(window, then)
