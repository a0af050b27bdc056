"""The words staff read for operations, statuses, payment products, money and dates.

One table each, so a capture is called the same in a dialog, a table and the journal.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

from app.core.desk_locale import current_locale
from app.core.money import format_amount
from app.dintero.ledger import Operation

__all__ = [
    "DATE_FORMAT",
    "OPERATION_LABELS",
    "OPERATION_PAST",
    "OPERATION_WORDS",
    "STATUS_LABELS",
    "OperationWords",
    "money",
    "money_cell",
    "product_label",
    "status_label",
    "when",
]

DATE_FORMAT = "%d.%m.%Y %H:%M"
"""Local time, day first, one format across the desk's lists, panes and dialogs."""


@dataclass(frozen=True)
class OperationWords:
    """One money move in words: "Capture", "capture", "captured"."""

    label: str
    verb: str
    done: str


OPERATION_WORDS = {
    Operation.CAPTURE: OperationWords("Capture", "capture", "captured"),
    Operation.REFUND: OperationWords("Refund", "refund", "refunded"),
    Operation.VOID: OperationWords("Void", "void", "voided"),
}
OPERATION_LABELS = {operation: words.label for operation, words in OPERATION_WORDS.items()}
OPERATION_PAST = {
    operation: words.done.capitalize() for operation, words in OPERATION_WORDS.items()
}

STATUS_LABELS = {
    "INITIATED": "Initiated",
    "ON_HOLD": "On hold",
    "AUTHORIZED": "Authorized",
    "PARTIALLY_CAPTURED": "Partially captured",
    "CAPTURED": "Captured",
    "PARTIALLY_CAPTURED_REFUNDED": "Part captured, part refunded",
    "PARTIALLY_REFUNDED": "Partially refunded",
    "REFUNDED": "Refunded",
    "AUTHORIZATION_VOIDED": "Voided",
    "DECLINED": "Declined",
    "FAILED": "Failed",
    "UNKNOWN": "Unknown",
}

PRODUCT_LABELS = {
    "dintero_psp.creditcard": "Card",
    "payex.creditcard": "Card (Swedbank Pay)",
    "bambora.creditcard": "Card (Bambora)",
    "vipps": "Vipps",
    "payex.vipps": "Vipps (Swedbank Pay)",
    "swish.swish": "Swish",
    "payex.swish": "Swish",
    "klarna.klarna": "Klarna",
    "klarna.billie": "Billie",
    "collector.invoice": "Invoice (Walley)",
    "collector.installment": "Instalments (Walley)",
    "instabank.finance": "Instabank",
}


def status_label(status: str) -> str:
    return STATUS_LABELS.get(status, status.replace("_", " ").capitalize())


_COMMON_NOUNS = ("Card", "Invoice", "Instalments")


def product_label(product_type: str | None, *, in_sentence: bool = False) -> str:
    """ "Card (Bambora)"; inside a sentence "card (Bambora)" (brand names keep capitals)."""
    if not product_type:
        return "unknown payment method" if in_sentence else "Unknown payment method"
    label = PRODUCT_LABELS.get(product_type, product_type)
    if in_sentence and label.startswith(_COMMON_NOUNS):
        return label[0].lower() + label[1:]
    return label


def money(minor: int, currency: str) -> str:
    """ "1 299,90 kr" as the desk's language writes the currency (``current_locale()``);
    falls back to plain digits for a currency babel does not know."""
    return _money(minor, currency, current_locale())


def money_cell(minor: int, currency: str) -> str:
    """Grouped number without a symbol, for table columns next to a currency column."""
    return _money_cell(minor, currency, current_locale())


# Cached: babel takes a quarter of a millisecond per amount, and a bulk capture or a long
# list says the same amounts again and again. The locale is part of the key, so a change
# of language never shows an amount written the old way.
@lru_cache(maxsize=4096)
def _money(minor: int, currency: str, locale: str) -> str:
    try:
        return format_amount(minor, currency, locale)
    except ValueError:  # UnknownCurrency is one too
        return f"{minor} {currency}"


@lru_cache(maxsize=4096)
def _money_cell(minor: int, currency: str, locale: str) -> str:
    try:
        return format_amount(minor, currency, locale, symbol=False)
    except ValueError:  # UnknownCurrency is one too
        return str(minor)


def when(moment: datetime | None) -> str:
    if moment is None:
        return ""
    return moment.astimezone().strftime(DATE_FORMAT)
