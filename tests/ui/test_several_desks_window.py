"""The window on the shop's shared database: started from saved preferences (password from
the keyring), another desk's new link appears in the history, and the status bar says
when the database is away and when it is back."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from psycopg.conninfo import conninfo_to_dict, make_conninfo
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from app.accounts.memory_keyring import MemoryKeyring
from app.accounts.models import Account
from app.accounts.preferences import Preferences, PreferencesStore
from app.accounts.secrets import SecretStore
from app.accounts.store import AccountStore
from app.core.vat import OrderLine
from app.desk.services import AppServices
from app.sandbox import EmbeddedSandbox
from app.storage.links import LinkRecord
from app.storage.postgres_db import PostgresServer, keyring_name
from app.ui.links.page import LinksPage
from app.ui.main_window import MainWindow
from tests.desk.several_desks_support import CuttableProxy, SharedDesk, postgres_address
from tests.ui.conftest import RunAsync


def _services(root: Path, sandbox: EmbeddedSandbox, url: str, schema: str) -> AppServices:
    """A desk whose saved preferences point at the shared database (password in the
    keyring), with the sandbox's test account."""
    parts = conninfo_to_dict(url)
    password = str(parts.pop("password"))
    parts["options"] = f"-c search_path={schema}"
    without_password = make_conninfo("", **parts)
    preferences = PreferencesStore(root / "preferences.json")
    preferences.save(
        Preferences(
            "kari", desk_name="Front desk", shared_database=True, database_url=without_password
        )
    )
    services = AppServices(
        accounts=AccountStore(root / "accounts.json"),
        secrets=SecretStore(),
        data_dir=root,
        preferences=preferences,
    )
    services.secrets.set_named(keyring_name(without_password), password)
    account = Account("Test shop", sandbox.account_id, sandbox.client_id, base_url=sandbox.base_url)
    services.accounts.add(account)
    services.secrets.set_secret(account, sandbox.client_secret)
    return services


@pytest.fixture
def proxy(postgres_url: str) -> Iterator[CuttableProxy]:
    proxy = CuttableProxy(postgres_address(postgres_url))
    proxy.restore()
    yield proxy
    proxy.close()


@pytest.fixture
def window(
    qtbot: QtBot,
    qloop: object,
    tmp_path: Path,
    memory_keyring: MemoryKeyring,
    sandbox: EmbeddedSandbox,
    postgres_url: str,
    pg_server: PostgresServer,
    pg_schema: str,
    proxy: CuttableProxy,
    run_async: RunAsync,
) -> Iterator[MainWindow]:
    assert pg_server.ping()  # the test's schema exists
    parts = conninfo_to_dict(postgres_url)
    parts.update(host="127.0.0.1", port=str(proxy.port))
    services = _services(tmp_path, sandbox, make_conninfo("", **parts), pg_schema)
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.start_loading()
    qtbot.waitUntil(lambda: window.context is not None and window.sections_built, timeout=10_000)
    qtbot.waitUntil(lambda: window.database_label.text().startswith("●"), timeout=15_000)
    yield window
    run_async(window.aclose())
    services.stores.close()


def test_another_desk_s_new_link_appears_and_the_status_bar_follows_the_database(
    qtbot: QtBot,
    window: MainWindow,
    postgres_url: str,
    pg_schema: str,
    proxy: CuttableProxy,
    screenshot_dir: Path,
) -> None:
    services = window.services
    assert services.stores.shared is not None  # chosen in the saved preferences
    assert services.desk_name == "Front desk"
    assert "Shared database" in window.database_label.text()
    page = window.pages[0]
    assert isinstance(page, LinksPage)
    assert window.context is not None
    key = window.context.account.key

    other = SharedDesk(postgres_url, pg_schema, name="Back office", operator="ola")
    try:
        now = datetime.now(UTC)
        other.links.add(
            LinkRecord(
                session_id="T12345678.fromtheback",
                account_key=key,
                account_id="T12345678",
                environment="test",
                merchant_reference="PD-BACK-1",
                currency="NOK",
                amount=25_000,
                url="https://checkout.example/T12345678.fromtheback",
                lines=(OrderLine("1", "Rain coat", Decimal(1), 25_000, Decimal(25)),),
                expires_at=now + timedelta(days=1),
                created_at=now,
                updated_at=now,
            )
        )
        qtbot.waitUntil(
            lambda: page.history.model.row_of("T12345678.fromtheback") is not None, timeout=5000
        )
        window.grab().save(str(screenshot_dir / "several_desks_shared_history.png"))

        proxy.cut()  # the database goes away: the desk says so
        qtbot.waitUntil(
            lambda: window.database_label.text().startswith("○ Shared database unreachable"),
            timeout=15_000,
        )
        window.grab().save(str(screenshot_dir / "several_desks_offline.png"))
        proxy.restore()  # and comes back by itself
        qtbot.waitUntil(lambda: window.database_label.text().startswith("●"), timeout=15_000)
    finally:
        other.close()


def test_a_refund_another_desk_is_making_is_refused_in_words_staff_read(
    qtbot: QtBot,
    tmp_path: Path,
    sandbox: EmbeddedSandbox,
    postgres_url: str,
    pg_server: PostgresServer,
    pg_schema: str,
    run_async: RunAsync,
    screenshot_dir: Path,
) -> None:
    """The front desk (another service stack, its own pool) holds the payment's lease
    while this desk's person confirms a refund: nothing is sent, and the error window
    says who is moving it and since when."""
    from PySide6.QtWidgets import QWidget

    from app.desk.money_moves import MOVE_LEASE
    from app.desk.services import SharedDatabase
    from app.storage.leases import LeaseHolder
    from app.ui.errors import ErrorPresenter
    from app.ui.transactions.page import TransactionsPage
    from app.ui.transactions.refund_dialog import RefundDialog
    from tests.ui.transactions_support import (
        Desk,
        confirm_and_wait,
        last_dialog,
        make_context,
        press_continue,
        select,
        wait_for,
    )

    assert pg_server.ping()
    parts = conninfo_to_dict(postgres_url)
    parts["options"] = f"-c search_path={pg_schema}"
    services = AppServices(
        accounts=AccountStore(tmp_path / "accounts.json"),
        secrets=SecretStore(),
        data_dir=tmp_path,
        operator="ola",
        desk_name="Back office",
        shared_database=SharedDatabase(make_conninfo("", **parts)),
    )
    tx_id = sandbox.create_authorized_transaction(amount=30_000, outcome="captured")["id"]
    front = SharedDesk(postgres_url, pg_schema, name="Front desk", operator="kari")
    lease = front.leases.acquire(
        MOVE_LEASE, tx_id, LeaseHolder("Front desk", "kari", "refund 100,00 kr"), 60.0
    )
    host = QWidget()
    qtbot.addWidget(host)
    errors = ErrorPresenter(host)
    page = TransactionsPage(services, errors, host)
    host.resize(1280, 800)
    page.resize(1280, 800)
    host.show()
    context = make_context(sandbox, services, errors)
    try:
        page.bind(context)
        qtbot.waitUntil(lambda: page.runner is not None and not page.model.loading, timeout=10_000)
        desk = Desk(page, context, errors, services)
        select(qtbot, desk, tx_id)
        sandbox.clear_requests()
        page.open_refund()
        refund = last_dialog(desk, RefundDialog)
        refund.by_amount.setChecked(True)
        refund.amount_edit.setText("50,00")
        press_continue(refund)
        with qtbot.waitSignal(errors.shown, timeout=15_000) as shown:
            confirm_button(page).click()
        presented = shown.args[0]
        assert "kari at desk “Front desk”" in presented.message
        assert "since " in presented.message
        assert "Nothing was sent from this desk" in presented.message
        wait_for(qtbot, lambda: errors._box is not None and errors._box.isVisible())
        assert errors._box is not None
        errors._box.grab().save(str(screenshot_dir / "several_desks_refund_refused.png"))
        assert [r for r in sandbox.requests(r"/refund$") if r["method"] == "POST"] == []

        front.leases.release(lease)  # the front desk is done: now it goes through
        errors._box.close()
        page.open_refund()
        refund = last_dialog(desk, RefundDialog)
        refund.by_amount.setChecked(True)
        refund.amount_edit.setText("50,00")
        press_continue(refund)
        report = confirm_and_wait(qtbot, desk)
        assert str(report.outcome) == "succeeded"
        (row,) = services.stores.journal().for_target(tx_id)
        assert (row.operator, row.desk) == ("ola", "Back office")
    finally:
        page.bind(None)
        run_async(context.aclose())
        services.stores.close()
        front.close()


def confirm_button(page: QWidget) -> QPushButton:
    from app.ui.transactions.confirm_dialog import ConfirmDialog

    dialogs = [d for d in page.findChildren(ConfirmDialog) if d.isVisible()]
    assert dialogs, "no confirmation dialog open"
    return dialogs[-1].confirm_button
