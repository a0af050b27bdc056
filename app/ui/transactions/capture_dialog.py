"""Capture: everything left, chosen lines (quantities) or an amount; final capture if offered."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget

from app.core.references import new_operation_reference
from app.desk.move_request import MoveRequest
from app.desk.wording import money
from app.dintero import CaptureRequest, Operation
from app.ui.transactions.move_dialog import MoveDialog

__all__ = ["FINAL_CAPTURE_PRODUCTS", "CaptureDialog"]

FINAL_CAPTURE_PRODUCTS = ("dintero_psp",)
"""Dintero supports `final_capture` (void the rest) for its own PSP only."""


class CaptureDialog(MoveDialog):
    operation = Operation.CAPTURE

    def _summary_text(self) -> str:
        ledger = self.ledger
        c = self.currency
        return self.tr(
            "Authorized {authorized}, captured {captured}. Left to capture: <b>{remaining}</b>."
        ).format(
            authorized=money(ledger.authorized, c),
            captured=money(ledger.captured, c),
            remaining=money(self.remaining, c),
        )

    def add_extra_fields(self, layout: QVBoxLayout) -> None:
        product = self.transaction.payment_product_type or ""
        self.final_capture = QCheckBox(
            self.tr("Final capture: release whatever is left uncaptured (no later captures)"), self
        )
        self.final_capture.setObjectName("finalCapture")
        supported = product.split(".", 1)[0] in FINAL_CAPTURE_PRODUCTS
        self.final_capture.setEnabled(supported)
        if not supported:
            self.final_capture.setToolTip(
                self.tr("Final capture is not offered for {value}.").format(
                    value=product or self.tr("this payment method")
                )
            )
        layout.addWidget(self.final_capture)

    def extra_focus(self) -> list[QWidget]:
        return [self.final_capture]

    def build_request(self, amount: int) -> MoveRequest:
        items = self.items_to_move()
        final = self.final_capture.isChecked() and amount < self.remaining
        body = CaptureRequest(
            amount=amount,
            items=items,
            reference=new_operation_reference("cap"),
            final_capture=final,
        )
        description, shown = ("final capture", self.tr("Final capture")) if final else ("", "")
        return MoveRequest.for_transaction(
            Operation.CAPTURE, self.transaction, amount, body, description, shown
        )
