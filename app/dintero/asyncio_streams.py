"""httpcore's network layer on asyncio's own transports, without anyio in between.

httpcore reaches the network through a small backend interface (connect, read, write,
start TLS, close); its default one goes through anyio, which wraps every read and write
in cancel scopes and builds a dictionary of socket attributes on each question httpcore
asks about a connection. In a bulk capture that is a good part of each request's CPU
time. This backend answers the same interface directly on an ``asyncio.Protocol``, with
the same errors (httpcore's ``ConnectError``, ``ReadTimeout`` …), so httpx maps them as
before.

An answer is buffered at most ``READ_BUFFER`` bytes ahead of the reader: beyond that the
socket stops being read until httpcore has taken some, so a server cannot fill memory
faster than the caller's size limit sees it.
"""

# The `timeout` parameters are httpcore's interface, not ours to replace (ASYNC109).
# ruff: noqa: ASYNC109
from __future__ import annotations

import asyncio
import contextlib
import socket
import ssl
from collections.abc import Iterable, Iterator
from typing import Any

import httpcore
from httpcore import AsyncNetworkBackend, AsyncNetworkStream

__all__ = ["READ_BUFFER", "AsyncioBackend"]

READ_BUFFER = 256 * 1024

_SocketOption = (
    tuple[int, int, int] | tuple[int, int, bytes | bytearray] | tuple[int, int, None, int]
)


@contextlib.contextmanager
def _mapped(timeout: type[Exception], failure: type[Exception]) -> Iterator[None]:
    """Timeouts and socket errors as httpcore's own exceptions (the cause kept)."""
    try:
        yield
    except TimeoutError as error:
        raise timeout(str(error) or "timed out") from error
    except (OSError, EOFError) as error:  # ssl.SSLError is an OSError
        raise failure(str(error) or type(error).__name__) from error


class _Connection(asyncio.Protocol):
    """What has arrived on one connection, and whether it is still open."""

    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self.received = bytearray()
        self.ended = False
        """The peer has closed its side, or the connection is gone."""
        self.lost: Exception | None = None
        self._reading_paused = False
        self._writing_paused = False
        self._waiter: asyncio.Future[None] | None = None

    # ------------------------------------------------------------------ asyncio's side
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport  # again after start_tls: then the TLS transport

    def data_received(self, data: bytes) -> None:
        self.received += data
        if len(self.received) > READ_BUFFER and not self._reading_paused and self.transport:
            self._reading_paused = True
            self.transport.pause_reading()
        self._wake()

    def eof_received(self) -> bool:
        self.ended = True
        self._wake()
        return False  # close the transport: HTTP/1.1 has no use for a half-closed one

    def connection_lost(self, exc: Exception | None) -> None:
        self.ended = True
        self.lost = exc
        self._wake()

    def pause_writing(self) -> None:
        self._writing_paused = True

    def resume_writing(self) -> None:
        self._writing_paused = False
        self._wake()

    # ------------------------------------------------------------------ httpcore's side
    async def read(self, max_bytes: int) -> bytes:
        while not self.received and not self.ended:
            await self._wait()
        if not self.received and self.lost is not None:
            raise self.lost  # reset, not closed: a read error, as with any other backend
        data = bytes(self.received[:max_bytes])
        del self.received[:max_bytes]
        if self._reading_paused and len(self.received) <= READ_BUFFER and self.transport:
            self._reading_paused = False
            self.transport.resume_reading()
        return data  # b"" once the peer has closed: httpcore's sign of a closed connection

    async def write(self, data: bytes) -> None:
        if self.transport is None or self.transport.is_closing() or self.lost is not None:
            raise ConnectionResetError("the connection is closed")
        self.transport.write(data)
        while self._writing_paused and self.lost is None and not self.transport.is_closing():
            await self._wait()
        if self.lost is not None:
            raise self.lost

    async def _wait(self) -> None:
        waiter = self._waiter = asyncio.get_running_loop().create_future()
        try:
            await waiter
        finally:
            self._waiter = None

    def _wake(self) -> None:
        if self._waiter is not None and not self._waiter.done():
            self._waiter.set_result(None)


def _timeout(seconds: float | None) -> asyncio.Timeout:
    loop = asyncio.get_running_loop()
    return asyncio.timeout_at(None if seconds is None else loop.time() + seconds)


class _Stream(AsyncNetworkStream):
    def __init__(self, connection: _Connection) -> None:
        self._connection = connection

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        with _mapped(httpcore.ReadTimeout, httpcore.ReadError):
            if self._connection.received or timeout is None:
                return await self._connection.read(max_bytes)
            async with _timeout(timeout):
                return await self._connection.read(max_bytes)

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        if not buffer:
            return
        with _mapped(httpcore.WriteTimeout, httpcore.WriteError):
            async with _timeout(timeout):
                await self._connection.write(buffer)

    async def aclose(self) -> None:
        if self._connection.transport is not None:
            self._connection.transport.close()

    async def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> AsyncNetworkStream:
        connection = self._connection
        assert connection.transport is not None
        loop = asyncio.get_running_loop()
        try:
            with _mapped(httpcore.ConnectTimeout, httpcore.ConnectError):
                async with _timeout(timeout):
                    tls = await loop.start_tls(
                        connection.transport,
                        connection,
                        ssl_context,
                        server_hostname=server_hostname,
                    )
        except BaseException:
            connection.transport.abort()
            raise
        assert isinstance(tls, asyncio.Transport)
        connection.transport = tls
        return self

    def get_extra_info(self, info: str) -> Any:
        connection = self._connection
        transport = connection.transport
        if info == "is_readable":  # asked of an idle connection: has the server closed it?
            return connection.ended or bool(connection.received)
        if transport is None:
            return None
        names = {"client_addr": "sockname", "server_addr": "peername"}
        return transport.get_extra_info(names.get(info, info))


class AsyncioBackend(AsyncNetworkBackend):
    """Connections as plain asyncio transports; TCP_NODELAY is asyncio's default."""

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[_SocketOption] | None = None,
    ) -> AsyncNetworkStream:
        loop = asyncio.get_running_loop()
        with _mapped(httpcore.ConnectTimeout, httpcore.ConnectError):
            async with _timeout(timeout):
                _transport, connection = await loop.create_connection(
                    _Connection,
                    host,
                    port,
                    local_addr=(local_address, 0) if local_address else None,
                )
        _apply(connection, socket_options)
        return _Stream(connection)

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[_SocketOption] | None = None,
    ) -> AsyncNetworkStream:
        loop = asyncio.get_running_loop()
        with _mapped(httpcore.ConnectTimeout, httpcore.ConnectError):
            async with _timeout(timeout):
                _transport, connection = await loop.create_unix_connection(_Connection, path)
        _apply(connection, socket_options)
        return _Stream(connection)

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)


def _apply(connection: _Connection, options: Iterable[_SocketOption] | None) -> None:
    assert connection.transport is not None
    sock: socket.socket | None = connection.transport.get_extra_info("socket")
    for option in options or ():
        if sock is not None:
            sock.setsockopt(*option)
