"""The account list: non-secret fields in a JSON file in the user's config directory.

The file is small and precious (staff typed it), and two Paydesk processes may share it:

* every change is a read-modify-write under a lock file (``shared_file``), so a change
  another process saved meanwhile is never dropped; a change that returned was written;
* every write goes to a temporary file in the same directory, is flushed and fsynced,
  then renamed over the old file with ``os.replace`` — a crash or a full disk leaves the
  previous list intact;
* a file that cannot be read is moved aside (``accounts.json.corrupt-<UTC time>``, never
  over an earlier copy) and reported in plain words; the next start begins with an empty
  list. A file from a newer Paydesk is refused and left alone;
* no secret is ever written here (see ``app.accounts.secrets``).

Calls do file I/O and block: UI code runs them in a thread.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import platformdirs

from app.core.errors import UserFacingError
from app.core.i18n import translate

from .models import Account, AccountError
from .shared_file import LockTimeout, SharedJsonFile

__all__ = [
    "FILE_VERSION",
    "AccountChange",
    "AccountNotFound",
    "AccountStore",
    "AccountStoreError",
    "account_index",
    "check_can_add",
    "check_client",
    "default_path",
]

FILE_VERSION = 1
_FIELDS = tuple(f.name for f in dataclasses.fields(Account))


class AccountStoreError(UserFacingError):
    """The account file cannot be read or written; ``str()`` says what to do."""

    def __init__(self, message: str, details: str = "") -> None:
        super().__init__(message)
        self.user_message = message
        self._details = details


class AccountNotFound(AccountStoreError):
    """No account with the given key."""


@dataclasses.dataclass
class AccountChange:
    """The account list read under the file lock (see :meth:`AccountStore.changing`)."""

    accounts: list[Account]
    _write: Callable[[list[Account]], None]

    def write(self) -> None:
        """Write ``accounts`` now; raises ``AccountStoreError`` and leaves the old file."""
        self._write(self.accounts)


class _Unreadable(Exception):
    """The file's content is not an account list (the reason is the message)."""


def default_path() -> Path:
    """``accounts.json`` in the platform's per-user config directory."""
    return Path(platformdirs.user_config_dir("Paydesk", appauthor=False)) / "accounts.json"


class AccountStore:
    """Reads and writes the account list; every change rewrites the whole file atomically."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path if path is not None else default_path()
        self._file = SharedJsonFile(self.path)

    def load(self) -> list[Account]:
        """All accounts in file order; an empty list when there is no file yet."""
        with self._file.locked(self._cannot_lock):
            return self._read()

    def get(self, key: str) -> Account | None:
        """The account with this key, or None."""
        return next((account for account in self.load() if account.key == key), None)

    def add(self, account: Account) -> None:
        """Append an account; its key and its (account id, client id) pair must be new."""
        with self._edit() as accounts:
            check_can_add(accounts, account)
            accounts.append(account)

    def update(self, account: Account) -> None:
        """Replace the account that has the same key."""
        with self._edit() as accounts:
            index = account_index(accounts, account.key)
            check_client(accounts, account)
            accounts[index] = account

    def remove(self, key: str) -> None:
        """Delete the account with this key (its keyring secret is the caller's business)."""
        with self._edit() as accounts:
            del accounts[account_index(accounts, key)]

    @contextlib.contextmanager
    def _edit(self) -> Iterator[list[Account]]:
        """The current list, to change in place; written when the block ends without error."""
        with self.changing() as change:
            before = list(change.accounts)
            yield change.accounts
            if change.accounts != before:
                change.write()

    @contextlib.contextmanager
    def changing(self) -> Iterator[AccountChange]:
        """The current list under the lock; nothing is written unless the block calls
        :meth:`AccountChange.write`.

        Every other thread and process waits meanwhile, so the block may also do what must
        happen together with the change (the keychain entry of a saved account) and undo
        it when the write fails.
        """
        with self._file.locked(self._cannot_lock):
            yield AccountChange(self._read(), self._write)

    def _cannot_lock(self, error: OSError) -> AccountStoreError:
        if isinstance(error, LockTimeout):
            return AccountStoreError(
                translate(
                    "AccountStore",
                    "Another Paydesk window is saving the account list. Try again in a moment.",
                ),
                f"{self.path}: lock not released within {self._file.lock_timeout_s:g} s",
            )
        return AccountStoreError(
            translate("AccountStore", "Cannot use the account list at {path}: {value}.").format(
                path=self.path, value=error.strerror or error
            ),
            f"{type(error).__name__}: {error}",
        )

    def _read(self) -> list[Account]:
        try:
            raw = self._file.read_bytes()
        except OSError as error:
            raise AccountStoreError(
                translate(
                    "AccountStore", "Cannot read the account list at {path}: {value}."
                ).format(path=self.path, value=error.strerror or error),
                f"{type(error).__name__}: {error}",
            ) from error
        if raw is None:
            return []
        try:
            return self._parse(raw)
        except _Unreadable as damage:
            raise self._set_aside(str(damage)) from damage

    def _parse(self, raw: bytes) -> list[Account]:
        try:
            document = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as error:
            raise _Unreadable(f"it is not valid JSON ({error})") from error
        if not isinstance(document, dict):
            raise _Unreadable("it does not hold an account list")
        version = document.get("version")
        if isinstance(version, int) and not isinstance(version, bool) and version > FILE_VERSION:
            raise AccountStoreError(
                translate(
                    "AccountStore",
                    "The account list at {path} was written by a newer Paydesk (format "
                    "{version}). Update Paydesk to use it.",
                ).format(path=self.path, version=version)
            )
        if version != FILE_VERSION or not isinstance(document.get("accounts"), list):
            raise _Unreadable("it does not hold an account list")
        accounts: list[Account] = []
        for entry in document["accounts"]:
            try:
                accounts.append(_account_from_json(entry))
            except (AccountError, TypeError) as error:
                raise _Unreadable(f"an account in it is invalid ({error})") from error
        return accounts

    def _set_aside(self, reason: str) -> AccountStoreError:
        """Move the unreadable file aside (the caller holds the lock) and explain."""
        details = f"{self.path}: {reason}"
        try:
            aside = self._file.set_aside()
        except OSError as error:
            return AccountStoreError(
                translate(
                    "AccountStore",
                    "The account list ({name}) cannot be read: {reason}. Paydesk could not "
                    "move it aside ({value}): fix or remove {path}, then start Paydesk "
                    "again.",
                ).format(
                    name=self.path.name,
                    reason=reason,
                    value=error.strerror or error,
                    path=self.path,
                ),
                details,
            )
        return AccountStoreError(
            translate(
                "AccountStore",
                "The account list ({name}) was damaged: {reason}. Paydesk moved it "
                "aside as {name2} and starts with an empty account list. Add the "
                "accounts again, or have support repair the moved file and put it back.",
            ).format(name=self.path.name, reason=reason, name2=aside.name),
            f"{details}\nMoved to {aside}",
        )

    def _write(self, accounts: list[Account]) -> None:
        document = {"version": FILE_VERSION, "accounts": [_account_to_json(a) for a in accounts]}
        try:
            self._file.write(document)
        except OSError as error:
            raise AccountStoreError(
                translate(
                    "AccountStore",
                    "Cannot save the account list at {path}: {value}. The previous list is "
                    "unchanged.",
                ).format(path=self.path, value=error.strerror or error),
                f"{type(error).__name__}: {error}",
            ) from error


def account_index(accounts: list[Account], key: str) -> int:
    """Where the account with this key is in the list; ``AccountNotFound`` if nowhere."""
    for index, account in enumerate(accounts):
        if account.key == key:
            return index
    raise AccountNotFound(f'No account with key "{key}"')


def check_can_add(accounts: list[Account], account: Account) -> None:
    """A new account needs a new key and an API client no other account uses."""
    if any(existing.key == account.key for existing in accounts):
        raise AccountStoreError(
            translate("Store", 'An account with key "{key}" already exists').format(key=account.key)
        )
    check_client(accounts, account)


def check_client(accounts: list[Account], account: Account) -> None:
    """No other account may use the same API client (they would share a keyring entry)."""
    for existing in accounts:
        if existing.key != account.key and existing.keyring_username == account.keyring_username:
            raise AccountStoreError(
                translate(
                    "Store", '"{name}" already uses account {account_id} with this client id'
                ).format(name=existing.name, account_id=account.account_id)
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
