"""Start-up benchmark: cold start to the first painted window, and to the first page of
transactions on screen.

Runs ``python -m app --demo`` with ``PAYDESK_STARTUP_PROBE=1`` (the app prints the time of
its main window's first paint event and exits), and a bare PySide6 ``QMainWindow`` script
measured the same way, alternating, several times each. Prints the medians and the ratio
(target: Paydesk at most 1.4 x the bare window).

Then launch to the first page of transactions painted: a sandbox serves from its own
process (as Dintero would), ``python -m app --demo --sandbox URL`` runs with
``PAYDESK_STARTUP_PROBE=transactions`` (it opens Transactions and prints the time its first
rows are painted). Reported beside the bare window's first paint (target at most 3 x).

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

ROOT = Path(__file__).resolve().parents[2]
TARGET_RATIO = 1.4
FIRST_PAGE_TARGET_RATIO = 3.0

BARE_WINDOW = """
import os, sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow

class Probe(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print(f"first-paint {time.time():.6f}", flush=True)
            os._exit(0)
        return False

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("bare")
window.resize(1280, 800)
probe = Probe(window)
window.installEventFilter(probe)
window.show()
app.exec()
"""

#: ``python -m app`` with the development tools hidden first, as in the shipped app.
SHIPPED_APP = """
import runpy
import tests.benchmarks.shipped_imports
runpy.run_module("app", run_name="__main__", alter_sys=True)
"""


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
    bytecode = tempfile.TemporaryDirectory(prefix="paydesk-bytecode-")  # removed at exit
    if args.as_shipped:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = bytecode.name
        app = [sys.executable, "-c", SHIPPED_APP]
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

    first_page = _first_page_runs(args.runs, env, app)
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
    return 0


def _first_page_runs(runs: int, env: dict[str, str], app: list[str]) -> list[float]:
    """Launch to the first page of transactions painted, against a sandbox process."""
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
        measure(command, probe_env, marker="transactions-painted")  # warm the file cache
        return [measure(command, probe_env, marker="transactions-painted") for _ in range(runs)]
    finally:
        sandbox.terminate()
        sandbox.wait(10)


if __name__ == "__main__":
    raise SystemExit(main())
