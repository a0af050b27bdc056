"""A card saved the way a customer saves it: a card-saving link, paid on the sandbox."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from app.accounts.models import Account
from app.core.vat import OrderLine
from app.desk.card_charging import ChargeOrder
from app.desk.card_saving import CardSavingWatch, SavedCard, create_card_saving
from app.dintero import DinteroClient
from app.dintero.models import Customer
from app.dintero.payloads import PaymentTokenSessionRequest
from app.sandbox import EmbeddedSandbox
from app.storage.links import LinkStore, SavedCardRecord, SavedCardState


class _Quiet:
    def card_saving_state(self, text: str) -> None:
        pass

    def card_saving_ended(self, record: SavedCardRecord, saved: SavedCard | None) -> None:
        pass


async def saved_card(
    client: DinteroClient,
    account: Account,
    store: LinkStore,
    sandbox: EmbeddedSandbox,
    *,
    phone: str | None = "+4742621565",
    email: str | None = "kari@example.com",
    reference: str = "PD-SAVE-1",
) -> SavedCardRecord:
    request = PaymentTokenSessionRequest(
        merchant_reference=reference,
        currency="NOK",
        return_url="https://shop.example.com/return",
        customer=Customer(customer_id="cust-7", phone_number=phone, email=email),
        expires_at=datetime.now(UTC) + timedelta(days=2),
    )
    record = await create_card_saving(client, account, store, request)
    await asyncio.to_thread(sandbox.pay, record.session_id)
    watch = CardSavingWatch(client, store, record, _Quiet())
    await watch.poll()
    assert watch.record.state == SavedCardState.SAVED
    return watch.record


def refill_order(amount: int = 24_900) -> ChargeOrder:
    return ChargeOrder(
        currency="NOK",
        lines=(OrderLine("1", "Coffee refill", Decimal(1), amount, Decimal(15)),),
    )
