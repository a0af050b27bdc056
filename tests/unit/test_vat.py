"""VAT from gross amounts, order lines, totals and the rounding line."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.vat import (
    DEFAULT_VAT_RATE,
    FALLBACK_VAT_RATE,
    ROUNDING_LINE_ID,
    OrderLine,
    OrderLineError,
    default_vat_rate,
    order_total,
    order_vat_total,
    round_half_up,
    rounding_line,
    vat_from_gross,
)


@pytest.mark.parametrize(
    ("gross", "rate", "vat"),
    [
        (12500, "25", 2500),  # 125.00 incl. 25 % → 25.00 VAT
        (999, "25", 200),  # 199.8 rounds up
        (1001, "25", 200),  # 200.2 rounds down
        (10, "25", 2),  # exactly 2
        (1050, "5", 50),  # exactly 50
        (21, "5", 1),  # exactly 1
        (1, "25", 0),  # 0.2 rounds down
        (3, "25", 1),  # 0.6 rounds up
        (0, "25", 0),
        (10000, "0", 0),
        (11200, "12", 1200),
        (10150, "15", 1324),  # 1323.913... → 1324
        (-999, "25", -200),  # refunds and discounts round symmetrically
    ],
)
def test_vat_from_gross_examples(gross: int, rate: str, vat: int) -> None:
    assert vat_from_gross(gross, Decimal(rate)) == vat


def test_vat_rounds_half_up() -> None:
    # 9 at 12.5 %: 9 × 12.5 / 112.5 = 1 exactly; 45 at 12.5 % is 5; 27 at 50 % is 9.
    assert vat_from_gross(9, Decimal("12.5")) == 1
    # 5 at 25 % is 1 exactly; 15 at 20 % is 2.5 → 3 (half up, not to even).
    assert vat_from_gross(15, Decimal("20")) == 3
    assert vat_from_gross(-15, Decimal("20")) == -3


@pytest.mark.parametrize(
    ("rate", "message"),
    [
        ("-1", "VAT rate must be between 0 and 100 %"),
        ("101", "VAT rate must be between 0 and 100 %"),
        ("12.345", "Use at most 2 decimals for the VAT rate"),
        ("NaN", "VAT rate must be a number such as 25"),
    ],
)
def test_bad_rates_are_refused(rate: str, message: str) -> None:
    with pytest.raises(OrderLineError, match=message):
        vat_from_gross(100, Decimal(rate))


def test_default_rates() -> None:
    for code in ("NO", "SE", "DK", "NOK", "SEK", "DKK", "nok"):
        assert default_vat_rate(code) == Decimal(25)
    assert default_vat_rate("XX") == FALLBACK_VAT_RATE
    assert DEFAULT_VAT_RATE["NOK"] == Decimal(25)
    with pytest.raises(TypeError):
        DEFAULT_VAT_RATE["NOK"] = Decimal(0)  # type: ignore[index]


def test_order_line_amounts() -> None:
    line = OrderLine("1", "Coffee beans", Decimal("1.5"), 999, Decimal(25), sku="BEANS-1")
    assert line.amount == 1499  # 1498.5 rounds half up
    assert line.vat_amount == vat_from_gross(1499, Decimal(25)) == 300
    assert 0 <= line.vat_amount <= abs(line.amount) or line.amount < 0
    assert OrderLine("2", "Mug", Decimal(3), 12900, Decimal(25)).amount == 38700
    assert OrderLine("3", "Mug", 2, 100, Decimal(25)).quantity == Decimal(2)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("kwargs", "message", "field"),
    [
        ({"quantity": Decimal(0)}, "Quantity must be more than 0", "quantity"),
        ({"quantity": Decimal(-1)}, "Quantity must be more than 0", "quantity"),
        ({"quantity": 1.5}, "Quantity must be a number such as 1 or 1.5", "quantity"),
        ({"quantity": Decimal("Infinity")}, "Quantity must be a number", "quantity"),
        ({"line_id": " "}, "Each line needs a line id", "line_id"),
        ({"description": ""}, "Each line needs a description", "description"),
        ({"unit_price": 12.5}, "Unit price must be a whole number of minor units", "price"),
        ({"unit_price": True}, "Unit price must be a whole number of minor units", "price"),
        ({"vat_rate": Decimal(120)}, "VAT rate must be between 0 and 100 %", "vat"),
    ],
)
def test_order_line_validation(kwargs: dict[str, object], message: str, field: str) -> None:
    """Each refusal names the field to change (the link form marks that one)."""
    fields: dict[str, object] = {
        "line_id": "1",
        "description": "Mug",
        "quantity": Decimal(1),
        "unit_price": 100,
        "vat_rate": Decimal(25),
    }
    fields.update(kwargs)
    with pytest.raises(OrderLineError, match=message) as refused:
        OrderLine(**fields)  # type: ignore[arg-type]
    assert refused.value.field == field


def test_rounding_line() -> None:
    assert rounding_line(1000, 1000) is None
    line = rounding_line(1000, 998)
    assert line is not None
    assert (line.line_id, line.sku, line.quantity, line.vat_rate) == (
        ROUNDING_LINE_ID,
        ROUNDING_LINE_ID,
        Decimal(1),
        Decimal(0),
    )
    assert line.amount == 2
    assert line.vat_amount == 0
    negative = rounding_line(1000, 1003)
    assert negative is not None
    assert negative.amount == -3


def test_order_totals() -> None:
    lines = [
        OrderLine("1", "Mug", Decimal(2), 12900, Decimal(25)),
        OrderLine("2", "Book", Decimal(1), 34900, Decimal(0)),
    ]
    assert order_total(lines) == 25800 + 34900
    assert order_total(lines, shipping=9900) == 25800 + 34900 + 9900
    assert order_total([]) == 0
    assert order_vat_total(lines) == 5160


# --- properties ---------------------------------------------------------------------------

rates = st.decimals(min_value=0, max_value=100, places=2, allow_nan=False, allow_infinity=False)
grosses = st.integers(min_value=0, max_value=10**15)
quantities = st.decimals(
    min_value=Decimal("0.001"), max_value=1000, places=3, allow_nan=False, allow_infinity=False
)
prices = st.integers(min_value=-(10**9), max_value=10**9)


@settings(max_examples=300, deadline=None)
@given(gross=grosses, rate=rates)
def test_vat_is_within_gross_and_matches_decimal(gross: int, rate: Decimal) -> None:
    vat = vat_from_gross(gross, rate)
    assert 0 <= vat <= gross
    exact = Decimal(gross) * rate / (100 + rate)
    assert vat == int(exact.quantize(Decimal(1), rounding=ROUND_HALF_UP))
    assert abs(Fraction(vat) - Fraction(gross) * Fraction(rate) / (100 + Fraction(rate))) <= 0.5


@settings(max_examples=200, deadline=None)
@given(gross=grosses, rate=rates)
def test_vat_is_monotonic_and_symmetric(gross: int, rate: Decimal) -> None:
    assert vat_from_gross(gross + 1, rate) >= vat_from_gross(gross, rate)
    assert vat_from_gross(-gross, rate) == -vat_from_gross(gross, rate)


@settings(max_examples=200, deadline=None)
@given(value=st.fractions(max_denominator=1000))
def test_round_half_up_is_nearest(value: Fraction) -> None:
    rounded = round_half_up(value)
    assert abs(rounded - value) <= Fraction(1, 2)
    if abs(rounded - value) == Fraction(1, 2):
        assert abs(rounded) > abs(value)  # halves go away from zero


line_data = st.tuples(quantities, prices, rates)


def _lines(data: list[tuple[Decimal, int, Decimal]]) -> list[OrderLine]:
    return [
        OrderLine(str(index), f"Item {index}", quantity, price, rate)
        for index, (quantity, price, rate) in enumerate(data)
    ]


@settings(max_examples=200, deadline=None)
@given(data=st.lists(line_data, max_size=8), target=st.integers(-(10**12), 10**12))
def test_rounding_line_makes_lines_sum_to_target(
    data: list[tuple[Decimal, int, Decimal]], target: int
) -> None:
    lines = _lines(data)
    total = order_total(lines)
    extra = rounding_line(target, total)
    all_lines = lines + ([extra] if extra is not None else [])
    assert order_total(all_lines) == target
    assert (extra is None) == (total == target)
    if extra is not None:
        assert extra.vat_amount == 0


@settings(max_examples=200, deadline=None)
@given(
    first=st.lists(line_data, max_size=6),
    second=st.lists(line_data, max_size=6),
    shipping=st.integers(0, 10**6),
)
def test_totals_are_additive(
    first: list[tuple[Decimal, int, Decimal]],
    second: list[tuple[Decimal, int, Decimal]],
    shipping: int,
) -> None:
    a, b = _lines(first), _lines(second)
    assert order_total(a + b, shipping) == order_total(a) + order_total(b) + shipping
    assert order_vat_total(a + b) == order_vat_total(a) + order_vat_total(b)
    assert order_total(a) == sum(line.amount for line in a)


@settings(max_examples=200, deadline=None)
@given(quantity=quantities, price=prices, rate=rates)
def test_line_amount_is_quantity_times_price_rounded(
    quantity: Decimal, price: int, rate: Decimal
) -> None:
    line = OrderLine("1", "Item", quantity, price, rate)
    exact = quantity * price
    assert line.amount == int(exact.quantize(Decimal(1), rounding=ROUND_HALF_UP))
    assert 0 <= line.vat_amount <= abs(line.amount) or line.amount < 0
