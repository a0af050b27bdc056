"""The real client against a broken or hostile server: every bad answer is our own typed error.

A raw TCP server on loopback sends crafted HTTP answers (deep nesting, truncation,
wrong content types, lying lengths, endless or trickling bodies, invalid UTF-8, money
that is not money). Whatever it sends, the call ends in a `DinteroError` carrying the
answer's request id when it had one, within the request's deadline, without reading
more than the configured number of bytes.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Awaitable, Callable
from typing import Any

import pytest

from app.dintero import (
    MAX_AMOUNT,
    ApiError,
    ConnectionDropped,
    DinteroClient,
    DinteroError,
    InvalidRequest,
    NotFound,
    RateLimited,
    RequestTimeout,
    ResponseFormatError,
    ResponseIncomplete,
    ServerError,
    Transaction,
    TransactionStatus,
)
from tests.unit.raw_http_server import (
    RawRequest,
    RawServer,
    Reply,
    answer,
    gzip_answer,
    json_answer,
    streamed,
    then_close,
    trickled,
)

TX_ID = "T12345678.hostile"
Call = Callable[[DinteroClient], Awaitable[Any]]


def transaction(**changes: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "id": TX_ID,
        "status": "AUTHORIZED",
        "amount": 10_000,
        "currency": "NOK",
        "items": [{"line_id": "1", "description": "Sweater", "amount": 10_000}],
        "events": [
            {"id": "e1", "event": "AUTHORIZE", "success": True, "amount": 10_000},
        ],
    }
    body.update(changes)
    return body


def nested(depth: int) -> bytes:
    return b"[" * depth + b"]" * depth


def get_transaction(client: DinteroClient) -> Awaitable[Transaction]:
    return client.get_transaction(TX_ID)


def list_transactions(client: DinteroClient) -> Awaitable[list[Transaction]]:
    return client.list_transactions()


def get_session(client: DinteroClient) -> Awaitable[Any]:
    return client.get_session("T12345678.session")


async def _failure(reply: Reply, call: Call, **config: Any) -> tuple[DinteroError, RawServer]:
    async with (
        RawServer(lambda request: reply) as server,
        DinteroClient(server.config(**config)) as client,
    ):
        with pytest.raises(DinteroError) as caught:
            await call(client)
    return caught.value, server


def failure(reply: Reply, call: Call = get_transaction, **config: Any) -> DinteroError:
    return asyncio.run(_failure(reply, call, **config))[0]


def request_id_of(error: DinteroError) -> str | None:
    value: str | None = getattr(error, "request_id", None)
    return value


# -- bodies that are not the JSON we expect ------------------------------------------

DEEP = 100_000

MALFORMED_SUCCESS_ANSWERS: dict[str, bytes] = {
    "deeply nested array": answer(200, nested(DEEP)),
    "deeply nested inside a field": answer(
        200,
        json.dumps(transaction(metadata="X"))
        .encode()
        .replace(b'"X"', b'{"a":' * DEEP + b"1" + b"}" * DEEP),
    ),
    "truncated JSON": answer(200, json.dumps(transaction()).encode()[:57]),
    "HTML page from a proxy": answer(
        200, b"<html><body>Gateway login</body></html>", content_type="text/html"
    ),
    "valid JSON under text/plain": answer(
        200, json.dumps(transaction()).encode(), content_type="text/plain"
    ),
    "binary garbage, no content type": answer(200, bytes(range(256)), content_type=None),
    "invalid UTF-8 in a string": answer(
        200, json.dumps(transaction(currency="NOK")).encode().replace(b'"NOK"', b'"N\xff\xfeK"')
    ),
    "empty body": answer(200, b""),
    "204 no content": answer(204, b"", content_type=None),
    "JSON null": answer(200, b"null"),
    "NaN amount": answer(200, json.dumps(transaction()).encode().replace(b"10000,", b"NaN,", 1)),
    "negative transaction amount": json_answer(transaction(amount=-10_000)),
    "negative event amount": json_answer(
        transaction(events=[{"id": "e1", "event": "CAPTURE", "success": True, "amount": -500}])
    ),
    "negative line amount": json_answer(transaction(items=[{"line_id": "1", "amount": -1}])),
    "amount beyond Dintero's maximum": json_answer(transaction(amount=MAX_AMOUNT + 1)),
    "amount of 5000 digits": answer(
        200, json.dumps(transaction()).encode().replace(b"10000,", b"9" * 5000 + b",", 1)
    ),
    "amount as a float": json_answer(transaction(amount=100.0)),
    "amount as a string": json_answer(transaction(amount="10000")),
    "amount as a boolean": json_answer(transaction(amount=True)),
    "missing id": json_answer({k: v for k, v in transaction().items() if k != "id"}),
    "missing status": json_answer({k: v for k, v in transaction().items() if k != "status"}),
    "missing currency": json_answer({k: v for k, v in transaction().items() if k != "currency"}),
    "missing amount": json_answer({k: v for k, v in transaction().items() if k != "amount"}),
    "status as a number": json_answer(transaction(status=5)),
    "events as an object": json_answer(transaction(events={"id": "e1"})),
    "success as text": json_answer(
        transaction(events=[{"id": "e1", "event": "CAPTURE", "success": "true", "amount": 1}])
    ),
    "items as a string": json_answer(transaction(items="none")),
    "a redirect": answer(
        302, b"", headers={"Location": "https://elsewhere.example/"}, content_type=None
    ),
    "status 999": answer(999, json.dumps(transaction()).encode()),
}


@pytest.mark.parametrize("case", sorted(MALFORMED_SUCCESS_ANSWERS))
def test_a_malformed_answer_is_a_response_format_error_with_the_request_id(case: str) -> None:
    error = failure(MALFORMED_SUCCESS_ANSWERS[case])
    assert isinstance(error, ResponseFormatError), repr(error)
    assert error.request_id == "req-raw-1"
    assert "req-raw-1" in error.details
    assert not error.certainly_not_applied


LIST_PAGES: dict[str, bytes] = {
    "deeply nested page": answer(200, nested(DEEP)),
    "deeply nested item": answer(
        200, b"[" + json.dumps(transaction()).encode() + b"," + nested(DEEP) + b"]"
    ),
    "an object, not a list": json_answer({"transactions": [transaction()]}),
    "negative amount in the second item": json_answer(
        [transaction(), transaction(id="T12345678.two", amount=-1)]
    ),
    "HTML page": answer(200, b"<html>maintenance</html>", content_type="text/html"),
    "truncated page": answer(200, json.dumps([transaction()] * 3).encode()[:-40]),
}


@pytest.mark.parametrize("case", sorted(LIST_PAGES))
def test_a_malformed_list_page_is_a_response_format_error(case: str) -> None:
    error = failure(LIST_PAGES[case], list_transactions)
    assert isinstance(error, ResponseFormatError), repr(error)
    assert error.request_id == "req-raw-1"


def test_a_deeply_nested_session_and_token_answer_are_format_errors() -> None:
    error = failure(answer(200, b'{"id": "s", "order": ' + nested(DEEP) + b"}"), get_session)
    assert isinstance(error, ResponseFormatError)

    async def token_call() -> DinteroError:
        def route(request: RawRequest) -> Reply:
            return answer(200, nested(DEEP), request_id="req-token-1")

        async with (
            RawServer(route, serve_token=False) as server,
            DinteroClient(server.config()) as client,
        ):
            with pytest.raises(DinteroError) as caught:
                await client.fetch_token()
        return caught.value

    token_error = asyncio.run(token_call())
    assert isinstance(token_error, ResponseFormatError)
    assert token_error.request_id == "req-token-1"


# -- error answers with bodies that are not Dintero's error JSON -----------------------

ERROR_ANSWERS: dict[str, tuple[bytes, type[ApiError]]] = {
    "400 with deeply nested JSON": (answer(400, nested(DEEP)), InvalidRequest),
    "400 with nesting inside the error": (
        answer(400, b'{"error": {"code": "x", "errors": ' + nested(DEEP) + b"}}"),
        InvalidRequest,
    ),
    "404 with invalid UTF-8": (answer(404, b"\xff\xfe not found \xc3"), NotFound),
    "404 as an HTML page": (answer(404, b"<h1>Not here</h1>", content_type="text/html"), NotFound),
    "503 with deeply nested JSON": (answer(503, nested(DEEP)), ServerError),
    "429 with a Retry-After that is no number": (
        answer(429, b"{}", headers={"Retry-After": "soon"}),
        RateLimited,
    ),
    "418 with a JSON array": (answer(418, b"[1, 2]"), ApiError),
}


@pytest.mark.parametrize("case", sorted(ERROR_ANSWERS))
def test_an_error_answer_with_a_bad_body_keeps_its_status_and_request_id(case: str) -> None:
    reply, kind = ERROR_ANSWERS[case]
    error = failure(reply)
    assert type(error) is kind, repr(error)
    assert isinstance(error, ApiError)
    assert error.request_id == "req-raw-1"
    assert len(error.message) <= 200


# -- answers that never arrive whole -------------------------------------------------


def test_a_body_cut_short_by_a_lying_content_length_keeps_the_request_id() -> None:
    body = json.dumps(transaction()).encode()
    error = failure(then_close(answer(200, body, content_length=len(body) + 500)))
    assert isinstance(error, ResponseIncomplete), repr(error)
    assert error.request_id == "req-raw-1"
    assert error.status == 200
    assert "req-raw-1" in error.details
    assert not error.certainly_not_applied


@pytest.mark.parametrize(
    "reply",
    [then_close(b""), then_close(b"this is not HTTP at all\r\n\r\n")],
    ids=["closed without a word", "not HTTP"],
)
def test_no_answer_at_all_is_a_dropped_connection(reply: Reply) -> None:
    error = failure(reply)
    assert isinstance(error, ConnectionDropped), repr(error)
    assert not error.certainly_not_applied


def test_a_body_trickling_one_byte_at_a_time_is_cut_at_the_deadline() -> None:
    """Each byte comes well within the read timeout; only a deadline for the whole stops it."""
    body = json.dumps(transaction(metadata={"pad": "x" * 2000})).encode()
    head = answer(200, body)
    reply = trickled(head, 0.05, start=len(head) - len(body))  # ~100 s if let run
    started = time.monotonic()
    error = failure(reply, timeout_s=2.0)
    elapsed = time.monotonic() - started
    assert isinstance(error, ResponseIncomplete), repr(error)
    assert error.request_id == "req-raw-1"
    assert "within 2 s" in str(error)
    assert elapsed < 30, elapsed


def test_headers_trickling_in_are_a_timeout_that_may_have_reached_the_server() -> None:
    head = answer(200, json.dumps(transaction()).encode())
    started = time.monotonic()
    error = failure(trickled(head, 0.05), timeout_s=1.0)
    assert time.monotonic() - started < 20
    assert isinstance(error, RequestTimeout), repr(error)
    assert not isinstance(error, ResponseIncomplete)
    assert error.may_have_reached_server


def test_each_retry_of_a_read_has_its_own_deadline() -> None:
    body = json.dumps(transaction(metadata={"pad": "x" * 2000})).encode()
    head = answer(200, body)

    async def main() -> tuple[DinteroError, int]:
        reply = trickled(head, 0.05, start=len(head) - len(body))
        error, server = await _failure(
            reply,
            get_transaction,
            timeout_s=1.5,
            max_read_retries=2,
            retry_initial_s=0.01,
            retry_max_s=0.02,
        )
        return error, len(server.calls("GET", TX_ID))

    started = time.monotonic()
    error, attempts = asyncio.run(main())
    assert time.monotonic() - started < 60  # three deadlines, not three trickles of 100 s
    assert isinstance(error, ResponseIncomplete)
    assert attempts == 3


# -- bodies too large to hold ----------------------------------------------------------

MB = 1024 * 1024


@pytest.mark.parametrize("chunked", [True, False], ids=["chunked", "read until close"])
def test_an_endless_body_is_refused_after_the_cap(chunked: bool) -> None:
    """64 MB offered, 1 MB accepted: the client stops reading and hangs up."""
    total = 64 * MB
    sent = [0]
    head = (
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nrequest-id: req-raw-1\r\n"
        + (b"Transfer-Encoding: chunked\r\n" if chunked else b"Connection: close\r\n")
        + b"\r\n"
    )
    reply = streamed(head, b"[" * 65536, total, sent, chunked=chunked)
    error = failure(reply, max_response_bytes=MB)
    assert isinstance(error, ResponseFormatError), repr(error)
    assert error.request_id == "req-raw-1"
    assert f"at most {MB} bytes" in str(error)
    assert sent[0] < total // 2  # the rest was never asked for


def test_a_declared_length_over_the_cap_is_refused_before_reading() -> None:
    sent = [0]
    head = answer(200, b"", content_length=256 * MB)
    reply = streamed(head, b" " * 65536, 256 * MB, sent, chunked=False)
    error = failure(reply, max_response_bytes=MB)
    assert isinstance(error, ResponseFormatError)
    assert error.request_id == "req-raw-1"
    assert f"{256 * MB} bytes" in str(error)
    assert sent[0] < 64 * MB


def test_the_default_cap_is_16_mb() -> None:
    sent = [0]
    head = b"HTTP/1.1 200 OK\r\nrequest-id: req-raw-1\r\nTransfer-Encoding: chunked\r\n\r\n"
    error = failure(streamed(head, b" " * 65536, 24 * MB, sent))
    assert isinstance(error, ResponseFormatError)
    assert f"at most {16 * MB} bytes" in str(error)


def test_a_small_compressed_body_that_unpacks_beyond_the_cap_is_refused() -> None:
    unpacked = json.dumps(transaction(metadata={"pad": "x" * (8 * MB)})).encode()
    reply = gzip_answer(unpacked)
    assert len(reply) < MB // 8
    error = failure(reply, max_response_bytes=MB)
    assert isinstance(error, ResponseFormatError), repr(error)
    assert error.request_id == "req-raw-1"
    assert f"at most {MB} bytes" in str(error)


def test_an_answer_within_the_cap_still_reads_fine() -> None:
    big = transaction(metadata={"pad": "x" * (MB // 2)})

    async def main() -> Transaction:
        async with (
            RawServer(lambda request: json_answer(big)) as server,
            DinteroClient(server.config(max_response_bytes=MB)) as client,
        ):
            return await client.get_transaction(TX_ID)

    assert asyncio.run(main()).amount == 10_000


# -- statuses Paydesk does not know ----------------------------------------------------


@pytest.mark.parametrize("status", ["SETTLING_SOMEHOW", "authorized", "UNKNOWN", ""])
def test_an_unknown_status_reads_as_unknown_in_a_transaction_and_a_page(status: str) -> None:
    odd = transaction(status=status)

    async def main() -> tuple[Transaction, list[Transaction]]:
        def route(request: RawRequest) -> Reply:
            return json_answer([odd] if request.path.endswith("/transactions") else odd)

        async with RawServer(route) as server, DinteroClient(server.config()) as client:
            return await client.get_transaction(TX_ID), await client.list_transactions()

    single, page = asyncio.run(main())
    assert single.status is TransactionStatus.UNKNOWN
    assert [tx.status for tx in page] == [TransactionStatus.UNKNOWN]
