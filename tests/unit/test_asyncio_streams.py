"""The HTTP connections' network layer on asyncio: bounded reading, httpcore's errors.

Every client test already sends its requests through this layer; these pin what a
server can do to one connection: flood it, close it while idle, reset it, stay silent.
Each server here is a real one on loopback.
"""

from __future__ import annotations

import asyncio
import socket
import struct
from collections.abc import Awaitable, Callable

import httpcore
import pytest

from app.dintero.asyncio_streams import READ_BUFFER, AsyncioBackend

WAIT_S = 30.0
ONE_DATA_EVENT = 256 * 1024
"""The most asyncio reads from a socket at once (its selector loop's chunk)."""


Handler = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]


async def _serve(handler: Handler) -> tuple[asyncio.Server, int]:
    server = await asyncio.start_server(handler, "127.0.0.1", 0)
    port: int = server.sockets[0].getsockname()[1]
    return server, port


async def _until(condition: Callable[[], bool]) -> None:
    """Wait for a condition the event loop will make true (bounded, never a fixed sleep)."""
    async with asyncio.timeout(WAIT_S):
        while not condition():  # noqa: ASYNC110 - the protocol's state has no event to await
            await asyncio.sleep(0.001)


def test_a_flooding_server_is_read_no_further_ahead_than_the_buffer() -> None:
    size = 8 * 1024 * 1024
    body = bytes(range(256)) * (size // 256)

    async def flood(_reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.write(body)
        await writer.drain()
        writer.close()

    async def main() -> None:
        server, port = await _serve(flood)
        stream = await AsyncioBackend().connect_tcp("127.0.0.1", port, timeout=WAIT_S)
        connection = stream._connection  # type: ignore[attr-defined]
        await _until(lambda: connection._reading_paused)
        assert len(connection.received) <= READ_BUFFER + ONE_DATA_EVENT
        got = bytearray()
        while chunk := await stream.read(65536, timeout=WAIT_S):
            got += chunk
            assert len(connection.received) <= READ_BUFFER + ONE_DATA_EVENT
        assert bytes(got) == body  # reading resumed each time, and nothing was lost
        await stream.aclose()
        server.close()
        await server.wait_closed()

    asyncio.run(main())


def test_an_idle_connection_the_server_closed_is_readable_and_reads_empty() -> None:
    """httpcore asks "is it readable?" of an idle kept-alive connection: yes means the
    server has closed it, and it is not used for the next request."""

    async def hang_up(_reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.close()

    async def main() -> None:
        server, port = await _serve(hang_up)
        stream = await AsyncioBackend().connect_tcp("127.0.0.1", port, timeout=WAIT_S)
        await _until(lambda: bool(stream.get_extra_info("is_readable")))
        assert await stream.read(1024, timeout=WAIT_S) == b""
        await stream.aclose()
        server.close()
        await server.wait_closed()

    asyncio.run(main())


def test_a_reset_connection_is_a_read_error_and_a_silent_one_a_read_timeout() -> None:
    async def reset(_reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        sock = writer.get_extra_info("socket")
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        writer.transport.abort()  # a reset, not an orderly close

    left = asyncio.Event()

    async def silent(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.read()  # until the client goes
        writer.close()
        left.set()

    async def main() -> None:
        server, port = await _serve(reset)
        stream = await AsyncioBackend().connect_tcp("127.0.0.1", port, timeout=WAIT_S)
        with pytest.raises(httpcore.ReadError):
            await stream.read(1024, timeout=WAIT_S)
        await stream.aclose()
        server.close()
        await server.wait_closed()

        quiet, quiet_port = await _serve(silent)
        stream = await AsyncioBackend().connect_tcp("127.0.0.1", quiet_port, timeout=WAIT_S)
        await stream.write(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n", timeout=WAIT_S)
        with pytest.raises(httpcore.ReadTimeout):
            await stream.read(1024, timeout=0.05)
        await stream.aclose()
        async with asyncio.timeout(WAIT_S):
            await left.wait()
        quiet.close()
        await quiet.wait_closed()

    asyncio.run(main())


def test_nobody_listening_is_a_connect_error() -> None:
    with socket.socket() as unused:
        unused.bind(("127.0.0.1", 0))
        port = unused.getsockname()[1]  # bound, never listening: connections are refused

        async def main() -> None:
            with pytest.raises(httpcore.ConnectError):
                await AsyncioBackend().connect_tcp("127.0.0.1", port, timeout=WAIT_S)

        asyncio.run(main())
