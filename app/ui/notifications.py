"""Desktop notifications (system tray balloons) for what staff wait for: a link paid, a
payment attempt failed.

Every request is kept in ``history`` and emitted as ``requested`` before it goes to the
tray, so tests can check what would have been shown even where no tray exists (the
offscreen platform, some Linux desktops).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QStyle, QSystemTrayIcon

__all__ = ["Notification", "Notifier"]


@dataclass(frozen=True)
class Notification:
    """What was asked to be shown. ``kind`` is ``paid`` or ``failed``."""

    kind: str
    title: str
    message: str


class Notifier(QObject):
    """Shows notifications through one tray icon created on first use."""

    requested = Signal(object)  # Notification

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.history: list[Notification] = []
        self._tray: QSystemTrayIcon | None = None

    @property
    def tray_available(self) -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable() and QSystemTrayIcon.supportsMessages()

    def notify(self, kind: str, title: str, message: str) -> Notification:
        notification = Notification(kind, title, message)
        self.history.append(notification)
        self.requested.emit(notification)
        tray = self._tray_icon()
        if tray is not None:
            icon = (
                QSystemTrayIcon.MessageIcon.Warning
                if kind == "failed"
                else QSystemTrayIcon.MessageIcon.Information
            )
            tray.showMessage(title, message, icon, 10_000)
        return notification

    def _tray_icon(self) -> QSystemTrayIcon | None:
        if self._tray is None and self.tray_available:
            app = QApplication.instance()
            style = app.style() if isinstance(app, QApplication) else None
            tray = QSystemTrayIcon(self)
            if style is not None:
                tray.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton))
            tray.setToolTip("Paydesk")
            tray.show()
            self._tray = tray
        return self._tray
