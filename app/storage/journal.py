"""The audit journal: one row per money move (and per payment-link cancellation).

Dintero has no idempotency key, so the reference of each operation is written here
**before** the request is sent (outcome ``attempted``) and the row is updated once the
outcome is known. After a crash, a row still marked ``attempted`` or ``unknown`` names the
reference to look for on the transaction before anything is sent again.

Storage is SQLite in the user's data directory, kept like every local database
(``app.storage.sqlite_db``: WAL mode so the viewer can read while an operation writes, a
busy timeout for a second Paydesk on the same folder, one connection behind a lock so any
thread may call). Every call blocks (file I/O): GUI code runs them with
``asyncio.to_thread``.

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

import csv
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, fields
from datetime import UTC, datetime
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any, TextIO

from app.core.money import to_decimal
from app.storage.errors import StorageError
from app.storage.sql_text import contains_pattern
from app.storage.sqlite_db import Database, OnDamage, Schema, encode_time

__all__ = [
    "JOURNAL_FILE_NAME",
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


class Outcome(StrEnum):
    """Where an operation stands; ``attempted`` is written before the request leaves."""

    ATTEMPTED = "attempted"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    PENDING = "pending"
    UNKNOWN = "unknown"


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


@dataclass(frozen=True)
class JournalQuery:
    """Filters for the viewer; empty fields match everything. Newest rows come first."""

    account_id: str | None = None
    operations: tuple[JournalOperation, ...] = ()
    outcomes: tuple[Outcome, ...] = ()
    target_id: str | None = None
    reference: str | None = None
    text: str | None = None
    """Matched against transaction, references, operator and message."""
    since: datetime | None = None
    until: datetime | None = None
    limit: int = 10_000


_SCHEMA = Schema(
    "audit journal",
    (
        (
            """
            CREATE TABLE IF NOT EXISTS journal (
                id                 INTEGER PRIMARY KEY AUTOINCREMENT,
                created_at         TEXT NOT NULL,
                updated_at         TEXT NOT NULL,
                operator           TEXT NOT NULL,
                account_id         TEXT NOT NULL,
                account_name       TEXT NOT NULL DEFAULT '',
                environment        TEXT NOT NULL,
                operation          TEXT NOT NULL,
                target_id          TEXT NOT NULL,
                amount             INTEGER,
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
    ),
)
SCHEMA_VERSION = _SCHEMA.version

_BLOCKED_ADVICE = (
    "Captures, refunds and voids are blocked until this is resolved. Ask whoever looks "
    "after this computer to restore journal.sqlite3 from a backup (or have support repair "
    "the moved file and put it back). Only if every capture, refund and void has been "
    "checked in Dintero's back office may they delete journal.sqlite3.blocked to start a "
    "new, empty journal."
)

_COLUMNS = tuple(f.name for f in fields(JournalEntry))


def _now() -> datetime:
    return datetime.now(UTC)


class Journal:
    """The journal file; safe to call from any thread (one connection behind a lock).

    The constructor opens the file at once, so a journal that cannot be used fails where
    it is created (``JournalError``), before any money move is offered.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._db = Database(
            path,
            _SCHEMA,
            error=JournalError,
            on_damage=OnDamage.BLOCK,
            blocked_advice=_BLOCKED_ADVICE,
            open_advice="Money operations are blocked until it can be written.",
            synchronous="FULL",
        )
        self._db.open()

    @classmethod
    def in_directory(cls, data_dir: Path) -> Journal:
        """The journal file of a data directory (the user's, or a demo's temp dir)."""
        return cls(data_dir / JOURNAL_FILE_NAME)

    # ------------------------------------------------------------------ writing
    def record_attempt(self, attempt: JournalAttempt) -> int:
        """Write the row for an operation about to be sent; returns its id. Durable on return."""
        now = encode_time(_now())
        with self._db.write() as db:
            cursor = db.execute(
                "INSERT INTO journal (created_at, updated_at, operator, account_id, account_name,"
                " environment, operation, target_id, amount, currency, reference,"
                " merchant_reference, outcome, request_id, message, note)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, '', ?)",
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
                ),
            )
            entry_id = cursor.lastrowid
        if entry_id is None:  # pragma: no cover - sqlite always sets it after an INSERT
            raise JournalError("Could not write the audit journal: no row id")
        return entry_id

    def settle(
        self,
        entry_id: int,
        outcome: Outcome,
        *,
        request_id: str | None = None,
        message: str | None = None,
        amount: int | None = None,
    ) -> None:
        """Record what became of an operation. Fields left as None keep their value."""
        with self._db.write() as db:
            cursor = db.execute(
                "UPDATE journal SET updated_at = ?, outcome = ?,"
                " request_id = COALESCE(?, request_id), message = COALESCE(?, message),"
                " amount = COALESCE(?, amount) WHERE id = ?",
                (encode_time(_now()), str(outcome), request_id, message, amount, entry_id),
            )
            if cursor.rowcount != 1:
                raise JournalError(f"Journal entry {entry_id} does not exist")

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
        params: list[Any] = [str(Outcome.ATTEMPTED), str(Outcome.PENDING), str(Outcome.UNKNOWN)]
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
            clauses.append(
                "(target_id LIKE ? ESCAPE '\\' OR reference LIKE ? ESCAPE '\\'"
                " OR merchant_reference LIKE ? ESCAPE '\\' OR operator LIKE ? ESCAPE '\\'"
                " OR message LIKE ? ESCAPE '\\' OR request_id LIKE ? ESCAPE '\\')"
            )
            params.extend([like] * 6)
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
        with self._db.read() as db:
            rows = db.execute(sql, params).fetchall()
        return [self._entry(row) for row in rows]

    def _entry(self, row: sqlite3.Row) -> JournalEntry:
        label = f"entry {row['id']}"
        with self._db.decoding(label):
            values = dict(zip(_COLUMNS, row, strict=True))
            values["created_at"] = self._db.decode_time(values["created_at"], label)
            values["updated_at"] = self._db.decode_time(values["updated_at"], label)
            values["operation"] = JournalOperation(values["operation"])
            values["outcome"] = Outcome(values["outcome"])
            return JournalEntry(**values)

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


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
            ]
        )
        count += 1
    return count
