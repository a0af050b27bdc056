"""The hosted pay page at each session's `url` (`/v1/view/{session_id}`)."""

from __future__ import annotations

from urllib.parse import urlencode, urlsplit, urlunsplit

from aiohttp import web

from app.sandbox import payments
from app.sandbox.events import session_event
from app.sandbox.http_util import REQUEST_ID, state_of, system_headers
from app.sandbox.model import Session
from app.sandbox.pay_page import page_language, render_done, render_pay_page
from app.sandbox.sessions import state_of_session

__all__ = ["routes"]

routes = web.RouteTableDef()

_ACTIONS = {"pay": "authorized", "decline": "declined", "fail": "failed"}
_RETURN_ERRORS = {"declined": "authorization", "failed": "failed"}


def _html(text: str, status: int = 200) -> web.Response:
    return web.Response(text=text, status=status, content_type="text/html", charset="utf-8")


def _session(request: web.Request) -> Session | None:
    return state_of(request).sessions.get(request.match_info["session_id"])


def _not_found() -> web.Response:
    return _html(render_done("Not found", "This payment link does not exist."), 404)


def _with_query(url: str, params: dict[str, str]) -> str:
    parts = urlsplit(url)
    query = f"{parts.query}&{urlencode(params)}" if parts.query else urlencode(params)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, query, parts.fragment))


@routes.get("/v1/view/{session_id}")
@routes.get("/v1/view/{session_id}/")
async def view(request: web.Request) -> web.Response:
    state = state_of(request)
    session = _session(request)
    if session is None:
        return _not_found()
    now = state.clock.now()
    session.events.append(
        session_event("VISITED", now, str(request[REQUEST_ID]), system_headers(request))
    )
    language = request.query.get("language", "")
    session.page_languages.append(language)
    return _html(
        render_pay_page(session, state_of_session(state, session, now), page_language(language))
    )


@routes.post("/v1/view/{session_id}")
@routes.post("/v1/view/{session_id}/")
async def submit(request: web.Request) -> web.StreamResponse:
    state = state_of(request)
    session = _session(request)
    if session is None:
        return _not_found()
    form = await request.post()
    outcome = _ACTIONS.get(str(form.get("action", "")), "")
    product = str(form.get("payment_product_type") or "dintero_psp.creditcard")
    if not outcome:
        return _html(render_done("Unknown action", "Choose Pay, Decline or Fail."), 400)
    current = state_of_session(state, session, state.clock.now())
    if current not in ("open", "attempt_failed"):
        language = page_language(request.query.get("language"))
        return _html(render_pay_page(session, current, language), 409)
    if outcome == "authorized" and product in payments.INVOICE_LIKE:
        outcome = "on_hold"
    transaction = payments.pay_session(state, session, outcome, product, str(request[REQUEST_ID]))
    params = {"merchant_reference": transaction.merchant_reference}
    if outcome in _RETURN_ERRORS:
        params["error"] = _RETURN_ERRORS[outcome]
    else:
        params["transaction_id"] = transaction.id
    return_url = str(session.url.get("return_url") or "")
    if return_url.startswith(("http://", "https://")):
        raise web.HTTPSeeOther(_with_query(return_url, params))
    title = "Payment failed" if "error" in params else "Thank you"
    message = f"Result: {transaction.status}. Transaction {transaction.id}."
    return _html(render_done(title, message))


_RETURN_MESSAGES = {
    "authorization": ("Payment declined", "The payment was declined."),
    "failed": ("Payment failed", "The payment could not be completed."),
    "cancelled": ("Payment cancelled", "The payment was cancelled."),
}


@routes.get("/sandbox/return")
async def return_page(request: web.Request) -> web.Response:
    """A harmless `return_url` for demo accounts: says how the payment ended."""
    error = request.query.get("error")
    reference = request.query.get("merchant_reference", "")
    if error:
        title, message = _RETURN_MESSAGES.get(error, ("Payment not completed", f"Error: {error}"))
    else:
        title = "Thank you"
        message = f"Your payment for order {reference} is complete. You can close this page."
    return _html(render_done(title, message))
