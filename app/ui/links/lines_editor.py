"""The order lines of a new link, an optional shipping line, and the live totals.

Keyboard first: Enter in any field of a line adds a new line and puts the cursor in its
description; Tab walks description → quantity → price → VAT → next line.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import UserInputError
from app.core.money import (
    MAX_DINTERO_AMOUNT,
    AmountError,
    check_dintero_amount,
    format_amount,
    format_plain,
    parse_amount,
)
from app.core.vat import (
    OrderLine,
    OrderLineError,
    default_vat_rate,
    order_total,
    parse_vat_rate,
    vat_from_gross,
)
from app.storage.links import PICK_UP, ShippingLine
from app.ui import style
from app.ui.icon_set import action_icon
from app.ui.links.line_row import COLUMN_WIDTHS, LineEditorRow, LineProblem, mark_invalid
from app.ui.style import Tone

__all__ = ["LinesEditor", "LinesInvalid"]


class LinesInvalid(UserInputError):
    """The lines cannot be sent yet; ``str()`` lists what to fix."""


class LinesEditor(QWidget):
    """Rows of ``LineEditorRow``, a shipping line and totals; ``totals_changed`` on every edit."""

    totals_changed = Signal()
    rows_changed = Signal()
    """Rows were added or removed: whoever owns the Tab order chains the new fields in."""

    def __init__(self, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currency = currency
        self.rows: list[LineEditorRow] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._header())
        self._rows_box = QVBoxLayout()
        self._rows_box.setSpacing(4)
        outer.addLayout(self._rows_box)

        add_row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add li&ne"), self)
        self.add_button.setIcon(action_icon("add"))
        self.add_button.setToolTip(self.tr("Add an order line (or press Enter in a line)"))
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        outer.addLayout(add_row)

        outer.addWidget(self._shipping_row())
        self.totals = QLabel(self)
        self.totals.setObjectName("orderTotals")
        self.totals.setAlignment(Qt.AlignmentFlag.AlignRight)
        bold = self.totals.font()
        bold.setBold(True)
        self.totals.setFont(bold)
        outer.addWidget(self.totals)
        self.error = QLabel(self)
        self.error.setObjectName("linesError")
        self.error.setTextFormat(Qt.TextFormat.PlainText)  # messages quote what was typed
        style.apply(self.error, Tone.ERROR)
        self.error.setWordWrap(True)
        self.error.hide()
        outer.addWidget(self.error)

        self.add_button.clicked.connect(lambda: self.add_line(focus=True))
        self.add_line()

    # ------------------------------------------------------------------ building
    def _header(self) -> QWidget:
        header = QWidget(self)
        layout = QHBoxLayout(header)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Description"), header), 1)
        for name, text in (
            ("quantity", self.tr("Qty")),
            ("price", self.tr("Unit price")),
            ("vat", self.tr("VAT %")),
            ("total", self.tr("Line total")),
            ("vat_amount", self.tr("VAT")),
        ):
            label = QLabel(text, header)
            label.setFixedWidth(COLUMN_WIDTHS[name])
            if name in ("total", "vat_amount"):
                label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            layout.addWidget(label)
        spacer = QLabel("", header)
        spacer.setFixedWidth(26)
        layout.addWidget(spacer)
        for label in header.findChildren(QLabel):
            style.apply(label, Tone.MUTED)
        return header

    def _shipping_row(self) -> QWidget:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 6, 0, 0)
        self.shipping_enabled = QCheckBox(self.tr("&Shipping"), row)
        self.shipping_enabled.setAccessibleName(self.tr("Add a shipping line"))
        self.delivery = QComboBox(row)
        self.delivery.setObjectName("deliveryMethod")
        self.delivery.setAccessibleName(self.tr("Delivery or pick-up"))
        self.delivery.addItem(self.tr("Delivery"), None)
        self.delivery.addItem(self.tr("Pick-up"), PICK_UP)
        self.delivery.setToolTip(
            self.tr("Pick-up: the customer collects the order (sent to Dintero as pick-up)")
        )
        self.shipping_title = QLineEdit(self.tr("Shipping"), row)
        self.shipping_title.setAccessibleName(self.tr("Shipping description"))
        self.shipping_price = QLineEdit(row)
        self.shipping_price.setPlaceholderText(format_plain(0, self.currency))
        self.shipping_price.setAccessibleName(self.tr("Shipping price including VAT"))
        self.shipping_price.setFixedWidth(COLUMN_WIDTHS["price"])
        self.shipping_vat = QLineEdit(_rate(default_vat_rate(self.currency)), row)
        self.shipping_vat.setAccessibleName(self.tr("Shipping VAT percent"))
        self.shipping_vat.setFixedWidth(COLUMN_WIDTHS["vat"])
        self.shipping_total = QLabel("", row)
        self.shipping_total.setFixedWidth(COLUMN_WIDTHS["total"])
        self.shipping_total.setAlignment(
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )
        self.shipping_vat_amount = QLabel("", row)
        self.shipping_vat_amount.setFixedWidth(COLUMN_WIDTHS["vat_amount"])
        self.shipping_vat_amount.setAlignment(
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )
        layout.addWidget(self.shipping_enabled)
        layout.addWidget(self.delivery)
        layout.addWidget(self.shipping_title, 1)
        layout.addWidget(self.shipping_price)
        layout.addWidget(self.shipping_vat)
        layout.addWidget(self.shipping_total)
        layout.addWidget(self.shipping_vat_amount)
        spacer = QLabel("", row)
        spacer.setFixedWidth(26)
        layout.addWidget(spacer)
        for edit in (self.shipping_title, self.shipping_price, self.shipping_vat):
            edit.setEnabled(False)
            edit.textChanged.connect(self._shipping_edited)
        self.shipping_enabled.toggled.connect(self._shipping_toggled)
        self.delivery.currentIndexChanged.connect(self._delivery_changed)
        self.delivery.setEnabled(False)
        return row

    # ------------------------------------------------------------------ lines
    def add_line(self, line: OrderLine | None = None, *, focus: bool = False) -> LineEditorRow:
        row = LineEditorRow(self.currency, default_vat_rate(self.currency), self)
        if line is not None:
            row.fill(line)
        row.changed.connect(self._recompute)
        row.remove_requested.connect(self.remove_line)
        row.enter_pressed.connect(lambda: self.add_line(focus=True))
        self._rows_box.addWidget(row)
        row.show()
        self.rows.append(row)
        self.rows_changed.emit()
        self._recompute()
        if focus:
            row.description.setFocus()
        return row

    def remove_line(self, row: LineEditorRow) -> None:
        if len(self.rows) == 1:
            for edit in row.edits:
                edit.clear()
            row.quantity.setText("1")
            return
        index = self.rows.index(row)
        self.rows.remove(row)
        row.hide()
        row.deleteLater()
        self.rows_changed.emit()
        self._recompute()
        self.rows[min(index, len(self.rows) - 1)].description.setFocus()

    def set_lines(self, lines: tuple[OrderLine, ...], shipping: ShippingLine | None) -> None:
        """Replace everything (templates, "new link from this one")."""
        for row in list(self.rows):
            self.rows.remove(row)
            row.hide()
            row.deleteLater()
        for line in lines or (None,):
            self.add_line(line)
        self.set_shipping(shipping)

    def set_shipping(self, shipping: ShippingLine | None) -> None:
        """Show this shipping or pick-up line (None: no shipping line)."""
        self.shipping_enabled.setChecked(shipping is not None)
        if shipping is not None:
            self.delivery.setCurrentIndex(1 if shipping.pick_up else 0)
            self.shipping_title.setText(shipping.title)
            self.shipping_price.setText(format_plain(shipping.amount, self.currency))
            self.shipping_vat.setText(_rate(shipping.vat_rate))
        else:
            self.delivery.setCurrentIndex(0)
            self.shipping_title.setText(self.tr("Shipping"))
            self.shipping_price.clear()
        self._recompute()

    def add_lines(self, lines: tuple[OrderLine, ...]) -> None:
        """Append lines (a template), filling a blank last row first."""
        for line in lines:
            blank = next((row for row in self.rows if row.is_blank()), None)
            if blank is not None:
                blank.fill(line)
            else:
                self.add_line(line)

    def set_currency(self, currency: str) -> None:
        self.currency = currency
        for row in self.rows:
            row.set_currency(currency)
        self._shipping_edited()

    def focus_order(self) -> list[QWidget]:
        """Every line's fields and remove button, then Add line and the shipping line."""
        order: list[QWidget] = []
        for row in self.rows:
            order += [*row.edits, row.remove]
        order += [self.add_button, self.shipping_enabled, self.delivery, self.shipping_title]
        return [*order, self.shipping_price, self.shipping_vat]

    # ------------------------------------------------------------------ reading
    def read(self) -> tuple[tuple[OrderLine, ...], ShippingLine | None]:
        """Validated lines and shipping, or ``LinesInvalid`` (problems marked on the fields)."""
        problems: list[str] = []
        lines: list[OrderLine] = []
        filled = [row for row in self.rows if not row.is_blank()]
        for row in self.rows:
            row.show_problem(None)
        for number, row in enumerate(filled, start=1):
            try:
                lines.append(row.read(str(number)))
            except LineProblem as problem:
                row.show_problem(problem)
                problems.append(
                    self.tr("Line {number}: {problem}").format(number=number, problem=problem)
                )
        if not filled and not problems:
            row = self.rows[0]
            nothing = self.tr("Add at least one order line")
            row.show_problem(LineProblem("description", nothing))
            problems.append(nothing)
        shipping: ShippingLine | None = None
        try:
            shipping = self._read_shipping()
        except LineProblem as problem:
            problems.append(self.tr("Shipping: {problem}").format(problem=problem))
        if not problems:
            total = order_total(lines, shipping.amount if shipping else 0)
            try:
                check_dintero_amount(total, self.currency, self.tr("The total"))
            except AmountError as error:
                message = (
                    f"{error}."
                    if total > 0
                    else self.tr("{error}: add a price.").format(error=error)
                )
                problems.append(message)
                # The cursor goes to the price of the biggest line, where the fix most likely is.
                biggest = max(zip(lines, filled, strict=True), key=lambda pair: pair[0].amount)
                mark_invalid(biggest[1].price, message)
        if problems:
            self.error.setText("\n".join(problems))
            self.error.show()
            raise LinesInvalid("\n".join(problems))
        self.error.hide()
        return tuple(lines), shipping

    def _read_shipping(self) -> ShippingLine | None:
        for edit in (self.shipping_title, self.shipping_price, self.shipping_vat):
            mark_invalid(edit, None)
        if not self.shipping_enabled.isChecked():
            return None
        title = self.shipping_title.text().strip()
        if not title:
            nameless = self.tr("Name the shipping, for example Posten")
            mark_invalid(self.shipping_title, nameless)
            raise LineProblem("title", nameless)
        try:
            amount = parse_amount(self.shipping_price.text(), self.currency)
            if amount > MAX_DINTERO_AMOUNT:
                check_dintero_amount(amount, self.currency, self.tr("Shipping"))
        except AmountError as error:
            mark_invalid(self.shipping_price, str(error))
            raise LineProblem("price", str(error)) from None
        try:
            rate = parse_vat_rate(self.shipping_vat.text())
        except OrderLineError as error:
            mark_invalid(self.shipping_vat, str(error))
            raise LineProblem("vat", str(error)) from None
        method = self.delivery.currentData()
        return ShippingLine(title, amount, rate, method if isinstance(method, str) else None)

    def _delivery_changed(self) -> None:
        """Pick-up gets its own title and, when no price is typed, costs nothing."""
        pick_up = self.delivery.currentData() == PICK_UP
        title = self.shipping_title.text().strip()
        if pick_up and title in ("", self.tr("Shipping")):
            self.shipping_title.setText(self.tr("Pick-up in shop"))
            if not self.shipping_price.text().strip():
                self.shipping_price.setText("0")
        elif not pick_up and title == self.tr("Pick-up in shop"):
            self.shipping_title.setText(self.tr("Shipping"))
        self._shipping_edited()

    # ------------------------------------------------------------------ totals
    def _shipping_toggled(self, on: bool) -> None:
        for edit in (self.delivery, self.shipping_title, self.shipping_price, self.shipping_vat):
            edit.setEnabled(on)
        if on:
            self.shipping_price.setFocus()
        self._shipping_edited()

    def _shipping_edited(self) -> None:
        try:
            shipping = self._read_shipping()
        except LineProblem:
            shipping = None
        self.shipping_total.setText(
            format_amount(shipping.amount, self.currency) if shipping else ""
        )
        vat = vat_from_gross(shipping.amount, shipping.vat_rate) if shipping else None
        self.shipping_vat_amount.setText(
            format_amount(vat, self.currency) if vat is not None else ""
        )
        self._recompute()

    def preview_total(self) -> tuple[int, int]:
        """(total, VAT) of what can be read right now, for the live totals line."""
        total = 0
        vat = 0
        for row in self.rows:
            try:
                line = row.read("preview")
            except LineProblem:
                continue
            total += line.amount
            vat += line.vat_amount
        if self.shipping_enabled.isChecked():
            try:
                shipping = self._read_shipping_quietly()
            except LineProblem:
                shipping = None
            if shipping is not None:
                total += shipping.amount
                vat += vat_from_gross(shipping.amount, shipping.vat_rate)
        return total, vat

    def _read_shipping_quietly(self) -> ShippingLine | None:
        try:
            amount = parse_amount(self.shipping_price.text(), self.currency)
            rate = parse_vat_rate(self.shipping_vat.text())
        except (AmountError, OrderLineError):
            return None
        if amount > MAX_DINTERO_AMOUNT:  # refused when read; kept out of the totals, as lines
            return None
        title = self.shipping_title.text().strip() or self.tr("Shipping")
        return ShippingLine(title, amount, rate)

    def _recompute(self) -> None:
        total, vat = self.preview_total()
        self.totals.setText(
            self.tr("Total {total}   (of which VAT {vat})").format(
                total=format_amount(total, self.currency),
                vat=format_amount(vat, self.currency),
            )
        )
        self.totals_changed.emit()


def _rate(value: Decimal) -> str:
    return format(value.normalize(), "f").replace(".", ",")
