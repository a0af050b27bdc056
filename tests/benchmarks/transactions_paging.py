"""Benchmark: page through 10,000 transactions in the real table view.

Run: ``python -m tests.benchmarks.transactions_paging [--count 10000]`` (offscreen).
Prints the longest GUI-thread stall while paging (a 5 ms QTimer heartbeat; the gap
between beats beyond 5 ms is a stall; target ≤ 30 ms) and resident memory with every
row loaded (psutil RSS, and its growth over a baseline taken in the same run right
before loading; target ≤ 150 MB). The sandbox serves from its own thread.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

import re
import subprocess
import sys

import httpx
import psutil
import qasync
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from app.sandbox import EmbeddedSandbox, SandboxConfig
from app.ui.errors import ErrorPresenter
from app.ui.transactions.page import TransactionsPage
from tests.ui.test_transactions_support import make_context, make_services

HEARTBEAT_MS = 5
STALL_TARGET_MS = 30.0
MEMORY_TARGET_MB = 150.0


class Heartbeat:
    """Records the gaps between 5 ms timer ticks on the GUI thread."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(HEARTBEAT_MS)
        self.timer.timeout.connect(self._beat)
        self.last = 0.0
        self.gaps: list[float] = []
        self.times: list[float] = []

    def start(self) -> None:
        self.last = time.perf_counter()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def _beat(self) -> None:
        now = time.perf_counter()
        self.gaps.append((now - self.last) * 1000)
        self.times.append(now)
        self.last = now

    @property
    def max_stall_ms(self) -> float:
        return max((gap - HEARTBEAT_MS for gap in self.gaps), default=0.0)


def _rss_mb() -> float:
    return psutil.Process().memory_info().rss / 1_048_576


class ProcessSandbox:
    """The sandbox in a child process, so the app's RSS is measured on its own."""

    def __init__(self, count: int) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "app.sandbox", "--port", "0", "--transactions", str(count)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        for line in self.process.stdout:
            if "serving at" in line:
                self.base_url = line.rsplit(" ", 1)[-1].strip()
                break

    def requests(self, path_regex: str) -> list[dict[str, object]]:
        entries: list[dict[str, object]] = httpx.get(f"{self.base_url}/sandbox/requests").json()
        return [e for e in entries if re.search(path_regex, str(e["path"]))]

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(10)


async def run(count: int, sandbox: EmbeddedSandbox | ProcessSandbox, data_dir: Path) -> None:
    services = make_services(data_dir)
    host = QWidget()
    errors = ErrorPresenter(host)
    page = TransactionsPage(services, errors, host)
    host.resize(1280, 800)
    page.resize(1280, 800)
    host.show()
    await asyncio.sleep(0.2)
    gc.collect()
    baseline = _rss_mb()

    context = make_context(sandbox, services, errors)  # type: ignore[arg-type]
    heartbeat = Heartbeat()
    heartbeat.start()
    started = time.perf_counter()
    page.bind(context)
    model = page.model
    view = page.view
    while True:
        while model.loading:  # noqa: ASYNC110 - polling the model is the point here
            await asyncio.sleep(0.001)
        if not model.has_more:
            break
        view.scrollToBottom()  # the view asks the model for the next page
        await asyncio.sleep(0.001)
    elapsed = time.perf_counter() - started
    heartbeat.stop()
    await asyncio.sleep(0.1)
    gc.collect()
    loaded = _rss_mb()
    await context.aclose()

    gaps = sorted(heartbeat.gaps)
    p99 = gaps[int(len(gaps) * 0.99)] - HEARTBEAT_MS if gaps else 0.0
    print(f"rows loaded:                 {model.rowCount()} (expected {count})")
    print(f"pages:                       {len(sandbox.requests(r'^/v1/transactions$'))}")
    print(f"time to load all:            {elapsed:.2f} s")
    print(
        f"heartbeats:                  {len(gaps)} (median gap "
        f"{statistics.median(gaps) if gaps else 0:.1f} ms)"
    )
    print(
        f"longest GUI stall:           {heartbeat.max_stall_ms:.1f} ms "
        f"(target <= {STALL_TARGET_MS:.0f} ms) "
        f"{'OK' if heartbeat.max_stall_ms <= STALL_TARGET_MS else 'OVER'}"
    )
    print(f"99th percentile stall:       {p99:.1f} ms")
    worst = sorted(zip(heartbeat.gaps, heartbeat.times, strict=True), reverse=True)[:3]
    print(
        "worst stalls (ms @ s after start): "
        + ", ".join(f"{g - HEARTBEAT_MS:.0f} @ {t - started:.2f}" for g, t in worst)
    )
    print(f"RSS before loading:          {baseline:.1f} MB")
    print(
        f"RSS with all loaded:         {loaded:.1f} MB "
        f"(target <= {MEMORY_TARGET_MB:.0f} MB) {'OK' if loaded <= MEMORY_TARGET_MB else 'OVER'}"
    )
    print(f"RSS growth from the rows:    {loaded - baseline:.1f} MB")
    host.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument(
        "--sandbox-process",
        action="store_true",
        help="serve from a child process instead of a thread (RSS then is the app's alone)",
    )
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    sandbox: EmbeddedSandbox | ProcessSandbox
    if args.sandbox_process:
        print(f"seeding {args.count} transactions in a sandbox process…", flush=True)
        sandbox = ProcessSandbox(args.count)
    else:
        print(f"seeding {args.count} transactions in the sandbox thread…", flush=True)
        sandbox = EmbeddedSandbox(SandboxConfig(seed_transactions=args.count, seed_sessions=0))
        sandbox.start()
        # The seeded world lives until the end: keep the cyclic collector from rescanning
        # it on every full collection (those scans would show up as GUI stalls).
        gc.collect()
        gc.freeze()
    try:
        with (
            tempfile.TemporaryDirectory(prefix="paydesk-bench-") as tmp,
            asyncio.Runner(loop_factory=lambda: qasync.QEventLoop(app)) as runner,
        ):
            runner.run(run(args.count, sandbox, Path(tmp)))
    finally:
        sandbox.stop()


if __name__ == "__main__":
    main()
