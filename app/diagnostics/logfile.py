"""The log: a rotating file in the platform's log folder, started before anything else.

Every line is scrubbed of tokens and secrets on its way out, and each start writes a
header with the version and the computer, so a log sent to support says which build
wrote it.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from app.diagnostics.scrub import scrub

if TYPE_CHECKING:
    # Sockets, pickle and queues come with it: several milliseconds the app's start-up
    # does not spend before its first paint (see ``rotate_log``).
    import logging.handlers

__all__ = [
    "LOG_FORMAT",
    "ScrubbingFormatter",
    "last_lines",
    "rotate_log",
    "start_logging",
    "stop_logging",
    "write_header",
]

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
MAX_BYTES = 2 * 1024 * 1024
BACKUPS = 5

log = logging.getLogger(__name__)

_installed: list[logging.Handler] = []


class ScrubbingFormatter(logging.Formatter):
    """Formats as usual (traceback included), then removes secrets from the whole text."""

    def format(self, record: logging.LogRecord) -> str:
        return scrub(super().format(record))


def start_logging(
    folder: Path,
    *,
    name: str = "paydesk.log",
    echo: bool = True,
    max_bytes: int = MAX_BYTES,
    header: bool = True,
    rotate: bool = True,
) -> Path:
    """Log INFO and above to ``folder/name`` (rotated at 2 MB, five kept) and to stderr.

    Returns the log file's path. Safe to call again: earlier handlers are replaced. With
    ``header=False`` the caller writes the header (``write_header``) a moment later: the
    app does so right after its window's first paint, as reading the version from the
    package metadata costs start-up time. For the same reason ``rotate=False`` opens the
    file with logging's plain handler; ``rotate_log`` swaps in the rotating one later.
    """
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    formatter = ScrubbingFormatter(LOG_FORMAT)
    handlers: list[logging.Handler] = []
    file_handler = (
        _rotating_handler(path, max_bytes)
        if rotate
        else logging.FileHandler(path, encoding="utf-8")
    )
    handlers.append(file_handler)
    if echo and sys.stderr is not None:  # a windowed app on Windows has no stderr
        handlers.append(logging.StreamHandler())
    for handler in handlers:
        handler.setFormatter(formatter)
    stop_logging()
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    for handler in handlers:
        root.addHandler(handler)
    _installed.extend(handlers)
    # HTTP libraries log every URL at INFO, and list URLs carry customers' phone numbers
    # and e-mails in ?search=; keep personal data out of the log file.
    for noisy in ("httpx", "httpcore", "aiohttp.access"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    log.info("Paydesk starting; log file %s", path)
    if header:
        write_header()
    return path


def rotate_log(max_bytes: int = MAX_BYTES) -> None:
    """Rotate from now on the file that ``start_logging(rotate=False)`` opened.

    Both handlers append to the same file and the new one is added before the old one is
    removed, so no line is lost in between (the first line after the swap rotates the
    file if it has grown past ``max_bytes``).
    """
    root = logging.getLogger()
    for index, handler in enumerate(_installed):
        if type(handler) is logging.FileHandler:
            rotating = _rotating_handler(Path(handler.baseFilename), max_bytes)
            rotating.setFormatter(handler.formatter)
            root.addHandler(rotating)
            root.removeHandler(handler)
            handler.close()
            _installed[index] = rotating


def _rotating_handler(path: Path, max_bytes: int) -> logging.handlers.RotatingFileHandler:
    import logging.handlers

    return logging.handlers.RotatingFileHandler(
        path, maxBytes=max_bytes, backupCount=BACKUPS, encoding="utf-8"
    )


def write_header() -> None:
    """Which Paydesk on which computer: the lines support reads first."""
    from app.diagnostics.environment import facts  # the version: read when written

    for label, value in facts():
        log.info("  %s: %s", label, value)


def stop_logging() -> None:
    """Close and remove the handlers ``start_logging`` added (the file is closed)."""
    root = logging.getLogger()
    while _installed:
        handler = _installed.pop()
        root.removeHandler(handler)
        handler.close()


def last_lines(path: Path | None, count: int = 200) -> list[str]:
    """The last ``count`` lines of a log file (already scrubbed when written)."""
    if path is None:
        return []
    try:
        with path.open("rb") as file:
            file.seek(0, 2)
            size = file.tell()
            file.seek(max(0, size - 256 * 1024))
            tail = file.read().decode("utf-8", errors="replace")
    except OSError:
        return []
    return tail.splitlines()[-count:]
