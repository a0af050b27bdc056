"""What the link view shows after the payment: declined or failed (the link has ended:
no link to copy, no QR code, no Cancel), on hold for the payment provider's review (not
paid, no paid notice), paid once the review ends, and a payment in progress."""

from __future__ import annotations

from pathlib import Path

from app.desk.link_status import build_status
from app.dintero import ClientConfig, DinteroClient
from app.dintero.models import Session, Transaction, TransactionStatus
from app.dintero.session_state import session_status
from app.sandbox import EmbeddedSandbox
from app.storage.links import LinkStore
from app.ui.links.link_view import LinkView
from tests.ui.conftest import RunAsync
from tests.ui.links.support import Desk

INVOICE = "collector.invoice"


#: The widest reference Paydesk makes (all its letters as wide as W): the title keeps it
#: whole beside the badge.
WIDEST_REFERENCE = "PD-WWWWW-WWWWW-WWWWW"


def new_link(desk: Desk, description: str) -> str:
    desk.fill_line(0, description, "1", "1 299", "25")
    desk.form.reference.setText(WIDEST_REFERENCE)
    session_id = desk.create()
    desk.wait_state("open")
    return session_id


def reference_of(desk: Desk) -> str:
    record = desk.page.link_view.record
    assert record is not None
    return record.merchant_reference


def assert_ended(view: LinkView) -> None:
    """Nothing to pay with and nothing to cancel; a new link is the way on."""
    assert not view.url_box.isVisible()
    assert not view.qr.isVisible()
    assert not view.cancel_button.isEnabled()
    assert view.cancel_note.isVisible()
    assert "can't be paid again" in view.cancel_note.text()
    assert "New link from this one" in view.cancel_note.text()
    assert view.clone_button.isEnabled()
    assert view.state_badge.text().endswith("the link can't be paid again; send a new link")


def assert_badge_fits(view: LinkView) -> None:
    """The badge is shown whole (wrapped), and leaves the title room for the reference."""
    layout = view.layout()
    assert layout is not None
    layout.activate()  # lay the view out now, as the event loop does before painting
    badge = view.state_badge
    assert badge.height() >= badge.heightForWidth(badge.width()), badge.text()
    assert badge.geometry().right() <= view.width()
    assert not view.title.is_elided(), view.title.full_text()


def test_a_declined_payment_ends_the_link(
    desk: Desk, sandbox: EmbeddedSandbox, screenshot_dir: Path
) -> None:
    session_id = new_link(desk, "Boots")
    sandbox.pay(session_id, outcome="declined", payment_product_type="vipps")
    desk.wait_state("declined")
    view = desk.page.link_view
    assert view.state_badge.text().startswith("Customer declined")
    assert "still open" not in view.state_badge.text()
    assert_ended(view)
    assert_badge_fits(view)
    assert "declined the payment" in view.cancel_note.text()
    assert view.timeline_kinds()[-1] == "failed"
    [notice] = desk.page.notifier.history
    assert notice.kind == "failed"
    assert notice.title == f"Customer declined — {reference_of(desk)}"
    assert notice.message.endswith("send a new link.")
    assert desk.page.history.model.data(desk.page.history.model.index(0, 4)) == "Declined"
    desk.qtbot.waitUntil(lambda: not desk.page.tracker.is_tracking(session_id), timeout=3000)
    view.copy_link()  # the shortcut does nothing for a link that cannot be paid
    assert view.copied.text() == ""
    desk.page.grab().save(str(screenshot_dir / "links_declined_ended.png"))


def test_a_failed_payment_ends_the_link(
    desk: Desk, sandbox: EmbeddedSandbox, screenshot_dir: Path
) -> None:
    session_id = new_link(desk, "Coat")
    sandbox.pay(session_id, outcome="failed")
    desk.wait_state("payment_failed")
    view = desk.page.link_view
    assert view.state_badge.text() == (
        "Payment failed — the link can't be paid again; send a new link"
    )
    assert_ended(view)
    assert_badge_fits(view)
    [notice] = desk.page.notifier.history
    assert notice.title == f"Payment failed — {reference_of(desk)}"
    stored = LinkStore.in_directory(desk.page.services.data_dir).get(session_id)
    assert stored is not None
    assert stored.state == "payment_failed"
    desk.page.grab().save(str(screenshot_dir / "links_failed_ended.png"))

    # Shown from the history before any reading (a new window): still ended.
    fresh = LinkView()
    desk.qtbot.addWidget(fresh)
    fresh.show()
    fresh.show_record(stored)
    assert fresh.status is None
    assert_ended(fresh)


def test_on_hold_is_not_paid_until_the_review_ends_authorized(
    desk: Desk, sandbox: EmbeddedSandbox, screenshot_dir: Path
) -> None:
    session_id = new_link(desk, "Sofa")
    held = sandbox.pay(session_id, outcome="on_hold", payment_product_type=INVOICE)
    desk.wait_state("on_hold")
    view = desk.page.link_view
    assert view.state_badge.text() == (
        "On hold — waiting for the payment provider's review. Don't ship yet."
    )
    assert "Paid" not in view.state_badge.text()
    assert_badge_fits(view)
    assert "paid" not in view.timeline_kinds()
    assert "on_hold" in view.timeline_kinds()
    assert desk.page.notifier.history == []  # no paid notice, no tray message
    assert not desk.page.notice.isVisible()
    assert not view.cancel_button.isEnabled()  # Dintero does not cancel while on hold
    assert "Don't ship yet" in view.cancel_note.text()
    assert desk.page.history.model.data(desk.page.history.model.index(0, 4)) == "On hold"
    assert desk.page.tracker.is_tracking(session_id)  # the review is waited for
    desk.page.grab().save(str(screenshot_dir / "links_on_hold.png"))

    sandbox.resolve(str(held["id"]), "authorized")
    desk.wait_state("paid")
    assert view.state_badge.text() == "Paid"
    kinds = view.timeline_kinds()
    assert kinds.index("on_hold") < kinds.index("paid")
    desk.qtbot.waitUntil(lambda: not desk.page.tracker.is_tracking(session_id), timeout=3000)
    assert [n.kind for n in desk.page.notifier.history] == ["paid"]  # once
    assert desk.page.notice.isVisible()
    assert view.cancel_button.isEnabled()  # authorized now: cancelling voids it
    desk.page.grab().save(str(screenshot_dir / "links_paid_after_review.png"))


def test_on_hold_rejected_by_the_review_ends_the_link(
    desk: Desk, sandbox: EmbeddedSandbox, screenshot_dir: Path
) -> None:
    session_id = new_link(desk, "Table")
    held = sandbox.pay(session_id, outcome="on_hold", payment_product_type=INVOICE)
    desk.wait_state("on_hold")
    sandbox.resolve(str(held["id"]), "failed")
    desk.wait_state("payment_failed")
    view = desk.page.link_view
    assert_ended(view)
    kinds = view.timeline_kinds()
    assert kinds.index("on_hold") < kinds.index("failed")
    assert [n.kind for n in desk.page.notifier.history] == ["failed"]
    desk.page.grab().save(str(screenshot_dir / "links_on_hold_failed.png"))


def test_a_payment_in_progress_is_shown_as_such(
    desk: Desk,
    sandbox: EmbeddedSandbox,
    client_config: ClientConfig,
    run_async: RunAsync,
    screenshot_dir: Path,
) -> None:
    """The sandbox completes a payment at once: its real session and transaction are
    read, and the transaction taken back to its first step (INITIATED) for the view."""
    session_id = new_link(desk, "Lamp")
    paid = sandbox.pay(session_id, outcome="authorized")
    desk.wait_state("paid")
    desk.qtbot.waitUntil(lambda: not desk.page.tracker.is_tracking(session_id), timeout=3000)

    async def read() -> tuple[Session, Transaction]:
        async with DinteroClient(client_config) as client:
            return (
                await client.get_session(session_id),
                await client.get_transaction(str(paid["id"])),
            )

    session, transaction = run_async(read())
    started = transaction.model_copy(
        update={"status": TransactionStatus.INITIATED, "events": transaction.events[:1]}
    )
    status = build_status(session, session_status(session, None, started), started, None)
    view = desk.page.link_view
    view.show_status(status)
    assert view.state_badge.text() == "Payment in progress"
    assert "processing" in view.timeline_kinds()
    assert "paid" not in view.timeline_kinds()
    assert view.cancel_button.isEnabled()  # an INITIATED payment is voided by a cancel
    assert_badge_fits(view)
    view.grab().save(str(screenshot_dir / "links_processing.png"))  # the view alone: it is
    # shown a state the sandbox has moved past, while the page's list and notice say paid
