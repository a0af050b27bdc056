"""The customer's language chosen on the form reaches the payment page, the copied message
and the e-mail (the page is the sandbox's, fetched over loopback)."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import httpx
from PySide6.QtGui import QGuiApplication

from app.sandbox import EmbeddedSandbox
from tests.ui.links.support import Desk, MailProgram


def test_a_swedish_number_gets_a_swedish_page_and_message(
    desk: Desk, sandbox: EmbeddedSandbox, mail_program: MailProgram
) -> None:
    desk.fill_line(0, "Ullstrumpor", "1", "149,00", "25")
    desk.form.phone.setText("+46 70 123 45 67")
    desk.form.email.setText("anna@example.se")
    session_id = desk.create()

    view = desk.page.link_view
    assert view.url.text().endswith(f"/v1/view/{session_id}?language=sv")
    page = httpx.get(view.url.text(), timeout=10)
    assert "<html lang='sv'>" in page.text
    assert sandbox.get_session(session_id)["page_languages"] == ["sv"]

    view.message_button.click()
    message = QGuiApplication.clipboard().text()
    assert message.startswith("Hej!\nHär är betallänken för order")
    assert view.url.text() in message.splitlines()

    view.email_button.click()  # the mail program opens, in the customer's language too
    [opened] = mail_program.opened
    mail = urlsplit(opened)
    assert (mail.scheme, mail.path) == ("mailto", "anna@example.se")
    fields = {k: v[0] for k, v in parse_qs(mail.query).items()}
    assert fields["subject"].startswith("Betalningslänk för order")
    assert view.url.text() in fields["body"].splitlines()


def test_the_form_s_choice_wins_over_the_phone(desk: Desk, sandbox: EmbeddedSandbox) -> None:
    desk.fill_line(0, "Uldsokker", "1", "149,00", "25")
    desk.form.phone.setText("412 34 567")  # Norwegian
    index = desk.form.customer_language.findData("da")
    desk.form.customer_language.setCurrentIndex(index)
    session_id = desk.create()

    url = desk.page.link_view.url.text()
    assert url.endswith(f"/v1/view/{session_id}?language=da")
    assert "<html lang='da'>" in httpx.get(url, timeout=10).text
    assert desk.form.customer_language.currentData() == ""  # the next link starts automatic
