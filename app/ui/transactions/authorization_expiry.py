"""An estimate of when an authorization lapses, per payment product.

Dintero does not say when a reservation expires; the acquirer or payment method
decides. The table below holds the usual lifetimes, kept on the short side so staff
capture in time. It is an estimate and the detail pane says so.

=================================  =======  ==========================================
Payment product type (prefix)      Days     Why
=================================  =======  ==========================================
``*.creditcard``, card wallets     7        Card schemes: card-not-present holds are
(applepay, googlepay, clicktopay)           commonly released by issuers after ~7 days.
``vipps``, ``*.vipps``,            7        Card-backed; Vipps MobilePay follows the
``*.mobilepay``                             card rule for the underlying card.
``klarna.*``                       28       Klarna's default authorization lifetime.
``collector.*`` (Walley)           30       Invoice/instalment orders are held 30 days.
``instabank.*``, ``santander.*``   30       Finance products, like invoices.
``two.*``, ``kravia.*``            30       B2B invoice products.
``swish.*``                        —        Captured at payment: nothing is reserved.
anything else                      7        Unknown: assume the short card rule.
=================================  =======  ==========================================
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

__all__ = ["AuthorizationExpiry", "authorization_lifetime_days", "estimate_expiry"]

_CARD_DAYS = 7
_BY_PREFIX: tuple[tuple[str, int | None, str], ...] = (
    ("swish", None, "Swish captures at payment"),
    ("klarna", 28, "Klarna authorizations usually last 28 days"),
    ("collector", 30, "Walley (Collector) orders are usually held 30 days"),
    ("instabank", 30, "Instabank finance orders are usually held 30 days"),
    ("santander", 30, "Santander finance orders are usually held 30 days"),
    ("two", 30, "Two invoices are usually held 30 days"),
    ("kravia", 30, "Kravia invoices are usually held 30 days"),
    ("vipps", _CARD_DAYS, "Vipps reservations follow the card rule, usually 7 days"),
)
_CARD_REASON = "Card authorizations usually last 7 days"


def authorization_lifetime_days(payment_product_type: str | None) -> tuple[int | None, str]:
    """Days an authorization usually lasts for this product (None: nothing is reserved)."""
    product = (payment_product_type or "").lower()
    provider = product.split(".", 1)[0]
    method = product.split(".", 1)[1] if "." in product else ""
    if method in ("mobilepay", "vipps"):
        return _CARD_DAYS, "Mobile wallet reservations follow the card rule, usually 7 days"
    for prefix, days, reason in _BY_PREFIX:
        if provider == prefix:
            return days, reason
    if not product:
        return _CARD_DAYS, "Unknown payment method: assuming the card rule of 7 days"
    return _CARD_DAYS, _CARD_REASON


@dataclass(frozen=True)
class AuthorizationExpiry:
    expires_at: datetime | None
    reason: str

    def describe(self, now: datetime) -> str:
        """Plain text for the detail pane."""
        if self.expires_at is None:
            return self.reason
        days_left = (self.expires_at - now).total_seconds() / 86_400
        when = self.expires_at.astimezone().strftime("%d %b %Y")
        if days_left < 0:
            return f"Probably expired around {when}. {self.reason} (an estimate)."
        if days_left < 1:
            return f"Expires within a day (around {when}). {self.reason} (an estimate)."
        return f"Expires around {when} (in {int(days_left)} days). {self.reason} (an estimate)."


def estimate_expiry(
    payment_product_type: str | None, authorized_at: datetime | None
) -> AuthorizationExpiry:
    days, reason = authorization_lifetime_days(payment_product_type)
    if days is None or authorized_at is None:
        return AuthorizationExpiry(None, reason)
    return AuthorizationExpiry(authorized_at + timedelta(days=days), reason)
