"""Helpers for the transactions-desk tests: a real page on a real account context."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from app.accounts.models import Account
from app.accounts.secrets import SecretStore
from app.accounts.store import AccountStore
from app.desk.money_moves import MoveReport
from app.desk.services import AppServices
from app.dintero import ClientConfig, DinteroClient
from app.sandbox import DEFAULT_ACCOUNTS, EmbeddedSandbox
from app.ui.context import AccountContext
from app.ui.errors import ErrorPresenter
from app.ui.transactions.confirm_dialog import ConfirmDialog
from app.ui.transactions.move_dialog import MoveDialog
from app.ui.transactions.page import TransactionsPage
from app.ui.transactions.void_dialog import VoidDialog

# Order lines as the sandbox takes them in JSON (values of several types, read as such).
SHIRT: dict[str, Any] = {
    "id": "SKU-1",
    "line_id": "1",
    "description": "T-shirt",
    "quantity": 2,
    "amount": 40000,
    "vat": 25,
    "vat_amount": 8000,
}
MUG: dict[str, Any] = {
    "id": "SKU-2",
    "line_id": "2",
    "description": "Mug",
    "quantity": 1,
    "amount": 15000,
    "vat": 25,
    "vat_amount": 3000,
}
SHIPPING: dict[str, Any] = {
    "id": "posten",
    "line_id": "shipping",
    "amount": 9900,
    "title": "Posten",
    "operator": "Posten",
    "vat": 25,
    "vat_amount": 1980,
}


@dataclass
class Desk:
    page: TransactionsPage
    context: AccountContext
    errors: ErrorPresenter
    services: AppServices


def make_services(tmp_path: Path, threshold: int = 100_000) -> AppServices:
    return AppServices(
        accounts=AccountStore(tmp_path / "accounts.json"),
        secrets=SecretStore(),
        data_dir=tmp_path,
        operator="tester",
        production_confirm_threshold=threshold,
    )


def make_context(
    sandbox: EmbeddedSandbox,
    services: AppServices,
    errors: ErrorPresenter,
    *,
    production: bool = False,
    orders_api: bool = False,
) -> AccountContext:
    sandbox_account = DEFAULT_ACCOUNTS[1 if production else 0]
    account = Account(
        name="Prod shop" if production else "Test shop",
        account_id=sandbox_account.account_id,
        client_id=sandbox_account.client_id,
        base_url=sandbox.base_url,
        orders_api_enabled=orders_api,
    )
    config = ClientConfig.single_host(
        sandbox.base_url,
        sandbox_account.account_id,
        sandbox_account.client_id,
        sandbox_account.client_secret,
        settle_timeout_s=1.5,
        settle_interval_s=0.1,
        completion_poll_s=0.1,
        retry_initial_s=0.05,
        retry_max_s=0.2,
    )
    return AccountContext(account, DinteroClient(config), services, errors)


def open_desk(
    qtbot: QtBot,
    sandbox: EmbeddedSandbox,
    tmp_path: Path,
    *,
    production: bool = False,
    threshold: int = 100_000,
    orders_api: bool = False,
) -> Desk:
    services = make_services(tmp_path, threshold)
    host = QWidget()
    qtbot.addWidget(host)
    errors = ErrorPresenter(host)
    page = TransactionsPage(services, errors, host)
    host.resize(1280, 800)
    page.resize(1280, 800)
    host.show()
    context = make_context(sandbox, services, errors, production=production, orders_api=orders_api)
    page.bind(context)
    qtbot.waitUntil(lambda: page.runner is not None and not page.model.loading, timeout=10_000)
    return Desk(page, context, errors, services)


def wait_for(qtbot: QtBot, condition: Callable[[], Any], timeout: int = 10_000) -> None:
    qtbot.waitUntil(lambda: bool(condition()), timeout=timeout)


def successful(events: list[dict[str, Any]], name: str) -> list[dict[str, Any]]:
    return [e for e in events if e["event"] == name and e.get("success") is True]


def select(qtbot: QtBot, desk: Desk, tx_id: str) -> None:
    wait_for(qtbot, lambda: desk.page.model.index_of(tx_id) is not None)
    assert desk.page.select_transaction(tx_id)
    wait_for(
        qtbot,
        lambda: (
            desk.page.detail.transaction is not None and desk.page.detail.transaction.id == tx_id
        ),
    )


def last_dialog(desk: Desk, kind: type[Any]) -> Any:
    dialogs = [d for d in desk.page._dialogs if isinstance(d, kind)]
    assert dialogs, f"no {kind.__name__} open"
    return dialogs[-1]


def confirm_and_wait(qtbot: QtBot, desk: Desk) -> MoveReport:
    confirm = last_dialog(desk, ConfirmDialog)
    assert confirm.confirm_button.isEnabled()
    runner = desk.page.runner
    assert runner is not None
    with qtbot.waitSignal(runner.finished, timeout=15_000) as finished:
        confirm.confirm_button.click()
    report = finished.args[0]
    assert isinstance(report, MoveReport)
    return report


def press_continue(dialog: MoveDialog | VoidDialog) -> None:
    button = dialog.findChild(QPushButton, "continueButton")
    assert button is not None
    assert button.isEnabled(), getattr(dialog, "problem", lambda: "")()
    button.click()
