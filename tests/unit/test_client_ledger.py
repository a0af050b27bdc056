"""Derived money on real sandbox transactions, the allowed-operations table, and properties."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.dintero import (
    CaptureRequest,
    ClientConfig,
    DinteroClient,
    Ledger,
    Operation,
    OrderItem,
    RefundRequest,
    Transaction,
    TransactionStatus,
)
from app.sandbox import EmbeddedSandbox
from tests.unit.money_support import TOTAL, authorized


def test_partial_capture_by_lines_then_refund_of_the_shipping_line(
    sandbox: EmbeddedSandbox, client_config: ClientConfig
) -> None:
    tx_id = authorized(sandbox)

    async def main() -> tuple[Ledger, Ledger, Ledger]:
        async with DinteroClient(client_config) as client:
            fresh = Ledger(await client.get_transaction(tx_id))
            sweater_and_shipping = CaptureRequest(
                amount=89900 + 9900,
                items=(
                    OrderItem(line_id="1", amount=89900),
                    OrderItem(line_id="ship", amount=9900),
                ),
            )
            await client.move(Operation.CAPTURE, tx_id, sweater_and_shipping)
            partial = Ledger(await client.get_transaction(tx_id))
            shipping_back = RefundRequest(
                amount=9900, items=(OrderItem(line_id="ship", amount=9900),)
            )
            await client.move(Operation.REFUND, tx_id, shipping_back)
            refunded = Ledger(await client.get_transaction(tx_id))
            return fresh, partial, refunded

    fresh, partial, refunded = asyncio.run(main())
    assert (fresh.authorized, fresh.captured, fresh.refunded) == (TOTAL, 0, 0)
    assert fresh.remaining_capturable == TOTAL
    assert fresh.remaining_refundable == 0
    assert [line.line_id for line in fresh.lines] == ["1", "2", "ship"]

    assert partial.transaction.status is TransactionStatus.PARTIALLY_CAPTURED
    assert partial.captured == 99800
    assert partial.remaining_capturable == 29800
    assert partial.remaining_refundable == 99800
    assert {line.line_id: line.capturable for line in partial.lines} == {
        "1": 0,
        "2": 29800,
        "ship": 0,
    }
    assert {line.line_id: line.refundable for line in partial.lines} == {
        "1": 89900,
        "2": 0,
        "ship": 9900,
    }
    assert [(i.line_id, i.amount) for i in partial.capture_items()] == [("2", 29800)]

    assert refunded.transaction.status is TransactionStatus.PARTIALLY_CAPTURED_REFUNDED
    assert (refunded.captured, refunded.refunded) == (99800, 9900)
    assert refunded.remaining_refundable == 89900
    assert refunded.line("ship").refundable == 0
    assert refunded.line("ship").refunded == 9900
    assert refunded.line("1").refundable == 89900
    assert [(i.line_id, i.amount) for i in refunded.refund_items()] == [("1", 89900)]
    allowed = refunded.allowed_operations()
    assert allowed[Operation.CAPTURE]
    assert allowed[Operation.REFUND]
    assert not allowed[Operation.VOID]


def test_pending_operations_reserve_their_amount(
    sandbox: EmbeddedSandbox, client_config: ClientConfig
) -> None:
    tx_id = authorized(sandbox)
    sandbox.add_fault(
        method="POST", path=r"/capture$", kind="accepted_later", times=1, complete_after_ms=60000
    )

    async def main() -> Ledger:
        async with DinteroClient(client_config) as client:
            request = CaptureRequest(amount=29800, items=(OrderItem(line_id="2", amount=29800),))
            outcome = await client.move(Operation.CAPTURE, tx_id, request)
            assert outcome.pending
            return Ledger(await client.get_transaction(tx_id))

    ledger = asyncio.run(main())
    (pending,) = ledger.pending
    assert pending.operation is Operation.CAPTURE
    assert pending.amount == 29800
    assert pending.request_id
    assert ledger.captured == 0
    assert ledger.remaining_capturable == TOTAL - 29800
    assert ledger.line("2").pending_capture == 29800
    assert ledger.line("2").capturable == 0
    for permission in ledger.allowed_operations().values():
        assert not permission
        assert "still processing an earlier capture" in permission.reason


# -- the allowed-operations table (pure: built from Dintero-shaped JSON) --------------------


def _transaction(
    status: str, product: str = "dintero_psp.creditcard", captured: int = 0, refunded: int = 0
) -> Transaction:
    events: list[dict[str, Any]] = [{"event": "AUTHORIZE", "success": True, "amount": 1000}]
    if captured:
        events.append({"event": "CAPTURE", "success": True, "amount": captured})
    if refunded:
        events.append({"event": "REFUND", "success": True, "amount": refunded})
    return Transaction.model_validate(
        {
            "id": "T12345678.x",
            "status": status,
            "amount": 1000,
            "currency": "NOK",
            "payment_product_type": product,
            "events": events,
        }
    )


C, R, V = Operation.CAPTURE, Operation.REFUND, Operation.VOID


@pytest.mark.parametrize(
    ("status", "product", "captured", "refunded", "allowed", "reason_fragment"),
    [
        ("AUTHORIZED", "dintero_psp.creditcard", 0, 0, {C, V}, "void instead"),
        ("PARTIALLY_CAPTURED", "dintero_psp.creditcard", 400, 0, {C, R}, "not possible"),
        ("PARTIALLY_CAPTURED", "payex.creditcard", 400, 0, {C, R, V}, ""),
        ("PARTIALLY_CAPTURED", "klarna.klarna", 400, 0, {C, R, V}, ""),
        ("PARTIALLY_CAPTURED_REFUNDED", "vipps", 400, 100, {C, R}, "cannot be voided"),
        ("CAPTURED", "dintero_psp.creditcard", 1000, 0, {R}, "refund instead of void"),
        ("CAPTURED", "swish.swish", 1000, 0, {R}, "Swish captures at payment"),
        ("PARTIALLY_REFUNDED", "dintero_psp.creditcard", 1000, 300, {R}, "captured already"),
        ("REFUNDED", "dintero_psp.creditcard", 1000, 1000, set(), "refunded already"),
        ("AUTHORIZATION_VOIDED", "dintero_psp.creditcard", 0, 0, set(), "voided"),
        ("ON_HOLD", "collector.invoice", 0, 0, set(), "on hold"),
        ("INITIATED", "dintero_psp.creditcard", 0, 0, set(), "not finished"),
        ("DECLINED", "vipps", 0, 0, set(), "declined"),
        ("FAILED", "dintero_psp.creditcard", 0, 0, set(), "failed"),
        ("UNKNOWN", "dintero_psp.creditcard", 0, 0, set(), "does not know"),
    ],
)
def test_allowed_operations_table(
    status: str,
    product: str,
    captured: int,
    refunded: int,
    allowed: set[Operation],
    reason_fragment: str,
) -> None:
    table = Ledger(_transaction(status, product, captured, refunded)).allowed_operations()
    assert {op for op, permission in table.items() if permission} == allowed
    refused = [p for p in table.values() if not p]
    assert all(p.reason for p in refused)
    if reason_fragment:
        assert any(reason_fragment in p.reason for p in refused)


# -- properties -----------------------------------------------------------------------


@st.composite
def _history(draw: st.DrawFn) -> tuple[int, list[int], list[int]]:
    authorized = draw(st.integers(min_value=1, max_value=10_000_000))
    captures: list[int] = []
    left = authorized
    for _ in range(draw(st.integers(min_value=0, max_value=5))):
        if left == 0:
            break
        amount = draw(st.integers(min_value=1, max_value=left))
        captures.append(amount)
        left -= amount
    refunds: list[int] = []
    refundable = sum(captures)
    for _ in range(draw(st.integers(min_value=0, max_value=5))):
        if refundable == 0:
            break
        amount = draw(st.integers(min_value=1, max_value=refundable))
        refunds.append(amount)
        refundable -= amount
    return authorized, captures, refunds


def _status_for(authorized: int, captured: int, refunded: int) -> str:
    if captured == 0:
        return "AUTHORIZED"
    if captured < authorized:
        return "PARTIALLY_CAPTURED" if refunded == 0 else "PARTIALLY_CAPTURED_REFUNDED"
    if refunded == 0:
        return "CAPTURED"
    return "REFUNDED" if refunded == captured else "PARTIALLY_REFUNDED"


@given(_history(), st.lists(st.integers(min_value=1, max_value=1000), max_size=3))
def test_totals_are_sums_of_successful_events(
    history: tuple[int, list[int], list[int]], failed_amounts: list[int]
) -> None:
    authorized, captures, refunds = history
    events = [{"event": "CAPTURE", "success": True, "amount": a} for a in captures]
    events += [{"event": "REFUND", "success": True, "amount": a} for a in refunds]
    # Failed events move no money, whatever their amount.
    events += [{"event": "CAPTURE", "success": False, "amount": a} for a in failed_amounts]
    captured, refunded = sum(captures), sum(refunds)
    tx = Transaction.model_validate(
        {
            "id": "T12345678.p",
            "status": _status_for(authorized, captured, refunded),
            "amount": authorized,
            "currency": "NOK",
            "events": events,
        }
    )
    ledger = Ledger(tx)
    assert ledger.captured == captured
    assert ledger.refunded == refunded
    assert ledger.remaining_capturable == authorized - captured
    assert ledger.remaining_refundable == (captured - refunded if captured else 0)
    assert bool(ledger.permission(Operation.CAPTURE)) == (captured < authorized)
    assert bool(ledger.permission(Operation.REFUND)) == (captured > refunded)


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    capture_parts=st.lists(st.integers(min_value=1, max_value=40000), min_size=1, max_size=3),
    refund_share=st.integers(min_value=0, max_value=100),
)
def test_client_ledger_agrees_with_the_sandbox_after_random_moves(
    sandbox: EmbeddedSandbox,
    client_config: ClientConfig,
    capture_parts: list[int],
    refund_share: int,
) -> None:
    """Random partial captures and a refund, through the client: our sums match Dintero's."""
    tx_id = authorized(sandbox)

    async def main() -> Ledger:
        async with DinteroClient(client_config) as client:
            for part in capture_parts:
                assert (
                    await client.move(Operation.CAPTURE, tx_id, CaptureRequest(amount=part))
                ).succeeded
            refund = sum(capture_parts) * refund_share // 100
            if refund:
                assert (
                    await client.move(Operation.REFUND, tx_id, RefundRequest(amount=refund))
                ).succeeded
            return Ledger(await client.get_transaction(tx_id))

    ledger = asyncio.run(main())
    server = sandbox.get_transaction(tx_id)
    captured = sum(capture_parts)
    refunded = captured * refund_share // 100
    assert ledger.captured == captured
    assert ledger.refunded == refunded
    assert ledger.remaining_capturable == TOTAL - captured
    assert ledger.remaining_refundable == captured - refunded
    assert ledger.transaction.status == server["status"]
    assert server["status"] == _status_for(TOTAL, captured, refunded)
