"""The e-mail that carries a payment link (or a receipt) to the customer.

Dintero has no e-mail channel, so the desk opens the computer's own mail program with a
``mailto:`` address: the message is written by staff's mail program, from their address,
and they see it before it goes. The words are in the *link's* language — the customer's,
not the desk's: the language the link was made in (``app.desk.customer_texts``: the
form's choice or the phone's country), else its currency's (NOK Norwegian, SEK Swedish,
DKK Danish, anything else English). The amount is written as that language writes it.

Every part of the address is percent-encoded as RFC 6068 asks (spaces as ``%20``, line
breaks as ``%0D%0A``, ``&``, ``?``, ``#`` and ``+`` escaped), so a reference or shop name
cannot end the subject early or add a header.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

from app.core.desk_locale import supported_locale
from app.core.money import format_amount

__all__ = ["MailText", "link_language", "link_mail", "mailto_url", "receipt_mail"]

#: The language of a link, by its currency.
_LANGUAGES = {"NOK": "nb", "SEK": "sv", "DKK": "da"}

_LINK_SUBJECT = {
    "nb": "Betalingslenke for ordre {ref}",
    "sv": "Betalningslänk för order {ref}",
    "da": "Betalingslink til ordre {ref}",
    "en": "Payment link for order {ref}",
}
_LINK_BODY = {
    "nb": "Hei,\n\nHer er lenken for å betale ordre {ref} på {amount}:\n{url}\n\n"
    "Lenken gjelder til {expires}.\n\nVennlig hilsen\n{shop}",
    "sv": "Hej,\n\nHär är länken för att betala order {ref} på {amount}:\n{url}\n\n"
    "Länken gäller till {expires}.\n\nVänliga hälsningar\n{shop}",
    "da": "Hej,\n\nHer er linket til at betale ordre {ref} på {amount}:\n{url}\n\n"
    "Linket gælder til {expires}.\n\nVenlig hilsen\n{shop}",
    "en": "Hello,\n\nHere is the link to pay order {ref} of {amount}:\n{url}\n\n"
    "The link is valid until {expires}.\n\nKind regards\n{shop}",
}
_RECEIPT_SUBJECT = {
    "nb": "Kvittering for ordre {ref}",
    "sv": "Kvitto för order {ref}",
    "da": "Kvittering for ordre {ref}",
    "en": "Receipt for order {ref}",
}
_RECEIPT_BODY = {
    "nb": "Hei,\n\nTakk for betalingen av ordre {ref} på {amount}. Kvitteringen ligger "
    "vedlagt.\n\nVennlig hilsen\n{shop}",
    "sv": "Hej,\n\nTack för betalningen av order {ref} på {amount}. Kvittot finns "
    "bifogat.\n\nVänliga hälsningar\n{shop}",
    "da": "Hej,\n\nTak for betalingen af ordre {ref} på {amount}. Kvitteringen er "
    "vedhæftet.\n\nVenlig hilsen\n{shop}",
    "en": "Hello,\n\nThank you for paying order {ref} of {amount}. The receipt is "
    "attached.\n\nKind regards\n{shop}",
}


@dataclass(frozen=True)
class MailText:
    """An e-mail to open in the mail program: to whom, subject and body."""

    to: str
    subject: str
    body: str


def link_language(currency: str) -> str:
    """The language the customer reads the link in: ``nb``, ``sv``, ``da`` or ``en``."""
    return _LANGUAGES.get(currency.upper(), "en")


def link_mail(
    *,
    to: str | None,
    reference: str,
    amount: int,
    currency: str,
    url: str,
    expires: str,
    shop: str,
    language: str | None = None,
) -> MailText:
    """The e-mail with a payment link, in ``language`` (None: the currency's)."""
    language = language if language in _LINK_SUBJECT else link_language(currency)
    values = {
        "ref": reference,
        "amount": format_amount(amount, currency, supported_locale(language)),
        "url": url,
        "expires": expires,
        "shop": shop,
    }
    return MailText(
        to or "",
        _LINK_SUBJECT[language].format(**values),
        _LINK_BODY[language].format(**values).rstrip(),
    )


def receipt_mail(
    *,
    to: str | None,
    reference: str,
    amount: int,
    currency: str,
    shop: str,
    language: str | None = None,
) -> MailText:
    """The e-mail a receipt goes with (staff attach the saved PDF), in ``language``
    (None: the currency's)."""
    language = language if language in _RECEIPT_SUBJECT else link_language(currency)
    values = {
        "ref": reference,
        "amount": format_amount(amount, currency, supported_locale(language)),
        "shop": shop,
    }
    return MailText(
        to or "",
        _RECEIPT_SUBJECT[language].format(**values),
        _RECEIPT_BODY[language].format(**values).rstrip(),
    )


def mailto_url(mail: MailText) -> str:
    """``mailto:to?subject=…&body=…``, every part percent-encoded (RFC 6068)."""
    address = quote(mail.to.strip(), safe="@")
    body = mail.body.replace("\r\n", "\n").replace("\n", "\r\n")
    return f"mailto:{address}?subject={quote(mail.subject, safe='')}&body={quote(body, safe='')}"
