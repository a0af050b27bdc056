"""Money moves under real faults: never adopt another client's move, never resend blindly.

Every fault is injected into the sandbox over loopback; the sandbox's own state decides
what really happened.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

import pytest

from app.dintero import (
    CaptureRequest,
    ClientConfig,
    DinteroClient,
    DinteroError,
    OutcomeUnknown,
    PreparedOperation,
    Transaction,
)
from app.dintero.ledger import Operation
from app.dintero.operations import OutcomeKind, event_outcome_kind
from app.sandbox import EmbeddedSandbox


def _captures(sandbox: EmbeddedSandbox, tx_id: str) -> list[dict[str, Any]]:
    events = sandbox.get_transaction(tx_id)["events"]
    return [e for e in events if e["event"] == "CAPTURE" and e.get("success") is True]


def _posts(sandbox: EmbeddedSandbox, tail: str) -> list[dict[str, Any]]:
    return [r for r in sandbox.requests(tail) if r["method"] == "POST"]


def test_a_lost_capture_never_adopts_another_clients_capture(
    sandbox: EmbeddedSandbox, client_config: ClientConfig
) -> None:
    """Ours (5000) dropped before apply; meanwhile someone else captures 3000."""
    tx_id = sandbox.create_authorized_transaction(amount=20_000)["id"]
    ours = CaptureRequest(amount=5_000)
    theirs = CaptureRequest(amount=3_000)

    async def main() -> None:
        async with DinteroClient(client_config) as client, DinteroClient(client_config) as other:

            async def someone_else_captures(_p: PreparedOperation, _e: DinteroError) -> None:
                assert (await other.move(Operation.CAPTURE, tx_id, theirs)).succeeded

            sandbox.add_fault(method="POST", path=r"/capture$", kind="drop_before_apply", times=1)
            with pytest.raises(OutcomeUnknown) as raised:
                await client.move(
                    Operation.CAPTURE, tx_id, ours, on_uncertain=someone_else_captures
                )
            assert raised.value.reference == ours.reference

    asyncio.run(main())
    captures = _captures(sandbox, tx_id)
    assert [(c["amount"], c["event_reference"]) for c in captures] == [(3_000, theirs.reference)]
    # A dropped connection is never followed by a second send.
    assert [p["json"]["capture_reference"] for p in _posts(sandbox, r"/capture$")] == [
        ours.reference,
        theirs.reference,
    ]


def test_a_capture_slower_than_the_timeout_is_not_sent_twice(
    sandbox: EmbeddedSandbox, client_config: ClientConfig
) -> None:
    """Timeout 1 s, Dintero applies after 2.5 s: unknown, and exactly one capture."""
    tx_id = sandbox.create_authorized_transaction(amount=20_000)["id"]
    config = client_config.model_copy(update={"timeout_s": 1.0, "settle_timeout_s": 0.5})
    request = CaptureRequest(amount=7_000)

    async def main() -> None:
        async with DinteroClient(config) as client:
            sandbox.add_fault(
                method="POST", path=r"/capture$", kind="latency", latency_ms=2_500, times=1
            )
            with pytest.raises(OutcomeUnknown):
                await client.move(Operation.CAPTURE, tx_id, request)

    asyncio.run(main())
    deadline = time.monotonic() + 5
    while not _captures(sandbox, tx_id) and time.monotonic() < deadline:
        time.sleep(0.1)
    time.sleep(0.3)
    assert [c["amount"] for c in _captures(sandbox, tx_id)] == [7_000]
    assert len(_posts(sandbox, r"/capture$")) == 1


def test_a_slow_capture_is_adopted_when_the_window_covers_it(
    sandbox: EmbeddedSandbox, client_config: ClientConfig
) -> None:
    tx_id = sandbox.create_authorized_transaction(amount=20_000)["id"]
    config = client_config.model_copy(update={"timeout_s": 0.5, "settle_timeout_s": 4.0})
    request = CaptureRequest(amount=7_000)

    async def main() -> None:
        async with DinteroClient(config) as client:
            sandbox.add_fault(
                method="POST", path=r"/capture$", kind="latency", latency_ms=1_500, times=1
            )
            outcome = await client.move(Operation.CAPTURE, tx_id, request)
            assert outcome.succeeded
            assert outcome.adopted
            assert outcome.amount == 7_000

    asyncio.run(main())
    assert len(_posts(sandbox, r"/capture$")) == 1


def test_a_5xx_answer_then_a_late_apply_is_never_a_second_capture(
    sandbox: EmbeddedSandbox, client_config: ClientConfig
) -> None:
    """Issue: a 5xx answer came back before the server applied the capture; a client that
    resent after seeing it absent for a second captured 8000 for an intent of 4000.

    Here Dintero answers 503 and applies the capture 1.5 s later, after the settle window
    (0.6 s) has ended with the capture absent: the client reports "unknown", sends
    nothing more, and the late capture is the only one.
    """
    tx_id = sandbox.create_authorized_transaction(amount=20_000)["id"]
    request = CaptureRequest(amount=4_000)

    async def main() -> None:
        async with DinteroClient(client_config) as client:
            sandbox.add_fault(
                method="POST",
                path=r"/capture$",
                kind="error_then_apply",
                status=503,
                complete_after_ms=1_500,
                times=1,
            )
            with pytest.raises(OutcomeUnknown) as raised:
                await client.move(Operation.CAPTURE, tx_id, request)
            assert "not sent again" in raised.value.reason
            assert _captures(sandbox, tx_id) == []  # absent when the client gave up

    asyncio.run(main())
    deadline = time.monotonic() + 5
    while not _captures(sandbox, tx_id) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert [c["amount"] for c in _captures(sandbox, tx_id)] == [4_000]
    posts = _posts(sandbox, r"/capture$")
    assert [p["status"] for p in posts] == [503]


def test_a_lost_void_is_not_settled_by_someone_elses_capture(
    sandbox: EmbeddedSandbox, client_config: ClientConfig
) -> None:
    tx_id = sandbox.create_authorized_transaction(amount=20_000)["id"]

    async def main() -> None:
        async with DinteroClient(client_config) as client, DinteroClient(client_config) as other:

            async def someone_else_captures(_p: PreparedOperation, _e: DinteroError) -> None:
                assert (await other.move(Operation.CAPTURE, tx_id)).succeeded

            sandbox.add_fault(method="POST", path=r"/void$", kind="drop_before_apply", times=1)
            with pytest.raises(OutcomeUnknown):
                await client.move(Operation.VOID, tx_id, on_uncertain=someone_else_captures)

    asyncio.run(main())
    state = sandbox.get_transaction(tx_id)
    assert state["status"] == "CAPTURED"
    assert not [e for e in state["events"] if e["event"] == "VOID"]


def test_a_lost_void_that_was_applied_is_adopted(
    sandbox: EmbeddedSandbox, client_config: ClientConfig
) -> None:
    tx_id = sandbox.create_authorized_transaction(amount=20_000)["id"]

    async def main() -> None:
        async with DinteroClient(client_config) as client:
            sandbox.add_fault(method="POST", path=r"/void$", kind="drop_after_apply", times=1)
            outcome = await client.move(Operation.VOID, tx_id)
            assert outcome.succeeded
            assert outcome.adopted

    asyncio.run(main())
    assert sandbox.get_transaction(tx_id)["status"] == "AUTHORIZATION_VOIDED"
    assert len(_posts(sandbox, r"/void$")) == 1


def test_200_with_a_failed_event_is_a_failure_and_nothing_is_captured(
    sandbox: EmbeddedSandbox, client_config: ClientConfig
) -> None:
    tx_id = sandbox.create_authorized_transaction(amount=20_000)["id"]

    async def main() -> None:
        async with DinteroClient(client_config) as client:
            sandbox.add_fault(method="POST", path=r"/capture$", kind="event_failed", times=1)
            outcome = await client.move(Operation.CAPTURE, tx_id, CaptureRequest(amount=20_000))
            assert outcome.failed
            assert not outcome.adopted
            assert outcome.failure_message == "The payment provider refused the capture"
            assert outcome.request_id

    asyncio.run(main())
    state = sandbox.get_transaction(tx_id)
    assert state["status"] == "AUTHORIZED"
    assert _captures(sandbox, tx_id) == []
    assert len(_posts(sandbox, r"/capture$")) == 1


def test_wait_for_completion_stays_pending_when_the_id_matches_nothing(
    sandbox: EmbeddedSandbox, client_config: ClientConfig
) -> None:
    tx_id = sandbox.create_authorized_transaction(amount=20_000)["id"]

    async def main() -> None:
        async with DinteroClient(client_config) as client:
            sandbox.add_fault(
                method="POST",
                path=r"/capture$",
                kind="accepted_later",
                times=1,
                complete_after_ms=60_000,
            )
            pending = await client.move(Operation.CAPTURE, tx_id, CaptureRequest(amount=1_000))
            assert pending.pending
            still = await client.wait_for_completion(
                tx_id, "no-such-request-id", timeout_s=0.3, pending=pending
            )
            assert still.pending
            assert still.reference == pending.reference
            # Reads failing meanwhile (dropped, every retry) are not a failure either.
            sandbox.add_fault(method="GET", path=tx_id + "$", kind="drop_before_apply")
            assert pending.event_request_id is not None
            still = await client.wait_for_completion(
                tx_id, pending.event_request_id, timeout_s=0.3, pending=pending
            )
            assert still.pending
            sandbox.clear_faults()
            with pytest.raises(OutcomeUnknown):
                await client.wait_for_completion(tx_id, "no-such-request-id", timeout_s=0.1)

    asyncio.run(main())


def test_an_event_whose_success_is_null_is_not_settled(
    sandbox: EmbeddedSandbox, client_config: ClientConfig
) -> None:
    """The sandbox never writes `success: null`; take a real event and blank it."""
    tx_id = sandbox.create_authorized_transaction(amount=20_000)["id"]

    async def main() -> Transaction:
        async with DinteroClient(client_config) as client:
            await client.move(Operation.CAPTURE, tx_id, CaptureRequest(amount=1_000))
            return await client.get_transaction(tx_id)

    transaction = asyncio.run(main())
    event = next(e for e in transaction.events if e.event == "CAPTURE")
    assert event_outcome_kind(event) is OutcomeKind.SUCCEEDED
    assert event_outcome_kind(event.model_copy(update={"success": None})) is OutcomeKind.PENDING
    assert event_outcome_kind(event.model_copy(update={"success": False})) is OutcomeKind.FAILED


def test_the_token_request_survives_a_429(
    sandbox: EmbeddedSandbox, client_config: ClientConfig
) -> None:
    config = client_config.model_copy(update={"retry_after_cap_s": 0.1})
    sandbox.add_fault(path=r"/auth/token$", kind="rate_limit", retry_after=1, times=2)

    async def main() -> None:
        async with DinteroClient(config) as client:
            token = await client.fetch_token()
            assert token.access_token.get_secret_value()

    asyncio.run(main())
    assert [r["status"] for r in sandbox.requests(r"/auth/token$")] == [429, 429, 200]


def test_closed_and_the_cancel_answers_request_id(
    sandbox: EmbeddedSandbox, client_config: ClientConfig
) -> None:
    body = {
        "profile_id": "default",
        "url": {"return_url": "https://shop.example.com/return"},
        "order": {
            "amount": 5000,
            "currency": "NOK",
            "merchant_reference": "cancel-1",
            "items": [{"id": "x", "line_id": "1", "amount": 5000, "quantity": 1}],
        },
    }
    session_id = str(sandbox.create_session(body)["id"])

    async def main() -> None:
        client = DinteroClient(client_config)
        assert not client.closed
        answer = await client.cancel_session_answer(session_id)
        assert answer.session.cancelled_at is not None
        assert answer.request_id
        await client.aclose()
        assert client.closed

    asyncio.run(main())
