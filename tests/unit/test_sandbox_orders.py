"""Sandbox Orders API: draft, complete, and records of authorizations, captures, refunds."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from app.sandbox import DEFAULT_ACCOUNTS, EmbeddedSandbox

ACCOUNT = DEFAULT_ACCOUNTS[0].account_id
SHOPPING = f"/v1/accounts/{ACCOUNT}/shopping"
DRAFT = {
    "options": {"generate_order_id": "ALPHANUMERIC_9"},
    "order": {
        "currency": "NOK",
        "items": [
            {
                "id": "sku-1",
                "line_id": 1,
                "quantity": 1,
                "gross_amount": 6000,
                "tax_lines": [{"amount": 1200, "percentage": 25}],
                "description": "Jacket",
            },
            {
                "id": "sku-2",
                "line_id": 2,
                "quantity": 1,
                "gross_amount": 4000,
                "tax_lines": [{"amount": 800, "percentage": 25}],
                "description": "Cap",
            },
        ],
    },
}


@pytest.fixture
def api(sandbox: EmbeddedSandbox) -> Iterator[httpx.Client]:
    headers = {"Authorization": f"Bearer {sandbox.token()}"}
    with httpx.Client(base_url=sandbox.base_url, headers=headers) as client:
        yield client


def active_order(api: httpx.Client) -> dict[str, Any]:
    draft = api.post(f"{SHOPPING}/draft_orders", json=DRAFT)
    assert draft.status_code == 200, draft.text
    completed = api.put(f"{SHOPPING}/draft_orders/{draft.json()['id']}/complete")
    assert completed.status_code == 200, completed.text
    [order] = completed.json()["orders"]
    body: dict[str, Any] = order
    return body


def test_draft_then_complete_gives_an_order_id(api: httpx.Client) -> None:
    """Dintero's "Complete a draft order" reference answers
    `{"orders": [{"currency", "id", "created_at", ..., "status": "open", ...}]}`."""
    draft = api.post(f"{SHOPPING}/draft_orders", json=DRAFT).json()
    answer = api.put(f"{SHOPPING}/draft_orders/{draft['id']}/complete").json()
    assert list(answer) == ["orders"]
    [order] = answer["orders"]
    assert len(order["id"]) == 9
    assert order["id"].isalnum()
    assert order["status"] == "open"
    assert order["currency"] == "NOK"
    assert [item["line_id"] for item in order["items"]] == [1, 2]
    fetched = api.get(f"{SHOPPING}/orders/{order['id']}").json()
    assert fetched["id"] == order["id"]
    assert fetched["captures"] == []


def test_completing_twice_is_refused(api: httpx.Client) -> None:
    draft_id = api.post(f"{SHOPPING}/draft_orders", json=DRAFT).json()["id"]
    assert api.put(f"{SHOPPING}/draft_orders/{draft_id}/complete").status_code == 200
    assert api.put(f"{SHOPPING}/draft_orders/{draft_id}/complete").status_code == 400


def test_draft_validation(api: httpx.Client) -> None:
    bad = {"order": {"currency": "NOK", "items": [{"line_id": "1", "gross_amount": 1.5}]}}
    response = api.post(f"{SHOPPING}/draft_orders", json=bad)
    assert response.status_code == 400
    paths = {e["path"] for e in response.json()["error"]["errors"]}
    assert paths == {"order.items[0].line_id", "order.items[0].gross_amount"}


def test_records_follow_the_checkout_operations(
    sandbox: EmbeddedSandbox, api: httpx.Client
) -> None:
    order = active_order(api)
    order_id = order["id"]
    transaction = sandbox.create_authorized_transaction(amount=10000, merchant_reference=order_id)
    details = {"payment_id": transaction["id"], "payment_product": "dintero_psp"}
    records = {
        "authorizations": [{"line_id": 1, "amount": 6000}, {"line_id": 2, "amount": 4000}],
        "captures": [{"line_id": 1, "amount": 6000}],
        "refunds": [{"line_id": 1, "amount": 6000}],
    }
    for kind, items in records.items():
        response = api.post(
            f"{SHOPPING}/orders/{order_id}/{kind}",
            json={"items": items, "payment_details": details, "success": True},
        )
        assert response.status_code == 200, response.text
        record = response.json()
        assert record["amount"] == sum(item["amount"] for item in items)
        assert record["payment_details"]["payment_id"] == transaction["id"]
        assert record["created_by"] == sandbox.client_id
        assert record["_links"][0]["href"].endswith(f"/{kind}/{record['id']}")
    # The Orders reference has "Create a cancellation for an order":
    # POST …/orders/{order_id}/cancellations.
    cancel = api.post(f"{SHOPPING}/orders/{order_id}/cancellations", json={"reason": "customer"})
    assert cancel.status_code == 200
    assert api.get(cancel.json()["_links"][0]["href"]).json() == cancel.json()
    stored = api.get(f"{SHOPPING}/orders/{order_id}").json()
    assert [len(stored[kind]) for kind in (*records, "cancellations")] == [1, 1, 1, 1]
    assert stored["status"] == "cancelled"
    assert stored["cancelled_at"] == cancel.json()["created_at"]
    assert sandbox.get_order(order_id)["captures"][0]["amount"] == 6000


def test_record_with_unknown_line_is_refused(api: httpx.Client) -> None:
    order_id = active_order(api)["id"]
    response = api.post(
        f"{SHOPPING}/orders/{order_id}/captures",
        json={"items": [{"line_id": 9, "amount": 1}], "payment_details": {"payment_id": "x"}},
    )
    assert response.status_code == 400
    assert response.json()["error"]["errors"][0]["path"] == "items[0].line_id"


def test_unknown_order_and_unknown_record_kind(api: httpx.Client) -> None:
    assert api.get(f"{SHOPPING}/orders/NOPE12345").status_code == 404
    order_id = active_order(api)["id"]
    assert api.post(f"{SHOPPING}/orders/{order_id}/bogus", json={}).status_code == 404


def test_orders_of_another_account_are_forbidden(
    sandbox: EmbeddedSandbox, api: httpx.Client
) -> None:
    order_id = active_order(api)["id"]
    prod_id = DEFAULT_ACCOUNTS[1].account_id
    prod = {"Authorization": f"Bearer {sandbox.token(prod_id)}"}
    response = httpx.get(
        f"{sandbox.base_url}/v1/accounts/{prod_id}/shopping/orders/{order_id}", headers=prod
    )
    assert response.status_code == 403


def test_draft_lines_need_their_own_line_ids_and_tax_lines_as_objects(api: httpx.Client) -> None:
    """The Orders reference: `line_id` names one line of the order; `tax_lines` is an
    array of `{amount, percentage}`."""
    line = {"line_id": 1, "gross_amount": 100, "tax_lines": [{"amount": 20, "percentage": 25}]}
    bad = {
        "order": {
            "currency": "NOK",
            "items": [line, {**line, "tax_lines": [{"amount": "20", "percentage": "25"}]}],
        }
    }
    response = api.post(f"{SHOPPING}/draft_orders", json=bad)
    assert response.status_code == 400
    paths = {e["path"] for e in response.json()["error"]["errors"]}
    assert paths == {
        "order.items[1].line_id",
        "order.items[1].tax_lines[0].amount",
        "order.items[1].tax_lines[0].percentage",
    }


def test_a_client_without_the_shopping_scope_is_refused_by_the_orders_api(
    sandbox: EmbeddedSandbox, api: httpx.Client
) -> None:
    """The Orders API asks for the scope `admin:shopping` (Dintero's Orders reference);
    checkout itself does not."""
    order = active_order(api)
    sandbox.withhold_scopes("admin:shopping")
    for method, path in (
        ("POST", f"{SHOPPING}/draft_orders"),
        ("GET", f"{SHOPPING}/orders/{order['id']}"),
        ("POST", f"{SHOPPING}/orders/{order['id']}/authorizations"),
    ):
        response = api.request(method, path, json=DRAFT if method == "POST" else None)
        assert response.status_code == 403, path
        assert "admin:shopping" in response.json()["error"]["message"]
    assert api.get("/v1/transactions").status_code == 200
    sandbox.withhold_scopes()
    assert api.get(f"{SHOPPING}/orders/{order['id']}").status_code == 200
