"""The client tells when Dintero will capture a transaction by itself (auto_capture).

Dintero's AutoCaptureConfiguration: captured "automatically after the transaction has
been AUTHORIZED", retried "for 48 hours", and "manual capture of a transaction that is
pending auto-capture will stop the auto-capture process".
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest

from app.dintero import CaptureRequest, ClientConfig, DinteroClient, Ledger
from app.dintero.ledger import Operation
from app.sandbox import EmbeddedSandbox, SandboxControlError
from tests.unit.money_support import LINES


def _auto_captured_payment(sandbox: EmbeddedSandbox) -> str:
    sandbox.set_auto_capture(delay_s=None)
    session = sandbox.create_session(
        {
            "profile_id": "default",
            "url": {"return_url": "https://shop.example.com/return"},
            "order": {
                "amount": 89900 + 29800,
                "currency": "NOK",
                "merchant_reference": "auto-1",
                "items": LINES,
            },
            "configuration": {"auto_capture": True},
        }
    )
    return str(sandbox.pay(session["id"])["id"])


def test_the_detail_read_says_dintero_will_capture(
    sandbox: EmbeddedSandbox, client_config: ClientConfig
) -> None:
    tx_id = _auto_captured_payment(sandbox)

    async def main() -> None:
        async with DinteroClient(client_config) as client:
            plain = await client.get_transaction(tx_id)
            assert Ledger(plain).auto_capture_pending() is None  # the session was not read
            detail = await client.get_transaction_detail(tx_id)
            ledger = Ledger(detail)
            assert ledger.auto_capture_pending() is True
            later = datetime.now(UTC) + timedelta(hours=49)
            assert ledger.auto_capture_pending(later) is False  # retries end after 48 h
            sandbox.run_auto_capture(tx_id)
            captured = await client.get_transaction_detail(tx_id)
            assert str(captured.status) == "CAPTURED"
            assert Ledger(captured).auto_capture_pending() is False

    asyncio.run(main())


def test_a_manual_capture_stops_it(sandbox: EmbeddedSandbox, client_config: ClientConfig) -> None:
    tx_id = _auto_captured_payment(sandbox)

    async def main() -> None:
        async with DinteroClient(client_config) as client:
            outcome = await client.move(Operation.CAPTURE, tx_id, CaptureRequest(amount=29800))
            assert outcome.succeeded
            detail = await client.get_transaction_detail(tx_id)
            assert Ledger(detail).auto_capture_pending() is False

    asyncio.run(main())
    with pytest.raises(SandboxControlError, match="not waiting for an auto-capture"):
        sandbox.run_auto_capture(tx_id)


def test_no_auto_capture_without_the_setting(
    sandbox: EmbeddedSandbox, client_config: ClientConfig
) -> None:
    tx_id = sandbox.create_authorized_transaction(amount=5_000)["id"]

    async def main() -> None:
        async with DinteroClient(client_config) as client:
            detail = await client.get_transaction_detail(tx_id)
            assert Ledger(detail).auto_capture_pending() is False

    asyncio.run(main())
