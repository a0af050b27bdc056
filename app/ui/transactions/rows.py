"""The slim, immutable row the transaction list keeps per payment.

The list may hold tens of thousands of payments, so it keeps only what its columns
show (a few strings and integers per row); the detail pane re-reads the full
transaction from Dintero when a row is selected.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from app.core.phone import format_phone_display
from app.desk.transaction_notes import settlement_word
from app.dintero.ledger import Ledger
from app.dintero.models import Transaction

__all__ = ["TransactionRow", "customer_name", "row_from_transaction", "rows_from_transactions"]


@dataclass(frozen=True, slots=True)
class TransactionRow:
    id: str
    created_at: datetime | None
    status: str
    amount: int
    captured: int
    refunded: int
    currency: str
    merchant_reference: str
    customer: str
    payment_product: str
    remaining_capturable: int
    session_id: str | None
    settlement: str = ""
    """ "Settled", "Partly", "Not yet", or "" before any capture (one shared string each)."""


def customer_name(transaction: Transaction) -> str:
    """A name if an address has one, else the e-mail, else the phone number (spaced)."""
    for address in (transaction.billing_address, transaction.shipping_address):
        if address is not None:
            name = " ".join(p for p in (address.first_name, address.last_name) if p)
            if name:
                return name
            if address.business_name:
                return address.business_name
    customer = transaction.customer
    if customer is not None:
        if customer.email:
            return customer.email
        if customer.phone_number:
            return format_phone_display(customer.phone_number)
    return ""


def row_from_transaction(transaction: Transaction) -> TransactionRow:
    ledger = Ledger(transaction)
    # Status, currency and product repeat across thousands of rows: share one string each.
    product = transaction.payment_product_type or transaction.payment_product or ""
    return TransactionRow(
        id=transaction.id,
        created_at=transaction.created_at,
        status=sys.intern(str(transaction.status)),
        amount=transaction.amount,
        captured=ledger.captured,
        refunded=ledger.refunded,
        currency=sys.intern(transaction.currency),
        merchant_reference=transaction.merchant_reference or "",
        customer=customer_name(transaction),
        payment_product=sys.intern(product),
        remaining_capturable=ledger.remaining_capturable,
        session_id=transaction.session_id,
        settlement=settlement_word(transaction.settlement_status, ledger.captured),
    )


def rows_from_transactions(transactions: Iterable[Transaction]) -> list[TransactionRow]:
    """Rows for a page; pure Python, so it can run in a worker thread (`asyncio.to_thread`)."""
    return [row_from_transaction(transaction) for transaction in transactions]
