"""Phone numbers as people say and type them, normalized to E.164 for Dintero.

Dintero wants ``customer.phone_number`` as ``+4799999999``. Staff type what the
customer reads out: "99 99 99 99", "0047 999 99 999", "070-123 45 67". The
default region decides what a number without a country prefix means.
"""

from __future__ import annotations

import re

from app.core.errors import UserInputError
from app.core.i18n import translate

__all__ = [
    "PhoneError",
    "format_phone_display",
    "is_mobile_number",
    "normalize_phone",
    "phone_search_key",
]


class PhoneError(UserInputError):
    """Text that is not a usable phone number; ``str()`` is for staff."""


# Digits and the punctuation people put between them. Letters (vanity numbers) are refused.
_PHONE_CHARS = re.compile(r"^[0-9\s\u00a0\u202f()./+\-]+$")


def normalize_phone(text: str, default_region: str = "NO") -> str:
    """Return the number in E.164 form (``+4799999999``), or raise ``PhoneError``."""
    import phonenumbers  # its metadata loads only when a number is handled

    cleaned = text.strip() if isinstance(text, str) else ""
    if not cleaned:
        raise PhoneError(translate("Phone", "Enter a phone number"))
    if not _PHONE_CHARS.match(cleaned) or cleaned.count("+") > 1:
        raise PhoneError(
            translate(
                "Phone", '"{cleaned}" is not a phone number. Use digits, for example 99 99 99 99'
            ).format(cleaned=cleaned)
        )
    try:
        number = phonenumbers.parse(cleaned, default_region.upper())
    except phonenumbers.NumberParseException as error:
        raise PhoneError(
            translate("Phone", '"{cleaned}" is not a phone number').format(cleaned=cleaned)
        ) from error
    if not phonenumbers.is_valid_number(number):
        raise PhoneError(
            translate(
                "Phone",
                '"{cleaned}" is not a valid phone number. Check the digits, and start '
                "with + and the country code if it is foreign",
            ).format(cleaned=cleaned)
        )
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))


def phone_search_key(text: str, default_region: str = "NO") -> str:
    """The number to look a customer up by, in E.164, however it was written.

    Looser than ``normalize_phone``: a number only has to be possible (right length for
    its country), since a number Dintero or a colleague stored is looked up, not sent.
    """
    import phonenumbers

    cleaned = text.strip() if isinstance(text, str) else ""
    not_a_number = translate("Phone", '"{cleaned}" is not a phone number').format(cleaned=cleaned)
    if not cleaned or not _PHONE_CHARS.match(cleaned) or cleaned.count("+") > 1:
        raise PhoneError(not_a_number)
    try:
        number = phonenumbers.parse(cleaned, default_region.upper())
    except phonenumbers.NumberParseException as error:
        raise PhoneError(not_a_number) from error
    if not phonenumbers.is_possible_number(number):
        raise PhoneError(
            translate("Phone", '"{cleaned}" is not a phone number: check the digits').format(
                cleaned=cleaned
            )
        )
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))


def format_phone_display(e164: str) -> str:
    """International form for display (``+47 99 99 99 99``); unparsable text is returned as is."""
    import phonenumbers

    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL))


def is_mobile_number(e164: str) -> bool:
    """True when the number can receive SMS as far as the numbering plan tells."""
    import phonenumbers

    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.number_type(number) in (
        phonenumbers.PhoneNumberType.MOBILE,
        phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
    )
