"""The events timeline of a transaction: when, what, amount, result, reference, error, by whom."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from app.dintero.models import Transaction, TransactionEvent
from app.ui.transactions.formatting import money_cell, when

__all__ = ["EventColumn", "EventsModel"]

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


class EventColumn(IntEnum):
    WHEN = 0
    WHAT = 1
    AMOUNT = 2
    RESULT = 3
    REFERENCE = 4
    ERROR = 5
    BY = 6


_HEADERS = ("When", "What", "Amount", "Result", "Reference", "Error", "By")
_WHAT = {
    "INITIALIZE": "Started",
    "AUTHORIZE": "Authorized",
    "CAPTURE": "Captured",
    "REFUND": "Refunded",
    "VOID": "Voided",
    "INITIATE_CAPTURE": "Capture requested",
    "INITIATE_REFUND": "Refund requested",
    "INITIATE_VOID": "Void requested",
    "SETTLEMENT": "Settled",
}


def _result(event: TransactionEvent) -> str:
    if event.event.startswith("INITIATE_"):
        return "pending"
    if event.success is None:
        return ""
    return "ok" if event.success else "failed"


def _error(event: TransactionEvent) -> str:
    if event.error is None:
        return ""
    parts = [p for p in (event.error.code, event.error.message) if p]
    return ": ".join(parts)


class EventsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._events: tuple[TransactionEvent, ...] = ()
        self._currency = "NOK"

    def set_transaction(self, transaction: Transaction | None) -> None:
        self.beginResetModel()
        self._events = transaction.events if transaction is not None else ()
        if transaction is not None:
            self._currency = transaction.currency
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._events)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(EventColumn)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._events):
            return None
        event = self._events[index.row()]
        column = EventColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            match column:
                case EventColumn.WHEN:
                    return when(event.created_at)
                case EventColumn.WHAT:
                    return _WHAT.get(event.event, event.event)
                case EventColumn.AMOUNT:
                    return "" if event.amount is None else money_cell(event.amount, self._currency)
                case EventColumn.RESULT:
                    return _result(event)
                case EventColumn.REFERENCE:
                    return event.event_reference or ""
                case EventColumn.ERROR:
                    return _error(event)
                case EventColumn.BY:
                    return event.created_by or ""
        if role == SORT_ROLE:
            match column:
                case EventColumn.WHEN:
                    return event.created_at.timestamp() if event.created_at else 0.0
                case EventColumn.AMOUNT:
                    return event.amount or 0
                case _:
                    return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == ROW_ROLE:
            return event
        if role == Qt.ItemDataRole.ForegroundRole and column is EventColumn.RESULT:
            result = _result(event)
            if result == "failed":
                return QColor("#c62828")
            if result == "pending":
                return QColor("#b26a00")
        if role == Qt.ItemDataRole.TextAlignmentRole and column is EventColumn.AMOUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            details = [f"Event id: {event.id}"] if event.id else []
            if event.request_id:
                details.append(f"Request id: {event.request_id}")
            if event.correlation_request_id:
                details.append(f"Completes request: {event.correlation_request_id}")
            return "\n".join(details) or None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _HEADERS[section]
        return None
