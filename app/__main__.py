"""Entry point: ``paydesk [--demo] [--screenshot FILE]``.

Only argument parsing and QApplication creation happen here; everything else is imported
after the window is on screen, so start-up stays quick.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="paydesk",
        description="Desktop back office for Dintero Checkout: payment links and transactions.",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="run against a built-in Dintero sandbox with demo accounts (no keyring needed)",
    )
    parser.add_argument(
        "--sandbox",
        metavar="URL",
        help="with --demo: use a sandbox already running at URL (python -m app.sandbox)",
    )
    parser.add_argument(
        "--screenshot",
        type=Path,
        metavar="FILE",
        help="render the main window to a PNG file and exit",
    )
    args = parser.parse_args(argv)
    if args.sandbox and not args.demo:
        parser.error("--sandbox goes with --demo")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    from PySide6.QtWidgets import QApplication

    qapp = QApplication(sys.argv[:1])
    qapp.setApplicationName("Paydesk")
    qapp.setOrganizationName("Paydesk")
    from app.ui.application import run

    return run(qapp, demo=args.demo, screenshot=args.screenshot, sandbox_url=args.sandbox)


if __name__ == "__main__":
    raise SystemExit(main())
