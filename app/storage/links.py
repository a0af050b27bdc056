"""The local history of payment links sent from this desk (SQLite, WAL, versioned schema).

A link is written *before* it is sent to Dintero, in the state ``creating`` under a
provisional id (``pending_id(merchant_reference)``), and completed with Dintero's session
id and url once the answer arrives (:meth:`LinkStore.confirm`). If the answer never comes
(the app quits, the connection drops) the record stays ``creating``: the desk shows it as
"not confirmed" and looks for a payment with its reference instead of silently losing it.
Each state change the tracker sees is written as it is seen, so closing the app while a
customer is still paying loses nothing: the next start lists the link and tracking resumes.

Calls block (disk I/O): the GUI runs them with ``asyncio.to_thread``. A connection is
opened per call, so any thread may call any method.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from app.core.errors import UserFacingError
from app.core.vat import OrderLine
from app.storage.sql_text import contains_pattern

__all__ = [
    "FINISHED_STATES",
    "LINKS_FILE",
    "PENDING_PREFIX",
    "LinkRecord",
    "LinkState",
    "LinkStore",
    "SavedCardRecord",
    "SavedCardState",
    "ShippingLine",
    "StorageError",
    "connect",
    "lines_from_json",
    "lines_to_json",
    "migrate",
    "pending_id",
]

LINKS_FILE = "links.sqlite3"
_MIGRATION_LOCK = threading.Lock()


class LinkState:
    """The states a link goes through, as plain strings stored in the database."""

    CREATING = "creating"  # sent (or about to be) to Dintero, answer not yet recorded
    OPEN = "open"
    OPENED = "opened"
    FAILED_ATTEMPT = "failed_attempt"
    ON_HOLD = "on_hold"
    PAID = "paid"
    CANCELLED = "cancelled"
    EXPIRED = "expired"


#: States after which nothing more can happen to the link; tracking stops.
FINISHED_STATES = frozenset({LinkState.PAID, LinkState.CANCELLED, LinkState.EXPIRED})

#: Provisional ids of links whose creation Dintero has not confirmed start with this.
PENDING_PREFIX = "pending:"


def pending_id(merchant_reference: str) -> str:
    """The provisional id of a link being created: one per merchant reference, so sending
    the same reference again reuses the record instead of adding a second one."""
    return PENDING_PREFIX + merchant_reference


class StorageError(UserFacingError):
    """The local database cannot be used; ``user_message`` tells staff what to do."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.user_message = message


@dataclass(frozen=True)
class ShippingLine:
    """The optional shipping line of a link (price incl. VAT, minor units)."""

    title: str
    amount: int
    vat_rate: Decimal


@dataclass(frozen=True)
class LinkRecord:
    """One payment link as this desk remembers it."""

    session_id: str
    account_key: str
    account_id: str
    environment: str
    merchant_reference: str
    currency: str
    amount: int
    url: str
    lines: tuple[OrderLine, ...] = ()
    shipping: ShippingLine | None = None
    customer_phone: str | None = None
    customer_email: str | None = None
    expires_at: datetime | None = None
    auto_capture: bool = False
    sms_status: str | None = None
    kind: str = "payment"
    state: str = LinkState.OPEN
    state_detail: str = ""
    transaction_id: str | None = None
    created_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    updated_at: datetime = field(default_factory=lambda: datetime.now(UTC))

    @property
    def finished(self) -> bool:
        return self.state in FINISHED_STATES

    @property
    def unconfirmed(self) -> bool:
        """Sent to Dintero but the answer (session id, url) was never recorded (yet)."""
        return self.state == LinkState.CREATING

    @property
    def provisional(self) -> bool:
        """Still under its provisional id: Dintero never confirmed it, whatever its state."""
        return self.session_id.startswith(PENDING_PREFIX)


class SavedCardState:
    """Where a card-saving link stands."""

    WAITING = "waiting"  # the customer has the link and has not saved a card yet
    SAVED = "saved"
    CANCELLED = "cancelled"
    EXPIRED = "expired"


@dataclass(frozen=True)
class SavedCardRecord:
    """A card-saving (payment-token) link sent from this desk, and what it produced.

    ``token_reference`` is what staff keep on file for the customer (Dintero's payment
    token id, or the token when Dintero gives no id).
    """

    session_id: str
    account_key: str
    account_id: str
    environment: str
    merchant_reference: str
    currency: str
    url: str
    customer_phone: str | None = None
    customer_email: str | None = None
    expires_at: datetime | None = None
    state: str = SavedCardState.WAITING
    token_reference: str | None = None
    masked_pan: str | None = None
    brand: str | None = None
    transaction_id: str | None = None
    created_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    saved_at: datetime | None = None

    @property
    def finished(self) -> bool:
        return self.state != SavedCardState.WAITING


_SCHEMA: tuple[str, ...] = (
    """
    CREATE TABLE links (
        session_id TEXT PRIMARY KEY,
        account_key TEXT NOT NULL,
        account_id TEXT NOT NULL,
        environment TEXT NOT NULL,
        kind TEXT NOT NULL,
        merchant_reference TEXT NOT NULL,
        currency TEXT NOT NULL,
        amount INTEGER NOT NULL,
        url TEXT NOT NULL,
        lines_json TEXT NOT NULL,
        shipping_json TEXT,
        customer_phone TEXT,
        customer_email TEXT,
        expires_at TEXT,
        auto_capture INTEGER NOT NULL,
        sms_status TEXT,
        state TEXT NOT NULL,
        state_detail TEXT NOT NULL,
        transaction_id TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX links_by_account ON links (account_key, created_at);
    CREATE INDEX links_by_state ON links (state);
    """,
    """
    CREATE TABLE saved_cards (
        session_id TEXT PRIMARY KEY,
        account_key TEXT NOT NULL,
        account_id TEXT NOT NULL,
        environment TEXT NOT NULL,
        merchant_reference TEXT NOT NULL,
        currency TEXT NOT NULL,
        url TEXT NOT NULL,
        customer_phone TEXT,
        customer_email TEXT,
        expires_at TEXT,
        state TEXT NOT NULL,
        token_reference TEXT,
        masked_pan TEXT,
        brand TEXT,
        transaction_id TEXT,
        created_at TEXT NOT NULL,
        saved_at TEXT
    );
    CREATE INDEX saved_cards_by_account ON saved_cards (account_key, created_at);
    """,
)


@contextlib.contextmanager
def connect(path: Path) -> Iterator[sqlite3.Connection]:
    """A connection in WAL mode that commits on success and always closes."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(path, timeout=10.0)
    except (OSError, sqlite3.Error) as error:
        raise StorageError(f"Cannot open the local database {path.name}: {error}") from error
    try:
        connection.row_factory = sqlite3.Row
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=NORMAL")
        with connection:
            yield connection
    except sqlite3.DatabaseError as error:
        raise StorageError(f"The local database {path.name} could not be used: {error}") from error
    finally:
        connection.close()


def migrate(connection: sqlite3.Connection, steps: Sequence[str], name: str) -> None:
    """Run the schema steps the file has not seen yet; refuse files from a newer Paydesk.

    The upgrade runs in one immediate transaction, so two threads or processes opening a
    fresh file at once cannot both create the tables.
    """
    with _MIGRATION_LOCK:
        connection.commit()
        connection.execute("BEGIN IMMEDIATE")
        try:
            version = int(connection.execute("PRAGMA user_version").fetchone()[0])
            if version > len(steps):
                raise StorageError(
                    f"The {name} was written by a newer Paydesk (schema {version}). Update Paydesk."
                )
            for number, script in enumerate(steps[version:], start=version + 1):
                for statement in script.split(";"):
                    if statement.strip():
                        connection.execute(statement)
                connection.execute(f"PRAGMA user_version = {number:d}")
        except BaseException:
            connection.rollback()
            raise
        connection.commit()


def _stamp(moment: datetime | None) -> str | None:
    """ISO 8601 in UTC, so that text order is time order."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def _unstamp(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


def lines_to_json(lines: Sequence[OrderLine]) -> str:
    """Lines as JSON with exact decimals kept as strings."""
    return json.dumps(
        [
            {
                "line_id": line.line_id,
                "description": line.description,
                "quantity": str(line.quantity),
                "unit_price": line.unit_price,
                "vat_rate": str(line.vat_rate),
                "sku": line.sku,
            }
            for line in lines
        ],
        ensure_ascii=False,
    )


def lines_from_json(text: str) -> tuple[OrderLine, ...]:
    raw: list[dict[str, Any]] = json.loads(text)
    return tuple(
        OrderLine(
            line_id=str(item["line_id"]),
            description=str(item["description"]),
            quantity=Decimal(item["quantity"]),
            unit_price=int(item["unit_price"]),
            vat_rate=Decimal(item["vat_rate"]),
            sku=item.get("sku"),
        )
        for item in raw
    )


def _shipping_to_json(shipping: ShippingLine | None) -> str | None:
    if shipping is None:
        return None
    return json.dumps(
        {"title": shipping.title, "amount": shipping.amount, "vat_rate": str(shipping.vat_rate)},
        ensure_ascii=False,
    )


def _shipping_from_json(text: str | None) -> ShippingLine | None:
    if not text:
        return None
    raw = json.loads(text)
    return ShippingLine(str(raw["title"]), int(raw["amount"]), Decimal(raw["vat_rate"]))


def _record_from_row(row: sqlite3.Row) -> LinkRecord:
    created = _unstamp(row["created_at"])
    updated = _unstamp(row["updated_at"])
    assert created is not None
    assert updated is not None
    return LinkRecord(
        session_id=row["session_id"],
        account_key=row["account_key"],
        account_id=row["account_id"],
        environment=row["environment"],
        kind=row["kind"],
        merchant_reference=row["merchant_reference"],
        currency=row["currency"],
        amount=int(row["amount"]),
        url=row["url"],
        lines=lines_from_json(row["lines_json"]),
        shipping=_shipping_from_json(row["shipping_json"]),
        customer_phone=row["customer_phone"],
        customer_email=row["customer_email"],
        expires_at=_unstamp(row["expires_at"]),
        auto_capture=bool(row["auto_capture"]),
        sms_status=row["sms_status"],
        state=row["state"],
        state_detail=row["state_detail"],
        transaction_id=row["transaction_id"],
        created_at=created,
        updated_at=updated,
    )


_COLUMNS = (
    "session_id, account_key, account_id, environment, kind, merchant_reference, currency, "
    "amount, url, lines_json, shipping_json, customer_phone, customer_email, expires_at, "
    "auto_capture, sms_status, state, state_detail, transaction_id, created_at, updated_at"
)


_CARD_COLUMNS = (
    "session_id, account_key, account_id, environment, merchant_reference, currency, url, "
    "customer_phone, customer_email, expires_at, state, token_reference, masked_pan, brand, "
    "transaction_id, created_at, saved_at"
)


def _card_from_row(row: sqlite3.Row) -> SavedCardRecord:
    created = _unstamp(row["created_at"])
    assert created is not None
    return SavedCardRecord(
        session_id=row["session_id"],
        account_key=row["account_key"],
        account_id=row["account_id"],
        environment=row["environment"],
        merchant_reference=row["merchant_reference"],
        currency=row["currency"],
        url=row["url"],
        customer_phone=row["customer_phone"],
        customer_email=row["customer_email"],
        expires_at=_unstamp(row["expires_at"]),
        state=row["state"],
        token_reference=row["token_reference"],
        masked_pan=row["masked_pan"],
        brand=row["brand"],
        transaction_id=row["transaction_id"],
        created_at=created,
        saved_at=_unstamp(row["saved_at"]),
    )


class LinkStore:
    """Add, update and search the links of every account (blocking calls), and the
    card-saving links with their results (``saved_cards``)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._ready = False

    @classmethod
    def in_directory(cls, data_dir: Path) -> LinkStore:
        return cls(data_dir / LINKS_FILE)

    @contextlib.contextmanager
    def _connection(self) -> Iterator[sqlite3.Connection]:
        with connect(self.path) as connection:
            if not self._ready:
                migrate(connection, _SCHEMA, "payment link history")
                self._ready = True
            yield connection

    def add(self, record: LinkRecord) -> None:
        """Remember a link (replacing a record with the same session id)."""
        with self._connection() as db:
            self._insert(db, record)

    @staticmethod
    def _insert(db: sqlite3.Connection, record: LinkRecord) -> None:
        values = (
            record.session_id,
            record.account_key,
            record.account_id,
            record.environment,
            record.kind,
            record.merchant_reference,
            record.currency,
            record.amount,
            record.url,
            lines_to_json(record.lines),
            _shipping_to_json(record.shipping),
            record.customer_phone,
            record.customer_email,
            _stamp(record.expires_at),
            int(record.auto_capture),
            record.sms_status,
            record.state,
            record.state_detail,
            record.transaction_id,
            _stamp(record.created_at),
            _stamp(record.updated_at),
        )
        placeholders = ", ".join("?" for _ in values)
        db.execute(f"INSERT OR REPLACE INTO links ({_COLUMNS}) VALUES ({placeholders})", values)

    def update_state(
        self,
        session_id: str,
        state: str,
        detail: str = "",
        transaction_id: str | None = None,
        *,
        when: datetime | None = None,
    ) -> LinkRecord | None:
        """Write the state the tracker saw; returns the updated record (None if unknown)."""
        moment = _stamp(when or datetime.now(UTC))
        with self._connection() as db:
            db.execute(
                "UPDATE links SET state = ?, state_detail = ?, "
                "transaction_id = COALESCE(?, transaction_id), updated_at = ? "
                "WHERE session_id = ?",
                (state, detail, transaction_id, moment, session_id),
            )
            row = db.execute(
                f"SELECT {_COLUMNS} FROM links WHERE session_id = ?", (session_id,)
            ).fetchone()
        return None if row is None else _record_from_row(row)

    def confirm(
        self,
        provisional_id: str,
        session_id: str,
        url: str,
        *,
        sms_status: str | None = None,
        state: str = LinkState.OPEN,
        when: datetime | None = None,
    ) -> LinkRecord | None:
        """Complete a ``creating`` record with Dintero's answer, in one transaction.

        Returns the confirmed record, or None when no such provisional record exists (it
        was confirmed meanwhile by another path, e.g. a payment found for its reference).
        """
        moment = when or datetime.now(UTC)
        with self._connection() as db:
            row = db.execute(
                f"SELECT {_COLUMNS} FROM links WHERE session_id = ?", (provisional_id,)
            ).fetchone()
            if row is None:
                return None
            old = _record_from_row(row)
            record = replace(
                old,
                session_id=session_id,
                url=url,
                state=state,
                state_detail="",
                sms_status=sms_status if sms_status is not None else old.sms_status,
                updated_at=moment,
            )
            db.execute("DELETE FROM links WHERE session_id = ?", (provisional_id,))
            self._insert(db, record)
        return record

    def discard(self, session_id: str) -> None:
        """Forget a record (a link Dintero refused: nothing was created)."""
        with self._connection() as db:
            db.execute("DELETE FROM links WHERE session_id = ?", (session_id,))

    def get(self, session_id: str) -> LinkRecord | None:
        with self._connection() as db:
            row = db.execute(
                f"SELECT {_COLUMNS} FROM links WHERE session_id = ?", (session_id,)
            ).fetchone()
        return None if row is None else _record_from_row(row)

    def search(
        self, account_key: str | None = None, text: str = "", limit: int = 500
    ) -> list[LinkRecord]:
        """Newest first; ``text`` matches reference, session, transaction, phone, e-mail, lines."""
        clauses: list[str] = []
        params: list[Any] = []
        if account_key is not None:
            clauses.append("account_key = ?")
            params.append(account_key)
        for word in text.split():
            pattern = contains_pattern(word)
            clauses.append(
                "(merchant_reference LIKE ? ESCAPE '\\' OR session_id LIKE ? ESCAPE '\\' "
                "OR IFNULL(transaction_id, '') LIKE ? ESCAPE '\\' "
                "OR IFNULL(customer_phone, '') LIKE ? ESCAPE '\\' "
                "OR IFNULL(customer_email, '') LIKE ? ESCAPE '\\' "
                "OR lines_json LIKE ? ESCAPE '\\' OR state LIKE ? ESCAPE '\\')"
            )
            params.extend([pattern] * 7)
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        params.append(limit)
        with self._connection() as db:
            rows = db.execute(
                f"SELECT {_COLUMNS} FROM links {where} "
                "ORDER BY created_at DESC, session_id DESC LIMIT ?",
                params,
            ).fetchall()
        return [_record_from_row(row) for row in rows]

    def unfinished(self, account_key: str) -> list[LinkRecord]:
        """Every link of the account still worth tracking (not paid, cancelled or expired),
        unconfirmed ones included; newest first. Links whose expiry time has passed are
        listed too: one more read tells whether they were paid just before expiring."""
        marks = ", ".join("?" for _ in FINISHED_STATES)
        with self._connection() as db:
            rows = db.execute(
                f"SELECT {_COLUMNS} FROM links WHERE account_key = ? AND state NOT IN ({marks}) "
                "ORDER BY created_at DESC, session_id DESC",
                (account_key, *sorted(FINISHED_STATES)),
            ).fetchall()
        return [_record_from_row(row) for row in rows]

    # ------------------------------------------------------------------ saved cards
    def put_saved_card(self, record: SavedCardRecord) -> None:
        """Remember a card-saving link, or what it produced (replaces the same session)."""
        values = (
            record.session_id,
            record.account_key,
            record.account_id,
            record.environment,
            record.merchant_reference,
            record.currency,
            record.url,
            record.customer_phone,
            record.customer_email,
            _stamp(record.expires_at),
            record.state,
            record.token_reference,
            record.masked_pan,
            record.brand,
            record.transaction_id,
            _stamp(record.created_at),
            _stamp(record.saved_at),
        )
        placeholders = ", ".join("?" for _ in values)
        with self._connection() as db:
            db.execute(
                f"INSERT OR REPLACE INTO saved_cards ({_CARD_COLUMNS}) VALUES ({placeholders})",
                values,
            )

    def saved_cards(self, account_key: str, limit: int = 20) -> list[SavedCardRecord]:
        """The account's card-saving links, newest first."""
        with self._connection() as db:
            rows = db.execute(
                f"SELECT {_CARD_COLUMNS} FROM saved_cards WHERE account_key = ? "
                "ORDER BY created_at DESC, session_id DESC LIMIT ?",
                (account_key, limit),
            ).fetchall()
        return [_card_from_row(row) for row in rows]
