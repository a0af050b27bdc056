"""Shared shape of the capture and refund dialogs: everything, chosen lines, or an amount.

The dialog only offers what the transaction allows (the ledger's permission and
remaining amounts) and says why something is not offered. Accepting it emits a
:class:`MoveRequest`; the confirmation step comes after, before anything is sent.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.desk.move_request import MoveRequest
from app.desk.wording import OPERATION_WORDS, money
from app.dintero import Ledger, Operation, OrderItem, Transaction
from app.ui import style
from app.ui.focus_order import chain
from app.ui.style import Tone
from app.ui.transactions.line_picker import LinePicker
from app.ui.widgets.money_edit import MoneyEdit

__all__ = ["Mode", "MoveDialog"]


class Mode:
    EVERYTHING = 0
    LINES = 1
    AMOUNT = 2


class MoveDialog(QDialog):
    request_ready = Signal(object)  # MoveRequest

    operation: Operation = Operation.CAPTURE

    @property
    def verb(self) -> str:
        return OPERATION_WORDS[self.operation].verb

    def __init__(self, transaction: Transaction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.transaction = transaction
        self.ledger = Ledger(transaction)
        self.currency = transaction.currency
        self.setWindowTitle(f"{OPERATION_WORDS[self.operation].label} — {transaction.id}")
        self.setMinimumWidth(720)

        self.remaining = self._remaining()
        self.summary = QLabel(self)
        self.summary.setObjectName("moveSummary")
        self.summary.setWordWrap(True)
        self.summary.setText(self._summary_text())

        self.mode_group = QButtonGroup(self)
        self.everything = QRadioButton(
            self.tr("Everything left: {remaining}").format(
                remaining=money(self.remaining, self.currency)
            ),
            self,
        )
        self.everything.setObjectName("modeEverything")
        self.by_lines = QRadioButton(self.tr("Chosen lines"), self)
        self.by_lines.setObjectName("modeLines")
        self.by_amount = QRadioButton(self.tr("An amount"), self)
        self.by_amount.setObjectName("modeAmount")
        for mode, button in enumerate((self.everything, self.by_lines, self.by_amount)):
            self.mode_group.addButton(button, mode)
        self.everything.setChecked(True)

        self.lines = LinePicker(self.ledger, self.operation, self)
        self.lines.setMinimumHeight(150)
        if not self.lines.choices:
            self.by_lines.setEnabled(False)
            self.by_lines.setToolTip(self.tr("This transaction has no order lines."))
        self.amount_edit = MoneyEdit(self.currency, self)
        self.amount_edit.setObjectName("moveAmount")
        self.amount_edit.setAccessibleName(self.tr("Amount to {verb}").format(verb=self.verb))
        self.amount_edit.setMaximumWidth(180)
        amount_row = QHBoxLayout()
        amount_row.addWidget(self.by_amount)
        amount_row.addWidget(self.amount_edit)
        amount_row.addWidget(QLabel(self.currency, self))
        amount_row.addStretch(1)

        self.total_label = QLabel(self)
        self.total_label.setObjectName("moveTotal")
        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("moveProblem")
        self.problem_label.setTextFormat(Qt.TextFormat.PlainText)  # quotes what was typed
        style.apply(self.problem_label, Tone.ERROR)
        self.problem_label.setWordWrap(True)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Continue to confirmation…"))
        ok.setObjectName("continueButton")
        close = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        close.setText(self.tr("Close"))  # "Cancel" beside a refund or capture reads both ways
        close.setObjectName("dismissButton")
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)

        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self.summary)
        self.layout_.addWidget(self.everything)
        self.layout_.addWidget(self.by_lines)
        self.layout_.addWidget(self.lines, 1)
        self.layout_.addLayout(amount_row)
        self.add_extra_fields(self.layout_)
        self.layout_.addWidget(self.total_label)
        self.layout_.addWidget(self.problem_label)
        self.layout_.addWidget(self.buttons)
        # Reading order, the extra fields before the buttons; the three modes are one Tab
        # stop (arrows choose among them), the lines and the amount follow their mode.
        chain(
            [
                self.everything,
                self.by_lines,
                self.lines,
                *self.lines.spins.values(),  # the units, line by line
                self.by_amount,
                self.amount_edit,
                *self.extra_focus(),
                ok,
                close,
            ]
        )
        self.everything.setFocus()

        self.mode_group.idToggled.connect(lambda _id, _on: self._refresh())
        self.lines.selection_changed.connect(lambda _t: self._refresh())
        self.amount_edit.textChanged.connect(lambda _t: self._refresh())
        self.amount_edit.textEdited.connect(lambda _t: self.by_amount.setChecked(True))
        self._refresh()

    # ------------------------------------------------------------------ for subclasses
    def _remaining(self) -> int:
        if self.operation is Operation.CAPTURE:
            return self.ledger.remaining_capturable
        return self.ledger.remaining_refundable

    def _summary_text(self) -> str:
        return ""

    def add_extra_fields(self, layout: QVBoxLayout) -> None:
        """Room for the final-capture box or the refund reason."""

    def extra_focus(self) -> list[QWidget]:
        """The extra fields in Tab order."""
        return []

    def build_request(self, amount: int) -> MoveRequest:
        raise NotImplementedError

    def extra_problem(self) -> str:
        return ""

    # ------------------------------------------------------------------ state
    def mode(self) -> int:
        return self.mode_group.checkedId()

    def chosen_amount(self) -> int | None:
        mode = self.mode()
        if mode == Mode.EVERYTHING:
            return self.remaining
        if mode == Mode.LINES:
            return self.lines.total()
        return self.amount_edit.amount()

    def items_to_move(self) -> tuple[OrderItem, ...]:
        """The lines moved: those chosen, or every line left for "everything" when they add
        up to it; none for an amount."""
        mode = self.mode()
        if mode == Mode.LINES:
            return self.lines.chosen_items()
        if mode == Mode.EVERYTHING:
            return self.ledger.rest_items(self.operation)
        return ()

    def problem(self) -> str:
        amount = self.chosen_amount()
        if self.mode() == Mode.AMOUNT and self.amount_edit.error:
            return self.amount_edit.error
        if amount is None or amount <= 0:
            if self.mode() == Mode.LINES:
                return self.tr("Choose at least one unit of a line.")
            return self.tr("Enter the amount to {verb}.").format(verb=self.verb)
        if amount > self.remaining:
            return self.tr("At most {remaining} can be {done} (asked for {amount}).").format(
                remaining=money(self.remaining, self.currency),
                done=OPERATION_WORDS[self.operation].done,
                amount=money(amount, self.currency),
            )
        return self.extra_problem()

    def _refresh(self) -> None:
        self.lines.setEnabled(self.mode() == Mode.LINES)
        self.amount_edit.setEnabled(self.mode() == Mode.AMOUNT)
        amount = self.chosen_amount()
        shown = money(amount, self.currency) if amount else "—"
        self.total_label.setText(self.tr("To {verb}: {shown}").format(verb=self.verb, shown=shown))
        problem = self.problem()
        self.problem_label.setText(problem)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not problem)

    def _accept(self) -> None:
        amount = self.chosen_amount()
        if self.problem() or amount is None:
            return
        request = self.build_request(amount)
        self.accept()
        self.request_ready.emit(request)
