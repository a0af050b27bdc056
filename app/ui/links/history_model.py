"""The link history as a table: immutable ``LinkRecord`` rows, columns as an enum, raw
values under ``SORT_ROLE`` and the record itself under ``ROW_ROLE``."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from app.core.money import format_amount
from app.core.phone import format_phone_display
from app.storage.links import LinkRecord
from app.ui.links.link_view import STATE_LABELS

__all__ = ["ROW_ROLE", "SORT_ROLE", "HistoryColumn", "HistoryModel"]

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


class HistoryColumn(enum.IntEnum):
    CREATED = 0
    REFERENCE = 1
    AMOUNT = 2
    CUSTOMER = 3
    STATE = 4


_TITLES = {
    HistoryColumn.CREATED: "Created",
    HistoryColumn.REFERENCE: "Reference",
    HistoryColumn.AMOUNT: "Amount",
    HistoryColumn.CUSTOMER: "Customer",
    HistoryColumn.STATE: "State",
}
_SHORT_STATES = {
    "creating": "Not confirmed",
    "open": "Open",
    "opened": "Opened",
    "failed_attempt": "Failed attempt",
    "on_hold": "On hold",
    "paid": "Paid",
    "cancelled": "Cancelled",
    "expired": "Expired",
}


class HistoryModel(QAbstractTableModel):
    """Rows newest first as loaded; ``upsert`` keeps a row current as the tracker reports."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[LinkRecord] = []

    def set_rows(self, rows: list[LinkRecord]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def upsert(self, record: LinkRecord) -> None:
        for number, existing in enumerate(self._rows):
            if existing.session_id == record.session_id:
                self._rows[number] = record
                self.dataChanged.emit(
                    self.index(number, 0), self.index(number, len(HistoryColumn) - 1)
                )
                return
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._rows.insert(0, record)
        self.endInsertRows()

    def remove(self, session_id: str) -> None:
        row = self.row_of(session_id)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()

    def record(self, row: int) -> LinkRecord:
        return self._rows[row]

    def row_of(self, session_id: str) -> int | None:
        return next((n for n, r in enumerate(self._rows) if r.session_id == session_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HistoryColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(HistoryColumn)
        ):
            return _TITLES[HistoryColumn(section)]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(HistoryColumn):
            return None
        record = self._rows[index.row()]
        column = HistoryColumn(index.column())
        if role == ROW_ROLE:
            return record
        if role == SORT_ROLE:
            return _raw(record, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return _text(record, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == HistoryColumn.STATE:
                return STATE_LABELS.get(record.state, (record.state,))[0] + (
                    f" — {record.state_detail}" if record.state_detail else ""
                )
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == HistoryColumn.AMOUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def _raw(record: LinkRecord, column: HistoryColumn) -> Any:
    if column == HistoryColumn.CREATED:
        return record.created_at.timestamp()
    if column == HistoryColumn.REFERENCE:
        return record.merchant_reference
    if column == HistoryColumn.AMOUNT:
        return record.amount
    if column == HistoryColumn.CUSTOMER:
        return record.customer_phone or record.customer_email or ""
    return record.state


def _text(record: LinkRecord, column: HistoryColumn) -> str:
    if column == HistoryColumn.CREATED:
        return record.created_at.astimezone().strftime("%d.%m %H:%M")
    if column == HistoryColumn.REFERENCE:
        return record.merchant_reference
    if column == HistoryColumn.AMOUNT:
        return format_amount(record.amount, record.currency)
    if column == HistoryColumn.CUSTOMER:
        if record.customer_phone:
            return format_phone_display(record.customer_phone)
        return record.customer_email or "—"
    return _SHORT_STATES.get(record.state, record.state)
