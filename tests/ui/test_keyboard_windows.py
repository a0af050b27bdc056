"""The main window and its dialogs by keyboard: focus starts in the first description,
Tab leaves the transactions table, no Alt+letter serves two controls in one window, and
every control Tab reaches has a name a screen reader says."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.accounts.memory_keyring import MemoryKeyring
from app.desk.services import AppServices
from app.sandbox import EmbeddedSandbox
from app.ui.accounts_dialog import AccountsDialog
from app.ui.errors import ErrorPresenter
from app.ui.main_window import MainWindow
from app.ui.preferences_dialog import PreferencesDialog
from app.ui.transactions.confirm_dialog import Confirmation, ConfirmDialog
from app.ui.transactions.page import TransactionsPage
from tests.ui.conftest import RunAsync
from tests.ui.keyboard import (
    first_tab_stop,
    focus_into,
    mnemonics,
    names,
    repeated_mnemonics,
    spoken_name,
    tab_cycle,
)
from tests.ui.links.support import make_services
from tests.unit.money_support import authorized


@pytest.fixture
def services(
    tmp_path: Path, memory_keyring: MemoryKeyring, sandbox: EmbeddedSandbox
) -> AppServices:
    from tests.ui.shop_support import services_with_both_shops

    return services_with_both_shops(tmp_path, sandbox)


@pytest.fixture
def window(
    qtbot: QtBot, qloop: object, services: AppServices, run_async: RunAsync
) -> Iterator[MainWindow]:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.activateWindow()
    window.start_loading()
    try:
        qtbot.waitUntil(lambda: window.context is not None and window.sections_built)
        yield window
    finally:
        run_async(window.aclose())


def test_focus_starts_in_the_first_description(window: MainWindow, qtbot: QtBot) -> None:
    links = window.links_page
    assert links is not None
    first = links.form.lines.rows[0].description
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first, timeout=3000)


def test_no_shortcut_letter_serves_two_controls_on_the_links_page(window: MainWindow) -> None:
    links = window.links_page
    assert links is not None
    links.form.lines.shipping_enabled.setChecked(True)
    assert repeated_mnemonics(window) == {}
    used = mnemonics(window)
    # The letters that used to serve two controls each now serve one.
    assert used["t"] == ["&Transactions"]
    assert used["s"] == ["&Shipping"]
    assert used["a"] == ["&Accounts"]
    assert used["c"] == ["&Create link"]
    assert used["l"] == ["Payment &links"]


def test_transactions_tab_leaves_the_table_and_every_control_has_a_name(
    window: MainWindow, qtbot: QtBot, sandbox: EmbeddedSandbox
) -> None:
    authorized(sandbox)
    page = window.transactions_page
    assert isinstance(page, TransactionsPage)
    window.tabs.setCurrentWidget(page)
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    page.view.selectRow(0)
    qtbot.waitUntil(lambda: page.detail.capture_button.isEnabled(), timeout=10_000)
    # "Capture selected" waits for the money-move runner, made once the journal has
    # opened in a worker thread (slow under load: this walk once ran before it).
    qtbot.waitUntil(lambda: page.bulk_action.isEnabled(), timeout=10_000)
    focus_into(qtbot, page.view)
    qtbot.keyClick(page.view, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not page.view
    order = names(tab_cycle(qtbot, page.filter_bar.search))
    assert order == TRANSACTIONS_ORDER
    assert repeated_mnemonics(window) == {}


TRANSACTIONS_ORDER = [
    "Search transactions",
    "Transactions",
    "Transaction summary",
    "Payment link session",
    "Capture…",
    "Void…",
    "Receipt…",
    "Transaction details",
    "Order lines",
    "Filter by status",
    "Created",
    "Amount from",
    "Amount to",
    "Currency",
    "Payment product",
    "Refresh",
    "Copy id",
    "Copy reference",
    "Capture selected",
    "Export CSV",
    "Audit journal",
    "Customer",
    "Sections",
]


DIALOG_ORDERS: dict[type[AccountsDialog | PreferencesDialog], list[str]] = {
    AccountsDialog: [
        "Accounts",
        "New account",
        "Account name",
        "Account id",
        "Client id",
        "Client secret",
        "Checkout profile id",
        "Default currency",
        "Return URL",
        "Callback URL",
        "Base URL",
        "Orders API",
        "Shop name on receipts",
        "Organisation number",
        "Test connection",
        "Save",
        "Close",
    ],
    PreferencesDialog: [
        "Operator name",
        "Desk name",
        "This computer only",
        "Production confirmation threshold",
        "Language",
        "Save",
        "Cancel",
    ],
}


@pytest.mark.parametrize("kind", list(DIALOG_ORDERS))
def test_dialogs_have_a_tab_order_unique_shortcuts_and_named_controls(
    qtbot: QtBot,
    qloop: object,
    tmp_path: Path,
    memory_keyring: MemoryKeyring,
    kind: type[AccountsDialog | PreferencesDialog],
) -> None:
    dialog = kind(make_services(tmp_path), ErrorPresenter())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert repeated_mnemonics(dialog) == {}
    order = tab_cycle(qtbot, first_tab_stop(dialog))
    assert names(order) == DIALOG_ORDERS[kind]
    for control in order:
        assert spoken_name(control), f"{type(control).__name__} {control.objectName()!r}"


@pytest.mark.parametrize("production", [False, True])
def test_the_money_move_confirmation_by_keyboard(qtbot: QtBot, production: bool) -> None:
    dialog = ConfirmDialog(
        Confirmation(
            "Refund", "Shop", "P12345678", production, "P12345678.55Eh", 250_000, "NOK", "Full"
        ),
        threshold=100_000,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert repeated_mnemonics(dialog) == {}
    order = tab_cycle(qtbot, first_tab_stop(dialog))
    for control in order:
        assert spoken_name(control), f"{type(control).__name__} {control.objectName()!r}"
    if production:
        assert names(order)[0] == spoken_name(dialog.typed)
