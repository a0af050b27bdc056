"""Paydesk's icon for the windows and the tray, from the PNGs made by packaging/make_icons.py."""

from __future__ import annotations

import functools
from pathlib import Path

from PySide6.QtGui import QIcon

__all__ = ["ICON_FOLDER", "app_icon"]

ICON_FOLDER = Path(__file__).resolve().parent / "icons"


@functools.cache
def app_icon() -> QIcon:
    """Every size in one icon, so each place (title bar, task bar, tray) gets a sharp one."""
    icon = QIcon()
    for path in sorted(ICON_FOLDER.glob("paydesk-*.png")):
        icon.addFile(str(path))
    return icon
