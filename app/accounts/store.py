"""The account list: non-secret fields in a JSON file in the user's config directory.

The file is small and precious (staff typed it), so:

* every write goes to a temporary file in the same directory, is flushed and
  fsynced, then renamed over the old file with ``os.replace`` — a crash or a
  full disk leaves the previous list intact;
* a file that cannot be read is never overwritten: loading raises
  ``AccountStoreError`` and keeps a ``.corrupt`` copy beside it;
* no secret is ever written here (see ``app.accounts.secrets``).

Calls do file I/O and block: UI code runs them in a thread.
One Paydesk process is expected per config file; the lock is per store object.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import shutil
import threading
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import platformdirs

from .atomic_file import write_json_atomically
from .models import Account, AccountError

__all__ = ["FILE_VERSION", "AccountNotFound", "AccountStore", "AccountStoreError", "default_path"]

FILE_VERSION = 1
_FIELDS = tuple(f.name for f in dataclasses.fields(Account))


class AccountStoreError(Exception):
    """The account file cannot be read or written; ``str()`` says what to do."""


class AccountNotFound(AccountStoreError):
    """No account with the given key."""


def default_path() -> Path:
    """``accounts.json`` in the platform's per-user config directory."""
    return Path(platformdirs.user_config_dir("Paydesk", appauthor=False)) / "accounts.json"


class AccountStore:
    """Reads and writes the account list; every change rewrites the whole file atomically."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path if path is not None else default_path()
        self._lock = threading.Lock()

    def load(self) -> list[Account]:
        """All accounts in file order; an empty list when there is no file yet."""
        with self._lock:
            return self._read()

    def get(self, key: str) -> Account | None:
        """The account with this key, or None."""
        return next((account for account in self.load() if account.key == key), None)

    def add(self, account: Account) -> None:
        """Append an account; its key and its (account id, client id) pair must be new."""
        with self._edit() as accounts:
            if any(existing.key == account.key for existing in accounts):
                raise AccountStoreError(f'An account with key "{account.key}" already exists')
            _check_client_unused(accounts, account)
            accounts.append(account)

    def update(self, account: Account) -> None:
        """Replace the account that has the same key."""
        with self._edit() as accounts:
            index = self._index(accounts, account.key)
            _check_client_unused(accounts, account)
            accounts[index] = account

    def remove(self, key: str) -> None:
        """Delete the account with this key (its keyring secret is the caller's business)."""
        with self._edit() as accounts:
            del accounts[self._index(accounts, key)]

    @staticmethod
    def _index(accounts: list[Account], key: str) -> int:
        for index, account in enumerate(accounts):
            if account.key == key:
                return index
        raise AccountNotFound(f'No account with key "{key}"')

    @contextlib.contextmanager
    def _edit(self) -> Iterator[list[Account]]:
        with self._lock:
            accounts = self._read()
            yield accounts
            self._write(accounts)

    def _read(self) -> list[Account]:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return []
        except OSError as error:
            raise AccountStoreError(
                f"Cannot read the account list at {self.path}: {error.strerror}"
            ) from error
        try:
            document = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as error:
            raise self._corrupt(f"it is not valid JSON ({error})") from error
        if not isinstance(document, dict):
            raise self._corrupt("it does not hold an account list")
        version = document.get("version")
        if isinstance(version, int) and not isinstance(version, bool) and version > FILE_VERSION:
            raise AccountStoreError(
                f"The account list at {self.path} was written by a newer Paydesk "
                f"(format {version}). Update Paydesk to use it."
            )
        if version != FILE_VERSION or not isinstance(document.get("accounts"), list):
            raise self._corrupt("it does not hold an account list")
        accounts: list[Account] = []
        for entry in document["accounts"]:
            try:
                accounts.append(_account_from_json(entry))
            except (AccountError, TypeError) as error:
                raise self._corrupt(f"an account in it is invalid ({error})") from error
        return accounts

    def _corrupt(self, reason: str) -> AccountStoreError:
        """Keep a copy of the unreadable file and explain; the file itself stays untouched."""
        try:
            copy = self._corrupt_copy_path()
            shutil.copy2(self.path, copy)
            kept = f" A copy was saved as {copy}."
        except OSError:
            kept = ""
        return AccountStoreError(
            f"The account list at {self.path} cannot be read: {reason}.{kept} "
            "Fix or remove the file, then start Paydesk again."
        )

    def _corrupt_copy_path(self) -> Path:
        copy = self.path.with_name(self.path.name + ".corrupt")
        if copy.exists() and copy.read_bytes() != self.path.read_bytes():
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
            copy = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        return copy

    def _write(self, accounts: list[Account]) -> None:
        document = {"version": FILE_VERSION, "accounts": [_account_to_json(a) for a in accounts]}
        try:
            write_json_atomically(self.path, document)
        except OSError as error:
            raise AccountStoreError(
                f"Cannot save the account list at {self.path}: {error.strerror or error}. "
                "The previous list is unchanged."
            ) from error


def _check_client_unused(accounts: list[Account], account: Account) -> None:
    """No other account may use the same API client (they would share a keyring entry)."""
    for existing in accounts:
        if existing.key != account.key and existing.keyring_username == account.keyring_username:
            raise AccountStoreError(
                f'"{existing.name}" already uses account {account.account_id} with this client id'
            )


def _account_to_json(account: Account) -> dict[str, Any]:
    return {name: getattr(account, name) for name in _FIELDS}


def _account_from_json(entry: object) -> Account:
    if not isinstance(entry, dict):
        raise TypeError("entry is not an object")
    missing = [name for name in ("name", "account_id", "client_id", "key") if name not in entry]
    if missing:
        raise TypeError(f"missing {', '.join(missing)}")
    # Unknown keys are ignored so that an older Paydesk can read a newer minor format.
    return Account(**{name: entry[name] for name in _FIELDS if name in entry})
