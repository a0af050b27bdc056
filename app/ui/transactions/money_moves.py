"""Runs capture, refund and void from the desk, one at a time per transaction.

Order of events for one move:

1. refuse if the transaction already has a move running here (``busy``);
2. the client re-reads the transaction and checks the move (``OperationNotAllowed``
   otherwise); just before sending it calls our hook, which writes the reference to the
   audit journal (``attempted``) — if the journal cannot be written nothing is sent;
3. send once. No answer, a dropped connection or a 5xx → "checking…" while the client
   re-reads and settles by the reference; a 202 → "pending" until the correlated event
   arrives (never a second send); the journal row gets the outcome;
4. re-read the transaction and hand it to the list row and the detail pane;
5. on success and with the account's Orders API setting on: record it on the order, as a
   task of its own after the move has finished (the transaction is free again meanwhile);
   a failure there is shown and retryable, and never touches the money move.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from app.dintero import (
    BeforeSend,
    CaptureRequest,
    DinteroError,
    LocalValidationError,
    Operation,
    OperationOutcome,
    OutcomeUnknown,
    PreparedOperation,
    RefundRequest,
    Transaction,
)
from app.dintero.models import OrderItem
from app.storage.journal import Journal, JournalAttempt, Outcome
from app.storage.journal import Operation as JournalOperation
from app.ui.context import AccountContext
from app.ui.transactions.formatting import money
from app.ui.transactions.move_request import OPERATION_LABELS, MoveRequest
from app.ui.transactions.order_recording import record_on_order

__all__ = ["CHECKING_TEXT", "MoneyMoveRunner", "MoveReport"]

log = logging.getLogger(__name__)

CHECKING_TEXT = "Checking with Dintero whether it went through…"
_JOURNAL_OPERATION = {
    Operation.CAPTURE: JournalOperation.CAPTURE,
    Operation.REFUND: JournalOperation.REFUND,
    Operation.VOID: JournalOperation.VOID,
}
_PAST = {Operation.CAPTURE: "Captured", Operation.REFUND: "Refunded", Operation.VOID: "Voided"}


@dataclass(frozen=True)
class MoveReport:
    """How a move ended, for the detail pane, bulk rows and tests."""

    transaction_id: str
    operation: Operation
    outcome: Outcome
    text: str
    reference: str | None = None
    amount: int | None = None
    journal_id: int | None = None


@dataclass(frozen=True)
class _OrderRecordJob:
    """One record to make on the order; kept to retry it after a failure."""

    operation: Operation
    transaction: Transaction
    items: tuple[OrderItem, ...]
    key: str
    """Tells this record's task from others of the same transaction."""


def journal_for(context: AccountContext) -> Journal:
    """One journal per data directory, opened lazily and shared by the desk's parts."""
    return Journal.in_directory(context.services.data_dir)


class MoneyMoveRunner(QObject):
    state_changed = Signal(str, str)  # transaction id, text ("" = nothing to show)
    busy_changed = Signal(str, bool)  # transaction id, busy
    finished = Signal(object)  # MoveReport
    transaction_refreshed = Signal(object)  # Transaction, fresh from Dintero
    order_record_changed = Signal(str, str, bool)  # transaction id, text, retryable

    def __init__(
        self,
        context: AccountContext,
        journal: Journal,
        parent: QObject | None = None,
        *,
        pending_timeout_s: float = 60.0,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.journal = journal
        self.pending_timeout_s = pending_timeout_s
        self._busy: set[str] = set()
        self._order_retries: dict[str, list[_OrderRecordJob]] = {}

    # ------------------------------------------------------------------ public
    def is_busy(self, transaction_id: str) -> bool:
        return transaction_id in self._busy

    @property
    def busy_ids(self) -> frozenset[str]:
        return frozenset(self._busy)

    def start(self, request: MoveRequest) -> bool:
        """Start a confirmed move; False (and nothing sent) if one is already running."""
        tx_id = request.transaction_id
        if not self.claim(tx_id):
            return False
        self.state_changed.emit(tx_id, f"{OPERATION_LABELS[request.operation]}: preparing…")
        self.context.tasks.start(
            f"money-move:{tx_id}",
            self._guarded(request),
            on_error=lambda error: self._failed_early(tx_id, error),
            error_context=f"{OPERATION_LABELS[request.operation]} was not completed",
        )
        return True

    def claim(self, transaction_id: str) -> bool:
        """Mark a transaction busy; False if a move on it is already running here."""
        if transaction_id in self._busy:
            return False
        self._set_busy(transaction_id, True)
        return True

    def release(self, transaction_id: str) -> None:
        self._set_busy(transaction_id, False)

    def retry_order_record(self, transaction_id: str) -> bool:
        """Record again every failed order record of this transaction; False if none."""
        jobs = self._order_retries.pop(transaction_id, [])
        for job in jobs:
            self._start_order_record(job)
        return bool(jobs)

    def _start_order_record(self, job: _OrderRecordJob) -> None:
        self.context.tasks.start(
            f"order-record:{job.transaction.id}:{job.key}",
            self._record_order(job),
            error_context="Could not record on the order",
        )

    async def _guarded(self, request: MoveRequest) -> MoveReport:
        try:
            return await self.run(request)
        finally:
            self.release(request.transaction_id)

    # ------------------------------------------------------------------ the move
    async def run(self, request: MoveRequest, *, resend_if_absent: bool = False) -> MoveReport:
        """The whole move; also used by bulk capture (which manages ``busy`` itself)."""
        tx_id = request.transaction_id
        entry_id: int | None = None
        label = OPERATION_LABELS[request.operation]

        async def before_send(prepared: PreparedOperation) -> None:
            nonlocal entry_id
            entry_id = await asyncio.to_thread(
                self.journal.record_attempt, self._attempt(request, prepared)
            )
            self.state_changed.emit(
                tx_id, f"{label} of {money(prepared.amount, request.currency)}: sending…"
            )

        try:
            outcome = await self._send(request, before_send, resend_if_absent)
        except OutcomeUnknown as error:
            report = MoveReport(
                tx_id,
                request.operation,
                Outcome.UNKNOWN,
                "Could not confirm whether Dintero carried this out. It was not sent "
                "again. Check the transaction in a minute before trying again.",
                request.reference,
                request.amount,
                entry_id,
            )
            await self._settle_journal(entry_id, Outcome.UNKNOWN, message=error.details)
            await self._refresh(tx_id)
            self._finish(report)
            return report
        except DinteroError as error:
            if entry_id is not None:  # sent, and refused in a way the client raises
                await self._settle_journal(entry_id, Outcome.FAILED, message=error.details)
            raise
        if outcome.pending:
            await self._settle_journal(
                entry_id, Outcome.PENDING, request_id=outcome.event_request_id
            )
            self.state_changed.emit(
                tx_id,
                f"{label} pending: Dintero accepted it and is still processing. "
                "Nothing will be sent again meanwhile.",
            )
            self.transaction_refreshed.emit(outcome.transaction)
            if outcome.event_request_id:
                outcome = await self.context.client.wait_for_completion(
                    tx_id, outcome.event_request_id, self.pending_timeout_s
                )
        report = await self._conclude(request, outcome, entry_id)
        await self._refresh(tx_id)
        self._finish(report)
        if outcome.succeeded and self.context.account.orders_api_enabled:
            items = outcome.event.items if outcome.event is not None else ()
            key = outcome.reference or (outcome.event.id if outcome.event else None) or tx_id
            self._start_order_record(
                _OrderRecordJob(request.operation, outcome.transaction, items, key)
            )
        return report

    async def _send(
        self, request: MoveRequest, before_send: BeforeSend, resend_if_absent: bool
    ) -> OperationOutcome:
        """Through the client's public moves, so its one-move-per-transaction lock holds."""
        client = self.context.client
        tx_id, body = request.transaction_id, request.body
        if request.operation is Operation.CAPTURE and not isinstance(body, RefundRequest):
            return await client.capture(
                tx_id,
                body,
                on_before_send=before_send,
                on_uncertain=self._uncertain,
                resend_if_absent=resend_if_absent,
            )
        if request.operation is Operation.REFUND and not isinstance(body, CaptureRequest):
            return await client.refund(
                tx_id,
                body,
                on_before_send=before_send,
                on_uncertain=self._uncertain,
                resend_if_absent=resend_if_absent,
            )
        if request.operation is Operation.VOID and body is None:
            return await client.void(
                tx_id,
                on_before_send=before_send,
                on_uncertain=self._uncertain,
                resend_if_absent=resend_if_absent,
            )
        raise LocalValidationError(f"The {request.operation.value} request has the wrong body.")

    async def _conclude(
        self, request: MoveRequest, outcome: OperationOutcome, entry_id: int | None
    ) -> MoveReport:
        tx_id = request.transaction_id
        amount = outcome.amount if outcome.amount is not None else request.amount
        currency = request.currency
        request_id = outcome.request_id or (
            outcome.event.request_id if outcome.event is not None else None
        )
        if outcome.pending:
            text = (
                f"Still pending after {self.pending_timeout_s:g} s. Dintero has not finished "
                "it yet; it was not sent again. Refresh later to see the result."
            )
            report_outcome = Outcome.PENDING
        elif outcome.succeeded:
            text = f"{_PAST[request.operation]} {money(amount, currency)}."
            if outcome.adopted:
                text += " (Confirmed by re-reading the transaction; it was sent only once.)"
            report_outcome = Outcome.SUCCEEDED
        else:
            reason = outcome.failure_message or "Dintero refused it."
            text = f"{OPERATION_LABELS[request.operation]} failed: {reason}"
            report_outcome = Outcome.FAILED
        await self._settle_journal(
            entry_id,
            report_outcome,
            request_id=request_id,
            message="" if report_outcome is Outcome.SUCCEEDED else text,
            amount=amount if report_outcome is Outcome.SUCCEEDED else None,
        )
        return MoveReport(
            tx_id, request.operation, report_outcome, text, outcome.reference, amount, entry_id
        )

    # ------------------------------------------------------------------ helpers
    def _attempt(self, request: MoveRequest, prepared: PreparedOperation) -> JournalAttempt:
        account = self.context.account
        return JournalAttempt(
            operator=self.context.services.operator,
            account_id=account.account_id,
            account_name=account.name,
            environment="production" if account.is_production else "test",
            operation=_JOURNAL_OPERATION[request.operation],
            target_id=request.transaction_id,
            amount=prepared.amount,
            currency=request.currency,
            reference=prepared.reference,
            merchant_reference=request.merchant_reference,
            note=request.description,
        )

    async def _settle_journal(
        self,
        entry_id: int | None,
        outcome: Outcome,
        *,
        request_id: str | None = None,
        message: str | None = None,
        amount: int | None = None,
    ) -> None:
        if entry_id is None:
            return
        await asyncio.to_thread(
            self.journal.settle,
            entry_id,
            outcome,
            request_id=request_id,
            message=message,
            amount=amount,
        )

    async def _refresh(self, tx_id: str) -> None:
        try:
            fresh = await self.context.client.get_transaction(tx_id)
        except DinteroError as error:  # the move is settled; a failed re-read is not fatal
            log.warning("could not re-read %s after an operation: %s", tx_id, error)
            return
        self.transaction_refreshed.emit(fresh)

    async def _record_order(self, job: _OrderRecordJob) -> None:
        operation, transaction, items = job.operation, job.transaction, job.items
        tx_id = transaction.id
        account = self.context.account
        attempt = JournalAttempt(
            operator=self.context.services.operator,
            account_id=account.account_id,
            account_name=account.name,
            environment="production" if account.is_production else "test",
            operation=JournalOperation.ORDER_RECORD,
            target_id=tx_id,
            amount=sum(i.amount for i in items) if items else None,
            currency=transaction.currency,
            merchant_reference=transaction.merchant_reference,
            note=f"record {operation.value} on order {transaction.merchant_reference}",
        )
        entry_id = await asyncio.to_thread(self.journal.record_attempt, attempt)
        order = transaction.merchant_reference or "?"
        self.order_record_changed.emit(tx_id, f"Recording on order {order}…", False)
        try:
            record = await record_on_order(self.context.client, operation, transaction, items)
        except (DinteroError, ValueError) as error:
            message = getattr(error, "user_message", None) or str(error)
            await self._settle_journal(entry_id, Outcome.FAILED, message=str(error))
            self._order_retries.setdefault(tx_id, []).append(job)
            self.order_record_changed.emit(
                tx_id,
                f"The {operation.value} went through, but recording it on order {order} "
                f"failed: {message}",
                True,
            )
            return
        await self._settle_journal(entry_id, Outcome.SUCCEEDED, message=f"order record {record.id}")
        if self._order_retries.get(tx_id):
            return  # an earlier record of this transaction still waits for its retry
        self.order_record_changed.emit(tx_id, f"Recorded on order {order}.", False)

    def _uncertain(self, prepared: PreparedOperation, cause: DinteroError) -> None:
        log.info(
            "outcome of %s on %s unknown (%s); checking",
            prepared.operation.value,
            prepared.transaction_id,
            cause,
        )
        self.state_changed.emit(prepared.transaction_id, CHECKING_TEXT)

    def _finish(self, report: MoveReport) -> None:
        self.state_changed.emit(report.transaction_id, report.text)
        self.finished.emit(report)

    def _failed_early(self, tx_id: str, error: BaseException) -> bool:
        """Refused before or while sending (not allowed, journal unwritable, 404...)."""
        self.state_changed.emit(tx_id, "")
        if isinstance(error, LocalValidationError):
            self.state_changed.emit(tx_id, f"Not sent: {error.user_message}")
        return False

    def _set_busy(self, tx_id: str, busy: bool) -> None:
        if busy:
            self._busy.add(tx_id)
        else:
            self._busy.discard(tx_id)
        self.busy_changed.emit(tx_id, busy)
