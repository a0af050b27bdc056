"""Charging a saved card from the desk: the journal, the strict reference, declines and
their retry policy, and a lost answer settled by reading, never by sending again."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from pathlib import Path

import pytest

from app.desk.card_charging import (
    CHARGE_LEASE,
    CardNotChargeable,
    ChargeOutcome,
    charge_saved_card,
    charges_of,
    settle_open_charges,
)
from app.desk.services import LocalStores
from app.dintero import ClientConfig, DinteroClient, TransactionStatus
from app.sandbox import EmbeddedSandbox
from app.storage.journal import Journal, JournalError, Outcome
from app.storage.leases import LeaseHolder, LocalLeases
from app.storage.links import DO_NOT_RETRY
from tests.desk.card_support import refill_order, saved_card
from tests.desk.support import account_for


def pay_requests(sandbox: EmbeddedSandbox) -> list[dict[str, object]]:
    return [r for r in sandbox.requests(r"^/v1/sessions/pay$") if r["method"] == "POST"]


def test_a_saved_card_is_charged_once_and_journalled(
    sandbox: EmbeddedSandbox, client_config: ClientConfig, journal: Journal, tmp_path: Path
) -> None:
    store = LocalStores(tmp_path).links()
    account = account_for(sandbox)

    async def main() -> None:
        async with DinteroClient(client_config) as client:
            card = await saved_card(client, account, store, sandbox)
            assert card.card_expiry
            assert card.customer_id == "cust-7"
            report = await charge_saved_card(
                client, account, journal, store, card, refill_order(), operator="kari"
            )
        assert report.outcome is ChargeOutcome.APPROVED
        assert report.transaction is not None
        assert report.transaction.status is TransactionStatus.AUTHORIZED
        assert report.transaction.merchant_reference == report.merchant_reference
        (row,) = charges_of(journal, card)
        assert row.outcome is Outcome.SUCCEEDED
        assert row.reference == report.merchant_reference
        assert row.amount == 24_900
        (sent,) = pay_requests(sandbox)
        assert sent["headers"]["dintero-feature-toggles"] == "strict-merchant-reference"  # type: ignore[index]
        token = card.payment_token
        assert token
        assert token not in repr(card)
        assert all(token not in f"{r.note} {r.message}" for r in charges_of(journal, card))

    asyncio.run(main())


def test_a_decline_is_shown_in_dinteros_words(
    sandbox: EmbeddedSandbox, client_config: ClientConfig, journal: Journal, tmp_path: Path
) -> None:
    store = LocalStores(tmp_path).links()
    account = account_for(sandbox)

    async def main() -> None:
        async with DinteroClient(client_config) as client:
            card = await saved_card(client, account, store, sandbox)
            sandbox.set_card_payments("decline", times=1)
            report = await charge_saved_card(
                client, account, journal, store, card, refill_order(), operator="kari"
            )
            assert report.outcome is ChargeOutcome.DECLINED
            assert report.decline is not None
            assert report.decline.message == "Insufficient funds"  # as the sandbox said it
            assert "Insufficient funds" in report.message
            (row,) = charges_of(journal, card)
            assert row.outcome is Outcome.FAILED
            assert "Insufficient funds" in row.message
            # RETRY_IMMEDIATELY: the card may be charged again, and this time it works.
            again = await charge_saved_card(
                client, account, journal, store, report.card, refill_order(), operator="kari"
            )
        assert again.outcome is ChargeOutcome.APPROVED
        assert again.merchant_reference != report.merchant_reference
        kept = store.saved_card(card.session_id)
        assert kept is not None
        assert kept.last_decline is None

    asyncio.run(main())


def test_do_not_retry_marks_the_card_and_nobody_can_charge_it_again(
    sandbox: EmbeddedSandbox, client_config: ClientConfig, journal: Journal, tmp_path: Path
) -> None:
    stores = LocalStores(tmp_path)
    account = account_for(sandbox)

    async def main() -> None:
        async with DinteroClient(client_config) as client:
            card = await saved_card(client, account, stores.links(), sandbox)
            sandbox.set_card_payments("do_not_retry")
            report = await charge_saved_card(
                client, account, journal, stores.links(), card, refill_order(), operator="kari"
            )
            assert report.outcome is ChargeOutcome.DECLINED
            assert "must not be tried again" in report.message
            stores.close()  # what another desk, or the next start, reads
            kept = LocalStores(tmp_path).links().saved_card(card.session_id)
            assert kept is not None
            assert kept.retry_policy == DO_NOT_RETRY
            assert not kept.chargeable
            sandbox.set_card_payments("approve")
            with pytest.raises(CardNotChargeable, match="not to try this card again"):
                await charge_saved_card(
                    client, account, journal, stores.links(), kept, refill_order(), operator="ola"
                )
        assert len(pay_requests(sandbox)) == 1

    asyncio.run(main())


def test_retry_after_delay_is_obeyed(
    sandbox: EmbeddedSandbox, client_config: ClientConfig, journal: Journal, tmp_path: Path
) -> None:
    store = LocalStores(tmp_path).links()
    account = account_for(sandbox)

    async def main() -> None:
        async with DinteroClient(client_config) as client:
            card = await saved_card(client, account, store, sandbox)
            sandbox.set_card_payments("retry_after", times=1, retry_after_s=3600)
            report = await charge_saved_card(
                client, account, journal, store, card, refill_order(), operator="kari"
            )
            assert report.outcome is ChargeOutcome.DECLINED
            assert report.card.retry_after is not None
            assert "Try again after" in report.message
            with pytest.raises(CardNotChargeable, match="wait until"):
                await charge_saved_card(
                    client, account, journal, store, report.card, refill_order(), operator="kari"
                )
        assert len(pay_requests(sandbox)) == 1

    asyncio.run(main())


def test_a_lost_answer_is_settled_by_reading_never_resent(
    sandbox: EmbeddedSandbox, client_config: ClientConfig, journal: Journal, tmp_path: Path
) -> None:
    store = LocalStores(tmp_path).links()
    account = account_for(sandbox)

    async def main() -> None:
        async with DinteroClient(client_config) as client:
            card = await saved_card(client, account, store, sandbox)
            sandbox.add_fault(
                kind="drop_after_apply", method="POST", path="/sessions/pay$", times=1
            )
            lost = await charge_saved_card(
                client, account, journal, store, card, refill_order(), operator="kari"
            )
            assert lost.outcome is ChargeOutcome.NOT_CONFIRMED
            (row,) = charges_of(journal, card)
            assert row.outcome is Outcome.UNKNOWN
            (found,) = await settle_open_charges(client, journal, store, card)
        assert found.outcome is ChargeOutcome.APPROVED
        assert found.merchant_reference == lost.merchant_reference
        (row,) = charges_of(journal, card)
        assert row.outcome is Outcome.SUCCEEDED
        assert len(pay_requests(sandbox)) == 1

    asyncio.run(main())


def test_a_charge_never_found_blocks_the_card_until_it_is_settled(
    sandbox: EmbeddedSandbox, client_config: ClientConfig, journal: Journal, tmp_path: Path
) -> None:
    store = LocalStores(tmp_path).links()
    account = account_for(sandbox)

    async def main() -> None:
        async with DinteroClient(client_config) as client:
            card = await saved_card(client, account, store, sandbox)
            sandbox.add_fault(
                kind="drop_before_apply", method="POST", path="/sessions/pay$", times=1
            )
            lost = await charge_saved_card(
                client, account, journal, store, card, refill_order(), operator="kari"
            )
            assert lost.outcome is ChargeOutcome.NOT_CONFIRMED
            with pytest.raises(CardNotChargeable, match="not confirmed yet"):
                await charge_saved_card(
                    client, account, journal, store, card, refill_order(), operator="kari"
                )
            (absent,) = await settle_open_charges(
                client, journal, store, card, absent_after=timedelta(0)
            )
            assert absent.outcome is ChargeOutcome.NOT_CHARGED
            again = await charge_saved_card(
                client, account, journal, store, card, refill_order(), operator="kari"
            )
        assert again.outcome is ChargeOutcome.APPROVED
        assert [r.outcome for r in charges_of(journal, card)] == [Outcome.SUCCEEDED, Outcome.FAILED]
        assert len(pay_requests(sandbox)) == 2  # the lost one, and the new one

    asyncio.run(main())


def test_nothing_is_sent_when_the_journal_cannot_be_written(
    sandbox: EmbeddedSandbox, client_config: ClientConfig, tmp_path: Path
) -> None:
    store = LocalStores(tmp_path).links()
    account = account_for(sandbox)
    journal_dir = tmp_path / "journal"
    journal_dir.mkdir()
    journal = Journal.in_directory(journal_dir)

    async def main() -> None:
        async with DinteroClient(client_config) as client:
            card = await saved_card(client, account, store, sandbox)
            journal.close()
            (journal_dir / "journal.sqlite3").unlink()
            (journal_dir / "journal.sqlite3").mkdir()  # a folder where the file must be
            with pytest.raises(JournalError):
                await charge_saved_card(
                    client, account, journal, store, card, refill_order(), operator="kari"
                )
        assert pay_requests(sandbox) == []

    asyncio.run(main())


def test_a_card_another_desk_is_charging_is_not_charged_twice(
    sandbox: EmbeddedSandbox, client_config: ClientConfig, journal: Journal, tmp_path: Path
) -> None:
    store = LocalStores(tmp_path).links()
    account = account_for(sandbox)
    leases = LocalLeases()

    async def main() -> None:
        async with DinteroClient(client_config) as client:
            card = await saved_card(client, account, store, sandbox)
            other = leases.acquire(
                CHARGE_LEASE, card.session_id, LeaseHolder("back office", "ola", "charging"), 60
            )
            with pytest.raises(CardNotChargeable, match="ola"):
                await charge_saved_card(
                    client,
                    account,
                    journal,
                    store,
                    card,
                    refill_order(),
                    operator="kari",
                    leases=leases,
                )
            assert pay_requests(sandbox) == []
            leases.release(other)
            report = await charge_saved_card(
                client,
                account,
                journal,
                store,
                card,
                refill_order(),
                operator="kari",
                leases=leases,
            )
        assert report.outcome is ChargeOutcome.APPROVED
        # Released after the charge: the next one may take it.
        leases.release(leases.acquire(CHARGE_LEASE, card.session_id, LeaseHolder("d", "o"), 1))

    asyncio.run(main())
