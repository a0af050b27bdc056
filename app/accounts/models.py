"""A merchant's Dintero account as Paydesk stores it (never with its secret).

Records are immutable and validated on creation, so a window can never hold an
account that would fail later at the token endpoint for a typo here. ``key`` is
a local id that stays the same when the account is renamed or edited.
"""

from __future__ import annotations

import ipaddress
import uuid
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from app.core.environment import Environment, environment_of, is_account_id
from app.core.errors import UserInputError
from app.core.i18n import translate
from app.core.money import UnknownCurrency, normalize_currency

__all__ = [
    "DEFAULT_RETURN_URL",
    "Account",
    "AccountError",
    "Environment",
    "check_production_urls",
    "default_return_url",
    "production_url_problems",
]

#: Where the customer lands after paying when a *test* shop has not set its own page.
DEFAULT_RETURN_URL = "https://example.com/payment-complete"

_EXAMPLE_DOMAINS = ("example.com", "example.net", "example.org")
_RESERVED_SUFFIXES = (".example", ".test", ".invalid", ".localhost", ".local")


class AccountError(UserInputError):
    """An account field that is not valid; ``str()`` is shown next to the field."""


def _new_key() -> str:
    return uuid.uuid4().hex


def _check_url(value: str, label: str) -> str:
    value = value.strip()
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise AccountError(
            translate("Models", "{label} must be a web address starting with https://").format(
                label=label
            )
        )
    return value


@dataclass(frozen=True)
class Account:
    """Non-secret settings of one Dintero account (one API client on it)."""

    name: str
    account_id: str
    client_id: str
    profile_id: str = "default"
    return_url: str = DEFAULT_RETURN_URL
    callback_url: str | None = None
    currency: str = "NOK"
    base_url: str | None = None
    orders_api_enabled: bool = False
    key: str = field(default_factory=_new_key)
    shop_name: str = ""
    """The shop's name as printed on receipts (the account's name when empty)."""
    organization_number: str = ""
    """The shop's organisation number, printed on receipts."""

    def __post_init__(self) -> None:
        def put(name: str, value: Any) -> None:
            object.__setattr__(self, name, value)

        for name in ("name", "account_id", "client_id", "profile_id", "return_url", "key"):
            if not isinstance(getattr(self, name), str):
                raise AccountError(
                    translate("Account", "{capitalize} must be text").format(
                        capitalize=name.replace("_", " ").capitalize()
                    )
                )
        put("name", self.name.strip())
        if not self.name:
            raise AccountError(translate("Account", "Give the account a name"))
        put("account_id", self.account_id.strip().upper())
        if not is_account_id(self.account_id):
            raise AccountError(
                translate("Account", "Account id must be T or P followed by 8 digits")
            )
        put("client_id", self.client_id.strip())
        if not self.client_id:
            raise AccountError(translate("Account", "Enter the client id of the API client"))
        if ":" in self.client_id or any(c.isspace() for c in self.client_id):
            raise AccountError(translate("Account", "Client id cannot contain spaces or ':'"))
        put("profile_id", self.profile_id.strip())
        if not self.profile_id:
            raise AccountError(
                translate("Account", "Enter a checkout profile id (usually 'default')")
            )
        put("return_url", _check_url(self.return_url, translate("Account", "Return URL")))
        for name, label in (
            ("callback_url", translate("Account", "Callback URL")),
            ("base_url", translate("Account", "Base URL")),
        ):
            value = getattr(self, name)
            if value is not None and not isinstance(value, str):
                raise AccountError(translate("Account", "{label} must be text").format(label=label))
            put(name, _check_url(value, label) if value and value.strip() else None)
        if self.base_url is not None:
            put("base_url", self.base_url.rstrip("/"))
        try:
            put("currency", normalize_currency(self.currency))
        except UnknownCurrency as error:
            raise AccountError(
                translate("Account", "Unknown currency {currency!r}").format(currency=self.currency)
            ) from error
        if not isinstance(self.orders_api_enabled, bool):
            raise AccountError(translate("Account", "Orders API setting must be on or off"))
        for name in ("shop_name", "organization_number"):
            if not isinstance(getattr(self, name), str):
                raise AccountError(
                    translate("Account", "The shop name and organisation number must be text")
                )
            put(name, " ".join(getattr(self, name).split()))
        if not self.key or not self.key.isalnum():
            raise AccountError(
                translate("Account", "Account key must be a non-empty letters-and-digits id")
            )

    @property
    def receipt_name(self) -> str:
        """The name a customer's receipt or e-mail is signed with."""
        return self.shop_name or self.name

    @property
    def environment(self) -> Environment:
        """TEST for ``T`` accounts, PRODUCTION for ``P`` accounts."""
        return environment_of(self.account_id)

    @property
    def is_production(self) -> bool:
        """True when money moved on this account is real."""
        return self.environment is Environment.PRODUCTION

    @property
    def keyring_username(self) -> str:
        """The keyring entry name for this account's client secret."""
        return f"{self.account_id}:{self.client_id}"


def default_return_url(account_id: str) -> str:
    """The return URL a new account starts with: none for production, where customers
    must come back to the shop's own page, not to an example domain."""
    return "" if account_id.strip().upper().startswith("P") else DEFAULT_RETURN_URL


def _is_example_host(host: str) -> bool:
    host = host.lower().rstrip(".")
    if host in _EXAMPLE_DOMAINS or host.endswith(tuple(f".{d}" for d in _EXAMPLE_DOMAINS)):
        return True
    return host in ("example", "test", "invalid", "localhost") or host.endswith(_RESERVED_SUFFIXES)


def _is_private_host(host: str) -> bool:
    if host.lower() == "localhost" or host.lower().endswith(".localhost"):
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return not address.is_global


def production_url_problems(account: Account) -> list[str]:
    """What Dintero's production rules refuse in this account's URLs (empty for test).

    The checkout spec: the callback_url "must be public available and be a HTTPS URL",
    and "it is not possible to use https://localhost or http://127.0.0.1". A production
    shop's return URL must be its own page, never an example domain.
    """
    if not account.is_production:
        return []
    problems: list[str] = []
    if account.callback_url:
        parts = urlsplit(account.callback_url)
        host = parts.hostname or ""
        if parts.scheme != "https":
            problems.append(
                translate(
                    "Account", "Callback URL must start with https:// on a production account"
                )
            )
        elif _is_private_host(host) or _is_example_host(host):
            problems.append(
                translate(
                    "Account",
                    "Callback URL must be a public address Dintero can reach, "
                    "not a local or example one",
                )
            )
    return_host = urlsplit(account.return_url).hostname or ""
    if _is_example_host(return_host):
        problems.append(
            translate(
                "Account",
                "Return URL must be the shop's own page on a production account, "
                "not an example address",
            )
        )
    return problems


def check_production_urls(account: Account) -> Account:
    """`account`, or `AccountError` naming the first URL a production account may not use.

    Call it when production settings are saved; stored accounts still load as they are.
    """
    problems = production_url_problems(account)
    if problems:
        raise AccountError(problems[0])
    return account
