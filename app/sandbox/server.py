"""The aiohttp application: middlewares for request ids, the request log, faults, errors.

Middleware order, outermost first:
1. `_logged`: gives every request a `request-id`, records Dintero-path requests in the
   log with their final status (0 when the connection was dropped), and drops the
   connection when a fault asks for it.
2. `_faulted`: run-wide latency, 429 rate and 5xx rate, then targeted rules (Dintero API paths
   only: never `/sandbox/` nor the hosted pay page), then the handler, turning every
   error into Dintero's error body.
"""

from __future__ import annotations

import asyncio
import json
import logging
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from aiohttp import web

from app.sandbox.config import SandboxConfig
from app.sandbox.errors import ApiError, Code
from app.sandbox.http_util import (
    ACCEPTED_LATER,
    EVENT_FAILED,
    NO_REQUEST_ID,
    REQUEST_ID,
    SERVER,
    json_response,
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
        if not is_control_path(request.path):
            entry = await self._log_entry(request)
            self.state.request_log.append(entry)
        try:
            response = await handler(request)
        except _DropConnection:
            if entry is not None:
                entry["status"] = 0
            if request.transport is not None:
                request.transport.abort()
            raise asyncio.CancelledError from None
        if not request.get(NO_REQUEST_ID):  # Dintero does not document this header
            response.headers["request-id"] = request_id
        if entry is not None:
            entry["status"] = response.status
        return response

    async def _log_entry(self, request: web.Request) -> Json:
        raw = await request.read()
        body: object = None
        if raw.strip():
            try:
                body = json.loads(raw)
            except (ValueError, UnicodeDecodeError):
                body = raw.decode("utf-8", "replace")
        return {
            "method": request.method,
            "path": request.path,
            "query": {key: request.query.getall(key) for key in request.query},
            "headers": {name.lower(): value for name, value in request.headers.items()},
            "json": body,
            "status": None,
        }

    @web.middleware
    async def _faulted(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        drop_after = False
        try:
            if is_api_path(request.path):
                drop_after = await self._apply_faults(request)
            response = await handler(request)
        except ApiError as error:
            response = json_response(error.body(), status=error.status, headers=error.headers)
        except web.HTTPException as exc:
            if exc.status < 400:
                raise
            code = Code.NOT_FOUND if exc.status == 404 else Code.INVALID_REQUEST
            response = json_response(
                {"error": {"code": code, "message": exc.reason, "errors": []}}, status=exc.status
            )
        except _DropConnection:
            raise
        except Exception:
            log.exception("sandbox handler failed for %s %s", request.method, request.path)
            body = {
                "error": {"code": Code.INTERNAL_ERROR, "message": "Internal error", "errors": []}
            }
            response = json_response(body, status=500)
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
            if rule.kind == "event_failed" and EVENT_FAILED not in request:
                request[EVENT_FAILED] = rule
            if rule.kind == "no_request_id":
                request[NO_REQUEST_ID] = True
        return any(rule.kind == "drop_after_apply" for rule in fired)


@dataclass
class RunningSandbox:
    """A sandbox serving on the current event loop; `await close()` stops it."""

    server: SandboxServer
    runner: web.AppRunner
    base_url: str

    @property
    def state(self) -> SandboxState:
        return self.server.state

    async def close(self) -> None:
        self.server.state.close()
        await self.runner.cleanup()


async def serve(config: SandboxConfig | None = None) -> RunningSandbox:
    """Start the sandbox on the running loop and seed it once its URL is known."""
    config = config or SandboxConfig()
    server = SandboxServer(config)
    runner = web.AppRunner(server.build_app(), access_log=None, handle_signals=False)
    await runner.setup()
    site = web.TCPSite(runner, config.host, config.port)
    await site.start()
    host, port = runner.addresses[0][:2]
    shown_host = f"[{host}]" if ":" in str(host) else str(host)
    server.base_url = f"http://{shown_host}:{port}"
    seed_state(server.state, server.base_url)
    return RunningSandbox(server, runner, server.base_url)
