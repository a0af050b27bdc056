"""Extending a Klarna authorization: `POST /v1/transactions/{id}/authorization`.

The checkout spec (transaction_tid_extend_authorization_post), use case 1 "Extend
authorization (Klarna)": required `reason` and `reference`; "If `amount` is **not
provided**: Extend authorization flow is used". Dintero's knowledge base: Klarna
authorizations last 28 days and can be renewed "for another 28 days ... repeated for up
to 6 months".
"""

from __future__ import annotations

import asyncio
from datetime import timedelta

import httpx
import pytest

from app.dintero import ApiError, ClientConfig, DinteroClient, LocalValidationError
from app.dintero.authorization import authorized_at, estimate_expiry, is_extendable
from app.sandbox import EmbeddedSandbox


def _extend(sandbox: EmbeddedSandbox, tx_id: str, body: object) -> httpx.Response:
    return httpx.post(
        f"{sandbox.base_url}/v1/transactions/{tx_id}/authorization",
        json=body,
        headers={"Authorization": f"Bearer {sandbox.token()}"},
    )


def test_sandbox_extends_klarna_only_and_within_six_months(sandbox: EmbeddedSandbox) -> None:
    klarna = sandbox.create_authorized_transaction(payment_product_type="klarna.klarna")["id"]
    card = sandbox.create_authorized_transaction()["id"]
    body = {"reason": "Delivery delayed", "reference": "ext-1"}
    assert _extend(sandbox, card, body).json()["error"]["code"] == (
        "authorization_update_not_supported"
    )
    missing = _extend(sandbox, klarna, {"reason": "late"})
    assert missing.json()["error"]["errors"][0]["path"] == "reference"
    sandbox.advance_clock(20 * 86_400)
    extended = _extend(sandbox, klarna, body)
    assert extended.status_code == 200, extended.text
    event = extended.json()["events"][-1]
    assert (event["event"], event["success"], event["event_reference"]) == (
        "AUTHORIZE",
        True,
        "ext-1",
    )
    assert extended.json()["status"] == "AUTHORIZED"
    for _ in range(4):  # renewed every 27 days, on days 47, 74, 101 and 128
        sandbox.advance_clock(27 * 86_400)
        assert _extend(sandbox, klarna, body).status_code == 200
    sandbox.advance_clock(27 * 86_400)  # day 155: 28 more days would pass 180
    refused = _extend(sandbox, klarna, body)
    assert refused.status_code == 409
    assert refused.json()["error"]["code"] == "authorization_not_extendable"


def test_a_lapsed_or_captured_authorization_is_not_extended(sandbox: EmbeddedSandbox) -> None:
    lapsed = sandbox.create_authorized_transaction(payment_product_type="klarna.klarna")["id"]
    captured = sandbox.create_authorized_transaction(
        payment_product_type="klarna.klarna", outcome="captured"
    )["id"]
    body = {"reason": "Delivery delayed", "reference": "ext-2"}
    assert _extend(sandbox, captured, body).status_code == 409
    sandbox.advance_clock(29 * 86_400)
    assert _extend(sandbox, lapsed, body).status_code == 409


def test_client_extends_and_the_estimate_starts_again(
    sandbox: EmbeddedSandbox, client_config: ClientConfig
) -> None:
    tx_id = sandbox.create_authorized_transaction(payment_product_type="klarna.klarna")["id"]
    card_id = sandbox.create_authorized_transaction()["id"]
    sandbox.advance_clock(21 * 86_400)

    async def main() -> None:
        async with DinteroClient(client_config) as client:
            before = await client.get_transaction(tx_id)
            assert is_extendable(before)
            assert not is_extendable(await client.get_transaction(card_id))
            with pytest.raises(LocalValidationError):
                await client.extend_authorization(tx_id, reason=" ")
            answer = await client.extend_authorization(tx_id, reason="Delivery delayed")
            assert answer.reference.startswith("pd-ext-")
            assert answer.request_id
            start, earlier = authorized_at(answer.transaction), authorized_at(before)
            assert start is not None
            assert earlier is not None
            assert start > earlier
            assert estimate_expiry(answer.transaction) == start + timedelta(days=28)
            with pytest.raises(ApiError) as refused:
                await client.extend_authorization(card_id, reason="Delivery delayed")
            assert refused.value.status == 400

    asyncio.run(main())
    [call] = sandbox.requests(f"/{tx_id}/authorization$")
    assert set(call["json"]) == {"reason", "reference"}
