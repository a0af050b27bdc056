"""Capture throughput: the desk's bulk capture vs the official SDK in a loop.

Run: ``python -m tests.benchmarks.capture_throughput [--count 500 --latency-ms 20
--concurrency 16 32]``. Prints figures for each concurrency; it is not a pass/fail test.

Every side captures N authorized transactions in full against the same sandbox with the
same injected latency on every Dintero API request:

- the official SDK in a plain loop (one POST per capture): the baseline;
- the desk's bulk capture (``app.desk.bulk_capture``), journal and all: the selected
  transactions are read a list page (100) at a time, then each capture is one POST,
  journalled before it is sent; the ideal wall time is about N × latency / concurrency
  ("concurrency" captures on the wire at once; the next ones are journalled meanwhile);
- for comparison, the client's safe move that reads each transaction before it writes
  (two round trips per capture), as a single move with no known transaction does.

At the end every transaction is read back from the sandbox and must show exactly one
successful capture of its whole amount.

The sandbox runs in a child process so that its request handling does not compete with
the client for this process's interpreter lock: it stands in for a remote server.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import httpx
import psutil

from app.accounts.models import Account
from app.desk.bulk_capture import BulkCapture, BulkItem, BulkResult
from app.desk.money_moves import MoneyMoveDesk, SilentListener
from app.dintero import ClientConfig, DinteroClient
from app.dintero.ledger import Operation
from app.sandbox import EmbeddedSandbox, SandboxConfig
from app.storage.journal import Journal


@dataclass(frozen=True)
class Sandbox:
    base_url: str
    account_id: str
    client_id: str
    client_secret: str


def _serve(pipe: Connection) -> None:
    """Child process: run an EmbeddedSandbox until the parent says stop."""
    with EmbeddedSandbox(SandboxConfig(seed_transactions=0, seed_sessions=0)) as sandbox:
        pipe.send((sandbox.base_url, sandbox.account_id, sandbox.client_id, sandbox.client_secret))
        pipe.recv()


def _create_authorized(control: httpx.Client, count: int, amount: int) -> list[str]:
    """N sessions paid by the customer; returns the AUTHORIZED transaction ids."""
    ids: list[str] = []
    for index in range(count):
        session = {
            "account_id": "T12345678",
            "profile_id": "default",
            "url": {"return_url": "https://shop.example.com/return"},
            "order": {
                "amount": amount,
                "currency": "NOK",
                "merchant_reference": f"bench-{index}",
                "items": [
                    {
                        "id": "SKU-1",
                        "line_id": "1",
                        "description": "Benchmark item",
                        "quantity": 1,
                        "amount": amount,
                        "vat": 25,
                        "vat_amount": amount // 5,
                    }
                ],
            },
        }
        created = control.post("/sandbox/sessions", json=session).raise_for_status().json()
        paid = control.post(
            f"/sandbox/sessions/{created['id']}/pay",
            json={"outcome": "authorized", "payment_product_type": "dintero_psp.creditcard"},
        ).raise_for_status()
        ids.append(str(paid.json()["id"]))
    return ids


def _config(sandbox: Sandbox, concurrency: int) -> ClientConfig:
    return ClientConfig.single_host(
        sandbox.base_url,
        sandbox.account_id,
        sandbox.client_id,
        sandbox.client_secret,
        max_connections=max(concurrency, 1),
    )


async def _timed(client: DinteroClient, run: Callable[[], Awaitable[None]]) -> float:
    await client.fetch_token()  # like the SDK's first call, but outside the timing
    started = time.perf_counter()
    await run()
    return time.perf_counter() - started


class _RowClock:
    """Bulk listener that times each row from running to its result."""

    def __init__(self) -> None:
        self.started: dict[str, float] = {}
        self.each: list[float] = []
        self.failed: list[str] = []

    def row_changed(self, transaction_id: str, result: BulkResult, message: str) -> None:
        if result is BulkResult.RUNNING:
            self.started[transaction_id] = time.perf_counter()
        elif transaction_id in self.started:
            self.each.append(time.perf_counter() - self.started.pop(transaction_id))
            if result is not BulkResult.CAPTURED:
                self.failed.append(f"{transaction_id}: {result} {message}")

    def row_done(self) -> None:
        pass


async def _bulk_with_desk(
    sandbox: Sandbox, ids: list[str], amount: int, concurrency: int
) -> tuple[float, list[float]]:
    account = Account("Bench", sandbox.account_id, sandbox.client_id, base_url=sandbox.base_url)
    clock = _RowClock()
    with tempfile.TemporaryDirectory() as folder:
        journal = Journal.in_directory(Path(folder))
        try:
            async with DinteroClient(_config(sandbox, concurrency)) as client:
                desk = MoneyMoveDesk(
                    client, account, journal, SilentListener(), operator=lambda: "bench"
                )
                items = [BulkItem(tx_id, "", amount, "NOK") for tx_id in ids]
                bulk = BulkCapture(desk, items, clock)

                async def run() -> None:
                    await bulk.run(concurrency)

                wall = await _timed(client, run)
        finally:
            journal.close()
    if clock.failed:
        raise RuntimeError(f"bulk capture rows not captured: {clock.failed[:3]}")
    return wall, clock.each


async def _capture_reading_first(
    sandbox: Sandbox, ids: list[str], concurrency: int
) -> tuple[float, list[float]]:
    gate = asyncio.Semaphore(concurrency)
    each: list[float] = []

    async with DinteroClient(_config(sandbox, concurrency)) as client:

        async def capture(tx_id: str) -> None:
            async with gate:
                started = time.perf_counter()
                outcome = await client.move(Operation.CAPTURE, tx_id)
                each.append(time.perf_counter() - started)
                if not outcome.succeeded:
                    raise RuntimeError(f"capture of {tx_id} ended {outcome.kind}")

        async def run() -> None:
            await asyncio.gather(*(capture(tx_id) for tx_id in ids))

        return await _timed(client, run), each


def _capture_with_sdk(sandbox: Sandbox, ids: list[str], amount: int) -> float:
    from dintero import Dintero  # the official SDK: synchronous, on requests

    checkout = Dintero(
        sandbox.account_id,
        sandbox.client_id,
        sandbox.client_secret,
        api_url=sandbox.base_url,
        checkout_url=sandbox.base_url,
    ).checkout()
    items = [{"id": "SKU-1", "line_id": "1", "amount": amount, "quantity": 1}]
    checkout._get_dintero_auth_token()  # token outside the timing, as for the client
    started = time.perf_counter()
    for tx_id in ids:
        checkout.capture_transaction(tx_id, amount, items)
    return time.perf_counter() - started


def _verify(control: httpx.Client, ids: list[str], amount: int) -> list[str]:
    """Problems found when reading every transaction back (empty when all is well)."""
    problems: list[str] = []
    for tx_id in ids:
        tx: dict[str, Any] = control.get(f"/sandbox/transactions/{tx_id}").json()
        captures = [e for e in tx["events"] if e["event"] == "CAPTURE"]
        if tx["status"] != "CAPTURED":
            problems.append(f"{tx_id}: status {tx['status']}")
        if len(captures) != 1 or not captures[0]["success"] or captures[0]["amount"] != amount:
            problems.append(f"{tx_id}: {len(captures)} capture events")
    return problems


def _cpu(process: psutil.Process) -> float:
    times = process.cpu_times()
    return float(times.user + times.system)


def _sniffio_missing() -> bool:
    """httpcore retries `import sniffio` on every request when it is absent: slow."""
    try:
        import sniffio  # noqa: F401
    except ImportError:
        return True
    return False


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks.capture_throughput")
    parser.add_argument("--count", type=int, default=500)
    parser.add_argument("--latency-ms", type=int, default=20)
    parser.add_argument("--concurrency", type=int, nargs="+", default=[16, 32])
    parser.add_argument("--amount", type=int, default=49900)
    args = parser.parse_args(argv)
    count, latency_ms, amount = args.count, args.latency_ms, args.amount
    levels: list[int] = args.concurrency

    context = multiprocessing.get_context("spawn")
    parent, child = context.Pipe()
    server = context.Process(target=_serve, args=(child,), daemon=True)
    server.start()
    runs: list[_Run] = []
    try:
        sandbox = Sandbox(*parent.recv())
        server_process = psutil.Process(server.pid)
        with httpx.Client(base_url=sandbox.base_url, timeout=60) as control:
            batches = 2 * len(levels) + 1
            print(f"sandbox at {sandbox.base_url}; creating {batches} x {count} authorized")
            for_sdk = _create_authorized(control, count, amount)
            for_desk = [_create_authorized(control, count, amount) for _ in levels]
            for_reads = [_create_authorized(control, count, amount) for _ in levels]
            control.put(
                "/sandbox/faults/run", json={"latency_ms": latency_ms, "error_rate": 0.0}
            ).raise_for_status()

            for concurrency, desk_ids, read_ids in zip(levels, for_desk, for_reads, strict=True):
                for label, job in (
                    ("bulk", _bulk_with_desk(sandbox, desk_ids, amount, concurrency)),
                    ("reads", _capture_reading_first(sandbox, read_ids, concurrency)),
                ):
                    cpu_before, server_before = time.process_time(), _cpu(server_process)
                    wall, each = asyncio.run(job)
                    runs.append(
                        _Run(
                            label,
                            concurrency,
                            wall,
                            each,
                            time.process_time() - cpu_before,
                            _cpu(server_process) - server_before,
                        )
                    )
            sdk_s = _capture_with_sdk(sandbox, for_sdk, amount)

            control.put("/sandbox/faults/run", json={"latency_ms": 0, "error_rate": 0.0})
            everything = [i for ids in (*for_desk, *for_reads) for i in ids] + for_sdk
            problems = _verify(control, everything, amount)
    finally:
        parent.send("stop")
        server.join(timeout=30)

    print()
    print(f"captures: {count} per run, injected latency {latency_ms} ms on every request")
    print(f"official SDK (POST, plain loop): {sdk_s:8.2f} s  {count / sdk_s:8.1f} captures/s")
    for run in runs:
        _report(run, count, latency_ms, sdk_s)
    if _sniffio_missing():
        print("note: sniffio is not installed; httpcore is much slower without it")
    if problems:
        print(f"VERIFY FAILED: {len(problems)} problems, e.g. {problems[:3]}")
        return 1
    total = count * (2 * len(levels) + 1)
    print(f"verified: all {total} transactions CAPTURED with exactly one successful capture")
    return 0


@dataclass(frozen=True)
class _Run:
    label: str
    concurrency: int
    wall_s: float
    each: list[float]
    client_cpu_s: float
    server_cpu_s: float


def _report(run: _Run, count: int, latency_ms: int, sdk_s: float) -> None:
    one_trip = count * latency_ms / 1000 / run.concurrency
    bulk = run.label == "bulk"
    trips = 1 if bulk else 2
    ideal = trips * one_trip
    each = sorted(run.each)
    print()
    if bulk:
        print(f"-- desk bulk capture, concurrency {run.concurrency} (list pages, then 1 POST each)")
    else:
        print(f"-- client move reading first, concurrency {run.concurrency} (GET + POST each)")
    print(
        f"wall time:                       {run.wall_s:8.2f} s  "
        f"{count / run.wall_s:8.1f} captures/s"
    )
    target = "   (target >= 12 x)" if bulk else ""
    print(f"ratio to the SDK's throughput:   {sdk_s / run.wall_s:8.2f} x{target}")
    share = ideal / run.wall_s
    print(f"ideal ({trips} x N x latency / conc.): {ideal:8.2f} s  ({share:.1%} of ideal)")
    print(
        f"per capture: median {statistics.median(each) * 1000:.1f} ms, "
        f"p95 {each[int(len(each) * 0.95) - 1] * 1000:.1f} ms"
    )
    print(
        f"CPU: client process {run.client_cpu_s:.2f} s "
        f"({run.client_cpu_s / count * 1000:.2f} ms per capture), sandbox process "
        f"{run.server_cpu_s:.2f} s (on {psutil.cpu_count()} cores, "
        f"load average {psutil.getloadavg()[0]:.2f})"
    )


if __name__ == "__main__":
    sys.exit(main())
