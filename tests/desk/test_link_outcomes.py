"""How a link reads after its payment: declined or failed (the link has ended), a failed
attempt without a transaction (still open), on hold for review, in progress, paid.

A session has one transaction, so a declined or failed payment ends the link; the
sandbox pays as the customer would and each reading goes through the link's real watch.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.core.tone import Tone
from app.desk.link_creation import create_link
from app.desk.link_status import build_status, failure_notice, state_label
from app.desk.link_tracking import LinkTracking, LinkWatch
from app.desk.services import LocalStores
from app.desk.session_poller import PollResult, SessionPoller
from app.dintero import ClientConfig, DinteroClient, InvalidRequest
from app.dintero.models import TransactionStatus
from app.dintero.session_state import session_status
from app.sandbox import EmbeddedSandbox
from app.storage.links import LinkRecord, LinkState
from tests.desk.support import Heard, account_for, link_draft

INVOICE = "collector.invoice"  # goes to the payment provider's review (ON_HOLD)


class Shop:
    """A desk's link history and one link followed by its watch, read when asked."""

    def __init__(self, sandbox: EmbeddedSandbox, folder: Path) -> None:
        self.sandbox = sandbox
        self.stores = LocalStores(folder)
        self.account = account_for(sandbox)
        self.heard = Heard()

    async def new_link(self, client: DinteroClient, reference: str) -> tuple[LinkRecord, LinkWatch]:
        record = await create_link(
            client, self.stores.links(), self.account, link_draft(reference), datetime.now(UTC)
        )
        tracking = LinkTracking(
            client,
            self.account.key,
            self.stores.links(),
            self.heard,
            SessionPoller(),
        )
        watch = LinkWatch(tracking, record)
        assert await watch.poll() is PollResult.CHANGED
        assert self.heard.latest.state == LinkState.OPEN
        return record, watch

    async def pay(self, session_id: str, outcome: str, product: str = "vipps") -> str:
        paid = await asyncio.to_thread(
            self.sandbox.pay, session_id, outcome=outcome, payment_product_type=product
        )
        return str(paid["id"])

    def stored_state(self, session_id: str) -> str:
        record = self.stores.links().get(session_id)
        assert record is not None
        return record.state


def kinds(shop: Shop) -> list[str]:
    return [entry.kind for entry in shop.heard.latest.timeline]


def test_a_declined_payment_ends_the_link(
    sandbox: EmbeddedSandbox, client_config: ClientConfig, tmp_path: Path
) -> None:
    shop = Shop(sandbox, tmp_path)

    async def main() -> tuple[LinkRecord, PollResult]:
        async with DinteroClient(client_config) as client:
            record, watch = await shop.new_link(client, "PD-DECLINED-1")
            await shop.pay(record.session_id, "declined")
            result = await watch.poll()
            with pytest.raises(InvalidRequest):  # Dintero refuses to cancel it
                await client.cancel_session(record.session_id)
            return record, result

    record, result = asyncio.run(main())
    assert result is PollResult.FINISHED  # nothing more can happen: no more reading
    link, before, new_failure = shop.heard.changes[-1]
    assert (link.state, before, new_failure) == (LinkState.DECLINED, LinkState.OPEN, True)
    assert state_label(link.state) == (
        "Customer declined — the link can't be paid again; send a new link",
        Tone.ERROR,
    )
    assert link.ended_by_failure
    assert link.finished
    assert not link.cancellable
    assert kinds(shop)[-1] == "failed"
    assert link.timeline[-1].text.startswith("Declined by the customer")
    assert "paid" not in kinds(shop)
    headline, message = failure_notice(link)
    assert headline == "Customer declined"
    assert message.endswith("The link can't be paid again; send a new link.")
    assert shop.stored_state(record.session_id) == LinkState.DECLINED
    assert shop.stores.links().unfinished(shop.account.key) == []  # not resumed at start


def test_a_failed_payment_ends_the_link(
    sandbox: EmbeddedSandbox, client_config: ClientConfig, tmp_path: Path
) -> None:
    shop = Shop(sandbox, tmp_path)

    async def main() -> tuple[LinkRecord, PollResult]:
        async with DinteroClient(client_config) as client:
            record, watch = await shop.new_link(client, "PD-FAILED-1")
            await shop.pay(record.session_id, "failed", "dintero_psp.creditcard")
            return record, await watch.poll()

    record, result = asyncio.run(main())
    assert result is PollResult.FINISHED
    link = shop.heard.latest
    assert link.state == LinkState.PAYMENT_FAILED
    assert state_label(link.state) == (
        "Payment failed — the link can't be paid again; send a new link",
        Tone.ERROR,
    )
    assert not link.cancellable
    assert link.timeline[-1].text.startswith("Payment failed")
    assert "attempt" not in link.detail
    assert failure_notice(link)[0] == "Payment failed"
    assert shop.stored_state(record.session_id) == LinkState.PAYMENT_FAILED


def test_a_failed_payment_still_reads_as_failed_once_the_link_has_expired(
    sandbox: EmbeddedSandbox, client_config: ClientConfig, tmp_path: Path
) -> None:
    """Why the link ended stays told when it is read again after its expiry."""
    shop = Shop(sandbox, tmp_path)
    later = datetime.now(UTC) + timedelta(days=2)

    async def main() -> None:
        async with DinteroClient(client_config) as client:
            record, watch = await shop.new_link(client, "PD-FAILED-2")
            await shop.pay(record.session_id, "declined")
            watch.tracking.clock = lambda: later
            session = await client.get_session(record.session_id)
            assert session.transaction_id is not None
            declined = await client.get_transaction(session.transaction_id)
            # The session's own state by then is "expired"; the link says why it ended.
            assert session_status(session, later, declined).state == "expired"
            await watch.poll()

    asyncio.run(main())
    assert shop.heard.latest.state == LinkState.DECLINED
    assert "expired" not in kinds(shop)


def test_an_attempt_without_a_transaction_keeps_the_link_open(
    sandbox: EmbeddedSandbox, client_config: ClientConfig, tmp_path: Path
) -> None:
    shop = Shop(sandbox, tmp_path)

    async def main() -> tuple[PollResult, PollResult]:
        async with DinteroClient(client_config) as client:
            record, watch = await shop.new_link(client, "PD-RETRY-1")
            await asyncio.to_thread(sandbox.pay, record.session_id, outcome="pay_failed")
            after_attempt = await watch.poll()
            await shop.pay(record.session_id, "authorized")
            return after_attempt, await watch.poll()

    after_attempt, after_payment = asyncio.run(main())
    assert after_attempt is PollResult.CHANGED  # still followed: the customer may retry
    attempt, before, new_failure = shop.heard.changes[-2]
    assert (attempt.state, before, new_failure) == (LinkState.FAILED_ATTEMPT, "open", True)
    assert state_label(attempt.state)[0] == "Payment attempt failed — link still open"
    assert attempt.cancellable
    assert not attempt.finished
    assert attempt.transaction_id is None
    assert failure_notice(attempt)[0] == "Payment attempt failed"
    assert after_payment is PollResult.FINISHED
    assert shop.heard.latest.state == LinkState.PAID


def test_on_hold_waits_for_the_review_then_is_paid_once(
    sandbox: EmbeddedSandbox, client_config: ClientConfig, tmp_path: Path
) -> None:
    shop = Shop(sandbox, tmp_path)

    async def main() -> list[PollResult]:
        async with DinteroClient(client_config) as client:
            record, watch = await shop.new_link(client, "PD-HOLD-1")
            held = await shop.pay(record.session_id, "on_hold", INVOICE)
            results = [await watch.poll(), await watch.poll()]
            assert shop.stored_state(record.session_id) == LinkState.ON_HOLD
            await asyncio.to_thread(sandbox.resolve, held, "authorized")
            results.append(await watch.poll())
            return results

    waiting, still_waiting, paid = asyncio.run(main())
    assert (waiting, still_waiting, paid) == (
        PollResult.CHANGED,
        PollResult.UNCHANGED,  # followed on while the review lasts
        PollResult.FINISHED,
    )
    held, before, _failure = shop.heard.changes[-2]
    assert (held.state, before) == (LinkState.ON_HOLD, LinkState.OPEN)
    text, tone = state_label(held.state)
    assert text == "On hold — waiting for the payment provider's review. Don't ship yet."
    assert tone is Tone.WARNING
    assert held.transaction_status == "ON_HOLD"
    assert [e.kind for e in held.timeline].count("on_hold") == 1  # from the transaction
    assert "paid" not in [e.kind for e in held.timeline]
    assert not any(e.text.startswith("Paid") for e in held.timeline)
    assert not held.finished
    assert not held.cancellable  # Dintero does not cancel while on hold
    link, before, _failure = shop.heard.changes[-1]
    assert (link.state, before) == (LinkState.PAID, LinkState.ON_HOLD)
    assert [change.state for change, _b, _f in shop.heard.changes].count(LinkState.PAID) == 1
    order = kinds(shop)
    assert order.index("on_hold") < order.index("paid")
    assert link.timeline[-1].text.startswith("Paid — authorized")


def test_on_hold_rejected_by_the_review_ends_the_link(
    sandbox: EmbeddedSandbox, client_config: ClientConfig, tmp_path: Path
) -> None:
    shop = Shop(sandbox, tmp_path)

    async def main() -> PollResult:
        async with DinteroClient(client_config) as client:
            record, watch = await shop.new_link(client, "PD-HOLD-2")
            held = await shop.pay(record.session_id, "on_hold", INVOICE)
            await watch.poll()
            await asyncio.to_thread(sandbox.resolve, held, "failed")
            return await watch.poll()

    assert asyncio.run(main()) is PollResult.FINISHED
    link, before, new_failure = shop.heard.changes[-1]
    assert (link.state, before, new_failure) == (LinkState.PAYMENT_FAILED, "on_hold", True)
    order = kinds(shop)
    assert order.index("on_hold") < order.index("failed")  # in the order it happened
    assert "paid" not in order
    assert failure_notice(link)[0] == "Payment failed"


def test_a_payment_in_progress_reads_as_in_progress_never_paid(
    sandbox: EmbeddedSandbox, client_config: ClientConfig, tmp_path: Path
) -> None:
    """The sandbox completes payments at once, so the real session and transaction are
    read and the transaction is taken back to its first step (INITIALIZE, INITIATED)."""
    shop = Shop(sandbox, tmp_path)

    async def main() -> None:
        async with DinteroClient(client_config) as client:
            record, _watch = await shop.new_link(client, "PD-PROGRESS-1")
            tx_id = await shop.pay(record.session_id, "authorized", "dintero_psp.creditcard")
            session = await client.get_session(record.session_id)
            paid = await client.get_transaction(tx_id)
            started = paid.model_copy(
                update={"status": TransactionStatus.INITIATED, "events": paid.events[:1]}
            )
            assert started.events[0].event == "INITIALIZE"
            in_progress = build_status(
                session, session_status(session, None, started), started, None
            )
            assert in_progress.state == LinkState.PROCESSING
            assert state_label(in_progress.state) == ("Payment in progress", Tone.INFO)
            assert "processing" in [e.kind for e in in_progress.timeline]
            assert not any("Paid" in e.text for e in in_progress.timeline)
            assert in_progress.cancellable  # an INITIATED payment is voided by a cancel
            assert not in_progress.finished

            unread = build_status(session, session_status(session), None, None)
            assert unread.state == LinkState.PROCESSING
            assert "not read yet" in unread.timeline[-1].text
            assert not unread.cancellable  # not known whether Dintero would void it

    asyncio.run(main())
