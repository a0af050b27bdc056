"""The Payment links desk against the real sandbox over loopback (offscreen Qt)."""

from __future__ import annotations

import re
from datetime import timedelta
from fractions import Fraction
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.accounts.memory_keyring import MemoryKeyring
from app.core.vat import round_half_up
from app.desk.wording import product_label
from app.sandbox import EmbeddedSandbox
from app.storage.journal import Journal, JournalOperation, Outcome
from app.storage.links import LinkStore
from app.ui.errors import ErrorPresenter
from app.ui.links.cancel_dialog import CancelLinkDialog
from app.ui.links.history_model import HistoryModel
from tests.ui.conftest import RunAsync
from tests.ui.links.support import Desk, make_services, open_desk, sent_sessions


def test_link_with_lines_and_shipping_sends_exact_amounts(
    desk: Desk, sandbox: EmbeddedSandbox, screenshot_dir: Path
) -> None:
    desk.page.grab().save(str(screenshot_dir / "links_form_empty.png"))
    desk.fill_line(0, "Wool socks", "2", "149,90", "25")
    # Enter in a line adds the next line and moves there.
    desk.qtbot.keyClick(desk.form.lines.rows[0].price, Qt.Key.Key_Return)
    assert len(desk.form.lines.rows) == 2
    desk.fill_line(1, "Coffee 250 g", "1,5", "89", "15")
    desk.form.lines.shipping_enabled.setChecked(True)
    desk.form.lines.shipping_title.setText("Posten")
    desk.form.lines.shipping_price.setText("99,00")
    desk.form.phone.setText("412 34 567")
    desk.form.email.setText("kari@example.no")
    assert desk.form.lines.rows[1].total.text() == "133,50\xa0kr"
    desk.page.grab().save(str(screenshot_dir / "links_form_filled.png"))

    session_id = desk.create()

    socks, coffee, shipping = 2 * 14990, round_half_up(Fraction(3, 2) * 8900), 9900
    body = sent_sessions(sandbox)[-1]["json"]
    assert isinstance(body, dict)
    order = body["order"]
    assert order["amount"] == socks + coffee + shipping == 53230
    assert [item["amount"] for item in order["items"]] == [socks, coffee]
    assert [item["vat_amount"] for item in order["items"]] == [
        round_half_up(Fraction(socks * 25, 125)),
        round_half_up(Fraction(coffee * 15, 115)),
    ]
    assert [item["line_id"] for item in order["items"]] == ["1", "2"]
    assert order["shipping_option"]["amount"] == shipping
    assert order["shipping_option"]["vat_amount"] == shipping * 25 // 125
    assert order["currency"] == "NOK"
    assert body["customer"] == {"email": "kari@example.no", "phone_number": "+4741234567"}
    assert order["merchant_reference"].startswith("PD-")

    view = desk.page.link_view
    assert view.url.text().endswith(f"/v1/view/{session_id}?language=no")  # +47: Norwegian page
    assert not view.qr.pixmap().isNull()
    opened: list[str] = []

    def open_url(url: str) -> bool:
        opened.append(url)
        return True

    view.url_opener = open_url
    view.open_button.click()
    assert opened == [view.url.text()]
    view.copy_link()
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == view.url.text()
    stored = LinkStore.in_directory(desk.page.services.data_dir).get(session_id)
    assert stored is not None
    assert (stored.amount, stored.account_key, stored.environment) == (53230, "sandboxshop", "test")
    assert desk.page.history.model.rowCount() == 1
    desk.wait_state("open")
    assert view.timeline_kinds()[0] == "created"
    desk.page.grab().save(str(screenshot_dir / "links_created.png"))


def test_paying_through_the_sandbox_reaches_paid_and_notifies(
    desk: Desk, sandbox: EmbeddedSandbox, screenshot_dir: Path
) -> None:
    desk.fill_line(0, "Gift card", "1", "500", "0")
    session_id = desk.create()
    desk.wait_state("open")
    sandbox.pay(session_id, outcome="authorized")
    desk.wait_state("paid")
    status = desk.page.link_view.status
    assert status is not None
    assert status.transaction_status == "AUTHORIZED"
    assert "paid" in desk.page.link_view.timeline_kinds()
    paid_text = desk.page.link_view.timeline.item(desk.page.link_view.timeline.count() - 1).text()
    assert "500,00" in paid_text
    assert "card" in paid_text
    assert [n.kind for n in desk.page.notifier.history] == ["paid"]
    assert status.payment_product is not None  # what the transaction was paid with
    product = product_label(status.payment_product, in_sentence=True)
    assert f"paid by {product} (Authorized)" in desk.page.notifier.history[0].message
    # Offscreen there is no system tray: the notice in the window is what staff see.
    assert not desk.page.notifier.history[0].via_tray
    assert desk.page.notice.isVisible()
    assert "paid" in desk.page.notice.text.text()
    assert "500,00" in desk.page.notice.text.text()
    stored = LinkStore.in_directory(desk.page.services.data_dir).get(session_id)
    assert stored is not None
    assert stored.state == "paid"
    assert stored.transaction_id == status.transaction_id
    # Tracking stops once the link is finished.
    desk.qtbot.waitUntil(lambda: not desk.page.tracker.is_tracking(session_id), timeout=3000)
    desk.page.grab().save(str(screenshot_dir / "links_paid.png"))


def test_declined_attempt_then_payment(
    desk: Desk, sandbox: EmbeddedSandbox, screenshot_dir: Path
) -> None:
    desk.fill_line(0, "Boots", "1", "1 299", "25")
    session_id = desk.create()
    desk.wait_state("open")
    # An attempt that left no transaction (a PAY_FAILED session event): the customer may
    # try again on the same link. A declined payment would be the link's one transaction.
    sandbox.pay(session_id, outcome="pay_failed")
    desk.wait_state("failed_attempt")
    assert "failed" in desk.page.link_view.timeline_kinds()
    failures = [n for n in desk.page.notifier.history if n.kind == "failed"]
    assert len(failures) == 1
    desk.page.grab().save(str(screenshot_dir / "links_declined.png"))
    assert desk.page.link_view.cancel_button.isEnabled()
    sandbox.pay(session_id, outcome="authorized")
    desk.wait_state("paid")
    kinds = desk.page.link_view.timeline_kinds()
    assert kinds.index("failed") < kinds.index("paid")
    assert [n.kind for n in desk.page.notifier.history] == ["failed", "paid"]


def test_cancel_asks_first_and_sends_once(
    desk: Desk, sandbox: EmbeddedSandbox, screenshot_dir: Path
) -> None:
    desk.fill_line(0, "Lamp", "1", "349", "25")
    session_id = desk.create()
    desk.wait_state("open")
    desk.page.link_view.cancel_button.click()
    box = desk.page._confirm
    assert isinstance(box, CancelLinkDialog)
    assert "can no longer pay" in box.explanation.text()
    assert "void" not in box.explanation.text()
    box.grab().save(str(screenshot_dir / "links_cancel_confirm.png"))
    assert sandbox.requests(r"/cancel$") == []  # nothing sent before the answer
    assert box.confirm_button is not None
    assert box.confirm_button.text() == "Cancel link"
    box.confirm_button.click()
    # A second request while the first is in flight is ignored.
    record = desk.page.link_view.record
    assert record is not None
    desk.page.cancel_link(record)
    assert not desk.page.link_view.cancel_button.isEnabled()
    desk.wait_state("cancelled")
    assert len(sandbox.requests(r"/cancel$")) == 1
    assert "cancelled" in desk.page.link_view.timeline_kinds()
    assert not desk.page.link_view.cancel_button.isEnabled()
    desk.page.grab().save(str(screenshot_dir / "links_cancelled.png"))
    with Journal.in_directory(desk.page.services.data_dir) as journal:
        entries = journal.for_target(session_id)
    assert [(e.operation, e.outcome) for e in entries] == [
        (JournalOperation.CANCEL_LINK, Outcome.SUCCEEDED)
    ]


def test_cancel_a_paid_link_voids_the_authorization(desk: Desk, sandbox: EmbeddedSandbox) -> None:
    desk.fill_line(0, "Chair", "1", "800", "25")
    session_id = desk.create()
    transaction = sandbox.pay(session_id, outcome="authorized")
    desk.wait_state("paid")
    assert desk.page.link_view.cancel_button.isEnabled()
    record = desk.page.link_view.record
    assert record is not None
    desk.page.cancel_link(record)
    desk.wait_state("cancelled")
    desk.qtbot.waitUntil(
        lambda: (
            desk.page.link_view.status is not None
            and desk.page.link_view.status.transaction_status == "AUTHORIZATION_VOIDED"
        ),
        timeout=5000,
    )
    assert sandbox.get_transaction(transaction["id"])["status"] == "AUTHORIZATION_VOIDED"


def test_expired_link_is_regenerated_from_its_lines(
    desk: Desk, sandbox: EmbeddedSandbox, screenshot_dir: Path
) -> None:
    desk.fill_line(0, "Scarf", "3", "199", "25")
    desk.form.lines.shipping_enabled.setChecked(True)
    desk.form.lines.shipping_price.setText("49")
    first = desk.create()
    desk.wait_state("open")
    sandbox.advance_clock(2 * 24 * 3600)
    desk.clock_offset = timedelta(days=2)
    desk.wait_state("expired")
    assert "expired" in desk.page.link_view.timeline_kinds()
    assert not desk.page.link_view.cancel_button.isEnabled()
    # Nobody can pay it any more: no link to copy or open, no QR code, nothing to resend.
    view = desk.page.link_view
    assert not view.url_box.isVisible()
    assert not view.qr.isVisible()
    assert not view.copy_button.isEnabled()
    assert not view.open_button.isEnabled()
    assert not view.send_box.isVisible()
    desk.page.grab().save(str(screenshot_dir / "links_expired.png"))

    desk.page.link_view.clone_button.click()
    assert desk.page.stack.currentWidget() is desk.form
    assert desk.form.lines.rows[0].description.text() == "Scarf"
    assert desk.form.lines.shipping_enabled.isChecked()
    second = desk.create()
    assert second != first
    bodies = [r["json"] for r in sent_sessions(sandbox)]
    assert len(bodies) == 2
    old, new = bodies
    assert new["order"]["items"] == old["order"]["items"]
    assert new["order"]["amount"] == old["order"]["amount"] == 3 * 19900 + 4900
    assert new["order"]["merchant_reference"] != old["order"]["merchant_reference"]
    desk.wait_state("open")


def test_validation_errors_are_shown_inline_and_nothing_is_sent(
    desk: Desk, sandbox: EmbeddedSandbox, screenshot_dir: Path
) -> None:
    desk.form.submit()
    assert "Add at least one order line" in desk.form.lines.error.text()
    desk.fill_line(0, "Socks", "0", "abc", "25")
    desk.form.phone.setText("12")
    desk.form.email.setText("not-an-email")
    desk.form.submit()
    lines_error = desk.form.lines.error.text()
    assert "Line 1: Quantity must be more than 0" in lines_error
    desk.fill_line(0, "Socks", "1", "abc", "25")
    desk.form.submit()
    assert '"abc" is not an amount' in desk.form.lines.error.text()
    assert desk.form.lines.rows[0].price.property("invalid")
    customer_error = desk.form.customer_error.text()
    assert "not a valid phone number" in customer_error or "not a phone number" in customer_error
    assert "not an e-mail address" in customer_error
    desk.page.grab().save(str(screenshot_dir / "links_validation.png"))

    desk.fill_line(0, "Socks", "1", "99", "25")
    desk.form.phone.clear()
    desk.form.email.clear()
    desk.form.send_sms.setChecked(True)
    desk.form.submit()
    assert "mobile number" in desk.form.sms_error.text()
    assert sent_sessions(sandbox) == []
    assert desk.page.stack.currentWidget() is desk.form


def test_sms_result_is_shown_and_swedish_numbers_are_accepted(
    desk: Desk, sandbox: EmbeddedSandbox
) -> None:
    desk.fill_line(0, "Tea", "1", "59", "15")
    desk.form.phone.setText("+46 70-123 45 67")
    desk.form.send_sms.setChecked(True)
    desk.create()
    body = sent_sessions(sandbox)[-1]["json"]
    assert body["customer"]["phone_number"] == "+46701234567"
    assert body["configuration"]["publish"] == [{"channel": "sms", "type": "checkout-link"}]
    # Test accounts send no SMS: Dintero reports it as skipped, and so does the desk.
    assert "skipped" in desk.page.link_view.sms.text()


def test_history_survives_restart_and_reopening_resumes_tracking(
    qtbot: QtBot,
    qloop: object,
    sandbox: EmbeddedSandbox,
    tmp_path: Path,
    memory_keyring: MemoryKeyring,
    errors: ErrorPresenter,
    run_async: RunAsync,
) -> None:
    first = open_desk(qtbot, sandbox, make_services(tmp_path), errors)
    first.fill_line(0, "Mug", "2", "129", "25")
    session_id = first.create()
    first.wait_state("open")
    # "Quit" while the customer still has the link.
    first.page.bind(None)
    run_async(first.context.aclose())
    first.page.close()

    sandbox.pay(session_id, outcome="authorized")
    second = open_desk(qtbot, sandbox, make_services(tmp_path), errors)
    try:
        model = second.page.history.model
        assert model.rowCount() == 1
        assert model.record(0).session_id == session_id
        # Open links resume tracking on start, and the history row follows.
        qtbot.waitUntil(lambda: model.record(0).state == "paid", timeout=5000)
        assert [n.kind for n in second.page.notifier.history] == ["paid"]
        second.page.history.search.setText("mug")
        qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=3000)
        second.page.history.search.setText("no such thing")
        qtbot.waitUntil(lambda: model.rowCount() == 0, timeout=3000)
        second.page.history.search.clear()
        qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=3000)
        second.page.history.view.clicked.emit(second.page.history.proxy.index(0, 0))
        assert second.page.stack.currentWidget() is second.page.link_view
        second.wait_state("paid")
    finally:
        second.page.bind(None)
        run_async(second.context.aclose())


def test_save_a_card_shows_the_token_reference(
    desk: Desk, sandbox: EmbeddedSandbox, screenshot_dir: Path
) -> None:
    desk.form.card_button.click()
    dialog = desk.page.card_dialog
    assert dialog is not None
    dialog.poll_interval_s = 0.05
    dialog.email.setText("ola@example.no")
    dialog.create_button.click()
    desk.qtbot.waitUntil(lambda: dialog.session_id is not None, timeout=5000)
    assert dialog.url.text().endswith(dialog.session_id or "")
    body = sandbox.requests(r"/v1/sessions/payment-token$")[-1]["json"]
    assert body["token_provider"]["token_types"] == ["payment_token"]
    sandbox.pay(dialog.session_id or "", outcome="authorized")
    desk.qtbot.waitUntil(lambda: dialog.saved is not None, timeout=5000)
    assert dialog.saved is not None
    tx = sandbox.get_transaction(dialog.saved.transaction_id)
    assert dialog.saved.token_id
    assert dialog.saved.token_id in dialog.state.text()
    assert tx["payment_operation"] == "generate_payment_token"
    dialog.grab().save(str(screenshot_dir / "links_save_card.png"))

    # The result is kept in the link history, with the customer and the time.
    [kept] = LinkStore.in_directory(desk.page.services.data_dir).saved_cards("sandboxshop")
    assert kept.state == "saved"
    assert kept.token_reference == dialog.saved.token_id
    assert kept.customer_email == "ola@example.no"
    assert kept.transaction_id == dialog.saved.transaction_id
    assert kept.saved_at is not None

    # Enter no longer makes another link: the button is not the default any more.
    button = dialog.create_button
    assert not button.isDefault()
    assert "another" in button.text()
    dialog.activateWindow()
    desk.qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert len(sandbox.requests(r"/v1/sessions/payment-token$")) == 1
    dialog.close()

    # Reopened, the dialog shows the result again.
    desk.form.card_button.click()
    again = desk.page.card_dialog
    assert again is not None
    assert again is not dialog
    token = kept.token_reference
    assert token is not None
    desk.qtbot.waitUntil(lambda: token in again.state.text(), timeout=3000)
    assert "ola@example.no" in again.state.text()
    assert again.mode == "done"
    assert again.url.text() == kept.url
    assert len(sandbox.requests(r"/v1/sessions/payment-token$")) == 1
    # "Save another card" starts over without sending anything.
    again.create_button.click()
    assert again.mode == "create"
    assert again.email.text() == ""
    assert again.create_button.isDefault()
    assert len(sandbox.requests(r"/v1/sessions/payment-token$")) == 1
    desk.qtbot.waitUntil(lambda: again.earlier.count() == 1, timeout=3000)
    assert token in again.earlier.item(0).text()
    QApplication.processEvents()
    again.grab().save(str(screenshot_dir / "links_save_card_another.png"))
    again.close()


def test_a_card_link_closed_while_waiting_is_followed_again_when_reopened(
    desk: Desk, sandbox: EmbeddedSandbox
) -> None:
    desk.form.card_button.click()
    dialog = desk.page.card_dialog
    assert dialog is not None
    dialog.phone.setText("412 34 567")
    dialog.create_button.click()
    desk.qtbot.waitUntil(lambda: dialog.session_id is not None, timeout=5000)
    assert not dialog.create_button.isEnabled()  # a link is out: nothing to press
    session_id = dialog.session_id or ""
    dialog.close()
    sandbox.pay(session_id, outcome="authorized")
    desk.form.card_button.click()
    again = desk.page.card_dialog
    assert again is not None
    again.poll_interval_s = 0.05
    desk.qtbot.waitUntil(lambda: again.saved is not None, timeout=5000)
    assert again.session_id == session_id
    assert again.saved is not None
    assert again.saved.token_id
    assert again.saved.token_id in again.state.text()
    assert "+47 41 23 45 67" in again.state.text()
    again.close()


def test_templates_save_and_insert(desk: Desk, screenshot_dir: Path) -> None:
    desk.fill_line(0, "Candle", "2", "79", "25")
    menu = desk.page.templates_menu
    menu.ask_name()
    prompt = desk.form.findChild(QInputDialog, "templateNameDialog")
    assert isinstance(prompt, QInputDialog)
    prompt.setTextValue("Candles")
    prompt.grab().save(str(screenshot_dir / "links_template_name.png"))
    prompt.accept()
    desk.qtbot.waitUntil(lambda: [t.name for t in menu.templates] == ["Candles"], timeout=5000)
    desk.form.clear()
    menu.insert(menu.templates[0])
    assert desk.form.lines.rows[0].description.text() == "Candle"
    assert desk.form.lines.rows[0].total.text() == "158,00\xa0kr"
    menu.delete("Candles")
    desk.qtbot.waitUntil(lambda: menu.templates == [], timeout=5000)


def test_history_model_passes_the_model_tester(desk: Desk, qtmodeltester: ModelTester) -> None:
    desk.fill_line(0, "Cup", "1", "10", "25")
    desk.create()
    model = desk.page.history.model
    assert isinstance(model, HistoryModel)
    qtmodeltester.check(model)


def test_tracker_backs_off_while_nothing_changes(desk: Desk, sandbox: EmbeddedSandbox) -> None:
    desk.page.tracker.max_interval_s = 0.4
    desk.fill_line(0, "Vase", "1", "250", "25")
    session_id = desk.create()
    desk.wait_state("open")
    sandbox.clear_requests()
    desk.qtbot.wait(1500)
    polls = [
        r
        for r in sandbox.requests(rf"/v1/sessions/{re.escape(session_id)}$")
        if r["method"] == "GET"
    ]
    # Every 50 ms that would be about 30 reads; doubling up to 0.4 s makes it about 6.
    assert 2 <= len(polls) <= 10
    assert desk.page.tracker.is_tracking(session_id)


def test_tracker_rides_out_server_errors_and_says_so(desk: Desk, sandbox: EmbeddedSandbox) -> None:
    problems: list[str] = []
    desk.page.tracker.problem.connect(lambda _sid, message: problems.append(message))
    desk.fill_line(0, "Rug", "1", "1 500", "25")
    session_id = desk.create()
    desk.wait_state("open")
    sandbox.add_fault(method="GET", path=r"^/v1/sessions/", kind="status", status=503, times=6)
    sandbox.pay(session_id, outcome="authorized")
    desk.wait_state("paid", timeout=10_000)
    assert problems
    assert problems[0].endswith("Retrying…")
    assert desk.page.errors.history == []  # retried quietly, no error box


def test_dintero_refusing_the_link_is_explained_and_nothing_is_kept(
    desk: Desk, sandbox: EmbeddedSandbox
) -> None:
    # A 4xx: Dintero created nothing, so nothing is kept (a 5xx is "not confirmed" instead,
    # see test_links_recovery).
    sandbox.add_fault(method="POST", path=r"/v1/sessions-profile$", kind="status", status=400)
    desk.fill_line(0, "Table", "1", "2 000", "25")
    desk.form.submit()
    desk.qtbot.waitUntil(lambda: bool(desk.page.errors.history), timeout=5000)
    [shown] = desk.page.errors.history
    assert shown.title == "Could not create the payment link"
    assert shown.expected
    assert "400" in shown.details
    # Dintero's message and the request id are one click away, for support.
    assert desk.page.errors.copy_button is not None
    desk.page.errors.copy_button.click()
    from PySide6.QtGui import QGuiApplication

    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("Could not create the payment link")
    assert "Request id: " in copied
    assert "HTTP status: 400" in copied
    assert desk.form.create_button.isEnabled()
    assert desk.page.stack.currentWidget() is desk.form
    assert desk.form.lines.rows[0].description.text() == "Table"  # nothing typed is lost
    assert LinkStore.in_directory(desk.page.services.data_dir).search() == []


def test_decline_and_payment_in_one_reading_announce_paid(
    desk: Desk, sandbox: EmbeddedSandbox
) -> None:
    desk.fill_line(0, "Jacket", "1", "899", "25")
    session_id = desk.create()
    desk.wait_state("open")
    # Both happen before the tracker reads the link again (the GUI loop cannot run
    # between these two blocking calls), so one reading sees the decline and the payment.
    sandbox.pay(session_id, outcome="pay_failed")
    sandbox.pay(session_id, outcome="authorized")
    desk.wait_state("paid")
    kinds = desk.page.link_view.timeline_kinds()
    assert kinds.index("failed") < kinds.index("paid")
    history = desk.page.notifier.history
    assert history[-1].kind == "paid"
    assert "paid" in history[-1].title
    assert [n.kind for n in history] == ["paid"]  # the customer paid: no failure alarm
    assert desk.page.notice.kind == "paid"
    assert "paid" in desk.page.notice.text.text()
    assert "failed" not in desk.page.notice.text.text()


def test_a_failure_notice_quotes_the_failed_attempt(desk: Desk, sandbox: EmbeddedSandbox) -> None:
    desk.fill_line(0, "Scarf", "1", "199", "25")
    session_id = desk.create()
    desk.wait_state("open")
    sandbox.pay(session_id, outcome="pay_failed")
    desk.wait_state("failed_attempt")
    [failure] = desk.page.notifier.history
    assert failure.kind == "failed"
    assert failure.title.startswith("Payment attempt failed — ")
    assert failure.message == "Payment attempt failed: Rejected"  # the sandbox's reason


def test_open_transaction_from_a_paid_link(
    desk: Desk, sandbox: EmbeddedSandbox, screenshot_dir: Path
) -> None:
    desk.fill_line(0, "Kettle", "1", "449", "25")
    session_id = desk.create()
    desk.wait_state("open")
    view = desk.page.link_view
    assert not view.transaction_button.isVisible()  # nothing to open before the payment
    transaction = sandbox.pay(session_id, outcome="authorized")
    desk.wait_state("paid")
    assert view.transaction_button.isVisible()
    assert view.transaction_button.isEnabled()
    desk.page.grab().save(str(screenshot_dir / "links_paid_open_transaction.png"))
    with desk.qtbot.waitSignal(desk.page.open_transaction_requested, timeout=1000) as signal:
        view.transaction_button.click()
    assert signal.args == [transaction["id"]]
    # Reopened from the history (the stored record carries the transaction id too).
    desk.page.show_form()
    record = desk.page.history.model.record(0)
    assert record.transaction_id == transaction["id"]
    desk.page.show_link(record)
    assert view.transaction_button.isVisible()
