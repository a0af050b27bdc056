"""Sandbox transactions: Dintero's state machine for capture, refund and void."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from app.sandbox import EmbeddedSandbox

LINES = [
    {"id": "a", "line_id": "1", "description": "Jacket", "quantity": 1, "amount": 6000, "vat": 25},
    {"id": "b", "line_id": "2", "description": "Cap", "quantity": 1, "amount": 4000, "vat": 25},
]
SHIPPING = {"id": "post", "line_id": "ship", "amount": 1500, "title": "Post", "operator": "Bring"}


@pytest.fixture
def api(sandbox: EmbeddedSandbox) -> Iterator[httpx.Client]:
    headers = {
        "Authorization": f"Bearer {sandbox.token()}",
        "Dintero-System-Name": "paydesk",
        "User-Agent": "paydesk-tests",
    }
    with httpx.Client(base_url=sandbox.base_url, headers=headers) as client:
        yield client


def capture(api: httpx.Client, tid: str, amount: int, **extra: Any) -> httpx.Response:
    return api.post(f"/v1/transactions/{tid}/capture", json={"amount": amount, **extra})


def refund(api: httpx.Client, tid: str, amount: int, **extra: Any) -> httpx.Response:
    return api.post(f"/v1/transactions/{tid}/refund", json={"amount": amount, **extra})


def void(api: httpx.Client, tid: str) -> httpx.Response:
    return api.post(f"/v1/transactions/{tid}/void")


def ok(response: httpx.Response) -> dict[str, Any]:
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def ok_list(response: httpx.Response) -> list[dict[str, Any]]:
    """A listing answers with a JSON array, not an object."""
    assert response.status_code == 200, response.text
    body = response.json()
    assert isinstance(body, list)
    return body


Setup = Callable[[EmbeddedSandbox, httpx.Client], str]


def _authorized(sandbox: EmbeddedSandbox, api: httpx.Client) -> str:
    return str(sandbox.create_authorized_transaction(items=[dict(x) for x in LINES])["id"])


def _after(*steps: tuple[str, int]) -> Setup:
    def setup(sandbox: EmbeddedSandbox, api: httpx.Client) -> str:
        tid = _authorized(sandbox, api)
        for operation, amount in steps:
            if operation == "void":
                ok(void(api, tid))
            else:
                ok(api.post(f"/v1/transactions/{tid}/{operation}", json={"amount": amount}))
        return tid

    return setup


def _paid(outcome: str) -> Setup:
    def setup(sandbox: EmbeddedSandbox, api: httpx.Client) -> str:
        items = [dict(x) for x in LINES]
        product = "collector.invoice" if outcome == "on_hold" else "dintero_psp.creditcard"
        transaction = sandbox.create_authorized_transaction(
            items=items, outcome=outcome, payment_product_type=product
        )
        return str(transaction["id"])

    return setup


STATES: dict[str, Setup] = {
    "AUTHORIZED": _authorized,
    "PARTIALLY_CAPTURED": _after(("capture", 6000)),
    "CAPTURED": _after(("capture", 10000)),
    "PARTIALLY_REFUNDED": _after(("capture", 10000), ("refund", 2000)),
    "REFUNDED": _after(("capture", 10000), ("refund", 10000)),
    "PARTIALLY_CAPTURED_REFUNDED": _after(("capture", 6000), ("refund", 2000)),
    "AUTHORIZATION_VOIDED": _after(("void", 0)),
    "DECLINED": _paid("declined"),
    "FAILED": _paid("failed"),
    "ON_HOLD": _paid("on_hold"),
}
# status -> status after capture(1000) / refund(1000) / void; None = refused with 400.
TABLE: dict[str, tuple[str | None, str | None, str | None]] = {
    "AUTHORIZED": ("PARTIALLY_CAPTURED", None, "AUTHORIZATION_VOIDED"),
    "PARTIALLY_CAPTURED": ("PARTIALLY_CAPTURED", "PARTIALLY_CAPTURED_REFUNDED", None),
    "CAPTURED": (None, "PARTIALLY_REFUNDED", None),
    "PARTIALLY_REFUNDED": (None, "PARTIALLY_REFUNDED", None),
    "REFUNDED": (None, None, None),
    "PARTIALLY_CAPTURED_REFUNDED": (
        "PARTIALLY_CAPTURED_REFUNDED",
        "PARTIALLY_CAPTURED_REFUNDED",
        None,
    ),
    "AUTHORIZATION_VOIDED": (None, None, None),
    "DECLINED": (None, None, None),
    "FAILED": (None, None, None),
    "ON_HOLD": (None, None, None),
}
CASES = [
    (status, operation, TABLE[status][index])
    for status in TABLE
    for index, operation in enumerate(("capture", "refund", "void"))
]


@pytest.mark.parametrize(("status", "operation", "expected"), CASES)
def test_state_machine(
    sandbox: EmbeddedSandbox,
    api: httpx.Client,
    status: str,
    operation: str,
    expected: str | None,
) -> None:
    tid = STATES[status](sandbox, api)
    before = sandbox.get_transaction(tid)
    assert before["status"] == status
    if operation == "void":
        response = void(api, tid)
    else:
        response = api.post(f"/v1/transactions/{tid}/{operation}", json={"amount": 1000})
    after = sandbox.get_transaction(tid)
    if expected is None:
        assert response.status_code == 400, response.text
        assert response.json()["error"]["code"] in (
            "operation_not_allowed_in_status",
            "void_not_supported_for_product",
            "capture_amount_exceeds_remaining",
            "refund_amount_exceeds_remaining",
        )
        assert after["events"] == before["events"]
        assert after["status"] == status
    else:
        assert response.status_code == 200, response.text
        assert response.json()["status"] == expected
        new_event = after["events"][-1]
        assert new_event["event"] == operation.upper()
        assert new_event["transaction_status"] == expected
        assert new_event["success"] is True


def test_partial_captures_add_up_to_captured(sandbox: EmbeddedSandbox, api: httpx.Client) -> None:
    tid = _authorized(sandbox, api)
    assert ok(capture(api, tid, 2500, capture_reference="c-1"))["status"] == "PARTIALLY_CAPTURED"
    assert ok(capture(api, tid, 3500, capture_reference="c-2"))["status"] == "PARTIALLY_CAPTURED"
    over = capture(api, tid, 4001)
    assert over.status_code == 400
    assert over.json()["error"]["code"] == "capture_amount_exceeds_remaining"
    final = ok(capture(api, tid, 4000))
    assert final["status"] == "CAPTURED"
    captures = [e for e in final["events"] if e["event"] == "CAPTURE"]
    assert [c["amount"] for c in captures] == [2500, 3500, 4000]
    assert [c.get("event_reference") for c in captures] == ["c-1", "c-2", None]
    assert all(c["created_by"] == sandbox.client_id for c in captures)
    assert captures[0]["request_headers"]["dintero-system-name"] == "paydesk"
    assert final["amount"] == 10000


def test_over_refund_is_refused_with_error_shape(
    sandbox: EmbeddedSandbox, api: httpx.Client
) -> None:
    tid = _authorized(sandbox, api)
    ok(capture(api, tid, 6000))
    response = refund(api, tid, 6001)
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "refund_amount_exceeds_remaining"
    assert "6000" in error["message"]
    assert error["errors"][0]["path"] == "amount"
    ok(refund(api, tid, 6000, refund_reference="r-1", reason="Returned"))
    assert refund(api, tid, 1).status_code == 400


def test_per_line_remainders(sandbox: EmbeddedSandbox, api: httpx.Client) -> None:
    tid = _authorized(sandbox, api)
    ok(capture(api, tid, 4000, items=[{"line_id": "1", "amount": 4000}]))
    too_much = capture(api, tid, 2500, items=[{"line_id": "1", "amount": 2500}])
    assert too_much.status_code == 400
    assert too_much.json()["error"]["code"] == "line_amount_exceeds_remaining"
    rest = ok(
        capture(
            api,
            tid,
            6000,
            items=[{"line_id": "1", "amount": 2000}, {"line_id": "2", "amount": 4000}],
        )
    )
    assert rest["status"] == "CAPTURED"
    ok(refund(api, tid, 4000, items=[{"line_id": "2", "amount": 4000}]))
    again = refund(api, tid, 1, items=[{"line_id": "2", "amount": 1}])
    assert again.json()["error"]["code"] == "line_amount_exceeds_remaining"


@pytest.mark.parametrize(
    ("items", "code"),
    [
        ([{"line_id": "nope", "amount": 1000}], "unknown_line_id"),
        ([{"line_id": "1", "amount": 999}], "items_amount_mismatch"),
        (
            [{"line_id": "1", "amount": 600}, {"line_id": "2", "amount": 500}],
            "items_amount_mismatch",
        ),
    ],
)
def test_items_are_checked_on_capture(
    sandbox: EmbeddedSandbox, api: httpx.Client, items: list[dict[str, Any]], code: str
) -> None:
    tid = _authorized(sandbox, api)
    response = capture(api, tid, 1000, items=items)
    assert response.status_code == 400
    assert response.json()["error"]["code"] == code


@pytest.mark.parametrize(
    "body",
    [{}, {"amount": 0}, {"amount": -5}, {"amount": 10.5}, {"amount": "100"}, {"amount": True}],
)
def test_bad_amounts_are_400(sandbox: EmbeddedSandbox, api: httpx.Client, body: Any) -> None:
    tid = _authorized(sandbox, api)
    response = api.post(f"/v1/transactions/{tid}/capture", json=body)
    assert response.status_code == 400
    assert response.json()["error"]["errors"][0]["path"] == "amount"


def test_invalid_json_is_400(sandbox: EmbeddedSandbox, api: httpx.Client) -> None:
    tid = _authorized(sandbox, api)
    response = api.post(
        f"/v1/transactions/{tid}/capture",
        content=b"{not json",
        headers={"Content-Type": "application/json"},
    )
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "invalid_json"


def test_shipping_line_can_be_captured_and_refunded(
    sandbox: EmbeddedSandbox, api: httpx.Client
) -> None:
    transaction = sandbox.create_authorized_transaction(
        items=[dict(x) for x in LINES], shipping_option=SHIPPING
    )
    tid = transaction["id"]
    assert transaction["amount"] == 11500
    all_lines = [{"line_id": i["line_id"], "amount": i["amount"]} for i in transaction["items"]]
    assert ok(capture(api, tid, 11500, items=all_lines))["status"] == "CAPTURED"
    shipped_back = ok(refund(api, tid, 1500, items=[{"line_id": "ship", "amount": 1500}]))
    assert shipped_back["status"] == "PARTIALLY_REFUNDED"
    assert shipped_back["events"][-1]["items"] == [{"line_id": "ship", "amount": 1500}]


def test_final_capture_closes_the_rest_for_dintero_psp(
    sandbox: EmbeddedSandbox, api: httpx.Client
) -> None:
    tid = _authorized(sandbox, api)
    done = ok(capture(api, tid, 6000, final_capture=True))
    assert done["status"] == "CAPTURED"
    assert capture(api, tid, 1000).status_code == 400
    refunded = ok(refund(api, tid, 6000))
    assert refunded["status"] == "REFUNDED"


def test_final_capture_is_refused_for_other_products(
    sandbox: EmbeddedSandbox, api: httpx.Client
) -> None:
    """`final_capture` "Only applies to transactions where the `payment_product` is
    `dintero_psp`" (capture request body in the checkout spec)."""
    tid = sandbox.create_authorized_transaction(payment_product_type="vipps")["id"]
    response = capture(api, tid, 1000, final_capture=True)
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "final_capture_not_supported"


def test_void_releases_a_partial_captures_rest_where_supported(
    sandbox: EmbeddedSandbox, api: httpx.Client
) -> None:
    """Void page, "Void on part capture is only supported on following types": payex
    creditcard/mobilepay/vipps/applepay/clicktopay/googlepay, vipps, klarna.klarna and
    klarna.billie."""
    tid = sandbox.create_authorized_transaction(amount=10000, payment_product_type="vipps")["id"]
    ok(capture(api, tid, 3000))
    voided = ok(void(api, tid))
    assert voided["status"] == "CAPTURED"
    assert voided["events"][-1]["event"] == "VOID"
    assert voided["events"][-1]["amount"] == 7000
    assert capture(api, tid, 100).status_code == 400
    assert ok(refund(api, tid, 3000))["status"] == "REFUNDED"


def test_void_tolerates_a_json_null_body(sandbox: EmbeddedSandbox, api: httpx.Client) -> None:
    tid = _authorized(sandbox, api)
    response = api.post(
        f"/v1/transactions/{tid}/void",
        content=b"null",
        headers={"Content-Type": "application/json"},
    )
    assert ok(response)["status"] == "AUTHORIZATION_VOIDED"


def test_references_are_not_deduplicated(sandbox: EmbeddedSandbox, api: httpx.Client) -> None:
    tid = _authorized(sandbox, api)
    ok(capture(api, tid, 1000, capture_reference="same"))
    second = ok(capture(api, tid, 1000, capture_reference="same"))
    references = [e.get("event_reference") for e in second["events"] if e["event"] == "CAPTURE"]
    assert references == ["same", "same"]


def test_update_merchant_reference_2(sandbox: EmbeddedSandbox, api: httpx.Client) -> None:
    tid = _authorized(sandbox, api)
    updated = ok(api.put(f"/v1/transactions/{tid}", json={"merchant_reference_2": "WO-77"}))
    assert updated["merchant_reference_2"] == "WO-77"
    found = ok_list(api.get("/v1/transactions", params={"search": "wo-77"}))
    assert [t["id"] for t in found] == [tid]
    refused = api.put(f"/v1/transactions/{tid}", json={"amount": 1})
    assert refused.status_code == 400


def test_get_transaction_includes(sandbox: EmbeddedSandbox, api: httpx.Client) -> None:
    tid = sandbox.create_authorized_transaction(items=[dict(x) for x in LINES])["id"]
    api.post(
        f"/v1/transactions/{tid}/capture",
        json={"amount": 1000, "items": [{"line_id": "1", "amount": 999}]},
    )
    ok(capture(api, tid, 1000))
    plain = ok(api.get(f"/v1/transactions/{tid}"))
    assert plain["session_id"]
    assert "session" not in plain
    both = ok(
        api.get(
            f"/v1/transactions/{tid}",
            params=[("includes", "session"), ("includes", "events.success.true")],
        )
    )
    assert both["session"]["id"] == plain["session_id"]
    assert all(event["success"] for event in both["events"])
    assert ok(api.get(f"/v1/transactions/{tid}"))["status"] == "PARTIALLY_CAPTURED"
    assert api.get("/v1/transactions/T12345678.unknown").status_code == 404


def test_card_details_for_card_payments(sandbox: EmbeddedSandbox, api: httpx.Client) -> None:
    transaction = ok(api.get(f"/v1/transactions/{_authorized(sandbox, api)}"))
    card = transaction["card"]
    assert card["brand"] in ("Visa", "MasterCard")
    assert "******" in card["masked_pan"]
    assert transaction["payment_product"] == "dintero_psp"


def _paid_with(sandbox: EmbeddedSandbox, product_type: str) -> str:
    transaction = sandbox.create_authorized_transaction(
        items=[dict(x) for x in LINES], payment_product_type=product_type
    )
    return str(transaction["id"])


def test_instabank_moves_need_items_with_quantity(
    sandbox: EmbeddedSandbox, api: httpx.Client
) -> None:
    """Capture and refund pages: "Note that `items` is required when capturing a
    transaction with `payment_product=instabank`. The items must include the lines to
    Capture, with `line_id`, `quantity` and `amount`" (likewise to Refund)."""
    tid = _paid_with(sandbox, "instabank.finance")
    refused = capture(api, tid, 6000)
    assert refused.status_code == 400
    assert refused.json()["error"]["code"] == "items_required"
    no_quantity = capture(api, tid, 6000, items=[{"line_id": "1", "amount": 6000}])
    assert no_quantity.json()["error"]["errors"][0]["path"] == "items[0].quantity"
    ok(capture(api, tid, 3000, items=[{"line_id": "1", "quantity": 0.5, "amount": 3000}]))
    assert refund(api, tid, 1000).json()["error"]["code"] == "items_required"
    ok(refund(api, tid, 1000, items=[{"line_id": "1", "quantity": 0.2, "amount": 1000}]))


def test_collector_captures_whole_lines(sandbox: EmbeddedSandbox, api: httpx.Client) -> None:
    """Integration checklist: "When capturing Collector payments, capture full item
    lines"."""
    tid = _paid_with(sandbox, "collector.invoice")
    part = capture(api, tid, 3000, items=[{"line_id": "1", "quantity": 1, "amount": 3000}])
    assert part.json()["error"]["code"] == "whole_lines_required"
    by_amount = capture(api, tid, 6000)
    assert by_amount.json()["error"]["code"] == "whole_lines_required"
    ok(capture(api, tid, 6000, items=[{"line_id": "1", "quantity": 1, "amount": 6000}]))
    # Everything left at once (by amount) is whole lines too.
    assert ok(capture(api, tid, 4000))["status"] == "CAPTURED"
    # A refund may take part of a line.
    ok(refund(api, tid, 1000, items=[{"line_id": "1", "amount": 1000}]))
