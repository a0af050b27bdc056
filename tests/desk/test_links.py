"""Links in the desk: creating, following through the poller, saving a card, cancelling."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.accounts.models import Account
from app.desk.card_saving import CardSavingWatch, SavedCard, create_card_saving, follow
from app.desk.connection_check import ConnectionCheckFailed, check_connection
from app.desk.journal_rows import cancel_attempt
from app.desk.link_cancel import cancel_session_once
from app.desk.link_creation import LinkNotConfirmed, create_link, pending_record
from app.desk.link_tracking import LinkTracking, LinkWatch
from app.desk.services import LocalStores
from app.desk.session_poller import SessionPoller
from app.dintero import ClientConfig, DinteroClient, InvalidRequest
from app.dintero.models import Customer
from app.dintero.payloads import PaymentTokenSessionRequest
from app.sandbox import EmbeddedSandbox
from app.storage.journal import Outcome
from app.storage.links import LinkRecord, LinkState, SavedCardRecord, SavedCardState
from tests.desk.support import Heard, account_for, eventually, link_draft


def test_a_link_is_created_then_followed_until_paid(
    sandbox: EmbeddedSandbox, client_config: ClientConfig, tmp_path: Path
) -> None:
    stores = LocalStores(tmp_path)
    account = account_for(sandbox)
    heard = Heard()

    async def main() -> LinkRecord:
        async with DinteroClient(client_config) as client:
            record = await create_link(
                client, stores.links(), account, link_draft("PD-LINK-1"), datetime.now(UTC)
            )
            assert record.state == LinkState.OPEN
            poller = SessionPoller()
            poller.initial_interval_s = poller.max_interval_s = 0.05
            poller.min_gap_s = 0.01
            tracking = LinkTracking(client, account.key, stores.links(), heard, poller)
            assert tracking.track(record, urgent=True)
            running = asyncio.ensure_future(poller.run())
            await eventually(lambda: bool(heard.changes))
            await asyncio.to_thread(sandbox.pay, record.session_id)
            await asyncio.wait_for(running, 10)  # the poller ends when the link is paid
            return record

    record = asyncio.run(main())
    link, _before, _failure = heard.changes[-1]
    assert link.state == LinkState.PAID
    stored = stores.links().get(record.session_id)
    assert stored is not None
    assert stored.state == LinkState.PAID  # written to the history before it was told
    stores.close()


def test_a_link_refused_by_dintero_leaves_no_record(
    sandbox: EmbeddedSandbox, client_config: ClientConfig, tmp_path: Path
) -> None:
    stores = LocalStores(tmp_path)
    account = account_for(sandbox)
    sandbox.add_fault(method="POST", path=r"/v1/sessions-profile$", kind="status", status=400)

    async def main() -> None:
        async with DinteroClient(client_config) as client:
            with pytest.raises(InvalidRequest):
                await create_link(
                    client, stores.links(), account, link_draft("PD-LINK-2"), datetime.now(UTC)
                )

    asyncio.run(main())
    assert stores.links().search(account.key) == []


def test_a_link_whose_answer_is_lost_is_kept_as_not_confirmed(
    sandbox: EmbeddedSandbox, client_config: ClientConfig, tmp_path: Path
) -> None:
    stores = LocalStores(tmp_path)
    account = account_for(sandbox)
    sandbox.add_fault(method="POST", path=r"/v1/sessions-profile$", kind="drop_after_apply")

    async def main() -> None:
        async with DinteroClient(client_config) as client:
            with pytest.raises(LinkNotConfirmed):
                await create_link(
                    client, stores.links(), account, link_draft("PD-LINK-3"), datetime.now(UTC)
                )

    asyncio.run(main())
    (kept,) = stores.links().search(account.key)
    assert kept.state == LinkState.CREATING


def test_a_saved_card_is_followed_to_its_token(
    sandbox: EmbeddedSandbox, client_config: ClientConfig, tmp_path: Path
) -> None:
    stores = LocalStores(tmp_path)
    account = account_for(sandbox)
    states: list[str] = []
    ended: list[tuple[SavedCardRecord, SavedCard | None]] = []

    class Listener:
        def card_saving_state(self, text: str) -> None:
            states.append(text)

        def card_saving_ended(self, record: SavedCardRecord, saved: SavedCard | None) -> None:
            ended.append((record, saved))

    async def main() -> SavedCard | None:
        async with DinteroClient(client_config) as client:
            request = PaymentTokenSessionRequest(
                merchant_reference="PD-CARD-1",
                currency="NOK",
                return_url="https://shop.example.com/return",
                customer=Customer(email="kari@example.com"),
            )
            record = await create_card_saving(client, account, stores.links(), request)
            watch = CardSavingWatch(client, stores.links(), record, Listener())
            following = asyncio.ensure_future(follow(watch, interval_s=0.05))
            await asyncio.sleep(0.1)
            await asyncio.to_thread(sandbox.pay, record.session_id)
            return await asyncio.wait_for(following, 10)

    saved = asyncio.run(main())
    assert saved is not None
    assert saved.token or saved.token_id
    (record, _saved) = ended[-1]
    assert record.state == SavedCardState.SAVED
    (kept,) = stores.links().saved_cards(account.key)
    assert kept.state == SavedCardState.SAVED


def test_a_link_cancel_is_journalled_once_in_the_shared_journal(
    sandbox: EmbeddedSandbox, client_config: ClientConfig, tmp_path: Path
) -> None:
    stores = LocalStores(tmp_path)
    account = account_for(sandbox)

    async def main() -> None:
        async with DinteroClient(client_config) as client:
            record = await create_link(
                client, stores.links(), account, link_draft("PD-LINK-4"), datetime.now(UTC)
            )
            attempt = cancel_attempt(account, "tester", record)
            result = await cancel_session_once(client, stores, attempt)
            assert result.session.cancelled_at is not None

    asyncio.run(main())
    journal = stores.journal()
    (row,) = journal.query()
    assert row.outcome is Outcome.SUCCEEDED
    assert row.request_id
    assert stores.journal() is journal  # opened once, shared
    stores.close()


def test_check_connection_speaks_plainly(sandbox: EmbeddedSandbox) -> None:
    good = Account("Shop", sandbox.account_id, sandbox.client_id, base_url=sandbox.base_url)
    said = asyncio.run(check_connection(good, sandbox.client_secret))
    assert said.startswith(f"Connected to the test account {sandbox.account_id}.")
    with pytest.raises(ConnectionCheckFailed) as failed:
        asyncio.run(check_connection(good, "not-the-secret"))
    assert "credentials" in failed.value.user_message
    assert "401" in failed.value.details


def test_a_vanished_unconfirmed_link_is_never_taken_for_an_older_link_with_its_reference(
    sandbox: EmbeddedSandbox, client_config: ClientConfig, tmp_path: Path
) -> None:
    """A replacement link keeps its order's reference ("Send again by SMS"). A desk
    following the replacement while it is unconfirmed, whose record then vanishes from
    the shared history, follows that link's confirmed record, never the older, cancelled
    link that has the same reference."""
    stores = LocalStores(tmp_path)
    store = stores.links()
    account = account_for(sandbox)
    heard = Heard()

    async def main() -> None:
        async with DinteroClient(client_config) as client:
            now = datetime.now(UTC)
            earlier = now - timedelta(minutes=5)
            await create_link(client, store, account, link_draft("PD-SAME-1"), earlier)
            pending = pending_record(account, link_draft("PD-SAME-1"), now)
            await asyncio.to_thread(store.add, pending)
            tracking = LinkTracking(client, account.key, store, heard, SessionPoller())
            watch = LinkWatch(tracking, pending)
            # Discarded by the desk that sent it (Dintero refused it): nothing to follow.
            await asyncio.to_thread(store.discard, pending.session_id)
            assert not await tracking.follow_confirmed(watch)
            assert heard.confirmed == []
            # Written again and confirmed by the other desk: followed as that link.
            await asyncio.to_thread(store.add, pending)
            confirmed = await asyncio.to_thread(
                store.confirm, pending.session_id, "T-replacement", "https://pay.test/new"
            )
            assert confirmed is not None
            assert await tracking.follow_confirmed(watch)
            assert [record.session_id for _, record in heard.confirmed] == ["T-replacement"]

    asyncio.run(main())
    stores.close()
