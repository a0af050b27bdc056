"""Callbacks to the merchant's `url.callback_url`, as Dintero sends them.

On a completed payment (and when an ON_HOLD payment is resolved) Dintero calls
`callback_url?transaction_id&session_id&merchant_reference&time`. Options travel as
query parameters inside the callback URL itself: `method=POST` (the transaction as
JSON body), `report_error=true` (also call on declined/failed attempts, with `error`),
`report_event=CAPTURE|REFUND|VOID` (repeatable: call after those events, with `event`
and `event_id`), `delay_callback=<s>` (at most 60), `includes=session`.

Unlike Dintero, loopback URLs are accepted (that is what a sandbox is for). Deliveries
are retried on connection errors and 1xx/5xx, a few times with a short backoff (Dintero:
up to 20 times); 4xx is final. Every delivery is kept in `state.callbacks`.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, urlencode, urlsplit, urlunsplit

import aiohttp

from app.sandbox.clock import format_time
from app.sandbox.events import session_event
from app.sandbox.model import Json, Session, Transaction

if TYPE_CHECKING:
    from app.sandbox.state import SandboxState

__all__ = ["notify_event", "notify_payment"]

MAX_ATTEMPTS = 5
RETRY_DELAY_S = 0.2
TIMEOUT_S = 10.0


def _options(callback_url: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(callback_url).query)


def _with_params(url: str, params: dict[str, str]) -> str:
    parts = urlsplit(url)
    query = f"{parts.query}&{urlencode(params)}" if parts.query else urlencode(params)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, query, parts.fragment))


def _callback_url(session: Session) -> str | None:
    url = session.url.get("callback_url")
    return url if isinstance(url, str) and url.startswith(("http://", "https://")) else None


def notify_payment(
    state: SandboxState,
    session: Session,
    transaction: Transaction,
    error: str | None = None,
    *,
    on_hold_resolved: bool = False,
) -> None:
    """Schedule the completion callback for a payment attempt (if the session has a URL).

    A failed attempt is reported only with `report_error=true`; the end of an ON_HOLD
    review always is ("a callback will be sent to the callback_url when the transaction
    changes state from ON_HOLD to any new state").
    """
    url = _callback_url(session)
    if url is None:
        return
    options = _options(url)
    reported = on_hold_resolved or options.get("report_error", [""])[-1] == "true"
    if error is not None and not reported:
        return
    params = _base_params(state, session, transaction)
    if error is not None:
        params["error"] = error
    event_name = (
        "ON_HOLD_CALLBACK_SENT" if transaction.status == "ON_HOLD" else "AUTH_CALLBACK_SENT"
    )
    _schedule(state, url, params, session, transaction, event_name)


def notify_event(state: SandboxState, transaction: Transaction, event: Json) -> None:
    """Schedule a `report_event` callback after a CAPTURE, REFUND or VOID event."""
    session = state.sessions.get(transaction.session_id)
    if session is None:
        return
    url = _callback_url(session)
    if url is None or event.get("event") not in _options(url).get("report_event", []):
        return
    params = _base_params(state, session, transaction)
    params.update(event=str(event["event"]), event_id=str(event["id"]))
    _schedule(state, url, params, session, transaction, None)


def _base_params(state: SandboxState, session: Session, transaction: Transaction) -> dict[str, str]:
    sid_name = _options(str(session.url.get("callback_url")))
    return {
        "transaction_id": transaction.id,
        sid_name.get("sid_parameter_name", ["session_id"])[-1]: session.id,
        "merchant_reference": transaction.merchant_reference,
        "time": format_time(state.clock.now()),
    }


def _schedule(
    state: SandboxState,
    url: str,
    params: dict[str, str],
    session: Session,
    transaction: Transaction,
    session_event_name: str | None,
) -> None:
    options = _options(url)
    method = options.get("method", ["GET"])[-1].upper()
    body: Json | None = None
    if method == "POST":
        include_session = "session" in options.get("includes", [])
        body = transaction.to_json(session=session.to_json() if include_session else None)
    try:
        delay = min(60.0, max(0.0, float(options.get("delay_callback", ["0"])[-1])))
    except ValueError:
        delay = 0.0
    record: Json = {
        "url": _with_params(url, params),
        "method": method,
        "transaction_id": transaction.id,
        "status": None,
        "attempts": 0,
        "error": None,
    }
    state.callbacks.append(record)

    async def deliver() -> None:
        await asyncio.sleep(delay)
        await _deliver(record, body)
        if session_event_name and record["status"] is not None:
            session.events.append(
                session_event(
                    session_event_name,
                    state.clock.now(),
                    "callback",
                    details={"url": record["url"], "status": record["status"]},
                )
            )

    state.spawn(deliver())


async def _deliver(record: Json, body: Any) -> None:
    timeout = aiohttp.ClientTimeout(total=TIMEOUT_S)
    async with aiohttp.ClientSession(timeout=timeout) as client:
        for attempt in range(1, MAX_ATTEMPTS + 1):
            record["attempts"] = attempt
            try:
                async with client.request(
                    record["method"], record["url"], json=body, headers={"event-delivery": "1"}
                ) as response:
                    record["status"] = response.status
                    if response.status < 500 and response.status >= 200:
                        record["error"] = None
                        return
                    record["error"] = f"HTTP {response.status}"
            except (aiohttp.ClientError, TimeoutError) as exc:
                record["error"] = f"{type(exc).__name__}: {exc}"
            await asyncio.sleep(RETRY_DELAY_S * attempt)
