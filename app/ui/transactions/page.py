"""The Transactions section: search and filter, the lazily paged list, and the detail.

Money moves start here but run in :class:`MoneyMoveRunner`, which keeps one move per
transaction, journals it before sending, and hands back fresh server state for the row
and the detail. Every network or SQLite call runs as a named task of the account's
task runner, so switching account stops all of it.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.i18n import QT_TRANSLATE_NOOP
from app.desk.move_request import MoveRequest
from app.desk.services import AppServices
from app.desk.transaction_notes import auto_capture_note, spread_text
from app.desk.wording import OPERATION_LABELS
from app.dintero import (
    Ledger,
    LocalValidationError,
    Operation,
    Transaction,
    TransactionFilter,
)
from app.storage.journal import Journal, JournalOperation
from app.ui.context import AccountContext
from app.ui.errors import ErrorPresenter
from app.ui.focus_order import chain, tab_leaves_tables
from app.ui.icon_set import action_icon
from app.ui.memory import give_back_freed_memory
from app.ui.transactions.detail_pane import DetailPane
from app.ui.transactions.filter_bar import FilterBar
from app.ui.transactions.list_model import (
    PAGE_SIZE,
    ROW_ROLE,
    SORT_ROLE,
    Column,
    TransactionListModel,
)
from app.ui.transactions.money_moves import MoneyMoveRunner
from app.ui.transactions.rows import (
    TransactionRow,
    row_from_transaction,
    rows_from_transactions,
)

if TYPE_CHECKING:  # the dialogs load when first opened, not on the way to the first rows
    from app.ui.customers.customer_view import CustomerDialog
    from app.ui.transactions.capture_dialog import CaptureDialog
    from app.ui.transactions.confirm_dialog import ConfirmDialog
    from app.ui.transactions.refund_dialog import RefundDialog

__all__ = [
    "DEFAULT_MAX_LIST_AGE_S",
    "DETAIL_TASK",
    "OPERATORS_TASK",
    "RECONCILE_TASK",
    "TransactionsPage",
]

log = logging.getLogger(__name__)

DETAIL_TASK = "transaction-detail"
OPERATORS_TASK = "transaction-operators"
RECONCILE_TASK = "journal-reconcile"
DEFAULT_MAX_LIST_AGE_S = 120.0
"""How old the list may be when the Transactions tab is shown again (refresh_if_stale)."""
_MONEY_OPERATIONS = frozenset(
    {JournalOperation.CAPTURE, JournalOperation.REFUND, JournalOperation.VOID}
)
_SORTED_LOCALLY_TIP = QT_TRANSLATE_NOOP(
    "TransactionsPage",
    "Dintero sends the newest payments first, a page at a time. Sorted by another "
    "column, only the rows loaded so far are ordered: scroll down to load more.",
)
_COLUMN_WIDTHS = {
    Column.CREATED: 130,
    Column.STATUS: 170,
    Column.AMOUNT: 100,
    Column.CAPTURED: 100,
    Column.REFUNDED: 100,
    Column.CURRENCY: 70,
    Column.REFERENCE: 150,
    Column.CUSTOMER: 170,
}


def _freeze_long_lived_heap() -> None:
    """Keep the cyclic collector off what lives as long as the app.

    Modules, classes, Qt wrappers and pydantic schemas make a full collection take
    50 ms or more, and paging thousands of rows triggers several: each was a visible
    stall. Frozen once, when the first account is bound, later full collections only
    walk what was made since (mostly the rows). Safe to call again; it only moves more.
    """
    global _heap_frozen
    if not _heap_frozen:
        _heap_frozen = True
        gc.freeze()


_heap_frozen = False


class TransactionsPage(QWidget):
    transaction_shown = Signal(str)  # transaction id, after show_transaction_by_id
    #: Transaction, each time the detail shows it as just read (its link may follow it)
    transaction_read = Signal(object)

    def __init__(
        self, services: AppServices, errors: ErrorPresenter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("transactionsPage")
        self.services = services
        self.errors = errors
        self.context: AccountContext | None = None
        self.journal: Journal | None = None
        self.runner: MoneyMoveRunner | None = None
        self._authorizations_waiting: list[str] = []
        """Paid links seen before the runner existed: recorded once it does."""
        self._filter = TransactionFilter()
        self._states: dict[str, str] = {}
        self._order_states: dict[str, tuple[str, bool]] = {}
        self._dialogs: list[QWidget] = []
        self._account_key: str | None = None
        self._listed_at: float | None = None  # time.monotonic() when page one was asked for
        self._reselect: str | None = None  # select again after a refresh, if still listed
        self._detail_fresh_for: str | None = None  # shown already: selecting skips a re-read
        self._operators: dict[str, dict[str, str]] = {}  # tx id → event reference → operator

        self.filter_bar = FilterBar(self)
        self.filter_bar.filter_changed.connect(self.apply_filter)

        self.model = TransactionListModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = QTableView(self)
        self.view.setObjectName("transactionsTable")
        self.view.setAccessibleName(self.tr("Transactions"))
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(Column.CREATED, Qt.SortOrder.DescendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column in Column:
            # Never narrower than its title, however long the word is in the language used.
            width = _COLUMN_WIDTHS.get(column, header.defaultSectionSize())
            header.resizeSection(column, max(width, header.sectionSizeFromContents(column).width()))
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        header.sortIndicatorChanged.connect(lambda *_: self._update_status())

        self.detail = DetailPane(self)
        self.detail.capture_requested.connect(self.open_capture)
        self.detail.refund_requested.connect(self.open_refund)
        self.detail.void_requested.connect(self.open_void)
        self.detail.customer_requested.connect(
            lambda: self.open_customer(self.detail.customer_text())
        )
        self.detail.extend_requested.connect(self.ask_extend_authorization)
        self.detail.retry_order_record_requested.connect(self._retry_order_record)
        self.detail.receipt_requested.connect(self.open_receipt)

        self.status = QLabel(self.tr("No account"), self)
        self.status.setObjectName("listStatus")
        self.model.loading_changed.connect(lambda _l: self._update_status())
        self.model.page_loaded.connect(lambda _n: self._update_status())
        self.model.page_loaded.connect(lambda _n: self._select_again())
        self.model.modelReset.connect(self._update_status)

        self.refresh_action = self._action(self.tr("Refresh"), "F5", self.refresh, "refreshButton")
        self.copy_id_action = self._action(
            self.tr("Copy id"), "Ctrl+C", self.copy_id, "copyIdButton"
        )
        self.copy_ref_action = self._action(
            self.tr("Copy reference"), "Ctrl+Shift+C", self.copy_reference, "copyReferenceButton"
        )
        self.bulk_action = self._action(
            self.tr("Capture selected…"),
            "Ctrl+Shift+B",
            self.open_bulk_capture,
            "bulkCaptureButton",
        )
        self.export_action = self._action(
            self.tr("Export CSV…"), "Ctrl+E", self.open_export, "exportButton"
        )
        self.journal_action = self._action(
            self.tr("Audit journal…"), "Ctrl+J", self.open_journal, "journalButton"
        )
        for action, symbol in (
            (self.refresh_action, "refresh"),
            (self.copy_id_action, "copy"),
            (self.copy_ref_action, "copy"),
            (self.bulk_action, "capture"),
            (self.export_action, "export"),
        ):
            action.setIcon(action_icon(symbol))
        self.customer_action = self._action(
            self.tr("Customer…"), "Ctrl+U", self.open_customer, "customerButton"
        )
        toolbar = QHBoxLayout()
        for action in (
            self.refresh_action,
            self.copy_id_action,
            self.copy_ref_action,
            self.bulk_action,
            self.export_action,
            self.journal_action,
            self.customer_action,
        ):
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setObjectName(action.objectName())
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            toolbar.addWidget(button)
        toolbar.addStretch(1)
        toolbar.addWidget(self.status)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.view)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.filter_bar)
        layout.addLayout(toolbar)
        layout.addWidget(splitter, 1)
        self._toolbar_buttons = [
            self.findChild(QToolButton, a.objectName())
            for a in (
                self.refresh_action,
                self.copy_id_action,
                self.copy_ref_action,
                self.bulk_action,
                self.export_action,
                self.journal_action,
                self.customer_action,
            )
        ]
        self._chain_focus()
        tab_leaves_tables(self)
        self._update_actions()

    def _chain_focus(self) -> None:
        """The page's Tab order, in one place: search, then straight to the results and
        the selected transaction (the way most look-ups go), then the other filters and
        the tools."""
        bar, detail = self.filter_bar, self.detail
        chain(
            [
                bar.search,
                self.view,
                detail.summary_scroll,
                detail.session_value,
                detail.extend_button,
                detail.retry_order,
                detail.capture_button,
                detail.refund_button,
                detail.void_button,
                detail.receipt_button,
                detail.tabs,
                detail.lines_view,
                detail.events_view,
                detail.customer_button,  # on the Customer tab
                bar.status_button,
                bar.date_preset,
                bar.date_from,
                bar.date_to,
                bar.amount_from,
                bar.amount_to,
                bar.currency,
                bar.product,
                *self._toolbar_buttons,
            ]
        )

    def _action(self, text: str, shortcut: str, slot: object, name: str) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # ------------------------------------------------------------------ in flight
    @property
    def busy_ids(self) -> frozenset[str]:
        """Transactions with a money move on its way now (single or bulk)."""
        return self.runner.busy_ids if self.runner is not None else frozenset()

    def has_money_in_flight(self) -> bool:
        """True while a capture, refund or void is sending, settling or pending.

        Ask before switching account or quitting: either cancels the move, and its
        outcome then stays unconfirmed until Paydesk checks it on the next bind.
        """
        return self.runner is not None and self.runner.has_money_in_flight()

    # ------------------------------------------------------------------ account
    def bind(self, context: AccountContext | None) -> None:
        """A new account (or none): stop everything, clear, and load page one."""
        self.context = context
        self.runner = None
        self._authorizations_waiting.clear()
        self._states.clear()
        self._order_states.clear()
        self._operators.clear()
        self._reselect = None
        self.detail.orders_api = context is not None and context.account.orders_api_enabled
        self.detail.show_transaction(None)
        if context is None:
            self._listed_at = None
            self.model.set_source(None, None)
            self._update_actions()
            return
        if context.account.key != self._account_key:
            # A search or filter made for one account finds nothing useful on the next.
            self._account_key = context.account.key
            self.filter_bar.reset()
            self._filter = TransactionFilter()
        _freeze_long_lived_heap()
        self.filter_bar.set_default_currency(context.account.currency)
        self._open_journal(context)
        self._reload()

    def _open_journal(self, context: AccountContext) -> None:
        def opened(journal: Journal) -> None:
            if self.context is not context:
                return
            self.journal = journal
            runner = MoneyMoveRunner(context, journal, self)
            runner.state_changed.connect(self._move_state)
            runner.busy_changed.connect(self._move_busy)
            runner.transaction_refreshed.connect(self.show_fresh_transaction)
            runner.order_record_changed.connect(self._order_record_state)
            self.runner = runner
            self._update_actions()
            for transaction_id in self._authorizations_waiting:
                runner.record_authorization(transaction_id)
            self._authorizations_waiting.clear()
            context.tasks.start(
                RECONCILE_TASK,
                runner.reconcile_unsettled(),
                on_success=lambda count: log.info("settled %d earlier journal rows", count),
                on_error=_log_reconcile_failure,
                background=True,
            )

        if self.journal is not None:
            opened(self.journal)
            return
        context.tasks.start(
            "open-journal",
            asyncio.to_thread(self.services.stores.journal),
            on_success=opened,
            error_context=self.tr("Could not open the audit journal; money operations are blocked"),
        )

    # ------------------------------------------------------------------ list
    def apply_filter(self, new_filter: TransactionFilter) -> None:
        if new_filter == self._filter:
            return
        self._filter = new_filter
        self._reload()

    def refresh(self) -> None:
        self._reload(keep_current=True)

    def refresh_if_stale(self, max_age_s: float = DEFAULT_MAX_LIST_AGE_S) -> bool:
        """Reload page one if the list was read more than ``max_age_s`` seconds ago.

        Call it when the Transactions tab is shown again: payments keep arriving while
        staff work elsewhere. The selected transaction is selected again if it is on
        page one. Returns True if a reload started.
        """
        if self.context is None or self._listed_at is None:
            return False
        if time.monotonic() - self._listed_at <= max_age_s:
            return False
        self._reload(keep_current=True)
        return True

    @property
    def list_age_s(self) -> float | None:
        """Seconds since page one of the list was asked for (None: no list)."""
        return None if self._listed_at is None else time.monotonic() - self._listed_at

    def current_filter(self) -> TransactionFilter:
        return self._filter

    def _reload(self, *, keep_current: bool = False) -> None:
        context = self.context
        if context is None:
            return
        current = self.current_row()
        self._reselect = current.id if keep_current and current is not None else None
        self._listed_at = time.monotonic()
        client = context.client
        search = self._filter

        async def fetch(cursor: str | None) -> Sequence[TransactionRow]:
            page = await client.list_transactions(search, limit=PAGE_SIZE, starting_after=cursor)
            # Off the GUI thread: a page's ledgers take a millisecond or more to work out.
            rows = await asyncio.to_thread(rows_from_transactions, page)
            del page  # only the slim rows stay; the decoded page's memory goes back
            await asyncio.to_thread(give_back_freed_memory)
            return rows

        self.model.set_source(fetch, context.tasks)

    def _select_again(self) -> None:
        """After a refresh: select the transaction that was selected, if it is listed."""
        wanted, self._reselect = self._reselect, None
        if wanted and self.current_row() is None:
            self.select_transaction(wanted)

    def sorted_among_loaded(self) -> bool:
        """True when the sort is not Dintero's own order (newest first), so it covers
        only the rows loaded so far."""
        header = self.view.horizontalHeader()
        return not (
            header.sortIndicatorSection() == Column.CREATED
            and header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        )

    def _update_status(self) -> None:
        count = self.model.rowCount()
        partial_sort = self.model.has_more and self.sorted_among_loaded()
        sort_note = self.tr(" · sorted among loaded rows") if partial_sort else ""
        if self.context is None:
            text = self.tr("No account")
        elif self.model.loading:
            text = self.tr("%n loaded{sort_note} · loading…", "", count).format(sort_note=sort_note)
        elif self.model.has_more:
            text = self.tr("%n loaded{sort_note} · more as you scroll", "", count).format(
                sort_note=sort_note
            )
        else:
            text = self.tr("%n transaction(s)", "", count)
        self.status.setText(text)
        self.status.setToolTip(self.tr(_SORTED_LOCALLY_TIP) if partial_sort else "")
        self._update_actions()

    def selected_rows(self) -> list[TransactionRow]:
        rows: list[TransactionRow] = []
        for index in self.view.selectionModel().selectedRows():
            row = index.data(ROW_ROLE)
            if isinstance(row, TransactionRow):
                rows.append(row)
        return rows

    def current_row(self) -> TransactionRow | None:
        row = self.view.currentIndex().data(ROW_ROLE)
        return row if isinstance(row, TransactionRow) else None

    def select_transaction(self, transaction_id: str) -> bool:
        """Make a loaded transaction current (keyboard users and tests)."""
        position = self.model.index_of(transaction_id)
        if position is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(position, 0))
        self.view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.view.scrollTo(index)
        return True

    def _update_actions(self) -> None:
        has_account = self.context is not None
        has_row = self.current_row() is not None
        self.copy_id_action.setEnabled(has_row)
        self.copy_ref_action.setEnabled(has_row)
        self.refresh_action.setEnabled(has_account)
        self.export_action.setEnabled(has_account)
        self.journal_action.setEnabled(self.journal is not None or has_account)
        self.bulk_action.setEnabled(
            self.runner is not None
            and any(r.remaining_capturable > 0 for r in self.selected_rows())
        )

    # ------------------------------------------------------------------ detail
    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_actions()
        row = current.data(ROW_ROLE)
        if not isinstance(row, TransactionRow):
            return
        if row.id == self._detail_fresh_for:
            return  # show_transaction_by_id has just shown it, fresh from Dintero
        self.load_detail(row.id)

    def load_detail(self, transaction_id: str) -> None:
        context = self.context
        if context is None:
            return
        context.tasks.start(
            DETAIL_TASK,
            self._fetch_detail(context, transaction_id),
            on_success=self._detail_loaded,
            error_context=self.tr("Could not load the transaction"),
        )

    async def _fetch_detail(self, context: AccountContext, transaction_id: str) -> Transaction:
        """The transaction, and who of the staff made its moves (from the journal)."""
        transaction, operators = await asyncio.gather(
            context.client.get_transaction_detail(transaction_id),
            self._read_operators(transaction_id),
        )
        self._operators[transaction_id] = operators
        return transaction

    async def _read_operators(self, transaction_id: str) -> dict[str, str]:
        """Event reference → operator, for the moves Paydesk journaled on this transaction."""
        journal = self.journal
        if journal is None:
            return {}

        def read() -> dict[str, str]:
            return {
                entry.reference: entry.operator
                for entry in journal.for_target(transaction_id)
                if entry.reference and entry.operation in _MONEY_OPERATIONS
            }

        return await asyncio.to_thread(read)

    def _refresh_operators(self, transaction_id: str) -> None:
        """Read the journal again after a move: its row names who sent it."""
        context = self.context
        if context is None or self.journal is None:
            return

        def loaded(operators: dict[str, str]) -> None:
            self._operators[transaction_id] = operators
            shown = self.detail.transaction
            if shown is not None and shown.id == transaction_id:
                self.detail.set_operators(operators)

        context.tasks.start(
            f"{OPERATORS_TASK}:{transaction_id}",
            self._read_operators(transaction_id),
            on_success=loaded,
            on_error=_log_operators_failure,
            background=True,
        )

    def _detail_loaded(self, transaction: Transaction) -> None:
        row = self.current_row()
        if row is not None and row.id != transaction.id:
            return  # the selection moved on meanwhile
        self._show_detail(transaction)

    def open_customer(self, text: str = "") -> CustomerDialog | None:
        """The customer view: searched by phone or e-mail, or for the shown customer."""
        if self.context is None:
            return None
        from app.ui.customers.customer_view import CustomerDialog

        dialog = CustomerDialog(self.context, self.services.stores.links(), text, self)
        dialog.open_transaction_requested.connect(self.show_transaction_by_id)
        self._keep(dialog)
        dialog.open()
        return dialog

    def show_transaction_by_id(self, transaction_id: str) -> None:
        """Read one transaction from Dintero, put it in the list and select it.

        For "Open transaction" on a paid payment link: its row is refreshed if it is
        loaded, or inserted on top if the list was read before it was paid. Emits
        ``transaction_shown`` once it is selected and shown.
        """
        context = self.context
        if context is None:
            return
        context.tasks.start(
            DETAIL_TASK,
            self._fetch_detail(context, transaction_id),
            on_success=self._put_and_select,
            error_context=self.tr("Could not open the transaction"),
        )

    def _put_and_select(self, transaction: Transaction) -> None:
        if self.context is None:
            return
        self.model.put_row(row_from_transaction(transaction))
        self._show_detail(transaction)
        self._detail_fresh_for = transaction.id
        try:
            self.select_transaction(transaction.id)
        finally:
            self._detail_fresh_for = None
        self._update_actions()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.transaction_shown.emit(transaction.id)

    def _show_detail(self, transaction: Transaction) -> None:
        url = ""
        if self.context is not None and transaction.session_id:
            url = self.context.client.hosted_page_url(transaction.session_id)
        self.detail.show_transaction(transaction, url)
        self.detail.set_operators(self._operators.get(transaction.id, {}))
        busy = self.runner is not None and self.runner.is_busy(transaction.id)
        self.detail.set_busy(busy)
        self.detail.set_operation_state(self._states.get(transaction.id, ""))
        order_text, retryable = self._order_states.get(transaction.id, ("", False))
        self.detail.set_order_record_state(order_text, retryable=retryable)
        if transaction.id not in self._order_states and self.runner is not None:
            self._order_states[transaction.id] = ("", False)  # the journal is read once
            self.runner.restore_order_records(transaction)
        self.transaction_read.emit(transaction)

    def payment_arrived(self, transaction_id: str) -> None:
        """A link followed by the desk was just paid: its payment joins the list.

        Unfiltered, the row is read and put on top (the selection and scroll position
        stay); with a filter, page one is read again, so the filter still holds.
        """
        context = self.context
        if context is None or self._listed_at is None:
            return  # the list is read when it is first shown
        if self._filter != TransactionFilter():
            self.refresh()
            return

        def arrived(transaction: Transaction) -> None:
            if self.context is context:
                self.model.put_row(row_from_transaction(transaction))

        context.tasks.start(
            f"payment-arrived:{transaction_id}",
            context.client.get_transaction(transaction_id),
            on_success=arrived,
            on_error=lambda _error: True,  # the list is read again when shown
            background=True,
        )

    def open_receipt(self) -> QWidget | None:
        """The receipt of the transaction shown (print, PDF, e-mail)."""
        transaction = self.detail.transaction
        if self.context is None or transaction is None:
            return None
        from app.ui.transactions.receipt_dialog import ReceiptDialog

        dialog = ReceiptDialog(self.context.account, transaction, self)
        self._keep(dialog)
        dialog.open()
        return dialog

    def show_fresh_transaction(self, transaction: Transaction) -> None:
        """Fresh server state after an operation: update the row, and the detail if shown."""
        self.model.update_row(row_from_transaction(transaction))
        shown = self.detail.transaction
        if shown is not None and shown.id == transaction.id:
            transaction = _with_detail_of(transaction, shown)
            self._show_detail(transaction)
            self._refresh_operators(transaction.id)
        self._update_actions()  # "Capture selected" follows what is left to capture

    # ------------------------------------------------------------------ copy
    def copy_id(self) -> None:
        row = self.current_row()
        if row is not None:
            QGuiApplication.clipboard().setText(row.id)

    def copy_reference(self) -> None:
        row = self.current_row()
        if row is not None:
            QGuiApplication.clipboard().setText(row.merchant_reference)

    # ------------------------------------------------------------------ money moves
    def open_capture(self) -> None:
        from app.ui.transactions.capture_dialog import CaptureDialog

        self._open_move_dialog(CaptureDialog)

    def open_refund(self) -> None:
        from app.ui.transactions.refund_dialog import RefundDialog

        self._open_move_dialog(RefundDialog)

    def open_void(self) -> None:
        transaction = self.detail.transaction
        if transaction is None or not self._can_start(transaction.id):
            return
        from app.ui.transactions.void_dialog import VoidDialog

        dialog = VoidDialog(transaction, self)
        dialog.request_ready.connect(self.confirm_move)
        self._keep(dialog)
        dialog.open()

    def ask_extend_authorization(self) -> QMessageBox | None:
        """Klarna: ask before asking Dintero for 28 more days to capture."""
        transaction = self.detail.transaction
        if transaction is None or not self._can_start(transaction.id):
            return None
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Extend authorization"),
            self.tr("Ask Klarna for 28 more days to capture {id}?").format(id=transaction.id),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("extendAuthorizationConfirm")
        box.setInformativeText(
            self.tr(
                "The customer's payment stays reserved longer (up to 6 months in all). "
                "Nothing is charged."
            )
        )
        extend = box.addButton(self.tr("&Extend authorization"), QMessageBox.ButtonRole.AcceptRole)
        box.setEscapeButton(
            box.addButton(self.tr("&Keep as it is"), QMessageBox.ButtonRole.RejectRole)
        )
        box.setDefaultButton(extend)

        def answered() -> None:
            if box.clickedButton() is extend and self.runner is not None:
                self.runner.extend_authorization(transaction, self.tr("Order not shipped yet"))

        box.finished.connect(lambda _result: answered())
        self._keep(box)
        box.open()
        return box

    def _open_move_dialog(self, kind: type[CaptureDialog] | type[RefundDialog]) -> None:
        transaction = self.detail.transaction
        if transaction is None or not self._can_start(transaction.id):
            return
        dialog = kind(transaction, self)
        dialog.request_ready.connect(self.confirm_move)
        self._keep(dialog)
        dialog.open()

    def _can_start(self, transaction_id: str) -> bool:
        return self.runner is not None and not self.runner.is_busy(transaction_id)

    def confirm_move(self, request: MoveRequest) -> ConfirmDialog | None:
        context = self.context
        if context is None:
            return None
        from app.ui.transactions.confirm_dialog import Confirmation, ConfirmDialog

        account = context.account
        confirmation = Confirmation(
            action=OPERATION_LABELS[request.operation],
            account_name=account.name,
            account_id=account.account_id,
            production=account.is_production,
            transaction=f"{request.transaction_id}\n{request.merchant_reference or ''}",
            amount=request.amount,
            currency=request.currency,
            detail="\n\n".join(p for p in (request.shown, *_move_notes(request)) if p),
        )
        dialog = ConfirmDialog(confirmation, self.services.production_confirm_threshold, self)
        dialog.confirmed.connect(lambda: self.start_move(request))
        not_sent = self.tr("{action} not sent: the confirmation was closed.").format(
            action=confirmation.action
        )
        dialog.rejected.connect(lambda: self._move_state(request.transaction_id, not_sent))
        self._keep(dialog)
        dialog.open()
        return dialog

    def start_move(self, request: MoveRequest) -> bool:
        if self.runner is None:
            return False
        return self.runner.start(request)

    def _move_state(self, transaction_id: str, text: str) -> None:
        self._states[transaction_id] = text
        shown = self.detail.transaction
        if shown is not None and shown.id == transaction_id:
            self.detail.set_operation_state(text)

    def _move_busy(self, transaction_id: str, busy: bool) -> None:
        shown = self.detail.transaction
        if shown is not None and shown.id == transaction_id:
            self.detail.set_busy(busy)

    def _order_record_state(self, transaction_id: str, text: str, retryable: bool) -> None:
        self._order_states[transaction_id] = (text, retryable)
        shown = self.detail.transaction
        if shown is not None and shown.id == transaction_id:
            self.detail.set_order_record_state(text, retryable=retryable)

    def record_authorization(self, transaction_id: str) -> None:
        """A tracked link was paid: record the authorization on its order (Orders API).

        Seen before the journal has opened (a link paid while the desk was closed is seen
        paid at start), it is recorded once the money-move runner exists.
        """
        if self.runner is not None:
            self.runner.record_authorization(transaction_id)
        elif self.context is not None:
            self._authorizations_waiting.append(transaction_id)

    def _retry_order_record(self) -> None:
        shown = self.detail.transaction
        if shown is not None and self.runner is not None:
            self.runner.retry_order_record(shown.id)

    # ------------------------------------------------------------------ other windows
    def open_bulk_capture(self) -> QWidget | None:
        from app.ui.transactions.bulk_dialog import BulkCaptureDialog

        context, runner = self.context, self.runner
        if context is None or runner is None:
            return None
        rows = [r for r in self.selected_rows() if r.remaining_capturable > 0]
        if not rows:
            return None
        dialog = BulkCaptureDialog(context, runner, rows, self)
        self._keep(dialog)
        dialog.open()
        return dialog

    def open_export(self) -> QWidget | None:
        from app.ui.transactions.export_dialog import ExportDialog

        if self.context is None:
            return None
        dialog = ExportDialog(self.context, self._filter, self)
        self._keep(dialog)
        dialog.open()
        return dialog

    def open_journal(self) -> QWidget | None:
        from app.ui.transactions.journal_dialog import JournalDialog

        account_id = self.context.account.account_id if self.context else None
        dialog = JournalDialog(self.services, self.errors, account_id, self)
        self._keep(dialog)
        dialog.open()
        return dialog

    def _keep(self, dialog: QWidget) -> None:
        """Hold a reference while the dialog (window-modal, shown with ``open()``) is open."""
        self._dialogs.append(dialog)
        dialog.destroyed.connect(lambda _o=None, d=dialog: self._forget(d))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)

    def _forget(self, dialog: QWidget) -> None:
        if dialog in self._dialogs:
            self._dialogs.remove(dialog)


def _log_operators_failure(error: BaseException) -> bool:
    """Who sent a move is a nicety in the events list; the API client id shows meanwhile."""
    log.warning("could not read the journal's operators: %s", error)
    return True


def _log_reconcile_failure(error: BaseException) -> bool:
    """Checking earlier moves in the background is best effort; the next move checks again."""
    log.warning("could not check unsettled journal rows: %s", error)
    return True


def _with_detail_of(fresh: Transaction, shown: Transaction) -> Transaction:
    """A plain read lacks what the detail read included: keep the creator's headers
    (fixed at creation) and the session from the detail read."""
    update: dict[str, object] = {}
    if not fresh.initiating_system_request_headers and shown.initiating_system_request_headers:
        update["initiating_system_request_headers"] = shown.initiating_system_request_headers
    if fresh.session is None and shown.session is not None:
        update["session"] = shown.session
    return fresh.model_copy(update=update) if update else fresh


def _move_notes(request: MoveRequest) -> list[str]:
    """What the person should know before confirming: Dintero's own auto-capture, and the
    lines an amount-only move will be sent as (some payment methods need lines)."""
    basis = request.basis
    if basis is None:
        return []
    notes = []
    if request.operation is not Operation.REFUND:
        auto = auto_capture_note(basis, datetime.now(UTC))
        if auto:
            notes.append(
                QCoreApplication.translate("TransactionsPage", "{note} {action} anyway?").format(
                    note=auto, action=OPERATION_LABELS[request.operation]
                )
            )
    body = request.body
    if body is not None and not body.items and request.operation is not Operation.VOID:
        try:
            items = Ledger(basis).items_to_send(request.operation, body.amount)
        except LocalValidationError as error:
            notes.append(error.user_message)
        else:
            notes.append(spread_text(basis, request.operation, items))
    return [note for note in notes if note]
