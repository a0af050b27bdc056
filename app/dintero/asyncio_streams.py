"""One TCP (or TLS) connection on asyncio's own transport: bytes in, bytes out, bounded.

The smallest layer under ``direct_http``: asyncio's streams add a second buffer and a
task hop per read that a bulk capture pays on every request; this protocol keeps what
has arrived and wakes the one reader waiting for it.

An answer is buffered at most ``READ_BUFFER`` bytes ahead of the reader: beyond that the
socket stops being read until the reader has taken some, so a server cannot fill memory
faster than the caller's size limit sees it. Reads and writes take a time limit; running out
is a ``TimeoutError`` and a broken connection an ``OSError``, for the caller to name.
"""

from __future__ import annotations

import asyncio
import ssl

__all__ = ["READ_BUFFER", "Connection", "open_connection"]

READ_BUFFER = 256 * 1024


def _deadline(seconds: float | None) -> asyncio.Timeout:
    loop = asyncio.get_running_loop()
    return asyncio.timeout_at(None if seconds is None else loop.time() + seconds)


class Connection(asyncio.Protocol):
    """What has arrived on one connection, and whether it is still open."""

    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self.received = bytearray()
        self.ended = False
        """The peer has closed its side, or the connection is gone."""
        self.lost: Exception | None = None
        self.reading_paused = False
        self._writing_paused = False
        self._waiter: asyncio.Future[None] | None = None

    # ------------------------------------------------------------------ asyncio's side
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.received += data
        if len(self.received) > READ_BUFFER and not self.reading_paused and self.transport:
            self.reading_paused = True
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

    # ------------------------------------------------------------------ the caller's side
    @property
    def idle_and_usable(self) -> bool:
        """Nothing unread and still open: an idle kept-alive connection may be reused."""
        return not self.ended and not self.received and self.transport is not None

    async def read(self, max_bytes: int, within_s: float | None) -> bytes:
        """Up to ``max_bytes``; ``b""`` once the peer has closed the connection."""
        if not self.received and not self.ended:
            async with _deadline(within_s):
                while not self.received and not self.ended:
                    await self._wait()
        if not self.received and self.lost is not None:
            raise self.lost  # reset rather than closed
        data = bytes(self.received[:max_bytes])
        del self.received[:max_bytes]
        if self.reading_paused and len(self.received) <= READ_BUFFER and self.transport:
            self.reading_paused = False
            self.transport.resume_reading()
        return data

    async def write(self, data: bytes, within_s: float | None) -> None:
        if self.transport is None or self.transport.is_closing() or self.lost is not None:
            raise ConnectionResetError("the connection is closed")
        self.transport.write(data)
        if self._writing_paused:
            async with _deadline(within_s):
                while self._writing_paused and not self.ended:
                    await self._wait()
        if self.lost is not None:
            raise self.lost

    def close(self) -> None:
        if self.transport is not None:
            self.transport.close()

    def abort(self) -> None:
        """Close at once, without waiting for the peer (TLS's goodbye included)."""
        if self.transport is not None:
            self.transport.abort()

    async def _wait(self) -> None:
        waiter = self._waiter = asyncio.get_running_loop().create_future()
        try:
            await waiter
        finally:
            self._waiter = None

    def _wake(self) -> None:
        if self._waiter is not None and not self._waiter.done():
            self._waiter.set_result(None)


async def open_connection(
    host: str, port: int, tls: ssl.SSLContext | None, within_s: float | None
) -> Connection:
    """Connect (and shake hands, for TLS) within ``within_s`` seconds."""
    loop = asyncio.get_running_loop()
    async with _deadline(within_s):
        _transport, connection = await loop.create_connection(
            Connection, host, port, ssl=tls, server_hostname=host if tls is not None else None
        )
    return connection
