"""Save a card for a returning customer: a payment-token session from the same desk.

The customer opens the link and enters the card; nothing is charged. The dialog follows
the session until Dintero has a transaction for it, then reads the transaction with
``includes=card.payment_token`` and shows the token reference to keep on file.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.money import SUPPORTED_CURRENCIES
from app.core.phone import PhoneError, normalize_phone
from app.core.references import new_merchant_reference
from app.dintero.models import Customer
from app.dintero.payloads import PaymentTokenSessionRequest
from app.dintero.session_state import SessionState, session_status
from app.ui.context import AccountContext
from app.ui.links.qr import qr_pixmap

__all__ = ["CardTokenDialog", "SavedCard"]


@dataclass(frozen=True)
class SavedCard:
    """What the customer's card-saving visit produced."""

    transaction_id: str
    token_id: str | None
    token: str | None
    masked_pan: str | None
    brand: str | None


class CardTokenDialog(QDialog):
    """Non-modal; its work runs on the account's task runner and stops with the dialog."""

    poll_interval_s = 1.5

    def __init__(self, context: AccountContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cardTokenDialog")
        self.setWindowTitle("Save a card for a returning customer")
        self.context = context
        self.session_id: str | None = None
        self.saved: SavedCard | None = None
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(
            "Send the customer a link where they enter their card. Nothing is charged; "
            "Dintero keeps the card as a payment token for later orders.",
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.email = QLineEdit(self)
        self.email.setAccessibleName("Customer e-mail")
        self.phone = QLineEdit(self)
        self.phone.setAccessibleName("Customer phone")
        self.currency = QComboBox(self)
        self.currency.addItems(SUPPORTED_CURRENCIES)
        index = self.currency.findText(context.account.currency)
        self.currency.setCurrentIndex(max(index, 0))
        self.reference = QLineEdit(new_merchant_reference(), self)
        form.addRow("Customer &e-mail", self.email)
        form.addRow("Customer &phone", self.phone)
        form.addRow("&Currency", self.currency)
        form.addRow("&Reference", self.reference)
        layout.addLayout(form)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)

        result = QHBoxLayout()
        texts = QVBoxLayout()
        self.url = QLineEdit(self)
        self.url.setReadOnly(True)
        self.url.setAccessibleName("Card-saving link")
        self.copy_button = QPushButton("&Copy link", self)
        url_row = QHBoxLayout()
        url_row.addWidget(self.url, 1)
        url_row.addWidget(self.copy_button)
        texts.addLayout(url_row)
        self.state = QLabel("Fill in the customer and create the link.", self)
        self.state.setObjectName("cardTokenState")
        self.state.setWordWrap(True)
        self.state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        texts.addWidget(self.state, 1)
        result.addLayout(texts, 1)
        self.qr = QLabel(self)
        result.addWidget(self.qr)
        layout.addLayout(result, 1)

        self.buttons = QDialogButtonBox(self)
        self.create_button = self.buttons.addButton(
            "Create card-saving &link", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.create_button.setObjectName("createTokenLink")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        layout.addWidget(self.buttons)
        self.create_button.clicked.connect(self.create_link)
        self.buttons.rejected.connect(self.close)
        self.finished.connect(lambda _: self.context.tasks.cancel("card-token"))
        self.copy_button.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(self.url.text())
        )
        self.copy_button.setEnabled(False)

    def _request(self) -> PaymentTokenSessionRequest | None:
        phone = None
        if self.phone.text().strip():
            try:
                phone = normalize_phone(self.phone.text(), "NO")
            except PhoneError as error:
                self.error.setText(str(error))
                return None
        email = self.email.text().strip() or None
        if email is not None and "@" not in email:
            self.error.setText(f'"{email}" is not an e-mail address')
            return None
        if not self.reference.text().strip():
            self.error.setText("Enter a reference")
            return None
        self.error.clear()
        account = self.context.account
        return PaymentTokenSessionRequest(
            merchant_reference=self.reference.text().strip(),
            currency=self.currency.currentText(),
            return_url=account.return_url,
            callback_url=account.callback_url,
            customer=Customer(email=email, phone_number=phone) if phone or email else None,
            expires_at=datetime.now(UTC) + timedelta(days=7),
            profile_id=account.profile_id,
        )

    def create_link(self) -> None:
        request = self._request()
        if request is None:
            return
        self.context.tasks.start(
            "card-token",
            self._run(request),
            on_success=self._done,
            busy=[self.create_button],
            error_context="Could not create the card-saving link",
        )

    async def _run(self, request: PaymentTokenSessionRequest) -> SavedCard | None:
        client = self.context.client
        created = await client.create_payment_token_session(request)
        self.session_id = created.id
        self.url.setText(created.url)
        self.url.setCursorPosition(0)
        self.copy_button.setEnabled(True)
        self.qr.setPixmap(qr_pixmap(created.url, scale=3))
        self.state.setText("Waiting for the customer to enter the card…")
        while True:
            session = await client.get_session(created.id)
            status = session_status(session)
            if status.state in (SessionState.CANCELLED, SessionState.EXPIRED):
                self.state.setText(f"The card-saving link is {status.state}. No card was saved.")
                return None
            if status.state == SessionState.FAILED_ATTEMPT:
                self.state.setText(
                    f"The customer's attempt failed ({status.failure_reason}). "
                    "They can try again with the same link."
                )
            if session.transaction_id:
                transaction = await client.get_transaction(
                    session.transaction_id, includes=("card.payment_token",)
                )
                card = transaction.card
                return SavedCard(
                    transaction_id=transaction.id,
                    token_id=card.payment_token_id if card else None,
                    token=card.payment_token if card else None,
                    masked_pan=card.masked_pan if card else None,
                    brand=card.brand if card else None,
                )
            await asyncio.sleep(self.poll_interval_s)

    def _done(self, saved: SavedCard | None) -> None:
        if saved is None:
            return
        self.saved = saved
        card = " ".join(part for part in (saved.brand, saved.masked_pan) if part)
        self.state.setText(
            "<b>Card saved.</b><br>"
            f"Token reference: <b>{saved.token_id or saved.token or '—'}</b><br>"
            f"Card: {card or '—'}<br>Transaction: {saved.transaction_id}"
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.context.tasks.cancel("card-token")
        super().closeEvent(event)
