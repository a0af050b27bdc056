"""Record a successful capture, refund or void on the order in Dintero's Orders API.

The order is the one whose id is the transaction's merchant reference. Recording is
bookkeeping: it runs only after the money move succeeded, and a failure is shown and
can be retried but never undoes or blocks the money move.
"""

from __future__ import annotations

from app.dintero import DinteroClient, Operation, OrderRecord, OrderRecordItem, Transaction
from app.dintero.models import OrderItem

__all__ = ["order_line_id", "record_on_order", "spread_over_lines"]


def order_line_id(transaction: Transaction, checkout_line_id: str) -> int:
    """Orders use integer line ids: a numeric checkout line id maps as is, else by position."""
    if checkout_line_id.isdigit():
        return int(checkout_line_id)
    for position, item in enumerate(transaction.items, start=1):
        if item.line_id == checkout_line_id:
            return position
    raise ValueError(f"Line {checkout_line_id} is not on transaction {transaction.id}.")


def spread_over_lines(transaction: Transaction, amount: int) -> tuple[OrderItem, ...]:
    """Lines for a move made by amount only: the Orders API wants lines on every record.

    Fills the transaction's lines in order, each up to its amount; anything left over
    (there should be none) goes on the last line, so the lines always add up to `amount`.
    """
    lines = [item for item in transaction.items if item.line_id is not None]
    if not lines:
        raise ValueError("The transaction has no lines to record on the order.")
    spread: list[OrderItem] = []
    left = amount
    for position, line in enumerate(lines):
        last = position == len(lines) - 1
        share = left if last else min(left, line.amount)
        if share > 0:
            spread.append(OrderItem(line_id=line.line_id, amount=share))
        left -= share
        if left <= 0:
            break
    return tuple(spread)


async def record_on_order(
    client: DinteroClient,
    operation: Operation,
    transaction: Transaction,
    items: tuple[OrderItem, ...],
    amount: int | None = None,
) -> OrderRecord:
    """Record the move; a capture or refund without lines is spread over the lines."""
    order_id = transaction.merchant_reference
    if not order_id:
        raise ValueError("The transaction has no merchant reference, so there is no order.")
    if not items and amount and operation is not Operation.VOID:
        items = spread_over_lines(transaction, amount)
    record_items = [
        OrderRecordItem(line_id=order_line_id(transaction, item.line_id), amount=item.amount)
        for item in items
        if item.line_id is not None
    ]
    product = transaction.payment_product_type
    if operation is Operation.CAPTURE:
        return await client.record_order_capture(
            order_id, transaction.id, record_items, payment_product_type=product
        )
    if operation is Operation.REFUND:
        return await client.record_order_refund(
            order_id, transaction.id, record_items, payment_product_type=product
        )
    return await client.record_order_cancellation(order_id, transaction.id, record_items)
