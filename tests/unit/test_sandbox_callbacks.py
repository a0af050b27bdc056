"""Sandbox callbacks to `url.callback_url`, received by a real loopback HTTP server."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from app.sandbox import EmbeddedSandbox


class Receiver:
    """A merchant endpoint that records calls and can fail the first N of them."""

    def __init__(self) -> None:
        self.calls: list[dict[str, Any]] = []
        self.fail_first = 0
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def _record(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                parts = urlsplit(self.path)
                receiver.calls.append(
                    {
                        "method": self.command,
                        "path": parts.path,
                        "query": parse_qs(parts.query),
                        "json": json.loads(raw) if raw else None,
                    }
                )
                status = 500 if len(receiver.calls) <= receiver.fail_first else 200
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            do_GET = _record
            do_POST = _record

            def log_message(self, format: str, *args: Any) -> None:
                return

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/dintero/callback"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def wait_for(self, count: int, timeout: float = 5.0) -> list[dict[str, Any]]:
        deadline = time.monotonic() + timeout
        while len(self.calls) < count:
            assert time.monotonic() < deadline, f"only {len(self.calls)} callbacks arrived"
            time.sleep(0.02)
        return self.calls

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    server = Receiver()
    yield server
    server.close()


def session_with_callback(sandbox: EmbeddedSandbox, callback_url: str) -> str:
    body = {
        "profile_id": "default",
        "url": {"return_url": "https://shop.example.com/return", "callback_url": callback_url},
        "order": {
            "amount": 5000,
            "currency": "NOK",
            "merchant_reference": "cb-1",
            "items": [{"id": "x", "line_id": "1", "amount": 5000, "quantity": 1}],
        },
    }
    return str(sandbox.create_session(body)["id"])


def test_completed_payment_calls_back_with_ids(
    sandbox: EmbeddedSandbox, receiver: Receiver
) -> None:
    session_id = session_with_callback(sandbox, receiver.url)
    transaction = sandbox.pay(session_id)
    [call] = receiver.wait_for(1)
    assert call["method"] == "GET"
    assert call["path"] == "/dintero/callback"
    assert call["query"]["transaction_id"] == [transaction["id"]]
    assert call["query"]["session_id"] == [session_id]
    assert call["query"]["merchant_reference"] == ["cb-1"]
    assert call["query"]["time"]
    deadline = time.monotonic() + 5
    while "AUTH_CALLBACK_SENT" not in [
        e["name"] for e in sandbox.get_session(session_id)["events"]
    ]:
        assert time.monotonic() < deadline
        time.sleep(0.02)


def test_post_method_report_event_and_report_error(
    sandbox: EmbeddedSandbox, receiver: Receiver
) -> None:
    url = f"{receiver.url}?method=POST&report_event=CAPTURE&report_error=true"
    declined = sandbox.pay(session_with_callback(sandbox, url), outcome="declined")
    [first] = receiver.wait_for(1)
    paid = sandbox.pay(session_with_callback(sandbox, url))
    calls = receiver.wait_for(2)
    assert calls[0] is first
    assert first["query"]["error"] == ["authorization"]
    assert first["query"]["transaction_id"] == [declined["id"]]
    assert calls[1]["method"] == "POST"
    assert calls[1]["json"]["id"] == paid["id"]
    assert calls[1]["json"]["status"] == "AUTHORIZED"
    token = sandbox.token()
    httpx.post(
        f"{sandbox.base_url}/v1/transactions/{paid['id']}/capture",
        json={"amount": 5000},
        headers={"Authorization": f"Bearer {token}"},
    )
    event_call = receiver.wait_for(3)[2]
    assert event_call["query"]["event"] == ["CAPTURE"]
    assert event_call["json"]["status"] == "CAPTURED"
    capture_event = sandbox.get_transaction(paid["id"])["events"][-1]
    assert event_call["query"]["event_id"] == [capture_event["id"]]


def _wait_until_delivered(sandbox: EmbeddedSandbox, count: int) -> list[dict[str, Any]]:
    """The sandbox's own delivery records, once `count` of them have an answer."""
    deadline = time.monotonic() + 5
    while True:
        records = sandbox.callbacks()
        if len(records) >= count and all(r["status"] is not None for r in records):
            return records
        assert time.monotonic() < deadline, f"callbacks not delivered: {records}"
        time.sleep(0.02)


def test_declines_are_not_reported_without_report_error(
    sandbox: EmbeddedSandbox, receiver: Receiver
) -> None:
    sandbox.pay(session_with_callback(sandbox, receiver.url), outcome="declined")
    paid = sandbox.pay(session_with_callback(sandbox, receiver.url))
    calls = receiver.wait_for(1)
    assert calls[0]["query"]["transaction_id"] == [paid["id"]]
    assert "error" not in calls[0]["query"]
    # Every delivery is recorded when it is scheduled: the decline never was.
    assert [c["transaction_id"] for c in sandbox.callbacks()] == [paid["id"]]


def test_the_end_of_an_on_hold_review_is_always_called_back(
    sandbox: EmbeddedSandbox, receiver: Receiver
) -> None:
    """Collector's enable_on_hold option: "A callback will be sent to the callback_url
    when the transaction changes state from ON_HOLD to any new state" (no report_error)."""
    session_id = session_with_callback(sandbox, receiver.url)
    held = sandbox.pay(session_id, outcome="on_hold", payment_product_type="collector.invoice")
    receiver.wait_for(1)
    sandbox.resolve(held["id"], "failed")
    calls = receiver.wait_for(2)
    assert calls[1]["query"]["transaction_id"] == [held["id"]]
    assert calls[1]["query"]["error"] == ["failed"]


def test_callback_is_retried_after_a_server_error(
    sandbox: EmbeddedSandbox, receiver: Receiver
) -> None:
    receiver.fail_first = 1
    sandbox.pay(session_with_callback(sandbox, receiver.url))
    calls = receiver.wait_for(2)
    assert calls[0]["query"] == calls[1]["query"]
    deadline = time.monotonic() + 5
    while not sandbox.callbacks() or sandbox.callbacks()[0]["status"] != 200:
        assert time.monotonic() < deadline
        time.sleep(0.02)
    assert sandbox.callbacks()[0]["attempts"] == 2


def test_auto_capture_calls_back_only_once_captured(
    sandbox: EmbeddedSandbox, receiver: Receiver
) -> None:
    """AutoCaptureConfiguration: "The checkout sessions callback_url will not be called
    until after the transaction has been CAPTURED"."""
    sandbox.set_auto_capture(delay_s=None)
    body = {
        "profile_id": "default",
        "url": {
            "return_url": "https://shop.example.com/return",
            "callback_url": f"{receiver.url}?method=POST",
        },
        "order": {
            "amount": 5000,
            "currency": "NOK",
            "merchant_reference": "cb-auto",
            "items": [{"id": "x", "line_id": "1", "amount": 5000, "quantity": 1}],
        },
        "configuration": {"auto_capture": True},
    }
    paid = sandbox.pay(str(sandbox.create_session(body)["id"]))
    assert paid["status"] == "AUTHORIZED"
    assert sandbox.callbacks() == []  # scheduled deliveries are recorded at once
    sandbox.run_auto_capture(paid["id"])
    [call] = receiver.wait_for(1)
    assert call["json"]["status"] == "CAPTURED"
