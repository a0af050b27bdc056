"""Entry point: ``paydesk [--demo] [--screenshot FILE] [--version]``.

First the log and the crash handler start (before Qt, so nothing escapes unreported),
then the QApplication; a second start on the same data folder hands over to the running
Paydesk and ends. Everything else is imported after the window is on screen.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


class _VersionAction(argparse.Action):
    """``--version``: the version is looked up only when asked for."""

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        from app.core.version import build_info

        print(f"Paydesk {build_info().label}", flush=True)
        parser.exit(0)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="paydesk",
        description="Desktop back office for Dintero Checkout: payment links and transactions.",
    )
    parser.add_argument(
        "--version", action=_VersionAction, nargs=0, help="print the version and exit"
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
    parser.add_argument(
        "--language",
        choices=["en", "nb", "sv", "da"],
        help="speak this language instead of the one in Preferences or the system's",
    )
    args = parser.parse_args(argv)
    if args.sandbox and not args.demo:
        parser.error("--sandbox goes with --demo")
    return args


def _attach_console() -> None:
    """A windowed Windows app has no stdout: print ``--version`` to the calling console."""
    if sys.platform == "win32" and sys.stdout is None:
        import ctypes

        if ctypes.windll.kernel32.AttachConsole(-1):
            sys.stdout = open("CONOUT$", "w", encoding="utf-8")  # noqa: SIM115
            sys.stderr = sys.stdout


def main(argv: list[str] | None = None) -> int:
    _attach_console()
    args = parse_args(argv)
    from app.diagnostics.startup import start_diagnostics

    diagnostics = start_diagnostics(demo=args.demo, before_window=True)
    try:
        from PySide6.QtWidgets import QApplication

        qapp = QApplication(sys.argv[:1])
        qapp.setApplicationName("Paydesk")
        qapp.setOrganizationName("Paydesk")
        qapp.setDesktopFileName("paydesk")
        from app.ui.application import run, start_single

        guard = None
        if not args.demo:  # a demo has its own temporary folder: it never meets another
            guard = start_single(diagnostics.data_folder)
            if guard is None:
                return 0
        try:
            return run(
                qapp,
                demo=args.demo,
                screenshot=args.screenshot,
                sandbox_url=args.sandbox,
                diagnostics=diagnostics,
                guard=guard,
                language=args.language,
            )
        finally:
            if guard is not None:
                guard.release()
    except Exception as error:
        from app.ui.application import show_fatal

        show_fatal(diagnostics.crash.handle(error, "start-up or shutdown"))
        return 1
    finally:
        diagnostics.stop()


if __name__ == "__main__":
    raise SystemExit(main())
