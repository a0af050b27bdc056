"""Void: release the reserved money (the whole authorization, or the rest after a capture)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app.desk.move_request import MoveRequest
from app.desk.wording import money
from app.dintero import Ledger, Operation, Transaction

__all__ = ["VoidDialog"]


class VoidDialog(QDialog):
    request_ready = Signal(object)  # MoveRequest

    def __init__(self, transaction: Transaction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.transaction = transaction
        ledger = Ledger(transaction)
        self.amount = ledger.remaining_capturable
        self.setWindowTitle(self.tr("Void — {id}").format(id=transaction.id))
        self.setMinimumWidth(520)
        c = transaction.currency
        if ledger.captured:
            text = self.tr(
                "Release the uncaptured rest of this payment: <b>{amount}</b>. What "
                "was captured ({captured}) stays captured."
            ).format(amount=money(self.amount, c), captured=money(ledger.captured, c))
        else:
            text = self.tr(
                "Void the authorization of <b>{amount}</b>: the reserved money is "
                "released to the customer and nothing can be captured afterwards."
            ).format(amount=money(self.amount, c))
        label = QLabel(text + "<br><br>" + self.tr("This cannot be undone."), self)
        label.setObjectName("voidSummary")
        label.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Continue to confirmation…"))
        ok.setObjectName("continueButton")
        # Not "Cancel": beside a void (which cancels the payment) that reads both ways.
        keep = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        keep.setText(self.tr("Keep payment"))
        keep.setObjectName("dismissButton")
        keep.setDefault(True)  # Enter alone never starts a void
        ok.setAutoDefault(True)  # Enter on it goes on, once the person has tabbed there
        keep.setFocus()
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(buttons)

    def _accept(self) -> None:
        self.accept()
        self.request_ready.emit(
            MoveRequest.for_transaction(Operation.VOID, self.transaction, self.amount, None, "void")
        )
