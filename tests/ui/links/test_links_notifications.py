"""What staff see when a link is paid or an attempt fails: tray balloon and/or the window.

The desktop notification service is the one part that cannot be real here (offscreen
Qt has no system tray), so the tray branch uses a stand-in tray icon that records what it
was asked to show; the window branch is the real offscreen one.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QSystemTrayIcon, QWidget
from pytestqt.qtbot import QtBot

from app.ui.notifications import NoticeBar, Notifier, TrayLike


class RecordingTray(TrayLike):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.shown: list[tuple[str, str, QSystemTrayIcon.MessageIcon]] = []

    def showMessage(
        self, title: str, message: str, icon: QSystemTrayIcon.MessageIcon, msecs: int
    ) -> None:
        self.shown.append((title, message, icon))


def test_with_a_tray_the_desktop_and_the_window_both_show_it(qtbot: QtBot) -> None:
    trays: list[RecordingTray] = []

    def factory(parent: QObject) -> RecordingTray:
        trays.append(RecordingTray(parent))
        return trays[-1]

    notifier = Notifier(tray_factory=factory)
    bar = NoticeBar()
    qtbot.addWidget(bar)
    bar.show()
    notifier.requested.connect(bar.show_notification)
    assert notifier.tray_available
    notifier.notify("failed", "Payment attempt failed — PD-7", "Payment attempt declined")
    notifier.notify("paid", "Link PD-7 paid", "1 299,00 kr paid by card (AUTHORIZED).")
    [tray] = trays  # one icon, made once
    assert tray.shown == [
        (
            "Payment attempt failed — PD-7",
            "Payment attempt declined",
            QSystemTrayIcon.MessageIcon.Warning,
        ),
        (
            "Link PD-7 paid",
            "1 299,00 kr paid by card (AUTHORIZED).",
            QSystemTrayIcon.MessageIcon.Information,
        ),
    ]
    assert all(n.via_tray for n in notifier.history)
    assert bar.isVisible()
    assert bar.kind == "paid"
    assert "Link PD-7 paid" in bar.text.text()


def test_without_a_tray_the_window_notice_is_what_staff_see(qtbot: QtBot) -> None:
    notifier = Notifier()  # the real tray lookup: none on the offscreen platform
    window = QWidget()
    qtbot.addWidget(window)
    bar = NoticeBar(window)
    window.show()
    assert not bar.isVisible()  # nothing to say yet
    notifier.requested.connect(bar.show_notification)
    assert not notifier.tray_available
    notifier.notify("failed", "Payment attempt failed — PD-8", "Payment attempt <declined> & gone")
    assert not notifier.history[-1].via_tray
    assert bar.isVisible()
    assert bar.kind == "failed"
    assert "&lt;declined&gt; &amp; gone" in bar.text.text()  # shown as text, not markup
    bar.close_button.click()
    assert not bar.isVisible()
