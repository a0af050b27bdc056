"""Orders API on, in the whole window: a link made on the form pays a new order, the
payment's authorization is recorded on it when the link is seen paid, and the link view
and the transaction detail show the order id.

The order shapes are those of Dintero's Orders API reference (draft with integer
``line_id``, ``gross_amount`` and ``tax_lines``; records with ``items`` and
``payment_details.payment_id``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from app.accounts.memory_keyring import MemoryKeyring
from app.desk.services import AppServices
from app.sandbox import EmbeddedSandbox
from app.ui.links.page import LinksPage
from app.ui.main_window import MainWindow
from app.ui.transactions.page import TransactionsPage
from tests.ui.conftest import RunAsync
from tests.ui.shop_support import services_with_both_shops

RECORDED = "Recorded on order"


@pytest.fixture
def window(
    qtbot: QtBot,
    qloop: object,
    tmp_path: Path,
    memory_keyring: MemoryKeyring,
    sandbox: EmbeddedSandbox,
    run_async: RunAsync,
) -> Iterator[MainWindow]:
    services: AppServices = services_with_both_shops(tmp_path, sandbox)
    test_shop = next(a for a in services.accounts.load() if not a.is_production)
    services.accounts.update(replace(test_shop, orders_api_enabled=True))
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.start_loading()
    qtbot.waitUntil(lambda: window.context is not None and window.sections_built, timeout=10_000)
    assert window.context is not None
    assert window.context.account.orders_api_enabled
    yield window
    run_async(window.aclose())


def _pages(window: MainWindow) -> tuple[LinksPage, TransactionsPage]:
    links, transactions = window.links_page, window.transactions_page
    assert links is not None
    assert transactions is not None
    links.tracker.initial_interval_s = 0.05
    links.tracker.max_interval_s = 0.2
    return links, transactions


def _create(qtbot: QtBot, links: LinksPage, reference: str | None = None) -> str:
    """Fill the form (a kettle and shipping) and create the link; returns the session id."""
    form = links.form
    row = form.lines.rows[0]
    row.description.setText("Kettle")
    row.quantity.setText("2")
    row.price.setText("499")
    row.vat.setText("25")
    form.lines.shipping_enabled.setChecked(True)
    form.lines.shipping_title.setText("Posten")
    form.lines.shipping_price.setText("99")
    form.lines.shipping_vat.setText("25")
    if reference is not None:
        form.reference.setText(reference)
    form.submit()
    qtbot.waitUntil(
        lambda: links.stack.currentWidget() is links.link_view or bool(links.errors.history),
        timeout=10_000,
    )
    assert links.errors.history == []
    record = links.link_view.record
    assert record is not None
    return record.session_id


def _items(record: dict[str, Any]) -> list[tuple[int, int]]:
    return sorted((int(i["line_id"]), int(i["amount"])) for i in record["items"])


def test_a_link_pays_a_new_order_and_its_authorization_is_recorded(
    qtbot: QtBot, window: MainWindow, sandbox: EmbeddedSandbox, screenshot_dir: Path
) -> None:
    links, transactions = _pages(window)
    typed = links.form.reference.text()
    session_id = _create(qtbot, links)
    record = links.link_view.record
    assert record is not None
    order_id = record.merchant_reference
    assert order_id != typed
    assert len(order_id) == 9
    view = links.link_view
    assert view.order_id.isVisible()
    assert view.order_id.text() == order_id
    assert view.title.text().startswith(order_id)
    order = sandbox.get_order(order_id)
    assert [(i["line_id"], i["gross_amount"]) for i in order["items"]] == [
        (1, 99_800),
        (2, 9_900),
    ]
    qtbot.wait(50)
    assert window.grab().save(str(screenshot_dir / "orders_link_view.png"))

    tx_id = str(sandbox.pay(session_id)["id"])
    qtbot.waitUntil(lambda: len(sandbox.get_order(order_id)["authorizations"]) == 1, timeout=10_000)
    [authorization] = sandbox.get_order(order_id)["authorizations"]
    assert authorization["payment_details"]["payment_id"] == tx_id
    assert _items(authorization) == [(1, 99_800), (2, 9_900)]

    qtbot.waitUntil(lambda: view.transaction_button.isVisible(), timeout=10_000)
    view.transaction_button.click()
    detail = transactions.detail
    qtbot.waitUntil(
        lambda: detail.transaction is not None and detail.transaction.id == tx_id, timeout=10_000
    )
    assert detail.order_value.isVisible()
    assert detail.order_value.text() == order_id
    assert not detail.reference_value.isVisible()  # the same id, shown once
    qtbot.waitUntil(lambda: RECORDED in detail.order_label.text(), timeout=10_000)
    assert not detail.retry_order.isVisible()
    qtbot.wait(50)
    assert window.grab().save(str(screenshot_dir / "orders_transaction_detail.png"))


def test_a_failed_authorization_record_is_shown_and_retried_from_the_detail(
    qtbot: QtBot, window: MainWindow, sandbox: EmbeddedSandbox, screenshot_dir: Path
) -> None:
    links, transactions = _pages(window)
    sandbox.add_fault(
        method="POST",
        path=r"/shopping/orders/.*/authorizations",
        kind="status",
        status=500,
        times=1,
    )
    session_id = _create(qtbot, links)
    record = links.link_view.record
    assert record is not None
    order_id = record.merchant_reference
    tx_id = str(sandbox.pay(session_id)["id"])
    view = links.link_view
    qtbot.waitUntil(lambda: view.transaction_button.isVisible(), timeout=10_000)
    view.transaction_button.click()
    detail = transactions.detail
    qtbot.waitUntil(lambda: detail.retry_order.isVisible(), timeout=10_000)
    assert "authorized, but recording the authorization" in detail.order_label.text()
    assert order_id in detail.order_label.text()
    assert sandbox.get_order(order_id)["authorizations"] == []
    qtbot.wait(50)
    assert window.grab().save(str(screenshot_dir / "orders_authorization_failed.png"))

    detail.retry_order.click()
    qtbot.waitUntil(lambda: RECORDED in detail.order_label.text(), timeout=10_000)
    assert not detail.retry_order.isVisible()
    [authorization] = sandbox.get_order(order_id)["authorizations"]
    assert authorization["payment_details"]["payment_id"] == tx_id
    assert sandbox.get_transaction(tx_id)["status"] == "AUTHORIZED"


def test_an_order_id_typed_as_the_reference_gets_its_authorization(
    qtbot: QtBot, window: MainWindow, sandbox: EmbeddedSandbox, run_async: RunAsync
) -> None:
    """An order made elsewhere: its id typed on the form; no second order is made."""
    links, _transactions = _pages(window)
    assert window.context is not None
    client = window.context.client
    from app.dintero import OrderLine, TaxLine

    async def make_order() -> str:
        lines = [
            OrderLine(
                line_id=1,
                gross_amount=99_800,
                quantity=2,
                description="Kettle",
                tax_lines=(TaxLine(amount=19_960, percentage=25),),
            ),
            OrderLine(
                line_id=2,
                gross_amount=9_900,
                description="Posten",
                tax_lines=(TaxLine(amount=1_980, percentage=25),),
            ),
        ]
        draft = await client.create_draft_order("NOK", lines)
        return (await client.complete_draft_order(draft.id)).order_id

    order_id = run_async(make_order())
    session_id = _create(qtbot, links, reference=order_id)
    record = links.link_view.record
    assert record is not None
    assert record.merchant_reference == order_id
    drafts = [r for r in sandbox.requests(r"/shopping/draft_orders$") if r["method"] == "POST"]
    assert len(drafts) == 1
    tx_id = str(sandbox.pay(session_id)["id"])
    qtbot.waitUntil(lambda: len(sandbox.get_order(order_id)["authorizations"]) == 1, timeout=10_000)
    [authorization] = sandbox.get_order(order_id)["authorizations"]
    assert authorization["payment_details"]["payment_id"] == tx_id


def test_a_record_still_missing_after_an_account_switch_is_shown_again(
    qtbot: QtBot, window: MainWindow, sandbox: EmbeddedSandbox
) -> None:
    """What the journal says was not recorded is offered again by a fresh page (as after
    a restart), and recorded once."""
    links, transactions = _pages(window)
    sandbox.add_fault(
        method="POST",
        path=r"/shopping/orders/.*/authorizations",
        kind="status",
        status=500,
        times=1,
    )
    session_id = _create(qtbot, links)
    record = links.link_view.record
    assert record is not None
    order_id = record.merchant_reference
    tx_id = str(sandbox.pay(session_id)["id"])
    view = links.link_view
    qtbot.waitUntil(lambda: view.transaction_button.isVisible(), timeout=10_000)
    view.transaction_button.click()
    detail = transactions.detail
    qtbot.waitUntil(lambda: detail.retry_order.isVisible(), timeout=10_000)

    for number in (2, 1):  # away to the live shop and back: a fresh page and runner
        window.accounts_menu.actions()[number - 1].trigger()
        qtbot.waitUntil(lambda: window.context is not None, timeout=10_000)
    assert window.context is not None
    assert window.context.account.orders_api_enabled
    assert not detail.retry_order.isVisible()
    window.open_transaction(tx_id)
    qtbot.waitUntil(lambda: detail.retry_order.isVisible(), timeout=10_000)
    assert detail.order_label.text().startswith(f"Not recorded on order {order_id} yet")
    assert "authorization" in detail.order_label.text()
    detail.retry_order.click()
    qtbot.waitUntil(lambda: RECORDED in detail.order_label.text(), timeout=10_000)
    [authorization] = sandbox.get_order(order_id)["authorizations"]
    assert authorization["payment_details"]["payment_id"] == tx_id


def test_without_the_orders_scope_the_form_says_so_and_sends_nothing(
    qtbot: QtBot, window: MainWindow, sandbox: EmbeddedSandbox
) -> None:
    links, _transactions = _pages(window)
    sandbox.withhold_scopes("admin:shopping")
    form = links.form
    row = form.lines.rows[0]
    row.description.setText("Kettle")
    row.price.setText("499")
    form.submit()
    qtbot.waitUntil(lambda: bool(links.errors.history), timeout=10_000)
    shown = links.errors.history[-1]
    assert shown.expected
    assert shown.message.startswith("No link was created: this API client may not use")
    assert "admin:shopping" in shown.message
    assert "HTTP status: 403" in shown.details
    assert links.stack.currentWidget() is not links.link_view
    assert row.description.text() == "Kettle"  # what was typed is kept for a second try
    posted = [r for r in sandbox.requests(r"/v1/sessions-profile$") if r["method"] == "POST"]
    assert posted == []


def test_a_link_seen_paid_before_the_journal_opened_still_gets_its_authorization(
    qtbot: QtBot, window: MainWindow, sandbox: EmbeddedSandbox
) -> None:
    """A link paid while the desk was closed is seen paid at start, possibly before the
    Transactions page's journal has opened: the record waits for it, it is not dropped."""
    links, _transactions = _pages(window)
    links.payment_authorized.disconnect()  # only the fresh page below hears of it
    session_id = _create(qtbot, links)
    record = links.link_view.record
    assert record is not None
    tx_id = str(sandbox.pay(session_id)["id"])

    fresh = TransactionsPage(window.services, window.errors)
    qtbot.addWidget(fresh)
    fresh.bind(window.context)
    assert fresh.runner is None  # its journal opens in a worker thread
    fresh.record_authorization(tx_id)
    order = record.merchant_reference
    qtbot.waitUntil(lambda: len(sandbox.get_order(order)["authorizations"]) == 1, timeout=10_000)
    [authorization] = sandbox.get_order(order)["authorizations"]
    assert authorization["payment_details"]["payment_id"] == tx_id
