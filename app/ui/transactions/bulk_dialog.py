"""Capture many authorized transactions in full, with a result per row.

The run itself is ``app.desk.bulk_capture.BulkCapture``: at most ``concurrency``
captures at once through the same safe path as a single capture, each the whole rest by
lines, never sent twice. Cancel stops starting new captures; the ones already sent are
allowed to finish, because cutting a money move off mid-flight would leave its outcome
unknown. This dialog confirms, shows a row per transaction and the summary.
"""

from __future__ import annotations

import asyncio
import logging
from collections import Counter

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.desk.bulk_capture import BulkCapture, BulkItem, BulkResult
from app.desk.wording import OPERATION_LABELS, money
from app.dintero import Operation
from app.ui.context import AccountContext
from app.ui.focus_order import chain, tab_leaves_tables
from app.ui.transactions.bulk_model import BulkRow, BulkRowsModel
from app.ui.transactions.confirm_dialog import Confirmation, ConfirmDialog
from app.ui.transactions.money_moves import MoneyMoveRunner
from app.ui.transactions.rows import TransactionRow

__all__ = ["BULK_TASK", "DEFAULT_CONCURRENCY", "BulkCaptureDialog"]

log = logging.getLogger(__name__)

BULK_TASK = "bulk-capture"
DEFAULT_CONCURRENCY = 8
"""Captures in flight at once. Each is one round trip after the list read; with 8, a
hundred captures at a typical 300 ms per round trip take about four seconds, while the
load on Dintero stays modest (it documents no rate limit for these calls)."""
MAX_CONCURRENCY = 16
"""Never above the client's connection pool (20 by default)."""


class BulkCaptureDialog(QDialog):
    finished_run = Signal(object)  # Counter of BulkResult

    def __init__(
        self,
        context: AccountContext,
        runner: MoneyMoveRunner,
        rows: list[TransactionRow],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("bulkCaptureDialog")
        self.setWindowTitle(self.tr("Capture selected transactions"))
        self.resize(820, 560)
        self.context = context
        self.runner = runner
        self.running = False
        self.done_count = 0
        self.bulk: BulkCapture | None = None
        bulk_rows = [
            BulkRow(r.id, r.merchant_reference, r.remaining_capturable, r.currency) for r in rows
        ]
        self.model = BulkRowsModel(bulk_rows, self)
        self.currencies = sorted({r.currency for r in bulk_rows})
        self.total = sum(r.amount for r in bulk_rows)

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setObjectName("bulkIntro")
        self.table = QTableView(self)
        self.table.setObjectName("bulkTable")
        self.table.setAccessibleName(self.tr("Transactions to capture"))
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 280)
        header.resizeSection(1, 150)
        header.resizeSection(2, 120)
        header.setStretchLastSection(True)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("bulkProgress")
        self.progress.setRange(0, len(bulk_rows))
        self.progress.setValue(0)
        self.progress.setFormat(self.tr("%v of %m done"))
        self.summary = QLabel(self)
        self.summary.setObjectName("bulkSummary")
        self.summary.setWordWrap(True)

        self.concurrency = QSpinBox(self)
        self.concurrency.setRange(1, MAX_CONCURRENCY)
        self.concurrency.setValue(DEFAULT_CONCURRENCY)
        self.concurrency.setAccessibleName(self.tr("Captures at the same time"))
        self.concurrency.setAccessibleDescription(
            self.tr("How many captures are sent to Dintero at once")
        )
        self.start_button = QPushButton(self)
        self.start_button.setObjectName("bulkStart")
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("bulkCancel")
        self.cancel_button.setAccessibleDescription(
            self.tr("Stops starting new captures; those already sent finish")
        )
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setObjectName("bulkClose")
        self.start_button.clicked.connect(self.ask_confirmation)
        self.cancel_button.clicked.connect(self.request_cancel)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        at_once = QLabel(self.tr("At the same time:"), self)
        at_once.setBuddy(self.concurrency)
        buttons.addWidget(at_once)
        buttons.addWidget(self.concurrency)
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        chain(
            [
                self.table,
                self.concurrency,
                self.start_button,
                self.cancel_button,
                self.close_button,
            ]
        )
        tab_leaves_tables(self)
        self.table.setFocus()  # what will be captured, read first
        self._prepare_texts()

    def _prepare_texts(self) -> None:
        count = self.model.rowCount()
        self.cancel_button.setEnabled(False)
        if len(self.currencies) != 1:
            self.intro.setText(
                self.tr(
                    "The selection mixes currencies ({currencies}). Select transactions in one "
                    "currency to capture them together."
                ).format(currencies=", ".join(self.currencies))
            )
            self.start_button.setText(self.tr("Capture"))
            self.start_button.setEnabled(False)
            return
        currency = self.currencies[0]
        self.intro.setText(
            self.tr(
                "Capture {count} authorized transactions in full: {total} in total. "
                "Each row shows its result."
            ).format(count=count, total=money(self.total, currency))
        )
        self.start_button.setText(self.tr("Capture %n transaction(s)…", "", count))

    # ------------------------------------------------------------------ confirm and run
    def ask_confirmation(self) -> ConfirmDialog | None:
        if self.running or len(self.currencies) != 1:
            return None
        account = self.context.account
        confirmation = Confirmation(
            action=OPERATION_LABELS[Operation.CAPTURE],
            account_name=account.name,
            account_id=account.account_id,
            production=account.is_production,
            transaction=self.tr("%n transaction(s), each in full", "", self.model.rowCount()),
            amount=self.total,
            currency=self.currencies[0],
        )
        dialog = ConfirmDialog(
            confirmation, self.context.services.production_confirm_threshold, self
        )
        dialog.setObjectName("bulkConfirm")
        dialog.confirmed.connect(self.start)
        self.confirm_dialog = dialog
        dialog.open()
        return dialog

    def start(self) -> None:
        if self.running:
            return
        self.running = True
        self.bulk = BulkCapture(
            self.runner.desk,
            [
                BulkItem(r.transaction_id, r.merchant_reference, r.amount, r.currency)
                for r in self.model.rows()
            ],
            self,
        )
        self.start_button.setEnabled(False)
        self.concurrency.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.close_button.setEnabled(False)
        self.summary.setText(self.tr("Capturing…"))
        self.context.tasks.start(
            BULK_TASK,
            self._run(self.concurrency.value()),
            on_success=lambda _r: self._finished(),
            on_error=self._crashed,
            error_context=self.tr("Bulk capture stopped"),
        )

    def request_cancel(self) -> None:
        if self.running and self.bulk is not None:
            self.bulk.cancel()
            self.cancel_button.setEnabled(False)
            self.summary.setText(
                self.tr("Cancelling: no new captures are started; sent ones finish…")
            )

    @property
    def cancel_requested(self) -> bool:
        return self.bulk is not None and self.bulk.cancel_requested

    async def _run(self, concurrency: int) -> None:
        assert self.bulk is not None
        try:
            await self.bulk.run(concurrency)
        except asyncio.CancelledError:  # account switch or quit: rows say where they stood
            self._finished()
            raise

    # -- the run's listener ---------------------------------------------------------
    def row_changed(self, transaction_id: str, result: BulkResult, message: str) -> None:
        self.model.update(transaction_id, result, message)

    def row_done(self) -> None:
        self.done_count += 1
        self.progress.setValue(self.done_count)

    def _finished(self) -> None:
        self.running = False
        self.cancel_button.setEnabled(False)
        self.close_button.setEnabled(True)
        counts = Counter(row.result for row in self.model.rows())
        self.summary.setText(self.summary_text(counts))
        self.finished_run.emit(counts)

    def _crashed(self, error: BaseException) -> bool:
        self._finished()
        return False

    def summary_text(self, counts: Counter[BulkResult]) -> str:
        currency = self.currencies[0] if self.currencies else ""
        captured = sum(r.amount for r in self.model.rows() if r.result is BulkResult.CAPTURED)
        parts = [
            self.tr("Captured {done} of {count} ({amount}).").format(
                done=counts[BulkResult.CAPTURED],
                count=self.model.rowCount(),
                amount=money(captured, currency),
            )
        ]
        labels = (
            (BulkResult.FAILED, self.tr("{count} failed.")),
            (BulkResult.UNKNOWN, self.tr("{count} unconfirmed — check before retrying.")),
            (BulkResult.PENDING, self.tr("{count} still pending at Dintero.")),
            (BulkResult.SKIPPED, self.tr("{count} skipped.")),
            (BulkResult.NOT_STARTED, self.tr("{count} not started.")),
        )
        for result, label in labels:
            if counts[result]:
                parts.append(label.format(count=counts[result]))
        return " ".join(parts)

    # ------------------------------------------------------------------ closing
    def reject(self) -> None:
        if self.running:
            self.request_cancel()  # the sent captures must finish; close afterwards
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.running:
            self.request_cancel()
            event.ignore()
            return
        super().closeEvent(event)
