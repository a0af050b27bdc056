"""The Qt face of the desk's money moves: signals for the page, tasks on the window's runner.

Everything a move does (journal, send, settle, reconcile, order records) is in
``app.desk.money_moves``; this adapter turns its listener calls into signals and starts
its coroutines as named tasks, so the page stays responsive and account switches cancel
them in one place.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal

from app.desk.money_moves import MoneyMoveDesk, MoveReport, OrderRecordJob
from app.desk.move_request import MoveRequest
from app.desk.wording import OPERATION_LABELS
from app.dintero import Transaction
from app.storage.journal import Journal
from app.ui.context import AccountContext

__all__ = ["MoneyMoveRunner"]


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
        self.desk = MoneyMoveDesk(
            context.client,
            context.account,
            journal,
            self,
            operator=lambda: context.services.operator,
            pending_timeout_s=pending_timeout_s,
            leases=context.services.stores.leases(),
            desk_name=lambda: context.services.desk_name,
        )

    @property
    def journal(self) -> Journal:
        return self.desk.journal

    @property
    def pending_timeout_s(self) -> float:
        return self.desk.pending_timeout_s

    @pending_timeout_s.setter
    def pending_timeout_s(self, seconds: float) -> None:
        self.desk.pending_timeout_s = seconds

    # -- the desk's listener ------------------------------------------------------------
    def move_state(self, transaction_id: str, text: str) -> None:
        self.state_changed.emit(transaction_id, text)

    def move_busy(self, transaction_id: str, busy: bool) -> None:
        self.busy_changed.emit(transaction_id, busy)

    def move_finished(self, report: MoveReport) -> None:
        self.finished.emit(report)
        if report.order_record is not None:
            self._start_order_record(report.order_record)

    def transaction_read(self, transaction: Transaction) -> None:
        self.transaction_refreshed.emit(transaction)

    def order_record_state(self, transaction_id: str, text: str, retryable: bool) -> None:
        self.order_record_changed.emit(transaction_id, text, retryable)

    # -- for the page and bulk capture ------------------------------------------------
    def is_busy(self, transaction_id: str) -> bool:
        return self.desk.is_busy(transaction_id)

    @property
    def busy_ids(self) -> frozenset[str]:
        return self.desk.busy_ids

    def has_money_in_flight(self) -> bool:
        return self.desk.has_money_in_flight()

    def claim(self, transaction_id: str) -> bool:
        return self.desk.claim(transaction_id)

    def release(self, transaction_id: str) -> None:
        self.desk.release(transaction_id)

    def start(self, request: MoveRequest) -> bool:
        """Start a confirmed move; False (and nothing sent) if one is already running."""
        tx_id = request.transaction_id
        if not self.desk.claim(tx_id):
            return False
        self.context.tasks.start(
            f"money-move:{tx_id}",
            self.desk.run_claimed(request),
            error_context=self.tr("{operation_labels} was not completed").format(
                operation_labels=OPERATION_LABELS[request.operation]
            ),
        )
        return True

    async def run(self, request: MoveRequest) -> MoveReport:
        """One move whose transaction the caller claimed (bulk capture)."""
        return await self.desk.run(request)

    def extend_authorization(self, transaction: Transaction, reason: str) -> bool:
        """Start extending a Klarna authorization; False if a move on it is running."""
        if not self.desk.claim(transaction.id):
            return False

        async def extend() -> None:
            try:
                await self.desk.extend_authorization(transaction, reason)
            finally:
                self.desk.release(transaction.id)

        self.context.tasks.start(
            f"extend-authorization:{transaction.id}",
            extend(),
            error_context=self.tr("The authorization was not extended"),
        )
        return True

    async def reconcile_unsettled(self) -> int:
        return await self.desk.reconcile_unsettled()

    def record_authorization(self, transaction_id: str) -> None:
        """A link was paid: record the authorization on its order (Orders API on)."""
        if not self.context.account.orders_api_enabled:
            return
        self.context.tasks.start(
            f"order-record:{transaction_id}:authorization",
            self.desk.record_authorization(transaction_id),
            error_context=QCoreApplication.translate(
                "MoneyMoveRunner", "Could not record the authorization on the order"
            ),
        )

    def restore_order_records(self, transaction: Transaction) -> None:
        """Show records of this transaction that failed earlier (the journal keeps them)."""
        if not self.context.account.orders_api_enabled:
            return
        self.context.tasks.start(
            f"order-record-check:{transaction.id}",
            self.desk.restore_order_records(transaction),
            background=True,
            error_context=QCoreApplication.translate(
                "MoneyMoveRunner", "Could not read the journal's order records"
            ),
        )

    def retry_order_record(self, transaction_id: str) -> bool:
        """Record again every failed order record of this transaction; False if none."""
        jobs = self.desk.take_failed_order_records(transaction_id)
        for job in jobs:
            self._start_order_record(job)
        return bool(jobs)

    def _start_order_record(self, job: OrderRecordJob) -> None:
        self.context.tasks.start(
            f"order-record:{job.transaction.id}:{job.key}",
            self.desk.record_order(job),
            error_context=self.tr("Could not record on the order"),
        )
