"""Safe money moves against the sandbox, with real faults: never twice, always settled."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from app.core.references import new_operation_reference
from app.dintero import (
    CaptureRequest,
    ClientConfig,
    DinteroClient,
    InvalidRequest,
    LocalValidationError,
    Operation,
    OperationNotAllowed,
    OrderItem,
    OutcomeKind,
    OutcomeUnknown,
    PreparedOperation,
    RefundRequest,
    TransactionStatus,
)
from app.sandbox import EmbeddedSandbox
from tests.unit.money_support import TOTAL, authorized


def _events(sandbox: EmbeddedSandbox, tx_id: str, name: str) -> list[dict[str, Any]]:
    return [e for e in sandbox.get_transaction(tx_id)["events"] if e["event"] == name]


def _posts(sandbox: EmbeddedSandbox, operation: str) -> list[dict[str, Any]]:
    return [r for r in sandbox.requests(rf"/{operation}$") if r["method"] == "POST"]


def test_capture_everything_by_lines_then_refund_shipping_then_the_rest(
    sandbox: EmbeddedSandbox, client_config: ClientConfig
) -> None:
    tx_id = authorized(sandbox)

    async def main() -> None:
        async with DinteroClient(client_config) as client:
            captured = await client.move(Operation.CAPTURE, tx_id)
            assert captured.kind is OutcomeKind.SUCCEEDED
            assert captured.event is not None
            assert captured.event.amount == TOTAL
            assert captured.transaction.status is TransactionStatus.CAPTURED
            assert captured.request_id
            assert not captured.adopted

            shipping = RefundRequest(
                amount=9900, items=(OrderItem(line_id="ship", amount=9900),), reason="Late"
            )
            refunded = await client.move(Operation.REFUND, tx_id, shipping)
            assert refunded.succeeded
            assert refunded.reference == shipping.reference
            assert refunded.transaction.status is TransactionStatus.PARTIALLY_REFUNDED

            rest = await client.move(Operation.REFUND, tx_id)
            assert rest.succeeded
            assert rest.amount == TOTAL - 9900
            assert rest.transaction.status is TransactionStatus.REFUNDED

    asyncio.run(main())
    (capture,) = _posts(sandbox, "capture")
    assert {i["line_id"]: i["amount"] for i in capture["json"]["items"]} == {
        "1": 89900,
        "2": 29800,
        "ship": 9900,
    }
    assert capture["json"]["capture_reference"].startswith("pd-")
    assert capture["headers"]["dintero-system-plugin-name"] == "paydesk"
    first, second = _posts(sandbox, "refund")
    assert first["json"]["reason"] == "Late"
    assert {i["line_id"] for i in second["json"]["items"]} == {"1", "2"}
    # Every move read the transaction first.
    gets = [r for r in sandbox.requests(rf"/v1/transactions/{tx_id}$") if r["method"] == "GET"]
    assert len(gets) == 3


def test_void_an_authorization(sandbox: EmbeddedSandbox, client_config: ClientConfig) -> None:
    tx_id = authorized(sandbox)

    async def main() -> None:
        async with DinteroClient(client_config) as client:
            outcome = await client.move(Operation.VOID, tx_id)
            assert outcome.succeeded
            assert outcome.reference is None
            assert outcome.event is not None
            assert outcome.event.event == "VOID"
            assert outcome.transaction.status is TransactionStatus.AUTHORIZATION_VOIDED
            with pytest.raises(OperationNotAllowed, match="voided"):
                await client.move(Operation.CAPTURE, tx_id)

    asyncio.run(main())
    (void,) = _posts(sandbox, "void")
    assert void["json"] is None


def test_before_send_hook_sees_the_reference_before_the_request_goes_out(
    sandbox: EmbeddedSandbox, client_config: ClientConfig
) -> None:
    tx_id = authorized(sandbox)
    journal: list[tuple[str | None, int, int]] = []

    async def write_journal(prepared: PreparedOperation) -> None:
        # The request has not been sent yet: no capture has reached the sandbox.
        journal.append((prepared.reference, prepared.amount, len(_posts(sandbox, "capture"))))

    request = CaptureRequest(amount=50000, reference=new_operation_reference("cap"))

    async def main() -> None:
        async with DinteroClient(client_config) as client:
            outcome = await client.move(Operation.CAPTURE, tx_id, request, journal=write_journal)
            assert outcome.succeeded

    asyncio.run(main())
    assert journal == [(request.reference, 50000, 0)]
    assert _posts(sandbox, "capture")[0]["json"]["capture_reference"] == request.reference


def test_a_failing_hook_sends_nothing(
    sandbox: EmbeddedSandbox, client_config: ClientConfig
) -> None:
    tx_id = authorized(sandbox)

    async def journal_full(prepared: PreparedOperation) -> None:
        raise OSError("disk full")

    async def main() -> None:
        async with DinteroClient(client_config) as client:
            with pytest.raises(OSError, match="disk full"):
                await client.move(Operation.CAPTURE, tx_id, journal=journal_full)

    asyncio.run(main())
    assert _posts(sandbox, "capture") == []


def test_a_reference_already_on_the_transaction_is_adopted_not_resent(
    sandbox: EmbeddedSandbox, client_config: ClientConfig
) -> None:
    tx_id = authorized(sandbox)
    request = CaptureRequest(amount=20000)

    async def main() -> None:
        async with DinteroClient(client_config) as client:
            first = await client.move(Operation.CAPTURE, tx_id, request)
            assert first.succeeded
            # E.g. the app restarted and replays its journal with the same reference.
            again = await client.move(Operation.CAPTURE, tx_id, request)
            assert again.succeeded
            assert again.adopted
            assert again.event == first.event
            found = await client.find_outcome(tx_id, Operation.CAPTURE, request.reference)
            assert found is not None
            assert found.succeeded
            assert await client.find_outcome(tx_id, Operation.CAPTURE, "pd-never-sent") is None

    asyncio.run(main())
    assert len(_posts(sandbox, "capture")) == 1
    assert len(_events(sandbox, tx_id, "CAPTURE")) == 1


def test_dropped_connection_after_apply_during_refund_ends_with_exactly_one_refund(
    sandbox: EmbeddedSandbox, client_config: ClientConfig
) -> None:
    tx_id = authorized(sandbox)
    request = RefundRequest(amount=30000)

    async def main() -> None:
        async with DinteroClient(client_config) as client:
            assert (await client.move(Operation.CAPTURE, tx_id)).succeeded
            sandbox.add_fault(method="POST", path=r"/refund$", kind="drop_after_apply", times=1)
            outcome = await client.move(Operation.REFUND, tx_id, request)
            assert outcome.kind is OutcomeKind.SUCCEEDED
            assert outcome.adopted
            assert outcome.event is not None
            assert outcome.event.event_reference == request.reference
            assert outcome.transaction.status is TransactionStatus.PARTIALLY_REFUNDED

    asyncio.run(main())
    refunds = _events(sandbox, tx_id, "REFUND")
    assert len(refunds) == 1
    assert refunds[0]["amount"] == 30000
    assert refunds[0]["event_reference"] == request.reference
    assert [r["status"] for r in _posts(sandbox, "refund")] == [0]  # sent once, no answer


def test_503_on_capture_is_settled_as_absent_and_never_resent(
    sandbox: EmbeddedSandbox, client_config: ClientConfig
) -> None:
    tx_id = authorized(sandbox)
    sandbox.add_fault(method="POST", path=r"/capture$", kind="status", status=503, times=1)
    request = CaptureRequest(amount=TOTAL)

    async def main() -> OutcomeUnknown:
        async with DinteroClient(client_config) as client:
            with pytest.raises(OutcomeUnknown) as caught:
                await client.move(Operation.CAPTURE, tx_id, request)
            return caught.value

    error = asyncio.run(main())
    assert error.operation == "capture"
    assert error.transaction_id == tx_id
    assert error.reference == request.reference
    assert "not sent again" in error.reason
    assert error.cause is not None
    assert "503" in error.details
    assert request.reference in error.details
    assert "check the transaction" in error.user_message
    assert len(_posts(sandbox, "capture")) == 1
    assert _events(sandbox, tx_id, "CAPTURE") == []


def test_persistent_503_is_sent_once(sandbox: EmbeddedSandbox, client_config: ClientConfig) -> None:
    tx_id = authorized(sandbox)
    sandbox.add_fault(method="POST", path=r"/capture$", kind="status", status=503)

    async def main() -> None:
        async with DinteroClient(client_config) as client:
            with pytest.raises(OutcomeUnknown):
                await client.move(Operation.CAPTURE, tx_id)

    asyncio.run(main())
    assert len(_posts(sandbox, "capture")) == 1
    assert _events(sandbox, tx_id, "CAPTURE") == []


def test_202_is_pending_then_settles_through_wait_for_completion(
    sandbox: EmbeddedSandbox, client_config: ClientConfig
) -> None:
    tx_id = authorized(sandbox)
    sandbox.add_fault(
        method="POST", path=r"/capture$", kind="accepted_later", times=1, complete_after_ms=300
    )
    request = CaptureRequest(amount=40000)

    async def main() -> None:
        async with DinteroClient(client_config) as client:
            pending = await client.move(Operation.CAPTURE, tx_id, request)
            assert pending.kind is OutcomeKind.PENDING
            assert pending.event_request_id
            assert pending.transaction.status is TransactionStatus.AUTHORIZED
            assert pending.event is not None
            assert pending.event.event == "INITIATE_CAPTURE"
            # While it is pending, a second capture is refused locally, not sent.
            with pytest.raises(OperationNotAllowed, match="still processing"):
                await client.move(Operation.CAPTURE, tx_id, CaptureRequest(amount=1000))

            done = await client.wait_for_completion(tx_id, pending.event_request_id, timeout_s=5)
            assert done.kind is OutcomeKind.SUCCEEDED
            assert done.operation is Operation.CAPTURE
            assert done.reference == request.reference
            assert done.event is not None
            assert done.event.correlation_request_id == pending.event_request_id
            assert done.transaction.status is TransactionStatus.PARTIALLY_CAPTURED

    asyncio.run(main())
    assert len(_posts(sandbox, "capture")) == 1
    assert len(_events(sandbox, tx_id, "CAPTURE")) == 1


def test_202_that_fails_later_settles_as_failed(
    sandbox: EmbeddedSandbox, client_config: ClientConfig
) -> None:
    tx_id = authorized(sandbox)
    sandbox.add_fault(
        method="POST",
        path=r"/void$",
        kind="accepted_later",
        times=1,
        complete_after_ms=100,
        complete_success=False,
    )

    async def main() -> None:
        async with DinteroClient(client_config) as client:
            pending = await client.move(Operation.VOID, tx_id)
            assert pending.pending
            assert pending.event_request_id is not None
            done = await client.wait_for_completion(tx_id, pending.event_request_id, timeout_s=5)
            assert done.kind is OutcomeKind.FAILED
            assert done.operation is Operation.VOID
            assert done.failure_message
            assert done.transaction.status is TransactionStatus.AUTHORIZED

    asyncio.run(main())


def test_wait_for_completion_returns_pending_when_time_runs_out(
    sandbox: EmbeddedSandbox, client_config: ClientConfig
) -> None:
    tx_id = authorized(sandbox)
    sandbox.add_fault(
        method="POST", path=r"/capture$", kind="accepted_later", times=1, complete_after_ms=60000
    )

    async def main() -> None:
        async with DinteroClient(client_config) as client:
            pending = await client.move(Operation.CAPTURE, tx_id)
            assert pending.event_request_id is not None
            still = await client.wait_for_completion(tx_id, pending.event_request_id, timeout_s=0.2)
            assert still.pending
            assert still.event_request_id == pending.event_request_id

    asyncio.run(main())
    assert len(_posts(sandbox, "capture")) == 1


def test_over_refund_is_refused_with_dintero_error_shape(
    sandbox: EmbeddedSandbox, client_config: ClientConfig
) -> None:
    tx_id = authorized(sandbox)

    async def main() -> InvalidRequest:
        async with DinteroClient(client_config) as client:
            assert (
                await client.move(Operation.CAPTURE, tx_id, CaptureRequest(amount=10000))
            ).succeeded
            # The raw request, as another tool without our checks would send it.
            with pytest.raises(InvalidRequest) as caught:
                await client.transactions.send_operation(
                    Operation.REFUND, tx_id, {"amount": 10001, "refund_reference": "r-1"}
                )
            return caught.value

    error = asyncio.run(main())
    assert error.status == 400
    assert error.code == "refund_amount_exceeds_remaining"
    assert "10001" in error.message
    assert error.request_id
    assert error.request_id in error.details
    assert error.code in error.details
    assert _events(sandbox, tx_id, "REFUND") == []


def test_refusal_after_our_check_is_a_failed_outcome(
    sandbox: EmbeddedSandbox, client_config: ClientConfig
) -> None:
    """Someone else refunds between our read and our send: Dintero refuses ours."""
    tx_id = authorized(sandbox)

    async def main() -> None:
        async with DinteroClient(client_config) as client, DinteroClient(client_config) as other:
            assert (
                await client.move(Operation.CAPTURE, tx_id, CaptureRequest(amount=10000))
            ).succeeded

            async def colleague_refunds_first(prepared: PreparedOperation) -> None:
                assert (
                    await other.move(Operation.REFUND, tx_id, RefundRequest(amount=6000))
                ).succeeded

            outcome = await client.move(
                Operation.REFUND,
                tx_id,
                RefundRequest(amount=10000),
                journal=colleague_refunds_first,
            )
            assert outcome.kind is OutcomeKind.FAILED
            assert isinstance(outcome.error, InvalidRequest)
            assert outcome.error.code == "refund_amount_exceeds_remaining"
            assert outcome.failure_message == outcome.error.message
            assert outcome.request_id == outcome.error.request_id

    asyncio.run(main())
    assert [e["amount"] for e in _events(sandbox, tx_id, "REFUND")] == [6000]


def test_local_checks_refuse_before_sending(
    sandbox: EmbeddedSandbox, client_config: ClientConfig
) -> None:
    tx_id = authorized(sandbox)

    async def main() -> None:
        async with DinteroClient(client_config) as client:
            with pytest.raises(OperationNotAllowed, match="nothing to refund; void instead"):
                await client.move(Operation.REFUND, tx_id, RefundRequest(amount=100))
            with pytest.raises(OperationNotAllowed, match="can still be captured"):
                await client.move(Operation.CAPTURE, tx_id, CaptureRequest(amount=TOTAL + 1))
            with pytest.raises(LocalValidationError, match="lines add up"):
                await client.move(
                    Operation.CAPTURE,
                    tx_id,
                    CaptureRequest(amount=1000, items=(OrderItem(line_id="1", amount=999),)),
                )
            with pytest.raises(LocalValidationError, match="not on this transaction"):
                await client.move(
                    Operation.CAPTURE,
                    tx_id,
                    CaptureRequest(amount=1000, items=(OrderItem(line_id="9", amount=1000),)),
                )
            with pytest.raises(OperationNotAllowed, match=r"Only 99,00\skr is left on Home"):
                await client.move(
                    Operation.CAPTURE,
                    tx_id,
                    CaptureRequest(amount=10000, items=(OrderItem(line_id="ship", amount=10000),)),
                )

    asyncio.run(main())
    assert _posts(sandbox, "capture") == []
    assert _posts(sandbox, "refund") == []


def test_one_move_in_flight_per_transaction(
    sandbox: EmbeddedSandbox, client_config: ClientConfig
) -> None:
    """Two staff click "capture all" at once in one app: the second sees the first's result."""
    tx_id = authorized(sandbox)
    sandbox.add_fault(method="POST", path=r"/capture$", kind="latency", latency_ms=150, times=1)

    async def main() -> None:
        async with DinteroClient(client_config) as client:
            results = await asyncio.gather(
                client.move(Operation.CAPTURE, tx_id),
                client.move(Operation.CAPTURE, tx_id),
                return_exceptions=True,
            )
            succeeded = [r for r in results if not isinstance(r, BaseException)]
            refused = [r for r in results if isinstance(r, OperationNotAllowed)]
            assert len(succeeded) == 1
            assert len(refused) == 1

    asyncio.run(main())
    assert len(_posts(sandbox, "capture")) == 1
    assert len(_events(sandbox, tx_id, "CAPTURE")) == 1


def test_swish_is_refunded_not_voided(
    sandbox: EmbeddedSandbox, client_config: ClientConfig
) -> None:
    tx_id = authorized(sandbox, payment_product_type="swish.swish", currency="SEK")

    async def main() -> None:
        async with DinteroClient(client_config) as client:
            with pytest.raises(OperationNotAllowed, match="Swish captures at payment"):
                await client.move(Operation.VOID, tx_id)
            outcome = await client.move(Operation.REFUND, tx_id)
            assert outcome.succeeded
            assert outcome.transaction.status is TransactionStatus.REFUNDED

    asyncio.run(main())


def test_void_after_partial_capture_for_products_that_allow_it(
    sandbox: EmbeddedSandbox, client_config: ClientConfig
) -> None:
    vipps = authorized(sandbox, payment_product_type="vipps")
    card = authorized(sandbox)

    async def main() -> None:
        async with DinteroClient(client_config) as client:
            for tx_id in (vipps, card):
                assert (
                    await client.move(Operation.CAPTURE, tx_id, CaptureRequest(amount=10000))
                ).succeeded
            released = await client.move(Operation.VOID, vipps)
            assert released.succeeded
            assert released.transaction.status is TransactionStatus.CAPTURED
            with pytest.raises(OperationNotAllowed, match="releasing the rest is not possible"):
                await client.move(Operation.VOID, card)

    asyncio.run(main())
