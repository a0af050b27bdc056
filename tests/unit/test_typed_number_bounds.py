"""Typed amounts, quantities and VAT rates are bounded before any arithmetic: a wall of
digits or an exponent is refused with a plain message, quickly, and never leaks a bare
ValueError (Python refuses int() of more than 4,300 digits)."""

from __future__ import annotations

import time
from collections.abc import Callable
from decimal import Decimal
from functools import partial

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.money import (
    MAX_AMOUNT_TEXT,
    MAX_DINTERO_AMOUNT,
    AmountError,
    check_dintero_amount,
    format_amount,
    format_plain,
    parse_amount,
    to_decimal,
)
from app.core.vat import (
    MAX_QUANTITY,
    OrderLine,
    OrderLineError,
    parse_quantity,
    parse_vat_rate,
)

#: CPU seconds any single parse may take; the unbounded parser took over 30 s.
PARSE_BUDGET_S = 1.0


def _cpu_time(call: Callable[[], object]) -> float:
    start = time.process_time()
    _outcome(call)
    return time.process_time() - start


def _outcome(call: Callable[[], object]) -> tuple[object, str]:
    """What the call returned, or the message it refused with (one of the two)."""
    try:
        return call(), ""
    except (AmountError, OrderLineError) as error:
        return None, str(error)


def test_five_thousand_typed_digits_are_refused_in_words() -> None:
    with pytest.raises(AmountError, match="too long for an amount") as caught:
        parse_amount("9" * 5000, "NOK")
    assert len(str(caught.value)) < 80  # the message quotes the start, not all of it
    assert type(caught.value) is AmountError


def test_the_longest_accepted_text_still_parses_exactly() -> None:
    text = "1" * (MAX_AMOUNT_TEXT - 3) + ",50"
    assert len(text) == MAX_AMOUNT_TEXT
    assert parse_amount(text, "NOK") == int("1" * (MAX_AMOUNT_TEXT - 3)) * 100 + 50


def test_huge_amounts_format_instead_of_leaking_value_error() -> None:
    minor = 10**5000 + 7
    text = format_amount(minor, "NOK", symbol=False)
    assert text.endswith(",07")
    assert format_plain(minor, "NOK").endswith(",07")
    assert to_decimal(minor, "NOK").as_tuple().digits[-1] == 7


def test_check_dintero_amount_refuses_zero_and_above_int32() -> None:
    check_dintero_amount(1, "NOK")
    check_dintero_amount(MAX_DINTERO_AMOUNT, "NOK")
    with pytest.raises(AmountError) as zero:
        check_dintero_amount(0, "NOK", "The total")
    assert _plain(zero.value) == "The total must be more than 0,00 kr"
    with pytest.raises(AmountError) as above:
        check_dintero_amount(MAX_DINTERO_AMOUNT + 1, "NOK")
    assert _plain(above.value) == (
        "The amount can be at most 21 474 836,47 kr at Dintero (this is 21 474 836,48 kr)"
    )


def _plain(error: BaseException) -> str:
    """The message with babel's no-break spaces shown as spaces."""
    return str(error).replace("\u00a0", " ").replace("\u202f", " ")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("1e999999", "Quantity must be a number such as 1 or 1,5"),
        ("1e100000000", "Quantity must be a number such as 1 or 1,5"),
        ("1e9", "Quantity must be a number such as 1 or 1,5"),
        ("Infinity", "Quantity must be a number such as 1 or 1,5"),
        ("NaN", "Quantity must be a number such as 1 or 1,5"),
        ("-1", "Quantity must be a number such as 1 or 1,5"),
        ("0", "Quantity must be more than 0"),
        ("0,000", "Quantity must be more than 0"),
        ("1000001", "Quantity can be at most 1 000 000"),
        ("1,2345", "Use at most 3 decimals for the quantity"),
        ("9" * 5000, "Quantity must be a number such as 1 or 1,5"),
        ("1,5,5", "Quantity must be a number such as 1 or 1,5"),
    ],
)
def test_quantities_that_are_refused(text: str, message: str) -> None:
    with pytest.raises(OrderLineError, match=message):
        parse_quantity(text)
    assert _cpu_time(lambda: parse_quantity(text)) < PARSE_BUDGET_S


@pytest.mark.parametrize(
    ("text", "value"),
    [("2", "2"), ("1,5", "1.5"), ("0.25", "0.25"), (" 1 000 ", "1000"), ("1000000", "1000000")],
)
def test_quantities_that_are_read(text: str, value: str) -> None:
    assert parse_quantity(text) == Decimal(value)


@pytest.mark.parametrize(
    ("text", "value"), [("25", "25"), ("12,5", "12.5"), ("15 %", "15"), ("0", "0"), ("100", "100")]
)
def test_vat_rates_that_are_read(text: str, value: str) -> None:
    assert parse_vat_rate(text) == Decimal(value)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("1e2", "VAT must be a percentage such as 25"),
        ("abc", "VAT must be a percentage such as 25"),
        ("101", "between 0 and 100"),
        ("12,345", "at most 2 decimals"),
        ("9" * 5000, "VAT must be a percentage such as 25"),
    ],
)
def test_vat_rates_that_are_refused(text: str, message: str) -> None:
    with pytest.raises(OrderLineError, match=message):
        parse_vat_rate(text)


def _line_amount(quantity: Decimal) -> int:
    return OrderLine("1", "Soap", quantity, 100, Decimal(25)).amount


def test_an_order_line_refuses_a_giant_quantity_before_multiplying() -> None:
    """Built directly (a template, a stored line), not only through the parser."""
    for quantity in (Decimal("1e100000000"), MAX_QUANTITY + 1):
        spent = _cpu_time(partial(_line_amount, quantity))
        assert spent < PARSE_BUDGET_S
        with pytest.raises(OrderLineError, match="at most 1 000 000"):
            OrderLine("1", "Soap", quantity, 100, Decimal(25))


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=300))
def test_any_text_is_read_or_refused_in_words_quickly(text: str) -> None:
    for parse in (
        lambda: parse_amount(text, "NOK"),
        lambda: parse_quantity(text),
        lambda: parse_vat_rate(text),
    ):
        start = time.process_time()
        value, message = _outcome(parse)
        assert time.process_time() - start < PARSE_BUDGET_S
        if message:
            assert len(message) < 120
        else:
            assert isinstance(value, int | Decimal)
            assert value >= 0


@settings(max_examples=200, deadline=None)
@given(digits=st.integers(min_value=1, max_value=20_000))
def test_any_number_of_typed_digits_is_read_or_refused(digits: int) -> None:
    text = "7" * digits
    for parse in (lambda: parse_amount(text, "NOK"), lambda: parse_quantity(text)):
        value, message = _outcome(parse)
        if message:
            assert "too long" in message or "at most" in message or "number" in message
        else:
            assert value == int(text) * 100 or value == Decimal(text)
