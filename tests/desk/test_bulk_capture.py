"""Bulk capture in the desk: the list read by pages (together), then one send per capture."""

from __future__ import annotations

import asyncio
from collections import Counter

from app.desk.bulk_capture import BulkCapture, BulkItem, BulkResult
from app.dintero import ClientConfig, DinteroClient
from app.sandbox import EmbeddedSandbox
from app.storage.journal import Journal, Outcome
from tests.desk.support import make_desk


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


def test_a_cancelled_bulk_starts_nothing_new(
    sandbox: EmbeddedSandbox, client_config: ClientConfig, journal: Journal
) -> None:
    created = [sandbox.create_authorized_transaction(amount=2_000) for _ in range(6)]
    items = [BulkItem(tx["id"], "", tx["amount"], "NOK") for tx in created]
    sandbox.add_fault(method="POST", path=r"/capture$", kind="latency", latency_ms=200)

    class CancelAfterTwo(Rows):
        bulk: BulkCapture | None = None

        def row_done(self) -> None:
            super().row_done()
            if self.done == 2 and self.bulk is not None:
                self.bulk.cancel()

    rows = CancelAfterTwo()

    async def main() -> Counter[BulkResult]:
        async with DinteroClient(client_config) as client:
            desk, _ = make_desk(client, sandbox, journal)
            bulk = BulkCapture(desk, items, rows)
            rows.bulk = bulk
            return await bulk.run(concurrency=1)

    counts = asyncio.run(main())
    assert counts[BulkResult.CAPTURED] == 2
    assert counts[BulkResult.NOT_STARTED] == 4
    captured = sum(
        1
        for tx in created
        if any(e["event"] == "CAPTURE" for e in sandbox.get_transaction(tx["id"])["events"])
    )
    assert captured == 2


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
