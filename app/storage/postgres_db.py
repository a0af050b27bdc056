"""The shared PostgreSQL database several desks of one shop use together.

:class:`PostgresServer` is one desk's way in: a small pool of connections (``psycopg``'s
``ConnectionPool``: the stores are called from worker threads, so the blocking pool fits
them as they are, and it reconnects by itself after the server or the network comes
back), whether the server can be reached right now (told to whoever listens, e.g. the
status bar), and the ``LISTEN`` connection other desks' changes arrive on.

:class:`PostgresDatabase` is one store's tables in it, with the same schema steps as the
SQLite file (``app.storage.schema``), recorded per store in ``paydesk_schema`` and run
under an advisory lock, so two desks starting at once migrate once. A database written
by a newer Paydesk is refused and left unchanged. Every failure reaches the store's
caller as the store's error type; an unreachable server says so in plain words.
"""

from __future__ import annotations

import contextlib
import logging
import re
import threading
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import psycopg
import psycopg.errors
from psycopg import sql as pgsql
from psycopg.conninfo import conninfo_to_dict, make_conninfo
from psycopg.rows import dict_row
from psycopg_pool import ConnectionPool

from app.core.i18n import translate
from app.storage.backend import Cursor, RowDecoding
from app.storage.errors import StorageError
from app.storage.schema import COULD_NOT, POSTGRES, Dialect, Schema

__all__ = [
    "CHANGES_CHANNEL",
    "DatabaseUnreachable",
    "PostgresDatabase",
    "PostgresServer",
    "display_url",
    "keyring_name",
    "split_password",
]

log = logging.getLogger(__name__)

#: Changes to shared rows are announced on this channel, ``_<schema>`` appended.
CHANGES_CHANNEL = "paydesk_changes"
_SCHEMA_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")

StatusListener = Callable[[bool, str], None]
ChangeListener = Callable[[str], None]


class DatabaseUnreachable(StorageError):
    """The shared database cannot be reached (server down, network, wrong address).

    Raised as the calling store's own error type too (``JournalError`` for the journal),
    so code that blocks money moves on a journal error keeps doing so.
    """


def display_url(url: str) -> str:
    """``user@host:port/database``: the connection string without its password."""
    try:
        parts = conninfo_to_dict(url)
    except psycopg.ProgrammingError:
        return "the shared database"
    user = parts.get("user")
    host = parts.get("host") or "localhost"
    port = parts.get("port")
    database = parts.get("dbname") or ""
    where = f"{host}:{port}" if port else str(host)
    return f"{user}@{where}/{database}" if user else f"{where}/{database}"


def split_password(url: str) -> tuple[str, str | None]:
    """The connection string without its password, and the password (None if it had none).

    Raises ``StorageError`` when the text is not a connection string at all.
    """
    try:
        parts = conninfo_to_dict(url)
    except psycopg.ProgrammingError as error:
        raise StorageError(
            translate(
                "Storage", "That is not a PostgreSQL connection string. Write it like {example}."
            ).format(example="postgresql://kari@db.shop.lan:5432/paydesk"),
            str(error),
        ) from error
    password = parts.pop("password", None)
    if password is None:
        return url.strip(), None
    if url.strip().startswith(("postgresql://", "postgres://")):
        return _url_without_password(url.strip()), str(password)
    return make_conninfo("", **parts), str(password)


def _url_without_password(url: str) -> str:
    scheme, _, rest = url.partition("://")
    authority, slash, tail = rest.partition("/")
    credentials, at, host = authority.rpartition("@")
    user = credentials.split(":", 1)[0]
    return f"{scheme}://{user}{at}{host}{slash}{tail}"


def keyring_name(url: str) -> str:
    """Where the shared database's password is kept in the keyring."""
    return f"database:{display_url(url)}"


class PostgresServer:
    """One desk's connections to the shared database (thread-safe, blocking calls).

    ``search_path`` puts every table in one schema (tests use a fresh one each); it must
    be a plain lower-case name. Nothing connects until the first call.
    """

    def __init__(
        self,
        url: str,
        *,
        password: str | None = None,
        search_path: str | None = None,
        pool_size: int = 4,
        connect_timeout_s: int = 5,
        wait_s: float = 6.0,
    ) -> None:
        if search_path is not None and not _SCHEMA_NAME.match(search_path):
            raise ValueError(f"not a plain schema name: {search_path!r}")
        self.search_path = search_path
        self.where = display_url(url)
        extra: dict[str, Any] = {
            "connect_timeout": connect_timeout_s,
            "application_name": "paydesk",
        }
        if password:
            extra["password"] = password
        if search_path:
            extra["options"] = f"-c search_path={search_path}"
        try:
            self.conninfo = make_conninfo(url, **extra)
        except psycopg.ProgrammingError as error:
            raise StorageError(
                translate(
                    "Storage",
                    "The shared database's connection string cannot be read. Check it in "
                    "File › Preferences.",
                ),
                str(error),
            ) from error
        self.wait_s = wait_s
        self.pool_size = max(1, pool_size)
        self._pool = self._new_pool()
        self._lock = threading.Lock()
        self._opened = False
        self._closed = False
        self._prepared = False
        self._online: bool | None = None
        self._problem = ""
        self._status_listeners: list[StatusListener] = []

    def _new_pool(self) -> ConnectionPool[psycopg.Connection[dict[str, Any]]]:
        return ConnectionPool(
            self.conninfo,
            connection_class=psycopg.Connection[dict[str, Any]],
            min_size=1,
            max_size=self.pool_size,
            open=False,
            timeout=self.wait_s,
            kwargs={"autocommit": True, "row_factory": dict_row},
            check=ConnectionPool.check_connection,
            reconnect_timeout=3600.0,
            name="paydesk",
        )

    # ------------------------------------------------------------------ state
    @property
    def online(self) -> bool | None:
        """True once a call reached the server, False after one could not; None before."""
        return self._online

    @property
    def problem(self) -> str:
        """Why the server could not be reached last time (empty while online)."""
        return self._problem

    def on_status(self, listener: StatusListener) -> Callable[[], None]:
        """Call ``listener(online, problem)`` from whatever thread notices a change;
        returns a function that stops it."""
        self._status_listeners.append(listener)
        return lambda: self._status_listeners.remove(listener)

    def _set_online(self, online: bool, problem: str = "") -> None:
        changed = online != self._online
        self._online, self._problem = online, problem
        if changed:
            if online:
                log.info("shared database %s reachable", self.where)
            else:
                log.warning("shared database %s unreachable: %s", self.where, problem)
            for listener in list(self._status_listeners):
                try:
                    listener(online, problem)
                except Exception:
                    log.exception("database status listener failed")

    # ------------------------------------------------------------------ connections
    @contextlib.contextmanager
    def connection(self) -> Iterator[psycopg.Connection[dict[str, Any]]]:
        """A pooled connection (autocommit, rows as dicts); an unreachable server raises
        :class:`DatabaseUnreachable` and is told to the status listeners."""
        self._ensure_open()
        try:
            with self._pool.connection(timeout=self.wait_s) as connection:
                if not self._prepared:
                    self._prepare(connection)
                self._set_online(True)
                yield connection
        except psycopg.OperationalError as error:
            reason = _first_line(error)
            self._set_online(False, reason)
            raise DatabaseUnreachable(self.unreachable_message(), reason) from error

    def unreachable_message(self) -> str:
        return translate(
            "Storage",
            "The shared database ({where}) cannot be reached. Paydesk keeps trying; "
            "money moves and new links wait until it is back.",
        ).format(where=self.where)

    def _ensure_open(self) -> None:
        with self._lock:
            if self._closed:
                raise StorageError(
                    translate("Storage", "The shared database connection was closed."),
                    f"{self.where}: closed",
                )
            if not self._opened:
                self._pool.open(wait=False)
                self._opened = True

    def _prepare(self, connection: psycopg.Connection[Any]) -> None:
        """The schema named by ``search_path`` exists (a fresh one in tests)."""
        if self.search_path:
            # Two desks creating it at once: "IF NOT EXISTS" alone does not make that safe.
            with contextlib.suppress(psycopg.errors.UniqueViolation):
                connection.execute(
                    pgsql.SQL("CREATE SCHEMA IF NOT EXISTS {}").format(
                        pgsql.Identifier(self.search_path)
                    )
                )
        self._prepared = True

    def ping(self) -> bool:
        """Reach the server once (also what brings the status back to online).

        After a long outage the pool waits longer and longer between its own attempts to
        reconnect; so when it cannot hand out a connection, one direct connection tells
        whether the server is back, and if it is, a fresh pool replaces the waiting one.
        """
        try:
            with self.connection() as connection:
                connection.execute("SELECT 1")
            return True
        except StorageError:
            pass
        try:
            with psycopg.Connection.connect(self.conninfo, autocommit=True) as direct:
                direct.execute("SELECT 1")
        except psycopg.Error:
            return False
        self._renew_pool()
        try:
            with self.connection() as connection:
                connection.execute("SELECT 1")
        except StorageError:
            return False
        return True

    def _renew_pool(self) -> None:
        with self._lock:
            if self._closed:
                return
            old, self._pool = self._pool, self._new_pool()
            if self._opened:
                self._pool.open(wait=False)
        log.info("shared database %s is back: new connections", self.where)
        # Connections still out return to the old pool, which closes them.
        threading.Thread(target=old.close, kwargs={"timeout": 5.0}, daemon=True).start()

    def close(self) -> None:
        with self._lock:
            self._closed = True
            if self._opened:
                self._pool.close()

    # ------------------------------------------------------------------ changes
    def listen(self, on_change: ChangeListener, on_resync: Callable[[], None]) -> ChangeFeed:
        """Start a thread that calls ``on_change(payload)`` for every change another desk
        (or this one) commits, and ``on_resync()`` whenever notices may have been missed
        (the first connection, and after every reconnection)."""
        feed = ChangeFeed(self, on_change, on_resync)
        feed.start()
        return feed


class ChangeFeed:
    """The ``LISTEN`` side: one dedicated connection on a daemon thread."""

    poll_s = 0.5
    retry_s = 2.0

    def __init__(
        self,
        server: PostgresServer,
        on_change: ChangeListener,
        on_resync: Callable[[], None],
    ) -> None:
        self.server = server
        self.on_change = on_change
        self.on_resync = on_resync
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="paydesk-listen", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self, wait_s: float = 3.0) -> None:
        self._stop.set()
        self._thread.join(wait_s)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self._listen_once()
            except psycopg.Error as error:
                self.server._set_online(False, _first_line(error))
                log.info("change feed lost its connection: %s", error)
            except Exception:
                log.exception("change feed failed")
            self._stop.wait(self.retry_s)

    def _listen_once(self) -> None:
        with psycopg.Connection.connect(self.server.conninfo, autocommit=True) as connection:
            # The tables' schema names the channel (see ``notify_changes``).
            self.server._prepare(connection)
            row = connection.execute("SELECT current_schema()").fetchone()
            channel = f"{CHANGES_CHANNEL}_{row[0] if row else 'public'}"
            connection.execute(pgsql.SQL("LISTEN {}").format(pgsql.Identifier(channel)))
            self.server._set_online(True)
            self._call(self.on_resync)
            while not self._stop.is_set():
                for notice in connection.notifies(timeout=self.poll_s):
                    self._call(self.on_change, notice.payload)
                    if self._stop.is_set():
                        return

    @staticmethod
    def _call(function: Callable[..., None], *args: Any) -> None:
        try:
            function(*args)
        except Exception:
            log.exception("change listener failed")


class _Session:
    """A pooled connection that speaks the stores' ``?`` placeholders."""

    def __init__(self, connection: psycopg.Connection[dict[str, Any]]) -> None:
        self.connection = connection

    def execute(self, sql: str, parameters: Sequence[Any] = (), /) -> Cursor:
        query = POSTGRES.query(sql)
        return self.connection.execute(query, list(parameters))


class PostgresDatabase(RowDecoding):
    """One store's tables in the shared database (see the module docstring)."""

    def __init__(
        self,
        server: PostgresServer,
        schema: Schema,
        *,
        error: type[StorageError] = StorageError,
    ) -> None:
        self.server = server
        self.schema = schema
        self.error = error
        self.dialect: Dialect = POSTGRES
        self._ready = False
        self._closed = False
        self._lock = threading.Lock()

    @property
    def where(self) -> str:
        return f"shared database {self.server.where}"

    def open(self) -> None:
        """Connect and bring the schema up to date now (rather than on first use)."""
        self._closed = False
        with self._session():
            pass

    def close(self) -> None:
        """Refuse calls until :meth:`open`; the pool belongs to the server."""
        self._closed = True

    @contextlib.contextmanager
    def read(self) -> Iterator[_Session]:
        with self._session() as session:
            yield session

    @contextlib.contextmanager
    def write(self) -> Iterator[_Session]:
        with (
            self._session() as session,
            self._failures("saved"),
            session.connection.transaction(),
        ):
            yield session

    @contextlib.contextmanager
    def _session(self) -> Iterator[_Session]:
        if self._closed:
            raise self.error(
                translate("Storage", "The {store} ({file}) was closed.").format(
                    store=self.schema.words, file=self.where
                ),
                f"{self.where}: closed",
            )
        try:
            with self.server.connection() as connection:
                if not self._ready:
                    with self._failures("opened"):
                        self._migrate(connection)
                with self._failures("read"):
                    yield _Session(connection)
        except DatabaseUnreachable as error:
            if self.error is StorageError or isinstance(error, self.error):
                raise
            raise self.error(error.user_message, error.details) from error

    @contextlib.contextmanager
    def _failures(self, participle: str) -> Iterator[None]:
        try:
            yield
        except psycopg.OperationalError:
            raise  # the server went away: told by ``connection()``
        except psycopg.Error as error:
            raise self.error(
                translate("Storage", COULD_NOT[participle]).format(
                    store=self.schema.words, file=self.where, error=_first_line(error)
                ),
                f"{self.where}: {type(error).__name__}: {error}",
            ) from error

    # ------------------------------------------------------------------ schema
    def _migrate(self, connection: psycopg.Connection[dict[str, Any]]) -> None:
        with self._lock:
            if self._ready:
                return
            target = self.schema.version
            if self._version(connection) != target:
                with connection.transaction():
                    connection.execute("SELECT pg_advisory_xact_lock(hashtext('paydesk_schema'))")
                    connection.execute(
                        "CREATE TABLE IF NOT EXISTS paydesk_schema "
                        "(store TEXT PRIMARY KEY, version INTEGER NOT NULL)"
                    )
                    version = self._version(connection)  # another desk may have just done it
                    for step in range(version, target):
                        for statement in self.schema.statements(step, POSTGRES):
                            connection.execute(statement)
                    connection.execute(
                        "INSERT INTO paydesk_schema (store, version) VALUES (%s, %s) "
                        "ON CONFLICT (store) DO UPDATE SET version = excluded.version",
                        (self.schema.name, target),
                    )
            self._ready = True

    def _version(self, connection: psycopg.Connection[dict[str, Any]]) -> int:
        try:
            with connection.transaction():
                row = connection.execute(
                    "SELECT version FROM paydesk_schema WHERE store = %s", (self.schema.name,)
                ).fetchone()
        except psycopg.errors.UndefinedTable:
            return 0
        version = int(row["version"]) if row is not None else 0
        if version > self.schema.version:
            raise self.error(
                translate(
                    "Storage",
                    "The {store} ({file}) was written by a newer Paydesk (schema {version}). "
                    "Update Paydesk on this desk to use it.",
                ).format(store=self.schema.words, file=self.where, version=version),
                f"{self.where}: {self.schema.name} version {version}, this Paydesk knows "
                f"{self.schema.version}",
            )
        return version


def _first_line(error: BaseException) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__
