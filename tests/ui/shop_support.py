"""Services with the sandbox's test and production shops saved, as the main window loads them."""

from __future__ import annotations

from pathlib import Path

from app.accounts.models import Account
from app.accounts.secrets import SecretStore
from app.accounts.store import AccountStore
from app.desk.services import AppServices
from app.sandbox import DEFAULT_ACCOUNTS, EmbeddedSandbox


def services_with_both_shops(folder: Path, sandbox: EmbeddedSandbox) -> AppServices:
    """ "Test shop" and "Live shop" on the sandbox, secrets in the (in-memory) keyring."""
    services = AppServices(
        accounts=AccountStore(folder / "accounts.json"),
        secrets=SecretStore(),
        data_dir=folder,
    )
    for entry in DEFAULT_ACCOUNTS:
        production = entry.account_id.startswith("P")
        account = Account(
            name="Live shop" if production else "Test shop",
            account_id=entry.account_id,
            client_id=entry.client_id,
            base_url=sandbox.base_url,
        )
        services.accounts.add(account)
        services.secrets.set_secret(account, entry.client_secret)
    return services
