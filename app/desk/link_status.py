"""What happened to a payment link, in order and in plain words.

Built from the session Dintero returns (its events, transaction id, cancel and expiry
times), the transaction once there is one, and the SMS result remembered at creation.
A session has one transaction: when that payment is declined or fails, the link has
ended (it can be neither paid again nor cancelled: staff send a new link), while an
attempt that left no transaction (PAY_FAILED) leaves the link open for another try. A
payment on hold waits for the payment provider's review: it is not paid until the review
ends AUTHORIZED, and nothing should be shipped meanwhile.
No Qt here, so the wording can be checked directly.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from app.core.i18n import QT_TRANSLATE_NOOP, TranslatedTable, translate
from app.core.money import format_amount
from app.core.tone import Tone
from app.desk.wording import product_label, status_label
from app.dintero.models import Session, SessionEvent, Transaction, TransactionStatus
from app.dintero.session_state import SessionState, SessionStatus
from app.storage.links import FINISHED_STATES, LinkRecord, LinkState

__all__ = [
    "ENDED_BY_FAILURE",
    "PAID_STATES",
    "STATE_LABELS",
    "UNCONFIRMED",
    "LinkStatus",
    "TimelineEntry",
    "build_status",
    "failure_notice",
    "last_failure",
    "state_after_payment",
    "state_label",
    "unconfirmed_status",
]

#: The state of a link Dintero never confirmed (stored as ``creating``).
UNCONFIRMED = "creating"

#: The link's one payment was declined or failed: it cannot be paid again.
ENDED_BY_FAILURE = frozenset({LinkState.PAYMENT_FAILED, LinkState.DECLINED})

_FAILED_EVENTS = frozenset({"FAILED", "DECLINED", "PAY_FAILED"})
_FAILED_STATUSES = frozenset({TransactionStatus.DECLINED, TransactionStatus.FAILED})
_IN_PROGRESS_STATUSES = frozenset({TransactionStatus.INITIATED, TransactionStatus.UNKNOWN})
_EARLIEST = datetime.min.replace(tzinfo=UTC)
_SEND_A_NEW_LINK = QT_TRANSLATE_NOOP("LinkStatus", "The link can't be paid again; send a new link.")
SMS_TEXT: Mapping[str, str] = TranslatedTable(
    "LinkStatus",
    {
        "sent": QT_TRANSLATE_NOOP("LinkStatus", "Link sent by SMS"),
        "skipped": QT_TRANSLATE_NOOP(
            "LinkStatus", "SMS skipped by Dintero (test accounts send no SMS)"
        ),
        "failed": QT_TRANSLATE_NOOP("LinkStatus", "SMS could not be sent"),
        "requested": QT_TRANSLATE_NOOP("LinkStatus", "Requested — not confirmed by Dintero"),
    },
)

#: A link state in words, with the tone of its badge.
STATE_LABELS: dict[str, tuple[str, Tone]] = {
    UNCONFIRMED: (
        QT_TRANSLATE_NOOP("LinkStatus", "Not confirmed — check before re-sending"),
        Tone.WARNING,
    ),
    LinkState.OPEN: (QT_TRANSLATE_NOOP("LinkStatus", "Waiting for the customer"), Tone.INFO),
    LinkState.OPENED: (QT_TRANSLATE_NOOP("LinkStatus", "Customer has opened the link"), Tone.INFO),
    LinkState.FAILED_ATTEMPT: (
        QT_TRANSLATE_NOOP("LinkStatus", "Payment attempt failed — link still open"),
        Tone.ERROR,
    ),
    LinkState.PROCESSING: (QT_TRANSLATE_NOOP("LinkStatus", "Payment in progress"), Tone.INFO),
    LinkState.ON_HOLD: (
        QT_TRANSLATE_NOOP(
            "LinkStatus", "On hold — waiting for the payment provider's review. Don't ship yet."
        ),
        Tone.WARNING,
    ),
    LinkState.PAID: (QT_TRANSLATE_NOOP("LinkStatus", "Paid"), Tone.SUCCESS),
    LinkState.PAYMENT_FAILED: (
        QT_TRANSLATE_NOOP(
            "LinkStatus", "Payment failed — the link can't be paid again; send a new link"
        ),
        Tone.ERROR,
    ),
    LinkState.DECLINED: (
        QT_TRANSLATE_NOOP(
            "LinkStatus", "Customer declined — the link can't be paid again; send a new link"
        ),
        Tone.ERROR,
    ),
    LinkState.CANCELLED: (QT_TRANSLATE_NOOP("LinkStatus", "Cancelled"), Tone.NEUTRAL),
    LinkState.EXPIRED: (QT_TRANSLATE_NOOP("LinkStatus", "Expired unpaid"), Tone.NEUTRAL),
    LinkState.VOIDED: (
        QT_TRANSLATE_NOOP("LinkStatus", "Paid, then voided — no money was taken"),
        Tone.NEUTRAL,
    ),
    LinkState.PARTLY_REFUNDED: (
        QT_TRANSLATE_NOOP("LinkStatus", "Paid, partly refunded"),
        Tone.MUTED,
    ),
    LinkState.REFUNDED: (
        QT_TRANSLATE_NOOP("LinkStatus", "Paid, then refunded in full"),
        Tone.MUTED,
    ),
}

#: What a paid link becomes when its payment is voided or refunded afterwards.
_AFTER_PAYMENT: dict[TransactionStatus, str] = {
    TransactionStatus.AUTHORIZATION_VOIDED: LinkState.VOIDED,
    TransactionStatus.PARTIALLY_REFUNDED: LinkState.PARTLY_REFUNDED,
    TransactionStatus.PARTIALLY_CAPTURED_REFUNDED: LinkState.PARTLY_REFUNDED,
    TransactionStatus.REFUNDED: LinkState.REFUNDED,
}

#: The states of a link that was paid (whatever happened to the payment since).
PAID_STATES = frozenset(
    {LinkState.PAID, LinkState.VOIDED, LinkState.PARTLY_REFUNDED, LinkState.REFUNDED}
)


def state_after_payment(state: str, transaction_status: str | None) -> str:
    """A paid link's state once its payment was voided or refunded (or captured again
    after a partial refund); any other state is returned as it is.

    A cancelled link keeps "cancelled" even though cancelling voided its payment: that is
    what staff did to it.
    """
    if state not in PAID_STATES or transaction_status is None:
        return state
    try:
        status = TransactionStatus(transaction_status)
    except ValueError:
        return state
    return _AFTER_PAYMENT.get(status, LinkState.PAID)


def state_label(state: str) -> tuple[str, Tone]:
    """The words and tone of a link state (an unknown one in plain words, neutral)."""
    if state in STATE_LABELS:
        words, tone = STATE_LABELS[state]
        return translate("LinkStatus", words), tone
    return state.replace("_", " ").capitalize(), Tone.NEUTRAL


@dataclass(frozen=True)
class TimelineEntry:
    """One line of the timeline. ``kind`` picks the symbol: created, sms, opened, failed,
    processing, on_hold, paid, cancelled, expired."""

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
    payment_product: str | None = None
    """The paying transaction's ``payment_product_type`` ("bambora.creditcard"), once read."""

    @property
    def finished(self) -> bool:
        """Nothing more can happen to the link: paid, ended by its payment failing,
        cancelled or expired."""
        return self.state in FINISHED_STATES

    @property
    def ended_by_failure(self) -> bool:
        """The link's one payment was declined or failed: it cannot be paid again."""
        return self.state in ENDED_BY_FAILURE

    @property
    def cancellable(self) -> bool:
        """Dintero cancels a link only while its payment, if any, is INITIATED or
        AUTHORIZED (that payment is then voided): not on hold, captured, declined or failed."""
        if self.state in (LinkState.CANCELLED, LinkState.EXPIRED, LinkState.ON_HOLD):
            return False
        if self.ended_by_failure:
            return False
        if self.transaction_id is not None:
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
    if event.name == "DECLINED":
        head = translate("LinkStatus", "Declined by the customer")
    elif event.name == "FAILED":
        head = translate("LinkStatus", "Payment failed")
    else:
        head = translate("LinkStatus", "Payment attempt failed")
    return head + (f": {reason}" if reason else "")


def _ended_by_failure(
    session: Session, status: SessionStatus, transaction: Transaction | None
) -> str | None:
    """``declined`` or ``payment_failed`` when the session's one payment did not go
    through; also once the link has expired since, so the reason it ended stays told."""
    if session.cancelled_at is not None:
        return None
    if status.state is SessionState.FAILED_ATTEMPT and status.transaction_id:
        return LinkState.DECLINED if status.declined else LinkState.PAYMENT_FAILED
    if (
        status.state is SessionState.EXPIRED
        and transaction is not None
        and transaction.id == session.transaction_id
        and transaction.status in _FAILED_STATUSES
    ):
        declined = transaction.status is TransactionStatus.DECLINED
        return LinkState.DECLINED if declined else LinkState.PAYMENT_FAILED
    return None


def _payment_entries(
    session: Session, status: SessionStatus, transaction: Transaction | None
) -> list[TimelineEntry]:
    """The payment's part of the timeline: in progress, on hold, paid (a declined or
    failed payment is told by the failure entries)."""
    transaction_id = session.transaction_id
    if not transaction_id:
        return []
    if transaction is None:
        return [
            TimelineEntry(
                session.updated_at,
                "processing",
                translate(
                    "LinkStatus",
                    "Payment started (transaction {transaction_id}) — its status is not read yet",
                ).format(transaction_id=transaction_id),
            )
        ]
    amount = format_amount(transaction.amount, transaction.currency)
    product = product_label(transaction.payment_product_type, in_sentence=True)
    entries: list[TimelineEntry] = []
    held = next((e for e in transaction.events if e.transaction_status == "ON_HOLD"), None)
    if held is not None or transaction.status is TransactionStatus.ON_HOLD:
        entries.append(
            TimelineEntry(
                (held.created_at if held is not None else None) or transaction.created_at,
                "on_hold",
                translate(
                    "LinkStatus",
                    "On hold for the payment provider's review — {amount} by {product}",
                ).format(amount=amount, product=product),
            )
        )
    if transaction.status is TransactionStatus.ON_HOLD or transaction.status in _FAILED_STATUSES:
        return entries
    if transaction.status in _IN_PROGRESS_STATUSES:
        entries.append(
            TimelineEntry(
                transaction.created_at,
                "processing",
                translate("LinkStatus", "Payment in progress — {amount} by {product}").format(
                    amount=amount, product=product
                ),
            )
        )
        return entries
    authorized = next((e for e in transaction.events if e.event == "AUTHORIZE" and e.success), None)
    paid_at = (
        (authorized.created_at if authorized is not None else None)
        or (status.since if status.state is SessionState.PAID else None)
        or session.updated_at
    )
    words = str(transaction.status).replace("_", " ").lower()
    entries.append(
        TimelineEntry(
            paid_at,
            "paid",
            translate("LinkStatus", "Paid — {words}, {amount} by {product}").format(
                words=words, amount=amount, product=product
            ),
        )
    )
    return entries


def _in_time_order(entries: list[TimelineEntry]) -> tuple[TimelineEntry, ...]:
    """Sorted by time, keeping the order of equal times; an entry without a time stays
    right after the one before it."""
    keyed: list[tuple[datetime, int, TimelineEntry]] = []
    previous = _EARLIEST
    for number, entry in enumerate(entries):
        previous = entry.when or previous
        keyed.append((previous, number, entry))
    return tuple(entry for _when, _number, entry in sorted(keyed, key=lambda k: k[:2]))


def build_status(
    session: Session,
    status: SessionStatus,
    transaction: Transaction | None,
    sms_status: str | None,
) -> LinkStatus:
    """The link's state, a one-line detail for lists, and its timeline."""
    entries: list[TimelineEntry] = [
        TimelineEntry(session.created_at, "created", translate("LinkStatus", "Link created"))
    ]
    publish = next((p.status for p in session.publish if p.channel == "sms"), None)
    sms = publish or sms_status
    if sms:
        entries.append(TimelineEntry(session.created_at, "sms", SMS_TEXT.get(sms, f"SMS {sms}")))
    opened = False
    failures = 0
    last_failure_text = ""
    payment_failure_told = False
    for event in session.events:
        if event.name == "VISITED" and not opened:
            opened = True
            entries.append(
                TimelineEntry(
                    event.created_at, "opened", translate("LinkStatus", "Opened by the customer")
                )
            )
        elif event.name in _FAILED_EVENTS:
            failures += 1
            last_failure_text = _failure_text(event)
            payment_failure_told = event.name != "PAY_FAILED"
            entries.append(TimelineEntry(event.created_at, "failed", last_failure_text))
    state = _ended_by_failure(session, status, transaction) or str(status.state)
    if state in ENDED_BY_FAILURE and not payment_failure_told:
        # The session's one transaction was declined or failed; no session event said so.
        failures += 1
        declined = state == LinkState.DECLINED
        reason = status.failure_reason if status.transaction_id else None
        if reason and reason.lower() in ("declined", "failed"):
            reason = None  # only the status again, not a reason
        head = (
            translate("LinkStatus", "Declined by the customer")
            if declined
            else translate("LinkStatus", "Payment failed")
        )
        last_failure_text = head + (f": {reason}" if reason else "")
        since = status.since if status.transaction_id else None
        when = since or (transaction.updated_at if transaction is not None else None)
        entries.append(TimelineEntry(when, "failed", last_failure_text))
    entries.extend(_payment_entries(session, status, transaction))
    detail = ""
    transaction_status = str(transaction.status) if transaction is not None else None
    state = state_after_payment(state, transaction_status)
    if transaction is not None:
        product = product_label(transaction.payment_product_type, in_sentence=True)
        detail = f"{status_label(str(transaction.status))} · {product}"
    elif session.transaction_id:
        detail = translate("LinkStatus", "payment started; its status is not read yet")
    if session.cancelled_at is not None:
        entries.append(
            TimelineEntry(
                session.cancelled_at, "cancelled", translate("LinkStatus", "Link cancelled")
            )
        )
        if transaction_status == "AUTHORIZATION_VOIDED":
            detail = translate("LinkStatus", "payment voided")
    if state == LinkState.EXPIRED:
        entries.append(
            TimelineEntry(
                session.expires_at, "expired", translate("LinkStatus", "Link expired unpaid")
            )
        )
    if state == LinkState.FAILED_ATTEMPT or state in ENDED_BY_FAILURE:
        detail = last_failure_text
    elif state == LinkState.OPENED:
        detail = translate("LinkStatus", "customer has the payment page open")
    return LinkStatus(
        session_id=session.id,
        state=state,
        detail=detail,
        timeline=_in_time_order(entries),
        transaction_id=session.transaction_id,
        transaction_status=transaction_status,
        failed_attempts=failures,
        payment_product=transaction.payment_product_type if transaction is not None else None,
    )


def last_failure(status: LinkStatus) -> str:
    """The words of the latest failed attempt, from the timeline (``detail`` may already
    describe a later state, such as the payment)."""
    failed = [entry.text for entry in status.timeline if entry.kind == "failed"]
    return failed[-1] if failed else ""


def failure_notice(status: LinkStatus) -> tuple[str, str]:
    """The headline and message of the notice that a payment did not go through."""
    reason = last_failure(status).rstrip(". ")
    advice = translate("LinkStatus", _SEND_A_NEW_LINK)
    if status.state == LinkState.DECLINED:
        told = reason or translate("LinkStatus", "Declined by the customer")
        return translate("LinkStatus", "Customer declined"), f"{told}. {advice}"
    if status.state == LinkState.PAYMENT_FAILED:
        told = reason or translate("LinkStatus", "The payment failed")
        return translate("LinkStatus", "Payment failed"), f"{told}. {advice}"
    return translate("LinkStatus", "Payment attempt failed"), reason or translate(
        "LinkStatus", "The customer's payment attempt failed."
    )


def unconfirmed_status(record: LinkRecord, *, expired: bool) -> LinkStatus:
    """A link sent to Dintero whose answer never arrived, as the timeline shows it.

    ``expired``: its expiry time has passed and Dintero has no link or payment with its
    reference, so even if Dintero did create it, nobody can pay it any more.
    """
    entries = [
        TimelineEntry(
            record.created_at,
            "unconfirmed",
            translate("LinkStatus", "Sent to Dintero — no answer received (not confirmed)"),
        )
    ]
    if expired:
        entries.append(
            TimelineEntry(
                record.expires_at,
                "expired",
                translate("LinkStatus", "Expiry time passed — no link or payment found"),
            )
        )
        return LinkStatus(
            record.session_id,
            SessionState.EXPIRED,
            translate("LinkStatus", "never confirmed; no link or payment found"),
            tuple(entries),
        )
    detail = translate("LinkStatus", "not confirmed by Dintero")
    return LinkStatus(record.session_id, UNCONFIRMED, detail, tuple(entries))
