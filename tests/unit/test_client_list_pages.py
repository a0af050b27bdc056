"""List pages are validated item by item in a worker thread, with the same error reports."""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import pytest
from aiohttp import web

from app.dintero import (
    ClientConfig,
    DinteroClient,
    ResponseFormatError,
    Transaction,
    TransactionStatus,
)


def _transaction(tx_id: str, **changes: object) -> dict[str, object]:
    body: dict[str, object] = {
        "id": tx_id,
        "status": "AUTHORIZED",
        "amount": 1000,
        "currency": "NOK",
        "initiating_system_request_headers": {"Dintero-System-Name": "woocommerce", "x": 1},
    }
    body.update(changes)
    return body


@asynccontextmanager
async def _list_server(body: str) -> AsyncIterator[ClientConfig]:
    async def token(request: web.Request) -> web.Response:
        return web.json_response(
            {"access_token": "tok", "token_type": "Bearer", "expires_in": 3600}
        )

    async def listing(request: web.Request) -> web.Response:
        return web.Response(
            text=body, content_type="application/json", headers={"request-id": "req-list-1"}
        )

    app = web.Application()
    app.router.add_post("/v1/accounts/{aid}/auth/token", token)
    app.router.add_get("/v1/transactions", listing)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    try:
        yield ClientConfig.single_host(
            f"http://127.0.0.1:{port}", "T12345678", "id", "secret", max_read_retries=0
        )
    finally:
        await runner.cleanup()


def _list(body: str) -> list[Transaction]:
    async def main() -> list[Transaction]:
        async with _list_server(body) as config, DinteroClient(config) as client:
            return list(await client.list_transactions())

    return asyncio.run(main())


def test_a_page_decodes_off_the_event_loop_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    from app.dintero import wire

    threads: list[str] = []
    original = wire._decode_items

    def watched(response: Any, item_type: Any) -> Any:
        threads.append(threading.current_thread().name)
        return original(response, item_type)

    monkeypatch.setattr(wire, "_decode_items", watched)
    page = _list(json.dumps([_transaction("T12345678.a"), _transaction("T12345678.b")]))
    assert [t.id for t in page] == ["T12345678.a", "T12345678.b"]
    assert page[0].status is TransactionStatus.AUTHORIZED
    # Header names are lower-cased and a non-text value is dropped, not fatal.
    assert page[0].initiating_system_request_headers == {"dintero-system-name": "woocommerce"}
    assert threads
    assert threads[0] != threading.main_thread().name


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        ("not json", "not JSON"),
        (json.dumps({"id": "x"}), "expected a JSON array"),
        (
            json.dumps([_transaction("T12345678.a"), _transaction("T12345678.b", amount="9")]),
            "1.amount",
        ),
    ],
)
def test_a_bad_page_is_a_response_format_error(body: str, fragment: str) -> None:
    with pytest.raises(ResponseFormatError) as caught:
        _list(body)
    assert fragment in str(caught.value)
    assert caught.value.request_id == "req-list-1"
