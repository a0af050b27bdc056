"""Benchmark: page through 10,000 transactions in the real table view.

Run: ``python -m tests.benchmarks.transactions_paging [--count 10000]`` (offscreen).

By default the sandbox serves from a child process, as Dintero is outside the app in
real use, and this process imports nothing of the sandbox (aiohttp alone is ~10 MB):
its resident memory is the app's. Printed: RSS of a bare PySide6 window (a child process
started in the same run), RSS with the desk shown before loading, RSS with all rows
loaded, the growth, and the GUI-thread stalls while paging (a 5 ms QTimer heartbeat; a
gap beyond 5 ms is a stall): longest and 99th percentile. Targets: stall <= 30 ms,
memory <= 120 MB. The same figures with the sandbox in a thread of the app's process
follow (``--sandbox-thread`` runs only that; ``--no-thread-run`` skips it).
"""

from __future__ import annotations

import tests.benchmarks.shipped_imports  # noqa: F401  (first: only what the app ships)

# isort: split

import argparse
import asyncio
import gc
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

import httpx
import psutil
import qasync
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from app.accounts.models import Account
from app.accounts.secrets import SecretStore
from app.accounts.store import AccountStore
from app.desk.services import AppServices
from app.dintero import ClientConfig, DinteroClient
from app.ui.context import AccountContext
from app.ui.errors import ErrorPresenter
from app.ui.transactions.page import TransactionsPage

HEARTBEAT_MS = 5
STALL_TARGET_MS = 30.0
MEMORY_TARGET_MB = 120.0


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


BARE_WINDOW = """
import os, psutil
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
window = QWidget()
window.resize(1280, 800)
window.show()
for _ in range(20):
    app.processEvents()
print(psutil.Process().memory_info().rss / 1_048_576)
"""


def bare_window_rss_mb() -> float:
    """RSS of a process that shows one empty 1280x800 PySide6 window: the floor."""
    result = subprocess.run(
        [sys.executable, "-c", BARE_WINDOW], capture_output=True, text=True, check=True
    )
    return float(result.stdout.strip())


class ProcessSandbox:
    """The sandbox in a child process, so the app's RSS is measured on its own."""

    def __init__(self, count: int) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "app.sandbox", "--port", "0", "--transactions", str(count)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        self.base_url = ""
        for line in self.process.stdout:
            if "serving at" in line:
                self.base_url = line.rsplit(" ", 1)[-1].strip()
                break
        if not self.base_url:
            raise RuntimeError("the sandbox process did not start")
        info = httpx.get(f"{self.base_url}/sandbox/info").json()
        self.account = info["accounts"][0]

    def requests(self, path_regex: str) -> list[dict[str, Any]]:
        entries: list[dict[str, Any]] = httpx.get(f"{self.base_url}/sandbox/requests").json()
        return [e for e in entries if re.search(path_regex, str(e["path"]))]

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(10)


class ThreadSandbox:
    """The sandbox on a thread of this process (its memory then counts as the app's)."""

    def __init__(self, count: int) -> None:
        from app.sandbox import EmbeddedSandbox, SandboxConfig

        self.embedded = EmbeddedSandbox(SandboxConfig(seed_transactions=count, seed_sessions=0))
        self.embedded.start()
        self.base_url = self.embedded.base_url
        self.account = {
            "account_id": self.embedded.account_id,
            "client_id": self.embedded.client_id,
            "client_secret": self.embedded.client_secret,
        }
        # The seeded world lives until the end: keep the collector from rescanning it.
        gc.collect()
        gc.freeze()

    def requests(self, path_regex: str) -> list[dict[str, Any]]:
        return self.embedded.requests(path_regex)

    def stop(self) -> None:
        self.embedded.stop()


async def _context(
    sandbox: ProcessSandbox | ThreadSandbox, services: AppServices, errors: ErrorPresenter
) -> AccountContext:
    """The account as the main window opens it (client built off the GUI thread)."""
    credentials = sandbox.account
    account = Account(
        name="Benchmark shop",
        account_id=credentials["account_id"],
        client_id=credentials["client_id"],
        base_url=sandbox.base_url,
    )
    config = ClientConfig.single_host(
        sandbox.base_url,
        credentials["account_id"],
        credentials["client_id"],
        credentials["client_secret"],
    )
    return AccountContext(account, await DinteroClient.open(config), services, errors)


async def run(
    count: int, sandbox: ProcessSandbox | ThreadSandbox, data_dir: Path, bare_mb: float | None
) -> None:
    services = AppServices(
        accounts=AccountStore(data_dir / "accounts.json"),
        secrets=SecretStore(),
        data_dir=data_dir,
        operator="benchmark",
    )
    host = QWidget()
    errors = ErrorPresenter(host)
    page = TransactionsPage(services, errors, host)
    host.resize(1280, 800)
    page.resize(1280, 800)
    host.show()
    context = await _context(sandbox, services, errors)
    await asyncio.sleep(0.2)
    gc.collect()
    baseline = _rss_mb()

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
    stall = heartbeat.max_stall_ms
    print(f"rows loaded:                 {model.rowCount()} (expected {count})")
    print(f"pages:                       {len(sandbox.requests(r'^/v1/transactions$'))}")
    print(f"time to load all:            {elapsed:.2f} s")
    print(f"heartbeats:                  {len(gaps)}")
    print(
        f"longest GUI stall:           {stall:.1f} ms (target <= {STALL_TARGET_MS:.0f} ms) "
        f"{'OK' if stall <= STALL_TARGET_MS else 'OVER'}"
    )
    print(f"99th percentile stall:       {p99:.1f} ms")
    worst = sorted(zip(heartbeat.gaps, heartbeat.times, strict=True), reverse=True)[:3]
    print(
        "worst stalls (ms @ s after start): "
        + ", ".join(f"{g - HEARTBEAT_MS:.0f} @ {t - started:.2f}" for g, t in worst)
    )
    if bare_mb is not None:
        print(f"RSS of a bare PySide6 window: {bare_mb:.1f} MB (same run, own process)")
    print(f"RSS before loading:          {baseline:.1f} MB")
    print(
        f"RSS with all loaded:         {loaded:.1f} MB "
        f"(target <= {MEMORY_TARGET_MB:.0f} MB) {'OK' if loaded <= MEMORY_TARGET_MB else 'OVER'}"
    )
    print(f"RSS growth from the rows:    {loaded - baseline:.1f} MB")
    if bare_mb is not None:
        print(f"app over the bare window:    {loaded - bare_mb:.1f} MB loaded")
    host.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument(
        "--sandbox-thread",
        action="store_true",
        help="only the run with the sandbox on a thread of this process",
    )
    parser.add_argument(
        "--no-thread-run", action="store_true", help="skip the in-thread comparison run"
    )
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    sandbox: ProcessSandbox | ThreadSandbox
    bare_mb: float | None = None
    if args.sandbox_thread:
        print(f"seeding {args.count} transactions in a sandbox thread…", flush=True)
        sandbox = ThreadSandbox(args.count)
    else:
        bare_mb = bare_window_rss_mb()
        print(f"seeding {args.count} transactions in a sandbox process…", flush=True)
        sandbox = ProcessSandbox(args.count)
    try:
        with (
            tempfile.TemporaryDirectory(prefix="paydesk-bench-") as tmp,
            asyncio.Runner(loop_factory=lambda: qasync.QEventLoop(app)) as runner,
        ):
            runner.run(run(args.count, sandbox, Path(tmp), bare_mb))
    finally:
        sandbox.stop()
    if not args.sandbox_thread and not args.no_thread_run:
        print("\n--- for comparison: the sandbox on a thread of the app's process ---", flush=True)
        subprocess.run(
            [
                sys.executable,
                "-m",
                "tests.benchmarks.transactions_paging",
                "--sandbox-thread",
                "--count",
                str(args.count),
            ],
            check=True,
        )


if __name__ == "__main__":
    main()
