"""Sandbox fault injection: every kind really happens, and the request log records it."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from app.sandbox import EmbeddedSandbox, SandboxControlError


@pytest.fixture
def api(sandbox: EmbeddedSandbox) -> Iterator[httpx.Client]:
    headers = {"Authorization": f"Bearer {sandbox.token()}", "Dintero-System-Name": "paydesk"}
    with httpx.Client(base_url=sandbox.base_url, headers=headers, timeout=10) as client:
        yield client


def events_named(transaction: dict[str, Any], name: str) -> list[dict[str, Any]]:
    return [event for event in transaction["events"] if event["event"] == name]


def wait_for(check: Any, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "condition not reached in time"
        time.sleep(0.02)


def test_latency_rule_delays_matching_requests_only(
    sandbox: EmbeddedSandbox, api: httpx.Client
) -> None:
    sandbox.add_fault(kind="latency", method="GET", path="^/v1/transactions$", latency_ms=300)
    started = time.monotonic()
    assert api.get("/v1/transactions").status_code == 200
    assert time.monotonic() - started >= 0.3
    started = time.monotonic()
    assert api.get("/v1/sessions/T12345678.none").status_code == 404
    assert time.monotonic() - started < 0.3


@pytest.mark.parametrize("status", [500, 502, 503])
def test_status_fault_answers_without_applying(
    sandbox: EmbeddedSandbox, api: httpx.Client, status: int
) -> None:
    tid = sandbox.create_authorized_transaction(amount=5000)["id"]
    sandbox.add_fault(kind="status", status=status, path="/capture$", times=1)
    response = api.post(f"/v1/transactions/{tid}/capture", json={"amount": 5000})
    assert response.status_code == status
    assert response.json()["error"]["code"] == "sandbox_injected_fault"
    assert response.headers["request-id"]
    assert sandbox.get_transaction(tid)["status"] == "AUTHORIZED"
    again = api.post(f"/v1/transactions/{tid}/capture", json={"amount": 5000})
    assert again.json()["status"] == "CAPTURED"


def test_rate_limit_answers_429_with_retry_after(
    sandbox: EmbeddedSandbox, api: httpx.Client
) -> None:
    sandbox.add_fault(kind="rate_limit", path="/v1/transactions", retry_after=3, times=2)
    first, second, third = (api.get("/v1/transactions") for _ in range(3))
    assert [first.status_code, second.status_code, third.status_code] == [429, 429, 200]
    assert first.headers["Retry-After"] == "3"
    assert first.json()["error"]["code"] == "rate_limited"


def test_drop_before_apply_loses_the_request(sandbox: EmbeddedSandbox, api: httpx.Client) -> None:
    tid = sandbox.create_authorized_transaction(amount=5000)["id"]
    sandbox.add_fault(kind="drop_before_apply", path="/refund$|/capture$", times=1)
    with pytest.raises(httpx.RemoteProtocolError):
        api.post(f"/v1/transactions/{tid}/capture", json={"amount": 5000})
    assert sandbox.get_transaction(tid)["status"] == "AUTHORIZED"
    [logged] = sandbox.requests("/capture$")
    assert logged["status"] == 0


def test_drop_after_apply_keeps_the_change(sandbox: EmbeddedSandbox, api: httpx.Client) -> None:
    tid = sandbox.create_authorized_transaction(amount=5000)["id"]
    api.post(f"/v1/transactions/{tid}/capture", json={"amount": 5000})
    sandbox.add_fault(kind="drop_after_apply", method="POST", path="/refund$", times=1)
    with pytest.raises(httpx.RemoteProtocolError):
        api.post(f"/v1/transactions/{tid}/refund", json={"amount": 2000, "refund_reference": "r-1"})
    transaction = sandbox.get_transaction(tid)
    assert transaction["status"] == "PARTIALLY_REFUNDED"
    [refund] = events_named(transaction, "REFUND")
    assert (refund["amount"], refund["event_reference"]) == (2000, "r-1")
    follow_up = api.post(f"/v1/transactions/{tid}/refund", json={"amount": 1000})
    assert follow_up.status_code == 200


def test_accepted_later_answers_202_then_settles(
    sandbox: EmbeddedSandbox, api: httpx.Client
) -> None:
    tid = sandbox.create_authorized_transaction(amount=8000)["id"]
    sandbox.add_fault(kind="accepted_later", path="/capture$", complete_after_ms=150, times=1)
    response = api.post(
        f"/v1/transactions/{tid}/capture", json={"amount": 8000, "capture_reference": "c-9"}
    )
    assert response.status_code == 202
    pending_id = response.headers["event-request-id"]
    assert response.json()["status"] == "AUTHORIZED"
    [initiate] = events_named(response.json(), "INITIATE_CAPTURE")
    assert initiate["request_id"] == pending_id
    assert initiate["event_reference"] == "c-9"
    # The pending amount is reserved: nothing more can be captured meanwhile.
    assert api.post(f"/v1/transactions/{tid}/capture", json={"amount": 1}).status_code == 400
    wait_for(lambda: sandbox.get_transaction(tid)["status"] == "CAPTURED")
    [done] = events_named(sandbox.get_transaction(tid), "CAPTURE")
    assert done["correlation_request_id"] == pending_id
    assert done["success"] is True
    assert done["amount"] == 8000


@pytest.mark.parametrize("operation", ["refund", "void"])
def test_accepted_later_failure_leaves_status(
    sandbox: EmbeddedSandbox, api: httpx.Client, operation: str
) -> None:
    tid = sandbox.create_authorized_transaction(amount=8000)["id"]
    if operation == "refund":
        api.post(f"/v1/transactions/{tid}/capture", json={"amount": 8000})
    status_before = sandbox.get_transaction(tid)["status"]
    sandbox.add_fault(
        kind="accepted_later", path=f"/{operation}$", complete_after_ms=50, complete_success=False
    )
    body = {"amount": 8000} if operation == "refund" else None
    response = api.post(f"/v1/transactions/{tid}/{operation}", json=body)
    assert response.status_code == 202
    name = operation.upper()
    wait_for(lambda: events_named(sandbox.get_transaction(tid), name))
    transaction = sandbox.get_transaction(tid)
    [result] = events_named(transaction, name)
    assert result["success"] is False
    assert result["error"]["message"]
    assert result["correlation_request_id"] == response.headers["event-request-id"]
    assert transaction["status"] == status_before


def test_probability_and_times(sandbox: EmbeddedSandbox, api: httpx.Client) -> None:
    sandbox.add_fault(kind="status", status=500, path="^/v1/transactions$", probability=0.0)
    assert api.get("/v1/transactions").status_code == 200
    sandbox.clear_faults()
    sandbox.add_fault(kind="status", status=503, path="^/v1/transactions$", times=2)
    codes = [api.get("/v1/transactions").status_code for _ in range(3)]
    assert codes == [503, 503, 200]


def test_fault_rules_are_listed_and_cleared(sandbox: EmbeddedSandbox) -> None:
    sandbox.add_fault(kind="latency", latency_ms=5)
    listed = httpx.get(f"{sandbox.base_url}/sandbox/faults").json()
    assert [rule["kind"] for rule in listed["rules"]] == ["latency"]
    sandbox.clear_faults()
    assert httpx.get(f"{sandbox.base_url}/sandbox/faults").json()["rules"] == []


def test_bad_fault_rule_is_refused(sandbox: EmbeddedSandbox) -> None:
    with pytest.raises(SandboxControlError) as raised:
        sandbox.add_fault(kind="explode")
    assert raised.value.status == 400


def test_run_wide_error_rate_spares_controls_and_pay_page(
    sandbox: EmbeddedSandbox, api: httpx.Client
) -> None:
    transaction = sandbox.create_authorized_transaction(amount=1000)
    sandbox.set_run_faults(error_rate=1.0)
    assert api.get("/v1/transactions").status_code == 500
    assert sandbox.get_transaction(transaction["id"])["status"] == "AUTHORIZED"
    page = httpx.get(f"{sandbox.base_url}/v1/view/{transaction['session_id']}")
    assert page.status_code == 200
    sandbox.set_run_faults(error_rate=0.0)
    assert api.get("/v1/transactions").status_code == 200


def test_run_wide_latency(sandbox: EmbeddedSandbox, api: httpx.Client) -> None:
    sandbox.set_run_faults(latency_ms=200)
    started = time.monotonic()
    api.get("/v1/transactions")
    assert time.monotonic() - started >= 0.2
    sandbox.reset()
    assert httpx.get(f"{sandbox.base_url}/sandbox/faults").json()["run"]["latency_ms"] == 0


def test_request_log_records_what_was_received(sandbox: EmbeddedSandbox, api: httpx.Client) -> None:
    tid = sandbox.create_authorized_transaction(amount=4000)["id"]
    sandbox.clear_requests()
    api.post(
        f"/v1/transactions/{tid}/capture",
        json={"amount": 1234},
        headers={"Dintero-System-Version": "9.9"},
    )
    api.get("/v1/transactions", params=[("status", "AUTHORIZED"), ("status", "CAPTURED")])
    capture, listing = sandbox.requests()
    assert capture["method"] == "POST"
    assert capture["path"] == f"/v1/transactions/{tid}/capture"
    assert capture["json"] == {"amount": 1234}
    assert capture["status"] == 200
    assert capture["headers"]["dintero-system-name"] == "paydesk"
    assert capture["headers"]["dintero-system-version"] == "9.9"
    assert listing["query"] == {"status": ["AUTHORIZED", "CAPTURED"]}
    assert sandbox.requests("/capture$") == [capture]
    sandbox.clear_requests()
    assert sandbox.requests() == []


def _operate(api: httpx.Client, tid: str, operation: str, amount: int) -> httpx.Response:
    body: dict[str, Any] | None = None if operation == "void" else {"amount": amount}
    if operation == "capture":
        body = {"amount": amount, "capture_reference": "c-1"}
    return api.post(f"/v1/transactions/{tid}/{operation}", json=body)


def _ready_for(sandbox: EmbeddedSandbox, api: httpx.Client, operation: str) -> str:
    tid = str(sandbox.create_authorized_transaction(amount=6000)["id"])
    if operation == "refund":
        assert _operate(api, tid, "capture", 6000).status_code == 200
    return tid


@pytest.mark.parametrize("operation", ["capture", "refund", "void"])
def test_event_failed_answers_200_with_a_failed_event_and_applies_nothing(
    sandbox: EmbeddedSandbox, api: httpx.Client, operation: str
) -> None:
    tid = _ready_for(sandbox, api, operation)
    before = sandbox.get_transaction(tid)
    sandbox.add_fault(kind="event_failed", path=f"/{operation}$", times=1)
    response = _operate(api, tid, operation, 6000)
    assert response.status_code == 200
    assert "event-request-id" not in response.headers
    answered = response.json()
    name = operation.upper()
    failed = events_named(answered, name)[-1]
    assert failed["success"] is False
    assert failed["error"] == {
        "code": f"{operation}_failed",
        "message": f"The payment provider refused the {operation}",
    }
    assert failed["request_id"] == response.headers["request-id"]
    assert failed["transaction_status"] == before["status"]
    assert answered["status"] == before["status"]
    assert not events_named(answered, f"INITIATE_{name}")
    stored = sandbox.get_transaction(tid)
    assert stored["status"] == before["status"]
    # Only successful events count: the full amount can still be moved, and succeeds.
    retried = _operate(api, tid, operation, 6000)
    assert retried.status_code == 200
    assert events_named(retried.json(), name)[-1]["success"] is True
    assert retried.json()["status"] in {"CAPTURED", "REFUNDED", "AUTHORIZATION_VOIDED"}


def test_event_failed_is_dropped_by_events_success_true(
    sandbox: EmbeddedSandbox, api: httpx.Client
) -> None:
    tid = _ready_for(sandbox, api, "capture")
    sandbox.add_fault(
        kind="event_failed",
        method="POST",
        path="/capture$",
        times=1,
        error_code="insufficient_funds",
        error_message="Declined by the issuer",
    )
    failed = events_named(_operate(api, tid, "capture", 2500).json(), "CAPTURE")[-1]
    assert failed["error"] == {"code": "insufficient_funds", "message": "Declined by the issuer"}
    assert failed["event_reference"] == "c-1"
    only_ok = api.get(f"/v1/transactions/{tid}", params={"includes": "events.success.true"})
    assert events_named(only_ok.json(), "CAPTURE") == []
    # An event_failed rule has no effect outside capture, refund and void.
    sandbox.add_fault(kind="event_failed")
    assert api.get(f"/v1/transactions/{tid}").status_code == 200


@pytest.mark.parametrize("how", ["event_failed", "complete_success_false"])
def test_failed_completion_after_202_matches_event_failed(
    sandbox: EmbeddedSandbox, api: httpx.Client, how: str
) -> None:
    tid = _ready_for(sandbox, api, "capture")
    if how == "event_failed":
        sandbox.add_fault(kind="accepted_later", path="/capture$", complete_after_ms=50, times=1)
        sandbox.add_fault(kind="event_failed", path="/capture$", times=1)
    else:
        sandbox.add_fault(
            kind="accepted_later",
            path="/capture$",
            complete_after_ms=50,
            complete_success=False,
            times=1,
        )
    response = _operate(api, tid, "capture", 6000)
    assert response.status_code == 202
    wait_for(lambda: events_named(sandbox.get_transaction(tid), "CAPTURE"))
    transaction = sandbox.get_transaction(tid)
    [done] = events_named(transaction, "CAPTURE")
    assert done["success"] is False
    assert done["error"] == {
        "code": "capture_failed",
        "message": "The payment provider refused the capture",
    }
    assert done["correlation_request_id"] == response.headers["event-request-id"]
    assert done["transaction_status"] == transaction["status"] == "AUTHORIZED"
    # The pending reservation is released: the whole amount can be captured again.
    assert _operate(api, tid, "capture", 6000).json()["status"] == "CAPTURED"


def test_event_failed_still_validates_first(sandbox: EmbeddedSandbox, api: httpx.Client) -> None:
    tid = _ready_for(sandbox, api, "capture")
    sandbox.add_fault(kind="event_failed", path="/capture$")
    over = _operate(api, tid, "capture", 6001)
    assert over.status_code == 400
    assert over.json()["error"]["code"] == "capture_amount_exceeds_remaining"
    assert events_named(sandbox.get_transaction(tid), "CAPTURE") == []


def test_bad_event_failed_fields_are_refused(sandbox: EmbeddedSandbox) -> None:
    with pytest.raises(SandboxControlError) as raised:
        sandbox.add_fault(kind="event_failed", error_code="")
    assert raised.value.status == 400
    with pytest.raises(SandboxControlError):
        sandbox.add_fault(kind="accepted_later", complete_success="no")


def test_answers_without_a_request_id_header(sandbox: EmbeddedSandbox, api: httpx.Client) -> None:
    """Dintero's spec does not document a `request-id` response header."""
    tid = sandbox.create_authorized_transaction(amount=5000)["id"]
    sandbox.add_fault(kind="no_request_id", path="/capture$", times=1)
    bare = api.post(f"/v1/transactions/{tid}/capture", json={"amount": 1000})
    assert bare.status_code == 200
    assert "request-id" not in bare.headers
    assert "request-id" in api.get(f"/v1/transactions/{tid}").headers


def test_a_completion_can_name_its_initiate_event_the_2020_way(
    sandbox: EmbeddedSandbox, api: httpx.Client
) -> None:
    """The 2020-11 changelog: "The event that completes the operation will include an
    `initiate_request_id` property" (the current spec says `correlation_request_id`)."""
    tid = sandbox.create_authorized_transaction(amount=5000)["id"]
    sandbox.add_fault(
        kind="accepted_later",
        path="/capture$",
        times=1,
        complete_after_ms=20,
        completion_key="initiate_request_id",
    )
    accepted = api.post(f"/v1/transactions/{tid}/capture", json={"amount": 1000})
    assert accepted.status_code == 202
    wait_for(lambda: events_named(sandbox.get_transaction(tid), "CAPTURE"))
    [completion] = events_named(sandbox.get_transaction(tid), "CAPTURE")
    assert completion["initiate_request_id"] == accepted.headers["event-request-id"]
    assert "correlation_request_id" not in completion
    # Completed either way: a second capture is not held up as pending.
    assert api.post(f"/v1/transactions/{tid}/capture", json={"amount": 1000}).status_code == 200


def test_a_failed_event_can_carry_a_correction(sandbox: EmbeddedSandbox, api: httpx.Client) -> None:
    tid = sandbox.create_authorized_transaction(amount=5000)["id"]
    with pytest.raises(SandboxControlError, match="correction"):
        sandbox.add_fault(kind="event_failed", correction={"remaining": 1})
    sandbox.add_fault(
        kind="event_failed", path="/capture$", times=1, correction={"remaining_capture_amount": 0}
    )
    answer = api.post(f"/v1/transactions/{tid}/capture", json={"amount": 1000}).json()
    correction = answer["events"][-1]["correction"]
    assert correction["event_ids"] == [answer["events"][-1]["id"]]
    assert correction["remaining_capture_amount"] == 0
    assert api.post(f"/v1/transactions/{tid}/capture", json={"amount": 1000}).status_code == 400
