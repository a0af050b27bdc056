"""The new-link form, keyboard first: tab order, expiry presets and a custom time, the SMS
note, and "New link from this one" after a cancelled link — against the real sandbox."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QApplication, QWidget

from app.sandbox import EmbeddedSandbox
from tests.ui.links.support import Desk, sent_sessions


def _name(widget: QWidget | None) -> str:
    assert widget is not None
    return widget.accessibleName() or widget.property("text") or type(widget).__name__


def test_tab_walks_the_form_in_reading_order(desk: Desk) -> None:
    form = desk.form
    form.window().activateWindow()
    desk.qtbot.waitUntil(lambda: QApplication.activeWindow() is form.window(), timeout=3000)
    form.lines.shipping_enabled.setChecked(True)
    form.expiry.setCurrentIndex(3)  # custom time: its field joins the chain
    form.lines.rows[0].description.setFocus()
    seen: list[str] = []
    for _ in range(40):
        widget = QApplication.focusWidget()
        name = _name(widget)
        # Tab inside the custom time walks its day, month, year, hour and minute first.
        if not seen or seen[-1] != name:
            seen.append(name)
        if name == "Save a car&d…":
            break
        desk.qtbot.keyClick(widget, Qt.Key.Key_Tab)
    assert seen == [
        "Line description",
        "Quantity",
        "Unit price including VAT",
        "VAT percent",
        "Remove line",
        "Add li&ne",
        "Add a shipping line",
        "Delivery or pick-up",
        "Shipping description",
        "Shipping price including VAT",
        "Shipping VAT percent",
        "Merchant reference",
        "New reference",
        "Currency",
        "Customer phone",
        "Customer e-mail",
        "The customer's language",
        "Link expires after",
        "Custom expiry time",
        "Auto-capture when pa&id",
        "Send b&y SMS",
        "Cl&ear",
        "&Create link",
        # then the history beside the form (its guide while there is no link yet), and
        # the form's secondary tools
        "Search link history",
        "Show links in state",
        "Order templates",
        "Save a car&d…",
    ]


def test_enter_adds_a_line_and_ctrl_enter_creates(desk: Desk, sandbox: EmbeddedSandbox) -> None:
    desk.fill_line(0, "Soap", "3", "45", "25")
    desk.qtbot.keyClick(desk.form.lines.rows[0].vat, Qt.Key.Key_Return)
    assert len(desk.form.lines.rows) == 2
    assert QApplication.focusWidget() is desk.form.lines.rows[1].description
    desk.qtbot.keyClicks(desk.form.lines.rows[1].description, "Brush")
    for text in ("2", "60"):  # quantity, then unit price: typed, with Tab between
        desk.qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        desk.qtbot.keyClick(
            QApplication.focusWidget(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier
        )
        desk.qtbot.keyClicks(QApplication.focusWidget(), text)
    assert desk.form.lines.rows[1].price.text() == "60"
    desk.qtbot.keyClick(
        QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )
    desk.qtbot.waitUntil(lambda: len(sent_sessions(sandbox)) == 1, timeout=5000)
    body = sent_sessions(sandbox)[0]["json"]
    assert isinstance(body, dict)
    assert [i["description"] for i in body["order"]["items"]] == ["Soap", "Brush"]
    assert body["order"]["amount"] == 3 * 4500 + 2 * 6000
    desk.qtbot.waitUntil(
        lambda: desk.page.stack.currentWidget() is desk.page.link_view, timeout=5000
    )


@pytest.mark.parametrize(("choice", "span"), [(0, 1), (1, 7), (2, 30)])
def test_expiry_presets(desk: Desk, sandbox: EmbeddedSandbox, choice: int, span: int) -> None:
    desk.fill_line(0, "Tea", "1", "59", "15")
    desk.form.expiry.setCurrentIndex(choice)
    assert not desk.form.custom_expiry.isVisible()
    before = desk.page.clock()
    desk.create()
    sent = datetime.fromisoformat(str(sent_sessions(sandbox)[0]["json"]["expires_at"]))
    expected = before + timedelta(days=span)
    assert abs((sent - expected).total_seconds()) < 60


def test_custom_expiry_time_is_sent_and_checked(desk: Desk, sandbox: EmbeddedSandbox) -> None:
    desk.fill_line(0, "Tea", "1", "59", "15")
    desk.form.expiry.setCurrentIndex(3)
    assert desk.form.custom_expiry.isVisible()
    desk.form.custom_expiry.setDateTime(QDateTime.currentDateTime().addSecs(60))
    desk.form.submit()
    assert "at least a few minutes" in desk.form.expiry_error.text()
    assert sent_sessions(sandbox) == []
    chosen = datetime.now(UTC).replace(microsecond=0, second=0) + timedelta(days=3, hours=2)
    desk.form.custom_expiry.setDateTime(QDateTime.fromSecsSinceEpoch(int(chosen.timestamp())))
    desk.create()
    sent = datetime.fromisoformat(str(sent_sessions(sandbox)[0]["json"]["expires_at"]))
    assert sent == chosen


def test_the_sms_note_is_honest_about_test_accounts(desk: Desk) -> None:
    note = desk.form.sms_note.text()
    assert "TEST account" in note
    assert "no SMS" in note
    assert desk.form.sms_note.isVisible()


def test_new_link_from_a_cancelled_one(desk: Desk, sandbox: EmbeddedSandbox) -> None:
    desk.fill_line(0, "Lamp", "2", "349", "25")
    desk.form.email.setText("kari@example.no")
    first = desk.create()
    desk.wait_state("open")
    record = desk.page.link_view.record
    assert record is not None
    desk.page.cancel_link(record)
    desk.wait_state("cancelled")
    assert desk.page.link_view.clone_button.isEnabled()
    desk.page.link_view.clone_button.click()
    assert desk.page.stack.currentWidget() is desk.form
    assert desk.form.email.text() == "kari@example.no"
    assert desk.form.reference.text() != record.merchant_reference
    second = desk.create()
    assert second != first
    old, new = (r["json"] for r in sent_sessions(sandbox))
    assert new["order"]["items"] == old["order"]["items"]


@pytest.mark.parametrize(
    ("currency", "typed", "e164", "example"),
    [
        ("SEK", "070-123 45 67", "+46701234567", "070-123 45 67"),
        ("DKK", "20 12 34 56", "+4520123456", "20 12 34 56"),
    ],
)
def test_local_numbers_follow_the_links_currency(
    desk: Desk,
    sandbox: EmbeddedSandbox,
    screenshot_dir: Path,
    currency: str,
    typed: str,
    e164: str,
    example: str,
) -> None:
    form = desk.form
    form.currency.setCurrentText(currency)
    assert form.phone_region == {"SEK": "SE", "DKK": "DK"}[currency]
    assert form.phone.placeholderText().startswith(example)
    desk.fill_line(0, "Tea", "1", "59", "25")
    form.phone.setText(typed)
    form.phone.editingFinished.emit()
    assert form.phone_hint.text().replace(" ", "") == e164
    if currency == "SEK":
        QApplication.processEvents()  # let the layout make room for the hint first
        desk.page.grab().save(str(screenshot_dir / "links_form_swedish_number.png"))
    desk.create()
    body = sent_sessions(sandbox)[-1]["json"]
    assert isinstance(body, dict)
    assert body["order"]["currency"] == currency
    assert body["customer"]["phone_number"] == e164


def test_other_currencies_take_the_accounts_country(desk: Desk) -> None:
    form = desk.form
    form.currency.setCurrentText("EUR")
    assert form.phone_region == "NO"  # a NOK account
    assert form.phone.placeholderText().startswith("99 99 99 99")
    form.set_account("SEK", production=False)
    form.currency.setCurrentText("EUR")
    assert form.phone_region == "SE"
    form.phone.setText("070-123 45 67")
    form.phone.editingFinished.emit()
    assert form.phone_hint.text() == "+46 70 123 45 67"
    form.phone.setText("+45 20 12 34 56")  # an international number is what it says
    form.phone.editingFinished.emit()
    assert form.phone_hint.text() == "+45 20 12 34 56"


def test_sms_to_a_landline_is_warned_about_but_allowed(
    desk: Desk, sandbox: EmbeddedSandbox, screenshot_dir: Path
) -> None:
    form = desk.form
    desk.fill_line(0, "Flowers", "1", "399", "15")
    form.phone.setText("22 12 34 56")  # an Oslo landline
    assert form.sms_warning.isHidden()  # no SMS asked for: nothing to warn about
    form.send_sms.setChecked(True)
    assert form.sms_warning.isVisible()
    assert "landline" in form.sms_warning.text()
    assert "+47 22 12 34 56" in form.sms_warning.text()
    QApplication.processEvents()
    desk.page.grab().save(str(screenshot_dir / "links_form_landline_warning.png"))
    form.phone.setText("412 34 567")
    assert form.sms_warning.isHidden()
    form.phone.setText("22 12 34 56")
    assert form.sms_warning.isVisible()
    desk.create()  # a warning, not a refusal
    body = sent_sessions(sandbox)[-1]["json"]
    assert isinstance(body, dict)
    assert body["customer"]["phone_number"] == "+4722123456"
    assert body["configuration"]["publish"] == [{"channel": "sms", "type": "checkout-link"}]
    assert form.sms_warning.isHidden()  # the form is cleared for the next order


def test_the_new_reference_button_sits_by_the_reference(desk: Desk) -> None:
    form = desk.form
    button, reference, currency = form.new_reference, form.reference, form.currency
    assert button.toolTip() == "New reference"
    assert button.geometry().left() >= reference.geometry().right()
    assert button.geometry().right() < currency.geometry().left()
    old = reference.text()
    button.click()
    assert reference.text() != old


def _activate(desk: Desk) -> None:
    desk.form.window().activateWindow()
    desk.qtbot.waitUntil(lambda: QApplication.activeWindow() is desk.form.window(), timeout=3000)


def test_a_refused_create_puts_the_cursor_on_the_first_problem(
    desk: Desk, sandbox: EmbeddedSandbox
) -> None:
    form = desk.form
    _activate(desk)
    desk.fill_line(0, "Socks", "1", "99", "25")
    form.phone.setText("12")
    form.email.setText("not-an-email")
    form.create_button.setFocus()
    form.submit()
    assert form.phone.hasFocus()
    form.phone.setText("412 34 567")
    form.reference.clear()
    form.submit()
    assert form.reference.hasFocus()
    desk.fill_line(0, "Socks", "1", "abc", "25")
    form.submit()
    assert form.lines.rows[0].price.hasFocus()  # lines come first
    desk.fill_line(0, "Socks", "1", "99", "25")
    form.reference.setText("PD-FOCUS-1")
    form.email.clear()
    form.phone.clear()
    form.send_sms.setChecked(True)
    form.submit()
    assert form.phone.hasFocus()  # SMS needs a number
    assert sent_sessions(sandbox) == []
