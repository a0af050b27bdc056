"""Charge a saved card: lines as on the link form, confirmed like every money move.

The card, its customer and why it may not be charged (the issuer's ``DO_NOT_RETRY``, a
retry time not yet come) are shown first. The charge itself is the desk's
``charge_saved_card``: journalled before sending, sent once, a lost answer settled by
reading. On production an amount above the threshold is typed in before it goes.
"""

from __future__ import annotations

import asyncio

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.phone import format_phone_display
from app.desk.card_charging import (
    ChargeOrder,
    ChargeOutcome,
    ChargeReport,
    charge_saved_card,
    settle_open_charges,
    why_not_chargeable,
)
from app.desk.wording import money
from app.storage.links import LinkStore, SavedCardRecord
from app.ui import style
from app.ui.context import AccountContext
from app.ui.focus_order import chain
from app.ui.links.lines_editor import LinesEditor, LinesInvalid
from app.ui.style import Tone
from app.ui.transactions.confirm_dialog import Confirmation, ConfirmDialog
from app.ui.widgets.plain_text import plain_label

__all__ = ["ChargeCardDialog", "card_label"]

CHARGE_TASK = "charge-card"


def card_label(card: SavedCardRecord) -> str:
    """``Visa 476173******0416 · 12/2029`` (never more of the number than Dintero masks)."""
    parts = [p for p in (card.brand, card.masked_pan) if p]
    text = " ".join(parts) or "—"
    return f"{text} · {card.card_expiry}" if card.card_expiry else text


def customer_label(card: SavedCardRecord) -> str:
    who = [format_phone_display(card.customer_phone)] if card.customer_phone else []
    if card.customer_email:
        who.append(card.customer_email)
    if card.customer_id:
        who.append(card.customer_id)
    return " · ".join(who) or "—"


class ChargeCardDialog(QDialog):
    """Non-modal; the charge runs on the account's task runner."""

    charged = Signal(object)  # ChargeReport

    def __init__(
        self,
        context: AccountContext,
        store: LinkStore,
        card: SavedCardRecord,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("chargeCardDialog")
        self.setWindowTitle(self.tr("Charge a saved card"))
        self.context = context
        self.store = store
        self.card = card
        self.report: ChargeReport | None = None
        self.confirm: ConfirmDialog | None = None
        self.resize(760, 520)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The customer is not there: Dintero charges the card they saved. Use it only "
                "as agreed with the customer."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        form.addRow(self.tr("Card:"), plain_label(card_label(card), self))
        form.addRow(self.tr("Customer:"), plain_label(customer_label(card), self))
        self.reference_2 = QLineEdit(self)
        self.reference_2.setMaxLength(100)
        self.reference_2.setPlaceholderText(self.tr("optional, e.g. the shop's order number"))
        form.addRow(self.tr("Reference &2:"), self.reference_2)
        layout.addLayout(form)
        self.lines = LinesEditor(card.currency, self)
        layout.addWidget(self.lines)
        self.state = QLabel(self)
        self.state.setObjectName("chargeState")
        self.state.setWordWrap(True)
        self.state.setTextFormat(Qt.TextFormat.PlainText)  # Dintero's words, never markup
        self.state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.state)
        layout.addStretch(1)
        self.buttons = QDialogButtonBox(self)
        self.charge_button = QPushButton(self.tr("C&harge card…"), self)
        self.charge_button.setObjectName("chargeButton")
        self.buttons.addButton(self.charge_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.check_button = QPushButton(self.tr("Check &earlier charges"), self)
        self.check_button.setObjectName("checkChargesButton")
        self.buttons.addButton(self.check_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        layout.addWidget(self.buttons)
        self.buttons.rejected.connect(self.close)
        self.charge_button.clicked.connect(self.ask_to_charge)
        self.check_button.clicked.connect(self.check_earlier)
        self.lines.rows_changed.connect(self._chain_focus)
        self._chain_focus()
        self.reference_2.setFocus()
        self.finished.connect(lambda _: self.context.tasks.cancel(CHARGE_TASK))
        self._show_card_state()

    def _chain_focus(self) -> None:
        """Reading order, again whenever a line is added or removed."""
        chain(
            [
                self.reference_2,
                *self.lines.focus_order(),
                self.charge_button,
                self.check_button,
                self.close_button,
            ]
        )

    def _show_card_state(self) -> None:
        reason = why_not_chargeable(self.card)
        self.charge_button.setEnabled(reason is None)
        if reason is not None:
            style.apply(self.state, Tone.ERROR)
            self.state.setText(reason)
        elif self.card.last_decline:
            self.state.setText(
                self.tr("Last refusal: {reason}").format(reason=self.card.last_decline)
            )

    def order(self) -> ChargeOrder | None:
        try:
            lines, shipping = self.lines.read()
        except LinesInvalid:
            return None
        reference_2 = self.reference_2.text().strip() or None
        return ChargeOrder(self.card.currency, lines, shipping, reference_2)

    def ask_to_charge(self) -> ConfirmDialog | None:
        """The confirmation (typed amount on production above the threshold)."""
        order = self.order()
        if order is None:
            return None
        account = self.context.account
        confirmation = Confirmation(
            action=self.tr("Charge card"),
            account_name=account.name,
            account_id=account.account_id,
            production=account.is_production,
            transaction=card_label(self.card),
            amount=order.amount,
            currency=order.currency,
            detail=self.tr("A new payment, without the customer, on the card {who} saved.").format(
                who=customer_label(self.card)
            ),
        )
        threshold = self.context.services.production_confirm_threshold
        dialog = ConfirmDialog(confirmation, threshold, self)
        dialog.confirmed.connect(lambda: self.start_charge(order))
        dialog.rejected.connect(
            lambda: self.state.setText(self.tr("Not charged: the confirmation was closed."))
        )
        self.confirm = dialog
        dialog.open()
        return dialog

    def start_charge(self, order: ChargeOrder) -> None:
        services = self.context.services
        style.apply(self.state, Tone.MUTED)
        self.state.setText(
            self.tr("Charging {amount}…").format(amount=money(order.amount, order.currency))
        )

        async def run() -> ChargeReport:
            journal = await asyncio.to_thread(services.stores.journal)
            leases = await asyncio.to_thread(services.stores.leases)
            return await charge_saved_card(
                self.context.client,
                self.context.account,
                journal,
                self.store,
                self.card,
                order,
                operator=services.operator,
                desk=services.desk_name,
                leases=leases,
            )

        self.context.tasks.start(
            CHARGE_TASK,
            run(),
            on_success=self._charged,
            on_error=self._failed,
            busy=[self.charge_button, self.check_button],
            error_context=self.tr("The card was not charged"),
        )

    def check_earlier(self) -> None:
        services = self.context.services

        async def run() -> list[ChargeReport]:
            journal = await asyncio.to_thread(services.stores.journal)
            return await settle_open_charges(self.context.client, journal, self.store, self.card)

        self.context.tasks.start(
            CHARGE_TASK,
            run(),
            on_success=self._checked,
            busy=[self.charge_button, self.check_button],
            error_context=self.tr("Could not check the earlier charges"),
        )

    def _checked(self, reports: list[ChargeReport]) -> None:
        if reports:
            self.card = reports[-1].card
        texts = [f"{r.merchant_reference}: {r.message}" for r in reports]
        style.apply(self.state, Tone.MUTED)
        self.state.setText("\n".join(texts) or self.tr("No charge on this card is open."))
        self.charge_button.setEnabled(why_not_chargeable(self.card) is None)

    def _failed(self, _error: BaseException) -> bool:
        self._show_card_state()
        return False

    def _charged(self, report: ChargeReport) -> None:
        self.report = report
        self.card = report.card
        tone = {
            ChargeOutcome.APPROVED: Tone.SUCCESS,
            ChargeOutcome.DECLINED: Tone.ERROR,
            ChargeOutcome.NOT_CHARGED: Tone.ERROR,
            ChargeOutcome.NOT_CONFIRMED: Tone.WARNING,
        }[report.outcome]
        style.apply(self.state, tone)
        self.state.setText(f"{report.message}\n{report.merchant_reference}")
        reason = why_not_chargeable(self.card)
        if report.outcome is ChargeOutcome.APPROVED:
            self.charge_button.setEnabled(False)  # one charge per order: close, or start again
        else:
            self.charge_button.setEnabled(
                reason is None and report.outcome is not ChargeOutcome.NOT_CONFIRMED
            )
        self.charged.emit(report)
