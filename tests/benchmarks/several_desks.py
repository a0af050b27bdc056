"""Several desks on one database: shared refunds under faults, and how soon a new link
shows on another desk.

    python -m tests.benchmarks.several_desks [--desks 4] [--refunds 250] [--transactions 100]
                                             [--links 100]

Needs a PostgreSQL server: ``PAYDESK_TEST_POSTGRES_URL`` (``.ci/start-postgres.sh``
starts one). The sandbox runs in this process; every desk is a process of its own with
its own event loop, connection pool and Dintero client.

1. **Shared refunds.** ``--desks`` desks each handle ``--refunds`` refunds, spread at
   random over ``--transactions`` captured transactions that all desks share, three at
   a time per desk. One in five refunds is handled by two desks at the same moment (two
   colleagues took the same customer's call). The sandbox injects faults on the
   refunds: connections dropped before and after the refund is applied, 503s, 202s
   completed later, failed refund events and latency. A desk does what staff do: look
   at the transaction; if the customer's refund is not on it, confirm and send it; when
   told another desk is moving the payment, or that money moved since it looked, look
   again; an unconfirmed refund is settled first, one not carried out is made again.
   Then every intended refund must be on its transaction exactly once: a *double move*
   is an intended refund found twice, a *lost move* one found never; a journal row that
   disagrees with Dintero, or one left open, counts too. Run three times, same faults
   and same refunds: PostgreSQL with the cross-desk lease; PostgreSQL with in-process
   leases only (each desk guards only itself); and the desks' own SQLite files in one
   shared folder (what several Paydesks on one machine had before). The lease overhead
   is the time spent taking, renewing and releasing leases, per refund sent; a move
   refused because another desk holds the lease is a wait, not overhead, and is
   counted apart.
2. **Link latency.** One desk creates ``--links`` payment links against the sandbox;
   another desk, in its own process, listens (``ChangeWatch``) and re-reads its history
   as the links page does. Latency: from the first desk's commit of the confirmed link to
   the other desk having it in its history.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

SPAWN = multiprocessing.get_context("spawn")
FAULTS: tuple[dict[str, Any], ...] = (
    {"kind": "drop_after_apply", "method": "POST", "path": r"/refund$", "probability": 0.03},
    {"kind": "drop_before_apply", "method": "POST", "path": r"/refund$", "probability": 0.03},
    {"kind": "status", "status": 503, "method": "POST", "path": r"/refund$", "probability": 0.03},
    {
        "kind": "accepted_later",
        "method": "POST",
        "path": r"/refund$",
        "probability": 0.03,
        "complete_after_ms": 200,
    },
    {"kind": "event_failed", "method": "POST", "path": r"/refund$", "probability": 0.02},
    {
        "kind": "latency",
        "method": "POST",
        "path": r"/refund$",
        "probability": 0.2,
        "latency_ms": 40,
    },
)


@dataclass(frozen=True)
class Intent:
    transaction_id: str
    amount: int


@dataclass(frozen=True)
class DeskSetup:
    name: str
    sandbox: tuple[str, str, str, str]  # base url, account, client id, secret
    engine: str  # "postgres-lease", "postgres-local", "sqlite"
    postgres: tuple[str, str] | None
    folder: str
    intents: tuple[Intent, ...]
    in_flight: int


# ---------------------------------------------------------------------- one desk (child)
class TimedLeases:
    """The desk's leases, timed: seconds spent granting, renewing and releasing leases
    (the overhead every move pays), and the refusals while another desk held one (the
    wait, which is the point of the lease rather than its cost)."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.shared = inner.shared
        self.seconds = 0.0
        self.refusals = 0

    def _timed(self, method: str, *args: Any, **kwargs: Any) -> Any:
        from app.storage.leases import LeaseHeld

        began = time.perf_counter()
        try:
            result = getattr(self.inner, method)(*args, **kwargs)
        except LeaseHeld:
            self.refusals += 1
            raise
        self.seconds += time.perf_counter() - began
        return result

    def acquire(self, *args: Any, **kwargs: Any) -> Any:
        return self._timed("acquire", *args, **kwargs)

    def renew(self, *args: Any, **kwargs: Any) -> Any:
        return self._timed("renew", *args, **kwargs)

    def release(self, *args: Any, **kwargs: Any) -> Any:
        return self._timed("release", *args, **kwargs)


def run_desk(setup: DeskSetup, results: Any) -> None:
    results.put(asyncio.run(_desk(setup)))


async def _desk(setup: DeskSetup) -> dict[str, Any]:
    from app.accounts.models import Account
    from app.desk.money_moves import MoneyMoveDesk
    from app.desk.move_request import MoveRequest
    from app.dintero import (
        ClientConfig,
        DinteroClient,
        DinteroError,
        LocalValidationError,
        Operation,
        RefundRequest,
    )
    from app.storage.journal import Journal, JournalQuery, Outcome
    from app.storage.leases import LocalLeases, PostgresLeases
    from app.storage.postgres_db import PostgresServer
    from tests.desk.support import RecordingListener

    base_url, account_id, client_id, secret = setup.sandbox
    config = ClientConfig.single_host(
        base_url,
        account_id,
        client_id,
        secret,
        timeout_s=20.0,
        retry_initial_s=0.02,
        retry_max_s=0.2,
        settle_timeout_s=0.5,
        settle_interval_s=0.05,
        completion_poll_s=0.05,
        late_apply_watch_s=5.0,
    )
    server = None
    if setup.postgres is not None:
        server = PostgresServer(setup.postgres[0], search_path=setup.postgres[1], pool_size=6)
        journal = Journal.shared(server)
    else:
        journal = Journal.in_directory(Path(setup.folder))
    inner = PostgresLeases(server) if setup.engine == "postgres-lease" and server else LocalLeases()
    leases = TimedLeases(inner)
    counts: Counter[str] = Counter()
    move_seconds = 0.0
    async with DinteroClient(config) as client:
        account = Account("Bench shop", account_id, client_id, base_url=base_url)
        desk = MoneyMoveDesk(
            client,
            account,
            journal,
            RecordingListener(),
            operator=lambda: setup.name.lower(),
            desk_name=lambda: setup.name,
            leases=leases,
            pending_timeout_s=5.0,
            lease_wait_s=0.0,  # as at the desk: told who is moving it, then look again
        )

        async def settle(reference: str) -> Outcome:
            while True:
                rows = await asyncio.to_thread(journal.query, JournalQuery(reference=reference))
                if rows and rows[0].outcome not in (
                    Outcome.ATTEMPTED,
                    Outcome.PENDING,
                    Outcome.UNKNOWN,
                ):
                    return rows[0].outcome
                await asyncio.sleep(0.1)
                try:
                    await desk.reconcile_unsettled()
                except DinteroError:
                    counts["reconcile_errors"] += 1

        async def one(intent: Intent) -> None:
            nonlocal move_seconds
            while True:
                try:
                    basis = await client.get_transaction(intent.transaction_id)
                    if any(
                        e.event == "REFUND" and e.success is True and e.amount == intent.amount
                        for e in basis.events
                    ):
                        return  # already on the transaction: a colleague did it
                    request = MoveRequest.for_transaction(
                        Operation.REFUND,
                        basis,
                        intent.amount,
                        RefundRequest(amount=intent.amount),
                        description=f"complaint {intent.amount}",
                    )
                    began = time.perf_counter()
                    counts["moves"] += 1
                    report = await desk.run(request)
                    move_seconds += time.perf_counter() - began
                except LocalValidationError as error:
                    counts["refused:" + type(error).__name__] += 1
                    await asyncio.sleep(0.05)
                    try:
                        await desk.reconcile_unsettled()
                    except DinteroError:
                        counts["reconcile_errors"] += 1
                    continue
                except DinteroError as error:
                    counts["error:" + type(error).__name__] += 1
                    await asyncio.sleep(0.05)
                    continue
                outcome = report.outcome
                counts["outcome:" + str(outcome)] += 1
                if outcome in (Outcome.UNKNOWN, Outcome.PENDING) and report.reference:
                    outcome = await settle(report.reference)
                if outcome is Outcome.SUCCEEDED:
                    return

        queue: asyncio.Queue[Intent] = asyncio.Queue()
        for intent in setup.intents:
            queue.put_nowait(intent)

        async def worker() -> None:
            while not queue.empty():
                await one(queue.get_nowait())

        began = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(setup.in_flight)))
        elapsed = time.perf_counter() - began
        for _ in range(100):  # every row this desk left open, settled
            if not await asyncio.to_thread(journal.unsettled):
                break
            await asyncio.sleep(0.1)
            await desk.reconcile_unsettled()
    journal.close()
    if server is not None:
        server.close()
    return {
        "desk": setup.name,
        "elapsed": elapsed,
        "moves": counts["moves"],
        "move_seconds": move_seconds,
        "lease_seconds": leases.seconds,
        "lease_refusals": leases.refusals,
        "counts": dict(counts),
    }


# ---------------------------------------------------------------------- the refund run
def _captured_transactions(sandbox: Any, count: int) -> list[str]:
    return [
        sandbox.create_authorized_transaction(amount=1_000_000, outcome="captured")["id"]
        for _ in range(count)
    ]


def _plan(transactions: list[str], desks: int, per_desk: int, seed: int) -> list[list[Intent]]:
    """What each desk handles, in order: ``desks × per_desk`` handlings of refunds, each
    refund with an amount of its own on its transaction (so Dintero's events say which
    refund they carry out). One in five refunds is handled by two desks at the same
    position in their queues, i.e. at about the same moment."""
    rng = random.Random(seed)
    total = desks * per_desk
    twice = total // 10  # refunds handled by two desks: a fifth of all handlings
    unique = total - twice
    intents = [
        Intent(transactions[n % len(transactions)], 100 + n // len(transactions))
        for n in range(unique)
    ]
    rng.shuffle(intents)
    queues: list[list[Intent]] = [[] for _ in range(desks)]
    doubled, single = intents[:twice], intents[twice:]
    for intent in doubled:
        first, second = rng.sample(range(desks), 2)
        position = min(len(queues[first]), len(queues[second]))
        for desk in (first, second):
            while len(queues[desk]) < position:
                queues[desk].append(single.pop())
            queues[desk].append(intent)
    for intent in single:
        min(queues, key=len).append(intent)
    return queues


def refund_run(engine: str, args: argparse.Namespace, postgres_url: str | None) -> dict[str, Any]:
    from app.sandbox import EmbeddedSandbox, SandboxConfig

    sandbox = EmbeddedSandbox(SandboxConfig(seed_transactions=0, seed_sessions=0))
    sandbox.start()
    schema = f"bench_{uuid.uuid4().hex[:10]}"
    folder = tempfile.mkdtemp(prefix="paydesk-bench-")
    try:
        transactions = _captured_transactions(sandbox, args.transactions)
        plan = _plan(transactions, args.desks, args.refunds, seed=13)
        for rule in FAULTS:
            sandbox.add_fault(**rule)
        postgres = (
            (postgres_url, schema) if engine.startswith("postgres") and postgres_url else None
        )
        if postgres is not None:
            from app.storage.postgres_db import PostgresServer

            with_schema = PostgresServer(postgres[0], search_path=schema)
            with_schema.ping()  # the schema exists before the desks race to migrate
            with_schema.close()
        results = SPAWN.Queue()
        desks = [
            SPAWN.Process(
                target=run_desk,
                args=(
                    DeskSetup(
                        f"Desk {n + 1}",
                        (
                            sandbox.base_url,
                            sandbox.account_id,
                            sandbox.client_id,
                            sandbox.client_secret,
                        ),
                        engine,
                        postgres,
                        folder,
                        tuple(plan[n]),
                        args.in_flight,
                    ),
                    results,
                ),
            )
            for n in range(args.desks)
        ]
        began = time.perf_counter()
        for desk in desks:
            desk.start()
        reports = [results.get(timeout=3600) for _ in desks]
        for desk in desks:
            desk.join(60)
        wall = time.perf_counter() - began
        sandbox.clear_faults()
        verdict = _verify(sandbox, plan, engine, postgres, folder)
    finally:
        sandbox.stop()
        if engine.startswith("postgres") and postgres_url:
            import psycopg

            with psycopg.connect(postgres_url, autocommit=True) as connection:
                connection.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
    moves = sum(r["moves"] for r in reports)
    counts = sum((Counter(r["counts"]) for r in reports), Counter())
    sent = sum(v for k, v in counts.items() if k.startswith("outcome:"))
    return {
        "engine": engine,
        "wall_s": wall,
        "moves": moves,
        "sent": sent,
        "move_ms": 1000 * sum(r["move_seconds"] for r in reports) / max(1, sent),
        "lease_ms": 1000 * sum(r["lease_seconds"] for r in reports) / max(1, sent),
        "lease_refusals": sum(r["lease_refusals"] for r in reports),
        "counts": counts,
        **verdict,
    }


def _verify(
    sandbox: Any,
    plan: list[list[Intent]],
    engine: str,
    postgres: tuple[str, str] | None,
    folder: str,
) -> dict[str, int]:
    from app.storage.journal import Journal, JournalOperation, JournalQuery, Outcome
    from app.storage.postgres_db import PostgresServer

    intended: dict[str, Counter[int]] = defaultdict(Counter)
    for intent in {i for intents in plan for i in intents}:
        intended[intent.transaction_id][intent.amount] += 1
    server = None
    if postgres is not None:
        server = PostgresServer(postgres[0], search_path=postgres[1])
        journal = Journal.shared(server)
    else:
        journal = Journal.in_directory(Path(folder))
    rows = journal.query(JournalQuery(operations=(JournalOperation.REFUND,), limit=1_000_000))
    journal.close()
    if server is not None:
        server.close()
    journalled: dict[str, Counter[int]] = defaultdict(Counter)
    open_rows = 0
    for row in rows:
        if row.outcome is Outcome.SUCCEEDED and row.amount is not None:
            journalled[row.target_id][row.amount] += 1
        elif row.outcome in (Outcome.ATTEMPTED, Outcome.PENDING, Outcome.UNKNOWN):
            open_rows += 1
    doubles = lost = disagreements = 0
    for tx_id, wanted in intended.items():
        events = sandbox.get_transaction(tx_id)["events"]
        done = Counter(
            e["amount"] for e in events if e["event"] == "REFUND" and e.get("success") is True
        )
        for amount, times in wanted.items():
            doubles += max(0, done[amount] - times)
            lost += max(0, times - done[amount])
        disagreements += sum(((done - journalled[tx_id]) + (journalled[tx_id] - done)).values())
    return {
        "double_moves": doubles,
        "lost_moves": lost,
        "journal_disagreements": disagreements,
        "open_rows": open_rows,
    }


# ---------------------------------------------------------------------- lease alone
def lease_cost(postgres_url: str, rounds: int = 300) -> dict[str, float]:
    """Median milliseconds to take and release one move's lease, one desk, nothing else
    running: PostgreSQL, and in memory (a desk on its own files)."""
    import psycopg

    from app.storage.leases import LeaseHolder, LocalLeases, PostgresLeases
    from app.storage.postgres_db import PostgresServer

    schema = f"bench_{uuid.uuid4().hex[:10]}"
    server = PostgresServer(postgres_url, search_path=schema)
    holder = LeaseHolder("Desk 1", "kari", "refund 1,00 kr")
    costs: dict[str, float] = {}
    try:
        for name, leases in (("postgres", PostgresLeases(server)), ("memory", LocalLeases())):
            leases.release(leases.acquire("move", "warm-up", holder, 30.0))
            times = []
            for number in range(rounds):
                began = time.perf_counter()
                lease = leases.acquire("move", f"T1.{number % 100}", holder, 30.0)
                leases.release(lease)
                times.append(time.perf_counter() - began)
            costs[name] = 1000 * statistics.median(times)
    finally:
        server.close()
        with psycopg.connect(postgres_url, autocommit=True) as connection:
            connection.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
    return costs


# ---------------------------------------------------------------------- link latency
def link_listener(postgres: tuple[str, str], ready: Any, seen: Any, stop: Any) -> None:
    """Child process: the other desk, hearing of links and re-reading its history."""

    async def main() -> None:
        from app.desk.shared_database import Changes, ChangeWatch
        from app.storage.links import LinkStore
        from app.storage.postgres_db import PostgresServer

        server = PostgresServer(postgres[0], search_path=postgres[1])
        store = LinkStore.shared(server)
        known: set[str] = set()
        loop = asyncio.get_running_loop()
        refreshing: set[asyncio.Task[None]] = set()

        class Page:
            def shared_changes(self, changes: Changes) -> None:
                if changes.everything:
                    ready.set()
                if changes.touches("links"):
                    task = loop.create_task(refresh())
                    refreshing.add(task)
                    task.add_done_callback(refreshing.discard)

        async def refresh() -> None:
            records = await asyncio.to_thread(store.search, None, "")
            now = time.time()
            for record in records:
                if not record.provisional and record.session_id not in known:
                    known.add(record.session_id)
                    seen.put((record.session_id, now))

        watch = asyncio.ensure_future(ChangeWatch(server, Page()).run())
        await asyncio.to_thread(stop.wait)
        watch.cancel()
        server.close()

    asyncio.run(main())


def link_run(args: argparse.Namespace, postgres_url: str) -> list[float]:
    from app.accounts.models import Account
    from app.core.vat import OrderLine
    from app.desk.link_creation import create_link
    from app.desk.link_draft import LinkDraft
    from app.dintero import ClientConfig, DinteroClient
    from app.sandbox import EmbeddedSandbox, SandboxConfig
    from app.storage.links import LinkRecord, LinkStore
    from app.storage.postgres_db import PostgresServer

    schema = f"bench_{uuid.uuid4().hex[:10]}"
    server = PostgresServer(postgres_url, search_path=schema)
    committed: dict[str, float] = {}

    class TimedLinks(LinkStore):
        def confirm(self, provisional_id: str, session_id: str, url: str, **kw: Any) -> Any:
            record: LinkRecord | None = super().confirm(provisional_id, session_id, url, **kw)
            committed[session_id] = time.time()
            return record

    store = TimedLinks.shared(server)
    store.search()  # the tables exist before the other desk listens
    sandbox = EmbeddedSandbox(SandboxConfig(seed_transactions=0, seed_sessions=0))
    sandbox.start()
    ready, stop, seen = SPAWN.Event(), SPAWN.Event(), SPAWN.Queue()
    other = SPAWN.Process(target=link_listener, args=((postgres_url, schema), ready, seen, stop))
    other.start()
    try:
        if not ready.wait(60):
            raise RuntimeError("the other desk never started listening")
        config = ClientConfig.single_host(
            sandbox.base_url, sandbox.account_id, sandbox.client_id, sandbox.client_secret
        )
        account = Account("bench", sandbox.account_id, sandbox.client_id, base_url=sandbox.base_url)

        async def create_all() -> None:
            async with DinteroClient(config) as client:
                for number in range(args.links):
                    draft = LinkDraft(
                        merchant_reference=f"BENCH-{number:04d}",
                        currency="NOK",
                        lines=(OrderLine("1", "Thing", Decimal(1), 10_000, Decimal(25)),),
                        shipping=None,
                        phone=None,
                        email=None,
                        expires_at=datetime.now(UTC) + timedelta(days=1),
                        auto_capture=False,
                        send_sms=False,
                    )
                    await create_link(client, store, account, draft, datetime.now(UTC))
                    await asyncio.sleep(0.05)  # staff do not create 20 links a second

        asyncio.run(create_all())
        latencies: list[float] = []
        deadline = time.monotonic() + 60
        while len(latencies) < args.links and time.monotonic() < deadline:
            session_id, when = seen.get(timeout=60)
            if session_id in committed:
                latencies.append(when - committed[session_id])
    finally:
        stop.set()
        other.join(30)
        sandbox.stop()
        server.close()
        import psycopg

        with psycopg.connect(postgres_url, autocommit=True) as connection:
            connection.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
    return latencies


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--desks", type=int, default=4)
    parser.add_argument("--refunds", type=int, default=250, help="per desk")
    parser.add_argument("--transactions", type=int, default=100)
    parser.add_argument("--in-flight", type=int, default=3, help="moves at once per desk")
    parser.add_argument("--links", type=int, default=100)
    parser.add_argument(
        "--engines",
        default="postgres-lease,postgres-local,sqlite",
        help="which refund runs (comma-separated)",
    )
    args = parser.parse_args(argv)
    postgres_url = os.environ.get("PAYDESK_TEST_POSTGRES_URL", "")
    if not postgres_url:
        print('Set PAYDESK_TEST_POSTGRES_URL (eval "$(bash .ci/start-postgres.sh)")')
        return 2
    print(
        f"{args.desks} desks × {args.refunds} refunds on {args.transactions} shared "
        f"transactions ({args.desks * args.refunds // 10} of them handled by two desks at "
        f"once), {args.in_flight} in flight per desk, faults on every refund path"
    )
    print(
        f"{'run':<16}{'wall s':>8}{'tries':>7}{'sent':>6}{'ms/sent':>9}{'lease ms/sent':>15}"
        f"{'double':>8}{'lost':>6}{'journal≠':>9}{'open':>6}"
    )
    for engine in args.engines.split(","):
        result = refund_run(engine, args, postgres_url)
        print(
            f"{engine:<16}{result['wall_s']:>8.1f}{result['moves']:>7}{result['sent']:>6}"
            f"{result['move_ms']:>9.1f}{result['lease_ms']:>15.2f}"
            f"{result['double_moves']:>8}{result['lost_moves']:>6}"
            f"{result['journal_disagreements']:>9}{result['open_rows']:>6}"
        )
        faults = {k: v for k, v in sorted(result["counts"].items()) if k != "moves"}
        print(f"{'':<16}waited for another desk {result['lease_refusals']} times; {faults}")
    alone = lease_cost(postgres_url)
    print(
        f"one move's lease (take + release), one desk alone, median: PostgreSQL "
        f"{alone['postgres']:.2f} ms, in memory {alone['memory']:.3f} ms"
    )
    latencies = link_run(args, postgres_url)
    if latencies:
        ordered = sorted(latencies)
        print(
            f"link shown on the other desk: {len(latencies)}/{args.links} links, "
            f"median {1000 * statistics.median(ordered):.0f} ms, "
            f"p95 {1000 * ordered[int(0.95 * (len(ordered) - 1))]:.0f} ms, "
            f"worst {1000 * ordered[-1]:.0f} ms"
        )
    else:
        print("link shown on the other desk: none arrived")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
