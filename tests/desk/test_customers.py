"""One customer: found by the number however it is written, or by e-mail."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.core.errors import UserInputError
from app.desk.card_charging import charge_saved_card
from app.desk.customers import CustomerKey, customer_key, load_customer
from app.desk.link_creation import create_link
from app.desk.services import LocalStores
from app.dintero import ClientConfig, DinteroClient
from app.sandbox import EmbeddedSandbox
from app.storage.journal import Journal
from tests.desk.card_support import refill_order, saved_card
from tests.desk.support import account_for, link_draft


@pytest.mark.parametrize(
    "typed", ["426 21 565", "+47 42 62 15 65", "0047 42621565", "42621565", "+4742621565"]
)
def test_a_phone_number_is_the_number_however_it_is_written(typed: str) -> None:
    assert customer_key(typed) == CustomerKey(phone="+4742621565")


def test_an_email_is_compared_ignoring_case() -> None:
    assert customer_key(" Kari@Example.COM ") == CustomerKey(email="kari@example.com")


@pytest.mark.parametrize("typed", ["", "   ", "12", "call me"])
def test_neither_a_number_nor_an_email_is_refused(typed: str) -> None:
    with pytest.raises(UserInputError):
        customer_key(typed)


def test_the_customer_has_every_link_card_charge_and_payment(
    sandbox: EmbeddedSandbox, client_config: ClientConfig, journal: Journal, tmp_path: Path
) -> None:
    store = LocalStores(tmp_path).links()
    account = account_for(sandbox)

    async def main() -> None:
        async with DinteroClient(client_config) as client:
            card = await saved_card(client, account, store, sandbox, email=None)
            other = await saved_card(
                client, account, store, sandbox, phone="+4799887766", reference="PD-SAVE-2"
            )
            mine = replace(link_draft("PD-LINK-MINE"), phone="+4742621565", email=None)
            now = datetime.now(UTC)
            await create_link(client, store, account, mine, now)
            await create_link(client, store, account, link_draft("PD-LINK-OTHER"), now)
            charged = await charge_saved_card(
                client, account, journal, store, card, refill_order(), operator="kari"
            )
            overview = await load_customer(
                client, store, journal, account.key, customer_key("0047 426 21 565")
            )
        assert [link.merchant_reference for link in overview.links] == ["PD-LINK-MINE"]
        assert [c.session_id for c in overview.cards] == [card.session_id]
        assert other.session_id not in [c.session_id for c in overview.cards]
        assert [row.reference for row in overview.charges] == [charged.merchant_reference]
        assert charged.transaction is not None
        assert charged.transaction.id in [t.id for t in overview.payments]
        assert all(
            t.customer and t.customer.phone_number == "+4742621565" for t in overview.payments
        )

    asyncio.run(main())
