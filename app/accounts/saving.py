"""Save or remove an account together with its client secret, so neither outlives the other.

The account lives in the account file and its secret in the system keychain; the two
cannot change in one transaction. So the keychain is changed inside the account file's
lock, after every check that could refuse the save, and put back as it was when the file
cannot be written: a save that failed leaves no secret behind (or says plainly that it
could not take it back), and a save that returned is in the file, whatever another
Paydesk process saved at the same time.

Blocking calls (file and keychain): UI code runs them in a thread.
"""

from __future__ import annotations

import logging

from app.core.errors import UserInputError
from app.core.i18n import translate

from .models import Account
from .secrets import SecretStore, SecretStoreError
from .store import AccountStore, AccountStoreError, account_index, check_can_add, check_client

__all__ = ["SecretLeftBehind", "SecretRequired", "remove_account", "save_account"]

log = logging.getLogger(__name__)


class SecretRequired(UserInputError):
    """A new account (or a changed client) needs its secret typed."""


class SecretLeftBehind(SecretStoreError):
    """The keychain still holds a secret that no account uses; the message says which."""


def _enter_secret() -> str:
    return translate("Account", "Enter the client secret of the API client")


def save_account(
    store: AccountStore,
    secrets: SecretStore,
    account: Account,
    secret: str,
    previous: Account | None,
) -> Account:
    """Add ``account`` (``previous`` None) or replace ``previous`` with it, with its secret.

    ``secret`` empty keeps the stored one (moved along when the client id changed).
    """
    moved = previous is not None and previous.keyring_username != account.keyring_username
    if secret and not secret.strip():
        raise SecretRequired(_enter_secret())
    with store.changing() as change:
        accounts = change.accounts
        if previous is None:
            check_can_add(accounts, account)
        else:
            index = account_index(accounts, account.key)
            check_client(accounts, account)
        if not secret:
            if previous is None:
                raise SecretRequired(_enter_secret())
            if moved:
                secret = secrets.get_secret(previous) or ""
                if not secret:
                    raise SecretRequired(
                        translate("Account", "Enter the client secret for the changed client id")
                    )
        earlier = secrets.get_secret(account) if secret else None
        if secret:
            secrets.set_secret(account, secret)
        if previous is None:
            accounts.append(account)
        else:
            accounts[index] = account
        try:
            change.write()
        except AccountStoreError as error:
            if secret:
                _put_back(secrets, account, earlier, error)
            raise
    if previous is not None and moved:
        try:
            secrets.delete_secret(previous)
        except SecretStoreError as error:  # saved all the same; only an unused entry is left
            log.warning("The old secret entry %s stays in the keychain: %s", previous, error)
    return account


def _put_back(
    secrets: SecretStore, account: Account, earlier: str | None, failure: AccountStoreError
) -> None:
    """Undo the keychain change of a save whose account file could not be written."""
    try:
        if earlier is None:
            secrets.delete_secret(account)
        else:
            secrets.set_secret(account, earlier)
    except SecretStoreError as error:
        message = translate(
            "Account",
            "{failure} The client secret typed for it is still in the system keychain "
            '(service "{service}", entry "{entry}") and could not be taken back: {reason}',
        )
        left = _left_behind(message, secrets, account, error, failure=failure.user_message)
        raise left from failure


def remove_account(store: AccountStore, secrets: SecretStore, account: Account) -> None:
    """Remove the account from the file, then its secret from the keychain."""
    with store.changing() as change:
        del change.accounts[account_index(change.accounts, account.key)]
        change.write()
        try:
            secrets.delete_secret(account)
        except SecretStoreError as error:
            message = translate(
                "Account",
                "The account “{name}” was removed, but its client secret could not be "
                'deleted from the system keychain (service "{service}", entry "{entry}"): '
                "{reason} Delete that entry in the keychain, or it stays there unused.",
            )
            raise _left_behind(message, secrets, account, error, name=account.name) from error


def _left_behind(
    message: str, secrets: SecretStore, account: Account, why: SecretStoreError, **words: str
) -> SecretLeftBehind:
    """``message`` (in the desk's language) with where the keychain entry is and why it
    stayed: staff can find and delete it themselves."""
    return SecretLeftBehind(
        message.format(
            service=secrets.service,
            entry=account.keyring_username,
            reason=why.user_message,
            **words,
        )
    )
