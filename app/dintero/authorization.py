"""How long an authorization usually lasts, per payment product, and which can be extended.

Dintero does not say when a reservation lapses: the payment method decides. Dintero's
knowledge-base page "Duration of authorizations" gives the figures below; where it is
silent the lifetime is an assumption, said so in `reason`.

=================================  =======  ===============================================
Payment product type (provider)    Days     Source
=================================  =======  ===============================================
``klarna.*``                       28       "you have 28 days to capture"; renewable for
                                            another 28 days, repeatedly, up to 6 months
                                            (``POST /v1/transactions/{id}/authorization``).
``collector.*`` (Walley)           90       "keep an authorized transaction for 90 days".
cards (``*.creditcard``, wallets)  7        "approximately 7 days, depending on the end
                                            customer's bank".
``vipps``, ``*.vipps``,            7        Vipps: Visa reservations are valid 7 days.
``*.mobilepay``
``instabank.*``, ``santander.*``,  30       Not documented: assumed, like an invoice.
``two.*``, ``kravia.*``
``swish.*``                        —        Captured at payment: nothing is reserved.
anything else                      7        Unknown: the short card rule.
=================================  =======  ===============================================
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from app.core.i18n import QT_TRANSLATE_NOOP
from app.dintero.models import Transaction

__all__ = [
    "KLARNA_MAX_AUTHORIZATION_DAYS",
    "AuthorizationLifetime",
    "authorization_lifetime",
    "authorized_at",
    "estimate_expiry",
    "is_extendable",
]

KLARNA_MAX_AUTHORIZATION_DAYS = 180
"""Klarna renewals can be repeated "for up to 6 months"."""

_CARD_DAYS = 7


@dataclass(frozen=True)
class AuthorizationLifetime:
    """The usual lifetime of an authorization; `days` None means nothing is reserved."""

    days: int | None
    reason: str
    extendable: bool = False
    """Dintero can extend it (`DinteroClient.extend_authorization`)."""


_BY_PROVIDER: dict[str, AuthorizationLifetime] = {
    "swish": AuthorizationLifetime(
        None, QT_TRANSLATE_NOOP("Authorization", "Swish captures at payment")
    ),
    "klarna": AuthorizationLifetime(
        28,
        QT_TRANSLATE_NOOP(
            "Authorization", "Klarna authorizations last 28 days and can be extended"
        ),
        extendable=True,
    ),
    "collector": AuthorizationLifetime(
        90, QT_TRANSLATE_NOOP("Authorization", "Walley (Collector) authorizations last 90 days")
    ),
    "instabank": AuthorizationLifetime(
        30, QT_TRANSLATE_NOOP("Authorization", "Instabank orders are assumed to be held 30 days")
    ),
    "santander": AuthorizationLifetime(
        30, QT_TRANSLATE_NOOP("Authorization", "Santander orders are assumed to be held 30 days")
    ),
    "two": AuthorizationLifetime(
        30, QT_TRANSLATE_NOOP("Authorization", "Two invoices are assumed to be held 30 days")
    ),
    "kravia": AuthorizationLifetime(
        30, QT_TRANSLATE_NOOP("Authorization", "Kravia invoices are assumed to be held 30 days")
    ),
    "vipps": AuthorizationLifetime(
        _CARD_DAYS, QT_TRANSLATE_NOOP("Authorization", "Vipps reservations last about 7 days")
    ),
}
_WALLET = AuthorizationLifetime(
    _CARD_DAYS,
    QT_TRANSLATE_NOOP(
        "Authorization", "Mobile wallet reservations follow the card rule, about 7 days"
    ),
)
_CARD = AuthorizationLifetime(
    _CARD_DAYS, QT_TRANSLATE_NOOP("Authorization", "Card authorizations last about 7 days")
)
_UNKNOWN = AuthorizationLifetime(
    _CARD_DAYS, QT_TRANSLATE_NOOP("Authorization", "Unknown payment method: assuming about 7 days")
)


def authorization_lifetime(payment_product_type: str | None) -> AuthorizationLifetime:
    """The usual lifetime of an authorization with this payment product type."""
    product = (payment_product_type or "").lower()
    provider, _, method = product.partition(".")
    if method in ("mobilepay", "vipps"):
        return _WALLET
    if provider in _BY_PROVIDER:
        return _BY_PROVIDER[provider]
    return _CARD if product else _UNKNOWN


def authorized_at(transaction: Transaction) -> datetime | None:
    """When the authorization now standing was given: the newest successful AUTHORIZE
    event (an extension renews it), else the transaction's creation time."""
    authorizations = [e for e in transaction.events if e.event == "AUTHORIZE" and e.success]
    moments = [e.created_at for e in authorizations if e.created_at is not None]
    return moments[-1] if moments else transaction.created_at


def estimate_expiry(transaction: Transaction) -> datetime | None:
    """When the authorization probably lapses (an estimate); None if nothing is reserved."""
    lifetime = authorization_lifetime(transaction.payment_product_type)
    start = authorized_at(transaction)
    if lifetime.days is None or start is None:
        return None
    return start + timedelta(days=lifetime.days)


def is_extendable(transaction: Transaction) -> bool:
    """Dintero can extend this authorization (Klarna), by its product alone."""
    return authorization_lifetime(transaction.payment_product_type).extendable
