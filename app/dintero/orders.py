"""Orders API models: a draft order, the active order, and the payment records on it.

The Orders API records what happened at checkout and moves no money. Its `line_id` is an
integer, where checkout's is a string: pair them with `str(line_id)`.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Annotated, Any

from pydantic import Field, Strict, model_validator

from app.dintero.models import DinteroModel, Money

__all__ = [
    "CompletedDraft",
    "DraftOrder",
    "Order",
    "OrderLine",
    "OrderRecord",
    "OrderRecordItem",
    "TaxLine",
]

LineId = Annotated[int, Strict()]


class TaxLine(DinteroModel):
    amount: Money
    percentage: Decimal


class OrderLine(DinteroModel):
    line_id: LineId
    gross_amount: Money
    quantity: Decimal = Decimal(1)
    id: str | None = None
    description: str | None = None
    description_alias: str | None = None
    tax_lines: tuple[TaxLine, ...] = ()

    def to_payload(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "line_id": self.line_id,
            "gross_amount": self.gross_amount,
            "quantity": _number(self.quantity),
            "tax_lines": [
                {"amount": tax.amount, "percentage": _number(tax.percentage)}
                for tax in self.tax_lines
            ],
        }
        for name in ("id", "description", "description_alias"):
            value = getattr(self, name)
            if value is not None:
                body[name] = value
        return body


def _number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


class OrderRecordItem(DinteroModel):
    line_id: LineId
    amount: Money


class OrderRecord(DinteroModel):
    """An authorization, capture, refund or cancellation reported on an order."""

    id: str
    created_at: datetime | None = None
    created_by: str | None = None
    amount: Money | None = None
    items: tuple[OrderRecordItem, ...] = ()
    success: bool | None = None
    payment_details: dict[str, Any] = Field(default_factory=dict)
    authorization_id: str | None = None


class DraftOrder(DinteroModel):
    id: str
    status: str | None = None
    created_at: datetime | None = None
    order_id: str | None = None
    """Set once the draft is completed."""
    order: dict[str, Any] = Field(default_factory=dict)


class Order(DinteroModel):
    """An active order. Dintero names it by `id` (the `{order_id}` of the order paths);
    `order_id` is that id, also when an answer carries only one of the two."""

    order_id: str
    id: str | None = None
    status: str | None = None
    """"open" once the draft is completed."""
    created_at: datetime | None = None
    currency: str | None = None
    items: tuple[OrderLine, ...] = ()
    authorizations: tuple[OrderRecord, ...] = ()
    captures: tuple[OrderRecord, ...] = ()
    refunds: tuple[OrderRecord, ...] = ()
    cancellations: tuple[OrderRecord, ...] = ()

    @model_validator(mode="before")
    @classmethod
    def _order_id_from_id(cls, data: Any) -> Any:
        if isinstance(data, dict) and "order_id" not in data and "id" in data:
            return {**data, "order_id": data["id"]}
        return data


class CompletedDraft(DinteroModel):
    """The answer to completing a draft: `{"orders": [order]}`."""

    orders: tuple[Order, ...]

    @model_validator(mode="before")
    @classmethod
    def _one_order_answer(cls, data: Any) -> Any:
        """An answer that is the order itself (an older reading) counts as a list of one."""
        if isinstance(data, dict) and "orders" not in data and ("id" in data or "order_id" in data):
            return {"orders": [data]}
        return data
