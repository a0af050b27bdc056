"""What the detail of a transaction says beyond its figures: when the authorization lapses,
whether Dintero will capture by itself, how much is paid out, what a by-amount move sends.

Plain sentences for the detail pane and the capture and refund dialogs; no Qt.
"""

from __future__ import annotations

from datetime import datetime

from app.core.i18n import QT_TRANSLATE_NOOP, TranslatedTable, translate
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

AUTO_CAPTURE_NOTE = QT_TRANSLATE_NOOP(
    "TransactionNotes",
    "Dintero will capture this automatically (it retries for up to 48 hours). Capturing "
    "or voiding it yourself stops the automatic capture.",
)

_SETTLEMENT_WORDS = TranslatedTable(
    "TransactionNotes",
    {
        SettlementStatus.NOT_SETTLED: QT_TRANSLATE_NOOP("TransactionNotes", "Not settled yet"),
        SettlementStatus.PENDING_SETTLEMENT: QT_TRANSLATE_NOOP(
            "TransactionNotes", "Not settled yet"
        ),
        SettlementStatus.PARTIALLY_SETTLED: QT_TRANSLATE_NOOP("TransactionNotes", "Partly settled"),
        SettlementStatus.SETTLED: QT_TRANSLATE_NOOP("TransactionNotes", "Settled"),
    },
)


def expiry_text(transaction: Transaction, now: datetime) -> str:
    """When the authorization probably lapses, said as the estimate it is."""
    ledger = Ledger(transaction)
    if ledger.remaining_capturable <= 0:
        return translate("TransactionNotes", "Nothing reserved is left to capture.")
    lifetime = authorization_lifetime(transaction.payment_product_type)
    expires_at = estimate_expiry(transaction)
    reason = translate("Authorization", lifetime.reason)
    if expires_at is None:
        return reason
    days_left = (expires_at - now).total_seconds() / 86_400
    when = expires_at.astimezone().strftime("%d %b %Y")
    if days_left < 0:
        return translate(
            "TransactionNotes", "Probably expired around {when}. {reason} (an estimate)."
        ).format(when=when, reason=reason)
    if days_left < 1:
        return translate(
            "TransactionNotes", "Expires within a day (around {when}). {reason} (an estimate)."
        ).format(when=when, reason=reason)
    return translate(
        "TransactionNotes", "Expires around {when} (in {days_left} days). {reason} (an estimate)."
    ).format(when=when, days_left=int(days_left), reason=reason)


def can_extend_authorization(transaction: Transaction) -> bool:
    """Klarna lets the authorization be extended while money is still reserved."""
    return is_extendable(transaction) and Ledger(transaction).remaining_capturable > 0


def auto_capture_note(transaction: Transaction, now: datetime) -> str:
    """ "Dintero will capture this automatically" when it will, else ""."""
    if not Ledger(transaction).auto_capture_pending(now):
        return ""
    return translate("TransactionNotes", AUTO_CAPTURE_NOTE)


def settlement_text(transaction: Transaction) -> str:
    """Settled or not yet, with what is still to be paid out ("" before any capture)."""
    ledger = Ledger(transaction)
    if not ledger.captured:
        return ""  # nothing captured, nothing to pay out
    settlement = ledger.settlement
    if settlement.status is not None:
        words = _SETTLEMENT_WORDS[settlement.status]
    else:
        words = (
            translate("TransactionNotes", "Not settled yet")
            if settlement.unsettled
            else translate("TransactionNotes", "Settled")
        )
    currency = transaction.currency
    parts = [words]
    if settlement.paid_out:
        parts.append(
            translate("TransactionNotes", "paid out {amount}").format(
                amount=money(settlement.paid_out, currency)
            )
        )
    if settlement.unsettled:
        parts.append(
            translate("TransactionNotes", "{amount} still to be paid out").format(
                amount=money(settlement.unsettled, currency)
            )
        )
    return ", ".join(parts) + "."


_SHORT_SETTLEMENT = TranslatedTable(
    "TransactionNotes",
    {
        str(SettlementStatus.NOT_SETTLED): QT_TRANSLATE_NOOP("TransactionNotes", "Not yet"),
        str(SettlementStatus.PENDING_SETTLEMENT): QT_TRANSLATE_NOOP("TransactionNotes", "Not yet"),
        str(SettlementStatus.PARTIALLY_SETTLED): QT_TRANSLATE_NOOP("TransactionNotes", "Partly"),
        str(SettlementStatus.SETTLED): QT_TRANSLATE_NOOP("TransactionNotes", "Settled"),
    },
)


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
    names = {
        i.line_id: (
            i.description
            or translate("TransactionNotes", "line {line_id}").format(line_id=i.line_id)
        )
        for i in transaction.items
    }
    currency = transaction.currency
    parts = [
        f"{names.get(item.line_id or '', item.line_id)}: {money(item.amount, currency)}"
        for item in items
    ]
    if operation is Operation.CAPTURE:
        text = translate(
            "TransactionNotes", "This payment method needs lines: it will be captured as {lines}."
        )
    else:
        text = translate(
            "TransactionNotes", "This payment method needs lines: it will be refunded as {lines}."
        )
    return text.format(lines="; ".join(parts))
