"""The aiohttp application: middlewares for request ids, the request log, faults, errors.

Middleware order, outermost first:
1. `_logged`: gives every request a `request-id`, records Dintero-path requests in the
   log with their final status (0 when the connection was dropped), and drops the
   connection when a fault asks for it.
2. `_faulted`: run-wide latency, 429 rate and 5xx rate, then targeted rules (Dintero API paths
   only: never `/sandbox/` nor the hosted pay page), then the handler, turning every
   error into Dintero's error body.

Every error answer carries Dintero's error body, including those aiohttp makes itself:
a body over the size limit (413), a method a path does not have (405), and a request
it cannot even parse (400, answered by `_DinteroErrorsProtocol`). Bad input is logged
in one line, never with a traceback; only the sandbox's own bugs get one.
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from http import HTTPStatus

from aiohttp import web
from aiohttp.web_protocol import RequestHandler

from app.sandbox.config import SandboxConfig
from app.sandbox.errors import ApiError, Code
from app.sandbox.http_util import (
    ACCEPTED_LATER,
    ERROR_THEN_APPLY,
    EVENT_FAILED,
    NO_REQUEST_ID,
    REQUEST_ID,
    SERVER,
    error_response,
    parse_json,
)
from app.sandbox.model import Json
from app.sandbox.seed import seed_state
from app.sandbox.state import SandboxState

__all__ = ["RunningSandbox", "SandboxServer", "serve"]

log = logging.getLogger(__name__)
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


class _DropConnection(Exception):
    """Raised to close the connection without any HTTP answer."""


def is_control_path(path: str) -> bool:
    return path.startswith("/sandbox/") or path == "/sandbox"


def is_api_path(path: str) -> bool:
    """Dintero API paths, where faults apply (the hosted page is exempt)."""
    return path.startswith("/v1/") and not path.startswith("/v1/view/")


class SandboxServer:
    """Owns the configuration and the current state; `reset` swaps in a fresh state."""

    def __init__(self, config: SandboxConfig) -> None:
        self.config = config
        self.base_url = ""
        self.state = SandboxState(config)

    def reset(self) -> None:
        """Back to the freshly seeded state: the config's faults only, clock offset 0, empty log."""
        self.state.close()
        self.state = SandboxState(self.config)
        seed_state(self.state, self.base_url)

    def build_app(self) -> web.Application:
        from app.sandbox import routes_api, routes_control, routes_view

        app = web.Application(middlewares=[self._logged, self._faulted])
        app[SERVER] = self
        app.add_routes(routes_control.routes)
        app.add_routes(routes_view.routes)
        app.add_routes(routes_api.routes)
        return app

    @web.middleware
    async def _logged(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        request_id = str(uuid.uuid4())
        request[REQUEST_ID] = request_id
        entry: Json | None = None
        try:
            if not is_control_path(request.path):
                entry = _log_entry(request)
                self.state.request_log.append(entry)
                entry["json"] = _logged_body(await request.read())
            response = await handler(request)
        except _DropConnection:
            if entry is not None:
                entry["status"] = 0
            if request.transport is not None:
                request.transport.abort()
            raise asyncio.CancelledError from None
        except Exception as exc:  # a body over the size limit, while logging it
            response = _error_answer(request, exc)
        if not request.get(NO_REQUEST_ID):  # Dintero does not document this header
            response.headers["request-id"] = request_id
        if entry is not None:
            entry["status"] = response.status
        return response

    @web.middleware
    async def _faulted(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        drop_after = False
        try:
            if is_api_path(request.path):
                drop_after = await self._apply_faults(request)
            response = await handler(request)
            late = request.get(ERROR_THEN_APPLY)
            if late is not None and response.status < 300:
                raise ApiError(late.status, Code.INJECTED_FAULT, f"Injected {late.status} answer")
        except _DropConnection:
            raise
        except Exception as exc:
            response = _error_answer(request, exc)
        if drop_after:
            raise _DropConnection
        return response

    async def _apply_faults(self, request: web.Request) -> bool:
        """Apply the faults due for this request; True when it must drop after applying."""
        faults = self.state.faults
        run = faults.run
        if run.latency_ms > 0:
            await asyncio.sleep(run.latency_ms / 1000)
        if faults.run_rate_limit_fires():
            raise ApiError(
                429,
                Code.RATE_LIMITED,
                "Too many requests (run-wide rate limit)",
                headers={"Retry-After": str(run.retry_after)},
            )
        if faults.run_error_fires():
            raise ApiError(
                run.error_status,
                Code.INJECTED_FAULT,
                f"Injected {run.error_status} answer (run-wide error rate)",
            )
        fired = faults.take(request.method, request.path)
        delay = sum(rule.latency_ms for rule in fired if rule.kind == "latency")
        if delay:
            await asyncio.sleep(delay / 1000)
        for rule in fired:
            if rule.kind == "status":
                raise ApiError(rule.status, Code.INJECTED_FAULT, f"Injected {rule.status} answer")
            if rule.kind == "rate_limit":
                raise ApiError(
                    429,
                    Code.RATE_LIMITED,
                    "Too many requests",
                    headers={"Retry-After": str(rule.retry_after)},
                )
            if rule.kind == "drop_before_apply":
                raise _DropConnection
            if rule.kind == "accepted_later" and ACCEPTED_LATER not in request:
                request[ACCEPTED_LATER] = rule
            if rule.kind == "error_then_apply" and ERROR_THEN_APPLY not in request:
                request[ERROR_THEN_APPLY] = rule
            if rule.kind == "event_failed" and EVENT_FAILED not in request:
                request[EVENT_FAILED] = rule
            if rule.kind == "no_request_id":
                request[NO_REQUEST_ID] = True
        return any(rule.kind == "drop_after_apply" for rule in fired)


def _log_entry(request: web.Request) -> Json:
    return {
        "method": request.method,
        "path": request.path,
        "query": {key: request.query.getall(key) for key in request.query},
        "headers": {name.lower(): value for name, value in request.headers.items()},
        "json": None,
        "status": None,
    }


def _logged_body(raw: bytes) -> object:
    """The body as the request log shows it: parsed JSON, else the text as it came."""
    if not raw.strip():
        return None
    try:
        return parse_json(raw)
    except ValueError:
        return raw.decode("utf-8", "replace")


def _error_answer(request: web.Request, exc: Exception) -> web.Response:
    """Dintero's error body for anything a handler raised; a redirect passes through."""
    if isinstance(exc, ApiError):
        return error_response(exc)
    if isinstance(exc, web.HTTPException):
        if exc.status < 400:
            raise exc
        allow = {"Allow": exc.headers["Allow"]} if "Allow" in exc.headers else None
        return error_response(ApiError.for_status(exc.status, exc.reason, allow))
    log.exception("sandbox handler failed for %s %s", request.method, request.path)
    return error_response(ApiError.for_status(500, "Internal error"))


class _DinteroErrorsProtocol(RequestHandler):
    """aiohttp's connection handler, answering what it cannot parse with Dintero's error body.

    A malformed request line, an unknown method or a broken header never reaches the
    application, so its middlewares cannot answer it; aiohttp would answer in plain text
    and log a traceback.
    """

    def handle_error(
        self,
        request: web.BaseRequest,
        status: int = 500,
        exc: BaseException | None = None,
        message: str | None = None,
    ) -> web.StreamResponse:
        if status >= 500:
            log.error("sandbox failed on a request", exc_info=exc)
        else:
            log.info("refused a malformed request from %s: %s", request.remote, message or exc)
        if request.writer.output_size > 0:
            raise ConnectionError("the answer had begun; the connection is closed instead")
        try:
            text = HTTPStatus(status).phrase
        except ValueError:
            text = "Error"
        response = error_response(
            ApiError.for_status(status, f"{text}: {message}" if message else text)
        )
        response.headers["request-id"] = str(uuid.uuid4())
        response.force_close()
        return response


@dataclass
class RunningSandbox:
    """A sandbox serving on the current event loop; `await close()` stops it."""

    server: SandboxServer
    runner: web.AppRunner
    base_url: str
    listener: asyncio.Server

    @property
    def state(self) -> SandboxState:
        return self.server.state

    async def close(self) -> None:
        self.server.state.close()
        self.listener.close()
        await self.runner.cleanup()
        await self.listener.wait_closed()


async def serve(config: SandboxConfig | None = None) -> RunningSandbox:
    """Start the sandbox on the running loop and seed it once its URL is known."""
    config = config or SandboxConfig()
    server = SandboxServer(config)
    runner = web.AppRunner(server.build_app(), access_log=None, handle_signals=False)
    await runner.setup()
    connections = runner.server
    assert connections is not None
    loop = asyncio.get_running_loop()
    listener = await loop.create_server(
        # No access log, as `AppRunner(access_log=None)` asks; aiohttp takes None for it.
        lambda: _DinteroErrorsProtocol(connections, loop=loop, access_log=None),  # type: ignore[arg-type]
        config.host,
        config.port,
    )
    host, port = listener.sockets[0].getsockname()[:2]
    shown_host = f"[{host}]" if ":" in str(host) else str(host)
    server.base_url = f"http://{shown_host}:{port}"
    seed_state(server.state, server.base_url)
    return RunningSandbox(server, runner, server.base_url, listener)
