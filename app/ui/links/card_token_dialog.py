"""Save a card for a returning customer: a payment-token session from the same desk.

The customer opens the link and enters the card; nothing is charged. The dialog follows
the session until Dintero has a transaction for it, then reads the transaction with
``includes=card.payment_token`` and shows the token reference to keep on file.

Every card-saving link and its result (token reference, customer, time) is kept in the
link history's ``saved_cards`` table: reopening the dialog shows the latest result, or
resumes following a link the customer has not used yet, and lists the earlier ones.
Once a link is created the create button stops being the default, so Enter cannot send a
second link by accident; after the result it offers to start over for another customer.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from html import escape

from PySide6.QtCore import QCoreApplication, QDateTime, Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import UserInputError
from app.core.money import SUPPORTED_CURRENCIES
from app.core.phone import PhoneError, format_phone_display, normalize_phone
from app.core.references import new_merchant_reference
from app.desk.card_saving import (
    CardSavingWatch,
    SavedCard,
    create_card_saving,
    follow,
    parse_metadata,
)
from app.dintero.models import Customer
from app.dintero.payloads import PaymentTokenSessionRequest
from app.storage.links import LinkStore, SavedCardRecord, SavedCardState
from app.ui import style
from app.ui.context import AccountContext
from app.ui.links.new_link_form import MAX_EMAIL_LENGTH, MAX_PHONE_LENGTH, MAX_REFERENCE_LENGTH
from app.ui.links.phone_region import phone_example, phone_region, phone_tooltip
from app.ui.links.qr import qr_pixmap
from app.ui.style import Tone

__all__ = ["CardTokenDialog"]


class CardTokenDialog(QDialog):
    """Non-modal; its work runs on the account's task runner and stops with the dialog."""

    poll_interval_s = 1.5

    def __init__(
        self, context: AccountContext, store: LinkStore, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("cardTokenDialog")
        self.setWindowTitle(self.tr("Save a card for a returning customer"))
        self.context = context
        self.store = store
        self.session_id: str | None = None
        self.saved: SavedCard | None = None
        self.record: SavedCardRecord | None = None
        self.resize(680, 640)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Send the customer a link where they enter their card. Nothing is charged; "
                "Dintero keeps the card as a payment token for later orders."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.email = QLineEdit(self)
        self.email.setAccessibleName(self.tr("Customer e-mail"))
        self.email.setMaxLength(MAX_EMAIL_LENGTH)
        self.phone = QLineEdit(self)
        self.phone.setAccessibleName(self.tr("Customer phone"))
        self.phone.setMaxLength(MAX_PHONE_LENGTH)
        self.currency = QComboBox(self)
        self.currency.addItems(SUPPORTED_CURRENCIES)
        self.currency.setAccessibleName(self.tr("Currency"))
        index = self.currency.findText(context.account.currency)
        self.currency.setCurrentIndex(max(index, 0))
        self.reference = QLineEdit(new_merchant_reference(), self)
        self.reference.setMaxLength(MAX_REFERENCE_LENGTH)
        self.customer_id = QLineEdit(self)
        self.customer_id.setObjectName("cardCustomerId")
        self.customer_id.setMaxLength(MAX_REFERENCE_LENGTH)
        self.customer_id.setPlaceholderText(self.tr("the shop's customer number (optional)"))
        self.expires = QDateTimeEdit(self)
        self.expires.setObjectName("cardLinkExpiry")
        self.expires.setCalendarPopup(True)
        self.expires.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.reference_2 = QLineEdit(self)
        self.reference_2.setObjectName("cardReference2")
        self.reference_2.setMaxLength(MAX_REFERENCE_LENGTH)
        self.metadata = QLineEdit(self)
        self.metadata.setObjectName("cardMetadata")
        self.metadata.setPlaceholderText(self.tr("key=value; key=value (optional)"))
        self.terms_url = QLineEdit(self)
        self.terms_url.setObjectName("cardTermsUrl")
        self.terms_url.setPlaceholderText("https://")
        self._reset_expiry()
        form.addRow(self.tr("Customer &e-mail"), self.email)
        form.addRow(self.tr("Customer &phone"), self.phone)
        form.addRow(self.tr("Customer &id"), self.customer_id)
        form.addRow(self.tr("C&urrency"), self.currency)
        form.addRow(self.tr("&Reference"), self.reference)
        form.addRow(self.tr("Reference &2"), self.reference_2)
        form.addRow(self.tr("Link e&xpires"), self.expires)
        form.addRow(self.tr("&Metadata"), self.metadata)
        form.addRow(self.tr("Merchant &terms"), self.terms_url)
        layout.addLayout(form)
        self.currency.currentTextChanged.connect(self._currency_changed)
        self._currency_changed(self.currency.currentText())
        self.error = QLabel(self)
        style.apply(self.error, Tone.ERROR)
        self.error.setWordWrap(True)
        layout.addWidget(self.error)

        result = QHBoxLayout()
        texts = QVBoxLayout()
        self.url = QLineEdit(self)
        self.url.setReadOnly(True)
        self.url.setAccessibleName(self.tr("Card-saving link"))
        self.copy_button = QPushButton(self.tr("&Copy link"), self)
        url_row = QHBoxLayout()
        url_row.addWidget(self.url, 1)
        url_row.addWidget(self.copy_button)
        texts.addLayout(url_row)
        self.state = QLabel(self.tr("Fill in the customer and create the link."), self)
        self.state.setObjectName("cardTokenState")
        self.state.setWordWrap(True)
        self.state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.state.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        texts.addWidget(self.state, 1)
        result.addLayout(texts, 1)
        self.qr = QLabel(self)
        result.addWidget(self.qr)
        layout.addLayout(result, 1)

        self.earlier_title = QLabel(self.tr("<b>Card-saving links sent earlier</b>"), self)
        self.earlier = QListWidget(self)
        self.earlier.setObjectName("savedCards")
        self.earlier.setAccessibleName(self.tr("Card-saving links sent earlier"))
        self.earlier.setMaximumHeight(96)
        layout.addWidget(self.earlier_title)
        layout.addWidget(self.earlier)
        self.earlier_title.hide()
        self.earlier.hide()

        self.buttons = QDialogButtonBox(self)
        self.create_button = self.buttons.addButton(
            self.tr("Create card-saving &link"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.create_button.setObjectName("createTokenLink")
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        assert close is not None
        self.close_button: QAbstractButton = close
        layout.addWidget(self.buttons)
        self.create_button.clicked.connect(self._create_clicked)
        self.buttons.rejected.connect(self.close)
        self.finished.connect(lambda _: self._stop())
        self.copy_button.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(self.url.text())
        )
        self.copy_button.setEnabled(False)
        self._set_mode("create")
        self._load_earlier(resume=True)

    # ------------------------------------------------------------------ modes
    def _set_mode(self, mode: str) -> None:
        """``create``: the form is for a new link (default button); ``waiting``: a link is
        out, nothing to press; ``done``: the result is in, the button starts over."""
        self.mode = mode
        button = self.create_button
        close = self.close_button
        if mode == "create":
            button.setText(self.tr("Create card-saving &link"))
            button.setEnabled(True)
        elif mode == "waiting":
            button.setText(self.tr("Link created — waiting for the customer"))
            button.setEnabled(False)
        else:
            button.setText(self.tr("Save &another card…"))
            button.setEnabled(True)
        editable = mode == "create"
        for field in (
            self.email,
            self.phone,
            self.reference,
            self.customer_id,
            self.reference_2,
            self.metadata,
            self.terms_url,
        ):
            field.setReadOnly(not editable)  # still readable (and copyable) once sent
        self.currency.setEnabled(editable)
        self.expires.setReadOnly(not editable)
        button.setAutoDefault(editable)
        button.setDefault(editable)
        if isinstance(close, QPushButton):
            close.setAutoDefault(not editable)
            close.setDefault(not editable)

    def _create_clicked(self) -> None:
        if self.mode == "create":
            self.create_link()
        elif self.mode == "done":
            self.start_over()

    def start_over(self) -> None:
        """A fresh form for another customer (the result stays in the list below)."""
        self.context.tasks.cancel("card-token")
        self.session_id = None
        self.saved = None
        self.record = None
        self.email.clear()
        self.phone.clear()
        for field in (self.customer_id, self.reference_2, self.metadata, self.terms_url):
            field.clear()
        self._reset_expiry()
        self.reference.setText(new_merchant_reference())
        self.url.clear()
        self.copy_button.setEnabled(False)
        self.qr.clear()
        self.error.clear()
        self.state.setText(self.tr("Fill in the customer and create the link."))
        self._set_mode("create")
        self._load_earlier()
        self.email.setFocus()

    # ------------------------------------------------------------------ history
    def _load_earlier(self, *, resume: bool = False) -> None:
        """List the account's earlier card-saving links; on opening (``resume``) show the
        latest one's result, or follow it again if the customer may still use it."""
        key = self.context.account.key
        self.context.tasks.start(
            "card-token-history",
            asyncio.to_thread(self.store.saved_cards, key),
            on_success=lambda records: self._show_earlier(records, resume=resume),
            background=True,
            error_context=self.tr("Could not read the card-saving links sent earlier"),
        )

    def _show_earlier(self, records: list[SavedCardRecord], *, resume: bool = False) -> None:
        latest = records[0] if records else None
        if resume and self.mode == "create" and self.record is None and latest is not None:
            self._resume(latest)
        shown = self.record.session_id if self.record is not None else None
        self.earlier.clear()
        for record in records:
            if record.session_id != shown:
                self.earlier.addItem(_summary(record))
        self.earlier_title.setVisible(self.earlier.count() > 0)
        self.earlier.setVisible(self.earlier.count() > 0)

    def _resume(self, record: SavedCardRecord) -> None:
        """Reopened: show the latest link's result, or follow it again if still open."""
        expired = record.expires_at is not None and record.expires_at <= datetime.now(UTC)
        if record.state == SavedCardState.WAITING and expired:
            return  # nothing can come of it; it stays in the list below
        self.record = record
        self.session_id = record.session_id
        self.email.setText(record.customer_email or "")
        self.phone.setText(format_phone_display(record.customer_phone or ""))
        self.customer_id.setText(record.customer_id or "")
        if record.expires_at is not None:
            self.expires.clearMinimumDateTime()
            self.expires.setDateTime(
                QDateTime.fromSecsSinceEpoch(int(record.expires_at.timestamp()))
            )
        index = self.currency.findText(record.currency)
        if index >= 0:
            self.currency.setCurrentIndex(index)
        self.reference.setText(record.merchant_reference)
        self._show_url(record.url)
        if record.state == SavedCardState.SAVED:
            self._show_result(record)
            self._set_mode("done")
        elif record.state == SavedCardState.WAITING:
            self.state.setText(self.tr("Waiting for the customer to enter the card…"))
            self._follow(record)
        else:
            self.state.setText(
                self.tr("The card-saving link is {state}. No card was saved.").format(
                    state=record.state
                )
            )
            self._set_mode("done")

    # ------------------------------------------------------------------ creating
    def _reset_expiry(self) -> None:
        """A week from now, as Dintero's card-saving links usually last."""
        now = QDateTime.currentDateTime()
        self.expires.setMinimumDateTime(now.addSecs(15 * 60))
        self.expires.setDateTime(now.addDays(7))

    def _currency_changed(self, currency: str) -> None:
        region = phone_region(currency, self.context.account.currency)
        self.phone.setPlaceholderText(phone_example(region))
        self.phone.setToolTip(phone_tooltip(region))

    def _request(self) -> PaymentTokenSessionRequest | None:
        phone = None
        if self.phone.text().strip():
            try:
                region = phone_region(self.currency.currentText(), self.context.account.currency)
                phone = normalize_phone(self.phone.text(), region)
            except PhoneError as error:
                self.error.setText(str(error))
                return None
        email = self.email.text().strip() or None
        if email is not None and "@" not in email:
            self.error.setText(self.tr('"{email}" is not an e-mail address').format(email=email))
            return None
        if not self.reference.text().strip():
            self.error.setText(self.tr("Enter a reference"))
            return None
        try:
            metadata = parse_metadata(self.metadata.text())
        except UserInputError as error:
            self.error.setText(str(error))
            return None
        terms = self.terms_url.text().strip() or None
        if terms is not None and not terms.startswith("https://"):
            self.error.setText(self.tr("The merchant terms must be an https:// address"))
            return None
        expires_at = self.expires.dateTime().toPython()
        assert isinstance(expires_at, datetime)
        expires_at = expires_at.astimezone(UTC)
        if expires_at <= datetime.now(UTC):
            self.error.setText(self.tr("The link must expire in the future"))
            return None
        self.error.clear()
        account = self.context.account
        customer_id = self.customer_id.text().strip() or None
        customer = None
        if phone or email or customer_id:
            customer = Customer(customer_id=customer_id, email=email, phone_number=phone)
        return PaymentTokenSessionRequest(
            merchant_reference=self.reference.text().strip(),
            merchant_reference_2=self.reference_2.text().strip() or None,
            currency=self.currency.currentText(),
            return_url=account.return_url,
            callback_url=account.callback_url,
            merchant_terms_url=terms,
            customer=customer,
            expires_at=expires_at,
            metadata=metadata,
            profile_id=account.profile_id,
        )

    def create_link(self) -> None:
        if self.mode != "create":
            return
        request = self._request()
        if request is None:
            return
        self.context.tasks.start(
            "card-token",
            self._run(request),
            on_success=self._done,
            on_error=self._failed,
            busy=[self.create_button],
            error_context=self.tr("Could not create the card-saving link"),
        )

    def _follow(self, record: SavedCardRecord) -> None:
        self._set_mode("waiting")
        self.context.tasks.start(
            "card-token",
            self._watch(record),
            on_success=self._done,
            on_error=self._failed,
            error_context=self.tr("Stopped following the card-saving link"),
        )

    def _failed(self, _: BaseException) -> bool:
        # Created but not followed to the end: it stays "waiting" in the history and is
        # followed again when the dialog is reopened.
        self._set_mode("done" if self.session_id else "create")
        return False

    def _show_url(self, url: str) -> None:
        self.url.setText(url)
        self.url.setCursorPosition(0)
        self.copy_button.setEnabled(bool(url))
        if url:
            self.qr.setPixmap(qr_pixmap(url, scale=3))

    async def _run(self, request: PaymentTokenSessionRequest) -> SavedCard | None:
        record = await create_card_saving(
            self.context.client, self.context.account, self.store, request
        )
        self._show_url(record.url)
        self._set_mode("waiting")
        self.session_id = record.session_id
        self.record = record
        return await self._watch(record)

    async def _watch(self, record: SavedCardRecord) -> SavedCard | None:
        self.state.setText(self.tr("Waiting for the customer to enter the card…"))
        watch = CardSavingWatch(self.context.client, self.store, record, self)
        return await follow(watch, interval_s=self.poll_interval_s)

    # -- the desk's listener ----------------------------------------------------------
    def card_saving_state(self, text: str) -> None:
        self.state.setText(text)

    def card_saving_ended(self, record: SavedCardRecord, saved: SavedCard | None) -> None:
        self.record = record
        if saved is None:
            self.state.setText(
                self.tr("The card-saving link is {state}. No card was saved.").format(
                    state=record.state
                )
            )

    def _done(self, saved: SavedCard | None) -> None:
        self._set_mode("done")
        self.close_button.setFocus()
        if saved is None or self.record is None:
            return
        self.saved = saved
        self._show_result(self.record)

    def _show_result(self, record: SavedCardRecord) -> None:
        card = " ".join(part for part in (record.brand, record.masked_pan) if part)
        when = record.saved_at.astimezone().strftime("%d.%m.%Y %H:%M") if record.saved_at else "—"
        # The customer's e-mail and Dintero's card fields are data, never markup.
        self.state.setText(
            self.tr(
                "<b>Card saved</b> {when} for {customer}.<br>Token reference: "
                "<b>{token}</b><br>Card: {card}<br>Transaction: {transaction}"
            ).format(
                when=when,
                customer=escape(_customer(record)),
                token=escape(record.token_reference or "—"),
                card=escape(card or "—")
                + (f" · {escape(record.card_expiry)}" if record.card_expiry else ""),
                transaction=escape(record.transaction_id or "—"),
            )
        )

    def _stop(self) -> None:
        self.context.tasks.cancel("card-token")
        self.context.tasks.cancel("card-token-history")

    def closeEvent(self, event: QCloseEvent) -> None:
        self._stop()
        super().closeEvent(event)


def _customer(record: SavedCardRecord) -> str:
    who = [format_phone_display(record.customer_phone)] if record.customer_phone else []
    if record.customer_email:
        who.append(record.customer_email)
    return " · ".join(who) or QCoreApplication.translate("CardTokenDialog", "the customer")


def _summary(record: SavedCardRecord) -> str:
    when = record.created_at.astimezone().strftime("%d.%m.%Y %H:%M")
    if record.state == SavedCardState.SAVED:
        result = QCoreApplication.translate("CardTokenDialog", "token {reference}").format(
            reference=record.token_reference or "—"
        )
    elif record.state == SavedCardState.WAITING:
        result = QCoreApplication.translate("CardTokenDialog", "no card saved yet")
    else:
        result = QCoreApplication.translate("CardTokenDialog", "{state}, no card saved").format(
            state=record.state
        )
    return f"{when}   {_customer(record)}   {record.merchant_reference}   {result}"
