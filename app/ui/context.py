"""What a page needs to work on one account (the app-wide services are ``app.desk.services``).

A page receives an :class:`AccountContext` when the user picks an account and ``None``
when the account goes away. The context owns the account's Dintero client and its task
runner, so switching account cancels the old account's work and closes its client in one
place (:meth:`AccountContext.aclose`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from app.desk.services import AppServices
from app.ui.errors import ErrorPresenter
from app.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from app.accounts.models import Account
    from app.dintero import DinteroClient


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
