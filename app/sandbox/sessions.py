"""Checkout sessions: create (profile and payment-token), read, update and cancel."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from app.sandbox.clock import parse_time
from app.sandbox.errors import ApiError, Code
from app.sandbox.events import session_event
from app.sandbox.ids import new_id
from app.sandbox.model import Json, Session
from app.sandbox.operations import void_for_session_cancel
from app.sandbox.state import RequestContext, SandboxState
from app.sandbox.validation import Problems

__all__ = [
    "cancel_session",
    "check_common",
    "check_order",
    "create_payment_token_session",
    "create_session",
    "session_state",
    "state_of_session",
    "update_session",
]

PUBLISH_CHANNELS = ("sms", "push")
TOKEN_PRODUCT_TYPES = frozenset(
    {
        "payex.creditcard",
        "bambora.creditcard",
        "dintero_psp.creditcard",
        "dintero_psp.googlepay",
        "dintero_psp.clicktopay",
    }
)


def _check_lines(problems: Problems, order: dict[str, Any], *, strict: bool) -> None:
    """Items and shipping: integer amounts, required shipping fields, unique `line_id`s."""
    items = order.get("items")
    line_ids: list[str] = []
    items_total = 0
    if items is not None and not isinstance(items, list):
        problems.add("order.items", "must be an array")
        items = []
    for index, item in enumerate(items or []):
        path = f"order.items[{index}]"
        if problems.object(item, path) is None:
            continue
        problems.amount(item, "amount", f"{path}.amount")
        problems.text(item, "line_id", f"{path}.line_id", required=False)
        problems.number(item, "quantity", f"{path}.quantity")
        problems.number(item, "vat", f"{path}.vat")
        problems.amount(item, "vat_amount", f"{path}.vat_amount", required=False)
        if isinstance(item.get("line_id"), str):
            line_ids.append(item["line_id"])
        if isinstance(item.get("amount"), int):
            items_total += item["amount"]
    shipping = problems.object(
        order.get("shipping_option"), "order.shipping_option", required=False
    )
    shipping_amount = 0
    if shipping is not None:
        for key in ("id", "line_id", "title"):
            problems.text(shipping, key, f"order.shipping_option.{key}")
        if not isinstance(shipping.get("operator"), str):
            problems.add("order.shipping_option.operator", "is required (may be empty)")
        problems.amount(shipping, "amount", "order.shipping_option.amount")
        problems.number(shipping, "vat", "order.shipping_option.vat")
        if isinstance(shipping.get("line_id"), str):
            line_ids.append(shipping["line_id"])
        if isinstance(shipping.get("amount"), int):
            shipping_amount = shipping["amount"]
    duplicates = sorted({line for line in line_ids if line_ids.count(line) > 1})
    if duplicates:
        problems.errors.append(
            {"path": "order.items", "message": f"line_id must be unique, repeated: {duplicates}"}
        )
    amount = order.get("amount")
    if strict and isinstance(amount, int) and not problems.errors:
        expected = items_total + shipping_amount
        partial = bool(order.get("partial_payment"))
        if amount != expected and not (partial and amount <= expected):
            raise ApiError(
                400,
                Code.SESSION_AMOUNT_MISMATCH,
                f"order.amount {amount} does not equal the items and shipping total {expected}",
                [{"path": "order.amount", "message": f"expected {expected}"}],
            )


def check_order(problems: Problems, order: Any, *, strict: bool, with_amount: bool) -> None:
    checked = problems.object(order, "order")
    if checked is None:
        return
    if with_amount:
        problems.amount(checked, "amount", "order.amount")
    problems.currency(checked, "currency", "order.currency")
    problems.text(checked, "merchant_reference", "order.merchant_reference")
    problems.text(checked, "merchant_reference_2", "order.merchant_reference_2", required=False)
    if with_amount:
        _check_lines(problems, checked, strict=strict)


def _callback_allowed(url: str) -> bool:
    """Dintero: the callback_url "must be public available and be a HTTPS URL". The
    sandbox also takes loopback addresses (http or https), where tests listen."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if host in ("localhost", "127.0.0.1", "::1"):
        return parts.scheme in ("http", "https")
    return parts.scheme == "https" and bool(host)


def check_common(problems: Problems, body: dict[str, Any]) -> None:
    url = problems.object(body.get("url"), "url")
    if url is not None:
        problems.text(url, "return_url", "url.return_url")
        problems.text(url, "callback_url", "url.callback_url", required=False)
        callback = url.get("callback_url")
        if isinstance(callback, str) and callback and not _callback_allowed(callback):
            problems.add("url.callback_url", "must be a public HTTPS URL")
    customer = problems.object(body.get("customer"), "customer", required=False)
    if customer is not None:
        problems.phone(customer, "phone_number", "customer.phone_number")
        problems.email(customer, "email", "customer.email")
    problems.object(body.get("configuration"), "configuration", required=False)
    metadata = problems.object(body.get("metadata"), "metadata", required=False)
    for key, value in (metadata or {}).items():
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            problems.add(f"metadata.{key}", "must be a string or a number")
    expires_at = body.get("expires_at")
    if expires_at is not None:
        try:
            parse_time(str(expires_at))
        except ValueError:
            problems.add("expires_at", "must be an ISO 8601 date-time")


def _publish(state: SandboxState, account_id: str, body: dict[str, Any]) -> list[Json]:
    """Echo `configuration.publish`: Dintero texts links only from production accounts."""
    requests = (body.get("configuration") or {}).get("publish") or []
    if not isinstance(requests, list):
        raise ApiError.bad_request(
            Code.INVALID_REQUEST, "must be an array", "configuration.publish"
        )
    phone = (body.get("customer") or {}).get("phone_number")
    production = state.accounts[account_id].is_production
    echoed: list[Json] = []
    for index, request in enumerate(requests):
        if not isinstance(request, dict) or request.get("channel") not in PUBLISH_CHANNELS:
            raise ApiError.bad_request(
                Code.INVALID_REQUEST,
                "channel must be sms or push",
                f"configuration.publish[{index}].channel",
            )
        status = "sent" if production and phone else "skipped"
        echoed.append(
            {
                "id": str(uuid.uuid4()),
                "channel": request["channel"],
                "type": request.get("type", "checkout-link"),
                "status": status,
            }
        )
    return echoed


def _new_session(
    state: SandboxState, ctx: RequestContext, body: dict[str, Any], base_url: str
) -> Session:
    now = state.clock.now()
    expires_at = (
        parse_time(str(body["expires_at"]))
        if body.get("expires_at")
        else now + timedelta(seconds=state.config.session_lifetime_s)
    )
    if expires_at <= now:
        raise ApiError.bad_request(Code.INVALID_REQUEST, "must be in the future", "expires_at")
    session_id = new_id(ctx.account_id)
    session = Session(
        id=session_id,
        account_id=ctx.account_id,
        created_at=now,
        updated_at=now,
        expires_at=expires_at,
        order=body["order"],
        url=body["url"],
        profile_id=str(body.get("profile_id") or "default"),
        customer=body.get("customer"),
        configuration=body.get("configuration") or {},
        metadata=body.get("metadata") or {},
        express=body.get("express"),
        checkboxes=body.get("checkboxes"),
        initiating_system_request_headers=dict(ctx.system_headers),
        pay_url=f"{base_url.rstrip('/')}/v1/view/{session_id}",
    )
    session.events.append(session_event("INITIATED", now, ctx.request_id, ctx.system_headers))
    return session


def _created(session: Session, include_session: bool) -> Json:
    answer: Json = {"id": session.id, "url": session.pay_url}
    if session.publish:
        answer["publish"] = list(session.publish)
    if include_session:
        answer["session"] = session.to_json()
    return answer


def create_session(
    state: SandboxState,
    ctx: RequestContext,
    body: Any,
    base_url: str,
    *,
    strict_amounts: bool,
    include_session: bool,
) -> Json:
    """`POST /v1/sessions-profile`: validate, store, and answer `{id, url, publish?, session?}`."""
    problems = Problems()
    if problems.object(body, "body") is None:
        problems.check()
    problems.text(body, "profile_id", "profile_id")
    check_common(problems, body)
    check_order(problems, body.get("order"), strict=strict_amounts, with_amount=True)
    problems.check()
    publish = _publish(state, ctx.account_id, body)
    session = _new_session(state, ctx, body, base_url)
    session.publish = publish
    state.add_session(session)
    return _created(session, include_session)


def create_payment_token_session(
    state: SandboxState, ctx: RequestContext, body: Any, base_url: str, *, include_session: bool
) -> Json:
    """`POST /v1/sessions/payment-token`: a session that saves a card and charges nothing."""
    problems = Problems()
    if problems.object(body, "body") is None:
        problems.check()
    inner = problems.object(body.get("session"), "session")
    provider = problems.object(body.get("token_provider"), "token_provider")
    if inner is not None:
        check_common(problems, inner)
        check_order(problems, inner.get("order"), strict=False, with_amount=False)
    if provider is not None:
        product_type = provider.get("payment_product_type")
        if product_type not in TOKEN_PRODUCT_TYPES:
            problems.add(
                "token_provider.payment_product_type",
                f"must be one of {sorted(TOKEN_PRODUCT_TYPES)}",
            )
        token_types = provider.get("token_types")
        if not isinstance(token_types, list) or not token_types:
            problems.add("token_provider.token_types", "must be a non-empty array")
    problems.check()
    assert inner is not None
    assert provider is not None
    order = {**inner["order"], "amount": 0, "items": []}
    session = _new_session(state, ctx, {**inner, "order": order}, base_url)
    session.payment_operation = "generate_payment_token"
    session.token_provider = provider
    session.events.append(
        session_event("PAYMENT_TOKEN_FLOW_START", session.created_at, ctx.request_id)
    )
    state.add_session(session)
    return _created(session, include_session)


_FAILED_STATUSES = frozenset({"DECLINED", "FAILED"})


def session_state(session: Session, now: datetime, transaction_status: str | None = None) -> str:
    """The state of a session, read from its one transaction when it has one.

    cancelled; failed (its transaction was DECLINED or FAILED: the session cannot be paid
    again); on_hold (waiting for the payment provider's review); paid; expired;
    attempt_failed (a PAY_FAILED attempt left no transaction: the customer may retry);
    open. A `transaction_id` alone does not mean paid.
    """
    if session.cancelled_at is not None:
        return "cancelled"
    if session.transaction_id is not None:
        if transaction_status in _FAILED_STATUSES:
            return "failed"
        if transaction_status == "ON_HOLD":
            return "on_hold"
        return "paid"
    if session.is_expired(now):
        return "expired"
    attempts = [e["name"] for e in session.events if e["name"] == "PAY_FAILED"]
    return "attempt_failed" if attempts else "open"


def state_of_session(state: SandboxState, session: Session, now: datetime) -> str:
    """`session_state` with the session's transaction looked up."""
    transaction = state.transactions.get(session.transaction_id or "")
    return session_state(session, now, transaction.status if transaction else None)


def cancel_session(state: SandboxState, ctx: RequestContext, session: Session) -> Json:
    """Cancel while unpaid, or while its transaction is INITIATED/AUTHORIZED (voiding it).

    "Cancel is not allowed in case where the current transaction state is not initialized
    or authorized", so a session whose payment was declined or failed stays as it is.
    """
    if session.cancelled_at is not None:
        raise ApiError.bad_request(Code.SESSION_CANCELLED, "The session is already cancelled")
    if session.transaction_id is not None:
        transaction = state.transactions[session.transaction_id]
        if transaction.status not in ("INITIATED", "AUTHORIZED"):
            raise ApiError.bad_request(
                Code.SESSION_NOT_CANCELLABLE,
                f"The session's transaction is {transaction.status} and cannot be voided",
            )
        void_for_session_cancel(state, ctx, transaction)
    now = state.clock.now()
    session.cancelled_at = now
    session.cancelled_by = ctx.client_id
    session.updated_at = now
    session.events.append(session_event("CANCELLED", now, ctx.request_id, ctx.system_headers))
    return session.to_json()


def update_session(state: SandboxState, ctx: RequestContext, session: Session, body: Any) -> Json:
    """`PUT /v1/sessions/{id}`: replace the order of an unpaid, open session."""
    problems = Problems()
    if problems.object(body, "body") is None:
        problems.check()
    check_order(problems, body.get("order"), strict=True, with_amount=True)
    problems.check()
    now = state.clock.now()
    if session.cancelled_at is not None:
        raise ApiError.bad_request(Code.SESSION_CANCELLED, "The session is cancelled")
    if session.transaction_id is not None:
        raise ApiError.bad_request(Code.SESSION_ALREADY_PAID, "The session is already paid")
    if session.is_expired(now):
        raise ApiError.bad_request(Code.SESSION_EXPIRED, "The session has expired")
    previous = session.order
    session.order = body["order"]
    if body.get("express") is not None:
        session.express = body["express"]
    session.updated_at = now
    details = {"previous_order": previous, "updated_order": session.order}
    session.events.append(
        session_event("UPDATE_SESSION", now, ctx.request_id, ctx.system_headers, details)
    )
    return session.to_json()
