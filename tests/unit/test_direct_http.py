"""The direct HTTP/1.1 transport: connections kept alive and reused only when whole,
limits that hold, and the trace the wire relies on to tell "not sent" from "sent".

Real servers on loopback, scripted byte by byte where the test needs a broken answer.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from typing import Any

import httpx
import pytest

from app.dintero.direct_http import DirectTransport
from app.dintero.network import system_tls_context

WAIT_S = 30.0
OK = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}"


class Server:
    """Counts connections; each request on a connection gets the next scripted answer."""

    def __init__(self, answers: Callable[[int], bytes | None]) -> None:
        self.answers = answers
        self.connections = 0
        self.requests = 0
        self.port = 0
        self._server: asyncio.Server | None = None

    async def start(self) -> Server:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1/ping"

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        try:
            while await reader.readuntil(b"\r\n\r\n"):
                self.requests += 1
                answer = self.answers(self.requests)
                if answer is None:
                    break  # hang up without answering
                writer.write(answer)
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    async def close(self) -> None:
        assert self._server is not None
        self._server.close()
        await self._server.wait_closed()


def run(test: Callable[[], Coroutine[Any, Any, None]]) -> None:
    asyncio.run(test())


def client(max_connections: int = 4, pool_s: float = WAIT_S) -> httpx.AsyncClient:
    return httpx.AsyncClient(
        transport=DirectTransport(max_connections, system_tls_context()),
        timeout=httpx.Timeout(WAIT_S, pool=pool_s),
    )


def test_a_whole_answer_leaves_its_connection_for_the_next_request() -> None:
    async def test() -> None:
        server = await Server(lambda n: OK).start()
        async with client() as http:
            for _ in range(3):
                response = await http.get(server.url)
                assert (response.status_code, response.json()) == (200, {})
        assert (server.connections, server.requests) == (1, 3)
        await server.close()

    run(test)


def test_an_answer_read_only_in_part_closes_its_connection() -> None:
    long = b"HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n" + b"x" * 100_000

    async def test() -> None:
        server = await Server(lambda n: long).start()
        async with client() as http:
            async with http.stream("GET", server.url) as response:
                async for _chunk in response.aiter_raw():
                    break  # the reader gives up early: the rest is unknown
            assert (await http.get(server.url)).status_code == 200
        assert server.connections == 2
        await server.close()

    run(test)


def test_a_connection_the_server_closed_while_idle_is_replaced_without_an_error() -> None:
    closing = b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}"

    async def test() -> None:
        server = await Server(lambda n: closing).start()
        async with client() as http:
            for _ in range(3):
                assert (await http.get(server.url)).status_code == 200
        assert server.connections == 3
        await server.close()

    run(test)


def test_a_server_that_hangs_up_without_answering_is_a_protocol_error() -> None:
    async def test() -> None:
        server = await Server(lambda n: None).start()
        async with client() as http:
            with pytest.raises(httpx.RemoteProtocolError, match="without sending a response"):
                await http.post(server.url, json={"amount": 100})
        await server.close()

    run(test)


def test_the_connection_limit_holds_and_a_full_pool_times_out() -> None:
    async def test() -> None:
        answered: list[int] = []
        server = await Server(lambda n: OK).start()
        async with client(max_connections=2, pool_s=0.2) as http:
            held = [await http.send(http.build_request("GET", server.url), stream=True)]
            held.append(await http.send(http.build_request("GET", server.url), stream=True))
            with pytest.raises(httpx.PoolTimeout):
                await http.get(server.url)  # both connections are out: waits, then gives up
            for response in held:
                await response.aread()
                answered.append(response.status_code)
                await response.aclose()
            assert (await http.get(server.url)).status_code == 200
        assert answered == [200, 200]
        assert server.connections == 2
        await server.close()

    run(test)


def test_the_trace_tells_a_new_connection_from_a_reused_one() -> None:
    async def test() -> None:
        server = await Server(lambda n: OK).start()
        heard: list[list[str]] = []

        async def traced() -> None:
            names: list[str] = []

            async def trace(name: str, info: dict[str, Any]) -> None:
                names.append(name)

            await http.get(server.url, extensions={"trace": trace})
            heard.append(names)

        async with client() as http:
            await traced()
            await traced()
        assert heard == [
            ["connection.connect_tcp.started", "http11.send_request_headers.started"],
            ["http11.send_request_headers.started"],
        ]
        await server.close()

    run(test)


def test_nobody_listening_is_a_connect_error() -> None:
    async def test() -> None:
        server = await Server(lambda n: OK).start()
        url = server.url
        await server.close()
        async with client() as http:
            with pytest.raises(httpx.ConnectError):
                await http.get(url)

    run(test)


def test_an_endless_answer_head_is_refused_not_buffered() -> None:
    endless = b"HTTP/1.1 200 OK\r\n" + b"X-Padding: " + b"x" * 300_000 + b"\r\n\r\n{}"

    async def test() -> None:
        server = await Server(lambda n: endless).start()
        async with client() as http:
            with pytest.raises(httpx.RemoteProtocolError):
                await http.get(server.url)
        await server.close()

    run(test)


def test_an_answer_nobody_asked_for_is_never_taken_for_the_next_one() -> None:
    """A server (or a middlebox) that sends a second answer after the first: the
    connection is not reused, so the next request gets its own answer."""

    def answer(n: int) -> bytes:
        body = f'{{"n": {n}}}'.encode()
        one = b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body)
        stray = b'HTTP/1.1 200 OK\r\nContent-Length: 11\r\n\r\n{"n": "??"}'
        return one + stray if n == 1 else one

    async def test() -> None:
        server = await Server(answer).start()
        async with client() as http:
            assert (await http.get(server.url)).json() == {"n": 1}
            assert (await http.post(server.url, json={"amount": 100})).json() == {"n": 2}
        assert server.connections == 2
        await server.close()

    run(test)
