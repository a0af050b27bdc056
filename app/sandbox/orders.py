"""Orders API: draft, complete, and the payment records a merchant reports on an order.

The Orders API only records what happened at checkout; it never moves money.
"""

from __future__ import annotations

import uuid
from typing import Any

from app.sandbox.clock import format_time
from app.sandbox.errors import ApiError
from app.sandbox.ids import new_order_number
from app.sandbox.model import DraftOrder, Json, Order
from app.sandbox.state import RequestContext, SandboxState
from app.sandbox.validation import Problems, is_int

__all__ = ["RECORD_KINDS", "complete_draft", "create_draft", "get_order", "record"]

RECORD_KINDS = ("authorizations", "captures", "refunds", "cancellations")


def create_draft(state: SandboxState, ctx: RequestContext, body: Any) -> Json:
    problems = Problems()
    if problems.object(body, "body") is None:
        problems.check()
    order = problems.object(body.get("order"), "order")
    options = problems.object(body.get("options"), "options", required=False) or {}
    if order is not None:
        problems.currency(order, "currency", "order.currency")
        items = order.get("items")
        if not isinstance(items, list) or not items:
            problems.add("order.items", "must be a non-empty array")
        else:
            seen: set[int] = set()
            for index, item in enumerate(items):
                path = f"order.items[{index}]"
                if problems.object(item, path) is None:
                    continue
                line_id = item.get("line_id")
                if not is_int(line_id):
                    problems.add(f"{path}.line_id", "must be an integer")
                elif line_id in seen:
                    problems.add(f"{path}.line_id", "is used by another line of the order")
                else:
                    seen.add(line_id)
                problems.amount(item, "gross_amount", f"{path}.gross_amount")
                _check_tax_lines(problems, item.get("tax_lines"), f"{path}.tax_lines")
    generate = options.get("generate_order_id")
    if generate is not None and generate != "ALPHANUMERIC_9":
        problems.add("options.generate_order_id", "only ALPHANUMERIC_9 is supported")
    problems.check()
    assert order is not None
    draft = DraftOrder(
        id=str(uuid.uuid4()),
        account_id=ctx.account_id,
        created_at=state.clock.now(),
        options=options,
        order=order,
    )
    state.draft_orders[draft.id] = draft
    return draft.to_json()


def _check_tax_lines(problems: Problems, tax_lines: Any, path: str) -> None:
    """`tax_lines`: an array of `{amount, percentage}` (the VAT inside the gross amount)."""
    if tax_lines is None:
        return
    if not isinstance(tax_lines, list):
        problems.add(path, "must be an array")
        return
    for index, tax in enumerate(tax_lines):
        where = f"{path}[{index}]"
        if problems.object(tax, where) is None:
            continue
        problems.amount(tax, "amount", f"{where}.amount")
        percentage = tax.get("percentage")
        if isinstance(percentage, bool) or not isinstance(percentage, int | float):
            problems.add(f"{where}.percentage", "must be a number")


def _draft_for(state: SandboxState, account_id: str, draft_id: str) -> DraftOrder:
    draft = state.draft_orders.get(draft_id)
    if draft is None:
        raise ApiError.not_found("Draft order")
    if draft.account_id != account_id:
        raise ApiError.forbidden("The draft order belongs to another account")
    return draft


def complete_draft(state: SandboxState, ctx: RequestContext, draft_id: str) -> Json:
    """`PUT …/draft_orders/{id}/complete`: answers `{"orders": [order]}` (Dintero's
    "Complete a draft order" reference), the order's `id` being its order id."""
    draft = _draft_for(state, ctx.account_id, draft_id)
    if draft.completed_order_id is not None:
        raise ApiError.bad_request("draft_already_completed", "The draft order is completed")
    order_id = str(draft.options.get("order_id") or new_order_number())
    if order_id in state.orders and draft.options.get("order_id") is None:
        order_id = new_order_number()
    draft.completed_order_id = order_id
    order = Order(
        order_id=order_id,
        account_id=ctx.account_id,
        draft_order_id=draft.id,
        created_at=state.clock.now(),
        order=draft.order,
        created_by=ctx.client_id,
    )
    state.orders[order_id] = order
    return {"orders": [order.to_json()]}


def get_order(state: SandboxState, account_id: str, order_id: str) -> Order:
    order = state.orders.get(order_id)
    if order is None:
        raise ApiError.not_found("Order")
    if order.account_id != account_id:
        raise ApiError.forbidden("The order belongs to another account")
    return order


def record(
    state: SandboxState, ctx: RequestContext, order: Order, kind: str, body: Any, base_url: str
) -> Json:
    """Store an authorization/capture/refund/cancellation record as the merchant reported it."""
    problems = Problems()
    if problems.object(body, "body") is None:
        problems.check()
    items = body.get("items")
    if kind != "cancellations" and (not isinstance(items, list) or not items):
        problems.add("items", "must be a non-empty array")
    known_lines = {item.get("line_id") for item in order.order.get("items", [])}
    for index, item in enumerate(items or []):
        path = f"items[{index}]"
        if problems.object(item, path) is None:
            continue
        problems.amount(item, "amount", f"{path}.amount")
        if item.get("line_id") not in known_lines:
            problems.add(f"{path}.line_id", "is not a line of this order")
    details = problems.object(body.get("payment_details"), "payment_details", required=False)
    if kind != "cancellations" and details is None:
        problems.add("payment_details", "is required")
    if details is not None:
        problems.text(details, "payment_id", "payment_details.payment_id")
    problems.check()
    record_id = str(uuid.uuid4())
    entry: Json = {
        "id": record_id,
        "created_at": format_time(state.clock.now()),
        "created_by": ctx.client_id,
        "amount": sum(int(item["amount"]) for item in items or []),
        "items": items or [],
        "success": bool(body.get("success", True)),
        "payment_details": details or {},
        "_links": [
            {
                "href": f"{base_url}/v1/accounts/{ctx.account_id}/shopping/orders/"
                f"{order.order_id}/{kind}/{record_id}",
                "rel": "self",
            }
        ],
    }
    for key in ("processed_at", "processed_by", "metadata", "authorization_id", "reason"):
        if key in body:
            entry[key] = body[key]
    order.records[kind].append(entry)
    return entry
