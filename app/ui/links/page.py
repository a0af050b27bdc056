"""The Payment links desk: history on the left; the new-link form or one link on the right.

All network and disk work goes through task runners: the account's for anything that
talks to Dintero or belongs to the account (cancelled on account switch), the page's own
for templates. Confirmations are asked before a task starts, never inside one.

Creating is crash-safe (see ``app.desk.link_creation``): a link whose answer never came
is shown as "not confirmed", followed by looking for it at Dintero by its reference, and
can be sent again with the same reference after staff have checked with the customer —
and "send again" looks first, adopting the link if Dintero has it after all
(``app.desk.link_recovery``), so there are never two live links for one order.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.money import format_amount
from app.core.phone import format_phone_display
from app.desk.customer_texts import language_of_url
from app.desk.journal_rows import cancel_attempt
from app.desk.link_cancel import cancel_session_once
from app.desk.link_creation import LinkNotConfirmed, create_link
from app.desk.link_draft import LinkDraft
from app.desk.link_mail import link_mail, mailto_url
from app.desk.link_payment_state import follow_payment
from app.desk.link_recovery import Resent, resend_link
from app.desk.link_replacement import Replaced, replace_link
from app.desk.link_status import LinkStatus, failure_notice
from app.desk.services import AppServices
from app.desk.shared_database import Changes
from app.desk.wording import product_label, status_label
from app.dintero.models import Transaction
from app.storage.leases import LeaseHolder
from app.storage.links import PENDING_PREFIX, LinkRecord, pending_id
from app.ui import style
from app.ui.context import AccountContext
from app.ui.errors import ErrorPresenter
from app.ui.focus_order import chain, tab_leaves_tables
from app.ui.links.history_panel import HistoryPanel
from app.ui.links.link_view import LinkView
from app.ui.links.new_link_form import NewLinkForm
from app.ui.links.templates_menu import TemplatesMenu
from app.ui.links.tracker import LinkTracker
from app.ui.notifications import NoticeBar, Notification, Notifier
from app.ui.style import Tone
from app.ui.tasks import TaskRunner

if TYPE_CHECKING:  # the dialogs (and the QR code library) load when first opened
    from app.ui.customers.customer_view import CustomerDialog
    from app.ui.links.card_token_dialog import CardTokenDialog

__all__ = ["LinksPage"]

log = logging.getLogger(__name__)


class LinksPage(QWidget):
    """Implements the main window's page contract: ``bind(context | None)``.

    ``open_transaction_requested(transaction_id)``: staff want to see the payment of a
    paid link; the main window switches to Transactions and shows that transaction.
    """

    open_transaction_requested = Signal(str)
    payment_authorized = Signal(str)  # transaction id of a link just seen paid
    #: transaction id: a link followed here was just paid (the transaction list shows it)
    link_paid = Signal(str)

    def __init__(
        self, services: AppServices, errors: ErrorPresenter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("linksPage")
        self.services = services
        self.errors = errors
        self.context: AccountContext | None = None
        self.clock: Callable[[], datetime] = lambda: datetime.now(UTC)
        self.store = services.stores.links()
        self.templates = services.stores.templates()
        self.tasks = TaskRunner(errors, self)
        self.notifier = Notifier(self)
        self.tracker = LinkTracker(
            self.store,
            lambda: self.clock(),
            self,
            leases=services.stores.leases(),
            holder=lambda: LeaseHolder(services.desk_name, services.operator),
        )
        self._cancelling: set[str] = set()
        self._confirm: QDialog | None = None
        self.card_dialog: CardTokenDialog | None = None
        self.customer_dialog: CustomerDialog | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.no_account = QLabel(
            self.tr("No account is selected. Add one under Accounts › Manage accounts."), self
        )
        self.no_account.setMargin(8)
        style.apply(self.no_account, Tone.MUTED)
        layout.addWidget(self.no_account)
        self.notice = NoticeBar(self)
        layout.addWidget(self.notice)
        self.splitter = QSplitter(self)
        layout.addWidget(self.splitter, 1)
        self.history = HistoryPanel(self.splitter)
        self.stack = QStackedWidget(self.splitter)
        self.form = NewLinkForm(lambda: self.clock(), self.stack)
        self.link_view = LinkView(self.stack)
        self.stack.addWidget(self.form)
        self.stack.addWidget(self.link_view)
        self.splitter.addWidget(self.history)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([500, 780])
        self.templates_menu = TemplatesMenu(self.form, self.templates, self.tasks, self)

        self.form.create_requested.connect(self.create_link)
        self.form.card_button.clicked.connect(self.open_card_dialog)
        self.history.search_requested.connect(self.load_history)
        self.history.record_activated.connect(self.show_link)
        self.link_view.back_requested.connect(self.show_form)
        self.link_view.cancel_requested.connect(self.ask_cancel)
        self.link_view.clone_requested.connect(self.clone_link)
        self.link_view.open_transaction_requested.connect(self.open_transaction_requested)
        self.link_view.customer_requested.connect(self.open_customer)
        self.tracker.status_changed.connect(self._status_changed)
        self.tracker.problem.connect(self.link_view.show_problem)
        self.tracker.confirmed.connect(self._confirmed)
        self.link_view.check_requested.connect(self.tracker.refresh)
        self.link_view.resend_requested.connect(self.ask_resend)
        self.link_view.send_again_requested.connect(self.ask_send_again)
        self.link_view.email_requested.connect(self.send_by_email)
        self.notice.open_transaction_requested.connect(self.open_transaction_requested)
        self.notifier.message_clicked.connect(self._balloon_clicked)
        self.notifier.requested.connect(self.notice.show_notification)
        self.form.lines.rows_changed.connect(self._chain_focus)
        self._chain_focus()
        tab_leaves_tables(self)
        self.bind(None)

    def _chain_focus(self) -> None:
        """The page's Tab order, in one place: the notice, the form or the link shown (the
        other is hidden and skipped), the history beside them, the form's secondary tools.
        Called again whenever the form's lines change."""
        form, view, history = self.form, self.link_view, self.history
        chain(
            [
                self.notice.close_button,
                *form.focus_order(),
                view.check_button,
                view.resend_button,
                view.url,
                view.copy_button,
                view.open_button,
                view.sms_again_button,
                view.message_button,
                view.email_button,
                view.timeline,
                view.back_button,
                view.customer_button,
                view.transaction_button,
                view.clone_button,
                view.cancel_button,
                history.search,
                history.state_filter,
                history.view,
                form.templates_button,
                form.card_button,
            ]
        )

    # ------------------------------------------------------------------ account
    def bind(self, context: AccountContext | None) -> None:
        """Called on every account switch; ``None`` clears the page and stops its work."""
        before = self.context.account.key if self.context is not None else None
        after = context.account.key if context is not None else None
        self.context = context
        self.tracker.bind(context)
        self.link_view.orders_api = context is not None and context.account.orders_api_enabled
        self._cancelling.clear()
        if self._confirm is not None:
            self._confirm.close()
            self._confirm = None
        if self.card_dialog is not None:
            self.card_dialog.close()
            self.card_dialog = None
        self.history.set_records([])
        if after is None or after != before:
            self.clear_notices()  # a notice about the old account's link would mislead
        self.show_form()
        enabled = context is not None
        self.no_account.setVisible(not enabled)
        self.splitter.setEnabled(enabled)
        if context is None:
            return
        account = context.account
        self.form.set_account(account.currency, production=account.is_production)
        self.load_history(self.history.search.text(), resume=True)
        focused = QApplication.focusWidget()
        if self.isVisible() and (focused is None or not self.isAncestorOf(focused)):
            # At start and after an account switch, work starts on the first line.
            self.form.lines.rows[0].description.setFocus(Qt.FocusReason.OtherFocusReason)

    def shared_changes(self, changes: Changes) -> None:
        """Other desks created, paid or cancelled links: show them, and follow the open ones.

        Rows are updated in place (no reset), so the selection and scroll position stay.
        """
        context = self.context
        if context is None or not changes.touches("links"):
            return
        self.tracker.nudge(changes.of("links"))
        key, text = context.account.key, self.history.search.text()

        async def load() -> tuple[list[LinkRecord], list[LinkRecord]]:
            found = await asyncio.to_thread(self.store.search, key, text)
            unfinished = await asyncio.to_thread(self.store.unfinished, key)
            return found, unfinished

        def loaded(result: tuple[list[LinkRecord], list[LinkRecord]]) -> None:
            found, unfinished = result
            known = {record.session_id for record in found}
            for record in reversed(found):  # oldest first: the newest ends on top
                self.history.upsert(record)
            for session_id in [*self.history.model.session_ids()]:
                if session_id not in known and session_id.startswith(PENDING_PREFIX):
                    self.history.remove(session_id)  # confirmed or discarded elsewhere
            self.tracker.track_all(unfinished)

        context.tasks.start(
            "history-refresh",
            load(),
            on_success=loaded,
            on_error=lambda error: True,  # the status bar says when the database is away
            background=True,
        )

    def clear_notices(self) -> None:
        """Hide the paid/failed notice (its link belongs to the account being left)."""
        self.notice.hide()

    def load_history(self, text: str = "", *, resume: bool = False) -> None:
        context = self.context
        if context is None:
            return
        key = context.account.key

        async def load() -> tuple[list[LinkRecord], list[LinkRecord]]:
            found = await asyncio.to_thread(self.store.search, key, text)
            unfinished = await asyncio.to_thread(self.store.unfinished, key) if resume else []
            return found, unfinished

        def loaded(result: tuple[list[LinkRecord], list[LinkRecord]]) -> None:
            found, unfinished = result
            self.history.set_records(found)
            self.tracker.track_all(unfinished)

        context.tasks.start(
            "history-load",
            load(),
            on_success=loaded,
            error_context=self.tr("Could not read the link history"),
        )

    # ------------------------------------------------------------------ creating
    def create_link(self, draft: LinkDraft, *, from_form: bool = True) -> None:
        """Create a link from the form (or send an unconfirmed one again)."""
        context = self.context
        if context is None:
            return
        self.form.summary.setText(self.tr("Creating the link at Dintero…"))

        def failed(error: BaseException) -> bool:
            self.form.summary.setText("")
            if isinstance(error, LinkNotConfirmed):
                if from_form:
                    self.form.clear()  # what was typed is kept in the unconfirmed record
                self.history.upsert(error.record)
                self.show_link(error.record)
            return False

        def created(record: LinkRecord) -> None:
            self.form.summary.setText("")
            self._replace_pending(record)
            if from_form:
                self.form.clear()
            self.show_link(record)

        context.tasks.start(
            "create-link",
            create_link(context.client, self.store, context.account, draft, self.clock()),
            on_success=created,
            on_error=failed,
            busy=[self.form.create_button, self.link_view.resend_button],
            error_context=self.tr("Could not create the payment link"),
        )

    def _replace_pending(self, record: LinkRecord) -> None:
        provisional = pending_id(record.merchant_reference)
        self.tracker.untrack(provisional)
        self.history.swap(provisional, record)

    def _confirmed(self, provisional_id: str, record: LinkRecord) -> None:
        """The tracker found an unconfirmed link at Dintero: it exists after all."""
        self.history.swap(provisional_id, record)
        shown = self.link_view.record
        if shown is not None and shown.session_id == provisional_id:
            self.show_link(record)

    def ask_resend(self, record: LinkRecord) -> None:
        """Confirm, then send an unconfirmed link again with the same reference."""
        box = QMessageBox(self)
        box.setObjectName("confirmResendLink")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Send the link again"))
        box.setText(
            self.tr("Send the link {merchant_reference} to Dintero again?").format(
                merchant_reference=record.merchant_reference
            )
        )
        sms = self.tr(" (it was to be sent by SMS)") if record.sms_status else ""
        box.setInformativeText(
            self.tr(
                "The first attempt may have created a link that the customer already "
                "has{sms}. Paydesk first looks for it at Dintero: if it is there, that "
                "link is shown and nothing is sent. Send again only if the customer "
                "has not received a link."
            ).format(sms=sms)
        )
        yes = box.addButton(self.tr("Send again"), QMessageBox.ButtonRole.AcceptRole)
        no = box.addButton(self.tr("Don't send"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(no)
        box.setEscapeButton(no)

        def answered() -> None:
            self._confirm = None
            if box.clickedButton() is yes:
                self.resend_link(record)

        box.finished.connect(answered)
        self._confirm = box
        box.open()

    def resend_link(self, record: LinkRecord) -> None:
        """Send an unconfirmed link again — or adopt it, when Dintero has it after all."""
        context = self.context
        if context is None:
            return

        def failed(error: BaseException) -> bool:
            if isinstance(error, LinkNotConfirmed):
                self.history.upsert(error.record)
                self.show_link(error.record)
            return False

        def done(result: Resent) -> None:
            self._replace_pending(result.record)
            self.show_link(result.record)
            if result.found_existing:
                self.link_view.show_found_note(
                    QCoreApplication.translate(
                        "LinksPage",
                        "Dintero had this link after all, so it was not sent again. If the "
                        "customer does not have it, copy it or show them the QR code.",
                    )
                )

        context.tasks.start(
            "create-link",
            resend_link(context.client, self.store, context.account, record, self.clock()),
            on_success=done,
            on_error=failed,
            busy=[self.form.create_button, self.link_view.resend_button],
            error_context=self.tr("Could not send the link again"),
        )

    # ------------------------------------------------------------------ viewing
    def show_form(self) -> None:
        self.stack.setCurrentWidget(self.form)

    def show_link(self, record: LinkRecord) -> None:
        """Show a link and make sure it is being followed (reopening resumes tracking)."""
        self.link_view.set_cancel_in_flight(record.session_id in self._cancelling)
        self.link_view.show_record(record, self.tracker.latest.get(record.session_id))
        self.stack.setCurrentWidget(self.link_view)
        self.history.select(record.session_id)
        self.tracker.track(record, urgent=True)

    def clone_link(self, record: LinkRecord) -> None:
        self.form.prefill(record)
        self.show_form()
        self.form.lines.rows[0].description.setFocus()

    def _status_changed(self, status: LinkStatus, before: str, new_failure: bool) -> None:
        row = self.history.model.row_of(status.session_id)
        record = self.history.model.record(row) if row is not None else None
        if record is not None:
            record = replace(
                record,
                state=status.state,
                state_detail=status.detail,
                transaction_id=status.transaction_id or record.transaction_id,
            )
            self.history.upsert(record)
        if self.link_view.record is not None and (
            self.link_view.record.session_id == status.session_id
        ):
            self.link_view.show_record(record or self.link_view.record, status)
        reference = record.merchant_reference if record else status.session_id
        paid_now = status.state == "paid" and before != "paid"
        if new_failure and not paid_now:
            # A decline and the payment seen in the same reading: the customer has paid,
            # so only "paid" is announced (the timeline keeps the failed attempt).
            headline, message = failure_notice(status)
            self.notifier.notify("failed", f"{headline} — {reference}", message)
        if paid_now and status.transaction_id:
            self.payment_authorized.emit(status.transaction_id)
        if paid_now:
            amount = format_amount(record.amount, record.currency) if record else ""
            product = (
                product_label(status.payment_product, in_sentence=True)
                if status.payment_product
                else self.tr("the customer")
            )
            self.notifier.notify(
                "paid",
                self.tr("Link {reference} paid").format(reference=reference),
                self.tr("{amount} paid by {product} ({status}).").format(
                    amount=amount,
                    product=product,
                    status=status_label(status.transaction_status or "CAPTURED"),
                ),
                transaction_id=status.transaction_id,
            )
            if status.transaction_id:
                self.link_paid.emit(status.transaction_id)

    def _balloon_clicked(self, notification: Notification) -> None:
        if notification.transaction_id:
            self.open_transaction_requested.emit(notification.transaction_id)

    # ------------------------------------------------------------------ sending again
    def ask_send_again(self, record: LinkRecord) -> QMessageBox | None:
        """Say what will happen — a new link by SMS, then this one cancelled — and ask."""
        context = self.context
        if context is None or not record.customer_phone:
            return None
        if self._confirm is not None:
            self._confirm.close()
        phone = format_phone_display(record.customer_phone)
        sent = record.created_at.astimezone().strftime("%d.%m %H:%M")
        box = QMessageBox(self)
        box.setObjectName("confirmSendAgain")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Send the link again by SMS"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            self.tr(
                "Send a NEW link for order {ref} by SMS to {phone}, and then CANCEL the "
                "link sent at {sent} ({session})?"
            ).format(
                ref=record.merchant_reference, phone=phone, sent=sent, session=record.session_id
            )
        )
        box.setInformativeText(
            self.tr(
                "Dintero sends an SMS only when a link is made, so a new link is made for the "
                "same order: same reference, lines, amount {amount} and expiry. The old link "
                "is cancelled once the new one is sent, so the customer cannot pay twice. If "
                "the customer is paying the old link right now, it is not cancelled and you "
                "are told."
            ).format(amount=format_amount(record.amount, record.currency))
        )
        yes = box.addButton(
            self.tr("Send new link, cancel the old"), QMessageBox.ButtonRole.AcceptRole
        )
        no = box.addButton(self.tr("Don't send"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(no)
        box.setEscapeButton(no)

        def answered() -> None:
            if self._confirm is box:
                self._confirm = None
            if box.clickedButton() is yes:
                self.send_again(record)

        box.finished.connect(answered)
        self._confirm = box
        box.open()
        return box

    def send_again(self, record: LinkRecord) -> None:
        """Make the replacement link and cancel the old one (``app.desk.link_replacement``)."""
        context = self.context
        if context is None or record.session_id in self._cancelling:
            return
        self._cancelling.add(record.session_id)

        def settle() -> None:
            self._cancelling.discard(record.session_id)
            self.tracker.nudge(frozenset({record.session_id}))  # read the old link now

        def failed(error: BaseException) -> bool:
            settle()
            if isinstance(error, LinkNotConfirmed):
                self.history.upsert(error.record)
                self.show_link(error.record)
            return False

        def done(result: Replaced) -> None:
            settle()
            self.history.upsert(result.old)
            self._replace_pending(result.new)
            self.show_link(result.new)
            if result.problem:
                self.replace_problem = self._warn(
                    "replaceProblem", self.tr("The old link was not cancelled"), result.problem
                )
            else:
                self.link_view.show_found_note(
                    self.tr(
                        "New link sent by SMS to {phone}. The old link ({session}) is cancelled."
                    ).format(
                        phone=format_phone_display(record.customer_phone or ""),
                        session=record.session_id,
                    )
                )

        context.tasks.start(
            f"replace:{record.session_id}",
            replace_link(
                context.client,
                self.services.stores,
                context.account,
                record,
                self.clock(),
                operator=self.services.operator,
                desk=self.services.desk_name,
            ),
            on_success=done,
            on_error=failed,
            busy=[self.link_view.sms_again_button],
            error_context=self.tr("Could not send a new link; the old link is unchanged"),
        )

    replace_problem: QMessageBox | None = None

    def _warn(self, name: str, title: str, text: str) -> QMessageBox:
        box = QMessageBox(self)
        box.setObjectName(name)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(title)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(text)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.open()
        return box

    def send_by_email(self, record: LinkRecord) -> bool:
        """Open the mail program with the link and a short message in the customer's
        language (the one the link was made in)."""
        context = self.context
        if context is None or not record.url:
            return False
        expires = (
            record.expires_at.astimezone().strftime("%d.%m.%Y %H:%M") if record.expires_at else ""
        )
        mail = link_mail(
            to=record.customer_email,
            reference=record.merchant_reference,
            amount=record.amount,
            currency=record.currency,
            url=record.url,
            expires=expires,
            shop=context.account.receipt_name,
            language=language_of_url(record.url, record.customer_phone),
        )
        opened = QDesktopServices.openUrl(QUrl.fromEncoded(mailto_url(mail).encode("ascii")))
        self.link_view.show_found_note(
            self.tr(
                "A new e-mail with the link is open in your mail program: check it and send it."
            )
            if opened
            else self.tr(
                "No mail program opened. Copy the link and paste it into an e-mail instead."
            )
        )
        return opened

    # ------------------------------------------------------------------ payments
    def payment_read(self, transaction: Transaction) -> None:
        """The desk read this payment (Transactions page): a paid link follows its void or
        refund (``app.desk.link_payment_state``)."""
        context = self.context
        if context is None:
            return

        def followed(record: LinkRecord | None) -> None:
            if record is None or self.context is not context:
                return
            self.history.upsert(record)
            shown = self.link_view.record
            if shown is not None and shown.session_id == record.session_id:
                self.tracker.latest.pop(record.session_id, None)
                self.link_view.status = None
                self.link_view.show_record(record)

        context.tasks.start(
            f"follow-payment:{transaction.id}",
            follow_payment(self.store, transaction),
            on_success=followed,
            on_error=lambda _error: True,  # the link keeps its state; nothing was moved
            background=True,
        )

    # ------------------------------------------------------------------ cancelling
    def ask_cancel(self, record: LinkRecord) -> None:
        """Confirm first (non-modal); the cancel request starts only after a yes.

        The wording follows the link's latest known state: an unpaid link closes, an
        authorized payment is voided, and a captured one cannot be cancelled at all (the
        dialog then says to refund it and offers no Cancel button).
        """
        context = self.context
        if context is None or record.session_id in self._cancelling:
            return
        if self._confirm is not None:
            self._confirm.close()
        status = self.tracker.latest.get(record.session_id)
        from app.ui.links.cancel_dialog import CancelLinkDialog

        box = CancelLinkDialog(
            context.account,
            record,
            status,
            self,
            threshold=self.services.production_confirm_threshold,
        )
        box.confirmed.connect(lambda: self.cancel_link(record))

        def closed() -> None:
            if self._confirm is box:
                self._confirm = None

        box.finished.connect(closed)
        self._confirm = box
        box.open()

    def cancel_link(self, record: LinkRecord) -> None:
        """Send the cancellation (once: a second call while one is in flight is ignored)."""
        context = self.context
        if context is None or record.session_id in self._cancelling:
            return
        self._cancelling.add(record.session_id)
        self.link_view.set_cancel_in_flight(True)

        def finished(_: object = None) -> None:
            self._cancelling.discard(record.session_id)
            if self.link_view.record is not None:
                self.link_view.set_cancel_in_flight(
                    self.link_view.record.session_id in self._cancelling
                )
            self.tracker.refresh(record)

        def failed(_: BaseException) -> bool:
            finished()
            return False

        context.tasks.start(
            f"cancel:{record.session_id}",
            cancel_session_once(
                context.client,
                self.services.stores,
                cancel_attempt(
                    context.account,
                    self.services.operator,
                    record,
                    desk=self.services.desk_name,
                ),
            ),
            on_success=finished,
            on_error=failed,
            error_context=self.tr("Could not cancel the link {merchant_reference}").format(
                merchant_reference=record.merchant_reference
            ),
        )

    # ------------------------------------------------------------------ the customer
    def open_customer(self, record: LinkRecord) -> CustomerDialog | None:
        """The link's customer: every link, payment and saved card (a card is charged there)."""
        if self.context is None:
            return None
        text = record.customer_phone or record.customer_email or ""
        if self.customer_dialog is not None:
            self.customer_dialog.close()
        from app.ui.customers.customer_view import CustomerDialog

        dialog = CustomerDialog(self.context, self.store, text, self)
        dialog.open_transaction_requested.connect(self.open_transaction_requested)
        self.customer_dialog = dialog
        dialog.open()
        return dialog

    # ------------------------------------------------------------------ save a card
    def open_card_dialog(self) -> None:
        if self.context is None:
            return
        if self.card_dialog is not None:
            self.card_dialog.close()
        from app.ui.links.card_token_dialog import CardTokenDialog

        self.card_dialog = CardTokenDialog(self.context, self.store, self)
        self.card_dialog.open()
