"""Requests go from the client's own pool straight to the wire: the headers every call
carries, the bearer token, a closed client refusing, and no cookie ever sent back."""

from __future__ import annotations

import asyncio

import pytest

from app.dintero import DinteroClient
from tests.unit.raw_http_server import RawRequest, RawServer, Reply, answer, json_answer
from tests.unit.test_client_hostile_answers import TX_ID, transaction


def test_a_read_carries_the_default_headers_and_the_token_and_never_a_cookie() -> None:
    def route(request: RawRequest) -> Reply:
        body = json_answer(transaction()).split(b"\r\n\r\n", 1)[1]
        return answer(200, body, headers={"Set-Cookie": "tracker=1; Path=/"})

    async def main() -> list[RawRequest]:
        async with RawServer(route) as server, DinteroClient(server.config()) as client:
            await client.get_transaction(TX_ID)
            await client.get_transaction(TX_ID)
            return server.calls("GET", TX_ID)

    reads = asyncio.run(main())
    assert len(reads) == 2
    for read in reads:
        headers = {name.lower(): value for name, value in read.headers.items()}
        assert headers["authorization"].startswith("Bearer ")
        assert headers["accept"] == "application/json"
        assert headers["dintero-system-name"]
        assert "cookie" not in headers  # the answer's Set-Cookie is not kept


def test_a_closed_client_sends_nothing() -> None:
    async def main() -> int:
        async with RawServer(lambda request: json_answer(transaction())) as server:
            client = DinteroClient(server.config())
            await client.get_transaction(TX_ID)
            await client.aclose()
            with pytest.raises(RuntimeError, match="closed"):  # as httpx's own send says
                await client._wire.send("POST", f"{server.config().checkout_url}/x")
            return len(server.calls("POST", "/x"))

    assert asyncio.run(main()) == 0
