"""Dintero's own paths: auth, checkout sessions, transactions and the Orders API."""

from __future__ import annotations

from aiohttp import web

from app.sandbox import authorizations, card_payments, listing, operations, orders, sessions
from app.sandbox.auth import authenticate, issue_token
from app.sandbox.errors import ApiError
from app.sandbox.http_util import (
    ACCEPTED_LATER,
    ERROR_THEN_APPLY,
    EVENT_FAILED,
    context,
    json_body,
    json_response,
    server_of,
    state_of,
)
from app.sandbox.state import RequestContext

__all__ = ["routes"]

routes = web.RouteTableDef()


def _authorized(request: web.Request) -> RequestContext:
    token = authenticate(state_of(request), request.headers.get("Authorization"))
    return context(request, token.account_id, token.client_id)


def _for_account(request: web.Request) -> RequestContext:
    """Account-scoped paths (`/v1/accounts/{aid}/...`) only serve the token's own account."""
    ctx = _authorized(request)
    if request.match_info["aid"] != ctx.account_id:
        raise ApiError.forbidden("The token is not valid for this account")
    return ctx


#: The scope the Orders API asks for ("admin:shopping" in Dintero's Orders reference).
SHOPPING_SCOPE = "admin:shopping"


def _for_shopping(request: web.Request) -> RequestContext:
    """Orders API paths: the token's own account, and a client granted `admin:shopping`."""
    ctx = _for_account(request)
    if SHOPPING_SCOPE in state_of(request).withheld_scopes.get(ctx.account_id, set()):
        raise ApiError.forbidden(f"The API client is missing the scope {SHOPPING_SCOPE}")
    return ctx


def _includes(request: web.Request) -> set[str]:
    values = request.query.getall("includes", [])
    return {part.strip() for value in values for part in value.split(",") if part.strip()}


def _toggles(request: web.Request) -> set[str]:
    raw = request.headers.get("Dintero-Feature-Toggles", "")
    return {part.strip() for part in raw.split(",") if part.strip()}


@routes.post("/v1/accounts/{aid}/auth/token")
async def token(request: web.Request) -> web.Response:
    body = await json_body(request)
    answer = issue_token(
        state_of(request),
        request.match_info["aid"],
        request.headers.get("Authorization"),
        body,
        server_of(request).base_url,
    )
    return json_response(answer)


@routes.post("/v1/sessions-profile")
async def create_session(request: web.Request) -> web.Response:
    ctx = _authorized(request)
    answer = sessions.create_session(
        state_of(request),
        ctx,
        await json_body(request),
        server_of(request).base_url,
        strict_amounts="strict-session-amounts" in _toggles(request),
        include_session=request.query.get("include_session") == "true",
    )
    return json_response(answer)


@routes.post("/v1/sessions/payment-token")
async def create_payment_token_session(request: web.Request) -> web.Response:
    ctx = _authorized(request)
    answer = sessions.create_payment_token_session(
        state_of(request),
        ctx,
        await json_body(request),
        server_of(request).base_url,
        include_session=request.query.get("include_session") == "true",
    )
    return json_response(answer)


@routes.get("/v1/sessions")
async def list_sessions(request: web.Request) -> web.Response:
    ctx = _authorized(request)
    query = {key: request.query.getall(key) for key in request.query}
    return json_response(listing.list_sessions(state_of(request), ctx.account_id, query))


@routes.get("/v1/sessions/{session_id}")
async def get_session(request: web.Request) -> web.Response:
    """The session; its request headers only with `includes` (the checkout spec)."""
    ctx = _authorized(request)
    session = state_of(request).session_for(request.match_info["session_id"], ctx.account_id)
    includes = _includes(request)
    return json_response(
        session.to_json(
            headers="initiating_system_request_headers" in includes,
            event_headers="events.request_headers" in includes,
        )
    )


@routes.put("/v1/sessions/{session_id}")
async def update_session(request: web.Request) -> web.Response:
    ctx = _authorized(request)
    state = state_of(request)
    session = state.session_for(request.match_info["session_id"], ctx.account_id)
    answer = sessions.update_session(state, ctx, session, await json_body(request))
    return json_response(answer)


@routes.post("/v1/sessions/{session_id}/cancel")
async def cancel_session(request: web.Request) -> web.Response:
    ctx = _authorized(request)
    state = state_of(request)
    session = state.session_for(request.match_info["session_id"], ctx.account_id)
    return json_response(sessions.cancel_session(state, ctx, session))


@routes.get("/v1/transactions")
async def list_transactions(request: web.Request) -> web.Response:
    ctx = _authorized(request)
    query = {key: request.query.getall(key) for key in request.query}
    return json_response(listing.list_transactions(state_of(request), ctx.account_id, query))


@routes.get("/v1/transactions/{transaction_id}")
async def get_transaction(request: web.Request) -> web.Response:
    ctx = _authorized(request)
    state = state_of(request)
    transaction = state.transaction_for(request.match_info["transaction_id"], ctx.account_id)
    includes = _includes(request)
    session = state.sessions.get(transaction.session_id)
    embedded = None
    if session is not None and includes & {"session", "session.events.latest"}:
        embedded = session.to_json(latest_event="session" not in includes)
    body = transaction.to_json(
        include_tokens=bool(includes & {"card.payment_token", "card.recurrence_token"}),
        only_successful_events="events.success.true" in includes,
        session=embedded,
        headers="initiating_system_request_headers" in includes,
        event_headers="events.request_headers" in includes,
    )
    return json_response(body)


@routes.put("/v1/transactions/{transaction_id}")
async def update_transaction(request: web.Request) -> web.Response:
    ctx = _authorized(request)
    state = state_of(request)
    transaction = state.transaction_for(request.match_info["transaction_id"], ctx.account_id)
    body = await json_body(request)
    operations.update_transaction(transaction, body, state.clock.now())
    return json_response(transaction.to_json())


def _operation_response(outcome: operations.Outcome) -> web.Response:
    """Capture/refund/void answers carry the request headers ("From 2023-09,
    `events.request_headers` and `initiating_system_request_headers` will be included
    by default" on these three)."""
    body = outcome.transaction.to_json(headers=True, event_headers=True)
    if outcome.accepted_request_id is not None:
        return json_response(
            body, status=202, headers={"event-request-id": outcome.accepted_request_id}
        )
    return json_response(body)


def _faults(request: web.Request) -> operations.OperationFaults:
    return operations.OperationFaults(
        request.get(ACCEPTED_LATER), request.get(EVENT_FAILED), request.get(ERROR_THEN_APPLY)
    )


@routes.post("/v1/transactions/{transaction_id}/capture")
async def capture(request: web.Request) -> web.Response:
    ctx = _authorized(request)
    state = state_of(request)
    transaction = state.transaction_for(request.match_info["transaction_id"], ctx.account_id)
    body = await json_body(request)
    outcome = operations.capture(state, ctx, transaction, body, _faults(request))
    return _operation_response(outcome)


@routes.post("/v1/transactions/{transaction_id}/refund")
async def refund(request: web.Request) -> web.Response:
    ctx = _authorized(request)
    state = state_of(request)
    transaction = state.transaction_for(request.match_info["transaction_id"], ctx.account_id)
    body = await json_body(request)
    outcome = operations.refund(state, ctx, transaction, body, _faults(request))
    return _operation_response(outcome)


@routes.post("/v1/transactions/{transaction_id}/void")
async def void(request: web.Request) -> web.Response:
    ctx = _authorized(request)
    state = state_of(request)
    transaction = state.transaction_for(request.match_info["transaction_id"], ctx.account_id)
    await json_body(request)  # Void takes no body; a stray JSON `null` or `{}` is tolerated.
    outcome = operations.void(state, ctx, transaction, _faults(request))
    return _operation_response(outcome)


@routes.post("/v1/transactions/{transaction_id}/authorization")
async def update_authorization(request: web.Request) -> web.Response:
    ctx = _authorized(request)
    state = state_of(request)
    transaction = state.transaction_for(request.match_info["transaction_id"], ctx.account_id)
    body = await json_body(request)
    authorizations.update_authorization(state, ctx, transaction, body)
    return json_response(transaction.to_json())


@routes.post("/v1/accounts/{aid}/shopping/draft_orders")
async def create_draft_order(request: web.Request) -> web.Response:
    ctx = _for_shopping(request)
    return json_response(orders.create_draft(state_of(request), ctx, await json_body(request)))


@routes.put("/v1/accounts/{aid}/shopping/draft_orders/{draft_id}/complete")
async def complete_draft_order(request: web.Request) -> web.Response:
    ctx = _for_shopping(request)
    return json_response(
        orders.complete_draft(state_of(request), ctx, request.match_info["draft_id"])
    )


@routes.get("/v1/accounts/{aid}/shopping/orders/{order_id}")
async def get_order(request: web.Request) -> web.Response:
    ctx = _for_shopping(request)
    order = orders.get_order(state_of(request), ctx.account_id, request.match_info["order_id"])
    return json_response(order.to_json())


@routes.post("/v1/accounts/{aid}/shopping/orders/{order_id}/{kind}")
async def record_on_order(request: web.Request) -> web.Response:
    ctx = _for_shopping(request)
    kind = request.match_info["kind"]
    if kind not in orders.RECORD_KINDS:
        raise ApiError.not_found("Resource")
    state = state_of(request)
    order = orders.get_order(state, ctx.account_id, request.match_info["order_id"])
    body = await json_body(request)
    entry = orders.record(state, ctx, order, kind, body, server_of(request).base_url)
    return json_response(entry)


@routes.get("/v1/accounts/{aid}/shopping/orders/{order_id}/{kind}/{record_id}")
async def get_order_record(request: web.Request) -> web.Response:
    """One reported record, e.g. "Get Cancellation details" (the record's `_links` self)."""
    ctx = _for_shopping(request)
    kind = request.match_info["kind"]
    if kind not in orders.RECORD_KINDS:
        raise ApiError.not_found("Resource")
    order = orders.get_order(state_of(request), ctx.account_id, request.match_info["order_id"])
    record_id = request.match_info["record_id"]
    entry = next((r for r in order.records[kind] if r["id"] == record_id), None)
    if entry is None:
        raise ApiError.not_found("Record")
    return json_response(entry)


@routes.post("/v1/sessions/pay")
async def pay_with_token(request: web.Request) -> web.Response:
    """Create and pay a merchant-initiated session with a saved card's token."""
    ctx = _authorized(request)
    answer = card_payments.pay_with_token(
        state_of(request),
        ctx,
        await json_body(request),
        server_of(request).base_url,
        _toggles(request),
    )
    return json_response(answer)
