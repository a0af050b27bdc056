"""Dintero accounts: non-secret settings in a config file, client secrets in the keychain."""

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
