"""Rows of a bulk capture: each transaction with its amount and, once run, its result."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, Qt

from app.core.i18n import QT_TRANSLATE_NOOP
from app.desk.bulk_capture import BulkResult
from app.desk.wording import money
from app.ui import style
from app.ui.style import Tone
from app.ui.table_model import RowTableModel

__all__ = ["BulkColumn", "BulkRow", "BulkRowsModel"]


_TONES = {
    BulkResult.CAPTURED: Tone.SUCCESS,
    BulkResult.FAILED: Tone.ERROR,
    BulkResult.UNKNOWN: Tone.WARNING,
    BulkResult.PENDING: Tone.WARNING,
    BulkResult.SKIPPED: Tone.MUTED,
    BulkResult.NOT_STARTED: Tone.MUTED,
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


_HEADERS = (
    QT_TRANSLATE_NOOP("TableHeader", "Transaction"),
    QT_TRANSLATE_NOOP("TableHeader", "Merchant reference"),
    QT_TRANSLATE_NOOP("TableHeader", "Amount"),
    QT_TRANSLATE_NOOP("TableHeader", "Result"),
)


_RESULT_WORDS = {
    BulkResult.WAITING: QT_TRANSLATE_NOOP("BulkRowsModel", "Waiting"),
    BulkResult.RUNNING: QT_TRANSLATE_NOOP("BulkRowsModel", "Running"),
    BulkResult.CAPTURED: QT_TRANSLATE_NOOP("BulkRowsModel", "Captured"),
    BulkResult.FAILED: QT_TRANSLATE_NOOP("BulkRowsModel", "Failed"),
    BulkResult.PENDING: QT_TRANSLATE_NOOP("BulkRowsModel", "Pending"),
    BulkResult.UNKNOWN: QT_TRANSLATE_NOOP("BulkRowsModel", "Unknown"),
    BulkResult.SKIPPED: QT_TRANSLATE_NOOP("BulkRowsModel", "Skipped"),
    BulkResult.NOT_STARTED: QT_TRANSLATE_NOOP("BulkRowsModel", "Not started"),
}


class BulkRowsModel(RowTableModel[BulkRow, BulkColumn]):
    columns = BulkColumn
    titles = _HEADERS
    right_aligned = frozenset({BulkColumn.AMOUNT})

    def __init__(self, rows: list[BulkRow], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.set_rows(rows)
        self._position = {row.transaction_id: i for i, row in enumerate(rows)}

    def update(self, transaction_id: str, result: BulkResult, message: str = "") -> None:
        position = self._position[transaction_id]
        row = replace(self.row_at(position), result=result, message=message)
        self.replace_row(position, row)

    def display(self, row: BulkRow, column: BulkColumn) -> str:
        match column:
            case BulkColumn.TRANSACTION:
                return row.transaction_id
            case BulkColumn.REFERENCE:
                return row.merchant_reference
            case BulkColumn.AMOUNT:
                return money(row.amount, row.currency)
            case BulkColumn.RESULT:
                label = self.tr(_RESULT_WORDS.get(row.result, str(row.result).capitalize()))
                return f"{label}: {row.message}" if row.message else label

    def sort_value(self, row: BulkRow, column: BulkColumn) -> Any:
        match column:
            case BulkColumn.AMOUNT:
                return row.amount
            case BulkColumn.RESULT:
                return str(row.result)
            case _:
                return self.display(row, column)

    def extra(self, row: BulkRow, column: BulkColumn, role: int) -> Any:
        if column is not BulkColumn.RESULT:
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            tone = _TONES.get(row.result)
            return style.colour(tone) if tone else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.message or None
        return None
