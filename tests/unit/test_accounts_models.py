"""Account records: validation with plain messages, normalization, environment."""

from __future__ import annotations

import dataclasses

import pytest

from app.accounts.models import (
    DEFAULT_RETURN_URL,
    Account,
    AccountError,
    check_production_urls,
    default_return_url,
    production_url_problems,
)
from app.core.environment import Environment, environment_of, is_account_id


def make(**changes: object) -> Account:
    fields: dict[str, object] = {"name": "Shop", "account_id": "T12345678", "client_id": "abc123"}
    fields.update(changes)
    return Account(**fields)  # type: ignore[arg-type]


def test_defaults_and_environment() -> None:
    account = make()
    assert account.profile_id == "default"
    assert account.return_url == DEFAULT_RETURN_URL
    assert account.callback_url is None
    assert account.base_url is None
    assert account.currency == "NOK"
    assert account.orders_api_enabled is False
    assert account.environment is Environment.TEST
    assert not account.is_production
    production = make(account_id="P12345678")
    assert production.environment is Environment.PRODUCTION
    assert production.is_production
    assert account.keyring_username == "T12345678:abc123"


def test_keys_are_unique_and_survive_renames() -> None:
    first, second = make(), make()
    assert first.key != second.key
    assert first.key.isalnum()
    renamed = dataclasses.replace(first, name="New name")
    assert renamed.key == first.key
    assert renamed.name == "New name"


def test_fields_are_normalized() -> None:
    account = make(
        name="  Shop  ",
        account_id=" t12345678 ",
        client_id=" abc ",
        currency="sek",
        callback_url="  ",
        base_url="http://127.0.0.1:8080/",
    )
    assert account.name == "Shop"
    assert account.account_id == "T12345678"
    assert account.client_id == "abc"
    assert account.currency == "SEK"
    assert account.callback_url is None
    assert account.base_url == "http://127.0.0.1:8080"


def test_accounts_are_immutable() -> None:
    account = make()
    with pytest.raises(dataclasses.FrozenInstanceError):
        account.name = "Other"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"account_id": "12345678"}, "Account id must be T or P followed by 8 digits"),
        ({"account_id": "X12345678"}, "Account id must be T or P followed by 8 digits"),
        ({"account_id": "T1234567"}, "Account id must be T or P followed by 8 digits"),
        ({"account_id": "T123456789"}, "Account id must be T or P followed by 8 digits"),
        ({"account_id": "T1234567a"}, "Account id must be T or P followed by 8 digits"),
        ({"name": " "}, "Give the account a name"),
        ({"client_id": ""}, "Enter the client id of the API client"),
        ({"client_id": "a:b"}, "Client id cannot contain spaces or ':'"),
        ({"client_id": "a b"}, "Client id cannot contain spaces or ':'"),
        ({"profile_id": ""}, "Enter a checkout profile id"),
        ({"return_url": "example.com"}, "Return URL must be a web address starting with https://"),
        ({"return_url": "ftp://example.com"}, "Return URL must be a web address"),
        ({"callback_url": "nope"}, "Callback URL must be a web address"),
        ({"base_url": "localhost:8080"}, "Base URL must be a web address"),
        ({"currency": "XQQ"}, "Unknown currency 'XQQ'"),
        ({"orders_api_enabled": "yes"}, "Orders API setting must be on or off"),
        ({"key": ""}, "Account key must be a non-empty letters-and-digits id"),
        ({"key": "../x"}, "Account key must be a non-empty letters-and-digits id"),
        ({"name": 5}, "Name must be text"),
    ],
)
def test_validation_messages(changes: dict[str, object], message: str) -> None:
    with pytest.raises(AccountError) as caught:
        make(**changes)
    assert str(caught.value).startswith(message)


def test_environment_helpers() -> None:
    assert is_account_id("T00000000")
    assert not is_account_id("t00000000")
    assert environment_of("P00000001") is Environment.PRODUCTION
    with pytest.raises(ValueError, match="T or P followed by 8 digits"):
        environment_of("Q00000000")


# Dintero's checkout spec (SessionUrls.callback_url): the callback_url "must be public
# available and be a HTTPS URL"; "It is not possible to use https://localhost or
# http://127.0.0.1 for the callback URL".
@pytest.mark.parametrize(
    ("callback_url", "problem"),
    [
        ("http://shop.no/dintero/callback", "must start with https://"),
        ("https://localhost/callback", "public address"),
        ("https://127.0.0.1:8443/callback", "public address"),
        ("https://10.1.2.3/callback", "public address"),
        ("https://shop.example.com/callback", "public address"),
    ],
)
def test_production_callback_must_be_public_https(callback_url: str, problem: str) -> None:
    account = make(
        account_id="P12345678",
        return_url="https://shop.no/takk",
        callback_url=callback_url,
    )
    with pytest.raises(AccountError, match=problem):
        check_production_urls(account)
    # The same settings are fine on a test account, and stored accounts still load.
    test_account = dataclasses.replace(account, account_id="T12345678")
    assert production_url_problems(test_account) == []


def test_production_return_url_is_never_an_example_domain() -> None:
    assert default_return_url("P12345678") == ""
    assert default_return_url("T12345678") == DEFAULT_RETURN_URL
    defaulted = make(account_id="P12345678")  # the old default, example.com
    assert production_url_problems(defaulted) == [
        "Return URL must be the shop's own page on a production account, not an example address"
    ]
    good = make(
        account_id="P12345678",
        return_url="https://butikk.no/takk",
        callback_url="https://butikk.no/dintero/callback?method=POST",
    )
    assert check_production_urls(good) is good
