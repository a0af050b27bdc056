"""Test controls under `/sandbox/` (not Dintero's API; no auth; never faulted)."""

from __future__ import annotations

from typing import Any

from aiohttp import web

from app.sandbox import auto_capture, payments, sessions, settlement
from app.sandbox.card_pay_scenario import CardPayScenario
from app.sandbox.clock import format_time
from app.sandbox.config import AutoCaptureSettings, check_delay
from app.sandbox.errors import ApiError, Code
from app.sandbox.faults import FaultRule, RunFaults
from app.sandbox.http_util import REQUEST_ID, json_body, json_response, server_of, state_of
from app.sandbox.state import RequestContext

__all__ = ["routes"]

routes = web.RouteTableDef()


def _object(body: Any) -> dict[str, Any]:
    if body is None:
        return {}
    if not isinstance(body, dict):
        raise ApiError.bad_request(Code.INVALID_REQUEST, "The body must be a JSON object")
    return body


@routes.get("/sandbox/info")
async def info(request: web.Request) -> web.Response:
    """Base URL and the configured accounts with their credentials (it is a sandbox)."""
    server = server_of(request)
    accounts = [
        {"account_id": a.account_id, "client_id": a.client_id, "client_secret": a.client_secret}
        for a in server.config.accounts
    ]
    return json_response({"base_url": server.base_url, "accounts": accounts})


@routes.post("/sandbox/sessions")
async def create_session(request: web.Request) -> web.Response:
    """Create a session without a token: body = a session body plus optional `account_id`."""
    state = state_of(request)
    body = _object(await json_body(request))
    account_id = str(body.pop("account_id", None) or next(iter(state.accounts)))
    if account_id not in state.accounts:
        raise ApiError.bad_request(Code.INVALID_REQUEST, "Unknown account", "account_id")
    ctx = RequestContext(str(request[REQUEST_ID]), "sandbox", account_id)
    answer = sessions.create_session(
        state, ctx, body, server_of(request).base_url, strict_amounts=True, include_session=True
    )
    return json_response(answer)


@routes.get("/sandbox/sessions")
async def list_sessions(request: web.Request) -> web.Response:
    """Summaries of every session, newest first; `?state=open` (or paid, ...) narrows it.

    States: open, attempt_failed, on_hold, paid, failed, cancelled, expired.
    """
    state = state_of(request)
    now = state.clock.now()
    wanted = request.query.get("state")
    summaries = []
    for session in sorted(state.sessions.values(), key=lambda s: s.created_at, reverse=True):
        derived = sessions.state_of_session(state, session, now)
        if wanted and derived != wanted:
            continue
        summaries.append(
            {
                "id": session.id,
                "account_id": session.account_id,
                "url": session.pay_url,
                "state": derived,
                "merchant_reference": session.order.get("merchant_reference"),
                "amount": session.order.get("amount"),
                "currency": session.order.get("currency"),
                "created_at": format_time(session.created_at),
                "transaction_id": session.transaction_id,
            }
        )
    return json_response(summaries)


@routes.get("/sandbox/sessions/{session_id}")
async def get_session(request: web.Request) -> web.Response:
    session = state_of(request).sessions.get(request.match_info["session_id"])
    if session is None:
        raise ApiError.not_found("Session")
    body = session.to_json(headers=True, event_headers=True)
    body["page_languages"] = list(session.page_languages)
    return json_response(body)


@routes.post("/sandbox/sessions/{session_id}/pay")
async def pay(request: web.Request) -> web.Response:
    state = state_of(request)
    session = state.sessions.get(request.match_info["session_id"])
    if session is None:
        raise ApiError.not_found("Session")
    body = _object(await json_body(request))
    outcome = str(body.get("outcome", "authorized"))
    product_type = str(body.get("payment_product_type") or "dintero_psp.creditcard")
    if outcome == "pay_failed":
        reason = str(body.get("reason") or "Rejected")
        payments.fail_attempt(state, session, product_type, str(request[REQUEST_ID]), reason)
        return json_response(session.to_json(headers=True, event_headers=True))
    transaction = payments.pay_session(
        state, session, outcome, product_type, str(request[REQUEST_ID])
    )
    return json_response(transaction.to_json(include_tokens=True, headers=True, event_headers=True))


@routes.get("/sandbox/transactions/{transaction_id}")
async def get_transaction(request: web.Request) -> web.Response:
    transaction = state_of(request).transactions.get(request.match_info["transaction_id"])
    if transaction is None:
        raise ApiError.not_found("Transaction")
    return json_response(transaction.to_json(include_tokens=True, headers=True, event_headers=True))


@routes.post("/sandbox/transactions/{transaction_id}/resolve")
async def resolve(request: web.Request) -> web.Response:
    state = state_of(request)
    transaction = state.transactions.get(request.match_info["transaction_id"])
    if transaction is None:
        raise ApiError.not_found("Transaction")
    body = _object(await json_body(request))
    outcome = str(body.get("outcome", "authorized"))
    payments.resolve_on_hold(state, transaction, outcome, str(request[REQUEST_ID]))
    return json_response(transaction.to_json(headers=True, event_headers=True))


@routes.get("/sandbox/auto-capture")
async def get_auto_capture(request: web.Request) -> web.Response:
    return json_response(state_of(request).auto_capture.to_json())


@routes.put("/sandbox/auto-capture")
async def set_auto_capture(request: web.Request) -> web.Response:
    """`{"delay_s": seconds or null, "fail_attempts": n (-1: always)}`; left out: kept."""
    state = state_of(request)
    body = _object(await json_body(request))
    state.auto_capture = AutoCaptureSettings.from_json(body, state.auto_capture)
    return json_response(state.auto_capture.to_json())


@routes.post("/sandbox/transactions/{transaction_id}/auto-capture")
async def run_auto_capture(request: web.Request) -> web.Response:
    """Make Dintero's pending auto-capture attempt now (it may fail, see fail_attempts)."""
    state = state_of(request)
    transaction = state.transactions.get(request.match_info["transaction_id"])
    if transaction is None:
        raise ApiError.not_found("Transaction")
    auto_capture.attempt(state, transaction)
    return json_response(transaction.to_json(headers=True, event_headers=True))


@routes.get("/sandbox/settlement")
async def get_settlement(request: web.Request) -> web.Response:
    return json_response({"delay_s": state_of(request).settlement_delay_s})


@routes.put("/sandbox/settlement")
async def set_settlement(request: web.Request) -> web.Response:
    """`{"delay_s": seconds or null}`: how long after a capture its money is paid out."""
    state = state_of(request)
    body = _object(await json_body(request))
    if "delay_s" in body:
        state.settlement_delay_s = check_delay(body["delay_s"], "delay_s")
    return json_response({"delay_s": state.settlement_delay_s})


@routes.post("/sandbox/transactions/{transaction_id}/settle")
async def settle_now(request: web.Request) -> web.Response:
    """Pay out the transaction's captures and refunds not settled yet, now."""
    state = state_of(request)
    transaction = state.transactions.get(request.match_info["transaction_id"])
    if transaction is None:
        raise ApiError.not_found("Transaction")
    settlement.settle(state, transaction)
    return json_response(transaction.to_json(headers=True, event_headers=True))


@routes.get("/sandbox/faults")
async def list_faults(request: web.Request) -> web.Response:
    faults = state_of(request).faults
    return json_response(
        {"run": faults.run.to_json(), "rules": [rule.to_json() for rule in faults.rules]}
    )


@routes.post("/sandbox/faults")
async def add_faults(request: web.Request) -> web.Response:
    body = _object(await json_body(request))
    raw_rules = body.get("rules", [body] if "kind" in body else None)
    if not isinstance(raw_rules, list):
        raise ApiError.bad_request(Code.INVALID_REQUEST, "rules must be an array", "rules")
    rules = [FaultRule.from_json(raw) for raw in raw_rules]
    state_of(request).faults.add(rules)
    return json_response({"rules": [rule.to_json() for rule in rules]})


@routes.delete("/sandbox/faults")
async def clear_faults(request: web.Request) -> web.Response:
    state_of(request).faults.clear()
    return json_response({"rules": []})


@routes.put("/sandbox/faults/run")
async def set_run_faults(request: web.Request) -> web.Response:
    """Set run-wide faults; fields left out keep their current value."""
    faults = state_of(request).faults
    faults.run = RunFaults.from_json(_object(await json_body(request)), faults.run)
    return json_response(faults.run.to_json())


@routes.post("/sandbox/clock")
async def clock(request: web.Request) -> web.Response:
    state = state_of(request)
    body = _object(await json_body(request))
    seconds = body.get("advance_s", 0)
    if isinstance(seconds, bool) or not isinstance(seconds, int | float):
        raise ApiError.bad_request(Code.INVALID_REQUEST, "must be a number >= 0", "advance_s")
    try:
        state.clock.advance(float(seconds))
    except OverflowError:  # an integer of hundreds of digits
        raise ApiError.bad_request(Code.INVALID_REQUEST, "is too large", "advance_s") from None
    except ValueError as exc:
        raise ApiError.bad_request(Code.INVALID_REQUEST, str(exc), "advance_s") from None
    return json_response(
        {"now": state.clock.now().isoformat(), "offset_s": state.clock.offset.total_seconds()}
    )


@routes.get("/sandbox/callbacks")
async def callbacks(request: web.Request) -> web.Response:
    """Callback deliveries since the last reset: url, method, status, attempts, error."""
    return json_response(list(state_of(request).callbacks))


@routes.get("/sandbox/requests")
async def requests_log(request: web.Request) -> web.Response:
    return json_response(list(state_of(request).request_log))


@routes.delete("/sandbox/requests")
async def clear_requests(request: web.Request) -> web.Response:
    state_of(request).request_log.clear()
    return json_response([])


@routes.post("/sandbox/reset")
async def reset(request: web.Request) -> web.Response:
    server_of(request).reset()
    return json_response({"reset": True})


@routes.put("/sandbox/accounts/{aid}/scopes")
async def set_withheld_scopes(request: web.Request) -> web.Response:
    """`{"withheld": ["admin:shopping"]}`: the account's API client lacks those scopes."""
    body = _object(await json_body(request))
    withheld = body.get("withheld", [])
    if not isinstance(withheld, list) or not all(isinstance(s, str) for s in withheld):
        raise ApiError.bad_request("invalid_request", "withheld must be a list of scopes")
    state_of(request).withheld_scopes[request.match_info["aid"]] = set(withheld)
    return json_response({"withheld": sorted(withheld)})


@routes.get("/sandbox/orders/{order_id}")
async def get_order(request: web.Request) -> web.Response:
    order = state_of(request).orders.get(request.match_info["order_id"])
    if order is None:
        raise ApiError.not_found("Order")
    return json_response(order.to_json())


@routes.get("/sandbox/card-payments")
async def get_card_payments(request: web.Request) -> web.Response:
    return json_response(state_of(request).card_pay_scenario.to_json())


@routes.put("/sandbox/card-payments")
async def set_card_payments(request: web.Request) -> web.Response:
    """What the next `POST /v1/sessions/pay` answers: `{"outcome": "approve" | "decline" |
    "do_not_retry" | "retry_after", "times": n or null (until changed), "retry_after_s": s}`."""
    state = state_of(request)
    state.card_pay_scenario = CardPayScenario.from_json(_object(await json_body(request)))
    return json_response(state.card_pay_scenario.to_json())
