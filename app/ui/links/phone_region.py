"""Which country a phone number typed without a prefix belongs to, and how to hint at it.

A link in SEK is almost always for a Swedish customer, one in DKK for a Danish one, so the
link's currency picks the country: staff can then type the number as the customer says
it ("070-123 45 67", "20 12 34 56"). A link in another currency (EUR, ...) falls back to
the account's own currency's country, and then to Norway. A number starting with + or 00
is international whatever the region.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.core.i18n import QT_TRANSLATE_NOOP

__all__ = ["phone_example", "phone_region", "phone_tooltip"]

_CURRENCY_REGIONS = {"NOK": "NO", "SEK": "SE", "DKK": "DK"}
_EXAMPLES = {"NO": "99 99 99 99", "SE": "070-123 45 67", "DK": "20 12 34 56"}
_COUNTRIES = {
    "NO": QT_TRANSLATE_NOOP("PhoneRegion", "Norwegian"),
    "SE": QT_TRANSLATE_NOOP("PhoneRegion", "Swedish"),
    "DK": QT_TRANSLATE_NOOP("PhoneRegion", "Danish"),
}
_PREFIXES = {"NO": "+47", "SE": "+46", "DK": "+45"}
DEFAULT_REGION = "NO"


def phone_region(currency: str | None, account_currency: str | None = None) -> str:
    """The region for numbers without a country prefix: the link's currency's country,
    else the account currency's country, else Norway."""
    for code in (currency, account_currency):
        region = _CURRENCY_REGIONS.get((code or "").upper())
        if region is not None:
            return region
    return DEFAULT_REGION


def phone_example(region: str) -> str:
    """A placeholder for the phone field: a local example, and the other countries' prefixes."""
    others = " / ".join(prefix for code, prefix in _PREFIXES.items() if code != region)
    example = _EXAMPLES.get(region, _EXAMPLES[DEFAULT_REGION])
    return QCoreApplication.translate("PhoneRegion", "{example} (or {others} …)").format(
        example=example, others=others
    )


def phone_tooltip(region: str) -> str:
    country = QCoreApplication.translate(
        "PhoneRegion", _COUNTRIES.get(region, _COUNTRIES[DEFAULT_REGION])
    )
    return QCoreApplication.translate(
        "PhoneRegion",
        "{country} numbers as people say them; start other numbers with + and the "
        "country code (+47 Norway, +46 Sweden, +45 Denmark)",
    ).format(country=country)
