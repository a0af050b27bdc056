"""The events timeline of a transaction: when, what, amount, result, reference, error, by whom.

Dintero names the API client that sent a move (``created_by``), which is Paydesk's own
client id for every member of staff. Where the audit journal knows the move by its
reference, "By" shows the operator instead ("anna (Paydesk)").
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, Qt

from app.core.i18n import QT_TRANSLATE_NOOP
from app.desk.wording import money, when
from app.dintero.models import Transaction, TransactionEvent
from app.ui import style
from app.ui.style import Tone
from app.ui.table_model import RowTableModel

__all__ = ["EventColumn", "EventsModel"]


class EventColumn(IntEnum):
    WHEN = 0
    WHAT = 1
    AMOUNT = 2
    RESULT = 3
    REFERENCE = 4
    ERROR = 5
    BY = 6


_HEADERS = (
    QT_TRANSLATE_NOOP("TableHeader", "When"),
    QT_TRANSLATE_NOOP("TableHeader", "What"),
    QT_TRANSLATE_NOOP("TableHeader", "Amount"),
    QT_TRANSLATE_NOOP("TableHeader", "Result"),
    QT_TRANSLATE_NOOP("TableHeader", "Reference"),
    QT_TRANSLATE_NOOP("TableHeader", "Error"),
    QT_TRANSLATE_NOOP("TableHeader", "By"),
)
_WHAT = {
    "INITIALIZE": QT_TRANSLATE_NOOP("EventsModel", "Started"),
    "AUTHORIZE": QT_TRANSLATE_NOOP("EventsModel", "Authorized"),
    "CAPTURE": QT_TRANSLATE_NOOP("EventsModel", "Captured"),
    "REFUND": QT_TRANSLATE_NOOP("EventsModel", "Refunded"),
    "VOID": QT_TRANSLATE_NOOP("EventsModel", "Voided"),
    "INITIATE_CAPTURE": QT_TRANSLATE_NOOP("EventsModel", "Capture requested"),
    "INITIATE_REFUND": QT_TRANSLATE_NOOP("EventsModel", "Refund requested"),
    "INITIATE_VOID": QT_TRANSLATE_NOOP("EventsModel", "Void requested"),
    "SETTLEMENT": QT_TRANSLATE_NOOP("EventsModel", "Settled"),
}


_RESULT_WORDS = {
    "pending": QT_TRANSLATE_NOOP("EventsModel", "pending"),
    "ok": QT_TRANSLATE_NOOP("EventsModel", "ok"),
    "failed": QT_TRANSLATE_NOOP("EventsModel", "failed"),
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


class EventsModel(RowTableModel[TransactionEvent, EventColumn]):
    columns = EventColumn
    titles = _HEADERS
    right_aligned = frozenset({EventColumn.AMOUNT})

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._currency = "NOK"
        self._operators: dict[str, str] = {}

    def set_operators(self, operators: dict[str, str]) -> None:
        """Event reference → who sent it from Paydesk (from the audit journal)."""
        if operators == self._operators:
            return
        self._operators = dict(operators)
        if self.rowCount():
            column = EventColumn.BY
            self.dataChanged.emit(self.index(0, column), self.index(self.rowCount() - 1, column))

    def operator_of(self, event: TransactionEvent) -> str | None:
        if not event.event_reference:
            return None
        return self._operators.get(event.event_reference)

    def set_transaction(self, transaction: Transaction | None) -> None:
        if transaction is not None:
            self._currency = transaction.currency
        self.set_rows(transaction.events if transaction is not None else ())

    def display(self, row: TransactionEvent, column: EventColumn) -> str:
        match column:
            case EventColumn.WHEN:
                return when(row.created_at)
            case EventColumn.WHAT:
                return self.tr(_WHAT[row.event]) if row.event in _WHAT else row.event
            case EventColumn.AMOUNT:
                return "" if row.amount is None else money(row.amount, self._currency)
            case EventColumn.RESULT:
                result = _result(row)
                return self.tr(_RESULT_WORDS[result]) if result else ""
            case EventColumn.REFERENCE:
                return row.event_reference or ""
            case EventColumn.ERROR:
                return _error(row)
            case EventColumn.BY:
                operator = self.operator_of(row)
                return (
                    self.tr("{operator} (Paydesk)").format(operator=operator)
                    if operator
                    else (row.created_by or "")
                )

    def sort_value(self, row: TransactionEvent, column: EventColumn) -> Any:
        match column:
            case EventColumn.WHEN:
                return row.created_at.timestamp() if row.created_at else 0.0
            case EventColumn.AMOUNT:
                return row.amount or 0
            case _:
                return self.display(row, column)

    def extra(self, row: TransactionEvent, column: EventColumn, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column is EventColumn.RESULT:
            result = _result(row)
            if result == "failed":
                return style.colour(Tone.ERROR)
            if result == "pending":
                return style.colour(Tone.WARNING)
        if role == Qt.ItemDataRole.ToolTipRole:
            details = [self.tr("Event id: {id}").format(id=row.id)] if row.id else []
            if row.request_id:
                details.append(self.tr("Request id: {id}").format(id=row.request_id))
            if row.completes:
                details.append(self.tr("Completes request: {id}").format(id=row.completes))
            if row.created_by and self.operator_of(row):
                details.append(
                    self.tr("Sent through API client: {client}").format(client=row.created_by)
                )
            return "\n".join(details) or None
        return None
