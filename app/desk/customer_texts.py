"""What the customer reads, in the customer's language rather than the desk's.

The language follows the customer's phone country (+47 Norwegian, +46 Swedish, +45
Danish, anything else English) unless staff choose one on the form. Dintero's payment
page takes its language from the link itself: ``?language=`` on the session's ``url``
(``no``, ``sv``, ``da``, ``en``; the session API has no language field), so the link Paydesk
shows, copies, e-mails and puts in the QR code carries it. The SMS Dintero sends itself
uses Dintero's own wording and the plain session link.

These texts are not in the desk's catalogues: a Norwegian desk writes to a Swedish customer
in Swedish.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

__all__ = [
    "CUSTOMER_LANGUAGES",
    "CustomerMessage",
    "customer_language",
    "customer_message",
    "language_for_phone",
    "language_of_url",
    "payment_page_url",
]

#: The customer languages, as the desk names them (also its own language codes).
CUSTOMER_LANGUAGES = ("nb", "sv", "da", "en")

#: Dintero's payment page calls Norwegian ``no``.
_DINTERO_CODES = {"nb": "no", "sv": "sv", "da": "da", "en": "en"}

_BY_COUNTRY_CODE = {"+47": "nb", "+46": "sv", "+45": "da"}


@dataclass(frozen=True)
class _Wording:
    greeting: str
    subject: str
    body: str
    valid_until: str


_WORDING = {
    "en": _Wording(
        "Hello!",
        "Payment link for order {reference}",
        "Here is the payment link for order {reference} ({amount}):",
        "The link is valid until {expires}.",
    ),
    "nb": _Wording(
        "Hei!",
        "Betalingslenke for bestilling {reference}",
        "Her er betalingslenken for bestilling {reference} ({amount}):",
        "Lenken er gyldig til {expires}.",
    ),
    "sv": _Wording(
        "Hej!",
        "Betallänk för order {reference}",
        "Här är betallänken för order {reference} ({amount}):",
        "Länken gäller till {expires}.",
    ),
    "da": _Wording(
        "Hej!",
        "Betalingslink til ordre {reference}",
        "Her er betalingslinket til ordre {reference} ({amount}):",
        "Linket gælder til {expires}.",
    ),
}


def language_for_phone(phone: str | None) -> str:
    """The customer's language from an E.164 number's country code; English otherwise."""
    for prefix, language in _BY_COUNTRY_CODE.items():
        if phone and phone.startswith(prefix):
            return language
    return "en"


def customer_language(choice: str | None, phone: str | None) -> str:
    """Staff's choice when it names a customer language, else the phone's country's."""
    if choice in CUSTOMER_LANGUAGES:
        return str(choice)
    return language_for_phone(phone)


def payment_page_url(url: str, language: str) -> str:
    """``url`` with Dintero's ``language`` parameter for ``language`` (set or replaced);
    an empty url stays empty."""
    if not url:
        return url
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "language"]
    query.append(("language", _DINTERO_CODES.get(language, "en")))
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), parts.fragment))


def language_of_url(url: str, phone: str | None = None) -> str:
    """The customer language a payment link carries; a link without one (made before
    links carried it) follows the phone's country."""
    code = dict(parse_qsl(urlsplit(url).query)).get("language")
    for language, dintero_code in _DINTERO_CODES.items():
        if code == dintero_code:
            return language
    return language_for_phone(phone)


@dataclass(frozen=True)
class CustomerMessage:
    subject: str
    text: str


def customer_message(
    language: str, *, reference: str, amount: str, url: str, expires_at: datetime | None
) -> CustomerMessage:
    """The message that goes with a payment link, for a chat or an e-mail."""
    wording = _WORDING.get(language, _WORDING["en"])
    lines = [wording.greeting, wording.body.format(reference=reference, amount=amount), url]
    if expires_at is not None:
        expires = expires_at.astimezone().strftime("%d.%m.%Y %H:%M")
        lines.append(wording.valid_until.format(expires=expires))
    return CustomerMessage(wording.subject.format(reference=reference), "\n".join(lines))
