"""Tab order set in one call per window, so it survives widgets that come and go.

Qt appends a new widget at the end of the window's focus chain: a line added to a form
after its buttons would be reached only after the tab bar. A window lists its controls
in reading order once and calls ``chain`` again whenever that list changes.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QAbstractItemView, QWidget

__all__ = ["chain", "tab_leaves_tables"]


def chain(widgets: Iterable[QWidget | None]) -> None:
    """Make Tab visit ``widgets`` in this order (``None`` entries are skipped)."""
    previous: QWidget | None = None
    for widget in widgets:
        if widget is None:
            continue
        if previous is not None:
            QWidget.setTabOrder(previous, widget)
        previous = widget


def tab_leaves_tables(root: QWidget) -> None:
    """Tab moves on from every table and list under ``root``: arrows move between cells."""
    for view in root.findChildren(QAbstractItemView):
        view.setTabKeyNavigation(False)
