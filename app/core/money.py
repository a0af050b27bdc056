"""Money as integer minor units, parsed and formatted exactly with Decimal.

Dintero takes every amount as an integer in the currency's smallest unit
(299.90 NOK is ``29990``). Floats never touch money here: text becomes a
``Decimal`` and then an ``int``, and back.

How typed text is read (``parse_amount``)
-----------------------------------------
Staff type amounts the way they write them on paper, so the parser accepts:

* spaces (also no-break and narrow no-break spaces) and apostrophes as
  thousands separators, in groups of three digits: ``"1 299,90"``;
* a currency code or symbol before or after the number: ``"kr 299"``,
  ``"299 NOK"``, ``"€12.50"``; a code of another currency is refused;
* the whole-amount endings ``",-"``, ``".-"`` and ``":-"``: ``"299,-"``.

Which of ``.`` and ``,`` is the decimal separator:

1. Both appear: the last one is the decimal separator and the other one
   groups thousands (``"1.299,90"``, ``"1,299.90"``).
2. One of them appears several times: it groups thousands (``"1.299.000"``).
3. One of them appears once:

   * it is the locale's decimal symbol: it is the decimal separator
     (``"1,5"`` in nb_NO is one and a half, ``"1,299"`` in nb_NO has three
     decimals and is refused as too precise for NOK);
   * otherwise, when exactly three digits follow it and the digits before it
     could be a thousands group, it is the locale's thousands symbol
     (``"1.299"`` in da_DK, ``"1,299"`` in en_GB) or the thousands symbol of the
     currency's home (``"1.299"`` DKK in nb_NO: Danes write kroner that way), or else
     ambiguous and refused with a question back to the user (``"1.299"`` NOK in nb_NO);
   * otherwise it is the decimal separator (``"1299.90"`` in nb_NO).

Refused, with a message a shop assistant understands (``AmountError``):
empty text, negative amounts, anything that is not a number, more decimals
than the currency has (counted as typed: "1,290" is three decimals), and the
ambiguous case above, and text longer than ``MAX_AMOUNT_TEXT`` characters (refused
before any digit is read, so a pasted wall of digits costs nothing). Zero is
accepted and there is no upper bound: whether an amount may be sent (more than 0, at
most ``MAX_DINTERO_AMOUNT``) is the caller's rule, checked with
``check_dintero_amount``.
"""

from __future__ import annotations

import re
from decimal import Decimal, localcontext
from functools import lru_cache

from babel import Locale
from babel.numbers import (
    format_currency,
    format_decimal,
    get_currency_precision,
    get_currency_symbol,
    list_currencies,
)

from app.core.desk_locale import current_locale
from app.core.errors import UserInputError
from app.core.i18n import translate

__all__ = [
    "MAX_AMOUNT_TEXT",
    "MAX_DINTERO_AMOUNT",
    "SUPPORTED_CURRENCIES",
    "AmountError",
    "UnknownCurrency",
    "check_dintero_amount",
    "currency_exponent",
    "format_amount",
    "format_plain",
    "normalize_currency",
    "parse_amount",
    "to_decimal",
    "to_minor",
]


class UnknownCurrency(UserInputError):
    """A currency code that ISO 4217 (as known to babel) does not have."""


class AmountError(UserInputError):
    """Typed text that is not a usable amount; ``str()`` is for the shop assistant."""


#: Currencies Paydesk offers in its forms. Any ISO 4217 code still works in the functions.
SUPPORTED_CURRENCIES: tuple[str, ...] = ("NOK", "SEK", "DKK", "EUR", "USD", "GBP")

#: Dintero amounts are int32; callers that send money should check against this.
MAX_DINTERO_AMOUNT = 2**31 - 1

#: Longest text ``parse_amount`` reads. Far above any real amount with spaces and a
#: currency sign, far below what makes int() or babel slow or refuse.
MAX_AMOUNT_TEXT = 100

#: Where each crown is at home. Its home's thousands mark groups digits of an amount in
#: that currency whatever the desk's language, unless it is that language's decimal mark:
#: "1.299" typed for DKK is 1299 kroner on a Norwegian desk too.
_HOME_LOCALES = {"NOK": "nb_NO", "SEK": "sv_SE", "DKK": "da_DK"}
#: A letter of a currency code or name next to a digit: CLDR separates them with a
#: no-break space ("NOK 1,299.90"), which babel leaves to the caller.
_CODE_THEN_DIGIT = re.compile(r"([^\W\d_])(?=\d)")
_DIGIT_THEN_CODE = re.compile(r"(\d)(?=[^\W\d_])")

#: How much of the typed text a message quotes back (the rest is "…").
_QUOTE_LENGTH = 24

_SPACES = re.compile(r"[\s\u00a0\u2007\u2009\u202f]+")
_GROUP_MARKS = frozenset(" '\u2019")
_MINUS_SIGNS = "-\u2212\u2013\u2014"
_WHOLE_SUFFIX = re.compile(r"[.,:][-\u2212\u2013\u2014]$")
_NUMBER_CHARS = re.compile(r"^[0-9.,' \u2019]+$")
_NOT_IN_TOKEN = r"[^\d\s.,:+()'\u2019" + re.escape(_MINUS_SIGNS) + "]+"
_LEADING_TOKEN = re.compile(r"^(" + _NOT_IN_TOKEN + r")\.?")
_TRAILING_TOKEN = re.compile(r"(" + _NOT_IN_TOKEN + r")\.?$")
# Local names for crowns that babel does not list as a symbol in every locale.
_EXTRA_SYMBOLS: dict[str, frozenset[str]] = {
    "NOK": frozenset({"kr", "nkr"}),
    "SEK": frozenset({"kr", "skr"}),
    "DKK": frozenset({"kr", "dkr"}),
    "ISK": frozenset({"kr", "ikr"}),
    "EUR": frozenset({"€", "eur"}),
    "USD": frozenset({"$", "us$", "usd"}),
    "GBP": frozenset({"£", "gbp"}),
}


@lru_cache(maxsize=1)
def _known_currencies() -> frozenset[str]:
    return frozenset(list_currencies())


@lru_cache(maxsize=64)
def _locale(name: str) -> Locale:
    return Locale.parse(name.replace("-", "_"))


def normalize_currency(code: str) -> str:
    """Return the upper-case ISO 4217 code, or raise ``UnknownCurrency``."""
    normalized = code.strip().upper() if isinstance(code, str) else ""
    if len(normalized) != 3 or normalized not in _known_currencies():
        raise UnknownCurrency(f"Unknown currency {code!r}: use a three-letter ISO code like NOK")
    return normalized


def currency_exponent(code: str) -> int:
    """Digits after the decimal point in the currency's minor unit (NOK 2, JPY 0)."""
    return int(get_currency_precision(normalize_currency(code)))


def to_decimal(minor: int, currency: str) -> Decimal:
    """The exact major-unit value of ``minor`` (29990 NOK → Decimal('299.90'))."""
    exponent = currency_exponent(currency)
    if isinstance(minor, bool) or not isinstance(minor, int):
        raise TypeError(f"minor units must be int, not {type(minor).__name__}")
    sign = 1 if minor < 0 else 0
    # Decimal(int) reads the integer directly: str() refuses more than 4,300 digits.
    digits = Decimal(abs(minor)).as_tuple().digits
    return Decimal((sign, digits, -exponent))


def to_minor(value: Decimal, currency: str) -> int:
    """The exact minor units of ``value``; raise ``AmountError`` if it has finer precision.

    Works on the digits themselves, so no Decimal context can round huge values.
    """
    exponent = currency_exponent(currency)
    if not isinstance(value, Decimal):
        raise TypeError(f"value must be Decimal, not {type(value).__name__}")
    if not value.is_finite():
        raise AmountError(_enter_an_amount())
    sign, digits, value_exponent = value.as_tuple()
    assert isinstance(value_exponent, int)  # finite Decimals have an int exponent
    number = int("".join(map(str, digits)) or "0")
    shift = value_exponent + exponent
    if shift >= 0:
        number *= int(10**shift)
    else:
        number, remainder = divmod(number, int(10**-shift))
        if remainder:
            raise AmountError(_too_precise_message(currency, exponent))
    return -number if sign else number


def format_amount(
    minor: int, currency: str, locale: str | None = None, *, symbol: bool = True
) -> str:
    """Display text for an amount as the desk's language writes that currency.

    Norwegian NOK ``1 299,90 kr``, Swedish SEK ``1 299,90 kr``, Danish DKK
    ``1.299,90 kr.``; a foreign crown keeps its code so the two cannot be mixed up
    (Norwegian DKK ``1 299,90 DKK``); English ``NOK 1,299.90``. ``locale`` defaults to
    ``current_locale()``. With ``symbol=False`` the number keeps the locale's grouping
    but has no currency sign, for table cells whose column names the currency.
    """
    currency = normalize_currency(currency)
    value = to_decimal(minor, currency)
    loc = _locale(locale or current_locale())
    # babel quantizes in the current context: give it room for every digit.
    with localcontext() as context:
        context.prec = max(context.prec, len(value.as_tuple().digits) + 4)
        if symbol:
            text = str(format_currency(value, currency, locale=loc, currency_digits=True))
            text = _CODE_THEN_DIGIT.sub("\\1\u00a0", text)
            return _DIGIT_THEN_CODE.sub("\\1\u00a0", text)
        exponent = currency_exponent(currency)
        pattern = "#,##0" + ("." + "0" * exponent if exponent else "")
        return str(format_decimal(value, format=pattern, locale=loc))


def format_plain(minor: int, currency: str, locale: str | None = None) -> str:
    """Text for an editable field: no symbol, no grouping ("1299,90")."""
    text = str(to_decimal(minor, currency))
    decimal_symbol = _locale(locale or current_locale()).number_symbols["latn"]["decimal"]
    return text.replace(".", decimal_symbol)


def check_dintero_amount(minor: int, currency: str, what: str | None = None) -> None:
    """Raise ``AmountError`` unless Dintero takes ``minor``: more than 0, at most int32.

    ``what`` names the amount in the desk's language ("The total"; "The amount" if None)."""
    what = what or translate("Money", "The amount")
    if minor <= 0:
        raise AmountError(
            translate("Money", "{what} must be more than {zero}").format(
                what=what, zero=format_amount(0, currency)
            )
        )
    if minor > MAX_DINTERO_AMOUNT:
        raise AmountError(
            translate(
                "Money", "{what} can be at most {maximum} at Dintero (this is {amount})"
            ).format(
                what=what,
                maximum=format_amount(MAX_DINTERO_AMOUNT, currency),
                amount=format_amount(minor, currency),
            )
        )


def parse_amount(text: str, currency: str, locale: str | None = None) -> int:
    """Read an amount typed by staff into exact minor units; see the module docs for rules.

    ``locale`` defaults to ``current_locale()``."""
    if isinstance(text, str) and len(text) > MAX_AMOUNT_TEXT:
        raise AmountError(
            translate("Money", '"{text}" is too long for an amount').format(text=_shown(text))
        )
    locale = locale or current_locale()
    currency = normalize_currency(currency)
    exponent = currency_exponent(currency)
    loc = _locale(locale)
    decimal_symbol = loc.number_symbols["latn"]["decimal"]
    group_symbols = _group_symbols(currency, loc)

    body = _strip_decorations(text, currency, loc)
    if not _NUMBER_CHARS.match(body) or not any(c.isdigit() for c in body):
        raise AmountError(_not_a_number_message(text, currency, locale))

    decimal_index = _decimal_separator_index(text, body, decimal_symbol, group_symbols)
    if decimal_index is None:
        whole, fraction = body, ""
    else:
        whole, fraction = body[:decimal_index], body[decimal_index + 1 :]
    if not fraction.isdigit() and fraction != "":
        raise AmountError(_not_a_number_message(text, currency, locale))

    digits = _ungroup(whole, text)
    if len(fraction) > exponent:
        raise AmountError(_too_precise_message(currency, exponent))
    scale = int(10**exponent)
    return int(digits or "0") * scale + int(fraction.ljust(exponent, "0") or "0")


def _strip_decorations(text: str, currency: str, loc: Locale) -> str:
    """Remove spaces at the ends, currency signs and whole-amount endings; refuse minus signs."""
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    body = _SPACES.sub(" ", text).strip()
    if not body:
        raise AmountError(_enter_an_amount())
    negative = False
    previous = None
    while body and body != previous:
        previous = body
        if body[0] in _MINUS_SIGNS or (body[0] == "(" and body[-1] == ")"):
            negative = True
            body = body[1:-1] if body[0] == "(" else body[1:]
        elif body[0] == "+":
            body = body[1:]
        elif _WHOLE_SUFFIX.search(body):
            body = body[:-2]
        elif body[-1] in _MINUS_SIGNS:
            negative = True
            body = body[:-1]
        else:
            body = _strip_currency_token(body, currency, loc)
        body = body.strip()
    if negative:
        raise AmountError(translate("Money", "Amount cannot be negative"))
    if not body:
        raise AmountError(_enter_an_amount())
    return body


def _strip_currency_token(body: str, currency: str, loc: Locale) -> str:
    for pattern, at_start in ((_LEADING_TOKEN, True), (_TRAILING_TOKEN, False)):
        match = pattern.search(body)
        if match is None:
            continue
        token = match.group(1).strip()
        if token.casefold() in _currency_names(currency, loc):
            return body[match.end() :] if at_start else body[: match.start()]
        if token.upper() in _known_currencies() and token.upper() != currency:
            raise AmountError(
                translate(
                    "Money", "This amount is in {typed}, but the currency here is {currency}"
                ).format(typed=token.upper(), currency=currency)
            )
    return body


@lru_cache(maxsize=256)
def _currency_names(currency: str, loc: Locale) -> frozenset[str]:
    names = {currency, get_currency_symbol(currency, loc), get_currency_symbol(currency, "en")}
    names |= _EXTRA_SYMBOLS.get(currency, frozenset())
    return frozenset(name.casefold().rstrip(".") for name in names)


@lru_cache(maxsize=256)
def _group_symbols(currency: str, loc: Locale) -> str:
    """The thousands marks an amount in ``currency`` may have here: the locale's, and the
    currency's home's unless that is the locale's decimal mark."""
    decimal_symbol = loc.number_symbols["latn"]["decimal"]
    marks = loc.number_symbols["latn"]["group"]
    home = _HOME_LOCALES.get(currency)
    if home is not None:
        home_group = _locale(home).number_symbols["latn"]["group"]
        if home_group != decimal_symbol and home_group not in marks:
            marks += home_group
    return str(marks)


def _decimal_separator_index(
    text: str, body: str, decimal_symbol: str, group_symbols: str
) -> int | None:
    """Index of the decimal separator in ``body`` (None when there is none)."""
    dots, commas = body.count("."), body.count(",")
    if dots and commas:
        last = max(body.rfind("."), body.rfind(","))
        separator = body[last]
        if body.count(separator) > 1:
            raise AmountError(
                translate("Money", 'Use only one decimal separator in "{text}"').format(
                    text=_shown(text)
                )
            )
        return last
    if not dots and not commas:
        return None
    separator = "." if dots else ","
    if body.count(separator) > 1:
        return None  # repeated: a thousands separator, checked by _ungroup
    index = body.index(separator)
    if separator == decimal_symbol:
        return index
    before, after = body[:index], body[index + 1 :]
    looks_grouped = len(after) == 3 and after.isdigit() and _is_grouping(before)
    if not looks_grouped:
        return index
    if separator in group_symbols:
        return None
    whole = _SPACES.sub("", before.replace("'", "").replace("\u2019", "")) + after
    raise AmountError(
        translate(
            "Money",
            '"{text}" is unclear. Type {whole} without the "{separator}", '
            'or use "{decimal}" for decimals',
        ).format(text=_shown(text), whole=whole, separator=separator, decimal=decimal_symbol)
    )


def _is_grouping(whole: str) -> bool:
    """True if ``whole`` could be the part of a number before a thousands separator."""
    groups = re.split(r"[ '\u2019]", whole)
    first, rest = groups[0], groups[1:]
    return (
        first.isdigit()
        and (len(first) <= 3 or not rest)
        and all(len(group) == 3 and group.isdigit() for group in rest)
    )


def _ungroup(whole: str, text: str) -> str:
    """Digits of the whole part, checking that every thousands group has three digits."""
    if whole == "":
        return ""
    groups = re.split(r"[ .,'\u2019]", whole)
    if len(groups) > 1 and not (
        groups[0].isdigit()
        and 1 <= len(groups[0]) <= 3
        and all(len(group) == 3 and group.isdigit() for group in groups[1:])
    ):
        raise AmountError(_check_the_groups(text))
    if not all(group.isdigit() for group in groups):
        raise AmountError(_check_the_groups(text))
    return "".join(groups)


def _enter_an_amount() -> str:
    return translate("Money", "Enter an amount")


def _check_the_groups(text: str) -> str:
    return translate("Money", 'Check the thousands separators in "{text}"').format(
        text=_shown(text)
    )


def _too_precise_message(currency: str, exponent: int) -> str:
    if exponent == 0:
        return translate("Money", "{currency} has no decimals: enter a whole amount").format(
            currency=currency
        )
    if exponent == 1:
        return translate("Money", "Use at most 1 decimal for {currency}").format(currency=currency)
    return translate("Money", "Use at most {count} decimals for {currency}").format(
        count=exponent, currency=currency
    )


def _not_a_number_message(text: str, currency: str, locale: str) -> str:
    exponent = currency_exponent(currency)
    example_minor = 129990 * 10 ** (exponent - 2) if exponent >= 2 else 1299 * 10**exponent
    example = format_plain(example_minor, currency, locale)
    return translate(
        "Money", '"{text}" is not an amount. Type digits, for example {example}'
    ).format(text=_shown(text), example=example)


def _shown(text: str) -> str:
    """The typed text for a message, cut short: a message must not grow with it."""
    shown = text.strip()
    if len(shown) > _QUOTE_LENGTH:
        shown = shown[: _QUOTE_LENGTH - 1] + "…"
    return shown
