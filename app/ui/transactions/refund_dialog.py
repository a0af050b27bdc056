"""Refund: all, chosen lines (shipping is a line too) or an amount, with a reason."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.references import new_operation_reference
from app.desk.move_request import MoveRequest
from app.desk.wording import money
from app.dintero import Operation, RefundRequest
from app.ui.transactions.move_dialog import MoveDialog

__all__ = ["REFUND_REASONS", "RefundDialog"]

REFUND_REASONS = (
    QT_TRANSLATE_NOOP("RefundDialog", "Returned goods"),
    QT_TRANSLATE_NOOP("RefundDialog", "Order cancelled"),
    QT_TRANSLATE_NOOP("RefundDialog", "Damaged or faulty goods"),
    QT_TRANSLATE_NOOP("RefundDialog", "Price adjustment"),
    QT_TRANSLATE_NOOP("RefundDialog", "Charged twice"),
    QT_TRANSLATE_NOOP("RefundDialog", "Other"),
)


class RefundDialog(MoveDialog):
    operation = Operation.REFUND

    def _summary_text(self) -> str:
        ledger = self.ledger
        c = self.currency
        return self.tr(
            "Captured {captured}, refunded {refunded}. Left to refund: <b>{remaining}</b>."
        ).format(
            captured=money(ledger.captured, c),
            refunded=money(ledger.refunded, c),
            remaining=money(self.remaining, c),
        )

    def add_extra_fields(self, layout: QVBoxLayout) -> None:
        form = QFormLayout()
        self.reason = QComboBox(self)
        self.reason.setObjectName("refundReason")
        self.reason.setAccessibleName(self.tr("Reason for the refund"))
        for reason in REFUND_REASONS:
            self.reason.addItem(self.tr(reason), reason)
        self.reason_text = QLineEdit(self)
        self.reason_text.setObjectName("refundReasonText")
        self.reason_text.setAccessibleName(self.tr("Reason, in your words"))
        self.reason_text.setPlaceholderText(self.tr("Optional note (required for “Other”)"))
        self.reason_text.setMaxLength(200)
        form.addRow(self.tr("Reason:"), self.reason)
        form.addRow(self.tr("Note:"), self.reason_text)
        self.reason.currentTextChanged.connect(lambda _t: self._refresh())
        self.reason_text.textChanged.connect(lambda _t: self._refresh())
        layout.addLayout(form)

    def extra_focus(self) -> list[QWidget]:
        return [self.reason, self.reason_text]

    def reason_value(self, *, shown: bool = False) -> str:
        """The reason sent to Dintero and kept in the journal (English), or ``shown`` in
        the desk's language, as the list says it."""
        reason = self.reason.currentText() if shown else str(self.reason.currentData())
        note = self.reason_text.text().strip()
        if self.reason.currentData() == "Other":
            return note
        return f"{reason}: {note}" if note else reason

    def extra_problem(self) -> str:
        if self.reason.currentData() == "Other" and not self.reason_text.text().strip():
            return self.tr("Say why in the note when the reason is “Other”.")
        return ""

    def build_request(self, amount: int) -> MoveRequest:
        items = self.items_to_move()
        reason = self.reason_value()
        body = RefundRequest(
            amount=amount, items=items, reference=new_operation_reference("ref"), reason=reason
        )
        shown = self.reason_value(shown=True)
        return MoveRequest.for_transaction(
            Operation.REFUND, self.transaction, amount, body, reason, shown
        )
