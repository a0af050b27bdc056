"""The confirmation before a payment link is cancelled, worded by what the link is now.

Dintero cancels an unpaid link (the customer can no longer pay), or a paid one whose
payment is only authorized (that payment is voided). A captured payment cannot be
cancelled: it is refunded on the Transactions page instead, so the dialog then explains
that and offers no Cancel button. Like the other money-move confirmations it repeats the
account and the environment, production in red, and a void on production above the
confirmation threshold (Preferences) must be confirmed by typing its amount.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.accounts.models import Account
from app.core.money import format_amount
from app.desk.link_status import ENDED_BY_FAILURE, LinkStatus, state_label
from app.dintero.session_state import SessionState
from app.storage.links import LinkRecord, LinkState
from app.ui import style
from app.ui.style import Look, Tone
from app.ui.widgets.plain_text import escaped, plain_label, shorten
from app.ui.widgets.typed_amount import TypedAmount, needs_typed_amount

__all__ = ["CancelCase", "CancelLinkDialog", "CancelWording", "cancel_wording"]

_CAPTURED = frozenset(
    {
        "CAPTURED",
        "PARTIALLY_CAPTURED",
        "REFUNDED",
        "PARTIALLY_REFUNDED",
        "PARTIALLY_CAPTURED_REFUNDED",
    }
)


class CancelCase(StrEnum):
    UNPAID = "unpaid"
    """Nobody has paid: cancelling only closes the link."""
    VOID = "void"
    """Paid, only authorized: cancelling voids the payment."""
    REFUSED = "refused"
    """Dintero would refuse (captured, on hold, declined or failed, already finished):
    Cancel is not offered."""


@dataclass(frozen=True)
class CancelWording:
    case: CancelCase
    headline: str
    explanation: str
    payment: str
    """The link's state in a few words, for the "Status" row."""

    @property
    def cancellable(self) -> bool:
        return self.case is not CancelCase.REFUSED


def cancel_wording(record: LinkRecord, status: LinkStatus | None) -> CancelWording:
    """What cancelling this link would do, by its latest known state and payment status."""
    amount = format_amount(record.amount, record.currency)
    state = status.state if status is not None else record.state
    transaction_status = status.transaction_status if status is not None else None
    label = state_label(state)[0]
    ask = QCoreApplication.translate("CancelDialog", "Cancel the payment link {shorten}?").format(
        shorten=shorten(record.merchant_reference, 40)
    )
    cannot = QCoreApplication.translate("CancelDialog", "This link cannot be cancelled")

    if state == SessionState.CANCELLED:
        return CancelWording(
            CancelCase.REFUSED,
            cannot,
            QCoreApplication.translate(
                "CancelDialog", "It is already cancelled: nobody can pay with it."
            ),
            label,
        )
    if state == SessionState.EXPIRED:
        return CancelWording(
            CancelCase.REFUSED,
            cannot,
            QCoreApplication.translate(
                "CancelDialog",
                "It has expired unpaid: nobody can pay with it any more, so there is nothing "
                "to cancel.",
            ),
            label,
        )
    if state in ENDED_BY_FAILURE:
        what = (
            QCoreApplication.translate("CancelDialog", "The customer declined the payment")
            if state == LinkState.DECLINED
            else QCoreApplication.translate("CancelDialog", "The payment failed")
        )
        return CancelWording(
            CancelCase.REFUSED,
            cannot,
            QCoreApplication.translate(
                "CancelDialog",
                "{what}. A link has only one payment, so this link can't be paid "
                "again, and Dintero does not cancel it. Use “New link from this one” "
                "to send the customer a new link.",
            ).format(what=what),
            label,
        )
    if state not in (LinkState.PAID, LinkState.PROCESSING, LinkState.ON_HOLD):
        return CancelWording(
            CancelCase.UNPAID,
            ask,
            QCoreApplication.translate(
                "CancelDialog",
                "The customer has not paid. After cancelling, the customer can no longer pay "
                "with this link. This cannot be undone; send a new link if the customer still "
                "wants to buy.",
            ),
            label,
        )

    known = transaction_status.replace("_", " ").lower() if transaction_status else None
    paid = (
        QCoreApplication.translate("CancelDialog", "Paid — {status}").format(
            status=known
            or QCoreApplication.translate("CancelDialog", "payment status not known yet")
        )
        if state == LinkState.PAID
        else label
    )
    if transaction_status == "AUTHORIZED":
        return CancelWording(
            CancelCase.VOID,
            ask,
            QCoreApplication.translate(
                "CancelDialog",
                "The customer has paid. The authorized payment of {amount} will be "
                "voided (released to the customer) and can no longer be captured. This "
                "cannot be undone.",
            ).format(amount=amount),
            QCoreApplication.translate("CancelDialog", "Paid — authorized, not captured"),
        )
    if transaction_status == "INITIATED":
        return CancelWording(
            CancelCase.VOID,
            ask,
            QCoreApplication.translate(
                "CancelDialog",
                "The customer has started paying. The payment of {amount} will be "
                "voided (released to the customer) and the customer can no longer pay "
                "with this link. This cannot be undone.",
            ).format(amount=amount),
            QCoreApplication.translate("CancelDialog", "Payment started, not completed"),
        )
    if transaction_status in _CAPTURED:
        explanation = QCoreApplication.translate(
            "CancelDialog",
            "The payment of {amount} is already captured — refund it on the "
            "Transactions page instead. Dintero does not cancel a link whose "
            "payment is captured.",
        ).format(amount=amount)
    elif transaction_status == "ON_HOLD" or state == LinkState.ON_HOLD:
        explanation = QCoreApplication.translate(
            "CancelDialog",
            "The payment is on hold for the payment provider's review, and Dintero does "
            "not cancel the link meanwhile. Don't ship yet: when the review ends, the "
            "payment is either authorized (then cancelling the link voids it) or failed.",
        )
    elif transaction_status == "AUTHORIZATION_VOIDED":
        explanation = QCoreApplication.translate(
            "CancelDialog",
            "The payment has already been voided: the money went back to the customer.",
        )
    elif transaction_status is None:
        explanation = QCoreApplication.translate(
            "CancelDialog",
            "Paydesk has not read the payment's status yet, so it cannot tell whether "
            "Dintero would void it. Look the payment up on the Transactions page.",
        )
    else:
        explanation = QCoreApplication.translate(
            "CancelDialog",
            "The payment is {known}, and Dintero does not cancel the link then. "
            "See the payment on the Transactions page.",
        ).format(known=known)
    return CancelWording(CancelCase.REFUSED, cannot, explanation, paid)


class CancelLinkDialog(QDialog):
    """Non-modal use: ``open()`` it and connect ``confirmed``; it never sends anything."""

    confirmed = Signal()

    def __init__(
        self,
        account: Account,
        record: LinkRecord,
        status: LinkStatus | None,
        parent: QWidget | None = None,
        *,
        threshold: int | None = None,
    ) -> None:
        """``threshold``: above it (minor units), a production void is typed in to confirm."""
        super().__init__(parent)
        self.setObjectName("confirmCancelLink")
        self.wording = wording = cancel_wording(record, status)
        production = account.is_production
        self.setWindowTitle(
            self.tr("Cancel payment link") if wording.cancellable else self.tr("Payment link")
        )
        self.setMinimumWidth(560)

        self.environment = QLabel(
            self.tr("PRODUCTION — real money")
            if production
            else self.tr("TEST environment — no real money"),
            self,
        )
        self.environment.setObjectName("confirmEnvironment")
        style.apply(self.environment, Tone.PRODUCTION if production else Tone.TEST, Look.BANNER)

        self.headline = QLabel(
            self.tr("<b>{escaped}</b>").format(escaped=escaped(wording.headline)), self
        )
        self.headline.setObjectName("cancelHeadline")
        self.headline.setWordWrap(True)
        larger = self.headline.font()
        larger.setPointSize(12)
        self.headline.setFont(larger)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(
            self.tr("Account:"), plain_label(f"{account.name} ({account.account_id})", self)
        )
        env_text = QLabel(self.tr("<b>Production</b>") if production else self.tr("Test"), self)
        if production:
            style.apply(env_text, Tone.PRODUCTION)
        form.addRow(self.tr("Environment:"), env_text)
        form.addRow(self.tr("Link:"), plain_label(record.merchant_reference, self, elide_at=48))
        amount = QLabel(
            self.tr("<b>{amount}</b>").format(amount=format_amount(record.amount, record.currency)),
            self,
        )
        amount.setObjectName("cancelAmount")
        form.addRow(self.tr("Amount:"), amount)
        form.addRow(self.tr("Status:"), QLabel(wording.payment, self))

        self.explanation = plain_label(wording.explanation, self)
        self.explanation.setObjectName("cancelExplanation")
        self.explanation.setWordWrap(True)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if wording.case is CancelCase.VOID:
            style.apply(self.explanation, Tone.ERROR)

        self.typing: TypedAmount | None = None
        voids = wording.case is CancelCase.VOID
        if voids and needs_typed_amount(production, record.amount, threshold):
            assert threshold is not None
            self.typing = TypedAmount(record.amount, record.currency, threshold, self)
            self.typing.changed.connect(self._update)

        self.buttons = QDialogButtonBox(self)
        self.confirm_button: QPushButton | None = None
        if wording.cancellable:
            self.keep_button = self.buttons.addButton(
                self.tr("Keep link"), QDialogButtonBox.ButtonRole.RejectRole
            )
            verb = (
                self.tr("Cancel link and void payment")
                if wording.case is CancelCase.VOID
                else self.tr("Cancel link")
            )
            self.confirm_button = self.buttons.addButton(
                verb, QDialogButtonBox.ButtonRole.DestructiveRole
            )
            self.confirm_button.setObjectName("confirmCancelButton")
            self.confirm_button.setAutoDefault(False)
            self.confirm_button.clicked.connect(self._confirm)
        else:
            self.keep_button = self.buttons.addButton(
                self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole
            )
        self.keep_button.setDefault(True)  # Enter alone never cancels
        self.keep_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.environment)
        layout.addWidget(self.headline)
        layout.addLayout(form)
        layout.addWidget(self.explanation)
        if self.typing is not None:
            layout.addWidget(self.typing)
        layout.addSpacing(6)
        layout.addWidget(self.buttons)
        self._update()
        (self.typing.edit if self.typing is not None else self.keep_button).setFocus()

    def typed_matches(self) -> bool:
        return self.typing is None or self.typing.matches()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in the typed amount confirms it, or says why not; it never dismisses."""
        typing = self.typing
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and typing is not None and self.focusWidget() is typing.edit:
            event.accept()
            if self.typed_matches():
                self._confirm()
            else:
                typing.explain_mismatch()
            return
        super().keyPressEvent(event)

    def _update(self) -> None:
        if self.confirm_button is not None:
            self.confirm_button.setEnabled(self.typed_matches())

    def _confirm(self) -> None:
        if self.confirm_button is None or not self.typed_matches():
            return
        self.accept()
        self.confirmed.emit()
