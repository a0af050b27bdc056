"""Which pill a payment's or a link's status wears: one of a few kinds, each with its own
tone and symbol, so "paid" looks the same in the link history, the link view and the
transactions list, and is told by its symbol and its word, never by colour alone."""

from __future__ import annotations

from enum import StrEnum

from app.core.tone import Tone
from app.dintero.models import TransactionStatus
from app.storage.links import LinkState

__all__ = ["PILL_TONES", "Pill", "link_pill", "transaction_pill"]


class Pill(StrEnum):
    """A kind of status; the value names its symbol in the icon set."""

    PAID = "paid"
    WAITING = "waiting"
    FAILED = "failed"
    REFUNDED = "refunded"
    ON_HOLD = "on-hold"
    ENDED = "ended"
    """Cancelled, expired or voided: over, with no money moved."""
    CHECK = "check"
    """Not known for sure: look before acting (a link Dintero never confirmed)."""


PILL_TONES: dict[Pill, Tone] = {
    Pill.PAID: Tone.SUCCESS,
    Pill.WAITING: Tone.INFO,
    Pill.FAILED: Tone.ERROR,
    Pill.REFUNDED: Tone.MUTED,
    Pill.ON_HOLD: Tone.WARNING,
    Pill.ENDED: Tone.NEUTRAL,
    Pill.CHECK: Tone.WARNING,
}

_TRANSACTION_PILLS: dict[str, Pill] = {
    TransactionStatus.INITIATED: Pill.WAITING,
    TransactionStatus.ON_HOLD: Pill.ON_HOLD,
    TransactionStatus.AUTHORIZED: Pill.WAITING,  # the money is reserved, waiting for capture
    TransactionStatus.PARTIALLY_CAPTURED: Pill.PAID,
    TransactionStatus.CAPTURED: Pill.PAID,
    TransactionStatus.PARTIALLY_CAPTURED_REFUNDED: Pill.REFUNDED,
    TransactionStatus.PARTIALLY_REFUNDED: Pill.REFUNDED,
    TransactionStatus.REFUNDED: Pill.REFUNDED,
    TransactionStatus.AUTHORIZATION_VOIDED: Pill.ENDED,
    TransactionStatus.DECLINED: Pill.FAILED,
    TransactionStatus.FAILED: Pill.FAILED,
    TransactionStatus.UNKNOWN: Pill.CHECK,
}

_LINK_PILLS: dict[str, Pill] = {
    LinkState.CREATING: Pill.CHECK,
    LinkState.OPEN: Pill.WAITING,
    LinkState.OPENED: Pill.WAITING,
    LinkState.FAILED_ATTEMPT: Pill.FAILED,
    LinkState.PROCESSING: Pill.WAITING,
    LinkState.ON_HOLD: Pill.ON_HOLD,
    LinkState.PAID: Pill.PAID,
    LinkState.PAYMENT_FAILED: Pill.FAILED,
    LinkState.DECLINED: Pill.FAILED,
    LinkState.CANCELLED: Pill.ENDED,
    LinkState.EXPIRED: Pill.ENDED,
    LinkState.VOIDED: Pill.ENDED,
    LinkState.PARTLY_REFUNDED: Pill.REFUNDED,
    LinkState.REFUNDED: Pill.REFUNDED,
}


def transaction_pill(status: str) -> Pill:
    """The pill of a Dintero transaction status (one Paydesk does not know: check)."""
    return _TRANSACTION_PILLS.get(status, Pill.CHECK)


def link_pill(state: str) -> Pill:
    """The pill of a link's state (one Paydesk does not know: ended)."""
    return _LINK_PILLS.get(state, Pill.ENDED)
