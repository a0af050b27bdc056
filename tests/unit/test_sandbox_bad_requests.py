"""The sandbox as a server under bad input: every answer is Dintero's error body, no traceback.

Real requests over loopback: with httpx where the request is well formed, and over a
raw socket where it is not (a broken request line, an unknown method), since no HTTP
client would send those.
"""

from __future__ import annotations

import logging
import socket
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest

from app.sandbox import EmbeddedSandbox

DEEP = b"[" * 100_000 + b"]" * 100_000
FIVE_MB = b"x" * (5 * 1024 * 1024)


@pytest.fixture
def no_tracebacks(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """Bad input is logged in one line at most; a traceback would mean a sandbox bug."""
    caplog.set_level(logging.DEBUG)
    yield
    with_traceback = [r for r in caplog.records if r.exc_info or r.exc_text or r.stack_info]
    assert with_traceback == [], [r.getMessage() for r in with_traceback]


def assert_dintero_error(response: httpx.Response | RawAnswer, status: int, code: str) -> None:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    assert response.headers.get("request-id")
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "message", "errors"}
    assert body["error"]["code"] == code
    assert isinstance(body["error"]["message"], str)
    assert body["error"]["message"]
    assert isinstance(body["error"]["errors"], list)
    assert "Traceback" not in response.text


@dataclass
class RawAnswer:
    status_code: int
    headers: dict[str, str]
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", "replace")

    def json(self) -> Any:
        return httpx.Response(200, content=self.body).json()


def raw_exchange(base_url: str, data: bytes) -> RawAnswer:
    """Send bytes as they are and read one HTTP answer (by its Content-Length)."""
    parts = urlsplit(base_url)
    assert parts.hostname is not None
    assert parts.port is not None
    with socket.create_connection((parts.hostname, parts.port), timeout=30) as sock:
        sock.sendall(data)
        received = b""
        while b"\r\n\r\n" not in received:
            chunk = sock.recv(65536)
            assert chunk, f"connection closed without an answer: {received!r}"
            received += chunk
        head, _, body = received.partition(b"\r\n\r\n")
        status_line, *header_lines = head.decode("latin-1").split("\r\n")
        headers = {}
        for line in header_lines:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        length = int(headers["content-length"])
        while len(body) < length:
            chunk = sock.recv(65536)
            assert chunk, "connection closed in the middle of the body"
            body += chunk
        # The sandbox hangs up after refusing what it could not parse.
        assert headers.get("connection", "").lower() == "close" or sock.recv(1) == b""
    return RawAnswer(int(status_line.split(" ")[1]), headers, body)


@pytest.mark.usefixtures("no_tracebacks")
@pytest.mark.parametrize(
    "path",
    [
        "/v1/accounts/T12345678/auth/token",
        "/v1/sessions-profile",
        "/v1/transactions/{tx}/capture",
        "/sandbox/faults",
    ],
)
def test_deeply_nested_json_is_refused_as_invalid_json(sandbox: EmbeddedSandbox, path: str) -> None:
    path = path.format(tx=sandbox.create_authorized_transaction()["id"])
    headers = {"Authorization": f"Bearer {sandbox.token()}", "Content-Type": "application/json"}
    response = httpx.post(f"{sandbox.base_url}{path}", content=DEEP, headers=headers)
    assert_dintero_error(response, 400, "invalid_json")
    if not path.startswith("/sandbox/"):
        entry = [r for r in sandbox.requests(path) if r["method"] == "POST"][-1]
        assert entry["status"] == 400
        assert isinstance(entry["json"], str)  # logged as the text it was


@pytest.mark.usefixtures("no_tracebacks")
@pytest.mark.parametrize(
    "body",
    [
        b'{"advance_s": 1e12}',
        b'{"advance_s": 1e400}',
        b'{"advance_s": NaN}',
        b'{"advance_s": Infinity}',
        b'{"advance_s": -Infinity}',
        b'{"advance_s": -1}',
        b'{"advance_s": ' + b"9" * 400 + b"}",
        b'{"advance_s": "soon"}',
        b'{"advance_s": true}',
    ],
    ids=[
        "1e12",
        "1e400",
        "NaN",
        "Infinity",
        "-Infinity",
        "negative",
        "400 digits",
        "text",
        "boolean",
    ],
)
def test_the_clock_refuses_steps_it_cannot_take_and_stays_put(
    sandbox: EmbeddedSandbox, body: bytes
) -> None:
    url = f"{sandbox.base_url}/sandbox/clock"
    response = httpx.post(url, content=body, headers={"Content-Type": "application/json"})
    code = "invalid_json" if b"NaN" in body or b"Infinity" in body else "invalid_request"
    assert_dintero_error(response, 400, code)
    assert httpx.post(url, json={"advance_s": 0}).json()["offset_s"] == 0


def test_the_clock_still_moves_a_century_ahead_step_by_step(sandbox: EmbeddedSandbox) -> None:
    url = f"{sandbox.base_url}/sandbox/clock"
    for _ in range(10):
        assert httpx.post(url, json={"advance_s": 10 * 365 * 86400}).status_code == 200
    assert_dintero_error(httpx.post(url, json={"advance_s": 366 * 86400}), 400, "invalid_request")
    # Dates computed on the far side of the century still work: a token, a session.
    assert sandbox.token()


@pytest.mark.usefixtures("no_tracebacks")
@pytest.mark.parametrize(
    "path",
    ["/v1/accounts/T12345678/auth/token", "/v1/transactions/{tx}/refund", "/sandbox/clock"],
)
def test_a_body_over_the_size_limit_is_a_413_in_dintero_shape(
    sandbox: EmbeddedSandbox, path: str
) -> None:
    path = path.format(tx=sandbox.create_authorized_transaction()["id"])
    headers = {"Authorization": f"Bearer {sandbox.token()}", "Content-Type": "application/json"}
    response = httpx.post(f"{sandbox.base_url}{path}", content=FIVE_MB, headers=headers)
    assert_dintero_error(response, 413, "payload_too_large")
    if not path.startswith("/sandbox/"):
        entry = [r for r in sandbox.requests(path) if r["method"] == "POST"][-1]
        assert entry["status"] == 413


@pytest.mark.usefixtures("no_tracebacks")
def test_a_method_the_path_does_not_have_is_a_405_that_names_the_allowed_ones(
    sandbox: EmbeddedSandbox,
) -> None:
    response = httpx.delete(f"{sandbox.base_url}/v1/transactions")
    assert_dintero_error(response, 405, "method_not_allowed")
    assert "GET" in response.headers["allow"]
    assert_dintero_error(httpx.get(f"{sandbox.base_url}/v1/no/such/path"), 404, "NOT FOUND")


@pytest.mark.usefixtures("no_tracebacks")
@pytest.mark.parametrize(
    "request_bytes",
    [
        b"FOO /v1/transactions HTTP/1.1\r\nHost: sandbox\r\n\r\n",
        b"G(T /v1/transactions HTTP/1.1\r\nHost: sandbox\r\n\r\n",
        b"GARBAGE\r\n\r\n",
        b"GET /v1/transactions HTTP/1.1\r\nA header without a colon\r\n\r\n",
        b"GET /" + b"a" * 9000 + b" HTTP/1.1\r\nHost: sandbox\r\n\r\n",
        b"GET /v1/transactions HTTP/9.9\r\nHost: sandbox\r\n\r\n",
        b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03" + b"\x00" * 64,
    ],
    ids=[
        "unknown method",
        "method with a bracket",
        "no request line",
        "header without a colon",
        "request line too long",
        "HTTP/9.9",
        "TLS on the HTTP port",
    ],
)
def test_a_request_aiohttp_cannot_parse_gets_dintero_error_body(
    sandbox: EmbeddedSandbox, request_bytes: bytes
) -> None:
    answer = raw_exchange(sandbox.base_url, request_bytes)
    assert_dintero_error(answer, 400, "invalid_request")
    assert httpx.get(f"{sandbox.base_url}/sandbox/info").status_code == 200  # still serving
