"""Money in each language the desk speaks, for each currency it offers: written the way
that language writes the currency, and read back from what its speakers type."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core import desk_locale
from app.core.desk_locale import SUPPORTED_LOCALES, os_locale, supported_locale
from app.core.money import (
    MAX_DINTERO_AMOUNT,
    SUPPORTED_CURRENCIES,
    AmountError,
    format_amount,
    format_plain,
    parse_amount,
)
from app.desk.wording import money, money_cell

NBSP = "\u00a0"
dintero_amounts = st.integers(min_value=0, max_value=MAX_DINTERO_AMOUNT)
locales = st.sampled_from(SUPPORTED_LOCALES)
currencies = st.sampled_from(SUPPORTED_CURRENCIES)


@pytest.mark.parametrize(
    ("currency", "locale", "shown"),
    [
        ("NOK", "nb_NO", f"1{NBSP}299,90{NBSP}kr"),
        ("SEK", "sv_SE", f"1{NBSP}299,90{NBSP}kr"),
        ("DKK", "da_DK", f"1.299,90{NBSP}kr."),
        ("EUR", "nb_NO", f"1{NBSP}299,90{NBSP}€"),
        ("EUR", "sv_SE", f"1{NBSP}299,90{NBSP}€"),
        ("EUR", "da_DK", f"1.299,90{NBSP}€"),
        ("EUR", "en", "€1,299.90"),
        # A foreign crown keeps a name of its own, so it is never read as the local one.
        ("DKK", "nb_NO", f"1{NBSP}299,90{NBSP}DKK"),
        ("NOK", "da_DK", f"1.299,90{NBSP}NOK"),
        ("SEK", "nb_NO", f"1{NBSP}299,90{NBSP}SEK"),
        # English writes the code before the number, apart from it.
        ("NOK", "en", f"NOK{NBSP}1,299.90"),
        ("DKK", "en", f"DKK{NBSP}1,299.90"),
    ],
)
def test_each_language_writes_each_currency_its_own_way(
    currency: str, locale: str, shown: str
) -> None:
    assert format_amount(129990, currency, locale) == shown
    assert parse_amount(shown, currency, locale) == 129990


@pytest.mark.parametrize(
    ("text", "currency", "locale", "minor"),
    [
        # "." groups thousands in Danish kroner, on a desk in any Nordic language.
        ("1.299", "DKK", "da_DK", 129900),
        ("1.299", "DKK", "nb_NO", 129900),
        ("1.299", "DKK", "sv_SE", 129900),
        ("kr. 1.299,50", "DKK", "da_DK", 129950),
        ("1.299,50 kr.", "DKK", "nb_NO", 129950),
        ("12.500.000", "DKK", "nb_NO", 1250000000),
        ("1.299", "NOK", "da_DK", 129900),  # the Danish desk's own thousands mark
        ("1 299,90", "NOK", "nb_NO", 129990),
        ("1 299,90 kr", "SEK", "sv_SE", 129990),
        ("299:-", "SEK", "sv_SE", 29900),
        ("1,299", "NOK", "en", 129900),  # "," groups thousands in English
        ("1,299.90", "NOK", "en", 129990),
        ("NOK 1,299.90", "NOK", "en", 129990),
        ("1 299,90", "NOK", "en", 129990),  # a comma with two digits after is decimal
        ("1,5", "DKK", "da_DK", 150),
        ("1.5", "EUR", "en", 150),
        ("12,50 €", "EUR", "da_DK", 1250),
    ],
)
def test_what_staff_type_in_each_language(
    text: str, currency: str, locale: str, minor: int
) -> None:
    assert parse_amount(text, currency, locale) == minor


@pytest.mark.parametrize(
    ("text", "currency", "locale", "message"),
    [
        # Norwegian and Swedish crowns do not group with ".": a price of 1.299 or 1299?
        ("1.299", "NOK", "nb_NO", '"1.299" is unclear. Type 1299 without the ".", or use ","'),
        ("1.299", "SEK", "sv_SE", '"1.299" is unclear. Type 1299 without the ".", or use ","'),
        ("1.299", "EUR", "nb_NO", '"1.299" is unclear. Type 1299 without the "."'),
        # In English "." is the decimal point: three decimals are too many.
        ("1.299", "DKK", "en", "Use at most 2 decimals for DKK"),
        ("1,299", "DKK", "da_DK", "Use at most 2 decimals for DKK"),
        ("299 NOK", "DKK", "da_DK", "This amount is in NOK, but the currency here is DKK"),
    ],
)
def test_ambiguous_or_wrong_input_is_refused_with_a_message(
    text: str, currency: str, locale: str, message: str
) -> None:
    with pytest.raises(AmountError) as caught:
        parse_amount(text, currency, locale)
    assert str(caught.value).startswith(message)


@settings(max_examples=400, deadline=None)
@given(minor=dintero_amounts, currency=currencies, locale=locales, symbol=st.booleans())
def test_shown_amounts_read_back_exactly_in_every_language(
    minor: int, currency: str, locale: str, symbol: bool
) -> None:
    shown = format_amount(minor, currency, locale, symbol=symbol)
    assert parse_amount(shown, currency, locale) == minor


@settings(max_examples=300, deadline=None)
@given(minor=dintero_amounts, currency=currencies, locale=locales)
def test_field_text_reads_back_exactly_in_every_language(
    minor: int, currency: str, locale: str
) -> None:
    assert parse_amount(format_plain(minor, currency, locale), currency, locale) == minor


@st.composite
def typed_by_hand(draw: st.DrawFn) -> tuple[str, int, str, str]:
    """An amount as a person types it: the language's decimal mark, thousands grouped with
    a plain space or the language's mark or not at all, the currency's code around it."""
    minor = draw(dintero_amounts)
    currency = draw(currencies)
    locale = draw(locales)
    decimal_mark = "." if locale == "en" else ","
    whole, cents = divmod(minor, 100)
    digits = str(whole)
    groups = [digits[max(0, end - 3) : end] for end in range(len(digits), 0, -3)][::-1]
    own_mark = {"en": ",", "da_DK": "."}.get(locale, " ")
    grouping = draw(st.sampled_from(["", " ", own_mark]))
    text = grouping.join(groups)
    if cents or draw(st.booleans()):
        text += f"{decimal_mark}{cents:02d}"
    if cents % 10 == 0 and cents and draw(st.booleans()):
        text = text[:-1]  # "1299,9"
    code = draw(st.sampled_from(["", f"{currency} ", f" {currency}", f"{currency.lower()}"]))
    text = code + text if code.endswith(" ") or code.islower() else text + code
    return text, minor, currency, locale


@settings(max_examples=400, deadline=None)
@given(typed=typed_by_hand())
def test_amounts_typed_by_hand_are_read_exactly_in_every_language(
    typed: tuple[str, int, str, str],
) -> None:
    text, minor, currency, locale = typed
    assert parse_amount(text, currency, locale) == minor


@pytest.mark.parametrize(
    ("name", "locale"),
    [
        ("nb_NO.UTF-8", "nb_NO"),
        ("nn-NO", "nb_NO"),
        ("no", "nb_NO"),
        ("sv_FI", "sv_SE"),
        ("da", "da_DK"),
        ("Danish_Denmark", "da_DK"),
        ("en_GB", "en"),
        ("de_DE", "en"),
        ("", "en"),
        (None, "en"),
    ],
)
def test_a_language_name_maps_to_a_supported_locale(name: str | None, locale: str) -> None:
    assert supported_locale(name) == locale


def test_the_desk_starts_in_the_systems_language(monkeypatch: pytest.MonkeyPatch) -> None:
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "sv_SE.UTF-8")
    assert os_locale() == "sv_SE"
    monkeypatch.setenv("LANGUAGE", "da:en")
    assert os_locale() == "da_DK"
    assert desk_locale.set_current_locale(None) == "da_DK"
    assert desk_locale.current_locale() == "da_DK"


def test_the_desks_words_follow_its_language() -> None:
    assert money(129990, "DKK") == f"1{NBSP}299,90{NBSP}DKK"
    desk_locale.set_current_locale("da_DK")
    assert money(129990, "DKK") == f"1.299,90{NBSP}kr."
    assert money_cell(129990, "DKK") == "1.299,90"
    assert parse_amount("1.299", "NOK") == 129900
    desk_locale.set_current_locale("en")
    assert money(129990, "NOK") == f"NOK{NBSP}1,299.90"
    assert format_plain(129990, "NOK") == "1299.90"
