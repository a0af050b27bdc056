"""Client secrets: only in the keyring, and a clear refusal when there is none."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backend
import keyring.errors
import pytest
from keyring.backends import chainer, fail, null
from keyring.compat import properties

from app.accounts.memory_keyring import MemoryKeyring, memory_keyring_installed
from app.accounts.models import Account
from app.accounts.secrets import SERVICE, SecretStore, SecretStoreUnavailable
from app.accounts.store import AccountStore

SECRET = "s3cr3t-Value-that-must-stay-in-the-keyring"


def shop(client_id: str = "c1") -> Account:
    return Account(name="Shop", account_id="T12345678", client_id=client_id)


@pytest.fixture
def installed() -> Iterator[None]:
    """Restore whatever backend was installed before the test replaced it."""
    previous = keyring.get_keyring()
    yield
    keyring.set_keyring(previous)


class LockedKeyring(keyring.backend.KeyringBackend):
    """A backend that behaves like a locked Secret Service collection."""

    @properties.classproperty
    def priority(cls) -> float:
        raise RuntimeError("only installed explicitly by these tests")

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("Failed to unlock the collection!")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.KeyringLocked("Failed to unlock the collection!")

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.KeyringLocked("Failed to unlock the collection!")


def test_set_get_delete(memory_keyring: MemoryKeyring) -> None:
    store = SecretStore()
    account, other = shop(), shop("c2")
    assert store.get_secret(account) is None
    store.set_secret(account, SECRET)
    assert store.get_secret(account) == SECRET
    assert store.get_secret(other) is None
    assert memory_keyring.get_password(SERVICE, "T12345678:c1") == SECRET  # the documented entry
    store.set_secret(account, "replaced")
    assert store.get_secret(account) == "replaced"
    store.delete_secret(account)
    assert store.get_secret(account) is None
    store.delete_secret(account)  # deleting twice is fine


def test_empty_secret_is_refused(memory_keyring: MemoryKeyring) -> None:
    with pytest.raises(ValueError, match="Enter the client secret"):
        SecretStore().set_secret(shop(), "  ")


def test_fixture_restores_the_previous_backend() -> None:
    before = keyring.get_keyring()
    with memory_keyring_installed() as backend:
        assert keyring.get_keyring() is backend
    assert keyring.get_keyring() is before


def test_memory_keyring_is_never_chosen_automatically() -> None:
    assert not MemoryKeyring.viable
    detected = keyring.backend.get_all_keyring()
    assert not any(isinstance(backend, MemoryKeyring) for backend in detected)


@pytest.mark.usefixtures("installed")
@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring()], ids=["fail", "null"])
def test_no_keyring_is_a_clear_error(backend: keyring.backend.KeyringBackend) -> None:
    keyring.set_keyring(backend)
    store = SecretStore()
    for call in (
        lambda: store.get_secret(shop()),
        lambda: store.set_secret(shop(), SECRET),
        lambda: store.delete_secret(shop()),
    ):
        with pytest.raises(SecretStoreUnavailable) as caught:
            call()
        message = str(caught.value)
        assert message.startswith("No system keychain is available")
        assert SECRET not in message


@pytest.mark.usefixtures("installed")
def test_empty_chainer_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    # keyring's own hook for limiting backends: with nothing allowed the chainer has no backends.
    monkeypatch.setattr(keyring.backend, "_limit", lambda _backend: False)
    keyring.set_keyring(chainer.ChainerBackend())
    with pytest.raises(SecretStoreUnavailable, match="No system keychain is available"):
        SecretStore().get_secret(shop())


@pytest.mark.usefixtures("installed")
def test_locked_keyring_says_unlock() -> None:
    keyring.set_keyring(LockedKeyring())
    store = SecretStore()
    with pytest.raises(SecretStoreUnavailable, match=r"The system keychain is locked\. Unlock it"):
        store.get_secret(shop())
    with pytest.raises(SecretStoreUnavailable, match="locked") as caught:
        store.set_secret(shop(), SECRET)
    assert SECRET not in str(caught.value)
    with pytest.raises(SecretStoreUnavailable, match="locked"):
        store.delete_secret(shop())


def test_secret_never_reaches_the_config_file(
    memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    accounts = AccountStore(tmp_path / "accounts.json")
    account = shop()
    SecretStore().set_secret(account, SECRET)
    accounts.add(account)
    accounts.update(account)
    assert SECRET not in accounts.path.read_text(encoding="utf-8")
    assert SecretStore().get_secret(accounts.load()[0]) == SECRET


class RefusingKeyring(keyring.backend.KeyringBackend):
    """A backend whose store refuses writes, as a full or read-only keychain does."""

    @properties.classproperty
    def priority(cls) -> float:
        raise RuntimeError("only installed explicitly by these tests")

    def get_password(self, service: str, username: str) -> str | None:
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError(f"cannot store {username}")

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.KeyringError("backend failure")


@pytest.mark.usefixtures("installed")
def test_other_keychain_failures_are_explained() -> None:
    keyring.set_keyring(RefusingKeyring())
    store = SecretStore()
    assert store.get_secret(shop()) is None
    with pytest.raises(SecretStoreUnavailable) as caught:
        store.set_secret(shop(), SECRET)
    assert str(caught.value).startswith("The system keychain did not save the client secret.")
    assert SECRET not in str(caught.value)
    with pytest.raises(SecretStoreUnavailable, match="did not delete the client secret"):
        store.delete_secret(shop())
