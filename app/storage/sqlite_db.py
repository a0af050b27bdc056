"""One local SQLite file, kept the same careful way for every store.

The link history, the order templates and the audit journal each own one
:class:`Database`:

* one connection, opened on first use (or by :meth:`Database.open`) and shared behind a
  lock, so any thread may call (the GUI calls the stores through ``asyncio.to_thread``);
* WAL mode, so reading never waits for a writer, and a busy timeout, so two Paydesk
  processes on one folder wait for each other instead of failing. Every write starts with
  ``BEGIN IMMEDIATE``: a transaction that began as a read and then writes cannot wait for
  the lock (SQLite fails it at once), so none ever does. Switching a new file to WAL can
  fail at once the same way, so that one step is retried for as long as the busy timeout;
* the schema as numbered steps recorded in ``PRAGMA user_version``; a file from a newer
  Paydesk is refused and left unchanged;
* ``PRAGMA quick_check`` when the file is opened: a damaged file is moved aside (renamed,
  never over an earlier copy) and reported in plain words. Then the store either starts a
  new, empty file (:attr:`OnDamage.START_FRESH`) or stays blocked until staff resolve it
  (:attr:`OnDamage.BLOCK`, the audit journal): a ``.blocked`` note beside the file keeps it
  blocked across restarts until the file is restored or the note deleted;
* timestamps as UTC ISO 8601 text, so text order is time order; a damaged one (or any
  damaged row) raises the store's error, never a bare ``ValueError``.

If another process moves the file aside, the next call notices (the path no longer names
the open file) and reopens, so nothing more is written into the copy set aside.
"""

from __future__ import annotations

import contextlib
import enum
import logging
import os
import sqlite3
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from tenacity import Retrying, retry_if_exception, stop_after_delay, wait_random_exponential

from app.core.i18n import translate
from app.storage.backend import RowDecoding
from app.storage.errors import StorageError
from app.storage.schema import COULD_NOT, SQLITE, Dialect, Schema, encode_time

__all__ = [
    "BUSY_TIMEOUT_S",
    "Database",
    "OnDamage",
    "Schema",
    "encode_time",
]  # Schema and encode_time live in app.storage.schema; kept here for older imports

log = logging.getLogger(__name__)

#: How long a call waits for another connection (thread or process) to finish writing.
BUSY_TIMEOUT_S = 10.0

_SQLITE_BUSY = 5
_SQLITE_LOCKED = 6
_SQLITE_CORRUPT = 11
_SQLITE_NOTADB = 26
#: What SQLite says when the file itself is damaged (as opposed to busy, full or missing).
_DAMAGE_CODES = frozenset({_SQLITE_CORRUPT, _SQLITE_NOTADB})
#: The files SQLite keeps beside a database; they move aside with it.
_SIDE_FILES = ("-wal", "-journal", "-shm")
_NOTE_PREFIX = "moved aside as: "


class OnDamage(enum.Enum):
    """What a store does once a damaged file has been moved aside."""

    START_FRESH = "start fresh"  # a new, empty file on the next call
    BLOCK = "block"  # refuse every call until staff restore the file or delete the note


class _Damaged(Exception):
    """``PRAGMA quick_check`` found the file damaged."""


def _error_code(error: sqlite3.Error) -> int | None:
    code = getattr(error, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def _is_busy(error: BaseException) -> bool:
    return isinstance(error, sqlite3.Error) and _error_code(error) in (
        _SQLITE_BUSY,
        _SQLITE_LOCKED,
    )


def _is_damage(error: BaseException) -> bool:
    if isinstance(error, _Damaged):
        return True
    return isinstance(error, sqlite3.Error) and _error_code(error) in _DAMAGE_CODES


def _file_identity(path: Path) -> tuple[int, int] | None:
    try:
        status = path.stat()
    except OSError:
        return None
    return status.st_dev, status.st_ino


def _sibling(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


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


class Database(RowDecoding):
    """One SQLite file with its schema; see the module docstring for the rules it keeps.

    ``error`` is the store's error type (``StorageError`` or a subclass); every failure
    the store's callers can see is of that type.
    """

    def __init__(
        self,
        path: Path,
        schema: Schema,
        *,
        error: type[StorageError] = StorageError,
        on_damage: OnDamage = OnDamage.START_FRESH,
        blocked_advice: str = "",
        open_advice: str = "",
        synchronous: str = "NORMAL",
    ) -> None:
        self.path = path
        self.schema = schema
        self.error = error
        self.on_damage = on_damage
        self.blocked_advice = blocked_advice
        self.open_advice = open_advice
        self.synchronous = synchronous
        self.dialect: Dialect = SQLITE
        self._lock = threading.RLock()
        self._connection: sqlite3.Connection | None = None
        self._identity: tuple[int, int] | None = None
        self._closed = False

    @property
    def where(self) -> str:
        return self.path.name

    @property
    def blocked_note(self) -> Path:
        """While this file exists beside a :attr:`OnDamage.BLOCK` database, it is refused."""
        return _sibling(self.path, ".blocked")

    # ------------------------------------------------------------------ opening
    def open(self) -> None:
        """Open now (rather than on first use), so a file that cannot be used fails here.

        Also opens again after :meth:`close`.
        """
        with self._lock:
            self._closed = False
            self._connect()

    def close(self) -> None:
        """Close the connection; until :meth:`open` is called again, every call fails."""
        with self._lock:
            self._closed = True
            self._drop_connection()

    def _drop_connection(self) -> None:
        connection, self._connection, self._identity = self._connection, None, None
        if connection is not None:
            with contextlib.suppress(sqlite3.Error):
                connection.close()

    def _connect(self) -> sqlite3.Connection:
        if self._closed:
            raise self.error(
                translate("Storage", "The {store} ({file}) was closed.").format(
                    store=self.schema.words, file=self.path.name
                ),
                f"{self.path}: used after close()",
            )
        connection = self._connection
        if connection is not None:
            if _file_identity(self.path) == self._identity:
                return connection
            log.warning("%s was moved or replaced by another process; reopening", self.path)
            self._drop_connection()
        blocked = self.on_damage is OnDamage.BLOCK and self.blocked_note.exists()
        if blocked and not self.path.exists():
            raise self._still_blocked()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            connection = sqlite3.connect(
                self.path,
                timeout=BUSY_TIMEOUT_S,
                isolation_level=None,
                check_same_thread=False,
            )
        except (OSError, sqlite3.Error) as error:
            raise self._cannot_open(error) from error
        connection.row_factory = sqlite3.Row
        try:
            self._prepare(connection)
        except (sqlite3.Error, _Damaged) as error:
            connection.close()
            if _is_damage(error):
                raise self._set_aside(error) from error
            raise self._cannot_open(error) from error
        except BaseException:
            connection.close()
            raise
        self._connection = connection
        self._identity = _file_identity(self.path)
        if self.on_damage is OnDamage.BLOCK and self.blocked_note.exists():
            log.warning("%s is readable again: lifting the block", self.path)
            self.blocked_note.unlink(missing_ok=True)
        return connection

    def _prepare(self, connection: sqlite3.Connection) -> None:
        for attempt in Retrying(
            retry=retry_if_exception(_is_busy),
            wait=wait_random_exponential(multiplier=0.005, max=0.1),
            stop=stop_after_delay(BUSY_TIMEOUT_S),
            reraise=True,
        ):
            with attempt:
                mode = connection.execute("PRAGMA journal_mode=WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            log.warning("%s cannot use WAL mode here (%s)", self.path, mode)
        connection.execute(f"PRAGMA synchronous={self.synchronous}")
        verdict = [tuple(row) for row in connection.execute("PRAGMA quick_check")]
        if verdict != [("ok",)]:
            raise _Damaged("; ".join(str(row[0]) for row in verdict[:5]))
        self._migrate(connection)

    def _migrate(self, connection: sqlite3.Connection) -> None:
        """Run the schema steps the file has not seen yet, in one immediate transaction."""
        target = self.schema.version
        if self._version(connection) == target:
            return
        connection.execute("BEGIN IMMEDIATE")
        try:
            version = self._version(connection)  # another process may have just done it
            for step in range(version, target):
                for statement in self.schema.statements(step, SQLITE):
                    connection.execute(statement)
            if version < target:
                connection.execute(f"PRAGMA user_version = {target:d}")
            connection.execute("COMMIT")
        except BaseException:
            _rollback(connection)
            raise

    def _version(self, connection: sqlite3.Connection) -> int:
        version = int(connection.execute("PRAGMA user_version").fetchone()[0])
        if version > self.schema.version:
            raise self.error(
                translate(
                    "Storage",
                    "The {store} ({file}) was written by a newer Paydesk (schema {version}). "
                    "Update Paydesk to use it.",
                ).format(store=self.schema.words, file=self.path.name, version=version),
                f"{self.path}: user_version {version}, this Paydesk knows {self.schema.version}",
            )
        return version

    # ------------------------------------------------------------------ using
    @contextlib.contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        """The connection (rows as ``sqlite3.Row``), under the lock; SQLite errors become the
        store's."""
        with self._lock:
            connection = self._connect()
            try:
                yield connection
            except sqlite3.Error as error:
                raise self._failed(error, "read") from error

    @contextlib.contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One immediate transaction: committed when the block ends, rolled back if it raises.

        Durable once the block has returned (as durable as ``synchronous`` makes it).
        """
        with self._lock:
            connection = self._connect()
            try:
                connection.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as error:
                raise self._failed(error, "saved") from error
            try:
                yield connection
                connection.execute("COMMIT")
            except sqlite3.Error as error:
                _rollback(connection)
                raise self._failed(error, "saved") from error
            except BaseException:
                _rollback(connection)
                raise

    # ------------------------------------------------------------------ failures
    def _cannot_open(self, error: BaseException) -> StorageError:
        return self.error(
            translate("Storage", "The {store} ({file}) cannot be opened: {error}.").format(
                store=self.schema.words, file=self.path.name, error=error
            )
            + self._busy_hint(error)
            + (f" {self.open_advice}" if self.open_advice else ""),
            f"{self.path}: {type(error).__name__}: {error}",
        )

    def _failed(self, error: sqlite3.Error, participle: str) -> StorageError:
        if _is_damage(error):
            self._drop_connection()
            return self._set_aside(error)
        return self.error(
            translate("Storage", COULD_NOT[participle]).format(
                store=self.schema.words, file=self.path.name, error=error
            )
            + self._busy_hint(error),
            f"{self.path}: {type(error).__name__}: {error}",
        )

    @staticmethod
    def _busy_hint(error: BaseException) -> str:
        if _is_busy(error):
            return " " + translate(
                "Storage", "Another Paydesk window is busy with it; try again in a moment."
            )
        return ""

    def _set_aside(self, error: BaseException) -> StorageError:
        """Move the damaged file (and SQLite's files beside it) aside, and say so."""
        title, name = self.schema.words, self.path.name
        details = f"{self.path}: {type(error).__name__}: {error}"
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
        try:
            aside = self._move_aside(stamp)
        except OSError as move_error:
            return self.error(
                translate(
                    "Storage",
                    "The {store} ({file}) is damaged, and Paydesk could not move it aside "
                    "({reason}). Close every Paydesk window and start Paydesk again.",
                ).format(store=title, file=name, reason=move_error.strerror or move_error)
                + self._block_sentence(),
                details,
            )
        log.error("%s is damaged (%s); moved aside as %s", self.path, error, aside)
        if self.on_damage is OnDamage.BLOCK:
            return self.error(
                translate(
                    "Storage", "The {store} ({file}) is damaged. Paydesk moved it aside as {aside}."
                ).format(store=title, file=name, aside=aside.name)
                + self._block_sentence(),
                details,
            )
        return self.error(
            translate(
                "Storage",
                "The {store} ({file}) was damaged. Paydesk moved it aside as {aside} and "
                "starts a new, empty {store}. Keep the moved file for support.",
            ).format(store=title, file=name, aside=aside.name),
            details,
        )

    def _block_sentence(self) -> str:
        return f" {self.blocked_advice}" if self.on_damage is OnDamage.BLOCK else ""

    def _move_aside(self, stamp: str) -> Path:
        if self.on_damage is OnDamage.BLOCK:
            # The note first: no process may start a new, empty file once this one is gone.
            self._write_blocked_note(f"{self.path.name}.corrupt-{stamp}")
        aside = self._rename_aside(stamp)
        if self.on_damage is OnDamage.BLOCK:
            self._write_blocked_note(aside.name)
        return aside

    def _rename_aside(self, stamp: str) -> Path:
        for number in range(1, 1000):
            suffix = "" if number == 1 else f"-{number}"
            aside = _sibling(self.path, f".corrupt-{stamp}{suffix}")
            if any(_sibling(aside, side).exists() for side in _SIDE_FILES):
                continue
            try:
                _rename_without_replacing(self.path, aside)
            except FileExistsError:
                continue
            except FileNotFoundError:
                return self._newest_aside()  # another process moved it first
            for side in _SIDE_FILES:
                with contextlib.suppress(FileNotFoundError):
                    _rename_without_replacing(_sibling(self.path, side), _sibling(aside, side))
            return aside
        raise FileExistsError(self.path)

    def _newest_aside(self) -> Path:
        copies = sorted(
            (p for p in self.path.parent.glob(f"{self.path.name}.corrupt-*") if p.is_file()),
            key=lambda p: p.stat().st_mtime,
        )
        if not copies:
            raise FileNotFoundError(self.path)
        return copies[-1]

    def _write_blocked_note(self, aside_name: str) -> None:
        self.blocked_note.write_text(
            f"{_NOTE_PREFIX}{aside_name}\n"
            f"Paydesk found {self.path.name} damaged and moved it aside. It refuses to start "
            f"a new, empty {self.schema.title} while this note exists: restore "
            f"{self.path.name}, or delete this note to start a new one.\n",
            encoding="utf-8",
        )

    def _still_blocked(self) -> StorageError:
        try:
            note = self.blocked_note.read_text(encoding="utf-8")
        except OSError as error:
            note = str(error)
        first = note.splitlines()[0] if note else ""
        aside = first.removeprefix(_NOTE_PREFIX) if first.startswith(_NOTE_PREFIX) else ""
        found = (
            translate(
                "Storage", "The {store} ({file}) was found damaged and moved aside as {aside}."
            )
            if aside
            else translate("Storage", "The {store} ({file}) was found damaged and moved aside.")
        )
        return self.error(
            found.format(store=self.schema.words, file=self.path.name, aside=aside)
            + f" {self.blocked_advice}",
            f"{self.blocked_note}:\n{note}",
        )


def _rollback(connection: sqlite3.Connection) -> None:
    """Undo an open transaction; a broken connection has nothing left to undo."""
    with contextlib.suppress(sqlite3.Error):
        if connection.in_transaction:
            connection.execute("ROLLBACK")
