"""Order lines of one transaction with what was captured and refunded on each."""

from __future__ import annotations

from decimal import Decimal
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject

from app.core.i18n import QT_TRANSLATE_NOOP
from app.desk.wording import money_cell
from app.dintero.ledger import Ledger, LineLedger
from app.ui.table_model import RowTableModel

__all__ = ["LineColumn", "LineEditorRow", "LinesModel"]


class LineColumn(IntEnum):
    LINE = 0
    DESCRIPTION = 1
    QUANTITY = 2
    AMOUNT = 3
    CAPTURED = 4
    REFUNDED = 5


_HEADERS = (
    QT_TRANSLATE_NOOP("TableHeader", "Line"),
    QT_TRANSLATE_NOOP("TableHeader", "Description"),
    QT_TRANSLATE_NOOP("TableHeader", "Qty"),
    QT_TRANSLATE_NOOP("TableHeader", "Amount"),
    QT_TRANSLATE_NOOP("TableHeader", "Captured"),
    QT_TRANSLATE_NOOP("TableHeader", "Refunded"),
)
_MONEY = (LineColumn.AMOUNT, LineColumn.CAPTURED, LineColumn.REFUNDED)


class LineEditorRow:
    """A line and its ledger, immutable once built."""

    __slots__ = ("ledger", "quantity")

    def __init__(self, ledger: LineLedger, quantity: Decimal | None) -> None:
        self.ledger = ledger
        self.quantity = quantity


def line_rows(ledger: Ledger) -> list[LineEditorRow]:
    quantities = {i.line_id: i.quantity for i in ledger.transaction.items}
    return [LineEditorRow(line, quantities.get(line.line_id)) for line in ledger.lines]


def _raw(row: LineEditorRow, column: LineColumn) -> Any:
    line = row.ledger
    return {
        LineColumn.LINE: line.line_id,
        LineColumn.DESCRIPTION: line.description or "",
        LineColumn.QUANTITY: row.quantity,
        LineColumn.AMOUNT: line.amount,
        LineColumn.CAPTURED: line.captured,
        LineColumn.REFUNDED: line.refunded,
    }[column]


class LinesModel(RowTableModel[LineEditorRow, LineColumn]):
    columns = LineColumn
    titles = _HEADERS
    right_aligned = frozenset({*_MONEY, LineColumn.QUANTITY})

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._currency = "NOK"

    def set_ledger(self, ledger: Ledger | None) -> None:
        if ledger is not None:
            self._currency = ledger.transaction.currency
        self.set_rows(line_rows(ledger) if ledger is not None else [])

    def display(self, row: LineEditorRow, column: LineColumn) -> str:
        value = _raw(row, column)
        if column in _MONEY:
            return money_cell(int(value), self._currency)
        if column is LineColumn.QUANTITY:
            return "" if value is None else f"{value.normalize():f}"
        return str(value)

    def sort_value(self, row: LineEditorRow, column: LineColumn) -> Any:
        value = _raw(row, column)
        return str(value) if isinstance(value, Decimal) else value
