"""Order lines of one transaction with what was captured and refunded on each."""

from __future__ import annotations

from decimal import Decimal
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from app.dintero.ledger import Ledger, LineLedger
from app.ui.transactions.formatting import money_cell

__all__ = ["LineColumn", "LineRow", "LinesModel"]

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


class LineColumn(IntEnum):
    LINE = 0
    DESCRIPTION = 1
    QUANTITY = 2
    AMOUNT = 3
    CAPTURED = 4
    REFUNDED = 5


_HEADERS = ("Line", "Description", "Qty", "Amount", "Captured", "Refunded")
_MONEY = (LineColumn.AMOUNT, LineColumn.CAPTURED, LineColumn.REFUNDED)


class LineRow:
    """A line and its ledger, immutable once built."""

    __slots__ = ("ledger", "quantity")

    def __init__(self, ledger: LineLedger, quantity: Decimal | None) -> None:
        self.ledger = ledger
        self.quantity = quantity


def line_rows(ledger: Ledger) -> list[LineRow]:
    quantities = {i.line_id: i.quantity for i in ledger.transaction.items}
    return [LineRow(line, quantities.get(line.line_id)) for line in ledger.lines]


class LinesModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[LineRow] = []
        self._currency = "NOK"

    def set_ledger(self, ledger: Ledger | None) -> None:
        self.beginResetModel()
        self._rows = line_rows(ledger) if ledger is not None else []
        if ledger is not None:
            self._currency = ledger.transaction.currency
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(LineColumn)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        line = row.ledger
        column = LineColumn(index.column())
        raw: dict[LineColumn, Any] = {
            LineColumn.LINE: line.line_id,
            LineColumn.DESCRIPTION: line.description or "",
            LineColumn.QUANTITY: row.quantity,
            LineColumn.AMOUNT: line.amount,
            LineColumn.CAPTURED: line.captured,
            LineColumn.REFUNDED: line.refunded,
        }
        if role == Qt.ItemDataRole.DisplayRole:
            value = raw[column]
            if column in _MONEY:
                return money_cell(int(value), self._currency)
            if column is LineColumn.QUANTITY:
                return "" if value is None else f"{value.normalize():f}"
            return str(value)
        if role == SORT_ROLE:
            value = raw[column]
            return str(value) if isinstance(value, Decimal) else value
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and (
            column in _MONEY or column is LineColumn.QUANTITY
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _HEADERS[section]
        return None
