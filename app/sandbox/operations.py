"""Capture, refund and void: Dintero's state machine, immediate or accepted later (202)."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from app.sandbox import auto_capture, settlement
from app.sandbox.callbacks import notify_event
from app.sandbox.errors import ApiError, Code
from app.sandbox.events import transaction_event
from app.sandbox.faults import FaultRule, failed_event_error
from app.sandbox.ledger import (
    CAPTURABLE_STATUSES,
    REFUNDABLE_STATUSES,
    VOID_REMAINDER_PRODUCT_TYPES,
    Ledger,
    status_after_change,
)
from app.sandbox.model import Json, Transaction
from app.sandbox.state import RequestContext, SandboxState
from app.sandbox.validation import INT32_MAX, Problems, is_int

__all__ = [
    "OperationFaults",
    "Outcome",
    "capture",
    "refund",
    "update_transaction",
    "void",
    "void_for_session_cancel",
]


@dataclass(frozen=True)
class Outcome:
    """The transaction after the call; `accepted_request_id` is set for a 202 answer."""

    transaction: Transaction
    accepted_request_id: str | None = None


@dataclass(frozen=True)
class _Request:
    amount: int
    items: list[Json] | None
    reference: str | None
    metadata: Json | None
    extra: Json


def _parse_money_request(body: Any, reference_key: str, extra_keys: tuple[str, ...]) -> _Request:
    problems = Problems()
    if problems.object(body, "body") is None:
        problems.check()
    amount = body.get("amount")
    if amount is None:
        problems.add("amount", "is required")
    elif not is_int(amount) or not 0 < amount <= INT32_MAX:
        problems.add("amount", "must be a positive integer amount in minor units")
    problems.text(body, reference_key, reference_key, required=False)
    items = body.get("items")
    if items is not None:
        if not isinstance(items, list):
            problems.add("items", "must be an array")
        else:
            for index, item in enumerate(items):
                path = f"items[{index}]"
                if problems.object(item, path) is None:
                    continue
                if not isinstance(item.get("line_id"), str | int) or item.get("line_id") == "":
                    problems.add(f"{path}.line_id", "is required")
                value = item.get("amount")
                if not is_int(value) or value < 0:
                    problems.add(f"{path}.amount", "must be a non-negative integer amount")
    metadata = problems.object(body.get("metadata"), "metadata", required=False)
    problems.check()
    return _Request(
        amount=int(amount),
        items=[dict(item, line_id=str(item["line_id"])) for item in items] if items else None,
        reference=body.get(reference_key),
        metadata=metadata,
        extra={key: body[key] for key in extra_keys if key in body},
    )


def _check_items(request: _Request, remaining_by_line: dict[str, int], operation: str) -> None:
    """Σ items = amount, every line exists, and no line goes past what is left on it."""
    if request.items is None:
        return
    per_line: dict[str, int] = defaultdict(int)
    for item in request.items:
        line_id = item["line_id"]
        if line_id not in remaining_by_line:
            raise ApiError.bad_request(
                Code.UNKNOWN_LINE_ID, f"Unknown line_id {line_id!r} on this transaction", "items"
            )
        per_line[line_id] += int(item["amount"])
    for line_id, amount in per_line.items():
        if amount > remaining_by_line[line_id]:
            raise ApiError.bad_request(
                Code.LINE_AMOUNT_EXCEEDS_REMAINING,
                f"Line {line_id!r}: {operation} of {amount} exceeds the "
                f"{remaining_by_line[line_id]} remaining on that line",
                "items",
            )
    total = sum(per_line.values())
    if total != request.amount:
        raise ApiError.bad_request(
            Code.ITEMS_AMOUNT_MISMATCH,
            f"The items sum to {total}, but amount is {request.amount}",
            "items",
        )


def _check_product_rules(
    transaction: Transaction, request: _Request, ledger: Ledger, operation: str
) -> None:
    """What the payment product needs on a capture or refund.

    Instabank (the capture and refund pages): "`items` is required ... The items must
    include the lines to Capture, with `line_id`, `quantity` and `amount`". Collector
    (Walley), the Integration checklist: "When capturing Collector payments, capture full
    item lines" (by lines, or everything left at once).
    """
    product = transaction.payment_product
    if product == "instabank":
        if not request.items:
            raise ApiError.bad_request(
                Code.ITEMS_REQUIRED,
                f"items with line_id, quantity and amount are required to {operation} "
                "an Instabank payment",
                "items",
            )
        for index, item in enumerate(request.items):
            quantity = item.get("quantity")
            if isinstance(quantity, bool) or not isinstance(quantity, int | float):
                raise ApiError.bad_request(
                    Code.ITEMS_REQUIRED,
                    "quantity is required on every item of an Instabank payment",
                    f"items[{index}].quantity",
                )
    if product == "collector" and operation == "capture":
        lines = {str(item.get("line_id")): item for item in ledger.items()}
        left = ledger.line_capturable()
        if not request.items:
            if request.amount != sum(left.values()):
                raise ApiError.bad_request(
                    Code.WHOLE_LINES_REQUIRED,
                    "Collector captures whole lines: send the lines to capture",
                    "items",
                )
            return
        for index, item in enumerate(request.items):
            line = lines.get(item["line_id"])
            whole = line is not None and int(item["amount"]) == int(line.get("amount", 0))
            untouched = line is not None and left.get(item["line_id"]) == line.get("amount")
            quantity = item.get("quantity")
            same_quantity = quantity is None or (
                line is not None and quantity == line.get("quantity", quantity)
            )
            if not (whole and untouched and same_quantity):
                raise ApiError.bad_request(
                    Code.WHOLE_LINES_REQUIRED,
                    f"Collector captures whole lines: line {item['line_id']!r} is not whole",
                    f"items[{index}]",
                )


def _not_allowed(transaction: Transaction, operation: str) -> ApiError:
    return ApiError.bad_request(
        Code.OPERATION_NOT_ALLOWED,
        f"Cannot {operation} a transaction with status {transaction.status}",
    )


@dataclass(frozen=True)
class OperationFaults:
    """Faults that shape a capture/refund/void's answer (from the request's fault rules).

    `later` (`accepted_later`): 202 now, the result event later. `failed`
    (`event_failed`): the result event has `success: false` and nothing is applied;
    with `later` too, it is the later completion that fails.
    """

    later: FaultRule | None = None
    failed: FaultRule | None = None
    late_apply: FaultRule | None = None
    """`error_then_apply`: the answer is an error, the change is applied later anyway."""


def _record(
    state: SandboxState,
    ctx: RequestContext,
    transaction: Transaction,
    name: str,
    *,
    amount: int,
    items: list[Json] | None,
    reference: str | None,
    metadata: Json | None,
    faults: OperationFaults,
    apply: Callable[[], None] | None = None,
) -> Outcome:
    """Append the event (or its INITIATE_* now and the result later) and move the status."""
    now = state.clock.now()
    reference = reference or transaction.metadata.get("event_reference")
    later = faults.later
    if faults.failed is not None:
        success, error_rule = False, faults.failed
    elif later is not None and not later.complete_success:
        success, error_rule = False, later
    else:
        success, error_rule = True, None

    def result(at: datetime, request_id: str, correlation_request_id: str | None) -> None:
        """The CAPTURE/REFUND/VOID event; a failed one applies nothing and keeps the status."""
        if success and apply is not None:
            apply()
        event = transaction_event(
            name,
            status=transaction.status,
            at=at,
            amount=amount,
            request_id=request_id,
            created_by=ctx.client_id,
            success=success,
            items=items,
            event_reference=reference,
            request_headers=ctx.system_headers,
            metadata=metadata,
            error=None if success else failed_event_error(name, error_rule),
        )
        if correlation_request_id is not None:
            # The completion of a 202: `correlation_request_id` in the current spec,
            # `initiate_request_id` in the 2020 changelog (a fault rule picks which).
            key = later.completion_key if later is not None else "correlation_request_id"
            event[key] = correlation_request_id
        if not success and error_rule is not None and error_rule.correction is not None:
            _correct(transaction, event, error_rule.correction)
        transaction.events.append(event)
        if success:
            transaction.status = status_after_change(transaction)
            event["transaction_status"] = transaction.status
            if name in ("CAPTURE", "REFUND"):
                settlement.money_moved(state, transaction)
        transaction.updated_at = at
        notify_event(state, transaction, event)

    if faults.late_apply is not None:
        state.later(
            faults.late_apply.complete_after_ms / 1000,
            lambda: result(state.clock.now(), ctx.request_id, None),
        )
        return Outcome(transaction)
    if later is None:
        result(now, ctx.request_id, None)
        return Outcome(transaction)

    transaction.events.append(
        transaction_event(
            f"INITIATE_{name}",
            status=transaction.status,
            at=now,
            amount=amount,
            request_id=ctx.request_id,
            created_by=ctx.client_id,
            items=items,
            event_reference=reference,
            request_headers=ctx.system_headers,
            metadata=metadata,
        )
    )
    transaction.updated_at = now
    state.later(
        later.complete_after_ms / 1000,
        lambda: result(state.clock.now(), str(uuid.uuid4()), ctx.request_id),
    )
    return Outcome(transaction, accepted_request_id=ctx.request_id)


def _correct(transaction: Transaction, event: Json, given: Json) -> None:
    """A status repair after a failed operation (TransactionEvent.correction)."""
    ledger = Ledger(transaction)
    correction: Json = {
        "event_ids": [event["id"]],
        "status": given.get("status", transaction.status),
        "remaining_capture_amount": given.get("remaining_capture_amount", ledger.capturable),
        "remaining_refund_amount": given.get("remaining_refund_amount", ledger.refundable),
        "remaining_void_amount": given.get("remaining_void_amount", ledger.capturable),
    }
    event["correction"] = correction
    transaction.status = str(correction["status"])
    event["transaction_status"] = transaction.status
    if correction["remaining_capture_amount"] == 0:
        transaction.capture_closed = True


def capture(
    state: SandboxState,
    ctx: RequestContext,
    transaction: Transaction,
    body: Any,
    faults: OperationFaults | None = None,
) -> Outcome:
    request = _parse_money_request(body, "capture_reference", ("final_capture",))
    final_capture = request.extra.get("final_capture", False)
    if not isinstance(final_capture, bool):
        raise ApiError.bad_request(Code.INVALID_REQUEST, "must be a boolean", "final_capture")
    if transaction.status not in CAPTURABLE_STATUSES:
        raise _not_allowed(transaction, "capture")
    if final_capture and transaction.payment_product != "dintero_psp":
        # "Only applies to transactions where the `payment_product` is `dintero_psp`."
        raise ApiError.bad_request(
            Code.FINAL_CAPTURE_NOT_SUPPORTED,
            "final_capture is only supported for dintero_psp payments",
            "final_capture",
        )
    ledger = Ledger(transaction)
    if request.amount > ledger.capturable:
        raise ApiError.bad_request(
            Code.CAPTURE_EXCEEDS_REMAINING,
            f"Capture of {request.amount} exceeds the {ledger.capturable} remaining to capture",
            "amount",
        )
    _check_items(request, ledger.line_capturable(), "capture")
    _check_product_rules(transaction, request, ledger, "capture")
    auto_capture.stop(transaction)  # "Manual capture ... will stop the auto-capture"

    def close_remainder() -> None:
        if final_capture:
            transaction.capture_closed = True

    return _record(
        state,
        ctx,
        transaction,
        "CAPTURE",
        amount=request.amount,
        items=request.items,
        reference=request.reference,
        metadata=request.metadata,
        faults=faults or OperationFaults(),
        apply=close_remainder,
    )


def refund(
    state: SandboxState,
    ctx: RequestContext,
    transaction: Transaction,
    body: Any,
    faults: OperationFaults | None = None,
) -> Outcome:
    request = _parse_money_request(body, "refund_reference", ("reason",))
    if transaction.status not in REFUNDABLE_STATUSES:
        raise _not_allowed(transaction, "refund")
    ledger = Ledger(transaction)
    if request.amount > ledger.refundable:
        raise ApiError.bad_request(
            Code.REFUND_EXCEEDS_REMAINING,
            f"Refund of {request.amount} exceeds the {ledger.refundable} remaining to refund",
            "amount",
        )
    _check_items(request, ledger.line_refundable(), "refund")
    _check_product_rules(transaction, request, ledger, "refund")
    metadata = dict(request.metadata or {})
    if isinstance(request.extra.get("reason"), str):
        metadata["reason"] = request.extra["reason"]
    return _record(
        state,
        ctx,
        transaction,
        "REFUND",
        amount=request.amount,
        items=request.items,
        reference=request.reference,
        metadata=metadata or None,
        faults=faults or OperationFaults(),
    )


def void(
    state: SandboxState,
    ctx: RequestContext,
    transaction: Transaction,
    faults: OperationFaults | None = None,
) -> Outcome:
    """Release the uncaptured authorization (the whole of it, or a partial capture's rest)."""
    ledger = Ledger(transaction)
    if ledger.has_pending("VOID") or ledger.has_pending("CAPTURE"):
        raise ApiError.bad_request(
            Code.OPERATION_PENDING, "Another operation on this transaction is still pending"
        )
    if transaction.status == "PARTIALLY_CAPTURED":
        if transaction.payment_product_type not in VOID_REMAINDER_PRODUCT_TYPES:
            raise ApiError.bad_request(
                Code.VOID_NOT_SUPPORTED,
                f"{transaction.payment_product_type} cannot void the rest of a partial capture",
            )
    elif transaction.status != "AUTHORIZED":
        raise _not_allowed(transaction, "void")
    return _void(state, ctx, transaction, faults or OperationFaults())


def _void(
    state: SandboxState, ctx: RequestContext, transaction: Transaction, faults: OperationFaults
) -> Outcome:
    remainder = Ledger(transaction).capturable
    auto_capture.stop(transaction)

    def close_remainder() -> None:
        transaction.capture_closed = True

    return _record(
        state,
        ctx,
        transaction,
        "VOID",
        amount=remainder,
        items=None,
        reference=None,
        metadata=None,
        faults=faults,
        apply=close_remainder,
    )


def void_for_session_cancel(
    state: SandboxState, ctx: RequestContext, transaction: Transaction
) -> None:
    """Cancelling a session voids its INITIATED or AUTHORIZED transaction."""
    _void(state, ctx, transaction, OperationFaults())


def update_transaction(transaction: Transaction, body: Any, now: Any) -> Transaction:
    """`PUT /v1/transactions/{id}`: only `merchant_reference_2` is writable."""
    problems = Problems()
    if problems.object(body, "body") is None:
        problems.check()
    problems.text(body, "merchant_reference_2", "merchant_reference_2")
    for key in sorted(set(body) - {"merchant_reference_2"}):
        problems.add(key, "is not writable")
    problems.check()
    transaction.merchant_reference_2 = body["merchant_reference_2"]
    transaction.updated_at = now
    transaction.search_text = ""
    return transaction
