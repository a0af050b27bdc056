"""The last step before money moves: what, where, how much — typed in on production.

It repeats the account, environment, transaction(s), amount and currency. On a
production account, an amount above the configured threshold must be typed in exactly
before the confirm button wakes up, so a slip of the finger cannot refund ten times
too much.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.desk.wording import money
from app.ui import style
from app.ui.style import Look, Tone
from app.ui.widgets.money_edit import MoneyEdit

__all__ = ["ConfirmDialog", "Confirmation", "needs_typed_amount"]


@dataclass(frozen=True)
class Confirmation:
    action: str
    """"Refund", "Capture", "Void", "Bulk capture"."""
    account_name: str
    account_id: str
    production: bool
    transaction: str
    """An id, or "37 transactions" for bulk."""
    amount: int
    currency: str
    detail: str = ""


def needs_typed_amount(confirmation: Confirmation, threshold: int) -> bool:
    return confirmation.production and confirmation.amount > threshold


class ConfirmDialog(QDialog):
    confirmed = Signal()

    def __init__(
        self, confirmation: Confirmation, threshold: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("confirmMoveDialog")
        self.confirmation = confirmation
        c = confirmation
        self.setWindowTitle(f"Confirm: {c.action}")
        self.setMinimumWidth(560)
        env = QLabel(
            "PRODUCTION — real money" if c.production else "Test environment — no real money",
            self,
        )
        env.setObjectName("confirmEnvironment")
        style.apply(env, Tone.PRODUCTION if c.production else Tone.TEST, Look.BANNER)

        form = QFormLayout()
        amount_label = QLabel(f"<b>{money(c.amount, c.currency)}</b>", self)
        amount_label.setObjectName("confirmAmount")
        form.addRow("Action:", QLabel(c.action, self))
        form.addRow("Account:", QLabel(f"{c.account_name} ({c.account_id})", self))
        form.addRow("Environment:", QLabel("Production" if c.production else "Test", self))
        transaction = QLabel(c.transaction, self)
        transaction.setObjectName("confirmTransaction")
        form.addRow("Transaction:", transaction)
        form.addRow("Amount:", amount_label)
        form.addRow("Currency:", QLabel(c.currency, self))
        if c.detail:
            detail = QLabel(c.detail, self)
            detail.setWordWrap(True)
            form.addRow("Details:", detail)

        self.typed = MoneyEdit(c.currency, self)
        self.typed.setObjectName("typedAmount")
        self.typed.setAccessibleName("Type the amount to confirm")
        self.typed_hint = QLabel(
            f"This is above {money(threshold, c.currency)} on a production account. "
            "Type the amount to confirm it:",
            self,
        )
        self.typed_hint.setWordWrap(True)
        self.needs_typing = needs_typed_amount(c, threshold)
        self.typed.setVisible(self.needs_typing)
        self.typed_hint.setVisible(self.needs_typing)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.confirm_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.confirm_button.setObjectName("confirmButton")
        self.confirm_button.setText(f"{c.action} {money(c.amount, c.currency)}")
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        # "Cancel" beside "Void 100 kr" reads as cancelling the payment: say what it does.
        cancel.setText(f"Don't {c.action.lower()}")
        cancel.setObjectName("dismissButton")
        cancel.setDefault(True)  # Enter alone never moves money
        self.confirm_button.setAutoDefault(False)
        self.buttons.accepted.connect(self._confirm)
        self.buttons.rejected.connect(self.reject)
        self.typed.textChanged.connect(lambda _t: self._update())

        layout = QVBoxLayout(self)
        layout.addWidget(env)
        layout.addLayout(form)
        layout.addWidget(self.typed_hint)
        layout.addWidget(self.typed)
        layout.addWidget(self.buttons)
        self._update()
        (self.typed if self.needs_typing else cancel).setFocus()

    def typed_matches(self) -> bool:
        return not self.needs_typing or self.typed.amount() == self.confirmation.amount

    def _update(self) -> None:
        self.confirm_button.setEnabled(self.typed_matches())

    def _confirm(self) -> None:
        if not self.typed_matches():
            return
        self.accept()
        self.confirmed.emit()
