"""The crash handler: whatever escapes, on any thread or the event loop, becomes a report.

Installed first thing at start-up, before Qt is imported. An uncaught exception on the
main thread (``sys.excepthook``, which Qt also calls for an exception escaping a slot),
on another thread (``threading.excepthook``) or in the asyncio loop (its exception
handler) is logged and written to a report file: version, computer, traceback and the
last lines of the log, scrubbed of secrets. ``faulthandler`` writes the Python stacks to
a file if the process dies hard (a crash inside Qt); the next start turns that file into
a report. The window that shows a report is registered with ``on_report``.
"""

from __future__ import annotations

import faulthandler
import logging
import sys
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import IO, TYPE_CHECKING, Any

from app.diagnostics.logfile import last_lines
from app.diagnostics.scrub import scrub

if TYPE_CHECKING:
    import asyncio  # the handler is imported before the window paints; asyncio after

__all__ = ["CrashHandler", "CrashReport"]

log = logging.getLogger(__name__)

FATAL_LOG = "fatal-errors.log"
KEEP_REPORTS = 30
LOG_LINES = 200


@dataclass(frozen=True)
class CrashReport:
    """A report written to disk; ``text`` is what the file holds (already scrubbed)."""

    path: Path | None
    summary: str
    text: str

    @property
    def folder(self) -> Path | None:
        return self.path.parent if self.path is not None else None


Listener = Callable[[CrashReport], None]


class CrashHandler:
    """Turns uncaught exceptions into reports; see the module docstring."""

    def __init__(self, reports: Path, log_file: Path | None = None) -> None:
        self.reports = reports
        self.log_file = log_file
        self.listener: Listener | None = None
        self.written: list[CrashReport] = []
        self._fatal_file: IO[str] | None = None
        self._lock = threading.Lock()

    # -------------------------------------------------------------- installing
    def install(self) -> None:
        """Take over the hooks and enable ``faulthandler`` (to a file in the reports folder)."""
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook
        try:
            self.reports.mkdir(parents=True, exist_ok=True)
            self.collect_fatal_log()
            self._fatal_file = (self.reports / FATAL_LOG).open("a", encoding="utf-8")
        except OSError as error:
            log.warning("Crash reports cannot be written to %s: %s", self.reports, error)
            if sys.stderr is not None:
                faulthandler.enable(all_threads=True)
            return
        faulthandler.enable(file=self._fatal_file, all_threads=True)

    def uninstall(self) -> None:
        sys.excepthook = sys.__excepthook__
        threading.excepthook = threading.__excepthook__
        faulthandler.disable()
        if self._fatal_file is not None:
            self._fatal_file.close()
            self._fatal_file = None

    def install_on_loop(self, loop: asyncio.AbstractEventLoop) -> None:
        loop.set_exception_handler(self.loop_exception_handler)

    def on_report(self, listener: Listener | None) -> None:
        """Called with each report written from now on (from any thread)."""
        self.listener = listener

    # ------------------------------------------------------------------ hooks
    def excepthook(
        self, kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        self.handle(error, "the main thread")

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        name = args.thread.name if args.thread is not None else "unknown"
        self.handle(args.exc_value, f"the thread “{name}”")

    def loop_exception_handler(
        self, loop: asyncio.AbstractEventLoop, context: dict[str, Any]
    ) -> None:
        error = context.get("exception")
        if not isinstance(error, BaseException):
            log.warning("Event loop: %s", context.get("message", context))
            return
        where = "the event loop"
        task = context.get("task") or context.get("future")
        if task is not None:
            where += f" ({scrub(repr(task))[:200]})"
        self.handle(error, where)

    # ---------------------------------------------------------------- reports
    def handle(self, error: BaseException, where: str) -> CrashReport:
        """Log the error, write its report and tell the listener; never raises."""
        try:
            log.error("Uncaught exception in %s", where, exc_info=error)
            report = self.write(
                f"{type(error).__name__} in {where}",
                "".join(traceback.format_exception(error)),
            )
        except Exception as failure:  # the handler of last resort must not fail itself
            text = "".join(traceback.format_exception(error))
            report = CrashReport(None, f"{type(error).__name__} in {where}", scrub(text))
            print(f"Could not write a crash report: {failure}", file=sys.stderr)
        listener = self.listener
        if listener is not None:
            try:
                listener(report)
            except Exception:
                log.exception("Could not show the crash report")
        return report

    def write(self, summary: str, trace: str) -> CrashReport:
        # The version (package metadata, JSON) is read only when a report is written, not
        # on the way to the first paint.
        from app.diagnostics.environment import facts

        now = datetime.now(UTC)
        lines = [
            "Paydesk crash report",
            f"What happened: {summary}",
            f"When: {now.isoformat(timespec='seconds')}",
            *(f"{label}: {value}" for label, value in facts()),
            "",
            "Traceback:",
            trace.rstrip(),
            "",
            f"Last lines of the log ({self.log_file or 'no log file'}):",
            *last_lines(self.log_file, LOG_LINES),
        ]
        text = scrub("\n".join(lines) + "\n")
        with self._lock:
            self.reports.mkdir(parents=True, exist_ok=True)
            path = self._free_name(now)
            path.write_text(text, encoding="utf-8")
            self._prune()
        report = CrashReport(path, summary, text)
        self.written.append(report)
        log.error("Crash report written to %s", path)
        return report

    def collect_fatal_log(self) -> CrashReport | None:
        """A previous run died hard if ``faulthandler`` wrote to its file: report it."""
        fatal = self.reports / FATAL_LOG
        try:
            stacks = fatal.read_text(encoding="utf-8", errors="replace").strip()
        except OSError:
            return None
        if not stacks:
            return None
        report = self.write("Paydesk stopped abruptly last time (a fatal error)", stacks)
        fatal.write_text("", encoding="utf-8")
        return report

    def _free_name(self, now: datetime) -> Path:
        stem = f"crash-{now:%Y%m%d-%H%M%S}"
        path = self.reports / f"{stem}.txt"
        number = 1
        while path.exists():
            number += 1
            path = self.reports / f"{stem}-{number}.txt"
        return path

    def _prune(self) -> None:
        old = sorted(self.reports.glob("crash-*.txt"))[:-KEEP_REPORTS]
        for path in old:
            path.unlink(missing_ok=True)
