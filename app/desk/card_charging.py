"""Charging a saved card without the customer: journal first, send once, settle by reading.

One charge, in order:

1. refuse a card that is not chargeable: not saved, no token, marked ``DO_NOT_RETRY``
   by the issuer (excessive reattempts get cards blocked), or refused with
   ``RETRY_AFTER_DELAY`` whose time has not come;
2. settle earlier charges on the card that the journal still shows as open, by looking
   for their merchant reference at Dintero: one that stays open blocks the new charge
   (it may have gone through);
3. write the journal row (``attempted``) with a fresh, unique merchant reference —
   if the journal cannot be written, nothing is sent;
4. send once, with Dintero's ``strict-merchant-reference`` toggle, so even a resend of
   the same reference could never charge twice. A 200 whose transaction is FAILED is a
   decline: shown in Dintero's words, and its ``retry_policy`` written on the card. No
   answer, a dropped connection or a 5xx: the charge is *not confirmed* and is settled by
   reading (``settle_open_charges``), never by sending it again.
"""

from __future__ import annotations

import asyncio
import contextlib
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from enum import StrEnum

from app.accounts.models import Account
from app.core.errors import UserInputError
from app.core.i18n import translate
from app.core.references import new_merchant_reference
from app.core.vat import OrderLine, order_total, vat_from_gross
from app.desk.journal_rows import journal_attempt
from app.desk.link_draft import SHIPPING_LINE_ID
from app.desk.wording import money
from app.dintero import (
    Customer,
    Decline,
    DinteroClient,
    DinteroError,
    OrderItem,
    PayWithTokenRequest,
    Transaction,
    TransactionStatus,
    decline_of,
)
from app.storage.errors import StorageError
from app.storage.journal import Journal, JournalEntry, JournalOperation, Outcome
from app.storage.leases import LeaseHeld, LeaseHolder, Leases
from app.storage.links import DO_NOT_RETRY, LinkStore, SavedCardRecord, ShippingLine

__all__ = [
    "CardNotChargeable",
    "ChargeOrder",
    "ChargeOutcome",
    "ChargeReport",
    "charge_saved_card",
    "charges_of",
    "settle_open_charges",
    "why_not_chargeable",
]

CHARGE_LEASE = "charge"
CHARGE_LEASE_TTL_S = 300.0
"""Longer than one pay request with its timeout; a crashed desk's lease runs out."""
ABSENT_AFTER = timedelta(minutes=5)
"""A charge Dintero still has no trace of this long after it was sent is taken as never
made (the pay request creates its session and transaction at once)."""


class CardNotChargeable(UserInputError):
    """The card may not be charged now; ``user_message`` says why."""


class ChargeOutcome(StrEnum):
    APPROVED = "approved"
    DECLINED = "declined"
    NOT_CONFIRMED = "not_confirmed"
    NOT_CHARGED = "not_charged"


@dataclass(frozen=True)
class ChargeOrder:
    """What to charge: lines and optional shipping as on the link form."""

    currency: str
    lines: tuple[OrderLine, ...]
    shipping: ShippingLine | None = None
    merchant_reference_2: str | None = None

    @property
    def amount(self) -> int:
        return order_total(self.lines, self.shipping.amount if self.shipping else 0)

    def items(self) -> tuple[OrderItem, ...]:
        items = [
            OrderItem(
                id=line.sku or f"item-{line.line_id}",
                line_id=line.line_id,
                description=line.description,
                quantity=line.quantity,
                amount=line.amount,
                vat_amount=line.vat_amount,
                vat=line.vat_rate,
            )
            for line in self.lines
        ]
        if self.shipping is not None:
            items.append(
                OrderItem(
                    id=SHIPPING_LINE_ID,
                    line_id=SHIPPING_LINE_ID,
                    description=self.shipping.title,
                    quantity=Decimal(1),
                    amount=self.shipping.amount,
                    vat_amount=vat_from_gross(self.shipping.amount, self.shipping.vat_rate),
                    vat=self.shipping.vat_rate,
                    type="shipping",
                )
            )
        return tuple(items)


@dataclass(frozen=True)
class ChargeReport:
    """What became of one charge; ``card`` is the card as it is now stored."""

    outcome: ChargeOutcome
    card: SavedCardRecord
    merchant_reference: str
    amount: int
    currency: str
    message: str
    transaction: Transaction | None = None
    decline: Decline | None = None
    journal_id: int | None = None


def why_not_chargeable(card: SavedCardRecord, now: datetime | None = None) -> str | None:
    """Why the card may not be charged now, in words for staff; None when it may."""
    now = now or datetime.now(UTC)
    if card.state != "saved" or not card.payment_token:
        return translate("CardCharging", "No card was saved with this link.")
    if card.do_not_retry:
        return translate(
            "CardCharging",
            "The card issuer said not to try this card again ({reason}). Ask the customer "
            "for another card.",
        ).format(reason=card.last_decline or DO_NOT_RETRY)
    if card.retry_after is not None and card.retry_after > now:
        return translate(
            "CardCharging", "The card issuer asked to wait until {when} before trying again."
        ).format(when=card.retry_after.astimezone().strftime("%d.%m.%Y %H:%M"))
    return None


def charges_of(journal: Journal, card: SavedCardRecord) -> list[JournalEntry]:
    """Every charge made on the card, newest first (blocking: run in a thread)."""
    return [
        row
        for row in journal.for_target(card.session_id)
        if row.operation == JournalOperation.CHARGE_CARD
    ]


async def charge_saved_card(
    client: DinteroClient,
    account: Account,
    journal: Journal,
    store: LinkStore,
    card: SavedCardRecord,
    order: ChargeOrder,
    *,
    operator: str,
    desk: str = "",
    merchant_reference: str | None = None,
    leases: Leases | None = None,
) -> ChargeReport:
    """Charge the card once (see the module's steps). Raises ``CardNotChargeable`` before
    anything is sent; a Dintero error after sending is a report, never a resend.

    With ``leases`` (the shop's desks) the card is held for the whole charge, so two
    desks cannot charge one customer's card at the same moment.
    """
    reason = why_not_chargeable(card)
    if reason is not None:
        raise CardNotChargeable(reason)
    if leases is None:
        return await _charge(
            client, account, journal, store, card, order, operator, desk, merchant_reference
        )
    purpose = translate("CardCharging", "charging {amount} on a saved card").format(
        amount=money(order.amount, order.currency)
    )
    try:
        lease = await asyncio.to_thread(
            leases.acquire,
            CHARGE_LEASE,
            card.session_id,
            LeaseHolder(desk, operator, purpose),
            CHARGE_LEASE_TTL_S,
        )
    except LeaseHeld as held:
        raise CardNotChargeable(held.user_message) from held
    except StorageError as error:
        raise CardNotChargeable(
            translate(
                "CardCharging",
                "The shared database cannot be reached, so the other desks could not see "
                "this charge. Nothing was sent.",
            )
        ) from error
    try:
        return await _charge(
            client, account, journal, store, card, order, operator, desk, merchant_reference
        )
    finally:
        with contextlib.suppress(StorageError):  # it runs out by itself
            await asyncio.shield(asyncio.to_thread(leases.release, lease))


async def _charge(
    client: DinteroClient,
    account: Account,
    journal: Journal,
    store: LinkStore,
    card: SavedCardRecord,
    order: ChargeOrder,
    operator: str,
    desk: str,
    merchant_reference: str | None,
) -> ChargeReport:
    if order.currency != card.currency:
        raise CardNotChargeable(
            translate("CardCharging", "The card was saved for {currency}.").format(
                currency=card.currency
            )
        )
    still_open = [
        report
        for report in await settle_open_charges(client, journal, store, card)
        if report.outcome is ChargeOutcome.NOT_CONFIRMED
    ]
    if still_open:
        raise CardNotChargeable(
            translate(
                "CardCharging",
                "An earlier charge on this card ({reference}) is not confirmed yet. "
                "Check it before charging again.",
            ).format(reference=still_open[0].merchant_reference)
        )
    fresh = await asyncio.to_thread(store.saved_card, card.session_id)
    card = fresh if fresh is not None else card
    reference = merchant_reference or new_merchant_reference()
    request = PayWithTokenRequest(
        merchant_reference=reference,
        merchant_reference_2=order.merchant_reference_2,
        currency=order.currency,
        amount=order.amount,
        items=order.items(),
        payment_token=card.payment_token or "",
        payment_product_type=card.payment_product_type,
        customer=Customer(
            customer_id=card.customer_id,
            phone_number=card.customer_phone,
            email=card.customer_email,
        ),
        callback_url=account.callback_url,
    )
    attempt = journal_attempt(
        account,
        operator,
        JournalOperation.CHARGE_CARD,
        card.session_id,
        amount=order.amount,
        currency=order.currency,
        merchant_reference=reference,
        reference=reference,
        desk=desk,
        note=" ".join(p for p in (card.brand, card.masked_pan) if p),
    )
    entry_id = await asyncio.to_thread(journal.record_attempt, attempt)
    try:
        result = await client.pay_with_token(request)
    except DinteroError as error:
        if error.certainly_not_applied:
            await asyncio.to_thread(
                journal.settle,
                entry_id,
                Outcome.FAILED,
                request_id=error.request_id,
                message=error.user_message,
            )
            return ChargeReport(
                ChargeOutcome.NOT_CHARGED,
                card,
                reference,
                order.amount,
                order.currency,
                error.user_message,
                journal_id=entry_id,
            )
        await asyncio.to_thread(
            journal.settle,
            entry_id,
            Outcome.UNKNOWN,
            request_id=error.request_id,
            message=error.user_message,
        )
        return ChargeReport(
            ChargeOutcome.NOT_CONFIRMED,
            card,
            reference,
            order.amount,
            order.currency,
            _not_confirmed(error.user_message),
            journal_id=entry_id,
        )
    return await _settled(journal, store, card, entry_id, result, reference)


def _not_confirmed(cause: str) -> str:
    return translate(
        "CardCharging",
        "Not confirmed: {cause} The charge may have gone through. Paydesk looks for it at "
        "Dintero and never sends it again; check before charging the card again.",
    ).format(cause=cause)


async def _settled(
    journal: Journal,
    store: LinkStore,
    card: SavedCardRecord,
    entry_id: int,
    transaction: Transaction,
    reference: str,
) -> ChargeReport:
    """Settle the journal row from the charge's transaction and update the card."""
    decline = decline_of(transaction)
    if decline is None:
        await asyncio.to_thread(journal.settle, entry_id, Outcome.SUCCEEDED, message="")
        if card.retry_after is not None or card.last_decline:
            card = replace(card, retry_after=None, last_decline=None)
            await asyncio.to_thread(store.put_saved_card, card)
        message = translate("CardCharging", "Charged {amount}. Transaction {id}.").format(
            amount=money(transaction.amount, transaction.currency), id=transaction.id
        )
        return ChargeReport(
            ChargeOutcome.APPROVED,
            card,
            reference,
            transaction.amount,
            transaction.currency,
            message,
            transaction=transaction,
            journal_id=entry_id,
        )
    await asyncio.to_thread(
        journal.settle, entry_id, Outcome.FAILED, message=f"Declined: {decline.message}"
    )
    card = replace(
        card,
        retry_policy=DO_NOT_RETRY if decline.do_not_retry else card.retry_policy,
        retry_after=decline.retry_after,
        last_decline=decline.message,
    )
    await asyncio.to_thread(store.put_saved_card, card)
    reason = decline.message.strip()
    if not reason.endswith((".", "!", "?")):
        reason += "."
    message = translate("CardCharging", "Declined: {reason}").format(reason=reason)
    if decline.do_not_retry:
        message += " " + translate(
            "CardCharging", "The card is marked: it must not be tried again."
        )
    elif decline.retry_after is not None:
        message += " " + translate("CardCharging", "Try again after {when}.").format(
            when=decline.retry_after.astimezone().strftime("%d.%m.%Y %H:%M")
        )
    return ChargeReport(
        ChargeOutcome.DECLINED,
        card,
        reference,
        transaction.amount,
        transaction.currency,
        message,
        transaction=transaction,
        decline=decline,
        journal_id=entry_id,
    )


async def settle_open_charges(
    client: DinteroClient,
    journal: Journal,
    store: LinkStore,
    card: SavedCardRecord,
    *,
    absent_after: timedelta = ABSENT_AFTER,
) -> list[ChargeReport]:
    """Settle the card's charges the journal still shows as open, by reading Dintero.

    Found: settled by its transaction (approved or declined). Not found: not confirmed,
    until ``absent_after`` has passed since it was sent; then it is taken as never made.
    Nothing is ever sent again.
    """
    rows = await asyncio.to_thread(
        journal.unsettled, target_id=card.session_id, operations=(JournalOperation.CHARGE_CARD,)
    )
    reports: list[ChargeReport] = []
    for row in rows:
        reference = row.merchant_reference or row.reference or ""
        amount = row.amount or 0
        currency = row.currency or card.currency
        found = await client.find_transactions_by_reference(reference) if reference else []
        settled = [t for t in found if t.status is not TransactionStatus.INITIATED]
        if settled:
            report = await _settled(journal, store, card, row.id, settled[0], reference)
            card = report.card
        elif datetime.now(UTC) - row.created_at >= absent_after:
            message = translate(
                "CardCharging", "Dintero has no payment {reference}: nothing was charged."
            ).format(reference=reference)
            await asyncio.to_thread(journal.settle, row.id, Outcome.FAILED, message=message)
            report = ChargeReport(
                ChargeOutcome.NOT_CHARGED, card, reference, amount, currency, message
            )
        else:
            report = ChargeReport(
                ChargeOutcome.NOT_CONFIRMED,
                card,
                reference,
                amount,
                currency,
                translate(
                    "CardCharging", "Dintero has no payment {reference} yet; check again soon."
                ).format(reference=reference),
                journal_id=row.id,
            )
        reports.append(report)
    return reports
