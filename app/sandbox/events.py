"""Event records as Dintero writes them on sessions and transactions."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from app.sandbox.clock import format_time
from app.sandbox.model import Json

__all__ = ["session_event", "transaction_event"]


def session_event(
    name: str,
    at: datetime,
    request_id: str,
    request_headers: dict[str, str] | None = None,
    details: Json | None = None,
    event_id: str | None = None,
) -> Json:
    event: Json = {
        "id": event_id or str(uuid.uuid4()),
        "name": name,
        "created_at": format_time(at),
        "request_id": request_id,
    }
    if request_headers:
        event["request_headers"] = dict(request_headers)
    if details:
        event["details"] = details
    return event


def transaction_event(
    name: str,
    *,
    status: str,
    at: datetime,
    amount: int,
    request_id: str,
    created_by: str,
    success: bool = True,
    items: list[Json] | None = None,
    event_reference: str | None = None,
    correlation_request_id: str | None = None,
    error: Json | None = None,
    request_headers: dict[str, str] | None = None,
    metadata: Json | None = None,
    event_id: str | None = None,
) -> Json:
    event: dict[str, Any] = {
        "id": event_id or str(uuid.uuid4()),
        "event": name,
        "transaction_status": status,
        "success": success,
        "amount": amount,
        "created_at": format_time(at),
        "created_by": created_by,
        "request_id": request_id,
    }
    if items is not None:
        event["items"] = items
    if event_reference is not None:
        event["event_reference"] = event_reference
    if correlation_request_id is not None:
        event["correlation_request_id"] = correlation_request_id
    if error is not None:
        event["error"] = error
    if request_headers:
        event["request_headers"] = dict(request_headers)
    if metadata:
        event["metadata"] = metadata
    return event
