"""Start-up benchmark: cold start to the first painted window, and to the first page of
transactions on screen.

Runs ``python -m app --demo`` with ``PAYDESK_STARTUP_PROBE=1`` (the app prints the time of
its main window's first paint event and exits), and a bare PySide6 ``QMainWindow`` script
measured the same way, alternating, several times each. Prints the medians and the ratio
(target: Paydesk at most 1.4 x the bare window).

Then launch to the first page of transactions painted: a sandbox serves from its own
process (as Dintero would), ``python -m app --demo --sandbox URL`` runs with
``PAYDESK_STARTUP_PROBE=transactions`` (it opens Transactions and prints the time its first
rows are painted). Reported beside the bare window's first paint (target at most 3 x),
and beside the stack's floor: a bare PySide6 + qasync + httpx script that makes the same
two requests against the same sandbox and paints the rows in a plain table
(``STACK_FLOOR``), alternating with Paydesk's runs.

``--as-shipped`` measures both the way an installed Paydesk starts: with its bytecode
cached (the warm-up run writes it to a temporary folder, whatever PYTHONDONTWRITEBYTECODE
says in the caller's environment), and without the development tools that httpx imports
whenever they are installed (see ``shipped_imports``).

Usage: ``python -m tests.benchmarks.startup [--runs 7] [--platform offscreen]
[--as-shipped]``. Not a pytest test: it prints figures.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from app.sandbox.config import DEFAULT_ACCOUNTS

ROOT = Path(__file__).resolve().parents[2]
TARGET_RATIO = 1.4
FIRST_PAGE_TARGET_RATIO = 3.0

#: Prints ``{MARKER} <unix time>`` at the first paint of what it watches, and ends the
#: process (the scripts below set ``MARKER`` first).
_PAINT_PROBE = """
import os, time
from PySide6.QtCore import QEvent, QObject

class Probe(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print(f"{MARKER} {time.time():.6f}", flush=True)
            os._exit(0)
        return False
"""

BARE_WINDOW = (
    'MARKER = "first-paint"\n'
    + _PAINT_PROBE
    + """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("bare")
window.resize(1280, 800)
probe = Probe(window)
window.installEventFilter(probe)
window.show()
app.exec()
"""
)

#: The least any app on this stack takes to do what the transactions probe waits for: the
#: bare window above with a table in it, then asyncio, qasync and httpx, a token, the first
#: 100 transactions as plain JSON, and a 10-column model over them painted. No accounts,
#: keyring, journal, validation or wording: the floor Paydesk's own figure stands on.
STACK_FLOOR = (
    'MARKER = "transactions-painted"\n'
    + _PAINT_PROBE
    + """
import sys
from PySide6.QtCore import QAbstractTableModel, Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

URL, ACCOUNT, CLIENT_ID, SECRET = sys.argv[1:5]
FIELDS = ("created_at", "status", "amount", "currency", "merchant_reference", "payment_product",
          "id", "merchant_reference_2", "updated_at", "card")

class Rows(QAbstractTableModel):
    def __init__(self, rows):
        super().__init__()
        self.rows = rows
    def rowCount(self, parent=None):
        return len(self.rows)
    def columnCount(self, parent=None):
        return len(FIELDS)
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            return str(self.rows[index.row()].get(FIELDS[index.column()], ""))
        return None

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 800)
view = QTableView()
window.setCentralWidget(view)
window.show()

import asyncio
import httpx
import qasync

async def first_page():
    async with httpx.AsyncClient(base_url=URL) as client:
        token = await client.post(
            f"/v1/accounts/{ACCOUNT}/auth/token",
            json={"grant_type": "client_credentials", "audience": f"{URL}/v1/accounts/{ACCOUNT}"},
            auth=(CLIENT_ID, SECRET),
        )
        token.raise_for_status()
        bearer = {"Authorization": f"Bearer {token.json()['access_token']}"}
        page = await client.get("/v1/transactions", params={"limit": 100}, headers=bearer)
        page.raise_for_status()
    rows = page.json()
    assert len(rows) == 100, len(rows)
    view.setModel(Rows(rows))
    view.viewport().installEventFilter(probe)
    await asyncio.sleep(10)

probe = Probe()
qasync.run(first_page())
"""
)

#: ``python -m app`` with the development tools hidden first, as in the shipped app.
HIDE_DEV_TOOLS = "import tests.benchmarks.shipped_imports\n"
SHIPPED_APP = (
    HIDE_DEV_TOOLS
    + """
import runpy
runpy.run_module("app", run_name="__main__", alter_sys=True)
"""
)


def measure(
    command: list[str], env: dict[str, str], timeout_s: float = 60.0, marker: str = "first-paint"
) -> float:
    """Seconds from spawning ``command`` to the time it prints after ``marker``."""
    started = time.time()
    result = subprocess.run(
        command,
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout_s,
        check=False,
    )
    for line in result.stdout.splitlines():
        if line.startswith(f"{marker} "):
            return float(line.split()[1]) - started
    raise RuntimeError(
        f"{command} printed no {marker} line (exit {result.returncode}):\n"
        f"{result.stdout}\n{result.stderr}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--platform", default=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    parser.add_argument(
        "--as-shipped",
        action="store_true",
        help="bytecode cached and no development tools, as an installed Paydesk starts",
    )
    args = parser.parse_args(argv)

    env = dict(os.environ, QT_QPA_PLATFORM=args.platform, PAYDESK_STARTUP_PROBE="1")
    app = [sys.executable, "-m", "app"]
    floor_script = [sys.executable, "-c", STACK_FLOOR]
    bytecode = tempfile.TemporaryDirectory(prefix="paydesk-bytecode-")  # removed at exit
    if args.as_shipped:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = bytecode.name
        app = [sys.executable, "-c", SHIPPED_APP]
        floor_script = [sys.executable, "-c", HIDE_DEV_TOOLS + STACK_FLOOR]
    paydesk_cmd = [*app, "--demo"]
    bare_cmd = [sys.executable, "-c", BARE_WINDOW]

    # One unmeasured run of each warms the OS file cache, as a user's second start would.
    measure(paydesk_cmd, env)
    measure(bare_cmd, env)
    paydesk: list[float] = []
    bare: list[float] = []
    for _ in range(args.runs):
        bare.append(measure(bare_cmd, env))
        paydesk.append(measure(paydesk_cmd, env))

    bare_median = statistics.median(bare)
    paydesk_median = statistics.median(paydesk)
    ratio = paydesk_median / bare_median
    print(f"platform: {args.platform}, runs: {args.runs} each (alternating)")
    print(
        f"bare PySide6 window : median {bare_median * 1000:7.1f} ms  "
        f"(min {min(bare) * 1000:.1f}, max {max(bare) * 1000:.1f})"
    )
    print(
        f"paydesk --demo      : median {paydesk_median * 1000:7.1f} ms  "
        f"(min {min(paydesk) * 1000:.1f}, max {max(paydesk) * 1000:.1f})"
    )
    verdict = "OK" if ratio <= TARGET_RATIO else "OVER TARGET"
    print(f"ratio               : {ratio:.2f} x  (target <= {TARGET_RATIO} x)  {verdict}")

    first_page, floor = _first_page_runs(args.runs, env, app, floor_script)
    page_median = statistics.median(first_page)
    page_ratio = page_median / bare_median
    print(
        f"first transactions  : median {page_median * 1000:7.1f} ms  "
        f"(min {min(first_page) * 1000:.1f}, max {max(first_page) * 1000:.1f}; "
        "sandbox in its own process)"
    )
    verdict = "OK" if page_ratio <= FIRST_PAGE_TARGET_RATIO else "OVER TARGET"
    print(
        f"ratio to bare paint : {page_ratio:.2f} x  (target <= {FIRST_PAGE_TARGET_RATIO} x)  "
        f"{verdict}"
    )
    floor_median = statistics.median(floor)
    print(
        f"stack floor         : median {floor_median * 1000:7.1f} ms  "
        f"(min {min(floor) * 1000:.1f}, max {max(floor) * 1000:.1f}; the same requests and a "
        f"100-row table, nothing else): {floor_median / bare_median:.2f} x bare paint; "
        f"Paydesk is {page_median / floor_median:.2f} x the floor"
    )
    return 0


def _first_page_runs(
    runs: int, env: dict[str, str], app: list[str], floor_script: list[str]
) -> tuple[list[float], list[float]]:
    """Launch to the first page of transactions painted, against a sandbox process: for
    Paydesk, and for the stack's floor (``STACK_FLOOR``), alternating."""
    sandbox = subprocess.Popen(
        [sys.executable, "-m", "app.sandbox", "--port", "0", "--transactions", "300"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert sandbox.stdout is not None
        url = ""
        for line in sandbox.stdout:
            if line.startswith("Dintero sandbox serving at "):
                url = line.split()[-1]
                break
        if not url:
            raise RuntimeError("the sandbox process printed no URL")
        probe_env = dict(env, PAYDESK_STARTUP_PROBE="transactions")
        command = [*app, "--demo", "--sandbox", url]
        demo = DEFAULT_ACCOUNTS[0]
        floor_command = [
            *floor_script,
            url,
            demo.account_id,
            demo.client_id,
            demo.client_secret,
        ]
        paydesk: list[float] = []
        floor: list[float] = []
        for run in range(runs + 1):  # the first of each only warms the file cache
            took = measure(command, probe_env, marker="transactions-painted")
            floor_took = measure(floor_command, probe_env, marker="transactions-painted")
            if run:
                paydesk.append(took)
                floor.append(floor_took)
        return paydesk, floor
    finally:
        sandbox.terminate()
        sandbox.wait(10)


if __name__ == "__main__":
    raise SystemExit(main())
