"""Safe money moves: capture, refund and void that are never sent twice by accident.

Dintero has no idempotency key, so every move follows the same rules:

1. One move in flight per transaction here (an asyncio.Lock per transaction id).
2. Know the transaction. Normally read it: if an event already carries our reference,
   adopt it instead of sending; check the status, product and remaining amount. A
   capture or refund whose caller passes ``basis`` (the transaction as it last read it)
   is a *first send under a reference never sent before*, and goes out without that read.
3. Journal the reference (``journal``, awaited; raising stops the send) before sending.
4. Send once. A 200 is not proof: the new event's ``success`` decides. A 202 is
   ``pending`` with its ``event-request-id``; ``wait_for_completion`` polls for the
   correlated event.
5. On a timeout, dropped connection, 5xx or unreadable answer, never resend: tell the
   caller (``on_uncertain``, e.g. to show "checking…"), re-read the transaction with
   backoff over the settle window and settle by our reference only — never by another
   client's event of the same kind. A void, which has no reference, settles by a VOID
   event that was not there before or by the voided status. An event whose ``success``
   is still null is not settled. Still absent at the end: ``OutcomeUnknown``.

Why this never moves money twice for one intent:

- Every send carries a reference and is journalled before it goes out, so every send
  can be found again, by us (``find_outcome``) or after a crash (the desk's reconcile).
- Nothing here ever sends a second time. An absence is not proof that Dintero will not
  apply the first send later (a 5xx answer can come before a late apply), so a second
  send is always a new, explicit intent of the person at the desk, made after the desk
  has re-read the transaction and found the earlier reference neither applied nor open.
- Skipping the read in step 2 is safe because the read only served two ends. Adopting
  an earlier send of the same reference cannot apply to a reference never sent. And
  checking amounts and status against Dintero's current state is Dintero's own check
  too: a basis gone stale (someone captured meanwhile) makes Dintero refuse the move
  (400: more than is left, or not allowed), which is a failure, never a second capture.
  Voids always read first: they have no reference to tell ours from another's.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import time
import weakref
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any, Protocol

from app.core.i18n import translate
from app.core.money import format_amount
from app.dintero.config import ClientConfig
from app.dintero.errors import (
    ApiError,
    AuthenticationFailed,
    DinteroError,
    Forbidden,
    LocalValidationError,
    NotFound,
    OperationNotAllowed,
    OutcomeUnknown,
    ResponseFormatError,
    TransportError,
)
from app.dintero.ledger import Ledger, Operation, is_initiate, operation_of
from app.dintero.models import OrderItem, Transaction, TransactionEvent
from app.dintero.payloads import CaptureRequest, RefundRequest
from app.dintero.transaction_endpoints import SentOperation

__all__ = [
    "BeforeSend",
    "MoneyMoves",
    "OnUncertain",
    "OperationOutcome",
    "OutcomeKind",
    "PreparedOperation",
    "SentOperation",
    "TransactionApi",
    "event_outcome_kind",
]

log = logging.getLogger(__name__)


class OutcomeKind(StrEnum):
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    PENDING = "pending"


@dataclass(frozen=True)
class OperationOutcome:
    """How a capture, refund or void ended, with the transaction as Dintero now has it."""

    kind: OutcomeKind
    operation: Operation
    transaction_id: str
    reference: str | None
    transaction: Transaction
    event: TransactionEvent | None = None
    event_request_id: str | None = None
    """For `pending`: the id the completion event will carry as `correlation_request_id`."""
    request_id: str | None = None
    """Dintero's `request-id` of the answer that decided this outcome; when the answer
    had no such header (it is not documented), the deciding event's `request_id`."""
    error: ApiError | None = None
    """For `failed` by refusal: Dintero's error answer."""
    adopted: bool = False
    """Settled by reading the transaction rather than from a direct answer."""

    @property
    def succeeded(self) -> bool:
        return self.kind is OutcomeKind.SUCCEEDED

    @property
    def failed(self) -> bool:
        return self.kind is OutcomeKind.FAILED

    @property
    def pending(self) -> bool:
        return self.kind is OutcomeKind.PENDING

    @property
    def amount(self) -> int | None:
        return self.event.amount if self.event is not None else None

    @property
    def awaiting_success(self) -> bool:
        """Pending because our completed event's `success` is still null (not a 202)."""
        return self.pending and self.event is not None and not is_initiate(self.event)

    @property
    def failure_message(self) -> str | None:
        """Why Dintero refused or the processor failed, in Dintero's words."""
        if self.error is not None:
            return self.error.message
        if self.kind is OutcomeKind.FAILED and self.event is not None and self.event.error:
            return self.event.error.message or self.event.error.code
        return None


@dataclass(frozen=True)
class PreparedOperation:
    """A checked move about to be sent: journal `reference` before it goes out."""

    operation: Operation
    transaction_id: str
    reference: str | None
    amount: int
    items: tuple[OrderItem, ...]
    transaction: Transaction
    payload: dict[str, Any] | None = field(repr=False, default=None)


BeforeSend = Callable[[PreparedOperation], Awaitable[None]]
"""The journal hook: awaited just before the send to record the reference. Raising stops
the send."""

OnUncertain = Callable[[PreparedOperation, DinteroError], Awaitable[None] | None]
"""Called (sync, or async and awaited) when a send ended without a clear answer.

It runs once per such send, with the error that left the outcome open, right before the
transaction is re-read to settle it: the moment to show "checking…". Nothing is sent
again meanwhile. An exception from it is logged and ignored, so it cannot stop settling.
"""


class TransactionApi(Protocol):
    """What the money moves need: read one transaction, send one operation."""

    async def get_transaction(
        self, transaction_id: str, includes: Iterable[str] = ()
    ) -> Transaction: ...

    async def send_operation(
        self, operation: Operation, transaction_id: str, payload: dict[str, Any] | None
    ) -> SentOperation: ...


async def _notify(hook: OnUncertain, prepared: PreparedOperation, cause: DinteroError) -> None:
    """Run the caller's hook; its failure must not keep the move from being settled."""
    try:
        result = hook(prepared, cause)
        if inspect.isawaitable(result):
            await result
    except asyncio.CancelledError:
        raise
    except Exception:
        log.exception("on_uncertain hook failed for %s", prepared.transaction_id)


_RAISED_REFUSALS = (AuthenticationFailed, Forbidden, NotFound)
"""Refusals about who or what, not about the move: raised, not returned as `failed`."""


class MoneyMoves:
    """Runs capture/refund/void by the rules above for one client."""

    def __init__(
        self,
        api: TransactionApi,
        config: ClientConfig,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._api = api
        self._config = config
        self._clock = clock
        self._locks: weakref.WeakValueDictionary[str, asyncio.Lock] = weakref.WeakValueDictionary()

    def _lock_for(self, transaction_id: str) -> asyncio.Lock:
        lock = self._locks.get(transaction_id)
        if lock is None:
            lock = asyncio.Lock()
            self._locks[transaction_id] = lock
        return lock

    # -- the move -------------------------------------------------------------------

    async def run(
        self,
        operation: Operation,
        transaction_id: str,
        request: CaptureRequest | RefundRequest | None = None,
        *,
        journal: BeforeSend | None = None,
        on_uncertain: OnUncertain | None = None,
        basis: Transaction | None = None,
    ) -> OperationOutcome:
        """One move by the rules above; ``basis`` skips the first read (see step 2)."""
        lock = self._lock_for(transaction_id)
        async with lock:
            if basis is not None and basis.id == transaction_id and operation is not Operation.VOID:
                ledger = Ledger(basis)
            else:
                transaction = await self._api.get_transaction(transaction_id)
                ledger = Ledger(transaction)
                if request is not None:
                    existing = ledger.find_event(operation, request.reference)
                    if existing is not None:
                        return self._from_event(
                            operation, transaction, existing, request.reference, adopted=True
                        )
            prepared = self._prepare(operation, ledger, request)
            if journal is not None:
                await journal(prepared)
            return await self._send_and_settle(prepared, on_uncertain)

    def _prepare(
        self,
        operation: Operation,
        ledger: Ledger,
        request: CaptureRequest | RefundRequest | None,
    ) -> PreparedOperation:
        transaction = ledger.transaction
        permission = ledger.permission(operation)
        if not permission:
            raise OperationNotAllowed(operation.value, transaction.id, permission.reason)
        if operation is Operation.VOID:
            return PreparedOperation(
                operation, transaction.id, None, ledger.remaining_capturable, (), transaction
            )
        if request is None:
            request = self._whole_rest(operation, ledger)
        self._check_amounts(operation, ledger, request)
        # What the payment product needs: lines for Instabank and Walley, quantities.
        final = isinstance(request, CaptureRequest) and request.final_capture
        items = ledger.items_to_send(operation, request.amount, request.items, final_capture=final)
        if items != request.items:
            request = request.model_copy(update={"items": items})
        return PreparedOperation(
            operation,
            transaction.id,
            request.reference,
            request.amount,
            request.items,
            transaction,
            request.to_payload(),
        )

    @staticmethod
    def _whole_rest(operation: Operation, ledger: Ledger) -> CaptureRequest | RefundRequest:
        """Everything still capturable/refundable, by lines when the lines add up to it."""
        items = ledger.rest_items(operation)
        if operation is Operation.CAPTURE:
            return CaptureRequest(amount=ledger.remaining_capturable, items=items)
        return RefundRequest(amount=ledger.remaining_refundable, items=items)

    @staticmethod
    def _check_amounts(
        operation: Operation, ledger: Ledger, request: CaptureRequest | RefundRequest
    ) -> None:
        tx_id = ledger.transaction.id
        capture = operation is Operation.CAPTURE
        remaining = ledger.remaining_capturable if capture else ledger.remaining_refundable
        if request.amount <= 0:
            raise LocalValidationError(
                translate("Operations", "The amount must be more than zero.")
            )
        currency = ledger.transaction.currency

        def money(minor: int) -> str:
            return _money(minor, currency)

        if request.amount > remaining:
            too_much = (
                translate(
                    "Operations", "Only {left} can still be captured, but {asked} was asked for."
                )
                if capture
                else translate(
                    "Operations", "Only {left} can still be refunded, but {asked} was asked for."
                )
            )
            raise OperationNotAllowed(
                operation.value,
                tx_id,
                too_much.format(left=money(remaining), asked=money(request.amount)),
            )
        if not request.items:
            return
        total = sum(item.amount for item in request.items)
        if total != request.amount:
            raise LocalValidationError(
                translate(
                    "Operations", "The chosen lines add up to {total}, but the amount is {amount}."
                ).format(total=money(total), amount=money(request.amount))
            )
        lines = {line.line_id: line for line in ledger.lines}
        for item in request.items:
            line = lines.get(item.line_id or "")
            if line is None:
                raise LocalValidationError(f"The line {item.line_id!r} is not on this transaction.")
            left = line.capturable if capture else line.refundable
            if item.amount > left:
                name = line.description or translate("Operations", "line {line}").format(
                    line=item.line_id
                )
                raise OperationNotAllowed(
                    operation.value,
                    tx_id,
                    translate(
                        "Operations", "Only {left} is left on {name}, but {asked} was asked for."
                    ).format(left=money(left), name=name, asked=money(item.amount)),
                )

    async def _send_and_settle(
        self, prepared: PreparedOperation, on_uncertain: OnUncertain | None = None
    ) -> OperationOutcome:
        known_ids = {e.id for e in prepared.transaction.events if e.id}
        try:
            sent = await self._api.send_operation(
                prepared.operation, prepared.transaction_id, prepared.payload
            )
        except _RAISED_REFUSALS:
            raise
        except ApiError as exc:
            if not exc.certainly_not_applied:
                cause: DinteroError = exc
            else:
                return OperationOutcome(
                    OutcomeKind.FAILED,
                    prepared.operation,
                    prepared.transaction_id,
                    prepared.reference,
                    prepared.transaction,
                    request_id=exc.request_id,
                    error=exc,
                )
        except TransportError as exc:
            if exc.certainly_not_applied:
                raise
            cause = exc
        except ResponseFormatError as exc:
            cause = exc
        else:
            outcome = self._from_answer(prepared, sent, known_ids)
            if outcome is not None:
                return outcome
            cause = ResponseFormatError(
                "the answer showed no event for this operation", request_id=sent.request_id
            )
        if on_uncertain is not None:
            await _notify(on_uncertain, prepared, cause)
        settled, absent = await self._settle(prepared, known_ids)
        if settled is not None:
            return settled
        raise OutcomeUnknown(
            prepared.operation.value,
            prepared.transaction_id,
            prepared.reference,
            cause=cause,
            reason=(
                f"no trace of it after {self._config.settle_timeout_s:g} s; not sent again"
                if absent
                else "the transaction could not be read back"
            ),
        )

    # -- reading outcomes -----------------------------------------------------------

    def _from_answer(
        self, prepared: PreparedOperation, sent: SentOperation, known_ids: set[str]
    ) -> OperationOutcome | None:
        transaction = sent.transaction
        if sent.status_code == 202:
            initiate = next(
                (
                    e
                    for e in transaction.events
                    if is_initiate(e)
                    and (
                        (sent.event_request_id and e.request_id == sent.event_request_id)
                        or (prepared.reference and e.event_reference == prepared.reference)
                    )
                ),
                None,
            )
            return OperationOutcome(
                OutcomeKind.PENDING,
                prepared.operation,
                prepared.transaction_id,
                prepared.reference,
                transaction,
                event=initiate,
                event_request_id=sent.event_request_id
                or (initiate.request_id if initiate else None),
                request_id=sent.request_id or (initiate.request_id if initiate else None),
            )
        outcome = self._match(prepared, transaction, known_ids, adopted=False)
        if outcome is None or outcome.awaiting_success:
            return None  # no settled event in the answer: read the transaction again
        # The request-id header is not documented: without it, the event's request_id.
        event_request = outcome.event.request_id if outcome.event is not None else None
        return replace(outcome, request_id=sent.request_id or event_request)

    def _match(
        self,
        prepared: PreparedOperation,
        transaction: Transaction,
        known_ids: set[str],
        *,
        adopted: bool,
    ) -> OperationOutcome | None:
        """Our operation's outcome in `transaction`, or None if it left no trace.

        Capture and refund are ours only when the event carries our reference: another
        client's capture of the same transaction must never count as ours. A void has no
        reference, so a VOID event that was not there before, or the voided status, is it.
        """
        operation = prepared.operation
        event: TransactionEvent | None = None
        if prepared.reference is not None:
            event = Ledger(transaction).find_event(operation, prepared.reference)
        elif operation is Operation.VOID:
            fresh = [
                e
                for e in transaction.events
                if e.id not in known_ids and operation_of(e) is operation
            ]
            completed = [e for e in fresh if not is_initiate(e)]
            chosen = completed or fresh
            event = chosen[-1] if chosen else None
        if event is not None:
            return self._from_event(
                operation, transaction, event, prepared.reference, adopted=adopted
            )
        if operation is Operation.VOID and transaction.status == "AUTHORIZATION_VOIDED":
            return OperationOutcome(
                OutcomeKind.SUCCEEDED,
                operation,
                transaction.id,
                None,
                transaction,
                adopted=adopted,
            )
        return None

    @staticmethod
    def _from_event(
        operation: Operation,
        transaction: Transaction,
        event: TransactionEvent,
        reference: str | None,
        *,
        adopted: bool,
    ) -> OperationOutcome:
        """Outcome from our event; an INITIATE_* one is pending until its completion shows."""
        if is_initiate(event):
            completion = next(
                (
                    e
                    for e in transaction.events
                    if event.request_id and e.completes == event.request_id
                ),
                None,
            )
            if completion is None:
                return OperationOutcome(
                    OutcomeKind.PENDING,
                    operation,
                    transaction.id,
                    reference,
                    transaction,
                    event=event,
                    event_request_id=event.request_id,
                    adopted=adopted,
                )
            event = completion
        return OperationOutcome(
            event_outcome_kind(event),
            operation,
            transaction.id,
            reference,
            transaction,
            event=event,
            event_request_id=event.completes,
            adopted=adopted,
        )

    async def _settle(
        self, prepared: PreparedOperation, known_ids: set[str]
    ) -> tuple[OperationOutcome | None, bool]:
        """Re-read over the whole window: (outcome, confidently absent).

        Absent means every read in the window went through and none showed our event,
        the last one at the window's end. An event whose `success` is still null keeps
        the reading going; at the end it is returned as `pending`.
        """
        deadline = self._clock() + self._config.settle_timeout_s
        delay = self._config.settle_interval_s
        all_reads_ok = True
        unsettled: OperationOutcome | None = None
        while True:
            await asyncio.sleep(max(0.0, min(delay, deadline - self._clock())))
            try:
                transaction = await self._api.get_transaction(prepared.transaction_id)
            except DinteroError:
                all_reads_ok = False
            else:
                outcome = self._match(prepared, transaction, known_ids, adopted=True)
                if outcome is not None and not outcome.awaiting_success:
                    return outcome, False
                unsettled = outcome or unsettled
            if self._clock() >= deadline:
                if unsettled is not None:
                    return unsettled, False
                return None, all_reads_ok
            delay = min(delay * 2, max(self._config.settle_interval_s, 8.0))

    # -- later ----------------------------------------------------------------------

    async def find_outcome(
        self, transaction_id: str, operation: Operation, reference: str
    ) -> OperationOutcome | None:
        """The outcome of a journaled move, read from the transaction; None if absent."""
        transaction = await self._api.get_transaction(transaction_id)
        event = Ledger(transaction).find_event(operation, reference)
        if event is None:
            return None
        return self._from_event(operation, transaction, event, reference, adopted=True)

    async def wait_for_completion(
        self,
        transaction_id: str,
        event_request_id: str,
        timeout_s: float = 30.0,
        *,
        pending: OperationOutcome | None = None,
    ) -> OperationOutcome:
        """Poll until the event correlated to a 202 appears; never resends.

        Returns the settled outcome, or a `pending` one if `timeout_s` passed first. The
        move was accepted, so nothing here is a failure: when no event matches the id
        (Dintero does not promise the 202's id is the INITIATE event's `request_id`) or
        the reads fail, the answer is still `pending` — `pending` (the 202's outcome) is
        the fallback. Without it and without any readable state, `OutcomeUnknown`.
        """
        deadline = self._clock() + timeout_s
        latest = pending
        last_error: DinteroError | None = None
        while True:
            try:
                transaction = await self._api.get_transaction(transaction_id)
            except DinteroError as error:
                last_error = error
                log.info(
                    "reading %s while waiting for %s failed: %s",
                    transaction_id,
                    event_request_id,
                    error,
                )
            else:
                outcome = self._correlated(transaction, event_request_id, pending)
                if outcome is not None and not outcome.pending:
                    return outcome
                if outcome is not None:
                    latest = outcome
                elif latest is not None:
                    latest = replace(latest, transaction=transaction)
            if self._clock() >= deadline:
                if latest is not None:
                    return replace(
                        latest, kind=OutcomeKind.PENDING, event_request_id=event_request_id
                    )
                raise OutcomeUnknown(
                    "operation",
                    transaction_id,
                    None,
                    cause=last_error,
                    reason="Dintero accepted it, but its result could not be found yet",
                )
            left = deadline - self._clock()
            await asyncio.sleep(max(0.0, min(self._config.completion_poll_s, left)))

    def _correlated(
        self,
        transaction: Transaction,
        event_request_id: str,
        pending: OperationOutcome | None = None,
    ) -> OperationOutcome | None:
        ours: OperationOutcome | None = None
        if pending is not None and pending.reference is not None:
            event = Ledger(transaction).find_event(pending.operation, pending.reference)
            if event is not None:
                ours = self._from_event(
                    pending.operation, transaction, event, pending.reference, adopted=True
                )
                if not ours.pending:
                    return replace(ours, event_request_id=event_request_id)
        by_id = self._correlated_by_id(transaction, event_request_id)
        if by_id is None and ours is not None:
            return replace(ours, event_request_id=event_request_id)
        return by_id

    def _correlated_by_id(
        self, transaction: Transaction, event_request_id: str
    ) -> OperationOutcome | None:
        initiate = next(
            (e for e in transaction.events if is_initiate(e) and e.request_id == event_request_id),
            None,
        )
        completion = next(
            (e for e in transaction.events if e.completes == event_request_id),
            None,
        )
        source = completion or initiate
        if source is None:
            return None
        operation = operation_of(source)
        if operation is None:
            return None
        reference = (initiate.event_reference if initiate else None) or source.event_reference
        if completion is None:
            return OperationOutcome(
                OutcomeKind.PENDING,
                operation,
                transaction.id,
                reference,
                transaction,
                event=initiate,
                event_request_id=event_request_id,
                adopted=True,
            )
        return OperationOutcome(
            event_outcome_kind(completion),
            operation,
            transaction.id,
            reference,
            transaction,
            event=completion,
            event_request_id=event_request_id,
            adopted=True,
        )


def event_outcome_kind(event: TransactionEvent) -> OutcomeKind:
    """A completed event's outcome; `success: null` is not settled yet (as the ledger sees it)."""
    if event.success is True:
        return OutcomeKind.SUCCEEDED
    if event.success is False:
        return OutcomeKind.FAILED
    return OutcomeKind.PENDING


def _money(minor: int, currency: str) -> str:
    """Money for a message staff read; the raw minor units if the currency is odd."""
    try:
        return format_amount(minor, currency)
    except (ValueError, LookupError):
        return f"{minor} {currency} (minor units)"
