"""Settlement: captured money is paid out later; settled vs not yet settled.

The checkout spec: `settlement_status` (NOT_SETTLED | PENDING_SETTLEMENT |
PARTIALLY_SETTLED | SETTLED, "Overall settlement status after the events"), the
SETTLEMENT event, and `events[].settlements` (TransactionSettlementsRead: payouts with
`settlement_id`, `provider_reference`, `event_correlation_id`, `amount`, `capture`,
`refund`, `fee`).
"""

from __future__ import annotations

import asyncio
import time

import httpx

from app.dintero import ClientConfig, DinteroClient, Ledger, RefundRequest, SettlementStatus
from app.dintero.ledger import Operation
from app.dintero.payloads import CaptureRequest
from app.sandbox import EmbeddedSandbox, SandboxConfig


def _api(sandbox: EmbeddedSandbox) -> httpx.Client:
    return httpx.Client(
        base_url=sandbox.base_url, headers={"Authorization": f"Bearer {sandbox.token()}"}
    )


def test_sandbox_settles_captured_money_on_request(sandbox: EmbeddedSandbox) -> None:
    sandbox.set_settlement_delay(None)
    tx_id = sandbox.create_authorized_transaction(amount=10_000)["id"]
    assert sandbox.get_transaction(tx_id)["settlement_status"] == "NOT_SETTLED"
    with _api(sandbox) as api:
        captured = api.post(f"/v1/transactions/{tx_id}/capture", json={"amount": 6_000}).json()
        assert captured["settlement_status"] == "PENDING_SETTLEMENT"
        capture_event = captured["events"][-1]
        settled = sandbox.settle(tx_id)
        assert settled["settlement_status"] == "SETTLED"
        event = settled["events"][-1]
        assert event["event"] == "SETTLEMENT"
        [payout] = event["settlements"]["events"]
        assert payout["event_correlation_id"] == capture_event["id"]
        assert (payout["amount"], payout["capture"]) == (6_000, 6_000)
        assert event["settlements"]["settlement_status"] == "SETTLED"
        # Captured later: part of the money is settled, part is not.
        again = api.post(f"/v1/transactions/{tx_id}/capture", json={"amount": 4_000}).json()
        assert again["settlement_status"] == "PARTIALLY_SETTLED"


def test_sandbox_settles_by_itself_after_its_delay() -> None:
    with EmbeddedSandbox(SandboxConfig(settlement_delay_s=0.05)) as quick:
        tx_id = quick.create_authorized_transaction(amount=5_000, outcome="captured")["id"]
        deadline = time.monotonic() + 5
        while quick.get_transaction(tx_id)["settlement_status"] != "SETTLED":
            assert time.monotonic() < deadline, "the money was never settled"
            time.sleep(0.02)


def test_client_tells_settled_from_not_yet_settled(
    sandbox: EmbeddedSandbox, client_config: ClientConfig
) -> None:
    sandbox.set_settlement_delay(None)
    tx_id = sandbox.create_authorized_transaction(amount=10_000)["id"]

    async def main() -> None:
        async with DinteroClient(client_config) as client:
            fresh = Ledger(await client.get_transaction(tx_id)).settlement
            assert fresh.status is SettlementStatus.NOT_SETTLED
            assert fresh.settled is False
            await client.move(Operation.CAPTURE, tx_id, CaptureRequest(amount=10_000))
            pending = Ledger(await client.get_transaction(tx_id)).settlement
            assert pending.status is SettlementStatus.PENDING_SETTLEMENT
            assert pending.unsettled == 10_000
            sandbox.settle(tx_id)
            paid = Ledger(await client.get_transaction(tx_id)).settlement
            assert paid.settled is True
            assert (paid.settled_captured, paid.paid_out, paid.unsettled) == (10_000, 10_000, 0)
            await client.move(Operation.REFUND, tx_id, RefundRequest(amount=2_500))
            refunded = Ledger(await client.get_transaction(tx_id)).settlement
            assert refunded.status is SettlementStatus.PARTIALLY_SETTLED
            sandbox.settle(tx_id)
            net = Ledger(await client.get_transaction(tx_id)).settlement
            assert (net.settled_refunded, net.paid_out, net.unsettled) == (2_500, 7_500, 0)

    asyncio.run(main())
