"""The links page by keyboard alone and through a screen reader: Tab visits every control
in reading order, also after Clear and after a link is created; each has a name."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog

from app.sandbox import EmbeddedSandbox
from app.ui.links.cancel_dialog import CancelLinkDialog
from tests.ui.keyboard import (
    focus_into,
    names,
    opening_focus,
    repeated_mnemonics,
    spoken_name,
    tab_cycle,
    walk,
)
from tests.ui.links.support import Desk, sent_sessions

FORM_ORDER = [
    "Line description",
    "Quantity",
    "Unit price including VAT",
    "VAT percent",
    "Remove line",
    "Add line",
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
    "Auto-capture when paid",
    "Send by SMS",
    "Clear",
    "Create link",
    # then the history beside the form, and the form's secondary tools
    "Search link history",
    "Show links in state",
    "Link history",
    "Order templates",
    "Save a card…",
]
#: Before the first link the history is a guide to read, not a table to Tab into.
FIRST_FORM_ORDER = [name for name in FORM_ORDER if name != "Link history"]


def _open_everything(desk: Desk) -> None:
    """Shipping on and a custom expiry time: every field of the form is shown."""
    desk.form.lines.shipping_enabled.setChecked(True)
    desk.form.expiry.setCurrentIndex(3)


def test_tab_visits_the_whole_form_then_the_history_and_comes_back(desk: Desk) -> None:
    _open_everything(desk)
    order = tab_cycle(desk.qtbot, desk.form.lines.rows[0].description)
    assert names(order) == FIRST_FORM_ORDER


def test_after_clear_tab_still_reaches_reference_phone_and_create(desk: Desk) -> None:
    desk.fill_line(0, "Soap", "3", "45", "25")
    desk.form.lines.add_line()
    focus_into(desk.qtbot, desk.form.clear_button)
    desk.qtbot.keyClick(desk.form.clear_button, Qt.Key.Key_Space)
    assert len(desk.form.lines.rows) == 1
    assert QApplication.focusWidget() is desk.form.lines.rows[0].description
    _open_everything(desk)
    order = tab_cycle(desk.qtbot, desk.form.lines.rows[0].description)
    assert names(order) == FIRST_FORM_ORDER


def test_two_lines_are_walked_line_by_line(desk: Desk) -> None:
    desk.form.lines.add_line()
    _open_everything(desk)
    order = names(tab_cycle(desk.qtbot, desk.form.lines.rows[0].description))
    line = FORM_ORDER[:5]
    assert order == [*line, *line, *FIRST_FORM_ORDER[5:]]


def test_after_a_link_is_created_the_link_view_and_then_the_form_keep_their_order(
    desk: Desk,
) -> None:
    desk.fill_line(0, "Running shoes", "1", "1 250", "25")
    desk.create()
    view = desk.page.link_view
    assert names(tab_cycle(desk.qtbot, view.url)) == [
        "Payment link",
        "Copy link",
        "Open in browser",
        "Copy message",
        "Send by e-mail…",
        "Link timeline",
        "New link",
        "New link from this one",
        "Cancel link…",
        "Search link history",
        "Show links in state",
        "Link history",
    ]
    assert repeated_mnemonics(desk.page.window()) == {}
    desk.qtbot.keyClick(view.back_button, Qt.Key.Key_Space)
    desk.qtbot.waitUntil(lambda: desk.page.stack.currentWidget() is desk.form, timeout=3000)
    _open_everything(desk)
    assert names(tab_cycle(desk.qtbot, desk.form.lines.rows[0].description)) == FORM_ORDER


def test_every_control_tab_reaches_has_a_name_a_screen_reader_says(desk: Desk) -> None:
    _open_everything(desk)
    for control in tab_cycle(desk.qtbot, desk.form.lines.rows[0].description):
        assert spoken_name(control), f"{type(control).__name__} {control.objectName()!r}"


def test_no_shortcut_letter_serves_two_controls_on_the_form(desk: Desk) -> None:
    _open_everything(desk)
    assert repeated_mnemonics(desk.page.window()) == {}


def test_the_card_saving_dialog_by_keyboard(desk: Desk) -> None:
    desk.page.open_card_dialog()
    dialog = desk.page.card_dialog
    assert dialog is not None
    desk.qtbot.waitExposed(dialog)
    assert repeated_mnemonics(dialog) == {}
    order = tab_cycle(desk.qtbot, dialog.email)
    assert names(order)[:4] == ["Customer e-mail", "Customer phone", "Currency", "Reference"]
    assert names(order)[-2:] == ["Create card-saving link", "Close"]
    for control in order:
        assert spoken_name(control), f"{type(control).__name__} {control.objectName()!r}"
    dialog.close()


def test_the_cancel_dialog_by_keyboard(desk: Desk) -> None:
    desk.fill_line(0, "Running shoes", "1", "1 250", "25")
    desk.create()
    record = desk.page.link_view.record
    assert record is not None
    dialog = CancelLinkDialog(desk.context.account, record, None)
    desk.qtbot.addWidget(dialog)
    dialog.show()
    desk.qtbot.waitExposed(dialog)
    assert repeated_mnemonics(dialog) == {}
    assert dialog.focusWidget() is dialog.keep_button  # the safe choice first
    assert names(tab_cycle(desk.qtbot, dialog.keep_button)) == ["Keep link", "Cancel link"]


def test_a_link_to_a_phone_reaches_send_again_and_customer_in_reading_order(
    desk: Desk,
) -> None:
    desk.fill_line(0, "Rug", "1", "1200", "25")
    desk.form.phone.setText("912 34 567")
    desk.form.email.setText("kari@example.no")
    desk.form.send_sms.setChecked(True)
    desk.create()
    desk.wait_state("open")
    view = desk.page.link_view
    assert names(tab_cycle(desk.qtbot, view.url)) == [
        "Payment link",
        "Copy link",
        "Open in browser",
        "Send again by SMS…",
        "Copy message",
        "Send by e-mail…",
        "Link timeline",
        "New link",
        "Customer…",  # as the buttons stand, left to right
        "New link from this one",
        "Cancel link…",
        "Search link history",
        "Show links in state",
        "Link history",
    ]
    assert repeated_mnemonics(desk.page.window()) == {}


def test_the_send_again_confirmation_starts_on_dont_send_and_enter_sends_nothing(
    desk: Desk, sandbox: EmbeddedSandbox
) -> None:
    desk.fill_line(0, "Rug", "1", "1200", "25")
    desk.form.phone.setText("912 34 567")
    desk.form.send_sms.setChecked(True)
    desk.create()
    desk.wait_state("open")
    record = desk.page.link_view.record
    assert record is not None
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Escape):
        box = desk.page.ask_send_again(record)
        assert box is not None
        dont = opening_focus(desk.qtbot, box)
        assert names([dont]) == ["Don't send"]
        assert walk(desk.qtbot, box, dont) == ["Don't send", "Send new link, cancel the old"]
        focus_into(desk.qtbot, dont)
        with desk.qtbot.waitSignal(box.finished, timeout=3000):
            desk.qtbot.keyClick(dont, key)
    assert len(sent_sessions(sandbox)) == 1  # only the first link
    assert sandbox.get_session(record.session_id).get("cancelled_at") is None


def test_the_template_name_dialog_by_keyboard(desk: Desk) -> None:
    desk.page.templates_menu.ask_name()
    dialog = desk.form.findChild(QInputDialog, "templateNameDialog")
    assert dialog is not None
    name = opening_focus(desk.qtbot, dialog)  # the name field, its label as its name
    assert walk(desk.qtbot, dialog, name) == ["Template name:", "OK", "Cancel"]
    desk.qtbot.keyClicks(name, "Phone order")
    with desk.qtbot.waitSignal(dialog.rejected, timeout=3000):
        desk.qtbot.keyClick(name, Qt.Key.Key_Escape)
    assert desk.page.templates.list() == []  # nothing saved


def test_an_unconfirmed_link_and_its_send_again_question_by_keyboard(
    desk: Desk, sandbox: EmbeddedSandbox
) -> None:
    # The answer to the create is lost and the desk's own look-up refused once: the link
    # stays unconfirmed, with Check now and Send again offered.
    sandbox.add_fault(method="POST", path=r"/sessions-profile", kind="drop_after_apply", times=1)
    sandbox.add_fault(method="GET", path=r"^/v1/sessions$", kind="status", status=403, times=1)
    desk.fill_line(0, "Lamp", "2", "349", "25")
    desk.form.submit()
    view = desk.page.link_view
    desk.qtbot.waitUntil(lambda: "Stopped following" in view.problem.text(), timeout=5000)
    assert names(tab_cycle(desk.qtbot, view.check_button)) == [
        "Check now",
        "Send again with the same reference…",
        "Link timeline",  # no link to copy or open until Dintero confirms it
        "New link",
        "New link from this one",
        "Search link history",
        "Show links in state",
        "Link history",
    ]
    assert repeated_mnemonics(desk.page.window()) == {}
    view.resend_button.click()
    box = desk.page._confirm
    assert box is not None
    dont = opening_focus(desk.qtbot, box)
    assert walk(desk.qtbot, box, dont) == ["Don't send", "Send again"]
    with desk.qtbot.waitSignal(box.finished, timeout=3000):
        desk.qtbot.keyClick(dont, Qt.Key.Key_Return)
    assert len(sent_sessions(sandbox)) == 1  # Enter sent nothing again
