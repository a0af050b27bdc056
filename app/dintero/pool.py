"""A connection pool made of several small httpcore pools, for many concurrent calls.

httpcore's pool rescans its connections (and, per waiting request, again) every time a
request starts or ends, so its CPU cost grows with the square of the pool size. The same
connections spread over pools of at most `PER_SHARD`, each request going to the least
busy one, keep that cost flat as concurrency grows. Keep-alive, limits and timeouts
behave as with one pool. The shards share one TLS context: loading the CA bundle takes
about 20 ms and a megabyte or more each time.
"""

from __future__ import annotations

import math
from collections.abc import AsyncIterator

import httpx

__all__ = ["PER_SHARD", "ShardedTransport"]

PER_SHARD = 4


class ShardedTransport(httpx.AsyncBaseTransport):
    """httpx transports sharing `max_connections`; each request goes to the least busy."""

    def __init__(self, max_connections: int, *, per_shard: int = PER_SHARD) -> None:
        shards = max(1, math.ceil(max_connections / per_shard))
        size = math.ceil(max_connections / shards)
        limits = httpx.Limits(max_connections=size, max_keepalive_connections=size)
        tls = httpx.create_ssl_context()
        self._shards = [httpx.AsyncHTTPTransport(limits=limits, verify=tls) for _ in range(shards)]
        self._busy = [0] * shards

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        index = min(range(len(self._shards)), key=self._busy.__getitem__)
        self._busy[index] += 1
        try:
            response = await self._shards[index].handle_async_request(request)
        except BaseException:
            self._busy[index] -= 1
            raise
        # Wrap the body in place: a second Response would copy the headers again.
        response.stream = _Released(response.stream, self._busy, index)
        return response

    async def aclose(self) -> None:
        for shard in self._shards:
            await shard.aclose()


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
