"""VAT, order lines and order totals in integer minor units.

Dintero takes prices including VAT, so every line carries its gross amount and
the VAT inside it is derived, never the other way round.

Rounding rules (both exact, computed with rational numbers):

* Line total = quantity × unit price, rounded half up (away from zero at .5)
  to the minor unit. Quantity may be fractional (1.5 kg).
* VAT in a gross amount = gross × rate / (100 + rate), rounded half up to the
  minor unit. 12 500 øre at 25 % → 2 500; 999 øre at 25 % → 199.8 → 200.

Quantities and VAT rates typed by staff are read with ``parse_quantity`` and
``parse_vat_rate``: digits with one decimal mark ("1,5" or "1.5"), nothing else (no
exponents such as "1e9"), and bounded before any arithmetic, so no text can make a
line's total take seconds to work out or grow past what Dintero takes.

The order amount Dintero expects is Σ line totals + shipping. When a shop's
own total differs by a few minor units (other rounding elsewhere), integrations
add a ``rounding-fee`` line (quantity 1, VAT 0) so that the lines sum to the
amount; ``rounding_line`` builds it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from types import MappingProxyType

from app.core.errors import UserInputError
from app.core.i18n import translate

__all__ = [
    "DEFAULT_VAT_RATE",
    "FALLBACK_VAT_RATE",
    "MAX_QUANTITY",
    "ROUNDING_LINE_ID",
    "OrderLine",
    "OrderLineError",
    "default_vat_rate",
    "order_total",
    "order_vat_total",
    "parse_quantity",
    "parse_vat_rate",
    "round_half_up",
    "rounding_line",
    "vat_from_gross",
]


class OrderLineError(UserInputError):
    """An order line or VAT rate that cannot be sent; ``str()`` is for staff, ``field``
    names what to change ("description", "quantity", "price", "vat" or "line_id")."""

    def __init__(self, message: str, *, field: str) -> None:
        super().__init__(message)
        self.field = field


def _too_many() -> str:
    maximum = f"{MAX_QUANTITY:,}".replace(",", " ")
    return translate("Vat", "Quantity can be at most {maximum}").format(maximum=maximum)


#: Rate used when neither country nor currency is known: the Scandinavian standard rate.
FALLBACK_VAT_RATE = Decimal("25")

#: Standard VAT rate in percent by ISO country code and by that country's currency.
DEFAULT_VAT_RATE: Mapping[str, Decimal] = MappingProxyType(
    {
        "NO": Decimal("25"),
        "SE": Decimal("25"),
        "DK": Decimal("25"),
        "NOK": Decimal("25"),
        "SEK": Decimal("25"),
        "DKK": Decimal("25"),
    }
)

#: ``line_id`` (and ``sku``) of the line that absorbs rounding differences.
ROUNDING_LINE_ID = "rounding-fee"

#: The largest quantity a line takes: far above a phone order, small enough that
#: quantity × price stays quick to work out and readable on screen.
MAX_QUANTITY = Decimal(1_000_000)
_QUANTITY_DECIMALS = 3
#: Longest text read as a quantity or a VAT rate (spaces and a "%" included).
_MAX_NUMBER_TEXT = 20
_PLAIN_NUMBER = re.compile(r"^(\d+)(?:[.,](\d+))?$")
_SPACES = re.compile(r"[\s\u00a0\u2007\u2009\u202f]")


def default_vat_rate(country_or_currency: str) -> Decimal:
    """Standard rate for a country ("NO") or currency ("NOK"); the fallback otherwise."""
    return DEFAULT_VAT_RATE.get(country_or_currency.strip().upper(), FALLBACK_VAT_RATE)


def round_half_up(value: Fraction) -> int:
    """Round to the nearest integer, halves away from zero (like Decimal ROUND_HALF_UP)."""
    magnitude = abs(value)
    rounded = int(magnitude + Fraction(1, 2))  # int() truncates a non-negative value
    return rounded if value >= 0 else -rounded


def _check_rate(rate_percent: Decimal) -> Fraction:
    if not isinstance(rate_percent, Decimal) or not rate_percent.is_finite():
        raise OrderLineError(translate("Vat", "VAT rate must be a number such as 25"), field="vat")
    if rate_percent < 0 or rate_percent > 100:
        raise OrderLineError(translate("Vat", "VAT rate must be between 0 and 100 %"), field="vat")
    exponent = rate_percent.normalize().as_tuple().exponent
    if isinstance(exponent, int) and exponent < -2:
        raise OrderLineError(
            translate("Vat", "Use at most 2 decimals for the VAT rate"), field="vat"
        )
    return Fraction(rate_percent)


def _plain_decimal(text: str) -> Decimal | None:
    """Digits with at most one "." or "," as decimal mark, spaces ignored; None otherwise."""
    if not isinstance(text, str) or len(text) > _MAX_NUMBER_TEXT:
        return None
    match = _PLAIN_NUMBER.match(_SPACES.sub("", text))
    if match is None:
        return None
    whole, fraction = match.group(1), match.group(2) or ""
    return Decimal(f"{whole}.{fraction}" if fraction else whole)


def parse_quantity(text: str) -> Decimal:
    """A typed quantity ("2", "1,5", "0.25"); ``OrderLineError`` says what is wrong."""
    value = _plain_decimal(text)
    if value is None:
        raise OrderLineError(
            translate("Vat", "Quantity must be a number such as 1 or 1,5"), field="quantity"
        )
    if value <= 0:
        raise OrderLineError(translate("Vat", "Quantity must be more than 0"), field="quantity")
    if value > MAX_QUANTITY:
        raise OrderLineError(_too_many(), field="quantity")
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -_QUANTITY_DECIMALS:
        raise OrderLineError(
            translate("Vat", "Use at most {quantity_decimals} decimals for the quantity").format(
                quantity_decimals=_QUANTITY_DECIMALS
            ),
            field="quantity",
        )
    return value


def parse_vat_rate(text: str) -> Decimal:
    """A typed VAT rate in percent ("25", "12,5", "15 %"); ``OrderLineError`` if not one."""
    cleaned = text.strip().removesuffix("%") if isinstance(text, str) else ""
    value = _plain_decimal(cleaned)
    if value is None:
        raise OrderLineError(translate("Vat", "VAT must be a percentage such as 25"), field="vat")
    _check_rate(value)
    return value


def vat_from_gross(gross_minor: int, rate_percent: Decimal) -> int:
    """VAT contained in a gross amount: gross × rate / (100 + rate), rounded half up."""
    if isinstance(gross_minor, bool) or not isinstance(gross_minor, int):
        raise TypeError(f"gross_minor must be int, not {type(gross_minor).__name__}")
    rate = _check_rate(rate_percent)
    return round_half_up(gross_minor * rate / (100 + rate))


@dataclass(frozen=True)
class OrderLine:
    """One line of an order: prices include VAT and are integer minor units.

    ``unit_price`` may be negative (a discount or a rounding line); ``quantity``
    must be a positive Decimal (floats are refused: they cannot hold 0.1).
    """

    line_id: str
    description: str
    quantity: Decimal
    unit_price: int
    vat_rate: Decimal
    sku: str | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.line_id, str) or not self.line_id.strip():
            raise OrderLineError(
                translate("OrderLine", "Each line needs a line id"), field="line_id"
            )
        if not isinstance(self.description, str) or not self.description.strip():
            raise OrderLineError(
                translate("OrderLine", "Each line needs a description"), field="description"
            )
        quantity: object = self.quantity
        if isinstance(quantity, int) and not isinstance(quantity, bool):
            quantity = Decimal(quantity)
            object.__setattr__(self, "quantity", quantity)
        if not isinstance(quantity, Decimal) or not quantity.is_finite():
            raise OrderLineError(
                translate("OrderLine", "Quantity must be a number such as 1 or 1.5"),
                field="quantity",
            )
        if quantity <= 0:
            raise OrderLineError(
                translate("OrderLine", "Quantity must be more than 0"), field="quantity"
            )
        if quantity > MAX_QUANTITY:
            # Checked before any arithmetic: 1e100000000 would take minutes to multiply.
            raise OrderLineError(_too_many(), field="quantity")
        if isinstance(self.unit_price, bool) or not isinstance(self.unit_price, int):
            raise OrderLineError(
                translate("OrderLine", "Unit price must be a whole number of minor units"),
                field="price",
            )
        _check_rate(self.vat_rate)

    @property
    def amount(self) -> int:
        """Line total incl. VAT: quantity × unit price, rounded half up to the minor unit."""
        return round_half_up(Fraction(self.quantity) * self.unit_price)

    @property
    def vat_amount(self) -> int:
        """VAT inside ``amount`` (see ``vat_from_gross``)."""
        return vat_from_gross(self.amount, self.vat_rate)


def order_total(lines: Iterable[OrderLine], shipping: int = 0) -> int:
    """What Dintero expects as the order amount: Σ line totals + shipping."""
    return sum((line.amount for line in lines), start=shipping)


def order_vat_total(lines: Iterable[OrderLine]) -> int:
    """Σ of each line's VAT (Dintero's order ``vat_amount``)."""
    return sum(line.vat_amount for line in lines)


def rounding_line(target_amount: int, lines_total: int) -> OrderLine | None:
    """The ``rounding-fee`` line that makes lines sum to ``target_amount``, or None if they do."""
    difference = target_amount - lines_total
    if difference == 0:
        return None
    return OrderLine(
        line_id=ROUNDING_LINE_ID,
        description="Rounding",
        quantity=Decimal(1),
        unit_price=difference,
        vat_rate=Decimal(0),
        sku=ROUNDING_LINE_ID,
    )
