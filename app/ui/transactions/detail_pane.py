"""The detail of one transaction: amounts, lines, events, customer, warnings, actions.

It shows a snapshot handed to it (``show_transaction``) and never fetches by itself;
the page re-reads the transaction from Dintero after every operation and hands the
fresh one here. Buttons are enabled from the ledger's allowed operations; why one is
not offered is written under them (and in the button's tooltip).
"""

from __future__ import annotations

from datetime import UTC, datetime
from html import escape

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.phone import format_phone_display
from app.desk.transaction_notes import (
    auto_capture_note,
    can_extend_authorization,
    expiry_text,
    settlement_text,
)
from app.desk.wording import OPERATION_WORDS, money, product_label, status_label, when
from app.dintero.ledger import Ledger, Operation
from app.dintero.models import Address, Transaction
from app.ui import style
from app.ui.icon_set import action_icon
from app.ui.style import Look, Tone
from app.ui.transactions.events_model import EventsModel
from app.ui.transactions.lines_model import LinesModel
from app.ui.transactions.plugin_warning import plugin_warning

__all__ = ["DetailPane"]

_OPERATION_NAMES = {
    Operation.CAPTURE: QT_TRANSLATE_NOOP("Wording", "Capture"),
    Operation.REFUND: QT_TRANSLATE_NOOP("Wording", "Refund"),
    Operation.VOID: QT_TRANSLATE_NOOP("Wording", "Void"),
}


def _address_text(address: Address | None) -> str:
    if address is None:
        return "—"
    name = " ".join(p for p in (address.first_name, address.last_name) if p)
    parts = [
        name,
        address.business_name or "",
        (address.co_address and f"c/o {address.co_address}") or "",
        address.address_line or "",
        address.address_line_2 or "",
        " ".join(p for p in (address.postal_code, address.postal_place) if p),
        address.country or "",
    ]
    return "\n".join(p for p in parts if p) or "—"


def _selectable(label: QLabel) -> QLabel:
    """A value label: selectable, and plain text (customers type names and addresses)."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


#: Statuses of a payment that did not (yet) go through: nothing to give a receipt for.
_NO_RECEIPT = frozenset({"INITIATED", "ON_HOLD", "DECLINED", "FAILED", "UNKNOWN"})


class DetailPane(QWidget):
    capture_requested = Signal()
    refund_requested = Signal()
    void_requested = Signal()
    extend_requested = Signal()
    retry_order_record_requested = Signal()
    receipt_requested = Signal()
    customer_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("transactionDetail")
        self.transaction: Transaction | None = None
        self.ledger: Ledger | None = None
        self._busy = False

        self.title = _selectable(QLabel(self.tr("Select a transaction to see its details."), self))
        self.title.setObjectName("detailTitle")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)

        self.state_label = QLabel(self)
        self.state_label.setObjectName("operationState")
        style.apply(self.state_label, Tone.INFO, Look.PANEL)
        self.state_label.setWordWrap(True)
        self.state_label.hide()
        self.order_label = QLabel(self)
        self.order_label.setObjectName("orderRecordState")
        style.apply(self.order_label, Tone.WARNING, Look.PANEL)
        self.order_label.setWordWrap(True)
        self.order_label.hide()
        self.retry_order = QPushButton(self.tr("Retry recording on the order"), self)
        self.retry_order.setObjectName("retryOrderRecord")
        self.retry_order.hide()
        self.retry_order.clicked.connect(self.retry_order_record_requested)
        self.plugin_label = QLabel(self)
        self.plugin_label.setObjectName("pluginWarning")
        style.apply(self.plugin_label, Tone.WARNING, Look.PANEL)
        self.plugin_label.setWordWrap(True)
        self.plugin_label.hide()

        amounts = QGridLayout()
        self.amount_labels: dict[str, QLabel] = {}
        names = (
            ("authorized", self.tr("Authorized")),
            ("captured", self.tr("Captured")),
            ("refunded", self.tr("Refunded")),
            ("capturable", self.tr("Left to capture")),
            ("refundable", self.tr("Left to refund")),
        )
        for column, (key, text) in enumerate(names):
            caption = QLabel(text, self)
            style.apply(caption, Tone.MUTED)
            value = _selectable(QLabel("—", self))
            value.setObjectName(f"amount_{key}")
            bold = value.font()
            bold.setBold(True)
            value.setFont(bold)
            amounts.addWidget(caption, 0, column)
            amounts.addWidget(value, 1, column)
            self.amount_labels[key] = value

        self.info = QFormLayout()
        self.info.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.status_value = _selectable(QLabel("—", self))
        self.product_value = _selectable(QLabel("—", self))
        self.reference_value = _selectable(QLabel("—", self))
        self.session_value = QLabel("—", self)
        self.session_value.setTextFormat(Qt.TextFormat.RichText)  # a link; the id escaped
        self.session_value.setOpenExternalLinks(True)
        self.session_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.session_value.setAccessibleName(self.tr("Payment link session"))
        self.expiry_value = QLabel("—", self)
        self.expiry_value.setObjectName("authorizationExpiry")
        self.expiry_value.setWordWrap(True)
        self.extend_button = QPushButton(self.tr("E&xtend authorization…"), self)
        self.extend_button.setObjectName("extendAuthorization")
        self.extend_button.setToolTip(
            self.tr("Ask Klarna for 28 more days to capture (up to 6 months)")
        )
        self.extend_button.clicked.connect(self.extend_requested)
        self.extend_button.hide()
        expiry = QHBoxLayout()
        expiry.setContentsMargins(0, 0, 0, 0)
        expiry.addWidget(self.expiry_value, 1)
        expiry.addWidget(self.extend_button, 0, Qt.AlignmentFlag.AlignTop)
        self.settlement_value = _selectable(QLabel("—", self))
        self.settlement_value.setObjectName("settlement")
        self.auto_capture_label = QLabel(self)
        self.auto_capture_label.setObjectName("autoCaptureNote")
        self.auto_capture_label.setWordWrap(True)
        self.auto_capture_label.setTextFormat(Qt.TextFormat.PlainText)
        style.apply(self.auto_capture_label, Tone.INFO)
        self.auto_capture_label.hide()
        self.info.addRow(self.tr("Status:"), self.status_value)
        self.info.addRow(self.tr("Payment method:"), self.product_value)
        self.info.addRow(self.tr("Merchant reference:"), self.reference_value)
        # With the account's Orders API setting on, the merchant reference is the order id,
        # shown as such instead.
        self.orders_api = False
        self.order_value = _selectable(QLabel("—", self))
        self.order_value.setObjectName("orderId")
        self.order_value.setToolTip(
            self.tr("The merchant reference: the order's id in Dintero's Orders API")
        )
        self.info.addRow(self.tr("Order id:"), self.order_value)
        self.info.setRowVisible(self.order_value, False)
        self.info.addRow(self.tr("Session:"), self.session_value)
        self.info.addRow(self.tr("Authorization:"), expiry)
        self.info.addRow(self.tr("Settlement:"), self.settlement_value)

        self.capture_button = QPushButton(self.tr("&Capture…"), self)
        self.capture_button.setIcon(action_icon("capture"))
        self.capture_button.setObjectName("captureButton")
        self.refund_button = QPushButton(self.tr("&Refund…"), self)
        self.refund_button.setIcon(action_icon("refund"))
        self.refund_button.setObjectName("refundButton")
        self.void_button = QPushButton(self.tr("&Void…"), self)
        self.void_button.setIcon(action_icon("void"))
        self.void_button.setObjectName("voidButton")
        self.capture_button.clicked.connect(self.capture_requested)
        self.refund_button.clicked.connect(self.refund_requested)
        self.void_button.clicked.connect(self.void_requested)
        self.receipt_button = QPushButton(self.tr("Rece&ipt…"), self)
        self.receipt_button.setObjectName("receiptButton")
        self.receipt_button.setToolTip(self.tr("Print the receipt, save it as PDF or e-mail it"))
        self.receipt_button.clicked.connect(self.receipt_requested)
        self.receipt_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(9, 0, 0, 0)  # in line with the scrolled summary above
        for button in (self.capture_button, self.refund_button, self.void_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.receipt_button)
        self.reasons_label = QLabel(self)
        self.reasons_label.setObjectName("unavailableReasons")
        self.reasons_label.setAccessibleName(self.tr("Why some actions are not offered"))
        style.apply(self.reasons_label, Tone.MUTED)
        self.reasons_label.setWordWrap(True)
        self.reasons_label.setContentsMargins(9, 0, 0, 0)
        self.reasons_label.hide()

        left = QVBoxLayout()
        left.addWidget(self.title)
        left.addLayout(amounts)
        left.addLayout(self.info)
        left.addWidget(self.auto_capture_label)
        left.addWidget(self.plugin_label)
        left.addWidget(self.state_label)
        left.addWidget(self.order_label)
        left.addWidget(self.retry_order, 0, Qt.AlignmentFlag.AlignLeft)
        left.addStretch(1)

        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Transaction details"))
        self.lines_model = LinesModel(self)
        self.lines_view = self._table(self.lines_model, self.tr("Order lines"))
        self.events_model = EventsModel(self)
        self.events_view = self._table(self.events_model, self.tr("Events"))
        self.customer_box = self._customer_box()
        self.tabs.addTab(self.lines_view, self.tr("Lines"))
        self.tabs.addTab(self.events_view, self.tr("Events"))
        self.tabs.addTab(self.customer_box, self.tr("Customer"))

        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        left_widget = QWidget(self)
        left_widget.setLayout(left)
        # Scrolls rather than squeezing the rows when warnings and states pile up.
        left_scroll = self.summary_scroll = QScrollArea(self)
        left_scroll.setAccessibleName(self.tr("Transaction summary"))
        left_scroll.setObjectName("detailSummary")
        left_scroll.setWidget(left_widget)
        left_scroll.setWidgetResizable(True)
        left_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        left_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        left_scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        left_scroll.setMinimumWidth(490)
        summary_column = QVBoxLayout()
        summary_column.setContentsMargins(0, 0, 0, 0)
        summary_column.addWidget(left_scroll, 1)
        summary_column.addLayout(buttons)  # always in sight, however long the summary gets
        summary_column.addWidget(self.reasons_label)
        layout.addLayout(summary_column, 0)
        layout.addWidget(self.tabs, 1)
        self.show_transaction(None)
        # The splitter may not squeeze the summary below what the plain summary needs:
        # a scrollbar only once warnings or states make it longer than that.
        left_scroll.setMinimumHeight(left_widget.sizeHint().height() + 2 * left_scroll.frameWidth())

    def _table(self, model: LinesModel | EventsModel, name: str) -> QTableView:
        view = QTableView(self)
        view.setModel(model)
        view.setAccessibleName(name)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        view.setAlternatingRowColors(True)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # description / what
        return view

    def _customer_box(self) -> QWidget:
        box = QGroupBox(self)
        form = QFormLayout(box)
        self.customer_value = _selectable(QLabel("—", box))
        self.card_value = _selectable(QLabel("—", box))
        self.shipping_value = _selectable(QLabel("—", box))
        self.billing_value = _selectable(QLabel("—", box))
        self.customer_button = QPushButton(self.tr("C&ustomer…"), box)
        self.customer_button.setObjectName("detailCustomer")
        self.customer_button.setToolTip(
            self.tr("Every link, payment and saved card of this customer")
        )
        self.customer_button.setEnabled(False)
        self.customer_button.clicked.connect(self.customer_requested)
        who = QHBoxLayout()
        who.addWidget(self.customer_value, 1)
        who.addWidget(self.customer_button)
        form.addRow(self.tr("Customer:"), who)
        form.addRow(self.tr("Card:"), self.card_value)
        form.addRow(self.tr("Shipping address:"), self.shipping_value)
        form.addRow(self.tr("Billing address:"), self.billing_value)
        return box

    # ------------------------------------------------------------------ content
    def show_transaction(self, transaction: Transaction | None, session_url: str = "") -> None:
        self.transaction = transaction
        self.receipt_button.setEnabled(
            transaction is not None and str(transaction.status) not in _NO_RECEIPT
        )
        self.ledger = Ledger(transaction) if transaction is not None else None
        self.lines_model.set_ledger(self.ledger)
        self.events_model.set_transaction(transaction)
        if transaction is None or self.ledger is None:
            self.title.setText(self.tr("Select a transaction to see its details."))
            for label in self.amount_labels.values():
                label.setText("—")
            for label in (self.status_value, self.product_value, self.reference_value):
                label.setText("—")
            self.order_value.setText("—")
            self.info.setRowVisible(self.order_value, False)
            self.info.setRowVisible(self.reference_value, True)
            self.session_value.setText("—")
            self.expiry_value.setText("—")
            self.settlement_value.setText("—")
            self.extend_button.hide()
            self.auto_capture_label.hide()
            self.plugin_label.hide()
            self.customer_value.setText("—")
            self.customer_button.setEnabled(False)
            self.card_value.setText("—")
            self.shipping_value.setText("—")
            self.billing_value.setText("—")
            self.set_operation_state("")
            self.set_order_record_state("", retryable=False)
            self._update_buttons()
            return
        ledger = self.ledger
        currency = transaction.currency
        self.title.setText(
            self.tr("{id}  ·  created {created_at}").format(
                id=transaction.id, created_at=when(transaction.created_at)
            )
        )
        figures = {
            "authorized": ledger.authorized,
            "captured": ledger.captured,
            "refunded": ledger.refunded,
            "capturable": ledger.remaining_capturable,
            "refundable": ledger.remaining_refundable,
        }
        for key, value in figures.items():
            self.amount_labels[key].setText(money(value, currency))
        pending = ", ".join(
            self.tr("{operation} of {amount}").format(
                operation=OPERATION_WORDS[p.operation].verb, amount=money(p.amount, currency)
            )
            for p in ledger.pending
        )
        status = status_label(str(transaction.status))
        self.status_value.setText(
            self.tr("{status} — pending: {pending}").format(status=status, pending=pending)
            if pending
            else status
        )
        self.product_value.setText(
            product_label(transaction.payment_product_type or transaction.payment_product or "")
            or "—"
        )
        self.reference_value.setText(transaction.merchant_reference or "—")
        self.order_value.setText(transaction.merchant_reference or "—")
        is_order = self.orders_api and bool(transaction.merchant_reference)
        self.info.setRowVisible(self.order_value, is_order)  # the same id: one row of it
        self.info.setRowVisible(self.reference_value, not is_order)
        if transaction.session_id:
            target = session_url or ""
            self.session_value.setText(
                self.tr('<a href="{escape}">{escape2}</a>').format(
                    escape=escape(target), escape2=escape(transaction.session_id)
                )
                if target
                else escape(transaction.session_id)
            )
            self.session_value.setToolTip(self.tr("Open the payment page of this session"))
        else:
            self.session_value.setText("—")
        now = datetime.now(UTC)
        self.expiry_value.setText(expiry_text(transaction, now))
        self.extend_button.setVisible(can_extend_authorization(transaction))
        self.settlement_value.setText(settlement_text(transaction) or "—")
        auto = auto_capture_note(transaction, now)
        self.auto_capture_label.setText(auto)
        self.auto_capture_label.setVisible(bool(auto))
        warning = plugin_warning(transaction.initiating_system_request_headers)
        self.plugin_label.setText(warning or "")
        self.plugin_label.setVisible(bool(warning))
        customer = transaction.customer
        contact = []
        if customer is not None:
            phone = format_phone_display(customer.phone_number) if customer.phone_number else ""
            contact = [p for p in (customer.email, phone) if p]
        self.customer_value.setText("\n".join(contact) or "—")
        self.customer_button.setEnabled(bool(contact))
        card = transaction.card
        if card is not None and card.masked_pan:
            self.card_value.setText(
                " ".join(p for p in (card.brand, card.masked_pan) if p)
                + (
                    self.tr(" (expires {date})").format(date=card.expiry_date)
                    if card.expiry_date
                    else ""
                )
            )
        else:
            self.card_value.setText("—")
        self.shipping_value.setText(_address_text(transaction.shipping_address))
        self.billing_value.setText(_address_text(transaction.billing_address))
        self._update_buttons()

    def customer_text(self) -> str:
        """The shown transaction's customer phone (or else e-mail), to look them up by."""
        customer = self.transaction.customer if self.transaction is not None else None
        if customer is None:
            return ""
        return customer.phone_number or customer.email or ""

    def set_operators(self, operators: dict[str, str]) -> None:
        """Who sent which move from Paydesk (event reference → operator), for "By"."""
        self.events_model.set_operators(operators)

    def unavailable_reasons(self) -> list[str]:
        """Why each action that is not offered is not, as shown under the buttons."""
        if self.ledger is None:
            return []
        if self._busy:
            return [self.tr("An operation on this transaction is still running; wait for it.")]
        refused = {
            QCoreApplication.translate("Wording", name): permission.reason
            for operation, name in _OPERATION_NAMES.items()
            if not (permission := self.ledger.permission(operation)).allowed
        }
        if len(refused) == len(_OPERATION_NAMES) and len(set(refused.values())) == 1:
            return list(set(refused.values()))  # one cause for all (pending, declined)
        return [f"{name} — {reason}" for name, reason in refused.items()]

    def set_busy(self, busy: bool) -> None:
        """While an operation runs on this transaction no other may start."""
        self._busy = busy
        self._update_buttons()

    def set_operation_state(self, text: str) -> None:
        self.state_label.setText(text)
        self.state_label.setVisible(bool(text))

    def set_order_record_state(self, text: str, *, retryable: bool) -> None:
        self.order_label.setText(text)
        self.order_label.setVisible(bool(text))
        self.retry_order.setVisible(retryable)
        if retryable:  # below the fold on a small window: bring the retry into sight
            QTimer.singleShot(0, self, self._reveal_retry)

    def _reveal_retry(self) -> None:
        if self.retry_order.isVisible():
            self.summary_scroll.ensureWidgetVisible(self.retry_order)

    def _update_buttons(self) -> None:
        buttons = {
            Operation.CAPTURE: self.capture_button,
            Operation.REFUND: self.refund_button,
            Operation.VOID: self.void_button,
        }
        for operation, button in buttons.items():
            if self.ledger is None:
                button.setEnabled(False)
                button.setToolTip(self.tr("Select a transaction first."))
                continue
            if self._busy:
                button.setEnabled(False)
                button.setToolTip(self.tr("An operation on this transaction is still running."))
                continue
            permission = self.ledger.permission(operation)
            button.setEnabled(permission.allowed)
            button.setToolTip(permission.reason if not permission.allowed else "")
        reasons = self.unavailable_reasons()
        self.reasons_label.setText("\n".join(reasons))
        self.reasons_label.setVisible(bool(reasons))
