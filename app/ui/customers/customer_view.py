"""One customer on one screen: every link, payment and saved card for a phone or e-mail.

Reached from the link view, the transaction detail and its own search (a number is
found however it is written). A saved card is charged from here; a payment opens in
the transactions page.
"""

from __future__ import annotations

import asyncio

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.phone import format_phone_display
from app.desk.card_charging import ChargeReport, why_not_chargeable
from app.desk.customers import CustomerKey, CustomerOverview, customer_key, load_customer
from app.desk.link_status import state_label
from app.desk.wording import money, status_label, when
from app.storage.journal import OPEN_OUTCOMES, JournalEntry, Outcome
from app.storage.links import LinkStore, SavedCardRecord
from app.ui import style
from app.ui.context import AccountContext
from app.ui.customers.charge_dialog import ChargeCardDialog, card_label
from app.ui.focus_order import chain, tab_leaves_tables
from app.ui.links.phone_region import phone_region
from app.ui.style import Tone

__all__ = ["CustomerDialog"]

LOAD_TASK = "customer-view"


def _table(columns: list[str], parent: QWidget, name: str) -> QTableWidget:
    table = QTableWidget(0, len(columns), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(columns)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]], keys: list[object]) -> None:
    table.setRowCount(len(rows))
    for r, (cells, key) in enumerate(zip(rows, keys, strict=True)):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, key)
            table.setItem(r, c, item)


class CustomerDialog(QDialog):
    """Non-modal; reads run on the account's task runner and stop with the dialog."""

    open_transaction_requested = Signal(str)

    def __init__(
        self,
        context: AccountContext,
        store: LinkStore,
        text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("customerDialog")
        self.setWindowTitle(self.tr("Customer"))
        self.context = context
        self.store = store
        self.overview: CustomerOverview | None = None
        self.charge_dialog: ChargeCardDialog | None = None
        self.resize(900, 640)
        layout = QVBoxLayout(self)
        search = QHBoxLayout()
        self.search = QLineEdit(text, self)
        self.search.setObjectName("customerSearch")
        self.search.setPlaceholderText(self.tr("Phone number or e-mail, e.g. 426 21 565"))
        self.search.setAccessibleName(self.tr("Customer phone or e-mail"))
        self.find_button = QPushButton(self.tr("&Find"), self)
        self.find_button.setDefault(True)
        label = QLabel(self.tr("&Customer:"), self)
        label.setBuddy(self.search)
        search.addWidget(label)
        search.addWidget(self.search, 1)
        search.addWidget(self.find_button)
        layout.addLayout(search)
        self.summary = QLabel(self)
        self.summary.setObjectName("customerSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        cards_title = self.tr("Saved cards")
        cards_box = QGroupBox(cards_title, self)
        cards_layout = QVBoxLayout(cards_box)
        self.cards = _table(
            [self.tr("Card"), self.tr("Saved"), self.tr("Customer id"), self.tr("Can be charged")],
            cards_box,
            "customerCards",
        )
        self.cards.setAccessibleName(cards_title)
        cards_layout.addWidget(self.cards)
        card_buttons = QHBoxLayout()
        self.charge_button = QPushButton(self.tr("C&harge selected card…"), cards_box)
        self.charge_button.setObjectName("chargeCardButton")
        self.charge_button.setEnabled(False)
        card_buttons.addWidget(self.charge_button)
        card_buttons.addStretch(1)
        cards_layout.addLayout(card_buttons)
        layout.addWidget(cards_box, 1)

        payments_title = self.tr("Payments")
        payments_box = QGroupBox(payments_title, self)
        payments_layout = QVBoxLayout(payments_box)
        self.payments = _table(
            [
                self.tr("Time"),
                self.tr("Amount"),
                self.tr("Status"),
                self.tr("Reference"),
                self.tr("Transaction"),
            ],
            payments_box,
            "customerPayments",
        )
        self.payments.setAccessibleName(payments_title)
        self.payments.setToolTip(self.tr("Double-click a payment to open it"))
        self.payments.setAccessibleDescription(self.tr("Press Enter on a payment to open it"))
        payments_layout.addWidget(self.payments)
        layout.addWidget(payments_box, 1)

        links_title = self.tr("Payment links")
        links_box = QGroupBox(links_title, self)
        links_layout = QVBoxLayout(links_box)
        self.links = _table(
            [self.tr("Created"), self.tr("Amount"), self.tr("State"), self.tr("Reference")],
            links_box,
            "customerLinks",
        )
        self.links.setAccessibleName(links_title)
        links_layout.addWidget(self.links)
        layout.addWidget(links_box, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        chain(
            [
                self.search,
                self.find_button,
                self.cards,
                self.charge_button,
                self.payments,
                self.links,
                self.close_button,
            ]
        )
        tab_leaves_tables(self)
        self.search.setFocus()

        self.find_button.clicked.connect(self.find_customer)
        self.search.returnPressed.connect(self.find_customer)
        self.cards.itemSelectionChanged.connect(self._card_selected)
        self.charge_button.clicked.connect(self.charge_selected)
        self.payments.itemDoubleClicked.connect(self._payment_opened)
        self.payments.itemActivated.connect(self._payment_opened)  # Enter, by keyboard
        self.finished.connect(lambda _: self.context.tasks.cancel(LOAD_TASK))
        if text:
            self.find_customer()

    # ------------------------------------------------------------------ loading
    def find_customer(self) -> None:
        region = phone_region(self.context.account.currency, self.context.account.currency)
        try:
            key = customer_key(self.search.text(), region)
        except ValueError as error:
            style.apply(self.summary, Tone.ERROR)
            self.summary.setText(str(error))
            return
        self.load(key)

    def load(self, key: CustomerKey) -> None:
        style.apply(self.summary, Tone.MUTED)
        self.summary.setText(self.tr("Looking up {who}…").format(who=_who(key)))
        self.context.tasks.start(
            LOAD_TASK,
            self._read(key),
            on_success=self.show_overview,
            busy=[self.find_button],
            error_context=self.tr("Could not look up the customer"),
        )

    async def _read(self, key: CustomerKey) -> CustomerOverview:
        journal = await asyncio.to_thread(self.context.services.stores.journal)
        return await load_customer(
            self.context.client, self.store, journal, self.context.account.key, key
        )

    def show_overview(self, overview: CustomerOverview) -> None:
        self.overview = overview
        style.apply(self.summary, None)
        self.summary.setText(
            self.tr("{who}: {links} link(s), {payments} payment(s), {cards} saved card(s)").format(
                who=_who(overview.key),
                links=len(overview.links),
                payments=len(overview.payments),
                cards=len(overview.cards),
            )
        )
        _fill(
            self.cards,
            [
                [
                    card_label(card),
                    when(card.saved_at) if card.saved_at else self.tr("not yet"),
                    card.customer_id or "",
                    self._why_not(card) or self.tr("Yes"),
                ]
                for card in overview.cards
            ],
            list(overview.cards),
        )
        rows, keys = self._payment_rows(overview)
        _fill(self.payments, rows, keys)
        _fill(
            self.links,
            [
                [
                    when(link.created_at),
                    money(link.amount, link.currency),
                    state_label(link.state)[0],
                    link.merchant_reference,
                ]
                for link in overview.links
            ],
            [link.transaction_id or "" for link in overview.links],
        )
        self._card_selected()

    def _why_not(self, card: SavedCardRecord) -> str | None:
        """Why the card cannot be charged now, an unconfirmed earlier charge included."""
        reason = why_not_chargeable(card)
        if reason is not None or self.overview is None:
            return reason
        for charge in self.overview.charges:
            if charge.target_id == card.session_id and charge.outcome in OPEN_OUTCOMES:
                return self.tr(
                    "An earlier charge ({reference}) is not confirmed: open the card and "
                    "check it first."
                ).format(reference=charge.reference or "")
        return None

    def _payment_rows(self, overview: CustomerOverview) -> tuple[list[list[str]], list[object]]:
        rows: list[list[str]] = []
        keys: list[object] = []
        seen: set[str] = set()
        for payment in overview.payments:
            seen.add(payment.merchant_reference or "")
            rows.append(
                [
                    when(payment.created_at),
                    money(payment.amount, payment.currency),
                    status_label(payment.status),
                    payment.merchant_reference or "",
                    payment.id,
                ]
            )
            keys.append(payment.id)
        for charge in overview.charges:
            if charge.reference in seen:
                continue
            rows.append(_charge_row(charge))
            keys.append("")
        return rows, keys

    # ------------------------------------------------------------------ actions
    def selected_card(self) -> SavedCardRecord | None:
        items = self.cards.selectedItems()
        if not items:
            return None
        card = items[0].data(Qt.ItemDataRole.UserRole)
        return card if isinstance(card, SavedCardRecord) else None

    def _card_selected(self) -> None:
        card = self.selected_card()
        # An unconfirmed charge still opens the card: its dialog checks it.
        self.charge_button.setEnabled(card is not None and why_not_chargeable(card) is None)

    def charge_selected(self) -> ChargeCardDialog | None:
        card = self.selected_card()
        if card is None:
            return None
        if self.charge_dialog is not None:
            self.charge_dialog.close()
        dialog = ChargeCardDialog(self.context, self.store, card, self)
        dialog.charged.connect(self._charged)
        self.charge_dialog = dialog
        dialog.open()
        return dialog

    def _charged(self, _report: ChargeReport) -> None:
        if self.overview is not None:
            self.load(self.overview.key)

    def _payment_opened(self, item: QTableWidgetItem) -> None:
        if not self.isVisible():
            return  # a double-click is also an activation: opened once
        transaction_id = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(transaction_id, str) and transaction_id:
            self.open_transaction_requested.emit(transaction_id)
            self.close()  # the payment opens behind this window


def _who(key: CustomerKey) -> str:
    return format_phone_display(key.phone) if key.phone else key.email or ""


def _charge_outcome(charge: JournalEntry) -> str:
    """A saved-card charge Dintero has no payment for (yet), in words."""
    if charge.outcome is Outcome.FAILED:
        return QCoreApplication.translate("CustomerDialog", "Not charged")
    if charge.outcome is Outcome.SUCCEEDED:
        return QCoreApplication.translate("CustomerDialog", "Charged")
    return QCoreApplication.translate("CustomerDialog", "Charge not confirmed")


def _charge_row(charge: JournalEntry) -> list[str]:
    amount = money(charge.amount or 0, charge.currency or "")
    return [when(charge.created_at), amount, _charge_outcome(charge), charge.reference or "", ""]
