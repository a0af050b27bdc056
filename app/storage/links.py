"""The history of payment links sent from this desk (SQLite, WAL, versioned schema) — or
from every desk of the shop, on the shared PostgreSQL database, where each change is
announced to the other desks as it commits (``notify_changes``).

A link is written *before* it is sent to Dintero, in the state ``creating`` under a
provisional id (``pending_id(merchant_reference)``), and completed with Dintero's session
id and url once the answer arrives (:meth:`LinkStore.confirm`). If the answer never comes
(the app quits, the connection drops) the record stays ``creating``: the desk shows it as
"not confirmed" and looks for a payment with its reference instead of silently losing it.
Each state change the tracker sees is written as it is seen, so closing the app while a
customer is still paying loses nothing: the next start lists the link and tracking resumes.

Calls block (I/O): the GUI runs them with ``asyncio.to_thread``. The file is opened on
first use and shared behind a lock (``app.storage.sqlite_db``), so any thread may call
any method. A damaged file is moved aside and a new, empty history started.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.vat import OrderLine
from app.storage.backend import Session, StoreDatabase
from app.storage.errors import StorageError
from app.storage.lines_json import lines_from_json, lines_to_json
from app.storage.schema import Schema, encode_time, notify_changes, upsert
from app.storage.sql_text import contains_pattern
from app.storage.sqlite_db import Database

if TYPE_CHECKING:  # psycopg loads only for a desk on the shared database
    from app.storage.postgres_db import PostgresServer

__all__ = [
    "DO_NOT_RETRY",
    "FINISHED_STATES",
    "LINKS_FILE",
    "PENDING_PREFIX",
    "PICK_UP",
    "LinkRecord",
    "LinkState",
    "LinkStore",
    "SavedCardRecord",
    "SavedCardState",
    "ShippingLine",
    "StorageError",
    "pending_id",
    "shipping_from_json",
    "shipping_to_json",
]

LINKS_FILE = "links.sqlite3"


class LinkState:
    """The states a link goes through, as plain strings stored in the database."""

    CREATING = "creating"  # sent (or about to be) to Dintero, answer not yet recorded
    OPEN = "open"
    OPENED = "opened"
    FAILED_ATTEMPT = "failed_attempt"  # an attempt left no payment: the link is still open
    PROCESSING = "processing"
    ON_HOLD = "on_hold"
    PAID = "paid"
    PAYMENT_FAILED = "payment_failed"  # the link's one payment failed: it cannot be paid again
    DECLINED = "declined"  # the customer declined the link's one payment: likewise ended
    CANCELLED = "cancelled"
    EXPIRED = "expired"
    # The link was paid, and its payment later voided or refunded (from the Transactions
    # page or Dintero's back office): "Paid" would no longer be true.
    VOIDED = "voided"
    PARTLY_REFUNDED = "partly_refunded"
    REFUNDED = "refunded"


#: States after which nothing more can happen to the link; tracking stops.
FINISHED_STATES = frozenset(
    {
        LinkState.PAID,
        LinkState.PAYMENT_FAILED,
        LinkState.DECLINED,
        LinkState.CANCELLED,
        LinkState.EXPIRED,
        LinkState.VOIDED,
        LinkState.PARTLY_REFUNDED,
        LinkState.REFUNDED,
    }
)

#: Provisional ids of links whose creation Dintero has not confirmed start with this.
PENDING_PREFIX = "pending:"


def pending_id(merchant_reference: str) -> str:
    """The provisional id of a link being created: one per merchant reference, so sending
    the same reference again reuses the record instead of adding a second one."""
    return PENDING_PREFIX + merchant_reference


#: Dintero's ``delivery_method`` of a shipping option the customer collects in the shop.
PICK_UP = "pick_up"


@dataclass(frozen=True)
class ShippingLine:
    """The optional shipping line of a link (price incl. VAT, minor units).

    ``delivery_method`` is Dintero's (``pick_up`` when the customer collects the order;
    None leaves it out of the session, as links made before pick-up existed did).
    """

    title: str
    amount: int
    vat_rate: Decimal
    delivery_method: str | None = None

    @property
    def pick_up(self) -> bool:
        return self.delivery_method == PICK_UP


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
    token id, or the token when Dintero gives no id). ``payment_token`` is what charging
    the card sends: a reference, not the card number, yet kept out of reprs and logs.
    A card the issuer refused with ``DO_NOT_RETRY`` is marked (``retry_policy``) so that
    nobody tries it again; a ``RETRY_AFTER_DELAY`` refusal keeps ``retry_after``.
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
    customer_id: str | None = None
    card_expiry: str | None = None
    """``MM/YYYY`` as Dintero gives it."""
    payment_token: str | None = field(default=None, repr=False)
    payment_product_type: str = "dintero_psp.creditcard"
    retry_policy: str | None = None
    """``DO_NOT_RETRY`` once the issuer said so: the card must not be charged again."""
    retry_after: datetime | None = None
    last_decline: str | None = None
    """The newest refusal, in Dintero's words."""

    @property
    def finished(self) -> bool:
        return self.state != SavedCardState.WAITING

    @property
    def do_not_retry(self) -> bool:
        return self.retry_policy == DO_NOT_RETRY

    @property
    def chargeable(self) -> bool:
        """Saved, with a token, and not marked never to be tried again."""
        return (
            self.state == SavedCardState.SAVED
            and bool(self.payment_token)
            and not (self.do_not_retry)
        )


DO_NOT_RETRY = "DO_NOT_RETRY"


#: The schema steps, exactly as earlier Paydesk versions wrote them to SQLite (never edit
#: a step once released: add one). PostgreSQL also announces every change.
_SCHEMA = Schema(
    QT_TRANSLATE_NOOP("Storage", "payment link history"),
    (
        (
            """
            CREATE TABLE links (
                session_id TEXT PRIMARY KEY,
                account_key TEXT NOT NULL,
                account_id TEXT NOT NULL,
                environment TEXT NOT NULL,
                kind TEXT NOT NULL,
                merchant_reference TEXT NOT NULL,
                currency TEXT NOT NULL,
                amount {int} NOT NULL,
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
            )
            """,
            "CREATE INDEX links_by_account ON links (account_key, created_at)",
            "CREATE INDEX links_by_state ON links (state)",
            *notify_changes("links", "session_id"),
        ),
        (
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
            )
            """,
            "CREATE INDEX saved_cards_by_account ON saved_cards (account_key, created_at)",
            *notify_changes("saved_cards", "session_id"),
        ),
        (
            # Saved cards that can be charged: the customer id, the card's expiry, the
            # token to charge with and what the issuer said about trying again.
            "ALTER TABLE saved_cards ADD COLUMN customer_id TEXT",
            "ALTER TABLE saved_cards ADD COLUMN card_expiry TEXT",
            "ALTER TABLE saved_cards ADD COLUMN payment_token TEXT",
            "ALTER TABLE saved_cards ADD COLUMN payment_product_type TEXT",
            "ALTER TABLE saved_cards ADD COLUMN retry_policy TEXT",
            "ALTER TABLE saved_cards ADD COLUMN retry_after TEXT",
            "ALTER TABLE saved_cards ADD COLUMN last_decline TEXT",
        ),
    ),
    key="links",
)


def shipping_to_json(shipping: ShippingLine | None) -> str | None:
    if shipping is None:
        return None
    raw: dict[str, str | int] = {
        "title": shipping.title,
        "amount": shipping.amount,
        "vat_rate": str(shipping.vat_rate),
    }
    if shipping.delivery_method is not None:
        raw["delivery_method"] = shipping.delivery_method
    return json.dumps(raw, ensure_ascii=False)


def shipping_from_json(text: str | None) -> ShippingLine | None:
    if not text:
        return None
    raw = json.loads(text)
    method = raw.get("delivery_method")
    return ShippingLine(
        str(raw["title"]),
        int(raw["amount"]),
        Decimal(raw["vat_rate"]),
        str(method) if method is not None else None,
    )


def _record_from_row(db: StoreDatabase, row: Any) -> LinkRecord:
    label = f"link {row['session_id']!r}"
    with db.decoding(label):
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
            shipping=shipping_from_json(row["shipping_json"]),
            customer_phone=row["customer_phone"],
            customer_email=row["customer_email"],
            expires_at=db.decode_optional_time(row["expires_at"], label),
            auto_capture=bool(row["auto_capture"]),
            sms_status=row["sms_status"],
            state=row["state"],
            state_detail=row["state_detail"],
            transaction_id=row["transaction_id"],
            created_at=db.decode_time(row["created_at"], label),
            updated_at=db.decode_time(row["updated_at"], label),
        )


_COLUMN_NAMES = (
    "session_id",
    "account_key",
    "account_id",
    "environment",
    "kind",
    "merchant_reference",
    "currency",
    "amount",
    "url",
    "lines_json",
    "shipping_json",
    "customer_phone",
    "customer_email",
    "expires_at",
    "auto_capture",
    "sms_status",
    "state",
    "state_detail",
    "transaction_id",
    "created_at",
    "updated_at",
)
_COLUMNS = ", ".join(_COLUMN_NAMES)
_PUT_LINK = upsert("links", _COLUMN_NAMES, ("session_id",))

_CARD_COLUMN_NAMES = (
    "session_id",
    "account_key",
    "account_id",
    "environment",
    "merchant_reference",
    "currency",
    "url",
    "customer_phone",
    "customer_email",
    "expires_at",
    "state",
    "token_reference",
    "masked_pan",
    "brand",
    "transaction_id",
    "created_at",
    "saved_at",
    "customer_id",
    "card_expiry",
    "payment_token",
    "payment_product_type",
    "retry_policy",
    "retry_after",
    "last_decline",
)
_CARD_COLUMNS = ", ".join(_CARD_COLUMN_NAMES)
_PUT_CARD = upsert("saved_cards", _CARD_COLUMN_NAMES, ("session_id",))


def _card_from_row(db: StoreDatabase, row: Any) -> SavedCardRecord:
    label = f"card-saving link {row['session_id']!r}"
    with db.decoding(label):
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
            expires_at=db.decode_optional_time(row["expires_at"], label),
            state=row["state"],
            token_reference=row["token_reference"],
            masked_pan=row["masked_pan"],
            brand=row["brand"],
            transaction_id=row["transaction_id"],
            created_at=db.decode_time(row["created_at"], label),
            saved_at=db.decode_optional_time(row["saved_at"], label),
            customer_id=row["customer_id"],
            card_expiry=row["card_expiry"],
            payment_token=row["payment_token"],
            payment_product_type=row["payment_product_type"] or "dintero_psp.creditcard",
            retry_policy=row["retry_policy"],
            retry_after=db.decode_optional_time(row["retry_after"], label),
            last_decline=row["last_decline"],
        )


def _card_values(record: SavedCardRecord) -> tuple[Any, ...]:
    return (
        record.session_id,
        record.account_key,
        record.account_id,
        record.environment,
        record.merchant_reference,
        record.currency,
        record.url,
        record.customer_phone,
        record.customer_email,
        encode_time(record.expires_at),
        record.state,
        record.token_reference,
        record.masked_pan,
        record.brand,
        record.transaction_id,
        encode_time(record.created_at),
        encode_time(record.saved_at),
        record.customer_id,
        record.card_expiry,
        record.payment_token,
        record.payment_product_type,
        record.retry_policy,
        encode_time(record.retry_after),
        record.last_decline,
    )


class LinkStore:
    """Add, update and search the links of every account (blocking calls), and the
    card-saving links with their results (``saved_cards``).

    Nothing is read or written until the first call (or :meth:`open`); :meth:`close`
    closes the file, and a later call opens it again.
    """

    def __init__(self, path: Path | None = None, *, database: StoreDatabase | None = None) -> None:
        if database is None:
            if path is None:
                raise TypeError("LinkStore needs a path or a database")
            database = Database(path, _SCHEMA)
        self.path = path
        self._db = database

    @classmethod
    def in_directory(cls, data_dir: Path) -> LinkStore:
        return cls(data_dir / LINKS_FILE)

    @classmethod
    def shared(cls, server: PostgresServer) -> LinkStore:
        """The history every desk on the shared database writes to."""
        from app.storage.postgres_db import PostgresDatabase

        return cls(database=PostgresDatabase(server, _SCHEMA))

    def open(self) -> None:
        """Open the file now; raises ``StorageError`` when it cannot be used."""
        self._db.open()

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> LinkStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _rows(self, sql: str, params: Sequence[Any]) -> list[Any]:
        with self._db.read() as db:
            return db.execute(sql, params).fetchall()

    def add(self, record: LinkRecord) -> None:
        """Remember a link (replacing a record with the same session id)."""
        with self._db.write() as db:
            self._insert(db, record)

    @classmethod
    def _insert(cls, db: Session, record: LinkRecord) -> None:
        db.execute(_PUT_LINK, cls._values(record))

    @staticmethod
    def _values(record: LinkRecord) -> tuple[Any, ...]:
        return (
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
            shipping_to_json(record.shipping),
            record.customer_phone,
            record.customer_email,
            encode_time(record.expires_at),
            int(record.auto_capture),
            record.sms_status,
            record.state,
            record.state_detail,
            record.transaction_id,
            encode_time(record.created_at),
            encode_time(record.updated_at),
        )

    @staticmethod
    def _select_one(db: Session, session_id: str) -> Any:
        return db.execute(
            f"SELECT {_COLUMNS} FROM links WHERE session_id = ?", (session_id,)
        ).fetchone()

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
        moment = encode_time(when or datetime.now(UTC))
        with self._db.write() as db:
            db.execute(
                "UPDATE links SET state = ?, state_detail = ?, "
                "transaction_id = COALESCE(?, transaction_id), updated_at = ? "
                "WHERE session_id = ?",
                (state, detail, transaction_id, moment, session_id),
            )
            row = self._select_one(db, session_id)
        return None if row is None else _record_from_row(self._db, row)

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
        with self._db.write() as db:
            row = self._select_one(db, provisional_id)
            if row is None:
                return None
            old = _record_from_row(self._db, row)
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
        with self._db.write() as db:
            db.execute("DELETE FROM links WHERE session_id = ?", (session_id,))

    def get(self, session_id: str) -> LinkRecord | None:
        with self._db.read() as db:
            row = self._select_one(db, session_id)
        return None if row is None else _record_from_row(self._db, row)

    def search(
        self, account_key: str | None = None, text: str = "", limit: int = 500
    ) -> list[LinkRecord]:
        """Newest first; ``text`` matches reference, session, transaction, phone, e-mail, lines."""
        clauses: list[str] = []
        params: list[Any] = []
        if account_key is not None:
            clauses.append("account_key = ?")
            params.append(account_key)
        like = self._db.dialect.like
        searched = (
            "merchant_reference",
            "session_id",
            "COALESCE(transaction_id, '')",
            "COALESCE(customer_phone, '')",
            "COALESCE(customer_email, '')",
            "lines_json",
            "state",
        )
        for word in text.split():
            pattern = contains_pattern(word)
            matches = " OR ".join(f"{column} {like} ? ESCAPE '\\'" for column in searched)
            clauses.append(f"({matches})")
            params.extend([pattern] * len(searched))
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        params.append(limit)
        rows = self._rows(
            f"SELECT {_COLUMNS} FROM links {where} "
            "ORDER BY created_at DESC, session_id DESC LIMIT ?",
            params,
        )
        return [_record_from_row(self._db, row) for row in rows]

    def unfinished(self, account_key: str) -> list[LinkRecord]:
        """Every link of the account still worth tracking (not in ``FINISHED_STATES``),
        unconfirmed ones included; newest first. Links whose expiry time has passed are
        listed too: one more read tells whether they were paid just before expiring."""
        marks = ", ".join("?" for _ in FINISHED_STATES)
        rows = self._rows(
            f"SELECT {_COLUMNS} FROM links WHERE account_key = ? AND state NOT IN ({marks}) "
            "ORDER BY created_at DESC, session_id DESC",
            (account_key, *sorted(FINISHED_STATES)),
        )
        return [_record_from_row(self._db, row) for row in rows]

    def copy_in(self, records: Sequence[LinkRecord], cards: Sequence[SavedCardRecord]) -> int:
        """Copy links and card-saving links from another history (a desk's own file);
        returns how many were added or brought up to date. A link already here is
        replaced only by a newer state of it, so copying again changes nothing."""
        changed = 0
        with self._db.write() as db:
            for record in records:
                row = db.execute(
                    _PUT_LINK + " WHERE links.updated_at < excluded.updated_at RETURNING state",
                    self._values(record),
                ).fetchone()
                changed += row is not None
            for card in cards:
                row = db.execute(
                    _PUT_CARD + " WHERE saved_cards.state = ? AND excluded.state <> ?"
                    " RETURNING state",
                    (*_card_values(card), SavedCardState.WAITING, SavedCardState.WAITING),
                ).fetchone()
                changed += row is not None
        return changed

    def all_saved_cards(self) -> list[SavedCardRecord]:
        """Every card-saving link of every account, oldest first."""
        rows = self._rows(f"SELECT {_CARD_COLUMNS} FROM saved_cards ORDER BY created_at", ())
        return [_card_from_row(self._db, row) for row in rows]

    # ------------------------------------------------------------------ saved cards
    def put_saved_card(self, record: SavedCardRecord) -> None:
        """Remember a card-saving link, or what it produced (replaces the same session)."""
        with self._db.write() as db:
            db.execute(_PUT_CARD, _card_values(record))

    def saved_card(self, session_id: str) -> SavedCardRecord | None:
        rows = self._rows(
            f"SELECT {_CARD_COLUMNS} FROM saved_cards WHERE session_id = ?", (session_id,)
        )
        return _card_from_row(self._db, rows[0]) if rows else None

    def for_customer(
        self, account_key: str, *, phone: str | None = None, email: str | None = None
    ) -> tuple[list[LinkRecord], list[SavedCardRecord]]:
        """The account's links and card-saving links for one customer, newest first:
        ``phone`` in international form, compared exactly; ``email`` ignoring case."""
        if not phone and not email:
            return [], []
        clauses: list[str] = []
        params: list[Any] = [account_key]
        if phone:
            clauses.append("customer_phone = ?")
            params.append(phone)
        if email:
            clauses.append("LOWER(customer_email) = ?")
            params.append(email.lower())
        who = " OR ".join(clauses)
        links = self._rows(
            f"SELECT {_COLUMNS} FROM links WHERE account_key = ? AND ({who}) "
            "ORDER BY created_at DESC, session_id DESC",
            params,
        )
        cards = self._rows(
            f"SELECT {_CARD_COLUMNS} FROM saved_cards WHERE account_key = ? AND ({who}) "
            "ORDER BY created_at DESC, session_id DESC",
            params,
        )
        return (
            [_record_from_row(self._db, row) for row in links],
            [_card_from_row(self._db, row) for row in cards],
        )

    def saved_cards(self, account_key: str, limit: int = 20) -> list[SavedCardRecord]:
        """The account's card-saving links, newest first."""
        rows = self._rows(
            f"SELECT {_CARD_COLUMNS} FROM saved_cards WHERE account_key = ? "
            "ORDER BY created_at DESC, session_id DESC LIMIT ?",
            (account_key, limit),
        )
        return [_card_from_row(self._db, row) for row in rows]
