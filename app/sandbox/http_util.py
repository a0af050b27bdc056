"""Helpers shared by the route modules: JSON in and out, request context, app keys."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import pydantic_core
from aiohttp import web

from app.sandbox.errors import ApiError, Code
from app.sandbox.faults import FaultRule
from app.sandbox.state import RequestContext, SandboxState

if TYPE_CHECKING:
    from app.sandbox.server import SandboxServer

__all__ = [
    "NO_REQUEST_ID",
    "REQUEST_ID",
    "SERVER",
    "error_response",
    "json_body",
    "json_response",
    "parse_json",
    "server_of",
    "state_of",
    "system_headers",
]

SERVER: web.AppKey[SandboxServer] = web.AppKey("sandbox_server")
REQUEST_ID: web.RequestKey[str] = web.RequestKey("sandbox_request_id", str)
ACCEPTED_LATER: web.RequestKey[FaultRule] = web.RequestKey("sandbox_accepted_later", FaultRule)
ERROR_THEN_APPLY: web.RequestKey[FaultRule] = web.RequestKey("sandbox_error_then_apply", FaultRule)
EVENT_FAILED: web.RequestKey[FaultRule] = web.RequestKey("sandbox_event_failed", FaultRule)
NO_REQUEST_ID: web.RequestKey[bool] = web.RequestKey("sandbox_no_request_id", bool)
_RECORDED_HEADERS = ("user-agent", "dintero-checkout-instance-id")


def server_of(request: web.Request) -> SandboxServer:
    return request.app[SERVER]


def state_of(request: web.Request) -> SandboxState:
    return request.app[SERVER].state


def json_response(
    body: Any, status: int = 200, headers: dict[str, str] | None = None
) -> web.Response:
    return web.Response(
        text=json.dumps(body, separators=(",", ":")),
        status=status,
        content_type="application/json",
        headers=headers,
    )


def error_response(error: ApiError) -> web.Response:
    """Dintero's error body for `error`, with its status and headers."""
    return json_response(error.body(), status=error.status, headers=error.headers)


def parse_json(raw: bytes) -> Any:
    """JSON as Dintero's own parser reads it; a `ValueError` for anything else.

    Deep nesting is refused at a fixed depth (the standard library's parser would hit
    the recursion limit), and so are NaN and Infinity, which are not JSON.
    """
    return pydantic_core.from_json(raw, allow_inf_nan=False)


async def json_body(request: web.Request) -> Any:
    """The parsed JSON body, or None for an empty body (void sends none)."""
    raw = await request.read()
    if not raw.strip():
        return None
    try:
        return parse_json(raw)
    except ValueError as exc:
        raise ApiError.bad_request(Code.INVALID_JSON, f"The body is not valid JSON: {exc}") from exc


def system_headers(request: web.Request) -> dict[str, str]:
    """`Dintero-System-*` and `user-agent`, lower-cased, as Dintero stores them."""
    recorded: dict[str, str] = {}
    for name, value in request.headers.items():
        lower = name.lower()
        if lower.startswith("dintero-system-") or lower in _RECORDED_HEADERS:
            recorded[lower] = value[:120] if lower.startswith("dintero-system-") else value
    return recorded


def context(request: web.Request, account_id: str, client_id: str) -> RequestContext:
    return RequestContext(
        request_id=str(request[REQUEST_ID]),
        client_id=client_id,
        account_id=account_id,
        system_headers=system_headers(request),
    )
