"""The words staff read for operations, statuses, payment products, money and dates.

One table each, so a capture is called the same in a dialog, a table and the journal.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

from app.core.desk_locale import current_locale
from app.core.i18n import QT_TRANSLATE_NOOP, TranslatedTable, translate
from app.core.money import format_amount
from app.dintero.ledger import Operation
from app.storage.journal import JournalOperation, Outcome

__all__ = [
    "DATE_FORMAT",
    "JOURNAL_OPERATION_LABELS",
    "OPERATION_LABELS",
    "OPERATION_PAST",
    "OPERATION_WORDS",
    "OUTCOME_LABELS",
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


class _OperationTable(Mapping[Operation, OperationWords]):
    """The words of each operation, in the language in use at each lookup."""

    def __init__(self, table: dict[Operation, OperationWords]) -> None:
        self._table = table

    def __getitem__(self, operation: Operation) -> OperationWords:
        words = self._table[operation]
        return OperationWords(
            translate("Wording", words.label),
            translate("Wording", words.verb),
            translate("Wording", words.done),
        )

    def __iter__(self) -> Iterator[Operation]:
        return iter(self._table)

    def __len__(self) -> int:
        return len(self._table)


OPERATION_WORDS: Mapping[Operation, OperationWords] = _OperationTable(
    {
        Operation.CAPTURE: OperationWords(
            QT_TRANSLATE_NOOP("Wording", "Capture"),
            QT_TRANSLATE_NOOP("Wording", "capture"),
            QT_TRANSLATE_NOOP("Wording", "captured"),
        ),
        Operation.REFUND: OperationWords(
            QT_TRANSLATE_NOOP("Wording", "Refund"),
            QT_TRANSLATE_NOOP("Wording", "refund"),
            QT_TRANSLATE_NOOP("Wording", "refunded"),
        ),
        Operation.VOID: OperationWords(
            QT_TRANSLATE_NOOP("Wording", "Void"),
            QT_TRANSLATE_NOOP("Wording", "void"),
            QT_TRANSLATE_NOOP("Wording", "voided"),
        ),
    }
)
OPERATION_LABELS: Mapping[Operation, str] = TranslatedTable(
    "Wording",
    {
        Operation.CAPTURE: QT_TRANSLATE_NOOP("Wording", "Capture"),
        Operation.REFUND: QT_TRANSLATE_NOOP("Wording", "Refund"),
        Operation.VOID: QT_TRANSLATE_NOOP("Wording", "Void"),
    },
)
OPERATION_PAST: Mapping[Operation, str] = TranslatedTable(
    "Wording",
    {
        Operation.CAPTURE: QT_TRANSLATE_NOOP("Wording", "Captured"),
        Operation.REFUND: QT_TRANSLATE_NOOP("Wording", "Refunded"),
        Operation.VOID: QT_TRANSLATE_NOOP("Wording", "Voided"),
    },
)

#: What the audit journal says was done, and where each stands: names of past events ("Refund",
#: a noun), not the buttons' commands.
JOURNAL_OPERATION_LABELS: Mapping[JournalOperation, str] = TranslatedTable(
    "Journal",
    {
        JournalOperation.CAPTURE: QT_TRANSLATE_NOOP("Journal", "Capture"),
        JournalOperation.REFUND: QT_TRANSLATE_NOOP("Journal", "Refund"),
        JournalOperation.VOID: QT_TRANSLATE_NOOP("Journal", "Void"),
        JournalOperation.CANCEL_LINK: QT_TRANSLATE_NOOP("Journal", "Cancel link"),
        JournalOperation.ORDER_RECORD: QT_TRANSLATE_NOOP("Journal", "Order record"),
        JournalOperation.EXTEND_AUTHORIZATION: QT_TRANSLATE_NOOP("Journal", "Extend authorization"),
        JournalOperation.CHARGE_CARD: QT_TRANSLATE_NOOP("Journal", "Charge saved card"),
    },
)
OUTCOME_LABELS: Mapping[Outcome, str] = TranslatedTable(
    "Journal",
    {
        Outcome.ATTEMPTED: QT_TRANSLATE_NOOP("Journal", "Attempted"),
        Outcome.SUCCEEDED: QT_TRANSLATE_NOOP("Journal", "Succeeded"),
        Outcome.FAILED: QT_TRANSLATE_NOOP("Journal", "Failed"),
        Outcome.PENDING: QT_TRANSLATE_NOOP("Journal", "Pending"),
        Outcome.UNKNOWN: QT_TRANSLATE_NOOP("Journal", "Unknown"),
    },
)

STATUS_LABELS: Mapping[str, str] = TranslatedTable(
    "Wording",
    {
        "INITIATED": QT_TRANSLATE_NOOP("Wording", "Initiated"),
        "ON_HOLD": QT_TRANSLATE_NOOP("Wording", "On hold"),
        "AUTHORIZED": QT_TRANSLATE_NOOP("Wording", "Authorized"),
        "PARTIALLY_CAPTURED": QT_TRANSLATE_NOOP("Wording", "Partially captured"),
        "CAPTURED": QT_TRANSLATE_NOOP("Wording", "Captured"),
        "PARTIALLY_CAPTURED_REFUNDED": QT_TRANSLATE_NOOP("Wording", "Part captured, part refunded"),
        "PARTIALLY_REFUNDED": QT_TRANSLATE_NOOP("Wording", "Partially refunded"),
        "REFUNDED": QT_TRANSLATE_NOOP("Wording", "Refunded"),
        "AUTHORIZATION_VOIDED": QT_TRANSLATE_NOOP("Wording", "Voided"),
        "DECLINED": QT_TRANSLATE_NOOP("Wording", "Declined"),
        "FAILED": QT_TRANSLATE_NOOP("Wording", "Failed"),
        "UNKNOWN": QT_TRANSLATE_NOOP("Wording", "Unknown"),
    },
)

PRODUCT_LABELS: TranslatedTable[str] = TranslatedTable(
    "Wording",
    {
        "dintero_psp.creditcard": QT_TRANSLATE_NOOP("Wording", "Card"),
        "payex.creditcard": QT_TRANSLATE_NOOP("Wording", "Card (Swedbank Pay)"),
        "bambora.creditcard": QT_TRANSLATE_NOOP("Wording", "Card (Bambora)"),
        "vipps": QT_TRANSLATE_NOOP("Wording", "Vipps"),
        "payex.vipps": QT_TRANSLATE_NOOP("Wording", "Vipps (Swedbank Pay)"),
        "swish.swish": QT_TRANSLATE_NOOP("Wording", "Swish"),
        "payex.swish": QT_TRANSLATE_NOOP("Wording", "Swish"),
        "klarna.klarna": QT_TRANSLATE_NOOP("Wording", "Klarna"),
        "klarna.billie": QT_TRANSLATE_NOOP("Wording", "Billie"),
        "collector.invoice": QT_TRANSLATE_NOOP("Wording", "Invoice (Walley)"),
        "collector.installment": QT_TRANSLATE_NOOP("Wording", "Instalments (Walley)"),
        "instabank.finance": QT_TRANSLATE_NOOP("Wording", "Instabank"),
    },
)


def status_label(status: str) -> str:
    if status in STATUS_LABELS:
        return STATUS_LABELS[status]
    return status.replace("_", " ").capitalize()


_COMMON_NOUNS = ("Card", "Invoice", "Instalments")


def product_label(product_type: str | None, *, in_sentence: bool = False) -> str:
    """ "Card (Bambora)"; inside a sentence "card (Bambora)" (brand names keep capitals)."""
    if not product_type:
        if in_sentence:
            return translate("Wording", "unknown payment method")
        return translate("Wording", "Unknown payment method")
    if product_type not in PRODUCT_LABELS:
        return product_type
    label = PRODUCT_LABELS[product_type]
    if in_sentence and PRODUCT_LABELS.source(product_type).startswith(_COMMON_NOUNS):
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
