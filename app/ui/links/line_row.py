"""One editable order line: description, quantity, unit price incl. VAT, VAT %, and the
line total and VAT computed live from exact minor units."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from app.core.errors import UserInputError
from app.core.money import (
    MAX_DINTERO_AMOUNT,
    AmountError,
    format_amount,
    format_plain,
    parse_amount,
)
from app.core.vat import OrderLine, OrderLineError, parse_quantity, parse_vat_rate
from app.ui import style

__all__ = ["COLUMN_WIDTHS", "LineEditorRow", "LineProblem", "mark_invalid"]

#: Fixed widths shared by the header and every row so the columns line up.
COLUMN_WIDTHS = {"quantity": 64, "price": 110, "vat": 64, "total": 112, "vat_amount": 100}


class LineProblem(UserInputError):
    """What is wrong with one field of a line, in words for a shop assistant."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


def mark_invalid(widget: QWidget, message: str | None) -> None:
    """Red border and tooltip on a field with a problem; cleared with ``None``."""
    style.mark_invalid(widget, bool(message))
    widget.setToolTip(message or "")


class LineEditorRow(QWidget):
    """A row of the order-lines editor. ``changed`` fires on every keystroke."""

    changed = Signal()
    remove_requested = Signal(object)  # LineEditorRow
    enter_pressed = Signal()

    def __init__(self, currency: str, vat_rate: Decimal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currency = currency
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.description = QLineEdit(self)
        self.description.setPlaceholderText(self.tr("What the customer buys"))
        self.description.setAccessibleName(self.tr("Line description"))
        self.description.setMinimumWidth(200)
        self.quantity = QLineEdit("1", self)
        self.quantity.setAccessibleName(self.tr("Quantity"))
        self.price = QLineEdit(self)
        self.price.setPlaceholderText(format_plain(0, currency))
        self.price.setAccessibleName(self.tr("Unit price including VAT"))
        self.vat = QLineEdit(_rate_text(vat_rate), self)
        self.vat.setAccessibleName(self.tr("VAT percent"))
        self.total = QLabel("", self)
        self.total.setAccessibleName(self.tr("Line total"))
        self.vat_amount = QLabel("", self)
        self.vat_amount.setAccessibleName(self.tr("VAT in line"))
        self.remove = QToolButton(self)
        self.remove.setText("✕")
        self.remove.setToolTip(self.tr("Remove this line"))
        self.remove.setAccessibleName(self.tr("Remove line"))
        self.remove.setAutoRaise(True)
        layout.addWidget(self.description, 1)
        for name, widget in (
            ("quantity", self.quantity),
            ("price", self.price),
            ("vat", self.vat),
            ("total", self.total),
            ("vat_amount", self.vat_amount),
        ):
            widget.setFixedWidth(COLUMN_WIDTHS[name])
            layout.addWidget(widget)
        for label in (self.total, self.vat_amount):
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.remove)
        for edit in self.edits:
            edit.textChanged.connect(self._edited)
            edit.returnPressed.connect(self.enter_pressed)
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))

    @property
    def edits(self) -> tuple[QLineEdit, ...]:
        return (self.description, self.quantity, self.price, self.vat)

    def is_blank(self) -> bool:
        return not self.description.text().strip() and not self.price.text().strip()

    def fill(self, line: OrderLine) -> None:
        self.description.setText(line.description)
        self.quantity.setText(_rate_text(line.quantity))
        self.price.setText(format_plain(line.unit_price, self.currency))
        self.vat.setText(_rate_text(line.vat_rate))

    def set_currency(self, currency: str) -> None:
        self.currency = currency
        self._edited()

    def read(self, line_id: str) -> OrderLine:
        """The line as typed, or ``LineProblem`` naming the first wrong field."""
        description = self.description.text().strip()
        if not description:
            raise LineProblem(
                "description",
                QCoreApplication.translate("LineRow", "Describe what the customer buys"),
            )
        try:
            quantity = parse_quantity(self.quantity.text())
        except OrderLineError as error:
            raise LineProblem("quantity", str(error)) from None
        try:
            price = parse_amount(self.price.text(), self.currency)
        except AmountError as error:
            raise LineProblem("price", str(error)) from None
        if price > MAX_DINTERO_AMOUNT:
            raise LineProblem("price", _too_much(self.tr("The unit price"), price, self.currency))
        try:
            rate = parse_vat_rate(self.vat.text())
        except OrderLineError as error:
            raise LineProblem("vat", str(error)) from None
        try:
            line = OrderLine(line_id, description, quantity, price, rate)
        except OrderLineError as error:
            raise LineProblem(error.field, str(error)) from None
        if line.amount > MAX_DINTERO_AMOUNT:
            raise LineProblem(
                "quantity", _too_much(self.tr("The line total"), line.amount, self.currency)
            )
        return line

    def field_widget(self, field: str) -> QLineEdit:
        return {
            "description": self.description,
            "quantity": self.quantity,
            "price": self.price,
            "vat": self.vat,
        }[field]

    def show_problem(self, problem: LineProblem | None) -> None:
        for name in ("description", "quantity", "price", "vat"):
            mark_invalid(
                self.field_widget(name),
                str(problem) if problem is not None and problem.field == name else None,
            )

    def _edited(self) -> None:
        for edit in self.edits:
            if edit.property("invalid"):
                mark_invalid(edit, None)
        try:
            line = self.read("preview")
        except LineProblem:
            self.total.setText("")
            self.vat_amount.setText("")
        else:
            self.total.setText(format_amount(line.amount, self.currency))
            self.vat_amount.setText(format_amount(line.vat_amount, self.currency))
        self.changed.emit()


def _too_much(what: str, minor: int, currency: str) -> str:
    """Dintero takes at most int32 minor units per line: say so before sending."""
    most = format_amount(MAX_DINTERO_AMOUNT, currency)
    this = format_amount(minor, currency)
    return QCoreApplication.translate(
        "LineRow", "{what} can be at most {most} at Dintero (this is {this})"
    ).format(what=what, most=most, this=this)


def _rate_text(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return text.replace(".", ",")
