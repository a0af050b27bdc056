"""The transaction list as a Qt table model that pages lazily over Dintero's cursor.

Rows are immutable :class:`TransactionRow` objects appended with ``beginInsertRows``
as the view asks for more (``canFetchMore``/``fetchMore``). A page is fetched by a
named task, so a new search (which resets the model) cancels the page in flight, and a
late answer from an older search is dropped by its generation number. ``data()`` only
formats; it never does I/O.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine, Sequence
from datetime import datetime
from enum import IntEnum
from operator import attrgetter
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from app.ui.tasks import TaskRunner
from app.ui.transactions.formatting import money_cell, product_label, status_label, when
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
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

PageFetcher = Callable[[str | None], Coroutine[Any, Any, Sequence[TransactionRow]]]
"""Fetch the page after the given transaction id (None: the first page)."""

Index = QModelIndex | QPersistentModelIndex


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


HEADERS = {
    Column.CREATED: "Created",
    Column.STATUS: "Status",
    Column.AMOUNT: "Amount",
    Column.CAPTURED: "Captured",
    Column.REFUNDED: "Refunded",
    Column.CURRENCY: "Currency",
    Column.REFERENCE: "Merchant reference",
    Column.CUSTOMER: "Customer",
    Column.PRODUCT: "Payment product",
}
_MONEY_COLUMNS = (Column.AMOUNT, Column.CAPTURED, Column.REFUNDED)
_EPOCH = datetime.min


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


class TransactionListModel(QAbstractTableModel):
    """Rows of the current search; more are fetched as the view scrolls."""

    loading_changed = Signal(bool)
    page_loaded = Signal(int)  # rows added
    finished_loading = Signal()  # the last page has arrived
    load_failed = Signal(object)  # the exception

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[TransactionRow] = []
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
            error_context="Could not load transactions",
        )

    def _page_arrived(self, generation: int, rows: Sequence[TransactionRow]) -> None:
        if generation != self._generation:
            return
        self._set_loading(False)
        self._has_more = len(rows) >= PAGE_SIZE
        fresh = [row for row in rows if row.id not in self._index_of]
        if fresh:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            for offset, row in enumerate(fresh):
                self._index_of[row.id] = first + offset
            self._rows.extend(fresh)
            self.endInsertRows()
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
    def row_at(self, row: int) -> TransactionRow:
        return self._rows[row]

    def rows(self) -> Sequence[TransactionRow]:
        return tuple(self._rows)

    def index_of(self, transaction_id: str) -> int | None:
        return self._index_of.get(transaction_id)

    def replace_row(self, row: TransactionRow) -> None:
        """Show fresh server state after an operation (a row not in the list is ignored)."""
        position = self._index_of.get(row.id)
        if position is None:
            return
        self._rows[position] = row
        self.dataChanged.emit(self.index(position, 0), self.index(position, len(Column) - 1))

    # ------------------------------------------------------------------ Qt model
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == SORT_ROLE:  # the hot path: the sorting proxy, on every page
            position = index.row()
            if 0 <= position < len(self._rows):
                return _SORT_KEYS[index.column()](self._rows[position])
            return None
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(row, column)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _MONEY_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column is Column.STATUS:
            return row.id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[Column(section)]
        return None
