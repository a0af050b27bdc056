"""Where each request goes: straight to Dintero, or through the system's proxy.

Direct requests (the usual case) go to one ``DirectTransport`` (h11 on asyncio, see
``direct_http``), whose cost per request does not grow with the number of connections.

Requests go through the system's proxy when it has one for their host (see `network`):
each proxy has its own connections, pooled and kept alive, in httpx's transports. Their
httpcore pools rescan every connection each time a request starts or ends (a cost that
grows with the square of the pool size), so the connections are spread over pools of at
most `PER_SHARD`, each request going to the least busy one. Every route shares one TLS
context, the operating system's trust store.
"""

from __future__ import annotations

import math
import ssl
from collections.abc import AsyncIterator

import httpx

from app.dintero.direct_http import DirectTransport
from app.dintero.network import ProxyRoutes, is_certificate_error, redacted, system_tls_context

__all__ = ["PER_SHARD", "ShardedTransport"]

PER_SHARD = 4


class _Route:
    """The shards of one route and how busy each is."""

    def __init__(self, shards: list[httpx.AsyncHTTPTransport]) -> None:
        self.shards = shards
        self.busy = [0] * len(shards)


class ShardedTransport(httpx.AsyncBaseTransport):
    """Direct requests to one ``DirectTransport``; through a proxy, httpx transports
    sharing `max_connections` per proxy, each request to the least busy."""

    def __init__(
        self,
        max_connections: int,
        *,
        per_shard: int = PER_SHARD,
        proxies: ProxyRoutes | None = None,
        tls: ssl.SSLContext | None = None,
    ) -> None:
        self._count = max(1, math.ceil(max_connections / per_shard))
        size = math.ceil(max_connections / self._count)
        self._limits = httpx.Limits(max_connections=size, max_keepalive_connections=size)
        self._tls = tls if tls is not None else system_tls_context()
        self.proxies = proxies if proxies is not None else ProxyRoutes()
        self._direct = DirectTransport(max_connections, self._tls)
        self._routes: dict[str, _Route] = {}

    def _route(self, proxy: str) -> _Route:
        route = self._routes.get(proxy)
        if route is None:
            route = self._routes[proxy] = _Route(
                [
                    httpx.AsyncHTTPTransport(
                        limits=self._limits, verify=self._tls, proxy=httpx.Proxy(proxy)
                    )
                    for _ in range(self._count)
                ]
            )
        return route

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        proxy = self.proxies.proxy_for(request.url)
        if proxy is None:  # one pool whose cost does not grow with its size: no shards
            return await self._direct.handle_async_request(request)
        route = self._route(proxy)
        index = min(range(len(route.shards)), key=route.busy.__getitem__)
        route.busy[index] += 1
        try:
            response = await route.shards[index].handle_async_request(request)
        except BaseException as error:
            route.busy[index] -= 1
            if _proxy_failed(error):
                raise httpx.ProxyError(
                    f"through the proxy {redacted(proxy)}: {error}", request=request
                ) from error
            raise
        # Wrap the body in place: a second Response would copy the headers again.
        response.stream = _Released(response.stream, route.busy, index)
        return response

    async def aclose(self) -> None:
        await self._direct.aclose()
        for route in self._routes.values():
            for shard in route.shards:
                await shard.aclose()


def _proxy_failed(error: BaseException) -> bool:
    """The proxy could not be reached, or refused the tunnel (not a certificate problem)."""
    if isinstance(error, httpx.ProxyError):
        return True
    connecting = isinstance(error, httpx.ConnectError | httpx.ConnectTimeout)
    return connecting and not is_certificate_error(error)


class _Released(httpx.AsyncByteStream):
    """The response body; the shard counts as busy until the body is read or closed."""

    def __init__(
        self, stream: httpx.AsyncByteStream | httpx.SyncByteStream, busy: list[int], index: int
    ):
        self._stream = stream
        self._busy = busy
        self._index = index
        self._open = True

    async def __aiter__(self) -> AsyncIterator[bytes]:
        assert isinstance(self._stream, httpx.AsyncByteStream)
        async for chunk in self._stream:
            yield chunk

    async def aclose(self) -> None:
        if self._open:
            self._open = False
            self._busy[self._index] -= 1
        assert isinstance(self._stream, httpx.AsyncByteStream)
        await self._stream.aclose()
