"""Demo mode: the built-in sandbox with a seeded shop, and accounts that point at it.

Secrets go into the in-memory keyring that demo mode installs, so nothing touches the
user's real keychain or account list.
"""

from __future__ import annotations

import asyncio

from app.accounts.models import Account
from app.desk.services import AppServices
from app.sandbox import DEFAULT_ACCOUNTS, EmbeddedSandbox, SandboxConfig

DEMO_TRANSACTIONS = 300
DEMO_SESSIONS = 4
# So the production account's red band and typed confirmation can be tried in the demo.
DEMO_PRODUCTION_TRANSACTIONS = 40


async def start_demo(services: AppServices) -> EmbeddedSandbox:
    """Start the sandbox off the GUI thread and register one account per sandbox account."""
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
