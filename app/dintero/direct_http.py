"""HTTP/1.1 straight to Dintero: h11 on asyncio connections, kept alive and pooled.

httpx's own transport goes through httpcore's pool and anyio, which is most of the CPU a
money move costs (a bulk capture runs hundreds a minute). Requests Paydesk makes are
small and simple: one JSON body, one JSON answer, HTTP/1.1, no upgrades. This transport
does exactly that with h11 (the protocol library httpcore itself uses) and keeps the
httpx interface, errors and all, so everything above it is unchanged:

- ``connect`` and ``pool`` timeouts bound getting a connection, ``read`` and ``write``
  each network wait; failures become ``httpx.ConnectError``, ``ReadTimeout`` … as
  with httpx's transport, the cause kept (a certificate failure stays recognisable);
- the request's ``trace`` extension hears when a connection is being opened and when
  the request starts to leave, as httpcore reports them: the wire uses that to tell
  "certainly not sent" from "may have arrived";
- a connection goes back to the pool only after its answer was read to the end; one
  cut short, broken or cancelled is closed, never reused. Idle ones are closed after
  ``keepalive_expiry`` or when the server has closed them.

Requests through a proxy keep httpx's transport (see ``pool``).
"""

from __future__ import annotations

import asyncio
import ssl
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import h11
import httpx

from app.dintero.asyncio_streams import Connection, open_connection

__all__ = ["DirectTransport"]

_READ_SIZE = 64 * 1024
_MAX_HEAD = 100 * 1024
"""The largest answer head (status line and headers) taken, as httpx's own transport."""
_Trace = Callable[[str, dict[str, Any]], Awaitable[None]]
_Origin = tuple[str, str, int]


class _Pooled:
    """One connection and its HTTP/1.1 state."""

    def __init__(self, origin: _Origin, connection: Connection) -> None:
        self.origin = origin
        self.connection = connection
        self.http = h11.Connection(h11.CLIENT, max_incomplete_event_size=_MAX_HEAD)
        self.idle_since = 0.0


class DirectTransport(httpx.AsyncBaseTransport):
    """At most ``max_connections`` open at once, over all hosts; idle ones reused."""

    def __init__(
        self,
        max_connections: int,
        tls: ssl.SSLContext,
        *,
        keepalive_expiry: float = 5.0,
    ) -> None:
        self._tls = tls
        self._keepalive_expiry = keepalive_expiry
        self._slots = asyncio.Semaphore(max(1, max_connections))
        self._idle: dict[_Origin, list[_Pooled]] = {}
        self._closed = False

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        timeouts: dict[str, float | None] = request.extensions.get("timeout", {})
        trace: _Trace | None = request.extensions.get("trace")
        origin = _origin_of(request.url)
        if self._slots.locked():  # wait for a free connection, at most the pool timeout
            try:
                async with asyncio.timeout(timeouts.get("pool")):
                    await self._slots.acquire()
            except TimeoutError:
                raise httpx.PoolTimeout("no free connection in time", request=request) from None
        else:
            await self._slots.acquire()
        pooled: _Pooled | None = None
        try:
            pooled = self._reuse(origin)
            if pooled is None:
                if trace is not None:
                    await trace("connection.connect_tcp.started", {"host": origin[1]})
                pooled = _Pooled(origin, await self._connect(origin, timeouts, request))
            response = await self._exchange(pooled, request, timeouts, trace)
        except BaseException:
            if pooled is not None:
                pooled.connection.abort()
            self._slots.release()
            raise
        return response

    async def aclose(self) -> None:
        self._closed = True
        for idle in self._idle.values():
            for pooled in idle:
                pooled.connection.close()
        self._idle.clear()

    # ------------------------------------------------------------------ connections
    def _reuse(self, origin: _Origin) -> _Pooled | None:
        """The newest idle connection still usable; expired or closed ones are closed."""
        now = time.monotonic()
        fresh: list[_Pooled] = []
        for pooled in self._idle.get(origin, ()):
            if pooled.connection.idle_and_usable and now - pooled.idle_since < (
                self._keepalive_expiry
            ):
                fresh.append(pooled)
            else:
                pooled.connection.close()
        self._idle[origin] = fresh
        return fresh.pop() if fresh else None

    async def _connect(
        self, origin: _Origin, timeouts: dict[str, float | None], request: httpx.Request
    ) -> Connection:
        scheme, host, port = origin
        try:
            return await open_connection(
                host, port, self._tls if scheme == "https" else None, timeouts.get("connect")
            )
        except TimeoutError as error:
            raise httpx.ConnectTimeout(
                f"connecting to {host}:{port} timed out", request=request
            ) from error
        except OSError as error:  # ssl.SSLError is one
            raise httpx.ConnectError(str(error) or type(error).__name__, request=request) from error

    def _put_back(self, pooled: _Pooled) -> None:
        """After a whole answer: keep the connection if both sides may go on with it."""
        http = pooled.http
        reusable = (
            not self._closed
            and http.our_state is h11.DONE
            and http.their_state is h11.DONE
            and http.trailing_data == (b"", False)  # nothing more came: no stray answer
            and pooled.connection.idle_and_usable
        )
        if reusable:
            http.start_next_cycle()
            pooled.idle_since = time.monotonic()
            self._idle.setdefault(pooled.origin, []).append(pooled)
        else:
            pooled.connection.close()
        self._slots.release()

    # ------------------------------------------------------------------ one exchange
    async def _exchange(
        self,
        pooled: _Pooled,
        request: httpx.Request,
        timeouts: dict[str, float | None],
        trace: _Trace | None,
    ) -> httpx.Response:
        body = request.content  # Paydesk's requests are built whole (JSON), never streamed
        http = pooled.http
        try:
            data = http.send(
                h11.Request(
                    method=request.method,
                    target=request.url.raw_path,
                    headers=request.headers.raw,
                )
            )
            if body:
                data += http.send(h11.Data(data=body)) or b""
            data += http.send(h11.EndOfMessage()) or b""
        except h11.LocalProtocolError as error:  # before anything was written
            raise httpx.LocalProtocolError(str(error), request=request) from error
        if trace is not None:
            await trace("http11.send_request_headers.started", {"request": request})
        try:
            await pooled.connection.write(data, timeouts.get("write"))
        except TimeoutError as error:
            raise httpx.WriteTimeout("sending the request timed out", request=request) from error
        except OSError as error:
            raise httpx.WriteError(str(error) or "connection lost", request=request) from error
        reader = _Reader(pooled, request, timeouts.get("read"))
        while True:
            event = await reader.next_event()
            if isinstance(event, h11.Response):
                break
            if not isinstance(event, h11.InformationalResponse):
                raise httpx.RemoteProtocolError(
                    "Server disconnected without sending a response.", request=request
                )
        return httpx.Response(
            event.status_code,
            headers=event.headers.raw_items(),
            stream=_Body(reader, self._put_back),
            extensions={"http_version": b"HTTP/1.1", "reason_phrase": event.reason},
            request=request,
        )


class _Reader:
    """h11's events for one answer, reading from the connection when h11 needs data."""

    def __init__(self, pooled: _Pooled, request: httpx.Request, timeout: float | None) -> None:
        self.pooled = pooled
        self._request = request
        self._timeout = timeout

    async def next_event(self) -> Any:
        http = self.pooled.http
        while True:
            try:
                event = http.next_event()
            except h11.RemoteProtocolError as error:
                raise httpx.RemoteProtocolError(str(error), request=self._request) from error
            if event is not h11.NEED_DATA:
                return event
            try:
                data = await self.pooled.connection.read(_READ_SIZE, self._timeout)
            except TimeoutError as error:
                raise httpx.ReadTimeout("no answer in time", request=self._request) from error
            except OSError as error:
                raise httpx.ReadError(
                    str(error) or "connection lost", request=self._request
                ) from error
            if not data and http.their_state is h11.SEND_RESPONSE:
                raise httpx.RemoteProtocolError(
                    "Server disconnected without sending a response.", request=self._request
                )
            try:
                http.receive_data(data)
            except h11.RemoteProtocolError as error:
                raise httpx.RemoteProtocolError(str(error), request=self._request) from error


class _Body(httpx.AsyncByteStream):
    """The answer's body; the connection is handed back (or closed) once, when closed."""

    def __init__(self, reader: _Reader, put_back: Callable[[_Pooled], None]) -> None:
        self._reader = reader
        self._put_back = put_back
        self._whole = False
        self._open = True

    async def __aiter__(self) -> AsyncIterator[bytes]:
        while not self._whole:
            event = await self._reader.next_event()
            if isinstance(event, h11.Data):
                yield bytes(event.data)
            elif isinstance(event, h11.EndOfMessage):
                self._whole = True
            else:
                raise httpx.RemoteProtocolError(
                    "the connection closed before the whole answer arrived"
                )

    async def aclose(self) -> None:
        if not self._open:
            return
        self._open = False
        pooled = self._reader.pooled
        if not self._whole:
            pooled.connection.abort()  # cut short: what is left on it is unknown
        self._put_back(pooled)


def _origin_of(url: httpx.URL) -> _Origin:
    scheme = url.scheme
    port = url.port or (443 if scheme == "https" else 80)
    return scheme, url.raw_host.decode("ascii"), port
