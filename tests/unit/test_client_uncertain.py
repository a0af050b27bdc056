"""`on_uncertain`: the caller hears when a money move's outcome is open, before settling."""

from __future__ import annotations

import asyncio
import logging

import pytest

from app.dintero import (
    CaptureRequest,
    ClientConfig,
    ConnectionDropped,
    DinteroClient,
    DinteroError,
    OutcomeUnknown,
    PreparedOperation,
    RefundRequest,
)
from app.dintero.ledger import Operation
from app.sandbox import EmbeddedSandbox


def _reads_of(sandbox: EmbeddedSandbox, tx_id: str) -> int:
    return len([r for r in sandbox.requests(rf"/transactions/{tx_id}$") if r["method"] == "GET"])


def test_async_hook_runs_once_before_the_rereads_after_a_dropped_connection(
    sandbox: EmbeddedSandbox, client_config: ClientConfig
) -> None:
    tx_id = sandbox.create_authorized_transaction(amount=50_000)["id"]
    request = CaptureRequest(amount=20_000)
    heard: list[tuple[PreparedOperation, DinteroError, int]] = []

    async def hook(prepared: PreparedOperation, cause: DinteroError) -> None:
        await asyncio.sleep(0)
        heard.append((prepared, cause, _reads_of(sandbox, tx_id)))

    async def main() -> None:
        async with DinteroClient(client_config) as client:
            sandbox.add_fault(method="POST", path=r"/capture$", kind="drop_after_apply", times=1)
            outcome = await client.move(Operation.CAPTURE, tx_id, request, on_uncertain=hook)
            assert outcome.succeeded
            assert outcome.adopted

    asyncio.run(main())
    assert len(heard) == 1
    prepared, cause, reads_before = heard[0]
    assert prepared.reference == request.reference
    assert prepared.amount == 20_000
    assert isinstance(cause, ConnectionDropped)
    assert reads_before == 1  # only the read before sending: the hook precedes settling
    assert _reads_of(sandbox, tx_id) > reads_before


def test_sync_hook_on_a_5xx_and_the_outcome_stays_unknown(
    sandbox: EmbeddedSandbox, client_config: ClientConfig
) -> None:
    tx_id = sandbox.create_authorized_transaction(amount=50_000)["id"]
    heard: list[str] = []

    async def main() -> None:
        async with DinteroClient(client_config) as client:
            assert (await client.move(Operation.CAPTURE, tx_id)).succeeded
            sandbox.add_fault(method="POST", path=r"/refund$", kind="status", status=503, times=1)
            with pytest.raises(OutcomeUnknown):
                await client.move(
                    Operation.REFUND,
                    tx_id,
                    RefundRequest(amount=10_000),
                    on_uncertain=lambda prepared, cause: heard.append(
                        f"{prepared.operation.value}:{type(cause).__name__}"
                    ),
                )

    asyncio.run(main())
    assert heard == ["refund:ServerError"]
    posts = [r for r in sandbox.requests(r"/refund$") if r["method"] == "POST"]
    assert len(posts) == 1  # never a second send while unsure


def test_a_failing_hook_does_not_stop_the_move_from_settling(
    sandbox: EmbeddedSandbox, client_config: ClientConfig, caplog: pytest.LogCaptureFixture
) -> None:
    tx_id = sandbox.create_authorized_transaction(amount=30_000)["id"]

    def broken(prepared: PreparedOperation, cause: DinteroError) -> None:
        raise RuntimeError("display went away")

    async def main() -> None:
        async with DinteroClient(client_config) as client:
            sandbox.add_fault(method="POST", path=r"/void$", kind="drop_after_apply", times=1)
            outcome = await client.move(Operation.VOID, tx_id, on_uncertain=broken)
            assert outcome.succeeded

    with caplog.at_level(logging.ERROR, logger="app.dintero.operations"):
        asyncio.run(main())
    assert "on_uncertain hook failed" in caplog.text
    assert sandbox.get_transaction(tx_id)["status"] == "AUTHORIZATION_VOIDED"


def test_a_clear_answer_never_calls_the_hook(
    sandbox: EmbeddedSandbox, client_config: ClientConfig
) -> None:
    tx_id = sandbox.create_authorized_transaction(amount=30_000)["id"]
    heard: list[PreparedOperation] = []

    async def main() -> None:
        async with DinteroClient(client_config) as client:
            outcome = await client.move(
                Operation.CAPTURE,
                tx_id,
                on_uncertain=lambda prepared, _cause: heard.append(prepared),
            )
            assert outcome.succeeded

    asyncio.run(main())
    assert heard == []
