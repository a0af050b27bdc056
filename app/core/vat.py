"""VAT, order lines and order totals in integer minor units.

Dintero takes prices including VAT, so every line carries its gross amount and
the VAT inside it is derived, never the other way round.

Rounding rules (both exact, computed with rational numbers):

* Line total = quantity × unit price, rounded half up (away from zero at .5)
  to the minor unit. Quantity may be fractional (1.5 kg).
* VAT in a gross amount = gross × rate / (100 + rate), rounded half up to the
  minor unit. 12 500 øre at 25 % → 2 500; 999 øre at 25 % → 199.8 → 200.

The order amount Dintero expects is Σ line totals + shipping. When a shop's
own total differs by a few minor units (other rounding elsewhere), integrations
add a ``rounding-fee`` line (quantity 1, VAT 0) so that the lines sum to the
amount; ``rounding_line`` builds it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from types import MappingProxyType

from app.core.errors import UserInputError

__all__ = [
    "DEFAULT_VAT_RATE",
    "FALLBACK_VAT_RATE",
    "ROUNDING_LINE_ID",
    "OrderLine",
    "OrderLineError",
    "default_vat_rate",
    "order_total",
    "order_vat_total",
    "round_half_up",
    "rounding_line",
    "vat_from_gross",
]


class OrderLineError(UserInputError):
    """An order line or VAT rate that cannot be sent; ``str()`` is for staff."""


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
        raise OrderLineError("VAT rate must be a number such as 25")
    if rate_percent < 0 or rate_percent > 100:
        raise OrderLineError("VAT rate must be between 0 and 100 %")
    exponent = rate_percent.normalize().as_tuple().exponent
    if isinstance(exponent, int) and exponent < -2:
        raise OrderLineError("Use at most 2 decimals for the VAT rate")
    return Fraction(rate_percent)


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
            raise OrderLineError("Each line needs a line id")
        if not isinstance(self.description, str) or not self.description.strip():
            raise OrderLineError("Each line needs a description")
        quantity: object = self.quantity
        if isinstance(quantity, int) and not isinstance(quantity, bool):
            quantity = Decimal(quantity)
            object.__setattr__(self, "quantity", quantity)
        if not isinstance(quantity, Decimal) or not quantity.is_finite():
            raise OrderLineError("Quantity must be a number such as 1 or 1.5")
        if quantity <= 0:
            raise OrderLineError("Quantity must be more than 0")
        if isinstance(self.unit_price, bool) or not isinstance(self.unit_price, int):
            raise OrderLineError("Unit price must be a whole number of minor units")
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
