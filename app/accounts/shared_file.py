"""Small JSON files that two Paydesk processes may change at once (accounts, preferences).

* Every read-modify-write runs under a lock file beside the document (``filelock``), so
  two processes never both read the old list and then drop each other's change.
* Every write goes to a temporary file that is fsynced and renamed over the old one
  (``atomic_file``): a reader sees the old or the new document, never half of one.
* A document that cannot be used is moved aside (renamed, never over an earlier copy), so
  the caller can say so in plain words and the next start begins afresh.

Calls block (file I/O, and waiting for the other process): UI code runs them in a thread.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .atomic_file import write_json_atomically

__all__ = ["LOCK_TIMEOUT_S", "LockTimeout", "SharedJsonFile"]

#: How long a change waits for another process that is changing the same file.
LOCK_TIMEOUT_S = 10.0

if TYPE_CHECKING:  # filelock (some twenty modules) loads on the first change of a file
    import filelock


class LockTimeout(TimeoutError):
    """Raised by :meth:`SharedJsonFile.acquire` when the other process kept the lock too long."""


class SharedJsonFile:
    """One JSON document and its lock file (``<name>.lock`` in the same folder)."""

    def __init__(self, path: Path, lock_timeout_s: float = LOCK_TIMEOUT_S) -> None:
        self.path = path
        self.lock_timeout_s = lock_timeout_s
        self._threads = threading.Lock()
        self._lock_path = path.with_name(path.name + ".lock")
        self._file_lock: filelock.FileLock | None = None

    @contextlib.contextmanager
    def locked(self, failed: Callable[[OSError], Exception]) -> Iterator[None]:
        """Hold the document inside the block; ``failed`` turns a failure to get the lock
        (``LockTimeout`` or another ``OSError``) into the caller's error."""
        try:
            self.acquire()
        except OSError as error:
            raise failed(error) from error
        try:
            yield
        finally:
            self.release()

    def acquire(self) -> None:
        """Hold the document against every other thread and process until :meth:`release`.

        Raises ``LockTimeout`` (an ``OSError``) when it cannot be had in time, and
        ``OSError`` when the folder cannot be created or written.
        """
        if not self._threads.acquire(timeout=self.lock_timeout_s):
            raise LockTimeout(str(self._lock_path))
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._process_lock().acquire(poll_interval=0.005)
        except TimeoutError as error:  # filelock's Timeout
            self._threads.release()
            raise LockTimeout(str(self._lock_path)) from error
        except BaseException:
            self._threads.release()
            raise

    def release(self) -> None:
        try:
            self._process_lock().release()
        finally:
            self._threads.release()

    def _process_lock(self) -> filelock.FileLock:
        """The lock file; made on first use, under the thread lock."""
        if self._file_lock is None:
            import filelock

            self._file_lock = filelock.FileLock(
                self._lock_path, timeout=self.lock_timeout_s, thread_local=False
            )
        return self._file_lock

    def read_bytes(self) -> bytes | None:
        """The document as stored, or None when there is none yet."""
        try:
            return self.path.read_bytes()
        except FileNotFoundError:
            return None

    def write(self, document: Any) -> None:
        """Replace the document atomically; raises ``OSError`` and leaves the old one."""
        write_json_atomically(self.path, document)

    def set_aside(self) -> Path:
        """Rename the document to ``<name>.corrupt-<UTC time>`` (never over another file)."""
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
        for number in range(1, 1000):
            suffix = "" if number == 1 else f"-{number}"
            aside = self.path.with_name(f"{self.path.name}.corrupt-{stamp}{suffix}")
            try:
                _rename_without_replacing(self.path, aside)
            except FileExistsError:
                continue
            return aside
        raise FileExistsError(self.path)


def _rename_without_replacing(source: Path, target: Path) -> None:
    """Rename, failing with ``FileExistsError`` rather than replacing ``target``."""
    if os.name == "nt":
        os.rename(source, target)  # never replaces on Windows
        return
    try:
        os.link(source, target)  # fails if target exists
    except FileExistsError:
        raise
    except OSError:  # a file system without hard links: check, then rename
        if target.exists():
            raise FileExistsError(target) from None
        os.rename(source, target)
        return
    os.unlink(source)
