"""Auto-capture as Dintero describes it: after AUTHORIZED, retried, stopped by a manual capture.

The checkout spec (AutoCaptureConfiguration): "the transaction from the payment session
will be captured automatically after the transaction has been AUTHORIZED. The checkout
sessions callback_url will not be called until after the transaction has been CAPTURED
... Dintero will attempts capture retries for 48 hours ... Manual capture of a
transaction that is pending auto-capture will stop the auto-capture process".

The sandbox runs the capture `delay_s` after the authorization (None: only when asked,
`POST /sandbox/transactions/{id}/auto-capture`); the first `fail_attempts` attempts fail
(-1: every one), each leaving a failed CAPTURE event, and are retried after `delay_s`
until 48 hours (sandbox clock) have passed since the authorization.
"""

from __future__ import annotations

import uuid
from datetime import timedelta

from app.sandbox import settlement
from app.sandbox.callbacks import notify_event, notify_payment
from app.sandbox.errors import ApiError, Code
from app.sandbox.events import transaction_event
from app.sandbox.model import Json, Transaction
from app.sandbox.state import SandboxState

__all__ = [
    "AUTO_CAPTURE_BY",
    "RETRY_WINDOW",
    "attempt",
    "schedule",
    "stop",
]

RETRY_WINDOW = timedelta(hours=48)
AUTO_CAPTURE_BY = "dintero-auto-capture"
"""`created_by` of the CAPTURE events the auto-capture writes."""


def schedule(state: SandboxState, transaction: Transaction) -> None:
    """Mark an AUTHORIZED transaction for auto-capture and plan its first attempt."""
    transaction.auto_capture_pending = True
    transaction.auto_capture_until = state.clock.now() + RETRY_WINDOW
    _plan(state, transaction)


def _plan(state: SandboxState, transaction: Transaction) -> None:
    delay = state.auto_capture.delay_s
    if delay is None:
        return
    transaction_id = transaction.id

    def run() -> None:
        current = state.transactions.get(transaction_id)
        if current is not None and current.auto_capture_pending:
            attempt(state, current)

    state.later(delay, run)


def _whole_lines(transaction: Transaction) -> list[Json]:
    lines: list[Json] = []
    for item in transaction.items:
        if item.get("line_id") is None:
            continue
        line: Json = {"line_id": item["line_id"], "amount": item["amount"]}
        if item.get("quantity") is not None:
            line["quantity"] = item["quantity"]
        lines.append(line)
    return lines


def stop(transaction: Transaction) -> None:
    """A manual capture or a void: the auto-capture will not complete the capture."""
    transaction.auto_capture_pending = False


def attempt(state: SandboxState, transaction: Transaction) -> Transaction:
    """One auto-capture attempt now: capture everything, or record a failure and retry."""
    if not transaction.auto_capture_pending or transaction.status != "AUTHORIZED":
        raise ApiError.bad_request(
            Code.OPERATION_NOT_ALLOWED, "The transaction is not waiting for an auto-capture"
        )
    now = state.clock.now()
    settings = state.auto_capture
    fails = settings.fail_attempts != 0
    event = transaction_event(
        "CAPTURE",
        status=transaction.status,
        at=now,
        amount=transaction.amount,
        request_id=str(uuid.uuid4()),
        created_by=AUTO_CAPTURE_BY,
        success=not fails,
        items=_whole_lines(transaction) or None,
        error={"code": "capture_failed", "message": "The payment provider refused the capture"}
        if fails
        else None,
    )
    transaction.events.append(event)
    transaction.updated_at = now
    if fails:
        if settings.fail_attempts > 0:
            settings.fail_attempts -= 1
        if transaction.auto_capture_until is not None and now >= transaction.auto_capture_until:
            transaction.auto_capture_pending = False  # 48 hours of retries are over
        else:
            _plan(state, transaction)
        return transaction
    transaction.status = "CAPTURED"
    event["transaction_status"] = "CAPTURED"
    transaction.auto_capture_pending = False
    settlement.money_moved(state, transaction)
    session = state.sessions.get(transaction.session_id)
    if session is not None:
        notify_payment(state, session, transaction)
    notify_event(state, transaction, event)
    return transaction
