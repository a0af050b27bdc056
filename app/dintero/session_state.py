"""A session's state, which Dintero does not send: derived from its events and times.

Order of precedence: cancelled, paid (a transaction exists), expired, failed attempt
(the customer's last try failed and the link can still be used), opened by the
customer, open.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from app.dintero.models import Session, SessionEvent

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


class SessionState(StrEnum):
    OPEN = "open"
    OPENED = "opened"
    FAILED_ATTEMPT = "failed_attempt"
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

    @property
    def is_final(self) -> bool:
        """Nothing more will happen to the link itself."""
        return self.state in (SessionState.PAID, SessionState.CANCELLED, SessionState.EXPIRED)


def _failure_reason(event: SessionEvent) -> str:
    details = event.details or {}
    error = details.get("error")
    if isinstance(error, dict):
        text = error.get("message") or error.get("code")
        if text:
            return str(text)
    if isinstance(error, str) and error:
        return error
    return event.name.replace("_", " ").lower()


def session_status(session: Session, now: datetime | None = None) -> SessionStatus:
    """The state of `session` at `now` (default: the current UTC time)."""
    moment = now or datetime.now(UTC)
    if session.cancelled_at is not None:
        return SessionStatus(
            SessionState.CANCELLED, session.transaction_id, since=session.cancelled_at
        )
    if session.transaction_id:
        paid = [e for e in session.events if e.name in ("AUTHORIZED", "COMPLETED")]
        return SessionStatus(
            SessionState.PAID,
            session.transaction_id,
            since=paid[-1].created_at if paid else session.updated_at,
        )
    if session.expires_at is not None and moment >= session.expires_at:
        return SessionStatus(SessionState.EXPIRED, since=session.expires_at)
    outcomes = [e for e in session.events if e.name in _OUTCOME_EVENTS]
    if outcomes and outcomes[-1].name in _FAILED_EVENTS:
        last = outcomes[-1]
        return SessionStatus(
            SessionState.FAILED_ATTEMPT, failure_reason=_failure_reason(last), since=last.created_at
        )
    opened = [e for e in session.events if e.name in _OPENED_EVENTS]
    if opened:
        return SessionStatus(SessionState.OPENED, since=opened[0].created_at)
    return SessionStatus(SessionState.OPEN, since=session.created_at)
