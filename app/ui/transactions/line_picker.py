"""A table of order lines where staff choose how many units of each to capture or refund.

Amounts follow the line's unit price; the last selectable units of a line take whatever
is left on it, so rounding never leaves a øre behind. Lines whose quantity is missing or
fractional are chosen whole.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.core.i18n import QT_TRANSLATE_NOOP
from app.desk.wording import money_cell
from app.dintero import Ledger, Operation
from app.dintero.models import OrderItem

__all__ = ["LineChoice", "LinePicker", "amount_for_units", "selectable_units"]


@dataclass(frozen=True)
class LineChoice:
    """One line as offered: its total, quantity and what is still available."""

    line_id: str
    description: str
    amount: int
    quantity: int
    """Whole units on the line; 1 for lines without a whole-number quantity."""
    available: int
    original: OrderItem


def _units(quantity: Decimal | None) -> int:
    if quantity is None or quantity <= 0 or quantity != quantity.to_integral_value():
        return 1
    return int(quantity)


def _round_half_up(value: Fraction) -> int:
    return int((value + Fraction(1, 2)).__floor__())


def selectable_units(choice: LineChoice) -> int:
    if choice.available <= 0:
        return 0
    if choice.available >= choice.amount:
        return choice.quantity
    unit_price = Fraction(choice.amount, choice.quantity)
    return max(1, int(Fraction(choice.available) / unit_price)) if choice.quantity > 1 else 1


def amount_for_units(choice: LineChoice, units: int) -> int:
    """Minor units for ``units`` of the line; the last units take all that is left."""
    most = selectable_units(choice)
    if units <= 0 or most == 0:
        return 0
    if units >= most:
        return choice.available
    unit_price = Fraction(choice.amount, choice.quantity)
    return min(choice.available, _round_half_up(unit_price * units))


def line_choices(ledger: Ledger, operation: Operation) -> list[LineChoice]:
    originals = {i.line_id: i for i in ledger.transaction.items if i.line_id}
    choices = []
    for line in ledger.lines:
        available = line.capturable if operation is Operation.CAPTURE else line.refundable
        original = originals[line.line_id]
        choices.append(
            LineChoice(
                line_id=line.line_id,
                description=line.description or line.line_id,
                amount=line.amount,
                quantity=_units(original.quantity),
                available=available,
                original=original,
            )
        )
    return choices


class LinePicker(QTableWidget):
    """Emits ``selection_changed`` with the chosen total whenever a quantity changes."""

    selection_changed = Signal(int)

    HEADERS = (
        QT_TRANSLATE_NOOP("TableHeader", "Line"),
        QT_TRANSLATE_NOOP("TableHeader", "Description"),
        QT_TRANSLATE_NOOP("TableHeader", "Available"),
        QT_TRANSLATE_NOOP("TableHeader", "Units"),
        QT_TRANSLATE_NOOP("TableHeader", "Amount"),
    )

    def __init__(self, ledger: Ledger, operation: Operation, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("linePicker")
        self.setAccessibleName(self.tr("Order lines to include"))
        self.currency = ledger.transaction.currency
        self.choices = line_choices(ledger, operation)
        self.spins: dict[str, QSpinBox] = {}
        self.setColumnCount(len(self.HEADERS))
        self.setHorizontalHeaderLabels(
            [QCoreApplication.translate("TableHeader", title) for title in self.HEADERS]
        )
        self.setRowCount(len(self.choices))
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        # Tab goes from one line's units to the next and then on out of the table.
        self.setTabKeyNavigation(False)
        for row, choice in enumerate(self.choices):
            self.setItem(row, 0, QTableWidgetItem(choice.line_id))
            self.setItem(row, 1, QTableWidgetItem(choice.description))
            self.setItem(row, 2, QTableWidgetItem(money_cell(choice.available, self.currency)))
            spin = QSpinBox(self)
            spin.setRange(0, selectable_units(choice))
            spin.setSuffix(self.tr(" of {quantity}").format(quantity=choice.quantity))
            spin.setAccessibleName(
                self.tr("Units of {description}").format(description=choice.description)
            )
            spin.setEnabled(choice.available > 0)
            spin.valueChanged.connect(lambda _v, r=row: self._changed(r))
            self.setCellWidget(row, 3, spin)
            self.setItem(row, 4, QTableWidgetItem(money_cell(0, self.currency)))
            self.spins[choice.line_id] = spin
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

    def set_units(self, line_id: str, units: int) -> None:
        self.spins[line_id].setValue(units)

    def _changed(self, row: int) -> None:
        choice = self.choices[row]
        amount = amount_for_units(choice, self.spins[choice.line_id].value())
        item = self.item(row, 4)
        if item is not None:
            item.setText(money_cell(amount, self.currency))
        self.selection_changed.emit(self.total())

    def total(self) -> int:
        return sum(i.amount for i in self.chosen_items())

    def chosen_items(self) -> tuple[OrderItem, ...]:
        chosen = []
        for choice in self.choices:
            units = self.spins[choice.line_id].value()
            amount = amount_for_units(choice, units)
            if amount <= 0:
                continue
            whole = amount == choice.amount
            original = choice.original
            chosen.append(
                OrderItem(
                    id=original.id,
                    line_id=choice.line_id,
                    description=original.description,
                    quantity=Decimal(units) if original.quantity is not None else None,
                    amount=amount,
                    vat=original.vat,
                    vat_amount=original.vat_amount if whole else None,
                )
            )
        return tuple(chosen)
