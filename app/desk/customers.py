"""One customer at the desk: every link, payment and saved card for a phone or e-mail.

Staff look a customer up by what they have at hand. A phone number is compared by the
number, not the text: ``426 21 565``, ``+47 42 62 15 65`` and ``0047 42621565`` are the
same customer (``app.core.phone`` normalizes each to E.164 in the account's region). An
e-mail is compared ignoring case.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from app.core.errors import UserInputError
from app.core.i18n import translate
from app.core.phone import PhoneError, phone_search_key
from app.dintero import DinteroClient, Transaction, TransactionFilter
from app.storage.journal import Journal, JournalEntry, JournalOperation
from app.storage.links import LinkRecord, LinkStore, SavedCardRecord

__all__ = ["CustomerKey", "CustomerOverview", "customer_key", "load_customer"]


@dataclass(frozen=True)
class CustomerKey:
    """Who: a phone number in E.164, or an e-mail address (lower case)."""

    phone: str | None = None
    email: str | None = None

    @property
    def text(self) -> str:
        return self.phone or self.email or ""


def customer_key(text: str, region: str = "NO") -> CustomerKey:
    """What staff typed, as a customer: an e-mail when it has an @, else a phone number.
    Raises ``UserInputError`` when it is neither."""
    cleaned = text.strip()
    if not cleaned:
        raise UserInputError(translate("Customers", "Enter a phone number or an e-mail address"))
    if "@" in cleaned:
        return CustomerKey(email=cleaned.lower())
    try:
        return CustomerKey(phone=phone_search_key(cleaned, region))
    except PhoneError as error:
        raise UserInputError(str(error)) from error


@dataclass(frozen=True)
class CustomerOverview:
    """Everything this desk and Dintero know about one customer, newest first."""

    key: CustomerKey
    links: tuple[LinkRecord, ...]
    cards: tuple[SavedCardRecord, ...]
    charges: tuple[JournalEntry, ...]
    """Saved-card charges (journal rows), each naming its card as ``target_id``."""
    payments: tuple[Transaction, ...]
    """Dintero's transactions whose customer has this phone or e-mail."""


def _matches(transaction: Transaction, key: CustomerKey) -> bool:
    customer = transaction.customer
    if customer is None:
        return False
    if key.phone and customer.phone_number == key.phone:
        return True
    return bool(key.email and (customer.email or "").lower() == key.email)


async def load_customer(
    client: DinteroClient,
    store: LinkStore,
    journal: Journal,
    account_key: str,
    key: CustomerKey,
) -> CustomerOverview:
    """Read the customer's links, cards, charges and payments (Dintero's search, then
    kept only where the customer's phone or e-mail is exactly this one)."""
    links, cards = await asyncio.to_thread(
        store.for_customer, account_key, phone=key.phone, email=key.email
    )

    def charges() -> list[JournalEntry]:
        rows: list[JournalEntry] = []
        for card in cards:
            rows.extend(
                row
                for row in journal.for_target(card.session_id)
                if row.operation == JournalOperation.CHARGE_CARD
            )
        return sorted(rows, key=lambda row: row.created_at, reverse=True)

    made = await asyncio.to_thread(charges)
    page = await client.list_transactions(TransactionFilter(search=key.text))
    payments = tuple(t for t in page if _matches(t, key))
    return CustomerOverview(key, tuple(links), tuple(cards), tuple(made), payments)
