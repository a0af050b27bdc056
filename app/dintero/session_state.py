"""A session's state, which Dintero does not send: derived from its transaction, events, times.

A session has at most one transaction ("there will only be one transaction for any one
session"), and it gets it also when the payment is declined or fails, or goes on hold
for the payment provider's review. So a `transaction_id` does not mean paid: the state
comes from that transaction's status, and without the transaction it is PROCESSING
(read the transaction to know more).

Order of precedence: cancelled; the transaction's status (on hold, paid, failed
attempt, processing); expired; a failed attempt seen only in the session's events
(PAY_FAILED, FAILED, DECLINED without a transaction: the customer may try again);
opened by the customer; open.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from app.dintero.models import Session, SessionEvent, Transaction, TransactionEvent
from app.dintero.models import TransactionStatus as S

__all__ = ["SessionState", "SessionStatus", "session_status"]

_OPENED_EVENTS = frozenset(
    {
        "VISITED",
        "PAY_LOCK_START",
        "PAY_LOCK_META",
        "PAY_LOCK_END",
        "SET_BILLING_ADDRESS",
        "SET_SHIPPING_ADDRESS",
        "SET_SHIPPING_OPTION",
        "ADD_PAYMENT_INFORMATION",
    }
)
_FAILED_EVENTS = frozenset({"FAILED", "DECLINED", "PAY_FAILED"})
_OUTCOME_EVENTS = _FAILED_EVENTS | {"AUTHORIZED", "COMPLETED"}
_FAILED_STATUSES = frozenset({S.DECLINED, S.FAILED})
_UNSETTLED_STATUSES = frozenset({S.INITIATED, S.UNKNOWN})


class SessionState(StrEnum):
    OPEN = "open"
    OPENED = "opened"
    FAILED_ATTEMPT = "failed_attempt"
    """The customer's payment was declined or failed (`declined` tells which)."""
    PROCESSING = "processing"
    """A transaction exists whose outcome is not known yet (or was not read)."""
    ON_HOLD = "on_hold"
    """Waiting for the payment provider's review; it ends AUTHORIZED or FAILED."""
    PAID = "paid"
    CANCELLED = "cancelled"
    EXPIRED = "expired"


@dataclass(frozen=True)
class SessionStatus:
    state: SessionState
    transaction_id: str | None = None
    failure_reason: str | None = None
    """For a failed attempt: Dintero's error text, or the event name."""
    since: datetime | None = None
    transaction_status: S | None = None
    """The status of the session's transaction, when it was read."""
    declined: bool = False
    """For a failed attempt: the customer declined (e.g. dismissed a Vipps request),
    rather than the payment failing."""

    @property
    def is_final(self) -> bool:
        """Nothing more will happen to the link itself."""
        return self.state in (SessionState.PAID, SessionState.CANCELLED, SessionState.EXPIRED)

    @property
    def needs_transaction(self) -> bool:
        """The session has a transaction that was not read: its state is not known yet."""
        return self.transaction_id is not None and self.transaction_status is None

    @property
    def waiting_for_review(self) -> bool:
        """On hold: the payment provider reviews it; nothing should be shipped yet."""
        return self.state is SessionState.ON_HOLD


def _event_error(details: dict[str, object] | None) -> str | None:
    error = (details or {}).get("error")
    if isinstance(error, dict):
        text = error.get("message") or error.get("code")
        return str(text) if text else None
    if isinstance(error, str) and error:
        return error
    return None


def _failure_reason(event: SessionEvent) -> str:
    return _event_error(event.details) or event.name.replace("_", " ").lower()


def _failed_payment_event(transaction: Transaction) -> TransactionEvent | None:
    failed = [e for e in transaction.events if e.success is False and e.event == "AUTHORIZE"]
    failed = failed or [e for e in transaction.events if e.success is False]
    return failed[-1] if failed else None


def _from_transaction(
    session: Session, transaction: Transaction, moment: datetime
) -> SessionStatus | None:
    status = transaction.status
    tx_id = transaction.id
    if status is S.ON_HOLD:
        return SessionStatus(SessionState.ON_HOLD, tx_id, None, transaction.created_at, status)
    if status in _UNSETTLED_STATUSES:
        return SessionStatus(SessionState.PROCESSING, tx_id, None, transaction.created_at, status)
    if status in _FAILED_STATUSES:
        if session.expires_at is not None and moment >= session.expires_at:
            return None  # expired: the link cannot be paid any more either way
        failed = _failed_payment_event(transaction)
        reason = None
        if failed is not None and failed.error is not None:
            reason = failed.error.message or failed.error.code
        return SessionStatus(
            SessionState.FAILED_ATTEMPT,
            tx_id,
            reason or status.lower(),
            (failed.created_at if failed else None) or transaction.updated_at,
            status,
            declined=status is S.DECLINED,
        )
    authorized = [e for e in transaction.events if e.event == "AUTHORIZE" and e.success]
    paid_events = [e for e in session.events if e.name in ("AUTHORIZED", "COMPLETED")]
    since = (
        (authorized[0].created_at if authorized else None)
        or (paid_events[-1].created_at if paid_events else None)
        or transaction.created_at
    )
    return SessionStatus(SessionState.PAID, tx_id, None, since, status)


def session_status(
    session: Session, now: datetime | None = None, transaction: Transaction | None = None
) -> SessionStatus:
    """The state of `session` at `now` (default: the current UTC time).

    Pass the session's transaction (`session.transaction_id`) to learn whether it was
    paid; without it a session with a transaction is PROCESSING.
    """
    moment = now or datetime.now(UTC)
    if session.cancelled_at is not None:
        return SessionStatus(
            SessionState.CANCELLED,
            session.transaction_id,
            since=session.cancelled_at,
            transaction_status=transaction.status if transaction is not None else None,
        )
    if session.transaction_id:
        if transaction is None or transaction.id != session.transaction_id:
            return SessionStatus(
                SessionState.PROCESSING, session.transaction_id, since=session.updated_at
            )
        derived = _from_transaction(session, transaction, moment)
        if derived is not None:
            return derived
    if session.expires_at is not None and moment >= session.expires_at:
        return SessionStatus(
            SessionState.EXPIRED,
            session.transaction_id,
            since=session.expires_at,
            transaction_status=transaction.status if transaction is not None else None,
        )
    outcomes = [e for e in session.events if e.name in _OUTCOME_EVENTS]
    if outcomes and outcomes[-1].name in _FAILED_EVENTS:
        last = outcomes[-1]
        return SessionStatus(
            SessionState.FAILED_ATTEMPT,
            failure_reason=_failure_reason(last),
            since=last.created_at,
            declined=last.name == "DECLINED",
        )
    opened = [e for e in session.events if e.name in _OPENED_EVENTS]
    if opened:
        return SessionStatus(SessionState.OPENED, since=opened[0].created_at)
    return SessionStatus(SessionState.OPEN, since=session.created_at)
