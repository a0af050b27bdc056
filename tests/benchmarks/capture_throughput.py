"""Capture throughput: the async client with bounded concurrency vs the official SDK in a loop.

Run: ``python -m tests.benchmarks.capture_throughput [--count 500 --latency-ms 20
--concurrency 16 32]``. Prints figures for each concurrency; it is not a pass/fail test.

Both sides capture N authorized transactions in full against the same sandbox with the
same injected latency on every Dintero API request. The client's safe capture reads the
transaction before it writes (two round trips per capture); the SDK only writes. So the
ideal wall time is N × latency / concurrency for one round trip per capture and twice
that with the read-before-write. At the end every transaction is read back from the
sandbox and must show exactly one successful capture of its whole amount.

The sandbox runs in a child process so that its request handling does not compete with
the client for this process's interpreter lock: it stands in for a remote server.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import statistics
import sys
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

import httpx
import psutil

from app.dintero import ClientConfig, DinteroClient
from app.dintero.ledger import Operation
from app.sandbox import EmbeddedSandbox, SandboxConfig


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


async def _capture_with_client(
    sandbox: Sandbox, ids: list[str], concurrency: int
) -> tuple[float, list[float]]:
    config = ClientConfig.single_host(
        sandbox.base_url,
        sandbox.account_id,
        sandbox.client_id,
        sandbox.client_secret,
        max_connections=max(concurrency, 1),
    )
    gate = asyncio.Semaphore(concurrency)
    each: list[float] = []

    async with DinteroClient(config) as client:
        await client.fetch_token()  # like the SDK's first call, but outside the timing

        async def capture(tx_id: str) -> None:
            async with gate:
                started = time.perf_counter()
                outcome = await client.move(Operation.CAPTURE, tx_id)
                each.append(time.perf_counter() - started)
                if not outcome.succeeded:
                    raise RuntimeError(f"capture of {tx_id} ended {outcome.kind}")

        started = time.perf_counter()
        await asyncio.gather(*(capture(tx_id) for tx_id in ids))
        return time.perf_counter() - started, each


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
            batches = len(levels) + 1
            print(f"sandbox at {sandbox.base_url}; creating {batches} x {count} authorized")
            for_sdk = _create_authorized(control, count, amount)
            for_client = [_create_authorized(control, count, amount) for _ in levels]
            control.put(
                "/sandbox/faults/run", json={"latency_ms": latency_ms, "error_rate": 0.0}
            ).raise_for_status()

            for concurrency, ids in zip(levels, for_client, strict=True):
                cpu_before, server_before = time.process_time(), _cpu(server_process)
                client_s, each = asyncio.run(_capture_with_client(sandbox, ids, concurrency))
                runs.append(
                    _Run(
                        concurrency,
                        client_s,
                        each,
                        time.process_time() - cpu_before,
                        _cpu(server_process) - server_before,
                    )
                )
            sdk_s = _capture_with_sdk(sandbox, for_sdk, amount)

            control.put("/sandbox/faults/run", json={"latency_ms": 0, "error_rate": 0.0})
            problems = _verify(control, [i for ids in for_client for i in ids] + for_sdk, amount)
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
    total = count * (len(levels) + 1)
    print(f"verified: all {total} transactions CAPTURED with exactly one successful capture")
    return 0


@dataclass(frozen=True)
class _Run:
    concurrency: int
    wall_s: float
    each: list[float]
    client_cpu_s: float
    server_cpu_s: float


def _report(run: _Run, count: int, latency_ms: int, sdk_s: float) -> None:
    one_trip = count * latency_ms / 1000 / run.concurrency
    two_trips = 2 * one_trip
    each = sorted(run.each)
    print()
    print(f"-- DinteroClient, concurrency {run.concurrency} (GET + POST per capture)")
    print(
        f"wall time:                       {run.wall_s:8.2f} s  "
        f"{count / run.wall_s:8.1f} captures/s"
    )
    print(f"ratio client/SDK throughput:     {sdk_s / run.wall_s:8.2f} x   (target >= 8 x)")
    print(f"ideal, read-before-write:        {two_trips:8.2f} s  (2 x N x latency / concurrency)")
    print(f"client vs read-before-write bound: {two_trips / run.wall_s:6.1%} of ideal")
    print(
        f"per capture: median {statistics.median(each) * 1000:.1f} ms, "
        f"p95 {each[int(len(each) * 0.95) - 1] * 1000:.1f} ms"
    )
    print(
        f"CPU: client process {run.client_cpu_s:.2f} s "
        f"({run.client_cpu_s / (2 * count) * 1000:.2f} ms per request), sandbox process "
        f"{run.server_cpu_s:.2f} s (on {psutil.cpu_count()} cores, "
        f"load average {psutil.getloadavg()[0]:.2f})"
    )


if __name__ == "__main__":
    sys.exit(main())
