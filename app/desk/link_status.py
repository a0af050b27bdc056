"""What happened to a payment link, in order and in plain words.

Built from the session Dintero returns (its events, transaction id, cancel and expiry
times), the transaction once there is one, and the SMS result remembered at creation.
No Qt here, so the wording can be checked directly.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.core.money import format_amount
from app.core.tone import Tone
from app.desk.wording import product_label
from app.dintero.models import Session, SessionEvent, Transaction
from app.dintero.session_state import SessionState, SessionStatus
from app.storage.links import LinkRecord

__all__ = [
    "STATE_LABELS",
    "UNCONFIRMED",
    "LinkStatus",
    "TimelineEntry",
    "build_status",
    "state_label",
    "unconfirmed_status",
]

#: The state of a link Dintero never confirmed (stored as ``creating``).
UNCONFIRMED = "creating"

_FAILED_EVENTS = frozenset({"FAILED", "DECLINED", "PAY_FAILED"})
SMS_TEXT = {
    "sent": "Link sent by SMS",
    "skipped": "SMS skipped by Dintero (test accounts send no SMS)",
    "failed": "SMS could not be sent",
    "requested": "Requested — not confirmed by Dintero",
}

#: A link state in words, with the tone of its badge.
STATE_LABELS: dict[str, tuple[str, Tone]] = {
    "creating": ("Not confirmed — check before re-sending", Tone.WARNING),
    "open": ("Waiting for the customer", Tone.INFO),
    "opened": ("Customer has opened the link", Tone.INFO),
    "failed_attempt": ("Payment attempt failed — link still open", Tone.ERROR),
    "on_hold": ("Payment on hold", Tone.WARNING),
    "paid": ("Paid", Tone.SUCCESS),
    "cancelled": ("Cancelled", Tone.NEUTRAL),
    "expired": ("Expired unpaid", Tone.NEUTRAL),
}


def state_label(state: str) -> tuple[str, Tone]:
    """The words and tone of a link state (an unknown one in plain words, neutral)."""
    return STATE_LABELS.get(state, (state.replace("_", " ").capitalize(), Tone.NEUTRAL))


@dataclass(frozen=True)
class TimelineEntry:
    """One line of the timeline. ``kind`` picks the symbol: created, sms, opened, failed,
    paid, on_hold, cancelled, expired."""

    when: datetime | None
    kind: str
    text: str


@dataclass(frozen=True)
class LinkStatus:
    """A link as the tracker last saw it."""

    session_id: str
    state: str
    detail: str
    timeline: tuple[TimelineEntry, ...]
    transaction_id: str | None = None
    transaction_status: str | None = None
    failed_attempts: int = 0

    @property
    def finished(self) -> bool:
        return self.state in (SessionState.PAID, SessionState.CANCELLED, SessionState.EXPIRED)

    @property
    def cancellable(self) -> bool:
        """Dintero cancels an unpaid link, or a paid one whose payment can still be voided."""
        if self.state in (SessionState.CANCELLED, SessionState.EXPIRED):
            return False
        if self.state == SessionState.PAID:
            return self.transaction_status in ("AUTHORIZED", "INITIATED")
        return True


def _failure_text(event: SessionEvent) -> str:
    details = event.details or {}
    error = details.get("error")
    reason = ""
    if isinstance(error, dict):
        reason = str(error.get("message") or error.get("code") or "")
    elif isinstance(error, str):
        reason = error
    word = "declined" if event.name == "DECLINED" else "failed"
    return f"Payment attempt {word}" + (f": {reason}" if reason else "")


def _paid_text(transaction: Transaction | None, fallback_id: str) -> tuple[str, str]:
    if transaction is None:
        return f"Paid (transaction {fallback_id})", "paid"
    amount = format_amount(transaction.amount, transaction.currency)
    product = product_label(transaction.payment_product_type, in_sentence=True)
    status = str(transaction.status)
    text = f"Paid — {status.replace('_', ' ').lower()}, {amount} by {product}"
    kind = "on_hold" if status == "ON_HOLD" else "paid"
    if status == "ON_HOLD":
        text = f"Payment on hold for review — {amount} by {product}"
    return text, kind


def build_status(
    session: Session,
    status: SessionStatus,
    transaction: Transaction | None,
    sms_status: str | None,
) -> LinkStatus:
    """The link's state, a one-line detail for lists, and its timeline."""
    entries: list[TimelineEntry] = [TimelineEntry(session.created_at, "created", "Link created")]
    publish = next((p.status for p in session.publish if p.channel == "sms"), None)
    sms = publish or sms_status
    if sms:
        entries.append(TimelineEntry(session.created_at, "sms", SMS_TEXT.get(sms, f"SMS {sms}")))
    opened = False
    failures = 0
    last_failure = ""
    for event in session.events:
        if event.name == "VISITED" and not opened:
            opened = True
            entries.append(TimelineEntry(event.created_at, "opened", "Opened by the customer"))
        elif event.name in _FAILED_EVENTS:
            failures += 1
            last_failure = _failure_text(event)
            entries.append(TimelineEntry(event.created_at, "failed", last_failure))
        elif event.name == "ON_HOLD" and session.transaction_id is None:
            entries.append(TimelineEntry(event.created_at, "on_hold", "Payment on hold for review"))
    detail = ""
    transaction_status = str(transaction.status) if transaction is not None else None
    if status.state == SessionState.FAILED_ATTEMPT and status.transaction_id and not failures:
        # The session's one transaction was declined or failed; no session event said so.
        failures = 1
        word = "declined" if status.declined else "failed"
        reason = f": {status.failure_reason}" if status.failure_reason else ""
        last_failure = f"Payment attempt {word}{reason}"
        entries.append(TimelineEntry(status.since, "failed", last_failure))
    payment_failed = transaction is not None and str(transaction.status) in ("DECLINED", "FAILED")
    if session.transaction_id and not payment_failed:
        text, kind = _paid_text(transaction, session.transaction_id)
        paid_at = status.since if status.state == SessionState.PAID else None
        entries.append(TimelineEntry(paid_at or session.updated_at, kind, text))
        if transaction is not None:
            product = product_label(transaction.payment_product_type, in_sentence=True)
            detail = f"{transaction_status} · {product}"
    if session.cancelled_at is not None:
        entries.append(TimelineEntry(session.cancelled_at, "cancelled", "Link cancelled"))
        if transaction_status == "AUTHORIZATION_VOIDED":
            detail = "payment voided"
    if status.state == SessionState.EXPIRED:
        entries.append(TimelineEntry(session.expires_at, "expired", "Link expired unpaid"))
    if status.state == SessionState.FAILED_ATTEMPT:
        detail = last_failure
    elif status.state == SessionState.OPENED:
        detail = "customer has the payment page open"
    return LinkStatus(
        session_id=session.id,
        state=str(status.state),
        detail=detail,
        timeline=tuple(entries),
        transaction_id=session.transaction_id,
        transaction_status=transaction_status,
        failed_attempts=failures,
    )


def unconfirmed_status(record: LinkRecord, *, expired: bool) -> LinkStatus:
    """A link sent to Dintero whose answer never arrived, as the timeline shows it.

    ``expired``: its expiry time has passed and no payment carries its reference, so even
    if Dintero did create it, nobody can pay it any more.
    """
    entries = [
        TimelineEntry(
            record.created_at, "unconfirmed", "Sent to Dintero — no answer received (not confirmed)"
        )
    ]
    if expired:
        entries.append(
            TimelineEntry(record.expires_at, "expired", "Expiry time passed — no payment found")
        )
        return LinkStatus(
            record.session_id, SessionState.EXPIRED, "never confirmed; no payment", tuple(entries)
        )
    return LinkStatus(record.session_id, UNCONFIRMED, "not confirmed by Dintero", tuple(entries))
