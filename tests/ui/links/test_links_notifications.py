"""What staff see when a link is paid or an attempt fails: tray balloon and/or the window.

The desktop notification service is the one part that cannot be real here (offscreen
Qt has no system tray), so the tray branch uses a stand-in tray icon that records what it
was asked to show; the window branch is the real offscreen one. The notice belongs to the
account it is about: it is cleared when the account changes.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QSystemTrayIcon, QWidget
from pytestqt.qtbot import QtBot

from app.sandbox import EmbeddedSandbox
from app.ui.errors import ErrorPresenter
from app.ui.notifications import NoticeBar, Notifier, TrayLike
from tests.ui.conftest import RunAsync
from tests.ui.links.support import Desk, make_context


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


def test_notices_are_cleared_on_request_and_on_account_switch(
    desk: Desk, sandbox: EmbeddedSandbox, errors: ErrorPresenter, run_async: RunAsync
) -> None:
    page = desk.page
    desk.fill_line(0, "Gift card", "1", "250", "0")
    session_id = desk.create()
    desk.wait_state("open")
    sandbox.pay(session_id, outcome="authorized")
    desk.wait_state("paid")
    assert page.notice.isVisible()
    page.clear_notices()  # what the main window calls
    assert not page.notice.isVisible()

    page.notifier.notify("paid", "Link PD-1 paid", "250,00 kr paid by card (AUTHORIZED).")
    page.bind(desk.context)  # the same account again: its notice stays
    assert page.notice.isVisible()
    other = make_context(sandbox, page.services, errors, key="othershop", name="Other shop")
    try:
        page.bind(other)  # another account: the old account's notice goes
        assert not page.notice.isVisible()
        page.notifier.notify("failed", "Payment attempt failed — PD-2", "declined")
        page.bind(None)
        assert not page.notice.isVisible()
    finally:
        page.bind(None)
        run_async(other.aclose())
