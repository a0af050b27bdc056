"""Record a successful capture, refund or void on the order in Dintero's Orders API.

The order is the one whose id is the transaction's merchant reference. Recording is
bookkeeping: it runs only after the money move succeeded, and a failure is shown and
can be retried but never undoes or blocks the money move.
"""

from __future__ import annotations

from app.dintero import DinteroClient, Operation, OrderRecord, OrderRecordItem, Transaction
from app.dintero.models import OrderItem

__all__ = ["order_line_id", "record_on_order"]


def order_line_id(transaction: Transaction, checkout_line_id: str) -> int:
    """Orders use integer line ids: a numeric checkout line id maps as is, else by position."""
    if checkout_line_id.isdigit():
        return int(checkout_line_id)
    for position, item in enumerate(transaction.items, start=1):
        if item.line_id == checkout_line_id:
            return position
    raise ValueError(f"line {checkout_line_id!r} is not on transaction {transaction.id}")


async def record_on_order(
    client: DinteroClient,
    operation: Operation,
    transaction: Transaction,
    items: tuple[OrderItem, ...],
) -> OrderRecord:
    order_id = transaction.merchant_reference
    if not order_id:
        raise ValueError("The transaction has no merchant reference, so there is no order.")
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
