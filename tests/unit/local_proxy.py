"""Real network middlemen on loopback for the proxy and certificate tests.

``ForwardingProxy`` is a small HTTP proxy as a shop's would be: requests in absolute
form (``GET http://host/path``) are forwarded on a kept-alive upstream connection, and
``CONNECT host:port`` opens a tunnel (for HTTPS). It records every request line and
counts client connections. ``TlsFront`` serves TLS with a given certificate and passes
the decrypted bytes on to a plain-HTTP server (the sandbox), like Dintero's real TLS.
"""

from __future__ import annotations

import asyncio
import contextlib
import ssl
from collections.abc import Coroutine
from typing import Any
from urllib.parse import urlsplit

__all__ = ["ForwardingProxy", "TlsFront"]


async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while chunk := await reader.read(65536):
            writer.write(chunk)
            await writer.drain()
    except (ConnectionError, OSError):
        pass
    finally:
        with contextlib.suppress(Exception):
            writer.close()


class _Server:
    def __init__(self) -> None:
        self._server: asyncio.Server | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self.port = 0

    async def _serve(self, handler: object, **kwargs: object) -> None:
        self._server = await asyncio.start_server(handler, "127.0.0.1", 0, **kwargs)  # type: ignore[arg-type]
        self.port = self._server.sockets[0].getsockname()[1]

    def _spawn(self, coro: Coroutine[Any, Any, None]) -> None:
        task = asyncio.get_running_loop().create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def close(self) -> None:
        if self._server is not None:
            self._server.close()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        if self._server is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._server.wait_closed(), 5)


class ForwardingProxy(_Server):
    def __init__(self, *, refuse_connect: bool = False) -> None:
        super().__init__()
        self.refuse_connect = refuse_connect
        self.requests: list[str] = []
        self.connections = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def start(self) -> ForwardingProxy:
        await self._serve(self._client)
        return self

    async def _client(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        upstream: asyncio.StreamWriter | None = None
        try:
            while True:
                try:
                    head = await reader.readuntil(b"\r\n\r\n")
                except (asyncio.IncompleteReadError, ConnectionError):
                    return
                line, *fields = head.decode("latin-1").split("\r\n")
                method, target, version = line.split(" ", 2)
                self.requests.append(f"{method} {target}")
                if method == "CONNECT":
                    await self._tunnel(target, reader, writer)
                    return
                url = urlsplit(target)
                if upstream is None:
                    up_reader, upstream = await asyncio.open_connection(url.hostname, url.port)
                    self._spawn(_pipe(up_reader, writer))
                kept = [f for f in fields if f and not f.lower().startswith("proxy-")]
                length = next(
                    (
                        int(f.split(":", 1)[1])
                        for f in kept
                        if f.lower().startswith("content-length:")
                    ),
                    0,
                )
                body = await reader.readexactly(length) if length else b""
                path = url.path + (f"?{url.query}" if url.query else "")
                request = "\r\n".join([f"{method} {path} {version}", *kept, "", ""])
                upstream.write(request.encode("latin-1") + body)
                await upstream.drain()
        finally:
            if upstream is not None:
                upstream.close()
            writer.close()

    async def _tunnel(
        self, target: str, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        if self.refuse_connect:
            writer.write(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n")
            await writer.drain()
            return
        host, port = target.rsplit(":", 1)
        up_reader, up_writer = await asyncio.open_connection(host, int(port))
        writer.write(b"HTTP/1.1 200 Connection established\r\n\r\n")
        await writer.drain()
        await asyncio.gather(_pipe(reader, up_writer), _pipe(up_reader, writer))


class TlsFront(_Server):
    """TLS on 127.0.0.1 in front of a plain-HTTP server at ``backend_port``."""

    def __init__(self, context: ssl.SSLContext, backend_port: int) -> None:
        super().__init__()
        self._context = context
        self._backend_port = backend_port

    @property
    def base_url(self) -> str:
        return f"https://127.0.0.1:{self.port}"

    async def start(self) -> TlsFront:
        await self._serve(self._client, ssl=self._context)
        return self

    async def _client(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        up_reader, up_writer = await asyncio.open_connection("127.0.0.1", self._backend_port)
        await asyncio.gather(_pipe(reader, up_writer), _pipe(up_reader, writer))
