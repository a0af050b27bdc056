"""The services shared by the whole app: accounts, secrets, preferences and the local stores.

Created once at start-up (demo mode points them at a temporary folder). Each store is
opened once, on first use, and the same instance is handed to every page and workflow
that needs it; ``close()`` closes them all before the folder may go away.
"""

from __future__ import annotations

import getpass
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from app.accounts.preferences import DEFAULT_CONFIRM_THRESHOLD
from app.storage.journal import Journal
from app.storage.links import LinkStore
from app.storage.templates import TemplateStore

if TYPE_CHECKING:
    from app.accounts.preferences import Preferences, PreferencesStore
    from app.accounts.secrets import SecretStore
    from app.accounts.store import AccountStore

__all__ = ["AppServices", "LocalStores", "default_operator"]


class LocalStores:
    """The journal, the link history and the templates of one data folder, opened once.

    Opening is blocking (SQLite): call these from a worker thread on a GUI's loop.
    """

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self._lock = threading.Lock()
        self._journal: Journal | None = None
        self._links: LinkStore | None = None
        self._templates: TemplateStore | None = None

    def journal(self) -> Journal:
        """The audit journal; raises ``JournalError`` when it cannot be opened."""
        with self._lock:
            if self._journal is None:
                self._journal = Journal.in_directory(self.data_dir)
            return self._journal

    def links(self) -> LinkStore:
        with self._lock:
            if self._links is None:
                self._links = LinkStore.in_directory(self.data_dir)
            return self._links

    def templates(self) -> TemplateStore:
        with self._lock:
            if self._templates is None:
                self._templates = TemplateStore.in_directory(self.data_dir)
            return self._templates

    def close(self) -> None:
        with self._lock:
            for store in (self._journal, self._links, self._templates):
                if store is not None:
                    store.close()
            self._journal = None
            self._links = None
            self._templates = None


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
    stores: LocalStores = field(init=False)

    def __post_init__(self) -> None:
        self.stores = LocalStores(self.data_dir)

    def apply(self, preferences: Preferences) -> None:
        """Use saved preferences from now on (pages read these fields at each use)."""
        self.operator = preferences.operator_name or default_operator()
        self.production_confirm_threshold = preferences.production_confirm_threshold

    def current_preferences(self) -> Preferences:
        from app.accounts.preferences import Preferences

        operator = "" if self.operator == default_operator() else self.operator
        return Preferences(operator, self.production_confirm_threshold)


def default_operator() -> str:
    """The computer's user name: who is at the desk unless preferences say otherwise."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no user name available (some service accounts)
        return "unknown"
