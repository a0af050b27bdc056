"""Record a successful capture, refund or void on the order in Dintero's Orders API.

The order is the one whose id is the transaction's merchant reference. Recording is
bookkeeping: it runs only after the money move succeeded, and a failure is shown and
can be retried but never undoes or blocks the money move.
"""

from __future__ import annotations

from app.core.i18n import translate
from app.dintero import DinteroClient, Operation, OrderRecord, OrderRecordItem, Transaction
from app.dintero.ledger import spread_amount
from app.dintero.models import OrderItem

__all__ = ["order_line_id", "record_on_order", "spread_over_lines"]


def order_line_id(transaction: Transaction, checkout_line_id: str) -> int:
    """Orders use integer line ids: a numeric checkout line id maps as is, else by position."""
    if checkout_line_id.isdigit():
        return int(checkout_line_id)
    for position, item in enumerate(transaction.items, start=1):
        if item.line_id == checkout_line_id:
            return position
    raise ValueError(
        translate("OrderRecording", "Line {checkout_line_id} is not on transaction {id}.").format(
            checkout_line_id=checkout_line_id, id=transaction.id
        )
    )


def spread_over_lines(transaction: Transaction, amount: int) -> tuple[OrderItem, ...]:
    """Lines for a move made by amount only: the Orders API wants lines on every record.

    The same "first lines first" rule as the money moves (``spread_amount``), over the
    lines' whole amounts: the record says which lines the money belonged to.
    """
    lines = [(item.line_id, item.amount) for item in transaction.items if item.line_id]
    if not lines:
        raise ValueError(
            translate("OrderRecording", "The transaction has no lines to record on the order.")
        )
    return tuple(
        OrderItem(line_id=line_id, amount=share) for line_id, share in spread_amount(lines, amount)
    )


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
        raise ValueError(
            translate(
                "OrderRecording", "The transaction has no merchant reference, so there is no order."
            )
        )
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
