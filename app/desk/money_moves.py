"""Capture, refund and void from the desk: journal first, send once, settle, reconcile.

One move, in order:

0. take the lease on the transaction (``app.storage.leases``): on the shared database no
   other desk may move money on it meanwhile. A desk that finds it taken is told who is
   moving it and since when, and stops (or waits up to ``lease_wait_s``); nothing is sent.
   If the shared database cannot be reached, nothing is sent either: a move the other
   desks cannot see must not happen. The lease is renewed while the move runs and
   released once its journal row is settled; a crashed desk's lease runs out by itself;
1. refuse if the transaction already has a move running here (``claim``); settle earlier
   moves on it that the journal still shows as unsettled by reading the transaction —
   one that stays open blocks the new move. A move that succeeded (from another desk)
   after the person looked at the transaction blocks it too: what they confirmed no
   longer holds (two colleagues refunding one customer's complaint twice). Moves
   settled as "not carried out" stay watched for ``late_apply_watch_s``: if one of them
   shows up after all, its row is corrected and the new move is refused. When there was
   nothing to check, the move is a first send under a fresh reference and goes out on
   the transaction the person confirmed (``MoveRequest.basis``) without reading it
   again; otherwise it reads first. On a confirmed transaction the check and step 2's
   write are one journal transaction (one wait for the journal instead of two); if it
   finds earlier moves, it writes nothing, and the move goes the long way above;
2. the client checks the move, then calls the journal hook, which writes the reference
   (``attempted``) — if the journal cannot be written nothing is sent. In a bulk run the
   move then waits for a send slot (``app.desk.send_slots``): taken only after the row is
   committed, given back in a ``finally`` once ``client.move`` returns. Stopped or cut off
   while it waits, its row is settled "not sent" at once, which is true: only a move
   holding a slot sends;
3. send once. No answer, a dropped connection or a 5xx → "checking…" while the client
   re-reads and settles by the reference; a 202 → "pending" until the correlated event
   arrives. Nothing is ever sent a second time. Once sent, any error is "not confirmed",
   never "not sent"; a move cut off (account switch, quit) leaves its row ``unknown``;
4. the answer's transaction goes to the listener (no second read when the answer
   carried it);
5. on success with the account's Orders API setting on, the report carries an order
   record job; the caller runs it as a task of its own (``record_order``), so a failure
   there is shown and retryable and never touches the money move.

Rows left open by any desk are settled by whichever desk gets to them first
(``reconcile_unsettled`` takes the transaction's lease too, and skips it while another
desk holds it); the journal's guarded update keeps two desks from settling one row
differently.

The listener (the Qt adapter in ``app.ui``, or a test) hears every change of state.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Protocol, TypeVar

from app.accounts.models import Account
from app.core.errors import UserFacingError
from app.core.i18n import QT_TRANSLATE_NOOP, translate
from app.core.references import new_operation_reference
from app.desk.journal_rows import journal_attempt
from app.desk.move_request import MoveRequest
from app.desk.order_recording import (
    AUTHORIZATION,
    RecordKind,
    is_authorized,
    record_authorization,
    record_name,
    record_on_order,
)
from app.desk.send_slots import STOPPED_NOTE, SendSlots, SendStopped
from app.desk.wording import OPERATION_LABELS, OPERATION_PAST, OPERATION_WORDS, money
from app.dintero import (
    DinteroClient,
    DinteroError,
    Ledger,
    LocalValidationError,
    Operation,
    OperationOutcome,
    OutcomeKind,
    PreparedOperation,
    Transaction,
)
from app.dintero.models import OrderItem
from app.storage.errors import StorageError
from app.storage.journal import (
    OPEN_OUTCOMES,
    Journal,
    JournalAttempt,
    JournalEntry,
    JournalOperation,
    JournalQuery,
    Outcome,
)
from app.storage.leases import Lease, LeaseHeld, LeaseHolder, Leases, LocalLeases

__all__ = [
    "CHECKING_TEXT",
    "MOVE_LEASE",
    "MoneyMoveDesk",
    "MoveListener",
    "MoveReport",
    "MovedElsewhere",
    "MovedSinceConfirmed",
    "OrderRecordJob",
    "SharedDatabaseAway",
    "unrecorded_jobs",
]

log = logging.getLogger(__name__)
_T = TypeVar("_T")

#: The kind of lease a money move takes on its transaction.
MOVE_LEASE = "move"
#: The kind of lease taken to record a paid link's authorization: every desk following
#: the link sees it paid, one records it.
ORDER_LEASE = "order-record"
CHECKING_TEXT = QT_TRANSLATE_NOOP("MoneyMoveDesk", "Checking with Dintero whether it went through…")
JOURNAL_OPERATION = {
    Operation.CAPTURE: JournalOperation.CAPTURE,
    Operation.REFUND: JournalOperation.REFUND,
    Operation.VOID: JournalOperation.VOID,
}
_MOVE_OF_JOURNAL = {value: key for key, value in JOURNAL_OPERATION.items()}
INTERRUPTED_NOTE = (
    "Interrupted (account switched or Paydesk closed) after it was sent: not confirmed. "
    "Paydesk checks the transaction before the next move on it."
)
NOT_SENT_NOTE = "Not sent: interrupted (account switched or Paydesk closed) before sending."
ABSENT_NOTE = (
    "Not carried out: still not on the transaction when checked again well after it was "
    "sent. Paydesk keeps looking for it for a while in case Dintero applies it late."
)
LATE_NOTE = "Carried out after all: Dintero applied it late (found when checked again)."
UNCONFIRMED_TEXT = QT_TRANSLATE_NOOP(
    "MoneyMoveDesk",
    "Sent, but Paydesk could not confirm whether Dintero carried it out. It was not sent "
    "again. Paydesk checks the transaction before the next move on it; look at the "
    "transaction in a minute before trying again.",
)


class MovedElsewhere(LocalValidationError):
    """Another desk holds the transaction's lease: nothing was sent from this one."""

    def __init__(self, held: LeaseHeld) -> None:
        super().__init__(
            translate(
                "MoneyMoveDesk",
                "Another desk is moving money on this payment: {held} Nothing was sent from "
                "this desk. Look at the transaction again once that is done.",
            ).format(held=held.user_message)
        )
        self.held = held


class MovedSinceConfirmed(LocalValidationError):
    """Money moved on the transaction (from another desk) after this move was confirmed on
    what the person saw: it is not sent on a view that no longer holds."""

    def __init__(self, row: JournalEntry) -> None:
        operation = _MOVE_OF_JOURNAL[row.operation]
        who = row.operator or translate("MoneyMoveDesk", "Someone")
        where = (
            translate("MoneyMoveDesk", " at desk “{desk}”").format(desk=row.desk)
            if row.desk
            else ""
        )
        when = row.updated_at.astimezone().strftime("%H:%M")
        super().__init__(
            translate(
                "MoneyMoveDesk",
                "{who}{where} {done} {amount} on this payment at {when}, after this "
                "{operation} was confirmed here. Nothing was sent; look at the transaction "
                "again before trying again.",
            ).format(
                who=who,
                where=where,
                done=OPERATION_WORDS[operation].done,
                amount=_amount_text(row),
                when=when,
                operation=OPERATION_WORDS[operation].verb,
            )
        )
        self.row = row


class SharedDatabaseAway(LocalValidationError):
    """The shared database cannot be reached: no move may be sent that others cannot see."""

    def __init__(self, error: StorageError) -> None:
        super().__init__(
            translate(
                "MoneyMoveDesk",
                "{problem} Nothing was sent: a money move the other desks cannot "
                "see must wait until the shared database is back.",
            ).format(problem=error.user_message)
        )
        self._details = error.details


@dataclass(frozen=True)
class OrderRecordJob:
    """One record to make on the order (after a move succeeded, or once the payment is
    authorized); kept to retry it."""

    operation: RecordKind
    transaction: Transaction
    items: tuple[OrderItem, ...]
    amount: int | None
    """What moved; lets an amount-only move be recorded by lines."""
    key: str
    """Tells this record from others of the same transaction."""

    @property
    def journal_reference(self) -> str:
        """Its journal rows' reference: what to rebuild it from after a restart."""
        if self.operation == AUTHORIZATION:
            return AUTHORIZATION
        return f"{record_name(self.operation)}:{self.key}"


@dataclass(frozen=True)
class MoveReport:
    """How a move ended, for the detail pane, bulk rows and tests."""

    transaction_id: str
    operation: Operation
    outcome: Outcome
    text: str
    reference: str | None = None
    amount: int | None = None
    order_record: OrderRecordJob | None = field(default=None, repr=False)
    """Set when the Orders API wants this move recorded: run ``record_order`` with it."""


class MoveListener(Protocol):
    """What the desk tells whoever shows the moves (the Qt page, a test)."""

    def move_state(self, transaction_id: str, text: str) -> None:
        """A line of progress for the transaction; "" clears it."""

    def move_busy(self, transaction_id: str, busy: bool) -> None: ...

    def move_finished(self, report: MoveReport) -> None: ...

    def transaction_read(self, transaction: Transaction) -> None:
        """The transaction as Dintero has it now."""

    def order_record_state(self, transaction_id: str, text: str, retryable: bool) -> None: ...


class SilentListener:
    """A listener that shows nothing (background reconciliation, scripts)."""

    def move_state(self, transaction_id: str, text: str) -> None:
        pass

    def move_busy(self, transaction_id: str, busy: bool) -> None:
        pass

    def move_finished(self, report: MoveReport) -> None:
        pass

    def transaction_read(self, transaction: Transaction) -> None:
        pass

    def order_record_state(self, transaction_id: str, text: str, retryable: bool) -> None:
        pass


@dataclass
class _MoveState:
    """What one running move has done so far, for the cancellation and error paths."""

    entry_id: int | None = None
    journal_outcome: Outcome = Outcome.ATTEMPTED
    slots: SendSlots | None = None
    """The slots the move holds one of (``run``'s ``sending``), from its journalled
    attempt until Dintero's answer is in."""

    def free_send_slot(self) -> None:
        if self.slots is not None:
            self.slots.give_back()
            self.slots = None


class MoneyMoveDesk:
    """Runs one account's money moves, one at a time per transaction."""

    def __init__(
        self,
        client: DinteroClient,
        account: Account,
        journal: Journal,
        listener: MoveListener,
        *,
        operator: Callable[[], str],
        pending_timeout_s: float = 60.0,
        leases: Leases | None = None,
        desk_name: Callable[[], str] = lambda: "",
        lease_ttl_s: float = 30.0,
        lease_wait_s: float = 0.0,
    ) -> None:
        self.client = client
        self.account = account
        self.journal = journal
        self.listener = listener
        self._operator = operator
        self._desk_name = desk_name
        self.pending_timeout_s = pending_timeout_s
        self.leases: Leases = leases if leases is not None else LocalLeases()
        self.lease_ttl_s = lease_ttl_s
        """A crashed desk blocks the transaction at most this long; renewed while moving."""
        self.lease_wait_s = lease_wait_s
        """How long a move waits for another desk's move on the same transaction."""
        self._busy: set[str] = set()
        self._checking: set[str] = set()
        self._order_retries: dict[str, list[OrderRecordJob]] = {}

    # ------------------------------------------------------------------ busy
    def is_busy(self, transaction_id: str) -> bool:
        return transaction_id in self._busy

    @property
    def busy_ids(self) -> frozenset[str]:
        """Transactions with a money move on its way (sending, settling or pending)."""
        return frozenset(self._busy)

    def has_money_in_flight(self) -> bool:
        """True while any move runs: ask before switching account or quitting."""
        return bool(self._busy)

    def claim(self, transaction_id: str) -> bool:
        """Mark a transaction busy; False if a move on it is already running here."""
        if transaction_id in self._busy or transaction_id in self._checking:
            return False
        self._set_busy(transaction_id, True)
        return True

    def release(self, transaction_id: str) -> None:
        self._set_busy(transaction_id, False)

    def _set_busy(self, tx_id: str, busy: bool) -> None:
        if busy:
            self._busy.add(tx_id)
        else:
            self._busy.discard(tx_id)
        self.listener.move_busy(tx_id, busy)

    # ------------------------------------------------------------------ the move
    async def run_claimed(self, request: MoveRequest) -> MoveReport:
        """``run`` for a transaction the caller claimed; released however it ends."""
        try:
            return await self.run(request)
        finally:
            self.release(request.transaction_id)

    async def run(self, request: MoveRequest, *, sending: SendSlots | None = None) -> MoveReport:
        """The whole move (the caller holds the claim on the transaction).

        Cancelled after sending (account switch, quit), the journal row is marked
        ``unknown`` with a note before the cancellation goes on, so it is checked later.

        ``sending`` bounds the moves on the wire (a bulk capture's "at once",
        ``app.desk.send_slots``): a slot is taken once the attempt is journalled and
        given back as soon as Dintero's answer is in.
        """
        state = _MoveState()
        label = OPERATION_LABELS[request.operation]
        self.listener.move_state(
            request.transaction_id,
            translate("MoneyMoveDesk", "{operation}: preparing…").format(operation=label),
        )
        try:
            async with self._move_lease(request):
                if request.basis is not None:
                    try:
                        return await self._run(
                            request, state, request.basis, sending, checked=False
                        )
                    except _EarlierMovesOpen:
                        pass  # nothing was written or sent: settle them first
                earlier = await self._settle_earlier_moves(request.transaction_id, request.basis)
                return await self._run(request, state, None if earlier else request.basis, sending)
        except asyncio.CancelledError:
            await self._interrupted(state)
            raise
        except LocalValidationError as error:
            self.listener.move_state(
                request.transaction_id,
                translate("MoneyMoveDesk", "Not sent: {reason}").format(reason=error.user_message),
            )
            raise
        except Exception as error:
            self.listener.move_state(request.transaction_id, "")
            if state.entry_id is not None and state.journal_outcome is Outcome.ATTEMPTED:
                # A bug after sending: the move may have happened; never leave "attempted".
                log.exception("unexpected failure after sending on %s", request.transaction_id)
                await self._settle_journal(
                    state,
                    Outcome.UNKNOWN,
                    message=translate(
                        "MoneyMoveDesk", "Not confirmed: unexpected error {error!r}"
                    ).format(error=error),
                )
            raise

    async def _run(
        self,
        request: MoveRequest,
        state: _MoveState,
        basis: Transaction | None,
        sending: SendSlots | None,
        *,
        checked: bool = True,
    ) -> MoveReport:
        """Steps 2 to 5; with ``checked`` False, step 1's check is made with the write."""
        tx_id = request.transaction_id
        label = OPERATION_LABELS[request.operation]

        async def journal(prepared: PreparedOperation) -> None:
            _check_whole_rest(request, prepared)
            if sending is not None:
                sending.check()  # a stopped run journals nothing more
            attempt = self._attempt(request, prepared)
            confirmed = basis
            step: Callable[[Journal], int | None] = (
                (lambda j: j.record_attempt(attempt))
                if checked or confirmed is None
                else (lambda j: self._attempt_if_clear(j, tx_id, confirmed, attempt))
            )
            write = self.journal.queued(step)
            try:
                entry_id = await asyncio.shield(write)
            except asyncio.CancelledError:
                # Cut off while the row was being written: nothing was sent, say so.
                entry_id = await write
                if entry_id is not None:
                    await self._settle_not_sent(entry_id, NOT_SENT_NOTE)
                raise
            if entry_id is None:
                raise _EarlierMovesOpen
            if sending is not None:
                try:
                    await sending.take(tx_id)
                except (asyncio.CancelledError, SendStopped) as why:  # not sent: say so
                    note = STOPPED_NOTE if isinstance(why, SendStopped) else NOT_SENT_NOTE
                    await self._settle_not_sent(entry_id, note)
                    raise
                state.slots = sending
            state.entry_id = entry_id
            amount = money(prepared.amount, request.currency)
            self.listener.move_state(
                tx_id,
                translate("MoneyMoveDesk", "{operation} of {amount}: sending…").format(
                    operation=label, amount=amount
                ),
            )

        try:
            try:
                outcome = await self.client.move(
                    request.operation,
                    tx_id,
                    request.body,
                    journal=journal,
                    on_uncertain=self._uncertain,
                    basis=basis,
                )
            finally:
                state.free_send_slot()
        except DinteroError as error:
            if state.entry_id is None:
                raise  # refused before anything was sent: "not sent" is true
            if error.certainly_not_applied:
                await self._settle_journal(state, Outcome.FAILED, message=error.details)
                raise
            return await self._unconfirmed(request, state, error)
        if outcome.pending:
            await self._settle_journal(state, Outcome.PENDING, request_id=outcome.event_request_id)
            self.listener.move_state(
                tx_id,
                translate(
                    "MoneyMoveDesk",
                    "{operation} pending: Dintero accepted it and is still processing. "
                    "Nothing will be sent again meanwhile.",
                ).format(operation=label),
            )
            self.listener.transaction_read(outcome.transaction)
            if outcome.event_request_id:
                try:
                    outcome = await self.client.wait_for_completion(
                        tx_id, outcome.event_request_id, self.pending_timeout_s, pending=outcome
                    )
                except DinteroError as error:  # accepted: still pending, never "not sent"
                    log.warning("waiting for %s on %s failed: %s", label, tx_id, error)
        report = await self._conclude(request, outcome, state)
        # The answer (or the read that settled it) already carries the transaction.
        self.listener.transaction_read(outcome.transaction)
        self._finish(report)
        return report

    async def _unconfirmed(
        self, request: MoveRequest, state: _MoveState, error: DinteroError
    ) -> MoveReport:
        """Sent, and no clear answer even after re-reading: say so, never "not sent"."""
        report = MoveReport(
            request.transaction_id,
            request.operation,
            Outcome.UNKNOWN,
            translate("MoneyMoveDesk", UNCONFIRMED_TEXT),
            request.reference,
            request.amount,
        )
        await self._settle_journal(state, Outcome.UNKNOWN, message=error.details)
        await self._read_quietly(request.transaction_id)  # no answer carried it
        self._finish(report)
        return report

    async def _interrupted(self, state: _MoveState) -> None:
        """Cancelled with the row still "attempted": mark it unknown before the
        cancellation goes on. An account switch waits for the mark; quitting may cancel
        the wait, and then closing the journal commits it."""
        if state.entry_id is None or state.journal_outcome is not Outcome.ATTEMPTED:
            return
        stored = await self._settle_shielded(state.entry_id, Outcome.UNKNOWN, INTERRUPTED_NOTE)
        if stored is not None:
            state.journal_outcome = stored

    async def _conclude(
        self, request: MoveRequest, outcome: OperationOutcome, state: _MoveState
    ) -> MoveReport:
        amount = outcome.amount if outcome.amount is not None else request.amount
        request_id = outcome.request_id or (
            outcome.event.request_id if outcome.event is not None else None
        )
        job: OrderRecordJob | None = None
        if outcome.pending:
            text = translate(
                "MoneyMoveDesk",
                "Still pending after {seconds} s. Dintero has not finished it yet; "
                "it was not sent again. Refresh later to see the result.",
            ).format(seconds=f"{self.pending_timeout_s:g}")
            report_outcome = Outcome.PENDING
        elif outcome.succeeded:
            text = f"{OPERATION_PAST[request.operation]} {money(amount, request.currency)}."
            if outcome.adopted:
                text += translate(
                    "MoneyMoveDesk",
                    " (Confirmed by re-reading the transaction; it was sent only once.)",
                )
            report_outcome = Outcome.SUCCEEDED
            if self.account.orders_api_enabled:
                job = _order_record_job(request, outcome, amount)
        else:
            reason = outcome.failure_message or translate("MoneyMoveDesk", "Dintero refused it.")
            text = translate("MoneyMoveDesk", "{operation} failed: {reason}").format(
                operation=OPERATION_LABELS[request.operation], reason=reason
            )
            report_outcome = Outcome.FAILED
        await self._settle_journal(
            state,
            report_outcome,
            request_id=request_id,
            message="" if report_outcome is Outcome.SUCCEEDED else text,
            amount=amount if report_outcome is Outcome.SUCCEEDED else None,
        )
        return MoveReport(
            request.transaction_id,
            request.operation,
            report_outcome,
            text,
            outcome.reference,
            amount,
            job,
        )

    # ------------------------------------------------------------------ the lease
    @contextlib.asynccontextmanager
    async def _move_lease(self, request: MoveRequest) -> AsyncIterator[Lease]:
        """Hold the transaction's lease for the whole move (see step 0 above)."""
        amount = money(request.amount, request.currency) if request.amount else ""
        purpose = f"{request.operation.value} {amount}".strip()
        lease = await self._take_lease(request.transaction_id, purpose, self.lease_wait_s)
        keeper = asyncio.ensure_future(self._keep(lease))
        try:
            yield lease
        finally:
            keeper.cancel()
            if self.leases.shared:
                await asyncio.shield(self._release(lease))
            else:  # in memory: released before the move's end is told, as without leases
                self.leases.release(lease)

    def _holder(self, purpose: str) -> LeaseHolder:
        return LeaseHolder(self._desk_name(), self._operator(), purpose)

    async def _take_lease(self, tx_id: str, purpose: str, wait_s: float) -> Lease:
        deadline = time.monotonic() + wait_s
        pause = 0.05
        while True:
            try:
                return await self._leased(
                    self.leases.acquire, MOVE_LEASE, tx_id, self._holder(purpose), self.lease_ttl_s
                )
            except LeaseHeld as held:
                if time.monotonic() + pause > deadline:
                    raise MovedElsewhere(held) from held
                self.listener.move_state(
                    tx_id,
                    translate("MoneyMoveDesk", "Waiting: {held}").format(held=held.user_message),
                )
            except StorageError as error:
                raise SharedDatabaseAway(error) from error
            await asyncio.sleep(pause)
            pause = min(pause * 2, 1.0)

    async def _keep(self, lease: Lease) -> None:
        """Renew the lease while the move runs (a third of its lifetime apart)."""
        while True:
            await asyncio.sleep(self.lease_ttl_s / 3)
            try:
                if not await self._leased(self.leases.renew, lease, self.lease_ttl_s):
                    log.error("lost the lease on %s while moving money", lease.key)
            except StorageError as error:
                log.warning("could not renew the lease on %s: %s", lease.key, error)

    async def _leased(self, call: Callable[..., _T], *args: object) -> _T:
        """A lease call: in a worker thread on the shared database, at once in memory (so
        a desk on its own files pays nothing for it)."""
        if self.leases.shared:
            return await asyncio.to_thread(call, *args)
        return call(*args)

    async def _release(self, lease: Lease) -> None:
        try:
            await self._leased(self.leases.release, lease)
        except StorageError as error:  # it runs out by itself
            log.warning("could not release the lease on %s: %s", lease.key, error)

    # ------------------------------------------------------------------ earlier moves
    async def _settle_earlier_moves(self, tx_id: str, basis: Transaction | None = None) -> bool:
        """Settle the journal's open and watched rows on ``tx_id``; True if there were any.

        Refuses (``LocalValidationError``) while one stays open, when a move thought not
        carried out turns out to have been applied late, or when a move (from another
        desk) succeeded that the transaction confirmed on (``basis``) does not show yet.
        """
        with_done = basis is not None
        rows, watched, done = await self.journal.queued(
            lambda journal: self._earlier_rows(journal, tx_id, with_done)
        )
        if basis is not None:
            _check_confirmed_view(basis, done)
        for row in rows:
            if not await self._reconcile(row):
                operation = _MOVE_OF_JOURNAL[row.operation]
                when = row.created_at.astimezone().strftime("%H:%M")
                raise LocalValidationError(
                    translate(
                        "MoneyMoveDesk",
                        "An earlier {value} on this transaction ({when}, {row}) is not "
                        "confirmed yet, and Dintero does not show it yet. Nothing was sent. "
                        "Try again in a minute.",
                    ).format(
                        value=OPERATION_WORDS[operation].verb, when=when, row=_amount_text(row)
                    )
                )
        for row in watched:
            if await self._found_late(row):
                operation = _MOVE_OF_JOURNAL[row.operation]
                when = row.created_at.astimezone().strftime("%H:%M")
                raise LocalValidationError(
                    translate(
                        "MoneyMoveDesk",
                        "The earlier {value} on this transaction ({when}, {row}) that looked "
                        "not carried out has been applied by Dintero after all. Nothing was "
                        "sent; look at the transaction before trying again.",
                    ).format(
                        value=OPERATION_WORDS[operation].verb, when=when, row=_amount_text(row)
                    )
                )
        return bool(rows or watched)

    def _earlier_rows(
        self, journal: Journal, tx_id: str, with_done: bool
    ) -> tuple[list[JournalEntry], list[JournalEntry], list[JournalEntry]]:
        """A journal step: one transaction's unsettled and watched rows (as
        :meth:`_open_and_watched_rows` finds them for the account) and, ``with_done``,
        its moves that succeeded: one read of the transaction's rows (a handful), made
        together with other moves' journal work."""
        since = self._watched_since()
        moves = [
            row
            for row in reversed(journal.for_target(tx_id))  # oldest first
            if row.account_id == self.account.account_id and row.operation in _MOVE_OF_JOURNAL
        ]
        rows = [row for row in moves if row.outcome in OPEN_OUTCOMES]
        watched = [
            row
            for row in reversed(moves)  # newest first, as the query gives them
            if row.outcome is Outcome.FAILED and row.created_at >= since and _absent(row)
        ]
        done = [r for r in reversed(moves) if r.outcome is Outcome.SUCCEEDED] if with_done else []
        return rows, watched, done

    def _attempt_if_clear(
        self, journal: Journal, tx_id: str, basis: Transaction, attempt: JournalAttempt
    ) -> int | None:
        """A journal step: step 1's check of ``tx_id`` against what the person confirmed
        (``basis``), then the attempt's row; None (nothing written) when there are earlier
        moves to settle first."""
        rows, watched, done = self._earlier_rows(journal, tx_id, with_done=True)
        if rows or watched:
            return None
        _check_confirmed_view(basis, done)
        return journal.record_attempt(attempt)

    def _watched_since(self) -> datetime:
        """Moves settled as not carried out after this are still watched for a late apply."""
        return datetime.now(UTC) - timedelta(seconds=self.client.config.late_apply_watch_s)

    def _open_and_watched_rows(self) -> tuple[list[JournalEntry], list[JournalEntry]]:
        """Blocking: the account's unsettled rows, and its moves settled as not carried out
        that are young enough for Dintero to apply them still (one worker-thread hop)."""
        operations = tuple(JOURNAL_OPERATION.values())
        unsettled = self.journal.unsettled(
            account_id=self.account.account_id, operations=operations
        )
        since = self._watched_since()
        failed = self.journal.query(
            JournalQuery(
                account_id=self.account.account_id,
                operations=operations,
                outcomes=(Outcome.FAILED,),
                since=since,
            )
        )
        watched = [r for r in failed if _absent(r)]
        return unsettled, watched

    async def _found_late(self, row: JournalEntry) -> bool:
        """Look for a watched move once more; correct its row when it is there now."""
        assert row.reference is not None
        operation = _MOVE_OF_JOURNAL[row.operation]
        outcome = await self.client.find_outcome(row.target_id, operation, row.reference)
        if outcome is None or not outcome.succeeded:
            return False
        request_id = outcome.request_id or (outcome.event.request_id if outcome.event else None)
        await self._settle_row(
            row,
            Outcome.SUCCEEDED,
            request_id=request_id,
            amount=outcome.amount,
            message=LATE_NOTE,
            only_from=(Outcome.FAILED,),
        )
        self.listener.transaction_read(outcome.transaction)
        return True

    async def reconcile_unsettled(self) -> int:
        """Settle this account's unsettled money moves in the journal; returns how many.

        Runs in the background when an account is bound; also looks once more for moves
        settled as not carried out that Dintero may still apply late. Transactions with a
        move running here are left alone (that move settles its own row).
        """
        rows, watched = await asyncio.to_thread(self._open_and_watched_rows)
        settled = 0
        for row in [*rows, *watched]:
            tx_id = row.target_id
            if tx_id in self._busy or tx_id in self._checking:
                continue
            self._checking.add(tx_id)
            try:
                lease = await self._take_lease(tx_id, "checking an unconfirmed move", 0.0)
            except (MovedElsewhere, SharedDatabaseAway) as error:
                # Another desk is moving (or settling) it: that desk settles the row.
                log.info("journal row %s left to another desk: %s", row.id, error.user_message)
                self._checking.discard(tx_id)
                continue
            try:
                # Read again under the lease: another desk may have settled it meanwhile.
                fresh = await asyncio.to_thread(self.journal.get, row.id)
                if fresh.outcome is not row.outcome:
                    continue
                if row.outcome is Outcome.FAILED:
                    settled += await self._found_late(fresh)
                else:
                    settled += await self._reconcile(fresh)
            except DinteroError as error:
                log.info("could not check journal row %s yet: %s", row.id, error)
            finally:
                self._checking.discard(tx_id)
                await asyncio.shield(self._release(lease))
        return settled

    async def _reconcile(self, row: JournalEntry) -> bool:
        """Settle one row from the transaction as Dintero has it; False if still open."""
        operation = _MOVE_OF_JOURNAL[row.operation]
        window = self.client.config.settle_timeout_s
        old_enough = (datetime.now(UTC) - row.created_at).total_seconds() > 2 * window
        if row.reference is not None:
            outcome = await self.client.find_outcome(row.target_id, operation, row.reference)
        else:  # a void has no reference
            outcome = _void_outcome(await self.client.get_transaction(row.target_id))
        if outcome is None:
            if not old_enough:
                return False
            await self._settle_row(row, Outcome.FAILED, message=ABSENT_NOTE)
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
                message=translate("MoneyMoveDesk", "Confirmed later by reading the transaction."),
            )
        else:
            reason = outcome.failure_message or translate("MoneyMoveDesk", "Dintero refused it.")
            await self._settle_row(
                row,
                Outcome.FAILED,
                request_id=request_id,
                message=translate("MoneyMoveDesk", "Failed: {reason}").format(reason=reason),
            )
        self.listener.transaction_read(outcome.transaction)
        return True

    async def _settle_row(
        self,
        row: JournalEntry,
        outcome: Outcome,
        *,
        request_id: str | None = None,
        amount: int | None = None,
        message: str,
        only_from: tuple[Outcome, ...] = OPEN_OUTCOMES,
    ) -> None:
        await self._settle_entry(row.id, outcome, request_id, message, amount, only_from)

    # ------------------------------------------------------------------ authorization
    async def extend_authorization(self, transaction: Transaction, reason: str) -> None:
        """Ask Klarna for more time to capture; journalled first and sent once, like a move.

        Nothing moves money, but staff and support must see who extended what and when,
        and an unclear answer must not be taken for a refusal.
        """
        reference = new_operation_reference("ext")
        attempt = self._journal_attempt(
            JournalOperation.EXTEND_AUTHORIZATION,
            transaction.id,
            amount=Ledger(transaction).remaining_capturable,
            currency=transaction.currency,
            merchant_reference=transaction.merchant_reference,
            note=reason,
            reference=reference,
        )
        state = _MoveState(await asyncio.to_thread(self.journal.record_attempt, attempt))
        self.listener.move_state(
            transaction.id, translate("MoneyMoveDesk", "Extending the authorization…")
        )
        try:
            answer = await self.client.extend_authorization(
                transaction.id, reason=reason, reference=reference
            )
        except DinteroError as error:
            outcome = Outcome.FAILED if error.certainly_not_applied else Outcome.UNKNOWN
            await self._settle_journal(state, outcome, message=error.details)
            self.listener.move_state(
                transaction.id,
                translate("MoneyMoveDesk", "Not extended: {reason}").format(
                    reason=error.user_message
                ),
            )
            raise
        await self._settle_journal(state, Outcome.SUCCEEDED, request_id=answer.request_id)
        self.listener.move_state(
            transaction.id, translate("MoneyMoveDesk", "Authorization extended.")
        )
        self.listener.transaction_read(answer.transaction)

    # ------------------------------------------------------------------ order records
    def authorization_job(self, transaction: Transaction) -> OrderRecordJob | None:
        """The authorization record a paid link's payment needs (None: nothing to record,
        the Orders API setting is off or the payment is not authorized)."""
        if not self.account.orders_api_enabled or not transaction.merchant_reference:
            return None
        if not is_authorized(transaction):
            return None
        return OrderRecordJob(AUTHORIZATION, transaction, (), None, AUTHORIZATION)

    async def record_authorization(self, transaction_id: str) -> None:
        """A tracked link was paid: record its authorization on the order it pays (read
        the transaction first: the link only knows its id). One desk at a time: the
        others leave it to the desk recording it, or find it recorded when they come
        later and read the order."""
        if not self.account.orders_api_enabled:
            return
        try:
            lease = await self._leased(
                self.leases.acquire,
                ORDER_LEASE,
                transaction_id,
                self._holder("recording the authorization on the order"),
                self.lease_ttl_s,
            )
        except LeaseHeld:
            return  # another desk saw the link paid too, and records it
        except StorageError as error:
            log.warning("no order lease for %s: %s", transaction_id, error)
            lease = None  # reading the order first still keeps a second record out
        try:
            transaction = await self.client.get_transaction(transaction_id)
            job = self.authorization_job(transaction)
            if job is not None:
                await self.record_order(job)
        finally:
            if lease is not None:
                await asyncio.shield(self._release(lease))

    async def record_order(self, job: OrderRecordJob) -> None:
        """Record on the order; a failure is journalled, shown and kept for a retry (which
        records only: the money move is never sent again)."""
        operation, transaction = job.operation, job.transaction
        tx_id = transaction.id
        name = record_name(operation)
        amount = transaction.amount if operation == AUTHORIZATION else job.amount
        attempt = self._journal_attempt(
            JournalOperation.ORDER_RECORD,
            tx_id,
            amount=sum(i.amount for i in job.items) if job.items else amount,
            currency=transaction.currency,
            merchant_reference=transaction.merchant_reference,
            note=f"record {name} on order {transaction.merchant_reference}",
            reference=job.journal_reference,
        )
        state = _MoveState(await asyncio.to_thread(self.journal.record_attempt, attempt))
        order = transaction.merchant_reference or "?"
        self.listener.order_record_state(
            tx_id,
            translate("MoneyMoveDesk", "Recording on order {order}…").format(order=order),
            False,
        )
        try:
            if isinstance(operation, Operation):
                record = await record_on_order(
                    self.client, operation, transaction, job.items, job.amount
                )
            else:
                record = await record_authorization(self.client, transaction)
        except (DinteroError, ValueError) as error:  # NotRecordable is a ValueError too
            if isinstance(error, UserFacingError):
                message = error.user_message
            else:  # a bug: say so plainly, and keep the traceback for support
                log.exception("could not record %s on order %s", tx_id, order)
                message = translate(
                    "MoneyMoveDesk", "an unexpected error; the details are in the log"
                )
            await self._settle_journal(state, Outcome.FAILED, message=str(error))
            retries = self._order_retries.setdefault(tx_id, [])
            if all(waiting.key != job.key for waiting in retries):
                retries.append(job)
            if isinstance(operation, Operation):
                text = translate(
                    "MoneyMoveDesk",
                    "The {operation} went through, but recording it on order {order} failed: "
                    "{message}",
                ).format(operation=OPERATION_WORDS[operation].verb, order=order, message=message)
            else:
                text = translate(
                    "MoneyMoves",
                    "The payment is authorized, but recording the authorization on order "
                    "{order} failed: {reason}",
                ).format(order=order, reason=message)
            self.listener.order_record_state(tx_id, text, True)
            return
        await self._settle_journal(
            state,
            Outcome.SUCCEEDED,
            message=translate("MoneyMoveDesk", "order record {id}").format(id=record.id),
        )
        if self._order_retries.get(tx_id):
            return  # an earlier record of this transaction still waits for its retry
        self.listener.order_record_state(
            tx_id,
            translate("MoneyMoveDesk", "Recorded on order {order}.").format(order=order),
            False,
        )

    async def restore_order_records(self, transaction: Transaction) -> None:
        """Show the records of ``transaction`` that the journal says failed and were never
        made since (after a restart, an account switch, or from another desk), and keep
        them for a retry."""
        if not self.account.orders_api_enabled:
            return
        rows = await asyncio.to_thread(self.journal.for_target, transaction.id)
        jobs = unrecorded_jobs(rows, transaction)
        if not jobs:
            return
        retries = self._order_retries.setdefault(transaction.id, [])
        for job in jobs:
            if all(waiting.key != job.key for waiting in retries):
                retries.append(job)
        names = ", ".join(record_name(job.operation) for job in jobs)
        text = translate(
            "MoneyMoves",
            "Not recorded on order {order} yet: recording the {what} failed earlier. The "
            "money moved as shown; only the record is missing.",
        ).format(order=transaction.merchant_reference or "?", what=names)
        self.listener.order_record_state(transaction.id, text, True)

    def take_failed_order_records(self, transaction_id: str) -> list[OrderRecordJob]:
        """The failed records of a transaction, handed back once for a retry."""
        return self._order_retries.pop(transaction_id, [])

    # ------------------------------------------------------------------ helpers
    def _attempt(self, request: MoveRequest, prepared: PreparedOperation) -> JournalAttempt:
        return self._journal_attempt(
            JOURNAL_OPERATION[request.operation],
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
        return journal_attempt(
            self.account,
            self._operator(),
            operation,
            transaction_id,
            amount=amount,
            currency=currency,
            merchant_reference=merchant_reference,
            note=note,
            reference=reference,
            desk=self._desk_name(),
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
        state.journal_outcome = await self._settle_entry(
            state.entry_id, outcome, request_id, message, amount
        )

    async def _settle_entry(
        self,
        entry_id: int,
        outcome: Outcome,
        request_id: str | None,
        message: str | None,
        amount: int | None,
        only_from: tuple[Outcome, ...] = OPEN_OUTCOMES,
    ) -> Outcome:
        """Write an outcome, only over one of ``only_from``: another desk may have settled
        the row meanwhile, and then its outcome stands (and is returned)."""
        stored = await self.journal.queued(
            lambda journal: journal.settle(
                entry_id,
                outcome,
                request_id=request_id,
                message=message,
                amount=amount,
                only_from=only_from,
            )
        )
        if stored is not outcome:
            log.warning(
                "journal row %s was settled as %s meanwhile (not %s)", entry_id, stored, outcome
            )
        return stored

    async def _settle_not_sent(self, entry_id: int, note: str) -> None:
        """A journalled move that never left: say so."""
        await self._settle_shielded(entry_id, Outcome.FAILED, note)

    async def _settle_shielded(self, entry_id: int, outcome: Outcome, note: str) -> Outcome | None:
        """Settle a move that is being cut off, off the GUI thread (an account switch may
        cut off a whole bulk run's moves at once). Shielded: if it is cut off again
        meanwhile, the worker still commits the row (closing the journal commits what is
        queued; after a crash, reconciling reads the transaction), and a failure is
        logged even with nobody waiting. Returns the row's outcome now, or None if the
        write failed: the row stays "attempted", and the next move on it reads Dintero."""
        try:
            settle = self.journal.queued(
                lambda journal: journal.settle(entry_id, outcome, message=note)
            )
        except Exception:  # never in place of the cancellation that brought us here
            log.exception("could not mark the cut-off move %s as %s", entry_id, outcome)
            return None
        settle.add_done_callback(functools.partial(_log_failed_mark, entry_id, outcome))
        try:
            return await asyncio.shield(settle)
        except Exception:  # logged by _log_failed_mark
            return None

    async def _read_quietly(self, tx_id: str) -> None:
        try:
            fresh = await self.client.get_transaction_detail(tx_id)
        except DinteroError as error:  # the move is settled; a failed read is not fatal
            log.warning("could not re-read %s after an operation: %s", tx_id, error)
            return
        self.listener.transaction_read(fresh)

    def _uncertain(self, prepared: PreparedOperation, cause: DinteroError) -> None:
        log.info(
            "outcome of %s on %s unknown (%s); checking",
            prepared.operation.value,
            prepared.transaction_id,
            cause,
        )
        self.listener.move_state(prepared.transaction_id, translate("MoneyMoveDesk", CHECKING_TEXT))

    def _finish(self, report: MoveReport) -> None:
        self.listener.move_state(report.transaction_id, report.text)
        self.listener.move_finished(report)


def _absent(row: JournalEntry) -> bool:
    """Settled as not carried out after looking again: watched for a late apply."""
    return row.message.startswith(ABSENT_NOTE) and bool(row.reference)


class _EarlierMovesOpen(Exception):
    """The journal shows earlier moves on the transaction: nothing was written or sent."""


def _check_confirmed_view(basis: Transaction, done: list[JournalEntry]) -> None:
    """Refuse when a move that succeeded is missing from what the person confirmed on."""
    seen = {e.event_reference for e in basis.events if e.event_reference}
    for row in done:
        if row.reference and row.reference not in seen:
            raise MovedSinceConfirmed(row)


def _check_whole_rest(request: MoveRequest, prepared: PreparedOperation) -> None:
    """A "the whole rest" move goes out only if the rest is still what was confirmed."""
    if request.body is not None or request.operation is Operation.VOID:
        return
    if prepared.amount != request.amount:
        raise LocalValidationError(
            translate(
                "MoneyMoves",
                "What is left changed since you confirmed: now {amount} instead of "
                "{amount2}. Nothing was sent; look at the transaction and try again.",
            ).format(
                amount=money(prepared.amount, request.currency),
                amount2=money(request.amount, request.currency),
            )
        )


def _order_record_job(
    request: MoveRequest, outcome: OperationOutcome, amount: int
) -> OrderRecordJob:
    items = outcome.event.items if outcome.event is not None else ()
    key = (
        outcome.reference or (outcome.event.id if outcome.event else None) or request.transaction_id
    )
    return OrderRecordJob(request.operation, outcome.transaction, tuple(items), amount, key)


def unrecorded_jobs(rows: list[JournalEntry], transaction: Transaction) -> list[OrderRecordJob]:
    """The order records whose newest journal row failed, rebuilt from the transaction."""
    newest: dict[str, JournalEntry] = {}
    for row in sorted(rows, key=lambda r: r.id):
        if row.operation is JournalOperation.ORDER_RECORD and row.reference:
            newest[row.reference] = row
    jobs = []
    for reference, row in newest.items():
        if row.outcome is not Outcome.FAILED:
            continue
        job = _job_from_reference(reference, transaction)
        if job is not None:
            jobs.append(job)
    return jobs


def _job_from_reference(reference: str, transaction: Transaction) -> OrderRecordJob | None:
    if reference == AUTHORIZATION:
        return OrderRecordJob(AUTHORIZATION, transaction, (), None, AUTHORIZATION)
    name, _, key = reference.partition(":")
    try:
        operation = Operation(name)
    except ValueError:
        return None
    if operation is Operation.VOID:
        return OrderRecordJob(operation, transaction, (), None, key)
    event = Ledger(transaction).find_event(operation, key) or next(
        (e for e in transaction.events if e.id == key), None
    )
    if event is None or event.success is not True or event.event != operation.event_name:
        return None
    return OrderRecordJob(operation, transaction, tuple(event.items), event.amount, key)


def _void_outcome(transaction: Transaction) -> OperationOutcome | None:
    """A journalled void (no reference) settled from the transaction: voided, failed, open."""
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


def _log_failed_mark(entry_id: int, outcome: Outcome, settle: asyncio.Future[Outcome]) -> None:
    if not settle.cancelled() and (error := settle.exception()) is not None:
        log.error("could not mark the cut-off move %s as %s", entry_id, outcome, exc_info=error)
