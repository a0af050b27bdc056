"""The account file: round trips, atomic writes, corrupt files, no secrets."""

from __future__ import annotations

import contextlib
import dataclasses
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.accounts.models import Account
from app.accounts.store import (
    FILE_VERSION,
    AccountNotFound,
    AccountStore,
    AccountStoreError,
    default_path,
)
from app.core.errors import UserFacingError


@pytest.fixture
def store(tmp_path: Path) -> AccountStore:
    return AccountStore(tmp_path / "config" / "accounts.json")


def shop(name: str = "Shop", account_id: str = "T12345678", client_id: str = "c1") -> Account:
    return Account(name=name, account_id=account_id, client_id=client_id)


def test_default_path_is_in_the_user_config_dir() -> None:
    path = default_path()
    assert path.name == "accounts.json"
    assert "paydesk" in str(path.parent).lower()
    assert AccountStore().path == path


def test_empty_when_no_file(store: AccountStore) -> None:
    assert store.load() == []
    assert store.get("nope") is None
    assert not store.path.exists()


def test_round_trip_keeps_every_field(store: AccountStore) -> None:
    full = Account(
        name="Nordic shop ÆØÅ",
        account_id="P87654321",
        client_id="client-2",
        profile_id="profile-7",
        return_url="https://shop.example/thanks",
        callback_url="https://shop.example/callback",
        currency="SEK",
        base_url="http://127.0.0.1:5000",
        orders_api_enabled=True,
    )
    plain = shop()
    store.add(full)
    store.add(plain)
    assert store.load() == [full, plain]
    assert AccountStore(store.path).load() == [full, plain]  # a fresh reader agrees
    assert store.get(full.key) == full
    document = json.loads(store.path.read_text(encoding="utf-8"))
    assert document["version"] == FILE_VERSION
    assert [entry["key"] for entry in document["accounts"]] == [full.key, plain.key]


def test_update_and_remove(store: AccountStore) -> None:
    first, second = shop("A", client_id="a"), shop("B", client_id="b")
    store.add(first)
    store.add(second)
    renamed = dataclasses.replace(first, name="A renamed", currency="DKK")
    store.update(renamed)
    assert store.load() == [renamed, second]
    store.remove(first.key)
    assert store.load() == [second]
    with pytest.raises(AccountNotFound, match="No account with key"):
        store.remove(first.key)
    with pytest.raises(AccountNotFound):
        store.update(first)


def test_duplicates_are_refused(store: AccountStore) -> None:
    first = shop("A")
    store.add(first)
    with pytest.raises(AccountStoreError, match="already exists"):
        store.add(dataclasses.replace(first, name="Copy", client_id="other"))
    with pytest.raises(AccountStoreError, match='"A" already uses account T12345678'):
        store.add(shop("B"))  # same account id and client id: they would share a secret
    other = shop("C", client_id="other")
    store.add(other)
    with pytest.raises(AccountStoreError, match='"A" already uses account'):
        store.update(dataclasses.replace(other, client_id="c1"))
    assert store.load() == [first, other]


@contextlib.contextmanager
def file_size_limit(limit: int) -> Iterator[None]:
    """Make the kernel refuse writes beyond ``limit`` bytes (EFBIG), like a full disk."""
    import resource

    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX only")
def test_failed_write_keeps_the_old_file(store: AccountStore) -> None:
    store.add(shop())
    before = store.path.read_bytes()
    big = shop("X" * 5000, client_id="big")
    with file_size_limit(len(before) + 100), pytest.raises(AccountStoreError) as caught:
        store.add(big)
    assert "The previous list is unchanged" in str(caught.value)
    assert store.path.read_bytes() == before
    assert data_files(store) == ["accounts.json"]  # no temporary file left
    assert [a.name for a in store.load()] == ["Shop"]
    store.add(big)  # and the store still works once the disk has room
    assert len(store.load()) == 2


def data_files(store: AccountStore) -> list[str]:
    """The folder's files, less the lock file that guards changes by several processes."""
    return sorted(p.name for p in store.path.parent.iterdir() if p.suffix != ".lock")


def test_write_does_not_leave_temporary_files(store: AccountStore) -> None:
    for index in range(3):
        store.add(shop(f"S{index}", client_id=f"c{index}"))
    assert data_files(store) == ["accounts.json"]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"{not json", "it is not valid JSON"),
        (b"\xff\xfe", "it is not valid JSON"),
        (b"[]", "it does not hold an account list"),
        (b'{"version": 1}', "it does not hold an account list"),
        (b'{"accounts": []}', "it does not hold an account list"),
        (b'{"version": 1, "accounts": [1]}', "an account in it is invalid"),
        (
            b'{"version": 1, "accounts": [{"name": "A", "account_id": "X1", '
            b'"client_id": "c", "key": "k"}]}',
            "an account in it is invalid (Account id must be T or P followed by 8 digits)",
        ),
        (b'{"version": 1, "accounts": [{"name": "A"}]}', "an account in it is invalid"),
    ],
)
def test_corrupt_file_is_moved_aside_reported_and_a_new_list_started(
    store: AccountStore, content: bytes, reason: str
) -> None:
    store.path.parent.mkdir(parents=True)
    store.path.write_bytes(content)
    with pytest.raises(AccountStoreError) as caught:
        store.load()
    [aside] = store.path.parent.glob("accounts.json.corrupt-*")
    message = caught.value.user_message
    assert isinstance(caught.value, UserFacingError)
    assert reason in message
    assert f"Paydesk moved it aside as {aside.name}" in message
    assert aside.read_bytes() == content  # kept exactly as it was found
    assert not store.path.exists()
    # The next start begins with an empty list, and saving works again.
    assert store.load() == []
    store.add(shop())
    assert [a.name for a in store.load()] == ["Shop"]
    assert aside.read_bytes() == content


def test_a_change_on_a_corrupt_file_is_refused_and_the_file_moved_aside(
    store: AccountStore,
) -> None:
    store.path.parent.mkdir(parents=True)
    store.path.write_bytes(b"{not json")
    with pytest.raises(AccountStoreError, match="moved it aside"):
        store.add(shop())
    [aside] = store.path.parent.glob("accounts.json.corrupt-*")
    assert aside.read_bytes() == b"{not json"
    assert not store.path.exists()  # the refused change wrote nothing


def test_a_second_different_corruption_gets_its_own_copy(store: AccountStore) -> None:
    store.path.parent.mkdir(parents=True)
    store.path.write_bytes(b"first")
    with pytest.raises(AccountStoreError):
        store.load()
    store.path.write_bytes(b"second")
    with pytest.raises(AccountStoreError):
        store.load()
    copies = sorted(p.read_bytes() for p in store.path.parent.glob("accounts.json.corrupt*"))
    assert copies == [b"first", b"second"]


def test_newer_format_is_not_treated_as_corrupt(store: AccountStore) -> None:
    store.path.parent.mkdir(parents=True)
    store.path.write_text(json.dumps({"version": FILE_VERSION + 1, "accounts": []}))
    with pytest.raises(AccountStoreError, match="written by a newer Paydesk"):
        store.load()
    assert not list(store.path.parent.glob("*.corrupt*"))


def test_unknown_fields_are_ignored(store: AccountStore) -> None:
    account = shop()
    store.add(account)
    document = json.loads(store.path.read_text())
    document["accounts"][0]["added_later"] = True
    store.path.write_text(json.dumps(document))
    assert store.load() == [account]
