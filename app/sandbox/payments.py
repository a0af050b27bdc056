"""The customer's side: paying a session creates its transaction, as Dintero's page would."""

from __future__ import annotations

import random
import uuid
from typing import Any

from app.sandbox import auto_capture as auto_capture_module
from app.sandbox import settlement
from app.sandbox.callbacks import notify_payment
from app.sandbox.errors import ApiError, Code
from app.sandbox.events import session_event, transaction_event
from app.sandbox.ids import new_id
from app.sandbox.model import Json, Session, Transaction
from app.sandbox.state import SandboxState

__all__ = [
    "CAPTURED_AT_PAYMENT",
    "INVOICE_LIKE",
    "OUTCOMES",
    "PAY_PAGE_PRODUCTS",
    "check_payable",
    "fail_attempt",
    "pay_session",
    "resolve_on_hold",
]

OUTCOMES = ("authorized", "captured", "declined", "failed", "on_hold")
"""Outcomes that create the session's one transaction ("declined" and "failed" too)."""
PAY_PAGE_PRODUCTS: dict[str, str] = {
    "dintero_psp.creditcard": "Card",
    "vipps": "Vipps",
    "swish.swish": "Swish",
    "collector.invoice": "Invoice (Walley)",
}
CAPTURED_AT_PAYMENT = frozenset({"swish.swish"})
"""Swish moves the money at once: its payments are CAPTURED right away."""
INVOICE_LIKE = frozenset({"collector.invoice", "collector.installment", "instabank.finance"})
"""Products that go to manual review (ON_HOLD) before they are AUTHORIZED."""
_CARD_BRANDS = (("Visa", "4"), ("MasterCard", "5"))
_DECLINE_REASONS = {
    "declined": ("authorization", "The customer declined the payment"),
    "failed": ("failed", "The payment could not be completed"),
}
"""DECLINED: the customer declined (e.g. dismissed a Vipps request); FAILED: it failed."""


def _product_of(product_type: str) -> str:
    return product_type.split(".", 1)[0]


def _card(rng: random.Random, product_type: str) -> Json | None:
    if not product_type.endswith(("creditcard", "googlepay", "applepay", "clicktopay")):
        return None
    brand, first = rng.choice(_CARD_BRANDS)
    return {
        "brand": brand,
        "masked_pan": f"{first}{rng.randrange(10**5):05d}******{rng.randrange(10**4):04d}",
        "expiry_date": f"{rng.randint(1, 12):02d}/{rng.randint(2027, 2031)}",  # MM/YYYY
        "type": "Credit",
        "country": "NO",
    }


def transaction_items(order: Json) -> list[Json]:
    """The order's lines with the shipping option turned into an ordinary line."""
    items = [dict(item) for item in order.get("items") or []]
    shipping = order.get("shipping_option")
    if shipping:
        items.append(
            {
                "id": shipping.get("id"),
                "line_id": shipping.get("line_id"),
                "description": shipping.get("title"),
                "quantity": 1,
                "amount": shipping.get("amount", 0),
                "vat": shipping.get("vat", 0),
                "vat_amount": shipping.get("vat_amount", 0),
                "type": "shipping",
            }
        )
    return items


def check_payable(state: SandboxState, session: Session) -> None:
    """A session is paid at most once: it has one transaction, whatever became of it."""
    if session.cancelled_at is not None:
        raise ApiError.bad_request(Code.SESSION_CANCELLED, "The session is cancelled")
    if session.transaction_id is not None:
        transaction = state.transactions.get(session.transaction_id)
        if transaction is not None and transaction.status in ("DECLINED", "FAILED"):
            raise ApiError.bad_request(
                Code.SESSION_PAYMENT_FAILED,
                f"The session's payment is {transaction.status}; a session has one transaction",
            )
        raise ApiError.bad_request(Code.SESSION_ALREADY_PAID, "The session is already paid")
    if session.is_expired(state.clock.now()):
        raise ApiError.bad_request(Code.SESSION_EXPIRED, "The session has expired")


def _new_transaction(state: SandboxState, session: Session, product_type: str) -> Transaction:
    now = state.clock.now()
    order = session.order
    customer = session.customer or {}
    metadata: Json = {"session:profile_id": session.profile_id, **session.metadata}
    if order.get("event_reference"):
        metadata["event_reference"] = order["event_reference"]
    transaction = Transaction(
        id=new_id(session.account_id),
        account_id=session.account_id,
        session_id=session.id,
        created_at=now,
        updated_at=now,
        status="INITIATED",
        amount=int(order.get("amount", 0)),
        currency=str(order["currency"]),
        payment_product=_product_of(product_type),
        payment_product_type=product_type,
        merchant_reference=str(order["merchant_reference"]),
        merchant_reference_2=order.get("merchant_reference_2"),
        items=transaction_items(order),
        customer={k: v for k, v in customer.items() if k != "tokens"},
        url={
            "redirect_url": session.url.get("return_url"),
            "callback_url": session.url.get("callback_url"),
        },
        channel=str(session.configuration.get("channel", "ecommerce")),
        payment_operation=session.payment_operation,
        shipping_option=order.get("shipping_option"),
        shipping_address=order.get("shipping_address"),
        billing_address=order.get("billing_address"),
        store=order.get("store"),
        metadata=metadata,
        card=_card(state.rng, product_type),
        initiating_system_request_headers=dict(session.initiating_system_request_headers),
        user_agent=session.initiating_system_request_headers.get("user-agent"),
    )
    if session.payment_operation == "generate_payment_token":
        transaction.card = transaction.card or _card(state.rng, "x.creditcard")
        transaction.card_tokens = {
            "payment_token": f"pt_{uuid.uuid4().hex}",
            "payment_token_id": str(uuid.uuid4()),
        }
    return transaction


def pay_session(
    state: SandboxState,
    session: Session,
    outcome: str,
    product_type: str,
    request_id: str,
    created_by: str = "customer",
) -> Transaction:
    """Pay (or fail to pay) a session the way the hosted page would."""
    if outcome not in OUTCOMES:
        raise ApiError.bad_request(
            Code.INVALID_REQUEST, f"outcome must be one of {', '.join(OUTCOMES)}", "outcome"
        )
    if not product_type or ("." not in product_type and product_type != "vipps"):
        raise ApiError.bad_request(
            Code.INVALID_REQUEST, "payment_product_type is not valid", "payment_product_type"
        )
    check_payable(state, session)
    if outcome == "authorized" and product_type in CAPTURED_AT_PAYMENT:
        outcome = "captured"
    auto_capture = (
        outcome == "authorized"
        and bool(session.configuration.get("auto_capture"))
        and session.payment_operation is None
    )
    transaction = _new_transaction(state, session, product_type)
    now = transaction.created_at
    amount = transaction.amount

    def add(name: str, status: str, *, success: bool = True, error: Json | None = None) -> None:
        transaction.events.append(
            transaction_event(
                name,
                status=status,
                at=now,
                amount=amount,
                request_id=request_id,
                created_by=created_by,
                success=success,
                error=error,
                items=transaction.items if name == "CAPTURE" else None,
            )
        )
        transaction.status = status

    add("INITIALIZE", "INITIATED")
    details: Json = {
        "transaction_id": transaction.id,
        "payment_product_type": product_type,
        "amount": amount,
    }
    error_code = None
    if outcome in ("declined", "failed"):
        code, message = _DECLINE_REASONS[outcome]
        status = "DECLINED" if outcome == "declined" else "FAILED"
        add("AUTHORIZE", status, success=False, error={"code": code, "message": message})
        session.transaction_id = transaction.id
        session.events.append(
            session_event(
                status, now, request_id, details={**details, "error": f"{code}: {message}"}
            )
        )
        error_code = code
    elif outcome == "on_hold":
        # Dintero writes no ON_HOLD session event; the session's transaction says it.
        add("AUTHORIZE", "ON_HOLD")
        session.transaction_id = transaction.id
        state.later(
            state.config.on_hold_resolve_s,
            lambda: _auto_resolve(state, transaction.id),
        )
    else:
        add("AUTHORIZE", "AUTHORIZED")
        if outcome == "captured" and amount > 0:
            add("CAPTURE", "CAPTURED")
        session.transaction_id = transaction.id
        session.events.append(session_event("AUTHORIZED", now, request_id, details=details))
        _remember_token(session, transaction)
    session.updated_at = now
    state.add_transaction(transaction)
    if transaction.status == "CAPTURED":
        settlement.money_moved(state, transaction)
    if auto_capture and amount > 0:
        # Captured after AUTHORIZED; the callback waits until CAPTURED (auto_capture.py).
        auto_capture_module.schedule(state, transaction)
    else:
        notify_payment(state, session, transaction, error=error_code)
    return transaction


def fail_attempt(
    state: SandboxState,
    session: Session,
    product_type: str,
    request_id: str,
    reason: str = "Rejected",
) -> Session:
    """An attempt that failed before any transaction existed: a PAY_FAILED session event.

    The customer may try again on the same session (Dintero's own session events example
    shows PAY_FAILED followed by a later outcome).
    """
    check_payable(state, session)
    now = state.clock.now()
    details = {"error": reason, "payment_product_type": product_type}
    session.events.append(session_event("PAY_FAILED", now, request_id, details=details))
    session.updated_at = now
    return session


def _remember_token(session: Session, transaction: Transaction) -> None:
    token_id = transaction.card_tokens.get("payment_token_id")
    if token_id:
        customer = dict(session.customer or {})
        tokens = dict(customer.get("tokens") or {})
        tokens[transaction.payment_product_type] = {"payment_token_id": token_id}
        customer["tokens"] = tokens
        session.customer = customer


def _auto_resolve(state: SandboxState, transaction_id: str) -> None:
    transaction = state.transactions.get(transaction_id)
    if transaction is not None and transaction.status == "ON_HOLD":
        resolve_on_hold(state, transaction, "authorized", str(uuid.uuid4()))


def resolve_on_hold(
    state: SandboxState, transaction: Transaction, outcome: str, request_id: str
) -> Transaction:
    """Manual review ends: ON_HOLD becomes AUTHORIZED, or FAILED (the customer may retry)."""
    if outcome not in ("authorized", "failed"):
        raise ApiError.bad_request(
            Code.INVALID_REQUEST, "outcome must be authorized or failed", "outcome"
        )
    if transaction.status != "ON_HOLD":
        raise ApiError.bad_request(
            Code.OPERATION_NOT_ALLOWED,
            f"Only ON_HOLD transactions can be resolved, this one is {transaction.status}",
        )
    now = state.clock.now()
    status = "AUTHORIZED" if outcome == "authorized" else "FAILED"
    error: Any = None if outcome == "authorized" else {"code": "failed", "message": "Rejected"}
    transaction.events.append(
        transaction_event(
            "AUTHORIZE",
            status=status,
            at=now,
            amount=transaction.amount,
            request_id=request_id,
            created_by="sandbox",
            success=outcome == "authorized",
            error=error,
        )
    )
    transaction.status = status
    transaction.updated_at = now
    session = state.sessions.get(transaction.session_id)
    if session is not None:
        details = {"transaction_id": transaction.id, "amount": transaction.amount}
        if status == "FAILED":
            details["error"] = "failed: rejected after manual review"
        # The session keeps its transaction_id: it has one transaction, now FAILED.
        session.events.append(session_event(status, now, request_id, details=details))
        session.updated_at = now
        notify_payment(
            state,
            session,
            transaction,
            error="failed" if status == "FAILED" else None,
            on_hold_resolved=True,
        )
    return transaction
