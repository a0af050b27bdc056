"""What a transaction's events add up to, and which money moves it allows now.

Dintero keeps no captured or refunded totals: they are sums of successful CAPTURE and
REFUND events. An INITIATE_* event without a later event correlated to it is a pending
operation whose amount is reserved. Per-line figures sum the events' `items` by line_id.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from functools import cached_property

from app.core.i18n import QT_TRANSLATE_NOOP, translate
from app.dintero.authorization import authorized_at
from app.dintero.errors import LocalValidationError
from app.dintero.models import (
    Correction,
    EventName,
    OrderItem,
    SettlementStatus,
    Transaction,
    TransactionEvent,
)
from app.dintero.models import TransactionStatus as S

__all__ = [
    "AUTO_CAPTURE_RETRY_WINDOW",
    "CAPTURABLE_STATUSES",
    "REFUNDABLE_STATUSES",
    "VOID_REMAINDER_PRODUCT_TYPES",
    "Ledger",
    "LineLedger",
    "Operation",
    "PendingOperation",
    "Permission",
    "ProductRules",
    "Settlement",
    "product_rules",
    "spread_amount",
]


class Operation(StrEnum):
    CAPTURE = "capture"
    REFUND = "refund"
    VOID = "void"

    @property
    def event_name(self) -> str:
        return self.value.upper()

    @property
    def initiate_event_name(self) -> str:
        return f"INITIATE_{self.value.upper()}"


#: An operation inside a sentence ("an earlier capture"): the same words as
#: ``app.desk.wording.OPERATION_WORDS.verb``, which this layer cannot import.
_IN_A_SENTENCE = {
    Operation.CAPTURE: QT_TRANSLATE_NOOP("Wording", "capture"),
    Operation.REFUND: QT_TRANSLATE_NOOP("Wording", "refund"),
    Operation.VOID: QT_TRANSLATE_NOOP("Wording", "void"),
}


CAPTURABLE_STATUSES = frozenset({S.AUTHORIZED, S.PARTIALLY_CAPTURED, S.PARTIALLY_CAPTURED_REFUNDED})
REFUNDABLE_STATUSES = frozenset(
    {S.PARTIALLY_CAPTURED, S.PARTIALLY_CAPTURED_REFUNDED, S.CAPTURED, S.PARTIALLY_REFUNDED}
)
VOID_REMAINDER_PRODUCT_TYPES = frozenset(
    {
        "payex.creditcard",
        "payex.mobilepay",
        "payex.vipps",
        "payex.applepay",
        "payex.clicktopay",
        "payex.googlepay",
        "vipps",
        "klarna.klarna",
        "klarna.billie",
    }
)
"""Products that may void the uncaptured rest after a partial capture: the void page's
"Void on part capture is only supported on following types" list."""


@dataclass(frozen=True)
class ProductRules:
    """What a payment product needs on captures and refunds.

    From Dintero's checkout spec and docs: Instabank captures and refunds need `items`
    "with `line_id`, `quantity` and `amount`"; "When capturing Collector payments,
    capture full item lines" (Integration checklist); `final_capture` "only applies to
    transactions where the `payment_product` is `dintero_psp`"; only the void page's
    list of types can void the rest after a part capture.
    """

    payment_product_type: str
    items_required: bool = False
    whole_line_captures: bool = False
    final_capture: bool = False
    void_rest: bool = False


def product_rules(payment_product_type: str | None) -> ProductRules:
    """The rules for a payment product type (e.g. `instabank.finance`)."""
    product_type = payment_product_type or ""
    provider = product_type.split(".", 1)[0]
    return ProductRules(
        payment_product_type=product_type,
        items_required=provider == "instabank",
        whole_line_captures=provider == "collector",
        final_capture=provider == "dintero_psp",
        void_rest=product_type in VOID_REMAINDER_PRODUCT_TYPES,
    )


def spread_amount(remaining: Sequence[tuple[str, int]], amount: int) -> tuple[tuple[str, int], ...]:
    """Split an amount-only move over lines: first lines first.

    The rule: walk the lines in the transaction's order and give each line what is left
    on it (`remaining`), until the amount is used up; the last line reached may get only
    part of what is left on it, and lines after it get nothing. So the parts add up to
    `amount` exactly, no line gets more than it has left, at most one line is taken in
    part, and the same lines and amount always give the same spread. `ValueError` when
    the amount is negative or more than all lines have left.
    """
    if amount < 0:
        raise ValueError("the amount to spread cannot be negative")
    if amount > sum(max(0, left) for _, left in remaining):
        raise ValueError("the lines have less left than the amount to spread")
    parts: list[tuple[str, int]] = []
    to_place = amount
    for line_id, left in remaining:
        if to_place == 0:
            break
        share = min(max(0, left), to_place)
        if share:
            parts.append((line_id, share))
            to_place -= share
    return tuple(parts)


_QUANTITY_STEP = Decimal("0.001")

AUTO_CAPTURE_RETRY_WINDOW = timedelta(hours=48)
"""Dintero "will attempts capture retries for 48 hours" after the authorization."""

_OPERATION_OF_EVENT: dict[str, Operation] = {
    EventName.CAPTURE: Operation.CAPTURE,
    EventName.REFUND: Operation.REFUND,
    EventName.VOID: Operation.VOID,
    EventName.INITIATE_CAPTURE: Operation.CAPTURE,
    EventName.INITIATE_REFUND: Operation.REFUND,
    EventName.INITIATE_VOID: Operation.VOID,
}


def operation_of(event: TransactionEvent) -> Operation | None:
    """The money move an event belongs to (completed or initiated), if any."""
    return _OPERATION_OF_EVENT.get(event.event)


def is_initiate(event: TransactionEvent) -> bool:
    return event.event.startswith("INITIATE_")


@dataclass(frozen=True)
class PendingOperation:
    """An INITIATE_* event Dintero has not completed yet (a 202 answer)."""

    operation: Operation
    amount: int
    request_id: str | None
    reference: str | None
    created_at: datetime | None
    event: TransactionEvent


@dataclass(frozen=True)
class Permission:
    """Whether an operation is allowed now; `reason` says why not, in plain words."""

    allowed: bool
    reason: str = ""

    def __bool__(self) -> bool:
        return self.allowed


@dataclass(frozen=True)
class LineLedger:
    """One order line: what was authorized, captured and refunded on it."""

    line_id: str
    description: str | None
    amount: int
    captured: int
    refunded: int
    pending_capture: int
    pending_refund: int

    @property
    def capturable(self) -> int:
        return max(0, self.amount - self.captured - self.pending_capture)

    @property
    def refundable(self) -> int:
        return max(0, self.captured - self.refunded - self.pending_refund)


def _sum_by_line(events: Iterable[TransactionEvent]) -> dict[str, int]:
    totals: dict[str, int] = defaultdict(int)
    for event in events:
        for item in event.items:
            if item.line_id is not None:
                totals[item.line_id] += item.amount
    return dict(totals)


@dataclass(frozen=True)
class Settlement:
    """How much of a transaction's money has been paid out to the merchant.

    `status` is Dintero's `settlement_status` (None when it did not say); the sums come
    from the payouts in the events' `settlements`.
    """

    status: SettlementStatus | None
    settled_captured: int
    settled_refunded: int
    paid_out: int
    fees: int
    unsettled: int
    """Captured minus refunded money not paid out yet."""

    @property
    def settled(self) -> bool | None:
        """Paid out in full (True), not yet or in part (False), or unknown (None)."""
        if self.status is None:
            return None
        return self.status is SettlementStatus.SETTLED


_NO_MONEY_YET = frozenset({S.INITIATED, S.ON_HOLD, S.DECLINED, S.FAILED, S.UNKNOWN})
_FULLY_CAPTURED = frozenset({S.CAPTURED, S.PARTIALLY_REFUNDED, S.REFUNDED})

_PAYMENT_NOT_DONE = {
    S.INITIATED: QT_TRANSLATE_NOOP(
        "Ledger", "The payment is not finished yet; wait until it is authorized."
    ),
    S.ON_HOLD: QT_TRANSLATE_NOOP(
        "Ledger", "The payment is on hold for review; wait until it is authorized."
    ),
    S.DECLINED: QT_TRANSLATE_NOOP(
        "Ledger", "The payment was declined, so there is no money to move."
    ),
    S.FAILED: QT_TRANSLATE_NOOP("Ledger", "The payment failed, so there is no money to move."),
    S.UNKNOWN: QT_TRANSLATE_NOOP(
        "Ledger", "Dintero does not know the outcome of this payment yet; nothing can be done now."
    ),
    S.AUTHORIZATION_VOIDED: QT_TRANSLATE_NOOP(
        "Ledger", "The authorization was voided; nothing is left to capture or refund."
    ),
}


class Ledger:
    """Derived money of one transaction snapshot (pure: no I/O)."""

    def __init__(self, transaction: Transaction) -> None:
        self.transaction = transaction

    # -- events ---------------------------------------------------------------------

    def _successful(self, name: str) -> list[TransactionEvent]:
        return [e for e in self.transaction.events if e.event == name and e.success is True]

    @cached_property
    def pending(self) -> tuple[PendingOperation, ...]:
        events = self.transaction.events
        completed = {e.completes for e in events if e.completes}
        pending: list[PendingOperation] = []
        for event in events:
            operation = operation_of(event)
            if operation is None or not is_initiate(event):
                continue
            if event.request_id is not None and event.request_id in completed:
                continue
            pending.append(
                PendingOperation(
                    operation=operation,
                    amount=event.amount or 0,
                    request_id=event.request_id,
                    reference=event.event_reference,
                    created_at=event.created_at,
                    event=event,
                )
            )
        return tuple(pending)

    def pending_amount(self, operation: Operation) -> int:
        return sum(p.amount for p in self.pending if p.operation is operation)

    def _pending_events(self, operation: Operation) -> list[TransactionEvent]:
        return [p.event for p in self.pending if p.operation is operation]

    # -- totals ---------------------------------------------------------------------

    @property
    def authorized(self) -> int:
        return self.transaction.amount

    @cached_property
    def captured(self) -> int:
        return sum(e.amount or 0 for e in self._successful(EventName.CAPTURE))

    @cached_property
    def refunded(self) -> int:
        return sum(e.amount or 0 for e in self._successful(EventName.REFUND))

    @cached_property
    def voided(self) -> bool:
        """A successful void released the uncaptured authorization."""
        return bool(self._successful(EventName.VOID)) or (
            self.transaction.status is S.AUTHORIZATION_VOIDED
        )

    @cached_property
    def correction(self) -> Correction | None:
        """The newest event's `correction` (a status repair after a failed operation): its
        remaining amounts override what the events add up to."""
        events = self.transaction.events
        return events[-1].correction if events else None

    @cached_property
    def capture_closed(self) -> bool:
        """Nothing more can be captured: a void (of all, or of the rest after a part
        capture) happened, or the status says everything is captured although less was
        (a final capture). Dintero does not document the status after these, so a
        successful VOID event counts whatever the status is called."""
        return self.voided or self.transaction.status in _FULLY_CAPTURED

    @property
    def remaining_capturable(self) -> int:
        """What can still be captured, from the events (and a correction), not a status name."""
        if self.transaction.status in _NO_MONEY_YET:
            return 0
        correction = self.correction
        if correction is not None and correction.remaining_capture_amount is not None:
            return max(0, correction.remaining_capture_amount)
        if self.capture_closed or any(p.operation is Operation.VOID for p in self.pending):
            return 0
        reserved = self.pending_amount(Operation.CAPTURE)
        return max(0, self.authorized - self.captured - reserved)

    @property
    def remaining_refundable(self) -> int:
        """Captured minus refunded, whatever the status is called: money captured before
        the rest was voided can still be refunded."""
        if self.transaction.status in _NO_MONEY_YET:
            return 0
        correction = self.correction
        if correction is not None and correction.remaining_refund_amount is not None:
            return max(0, correction.remaining_refund_amount)
        return max(0, self.captured - self.refunded - self.pending_amount(Operation.REFUND))

    @property
    def remaining_voidable(self) -> int:
        """The uncaptured authorization a void would release now: all of it before any
        capture, the rest after a part capture only for the products that allow it."""
        if self.transaction.status in _NO_MONEY_YET:
            return 0
        correction = self.correction
        if correction is not None and correction.remaining_void_amount is not None:
            return max(0, correction.remaining_void_amount)
        rest = self.remaining_capturable
        if rest == 0 or self.captured == 0:
            return rest
        if self.transaction.status is S.PARTIALLY_CAPTURED_REFUNDED:
            return 0  # voiding after a refund is not documented: not offered
        product = self.transaction.payment_product_type or ""
        return rest if product in VOID_REMAINDER_PRODUCT_TYPES else 0

    @cached_property
    def settlement(self) -> Settlement:
        """Settled vs not yet settled: Dintero's `settlement_status` and the payouts."""
        seen: set[tuple[str | None, str | None, int | None]] = set()
        captured = refunded = paid_out = fees = 0
        for event in self.transaction.events:
            for payout in event.settlements.events if event.settlements else ():
                key = (payout.settlement_id, payout.event_correlation_id, payout.amount)
                if key in seen:
                    continue
                seen.add(key)
                captured += payout.capture or 0
                refunded += payout.refund or 0
                paid_out += payout.amount or 0
                fees += payout.fee or 0
        raw = self.transaction.settlement_status
        status = SettlementStatus(raw) if raw and raw in SettlementStatus.__members__ else None
        unsettled = max(0, (self.captured - self.refunded) - (captured - refunded))
        return Settlement(status, captured, refunded, paid_out, fees, unsettled)

    def auto_capture_pending(self, now: datetime | None = None) -> bool | None:
        """Dintero will capture this transaction by itself ("Dintero will capture this
        automatically"); None when that is not known because the session was not read
        (`DinteroClient.get_transaction_detail` reads it).

        The session's `configuration.auto_capture` asks Dintero to capture after
        AUTHORIZED, retrying for 48 hours; a manual capture or a void stops it. A failed
        CAPTURE event does not: it may be one of Dintero's own attempts.
        """
        transaction = self.transaction
        if transaction.status is not S.AUTHORIZED or self.voided or self.captured:
            return False
        if any(p.operation in (Operation.CAPTURE, Operation.VOID) for p in self.pending):
            return False
        if transaction.session is None:
            return None
        if transaction.session.configuration.get("auto_capture") is not True:
            return False
        start = authorized_at(transaction)
        moment = now or datetime.now(UTC)
        return start is None or moment - start < AUTO_CAPTURE_RETRY_WINDOW

    # -- lines ----------------------------------------------------------------------

    @cached_property
    def lines(self) -> tuple[LineLedger, ...]:
        """Per line_id. If captures named no lines, a full capture counts every line captured."""
        captures = self._successful(EventName.CAPTURE)
        captured = _sum_by_line(captures)
        if not captured and self.captured and self.captured >= self.authorized:
            captured = {i.line_id: i.amount for i in self.transaction.items if i.line_id}
        refunded = _sum_by_line(self._successful(EventName.REFUND))
        pending_capture = _sum_by_line(self._pending_events(Operation.CAPTURE))
        pending_refund = _sum_by_line(self._pending_events(Operation.REFUND))
        return tuple(
            LineLedger(
                line_id=item.line_id,
                description=item.description,
                amount=item.amount,
                captured=captured.get(item.line_id, 0),
                refunded=refunded.get(item.line_id, 0),
                pending_capture=pending_capture.get(item.line_id, 0),
                pending_refund=pending_refund.get(item.line_id, 0),
            )
            for item in self.transaction.items
            if item.line_id is not None
        )

    def line(self, line_id: str) -> LineLedger:
        for line in self.lines:
            if line.line_id == line_id:
                return line
        raise KeyError(line_id)

    def item_for(self, line_id: str, amount: int) -> OrderItem:
        """The item moving `amount` of a line, always with a quantity.

        A whole line keeps its quantity; part of a line gets the same share of it
        (quantity × amount / line amount, to three decimals, at least 0.001; a line
        without a quantity counts as one unit). Instabank requires `quantity` on every
        item of a capture or refund.
        """
        original = next(i for i in self.transaction.items if i.line_id == line_id)
        whole = amount == original.amount
        units = original.quantity if original.quantity is not None else Decimal(1)
        if whole or original.amount == 0:
            quantity = units
        else:
            share = (units * amount / original.amount).quantize(_QUANTITY_STEP, ROUND_HALF_UP)
            quantity = max(share, _QUANTITY_STEP)
            if quantity == quantity.to_integral_value():
                quantity = quantity.quantize(Decimal(1))
        return OrderItem(
            id=original.id,
            line_id=line_id,
            description=original.description,
            quantity=quantity,
            amount=amount,
            vat=original.vat,
            vat_amount=original.vat_amount if whole else None,
        )

    def spread_items(self, operation: Operation, amount: int) -> tuple[OrderItem, ...]:
        """An amount-only capture or refund as lines, by `spread_amount`'s rule over what
        is left on each line; `LocalValidationError` if the lines do not cover it."""
        capture = operation is Operation.CAPTURE
        remaining = [
            (line.line_id, line.capturable if capture else line.refundable) for line in self.lines
        ]
        try:
            parts = spread_amount(remaining, amount)
        except ValueError as error:
            raise LocalValidationError(
                translate(
                    "Ledger", "The order lines do not cover this {operation}: {error}."
                ).format(operation=operation.value, error=error)
            ) from None
        return tuple(self.item_for(line_id, share) for line_id, share in parts)

    def items_to_send(
        self,
        operation: Operation,
        amount: int,
        items: tuple[OrderItem, ...] = (),
        *,
        final_capture: bool = False,
    ) -> tuple[OrderItem, ...]:
        """The items a capture or refund of `amount` must carry for this payment product.

        Given items get their missing quantities. Without items, a product that needs
        lines (Instabank; a Walley capture) gets the amount spread over the lines
        (`spread_items`), shown to staff before they confirm. A Walley capture must be
        whole, untouched lines. `LocalValidationError` says what cannot be sent.
        """
        rules = product_rules(self.transaction.payment_product_type)
        capture = operation is Operation.CAPTURE
        if final_capture and not rules.final_capture:
            raise LocalValidationError(
                translate(
                    "Ledger",
                    "Only Dintero's own card payments (dintero_psp) can end with a final capture.",
                )
            )
        if operation is Operation.VOID:
            return ()
        whole_lines = capture and rules.whole_line_captures
        if items:
            filled = tuple(
                item
                if item.quantity is not None or item.line_id is None
                else item.model_copy(
                    update={"quantity": self.item_for(item.line_id, item.amount).quantity}
                )
                for item in items
            )
        elif rules.items_required or whole_lines:
            filled = self.spread_items(operation, amount)
        else:
            return ()
        if whole_lines:
            self._check_whole_lines(filled)
        return filled

    def _check_whole_lines(self, items: tuple[OrderItem, ...]) -> None:
        """Walley captures whole lines: each item one untouched line, all of it."""
        lines = {line.line_id: line for line in self.lines}
        for item in items:
            line = lines.get(item.line_id or "")
            whole = (
                line is not None
                and item.amount == line.amount
                and line.captured == 0
                and line.pending_capture == 0
            )
            if not whole:
                name = (line.description if line else None) or f"line {item.line_id}"
                raise LocalValidationError(
                    translate(
                        "Ledger",
                        "Walley (Collector) captures whole lines only, and {name} would be "
                        "captured in part. Choose whole lines.",
                    ).format(name=name)
                )

    def capture_items(self) -> tuple[OrderItem, ...]:
        """Every line's uncaptured remainder, for "capture the rest" by lines."""
        return tuple(
            self.item_for(line.line_id, line.capturable) for line in self.lines if line.capturable
        )

    def refund_items(self) -> tuple[OrderItem, ...]:
        """Every line's unrefunded captured amount, for "refund the rest" by lines."""
        return tuple(
            self.item_for(line.line_id, line.refundable) for line in self.lines if line.refundable
        )

    def rest_items(self, operation: Operation) -> tuple[OrderItem, ...]:
        """The lines of everything left to capture or refund; () if they do not add up to it."""
        if operation is Operation.CAPTURE:
            remaining, items = self.remaining_capturable, self.capture_items()
        else:
            remaining, items = self.remaining_refundable, self.refund_items()
        return items if sum(item.amount for item in items) == remaining else ()

    # -- what is allowed --------------------------------------------------------------

    def find_event(self, operation: Operation, reference: str) -> TransactionEvent | None:
        """The newest completed or initiated event of `operation` carrying `reference`."""
        names = {operation.event_name, operation.initiate_event_name}
        found = [
            e
            for e in self.transaction.events
            if e.event in names and e.event_reference == reference
        ]
        completed = [e for e in found if not is_initiate(e)]
        chosen = completed or found
        return chosen[-1] if chosen else None

    def permission(self, operation: Operation) -> Permission:
        status = self.transaction.status
        if self.pending:
            names = ", ".join(
                translate("Wording", _IN_A_SENTENCE[operation])
                for operation in sorted({p.operation for p in self.pending})
            )
            return Permission(
                False,
                translate(
                    "Ledger",
                    "Dintero is still processing an earlier {names}; wait until it finishes.",
                ).format(names=names),
            )
        if operation is Operation.CAPTURE:
            return self._capture_permission(status)
        if operation is Operation.REFUND:
            return self._refund_permission(status)
        return self._void_permission(status)

    def allowed_operations(self) -> dict[Operation, Permission]:
        return {operation: self.permission(operation) for operation in Operation}

    def _capture_permission(self, status: S) -> Permission:
        if status in _NO_MONEY_YET:
            return Permission(False, translate("Ledger", _PAYMENT_NOT_DONE[status]))
        if self.remaining_capturable > 0:
            return Permission(True)
        if self.voided and self.captured == 0:
            return Permission(False, translate("Ledger", _PAYMENT_NOT_DONE[S.AUTHORIZATION_VOIDED]))
        if self.captured and self.captured < self.authorized:
            return Permission(
                False,
                translate(
                    "Ledger",
                    "The rest of the authorization was released; nothing is left to capture.",
                ),
            )
        return Permission(
            False, translate("Ledger", "Everything authorized has been captured already.")
        )

    def _refund_permission(self, status: S) -> Permission:
        if status in _NO_MONEY_YET:
            return Permission(False, translate("Ledger", _PAYMENT_NOT_DONE[status]))
        if self.remaining_refundable > 0:
            return Permission(True)
        if self.captured == 0:
            if self.voided:
                return Permission(
                    False, translate("Ledger", _PAYMENT_NOT_DONE[S.AUTHORIZATION_VOIDED])
                )
            return Permission(
                False,
                translate(
                    "Ledger",
                    "Authorized: nothing captured yet, so there is nothing to refund; "
                    "void instead.",
                ),
            )
        return Permission(
            False, translate("Ledger", "Everything captured has been refunded already.")
        )

    def _void_permission(self, status: S) -> Permission:
        product = self.transaction.payment_product_type or ""
        if status in _NO_MONEY_YET:
            return Permission(False, translate("Ledger", _PAYMENT_NOT_DONE[status]))
        if self.remaining_voidable > 0:
            return Permission(True)
        if self.voided and self.captured == 0:
            return Permission(False, translate("Ledger", _PAYMENT_NOT_DONE[S.AUTHORIZATION_VOIDED]))
        if status is S.PARTIALLY_CAPTURED_REFUNDED:
            return Permission(
                False,
                translate(
                    "Ledger", "Part of this payment was captured and refunded; it cannot be voided."
                ),
            )
        if self.remaining_capturable > 0:
            return Permission(
                False,
                translate(
                    "Ledger",
                    "Part of this payment is captured; releasing the rest is not possible "
                    "for {value}. Capture the rest or refund what was captured.",
                ).format(value=product or translate("Ledger", "this payment method")),
            )
        if product.startswith("swish"):
            return Permission(
                False, translate("Ledger", "Swish captures at payment: refund instead of void.")
            )
        if status is S.REFUNDED:
            return Permission(
                False,
                translate("Ledger", "The payment is fully refunded; there is nothing to void."),
            )
        return Permission(False, translate("Ledger", "Already captured: refund instead of void."))
