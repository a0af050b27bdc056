"""A malformed answer to a capture, refund or void means "outcome unknown", never "not done".

The raw server answers the money move itself with garbage (truncated, negative money,
deep nesting, a redirect, a body cut short, trickling or too large), while the
transaction it serves on re-reads either shows the move applied or not. The client
must settle by re-reading: adopt it when it is there, and otherwise report
`OutcomeUnknown`, without ever sending the move a second time.
"""

from __future__ import annotations

import asyncio
import copy
import json
from dataclasses import dataclass, field
from typing import Any

import pytest

from app.dintero import (
    CaptureRequest,
    DinteroClient,
    Ledger,
    Operation,
    OperationNotAllowed,
    OutcomeUnknown,
    RefundRequest,
    ResponseFormatError,
    ResponseIncomplete,
    TransactionStatus,
)
from app.dintero.operations import OperationOutcome
from tests.unit.raw_http_server import (
    RawRequest,
    RawServer,
    Reply,
    answer,
    json_answer,
    then_close,
    trickled,
)

TX_ID = "T12345678.money"
MOVE_REQUEST_ID = "req-move-1"


def _transaction(status: str, events: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "id": TX_ID,
        "status": status,
        "amount": 10_000,
        "currency": "NOK",
        "payment_product_type": "dintero_psp.creditcard",
        "items": [{"line_id": "1", "description": "Sweater", "amount": 10_000}],
        "events": [
            {"id": "e-auth", "event": "AUTHORIZE", "success": True, "amount": 10_000},
            *events,
        ],
    }


CAPTURED = {"id": "e-cap", "event": "CAPTURE", "success": True, "amount": 10_000}
BEFORE = {
    Operation.CAPTURE: _transaction("AUTHORIZED", []),
    Operation.REFUND: _transaction("CAPTURED", [CAPTURED]),
    Operation.VOID: _transaction("AUTHORIZED", []),
}


def _applied(operation: Operation, reference: str | None) -> dict[str, Any]:
    """The transaction as it reads once the move went through."""
    event = {
        "id": "e-ours",
        "event": operation.event_name,
        "success": True,
        "amount": 4_000 if operation is not Operation.VOID else 10_000,
        "event_reference": reference,
    }
    status = {
        Operation.CAPTURE: "PARTIALLY_CAPTURED",
        Operation.REFUND: "PARTIALLY_REFUNDED",
        Operation.VOID: "AUTHORIZATION_VOIDED",
    }[operation]
    before = BEFORE[operation]
    return {**before, "status": status, "events": [*before["events"], event]}


def _body(**changes: Any) -> bytes:
    return json.dumps({**BEFORE[Operation.CAPTURE], **changes}).encode()


def _head_and_body(body: bytes) -> tuple[bytes, int]:
    whole = answer(200, body, request_id=MOVE_REQUEST_ID)
    return whole, len(whole) - len(body)


def _trickle() -> Reply:
    whole, start = _head_and_body(_body(metadata={"pad": "x" * 2000}))
    return trickled(whole, 0.05, start=start)


BAD_MOVE_ANSWERS: dict[str, Any] = {
    "truncated JSON": lambda: answer(200, _body()[:40], request_id=MOVE_REQUEST_ID),
    "negative money in the answer": lambda: answer(
        200,
        _body(events=[{"id": "x", "event": "CAPTURE", "success": True, "amount": -4000}]),
        request_id=MOVE_REQUEST_ID,
    ),
    "deeply nested JSON": lambda: answer(
        200, b"[" * 100_000 + b"]" * 100_000, request_id=MOVE_REQUEST_ID
    ),
    "an HTML page": lambda: answer(
        200, b"<html>ok</html>", content_type="text/html", request_id=MOVE_REQUEST_ID
    ),
    "a redirect": lambda: answer(
        303, b"", headers={"Location": "/elsewhere"}, request_id=MOVE_REQUEST_ID
    ),
    "a body cut short": lambda: then_close(
        answer(200, _body(), content_length=len(_body()) + 100, request_id=MOVE_REQUEST_ID)
    ),
    "a trickling body": _trickle,
    "a body over the cap": lambda: answer(
        200, _body(metadata={"pad": "x" * 300_000}), request_id=MOVE_REQUEST_ID
    ),
}


@dataclass
class _Shop:
    """The raw server's view of one transaction; `apply` decides if the move lands."""

    operation: Operation
    apply: bool
    bad_answer: Reply
    transaction: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.transaction = copy.deepcopy(BEFORE[self.operation])

    def route(self, request: RawRequest) -> Reply:
        if request.method == "GET" and request.path.endswith(TX_ID):
            return json_answer(self.transaction)
        if request.method == "POST" and request.path.endswith(f"/{self.operation.value}"):
            if self.apply:
                body = request.json() or {}
                reference = body.get(f"{self.operation.value}_reference")
                self.transaction = _applied(self.operation, reference)
            return self.bad_answer
        return answer(404, b'{"error": {"message": "no such path"}}')


async def _move(client: DinteroClient, operation: Operation) -> OperationOutcome:
    if operation is Operation.CAPTURE:
        return await client.move(operation, TX_ID, CaptureRequest(amount=4_000))
    if operation is Operation.REFUND:
        return await client.move(operation, TX_ID, RefundRequest(amount=4_000))
    return await client.move(operation, TX_ID)


def _run(shop: _Shop) -> tuple[OperationOutcome | OutcomeUnknown, list[RawRequest]]:
    async def main() -> tuple[OperationOutcome | OutcomeUnknown, list[RawRequest]]:
        async with RawServer(shop.route) as server:
            config = server.config(
                timeout_s=2.0,
                max_response_bytes=256 * 1024,
                settle_timeout_s=0.3,
                settle_interval_s=0.05,
            )
            async with DinteroClient(config) as client:
                try:
                    result: OperationOutcome | OutcomeUnknown = await _move(client, shop.operation)
                except OutcomeUnknown as unknown:
                    result = unknown
            return result, server.calls("POST", f"/{shop.operation.value}")

    return asyncio.run(main())


@pytest.mark.parametrize("case", sorted(BAD_MOVE_ANSWERS))
def test_a_bad_answer_to_a_capture_that_did_not_land_is_unknown_and_never_resent(
    case: str,
) -> None:
    result, posts = _run(_Shop(Operation.CAPTURE, apply=False, bad_answer=BAD_MOVE_ANSWERS[case]()))
    assert isinstance(result, OutcomeUnknown), result
    assert not result.certainly_not_applied
    assert isinstance(result.cause, ResponseFormatError | ResponseIncomplete), repr(result.cause)
    assert result.cause.request_id == MOVE_REQUEST_ID
    assert MOVE_REQUEST_ID in result.details
    assert len(posts) == 1  # a money move is never sent twice


@pytest.mark.parametrize("operation", list(Operation))
@pytest.mark.parametrize("case", ["truncated JSON", "a trickling body", "a body over the cap"])
def test_a_bad_answer_to_a_move_that_landed_is_adopted_from_the_transaction(
    operation: Operation, case: str
) -> None:
    result, posts = _run(_Shop(operation, apply=True, bad_answer=BAD_MOVE_ANSWERS[case]()))
    assert isinstance(result, OperationOutcome), result
    assert result.succeeded
    assert result.adopted
    assert len(posts) == 1


@pytest.mark.parametrize("operation", [Operation.REFUND, Operation.VOID])
@pytest.mark.parametrize("case", ["negative money in the answer", "a body cut short"])
def test_a_bad_answer_to_a_refund_or_void_that_did_not_land_is_unknown(
    operation: Operation, case: str
) -> None:
    result, posts = _run(_Shop(operation, apply=False, bad_answer=BAD_MOVE_ANSWERS[case]()))
    assert isinstance(result, OutcomeUnknown), result
    assert result.cause is not None
    assert len(posts) == 1


@pytest.mark.parametrize("operation", list(Operation))
@pytest.mark.parametrize("status", ["SOMETHING_NEW", "UNKNOWN", "captured"])
def test_a_transaction_in_an_unknown_status_allows_no_money_move(
    operation: Operation, status: str
) -> None:
    """Even with a successful capture on it, an unknown status is not money to move."""
    odd = _transaction(status, [CAPTURED] if operation is Operation.REFUND else [])

    def route(request: RawRequest) -> Reply:
        return json_answer(odd)

    async def main() -> list[RawRequest]:
        async with RawServer(route) as server, DinteroClient(server.config()) as client:
            transaction = await client.get_transaction(TX_ID)
            assert transaction.status is TransactionStatus.UNKNOWN
            ledger = Ledger(transaction)
            assert ledger.remaining_capturable == 0
            assert ledger.remaining_refundable == 0
            assert not any(ledger.allowed_operations().values())
            with pytest.raises(OperationNotAllowed):
                await _move(client, operation)
            return [r for r in server.requests if r.method == "POST" and "/auth/" not in r.path]

    assert asyncio.run(main()) == []  # nothing was sent
