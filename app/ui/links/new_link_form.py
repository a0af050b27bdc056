"""The phone-order form: lines, shipping, currency, reference, customer, expiry, options.

Validation happens in the form, inline: each wrong field gets a red border and its
message under it, in words a shop assistant understands. Ctrl+Enter creates the link.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.money import SUPPORTED_CURRENCIES
from app.core.phone import PhoneError, format_phone_display, is_mobile_number, normalize_phone
from app.core.references import new_merchant_reference
from app.desk.customer_texts import CUSTOMER_LANGUAGES
from app.desk.link_draft import LinkDraft
from app.storage.links import LinkRecord
from app.ui import style
from app.ui.icon_set import action_icon
from app.ui.language import LANGUAGE_NAMES
from app.ui.links.line_row import mark_invalid
from app.ui.links.lines_editor import LinesEditor, LinesInvalid
from app.ui.links.phone_region import phone_example, phone_region, phone_tooltip
from app.ui.style import Tone

__all__ = ["EXPIRY_CHOICES", "MAX_REFERENCE_LENGTH", "NewLinkForm"]

#: The longest merchant reference the form takes. Staff read it out on the phone and it
#: heads the link's history row and view; longer ones are cut off as they are typed.
MAX_REFERENCE_LENGTH = 64
#: An international number with spaces and a "+" fits easily (E.164 has 15 digits).
MAX_PHONE_LENGTH = 32
#: The longest e-mail address there can be (RFC 5321 path limit).
MAX_EMAIL_LENGTH = 254

EXPIRY_CHOICES: tuple[tuple[str, timedelta | None], ...] = (
    (QT_TRANSLATE_NOOP("NewLinkForm", "1 day"), timedelta(days=1)),
    (QT_TRANSLATE_NOOP("NewLinkForm", "1 week"), timedelta(days=7)),
    (QT_TRANSLATE_NOOP("NewLinkForm", "1 month"), timedelta(days=30)),
    (QT_TRANSLATE_NOOP("NewLinkForm", "Custom time…"), None),
)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_TEST_SMS_NOTE = QT_TRANSLATE_NOOP(
    "NewLinkForm",
    "This is a TEST account: Dintero sends no SMS in test and reports it as skipped. "
    "Copy the link or show the QR code instead.",
)
_PRODUCTION_SMS_NOTE = QT_TRANSLATE_NOOP(
    "NewLinkForm", "Dintero sends the link by SMS to the customer's mobile number."
)


class FieldMessage(QLabel):
    """The red message under a field; hidden while there is nothing to say."""

    tone = Tone.ERROR

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)  # messages quote what was typed
        style.apply(self, self.tone)
        self.setWordWrap(True)
        self.hide()

    def say(self, message: str | None) -> None:
        self.setText(message or "")
        self.setVisible(bool(message))


class FieldWarningMessage(FieldMessage):
    """An amber note under a field: worth a second look, but nothing is blocked."""

    tone = Tone.WARNING


class NewLinkForm(QWidget):
    """Emits ``create_requested(LinkDraft)`` when staff ask for a link and everything is valid."""

    create_requested = Signal(object)  # LinkDraft

    def __init__(
        self, clock: Callable[[], datetime] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newLinkForm")
        self.clock = clock or (lambda: datetime.now(UTC))
        self.account_currency: str | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 8, 12, 8)

        title_row = QHBoxLayout()
        title = QLabel(self.tr("<b>New payment link</b>"), self)
        title_row.addWidget(title)
        title_row.addStretch(1)
        # A push button reserves room for its menu arrow; a tool button drew it over the text.
        self.templates_button = QPushButton(self.tr("Te&mplates"), self)
        self.templates_button.setAccessibleName(self.tr("Order templates"))
        title_row.addWidget(self.templates_button)
        self.card_button = QToolButton(self)
        self.card_button.setText(self.tr("Save a car&d…"))
        self.card_button.setToolTip(self.tr("Send a link where a returning customer saves a card"))
        title_row.addWidget(self.card_button)
        outer.addLayout(title_row)

        self.lines = LinesEditor("NOK", self)
        outer.addWidget(self.lines)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        outer.addLayout(form)

        self.currency = QComboBox(self)
        self.currency.addItems(SUPPORTED_CURRENCIES)
        self.currency.setAccessibleName(self.tr("Currency"))
        self.reference = QLineEdit(new_merchant_reference(), self)
        self.reference.setAccessibleName(self.tr("Merchant reference"))
        self.reference.setMaxLength(MAX_REFERENCE_LENGTH)
        self.new_reference = QToolButton(self)
        self.new_reference.setText(self.tr("New"))
        self.new_reference.setToolTip(self.tr("New reference"))
        self.new_reference.setAccessibleName(self.tr("New reference"))
        reference_row = QHBoxLayout()
        reference_row.addWidget(self.reference, 1)
        reference_row.addWidget(self.new_reference)
        reference_row.addSpacing(16)
        currency_label = QLabel(self.tr("C&urrency"), self)
        currency_label.setBuddy(self.currency)
        reference_row.addWidget(currency_label)
        reference_row.addWidget(self.currency)
        self.reference_error = FieldMessage(self)
        form.addRow(self.tr("&Reference"), _stack(self, reference_row, self.reference_error))

        self.phone = QLineEdit(self)
        self.phone.setAccessibleName(self.tr("Customer phone"))
        self.phone.setMaxLength(MAX_PHONE_LENGTH)
        self.phone_hint = QLabel(self)
        style.apply(self.phone_hint, Tone.MUTED)
        self.email = QLineEdit(self)
        self.email.setPlaceholderText(self.tr("kari@example.no"))
        self.email.setAccessibleName(self.tr("Customer e-mail"))
        self.email.setMaxLength(MAX_EMAIL_LENGTH)
        customer_row = QHBoxLayout()
        customer_row.addWidget(self.phone, 1)
        customer_row.addWidget(self.phone_hint)
        customer_row.addSpacing(8)
        customer_row.addWidget(QLabel(self.tr("E-mail"), self))
        customer_row.addWidget(self.email, 1)
        self.customer_language = QComboBox(self)
        self.customer_language.setObjectName("customerLanguage")
        self.customer_language.setAccessibleName(self.tr("The customer's language"))
        self.customer_language.setToolTip(
            self.tr(
                "The language of the payment page and of the message to the customer. "
                "Automatic follows the phone number's country (+47, +46, +45), else English."
            )
        )
        self.customer_language.addItem(self.tr("Automatic"), "")
        for code in CUSTOMER_LANGUAGES:
            self.customer_language.addItem(LANGUAGE_NAMES[code], code)
        customer_row.addSpacing(8)
        customer_row.addWidget(QLabel(self.tr("Customer's language"), self))
        customer_row.addWidget(self.customer_language)
        self.customer_error = FieldMessage(self)
        form.addRow(self.tr("&Phone"), _stack(self, customer_row, self.customer_error))

        self.expiry = QComboBox(self)
        for label, _ in EXPIRY_CHOICES:
            self.expiry.addItem(self.tr(label))
        self.expiry.setAccessibleName(self.tr("Link expires after"))
        self.custom_expiry = QDateTimeEdit(self)
        self.custom_expiry.setCalendarPopup(True)
        self.custom_expiry.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.custom_expiry.setAccessibleName(self.tr("Custom expiry time"))
        self.custom_expiry.hide()
        self.auto_capture = QCheckBox(self.tr("Auto-capture when pa&id"), self)
        expiry_row = QHBoxLayout()
        expiry_row.addWidget(self.expiry)
        expiry_row.addWidget(self.custom_expiry)
        expiry_row.addSpacing(16)
        expiry_row.addWidget(self.auto_capture)
        expiry_row.addStretch(1)
        self.expiry_error = FieldMessage(self)
        form.addRow(self.tr("E&xpires"), _stack(self, expiry_row, self.expiry_error))

        self.send_sms = QCheckBox(self.tr("Send b&y SMS"), self)
        self.sms_note = QLabel(self.tr(_TEST_SMS_NOTE), self)
        self.sms_note.setWordWrap(True)
        style.apply(self.sms_note, Tone.MUTED)
        sms_row = QHBoxLayout()
        sms_row.addWidget(self.send_sms)
        sms_row.addWidget(self.sms_note, 1)
        self.sms_error = FieldMessage(self)
        self.sms_warning = FieldWarningMessage(self)
        self.sms_warning.setObjectName("smsWarning")
        sms_box = _stack(self, sms_row, self.sms_error)
        sms_box_layout = sms_box.layout()
        assert sms_box_layout is not None
        sms_box_layout.addWidget(self.sms_warning)
        form.addRow("", sms_box)

        buttons = QHBoxLayout()
        self.summary = QLabel(self)
        style.apply(self.summary, Tone.MUTED)
        buttons.addWidget(self.summary, 1)
        self.clear_button = QPushButton(self.tr("Cl&ear"), self)
        self.create_button = QPushButton(self.tr("&Create link"), self)
        self.create_button.setIcon(action_icon("send"))
        self.create_button.setObjectName("createLink")
        self.create_button.setDefault(False)
        self.create_button.setToolTip(self.tr("Create the payment link (Ctrl+Enter)"))
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.create_button)
        outer.addLayout(buttons)
        outer.addStretch(1)

        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.submit)
        self.create_button.clicked.connect(self.submit)
        self.clear_button.clicked.connect(self.clear)
        self.new_reference.clicked.connect(lambda: self.reference.setText(new_merchant_reference()))
        self.currency.currentTextChanged.connect(self._currency_changed)
        self.expiry.currentIndexChanged.connect(self._expiry_changed)
        self.phone.editingFinished.connect(self._phone_finished)
        self.phone.textChanged.connect(lambda: self._clear(self.phone, self.customer_error))
        self.phone.textChanged.connect(self._update_sms_warning)
        self.email.textChanged.connect(lambda: self._clear(self.email, self.customer_error))
        self.reference.textChanged.connect(
            lambda: self._clear(self.reference, self.reference_error)
        )
        self.send_sms.toggled.connect(lambda: self.sms_error.say(None))
        self.send_sms.toggled.connect(self._update_sms_warning)
        self._currency_changed(self.currency.currentText())

    def focus_order(self) -> list[QWidget]:
        """The form's fields and buttons in reading order, lines first."""
        return [
            *self.lines.focus_order(),
            self.reference,
            self.new_reference,
            self.currency,
            self.phone,
            self.email,
            self.customer_language,
            self.expiry,
            self.custom_expiry,
            self.auto_capture,
            self.send_sms,
            self.clear_button,
            self.create_button,
        ]

    # ------------------------------------------------------------------ account
    def set_account(self, currency: str, *, production: bool) -> None:
        self.account_currency = currency
        index = self.currency.findText(currency)
        if index < 0:
            self.currency.addItem(currency)
            index = self.currency.findText(currency)
        self.currency.setCurrentIndex(index)
        self._currency_changed(currency)
        self.sms_note.setText(self.tr(_PRODUCTION_SMS_NOTE if production else _TEST_SMS_NOTE))

    def clear(self) -> None:
        self.lines.set_lines((), None)
        self.reference.setText(new_merchant_reference())
        self.phone.clear()
        self.email.clear()
        self.phone_hint.clear()
        self.expiry.setCurrentIndex(0)
        self.auto_capture.setChecked(False)
        self.send_sms.setChecked(False)
        self.customer_language.setCurrentIndex(0)
        for error in (
            self.reference_error,
            self.customer_error,
            self.expiry_error,
            self.sms_error,
            self.sms_warning,
        ):
            error.say(None)
        self.lines.rows[0].description.setFocus()

    def prefill(self, record: LinkRecord) -> None:
        """Start a new link from an old one: same lines, shipping and customer, new reference."""
        currency, phone, email = record.currency, record.customer_phone, record.customer_email
        index = self.currency.findText(currency)
        if index >= 0:
            self.currency.setCurrentIndex(index)
        self._currency_changed(currency)
        self.lines.set_lines(record.lines, record.shipping)
        self.reference.setText(new_merchant_reference())
        self.phone.setText(format_phone_display(phone) if phone else "")
        self.email.setText(email or "")
        self._phone_finished()

    # ------------------------------------------------------------------ phone region
    @property
    def phone_region(self) -> str:
        """Where a number typed without + belongs: the link's currency's country."""
        return phone_region(self.currency.currentText(), self.account_currency)

    def _currency_changed(self, currency: str) -> None:
        self.lines.set_currency(currency)
        region = self.phone_region
        self.phone.setPlaceholderText(phone_example(region))
        if not self.phone.property("invalid"):
            self.phone.setToolTip(phone_tooltip(region))
        self._phone_finished()

    def _update_sms_warning(self) -> None:
        """Warn (without blocking) when the SMS would go to a number that is not a mobile."""
        text = self.phone.text().strip()
        message = None
        if self.send_sms.isChecked() and text:
            try:
                number = normalize_phone(text, self.phone_region)
            except PhoneError:
                number = None
            if number is not None and not is_mobile_number(number):
                message = self.tr(
                    "{number} looks like a landline: it may not receive the SMS. Check the "
                    "number with the customer, or copy the link and send it another way."
                ).format(number=format_phone_display(number))
        self.sms_warning.say(message)

    # ------------------------------------------------------------------ validation
    def _clear(self, widget: QWidget, error: FieldMessage) -> None:
        if widget.property("invalid"):
            mark_invalid(widget, None)
            error.say(None)
            if widget is self.phone:
                self.phone.setToolTip(phone_tooltip(self.phone_region))

    def _phone_finished(self) -> None:
        text = self.phone.text().strip()
        if not text:
            self.phone_hint.clear()
            return
        try:
            self.phone_hint.setText(format_phone_display(normalize_phone(text, self.phone_region)))
        except PhoneError:
            self.phone_hint.clear()
        self._update_sms_warning()

    def _expiry_changed(self, index: int) -> None:
        custom = EXPIRY_CHOICES[index][1] is None
        if custom:
            start = self.clock() + timedelta(days=3)
            self.custom_expiry.setDateTime(QDateTime.fromSecsSinceEpoch(int(start.timestamp())))
        self.custom_expiry.setVisible(custom)
        self.expiry_error.say(None)

    def expires_at(self) -> datetime:
        span = EXPIRY_CHOICES[self.expiry.currentIndex()][1]
        if span is not None:
            return self.clock() + span
        seconds = self.custom_expiry.dateTime().toSecsSinceEpoch()
        return datetime.fromtimestamp(seconds, UTC)

    def read(self) -> LinkDraft | None:
        """The validated draft, or None after marking every problem on the form."""
        ok = True
        try:
            lines, shipping = self.lines.read()
        except LinesInvalid:
            ok = False
            lines, shipping = (), None

        reference = self.reference.text().strip()
        if not reference:
            mark_invalid(self.reference, self.tr("Enter a reference"))
            self.reference_error.say(self.tr("Enter a reference the customer can quote"))
            ok = False

        phone: str | None = None
        problems: list[str] = []
        if self.phone.text().strip():
            try:
                phone = normalize_phone(self.phone.text(), self.phone_region)
            except PhoneError as error:
                mark_invalid(self.phone, str(error))
                problems.append(str(error))
        email = self.email.text().strip() or None
        if email is not None and not _EMAIL.match(email):
            mark_invalid(self.email, self.tr("Check the e-mail address"))
            problems.append(
                self.tr('"{email}" is not an e-mail address, for example kari@example.no').format(
                    email=email
                )
            )
        self.customer_error.say("\n".join(problems) or None)
        ok = ok and not problems

        expires_at = self.expires_at()
        if expires_at <= self.clock() + timedelta(minutes=5):
            self.expiry_error.say(self.tr("Choose an expiry time at least a few minutes from now"))
            ok = False
        else:
            self.expiry_error.say(None)

        if self.send_sms.isChecked() and phone is None and not problems:
            self.sms_error.say(
                self.tr("Enter the customer's mobile number to send the link by SMS")
            )
            mark_invalid(self.phone, self.tr("A mobile number is needed for SMS"))
            ok = False
        else:
            self.sms_error.say(None)

        self._update_sms_warning()
        if not ok:
            self._focus_first_problem()
            return None
        return LinkDraft(
            currency=self.currency.currentText(),
            merchant_reference=reference,
            lines=lines,
            shipping=shipping,
            phone=phone,
            email=email,
            expires_at=expires_at,
            auto_capture=self.auto_capture.isChecked(),
            send_sms=self.send_sms.isChecked(),
            customer_language=str(self.customer_language.currentData() or ""),
        )

    def _focus_first_problem(self) -> None:
        """After a refused Create, put the cursor where the first problem is."""
        fields: list[QWidget] = []
        for row in self.lines.rows:
            fields += [row.description, row.quantity, row.price, row.vat]
        lines = self.lines
        fields += [lines.shipping_title, lines.shipping_price, lines.shipping_vat]
        fields += [self.reference, self.phone, self.email]
        target = next((w for w in fields if w.property("invalid") and w.isVisibleTo(self)), None)
        if target is None and self.expiry_error.text():
            target = self.custom_expiry if self.custom_expiry.isVisibleTo(self) else self.expiry
        if target is None and self.sms_error.text():
            target = self.phone
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(target, QLineEdit):
                target.selectAll()

    def submit(self) -> None:
        if not self.create_button.isEnabled():
            return
        draft = self.read()
        if draft is not None:
            self.create_requested.emit(draft)


def _stack(parent: QWidget, row: QHBoxLayout, error: QLabel) -> QWidget:
    box = QWidget(parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addLayout(row)
    layout.addWidget(error)
    return box
