"""What a page needs to work on one account, and the services shared by the whole app.

A page receives an :class:`AccountContext` when the user picks an account and ``None``
when the account goes away. The context owns the account's Dintero client and its task
runner, so switching account cancels the old account's work and closes its client in one
place (:meth:`AccountContext.aclose`).
"""

from __future__ import annotations

import getpass
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from app.accounts.preferences import DEFAULT_CONFIRM_THRESHOLD
from app.ui.errors import ErrorPresenter
from app.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from app.accounts.models import Account
    from app.accounts.preferences import Preferences, PreferencesStore
    from app.accounts.secrets import SecretStore
    from app.accounts.store import AccountStore
    from app.dintero import DinteroClient


@dataclass
class AppServices:
    """Long-lived services, created once at start-up (demo mode points them at temp dirs)."""

    accounts: AccountStore
    secrets: SecretStore
    data_dir: Path
    demo: bool = False
    operator: str = field(default_factory=lambda: default_operator())
    #: Minor units; a larger production move must be confirmed by typing its amount.
    production_confirm_threshold: int = DEFAULT_CONFIRM_THRESHOLD
    preferences: PreferencesStore | None = None  # None: nothing saved (tests, demo)

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


class AccountContext:
    """One account's client and tasks; closed as a whole on account switch or quit."""

    def __init__(
        self,
        account: Account,
        client: DinteroClient,
        services: AppServices,
        errors: ErrorPresenter,
    ) -> None:
        self.account = account
        self.client = client
        self.services = services
        self.errors = errors
        self.tasks = TaskRunner(errors)
        self.closed = False

    async def aclose(self) -> None:
        """Cancel this account's tasks, wait for them, then close its HTTP client."""
        if self.closed:
            return
        self.closed = True
        await self.tasks.drain()
        await self.client.aclose()


class AccountPage(Protocol):
    """A section of the main window that works on the current account."""

    def bind(self, context: AccountContext | None) -> None: ...
