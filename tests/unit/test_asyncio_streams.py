"""One connection on asyncio (under the direct HTTP transport): bounded, and honest
about what the server did.

Every client test already sends its requests through this layer; these pin what a
server can do to one connection: flood it, close it while idle, reset it, stay silent.
Each server here is a real one on loopback.
"""

from __future__ import annotations

import asyncio
import socket
import struct
from collections.abc import Awaitable, Callable

import pytest

from app.dintero.asyncio_streams import READ_BUFFER, open_connection

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
        connection = await open_connection("127.0.0.1", port, None, WAIT_S)
        await _until(lambda: connection.reading_paused)
        assert len(connection.received) <= READ_BUFFER + ONE_DATA_EVENT
        got = bytearray()
        while chunk := await connection.read(65536, WAIT_S):
            got += chunk
            assert len(connection.received) <= READ_BUFFER + ONE_DATA_EVENT
        assert bytes(got) == body  # reading resumed each time, and nothing was lost
        connection.close()
        server.close()
        await server.wait_closed()

    asyncio.run(main())


def test_an_idle_connection_the_server_closed_is_not_usable_and_reads_empty() -> None:
    """An idle kept-alive connection the server has closed is never reused."""

    async def hang_up(_reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.close()

    async def main() -> None:
        server, port = await _serve(hang_up)
        connection = await open_connection("127.0.0.1", port, None, WAIT_S)
        await _until(lambda: not connection.idle_and_usable)
        assert await connection.read(1024, WAIT_S) == b""
        connection.close()
        server.close()
        await server.wait_closed()

    asyncio.run(main())


def test_a_reset_connection_is_an_os_error_and_a_silent_one_a_timeout() -> None:
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
        connection = await open_connection("127.0.0.1", port, None, WAIT_S)
        with pytest.raises(ConnectionResetError):
            await connection.read(1024, WAIT_S)
        connection.close()
        server.close()
        await server.wait_closed()

        quiet, quiet_port = await _serve(silent)
        connection = await open_connection("127.0.0.1", quiet_port, None, WAIT_S)
        await connection.write(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n", WAIT_S)
        with pytest.raises(TimeoutError):
            await connection.read(1024, 0.05)
        connection.close()
        async with asyncio.timeout(WAIT_S):
            await left.wait()
        quiet.close()
        await quiet.wait_closed()

    asyncio.run(main())


def test_nobody_listening_is_an_os_error() -> None:
    with socket.socket() as unused:
        unused.bind(("127.0.0.1", 0))
        port = unused.getsockname()[1]  # bound, never listening: connections are refused

        async def main() -> None:
            with pytest.raises(ConnectionRefusedError):
                await open_connection("127.0.0.1", port, None, WAIT_S)

        asyncio.run(main())
