"""The transaction list as a Qt table model that pages lazily over Dintero's cursor.

Rows are immutable :class:`TransactionRow` objects appended with ``beginInsertRows``
as the view asks for more (``canFetchMore``/``fetchMore``). A page is fetched by a
named task, so a new search (which resets the model) cancels the page in flight, and a
late answer from an older search is dropped by its generation number. ``data()`` only
formats; it never does I/O.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine, Sequence
from enum import IntEnum
from operator import attrgetter
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal

from app.core.i18n import QT_TRANSLATE_NOOP
from app.desk.status_pills import PILL_TONES, transaction_pill
from app.desk.wording import money_cell, product_label, status_label, when
from app.ui import style
from app.ui.icon_set import pill_icon
from app.ui.table_model import ROW_ROLE, SORT_ROLE, Index, RowTableModel
from app.ui.tasks import TaskRunner
from app.ui.transactions.rows import TransactionRow

__all__ = [
    "LIST_TASK",
    "PAGE_SIZE",
    "ROW_ROLE",
    "SORT_ROLE",
    "Column",
    "PageFetcher",
    "TransactionListModel",
]

PAGE_SIZE = 100
LIST_TASK = "transactions-list"

PageFetcher = Callable[[str | None], Coroutine[Any, Any, Sequence[TransactionRow]]]
"""Fetch the page after the given transaction id (None: the first page)."""


class Column(IntEnum):
    CREATED = 0
    STATUS = 1
    AMOUNT = 2
    CAPTURED = 3
    REFUNDED = 4
    CURRENCY = 5
    REFERENCE = 6
    CUSTOMER = 7
    PRODUCT = 8
    SETTLED = 9


HEADERS = {
    Column.CREATED: QT_TRANSLATE_NOOP("TableHeader", "Created"),
    Column.STATUS: QT_TRANSLATE_NOOP("TableHeader", "Status"),
    Column.AMOUNT: QT_TRANSLATE_NOOP("TableHeader", "Amount"),
    Column.CAPTURED: QT_TRANSLATE_NOOP("TableHeader", "Captured"),
    Column.REFUNDED: QT_TRANSLATE_NOOP("TableHeader", "Refunded"),
    Column.CURRENCY: QT_TRANSLATE_NOOP("TableHeader", "Currency"),
    Column.REFERENCE: QT_TRANSLATE_NOOP("TableHeader", "Merchant reference"),
    Column.CUSTOMER: QT_TRANSLATE_NOOP("TableHeader", "Customer"),
    Column.PRODUCT: QT_TRANSLATE_NOOP("TableHeader", "Payment product"),
    Column.SETTLED: QT_TRANSLATE_NOOP("TableHeader", "Settled"),
}
_MONEY_COLUMNS = (Column.AMOUNT, Column.CAPTURED, Column.REFUNDED)


def _created_key(row: TransactionRow) -> float:
    return row.created_at.timestamp() if row.created_at else 0.0


_SORT_KEYS: tuple[Callable[[TransactionRow], object], ...] = (
    _created_key,
    attrgetter("status"),
    attrgetter("amount"),
    attrgetter("captured"),
    attrgetter("refunded"),
    attrgetter("currency"),
    attrgetter("merchant_reference"),
    lambda row: row.customer.casefold(),
    attrgetter("payment_product"),
    attrgetter("settlement"),
)
"""Raw sort values by column number. The sorting proxy asks for thousands of these per
page that arrives, so this path avoids enum look-ups and branching."""


def _display(row: TransactionRow, column: Column) -> str:
    match column:
        case Column.CREATED:
            return when(row.created_at)
        case Column.STATUS:
            return status_label(row.status)
        case Column.AMOUNT:
            return money_cell(row.amount, row.currency)
        case Column.CAPTURED:
            return money_cell(row.captured, row.currency)
        case Column.REFUNDED:
            return money_cell(row.refunded, row.currency)
        case Column.CURRENCY:
            return row.currency
        case Column.REFERENCE:
            return row.merchant_reference
        case Column.CUSTOMER:
            return row.customer
        case Column.PRODUCT:
            return product_label(row.payment_product)
        case Column.SETTLED:
            return row.settlement


class TransactionListModel(RowTableModel[TransactionRow, Column]):
    """Rows of the current search; more are fetched as the view scrolls."""

    loading_changed = Signal(bool)
    page_loaded = Signal(int)  # rows added
    finished_loading = Signal()  # the last page has arrived
    load_failed = Signal(object)  # the exception

    columns = Column
    titles = HEADERS
    right_aligned = frozenset(_MONEY_COLUMNS)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._index_of: dict[str, int] = {}
        self._fetcher: PageFetcher | None = None
        self._tasks: TaskRunner | None = None
        self._has_more = False
        self._loading = False
        self._generation = 0

    # ------------------------------------------------------------------ source
    def set_source(self, fetcher: PageFetcher | None, tasks: TaskRunner | None) -> None:
        """Start over with a new search (None: no account, empty list). Loads page one."""
        self._generation += 1
        if self._tasks is not None:
            self._tasks.cancel(LIST_TASK)
        self.beginResetModel()
        self._rows = []
        self._index_of = {}
        self._fetcher = fetcher
        self._tasks = tasks
        self._has_more = fetcher is not None
        self._set_loading(False)
        self.endResetModel()
        if fetcher is not None:
            self.fetchMore(QModelIndex())

    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def has_more(self) -> bool:
        return self._has_more

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._has_more and self._fetcher is not None

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._loading or not self.canFetchMore(parent):
            return
        fetcher, tasks = self._fetcher, self._tasks
        if fetcher is None or tasks is None:
            return
        generation = self._generation
        cursor = self._rows[-1].id if self._rows else None
        self._set_loading(True)
        tasks.start(
            LIST_TASK,
            fetcher(cursor),
            on_success=lambda rows: self._page_arrived(generation, rows),
            on_error=lambda error: self._page_failed(generation, error),
            error_context=self.tr("Could not load transactions"),
        )

    def _page_arrived(self, generation: int, rows: Sequence[TransactionRow]) -> None:
        if generation != self._generation:
            return
        self._set_loading(False)
        self._has_more = len(rows) >= PAGE_SIZE
        fresh = [row for row in rows if row.id not in self._index_of]
        first = self.rowCount()
        for offset, row in enumerate(fresh):
            self._index_of[row.id] = first + offset
        self.append_rows(fresh)
        self.page_loaded.emit(len(fresh))
        if not self._has_more:
            self.finished_loading.emit()

    def _page_failed(self, generation: int, error: BaseException) -> bool:
        if generation == self._generation:
            self._set_loading(False)
            self._has_more = False  # stop asking; "Refresh" starts over
            self.load_failed.emit(error)
        return False  # the error presenter shows it

    # ------------------------------------------------------------------ rows
    def index_of(self, transaction_id: str) -> int | None:
        return self._index_of.get(transaction_id)

    def replace_row(self, number: int, row: TransactionRow) -> None:
        del self._index_of[self.row_at(number).id]
        self._index_of[row.id] = number
        super().replace_row(number, row)

    def update_row(self, row: TransactionRow) -> None:
        """Show fresh server state after an operation: replace the listed row with the same
        id (a row not in the list is ignored)."""
        found = self._index_of.get(row.id)
        if found is not None:
            self.replace_row(found, row)

    def put_row(self, row: TransactionRow) -> int:
        """Show fresh state of one transaction: replace its row, or insert it on top if
        it is not loaded (a payment that came in after the list was read). Returns its
        row number. The paging cursor stays the last row, so later pages are unchanged.
        """
        found = self._index_of.get(row.id)
        if found is not None:
            self.replace_row(found, row)
            return found
        self.insert_row(0, row)
        self._index_of = {r.id: n for n, r in enumerate(self._rows)}
        return 0

    # ------------------------------------------------------------------ Qt model
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == SORT_ROLE:  # the hot path: the sorting proxy, on every page
            position, rows = index.row(), self._rows
            if 0 <= position < len(rows):
                return _SORT_KEYS[index.column()](rows[position])
            return None
        return super().data(index, role)

    def display(self, row: TransactionRow, column: Column) -> str:
        return _display(row, column)

    def sort_value(self, row: TransactionRow, column: Column) -> Any:
        return _SORT_KEYS[column](row)

    def extra(self, row: TransactionRow, column: Column, role: int) -> Any:
        if column is not Column.STATUS:
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.id
        # The status pill: its symbol and tone beside the word, never colour alone.
        if role == Qt.ItemDataRole.DecorationRole:
            return pill_icon(transaction_pill(row.status))
        if role == Qt.ItemDataRole.ForegroundRole:
            return style.colour(PILL_TONES[transaction_pill(row.status)])
        return None
