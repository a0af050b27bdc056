"""The last step before money moves: what, where, how much — typed in on production.

It repeats the account, environment, transaction(s), amount and currency. On a
production account, an amount above the configured threshold must be typed in exactly
before the confirm button wakes up, so a slip of the finger cannot refund ten times
too much. Typing it and pressing Enter confirms, and so does Enter on the confirm button
once the person has moved the focus there; Enter anywhere else never moves money (it
closes the dialog, and the page then says nothing was sent).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
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
from app.ui.widgets.plain_text import plain_label
from app.ui.widgets.typed_amount import TypedAmount
from app.ui.widgets.typed_amount import needs_typed_amount as _needs_typing

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
    return _needs_typing(confirmation.production, confirmation.amount, threshold)


class ConfirmDialog(QDialog):
    confirmed = Signal()

    def __init__(
        self, confirmation: Confirmation, threshold: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("confirmMoveDialog")
        self.confirmation = confirmation
        c = confirmation
        self.setWindowTitle(self.tr("Confirm: {action}").format(action=c.action))
        self.setMinimumWidth(560)
        env = QLabel(
            self.tr("PRODUCTION — real money")
            if c.production
            else self.tr("Test environment — no real money"),
            self,
        )
        env.setObjectName("confirmEnvironment")
        style.apply(env, Tone.PRODUCTION if c.production else Tone.TEST, Look.BANNER)

        form = QFormLayout()
        amount_label = QLabel(
            self.tr("<b>{amount}</b>").format(amount=money(c.amount, c.currency)), self
        )
        amount_label.setObjectName("confirmAmount")
        # Names, references and details come from people and customers: never markup.
        form.addRow(self.tr("Action:"), plain_label(c.action, self))
        form.addRow(self.tr("Account:"), plain_label(f"{c.account_name} ({c.account_id})", self))
        form.addRow(
            self.tr("Environment:"),
            QLabel(self.tr("Production") if c.production else self.tr("Test"), self),
        )
        transaction = plain_label(c.transaction, self, elide_at=80)
        transaction.setObjectName("confirmTransaction")
        form.addRow(self.tr("Transaction:"), transaction)
        form.addRow(self.tr("Amount:"), amount_label)
        form.addRow(self.tr("Currency:"), plain_label(c.currency, self))
        if c.detail:
            detail = plain_label(c.detail, self)
            detail.setWordWrap(True)
            form.addRow(self.tr("Details:"), detail)

        self.typing = TypedAmount(c.amount, c.currency, threshold, self)
        self.typed = self.typing.edit
        self.needs_typing = needs_typed_amount(c, threshold)
        self.typing.setVisible(self.needs_typing)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.confirm_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.confirm_button.setObjectName("confirmButton")
        self.confirm_button.setText(f"{c.action} {money(c.amount, c.currency)}")
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        # "Cancel" beside "Void 100 kr" reads as cancelling the payment: say what it does.
        cancel.setText(self.tr("Don't {lower}").format(lower=c.action.lower()))
        cancel.setObjectName("dismissButton")
        cancel.setDefault(True)  # Enter alone never moves money
        # Enter on the confirm button presses it, but only once Tab or a click put the
        # focus there: it opens on "Don't …" (or the typed amount), never on this one.
        self.confirm_button.setAutoDefault(True)
        self.buttons.accepted.connect(self._confirm)
        self.buttons.rejected.connect(self.reject)
        self.typing.changed.connect(self._update)

        layout = QVBoxLayout(self)
        layout.addWidget(env)
        layout.addLayout(form)
        layout.addWidget(self.typing)
        layout.addWidget(self.buttons)
        self._update()
        (self.typed if self.needs_typing else cancel).setFocus()

    def typed_matches(self) -> bool:
        return not self.needs_typing or self.typing.matches()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in the typed amount confirms it, or says why not; it never dismisses.

        Without this, Enter reached the default button ("Don't …") and the move the
        person had just typed out was dropped without a word.
        """
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and self.needs_typing and self.focusWidget() is self.typed:
            event.accept()
            if self.typed_matches():
                self._confirm()
            else:
                self.typing.explain_mismatch()
            return
        super().keyPressEvent(event)

    def _update(self) -> None:
        self.confirm_button.setEnabled(self.typed_matches())

    def _confirm(self) -> None:
        if not self.typed_matches():
            return
        self.accept()
        self.confirmed.emit()
