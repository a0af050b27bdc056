"""Audit journal rows as a table model."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from app.storage.journal import JournalEntry, Outcome
from app.ui.transactions.formatting import money_cell, when

__all__ = ["JournalColumn", "JournalModel"]

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


class JournalColumn(IntEnum):
    TIME = 0
    OPERATOR = 1
    ACCOUNT = 2
    OPERATION = 3
    TARGET = 4
    AMOUNT = 5
    REFERENCE = 6
    OUTCOME = 7
    REQUEST_ID = 8
    MESSAGE = 9


_HEADERS = (
    "Time",
    "Operator",
    "Account",
    "Operation",
    "Transaction / link",
    "Amount",
    "Reference",
    "Outcome",
    "Dintero request id",
    "Message",
)
_COLOURS = {
    Outcome.SUCCEEDED: "#1b5e20",
    Outcome.FAILED: "#c62828",
    Outcome.UNKNOWN: "#b26a00",
    Outcome.PENDING: "#b26a00",
    Outcome.ATTEMPTED: "#b26a00",
}


def _amount(entry: JournalEntry) -> str:
    if entry.amount is None:
        return ""
    currency = entry.currency or ""
    return (
        f"{money_cell(entry.amount, currency)} {currency}".strip()
        if currency
        else str(entry.amount)
    )


class JournalModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[JournalEntry] = []

    def set_entries(self, entries: list[JournalEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entries(self) -> tuple[JournalEntry, ...]:
        return tuple(self._entries)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(JournalColumn)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._entries):
            return None
        entry = self._entries[index.row()]
        column = JournalColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            match column:
                case JournalColumn.TIME:
                    return when(entry.created_at)
                case JournalColumn.OPERATOR:
                    return entry.operator
                case JournalColumn.ACCOUNT:
                    return f"{entry.account_id} ({entry.environment})"
                case JournalColumn.OPERATION:
                    return str(entry.operation).replace("_", " ")
                case JournalColumn.TARGET:
                    return entry.target_id
                case JournalColumn.AMOUNT:
                    return _amount(entry)
                case JournalColumn.REFERENCE:
                    return entry.reference or ""
                case JournalColumn.OUTCOME:
                    return str(entry.outcome)
                case JournalColumn.REQUEST_ID:
                    return entry.request_id or ""
                case JournalColumn.MESSAGE:
                    return entry.message or entry.note
        if role == SORT_ROLE:
            if column is JournalColumn.TIME:
                return entry.created_at.timestamp()
            if column is JournalColumn.AMOUNT:
                return entry.amount or 0
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == ROW_ROLE:
            return entry
        if role == Qt.ItemDataRole.ForegroundRole and column is JournalColumn.OUTCOME:
            colour = _COLOURS.get(entry.outcome)
            return QColor(colour) if colour else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column is JournalColumn.AMOUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _HEADERS[section]
        return None
