"""The phone desk on the links page, against the real sandbox: sending a link again by
SMS (a replacement, the old one cancelled after a confirmation naming both), sending it
by e-mail through the computer's mail program, pick-up on the form and in templates, the
history's state filter, and a cancelled link that offers nothing to pay."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QSystemTrayIcon
from pytestqt.qtbot import QtBot

from app.sandbox import EmbeddedSandbox
from app.storage.journal import Journal, JournalOperation, Outcome
from app.storage.links import LinkRecord
from app.ui.links.history_panel import STATE_FILTERS
from app.ui.notifications import Notifier
from tests.ui.links.support import Desk, MailProgram, sent_sessions


def sms_link(desk: Desk, description: str = "Rug") -> LinkRecord:
    desk.fill_line(0, description, "1", "1200", "25")
    desk.form.phone.setText("912 34 567")
    desk.form.email.setText("kari@example.no")
    desk.form.send_sms.setChecked(True)
    desk.create()
    desk.wait_state("open")
    record = desk.page.link_view.record
    assert record is not None
    return record


def confirm_send_again(desk: Desk, screenshot: Path | None = None) -> QMessageBox:
    view = desk.page.link_view
    assert view.send_box.isVisible()
    assert view.sms_again_button.isEnabled()
    view.sms_again_button.click()
    box = desk.page._confirm
    assert isinstance(box, QMessageBox)
    assert box.objectName() == "confirmSendAgain"
    desk.qtbot.waitExposed(box)
    if screenshot is not None:
        box.grab().save(str(screenshot))
    return box


def click(box: QMessageBox, text_start: str) -> None:
    next(b for b in box.buttons() if b.text().startswith(text_start)).click()


def test_send_again_by_sms_names_both_links_then_replaces_the_old_one(
    desk: Desk, sandbox: EmbeddedSandbox, screenshot_dir: Path
) -> None:
    old = sms_link(desk)
    box = confirm_send_again(desk, screenshot_dir / "links_send_again_confirm.png")
    # The confirmation names the new link (order, number) and the old one (its session).
    assert old.merchant_reference in box.text()
    assert old.session_id in box.text()
    assert "+47 91 23 45 67" in box.text()
    assert "CANCEL" in box.text()
    assert len(sent_sessions(sandbox)) == 1  # nothing sent before the answer
    click(box, "Send new link")
    desk.qtbot.waitUntil(
        lambda: (
            desk.page.link_view.record is not None
            and desk.page.link_view.record.session_id != old.session_id
            and desk.page.link_view.found_note.isVisible()
        ),
        timeout=5000,
    )
    new = desk.page.link_view.record
    assert new is not None
    assert new.merchant_reference == old.merchant_reference
    assert "cancelled" in desk.page.link_view.found_note.text()
    assert desk.page.errors.history == []
    posted = sent_sessions(sandbox)
    assert len(posted) == 2
    assert posted[-1]["json"]["configuration"]["publish"][0]["channel"] == "sms"
    assert sandbox.get_session(old.session_id).get("cancelled_at") is not None
    desk.qtbot.waitUntil(
        lambda: (
            {r.session_id: r.state for r in desk.page.history.visible_records()}
            == {old.session_id: "cancelled", new.session_id: "open"}
        ),
        timeout=5000,
    )
    desk.page.grab().save(str(screenshot_dir / "links_sent_again.png"))


def test_send_again_with_a_refused_cancel_keeps_the_new_link_and_says_so(
    desk: Desk, sandbox: EmbeddedSandbox, screenshot_dir: Path
) -> None:
    old = sms_link(desk, "Vase")
    sandbox.add_fault(method="POST", path=r"/cancel$", kind="status", status=400, times=1)
    click(confirm_send_again(desk), "Send new link")
    desk.qtbot.waitUntil(lambda: desk.page.replace_problem is not None, timeout=5000)
    warning = desk.page.replace_problem
    assert warning is not None
    desk.qtbot.waitExposed(warning)
    assert "NOT cancelled" in warning.text()
    assert old.merchant_reference in warning.text()
    warning.grab().save(str(screenshot_dir / "links_send_again_not_cancelled.png"))
    new = desk.page.link_view.record
    assert new is not None
    assert new.session_id != old.session_id  # the new link stays
    assert sandbox.get_session(old.session_id).get("cancelled_at") is None
    with Journal.in_directory(desk.page.services.data_dir) as journal:
        entries = journal.for_target(old.session_id)
    assert [(e.operation, e.outcome) for e in entries] == [
        (JournalOperation.CANCEL_LINK, Outcome.FAILED)
    ]


def test_send_by_email_opens_the_mail_program_in_the_links_language(
    desk: Desk, mail_program: MailProgram
) -> None:
    desk.fill_line(0, "Tea", "1", "59", "15")
    desk.form.email.setText("kari@example.no")  # a Norwegian number would say Norwegian:
    desk.form.customer_language.setCurrentIndex(desk.form.customer_language.findData("sv"))
    desk.form.currency.setCurrentText("SEK")
    desk.create()
    record = desk.page.link_view.record
    assert record is not None
    desk.page.link_view.email_button.click()
    [url] = mail_program.opened
    parts = urlsplit(url)
    assert parts.scheme == "mailto"
    assert parts.path == "kari@example.no"
    fields = {k: v[0] for k, v in parse_qs(parts.query).items()}
    assert fields["subject"] == f"Betalningslänk för order {record.merchant_reference}"
    assert record.url in fields["body"]
    assert fields["body"].startswith("Hej,")
    assert "in your mail program" in desk.page.link_view.found_note.text()


def test_pick_up_is_sent_and_kept_in_templates(desk: Desk, sandbox: EmbeddedSandbox) -> None:
    lines = desk.form.lines
    desk.fill_line(0, "Cake", "1", "350", "15")
    lines.shipping_enabled.setChecked(True)
    lines.delivery.setCurrentIndex(lines.delivery.findData("pick_up"))
    assert lines.shipping_title.text() == "Pick-up in shop"
    assert lines.shipping_price.text() == "0"
    menu = desk.page.templates_menu
    menu.save_as("Cake to collect")
    desk.qtbot.waitUntil(lambda: [t.name for t in menu.templates] == ["Cake to collect"])
    desk.create()
    option = sent_sessions(sandbox)[-1]["json"]["order"]["shipping_option"]
    assert option["delivery_method"] == "pick_up"
    assert option["title"] == "Pick-up in shop"
    assert option["amount"] == 0
    # The template brings the pick-up back into an empty form.
    desk.page.show_form()
    desk.form.clear()
    assert lines.delivery.currentData() is None
    menu.insert(menu.templates[0])
    assert lines.shipping_enabled.isChecked()
    assert lines.delivery.currentData() == "pick_up"
    assert lines.shipping_title.text() == "Pick-up in shop"


def test_history_filters_by_state_and_a_cancelled_link_offers_nothing_to_pay(
    desk: Desk, sandbox: EmbeddedSandbox, screenshot_dir: Path
) -> None:
    desk.fill_line(0, "Open thing", "1", "100", "25")
    kept = desk.create()
    desk.wait_state("open")
    desk.page.show_form()
    desk.fill_line(0, "Cancelled thing", "1", "200", "25")
    gone = desk.create()
    desk.wait_state("open")
    record = desk.page.link_view.record
    assert record is not None
    desk.page.cancel_link(record)
    desk.wait_state("cancelled")
    view = desk.page.link_view
    assert not view.url_box.isVisible()
    assert not view.qr.isVisible()
    assert not view.copy_button.isEnabled()
    assert not view.open_button.isEnabled()
    assert not view.send_box.isVisible()
    view.copy_link()
    assert view.copied.text() == ""  # the shortcut copies nothing either

    combo = desk.page.history.state_filter
    labels = [label for label, _states in STATE_FILTERS]

    def shown() -> list[str]:
        return [r.session_id for r in desk.page.history.visible_records()]

    desk.qtbot.waitUntil(lambda: sorted(shown()) == sorted([kept, gone]), timeout=5000)
    combo.setCurrentIndex(labels.index("Cancelled or expired"))
    assert shown() == [gone]
    combo.setCurrentIndex(labels.index("Waiting for payment"))
    assert shown() == [kept]
    combo.setCurrentIndex(labels.index("Paid"))
    assert shown() == []
    assert desk.page.history.empty.isVisible()
    assert "in this state" in desk.page.history.empty.text()
    desk.page.grab().save(str(screenshot_dir / "links_history_filter.png"))
    combo.setCurrentIndex(labels.index("All links"))
    assert sorted(shown()) == sorted([kept, gone])


def test_clicking_the_desktop_balloon_of_a_paid_link_opens_its_payment(
    desk: Desk, qtbot: QtBot
) -> None:
    trays: list[QSystemTrayIcon] = []

    def tray(parent: QObject) -> QSystemTrayIcon:
        trays.append(QSystemTrayIcon(parent))
        return trays[0]

    notifier = Notifier(desk.page, tray_factory=tray)
    notifier.message_clicked.connect(desk.page._balloon_clicked)
    notifier.notify("paid", "Link PD-1 paid", "500,00 kr paid by card.", transaction_id="T1.tx")
    with qtbot.waitSignal(desk.page.open_transaction_requested) as opened:
        trays[0].messageClicked.emit()  # what the desktop sends when the balloon is clicked
    assert opened.args == ["T1.tx"]
