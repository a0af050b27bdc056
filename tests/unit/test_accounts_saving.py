"""An account and its client secret are saved together or not at all.

The disk-full failures are real (the kernel refuses the write past RLIMIT_FSIZE); the
keychain is the in-memory one, with a failing variant where the test needs a keychain that
refuses to delete (the real system keychain cannot be used in tests).
"""

from __future__ import annotations

import contextlib
import dataclasses
import sys
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.errors
import pytest

from app.accounts.memory_keyring import MemoryKeyring
from app.accounts.models import Account
from app.accounts.saving import SecretLeftBehind, SecretRequired, remove_account, save_account
from app.accounts.secrets import SecretStore
from app.accounts.store import AccountNotFound, AccountStore, AccountStoreError
from tests.unit.test_accounts_store import file_size_limit

needs_rlimit = pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX only")


class RefusingToDelete(MemoryKeyring):
    """A keychain that stores secrets but fails every deletion (a locked keychain does)."""

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.KeyringError("the keychain refused")


@contextlib.contextmanager
def refusing_keychain(keychain: MemoryKeyring) -> Iterator[RefusingToDelete]:
    refusing = RefusingToDelete()
    refusing._passwords = keychain._passwords
    previous = keyring.get_keyring()
    keyring.set_keyring(refusing)
    try:
        yield refusing
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def store(tmp_path: Path) -> AccountStore:
    return AccountStore(tmp_path / "accounts.json")


@pytest.fixture
def secrets(memory_keyring: MemoryKeyring) -> SecretStore:
    return SecretStore()


def shop(name: str = "Shop", client_id: str = "c1", **extra: object) -> Account:
    return Account(name=name, account_id="T12345678", client_id=client_id, **extra)  # type: ignore[arg-type]


def test_a_new_account_is_saved_with_its_secret(
    store: AccountStore, secrets: SecretStore, memory_keyring: MemoryKeyring
) -> None:
    account = save_account(store, secrets, shop(), "s3cret", None)
    assert store.load() == [account]
    assert secrets.get_secret(account) == "s3cret"
    assert "s3cret" not in store.path.read_text(encoding="utf-8")


def test_a_new_account_needs_a_secret(store: AccountStore, secrets: SecretStore) -> None:
    for blank in ("", "   "):
        with pytest.raises(SecretRequired):
            save_account(store, secrets, shop(), blank, None)
    assert store.load() == []


def test_a_refused_duplicate_leaves_no_secret_and_the_other_secret_alone(
    store: AccountStore, secrets: SecretStore, memory_keyring: MemoryKeyring
) -> None:
    first = save_account(store, secrets, shop("First"), "first-secret", None)
    with pytest.raises(AccountStoreError, match='"First" already uses account'):
        save_account(store, secrets, shop("Copy"), "other-secret", None)
    assert secrets.get_secret(first) == "first-secret"  # not overwritten by the refused save
    assert store.load() == [first]


@needs_rlimit
def test_a_new_account_that_cannot_be_written_takes_its_secret_back(
    store: AccountStore, secrets: SecretStore, memory_keyring: MemoryKeyring
) -> None:
    save_account(store, secrets, shop(), "s1", None)
    before = store.path.read_bytes()
    big = shop("X" * 5000, client_id="big")
    with file_size_limit(len(before) + 100), pytest.raises(AccountStoreError, match="unchanged"):
        save_account(store, secrets, big, "big-secret", None)
    assert store.path.read_bytes() == before
    assert secrets.get_secret(big) is None  # no orphaned secret
    assert sorted(memory_keyring._passwords) == [("paydesk", "T12345678:c1")]


@needs_rlimit
def test_an_edit_that_cannot_be_written_puts_the_old_secret_back(
    store: AccountStore, secrets: SecretStore
) -> None:
    account = save_account(store, secrets, shop(), "old-secret", None)
    before = store.path.read_bytes()
    renamed = dataclasses.replace(account, name="Y" * 5000)
    with file_size_limit(len(before) + 100), pytest.raises(AccountStoreError):
        save_account(store, secrets, renamed, "new-secret", account)
    assert secrets.get_secret(account) == "old-secret"
    assert store.load() == [account]


@needs_rlimit
def test_a_secret_the_keychain_will_not_take_back_is_reported_plainly(
    store: AccountStore, secrets: SecretStore, memory_keyring: MemoryKeyring
) -> None:
    save_account(store, secrets, shop(), "s1", None)
    big = shop("X" * 5000, client_id="big")
    limit = len(store.path.read_bytes()) + 100
    with (
        refusing_keychain(memory_keyring),
        file_size_limit(limit),
        pytest.raises(SecretLeftBehind) as caught,
    ):
        save_account(store, secrets, big, "big-secret", None)
    message = caught.value.user_message
    assert "The previous list is unchanged" in message
    assert 'entry "T12345678:big"' in message
    assert "could not be taken back" in message
    assert "big-secret" not in message
    assert "big-secret" not in caught.value.details


def test_changing_the_client_id_moves_the_secret(
    store: AccountStore, secrets: SecretStore, memory_keyring: MemoryKeyring
) -> None:
    account = save_account(store, secrets, shop(), "the-secret", None)
    moved = dataclasses.replace(account, client_id="c2")
    save_account(store, secrets, moved, "", account)
    assert store.load() == [moved]
    assert secrets.get_secret(moved) == "the-secret"
    assert sorted(memory_keyring._passwords) == [("paydesk", "T12345678:c2")]


def test_changing_the_client_id_without_any_secret_asks_for_one(
    store: AccountStore, secrets: SecretStore
) -> None:
    account = save_account(store, secrets, shop(), "the-secret", None)
    secrets.delete_secret(account)
    with pytest.raises(SecretRequired, match="changed client id"):
        save_account(store, secrets, dataclasses.replace(account, client_id="c2"), "", account)
    assert store.load() == [account]


def test_editing_an_account_another_window_removed_is_refused_without_a_secret(
    store: AccountStore, secrets: SecretStore, memory_keyring: MemoryKeyring
) -> None:
    account = save_account(store, secrets, shop(), "s1", None)
    remove_account(store, secrets, account)
    with pytest.raises(AccountNotFound):
        save_account(store, secrets, dataclasses.replace(account, name="Again"), "s2", account)
    assert memory_keyring._passwords == {}


def test_removing_deletes_the_account_and_its_secret(
    store: AccountStore, secrets: SecretStore, memory_keyring: MemoryKeyring
) -> None:
    keep = save_account(store, secrets, shop("Keep", client_id="k"), "k-secret", None)
    gone = save_account(store, secrets, shop("Gone"), "g-secret", None)
    remove_account(store, secrets, gone)
    assert store.load() == [keep]
    assert sorted(memory_keyring._passwords) == [("paydesk", "T12345678:k")]


def test_a_secret_the_keychain_keeps_after_a_removal_is_reported(
    store: AccountStore, secrets: SecretStore, memory_keyring: MemoryKeyring
) -> None:
    gone = save_account(store, secrets, shop("Gone"), "g-secret", None)
    with refusing_keychain(memory_keyring), pytest.raises(SecretLeftBehind) as caught:
        remove_account(store, secrets, gone)
    assert "“Gone” was removed" in caught.value.user_message
    assert 'entry "T12345678:c1"' in caught.value.user_message
    assert store.load() == []
