"""Cancelling a payment link: the confirmation's wording by state, and unclear answers
(5xx, a dropped connection) settled by reading the link again — against the real sandbox."""

from __future__ import annotations

import re
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.accounts.models import Account
from app.sandbox import EmbeddedSandbox
from app.storage.journal import Journal, JournalEntry, Operation, Outcome
from app.storage.links import LinkRecord
from app.ui.errors import ErrorPresenter
from app.ui.links.cancel_dialog import CancelCase, CancelLinkDialog
from app.ui.style import Tone
from tests.ui.links.support import Desk


def new_link(desk: Desk, price: str = "800") -> tuple[str, LinkRecord]:
    desk.fill_line(0, "Chair", "1", price, "25")
    session_id = desk.create()
    desk.wait_state("open")
    record = desk.page.link_view.record
    assert record is not None
    return session_id, record


def wait_paid(desk: Desk, transaction_status: str) -> None:
    desk.qtbot.waitUntil(
        lambda: (
            desk.page.link_view.status is not None
            and desk.page.link_view.status.state == "paid"
            and desk.page.link_view.status.transaction_status == transaction_status
        ),
        timeout=5000,
    )


def open_confirmation(desk: Desk, record: LinkRecord) -> CancelLinkDialog:
    desk.page.ask_cancel(record)
    box = desk.page._confirm
    assert isinstance(box, CancelLinkDialog)
    desk.qtbot.waitExposed(box)
    return box


def assert_fits(box: CancelLinkDialog) -> None:
    """Nothing is cut off: every label has at least the height its wrapped text needs."""
    for label in (box.headline, box.explanation, box.environment):
        assert label.height() >= label.heightForWidth(label.width()), label.text()
    assert box.buttons.geometry().bottom() <= box.height()


def cancel_entries(desk: Desk, session_id: str) -> list[JournalEntry]:
    with Journal.in_directory(desk.page.services.data_dir) as journal:
        entries = journal.for_target(session_id)
    assert all(e.operation is Operation.CANCEL_LINK for e in entries)
    return entries


def cancelled_event_request_id(sandbox: EmbeddedSandbox, session_id: str) -> str:
    events = sandbox.get_session(session_id)["events"]
    ids = [e["request_id"] for e in events if e["name"] == "CANCELLED"]
    assert len(ids) == 1
    assert ids[0]
    return str(ids[0])


def test_confirmation_words_an_open_link_as_closing_it(
    desk: Desk, sandbox: EmbeddedSandbox, screenshot_dir: Path
) -> None:
    new_link(desk, "349")
    desk.page.link_view.cancel_button.click()
    box = desk.page._confirm
    assert isinstance(box, CancelLinkDialog)
    desk.qtbot.waitExposed(box)
    assert box.wording.case is CancelCase.UNPAID
    assert "can no longer pay" in box.explanation.text()
    assert "void" not in box.explanation.text()
    assert "TEST" in box.environment.text()
    text = " ".join(label.text() for label in box.findChildren(type(box.headline)))
    assert "Sandbox shop" in text
    assert sandbox.account_id in text
    assert box.keep_button.isDefault()
    box.grab().save(str(screenshot_dir / "links_cancel_confirm_open.png"))
    assert_fits(box)
    box.keep_button.click()
    assert desk.page._confirm is None
    assert sandbox.requests(r"/cancel$") == []


def test_confirmation_for_an_authorized_payment_says_it_is_voided(
    desk: Desk, sandbox: EmbeddedSandbox, screenshot_dir: Path
) -> None:
    session_id, record = new_link(desk)
    sandbox.pay(session_id, outcome="authorized")
    wait_paid(desk, "AUTHORIZED")
    assert desk.page.link_view.cancel_button.isEnabled()
    assert not desk.page.link_view.cancel_note.isVisible()
    box = open_confirmation(desk, record)
    assert box.wording.case is CancelCase.VOID
    assert (
        "authorized payment of 800,00\xa0kr will be voided (released to the customer)"
        in box.explanation.text()
    )
    assert box.confirm_button is not None
    box.grab().save(str(screenshot_dir / "links_cancel_confirm_void.png"))
    assert_fits(box)
    box.confirm_button.click()
    desk.wait_state("cancelled")
    assert len(sandbox.requests(r"/cancel$")) == 1
    [entry] = cancel_entries(desk, session_id)
    assert entry.outcome is Outcome.SUCCEEDED
    assert entry.request_id == cancelled_event_request_id(sandbox, session_id)


def test_a_captured_payment_is_not_offered_cancel(
    desk: Desk, sandbox: EmbeddedSandbox, screenshot_dir: Path
) -> None:
    session_id, record = new_link(desk)
    sandbox.pay(session_id, outcome="captured")
    wait_paid(desk, "CAPTURED")
    view = desk.page.link_view
    assert not view.cancel_button.isEnabled()
    assert view.cancel_note.isVisible()
    assert "already captured — refund it on the Transactions page instead" in (
        view.cancel_note.text()
    )
    desk.page.grab().save(str(screenshot_dir / "links_paid_captured.png"))
    # Even if asked (say, from a stale view), the dialog explains and offers no Cancel.
    box = open_confirmation(desk, record)
    assert box.wording.case is CancelCase.REFUSED
    assert box.confirm_button is None
    assert [b.text() for b in box.buttons.buttons()] == ["Close"]
    assert "already captured — refund it on the Transactions page instead" in (
        box.explanation.text()
    )
    box.grab().save(str(screenshot_dir / "links_cancel_refused_captured.png"))
    assert_fits(box)
    box.keep_button.click()
    assert sandbox.requests(r"/cancel$") == []
    assert cancel_entries(desk, session_id) == []


def test_confirmation_on_a_production_account_is_red(
    desk: Desk, qtbot: QtBot, screenshot_dir: Path
) -> None:
    _, record = new_link(desk, "1 250")
    production = Account(
        name="Nordic Shoes AS",
        account_id="P12345678",
        client_id="prod-client",
        base_url="https://api.dintero.com",
        key="nordicshoes",
    )
    box = CancelLinkDialog(production, record, desk.page.tracker.latest.get(record.session_id))
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    assert "PRODUCTION" in box.environment.text()
    assert box.environment.property("tone") == Tone.PRODUCTION
    box.grab().save(str(screenshot_dir / "links_cancel_confirm_production.png"))
    assert_fits(box)


def test_a_503_is_settled_by_reading_the_link_and_staff_may_try_again(
    desk: Desk, sandbox: EmbeddedSandbox, errors: ErrorPresenter
) -> None:
    session_id, record = new_link(desk)
    sandbox.add_fault(method="POST", path=r"/cancel$", kind="status", status=503, times=1)
    desk.page.cancel_link(record)
    desk.qtbot.waitUntil(lambda: bool(errors.history), timeout=5000)
    [shown] = errors.history
    assert "Dintero did not confirm the cancellation; the link is still open" in shown.message
    assert "HTTP status: 503" in shown.details
    assert len(sandbox.requests(r"/cancel$")) == 1  # never sent twice on its own
    [entry] = cancel_entries(desk, session_id)
    assert entry.outcome is Outcome.FAILED
    assert "still open" in entry.message
    assert entry.request_id  # the 503's, to quote to Dintero
    # The link is still open and staff can try again.
    desk.qtbot.waitUntil(lambda: desk.page.link_view.cancel_button.isEnabled(), timeout=5000)
    assert desk.state() == "open"
    box = open_confirmation(desk, record)
    assert box.confirm_button is not None
    box.confirm_button.click()
    desk.wait_state("cancelled")
    assert len(sandbox.requests(r"/cancel$")) == 2
    newest, first = cancel_entries(desk, session_id)
    assert (first.outcome, newest.outcome) == (Outcome.FAILED, Outcome.SUCCEEDED)
    assert newest.request_id == cancelled_event_request_id(sandbox, session_id)
    assert len(errors.history) == 1


def test_a_dropped_connection_after_the_void_is_confirmed_by_reading(
    desk: Desk, sandbox: EmbeddedSandbox, errors: ErrorPresenter
) -> None:
    session_id, record = new_link(desk)
    transaction = sandbox.pay(session_id, outcome="authorized")
    wait_paid(desk, "AUTHORIZED")
    sandbox.add_fault(method="POST", path=r"/cancel$", kind="drop_after_apply", times=1)
    desk.page.cancel_link(record)
    desk.wait_state("cancelled")
    desk.qtbot.waitUntil(lambda: not desk.page._cancelling, timeout=5000)
    assert errors.history == []
    assert len(sandbox.requests(r"/cancel$")) == 1
    assert sandbox.get_transaction(transaction["id"])["status"] == "AUTHORIZATION_VOIDED"
    [entry] = cancel_entries(desk, session_id)
    assert entry.outcome is Outcome.SUCCEEDED
    assert entry.request_id == cancelled_event_request_id(sandbox, session_id)
    assert entry.message.startswith("Confirmed by reading the link again")


def test_an_unclear_answer_and_a_failed_read_is_journaled_unknown(
    desk: Desk, sandbox: EmbeddedSandbox, errors: ErrorPresenter
) -> None:
    session_id, record = new_link(desk)
    sandbox.add_fault(method="POST", path=r"/cancel$", kind="drop_after_apply", times=1)
    sandbox.add_fault(
        method="GET", path=rf"/v1/sessions/{re.escape(session_id)}$", kind="status", status=503
    )
    desk.page.cancel_link(record)
    desk.qtbot.waitUntil(lambda: bool(errors.history), timeout=5000)
    [shown] = errors.history
    assert "could not confirm whether Dintero cancelled the link" in shown.message
    assert "not sent again" in shown.message
    [entry] = cancel_entries(desk, session_id)
    assert entry.outcome is Outcome.UNKNOWN
    assert "Not sent again" in entry.message
    assert len(sandbox.requests(r"/cancel$")) == 1
    # Once Dintero answers again, the tracker shows what really happened.
    sandbox.clear_faults()
    desk.wait_state("cancelled")
    assert len(sandbox.requests(r"/cancel$")) == 1
