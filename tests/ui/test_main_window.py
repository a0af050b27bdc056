"""The app shell: account switcher, environment marker, clean switching, screenshot mode."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from app.accounts.memory_keyring import MemoryKeyring
from app.desk.services import AppServices
from app.sandbox import EmbeddedSandbox
from app.ui.accounts_dialog import AccountsDialog
from app.ui.links.page import LinksPage
from app.ui.main_window import MainWindow, window_title
from app.ui.transactions.capture_dialog import CaptureDialog
from app.ui.transactions.confirm_dialog import ConfirmDialog
from app.ui.transactions.page import TransactionsPage
from tests.ui.conftest import RunAsync
from tests.ui.shop_support import services_with_both_shops

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def services(
    tmp_path: Path, memory_keyring: MemoryKeyring, sandbox: EmbeddedSandbox
) -> AppServices:
    return services_with_both_shops(tmp_path, sandbox)


@pytest.fixture
def window(
    qtbot: QtBot, qloop: object, services: AppServices, run_async: RunAsync
) -> Iterator[MainWindow]:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    window.start_loading()
    qtbot.waitUntil(lambda: window.context is not None, timeout=10_000)
    qtbot.waitUntil(lambda: window.connection_label.text().startswith("●"), timeout=5000)
    qtbot.waitUntil(lambda: window.sections_built, timeout=5000)
    yield window
    run_async(window.aclose())


def switch_with_shortcut(window: MainWindow, number: int) -> None:
    action = window.accounts_menu.actions()[number - 1]
    assert action.shortcut().toString() == f"Ctrl+{number}"
    action.trigger()


def test_title_marker_and_production_band(
    qtbot: QtBot, window: MainWindow, screenshot_dir: Path
) -> None:
    assert window.context is not None
    assert window.windowTitle() == window_title("Test shop (T12345678)")
    assert not window.banner.is_production
    assert window.banner.text().startswith("TEST account")
    assert isinstance(window.pages[0], LinksPage)
    window.grab().save(str(screenshot_dir / "main_window_test.png"))

    switch_with_shortcut(window, 2)
    qtbot.waitUntil(
        lambda: window.context is not None and window.context.account.account_id == "P12345678",
        timeout=5000,
    )
    # The same band under a fresh name: the switch changed it where a type checker cannot see,
    # so it would keep the "not production" it learnt above.
    band = window.banner
    assert band.is_production
    assert band.property("production") is True
    assert band.text().startswith("PRODUCTION")
    assert "PRODUCTION" in window.windowTitle()
    assert "Live shop (P12345678)" in window.windowTitle()
    links = window.pages[0]
    assert isinstance(links, LinksPage)
    assert "sends the link by SMS" in links.form.sms_note.text()
    qtbot.waitUntil(lambda: window.connection_label.text().startswith("●"), timeout=5000)
    window.grab().save(str(screenshot_dir / "main_window_production.png"))


def test_switching_account_cancels_old_work_and_closes_its_client(
    qtbot: QtBot, window: MainWindow
) -> None:
    old = window.context
    assert old is not None
    slow = old.tasks.start("slow", asyncio.sleep(30))
    assert slow is not None
    switch_with_shortcut(window, 2)
    qtbot.waitUntil(lambda: old.closed and slow.done(), timeout=5000)
    assert slow.cancelled()
    qtbot.waitUntil(lambda: old.client.closed, timeout=5000)
    qtbot.waitUntil(lambda: window.context is not None and window.context is not old, timeout=5000)


def test_account_changes_take_effect_without_restart(
    qtbot: QtBot, window: MainWindow, sandbox: EmbeddedSandbox
) -> None:
    window.open_accounts_dialog()
    dialog = window.findChild(AccountsDialog)
    assert isinstance(dialog, AccountsDialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=5000)
    dialog.new_account()
    dialog.form.name.setText("Second test shop")
    dialog.form.account_id.setText("T12345678")
    dialog.form.client_id.setText("another-client")
    dialog.form.secret.setText("whatever")
    dialog.form.base_url.setText(sandbox.base_url)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: len(window.accounts) == 3, timeout=5000)
    names = [a.text() for a in window.accounts_menu.actions() if a.text()]
    assert any("Second test shop" in name for name in names)
    dialog.close()


def test_no_account_clears_the_pages(qtbot: QtBot, window: MainWindow) -> None:
    window.switch_account(None)
    links = window.pages[0]
    assert isinstance(links, LinksPage)
    assert links.context is None
    assert not links.splitter.isEnabled()
    assert window.windowTitle() == window_title()
    assert window.banner.text().startswith("No account")


def test_demo_screenshot_writes_a_png(tmp_path: Path) -> None:
    target = tmp_path / "shot.png"
    temp = tmp_path / "temp"
    temp.mkdir()
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        TMPDIR=str(temp),
        XDG_STATE_HOME=str(tmp_path / "state"),
    )
    result = subprocess.run(
        [sys.executable, "-m", "app", "--demo", "--screenshot", str(target)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert target.stat().st_size > 10_000
    assert list(temp.iterdir()) == []  # the demo's folder is gone
    # The log opened before Qt; the version header followed the first paint.
    log = (tmp_path / "state" / "Paydesk" / "log" / "paydesk-demo.log").read_text("utf-8")
    assert log.index("Paydesk starting") < log.index("Version: ")


def test_ctrl_number_keys_switch_accounts(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: window.context is not None and window.context.account.account_id == "P12345678",
        timeout=5000,
    )
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: window.context is not None and window.context.account.account_id == "T12345678",
        timeout=5000,
    )
    checked = [a.text() for a in window.accounts_menu.actions() if a.isChecked()]
    assert checked == ["Test shop (T12345678)"]


def test_busy_state_is_visible_while_a_link_is_created(
    qtbot: QtBot, window: MainWindow, sandbox: EmbeddedSandbox
) -> None:
    qtbot.waitUntil(lambda: not window.busy, timeout=5000)
    assert not window.busy_bar.isVisible()
    links = window.pages[0]
    assert isinstance(links, LinksPage)
    links.form.lines.rows[0].description.setText("Kettle")
    links.form.lines.rows[0].price.setText("499")
    sandbox.add_fault(method="POST", path=r"/sessions-profile", kind="latency", latency_ms=400)
    links.form.submit()
    assert window.busy_bar.isVisible()
    assert window.busy_label.text() == "Working…"
    assert not links.form.create_button.isEnabled()
    assert "Creating" in links.form.summary.text()
    qtbot.waitUntil(lambda: links.stack.currentWidget() is links.link_view, timeout=5000)
    # Following the new link goes on in the background: the window is not "busy" for it.
    qtbot.waitUntil(lambda: not window.busy_bar.isVisible(), timeout=5000)
    assert links.tracker.followed


def test_notices_reach_the_status_bar_without_a_tray(qtbot: QtBot, window: MainWindow) -> None:
    links = window.pages[0]
    assert isinstance(links, LinksPage)
    assert not links.notifier.tray_available  # offscreen: no system tray
    window.tabs.setCurrentIndex(1)  # staff are looking at the transactions
    links.notifier.notify("paid", "Link PD-1 paid", "500,00 kr paid by card (AUTHORIZED).")
    assert window.statusBar().currentMessage() == (
        "Link PD-1 paid — 500,00 kr paid by card (AUTHORIZED)."
    )
    assert not links.notifier.history[-1].via_tray


def _money_question(window: MainWindow) -> QMessageBox | None:
    boxes = [b for b in window.findChildren(QMessageBox, "moneyInFlight") if b.isVisible()]
    return boxes[-1] if boxes else None


def _click(box: QMessageBox, text_start: str) -> None:
    button = next(b for b in box.buttons() if b.text().startswith(text_start))
    button.click()


def test_switching_or_quitting_mid_capture_asks_first(
    qtbot: QtBot, window: MainWindow, sandbox: EmbeddedSandbox
) -> None:
    tx = sandbox.create_authorized_transaction(amount=7_000)
    transactions = window.pages[1]
    assert isinstance(transactions, TransactionsPage)
    transactions.refresh()
    qtbot.waitUntil(lambda: transactions.model.index_of(tx["id"]) is not None, timeout=10_000)
    assert transactions.select_transaction(tx["id"])
    qtbot.waitUntil(lambda: transactions.detail.transaction is not None, timeout=10_000)
    # Moves start once the journal is open (a worker thread opens it after the bind).
    qtbot.waitUntil(lambda: transactions.runner is not None, timeout=10_000)
    sandbox.add_fault(method="POST", path=r"/capture$", kind="latency", latency_ms=1500, times=1)
    transactions.open_capture()
    capture = next(d for d in transactions._dialogs if isinstance(d, CaptureDialog))
    continue_button = capture.findChild(QPushButton, "continueButton")
    assert continue_button is not None
    continue_button.click()
    confirm = next(d for d in transactions._dialogs if isinstance(d, ConfirmDialog))
    confirm.confirm_button.click()
    qtbot.waitUntil(window.money_in_flight, timeout=5000)
    old = window.context

    switch_with_shortcut(window, 2)
    qtbot.waitUntil(lambda: _money_question(window) is not None, timeout=5000)
    question = _money_question(window)
    assert question is not None
    assert "not confirmed" in question.windowTitle()
    _click(question, "Keep waiting")
    assert window.context is old  # nothing was cancelled

    window.close()
    qtbot.waitUntil(lambda: _money_question(window) is not None, timeout=5000)
    assert window.isVisible()  # the close was held back
    question = _money_question(window)
    assert question is not None
    _click(question, "Keep waiting")

    # Saving account changes rebinds the window: that asks first too.
    production = next(a for a in window.accounts if a.is_production)
    window.reload_accounts(select_key=production.key)
    qtbot.waitUntil(lambda: _money_question(window) is not None, timeout=5000)
    question = _money_question(window)
    assert question is not None
    assert any(b.text().startswith("Apply the account changes") for b in question.buttons())
    _click(question, "Keep waiting")
    assert window.context is old

    # The capture settles by itself; then switching needs no question.
    qtbot.waitUntil(lambda: not window.money_in_flight(), timeout=15_000)
    captures = [e for e in sandbox.get_transaction(tx["id"])["events"] if e["event"] == "CAPTURE"]
    assert [e["amount"] for e in captures] == [7_000]
    switch_with_shortcut(window, 2)
    qtbot.waitUntil(
        lambda: window.context is not None and window.context.account.account_id == "P12345678",
        timeout=5000,
    )
    assert _money_question(window) is None


def test_open_transaction_from_a_paid_link_shows_it_on_the_transactions_page(
    qtbot: QtBot, window: MainWindow, sandbox: EmbeddedSandbox
) -> None:
    tx = sandbox.create_authorized_transaction(amount=4_500)
    assert window.links_page is not None
    assert window.transactions_page is not None
    window.links_page.open_transaction_requested.emit(tx["id"])
    assert window.tabs.currentWidget() is window.transactions_page
    detail = window.transactions_page.detail
    qtbot.waitUntil(
        lambda: detail.transaction is not None and detail.transaction.id == tx["id"],
        timeout=5000,
    )


def test_an_old_accounts_notice_is_cleared_on_switch(qtbot: QtBot, window: MainWindow) -> None:
    window.statusBar().showMessage("Payment received — PD-1 (Test shop)", 120_000)
    switch_with_shortcut(window, 2)
    assert window.statusBar().currentMessage() == ""
