"""Sandbox checkout sessions: validation, events, expiry, cancel, pay page, payment tokens."""

from __future__ import annotations

import copy
import re
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from app.sandbox import DEFAULT_ACCOUNTS, EmbeddedSandbox, SandboxConfig, SandboxControlError

PROD_ACCOUNT = DEFAULT_ACCOUNTS[1]
SYSTEM_HEADERS = {
    "Dintero-System-Name": "paydesk",
    "Dintero-System-Version": "0.1.0",
    "Dintero-System-Plugin-Name": "paydesk-tests",
    "Dintero-System-Plugin-Version": "1",
    "User-Agent": "paydesk-tests/1",
}


def session_body(**order_overrides: Any) -> dict[str, Any]:
    order: dict[str, Any] = {
        "amount": 34900,
        "currency": "NOK",
        "merchant_reference": "order-1001",
        "items": [
            {
                "id": "sku-1",
                "line_id": "1",
                "description": "Wool sweater",
                "quantity": 1,
                "amount": 29900,
                "vat": 25,
                "vat_amount": 5980,
            },
            {
                "id": "sku-2",
                "line_id": "2",
                "description": "Socks",
                "quantity": 2,
                "amount": 5000,
                "vat": 25,
                "vat_amount": 1000,
            },
        ],
    }
    order.update(order_overrides)
    return {
        "profile_id": "default",
        "url": {"return_url": "https://shop.example.com/return?shop=1"},
        "order": order,
        "customer": {"email": "kari@example.no", "phone_number": "+4799999999"},
    }


SHIPPING = {"id": "post", "line_id": "ship", "amount": 9900, "title": "Posten", "operator": "Bring"}


@pytest.fixture
def api(sandbox: EmbeddedSandbox) -> Iterator[httpx.Client]:
    headers = {"Authorization": f"Bearer {sandbox.token()}", **SYSTEM_HEADERS}
    with httpx.Client(base_url=sandbox.base_url, headers=headers) as client:
        yield client


def create(api: httpx.Client, body: dict[str, Any], **kwargs: Any) -> httpx.Response:
    return api.post("/v1/sessions-profile", json=body, **kwargs)


def test_create_answers_id_and_pay_url(sandbox: EmbeddedSandbox, api: httpx.Client) -> None:
    response = create(api, session_body())
    assert response.status_code == 200
    body = response.json()
    assert re.fullmatch(r"T12345678\.[1-9A-HJ-NP-Za-km-z]{22}", body["id"])
    assert body["url"] == f"{sandbox.base_url}/v1/view/{body['id']}"
    assert "session" not in body


def test_include_session_returns_the_stored_session(api: httpx.Client) -> None:
    response = create(api, session_body(), params={"include_session": "true"})
    session = response.json()["session"]
    assert session["order"]["amount"] == 34900
    assert session["metadata"]["session:profile_id"] == "default"
    assert [event["name"] for event in session["events"]] == ["INITIATED"]
    assert "transaction_id" not in session


def test_system_headers_are_recorded_lower_cased_and_shown_when_asked_for(
    sandbox: EmbeddedSandbox, api: httpx.Client
) -> None:
    """GET session: "Include aditional data that are by default excluded from the session
    details": `events.request_headers` and `initiating_system_request_headers`."""
    session_id = create(api, session_body()).json()["id"]
    plain = api.get(f"/v1/sessions/{session_id}").json()
    assert "initiating_system_request_headers" not in plain
    assert "request_headers" not in plain["events"][0]
    session = api.get(
        f"/v1/sessions/{session_id}",
        params=[
            ("includes", "initiating_system_request_headers"),
            ("includes", "events.request_headers"),
        ],
    ).json()
    expected = {key.lower(): value for key, value in SYSTEM_HEADERS.items()}
    assert session["initiating_system_request_headers"] == expected
    assert session["events"][0]["request_headers"] == expected


def test_transaction_headers_only_when_asked_for_but_always_on_operation_answers(
    sandbox: EmbeddedSandbox, api: httpx.Client
) -> None:
    """GET transaction excludes them by default (`includes` lists both); the capture,
    refund and void pages: "From 2023-09, `events.request_headers` and
    `initiating_system_request_headers` will be included by default"."""
    transaction = sandbox.pay(create(api, session_body()).json()["id"])
    path = f"/v1/transactions/{transaction['id']}"
    plain = api.get(path).json()
    assert "initiating_system_request_headers" not in plain
    expected = {key.lower(): value for key, value in SYSTEM_HEADERS.items()}
    asked = api.get(
        path,
        params=[
            ("includes", "initiating_system_request_headers"),
            ("includes", "events.request_headers"),
        ],
    ).json()
    assert asked["initiating_system_request_headers"] == expected
    captured = api.post(f"{path}/capture", json={"amount": 100}).json()
    assert captured["initiating_system_request_headers"] == expected
    assert captured["events"][-1]["request_headers"] == expected
    assert "request_headers" not in api.get(path).json()["events"][-1]
    with_latest = api.get(path, params={"includes": "session.events.latest"}).json()
    assert [e["name"] for e in with_latest["session"]["events"]] == ["AUTHORIZED"]


def test_default_expiry_is_24_hours(api: httpx.Client) -> None:
    session = create(api, session_body(), params={"include_session": "true"}).json()["session"]
    created = datetime.fromisoformat(session["created_at"].replace("Z", "+00:00"))
    expires = datetime.fromisoformat(session["expires_at"].replace("Z", "+00:00"))
    assert expires - created == timedelta(hours=24)


@pytest.mark.parametrize(
    ("mutate", "path"),
    [
        (lambda b: b.pop("profile_id"), "profile_id"),
        (lambda b: b["url"].pop("return_url"), "url.return_url"),
        (lambda b: b["order"].pop("amount"), "order.amount"),
        (lambda b: b["order"].update(amount=349.0), "order.amount"),
        (lambda b: b["order"].update(amount="34900"), "order.amount"),
        (lambda b: b["order"].update(amount=-1), "order.amount"),
        (lambda b: b["order"].pop("currency"), "order.currency"),
        (lambda b: b["order"].update(currency="kroner"), "order.currency"),
        (lambda b: b["order"].pop("merchant_reference"), "order.merchant_reference"),
        (lambda b: b["order"]["items"][0].update(amount=299.9), "order.items[0].amount"),
        (
            lambda b: b["order"].update(shipping_option={"id": "x", "amount": 1}),
            "order.shipping_option.line_id",
        ),
        (lambda b: b["customer"].update(phone_number="99999999"), "customer.phone_number"),
    ],
)
def test_invalid_sessions_are_400_naming_the_field(
    api: httpx.Client, mutate: Any, path: str
) -> None:
    body = copy.deepcopy(session_body())
    mutate(body)
    response = create(api, body)
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "invalid_request"
    assert path in [entry["path"] for entry in error["errors"]]


def test_all_field_errors_are_reported_at_once(api: httpx.Client) -> None:
    response = create(api, {"order": {"amount": 1.5}})
    paths = {entry["path"] for entry in response.json()["error"]["errors"]}
    assert {"profile_id", "url", "order.amount", "order.currency"} <= paths


def test_line_ids_must_be_unique_including_shipping(api: httpx.Client) -> None:
    body = session_body(shipping_option={**SHIPPING, "line_id": "1"}, amount=44800)
    response = create(api, body)
    assert response.status_code == 400
    assert "unique" in response.json()["error"]["message"]


def test_amount_mismatch_is_tolerated_without_the_strict_toggle(api: httpx.Client) -> None:
    assert create(api, session_body(amount=100)).status_code == 200


def test_strict_toggle_enforces_items_plus_shipping(api: httpx.Client) -> None:
    strict = {"Dintero-Feature-Toggles": "strict-session-amounts"}
    mismatch = create(api, session_body(amount=34900, shipping_option=SHIPPING), headers=strict)
    assert mismatch.status_code == 400
    assert mismatch.json()["error"]["code"] == "session_amount_mismatch"
    exact = create(api, session_body(amount=44800, shipping_option=SHIPPING), headers=strict)
    assert exact.status_code == 200
    partial = create(api, session_body(amount=100, partial_payment=True), headers=strict)
    assert partial.status_code == 200


def test_expires_at_in_the_past_is_refused(api: httpx.Client) -> None:
    body = session_body()
    body["expires_at"] = (datetime.now(UTC) - timedelta(minutes=1)).isoformat()
    response = create(api, body)
    assert response.status_code == 400
    assert response.json()["error"]["errors"][0]["path"] == "expires_at"


def test_unknown_session_is_404(api: httpx.Client) -> None:
    response = api.get("/v1/sessions/T12345678.doesnotexist")
    assert response.status_code == 404
    assert response.json()["error"]["message"]


@pytest.mark.parametrize(
    ("account", "phone", "expected"),
    [
        ("test", "+4799999999", "skipped"),
        ("prod", "+4799999999", "sent"),
        ("prod", None, "skipped"),
    ],
)
def test_sms_publish_is_sent_only_from_production_with_a_phone(
    sandbox: EmbeddedSandbox, account: str, phone: str | None, expected: str
) -> None:
    account_id = PROD_ACCOUNT.account_id if account == "prod" else sandbox.account_id
    body = session_body()
    body["customer"] = {"phone_number": phone} if phone else {}
    body["configuration"] = {"publish": [{"channel": "sms", "type": "checkout-link"}]}
    response = httpx.post(
        f"{sandbox.base_url}/v1/sessions-profile",
        json=body,
        headers={"Authorization": f"Bearer {sandbox.token(account_id)}"},
    )
    publish = response.json()["publish"]
    assert [(p["channel"], p["type"], p["status"]) for p in publish] == [
        ("sms", "checkout-link", expected)
    ]
    assert publish[0]["id"]
    # Only the create answer has a top-level publish; a stored session keeps it in
    # configuration.publish (PublishConfiguration: readonly id and status).
    stored = httpx.get(
        f"{sandbox.base_url}/v1/sessions/{response.json()['id']}",
        headers={"Authorization": f"Bearer {sandbox.token(account_id)}"},
    ).json()
    assert "publish" not in stored
    assert stored["configuration"]["publish"] == publish


def test_session_expires_with_the_clock(sandbox: EmbeddedSandbox, api: httpx.Client) -> None:
    session_id = create(api, session_body()).json()["id"]
    sandbox.advance_clock(24 * 3600 + 1)
    with pytest.raises(SandboxControlError) as raised:
        sandbox.pay(session_id)
    assert raised.value.status == 400
    assert "session_expired" in raised.value.body
    page = httpx.get(f"{sandbox.base_url}/v1/view/{session_id}")
    assert "expired" in page.text
    assert "<button" not in page.text


def test_paying_sets_transaction_and_moves_shipping_into_items(
    sandbox: EmbeddedSandbox, api: httpx.Client
) -> None:
    session_id = create(api, session_body(amount=44800, shipping_option=SHIPPING)).json()["id"]
    transaction = sandbox.pay(session_id)
    assert transaction["status"] == "AUTHORIZED"
    assert transaction["amount"] == 44800
    assert [item["line_id"] for item in transaction["items"]] == ["1", "2", "ship"]
    assert transaction["items"][-1]["amount"] == 9900
    assert transaction["initiating_system_request_headers"]["dintero-system-name"] == "paydesk"
    session = api.get(f"/v1/sessions/{session_id}").json()
    assert session["transaction_id"] == transaction["id"]
    assert [event["name"] for event in session["events"]] == ["INITIATED", "AUTHORIZED"]
    with pytest.raises(SandboxControlError, match="session_already_paid"):
        sandbox.pay(session_id)


def test_swish_is_captured_at_payment(sandbox: EmbeddedSandbox, api: httpx.Client) -> None:
    swish = sandbox.pay(
        create(api, session_body()).json()["id"], payment_product_type="swish.swish"
    )
    assert swish["status"] == "CAPTURED"
    captures = [e for e in swish["events"] if e["event"] == "CAPTURE"]
    assert [c["amount"] for c in captures] == [34900]


def _auto_capture_body() -> dict[str, Any]:
    body = session_body()
    body["configuration"] = {"auto_capture": True}
    return body


def test_auto_capture_happens_after_authorized(sandbox: EmbeddedSandbox, api: httpx.Client) -> None:
    """AutoCaptureConfiguration: "captured automatically after the transaction has been
    AUTHORIZED"."""
    sandbox.set_auto_capture(delay_s=None)
    paid = sandbox.pay(create(api, _auto_capture_body()).json()["id"])
    assert paid["status"] == "AUTHORIZED"
    assert not [e for e in paid["events"] if e["event"] == "CAPTURE"]
    captured = sandbox.run_auto_capture(paid["id"])
    assert captured["status"] == "CAPTURED"
    [capture] = [e for e in captured["events"] if e["event"] == "CAPTURE"]
    assert capture["success"] is True
    assert capture["amount"] == 34900
    assert [i["line_id"] for i in capture["items"]] == ["1", "2"]
    with pytest.raises(SandboxControlError, match="not waiting for an auto-capture"):
        sandbox.run_auto_capture(paid["id"])


def test_auto_capture_retries_after_a_failure(sandbox: EmbeddedSandbox, api: httpx.Client) -> None:
    """ "A successful auto-capture ... sometimes requires more than one capture attempt"."""
    sandbox.set_auto_capture(delay_s=None, fail_attempts=1)
    paid = sandbox.pay(create(api, _auto_capture_body()).json()["id"])
    failed = sandbox.run_auto_capture(paid["id"])
    assert failed["status"] == "AUTHORIZED"
    assert failed["events"][-1]["event"] == "CAPTURE"
    assert failed["events"][-1]["success"] is False
    assert sandbox.run_auto_capture(paid["id"])["status"] == "CAPTURED"


def test_auto_capture_gives_up_after_48_hours(sandbox: EmbeddedSandbox, api: httpx.Client) -> None:
    """ "Dintero will attempts capture retries for 48 hours"."""
    sandbox.set_auto_capture(delay_s=None, fail_attempts=-1)
    paid = sandbox.pay(create(api, _auto_capture_body()).json()["id"])
    assert sandbox.run_auto_capture(paid["id"])["status"] == "AUTHORIZED"
    sandbox.advance_clock(48 * 3600)
    assert sandbox.run_auto_capture(paid["id"])["status"] == "AUTHORIZED"
    with pytest.raises(SandboxControlError, match="not waiting for an auto-capture"):
        sandbox.run_auto_capture(paid["id"])


@pytest.mark.parametrize("move", ["capture", "void"])
def test_a_manual_capture_or_void_stops_the_auto_capture(
    sandbox: EmbeddedSandbox, api: httpx.Client, move: str
) -> None:
    """ "Manual capture of a transaction that is pending auto-capture will stop the
    auto-capture process from completing the capture"."""
    sandbox.set_auto_capture(delay_s=None)
    paid = sandbox.pay(create(api, _auto_capture_body()).json()["id"])
    body = {"amount": 29900, "items": [{"line_id": "1", "amount": 29900}]}
    answer = api.post(
        f"/v1/transactions/{paid['id']}/{move}", json=body if move == "capture" else None
    )
    assert answer.status_code == 200, answer.text
    with pytest.raises(SandboxControlError, match="not waiting for an auto-capture"):
        sandbox.run_auto_capture(paid["id"])
    captures = [e for e in sandbox.get_transaction(paid["id"])["events"] if e["event"] == "CAPTURE"]
    assert len(captures) == (1 if move == "capture" else 0)


def test_auto_capture_runs_by_itself_after_its_delay() -> None:
    with EmbeddedSandbox(SandboxConfig(auto_capture_delay_s=0.05)) as quick:
        session = quick.create_session(_auto_capture_body())
        paid = quick.pay(session["id"])
        assert paid["status"] == "AUTHORIZED"
        deadline = time.monotonic() + 5
        while quick.get_transaction(paid["id"])["status"] != "CAPTURED":
            assert time.monotonic() < deadline, "the auto-capture never ran"
            time.sleep(0.02)


@pytest.mark.parametrize(("outcome", "status"), [("declined", "DECLINED"), ("failed", "FAILED")])
def test_a_declined_or_failed_payment_is_the_sessions_one_transaction(
    sandbox: EmbeddedSandbox, api: httpx.Client, outcome: str, status: str
) -> None:
    """Dintero's "Handling payment" page: "The session will contain a transaction_id
    referencing the transaction. There will only be one transaction for any one session."
    A declined or failed payment is that transaction, so the session cannot be paid again.
    """
    session_id = create(api, session_body()).json()["id"]
    attempt = sandbox.pay(session_id, outcome=outcome)
    assert attempt["status"] == status
    session = api.get(f"/v1/sessions/{session_id}").json()
    assert session["transaction_id"] == attempt["id"]
    assert session["events"][-1]["name"] == status
    assert session["events"][-1]["details"]["error"]
    with pytest.raises(SandboxControlError, match="session_payment_failed"):
        sandbox.pay(session_id)
    [summary] = sandbox.list_sessions(state="failed")
    assert summary["id"] == session_id
    # The checkout spec: cancel "is not allowed in case where the current transaction
    # state is not initialized or authorized".
    refused = api.post(f"/v1/sessions/{session_id}/cancel")
    assert refused.status_code == 400
    assert refused.json()["error"]["code"] == "session_not_cancellable"


def test_an_attempt_without_a_transaction_leaves_the_session_payable(
    sandbox: EmbeddedSandbox, api: httpx.Client
) -> None:
    """The spec's session events example: PAY_FAILED (details.error, payment_product_type)
    with no transaction; the customer may try again on the same session."""
    session_id = create(api, session_body()).json()["id"]
    attempt = sandbox.pay(session_id, outcome="pay_failed", payment_product_type="vipps")
    assert "transaction_id" not in attempt
    event = attempt["events"][-1]
    assert event["name"] == "PAY_FAILED"
    assert event["details"] == {"error": "Rejected", "payment_product_type": "vipps"}
    assert sandbox.list_sessions(state="attempt_failed")[0]["id"] == session_id
    assert "Try again" in httpx.get(f"{sandbox.base_url}/v1/view/{session_id}").text
    paid = sandbox.pay(session_id)
    assert paid["status"] == "AUTHORIZED"
    assert api.get(f"/v1/sessions/{session_id}").json()["transaction_id"] == paid["id"]


def test_on_hold_resolves_to_authorized_manually(
    sandbox: EmbeddedSandbox, api: httpx.Client
) -> None:
    session_id = create(api, session_body()).json()["id"]
    held = sandbox.pay(session_id, outcome="on_hold", payment_product_type="collector.invoice")
    assert held["status"] == "ON_HOLD"
    session = api.get(f"/v1/sessions/{session_id}").json()
    assert session["transaction_id"] == held["id"]
    # The spec's session event names have no ON_HOLD (only ON_HOLD_CALLBACK_SENT).
    assert [e["name"] for e in session["events"]] == ["INITIATED"]
    assert sandbox.list_sessions(state="on_hold")[0]["id"] == session_id
    capture = api.post(f"/v1/transactions/{held['id']}/capture", json={"amount": 100})
    assert capture.status_code == 400
    resolved = sandbox.resolve(held["id"], "authorized")
    assert resolved["status"] == "AUTHORIZED"
    names = [e["name"] for e in api.get(f"/v1/sessions/{session_id}").json()["events"]]
    assert names == ["INITIATED", "AUTHORIZED"]


def test_on_hold_rejected_keeps_the_transaction_id(
    sandbox: EmbeddedSandbox, api: httpx.Client
) -> None:
    """ON_HOLD "will change to AUTHORIZED or FAILED later" (Handling payment); the
    session keeps its one transaction, now FAILED, and cannot be paid again."""
    session_id = create(api, session_body()).json()["id"]
    held = sandbox.pay(session_id, outcome="on_hold", payment_product_type="collector.invoice")
    rejected = sandbox.resolve(held["id"], "failed")
    assert rejected["status"] == "FAILED"
    session = api.get(f"/v1/sessions/{session_id}").json()
    assert session["transaction_id"] == held["id"]
    assert session["events"][-1]["name"] == "FAILED"
    with pytest.raises(SandboxControlError, match="session_payment_failed"):
        sandbox.pay(session_id)


def test_on_hold_resolves_by_itself_after_the_configured_delay() -> None:
    with EmbeddedSandbox(SandboxConfig(on_hold_resolve_s=0.2)) as quick:
        transaction = quick.create_authorized_transaction(
            outcome="on_hold", payment_product_type="collector.invoice"
        )
        assert transaction["status"] == "ON_HOLD"
        deadline = datetime.now(UTC) + timedelta(seconds=5)
        while quick.get_transaction(transaction["id"])["status"] == "ON_HOLD":
            assert datetime.now(UTC) < deadline, "ON_HOLD never resolved"
            time.sleep(0.05)
        assert quick.get_transaction(transaction["id"])["status"] == "AUTHORIZED"


def test_cancel_open_session(api: httpx.Client, sandbox: EmbeddedSandbox) -> None:
    session_id = create(api, session_body()).json()["id"]
    response = api.post(f"/v1/sessions/{session_id}/cancel")
    assert response.status_code == 200
    session = response.json()
    assert session["cancelled_at"]
    assert session["cancelled_by"] == sandbox.client_id
    assert session["events"][-1]["name"] == "CANCELLED"
    assert api.post(f"/v1/sessions/{session_id}/cancel").status_code == 400
    with pytest.raises(SandboxControlError, match="session_cancelled"):
        sandbox.pay(session_id)
    page = httpx.get(f"{sandbox.base_url}/v1/view/{session_id}").text
    assert "cancelled" in page
    assert "<button" not in page


def test_cancel_voids_an_authorized_transaction(
    sandbox: EmbeddedSandbox, api: httpx.Client
) -> None:
    session_id = create(api, session_body()).json()["id"]
    transaction = sandbox.pay(session_id)
    assert api.post(f"/v1/sessions/{session_id}/cancel").status_code == 200
    voided = sandbox.get_transaction(transaction["id"])
    assert voided["status"] == "AUTHORIZATION_VOIDED"
    assert voided["events"][-1]["event"] == "VOID"
    assert voided["events"][-1]["amount"] == 34900


def test_cancel_is_refused_once_money_was_captured(
    sandbox: EmbeddedSandbox, api: httpx.Client
) -> None:
    session_id = create(api, session_body()).json()["id"]
    sandbox.pay(session_id, outcome="captured")
    response = api.post(f"/v1/sessions/{session_id}/cancel")
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "session_not_cancellable"


def test_update_session_replaces_the_order(api: httpx.Client) -> None:
    session_id = create(api, session_body()).json()["id"]
    new_order = session_body(amount=29900)["order"]
    new_order["items"] = new_order["items"][:1]
    response = api.put(f"/v1/sessions/{session_id}", json={"order": new_order})
    assert response.status_code == 200
    assert response.json()["order"]["amount"] == 29900
    assert response.json()["events"][-1]["name"] == "UPDATE_SESSION"
    wrong = api.put(f"/v1/sessions/{session_id}", json={"order": session_body(amount=1)["order"]})
    assert wrong.status_code == 400


def test_pay_page_shows_the_order_and_records_a_visit(
    sandbox: EmbeddedSandbox, api: httpx.Client
) -> None:
    session_id = create(api, session_body(amount=44800, shipping_option=SHIPPING)).json()["id"]
    page = httpx.get(f"{sandbox.base_url}/v1/view/{session_id}")
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    text = page.text
    for expected in ("order-1001", "Wool sweater", "Socks", "Posten", "448,00", "299,00"):
        assert expected in text
    for action in ("pay", "decline", "fail"):
        assert f"value='{action}'" in text
    for product in ("dintero_psp.creditcard", "vipps", "swish.swish", "collector.invoice"):
        assert product in text
    events = api.get(f"/v1/sessions/{session_id}").json()["events"]
    assert [event["name"] for event in events] == ["INITIATED", "VISITED"]


def test_pay_page_submit_pays_and_redirects_to_return_url(
    sandbox: EmbeddedSandbox, api: httpx.Client
) -> None:
    session_id = create(api, session_body()).json()["id"]
    response = httpx.post(
        f"{sandbox.base_url}/v1/view/{session_id}",
        data={"action": "pay", "payment_product_type": "vipps"},
    )
    assert response.status_code == 303
    location = urlsplit(response.headers["location"])
    assert location.netloc == "shop.example.com"
    query = parse_qs(location.query)
    assert query["shop"] == ["1"]
    assert query["merchant_reference"] == ["order-1001"]
    transaction = sandbox.get_transaction(query["transaction_id"][0])
    assert transaction["payment_product_type"] == "vipps"
    assert transaction["status"] == "AUTHORIZED"


@pytest.mark.parametrize(("action", "error"), [("decline", "authorization"), ("fail", "failed")])
def test_pay_page_decline_and_fail_redirect_with_error(
    sandbox: EmbeddedSandbox, api: httpx.Client, action: str, error: str
) -> None:
    session_id = create(api, session_body()).json()["id"]
    response = httpx.post(f"{sandbox.base_url}/v1/view/{session_id}", data={"action": action})
    query = parse_qs(urlsplit(response.headers["location"]).query)
    assert query["error"] == [error]
    assert "transaction_id" not in query
    # The session has its one transaction now; its page no longer offers to pay.
    page = httpx.get(f"{sandbox.base_url}/v1/view/{session_id}").text
    assert "did not go through" in page
    assert "<button" not in page


def test_pay_page_invoice_goes_on_hold(sandbox: EmbeddedSandbox, api: httpx.Client) -> None:
    session_id = create(api, session_body()).json()["id"]
    response = httpx.post(
        f"{sandbox.base_url}/v1/view/{session_id}",
        data={"action": "pay", "payment_product_type": "collector.invoice"},
    )
    transaction_id = parse_qs(urlsplit(response.headers["location"]).query)["transaction_id"][0]
    assert sandbox.get_transaction(transaction_id)["status"] == "ON_HOLD"


def test_pay_page_of_paid_session_shows_state(sandbox: EmbeddedSandbox, api: httpx.Client) -> None:
    session_id = create(api, session_body()).json()["id"]
    sandbox.pay(session_id)
    page = httpx.get(f"{sandbox.base_url}/v1/view/{session_id}").text
    assert "already been paid" in page
    assert "<button" not in page
    again = httpx.post(f"{sandbox.base_url}/v1/view/{session_id}", data={"action": "pay"})
    assert again.status_code == 409


def test_payment_token_session(sandbox: EmbeddedSandbox, api: httpx.Client) -> None:
    body = {
        "session": {
            "order": {"currency": "NOK", "merchant_reference": "save-card-1"},
            "url": {"return_url": "https://shop.example.com/return"},
            "customer": {"customer_id": "c-1", "email": "ola@example.no"},
        },
        "token_provider": {
            "payment_product_type": "dintero_psp.creditcard",
            "token_types": ["payment_token"],
        },
    }
    response = api.post("/v1/sessions/payment-token", json=body)
    assert response.status_code == 200
    session_id = response.json()["id"]
    assert response.json()["url"].endswith(f"/v1/view/{session_id}")
    session = api.get(f"/v1/sessions/{session_id}").json()
    assert session["payment_operation"] == "generate_payment_token"
    assert "PAYMENT_TOKEN_FLOW_START" in [event["name"] for event in session["events"]]
    transaction = sandbox.pay(session_id)
    assert transaction["payment_operation"] == "generate_payment_token"
    assert transaction["amount"] == 0
    plain = api.get(f"/v1/transactions/{transaction['id']}").json()
    assert "payment_token" not in plain["card"]
    with_token = api.get(
        f"/v1/transactions/{transaction['id']}", params={"includes": "card.payment_token"}
    ).json()
    assert with_token["card"]["payment_token"].startswith("pt_")
    assert with_token["card"]["payment_token_id"]
    tokens = api.get(f"/v1/sessions/{session_id}").json()["customer"]["tokens"]
    assert (
        tokens["dintero_psp.creditcard"]["payment_token_id"]
        == with_token["card"]["payment_token_id"]
    )


def test_payment_token_session_validates_the_provider(api: httpx.Client) -> None:
    body = {
        "session": {
            "order": {"currency": "NOK", "merchant_reference": "x"},
            "url": {"return_url": "https://shop.example.com/return"},
        },
        "token_provider": {"payment_product_type": "vipps", "token_types": []},
    }
    response = api.post("/v1/sessions/payment-token", json=body)
    assert response.status_code == 400
    paths = {e["path"] for e in response.json()["error"]["errors"]}
    assert paths == {"token_provider.payment_product_type", "token_provider.token_types"}


def test_return_page_follows_the_pay_page_redirect(
    sandbox: EmbeddedSandbox, api: httpx.Client
) -> None:
    body = session_body()
    body["url"]["return_url"] = f"{sandbox.base_url}/sandbox/return"
    paid_id = create(api, body).json()["id"]
    paid = httpx.post(
        f"{sandbox.base_url}/v1/view/{paid_id}", data={"action": "pay"}, follow_redirects=True
    )
    assert paid.status_code == 200
    assert "Thank you" in paid.text
    assert "order-1001" in paid.text
    declined_id = create(api, body).json()["id"]
    declined = httpx.post(
        f"{sandbox.base_url}/v1/view/{declined_id}",
        data={"action": "decline"},
        follow_redirects=True,
    )
    assert "Payment declined" in declined.text


@pytest.mark.parametrize(
    ("callback_url", "accepted"),
    [
        ("https://shop.example.com/callback?method=POST", True),
        ("http://shop.example.com/callback", False),
        ("ftp://shop.example.com/callback", False),
        ("http://127.0.0.1:9/callback", True),  # the sandbox's allowance for tests
    ],
)
def test_callback_url_must_be_https(api: httpx.Client, callback_url: str, accepted: bool) -> None:
    """SessionUrls.callback_url: "must be public available and be a HTTPS URL"."""
    body = session_body()
    body["url"]["callback_url"] = callback_url
    response = create(api, body)
    assert (response.status_code == 200) is accepted
    if not accepted:
        assert response.json()["error"]["errors"][0]["path"] == "url.callback_url"


def test_an_ordinary_payment_has_no_payment_operation_and_cards_expire_mm_yyyy(
    sandbox: EmbeddedSandbox, api: httpx.Client
) -> None:
    """payment_operation is PaymentOperationIntent (unscheduled_purchase,
    recurring_purchase, generate_payment_token), absent on a checkout payment; the
    spec's Card.expiry_date format is `\\d{2}/\\d{4}`."""
    session_id = create(api, session_body()).json()["id"]
    assert "payment_operation" not in api.get(f"/v1/sessions/{session_id}").json()
    transaction = sandbox.pay(session_id)
    assert "payment_operation" not in transaction
    assert re.fullmatch(r"\d{2}/\d{4}", transaction["card"]["expiry_date"])
