"""Dintero accounts: non-secret settings in a config file, client secrets in the keychain.

The names below load on first use: reading the language from the preferences, before
the window's first paint, needs ``app.accounts.preferences`` and not the account models
(with money formatting and its locale data), the store or the keychain.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .models import (
        DEFAULT_RETURN_URL,
        Account,
        AccountError,
        Environment,
        check_production_urls,
        default_return_url,
        production_url_problems,
    )
    from .secrets import SecretStore, SecretStoreError, SecretStoreUnavailable
    from .store import AccountNotFound, AccountStore, AccountStoreError

__all__ = [
    "DEFAULT_RETURN_URL",
    "Account",
    "AccountError",
    "AccountNotFound",
    "AccountStore",
    "AccountStoreError",
    "Environment",
    "SecretStore",
    "SecretStoreError",
    "SecretStoreUnavailable",
    "check_production_urls",
    "default_return_url",
    "production_url_problems",
]

_MODULE_OF = {
    **dict.fromkeys(
        [
            "DEFAULT_RETURN_URL",
            "Account",
            "AccountError",
            "Environment",
            "check_production_urls",
            "default_return_url",
            "production_url_problems",
        ],
        "models",
    ),
    **dict.fromkeys(["SecretStore", "SecretStoreError", "SecretStoreUnavailable"], "secrets"),
    **dict.fromkeys(["AccountNotFound", "AccountStore", "AccountStoreError"], "store"),
}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module 'app.accounts' has no attribute {name!r}")
    return getattr(importlib.import_module(f"app.accounts.{module}"), name)
