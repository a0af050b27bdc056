"""Runs capture, refund and void from the desk, one at a time per transaction.

Order of events for one move:

1. refuse if the transaction already has a move running here (``busy``), and settle
   earlier moves on it that the journal still shows as unsettled (attempted, pending,
   unknown) by reading the transaction; one that stays open blocks the new move;
2. the client re-reads the transaction and checks the move (``OperationNotAllowed``
   otherwise); just before sending it calls our hook, which writes the reference to the
   audit journal (``attempted``) — if the journal cannot be written nothing is sent;
3. send once. No answer, a dropped connection or a 5xx → "checking…" while the client
   re-reads and settles by the reference; a 202 → "pending" until the correlated event
   arrives (never a second send); the journal row gets the outcome. Once sent, any
   error is "not confirmed", never "not sent"; a move cut off by an account switch or
   quit leaves its row ``unknown`` with a note, for the check in step 1;
4. re-read the transaction and hand it to the list row and the detail pane;
5. on success and with the account's Orders API setting on: record it on the order, as a
   task of its own after the move has finished (the transaction is free again meanwhile);
   a failure there is shown and retryable, and never touches the money move.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtCore import QObject, Signal

from app.dintero import (
    ApiError,
    BeforeSend,
    CaptureRequest,
    DinteroError,
    Ledger,
    LocalValidationError,
    Operation,
    OperationOutcome,
    OutcomeKind,
    PreparedOperation,
    RefundRequest,
    ServerError,
    Transaction,
    TransportError,
)
from app.dintero.models import OrderItem
from app.storage.journal import Journal, JournalAttempt, JournalEntry, Outcome
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
_MOVE_OF_JOURNAL = {value: key for key, value in _JOURNAL_OPERATION.items()}
INTERRUPTED_NOTE = (
    "Interrupted (account switched or Paydesk closed) after it was sent: not confirmed. "
    "Paydesk checks the transaction before the next move on it."
)
NOT_SENT_NOTE = "Not sent: interrupted (account switched or Paydesk closed) before sending."
RESENT_NOTE = (
    "Retried once with the same reference: the first send got a server error and Dintero "
    "had not carried it out."
)


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
    resent: bool = False
    """Sent a second time with the same reference after a server error left no trace."""


@dataclass
class _MoveState:
    """What one running move has done so far, for the cancellation and error paths."""

    entry_id: int | None = None
    journal_outcome: Outcome = Outcome.ATTEMPTED


@dataclass(frozen=True)
class _OrderRecordJob:
    """One record to make on the order; kept to retry it after a failure."""

    operation: Operation
    transaction: Transaction
    items: tuple[OrderItem, ...]
    amount: int | None
    """What moved; lets an amount-only move be recorded by lines."""
    key: str
    """Tells this record's task from others of the same transaction."""


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
        self._checking: set[str] = set()
        self._order_retries: dict[str, list[_OrderRecordJob]] = {}

    # ------------------------------------------------------------------ public
    def is_busy(self, transaction_id: str) -> bool:
        return transaction_id in self._busy

    @property
    def busy_ids(self) -> frozenset[str]:
        """Transactions with a money move on its way (sending, settling or pending)."""
        return frozenset(self._busy)

    def has_money_in_flight(self) -> bool:
        """True while any move runs: ask before switching account or quitting."""
        return bool(self._busy)

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
        if transaction_id in self._busy or transaction_id in self._checking:
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
        """The whole move; also used by bulk capture (which manages ``busy`` itself).

        Cancelled after sending (account switch, quit), the journal row is marked
        ``unknown`` with a note before the cancellation goes on, so it is checked later.
        """
        state = _MoveState()
        try:
            await self._settle_earlier_moves(request.transaction_id)
            return await self._run(request, state, resend_if_absent)
        except asyncio.CancelledError:
            self._interrupted(state)
            raise
        except Exception as error:
            if state.entry_id is not None and state.journal_outcome is Outcome.ATTEMPTED:
                # A bug after sending: the move may have happened; never leave "attempted".
                log.exception("unexpected failure after sending on %s", request.transaction_id)
                await self._settle_journal(
                    state, Outcome.UNKNOWN, message=f"Not confirmed: unexpected error {error!r}"
                )
            raise

    async def _run(
        self, request: MoveRequest, state: _MoveState, resend_if_absent: bool
    ) -> MoveReport:
        tx_id = request.transaction_id
        label = OPERATION_LABELS[request.operation]

        async def before_send(prepared: PreparedOperation) -> None:
            self._check_whole_rest(request, prepared)
            write = asyncio.ensure_future(
                asyncio.to_thread(self.journal.record_attempt, self._attempt(request, prepared))
            )
            try:
                state.entry_id = await asyncio.shield(write)
            except asyncio.CancelledError:
                # Cut off while the row was being written: nothing was sent, say so.
                entry_id = await write
                self.journal.settle(entry_id, Outcome.FAILED, message=NOT_SENT_NOTE)
                raise
            self.state_changed.emit(
                tx_id, f"{label} of {money(prepared.amount, request.currency)}: sending…"
            )

        try:
            outcome = await self._send(request, before_send, resend_if_absent)
        except DinteroError as error:
            if state.entry_id is None:
                raise  # refused before anything was sent: "not sent" is true
            if _definitely_not_done(error):
                await self._settle_journal(state, Outcome.FAILED, message=error.details)
                raise
            return await self._unconfirmed(request, state, error)
        if outcome.pending:
            await self._settle_journal(state, Outcome.PENDING, request_id=outcome.event_request_id)
            self.state_changed.emit(
                tx_id,
                f"{label} pending: Dintero accepted it and is still processing. "
                "Nothing will be sent again meanwhile.",
            )
            self.transaction_refreshed.emit(outcome.transaction)
            if outcome.event_request_id:
                try:
                    outcome = await self.context.client.wait_for_completion(
                        tx_id, outcome.event_request_id, self.pending_timeout_s, pending=outcome
                    )
                except DinteroError as error:  # accepted: still pending, never "not sent"
                    log.warning("waiting for %s on %s failed: %s", label, tx_id, error)
        report = await self._conclude(request, outcome, state)
        await self._refresh(tx_id)
        self._finish(report)
        if outcome.succeeded and self.context.account.orders_api_enabled:
            items = outcome.event.items if outcome.event is not None else ()
            key = outcome.reference or (outcome.event.id if outcome.event else None) or tx_id
            self._start_order_record(
                _OrderRecordJob(request.operation, outcome.transaction, items, report.amount, key)
            )
        return report

    async def _unconfirmed(
        self, request: MoveRequest, state: _MoveState, error: DinteroError
    ) -> MoveReport:
        """Sent, and no clear answer even after re-reading: say so, never "not sent"."""
        report = MoveReport(
            request.transaction_id,
            request.operation,
            Outcome.UNKNOWN,
            "Sent, but Paydesk could not confirm whether Dintero carried it out. It was "
            "not sent again. Paydesk checks the transaction before the next move on it; "
            "look at the transaction in a minute before trying again.",
            request.reference,
            request.amount,
            state.entry_id,
        )
        await self._settle_journal(state, Outcome.UNKNOWN, message=error.details)
        await self._refresh(request.transaction_id)
        self._finish(report)
        return report

    @staticmethod
    def _check_whole_rest(request: MoveRequest, prepared: PreparedOperation) -> None:
        """A "the whole rest" move goes out only if the rest is still what was confirmed."""
        if request.body is not None or request.operation is Operation.VOID:
            return
        if prepared.amount != request.amount:
            raise LocalValidationError(
                f"What is left changed since you confirmed: now "
                f"{money(prepared.amount, request.currency)} instead of "
                f"{money(request.amount, request.currency)}. Nothing was sent; look at the "
                "transaction and try again."
            )

    def _interrupted(self, state: _MoveState) -> None:
        """Cancelled with the row still "attempted": mark it unknown, right now.

        Written directly (a few milliseconds of SQLite): the loop may be shutting down,
        and a thread handed the write now might never run.
        """
        if state.entry_id is None or state.journal_outcome is not Outcome.ATTEMPTED:
            return
        try:
            self.journal.settle(state.entry_id, Outcome.UNKNOWN, message=INTERRUPTED_NOTE)
            state.journal_outcome = Outcome.UNKNOWN
        except Exception:
            log.exception("could not mark the interrupted move %s", state.entry_id)

    # ------------------------------------------------------------------ earlier moves
    async def _settle_earlier_moves(self, tx_id: str) -> None:
        """Settle journal rows of earlier moves on ``tx_id``; refuse while one stays open."""
        rows = await asyncio.to_thread(
            self.journal.unsettled,
            account_id=self.context.account.account_id,
            target_id=tx_id,
            operations=tuple(_JOURNAL_OPERATION.values()),
        )
        for row in rows:
            if not await self._reconcile(row):
                operation = _MOVE_OF_JOURNAL[row.operation]
                when = row.created_at.astimezone().strftime("%H:%M")
                raise LocalValidationError(
                    f"An earlier {operation.value} on this transaction ({when}, "
                    f"{_amount_text(row)}) is not confirmed yet, and Dintero does not show "
                    "it yet. Nothing was sent. Try again in a minute."
                )

    async def reconcile_unsettled(self) -> int:
        """Settle this account's unsettled money moves in the journal; returns how many.

        Runs in the background when an account is bound. Transactions with a move
        running here are left alone (that move settles its own row).
        """
        rows = await asyncio.to_thread(
            self.journal.unsettled,
            account_id=self.context.account.account_id,
            operations=tuple(_JOURNAL_OPERATION.values()),
        )
        settled = 0
        for row in rows:
            tx_id = row.target_id
            if tx_id in self._busy or tx_id in self._checking:
                continue
            self._checking.add(tx_id)
            try:
                settled += await self._reconcile(row)
            except DinteroError as error:
                log.info("could not check journal row %s yet: %s", row.id, error)
            finally:
                self._checking.discard(tx_id)
        return settled

    async def _reconcile(self, row: JournalEntry) -> bool:
        """Settle one row from the transaction as Dintero has it; False if still open."""
        operation = _MOVE_OF_JOURNAL[row.operation]
        client = self.context.client
        window = client.config.settle_timeout_s
        old_enough = (datetime.now(UTC) - row.created_at).total_seconds() > 2 * window
        if row.reference is not None:
            outcome = await client.find_outcome(row.target_id, operation, row.reference)
        else:  # a void has no reference
            transaction = await client.get_transaction(row.target_id)
            outcome = _void_outcome(transaction)
        if outcome is None:
            if not old_enough:
                return False
            await self._settle_row(
                row,
                Outcome.FAILED,
                message="Not carried out: still not on the transaction when checked again "
                "well after it was sent.",
            )
            return True
        if outcome.pending:
            return False
        request_id = outcome.request_id or (outcome.event.request_id if outcome.event else None)
        if outcome.succeeded:
            await self._settle_row(
                row,
                Outcome.SUCCEEDED,
                request_id=request_id,
                amount=outcome.amount,
                message="Confirmed later by reading the transaction.",
            )
        else:
            reason = outcome.failure_message or "Dintero refused it."
            await self._settle_row(
                row, Outcome.FAILED, request_id=request_id, message=f"Failed: {reason}"
            )
        self.transaction_refreshed.emit(outcome.transaction)
        return True

    async def _settle_row(
        self,
        row: JournalEntry,
        outcome: Outcome,
        *,
        request_id: str | None = None,
        amount: int | None = None,
        message: str,
    ) -> None:
        await asyncio.to_thread(
            self.journal.settle,
            row.id,
            outcome,
            request_id=request_id,
            amount=amount,
            message=message,
        )

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
        self, request: MoveRequest, outcome: OperationOutcome, state: _MoveState
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
            if outcome.resent:
                text += " (Paydesk retried once after a server error; Dintero carried it out once.)"
            elif outcome.adopted:
                text += " (Confirmed by re-reading the transaction; it was sent only once.)"
            report_outcome = Outcome.SUCCEEDED
        else:
            reason = outcome.failure_message or "Dintero refused it."
            text = f"{OPERATION_LABELS[request.operation]} failed: {reason}"
            report_outcome = Outcome.FAILED
        message = "" if report_outcome is Outcome.SUCCEEDED else text
        if outcome.resent:
            message = f"{RESENT_NOTE} {message}".strip()
        await self._settle_journal(
            state,
            report_outcome,
            request_id=request_id,
            message=message,
            amount=amount if report_outcome is Outcome.SUCCEEDED else None,
        )
        return MoveReport(
            tx_id,
            request.operation,
            report_outcome,
            text,
            outcome.reference,
            amount,
            state.entry_id,
            outcome.resent,
        )

    # ------------------------------------------------------------------ helpers
    def _attempt(self, request: MoveRequest, prepared: PreparedOperation) -> JournalAttempt:
        return self._journal_attempt(
            _JOURNAL_OPERATION[request.operation],
            request.transaction_id,
            amount=prepared.amount,
            currency=request.currency,
            reference=prepared.reference,
            merchant_reference=request.merchant_reference,
            note=request.description,
        )

    def _journal_attempt(
        self,
        operation: JournalOperation,
        transaction_id: str,
        *,
        amount: int | None,
        currency: str,
        merchant_reference: str | None,
        note: str,
        reference: str | None = None,
    ) -> JournalAttempt:
        """A journal row for this account and operator, about to be sent."""
        account = self.context.account
        return JournalAttempt(
            operator=self.context.services.operator,
            account_id=account.account_id,
            account_name=account.name,
            environment=account.environment.value,
            operation=operation,
            target_id=transaction_id,
            amount=amount,
            currency=currency,
            reference=reference,
            merchant_reference=merchant_reference,
            note=note,
        )

    async def _settle_journal(
        self,
        state: _MoveState,
        outcome: Outcome,
        *,
        request_id: str | None = None,
        message: str | None = None,
        amount: int | None = None,
    ) -> None:
        if state.entry_id is None:
            return
        await asyncio.to_thread(
            self.journal.settle,
            state.entry_id,
            outcome,
            request_id=request_id,
            message=message,
            amount=amount,
        )
        state.journal_outcome = outcome

    async def _refresh(self, tx_id: str) -> None:
        try:
            fresh = await self.context.client.get_transaction_detail(tx_id)
        except DinteroError as error:  # the move is settled; a failed re-read is not fatal
            log.warning("could not re-read %s after an operation: %s", tx_id, error)
            return
        self.transaction_refreshed.emit(fresh)

    async def _record_order(self, job: _OrderRecordJob) -> None:
        operation, transaction = job.operation, job.transaction
        items = job.items
        tx_id = transaction.id
        attempt = self._journal_attempt(
            JournalOperation.ORDER_RECORD,
            tx_id,
            amount=sum(i.amount for i in items) if items else job.amount,
            currency=transaction.currency,
            merchant_reference=transaction.merchant_reference,
            note=f"record {operation.value} on order {transaction.merchant_reference}",
        )
        state = _MoveState(await asyncio.to_thread(self.journal.record_attempt, attempt))
        order = transaction.merchant_reference or "?"
        self.order_record_changed.emit(tx_id, f"Recording on order {order}…", False)
        try:
            record = await record_on_order(
                self.context.client, operation, transaction, items, job.amount
            )
        except (DinteroError, ValueError) as error:
            message = getattr(error, "user_message", None) or str(error)
            await self._settle_journal(state, Outcome.FAILED, message=str(error))
            self._order_retries.setdefault(tx_id, []).append(job)
            self.order_record_changed.emit(
                tx_id,
                f"The {operation.value} went through, but recording it on order {order} "
                f"failed: {message}",
                True,
            )
            return
        await self._settle_journal(state, Outcome.SUCCEEDED, message=f"order record {record.id}")
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


def _definitely_not_done(error: DinteroError) -> bool:
    """Errors after which Dintero certainly did nothing: a 4xx refusal, or no connection."""
    if isinstance(error, TransportError):
        return not error.may_have_reached_server
    return isinstance(error, ApiError) and not isinstance(error, ServerError)


def _void_outcome(transaction: Transaction) -> OperationOutcome | None:
    """A journaled void (no reference) settled from the transaction: voided, failed, open."""
    voids = [e for e in transaction.events if e.event == "VOID"]
    done = next((e for e in reversed(voids) if e.success is True), None)
    if done is not None or Ledger(transaction).voided:
        kind, event = OutcomeKind.SUCCEEDED, done
    elif any(p.operation is Operation.VOID for p in Ledger(transaction).pending):
        kind, event = OutcomeKind.PENDING, None
    elif voids and voids[-1].success is False:
        kind, event = OutcomeKind.FAILED, voids[-1]
    else:
        return None
    return OperationOutcome(
        kind, Operation.VOID, transaction.id, None, transaction, event=event, adopted=True
    )


def _amount_text(row: JournalEntry) -> str:
    if row.amount is None or not row.currency:
        return f"reference {row.reference or '-'}"
    return money(row.amount, row.currency)
