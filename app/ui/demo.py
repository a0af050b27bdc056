"""Demo mode: the built-in sandbox with a seeded shop, and accounts that point at it.

Secrets go into the in-memory keyring that demo mode installs, so nothing touches the
user's real keychain or account list. Everything lives in a temporary folder, which
``DemoSession.aclose`` removes only after closing what it opened there.
"""

from __future__ import annotations

import asyncio
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from app.accounts.models import Account
from app.desk.services import AppServices
from app.sandbox.config import DEFAULT_ACCOUNTS, SandboxConfig

if TYPE_CHECKING:
    from app.sandbox.embedded import EmbeddedSandbox

DEMO_TRANSACTIONS = 300
DEMO_SESSIONS = 4
# So the production account's red band and typed confirmation can be tried in the demo.
DEMO_PRODUCTION_TRANSACTIONS = 40


class DemoSession:
    """A demo's temporary folder, its services and (unless one runs elsewhere) its sandbox."""

    def __init__(self, folder: tempfile.TemporaryDirectory[str], services: AppServices) -> None:
        self._folder = folder
        self.services = services
        self.sandbox: EmbeddedSandbox | None = None

    @property
    def path(self) -> Path:
        return Path(self._folder.name)

    @classmethod
    def create(cls) -> DemoSession:
        from app.accounts.memory_keyring import use_memory_keyring
        from app.accounts.preferences import PreferencesStore
        from app.accounts.secrets import SecretStore
        from app.accounts.store import AccountStore

        folder = tempfile.TemporaryDirectory(prefix="paydesk-demo-")
        root = Path(folder.name)
        use_memory_keyring()
        services = AppServices(
            accounts=AccountStore(root / "accounts.json"),
            secrets=SecretStore(),
            data_dir=root,
            demo=True,
            preferences=PreferencesStore(root / "preferences.json"),
        )
        return cls(folder, services)

    async def start(self, sandbox_url: str | None = None) -> None:
        """The built-in sandbox, or demo accounts on one already running at ``sandbox_url``."""
        if sandbox_url:
            await use_running_sandbox(self.services, sandbox_url)
        else:
            self.sandbox = await start_demo(self.services)

    async def aclose(self) -> None:
        """Stop the sandbox, close the local stores, then remove the folder."""
        if self.sandbox is not None:
            await asyncio.to_thread(self.sandbox.stop)
            self.sandbox = None
        await asyncio.to_thread(self.services.stores.close)
        self._folder.cleanup()


async def start_demo(services: AppServices) -> EmbeddedSandbox:
    """Start the sandbox off the GUI thread and register one account per sandbox account."""
    from app.sandbox.embedded import EmbeddedSandbox

    sandbox = EmbeddedSandbox(
        SandboxConfig(
            seed_transactions=DEMO_TRANSACTIONS,
            seed_sessions=DEMO_SESSIONS,
            seed_other_accounts=DEMO_PRODUCTION_TRANSACTIONS,
        )
    )
    base_url = await asyncio.to_thread(sandbox.start)
    await asyncio.to_thread(_register_accounts, services, base_url)
    return sandbox


async def use_running_sandbox(services: AppServices, base_url: str) -> None:
    """Demo accounts on a sandbox that runs elsewhere (another process, as Dintero would)."""
    await asyncio.to_thread(_register_accounts, services, base_url.rstrip("/"))


def _register_accounts(services: AppServices, base_url: str) -> None:
    for sandbox_account in DEFAULT_ACCOUNTS:
        production = sandbox_account.account_id.startswith("P")
        account = Account(
            name="Demo shop (production)" if production else "Demo shop (test)",
            account_id=sandbox_account.account_id,
            client_id=sandbox_account.client_id,
            # The pay page redirects here: the sandbox's own page says how it ended.
            return_url=f"{base_url}/sandbox/return",
            base_url=base_url,
        )
        services.secrets.set_secret(account, sandbox_account.client_secret)
        services.accounts.add(account)
