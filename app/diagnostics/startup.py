"""Start the log and the crash handler, the first thing a Paydesk process does."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from app.diagnostics.crash import CrashHandler
from app.diagnostics.folders import data_dir, log_dir, reports_dir
from app.diagnostics.logfile import rotate_log, start_logging, stop_logging, write_header

__all__ = ["Diagnostics", "start_diagnostics"]

log = logging.getLogger(__name__)


@dataclass
class Diagnostics:
    crash: CrashHandler
    log_file: Path | None
    log_folder: Path
    data_folder: Path

    def after_first_paint(self) -> None:
        """What ``start_diagnostics(before_window=True)`` left for later: the version
        header and the log's rotation."""
        if self.log_file is not None:
            rotate_log()
            write_header()

    def stop(self) -> None:
        """Close the log file and give the hooks back (the last thing a process does)."""
        self.crash.uninstall()
        stop_logging()


def start_diagnostics(
    *, demo: bool, logs: Path | None = None, before_window: bool = False
) -> Diagnostics:
    """The log (``paydesk-demo.log`` for a demo) and the crash handler, installed.

    ``before_window=True`` (the app, whose window should paint quickly): the log file is
    written from the start, but the version header and the rotating handler, which cost
    imports, wait for ``Diagnostics.after_first_paint``."""
    folder = logs or log_dir()
    try:
        log_file: Path | None = start_logging(
            folder,
            name="paydesk-demo.log" if demo else "paydesk.log",
            header=not before_window,
            rotate=not before_window,
        )
    except OSError as error:  # an unwritable log folder must not stop the shop
        logging.basicConfig(level=logging.INFO)
        log.warning("No log file in %s: %s", folder, error)
        log_file = None
    crash = CrashHandler(reports_dir(folder), log_file)
    crash.install()
    return Diagnostics(crash=crash, log_file=log_file, log_folder=folder, data_folder=data_dir())
