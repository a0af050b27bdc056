"""What the detail of a transaction says beyond its figures: when the authorization lapses,
whether Dintero will capture by itself, how much is paid out, what a by-amount move sends.

Plain sentences for the detail pane and the capture and refund dialogs; no Qt.
"""

from __future__ import annotations

from datetime import datetime

from app.core.i18n import translate
from app.desk.wording import money
from app.dintero import Ledger, Operation, Transaction
from app.dintero.authorization import authorization_lifetime, estimate_expiry, is_extendable
from app.dintero.models import OrderItem, SettlementStatus

__all__ = [
    "AUTO_CAPTURE_NOTE",
    "auto_capture_note",
    "can_extend_authorization",
    "expiry_text",
    "settlement_text",
    "settlement_word",
    "spread_text",
]

AUTO_CAPTURE_NOTE = (
    "Dintero will capture this automatically (it retries for up to 48 hours). Capturing "
    "or voiding it yourself stops the automatic capture."
)

_SETTLEMENT_WORDS = {
    SettlementStatus.NOT_SETTLED: "Not settled yet",
    SettlementStatus.PENDING_SETTLEMENT: "Not settled yet",
    SettlementStatus.PARTIALLY_SETTLED: "Partly settled",
    SettlementStatus.SETTLED: "Settled",
}


def expiry_text(transaction: Transaction, now: datetime) -> str:
    """When the authorization probably lapses, said as the estimate it is."""
    ledger = Ledger(transaction)
    if ledger.remaining_capturable <= 0:
        return translate("TransactionNotes", "Nothing reserved is left to capture.")
    lifetime = authorization_lifetime(transaction.payment_product_type)
    expires_at = estimate_expiry(transaction)
    if expires_at is None:
        return lifetime.reason
    days_left = (expires_at - now).total_seconds() / 86_400
    when = expires_at.astimezone().strftime("%d %b %Y")
    if days_left < 0:
        return translate(
            "TransactionNotes", "Probably expired around {when}. {reason} (an estimate)."
        ).format(when=when, reason=lifetime.reason)
    if days_left < 1:
        return translate(
            "TransactionNotes", "Expires within a day (around {when}). {reason} (an estimate)."
        ).format(when=when, reason=lifetime.reason)
    return translate(
        "TransactionNotes", "Expires around {when} (in {days_left} days). {reason} (an estimate)."
    ).format(when=when, days_left=int(days_left), reason=lifetime.reason)


def can_extend_authorization(transaction: Transaction) -> bool:
    """Klarna lets the authorization be extended while money is still reserved."""
    return is_extendable(transaction) and Ledger(transaction).remaining_capturable > 0


def auto_capture_note(transaction: Transaction, now: datetime) -> str:
    """ "Dintero will capture this automatically" when it will, else ""."""
    return AUTO_CAPTURE_NOTE if Ledger(transaction).auto_capture_pending(now) else ""


def settlement_text(transaction: Transaction) -> str:
    """Settled or not yet, with what is still to be paid out ("" before any capture)."""
    ledger = Ledger(transaction)
    if not ledger.captured:
        return ""  # nothing captured, nothing to pay out
    settlement = ledger.settlement
    if settlement.status is not None:
        words = _SETTLEMENT_WORDS[settlement.status]
    else:
        words = "Not settled yet" if settlement.unsettled else "Settled"
    currency = transaction.currency
    parts = [words]
    if settlement.paid_out:
        parts.append(f"paid out {money(settlement.paid_out, currency)}")
    if settlement.unsettled:
        parts.append(f"{money(settlement.unsettled, currency)} still to be paid out")
    return ", ".join(parts) + "."


_SHORT_SETTLEMENT = {
    str(SettlementStatus.NOT_SETTLED): "Not yet",
    str(SettlementStatus.PENDING_SETTLEMENT): "Not yet",
    str(SettlementStatus.PARTIALLY_SETTLED): "Partly",
    str(SettlementStatus.SETTLED): "Settled",
}


def settlement_word(settlement_status: str | None, captured: int) -> str:
    """One word for a list column: "Settled", "Partly", "Not yet", or "" (nothing to settle)."""
    if settlement_status is None or not captured:
        return ""
    return _SHORT_SETTLEMENT.get(settlement_status, "")


def spread_text(
    transaction: Transaction, operation: Operation, items: tuple[OrderItem, ...]
) -> str:
    """The lines an amount-only move will be sent as, for the person to see first."""
    if not items:
        return ""
    names = {i.line_id: (i.description or f"line {i.line_id}") for i in transaction.items}
    currency = transaction.currency
    parts = [
        f"{names.get(item.line_id or '', item.line_id)}: {money(item.amount, currency)}"
        for item in items
    ]
    verb = "captured" if operation is Operation.CAPTURE else "refunded"
    return f"This payment method needs lines: it will be {verb} as " + "; ".join(parts) + "."
