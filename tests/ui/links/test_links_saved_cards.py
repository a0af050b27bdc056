"""The card-saving dialog's session fields, and a link's customer (offscreen Qt)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QApplication

from app.sandbox import EmbeddedSandbox
from app.storage.links import LinkStore
from app.ui.customers.customer_view import CustomerDialog
from tests.ui.links.support import Desk


def test_the_card_saving_dialog_sends_every_documented_field(
    desk: Desk, sandbox: EmbeddedSandbox, screenshot_dir: Path
) -> None:
    desk.form.card_button.click()
    dialog = desk.page.card_dialog
    assert dialog is not None
    dialog.poll_interval_s = 0.05
    dialog.phone.setText("412 34 567")
    dialog.customer_id.setText("CUST-1001")
    dialog.reference_2.setText("crm-77")
    dialog.metadata.setText("ext_channel=phone; ext_desk=front")
    dialog.terms_url.setText("https://shop.example.com/terms")
    expires = datetime.now(UTC).replace(microsecond=0) + timedelta(days=3)
    dialog.expires.setDateTime(QDateTime.fromSecsSinceEpoch(int(expires.timestamp())))
    QApplication.processEvents()
    dialog.grab().save(str(screenshot_dir / "card_saving_form.png"))
    dialog.create_button.click()
    desk.qtbot.waitUntil(lambda: dialog.session_id is not None, timeout=5000)
    body = sandbox.requests(r"/v1/sessions/payment-token$")[-1]["json"]
    session = body["session"]
    assert session["customer"] == {"customer_id": "CUST-1001", "phone_number": "+4741234567"}
    assert session["order"]["merchant_reference_2"] == "crm-77"
    assert session["metadata"] == {"ext_channel": "phone", "ext_desk": "front"}
    assert session["url"]["merchant_terms_url"] == "https://shop.example.com/terms"
    assert datetime.fromisoformat(session["expires_at"]) == expires

    sandbox.pay(dialog.session_id or "")
    desk.qtbot.waitUntil(lambda: dialog.saved is not None, timeout=5000)
    [kept] = LinkStore.in_directory(desk.page.services.data_dir).saved_cards("sandboxshop")
    assert kept.customer_id == "CUST-1001"
    assert kept.card_expiry is not None
    assert kept.card_expiry in dialog.state.text()
    assert kept.payment_token
    assert kept.payment_token not in dialog.state.text()  # the token id is shown, never the token
    QApplication.processEvents()
    dialog.grab().save(str(screenshot_dir / "card_saved.png"))
    dialog.close()


def test_bad_session_fields_are_refused_before_sending(
    desk: Desk, sandbox: EmbeddedSandbox
) -> None:
    desk.form.card_button.click()
    dialog = desk.page.card_dialog
    assert dialog is not None
    dialog.metadata.setText("no equals sign")
    dialog.create_button.click()
    assert "key=value" in dialog.error.text()
    dialog.metadata.clear()
    dialog.terms_url.setText("http://shop.example.com/terms")
    dialog.create_button.click()
    assert "https://" in dialog.error.text()
    assert sandbox.requests(r"/v1/sessions/payment-token$") == []
    dialog.close()


def test_the_link_view_opens_the_links_customer(desk: Desk) -> None:
    desk.fill_line(0, "Wool socks", "2", "149,90", "25")
    desk.form.phone.setText("412 34 567")
    desk.create()
    desk.form.lines.rows[0].description.setText("Coffee")
    view = desk.page.link_view
    assert view.customer_button.isEnabled()
    view.customer_button.click()
    dialog = desk.page.customer_dialog
    assert isinstance(dialog, CustomerDialog)
    desk.qtbot.waitUntil(lambda: dialog.overview is not None, timeout=5000)
    assert dialog.overview is not None
    assert [link.customer_phone for link in dialog.overview.links] == ["+4741234567"]
    assert dialog.links.rowCount() == 1
    assert "1 link(s)" in dialog.summary.text()
    # Another writing of the same number finds the same customer.
    dialog.search.setText("0047 412 34 567")
    dialog.find_customer()
    desk.qtbot.waitUntil(lambda: "Looking" not in dialog.summary.text(), timeout=5000)
    assert dialog.links.rowCount() == 1
    dialog.search.setText("not a number")
    dialog.find_customer()
    assert "not a phone number" in dialog.summary.text()
    dialog.close()
