"""The services shared by the whole app: accounts, secrets, preferences and the stores.

Created once at start-up (demo mode points them at a temporary folder). The stores live
in this desk's data folder (SQLite), or — when Preferences say so — in the shop's shared
PostgreSQL database, together with the leases that keep two desks off one payment. Each
store is opened once, on first use, and the same instance is handed to every page and
workflow that needs it; ``close()`` closes them all before the folder may go away.
"""

from __future__ import annotations

import getpass
import logging
import socket
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from app.accounts.preferences import DEFAULT_CONFIRM_THRESHOLD
from app.core.errors import UserFacingError
from app.storage.journal import Journal
from app.storage.leases import Leases, LocalLeases, PostgresLeases
from app.storage.links import LinkStore
from app.storage.templates import TemplateStore

if TYPE_CHECKING:
    from app.accounts.preferences import Preferences, PreferencesStore
    from app.accounts.secrets import SecretStore
    from app.accounts.store import AccountStore
    from app.storage.postgres_db import PostgresServer

__all__ = [
    "AppServices",
    "LocalStores",
    "SharedDatabase",
    "default_desk_name",
    "default_operator",
]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SharedDatabase:
    """The shop's shared PostgreSQL database: its connection string (no password) and the
    password from the keyring."""

    url: str
    password: str | None = None


class LocalStores:
    """The journal, the link history, the templates and the leases, opened once: in one
    data folder, or on the shared database (:meth:`use`).

    Opening is blocking (SQLite, PostgreSQL): call these from a worker thread on a GUI's
    loop.
    """

    def __init__(self, data_dir: Path, shared: SharedDatabase | None = None) -> None:
        self.data_dir = data_dir
        self._lock = threading.Lock()
        self._shared = shared
        self._server: PostgresServer | None = None
        self._journal: Journal | None = None
        self._links: LinkStore | None = None
        self._templates: TemplateStore | None = None
        self._leases: Leases | None = None

    @property
    def shared(self) -> SharedDatabase | None:
        """The shared database in use (None: this desk's own files)."""
        return self._shared

    def use(self, shared: SharedDatabase | None) -> bool:
        """Keep the stores there from now on; False (and nothing changed) once a store was
        opened: the choice then takes effect at the next start."""
        with self._lock:
            if shared == self._shared:
                return True
            if any(s is not None for s in (self._journal, self._links, self._templates)):
                return False
            if self._leases is not None or self._server is not None:
                return False
            self._shared = shared
            return True

    def server(self) -> PostgresServer | None:
        """The shared database's connections (None on this desk's own files)."""
        with self._lock:
            return self._server_locked()

    def _server_locked(self) -> PostgresServer | None:
        if self._shared is None:
            return None
        if self._server is None:
            from app.storage.postgres_db import PostgresServer  # psycopg: only when shared

            self._server = PostgresServer(self._shared.url, password=self._shared.password)
        return self._server

    def journal(self) -> Journal:
        """The audit journal; raises ``JournalError`` when it cannot be opened."""
        with self._lock:
            if self._journal is None:
                server = self._server_locked()
                self._journal = (
                    Journal.shared(server) if server else Journal.in_directory(self.data_dir)
                )
            return self._journal

    def links(self) -> LinkStore:
        with self._lock:
            if self._links is None:
                server = self._server_locked()
                self._links = (
                    LinkStore.shared(server) if server else LinkStore.in_directory(self.data_dir)
                )
            return self._links

    def templates(self) -> TemplateStore:
        with self._lock:
            if self._templates is None:
                server = self._server_locked()
                self._templates = (
                    TemplateStore.shared(server)
                    if server
                    else TemplateStore.in_directory(self.data_dir)
                )
            return self._templates

    def leases(self) -> Leases:
        """Who may move money on a payment, or follow a link, right now (one desk at a
        time): in this process, or in the shared database."""
        with self._lock:
            if self._leases is None:
                server = self._server_locked()
                self._leases = PostgresLeases(server) if server else LocalLeases()
            return self._leases

    def close(self) -> None:
        with self._lock:
            for store in (self._journal, self._links, self._templates):
                if store is not None:
                    store.close()
            if self._server is not None:
                self._server.close()
            self._journal = None
            self._links = None
            self._templates = None
            self._leases = None
            self._server = None


@dataclass
class AppServices:
    """Long-lived services, created once at start-up."""

    accounts: AccountStore
    secrets: SecretStore
    data_dir: Path
    demo: bool = False
    operator: str = field(default_factory=lambda: default_operator())
    #: Minor units; a larger production move must be confirmed by typing its amount.
    production_confirm_threshold: int = DEFAULT_CONFIRM_THRESHOLD
    preferences: PreferencesStore | None = None  # None: nothing saved (tests, demo)
    #: Written on every journal row and shown to the other desks holding a lease.
    desk_name: str = field(default_factory=lambda: default_desk_name())
    shared_database: SharedDatabase | None = None
    stores: LocalStores = field(init=False)
    #: The saved storage choice, if it differs from the one in use (until the next start).
    pending_storage: Preferences | None = field(default=None, init=False)
    _saved: Preferences | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        self.stores = LocalStores(self.data_dir, self.shared_database)

    def read_saved(self) -> tuple[Preferences, str | None]:
        """Blocking: the saved preferences, and the shared database's password from the
        keyring (None when not shared, or when the keyring has none or cannot be read)."""
        from app.accounts.preferences import Preferences

        preferences = self.preferences.load() if self.preferences is not None else Preferences()
        password: str | None = None
        if preferences.shared_database and preferences.database_url:
            from app.storage.postgres_db import keyring_name

            try:
                password = self.secrets.get_named(keyring_name(preferences.database_url))
            except UserFacingError as error:
                log.warning("no password for the shared database: %s", error)
        return preferences, password

    def apply(self, preferences: Preferences, database_password: str | None = None) -> None:
        """Use saved preferences from now on (pages read these fields at each use).

        The storage choice applies only before any store was opened (at start-up);
        later it waits for the next start (``pending_storage``).
        """
        self._saved = preferences
        self.operator = preferences.operator_name or default_operator()
        self.production_confirm_threshold = preferences.production_confirm_threshold
        self.desk_name = preferences.desk_name or default_desk_name()
        wanted = (
            SharedDatabase(preferences.database_url, database_password)
            if preferences.shared_database
            else None
        )
        if self.stores.use(wanted):
            self.shared_database = wanted
            self.pending_storage = None
        else:
            self.pending_storage = preferences

    def current_preferences(self) -> Preferences:
        from app.accounts.preferences import Preferences

        operator = "" if self.operator == default_operator() else self.operator
        desk = "" if self.desk_name == default_desk_name() else self.desk_name
        saved = self.pending_storage or self._saved
        shared = saved.shared_database if saved else self.shared_database is not None
        url = saved.database_url if saved else (self.shared_database or SharedDatabase("")).url
        language = self._saved.language if self._saved else ""
        return Preferences(
            operator, self.production_confirm_threshold, desk, shared, url, language=language
        )


def default_operator() -> str:
    """The computer's user name: who is at the desk unless preferences say otherwise."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no user name available (some service accounts)
        return "unknown"


def default_desk_name() -> str:
    """The computer's name: which desk did it, unless preferences say otherwise."""
    try:
        name = socket.gethostname().split(".")[0]
    except OSError:
        name = ""
    return name or "this desk"
