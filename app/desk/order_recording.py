"""Dintero's Orders API at the desk: the order behind a link, and what is recorded on it.

With an account's Orders API setting on, a link pays an order: one made from the form's
lines (draft, then complete; its id becomes the session's merchant reference), or one
made elsewhere whose id staff typed as the reference. The order's id is the
transaction's merchant reference. Recording is bookkeeping: the authorization once the
payment is authorized, and each capture, refund and void only after it succeeded; a
failure is shown and can be retried but never undoes, blocks or repeats the money move.

Orders use integer line ids where checkout uses strings: ``order_line_ids`` pairs them,
the same way for the draft and for every record.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal
from typing import Literal

from app.core.errors import UserFacingError, UserInputError
from app.core.i18n import translate
from app.core.vat import vat_from_gross
from app.desk.link_draft import SHIPPING_LINE_ID, LinkDraft
from app.dintero import (
    DinteroClient,
    Operation,
    Order,
    OrderLine,
    OrderRecord,
    OrderRecordItem,
    TaxLine,
    Transaction,
)
from app.dintero.errors import DinteroError, Forbidden, InvalidRequest, NotFound
from app.dintero.ledger import Ledger, spread_amount
from app.dintero.models import OrderItem

__all__ = [
    "AUTHORIZATION",
    "NOT_AUTHORIZED_STATUSES",
    "NotRecordable",
    "OrderNotMade",
    "RecordKind",
    "cancellation_items",
    "draft_order_lines",
    "is_authorized",
    "order_for_link",
    "order_line_id",
    "order_line_ids",
    "record_authorization",
    "record_name",
    "record_on_order",
    "spread_over_lines",
]

#: The record made once a payment is authorized (the other records follow money moves).
AUTHORIZATION: Literal["authorization"] = "authorization"
RecordKind = Operation | Literal["authorization"]

#: Transaction statuses with no authorization (yet) to record.
NOT_AUTHORIZED_STATUSES = frozenset({"INITIATED", "ON_HOLD", "DECLINED", "FAILED", "UNKNOWN"})


def record_name(kind: RecordKind) -> str:
    """ "authorization", "capture", "refund" or "void", for messages and the journal."""
    return str(kind.value) if isinstance(kind, Operation) else kind


class NotRecordable(UserInputError):
    """This transaction cannot be recorded on an order; the message says why."""


class OrderNotMade(UserFacingError):
    """The order for a link could not be made or found: no link was created."""

    def __init__(self, message: str, details: str = "") -> None:
        super().__init__(message)
        self.user_message = message
        self._details = details


def order_line_ids(checkout_line_ids: Sequence[str]) -> dict[str, int]:
    """Checkout line id → Orders API line id: a plain number keeps its value (so the
    pairing ``str(order line id) == checkout line id`` holds); any other line (shipping)
    gets its position, or the next free number when a numbered line has that one."""
    paired = {
        line_id: int(line_id)
        for line_id in checkout_line_ids
        if line_id.isascii() and line_id.isdigit() and str(int(line_id)) == line_id
    }
    taken = set(paired.values())
    for position, line_id in enumerate(checkout_line_ids, start=1):
        if line_id in paired:
            continue
        number = position if position not in taken else max(taken) + 1
        paired[line_id] = number
        taken.add(number)
    return paired


def order_line_id(transaction: Transaction, checkout_line_id: str) -> int:
    """The Orders API line id of one of the transaction's lines."""
    ids = order_line_ids([item.line_id for item in transaction.items if item.line_id])
    if checkout_line_id not in ids:
        raise NotRecordable(
            translate("OrderRecording", "Line {line} is not on transaction {transaction}.").format(
                line=checkout_line_id, transaction=transaction.id
            )
        )
    return ids[checkout_line_id]


def draft_order_lines(draft: LinkDraft) -> tuple[OrderLine, ...]:
    """The form's lines as Orders API lines: gross amounts, VAT as tax lines, and line ids
    paired with the session's (shipping last, as the transaction will list it)."""
    checkout_ids = [line.line_id for line in draft.lines]
    if draft.shipping is not None:
        checkout_ids.append(SHIPPING_LINE_ID)
    ids = order_line_ids(checkout_ids)
    lines = [
        OrderLine(
            line_id=ids[line.line_id],
            id=line.sku or f"item-{line.line_id}",
            description=line.description,
            quantity=line.quantity,
            gross_amount=line.amount,
            tax_lines=(TaxLine(amount=line.vat_amount, percentage=line.vat_rate),),
        )
        for line in draft.lines
    ]
    if draft.shipping is not None:
        shipping = draft.shipping
        lines.append(
            OrderLine(
                line_id=ids[SHIPPING_LINE_ID],
                id=SHIPPING_LINE_ID,
                description=shipping.title,
                quantity=Decimal(1),
                gross_amount=shipping.amount,
                tax_lines=(
                    TaxLine(
                        amount=vat_from_gross(shipping.amount, shipping.vat_rate),
                        percentage=shipping.vat_rate,
                    ),
                ),
            )
        )
    return tuple(lines)


async def order_for_link(client: DinteroClient, draft: LinkDraft) -> LinkDraft:
    """The draft to send with the Orders API on: its reference names the order it pays.

    A reference that is an order already (made elsewhere) is kept. Otherwise an order is
    made from the form's lines and completed; its id becomes the merchant reference and
    the typed reference stays on the session as ``merchant_reference_2``. Raises
    ``OrderNotMade`` (nothing sent to checkout) when Dintero refuses or does not answer.
    """
    typed = draft.merchant_reference
    try:
        try:
            existing = await client.get_order(typed)
        except (NotFound, InvalidRequest):  # no order has that id (or could have it)
            existing = None
        if existing is not None:
            if existing.currency and existing.currency != draft.currency:
                raise UserInputError(
                    translate(
                        "OrderForLink",
                        "Order {order} is in {order_currency}, but the link is in {currency}. "
                        "Choose {order_currency}, or another reference.",
                    ).format(order=typed, order_currency=existing.currency, currency=draft.currency)
                )
            return draft
        made = await client.create_draft_order(draft.currency, draft_order_lines(draft))
        order = await client.complete_draft_order(made.id)
    except Forbidden as error:
        raise OrderNotMade(
            translate(
                "OrderForLink",
                "No link was created: this API client may not use Dintero's Orders API (it "
                "lacks the “admin:shopping” scope). Give it that scope in Dintero's back "
                "office, or turn the Orders API setting off for this account.",
            ),
            error.details,
        ) from error
    except DinteroError as error:
        raise OrderNotMade(
            translate(
                "OrderForLink",
                "No link was created: the order could not be made in Dintero's Orders API. "
                "{reason}",
            ).format(reason=error.user_message),
            error.details,
        ) from error
    return replace(draft, merchant_reference=order.order_id, merchant_reference_2=typed)


def is_authorized(transaction: Transaction) -> bool:
    """True once the payment is (or was) authorized: there is an authorization to record."""
    return str(transaction.status) not in NOT_AUTHORIZED_STATUSES


def spread_over_lines(transaction: Transaction, amount: int) -> tuple[OrderItem, ...]:
    """Lines for a move made by amount only: the Orders API wants lines on every record.

    The same "first lines first" rule as the money moves (``spread_amount``), over the
    lines' whole amounts: the record says which lines the money belonged to.
    """
    lines = [(item.line_id, item.amount) for item in transaction.items if item.line_id]
    if not lines:
        raise NotRecordable(
            translate("OrderRecording", "The transaction has no lines to record on the order.")
        )
    return tuple(
        OrderItem(line_id=line_id, amount=share) for line_id, share in _spread(lines, amount)
    )


def cancellation_items(transaction: Transaction) -> tuple[OrderItem, ...]:
    """What a void released, line by line: each line's amount not captured."""
    return tuple(
        OrderItem(line_id=line.line_id, amount=line.amount - line.captured)
        for line in Ledger(transaction).lines
        if line.amount > line.captured
    )


def _record_items(transaction: Transaction, items: Sequence[OrderItem]) -> list[OrderRecordItem]:
    return [
        OrderRecordItem(line_id=order_line_id(transaction, item.line_id), amount=item.amount)
        for item in items
        if item.line_id is not None
    ]


def _order_id(transaction: Transaction) -> str:
    order_id = transaction.merchant_reference
    if not order_id:
        raise NotRecordable(
            translate(
                "OrderRecording", "The transaction has no merchant reference, so there is no order."
            )
        )
    return order_id


async def record_authorization(
    client: DinteroClient, transaction: Transaction, order: Order | None = None
) -> OrderRecord:
    """Record the payment's authorization on its order, once.

    The order is read first: an authorization already recorded for this transaction (by
    this desk before a lost answer, by another desk, or by the shop that made the order)
    is returned, not recorded again.
    """
    order_id = _order_id(transaction)
    if not is_authorized(transaction):
        raise NotRecordable(
            translate("OrderRecording", "Transaction {transaction} is not authorized.").format(
                transaction=transaction.id
            )
        )
    if order is None:
        order = await client.get_order(order_id)
    for record in order.authorizations:
        if record.payment_details.get("payment_id") == transaction.id:
            return record
    items = [
        OrderItem(line_id=item.line_id, amount=item.amount)
        for item in transaction.items
        if item.line_id
    ]
    return await client.record_order_authorization(
        order_id,
        transaction.id,
        _on_order_lines(order, transaction, AUTHORIZATION, _record_items(transaction, items)),
        payment_product_type=transaction.payment_product_type,
    )


async def record_on_order(
    client: DinteroClient,
    operation: Operation,
    transaction: Transaction,
    items: tuple[OrderItem, ...],
    amount: int | None = None,
) -> OrderRecord:
    """Record a move; a capture or refund without lines is spread over the lines, and a
    void is recorded as a cancellation of every line's uncaptured amount.

    The order is read first: lines it does not have (an order made elsewhere, paid by a
    link with other lines) are recorded as the same amount over the order's own lines.
    """
    order_id = _order_id(transaction)
    order = await client.get_order(order_id)
    if operation is Operation.VOID:
        cancelled = _record_items(transaction, items or cancellation_items(transaction))
        return await client.record_order_cancellation(
            order_id, transaction.id, _on_order_lines(order, transaction, operation, cancelled)
        )
    if not items and amount:
        items = spread_over_lines(transaction, amount)
    record_items = _on_order_lines(order, transaction, operation, _record_items(transaction, items))
    product = transaction.payment_product_type
    if operation is Operation.CAPTURE:
        # A capture follows the authorization on the order: an order made elsewhere may
        # never have had it recorded (a no-op when it has).
        await record_authorization(client, transaction, order)
        return await client.record_order_capture(
            order_id, transaction.id, record_items, payment_product_type=product
        )
    return await client.record_order_refund(
        order_id, transaction.id, record_items, payment_product_type=product
    )


def _on_order_lines(
    order: Order,
    transaction: Transaction,
    kind: RecordKind,
    items: list[OrderRecordItem],
) -> list[OrderRecordItem]:
    """``items`` when the payment's lines are the order's (same line ids and amounts);
    otherwise (an order made elsewhere, paid by a link typed with other lines) their
    total over the order's own lines, first lines first, each line taking what is left
    on it for this kind of record."""
    gross = {line.line_id: line.gross_amount for line in order.items}
    paid = _record_items(
        transaction,
        [OrderItem(line_id=i.line_id, amount=i.amount) for i in transaction.items if i.line_id],
    )
    if not gross or all(gross.get(item.line_id) == item.amount for item in paid):
        return items
    captured = _recorded_by_line(order.captures)
    refunded = _recorded_by_line(order.refunds)
    left = {
        line_id: (
            total
            if kind == AUTHORIZATION
            else captured.get(line_id, 0) - refunded.get(line_id, 0)
            if kind is Operation.REFUND
            else total - captured.get(line_id, 0)
        )
        for line_id, total in gross.items()
    }
    amount = sum(item.amount for item in items)
    return [
        OrderRecordItem(line_id=int(line_id), amount=share)
        for line_id, share in _spread([(str(k), v) for k, v in left.items()], amount)
    ]


def _spread(lines: Sequence[tuple[str, int]], amount: int) -> tuple[tuple[str, int], ...]:
    """``spread_amount``, refused in words when the lines do not hold the amount."""
    try:
        return spread_amount(lines, amount)
    except ValueError as error:
        raise NotRecordable(
            translate(
                "OrderRecording", "The transaction's lines do not cover the amount to record."
            )
        ) from error


def _recorded_by_line(records: Sequence[OrderRecord]) -> dict[int, int]:
    totals: dict[int, int] = {}
    for record in records:
        if record.success is False:
            continue
        for item in record.items:
            totals[item.line_id] = totals.get(item.line_id, 0) + item.amount
    return totals
