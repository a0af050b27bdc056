"""A real TCP server on 127.0.0.1 that answers HTTP requests with whatever bytes a test scripts.

Unlike a web framework, nothing here tidies the answer up: a test can send truncated
bodies, lying headers, a trickle of one byte at a time, or an endless stream, exactly
as a broken proxy or a hostile server would. The token endpoint answers correctly by
default, so a real `DinteroClient` gets as far as the call under test.
"""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from app.dintero import ClientConfig

__all__ = [
    "ACCOUNT_ID",
    "RawRequest",
    "RawServer",
    "Reply",
    "answer",
    "gzip_answer",
    "json_answer",
    "streamed",
    "then_close",
    "trickled",
]

ACCOUNT_ID = "T12345678"
TOKEN_PATH = f"/v1/accounts/{ACCOUNT_ID}/auth/token"


@dataclass(frozen=True)
class RawRequest:
    method: str
    target: str
    headers: dict[str, str]
    body: bytes

    @property
    def path(self) -> str:
        return self.target.split("?", 1)[0]

    def json(self) -> Any:
        return json.loads(self.body) if self.body else None


Writer = Callable[[asyncio.StreamWriter], Awaitable[None]]
Reply = bytes | Writer
"""Bytes to write at once, or a coroutine that writes (and paces) the answer itself."""
Route = Callable[[RawRequest], Reply]


def answer(
    status: int,
    body: bytes,
    *,
    content_type: str | None = "application/json",
    request_id: str | None = "req-raw-1",
    reason: str = "Whatever",
    headers: dict[str, str] | None = None,
    content_length: int | None = None,
) -> bytes:
    """An HTTP/1.1 answer; `content_length` may lie about the body that follows."""
    lines = [f"HTTP/1.1 {status} {reason}"]
    if content_type is not None:
        lines.append(f"Content-Type: {content_type}")
    if request_id is not None:
        lines.append(f"request-id: {request_id}")
    length = len(body) if content_length is None else content_length
    lines.append(f"Content-Length: {length}")
    lines.extend(f"{name}: {value}" for name, value in (headers or {}).items())
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


def json_answer(value: Any, status: int = 200, **options: Any) -> bytes:
    return answer(status, json.dumps(value).encode(), **options)


def gzip_answer(body: bytes, *, request_id: str = "req-raw-1") -> bytes:
    """A gzip-encoded answer: small on the wire, `len(body)` bytes once unpacked."""
    packed = gzip.compress(body, compresslevel=9)
    return answer(200, packed, request_id=request_id, headers={"Content-Encoding": "gzip"})


def streamed(
    head: bytes, chunk: bytes, total: int, sent: list[int], *, chunked: bool = True
) -> Writer:
    """Headers, then `total` bytes of `chunk` repeated, for as long as the client reads.

    `sent[0]` counts the body bytes the client accepted before it hung up.
    """

    async def write(writer: asyncio.StreamWriter) -> None:
        writer.write(head)
        while sent[0] < total:
            if chunked:
                writer.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
            else:
                writer.write(chunk)
            await writer.drain()
            sent[0] += len(chunk)
        if chunked:
            writer.write(b"0\r\n\r\n")
        await writer.drain()

    return write


def then_close(data: bytes) -> Writer:
    """`data`, then the connection closes (the client cannot wait for more on it)."""

    async def write(writer: asyncio.StreamWriter) -> None:
        writer.write(data)
        await writer.drain()

    return write


def trickled(data: bytes, interval_s: float, *, start: int = 0) -> Writer:
    """`data[:start]` at once, then the rest one byte per `interval_s`."""

    async def write(writer: asyncio.StreamWriter) -> None:
        writer.write(data[:start])
        await writer.drain()
        for index in range(start, len(data)):
            await asyncio.sleep(interval_s)
            writer.write(data[index : index + 1])
            await writer.drain()

    return write


def _token_answer() -> bytes:
    return json_answer({"access_token": "tok", "token_type": "Bearer", "expires_in": 3600})


@dataclass
class RawServer:
    """Serves scripted answers; every request it read is kept in `requests`."""

    route: Route
    serve_token: bool = True
    """Answer the token request correctly, so the client reaches the call under test."""
    requests: list[RawRequest] = field(default_factory=list)
    url: str = ""
    _server: asyncio.Server | None = None
    _tasks: set[asyncio.Task[None]] = field(default_factory=set)

    def config(self, **options: Any) -> ClientConfig:
        """A client config for this server, without read retries unless asked for."""
        settings: dict[str, Any] = {"max_read_retries": 0, "timeout_s": 5.0}
        settings.update(options)
        return ClientConfig.single_host(self.url, ACCOUNT_ID, "client", "secret", **settings)

    def calls(self, method: str, path_end: str) -> list[RawRequest]:
        return [r for r in self.requests if r.method == method and r.path.endswith(path_end)]

    async def __aenter__(self) -> RawServer:
        self._server = await asyncio.start_server(self._accept, "127.0.0.1", 0)
        port = self._server.sockets[0].getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        assert self._server is not None
        self._server.close()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        await self._server.wait_closed()

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        try:
            await self._serve(reader, writer)
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
            pass  # the client hung up: that is what several tests are about
        except asyncio.CancelledError:
            # The server is closing under a paced answer. Ending quietly keeps asyncio's
            # stream callback (which asks a cancelled task for its exception) from
            # logging a traceback.
            pass
        finally:
            self._tasks.discard(task)
            writer.close()
            with contextlib.suppress(ConnectionError):
                await writer.wait_closed()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        while True:
            request = await _read_request(reader)
            if request is None:
                return
            self.requests.append(request)
            token = self.serve_token and request.path == TOKEN_PATH
            reply = _token_answer() if token else self.route(request)
            if isinstance(reply, bytes):
                writer.write(reply)
                await writer.drain()
            else:
                await reply(writer)
                return  # a paced answer ends the connection


async def _read_request(reader: asyncio.StreamReader) -> RawRequest | None:
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except asyncio.IncompleteReadError:
        return None
    request_line, *header_lines = head.decode("latin-1").split("\r\n")
    method, target, _version = request_line.split(" ", 2)
    headers = {}
    for line in header_lines:
        if line:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
    length = int(headers.get("content-length", "0"))
    body = await reader.readexactly(length) if length else b""
    return RawRequest(method, target, headers, body)
