"""Bulk capture in the desk: the list read by pages (together), then one send per capture."""

from __future__ import annotations

import asyncio
from collections import Counter

from app.desk.bulk_capture import BulkCapture, BulkItem, BulkResult
from app.desk.send_slots import STOPPED_NOTE
from app.dintero import ClientConfig, DinteroClient
from app.sandbox import EmbeddedSandbox
from app.storage.journal import Journal, Outcome
from tests.desk.support import config_with, make_desk


class Rows:
    def __init__(self) -> None:
        self.changes: list[tuple[str, BulkResult, str]] = []
        self.done = 0

    def row_changed(self, transaction_id: str, result: BulkResult, message: str) -> None:
        self.changes.append((transaction_id, result, message))

    def row_done(self) -> None:
        self.done += 1


def test_bulk_capture_reads_by_list_page_and_sends_each_once(
    sandbox: EmbeddedSandbox, client_config: ClientConfig, journal: Journal
) -> None:
    created = [sandbox.create_authorized_transaction(amount=1_000 + n) for n in range(30)]
    items = [BulkItem(tx["id"], "", tx["amount"], "NOK") for tx in created]
    rows = Rows()
    sandbox.clear_requests()

    async def main() -> Counter[BulkResult]:
        async with DinteroClient(client_config) as client:
            desk, _ = make_desk(client, sandbox, journal)
            return await BulkCapture(desk, items, rows).run(concurrency=8)

    counts = asyncio.run(main())
    assert counts == Counter({BulkResult.CAPTURED: 30})
    assert rows.done == 30
    requests = sandbox.requests()
    lists = [r for r in requests if r["method"] == "GET" and r["path"] == "/v1/transactions"]
    single = [
        r for r in requests if r["method"] == "GET" and r["path"].startswith("/v1/transactions/")
    ]
    posts = [r for r in requests if r["method"] == "POST" and r["path"].endswith("/capture")]
    assert len(lists) == 1
    assert single == []
    assert len(posts) == 30
    for tx in created:
        events = sandbox.get_transaction(tx["id"])["events"]
        assert [e["amount"] for e in events if e["event"] == "CAPTURE"] == [tx["amount"]]
    entries = [e for tx in created for e in journal.for_target(tx["id"])]
    assert {e.outcome for e in entries} == {Outcome.SUCCEEDED}
    assert len(entries) == 30


def test_a_cancelled_bulk_sends_nothing_more(
    sandbox: EmbeddedSandbox, client_config: ClientConfig, journal: Journal
) -> None:
    """Stopped while one capture is on the wire and the next is journalled, waiting for
    its slot: the first finishes, the waiting one is turned away ("not sent", in the
    journal too), and nothing else is sent or journalled."""
    created = [sandbox.create_authorized_transaction(amount=2_000) for _ in range(6)]
    items = [BulkItem(tx["id"], "", tx["amount"], "NOK") for tx in created]
    sandbox.add_fault(method="POST", path=r"/capture$", kind="latency", latency_ms=200)
    rows = Rows()
    sent_when_cancelled: list[int] = []

    async def cancel_while_one_waits(bulk: BulkCapture) -> None:
        while True:
            attempted = {e.target_id for e in journal.unsettled(target_id=None)}
            posts = sandbox.requests(r"/capture$")
            on_the_wire = any(r["status"] is None for r in posts)
            # One at a time: with one on the wire, an attempt not posted waits for its slot.
            if on_the_wire and len(posts) >= 2 and attempted - {_target(r) for r in posts}:
                sent_when_cancelled.append(len(posts))
                bulk.cancel()
                return
            await asyncio.sleep(0.005)

    async def main() -> Counter[BulkResult]:
        async with DinteroClient(client_config) as client:
            desk, _ = make_desk(client, sandbox, journal)
            bulk = BulkCapture(desk, items, rows)
            canceller = asyncio.ensure_future(cancel_while_one_waits(bulk))
            try:
                return await bulk.run(concurrency=1)
            finally:
                canceller.cancel()

    counts = asyncio.run(main())
    (sent,) = sent_when_cancelled
    assert len(sandbox.requests(r"/capture$")) == sent
    assert counts[BulkResult.CAPTURED] == sent
    assert counts[BulkResult.NOT_STARTED] == len(created) - sent
    turned_away = [m for _tx, result, m in rows.changes if result is BulkResult.NOT_STARTED]
    assert turned_away == ["cancelled before it started"] * (len(created) - sent)
    captured = [
        tx["id"]
        for tx in created
        if any(e["event"] == "CAPTURE" for e in sandbox.get_transaction(tx["id"])["events"])
    ]
    assert len(captured) == sent
    entries = [e for tx in created for e in journal.for_target(tx["id"])]
    assert {e.target_id for e in entries if e.outcome is Outcome.SUCCEEDED} == set(captured)
    (not_sent,) = [e for e in entries if e.outcome is not Outcome.SUCCEEDED]
    assert not_sent.outcome is Outcome.FAILED
    assert not_sent.message == STOPPED_NOTE


def _target(request: dict[str, object]) -> str:
    """The transaction id in ``/v1/transactions/{id}/capture``."""
    return str(request["path"]).split("/")[3]


def test_bulk_capture_reads_every_list_page_and_a_failed_page_row_by_row(
    sandbox: EmbeddedSandbox, client_config: ClientConfig, journal: Journal
) -> None:
    """The pages are read together; one refused page leaves its rows to their own reads."""
    created = [sandbox.create_authorized_transaction(amount=500 + n) for n in range(205)]
    items = [BulkItem(tx["id"], "", tx["amount"], "NOK") for tx in created]
    rows = Rows()
    sandbox.clear_requests()
    sandbox.add_fault(method="GET", path=r"^/v1/transactions$", kind="status", status=400, times=1)

    async def main() -> Counter[BulkResult]:
        async with DinteroClient(client_config) as client:
            desk, _ = make_desk(client, sandbox, journal)
            return await BulkCapture(desk, items, rows).run(concurrency=8)

    counts = asyncio.run(main())
    assert counts == Counter({BulkResult.CAPTURED: 205})
    requests = sandbox.requests()
    lists = [r for r in requests if r["method"] == "GET" and r["path"] == "/v1/transactions"]
    single = [
        r for r in requests if r["method"] == "GET" and r["path"].startswith("/v1/transactions/")
    ]
    posts = [r for r in requests if r["method"] == "POST" and r["path"].endswith("/capture")]
    assert len(lists) == 3  # 100 + 100 + 5, one of them refused
    assert len(single) in (100, 5)  # the refused page's rows, each read by its own move
    assert len(posts) == 205
    for tx in created:
        events = sandbox.get_transaction(tx["id"])["events"]
        assert [e["amount"] for e in events if e["event"] == "CAPTURE"] == [tx["amount"]]


def test_at_once_counts_the_captures_on_the_wire_while_the_next_are_journalled(
    sandbox: EmbeddedSandbox, client_config: ClientConfig, journal: Journal
) -> None:
    """Dintero never sees more than ``concurrency`` captures at once, and the wire is
    kept full: the next captures' journal rows are written while earlier ones wait."""
    created = [sandbox.create_authorized_transaction(amount=3_000 + n) for n in range(16)]
    items = [BulkItem(tx["id"], "", tx["amount"], "NOK") for tx in created]
    sandbox.add_fault(method="POST", path=r"/capture$", kind="latency", latency_ms=150)
    seen: list[tuple[int, int]] = []  # (on the wire, journalled and not sent yet)

    async def watch() -> None:
        while True:
            attempted = {e.target_id for e in journal.unsettled(target_id=None)}
            posts = sandbox.requests(r"/capture$")
            sent = {_target(r) for r in posts}
            wire = sum(1 for r in posts if r["status"] is None)
            seen.append((wire, len(attempted - sent)))
            await asyncio.sleep(0.01)

    async def main() -> Counter[BulkResult]:
        async with DinteroClient(client_config) as client:
            desk, _ = make_desk(client, sandbox, journal)
            watcher = asyncio.ensure_future(watch())
            try:
                return await BulkCapture(desk, items, Rows()).run(concurrency=3)
            finally:
                watcher.cancel()

    counts = asyncio.run(main())
    assert counts == Counter({BulkResult.CAPTURED: 16})
    assert max(wire for wire, _ in seen) == 3
    # Three on the wire and more already journalled: more than three moves under way.
    assert any(wire == 3 and ahead >= 1 for wire, ahead in seen)
    assert len(sandbox.requests(r"/capture$")) == 16


FAULTS = (
    {"kind": "drop_after_apply"},  # captured, then the connection dropped: no answer
    {"kind": "error_then_apply", "status": 502},  # captured, then a 502
    {"kind": "drop_before_apply"},  # dropped before anything happened
    {"kind": "status", "status": 503},  # refused before anything happened
)


def test_bulk_capture_under_faults_sends_each_once_and_the_journal_agrees_with_dintero(
    sandbox: EmbeddedSandbox, client_config: ClientConfig, journal: Journal
) -> None:
    """Answers lost after or before the capture, spread over a run with four on the wire
    and the next ones journalled meanwhile: every capture is sent exactly once, none is
    applied twice, and each row's outcome is what Dintero shows (or honestly unknown)."""
    created = [sandbox.create_authorized_transaction(amount=1_000 + n) for n in range(24)]
    items = [BulkItem(tx["id"], "", tx["amount"], "NOK") for tx in created]
    for fault in FAULTS:
        sandbox.add_fault(method="POST", path=r"/capture$", probability=0.2, times=2, **fault)
    sandbox.add_fault(method="POST", path=r"/capture$", kind="latency", latency_ms=20)
    rows = Rows()
    config = config_with(client_config, settle_timeout_s=0.5)

    async def main() -> Counter[BulkResult]:
        async with DinteroClient(config) as client:
            desk, _ = make_desk(client, sandbox, journal)
            return await BulkCapture(desk, items, rows).run(concurrency=4)

    counts = asyncio.run(main())
    assert sum(counts.values()) == len(created)
    final = {tx_id: result for tx_id, result, _ in rows.changes}
    for tx in created:
        tx_id = tx["id"]
        posts = [r for r in sandbox.requests(r"/capture$") if _target(r) == tx_id]
        assert len(posts) == 1, tx_id  # sent once, whatever the answer
        events = sandbox.get_transaction(tx_id)["events"]
        captures = [e for e in events if e["event"] == "CAPTURE" and e["success"]]
        assert len(captures) <= 1
        (row,) = journal.for_target(tx_id)
        if row.outcome is Outcome.SUCCEEDED:
            assert len(captures) == 1
            assert final[tx_id] is BulkResult.CAPTURED
        elif row.outcome is Outcome.FAILED:
            assert captures == []
            assert final[tx_id] is BulkResult.FAILED
        else:
            assert row.outcome is Outcome.UNKNOWN
            assert final[tx_id] is BulkResult.UNKNOWN


def test_a_concurrency_below_one_is_taken_as_one(
    sandbox: EmbeddedSandbox, client_config: ClientConfig, journal: Journal
) -> None:
    """Not offered by the dialog, but a caller's 0 must not wait forever."""
    created = [sandbox.create_authorized_transaction(amount=1_500) for _ in range(3)]
    items = [BulkItem(tx["id"], "", tx["amount"], "NOK") for tx in created]

    async def main() -> Counter[BulkResult]:
        async with DinteroClient(client_config) as client:
            desk, _ = make_desk(client, sandbox, journal)
            return await asyncio.wait_for(BulkCapture(desk, items, Rows()).run(0), 30)

    assert asyncio.run(main()) == Counter({BulkResult.CAPTURED: 3})
