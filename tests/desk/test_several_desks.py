"""Several desks on one PostgreSQL database: one money move per payment at a time, any
desk settles what another left open, links read from one desk and seen on all, and a
desk without its database sends nothing yet keeps reading Dintero.

Each desk is a whole service stack of its own (connection pool, stores, leases, Dintero
client) on its own event loop: a child process, or a thread. Faults are real: a desk
killed with SIGKILL mid-refund, a database connection cut by a proxy.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import signal
import socket
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from app.core.vat import OrderLine
from app.desk.link_status import LinkStatus
from app.desk.link_tracking import LinkTracking
from app.desk.money_moves import (
    LATE_NOTE,
    MovedElsewhere,
    MovedSinceConfirmed,
    SharedDatabaseAway,
)
from app.desk.move_request import MoveRequest
from app.desk.session_poller import SessionPoller
from app.desk.shared_database import Changes, ChangeWatch, DatabaseWatch
from app.dintero import ClientConfig, DinteroClient, LocalValidationError, Operation, RefundRequest
from app.sandbox import EmbeddedSandbox
from app.storage.journal import Outcome
from app.storage.links import LinkRecord
from tests.desk.several_desks_support import (
    CuttableProxy,
    SharedDesk,
    postgres_address,
    refund_from_another_desk,
    through,
)
from tests.desk.support import RecordingListener, account_for

SPAWN = multiprocessing.get_context("spawn")


@pytest.fixture
def desks(postgres_url: str, pg_schema: str) -> Iterator[Callable[[str, str], SharedDesk]]:
    made: list[SharedDesk] = []

    def make(name: str, operator: str) -> SharedDesk:
        desk = SharedDesk(postgres_url, pg_schema, name=name, operator=operator)
        made.append(desk)
        return desk

    yield make
    for desk in made:
        desk.close()


def _refund_posts(sandbox: EmbeddedSandbox) -> int:
    return len([r for r in sandbox.requests(r"/refund$") if r["method"] == "POST"])


def _refunds(sandbox: EmbeddedSandbox, tx_id: str) -> list[int]:
    events = sandbox.get_transaction(tx_id)["events"]
    return [e["amount"] for e in events if e["event"] == "REFUND" and e.get("success") is True]


def _wait_for(predicate: Callable[[], bool], what: str, timeout_s: float = 60.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not predicate():
        assert time.monotonic() < deadline, f"never happened: {what}"
        time.sleep(0.02)


def _other_desk(
    sandbox: EmbeddedSandbox,
    postgres: tuple[str, str],
    tx_id: str,
    amount: int,
    *,
    lease_ttl_s: float = 30.0,
) -> multiprocessing.process.BaseProcess:
    child = SPAWN.Process(
        target=refund_from_another_desk,
        args=(
            sandbox.base_url,
            sandbox.account_id,
            sandbox.client_id,
            sandbox.client_secret,
            postgres,
            ("Front desk", "kari"),
            tx_id,
            amount,
            lease_ttl_s,
        ),
    )
    child.start()
    return child


def test_a_second_desk_is_told_who_is_moving_the_payment_and_sends_nothing(
    sandbox: EmbeddedSandbox,
    client_config: ClientConfig,
    desks: Callable[[str, str], SharedDesk],
    postgres_url: str,
    pg_schema: str,
) -> None:
    tx_id = sandbox.create_authorized_transaction(amount=20_000, outcome="captured")["id"]
    sandbox.add_fault(method="POST", path=r"/refund$", kind="latency", latency_ms=2_500, times=1)
    back_office = desks("Back office", "ola")
    child = _other_desk(sandbox, (postgres_url, pg_schema), tx_id, 5_000)
    try:
        _wait_for(lambda: _refund_posts(sandbox) == 1, "the front desk's refund was sent")

        async def main() -> None:
            async with DinteroClient(client_config) as client:
                listener = RecordingListener()
                money = back_office.money_desk(client, account_for(sandbox), listener)
                basis = await client.get_transaction(tx_id)
                request = MoveRequest.for_transaction(
                    Operation.REFUND, basis, 3_000, RefundRequest(amount=3_000)
                )
                with pytest.raises(MovedElsewhere) as refused:
                    await money.run(request)
                message = refused.value.user_message
                assert "kari at desk “Front desk”" in message
                assert "refund 50,00" in message
                assert "since " in message
                assert "Nothing was sent" in message
                assert listener.texts()[-1].startswith("Not sent: Another desk")

        asyncio.run(main())
        assert _refund_posts(sandbox) == 1  # nothing went out from the second desk
    finally:
        child.join(60)
    assert child.exitcode == 0
    assert _refunds(sandbox, tx_id) == [5_000]
    (row,) = back_office.journal.for_target(tx_id)
    assert (row.outcome, row.operator, row.desk) == (Outcome.SUCCEEDED, "kari", "Front desk")


def test_a_desk_that_waits_is_told_what_the_other_desk_did_and_sends_nothing(
    sandbox: EmbeddedSandbox,
    client_config: ClientConfig,
    desks: Callable[[str, str], SharedDesk],
    postgres_url: str,
    pg_schema: str,
) -> None:
    """Two colleagues refund the same customer's complaint: the second desk waits for the
    first, then learns the refund happened after it confirmed, and sends nothing. Only
    when its person looks again (a fresh view) does a second refund go out."""
    tx_id = sandbox.create_authorized_transaction(amount=20_000, outcome="captured")["id"]
    sandbox.add_fault(method="POST", path=r"/refund$", kind="latency", latency_ms=2_000, times=1)
    back_office = desks("Back office", "ola")
    child = _other_desk(sandbox, (postgres_url, pg_schema), tx_id, 5_000)
    try:
        _wait_for(lambda: _refund_posts(sandbox) == 1, "the front desk's refund was sent")

        async def main() -> None:
            async with DinteroClient(client_config) as client:
                listener = RecordingListener()
                money = back_office.money_desk(
                    client, account_for(sandbox), listener, lease_wait_s=60.0
                )
                basis = await client.get_transaction(tx_id)  # before the front desk's refund
                request = MoveRequest.for_transaction(
                    Operation.REFUND, basis, 5_000, RefundRequest(amount=5_000)
                )
                with pytest.raises(MovedSinceConfirmed) as refused:
                    await money.run(request)
                assert any(text.startswith("Waiting: kari at desk") for text in listener.texts())
                message = refused.value.user_message
                assert message.startswith("kari at desk “Front desk” refunded 50,00")
                assert "after this refund was confirmed here. Nothing was sent" in message
                assert _refund_posts(sandbox) == 1

                fresh = await client.get_transaction(tx_id)  # the person looks again
                again = MoveRequest.for_transaction(
                    Operation.REFUND, fresh, 3_000, RefundRequest(amount=3_000)
                )
                assert (await money.run(again)).outcome is Outcome.SUCCEEDED

        asyncio.run(main())
    finally:
        child.join(60)
    assert child.exitcode == 0
    assert sorted(_refunds(sandbox, tx_id)) == [3_000, 5_000]
    assert _refund_posts(sandbox) == 2
    rows = sorted(back_office.journal.for_target(tx_id), key=lambda r: r.id)
    assert [(r.desk, r.amount, r.outcome) for r in rows] == [
        ("Front desk", 5_000, Outcome.SUCCEEDED),
        ("Back office", 3_000, Outcome.SUCCEEDED),
    ]


def test_a_move_left_open_by_a_killed_desk_is_settled_from_another_desk(
    sandbox: EmbeddedSandbox,
    client_config: ClientConfig,
    desks: Callable[[str, str], SharedDesk],
    postgres_url: str,
    pg_schema: str,
) -> None:
    tx_id = sandbox.create_authorized_transaction(amount=20_000, outcome="captured")["id"]
    # Dintero applies the refund 2.5 s after it arrived, whether or not anyone waits.
    sandbox.add_fault(method="POST", path=r"/refund$", kind="latency", latency_ms=2_500, times=1)
    back_office = desks("Back office", "ola")
    child = _other_desk(sandbox, (postgres_url, pg_schema), tx_id, 5_000, lease_ttl_s=3.0)
    try:
        _wait_for(lambda: _refund_posts(sandbox) == 1, "the front desk's refund was sent")
        os.kill(child.pid or 0, signal.SIGKILL)
    finally:
        child.join(10)
    assert child.exitcode == -signal.SIGKILL
    (row,) = back_office.journal.for_target(tx_id)
    assert (row.outcome, row.desk) == (Outcome.ATTEMPTED, "Front desk")  # visible to all

    async def main() -> None:
        async with DinteroClient(client_config) as client:
            money = back_office.money_desk(client, account_for(sandbox))
            basis = await client.get_transaction(tx_id)
            again = MoveRequest.for_transaction(
                Operation.REFUND, basis, 5_000, RefundRequest(amount=5_000)
            )
            # Still leased by the dead desk, or (once that ran out) open in the journal:
            # either way the second desk sends nothing.
            with pytest.raises(LocalValidationError):
                await money.run(again)
            assert _refund_posts(sandbox) == 1
            deadline = time.monotonic() + 60
            while back_office.journal.get(row.id).outcome is not Outcome.SUCCEEDED:
                assert time.monotonic() < deadline, "the open row was never settled"
                await money.reconcile_unsettled()  # skipped while the dead desk's lease runs
                await asyncio.sleep(0.1)

    asyncio.run(main())
    settled = back_office.journal.get(row.id)
    assert (settled.operator, settled.desk, settled.amount) == ("kari", "Front desk", 5_000)
    assert settled.message in {"Confirmed later by reading the transaction.", LATE_NOTE}
    assert _refunds(sandbox, tx_id) == [5_000]
    assert _refund_posts(sandbox) == 1


def test_two_desks_reconciling_the_same_open_rows_settle_each_once(
    sandbox: EmbeddedSandbox,
    client_config: ClientConfig,
    desks: Callable[[str, str], SharedDesk],
) -> None:
    """Both desks open the account at once and find the same open rows: each row is
    settled by one of them (the other skips it while the first holds its lease)."""
    from app.storage.journal import JournalAttempt, JournalOperation

    writer = desks("Front desk", "kari")
    ids: list[tuple[str, int]] = []
    for number in range(6):
        tx_id = sandbox.create_authorized_transaction(amount=9_000, outcome="captured")["id"]
        entry = writer.journal.record_attempt(
            JournalAttempt(
                "kari",
                sandbox.account_id,
                "test",
                JournalOperation.REFUND,
                tx_id,
                1_000,
                "NOK",
                f"never-sent-{number}",
                desk="Front desk",
            )
        )
        ids.append((tx_id, entry))
    config = client_config.model_copy(update={"settle_timeout_s": 0.01})
    settled: dict[str, int] = {}

    def desk_thread(name: str) -> None:
        shared = desks(name, name.lower())

        async def main() -> None:
            async with DinteroClient(config) as client:
                settled[name] = await shared.money_desk(
                    client, account_for(sandbox)
                ).reconcile_unsettled()

        asyncio.run(main())

    threads = [threading.Thread(target=desk_thread, args=(n,)) for n in ("A", "B")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    outcomes = [writer.journal.get(entry).outcome for _tx, entry in ids]
    assert outcomes == [Outcome.FAILED] * 6  # never sent: not carried out
    assert sum(settled.values()) == 6  # each row settled by exactly one desk


def _link(session_id: str, account_key: str) -> LinkRecord:
    now = datetime.now(UTC)
    return LinkRecord(
        session_id=session_id,
        account_key=account_key,
        account_id="T12345678",
        environment="test",
        merchant_reference=f"PD-{session_id[-6:]}",
        currency="NOK",
        amount=10_000,
        url=f"https://checkout.example/{session_id}",
        lines=(OrderLine("1", "Thing", Decimal(1), 10_000, Decimal(25)),),
        expires_at=now + timedelta(days=1),
        created_at=now,
        updated_at=now,
    )


class _Links:
    def __init__(self) -> None:
        self.changes: list[LinkStatus] = []
        self.troubles: list[str] = []

    def link_changed(self, link: LinkStatus, known_state: str, new_failure: bool) -> None:
        self.changes.append(link)

    def link_trouble(self, session_id: str, text: str) -> None:
        self.troubles.append(text)

    def link_confirmed(self, provisional_id: str, record: LinkRecord) -> None:
        pass


def test_a_link_is_read_from_one_desk_and_its_payment_seen_on_the_other(
    sandbox: EmbeddedSandbox,
    client_config: ClientConfig,
    desks: Callable[[str, str], SharedDesk],
) -> None:
    """The back office desk's client points at a closed port: had it read Dintero at all,
    it would have reported trouble. It learns of the payment from the shared history."""
    session = sandbox.create_session(
        {
            "profile_id": "default",
            "url": {"return_url": "https://shop.example.com/return"},
            "order": {
                "amount": 10_000,
                "currency": "NOK",
                "merchant_reference": "PD-1",
                "items": [
                    {
                        "id": "item-1",
                        "line_id": "1",
                        "description": "Thing",
                        "quantity": 1,
                        "amount": 10_000,
                        "vat": 25,
                        "vat_amount": 2_000,
                    }
                ],
            },
        }
    )
    front, back = desks("Front desk", "kari"), desks("Back office", "ola")
    front.links.add(_link(session["id"], "shop"))
    dead_port = _closed_port()
    blind = client_config.model_copy(
        update={
            "api_base_url": f"http://127.0.0.1:{dead_port}",
            "checkout_base_url": f"http://127.0.0.1:{dead_port}",
        }
    )
    heard = {"front": _Links(), "back": _Links()}
    first_read = threading.Event()
    stop = threading.Event()

    def desk_thread(name: str, shared: SharedDesk, config: ClientConfig) -> None:
        async def main() -> None:
            async with DinteroClient(config) as client:
                poller = SessionPoller()
                poller.initial_interval_s = poller.max_interval_s = 0.1
                poller.min_gap_s = 0.02
                tracking = LinkTracking(
                    client,
                    "shop",
                    shared.links,
                    heard[name],
                    poller,
                    leases=shared.leases,
                )
                record = shared.links.get(session["id"])
                assert record is not None
                tracking.track(record, urgent=True)
                running = asyncio.ensure_future(poller.run())
                while not running.done() and not stop.is_set():
                    if tracking.latest:
                        first_read.set()
                    await asyncio.sleep(0.02)
                running.cancel()

        asyncio.run(main())

    front_thread = threading.Thread(target=desk_thread, args=("front", front, client_config))
    front_thread.start()
    assert first_read.wait(30)  # the front desk holds the link's poll lease now
    back_thread = threading.Thread(target=desk_thread, args=("back", back, blind))
    back_thread.start()
    sandbox.pay(session["id"], "authorized")
    try:
        _wait_for(
            lambda: any(c.state == "paid" for c in heard["back"].changes),
            "the back office heard of the payment",
        )
    finally:
        stop.set()
        front_thread.join(30)
        back_thread.join(30)
    assert heard["back"].troubles == []  # it never read Dintero
    assert any(c.state == "paid" for c in heard["front"].changes)
    record = back.links.get(session["id"])
    assert record is not None
    assert record.state == "paid"


def _closed_port() -> int:
    """A loopback port nothing listens on."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_a_link_created_on_one_desk_is_announced_to_the_other(
    desks: Callable[[str, str], SharedDesk],
) -> None:
    front, back = desks("Front desk", "kari"), desks("Back office", "ola")
    heard: list[Changes] = []
    listening = threading.Event()
    stop = threading.Event()

    class Listener:
        def shared_changes(self, changes: Changes) -> None:
            heard.append(changes)
            listening.set()  # the first batch is the resync after connecting

    def back_office() -> None:
        async def main() -> None:
            watch = asyncio.ensure_future(ChangeWatch(back.server, Listener()).run())
            await asyncio.to_thread(stop.wait)
            watch.cancel()
            with pytest.raises(asyncio.CancelledError):
                await watch

        asyncio.run(main())

    thread = threading.Thread(target=back_office)
    thread.start()
    try:
        assert listening.wait(30)
        front.links.add(_link("T12345678.announced", "shop"))
        _wait_for(
            lambda: any("T12345678.announced" in c.of("links") for c in heard),
            "the back office heard of the new link",
        )
        front.links.update_state("T12345678.announced", "cancelled")
        _wait_for(lambda: len([c for c in heard if c.of("links")]) >= 2, "the cancel was heard")
    finally:
        stop.set()
        thread.join(30)
    assert heard[0].everything  # re-read everything once connected
    record = back.links.get("T12345678.announced")
    assert record is not None
    assert record.state == "cancelled"


def test_without_its_database_a_desk_sends_nothing_reads_dintero_and_comes_back(
    sandbox: EmbeddedSandbox,
    client_config: ClientConfig,
    postgres_url: str,
    pg_schema: str,
) -> None:
    tx_id = sandbox.create_authorized_transaction(amount=20_000, outcome="captured")["id"]
    proxy = CuttableProxy(postgres_address(postgres_url))
    proxy.restore()
    desk = SharedDesk(through(postgres_url, proxy.port), pg_schema, name="Front", operator="kari")
    desk.server.wait_s = 2.0
    statuses: list[bool] = []

    class Status:
        def database_status(self, online: bool, problem: str) -> None:
            statuses.append(online)

    async def main() -> None:
        async with DinteroClient(client_config) as client:
            watch = DatabaseWatch(desk.server, Status(), online_every_s=0.2, offline_every_s=0.2)
            watching = asyncio.ensure_future(watch.run())
            money = desk.money_desk(client, account_for(sandbox))

            async def refund(amount: int) -> MoveRequest:  # confirmed on what is shown now
                basis = await client.get_transaction(tx_id)
                return MoveRequest.for_transaction(
                    Operation.REFUND, basis, amount, RefundRequest(amount=amount)
                )

            assert (await money.run(await refund(1_000))).outcome is Outcome.SUCCEEDED
            await _until(lambda: statuses[-1:] == [True])

            proxy.cut()  # the database goes away
            await _until(lambda: statuses[-1:] == [False])
            with pytest.raises(SharedDatabaseAway, match="Nothing was sent"):
                await money.run(await refund(2_000))
            assert (await client.get_transaction(tx_id)).id == tx_id  # lookups still work

            proxy.restore()  # back: the desk reconnects by itself
            await _until(lambda: statuses[-1:] == [True])
            assert (await money.run(await refund(3_000))).outcome is Outcome.SUCCEEDED
            watching.cancel()

    try:
        asyncio.run(main())
    finally:
        desk.close()
        proxy.close()
    assert _refunds(sandbox, tx_id) == [1_000, 3_000]
    assert _refund_posts(sandbox) == 2


async def _until(predicate: Callable[[], bool], timeout_s: float = 60.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not predicate():
        assert time.monotonic() < deadline, "never happened"
        await asyncio.sleep(0.02)


@pytest.mark.slow
def test_after_a_long_outage_the_desk_is_back_at_the_first_try(
    postgres_url: str, pg_schema: str
) -> None:
    """The connection pool waits longer and longer between its own reconnection attempts;
    once the database is back, the desk's next check finds it at once anyway."""
    proxy = CuttableProxy(postgres_address(postgres_url))
    proxy.restore()
    desk = SharedDesk(through(postgres_url, proxy.port), pg_schema, name="Front", operator="kari")
    desk.server.wait_s = 1.0
    try:
        assert desk.server.ping()
        proxy.cut()
        away_since = time.monotonic()
        while time.monotonic() - away_since < 10.0:  # long enough for the pool to back off
            assert not desk.server.ping()
        proxy.restore()
        assert desk.server.ping()
        assert desk.server.online
        assert desk.journal.query() == []  # and the stores work again
    finally:
        desk.close()
        proxy.close()
