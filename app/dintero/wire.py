"""One HTTP exchange with Dintero: headers, timeouts, and turning failures into our errors.

Everything httpx can raise becomes a `TransportError`, every error status an `ApiError`
subclass, and every body that does not fit its model a `ResponseFormatError`: nothing
from httpx or pydantic leaks past this module. A broken or hostile server cannot hold a
call beyond its deadline (`timeout_s` for the whole exchange, body included), make us
hold more than `max_response_bytes` of its answer, or crash the parser with deep nesting.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping, Sequence
from typing import Any, TypeVar

import httpx
import pydantic_core
from pydantic import TypeAdapter, ValidationError

from app.dintero.config import ClientConfig
from app.dintero.errors import (
    ApiError,
    CertificateNotTrusted,
    ConnectionDropped,
    ConnectionFailed,
    ProxyFailed,
    RateLimited,
    RequestTimeout,
    ResponseFormatError,
    ResponseIncomplete,
    TransportError,
    api_error_for_status,
)
from app.dintero.network import is_certificate_error
from app.dintero.pool import ShardedTransport

__all__ = [
    "Wire",
    "decode",
    "decode_list_off_loop",
    "default_headers",
    "request_id_of",
    "user_agent",
]

T = TypeVar("T")
Params = Sequence[tuple[str, str]] | Mapping[str, str] | None

_ADAPTERS: dict[object, TypeAdapter[Any]] = {}


def user_agent(config: ClientConfig) -> str:
    return f"{config.system_name}/{config.system_version} (python-httpx/{httpx.__version__})"


def default_headers(config: ClientConfig) -> dict[str, str]:
    """Sent on every call, so Dintero support can tell which system made a request."""
    return {
        "Accept": "application/json",
        "User-Agent": user_agent(config),
        "Dintero-System-Name": config.system_name[:120],
        "Dintero-System-Version": config.system_version[:120],
        "Dintero-System-Plugin-Name": config.plugin_name[:120],
        "Dintero-System-Plugin-Version": config.plugin_version[:120],
    }


def request_id_of(response: httpx.Response) -> str | None:
    value: str | None = response.headers.get("request-id")
    return value


def _adapter(type_: type[T]) -> TypeAdapter[T]:
    adapter = _ADAPTERS.get(type_)
    if adapter is None:
        adapter = _ADAPTERS[type_] = TypeAdapter(type_)
    return adapter


def _parse_json(content: bytes) -> Any:
    """JSON text to Python values; deep nesting, NaN and huge numbers are a `ValueError`.

    The standard library's parser raises `RecursionError` on deeply nested input; this
    one stops at a fixed depth no real answer comes near.
    """
    return pydantic_core.from_json(content, allow_inf_nan=False)


def _not_json(response: httpx.Response) -> str | None:
    """Why a success answer is not JSON by its Content-Type, or None if it may be."""
    content_type = response.headers.get("content-type")
    if content_type is None:
        return None
    media = content_type.split(";", 1)[0].strip().lower()
    if media == "application/json" or media.endswith("+json"):
        return None
    return f"(body): Content-Type is {media or 'empty'}, not JSON"


def decode(response: httpx.Response, type_: type[T]) -> T:
    """Validate a JSON body into `type_`, or raise `ResponseFormatError` naming what was off."""
    wrong_type = _not_json(response)
    if wrong_type is not None:
        raise _format_error(response, type_, wrong_type)
    try:
        return _adapter(type_).validate_json(response.content)
    except ValidationError as exc:
        raise _format_error(response, type_, _problems(exc)) from None


async def decode_list_off_loop(response: httpx.Response, item_type: type[T]) -> list[T]:
    """Like `decode(response, list[item_type])`, in a worker thread, item by item.

    A page of 100 transactions takes several milliseconds to validate. Done on the event
    loop (which in the app is the GUI thread) that is a visible stall; one validation call
    for the whole page would hold the GIL just as long even in a thread. Item by item, the
    worker gives the GIL back between items and the loop stays responsive.
    """
    return await asyncio.to_thread(_decode_items, response, item_type)


def _decode_items(response: httpx.Response, item_type: type[T]) -> list[T]:
    wrong_type = _not_json(response)
    if wrong_type is not None:
        raise _format_error(response, item_type, wrong_type)
    try:
        body = _parse_json(response.content)
    except ValueError as exc:
        raise _format_error(response, item_type, f"(body): not JSON: {exc}") from None
    if not isinstance(body, list):
        raise _format_error(response, item_type, "(body): expected a JSON array")
    adapter = _adapter(item_type)
    items: list[T] = []
    for position, item in enumerate(body):
        try:
            items.append(adapter.validate_python(item))
        except ValidationError as exc:
            raise _format_error(response, item_type, _problems(exc, prefix=str(position))) from None
    return items


def _problems(exc: ValidationError, prefix: str = "") -> str:
    return "; ".join(
        f"{'.'.join([prefix, *(str(part) for part in error['loc'])]).strip('.') or '(body)'}: "
        f"{error['msg']}"
        for error in exc.errors(include_input=False)[:5]
    )


def _format_error(response: httpx.Response, type_: object, problems: str) -> ResponseFormatError:
    return ResponseFormatError(
        f"HTTP {response.status_code} body did not match {getattr(type_, '__name__', type_)}:"
        f" {problems}",
        method=response.request.method,
        url=str(response.request.url),
        request_id=request_id_of(response),
    )


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("retry-after")
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        return None  # an HTTP date: rare; fall back to our own backoff


def error_from_response(response: httpx.Response) -> ApiError:
    """Map an error answer to the ApiError subclass, keeping Dintero's code and message."""
    code: str | None = None
    message = response.reason_phrase or "error"
    errors: list[Mapping[str, Any]] = []
    try:
        body = _parse_json(response.content) if response.content else None
    except ValueError:
        body = None
        text = response.text.strip()
        if text:
            message = text[:200]
    if isinstance(body, dict):
        error = body.get("error")
        if isinstance(error, dict):
            raw_code = error.get("code")
            code = str(raw_code) if raw_code is not None else None
            if isinstance(error.get("message"), str):
                message = error["message"]
            raw_errors = error.get("errors")
            if isinstance(raw_errors, list):
                errors = [item for item in raw_errors if isinstance(item, dict)]
    kind = api_error_for_status(response.status_code)
    common: dict[str, Any] = {
        "code": code,
        "errors": errors,
        "request_id": request_id_of(response),
        "method": response.request.method,
        "url": str(response.request.url.copy_with(query=None)),
    }
    if kind is RateLimited:
        return RateLimited(
            response.status_code, message, retry_after=_retry_after(response), **common
        )
    return kind(response.status_code, message, **common)


def _transport_error(exc: httpx.HTTPError, method: str, url: str) -> TransportError:
    text = str(exc) or type(exc).__name__
    if is_certificate_error(exc):
        return CertificateNotTrusted(text, method=method, url=url)
    if isinstance(exc, httpx.ProxyError):
        return ProxyFailed(text, method=method, url=url)
    if isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.UnsupportedProtocol):
        return ConnectionFailed(text, method=method, url=url)
    if isinstance(exc, httpx.PoolTimeout):
        error = RequestTimeout(f"no free connection: {text}", method=method, url=url)
        error.may_have_reached_server = False
        return error
    if isinstance(exc, httpx.TimeoutException):
        return RequestTimeout(text, method=method, url=url)
    if isinstance(exc, httpx.RemoteProtocolError | httpx.ReadError | httpx.WriteError):
        return ConnectionDropped(text, method=method, url=url)
    return TransportError(text, method=method, url=url)


class _Exchange:
    """One request as httpcore's trace hook reports it: connected yet? written yet?

    The deadline starts when the request gets its connection: waiting for a free one is
    bounded by the pool timeout instead, and nothing of the request has left then. A
    deadline that passes before any of the request was written certainly did not
    reach Dintero.
    """

    def __init__(self, deadline: asyncio.Timeout, seconds: float) -> None:
        self._deadline = deadline
        self._seconds = seconds
        self.connected = False
        self.sent = False

    async def trace(self, name: str, info: Mapping[str, Any]) -> None:
        if not self.connected:
            self.connected = True
            self._deadline.reschedule(asyncio.get_running_loop().time() + self._seconds)
        if name.endswith(".send_request_headers.started"):
            self.sent = True


class _TooLarge(Exception):
    def __init__(self, size: int, declared: bool) -> None:
        super().__init__(size)
        self.size = size
        self.declared = declared


async def _read_body(response: httpx.Response, limit: int) -> None:
    """Read the decoded body into `response.content`, giving up beyond `limit` bytes.

    Counted after decompression, so a small compressed answer cannot unpack into a
    huge one in memory.
    """
    declared = response.headers.get("content-length", "").strip()
    if declared.isdigit() and len(declared) <= 20 and int(declared) > limit:
        raise _TooLarge(int(declared), declared=True)
    chunks: list[bytes] = []
    size = 0
    async for chunk in response.aiter_bytes():
        size += len(chunk)
        if size > limit:
            raise _TooLarge(size, declared=False)
        chunks.append(chunk)
    # What `Response.aread` stores; read here chunk by chunk to enforce the limit.
    response._content = b"".join(chunks)


def _incomplete(response: httpx.Response, why: str) -> ResponseIncomplete:
    return ResponseIncomplete(
        f"HTTP {response.status_code} answer {why}",
        method=response.request.method,
        url=str(response.request.url.copy_with(query=None)),
        request_id=request_id_of(response),
        status=response.status_code,
    )


def _too_large(response: httpx.Response, error: _TooLarge, limit: int) -> ResponseFormatError:
    size = f"{error.size} bytes" if error.declared else f"over {limit} bytes"
    return ResponseFormatError(
        f"HTTP {response.status_code} body is {size}; at most {limit} bytes are read",
        method=response.request.method,
        url=str(response.request.url.copy_with(query=None)),
        request_id=request_id_of(response),
    )


def _odd_status(response: httpx.Response) -> ResponseFormatError:
    return ResponseFormatError(
        f"HTTP {response.status_code} is neither a success nor an error answer",
        method=response.request.method,
        url=str(response.request.url.copy_with(query=None)),
        request_id=request_id_of(response),
    )


class Wire:
    """The shared `httpx.AsyncClient` (keep-alive, explicit timeouts) and one-shot sends."""

    def __init__(self, config: ClientConfig, client: httpx.AsyncClient | None = None) -> None:
        self.config = config
        self._owns_client = client is None
        self._transport: ShardedTransport | None = None
        if client is None:
            self._transport = ShardedTransport(config.max_connections)
            client = httpx.AsyncClient(
                headers=default_headers(config),
                timeout=httpx.Timeout(config.timeout_s, connect=config.connect_timeout_s),
                transport=self._transport,
                follow_redirects=False,
            )
        self.client = client

    async def aclose(self) -> None:
        if self._owns_client:
            await self.client.aclose()

    async def send(
        self,
        method: str,
        url: str,
        *,
        params: Params = None,
        json_body: Any = None,
        headers: Mapping[str, str] | None = None,
        auth: httpx.Auth | None = None,
    ) -> httpx.Response:
        """Send once; a 2xx answer is returned with its body read, anything else raised
        as a DinteroError: within `timeout_s` of getting a connection, body included."""
        query: tuple[tuple[str, str], ...] | Mapping[str, str] | None = (
            params if params is None or isinstance(params, Mapping) else tuple(params)
        )
        request = self.client.build_request(
            method, url, params=query, json=json_body, headers=headers
        )
        seconds = self.config.timeout_s
        limit = self.config.max_response_bytes
        response: httpx.Response | None = None
        # Until a connection is assigned, the pool timeout (also `timeout_s`) applies
        # first; this outer bound only matters for a transport that reports no trace.
        deadline = asyncio.timeout(2 * seconds)
        exchange = _Exchange(deadline, seconds)
        request.extensions["trace"] = exchange.trace
        try:
            async with deadline:
                response = await self._send_once(request, auth)
                await _read_body(response, limit)
        except TimeoutError:
            if not deadline.expired():
                raise
            if response is not None:
                raise _incomplete(response, f"did not arrive whole within {seconds:g} s") from None
            error = RequestTimeout(f"no answer within {seconds:g} s", method=method, url=url)
            error.may_have_reached_server = exchange.sent
            raise error from None
        except httpx.HTTPError as exc:
            if response is not None:
                text = str(exc) or type(exc).__name__
                raise _incomplete(response, f"was cut short: {text}") from exc
            raise _transport_error(exc, method, url) from exc
        except _TooLarge as exc:
            assert response is not None
            raise _too_large(response, exc, limit) from None
        finally:
            if response is not None and not response.is_closed:
                await response.aclose()
        if response.is_success:
            return response
        if 400 <= response.status_code <= 599:
            raise error_from_response(response)
        raise _odd_status(response)

    async def _send_once(self, request: httpx.Request, auth: httpx.Auth | None) -> httpx.Response:
        """The request to our own pool straight away, when nothing of the client's send
        applies: no auth flow, no redirects (never followed), no cookies (Dintero sets
        none, and none are sent), no event hooks. The client's send builds all of that
        for every request, a good part of a money move's CPU time in a bulk run; a
        request with ``auth`` (the token) or on a client handed in still goes through it.
        """
        if auth is not None or self._transport is None:
            return await self.client.send(
                request, auth=auth if auth is not None else httpx.USE_CLIENT_DEFAULT, stream=True
            )
        if self.client.is_closed:
            raise RuntimeError("Cannot send a request, as the client has been closed.")
        response = await self._transport.handle_async_request(request)
        response.request = request
        return response
