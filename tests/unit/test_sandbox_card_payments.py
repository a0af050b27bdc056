"""Sandbox `POST /v1/sessions/pay`: a saved card charged without the customer."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

import httpx
import pytest

from app.sandbox import EmbeddedSandbox

STRICT = {"Dintero-Feature-Toggles": "strict-merchant-reference"}


@pytest.fixture
def api(sandbox: EmbeddedSandbox) -> Iterator[httpx.Client]:
    headers = {"Authorization": f"Bearer {sandbox.token()}"}
    with httpx.Client(base_url=sandbox.base_url, headers=headers) as client:
        yield client


def saved_token(sandbox: EmbeddedSandbox, api: httpx.Client) -> str:
    """A card saved through a payment-token session, as the customer would save it."""
    body = {
        "session": {
            "order": {"currency": "NOK", "merchant_reference": "save-1"},
            "url": {"return_url": "https://shop.example.com/return"},
            "customer": {"customer_id": "c-1"},
        },
        "token_provider": {
            "payment_product_type": "dintero_psp.creditcard",
            "token_types": ["payment_token"],
        },
    }
    session_id = api.post("/v1/sessions/payment-token", json=body).json()["id"]
    transaction = sandbox.pay(session_id)
    read = api.get(
        f"/v1/transactions/{transaction['id']}", params={"includes": "card.payment_token"}
    )
    return str(read.json()["card"]["payment_token"])


def pay_body(token: str, reference: str = "charge-1", amount: int = 12500) -> dict[str, Any]:
    return {
        "session": {
            "order": {
                "amount": amount,
                "currency": "NOK",
                "merchant_reference": reference,
                "items": [
                    {
                        "id": "sku",
                        "line_id": "1",
                        "description": "Refill",
                        "quantity": 1,
                        "amount": amount,
                        "vat": 25,
                        "vat_amount": amount // 5,
                    }
                ],
            },
            "customer": {
                "customer_id": "c-1",
                "tokens": {"dintero_psp.creditcard": {"payment_token": token}},
            },
        },
        "payment": {
            "payment_product_type": "dintero_psp.creditcard",
            "operation": "unscheduled_purchase",
        },
    }


def test_approve_authorizes_a_new_session(sandbox: EmbeddedSandbox, api: httpx.Client) -> None:
    token = saved_token(sandbox, api)
    response = api.post("/v1/sessions/pay", json=pay_body(token), headers=STRICT)
    assert response.status_code == 200
    body = response.json()
    assert body["success"] is True
    assert body["status"] == "AUTHORIZED"
    assert body["amount"] == 12500
    assert body["payment_operation"] == "unscheduled_purchase"
    assert body["merchant_reference"] == "charge-1"
    assert "payment_token" not in body["card"]
    session = api.get(f"/v1/sessions/{body['session_id']}").json()
    assert session["transaction_id"] == body["id"]
    assert "tokens" not in session.get("customer", {})


@pytest.mark.parametrize(
    ("scenario", "retry_code"),
    [
        ("decline", "RETRY_IMMEDIATELY"),
        ("do_not_retry", "DO_NOT_RETRY"),
        ("retry_after", "RETRY_AFTER_DELAY"),
    ],
)
def test_declines_are_a_200_with_a_failed_transaction(
    sandbox: EmbeddedSandbox, api: httpx.Client, scenario: str, retry_code: str
) -> None:
    token = saved_token(sandbox, api)
    sandbox.set_card_payments(scenario, times=1, retry_after_s=600)
    response = api.post("/v1/sessions/pay", json=pay_body(token))
    assert response.status_code == 200
    body = response.json()
    assert body["success"] is False
    assert body["status"] == "FAILED"
    error = body["events"][-1]["error"]
    assert error["message"]
    assert error["retry_policy"]["retry_codes"] == [retry_code]
    if retry_code == "RETRY_AFTER_DELAY":
        created = datetime.fromisoformat(body["created_at"])
        after = datetime.fromisoformat(error["retry_policy"]["retry_after"])
        assert (after - created).total_seconds() == 600
    else:
        assert "retry_after" not in error["retry_policy"]
    again = api.post("/v1/sessions/pay", json=pay_body(token, reference="charge-2"))
    assert again.json()["status"] == "AUTHORIZED"  # `times=1`: back to approve


def test_strict_merchant_reference_refuses_a_resend(
    sandbox: EmbeddedSandbox, api: httpx.Client
) -> None:
    token = saved_token(sandbox, api)
    assert api.post("/v1/sessions/pay", json=pay_body(token), headers=STRICT).status_code == 200
    resend = api.post("/v1/sessions/pay", json=pay_body(token), headers=STRICT)
    assert resend.status_code == 400
    assert resend.json()["error"]["code"] == "duplicate_merchant_reference"
    charged = api.get("/v1/transactions", params={"merchant_reference": "charge-1"}).json()
    assert len(charged) == 1
    without = api.post("/v1/sessions/pay", json=pay_body(token))
    assert without.status_code == 200  # without the toggle Dintero does not dedupe


def test_unknown_token_and_bad_body_are_refused(
    sandbox: EmbeddedSandbox, api: httpx.Client
) -> None:
    unknown = api.post("/v1/sessions/pay", json=pay_body("pt_nothing"))
    assert unknown.status_code == 400
    assert unknown.json()["error"]["code"] == "unknown_payment_token"
    body = pay_body("x")
    body["payment"] = {"payment_product_type": "vipps", "operation": "buy"}
    body["session"]["order"]["amount"] = 1
    bad = api.post("/v1/sessions/pay", json=body)
    assert bad.status_code == 400
    assert api.get("/v1/transactions", params={"merchant_reference": "charge-1"}).json() == []


def test_the_scenario_is_set_and_read_under_sandbox(sandbox: EmbeddedSandbox) -> None:
    with httpx.Client(base_url=sandbox.base_url) as control:
        wrong = control.put("/sandbox/card-payments", json={"outcome": "maybe"})
        assert wrong.status_code == 400
        assert sandbox.set_card_payments("do_not_retry")["outcome"] == "do_not_retry"
        assert control.get("/sandbox/card-payments").json() == {
            "outcome": "do_not_retry",
            "times": None,
            "retry_after_s": 3600,
        }
