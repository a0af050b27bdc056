"""The detail pane warns when a webshop plugin created the payment, and only then."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from app.dintero import ClientConfig, DinteroClient, SessionRequest
from app.dintero.models import OrderItem
from app.sandbox import EmbeddedSandbox
from app.ui.transactions.plugin_warning import system_of
from tests.ui.conftest import RunAsync
from tests.ui.transactions_support import Desk, open_desk, wait_for


def _woocommerce_client(sandbox: EmbeddedSandbox) -> DinteroClient:
    """A client that introduces itself as the WooCommerce plugin does."""
    config = ClientConfig.single_host(
        sandbox.base_url,
        sandbox.account_id,
        sandbox.client_id,
        sandbox.client_secret,
        system_name="woocommerce",
        system_version="8.2.1",
        plugin_name="Dintero.Checkout.WooCommerce.V2",
        plugin_version="2023.10.02",
    )
    return DinteroClient(config)


async def _create_session(client: DinteroClient, reference: str) -> str:
    created = await client.create_session(
        SessionRequest(
            currency="NOK",
            merchant_reference=reference,
            items=(
                OrderItem(
                    id="sku-1",
                    line_id="1",
                    description="Socks",
                    quantity=1,
                    amount=19_900,
                    vat=25,
                    vat_amount=3_980,
                ),
            ),
            return_url="https://shop.example.com/return",
        )
    )
    return created.id


async def _create_as_woocommerce(sandbox: EmbeddedSandbox, reference: str) -> str:
    async with _woocommerce_client(sandbox) as client:
        return await _create_session(client, reference)


def _show(qtbot: QtBot, desk: Desk, tx_id: str) -> None:
    desk.page.refresh()
    wait_for(qtbot, lambda: desk.page.model.index_of(tx_id) is not None)
    assert desk.page.select_transaction(tx_id)
    detail = desk.page.detail
    wait_for(qtbot, lambda: detail.transaction is not None and detail.transaction.id == tx_id)


def test_plugin_created_payment_warns_and_others_do_not(
    qtbot: QtBot,
    sandbox: EmbeddedSandbox,
    tmp_path: Path,
    run_async: RunAsync,
    screenshot_dir: Path,
) -> None:
    shop_session = run_async(_create_as_woocommerce(sandbox, "wc-1001"))
    shop_tx = sandbox.pay(shop_session)
    desk = open_desk(qtbot, sandbox, tmp_path)
    own_session = run_async(_create_session(desk.context.client, "phone-7"))
    own_tx = sandbox.pay(own_session)
    plain_tx = sandbox.create_authorized_transaction(merchant_reference="no-headers")
    try:
        detail = desk.page.detail

        _show(qtbot, desk, shop_tx["id"])
        assert detail.transaction is not None
        headers = detail.transaction.initiating_system_request_headers
        assert headers["dintero-system-name"] == "woocommerce"
        assert detail.plugin_label.isVisible()
        assert "WooCommerce" in detail.plugin_label.text()
        assert "will not update the order" in detail.plugin_label.text()
        qtbot.wait(50)
        assert (
            desk.page.window().grab().save(str(screenshot_dir / "transactions_plugin_warning.png"))
        )

        # GET transaction leaves these headers out unless `includes` asks for them
        # (checkout spec, transactions_id_get): the detail read must ask.
        reads = sandbox.requests(rf"/v1/transactions/{shop_tx['id']}$")
        assert reads
        assert all(
            "initiating_system_request_headers" in read["query"].get("includes", [])
            for read in reads
        )

        _show(qtbot, desk, own_tx["id"])
        assert detail.transaction is not None
        own_headers = detail.transaction.initiating_system_request_headers
        assert own_headers["dintero-system-plugin-name"] == "paydesk"
        assert system_of(own_headers) is None
        assert not detail.plugin_label.isVisible()

        _show(qtbot, desk, plain_tx["id"])
        assert not detail.plugin_label.isVisible()
        assert detail.plugin_label.text() == ""
    finally:
        run_async(desk.context.aclose())
