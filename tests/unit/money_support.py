"""One authorized sandbox order (two lines and shipping), shared by the money-move tests."""

from __future__ import annotations

from typing import Any

from app.sandbox import EmbeddedSandbox

__all__ = ["LINES", "SHIPPING", "TOTAL", "authorized"]

LINES: list[dict[str, Any]] = [
    {"id": "SKU-1", "line_id": "1", "description": "Wool sweater", "quantity": 1, "amount": 89900},
    {"id": "SKU-2", "line_id": "2", "description": "Tea", "quantity": 2, "amount": 29800},
]
SHIPPING: dict[str, Any] = {
    "id": "post",
    "line_id": "ship",
    "amount": 9900,
    "title": "Home",
    "operator": "Posten",
}
TOTAL = 89900 + 29800 + 9900


def authorized(sandbox: EmbeddedSandbox, **options: Any) -> str:
    """A new authorized transaction of LINES and SHIPPING; returns its id."""
    tx = sandbox.create_authorized_transaction(items=LINES, shipping_option=SHIPPING, **options)
    return str(tx["id"])
