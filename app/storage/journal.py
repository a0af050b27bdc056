"""The audit journal: one row per money move (and per payment-link cancellation).

Dintero has no idempotency key, so the reference of each operation is written here
**before** the request is sent (outcome ``attempted``) and the row is updated once the
outcome is known. After a crash, a row still marked ``attempted`` or ``unknown`` names the
reference to look for on the transaction before anything is sent again.

Storage is SQLite in the user's data directory, kept like every local database
(``app.storage.sqlite_db``: WAL mode so the viewer can read while an operation writes, a
busy timeout for a second Paydesk on the same folder, one connection behind a lock so any
thread may call), or the shop's shared PostgreSQL database when several desks work
together (``app.storage.postgres_db``): then every desk's rows are in one table, each
naming its desk, and any desk may settle a row another desk left open. Settling is
guarded (:meth:`Journal.settle` changes a row only from the outcomes it expects), so
two desks can never settle one row differently. Every call blocks (I/O): GUI code runs
them with ``asyncio.to_thread``, and money moves hand theirs to :meth:`Journal.queued`,
which commits the writes of concurrent moves together (``app.storage.group_commit``).

The journal is never silently replaced: a journal that cannot be opened raises
``JournalError``, and money moves stay blocked. A damaged file is moved aside and a
``journal.sqlite3.blocked`` note left beside it, so every later start stays blocked too
until staff restore the file (or, having checked every unconfirmed move in Dintero's
back office, delete the note to start a new journal).

Typical use::

    journal = Journal.in_directory(data_dir)
    entry_id = journal.record_attempt(JournalAttempt(
        operator="kari", account_id="T12345678", environment="test",
        operation=JournalOperation.REFUND, target_id=tx_id, amount=5000, currency="NOK",
        reference=reference))
    ...  # send the request
    journal.settle(entry_id, Outcome.SUCCEEDED, request_id=request_id)
"""

from __future__ import annotations

import asyncio
import contextlib
import csv
from collections.abc import Callable, Iterable
from concurrent.futures import Future
from dataclasses import dataclass, fields
from datetime import UTC, datetime
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO, TypeVar

from app.core.i18n import QT_TRANSLATE_NOOP, translate
from app.core.money import to_decimal
from app.storage.backend import Session, StoreDatabase
from app.storage.errors import StorageError
from app.storage.group_commit import GroupCommit
from app.storage.schema import Schema, encode_time, notify_changes
from app.storage.sql_text import contains_pattern
from app.storage.sqlite_db import Database, OnDamage

if TYPE_CHECKING:  # psycopg loads only for a desk on the shared database
    from app.storage.postgres_db import PostgresServer

__all__ = [
    "JOURNAL_FILE_NAME",
    "OPEN_OUTCOMES",
    "SCHEMA_VERSION",
    "Journal",
    "JournalAttempt",
    "JournalEntry",
    "JournalError",
    "JournalOperation",
    "JournalQuery",
    "Outcome",
    "csv_amount",
    "csv_safe",
    "write_csv",
]

JOURNAL_FILE_NAME = "journal.sqlite3"

_T = TypeVar("_T")


class JournalError(StorageError):
    """The journal file cannot be opened or written; ``user_message`` says what to do.

    Its own type so callers can tell "money moves must stay blocked" from other storage
    failures.
    """


class JournalOperation(StrEnum):
    """What was done. Order-record rows log the Orders API bookkeeping after a money move."""

    CAPTURE = "capture"
    REFUND = "refund"
    VOID = "void"
    CANCEL_LINK = "cancel_link"
    ORDER_RECORD = "order_record"
    EXTEND_AUTHORIZATION = "extend_authorization"
    CHARGE_CARD = "charge_card"
    """A saved card charged without the customer; the target is the card-saving link."""


class Outcome(StrEnum):
    """Where an operation stands; ``attempted`` is written before the request leaves."""

    ATTEMPTED = "attempted"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    PENDING = "pending"
    UNKNOWN = "unknown"


#: Outcomes not known yet: a row in one of these may still be settled.
OPEN_OUTCOMES = (Outcome.ATTEMPTED, Outcome.PENDING, Outcome.UNKNOWN)


@dataclass(frozen=True)
class JournalAttempt:
    """What is about to be sent; becomes a journal row with outcome ``attempted``."""

    operator: str
    account_id: str
    environment: str
    operation: JournalOperation
    target_id: str
    """The transaction id (money moves) or the session id (link cancellations)."""
    amount: int | None = None
    currency: str | None = None
    reference: str | None = None
    merchant_reference: str | None = None
    account_name: str = ""
    note: str = ""
    desk: str = ""
    """The desk (computer) it was done from, as set in Preferences."""


@dataclass(frozen=True)
class JournalEntry:
    """One journal row, as read back."""

    id: int
    created_at: datetime
    updated_at: datetime
    operator: str
    account_id: str
    account_name: str
    environment: str
    operation: JournalOperation
    target_id: str
    amount: int | None
    currency: str | None
    reference: str | None
    merchant_reference: str | None
    outcome: Outcome
    request_id: str | None
    message: str
    note: str
    desk: str = ""


@dataclass(frozen=True)
class JournalQuery:
    """Filters for the viewer; empty fields match everything. Newest rows come first."""

    account_id: str | None = None
    operations: tuple[JournalOperation, ...] = ()
    outcomes: tuple[Outcome, ...] = ()
    target_id: str | None = None
    reference: str | None = None
    text: str | None = None
    """Matched against transaction, references, operator, desk and message."""
    since: datetime | None = None
    until: datetime | None = None
    limit: int = 10_000


_SCHEMA = Schema(
    QT_TRANSLATE_NOOP("Storage", "audit journal"),
    (
        (
            """
            CREATE TABLE IF NOT EXISTS journal (
                id                 {id},
                created_at         TEXT NOT NULL,
                updated_at         TEXT NOT NULL,
                operator           TEXT NOT NULL,
                account_id         TEXT NOT NULL,
                account_name       TEXT NOT NULL DEFAULT '',
                environment        TEXT NOT NULL,
                operation          TEXT NOT NULL,
                target_id          TEXT NOT NULL,
                amount             {int},
                currency           TEXT,
                reference          TEXT,
                merchant_reference TEXT,
                outcome            TEXT NOT NULL,
                request_id         TEXT,
                message            TEXT NOT NULL DEFAULT '',
                note               TEXT NOT NULL DEFAULT ''
            )
            """,
            "CREATE INDEX IF NOT EXISTS journal_target ON journal (target_id)",
            "CREATE INDEX IF NOT EXISTS journal_reference ON journal (reference)",
            "CREATE INDEX IF NOT EXISTS journal_created ON journal (created_at)",
        ),
        (
            # Several desks: which desk wrote the row, and (for rows copied from a desk's
            # own journal file) where it came from, so copying twice adds nothing.
            "ALTER TABLE journal ADD COLUMN desk TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE journal ADD COLUMN origin TEXT",
            "CREATE UNIQUE INDEX IF NOT EXISTS journal_origin ON journal (origin)",
            *notify_changes("journal", "id"),
        ),
    ),
    key="journal",
)
SCHEMA_VERSION = _SCHEMA.version

_BLOCKED_ADVICE = QT_TRANSLATE_NOOP(
    "Storage",
    "Captures, refunds and voids are blocked until this is resolved. Ask whoever looks "
    "after this computer to restore journal.sqlite3 from a backup (or have support repair "
    "the moved file and put it back). Only if every capture, refund and void has been "
    "checked in Dintero's back office may they delete journal.sqlite3.blocked to start a "
    "new, empty journal.",
)

_COLUMNS = tuple(f.name for f in fields(JournalEntry))


def _now() -> datetime:
    return datetime.now(UTC)


class Journal:
    """The journal; safe to call from any thread.

    On a file, the constructor opens it at once, so a journal that cannot be used fails
    where it is created (``JournalError``), before any money move is offered. On the
    shared database (:meth:`shared`) it connects on first use: a desk that starts while
    the server is away still opens, and its money moves wait for the server.
    """

    def __init__(self, path: Path | None = None, *, database: StoreDatabase | None = None) -> None:
        if database is None:
            if path is None:
                raise TypeError("Journal needs a path or a database")
            database = Database(
                path,
                _SCHEMA,
                error=JournalError,
                on_damage=OnDamage.BLOCK,
                blocked_advice=translate("Storage", _BLOCKED_ADVICE),
                open_advice=translate(
                    "Storage", "Money operations are blocked until it can be written."
                ),
                synchronous="FULL",
            )
            database.open()
        self.path = path
        self._db = database
        self._group = GroupCommit(database, "journal writes")

    @classmethod
    def in_directory(cls, data_dir: Path) -> Journal:
        """The journal file of a data directory (the user's, or a demo's temp dir)."""
        return cls(data_dir / JOURNAL_FILE_NAME)

    @classmethod
    def shared(cls, server: PostgresServer) -> Journal:
        """The journal every desk on the shared database writes to."""
        from app.storage.postgres_db import PostgresDatabase

        return cls(database=PostgresDatabase(server, _SCHEMA, error=JournalError))

    @property
    def where(self) -> str:
        return self._db.where

    # ------------------------------------------------------------------ grouped
    def queue(self, step: Callable[[Journal], _T]) -> Future[_T]:
        """Run ``step`` (calls on the journal it is given) in the next grouped transaction.

        For a caller off the event loop, which blocks on the future (the tests drive the
        worker this way); money moves use :meth:`queued`. Concurrent callers' writes are
        committed together by one worker thread (``app.storage.group_commit``). The
        future ends once the step is committed, with its result or its own error.
        """
        return self._group.submit(lambda session: step(_InTransaction(self, session)))

    def queued(self, step: Callable[[Journal], _T]) -> asyncio.Future[_T]:
        """``queue`` for a caller on the running asyncio loop, woken with its whole group."""
        return self._group.submit_awaitable(lambda session: step(_InTransaction(self, session)))

    def _writing(self) -> contextlib.AbstractContextManager[Session]:
        return self._db.write()

    def _reading(self) -> contextlib.AbstractContextManager[Session]:
        return self._db.read()

    # ------------------------------------------------------------------ writing
    def record_attempt(self, attempt: JournalAttempt) -> int:
        """Write the row for an operation about to be sent; returns its id. Durable on return."""
        now = encode_time(_now())
        with self._writing() as db:
            row = db.execute(
                "INSERT INTO journal (created_at, updated_at, operator, account_id, account_name,"
                " environment, operation, target_id, amount, currency, reference,"
                " merchant_reference, outcome, request_id, message, note, desk)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, '', ?, ?) RETURNING id",
                (
                    now,
                    now,
                    attempt.operator,
                    attempt.account_id,
                    attempt.account_name,
                    attempt.environment,
                    str(attempt.operation),
                    attempt.target_id,
                    attempt.amount,
                    attempt.currency,
                    attempt.reference,
                    attempt.merchant_reference,
                    str(Outcome.ATTEMPTED),
                    attempt.note,
                    attempt.desk,
                ),
            ).fetchone()
        return int(row["id"])

    def settle(
        self,
        entry_id: int,
        outcome: Outcome,
        *,
        request_id: str | None = None,
        message: str | None = None,
        amount: int | None = None,
        only_from: Iterable[Outcome] = OPEN_OUTCOMES,
    ) -> Outcome:
        """Record what became of an operation. Fields left as None keep their value.

        The row changes only while its outcome is one of ``only_from`` (by default: not
        known yet), in one statement, so when two desks settle the same row the first
        one wins and the second changes nothing. Returns the outcome the row has now:
        ``outcome`` when this call settled it, the winner's otherwise.
        """
        allowed = [str(o) for o in only_from]
        marks = ", ".join("?" for _ in allowed)
        with self._writing() as db:
            row = db.execute(
                "UPDATE journal SET updated_at = ?, outcome = ?,"
                " request_id = COALESCE(?, request_id), message = COALESCE(?, message),"
                f" amount = COALESCE(?, amount) WHERE id = ? AND outcome IN ({marks})"
                " RETURNING outcome",
                (
                    encode_time(_now()),
                    str(outcome),
                    request_id,
                    message,
                    amount,
                    entry_id,
                    *allowed,
                ),
            ).fetchone()
            if row is None:
                row = db.execute("SELECT outcome FROM journal WHERE id = ?", (entry_id,)).fetchone()
        if row is None:
            raise JournalError(f"Journal entry {entry_id} does not exist")
        with self._db.decoding(f"entry {entry_id}"):
            return Outcome(row["outcome"])

    def copy_in(self, entries: Iterable[JournalEntry], *, origin: str, desk: str) -> int:
        """Copy rows from another journal (a desk's own file) into this one; returns how
        many were added or brought up to date.

        Each row is known by ``origin`` plus its id and time there, so copying the same
        rows again adds nothing. A row still open here takes a newer state from the copy;
        a row settled here is never changed (the guard :meth:`settle` keeps too).
        """
        changed = 0
        with self._writing() as db:
            for e in entries:
                row = db.execute(
                    "INSERT INTO journal (created_at, updated_at, operator, account_id,"
                    " account_name, environment, operation, target_id, amount, currency,"
                    " reference, merchant_reference, outcome, request_id, message, note, desk,"
                    " origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    " ON CONFLICT (origin) DO UPDATE SET updated_at = excluded.updated_at,"
                    " outcome = excluded.outcome, request_id = excluded.request_id,"
                    " message = excluded.message, amount = excluded.amount"
                    " WHERE journal.updated_at < excluded.updated_at"
                    f" AND journal.outcome IN ({', '.join('?' for _ in OPEN_OUTCOMES)})"
                    " RETURNING id",
                    (
                        encode_time(e.created_at),
                        encode_time(e.updated_at),
                        e.operator,
                        e.account_id,
                        e.account_name,
                        e.environment,
                        str(e.operation),
                        e.target_id,
                        e.amount,
                        e.currency,
                        e.reference,
                        e.merchant_reference,
                        str(e.outcome),
                        e.request_id,
                        e.message,
                        e.note,
                        e.desk or desk,
                        f"{origin}:{e.id}:{encode_time(e.created_at)}",
                        *(str(o) for o in OPEN_OUTCOMES),
                    ),
                ).fetchone()
                changed += row is not None
        return changed

    # ------------------------------------------------------------------ reading
    def get(self, entry_id: int) -> JournalEntry:
        rows = self._select("WHERE id = ?", [entry_id])
        if not rows:
            raise JournalError(f"Journal entry {entry_id} does not exist")
        return rows[0]

    def for_target(self, target_id: str) -> list[JournalEntry]:
        """Everything done to one transaction (or link), newest first."""
        return self._select("WHERE target_id = ? ORDER BY id DESC", [target_id])

    def unsettled(
        self,
        *,
        account_id: str | None = None,
        target_id: str | None = None,
        operations: Iterable[JournalOperation] = (),
    ) -> list[JournalEntry]:
        """Rows whose outcome is not known yet (attempted, pending, unknown), oldest first.

        Narrowed to one account, one transaction (or link) and some operations when
        given: before a new money move, the earlier unsettled ones on it must be settled.
        """
        clauses = ["outcome IN (?, ?, ?)"]
        params: list[Any] = [str(o) for o in OPEN_OUTCOMES]
        if account_id is not None:
            clauses.append("account_id = ?")
            params.append(account_id)
        if target_id is not None:
            clauses.append("target_id = ?")
            params.append(target_id)
        wanted = [str(op) for op in operations]
        if wanted:
            clauses.append(f"operation IN ({', '.join('?' * len(wanted))})")
            params.extend(wanted)
        return self._select(f"WHERE {' AND '.join(clauses)} ORDER BY id", params)

    def query(self, query: JournalQuery | None = None) -> list[JournalEntry]:
        query = query or JournalQuery()
        clauses: list[str] = []
        params: list[Any] = []
        if query.account_id:
            clauses.append("account_id = ?")
            params.append(query.account_id)
        if query.operations:
            clauses.append(f"operation IN ({', '.join('?' * len(query.operations))})")
            params.extend(str(op) for op in query.operations)
        if query.outcomes:
            clauses.append(f"outcome IN ({', '.join('?' * len(query.outcomes))})")
            params.extend(str(o) for o in query.outcomes)
        if query.target_id:
            clauses.append("target_id = ?")
            params.append(query.target_id)
        if query.reference:
            clauses.append("reference = ?")
            params.append(query.reference)
        if query.text:
            like = contains_pattern(query.text)
            columns = (
                "target_id",
                "reference",
                "merchant_reference",
                "operator",
                "desk",
                "message",
                "request_id",
            )
            matches = " OR ".join(f"{c} {self._db.dialect.like} ? ESCAPE '\\'" for c in columns)
            clauses.append(f"({matches})")
            params.extend([like] * len(columns))
        if query.since is not None:
            clauses.append("created_at >= ?")
            params.append(encode_time(query.since))
        if query.until is not None:
            clauses.append("created_at <= ?")
            params.append(encode_time(query.until))
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        params.append(max(1, query.limit))
        return self._select(f"{where} ORDER BY id DESC LIMIT ?", params)

    def _select(self, tail: str, params: list[Any]) -> list[JournalEntry]:
        sql = f"SELECT {', '.join(_COLUMNS)} FROM journal {tail}"
        with self._reading() as db:
            rows = db.execute(sql, params).fetchall()
        return [self._entry(row) for row in rows]

    def _entry(self, row: Any) -> JournalEntry:
        label = f"entry {row['id']}"
        with self._db.decoding(label):
            values = {column: row[column] for column in _COLUMNS}
            values["created_at"] = self._db.decode_time(values["created_at"], label)
            values["updated_at"] = self._db.decode_time(values["updated_at"], label)
            values["operation"] = JournalOperation(values["operation"])
            values["outcome"] = Outcome(values["outcome"])
            return JournalEntry(**values)

    def close(self) -> None:
        self._group.close()
        self._db.close()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _InTransaction(Journal):
    """The journal as a queued step sees it: every call runs in the group's transaction."""

    def __init__(self, journal: Journal, session: Session) -> None:
        # No super().__init__: this view shares the journal's database and opens nothing.
        self.path = journal.path
        self._db = journal._db
        self._session = session

    def _writing(self) -> contextlib.AbstractContextManager[Session]:
        return contextlib.nullcontext(self._session)

    _reading = _writing

    def queue(self, step: Callable[[Journal], _T]) -> Future[_T]:
        raise RuntimeError("a queued step cannot queue another")

    def queued(self, step: Callable[[Journal], _T]) -> asyncio.Future[_T]:
        raise RuntimeError("a queued step cannot queue another")

    def close(self) -> None:
        raise RuntimeError("a queued step cannot close the journal")


CSV_HEADER = (
    "id",
    "time_utc",
    "updated_utc",
    "operator",
    "account_id",
    "account_name",
    "environment",
    "operation",
    "transaction_or_session",
    "amount",
    "currency",
    "reference",
    "merchant_reference",
    "outcome",
    "dintero_request_id",
    "message",
    "note",
    "desk",
)


_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value: object) -> object:
    """A text cell that a spreadsheet would run as a formula, made inert with a leading `'`.

    References, names and messages come from customers and other systems; a cell such
    as `=HYPERLINK(...)` must open as text. Numbers are left as they are.
    """
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def csv_amount(minor: int | None, currency: str | None) -> Decimal | str:
    """A decimal number with a dot (12050 NOK → ``120.50``), exact; empty when there is none.

    A Decimal rather than text, so :func:`csv_safe` leaves it alone. A currency babel
    does not know keeps two decimals, as Dintero's currencies all do.
    """
    if minor is None:
        return ""
    try:
        return to_decimal(minor, currency or "")
    except ValueError:  # UnknownCurrency is a ValueError
        return Decimal(minor).scaleb(-2)


def write_csv(entries: Iterable[JournalEntry], out: TextIO) -> int:
    """Write journal rows as CSV (amounts as exact decimals beside their currency).

    Returns the row count.
    """
    writer = csv.writer(out)
    writer.writerow(CSV_HEADER)
    count = 0
    for e in entries:
        writer.writerow(
            csv_safe(value)
            for value in [
                e.id,
                e.created_at.isoformat(),
                e.updated_at.isoformat(),
                e.operator,
                e.account_id,
                e.account_name,
                e.environment,
                str(e.operation),
                e.target_id,
                csv_amount(e.amount, e.currency),
                e.currency or "",
                e.reference or "",
                e.merchant_reference or "",
                str(e.outcome),
                e.request_id or "",
                e.message,
                e.note,
                e.desk,
            ]
        )
        count += 1
    return count
