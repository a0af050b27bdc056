"""Notifications for what staff wait for: a link paid, a payment attempt failed.

They go to the desktop (a system tray balloon) when the desktop offers one, and always to
the window too: a notice bar on the page (``NoticeBar``) that stays until dismissed, and a
status-bar message from the main window. Without a tray (the offscreen platform, some
Linux desktops, a locked-down Windows) the window is where staff see them, so it must
never depend on the tray.

Every request is kept in ``history`` and emitted as ``requested``, so tests can check
what the user was told in both branches.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSystemTrayIcon,
    QToolButton,
    QWidget,
)

from app.ui import style
from app.ui.app_icon import app_icon
from app.ui.style import Look, Tone

__all__ = ["NoticeBar", "Notification", "Notifier", "TrayLike"]

_TONES = {"paid": Tone.SUCCESS, "failed": Tone.ERROR}


@dataclass(frozen=True)
class Notification:
    """What was shown. ``kind`` is ``paid`` or ``failed``; ``via_tray`` says whether the
    desktop showed it too (otherwise only the window did)."""

    kind: str
    title: str
    message: str
    via_tray: bool = False


class TrayLike(QObject):
    """What the notifier needs from a tray icon (``QSystemTrayIcon`` has it)."""

    def showMessage(
        self, title: str, message: str, icon: QSystemTrayIcon.MessageIcon, msecs: int
    ) -> None:
        raise NotImplementedError


#: Makes the tray icon on first use; returns None when the desktop has no tray.
TrayFactory = Callable[[QObject], "QSystemTrayIcon | TrayLike | None"]


def system_tray(parent: QObject) -> QSystemTrayIcon | None:
    """The real tray icon, or None where the desktop offers none."""
    if not (QSystemTrayIcon.isSystemTrayAvailable() and QSystemTrayIcon.supportsMessages()):
        return None
    tray = QSystemTrayIcon(app_icon(), parent)
    tray.setToolTip(QCoreApplication.translate("Notifications", "Paydesk"))
    tray.show()
    return tray


class Notifier(QObject):
    """Shows notifications through one tray icon created on first use, and the window."""

    requested = Signal(object)  # Notification

    def __init__(self, parent: QObject | None = None, tray_factory: TrayFactory = system_tray):
        super().__init__(parent)
        self.history: list[Notification] = []
        self._tray_factory = tray_factory
        self._tray: QSystemTrayIcon | TrayLike | None = None
        self._tray_checked = False

    @property
    def tray_available(self) -> bool:
        return self._tray_icon() is not None

    def notify(self, kind: str, title: str, message: str) -> Notification:
        tray = self._tray_icon()
        if tray is not None:
            icon = (
                QSystemTrayIcon.MessageIcon.Warning
                if kind == "failed"
                else QSystemTrayIcon.MessageIcon.Information
            )
            tray.showMessage(title, message, icon, 10_000)
        notification = Notification(kind, title, message, via_tray=tray is not None)
        self.history.append(notification)
        self.requested.emit(notification)
        return notification

    def _tray_icon(self) -> QSystemTrayIcon | TrayLike | None:
        if not self._tray_checked:
            self._tray_checked = True
            self._tray = self._tray_factory(self)
        return self._tray


class NoticeBar(QFrame):
    """The in-window notice: the latest notification, in colour, until staff close it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        self.text = QLabel(self)
        self.text.setObjectName("noticeText")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.text, 1)
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setAccessibleName(self.tr("Dismiss notice"))
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.hide)
        layout.addWidget(self.close_button)
        self.kind = ""
        self.hide()

    def show_notification(self, notification: Notification) -> None:
        self.kind = notification.kind
        style.apply(self, _TONES.get(notification.kind, Tone.INFO), Look.PANEL)
        title, message = escape(notification.title), escape(notification.message)
        self.text.setText(
            self.tr("<b>{title}</b> — {message}").format(title=title, message=message)
        )
        self.show()
