"""Rows of a bulk capture: each transaction with its amount and, once run, its result."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import IntEnum, StrEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from app.ui.transactions.formatting import money_cell

__all__ = ["BulkColumn", "BulkResult", "BulkRow", "BulkRowsModel"]

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


class BulkResult(StrEnum):
    WAITING = "waiting"
    RUNNING = "running"
    CAPTURED = "captured"
    FAILED = "failed"
    PENDING = "pending"
    UNKNOWN = "unknown"
    SKIPPED = "skipped"
    NOT_STARTED = "not started"


_COLOURS = {
    BulkResult.CAPTURED: "#1b5e20",
    BulkResult.FAILED: "#c62828",
    BulkResult.UNKNOWN: "#b26a00",
    BulkResult.PENDING: "#b26a00",
    BulkResult.SKIPPED: "#555555",
    BulkResult.NOT_STARTED: "#555555",
}


@dataclass(frozen=True)
class BulkRow:
    transaction_id: str
    merchant_reference: str
    amount: int
    currency: str
    result: BulkResult = BulkResult.WAITING
    message: str = ""


class BulkColumn(IntEnum):
    TRANSACTION = 0
    REFERENCE = 1
    AMOUNT = 2
    RESULT = 3


_HEADERS = ("Transaction", "Merchant reference", "Amount", "Result")


class BulkRowsModel(QAbstractTableModel):
    def __init__(self, rows: list[BulkRow], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows = list(rows)
        self._position = {row.transaction_id: i for i, row in enumerate(rows)}

    def rows(self) -> tuple[BulkRow, ...]:
        return tuple(self._rows)

    def update(self, transaction_id: str, result: BulkResult, message: str = "") -> None:
        position = self._position[transaction_id]
        self._rows[position] = replace(self._rows[position], result=result, message=message)
        self.dataChanged.emit(self.index(position, 0), self.index(position, len(BulkColumn) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(BulkColumn)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = BulkColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            match column:
                case BulkColumn.TRANSACTION:
                    return row.transaction_id
                case BulkColumn.REFERENCE:
                    return row.merchant_reference
                case BulkColumn.AMOUNT:
                    return f"{money_cell(row.amount, row.currency)} {row.currency}"
                case BulkColumn.RESULT:
                    label = str(row.result).capitalize()
                    return f"{label}: {row.message}" if row.message else label
        if role == SORT_ROLE:
            match column:
                case BulkColumn.AMOUNT:
                    return row.amount
                case BulkColumn.RESULT:
                    return str(row.result)
                case _:
                    return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ForegroundRole and column is BulkColumn.RESULT:
            colour = _COLOURS.get(row.result)
            return QColor(colour) if colour else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column is BulkColumn.AMOUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column is BulkColumn.RESULT:
            return row.message or None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _HEADERS[section]
        return None
