"""Saving a customer's card: create the payment-token session, keep it, follow it to the end.

The record is written to the link history before anything else, so closing the dialog
or Paydesk right after creating still leaves the link to be followed again later. The
link is followed by a ``SessionPoller`` watch like any payment link.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Protocol

from app.accounts.models import Account
from app.core.errors import UserInputError
from app.core.i18n import translate
from app.desk.session_poller import PollResult, SessionPoller
from app.dintero import DinteroClient
from app.dintero.errors import DinteroError
from app.dintero.payloads import PaymentTokenSessionRequest
from app.dintero.session_state import SessionState, session_status
from app.storage.errors import StorageError
from app.storage.links import LinkStore, SavedCardRecord, SavedCardState

__all__ = [
    "CardSavingListener",
    "CardSavingWatch",
    "SavedCard",
    "create_card_saving",
    "follow",
    "parse_metadata",
]


def parse_metadata(text: str) -> dict[str, str | int]:
    """``key=value`` pairs separated by ``;`` or new lines, as the session's metadata.

    Raises ``UserInputError`` for a pair without ``=`` or a key Dintero keeps for itself
    (``session:…``)."""
    metadata: dict[str, str | int] = {}
    for part in text.replace("\n", ";").split(";"):
        if not part.strip():
            continue
        key, equals, value = part.partition("=")
        key = key.strip()
        if not equals or not key:
            raise UserInputError(
                translate("CardSaving", 'Metadata "{pair}" is not key=value').format(
                    pair=part.strip()
                )
            )
        if key.startswith("session:") or len(key) > 128 or len(value.strip()) > 256:
            raise UserInputError(
                translate("CardSaving", 'Metadata key "{key}" cannot be used').format(key=key)
            )
        metadata[key] = value.strip()
    return metadata


@dataclass(frozen=True)
class SavedCard:
    """What the customer's card-saving visit produced."""

    transaction_id: str
    token_id: str | None
    token: str | None = field(default=None, repr=False)
    """The payment token to charge with: kept out of reprs and logs."""
    masked_pan: str | None = None
    brand: str | None = None
    expiry: str | None = None


class CardSavingListener(Protocol):
    def card_saving_state(self, text: str) -> None:
        """A line for the person waiting (the customer's progress)."""

    def card_saving_ended(self, record: SavedCardRecord, saved: SavedCard | None) -> None:
        """Saved (``saved`` set), or ended unsaved (cancelled, expired)."""


async def create_card_saving(
    client: DinteroClient, account: Account, store: LinkStore, request: PaymentTokenSessionRequest
) -> SavedCardRecord:
    """Create the card-saving link and keep its record (even if the caller is cancelled)."""
    created = await client.create_payment_token_session(request)
    customer = request.customer
    record = SavedCardRecord(
        session_id=created.id,
        account_key=account.key,
        account_id=account.account_id,
        environment=account.environment.value,
        merchant_reference=request.merchant_reference,
        currency=request.currency,
        url=created.url,
        customer_phone=customer.phone_number if customer else None,
        customer_email=customer.email if customer else None,
        customer_id=customer.customer_id if customer else None,
        expires_at=request.expires_at,
        payment_product_type=request.payment_product_type,
    )
    await asyncio.shield(asyncio.to_thread(store.put_saved_card, record))
    return record


class CardSavingWatch:
    """Follows one card-saving link until a card is saved or the link ends."""

    def __init__(
        self,
        client: DinteroClient,
        store: LinkStore,
        record: SavedCardRecord,
        listener: CardSavingListener,
    ) -> None:
        self.client = client
        self.store = store
        self.record = record
        self.listener = listener
        self.saved: SavedCard | None = None
        self.last_failure: str | None = None

    @property
    def key(self) -> str:
        return self.record.session_id

    def trouble(self, error: DinteroError | StorageError, *, retrying: bool) -> None:
        if retrying:
            self.listener.card_saving_state(
                translate("CardSaving", "{problem} Retrying…").format(problem=error.user_message)
            )
        else:
            self.listener.card_saving_state(
                translate("CardSaving", "Stopped following the link: {problem}").format(
                    problem=error.user_message
                )
            )

    async def poll(self) -> PollResult:
        session = await self.client.get_session(self.record.session_id)
        transaction = None
        if session.transaction_id:
            transaction = await self.client.get_transaction(
                session.transaction_id, includes=("card.payment_token",)
            )
        # A transaction id does not mean a card was saved: its status says.
        status = session_status(session, transaction=transaction)
        if status.state in (SessionState.CANCELLED, SessionState.EXPIRED):
            await self._end(replace(self.record, state=str(status.state)), None)
            return PollResult.FINISHED
        changed = False
        if status.state == SessionState.FAILED_ATTEMPT:
            changed = status.failure_reason != self.last_failure
            self.last_failure = status.failure_reason
            again = (
                translate("CardSaving", "No card was saved; send a new card-saving link.")
                if status.transaction_id
                else translate("CardSaving", "They can try again with the same link.")
            )
            self.listener.card_saving_state(
                translate("CardSaving", "The customer's attempt failed ({reason}). {again}").format(
                    reason=status.failure_reason, again=again
                )
            )
        if transaction is not None and status.state == SessionState.PAID:
            card = transaction.card
            saved = SavedCard(
                transaction_id=transaction.id,
                token_id=card.payment_token_id if card else None,
                token=card.payment_token if card else None,
                masked_pan=card.masked_pan if card else None,
                brand=card.brand if card else None,
                expiry=card.expiry_date if card else None,
            )
            done = replace(
                self.record,
                state=SavedCardState.SAVED,
                token_reference=saved.token_id or saved.token,
                masked_pan=saved.masked_pan,
                brand=saved.brand,
                card_expiry=saved.expiry,
                payment_token=saved.token,
                transaction_id=saved.transaction_id,
                saved_at=datetime.now(UTC),
            )
            await self._end(done, saved)
            return PollResult.FINISHED
        return PollResult.CHANGED if changed else PollResult.UNCHANGED

    async def _end(self, record: SavedCardRecord, saved: SavedCard | None) -> None:
        await asyncio.to_thread(self.store.put_saved_card, record)
        self.record = record
        self.saved = saved
        self.listener.card_saving_ended(record, saved)


async def follow(watch: CardSavingWatch, *, interval_s: float) -> SavedCard | None:
    """Follow one card-saving link on a poller of its own, read at most every ``interval_s``."""
    poller = SessionPoller()
    poller.initial_interval_s = poller.max_interval_s = interval_s
    poller.follow(watch, urgent=True)
    await poller.run()
    return watch.saved
