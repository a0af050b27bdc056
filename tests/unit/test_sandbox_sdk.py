"""Outside check: Dintero's official Python SDK, unchanged, against the sandbox.

The SDK is synchronous (requests); it runs in the test thread while the sandbox
serves from its own thread.
"""

from __future__ import annotations

import pytest
from dintero import Dintero
from dintero.error import InvalidRequestBody

from app.sandbox import EmbeddedSandbox


def sdk_checkout(sandbox: EmbeddedSandbox) -> object:
    client = Dintero(
        sandbox.account_id,
        sandbox.client_id,
        sandbox.client_secret,
        api_url=sandbox.base_url,
        checkout_url=sandbox.base_url,
    )
    return client.checkout()


def test_official_sdk_full_cycle(sandbox: EmbeddedSandbox) -> None:
    checkout = sdk_checkout(sandbox)
    session_body = {
        "url": {"return_url": "https://shop.example.com/return"},
        "order": {
            "amount": 30000,
            "currency": "NOK",
            "merchant_reference": "sdk-1",
            "items": [
                {"id": "a", "line_id": "1", "description": "A", "quantity": 1, "amount": 20000},
                {"id": "b", "line_id": "2", "description": "B", "quantity": 1, "amount": 10000},
            ],
        },
        "profile_id": "default",
    }
    created = checkout.create_session(session_body)  # type: ignore[attr-defined]
    assert created["url"].startswith(sandbox.base_url)
    session = checkout.get_session(created["id"])  # type: ignore[attr-defined]
    assert session["order"]["merchant_reference"] == "sdk-1"
    # GET session leaves the creator's headers out unless `includes` asks (the SDK does
    # not); they are stored all the same.
    assert "initiating_system_request_headers" not in session
    stored = sandbox.get_session(created["id"])
    assert stored["initiating_system_request_headers"]["dintero-system-plugin-name"] == "python-sdk"

    paid = sandbox.pay(created["id"])
    tid = paid["id"]
    assert checkout.get_transaction(tid)["status"] == "AUTHORIZED"  # type: ignore[attr-defined]

    captured = checkout.capture_transaction(  # type: ignore[attr-defined]
        tid, 20000, [{"line_id": "1", "amount": 20000}], capture_reference="cap-1"
    )
    assert captured["status"] == "PARTIALLY_CAPTURED"
    refunded = checkout.refund_transaction(  # type: ignore[attr-defined]
        tid, 5000, [{"line_id": "1", "amount": 5000}], refund_reference="ref-1", reason="damaged"
    )
    assert refunded["status"] == "PARTIALLY_CAPTURED_REFUNDED"
    with pytest.raises(InvalidRequestBody):
        checkout.refund_transaction(tid, 50000, [])  # type: ignore[attr-defined]

    second = sandbox.create_authorized_transaction(amount=7000)
    voided = checkout.void_transaction(second["id"])  # type: ignore[attr-defined]
    assert voided["status"] == "AUTHORIZATION_VOIDED"

    [token_request] = sandbox.requests("/auth/token$")  # the SDK reuses its token
    assert token_request["json"]["audience"] == f"{sandbox.base_url}/v1/accounts/T12345678"
    assert token_request["headers"]["authorization"].startswith("Basic ")
    void_request = sandbox.requests("/void$")[0]
    assert void_request["json"] is None
    assert void_request["headers"]["dintero-system-name"] == "python-application"
