"""The phone desk's workflows: sending a link again by SMS (a replacement, the old one
cancelled), the e-mail to the customer, a paid link following its voided or refunded
payment, and pick-up sent to Dintero — against the real sandbox over loopback."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

from app.accounts.models import Account
from app.accounts.store import AccountStore
from app.desk.link_creation import create_link
from app.desk.link_mail import link_mail, mailto_url, receipt_mail
from app.desk.link_payment_state import follow_payment
from app.desk.link_replacement import Replaced, replace_link
from app.desk.services import LocalStores
from app.dintero import ClientConfig, DinteroClient
from app.dintero.ledger import Operation
from app.sandbox import EmbeddedSandbox
from app.storage.journal import JournalOperation, Outcome
from app.storage.links import PICK_UP, LinkRecord, LinkState, ShippingLine
from tests.desk.support import account_for, link_draft

PHONE = "+4791234567"


async def _old_and_replacement(
    client: DinteroClient, stores: LocalStores, sandbox: EmbeddedSandbox, reference: str
) -> tuple[LinkRecord, Replaced]:
    account = account_for(sandbox)
    draft = replace(link_draft(reference), phone=PHONE, send_sms=True)
    old = await create_link(client, stores.links(), account, draft, datetime.now(UTC))
    replaced = await replace_link(
        client, stores, account, old, datetime.now(UTC), operator="tester", desk="Till 1"
    )
    return old, replaced


def test_send_again_makes_a_new_sms_link_for_the_same_order_and_cancels_the_old(
    sandbox: EmbeddedSandbox, client_config: ClientConfig, tmp_path: Path
) -> None:
    stores = LocalStores(tmp_path)

    async def main() -> tuple[LinkRecord, Replaced, object, object]:
        async with DinteroClient(client_config) as client:
            old, replaced = await _old_and_replacement(client, stores, sandbox, "PD-AGAIN-1")
            old_session = await client.get_session(old.session_id)
            new_session = await client.get_session(replaced.new.session_id)
            return old, replaced, old_session, new_session

    old, replaced, old_session, new_session = asyncio.run(main())
    assert replaced.old_cancelled
    assert replaced.problem == ""
    new = replaced.new
    assert new.session_id != old.session_id
    assert new.merchant_reference == old.merchant_reference == "PD-AGAIN-1"
    assert (new.amount, new.lines, new.customer_phone) == (old.amount, old.lines, PHONE)
    assert old_session.cancelled_at is not None  # type: ignore[attr-defined]
    assert new_session.cancelled_at is None  # type: ignore[attr-defined]
    stored_old = stores.links().get(old.session_id)
    assert stored_old is not None
    assert stored_old.state == LinkState.CANCELLED  # the history says so at once
    assert replaced.old.state == LinkState.CANCELLED
    posted = [r for r in sandbox.requests(r"/v1/sessions-profile$") if r["method"] == "POST"]
    assert [p["json"]["configuration"]["publish"][0]["channel"] for p in posted] == [
        "sms",
        "sms",
    ]
    cancels = stores.journal().for_target(old.session_id)
    assert all(e.operation is JournalOperation.CANCEL_LINK for e in cancels)
    assert [e.outcome for e in cancels] == [Outcome.SUCCEEDED]  # journalled, sent once
    stores.close()


def test_a_refused_cancel_keeps_the_new_link_and_says_the_old_may_be_open(
    sandbox: EmbeddedSandbox, client_config: ClientConfig, tmp_path: Path
) -> None:
    stores = LocalStores(tmp_path)
    sandbox.add_fault(method="POST", path=r"/cancel$", kind="status", status=400, times=1)

    async def main() -> tuple[LinkRecord, Replaced, object]:
        async with DinteroClient(client_config) as client:
            old, replaced = await _old_and_replacement(client, stores, sandbox, "PD-AGAIN-2")
            return old, replaced, await client.get_session(old.session_id)

    old, replaced, old_session = asyncio.run(main())
    assert not replaced.old_cancelled
    assert "NOT cancelled" in replaced.problem
    assert "PD-AGAIN-2" in replaced.problem
    assert old_session.cancelled_at is None  # type: ignore[attr-defined]
    stored = stores.links().get(replaced.new.session_id)
    assert stored is not None
    assert stored.state == LinkState.OPEN
    cancels = stores.journal().for_target(old.session_id)
    assert [e.outcome for e in cancels] == [Outcome.FAILED]  # tried once, not again
    stores.close()


def test_an_old_link_paid_meanwhile_is_not_cancelled(
    sandbox: EmbeddedSandbox, client_config: ClientConfig, tmp_path: Path
) -> None:
    stores = LocalStores(tmp_path)
    account = account_for(sandbox)

    async def main() -> tuple[Replaced, object]:
        async with DinteroClient(client_config) as client:
            draft = replace(link_draft("PD-AGAIN-3"), phone=PHONE, send_sms=True)
            old = await create_link(client, stores.links(), account, draft, datetime.now(UTC))
            await asyncio.to_thread(sandbox.pay, old.session_id)  # the customer paid it
            replaced = await replace_link(
                client, stores, account, old, datetime.now(UTC), operator="tester"
            )
            return replaced, await client.get_session(old.session_id)

    replaced, old_session = asyncio.run(main())
    assert not replaced.old_cancelled
    assert "would void that payment" in replaced.problem
    assert old_session.cancelled_at is None  # type: ignore[attr-defined]
    assert sandbox.requests(r"/cancel$") == []
    stores.close()


def test_a_voided_or_refunded_payment_updates_its_paid_link(
    sandbox: EmbeddedSandbox, client_config: ClientConfig, tmp_path: Path
) -> None:
    stores = LocalStores(tmp_path)
    account = account_for(sandbox)
    links = stores.links()

    async def main() -> list[str]:
        states = []
        async with DinteroClient(client_config) as client:
            for reference, operations in (
                ("PD-VOID", (Operation.VOID,)),
                ("PD-REFUND", (Operation.CAPTURE, Operation.REFUND)),
            ):
                record = await create_link(
                    client, links, account, link_draft(reference), datetime.now(UTC)
                )
                paid = await asyncio.to_thread(sandbox.pay, record.session_id)
                links.update_state(record.session_id, LinkState.PAID, "", paid["id"])
                for operation in operations:
                    await client.move(operation, paid["id"])
                transaction = await client.get_transaction(paid["id"])
                updated = await follow_payment(links, transaction)
                assert updated is not None
                states.append(updated.state)
                assert await follow_payment(links, transaction) is None  # nothing new
        return states

    assert asyncio.run(main()) == [LinkState.VOIDED, LinkState.REFUNDED]
    stores.close()


def test_pick_up_is_sent_as_the_sessions_delivery_method(
    sandbox: EmbeddedSandbox, client_config: ClientConfig, tmp_path: Path
) -> None:
    stores = LocalStores(tmp_path)
    pick_up = ShippingLine("Pick-up in shop", 0, Decimal(25), PICK_UP)
    draft = replace(link_draft("PD-PICKUP"), shipping=pick_up)

    async def main() -> LinkRecord:
        async with DinteroClient(client_config) as client:
            return await create_link(
                client, stores.links(), account_for(sandbox), draft, datetime.now(UTC)
            )

    record = asyncio.run(main())
    posted = sandbox.requests(r"/v1/sessions-profile$")[-1]["json"]
    assert posted["order"]["shipping_option"]["delivery_method"] == "pick_up"
    assert posted["order"]["shipping_option"]["amount"] == 0
    stored = stores.links().get(record.session_id)
    assert stored is not None
    assert stored.shipping == pick_up
    stores.close()


def test_the_mail_is_in_the_links_language_and_escaped() -> None:
    mail = link_mail(
        to="kari+shop@example.no",
        reference="PD-1 & Co?#",
        amount=49_900,
        currency="SEK",
        url="https://checkout.test/?sid=T1&x=2",
        expires="02.12.2026 15:00",
        shop="Sjø & Fjell",
    )
    url = mailto_url(mail)
    head, _, query = url.partition("?")
    assert head == "mailto:kari%2Bshop@example.no"
    assert " " not in url
    assert "\n" not in url
    fields = {k: v[0] for k, v in parse_qs(query, keep_blank_values=True).items()}
    assert set(fields) == {"subject", "body"}  # the "&" in the reference did not split it
    assert fields["subject"] == "Betalningslänk för order PD-1 & Co?#"
    assert "https://checkout.test/?sid=T1&x=2" in fields["body"]
    assert "%0D%0A" in query
    assert "\r\n" in fields["body"]
    assert unquote(urlsplit(url).path) == "kari+shop@example.no"
    norwegian = receipt_mail(to=None, reference="A", amount=100, currency="NOK", shop="S")
    assert norwegian.subject == "Kvittering for ordre A"
    assert norwegian.to == ""
    english = link_mail(
        to=None, reference="A", amount=100, currency="EUR", url="u", expires="e", shop="S"
    )
    assert english.subject == "Payment link for order A"


def test_the_receipt_names_come_from_the_account_and_are_kept(tmp_path: Path) -> None:
    store = AccountStore(tmp_path / "accounts.json")
    account = Account(
        "Test shop",
        "T12345678",
        "client",
        shop_name="  Fjord &  Fjell AS ",
        organization_number=" 987 654 321",
    )
    store.add(account)
    [loaded] = AccountStore(tmp_path / "accounts.json").load()
    assert loaded.shop_name == "Fjord & Fjell AS"
    assert loaded.organization_number == "987 654 321"
    assert loaded.receipt_name == "Fjord & Fjell AS"
    assert replace(loaded, shop_name="").receipt_name == "Test shop"
