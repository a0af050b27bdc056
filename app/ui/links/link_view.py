"""One payment link: the link with Copy, Open and a QR code, the SMS result, the live
timeline, and the actions Cancel link and New link from this one.

A link whose one payment was declined or failed cannot be paid again: it shows no link,
no QR code and no Cancel, only why, and "New link from this one".

Everything typed by staff or customers (reference, descriptions, shipping title, e-mail)
is shown as text, never as markup; a long reference is cut with "…" and shown whole in
its tooltip, so it cannot widen the window.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal, SignalInstance
from PySide6.QtGui import QDesktopServices, QFont, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.money import format_amount
from app.core.phone import format_phone_display
from app.desk.customer_texts import CustomerMessage, customer_message, language_of_url
from app.desk.link_status import (
    ENDED_BY_FAILURE,
    PAID_STATES,
    SMS_TEXT,
    LinkStatus,
    state_label,
)
from app.desk.status_pills import link_pill
from app.storage.links import LinkRecord, LinkState
from app.ui import style
from app.ui.icon_set import action_icon, pill_icon
from app.ui.links.cancel_dialog import cancel_wording
from app.ui.links.qr import qr_pixmap
from app.ui.style import Look, Tone
from app.ui.widgets.plain_text import ElidedLabel, escaped, shorten

__all__ = ["LinkView"]

#: Characters of a line description shown in the order summary (whole in the tooltip).
_DESCRIPTION_SHOWN = 60
#: Characters of a reference quoted inside a sentence.
_REFERENCE_IN_TEXT = 40
#: The widest the state badge gets (pixels); longer states wrap.
_BADGE_WIDTH = 240
_STATE_ICON = 18
_GAP = 8  # at least the layout spacing of any style

#: States in which the link cannot be paid: no link to copy or open, and no QR code.
_NOT_PAYABLE = ENDED_BY_FAILURE | {LinkState.CANCELLED, LinkState.EXPIRED, LinkState.VOIDED}

#: States in which the customer has paid or is paying: nothing to send again.
_PAID_OR_PAYING = PAID_STATES | {LinkState.PROCESSING, LinkState.ON_HOLD}


def cancellable_now(status: LinkStatus | None) -> bool:
    """The old link can be cancelled as far as the desk knows (unknown: let the desk try)."""
    return status is None or status.cancellable


#: What each link state means, for its badge.
_SYMBOLS = {
    "created": "●",
    "unconfirmed": "?",
    "sms": "✉",
    "opened": "◉",
    "failed": "✖",
    "processing": "◌",
    "paid": "✔",
    "on_hold": "‖",
    "cancelled": "⊘",
    "expired": "◔",
}


def _session_line(record: LinkRecord) -> str:
    if record.provisional:
        return QCoreApplication.translate("LinkView", "No Dintero session id (never confirmed)")
    return record.session_id


def open_in_browser(url: str) -> bool:
    return QDesktopServices.openUrl(QUrl(url))


class LinkView(QWidget):
    """Shows a ``LinkRecord`` and the tracker's latest ``LinkStatus`` for it."""

    cancel_requested = Signal(object)  # LinkRecord
    clone_requested = Signal(object)  # LinkRecord
    check_requested = Signal(object)  # LinkRecord (unconfirmed: look for it now)
    resend_requested = Signal(object)  # LinkRecord (unconfirmed: send it again)
    open_transaction_requested = Signal(str)  # transaction id of the link's payment
    send_again_requested = Signal(object)  # LinkRecord (a replacement link by SMS)
    email_requested = Signal(object)  # LinkRecord (open the mail program with the link)
    customer_requested = Signal(object)  # LinkRecord: its customer's links, payments, cards
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("linkView")
        self.record: LinkRecord | None = None
        self.status: LinkStatus | None = None
        self.url_opener: Callable[[str], bool] = open_in_browser
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 8, 12, 8)

        top = QHBoxLayout()
        heading = QVBoxLayout()
        heading.setSpacing(0)
        self.title = ElidedLabel("", self)
        self.title.setObjectName("linkTitle")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        title_font = QFont(self.title.font())
        title_font.setPointSize(14)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.subtitle = ElidedLabel("", self)
        self.subtitle.setObjectName("linkSession")
        self.subtitle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        style.apply(self.subtitle, Tone.MUTED)
        heading.addWidget(self.title)
        heading.addWidget(self.subtitle)
        top.addLayout(heading, 1)
        self.state_badge = QLabel(self)
        self.state_badge.setObjectName("linkState")
        self.state_badge.setMargin(4)
        self.state_badge.setTextFormat(Qt.TextFormat.PlainText)
        # A long state ("Customer declined — the link can't be paid again; …") wraps
        # instead of squeezing the reference out of the title.
        self.state_badge.setWordWrap(True)
        self.state_badge.setMaximumWidth(_BADGE_WIDTH - _STATE_ICON - 2 * _GAP)
        # The state's symbol beside its words: never colour alone. Symbol and words
        # together take the room the words had, so the title keeps its room.
        self.state_icon = QLabel(self)
        self.state_icon.setObjectName("linkStateIcon")
        self.state_icon.setFixedWidth(_STATE_ICON)
        top.addWidget(self.state_icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.state_badge, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(top)

        self.unconfirmed = QWidget(self)
        self.unconfirmed.setObjectName("unconfirmedBox")
        style.apply(self.unconfirmed, Tone.WARNING, Look.PANEL)
        unconfirmed_layout = QVBoxLayout(self.unconfirmed)
        self.unconfirmed_note = QLabel(self.unconfirmed)
        self.unconfirmed_note.setObjectName("unconfirmedNote")
        self.unconfirmed_note.setTextFormat(Qt.TextFormat.RichText)  # the reference escaped
        self.unconfirmed_note.setWordWrap(True)
        unconfirmed_layout.addWidget(self.unconfirmed_note)
        unconfirmed_buttons = QHBoxLayout()
        self.check_button = QPushButton(self.tr("Chec&k now"), self.unconfirmed)
        self.check_button.setToolTip(self.tr("Look for this link at Dintero now, by its reference"))
        self.resend_button = QPushButton(
            self.tr("&Send again with the same reference…"), self.unconfirmed
        )
        self.resend_button.setObjectName("resendLink")
        unconfirmed_buttons.addWidget(self.check_button)
        unconfirmed_buttons.addWidget(self.resend_button)
        unconfirmed_buttons.addStretch(1)
        unconfirmed_layout.addLayout(unconfirmed_buttons)
        outer.addWidget(self.unconfirmed)
        self.unconfirmed.hide()

        self.url_box = QWidget(self)
        url_row = QHBoxLayout(self.url_box)
        url_row.setContentsMargins(0, 0, 0, 0)
        self.url = QLineEdit(self)
        self.url.setReadOnly(True)
        self.url.setObjectName("linkUrl")
        self.url.setAccessibleName(self.tr("Payment link"))
        self.copy_button = QPushButton(self.tr("&Copy link"), self)
        self.copy_button.setIcon(action_icon("copy"))
        self.copy_button.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.open_button = QPushButton(self.tr("&Open in browser"), self)
        self.open_button.setIcon(action_icon("open"))
        url_row.addWidget(self.url, 1)
        url_row.addWidget(self.copy_button)
        url_row.addWidget(self.open_button)
        outer.addWidget(self.url_box)
        # What to send with the link, in the customer's language: a row of its own, so
        # the link keeps its width whatever the words are in the desk's language.
        self.send_box = QWidget(self)
        send_row = QHBoxLayout(self.send_box)
        send_row.setContentsMargins(0, 0, 0, 0)
        self.sms_again_button = QPushButton(self.tr("Send a&gain by SMS…"), self.send_box)
        self.sms_again_button.setObjectName("sendAgainBySms")
        self.message_button = QPushButton(self.tr("Copy mess&age"), self.send_box)
        self.message_button.setObjectName("copyMessage")
        self.message_button.setToolTip(
            self.tr("Copy a short message with the link, in the customer's language")
        )
        self.email_button = QPushButton(self.tr("Send by &e-mail…"), self.send_box)
        self.email_button.setObjectName("sendByEmail")
        self.email_button.setToolTip(
            self.tr("Open your mail program with the link and a short message to the customer")
        )
        send_row.addWidget(self.sms_again_button)
        send_row.addWidget(self.message_button)
        send_row.addWidget(self.email_button)
        send_row.addStretch(1)
        outer.addWidget(self.send_box)
        self.copied = QLabel(self)
        style.apply(self.copied, Tone.SUCCESS)
        outer.addWidget(self.copied)
        self.found_note = QLabel(self)
        self.found_note.setObjectName("foundNote")
        self.found_note.setTextFormat(Qt.TextFormat.PlainText)
        self.found_note.setWordWrap(True)
        style.apply(self.found_note, Tone.INFO, Look.PANEL)
        self.found_note.hide()
        outer.addWidget(self.found_note)

        body = QHBoxLayout()
        outer.addLayout(body, 1)
        left = QVBoxLayout()
        body.addLayout(left, 1)

        facts = QGridLayout()
        self.sms = QLabel(self)
        self.sms.setObjectName("smsResult")
        self.sms.setTextFormat(Qt.TextFormat.PlainText)
        self.customer = ElidedLabel("", self)
        self.customer.setObjectName("linkCustomer")
        self.expires = QLabel(self)
        self.lines = QLabel(self)
        self.lines.setObjectName("linkOrder")
        self.lines.setTextFormat(Qt.TextFormat.RichText)  # lines joined by <br>, all escaped
        self.lines.setWordWrap(True)
        for row, (label, widget) in enumerate(
            (
                (self.tr("SMS"), self.sms),
                (self.tr("Customer"), self.customer),
                (self.tr("Expires"), self.expires),
                (self.tr("Order"), self.lines),
            )
        ):
            name = QLabel(f"<b>{label}</b>", self)
            name.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            facts.addWidget(name, row, 0)
            facts.addWidget(widget, row, 1)
        # With the account's Orders API setting on, the reference is the order's id.
        self.orders_api = False
        order_id_caption = self.tr("Order id")
        self.order_id_name = QLabel(f"<b>{order_id_caption}</b>", self)
        self.order_id_name.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.order_id = ElidedLabel("", self)
        self.order_id.setObjectName("linkOrderId")
        self.order_id.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.order_id.setToolTip(self.tr("The order in Dintero's Orders API this link pays"))
        facts.addWidget(self.order_id_name, facts.rowCount(), 0)
        facts.addWidget(self.order_id, facts.rowCount() - 1, 1)
        self.order_id_name.hide()
        self.order_id.hide()
        facts.setColumnStretch(1, 1)
        left.addLayout(facts)

        left.addWidget(QLabel(self.tr("<b>Timeline</b>"), self))
        self.timeline = QListWidget(self)
        self.timeline.setObjectName("linkTimeline")
        self.timeline.setAccessibleName(self.tr("Link timeline"))
        # Long decline reasons wrap instead of hiding behind a horizontal scroll bar.
        self.timeline.setWordWrap(True)
        self.timeline.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.timeline.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        left.addWidget(self.timeline, 1)
        self.problem = QLabel(self)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)  # may quote Dintero or a customer
        style.apply(self.problem, Tone.ERROR)
        self.problem.setWordWrap(True)
        left.addWidget(self.problem)

        self.qr = QLabel(self)
        self.qr.setObjectName("linkQr")
        self.qr.setAccessibleName(self.tr("QR code of the payment link"))
        self.qr.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        body.addWidget(self.qr)

        self.cancel_note = QLabel(self)
        self.cancel_note.setTextFormat(Qt.TextFormat.PlainText)
        self.cancel_note.setObjectName("cancelNote")
        self.cancel_note.setWordWrap(True)
        style.apply(self.cancel_note, Tone.WARNING)
        self.cancel_note.hide()
        outer.addWidget(self.cancel_note)

        actions = QHBoxLayout()
        self.back_button = QPushButton(self.tr("← &New link"), self)
        self.back_button.setAccessibleName(self.tr("New link"))
        self.clone_button = QPushButton(self.tr("New link fro&m this one"), self)
        self.clone_button.setObjectName("cloneLink")
        self.cancel_button = QPushButton(self.tr("Cancel l&ink…"), self)
        self.cancel_button.setObjectName("cancelLink")
        self.transaction_button = QPushButton(self.tr("Open t&ransaction"), self)
        self.transaction_button.setObjectName("openTransaction")
        self.transaction_button.setToolTip(
            self.tr("Show the payment in Transactions (capture, refund, receipt)")
        )
        self.transaction_button.hide()
        self.customer_button = QPushButton(self.tr("C&ustomer…"), self)
        self.customer_button.setObjectName("linkCustomer")
        self.customer_button.setToolTip(
            self.tr("Every link, payment and saved card of this customer")
        )
        actions.addWidget(self.back_button)
        actions.addStretch(1)
        actions.addWidget(self.customer_button)
        actions.addWidget(self.transaction_button)
        actions.addWidget(self.clone_button)
        actions.addWidget(self.cancel_button)
        outer.addLayout(actions)

        self.copy_button.clicked.connect(self.copy_link)
        self.message_button.clicked.connect(self.copy_message)
        self.open_button.clicked.connect(self.open_link)
        self.back_button.clicked.connect(self.back_requested)
        self.cancel_button.clicked.connect(self._cancel_clicked)
        self.clone_button.clicked.connect(self._clone_clicked)
        self.transaction_button.clicked.connect(self._transaction_clicked)
        self.customer_button.clicked.connect(lambda: self._emit_for_record(self.customer_requested))
        self.check_button.clicked.connect(lambda: self._emit_for_record(self.check_requested))
        self.resend_button.clicked.connect(lambda: self._emit_for_record(self.resend_requested))
        self.sms_again_button.clicked.connect(
            lambda: self._emit_for_record(self.send_again_requested)
        )
        self.email_button.clicked.connect(lambda: self._emit_for_record(self.email_requested))

    def show_record(self, record: LinkRecord, status: LinkStatus | None = None) -> None:
        changed = self.record is None or self.record.session_id != record.session_id
        self.record = record
        if changed:
            self.status = None
            self.copied.clear()
            self.problem.clear()
            self.show_found_note("")
            if record.url:
                self.qr.setPixmap(qr_pixmap(record.url))
            else:
                self.qr.clear()
        amount = format_amount(record.amount, record.currency)
        self.title.set_full_text(f"{record.merchant_reference} · {amount}")
        self.subtitle.set_full_text(_session_line(record))
        self.order_id.set_full_text(record.merchant_reference if self.orders_api else "")
        self.order_id_name.setVisible(self.orders_api)
        self.order_id.setVisible(self.orders_api)
        self.url.setText(record.url)
        self.url.setCursorPosition(0)
        sms = record.sms_status
        self.sms.setText(SMS_TEXT.get(sms, sms) if sms else self.tr("Not requested"))
        who = [format_phone_display(record.customer_phone)] if record.customer_phone else []
        if record.customer_email:
            who.append(record.customer_email)
        self.customer.set_full_text(" · ".join(who) or "—")
        self.customer_button.setEnabled(bool(who))
        self.expires.setText(
            record.expires_at.astimezone().strftime("%d.%m.%Y %H:%M") if record.expires_at else "—"
        )
        # Descriptions and the shipping title are typed by people: escaped, never markup.
        parts = [
            f"{format(line.quantity.normalize(), 'f').replace('.', ',')} × "
            f"{escaped(shorten(line.description, _DESCRIPTION_SHOWN))}"
            f" = {format_amount(line.amount, record.currency)}"
            for line in record.lines
        ]
        if record.shipping is not None:
            shipping = format_amount(record.shipping.amount, record.currency)
            title = escaped(shorten(record.shipping.title, _DESCRIPTION_SHOWN))
            parts.append(f"{title} = {shipping}")
        self.lines.setText("<br>".join(parts))
        long_texts = [line.description for line in record.lines]
        if record.shipping is not None:
            long_texts.append(record.shipping.title)
        cut = any(len(text) > _DESCRIPTION_SHOWN for text in long_texts)
        self.lines.setToolTip("\n".join(long_texts) if cut else "")
        self.show_status(status)

    def show_status(self, status: LinkStatus | None) -> None:
        record = self.record
        if record is None:
            return
        if status is not None and status.session_id != record.session_id:
            return
        self.status = status
        state = status.state if status is not None else record.state
        text, tone = state_label(state)
        self.state_badge.setText(text)
        one_line = self.state_badge.fontMetrics().horizontalAdvance(text) + 4 * 4
        self.state_badge.setMinimumWidth(min(one_line, self.state_badge.maximumWidth()))
        self.state_badge.setProperty("state", state)
        style.apply(self.state_badge, tone, Look.BADGE)
        symbol = pill_icon(link_pill(state)).pixmap(_STATE_ICON, _STATE_ICON)
        self.state_icon.setPixmap(symbol)
        self.timeline.clear()
        if status is not None:
            self.problem.clear()
            for entry in status.timeline:
                when = entry.when.astimezone().strftime("%H:%M:%S") if entry.when else "—"
                item = QListWidgetItem(f"{when}   {_SYMBOLS.get(entry.kind, '•')}  {entry.text}")
                item.setData(Qt.ItemDataRole.UserRole, entry.kind)
                self.timeline.addItem(item)
        else:
            self.timeline.addItem(
                self.tr("Last known state: {text}. Checking with Dintero…").format(text=text)
            )
        payable = bool(record.url) and state not in _NOT_PAYABLE
        self.url_box.setVisible(payable)
        self.copy_button.setEnabled(payable)
        self.open_button.setEnabled(payable)
        self.message_button.setEnabled(payable)
        self.qr.setVisible(payable)
        # Sending again makes sense while the customer can still pay the link.
        sendable = payable and not record.provisional and state not in _PAID_OR_PAYING
        self.send_box.setVisible(sendable)
        self.sms_again_button.setEnabled(bool(record.customer_phone) and cancellable_now(status))
        self.sms_again_button.setToolTip(
            self.tr(
                "Dintero sends an SMS only when a link is made: this makes a new link for the "
                "same order, sends it by SMS and cancels this one"
            )
            if record.customer_phone
            else self.tr("The link has no mobile number: use “New link from this one”")
        )
        if not payable:
            self.copied.clear()
        cancellable = status.cancellable if status is not None else not record.finished
        if record.provisional or state in ENDED_BY_FAILURE:
            cancellable = False  # no session id to cancel, or Dintero refuses it
        self.cancel_button.setEnabled(cancellable and not self.cancel_in_flight)
        self._show_cancel_note(record, status, cancellable)
        self.clone_button.setEnabled(True)
        self.transaction_button.setVisible(self.transaction_id() is not None)
        self._show_unconfirmed(record, state)

    def transaction_id(self) -> str | None:
        """The payment of the link on screen, once there is one (paid, on hold, voided)."""
        if self.record is None:
            return None
        if self.status is not None and self.status.transaction_id:
            return self.status.transaction_id
        return self.record.transaction_id

    def _show_cancel_note(
        self, record: LinkRecord, status: LinkStatus | None, cancellable: bool
    ) -> None:
        """A link with a payment that cannot be cancelled (paid, on hold, declined, failed)
        says why, and where to go instead."""
        state = status.state if status is not None else record.state
        with_payment = state in ("paid", "processing", "on_hold", *ENDED_BY_FAILURE)
        told = with_payment and (status is not None or state in ENDED_BY_FAILURE)
        note = "" if cancellable or not told else cancel_wording(record, status).explanation
        self.cancel_note.setText(note)
        self.cancel_note.setVisible(bool(note))
        self.cancel_button.setToolTip(note or self.tr("Cancel the link after a confirmation"))

    def _show_unconfirmed(self, record: LinkRecord, state: str) -> None:
        """The "not confirmed" box: what happened and what staff can do."""
        self.unconfirmed.setVisible(record.provisional)
        if not record.provisional:
            return
        sent = record.created_at.astimezone().strftime("%d.%m %H:%M")
        sms = (
            self.tr(" It was to be sent by SMS, so the customer may already have it.")
            if record.sms_status
            else ""
        )
        if state == "expired":
            self.unconfirmed_note.setText(
                self.tr(
                    "Paydesk sent this link to Dintero at {sent} but never got the answer. "
                    "Its expiry time has passed and no link or payment with this reference "
                    "was found, so nobody can pay it any more. Use “New link from this "
                    "one” to send a new link."
                ).format(sent=sent)
            )
            self.check_button.hide()
            self.resend_button.hide()
            return
        self.unconfirmed_note.setText(
            self.tr(
                "<b>Not confirmed by Dintero.</b> Paydesk sent this link at {sent} but "
                "the answer never arrived (the connection dropped or Paydesk was "
                "closed). The link may exist.{sms} Paydesk keeps looking for it at "
                "Dintero by its reference <b>{escaped}</b>. Before sending it again, "
                "ask the customer whether they received a link; sending again first "
                "looks for it once more."
            ).format(
                sent=sent,
                sms=sms,
                escaped=escaped(shorten(record.merchant_reference, _REFERENCE_IN_TEXT)),
            )
        )
        self.check_button.show()
        self.resend_button.show()

    cancel_in_flight = False

    def set_cancel_in_flight(self, busy: bool) -> None:
        self.cancel_in_flight = busy
        self.cancel_button.setText(self.tr("Cancelling…") if busy else self.tr("Cancel l&ink…"))
        self.show_status(self.status)

    def show_problem(self, session_id: str, message: str) -> None:
        if self.record is not None and self.record.session_id == session_id:
            self.problem.setText(message)

    def timeline_kinds(self) -> list[str]:
        """The kinds of the timeline's entries, in order (for tests reading the view)."""
        return [
            str(self.timeline.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.timeline.count())
        ]

    def show_found_note(self, text: str) -> None:
        """Say that "send again" found the link at Dintero instead of sending it."""
        self.found_note.setText(text)
        self.found_note.setVisible(bool(text))

    def copy_link(self) -> None:
        if self.record is None or not self.url_box.isVisibleTo(self):
            return
        QGuiApplication.clipboard().setText(self.record.url)
        self.copied.setText(
            self.tr("Link copied — paste it into a chat or an e-mail to the customer.")
        )

    def customer_message(self) -> CustomerMessage | None:
        """The message for the customer shown, in their language (None: no link yet)."""
        record = self.record
        if record is None or not record.url:
            return None
        return customer_message(
            language_of_url(record.url, record.customer_phone),
            reference=record.merchant_reference,
            amount=format_amount(record.amount, record.currency),
            url=record.url,
            expires_at=record.expires_at,
        )

    def copy_message(self) -> None:
        message = self.customer_message()
        if message is None or not self.url_box.isVisibleTo(self):
            return
        QGuiApplication.clipboard().setText(message.text)
        self.copied.setText(self.tr("Message copied, in the customer's language."))

    def open_link(self) -> None:
        if self.record is not None and self.url_box.isVisibleTo(self):
            self.url_opener(self.record.url)

    def _emit_for_record(self, signal: SignalInstance) -> None:
        if self.record is not None:
            signal.emit(self.record)

    def _cancel_clicked(self) -> None:
        if self.record is not None:
            self.cancel_requested.emit(self.record)

    def _transaction_clicked(self) -> None:
        transaction_id = self.transaction_id()
        if transaction_id:
            self.open_transaction_requested.emit(transaction_id)

    def _clone_clicked(self) -> None:
        if self.record is not None:
            self.clone_requested.emit(self.record)
