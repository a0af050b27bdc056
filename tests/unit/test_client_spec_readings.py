"""Where Dintero's spec is silent or contradicts itself, the client is right either way.

- The event completing a 202 names its INITIATE_* event by `correlation_request_id` (the
  current spec: "The property will be set if the event is an CAPTURE or REFUND of
  correlated INITIATE_CAPTURE or INITIATE_REFUND event") or by `initiate_request_id`
  (the 2020-11 changelog: "The event that completes the operation will include an
  `initiate_request_id` property").
- The status after a final capture or after voiding the rest of a part capture is not
  documented: what can still be captured, refunded or voided is read from the events.
- The `request-id` response header is not in the spec: without it, the deciding event's
  `request_id` is kept.
- `correction` on the newest event ("Correction of the transaction status and event
  after a failed operation") overrides what the events add up to.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from app.dintero import (
    CaptureRequest,
    ClientConfig,
    DinteroClient,
    Ledger,
    Operation,
    OutcomeKind,
    Transaction,
)
from app.sandbox import EmbeddedSandbox
from tests.unit.money_support import authorized


@pytest.mark.parametrize("key", ["correlation_request_id", "initiate_request_id"])
def test_a_202_completes_under_either_name(
    sandbox: EmbeddedSandbox, client_config: ClientConfig, key: str
) -> None:
    tx_id = authorized(sandbox)
    sandbox.add_fault(
        method="POST",
        path=r"/capture$",
        kind="accepted_later",
        times=1,
        complete_after_ms=50,
        completion_key=key,
    )

    async def main() -> None:
        async with DinteroClient(client_config) as client:
            pending = await client.move(Operation.CAPTURE, tx_id, CaptureRequest(amount=40_000))
            assert pending.kind is OutcomeKind.PENDING
            assert pending.event_request_id
            done = await client.wait_for_completion(tx_id, pending.event_request_id, timeout_s=5)
            assert done.kind is OutcomeKind.SUCCEEDED
            assert done.event is not None
            assert getattr(done.event, key) == pending.event_request_id
            assert done.event.completes == pending.event_request_id
            after = Ledger(await client.get_transaction(tx_id))
            assert after.pending == ()
            assert after.captured == 40_000
            # Nothing is pending any more, so the next capture is allowed.
            assert after.permission(Operation.CAPTURE)

    asyncio.run(main())


def test_no_request_id_header_keeps_the_events_request_id(
    sandbox: EmbeddedSandbox, client_config: ClientConfig
) -> None:
    tx_id = authorized(sandbox)
    sandbox.add_fault(method="POST", path=r"/capture$", kind="no_request_id", times=1)

    async def main() -> None:
        async with DinteroClient(client_config) as client:
            outcome = await client.move(Operation.CAPTURE, tx_id, CaptureRequest(amount=10_000))
            assert outcome.succeeded
            assert outcome.event is not None
            assert outcome.request_id == outcome.event.request_id

    asyncio.run(main())
    [capture] = sandbox.requests(r"/capture$")
    assert capture["status"] == 200


def test_a_correction_on_the_newest_event_overrides_the_sums(
    sandbox: EmbeddedSandbox, client_config: ClientConfig
) -> None:
    tx_id = authorized(sandbox)
    correction = {
        "status": "PARTIALLY_CAPTURED",
        "remaining_capture_amount": 0,
        "remaining_refund_amount": 10_000,
        "remaining_void_amount": 0,
    }

    async def main() -> None:
        async with DinteroClient(client_config) as client:
            await client.move(Operation.CAPTURE, tx_id, CaptureRequest(amount=10_000))
            sandbox.add_fault(
                method="POST",
                path=r"/capture$",
                kind="event_failed",
                times=1,
                correction=correction,
            )
            failed = await client.move(Operation.CAPTURE, tx_id, CaptureRequest(amount=20_000))
            assert failed.kind is OutcomeKind.FAILED
            ledger = Ledger(await client.get_transaction(tx_id))
            assert ledger.correction is not None
            assert ledger.authorized - ledger.captured > 0  # what the sums alone would say
            assert ledger.remaining_capturable == 0
            assert ledger.remaining_voidable == 0
            assert ledger.remaining_refundable == 10_000
            assert not ledger.permission(Operation.CAPTURE)
            assert ledger.permission(Operation.REFUND)

    asyncio.run(main())


def test_after_voiding_the_rest_the_sandbox_reading(
    sandbox: EmbeddedSandbox, client_config: ClientConfig
) -> None:
    tx_id = authorized(sandbox, payment_product_type="vipps")

    async def main() -> None:
        async with DinteroClient(client_config) as client:
            await client.move(Operation.CAPTURE, tx_id, CaptureRequest(amount=30_000))
            voided = await client.move(Operation.VOID, tx_id)
            assert voided.succeeded
            ledger = Ledger(await client.get_transaction(tx_id))
            assert (ledger.remaining_capturable, ledger.remaining_voidable) == (0, 0)
            assert ledger.remaining_refundable == 30_000

    asyncio.run(main())


def _transaction(status: str, events: list[dict[str, Any]]) -> Transaction:
    return Transaction.model_validate(
        {
            "id": "T1.reading",
            "status": status,
            "amount": 10_000,
            "currency": "NOK",
            "payment_product_type": "vipps",
            "events": events,
        }
    )


_PART_CAPTURE = {"event": "CAPTURE", "success": True, "amount": 4_000}
_VOID_REST = {"event": "VOID", "success": True, "amount": 6_000}


@pytest.mark.parametrize(
    "status",
    ["CAPTURED", "PARTIALLY_CAPTURED", "AUTHORIZATION_VOIDED"],
)
def test_the_rest_voided_reads_the_same_whatever_the_status_is_called(status: str) -> None:
    ledger = Ledger(_transaction(status, [_PART_CAPTURE, _VOID_REST]))
    assert ledger.remaining_capturable == 0
    assert ledger.remaining_voidable == 0
    assert ledger.remaining_refundable == 4_000
    assert ledger.permission(Operation.REFUND)
    assert not ledger.permission(Operation.CAPTURE)


def test_a_final_capture_leaves_nothing_to_capture() -> None:
    """After `final_capture` (dintero_psp) the status says CAPTURED though less was."""
    ledger = Ledger(_transaction("CAPTURED", [_PART_CAPTURE]))
    assert ledger.remaining_capturable == 0
    assert ledger.remaining_refundable == 4_000
