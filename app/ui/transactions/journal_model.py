"""Audit journal rows as a table model."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt

from app.core.i18n import QT_TRANSLATE_NOOP
from app.desk.wording import JOURNAL_OPERATION_LABELS, OUTCOME_LABELS, money, when
from app.storage.journal import JournalEntry, Outcome
from app.ui import style
from app.ui.style import Tone
from app.ui.table_model import ROW_ROLE, SORT_ROLE, RowTableModel

__all__ = ["ROW_ROLE", "SORT_ROLE", "JournalColumn", "JournalModel"]


class JournalColumn(IntEnum):
    TIME = 0
    OPERATOR = 1
    DESK = 2
    ACCOUNT = 3
    OPERATION = 4
    TARGET = 5
    MERCHANT_REFERENCE = 6
    AMOUNT = 7
    OUTCOME = 8
    REQUEST_ID = 9
    REFERENCE = 10
    MESSAGE = 11


_HEADERS = (
    QT_TRANSLATE_NOOP("TableHeader", "Time"),
    QT_TRANSLATE_NOOP("TableHeader", "Operator"),
    QT_TRANSLATE_NOOP("TableHeader", "Desk"),
    QT_TRANSLATE_NOOP("TableHeader", "Account"),
    QT_TRANSLATE_NOOP("TableHeader", "Operation"),
    QT_TRANSLATE_NOOP("TableHeader", "Transaction / link"),
    QT_TRANSLATE_NOOP("TableHeader", "Order (merchant ref.)"),
    QT_TRANSLATE_NOOP("TableHeader", "Amount"),
    QT_TRANSLATE_NOOP("TableHeader", "Outcome"),
    QT_TRANSLATE_NOOP("TableHeader", "Dintero request id"),
    QT_TRANSLATE_NOOP("TableHeader", "Operation reference"),
    QT_TRANSLATE_NOOP("TableHeader", "Message"),
)
_TONES = {
    Outcome.SUCCEEDED: Tone.SUCCESS,
    Outcome.FAILED: Tone.ERROR,
    Outcome.UNKNOWN: Tone.WARNING,
    Outcome.PENDING: Tone.WARNING,
    Outcome.ATTEMPTED: Tone.WARNING,
}


def _amount(entry: JournalEntry) -> str:
    if entry.amount is None:
        return ""
    return money(entry.amount, entry.currency) if entry.currency else str(entry.amount)


_ENVIRONMENTS = {
    "test": QT_TRANSLATE_NOOP("JournalModel", "test"),
    "production": QT_TRANSLATE_NOOP("JournalModel", "production"),
}


class JournalModel(RowTableModel[JournalEntry, JournalColumn]):
    columns = JournalColumn
    titles = _HEADERS
    right_aligned = frozenset({JournalColumn.AMOUNT})

    def set_entries(self, entries: list[JournalEntry]) -> None:
        self.set_rows(entries)

    def entries(self) -> tuple[JournalEntry, ...]:
        return self.rows()

    def display(self, row: JournalEntry, column: JournalColumn) -> str:
        match column:
            case JournalColumn.TIME:
                return when(row.created_at)
            case JournalColumn.OPERATOR:
                return row.operator
            case JournalColumn.DESK:
                return row.desk
            case JournalColumn.ACCOUNT:
                environment = _ENVIRONMENTS.get(row.environment)
                shown = self.tr(environment) if environment else row.environment
                return f"{row.account_id} ({shown})"
            case JournalColumn.OPERATION:
                return JOURNAL_OPERATION_LABELS[row.operation]
            case JournalColumn.TARGET:
                return row.target_id
            case JournalColumn.MERCHANT_REFERENCE:
                return row.merchant_reference or ""
            case JournalColumn.AMOUNT:
                return _amount(row)
            case JournalColumn.REFERENCE:
                return row.reference or ""
            case JournalColumn.OUTCOME:
                return OUTCOME_LABELS[row.outcome]
            case JournalColumn.REQUEST_ID:
                return row.request_id or ""
            case JournalColumn.MESSAGE:
                return row.message or row.note

    def sort_value(self, row: JournalEntry, column: JournalColumn) -> Any:
        if column is JournalColumn.TIME:
            return row.created_at.timestamp()
        if column is JournalColumn.AMOUNT:
            return row.amount or 0
        return self.display(row, column)

    def extra(self, row: JournalEntry, column: JournalColumn, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column is JournalColumn.OUTCOME:
            tone = _TONES.get(row.outcome)
            return style.colour(tone) if tone else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.display(row, column) or None  # whole, where the column cuts it
        return None
