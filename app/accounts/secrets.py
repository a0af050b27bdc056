"""Client secrets in the operating system's keychain, and nowhere else.

One keyring entry per account and API client: service ``paydesk``, username
``"{account_id}:{client_id}"``; the shared database's password likewise, under a name
the caller gives (``database:user@host:port/database``). When there is no usable keychain (none
installed, locked, or keyring fell back to its "fail" or "null" backend) every
call raises ``SecretStoreUnavailable`` with a message saying what to do. There
is deliberately no plaintext fallback: a secret that can move real money must
not end up in a file.

Keyring calls block (D-Bus, Keychain prompts): callers run them in a thread,
e.g. ``await asyncio.to_thread(store.get_secret, account)``.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING

from app.core.errors import UserFacingError, UserInputError
from app.core.i18n import translate

from .models import Account

if TYPE_CHECKING:  # keyring (and the entry points it scans) loads on the first secret asked
    import keyring.backend

__all__ = ["SERVICE", "SecretStore", "SecretStoreError", "SecretStoreUnavailable"]

SERVICE = "paydesk"


class SecretStoreError(UserFacingError):
    """The keychain refused an operation; ``str()`` is for the user and never holds a secret."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.user_message = message

    @property
    def details(self) -> str:
        cause = self.__cause__
        return f"{type(cause).__name__}: {cause}" if cause is not None else ""


class SecretStoreUnavailable(SecretStoreError):
    """There is no usable keychain (missing, locked or failing to start)."""


def _platform_hint() -> str:
    if sys.platform == "darwin":
        return translate(
            "Secrets", "On macOS open Keychain Access and make sure the login keychain is unlocked."
        )
    if sys.platform == "win32":
        return translate(
            "Secrets", "On Windows make sure Credential Manager is available for your user."
        )
    return translate(
        "Secrets",
        "On Linux install and unlock a Secret Service such as GNOME Keyring or KWallet, "
        "then start Paydesk again.",
    )


def _unavailable_message() -> str:
    return translate(
        "Secrets", "No system keychain is available to keep the client secret. {platform_hint}"
    ).format(platform_hint=_platform_hint())


def _locked_message() -> str:
    return translate("Secrets", "The system keychain is locked. Unlock it and try again.")


def _the_client_secret() -> str:
    #: Completes "The system keychain did not save {what}."
    return translate("Secrets", "the client secret")


def _the_password() -> str:
    #: Completes "The system keychain did not save {what}."
    return translate("Secrets", "the password")


def _is_plaintext(backend: keyring.backend.KeyringBackend) -> bool:
    """keyrings.alt's plaintext and null backends would store the secret readably or lose it."""
    name = type(backend).__name__
    module = type(backend).__module__
    return (module.startswith("keyrings.alt") and "Plaintext" in name) or (
        module == "keyring.backends.null"
    )


@contextlib.contextmanager
def _keychain_errors(failed: str) -> Iterator[None]:
    """Turn keyring's errors into ``SecretStoreUnavailable`` with a message that says what to do.

    ``failed`` is the sentence that says what did not happen, in the desk's language.
    keyring's exceptions never carry the secret, and neither do ours.
    """
    import keyring.errors

    try:
        yield
    except keyring.errors.KeyringLocked as error:
        raise SecretStoreUnavailable(_locked_message()) from error
    except (keyring.errors.NoKeyringError, keyring.errors.InitError) as error:
        raise SecretStoreUnavailable(_unavailable_message()) from error
    except keyring.errors.KeyringError as error:
        raise SecretStoreUnavailable(f"{failed} {_platform_hint()}") from error


class SecretStore:
    """Get, set and delete client secrets in the system keychain (blocking calls)."""

    def __init__(self, service: str = SERVICE) -> None:
        self.service = service

    def get_secret(self, account: Account) -> str | None:
        """The stored client secret, or None when none has been saved for this account."""
        return self.get_named(account.keyring_username)

    def set_secret(self, account: Account, secret: str) -> None:
        """Save (or replace) the client secret for this account."""
        if not isinstance(secret, str) or not secret.strip():
            raise UserInputError(translate("SecretStore", "Enter the client secret"))
        self.set_named(account.keyring_username, secret, _the_client_secret())

    def delete_secret(self, account: Account) -> None:
        """Remove the client secret; nothing happens when none was saved."""
        self.delete_named(account.keyring_username, _the_client_secret())

    def get_named(self, name: str) -> str | None:
        """The secret kept under ``name`` (e.g. the shared database's password), or None."""
        backend = self._backend()
        with _keychain_errors(translate("Secrets", "The system keychain could not be read.")):
            secret = backend.get_password(self.service, name)
        return secret if isinstance(secret, str) else None

    def set_named(self, name: str, secret: str, what: str | None = None) -> None:
        """Save ``secret`` under ``name``; ``what`` names it in a failure ("the password")."""
        backend = self._backend()
        what = what or _the_password()
        #: {what}: "the client secret", "the database password" or "the password"
        failed = translate("Secrets", "The system keychain did not save {what}.")
        with _keychain_errors(failed.format(what=what)):
            backend.set_password(self.service, name, secret)

    def delete_named(self, name: str, what: str | None = None) -> None:
        """Remove the secret under ``name``; nothing happens when none was saved."""
        import keyring.errors

        backend = self._backend()
        what = what or _the_password()
        #: {what}: "the client secret", "the database password" or "the password"
        failed = translate("Secrets", "The system keychain did not delete {what}.")
        with _keychain_errors(failed.format(what=what)):
            try:
                backend.delete_password(self.service, name)
            except keyring.errors.PasswordDeleteError:
                return  # already absent: the outcome the caller wanted

    @staticmethod
    def _backend() -> keyring.backend.KeyringBackend:
        import keyring
        import keyring.errors
        from keyring.backends import chainer, fail

        try:
            backend = keyring.get_keyring()
        except keyring.errors.KeyringError as error:
            raise SecretStoreUnavailable(_unavailable_message()) from error
        if isinstance(backend, fail.Keyring) or _is_plaintext(backend):
            raise SecretStoreUnavailable(_unavailable_message())
        if isinstance(backend, chainer.ChainerBackend) and not backend.backends:
            raise SecretStoreUnavailable(_unavailable_message())
        return backend
