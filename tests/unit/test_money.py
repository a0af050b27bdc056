"""Money: exponents, exact parsing of what staff type, exact formatting."""

from __future__ import annotations

from decimal import Decimal, localcontext

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.money import (
    SUPPORTED_CURRENCIES,
    AmountError,
    UnknownCurrency,
    currency_exponent,
    format_amount,
    format_plain,
    normalize_currency,
    parse_amount,
    to_decimal,
    to_minor,
)

LOCALES = ("nb_NO", "sv_SE", "da_DK", "en_GB")
NBSP, NNBSP = "\u00a0", "\u202f"


@pytest.mark.parametrize("code", SUPPORTED_CURRENCIES)
def test_supported_currencies_have_two_decimals(code: str) -> None:
    assert currency_exponent(code) == 2


@pytest.mark.parametrize(("code", "exponent"), [("JPY", 0), ("ISK", 0), ("BHD", 3), ("nok", 2)])
def test_exponent_comes_from_iso_4217(code: str, exponent: int) -> None:
    assert currency_exponent(code) == exponent


@pytest.mark.parametrize("code", ["XQQ", "", "NO", "NOKK", "kr"])
def test_unknown_currency_is_refused(code: str) -> None:
    with pytest.raises(UnknownCurrency):
        currency_exponent(code)
    with pytest.raises(ValueError, match="Unknown currency"):
        normalize_currency(code)


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("1 299,90", "nb_NO", 129990),
        (f"1{NBSP}299,90", "nb_NO", 129990),
        (f"1{NNBSP}299,90", "nb_NO", 129990),
        ("1299.90", "nb_NO", 129990),
        ("1299,9", "nb_NO", 129990),
        ("1.299,90", "nb_NO", 129990),
        ("1,299.90", "nb_NO", 129990),
        ("1,299.90", "en_GB", 129990),
        ("299", "nb_NO", 29900),
        ("299,-", "nb_NO", 29900),
        ("299.-", "nb_NO", 29900),
        ("kr 299", "nb_NO", 29900),
        ("kr 1 299,-", "nb_NO", 129900),
        ("299 kr", "nb_NO", 29900),
        ("NOK 299,50", "nb_NO", 29950),
        ("nok299", "nb_NO", 29900),
        ("  299  ", "nb_NO", 29900),
        ("+299", "nb_NO", 29900),
        ("0", "nb_NO", 0),
        (",50", "nb_NO", 50),
        ("1.299.000", "nb_NO", 129900000),
        ("1 299 000,05", "nb_NO", 129900005),
        ("1.299", "da_DK", 129900),  # "." groups thousands in Danish
        ("1,299", "en_GB", 129900),  # "," groups thousands in English
        ("1,5", "nb_NO", 150),
        ("1.5", "en_GB", 150),
    ],
)
def test_parse_accepts_what_staff_type(text: str, locale: str, expected: int) -> None:
    assert parse_amount(text, "NOK", locale) == expected


@pytest.mark.parametrize(
    ("text", "currency", "locale", "expected"),
    [
        ("299:-", "SEK", "sv_SE", 29900),
        ("1 299,90 kr", "SEK", "sv_SE", 129990),
        ("kr. 1.299,50", "DKK", "da_DK", 129950),
        ("1.299,50 kr.", "DKK", "da_DK", 129950),
        ("€12.5", "EUR", "nb_NO", 1250),
        ("12,50 €", "EUR", "nb_NO", 1250),
        ("US$5", "USD", "en_GB", 500),
        ("£5.99", "GBP", "en_GB", 599),
        ("1 299", "JPY", "nb_NO", 1299),
        ("1,234", "BHD", "nb_NO", 1234),
    ],
)
def test_parse_other_currencies(text: str, currency: str, locale: str, expected: int) -> None:
    assert parse_amount(text, currency, locale) == expected


@pytest.mark.parametrize(
    ("text", "locale", "message"),
    [
        ("", "nb_NO", "Enter an amount"),
        ("   ", "nb_NO", "Enter an amount"),
        ("kr", "nb_NO", "Enter an amount"),
        ("-5", "nb_NO", "Amount cannot be negative"),
        ("\u22125", "nb_NO", "Amount cannot be negative"),
        ("kr -299", "nb_NO", "Amount cannot be negative"),
        ("299-", "nb_NO", "Amount cannot be negative"),
        ("(299)", "nb_NO", "Amount cannot be negative"),
        ("abc", "nb_NO", '"abc" is not an amount. Type digits, for example 1299,90'),
        ("12a", "nb_NO", '"12a" is not an amount. Type digits, for example 1299,90'),
        ("1e5", "nb_NO", '"1e5" is not an amount. Type digits, for example 1299,90'),
        ("nan", "en_GB", '"nan" is not an amount. Type digits, for example 1299.90'),
        (",", "nb_NO", '"," is not an amount. Type digits, for example 1299,90'),
        (
            "1.299",
            "nb_NO",
            '"1.299" is unclear. Type 1299 without the ".", or use "," for decimals',
        ),
        ("1 299.000", "nb_NO", '"1 299.000" is unclear. Type 1299000 without the ".", or use'),
        ("1,299", "nb_NO", "Use at most 2 decimals for NOK"),
        ("10,999", "sv_SE", "Use at most 2 decimals for NOK"),
        ("1.299", "en_GB", "Use at most 2 decimals for NOK"),
        ("0,001", "nb_NO", "Use at most 2 decimals for NOK"),
        ("12 34", "nb_NO", 'Check the thousands separators in "12 34"'),
        ("1.2.3", "nb_NO", 'Check the thousands separators in "1.2.3"'),
        ("1299 000", "nb_NO", 'Check the thousands separators in "1299 000"'),
        ("1,2,3.5", "en_GB", 'Check the thousands separators in "1,2,3.5"'),
        ("1,299.90.5", "nb_NO", 'Use only one decimal separator in "1,299.90.5"'),
        ("1,2 3", "nb_NO", '"1,2 3" is not an amount'),
        ("SEK 299", "nb_NO", "This amount is in SEK, but the currency here is NOK"),
        ("299 EUR", "nb_NO", "This amount is in EUR, but the currency here is NOK"),
    ],
)
def test_parse_refuses_with_plain_messages(text: str, locale: str, message: str) -> None:
    with pytest.raises(AmountError) as caught:
        parse_amount(text, "NOK", locale)
    assert str(caught.value).startswith(message)


def test_whole_currencies_refuse_decimals() -> None:
    with pytest.raises(AmountError, match="JPY has no decimals: enter a whole amount"):
        parse_amount("12,5", "JPY", "nb_NO")


def test_three_decimal_currency_message() -> None:
    with pytest.raises(AmountError, match="Use at most 3 decimals for BHD"):
        parse_amount("1,2345", "BHD", "nb_NO")


def test_format_examples() -> None:
    assert format_amount(129990, "NOK") == f"1{NBSP}299,90{NBSP}kr"
    assert format_amount(129990, "NOK", "en_GB") == f"NOK{NBSP}1,299.90"
    assert format_amount(-500, "SEK", "sv_SE") == f"-5,00{NBSP}kr"
    assert format_amount(129990, "NOK", symbol=False) == f"1{NBSP}299,90"
    assert format_amount(1299, "JPY", "en_GB", symbol=False) == "1,299"
    assert format_plain(129990, "NOK") == "1299,90"
    assert format_plain(129990, "NOK", "en_GB") == "1299.90"
    assert format_plain(-5, "DKK", "da_DK") == "-0,05"


def test_to_decimal_and_to_minor() -> None:
    assert to_decimal(29990, "NOK") == Decimal("299.90")
    assert str(to_decimal(29990, "NOK")) == "299.90"
    assert to_decimal(-1, "NOK") == Decimal("-0.01")
    assert to_decimal(1299, "JPY") == Decimal(1299)
    assert to_minor(Decimal("299.9"), "NOK") == 29990
    assert to_minor(Decimal("299.900"), "NOK") == 29990  # same value, just written longer
    assert to_minor(Decimal("-0.01"), "NOK") == -1
    assert to_minor(Decimal("1E+3"), "NOK") == 100000
    with pytest.raises(AmountError, match="Use at most 2 decimals for NOK"):
        to_minor(Decimal("0.001"), "NOK")
    with pytest.raises(TypeError):
        to_minor(1.5, "NOK")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        to_decimal(1.5, "NOK")  # type: ignore[arg-type]


# --- properties ---------------------------------------------------------------------------

currencies = st.sampled_from((*SUPPORTED_CURRENCIES, "JPY", "ISK", "BHD"))
locales = st.sampled_from(LOCALES)
amounts = st.integers(min_value=0, max_value=10**40)


@settings(max_examples=300, deadline=None)
@given(minor=amounts, currency=currencies, locale=locales, symbol=st.booleans())
def test_format_then_parse_round_trips(
    minor: int, currency: str, locale: str, symbol: bool
) -> None:
    text = format_amount(minor, currency, locale, symbol=symbol)
    assert parse_amount(text, currency, locale) == minor


@settings(max_examples=200, deadline=None)
@given(minor=amounts, currency=currencies, locale=locales)
def test_plain_then_parse_round_trips(minor: int, currency: str, locale: str) -> None:
    assert parse_amount(format_plain(minor, currency, locale), currency, locale) == minor


@settings(max_examples=200, deadline=None)
@given(minor=st.integers(min_value=-(10**40), max_value=10**40), currency=currencies)
def test_decimal_round_trip_is_exact(minor: int, currency: str) -> None:
    value = to_decimal(minor, currency)
    assert to_minor(value, currency) == minor
    with localcontext() as context:
        context.prec = 100  # the check itself must not round
        assert value * 10 ** currency_exponent(currency) == minor


@settings(max_examples=200, deadline=None)
@given(
    whole=st.integers(min_value=0, max_value=10**60),
    cents=st.integers(min_value=0, max_value=99),
)
def test_parse_is_exact_on_huge_values(whole: int, cents: int) -> None:
    text = f"{whole},{cents:02d}"
    assert parse_amount(text, "NOK", "nb_NO") == whole * 100 + cents


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=20), currency=currencies, locale=locales)
def test_parse_either_succeeds_or_explains(text: str, currency: str, locale: str) -> None:
    try:
        minor = parse_amount(text, currency, locale)
    except AmountError as error:
        message = str(error)
        assert message, "every refusal explains itself"
    else:
        assert minor >= 0
