"""`POST /v1/sessions/pay`: a merchant-initiated payment with a saved card's token.

The customer is not there: the session is created and paid in one request. A refused
card is still a 200 whose transaction is FAILED, with the reason and the card scheme's
`retry_policy` on the AUTHORIZE event (`DO_NOT_RETRY`, `RETRY_IMMEDIATELY`,
`RETRY_AFTER_DELAY` with `retry_after`). With the `strict-merchant-reference` toggle a
second session with the same `merchant_reference` is refused with a 400, so a resend
cannot charge twice; `strict-success-merchant-reference` refuses it only when the
earlier one was authorized.

What the next payments answer is set under `/sandbox/card-payments` (`CardPayScenario`):
approve, decline, do_not_retry or retry_after, for the next `times` payments or until
changed.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from app.sandbox import settlement
from app.sandbox.card_pay_scenario import SCENARIOS, CardPayScenario
from app.sandbox.clock import format_time
from app.sandbox.errors import ApiError, Code
from app.sandbox.events import session_event, transaction_event
from app.sandbox.ids import new_id
from app.sandbox.model import Json, Session, Transaction
from app.sandbox.sessions import check_common, check_order
from app.sandbox.state import RequestContext, SandboxState
from app.sandbox.validation import Problems

__all__ = ["MIT_PRODUCT_TYPES", "SCENARIOS", "CardPayScenario", "pay_with_token"]

MIT_PRODUCT_TYPES = frozenset({"dintero_psp.creditcard", "payex.creditcard", "bambora.creditcard"})
OPERATIONS = ("unscheduled_purchase", "recurring_purchase")
_DECLINES: dict[str, tuple[str, str, str]] = {
    "decline": ("INSUFFICIENT_FUNDS", "Insufficient funds", "RETRY_IMMEDIATELY"),
    "do_not_retry": ("RESTRICTED_CARD", "The card is blocked by the issuer", "DO_NOT_RETRY"),
    "retry_after": (
        "EXCEEDS_WITHDRAWAL_FREQUENCY_LIMIT",
        "Too many payments on this card; try again later",
        "RETRY_AFTER_DELAY",
    ),
}


def _card_of_token(state: SandboxState, account_id: str, token: str) -> Transaction | None:
    """The card-saving transaction that issued `token` (a token from another account
    is unknown here)."""
    for transaction in state.timeline.get(account_id, ()):
        if transaction.card_tokens.get("payment_token") == token:
            return transaction
    return None


def _check(body: Any) -> tuple[dict[str, Any], str, str, str]:
    problems = Problems()
    if problems.object(body, "body") is None:
        problems.check()
    session = problems.object(body.get("session"), "session")
    payment = problems.object(body.get("payment"), "payment")
    token = ""
    product_type = ""
    operation = ""
    if payment is not None:
        product_type = str(payment.get("payment_product_type") or "")
        if product_type not in MIT_PRODUCT_TYPES:
            problems.add(
                "payment.payment_product_type", f"must be one of {sorted(MIT_PRODUCT_TYPES)}"
            )
        operation = str(payment.get("operation") or "")
        if operation not in OPERATIONS:
            problems.add("payment.operation", f"must be one of {', '.join(OPERATIONS)}")
    if session is not None:
        url = session.get("url")
        # The pay request has no return_url (the customer is not there).
        check_common(problems, {**session, "url": {"return_url": "-", **(url or {})}})
        check_order(problems, session.get("order"), strict=True, with_amount=True)
        tokens = ((session.get("customer") or {}).get("tokens") or {}).get(product_type) or {}
        given = tokens.get("payment_token") if isinstance(tokens, dict) else None
        token = given if isinstance(given, str) else ""
        if not token:
            problems.add(
                f"session.customer.tokens.{product_type or '<product>'}.payment_token",
                "is required",
            )
    problems.check()
    assert session is not None
    return session, token, product_type, operation


def _duplicate(state: SandboxState, account_id: str, reference: str, toggles: set[str]) -> None:
    """The strict toggles: refuse a second session with the same merchant reference."""
    strict = "strict-merchant-reference" in toggles
    success_only = "strict-success-merchant-reference" in toggles
    if not (strict or success_only):
        return
    for session in state.sessions.values():
        if session.account_id != account_id:
            continue
        if session.order.get("merchant_reference") != reference:
            continue
        transaction = state.transactions.get(session.transaction_id or "")
        succeeded = transaction is not None and transaction.status not in ("FAILED", "DECLINED")
        if strict or succeeded:
            raise ApiError(
                400,
                Code.DUPLICATE_MERCHANT_REFERENCE,
                f"merchant_reference {reference!r} is already used by session {session.id}",
                [{"path": "session.order.merchant_reference", "message": "must be unique"}],
            )


def pay_with_token(
    state: SandboxState, ctx: RequestContext, body: Any, base_url: str, toggles: set[str]
) -> Json:
    """Create the session and pay it with the token; answer the transaction and
    `SessionPayResult` (`session_id`, `success`)."""
    inner, token, product_type, operation = _check(body)
    order = inner["order"]
    _duplicate(state, ctx.account_id, str(order["merchant_reference"]), toggles)
    saved = _card_of_token(state, ctx.account_id, token)
    if saved is None:
        raise ApiError.bad_request(
            Code.UNKNOWN_PAYMENT_TOKEN,
            "The payment token is not known",
            f"session.customer.tokens.{product_type}.payment_token",
        )
    now = state.clock.now()
    expires_at = now + timedelta(seconds=state.config.session_lifetime_s)
    session_id = new_id(ctx.account_id)
    customer = dict(inner.get("customer") or {})
    session = Session(
        id=session_id,
        account_id=ctx.account_id,
        created_at=now,
        updated_at=now,
        expires_at=expires_at,
        order=order,
        url=dict(inner.get("url") or {}),
        profile_id="default",
        customer={k: v for k, v in customer.items() if k != "tokens"},
        configuration=dict(inner.get("configuration") or {}),
        metadata=dict(inner.get("metadata") or {}),
        payment_operation=operation,
        initiating_system_request_headers=dict(ctx.system_headers),
        pay_url=f"{base_url.rstrip('/')}/v1/view/{session_id}",
    )
    session.events.append(session_event("INITIATED", now, ctx.request_id, ctx.system_headers))
    transaction = _transaction(state, session, saved, product_type)
    outcome = state.card_pay_scenario.take()
    amount = transaction.amount
    transaction.events.append(
        transaction_event(
            "INITIALIZE",
            status="INITIATED",
            at=now,
            amount=amount,
            request_id=ctx.request_id,
            created_by=ctx.client_id,
        )
    )
    details: Json = {"transaction_id": transaction.id, "payment_product_type": product_type}
    if outcome == "approve":
        _approve(transaction, session, ctx, details)
    else:
        _decline(state, transaction, session, ctx, outcome, details)
    session.transaction_id = transaction.id
    state.add_session(session)
    state.add_transaction(transaction)
    if transaction.status == "CAPTURED":
        settlement.money_moved(state, transaction)
    answer = transaction.to_json()
    answer["session_id"] = session.id
    answer["success"] = transaction.status in ("AUTHORIZED", "CAPTURED")
    return answer


def _transaction(
    state: SandboxState, session: Session, saved: Transaction, product_type: str
) -> Transaction:
    order = session.order
    now = session.created_at
    card = dict(saved.card or {})
    card["payment_token_id"] = saved.card_tokens.get("payment_token_id")
    return Transaction(
        id=new_id(session.account_id),
        account_id=session.account_id,
        session_id=session.id,
        created_at=now,
        updated_at=now,
        status="INITIATED",
        amount=int(order["amount"]),
        currency=str(order["currency"]),
        payment_product=product_type.split(".", 1)[0],
        payment_product_type=product_type,
        merchant_reference=str(order["merchant_reference"]),
        merchant_reference_2=order.get("merchant_reference_2"),
        items=[dict(item) for item in order.get("items") or []],
        customer=dict(session.customer or {}),
        url={"callback_url": session.url.get("callback_url")},
        channel="ecommerce",
        payment_operation=session.payment_operation,
        metadata={**session.metadata},
        card=card,
        initiating_system_request_headers=dict(session.initiating_system_request_headers),
        user_agent=session.initiating_system_request_headers.get("user-agent"),
    )


def _approve(
    transaction: Transaction, session: Session, ctx: RequestContext, details: Json
) -> None:
    now = transaction.created_at
    statuses = ["AUTHORIZED"]
    if session.configuration.get("auto_capture"):
        statuses.append("CAPTURED")
    for status in statuses:
        transaction.events.append(
            transaction_event(
                "AUTHORIZE" if status == "AUTHORIZED" else "CAPTURE",
                status=status,
                at=now,
                amount=transaction.amount,
                request_id=ctx.request_id,
                created_by=ctx.client_id,
                items=transaction.items if status == "CAPTURED" else None,
            )
        )
        transaction.status = status
    session.events.append(session_event("AUTHORIZED", now, ctx.request_id, details=details))


def _decline(
    state: SandboxState,
    transaction: Transaction,
    session: Session,
    ctx: RequestContext,
    outcome: str,
    details: Json,
) -> None:
    now = transaction.created_at
    kind, message, retry_code = _DECLINES[outcome]
    policy: Json = {"retry_codes": [retry_code]}
    if retry_code == "RETRY_AFTER_DELAY":
        retry_after = now + timedelta(seconds=state.card_pay_scenario.retry_after_s)
        policy["retry_after"] = format_time(retry_after)
    error: Json = {
        "code": kind.lower(),
        "message": message,
        "type": [kind],
        "result_code": "51" if outcome == "decline" else "62",
        "retry_policy": policy,
    }
    transaction.events.append(
        transaction_event(
            "AUTHORIZE",
            status="FAILED",
            at=now,
            amount=transaction.amount,
            request_id=ctx.request_id,
            created_by=ctx.client_id,
            success=False,
            error=error,
        )
    )
    transaction.status = "FAILED"
    session.events.append(
        session_event(
            "FAILED", now, ctx.request_id, details={**details, "error": f"{kind}: {message}"}
        )
    )
