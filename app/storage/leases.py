"""Leases: one desk at a time on a payment (a money move) or a link (following it).

A lease names who holds it (desk and operator), since when and until when. It runs out
by itself (``ttl_s``), so a desk that crashed or lost its network blocks nobody for
long; a desk still working renews it. Each :meth:`Leases.acquire` gets its own token, so
leases are not re-entrant: a desk that already holds one is refused like anyone else —
unless it asks to ``take_over_own`` (a link's watch after an account switch takes over
the lease its predecessor in the same desk left behind).

* :class:`LocalLeases`: one desk on its own SQLite files — the leases live in memory
  (two service stacks in one process still exclude each other).
* :class:`PostgresLeases`: several desks on one shared database — a ``leases`` row per
  key, taken with ``INSERT … ON CONFLICT DO UPDATE … WHERE expired`` (the row lock makes
  it atomic; the server's clock decides expiry, so desks' clocks do not matter).

Calls block; run them in a thread.
"""

from __future__ import annotations

import threading
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Protocol

from app.core.errors import UserFacingError
from app.core.i18n import QT_TRANSLATE_NOOP, translate
from app.storage.schema import Engine, Only, Schema

if TYPE_CHECKING:  # psycopg loads only for a desk on the shared database
    from app.storage.postgres_db import PostgresServer

__all__ = [
    "Lease",
    "LeaseHeld",
    "LeaseHolder",
    "Leases",
    "LocalLeases",
    "PostgresLeases",
]


@dataclass(frozen=True)
class LeaseHolder:
    """Who holds (or asks for) a lease, as the other desks are told."""

    desk: str
    operator: str
    purpose: str = ""
    """What the holder is doing, in words (``refund 50,00 kr``)."""


@dataclass(frozen=True)
class Lease:
    """A lease granted; ``token`` renews and releases it."""

    kind: str
    key: str
    token: str
    holder: LeaseHolder
    since: datetime
    expires_at: datetime


class LeaseHeld(UserFacingError):
    """Someone else holds the lease; ``holder`` and ``since`` say who and since when."""

    def __init__(self, kind: str, key: str, holder: LeaseHolder, since: datetime) -> None:
        self.kind = kind
        self.key = key
        self.holder = holder
        self.since = since
        when = since.astimezone().strftime("%H:%M:%S")
        doing = f" ({holder.purpose})" if holder.purpose else ""
        self.user_message = translate(
            "Storage", "{who} at desk “{desk}” has been working on this since {when}{doing}."
        ).format(
            who=holder.operator or translate("Storage", "Someone"),
            desk=holder.desk or "?",
            when=when,
            doing=doing,
        )
        super().__init__(self.user_message)
        self._details = f"lease {kind}:{key} held by {holder} since {since.isoformat()}"


class Leases(Protocol):
    """Exclusive, expiring leases on keys of a kind (``move``, ``poll``)."""

    @property
    def shared(self) -> bool:
        """True when other desks take part (a shared database)."""

    def acquire(
        self, kind: str, key: str, holder: LeaseHolder, ttl_s: float, *, take_over_own: bool = False
    ) -> Lease:
        """Take the lease, or raise :class:`LeaseHeld` naming who has it.

        ``take_over_own``: a lease this same object granted earlier is taken over too.
        """

    def renew(self, lease: Lease, ttl_s: float) -> bool:
        """Extend it; False when it was lost (it ran out and someone else took it)."""

    def release(self, lease: Lease) -> None: ...


def _new_token() -> str:
    return uuid.uuid4().hex


class LocalLeases:
    """Leases within one process (a desk on its own SQLite files)."""

    shared = False

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._held: dict[tuple[str, str], tuple[str, LeaseHolder, datetime, float]] = {}

    def acquire(
        self, kind: str, key: str, holder: LeaseHolder, ttl_s: float, *, take_over_own: bool = False
    ) -> Lease:
        now = time.monotonic()
        with self._lock:
            held = self._held.get((kind, key))
            if held is not None and held[3] > now and not take_over_own:
                raise LeaseHeld(kind, key, held[1], held[2])
            token, since = _new_token(), datetime.now(UTC)
            self._held[(kind, key)] = (token, holder, since, now + ttl_s)
        return Lease(kind, key, token, holder, since, since + timedelta(seconds=ttl_s))

    def renew(self, lease: Lease, ttl_s: float) -> bool:
        with self._lock:
            held = self._held.get((lease.kind, lease.key))
            if held is None or held[0] != lease.token:
                return False
            self._held[(lease.kind, lease.key)] = (*held[:3], time.monotonic() + ttl_s)
            return True

    def release(self, lease: Lease) -> None:
        with self._lock:
            held = self._held.get((lease.kind, lease.key))
            if held is not None and held[0] == lease.token:
                del self._held[(lease.kind, lease.key)]


LEASES_SCHEMA = Schema(
    QT_TRANSLATE_NOOP("Storage", "desk leases"),
    (
        (
            Only(
                Engine.POSTGRES,
                """
                CREATE TABLE IF NOT EXISTS leases (
                    kind       TEXT NOT NULL,
                    key        TEXT NOT NULL,
                    token      TEXT NOT NULL,
                    owner      TEXT NOT NULL,
                    desk       TEXT NOT NULL,
                    operator   TEXT NOT NULL,
                    purpose    TEXT NOT NULL DEFAULT '',
                    since      TIMESTAMPTZ NOT NULL,
                    expires_at TIMESTAMPTZ NOT NULL,
                    PRIMARY KEY (kind, key)
                )
                """,
            ),
        ),
    ),
    key="leases",
)

_TAKE = (
    "INSERT INTO leases (kind, key, token, owner, desk, operator, purpose, since, expires_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, clock_timestamp(), "
    "clock_timestamp() + make_interval(secs => ?)) "
    "ON CONFLICT (kind, key) DO UPDATE SET token = excluded.token, owner = excluded.owner, "
    "desk = excluded.desk, operator = excluded.operator, purpose = excluded.purpose, "
    "since = excluded.since, expires_at = excluded.expires_at "
    "WHERE leases.expires_at <= clock_timestamp() OR (? AND leases.owner = excluded.owner) "
    "RETURNING since, expires_at"
)


class PostgresLeases:
    """Leases in the shared database's ``leases`` table (see the module docstring)."""

    shared = True

    def __init__(self, server: PostgresServer) -> None:
        from app.storage.postgres_db import PostgresDatabase

        self._db = PostgresDatabase(server, LEASES_SCHEMA)
        self.owner = _new_token()

    def acquire(
        self, kind: str, key: str, holder: LeaseHolder, ttl_s: float, *, take_over_own: bool = False
    ) -> Lease:
        token = _new_token()
        # One statement each (autocommit): taking the lease is atomic by itself, and who
        # holds it is only read when it was refused.
        for _ in range(3):  # the holder may release between the two statements
            with self._db.read() as db:
                taken = db.execute(
                    _TAKE,
                    (
                        kind,
                        key,
                        token,
                        self.owner,
                        holder.desk,
                        holder.operator,
                        holder.purpose,
                        ttl_s,
                        take_over_own,
                    ),
                ).fetchone()
                if taken is not None:
                    return Lease(kind, key, token, holder, taken["since"], taken["expires_at"])
                row = db.execute(
                    "SELECT desk, operator, purpose, since FROM leases WHERE kind = ? AND key = ?",
                    (kind, key),
                ).fetchone()
            if row is not None:
                other = LeaseHolder(row["desk"], row["operator"], row["purpose"])
                raise LeaseHeld(kind, key, other, row["since"])
        raise LeaseHeld(kind, key, LeaseHolder("?", "?"), datetime.now(UTC))

    def renew(self, lease: Lease, ttl_s: float) -> bool:
        with self._db.read() as db:
            row = db.execute(
                "UPDATE leases SET expires_at = clock_timestamp() + make_interval(secs => ?) "
                "WHERE kind = ? AND key = ? AND token = ? RETURNING expires_at",
                (ttl_s, lease.kind, lease.key, lease.token),
            ).fetchone()
        return row is not None

    def release(self, lease: Lease) -> None:
        with self._db.read() as db:
            db.execute(
                "DELETE FROM leases WHERE kind = ? AND key = ? AND token = ?",
                (lease.kind, lease.key, lease.token),
            )
