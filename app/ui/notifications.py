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
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
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
    transaction_id: str | None = None
    """The payment a "paid" notice is about: clicking the notice opens it."""


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
    #: Notification: staff clicked the desktop's balloon of the latest one
    message_clicked = Signal(object)

    def __init__(self, parent: QObject | None = None, tray_factory: TrayFactory = system_tray):
        super().__init__(parent)
        self.history: list[Notification] = []
        self._tray_factory = tray_factory
        self._tray: QSystemTrayIcon | TrayLike | None = None
        self._tray_checked = False
        self._latest: Notification | None = None

    @property
    def tray_available(self) -> bool:
        return self._tray_icon() is not None

    def notify(
        self, kind: str, title: str, message: str, *, transaction_id: str | None = None
    ) -> Notification:
        tray = self._tray_icon()
        if tray is not None:
            icon = (
                QSystemTrayIcon.MessageIcon.Warning
                if kind == "failed"
                else QSystemTrayIcon.MessageIcon.Information
            )
            tray.showMessage(title, message, icon, 10_000)
        notification = Notification(
            kind, title, message, via_tray=tray is not None, transaction_id=transaction_id
        )
        self.history.append(notification)
        self.requested.emit(notification)
        self._latest = notification
        return notification

    def _tray_icon(self) -> QSystemTrayIcon | TrayLike | None:
        if not self._tray_checked:
            self._tray_checked = True
            self._tray = self._tray_factory(self)
            if isinstance(self._tray, QSystemTrayIcon):
                self._tray.messageClicked.connect(self._balloon_clicked)
        return self._tray

    def _balloon_clicked(self) -> None:
        if self._latest is not None:
            self.message_clicked.emit(self._latest)


class NoticeBar(QFrame):
    """The in-window notice: the latest notification, in colour, until staff close it.

    The main window shows it above every section, so a link paid while staff work on
    Transactions is seen there too; a "paid" notice opens its payment when clicked
    (``open_transaction_requested``).
    """

    open_transaction_requested = Signal(str)

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
        self.open_button = QPushButton(self.tr("Open &payment"), self)
        self.open_button.setObjectName("noticeOpenTransaction")
        self.open_button.setToolTip(self.tr("Show this payment on the Transactions page"))
        self.open_button.clicked.connect(self._open_clicked)
        self.open_button.hide()
        layout.addWidget(self.open_button)
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setAccessibleName(self.tr("Dismiss notice"))
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.hide)
        layout.addWidget(self.close_button)
        self.kind = ""
        self.transaction_id: str | None = None
        self.hide()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """A click anywhere on a paid notice opens its payment."""
        if event.button() == Qt.MouseButton.LeftButton and self.transaction_id:
            self._open_clicked()
        super().mouseReleaseEvent(event)

    def _open_clicked(self) -> None:
        if self.transaction_id:
            self.open_transaction_requested.emit(self.transaction_id)

    def show_notification(self, notification: Notification) -> None:
        self.kind = notification.kind
        self.transaction_id = notification.transaction_id
        self.open_button.setVisible(bool(notification.transaction_id))
        clickable = Qt.CursorShape.PointingHandCursor
        if notification.transaction_id:
            self.setCursor(clickable)
        else:
            self.unsetCursor()
        style.apply(self, _TONES.get(notification.kind, Tone.INFO), Look.PANEL)
        title, message = escape(notification.title), escape(notification.message)
        self.text.setText(
            self.tr("<b>{title}</b> — {message}").format(title=title, message=message)
        )
        self.show()
