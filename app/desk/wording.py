"""Display text shared by the desk's tables and panes (no I/O, no Qt)."""

from __future__ import annotations

from datetime import datetime

from app.core.money import format_amount

__all__ = [
    "DATE_FORMAT",
    "STATUS_LABELS",
    "money",
    "money_cell",
    "product_label",
    "status_label",
    "when",
]

DATE_FORMAT = "%d.%m.%Y %H:%M"
"""Local time, day first, one format across the desk's lists, panes and dialogs."""

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
    "klarna.klarna": "Klarna",
    "klarna.billie": "Billie",
    "collector.invoice": "Invoice (Walley)",
    "collector.installment": "Instalments (Walley)",
    "instabank.finance": "Instabank",
}


def status_label(status: str) -> str:
    return STATUS_LABELS.get(status, status.replace("_", " ").capitalize())


def product_label(product_type: str) -> str:
    return PRODUCT_LABELS.get(product_type, product_type)


def money(minor: int, currency: str) -> str:
    """ "1 299,90 kr"; falls back to plain digits for a currency babel does not know."""
    try:
        return format_amount(minor, currency)
    except ValueError:  # UnknownCurrency is one too
        return f"{minor} {currency}"


def money_cell(minor: int, currency: str) -> str:
    """Grouped number without a symbol, for table columns next to a currency column."""
    try:
        return format_amount(minor, currency, symbol=False)
    except ValueError:  # UnknownCurrency is one too
        return str(minor)


def when(moment: datetime | None) -> str:
    if moment is None:
        return ""
    return moment.astimezone().strftime(DATE_FORMAT)
