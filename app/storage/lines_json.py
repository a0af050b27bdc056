"""Order lines as JSON text in a database column, with exact decimals kept as strings."""

from __future__ import annotations

import json
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from app.core.vat import OrderLine

__all__ = ["lines_from_json", "lines_to_json"]


def lines_to_json(lines: Sequence[OrderLine]) -> str:
    return json.dumps(
        [
            {
                "line_id": line.line_id,
                "description": line.description,
                "quantity": str(line.quantity),
                "unit_price": line.unit_price,
                "vat_rate": str(line.vat_rate),
                "sku": line.sku,
            }
            for line in lines
        ],
        ensure_ascii=False,
    )


def lines_from_json(text: str) -> tuple[OrderLine, ...]:
    """Raises ``ValueError``, ``KeyError``, ``TypeError`` or ``ArithmeticError`` on damage."""
    raw: list[dict[str, Any]] = json.loads(text)
    return tuple(
        OrderLine(
            line_id=str(item["line_id"]),
            description=str(item["description"]),
            quantity=Decimal(item["quantity"]),
            unit_price=int(item["unit_price"]),
            vat_rate=Decimal(item["vat_rate"]),
            sku=item.get("sku"),
        )
        for item in raw
    )
