"""Nothing is lost when creating a link goes wrong, and every unfinished link is followed.

Real faults at the sandbox over loopback: the connection dropped after the session was
stored, a 503, and the app quitting while the request is in flight.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.accounts.memory_keyring import MemoryKeyring
from app.core.vat import OrderLine
from app.desk.session_poller import SessionPoller
from app.dintero import DinteroClient
from app.dintero.models import OrderItem
from app.dintero.payloads import SessionRequest
from app.sandbox import EmbeddedSandbox
from app.storage.links import LinkRecord, LinkState, LinkStore, pending_id
from app.ui.errors import ErrorPresenter
from app.ui.links.tracker import POLLER_TASK
from tests.ui.conftest import RunAsync
from tests.ui.links.support import Desk, make_services, open_desk, sent_sessions

CREATE_PATH = r"/sessions-profile"


def sandbox_sessions_for(sandbox: EmbeddedSandbox, reference: str) -> list[dict[str, object]]:
    return [
        sandbox.get_session(str(summary["id"]))
        for summary in sandbox.list_sessions()
        if sandbox.get_session(str(summary["id"]))["order"]["merchant_reference"] == reference
    ]


def submit(desk: Desk) -> str:
    reference = desk.form.reference.text()
    desk.form.submit()
    return reference


def test_answer_lost_is_shown_as_not_confirmed(
    desk: Desk, sandbox: EmbeddedSandbox, screenshot_dir: Path
) -> None:
    # The connection drops before Dintero creates anything: the desk cannot tell, so the
    # link stays "not confirmed" (nothing with its reference turns up).
    sandbox.add_fault(method="POST", path=CREATE_PATH, kind="drop_before_apply", times=1)
    desk.fill_line(0, "Boots", "1", "1 299", "25")
    desk.form.phone.setText("412 34 567")
    desk.form.send_sms.setChecked(True)
    reference = submit(desk)
    desk.qtbot.waitUntil(lambda: bool(desk.page.errors.history), timeout=5000)
    desk.wait_state("creating")  # looked for at Dintero, not found

    assert sandbox_sessions_for(sandbox, reference) == []
    [shown] = desk.page.errors.history
    assert shown.expected
    assert "did not confirm" in shown.message
    assert reference in shown.message
    view = desk.page.link_view
    assert desk.page.stack.currentWidget() is view
    assert view.unconfirmed.isVisible()
    assert "Not confirmed by Dintero" in view.unconfirmed_note.text()
    assert "SMS" in view.unconfirmed_note.text()
    assert not view.url_box.isVisible()
    assert not view.cancel_button.isEnabled()
    assert "Not confirmed" in view.state_badge.text()
    row = desk.page.history.model.record(0)
    assert (row.session_id, row.state) == (pending_id(reference), LinkState.CREATING)
    stored = LinkStore.in_directory(desk.page.services.data_dir).get(pending_id(reference))
    assert stored is not None
    assert (stored.amount, stored.customer_phone) == (129900, "+4741234567")
    # What was typed is kept in the record, and the form is ready for the next order.
    assert desk.form.lines.rows[0].description.text() == ""
    desk.page.grab().save(str(screenshot_dir / "links_not_confirmed.png"))


def test_answer_lost_after_dintero_created_the_link_is_found_before_any_payment(
    desk: Desk, sandbox: EmbeddedSandbox
) -> None:
    sandbox.add_fault(method="POST", path=CREATE_PATH, kind="drop_after_apply", times=1)
    desk.fill_line(0, "Boots", "1", "1 299", "25")
    reference = submit(desk)
    desk.qtbot.waitUntil(lambda: bool(desk.page.errors.history), timeout=5000)

    # The session exists at the sandbox; the desk finds it by its reference, unpaid.
    [orphan] = sandbox_sessions_for(sandbox, reference)
    view = desk.page.link_view
    desk.qtbot.waitUntil(
        lambda: view.record is not None and view.record.session_id == orphan["id"], timeout=5000
    )
    desk.wait_state("open")
    assert view.record is not None
    assert view.record.url.endswith(f"/v1/view/{orphan['id']}?language=en")  # no phone: English
    assert not view.unconfirmed.isVisible()
    assert view.url_box.isVisible()
    assert view.cancel_button.isEnabled()
    assert [r.session_id for r in desk.page.history.model._rows] == [orphan["id"]]
    store = LinkStore.in_directory(desk.page.services.data_dir)
    assert store.get(pending_id(reference)) is None

    # The customer pays the link they got: followed like any other link.
    sandbox.pay(str(orphan["id"]), outcome="authorized")
    desk.wait_state("paid", timeout=8000)
    confirmed = store.get(str(orphan["id"]))
    assert confirmed is not None
    assert confirmed.state == "paid"
    assert len(sent_sessions(sandbox)) == 1  # never sent twice
    assert [n.kind for n in desk.page.notifier.history] == ["paid"]


def test_send_again_finds_the_link_dintero_has_and_sends_nothing(
    desk: Desk, sandbox: EmbeddedSandbox, screenshot_dir: Path
) -> None:
    sandbox.add_fault(method="POST", path=CREATE_PATH, kind="drop_after_apply", times=1)
    # The desk's own look-up is refused once, so it stops following the link before it
    # finds it: staff then send it again by hand.
    sandbox.add_fault(method="GET", path=r"^/v1/sessions$", kind="status", status=403, times=1)
    desk.fill_line(0, "Lamp", "2", "349", "25")
    reference = submit(desk)
    desk.qtbot.waitUntil(lambda: bool(desk.page.errors.history), timeout=5000)
    view = desk.page.link_view
    desk.qtbot.waitUntil(lambda: "Stopped following" in view.problem.text(), timeout=5000)
    [orphan] = sandbox_sessions_for(sandbox, reference)
    assert view.record is not None
    assert view.record.unconfirmed

    view.resend_button.click()
    box = desk.page._confirm
    assert isinstance(box, QMessageBox)
    assert "looks for it at Dintero" in box.informativeText()
    next(b for b in box.buttons() if b.text() == "Send again").click()

    desk.qtbot.waitUntil(
        lambda: view.record is not None and not view.record.unconfirmed, timeout=5000
    )
    desk.wait_state("open")
    assert view.record.session_id == orphan["id"]
    assert view.found_note.isVisible()
    assert "not sent again" in view.found_note.text()
    assert view.url_box.isVisible()
    assert not view.unconfirmed.isVisible()
    assert len(sent_sessions(sandbox)) == 1  # the lost one only: never two live links
    assert [r.session_id for r in desk.page.history.model._rows] == [orphan["id"]]
    assert LinkStore.in_directory(desk.page.services.data_dir).get(pending_id(reference)) is None
    desk.page.grab().save(str(screenshot_dir / "links_resend_found.png"))


def test_send_again_asks_first_and_keeps_the_reference(
    desk: Desk, sandbox: EmbeddedSandbox, screenshot_dir: Path
) -> None:
    sandbox.add_fault(method="POST", path=CREATE_PATH, kind="status", status=503, times=1)
    desk.fill_line(0, "Lamp", "2", "349", "25")
    reference = submit(desk)
    desk.qtbot.waitUntil(lambda: bool(desk.page.errors.history), timeout=5000)
    view = desk.page.link_view
    assert view.record is not None
    assert view.record.unconfirmed
    assert view.resend_button.isEnabled()

    view.resend_button.click()
    box = desk.page._confirm
    assert isinstance(box, QMessageBox)
    assert "customer" in box.informativeText()
    box.grab().save(str(screenshot_dir / "links_resend_confirm.png"))
    assert len(sent_sessions(sandbox)) == 1  # nothing sent before the answer
    next(b for b in box.buttons() if b.text() == "Send again").click()

    desk.qtbot.waitUntil(
        lambda: view.record is not None and not view.record.unconfirmed, timeout=5000
    )
    desk.wait_state("open")
    bodies = [r["json"] for r in sent_sessions(sandbox)]
    assert [b["order"]["merchant_reference"] for b in bodies] == [reference, reference]
    assert bodies[0]["order"]["amount"] == bodies[1]["order"]["amount"] == 69800
    assert [r.session_id for r in desk.page.history.model._rows] == [view.record.session_id]
    assert LinkStore.in_directory(desk.page.services.data_dir).get(pending_id(reference)) is None


def test_quitting_mid_create_loses_nothing_and_the_next_start_shows_it(
    qtbot: QtBot,
    qloop: object,
    sandbox: EmbeddedSandbox,
    tmp_path: Path,
    memory_keyring: MemoryKeyring,
    errors: ErrorPresenter,
    run_async: RunAsync,
) -> None:
    first = open_desk(qtbot, sandbox, make_services(tmp_path), errors)
    # Long enough that the quit below surely falls while the request is with the sandbox.
    sandbox.add_fault(method="POST", path=CREATE_PATH, kind="latency", latency_ms=3000, times=1)
    first.fill_line(0, "Mug", "2", "129", "25")
    reference = submit(first)
    qtbot.waitUntil(lambda: first.context.tasks.running("create-link"), timeout=10_000)
    # Written before sending; the sandbox holds the request back.
    store = LinkStore.in_directory(tmp_path)
    qtbot.waitUntil(lambda: store.get(pending_id(reference)) is not None, timeout=10_000)
    # Quit while the request is in flight: it has reached the sandbox, not yet been answered.
    qtbot.waitUntil(lambda: bool(sent_sessions(sandbox)), timeout=10_000)
    assert first.context.tasks.running("create-link")
    first.page.bind(None)
    run_async(first.context.aclose())
    first.page.close()
    kept = store.get(pending_id(reference))
    assert kept is not None  # nothing lost: kept as "Not confirmed"
    assert kept.state == "creating"
    qtbot.waitUntil(lambda: bool(sandbox_sessions_for(sandbox, reference)), timeout=10_000)
    created = sandbox_sessions_for(sandbox, reference)

    second = open_desk(qtbot, sandbox, make_services(tmp_path), errors)
    try:
        model = second.page.history.model
        # The next start shows the link, finds it at Dintero by its reference and confirms
        # it with Dintero's session: one link, never a second one.
        qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=10_000)
        assert model.record(0).merchant_reference == reference
        qtbot.waitUntil(
            lambda: model.rowCount() == 1 and model.record(0).session_id == created[0]["id"],
            timeout=10_000,
        )
        assert len(sandbox_sessions_for(sandbox, reference)) == 1
        assert store.get(pending_id(reference)) is None
        assert errors.history == []
    finally:
        second.page.bind(None)
        run_async(second.context.aclose())


def test_unconfirmed_link_past_its_expiry_is_closed(desk: Desk, sandbox: EmbeddedSandbox) -> None:
    sandbox.add_fault(method="POST", path=CREATE_PATH, kind="drop_before_apply", times=1)
    desk.fill_line(0, "Scarf", "1", "199", "25")
    submit(desk)
    desk.qtbot.waitUntil(lambda: bool(desk.page.errors.history), timeout=5000)
    desk.wait_state("creating")
    desk.clock_offset = timedelta(days=2)
    desk.page.link_view.check_button.click()
    desk.wait_state("expired")
    view = desk.page.link_view
    assert "no link or payment" in view.unconfirmed_note.text()
    assert not view.resend_button.isVisible()
    assert view.clone_button.isEnabled()
    assert desk.page.history.model.record(0).state == "expired"


def _open_sessions(run_async: RunAsync, sandbox: EmbeddedSandbox, count: int) -> list[str]:
    """Create ``count`` sessions at the sandbox directly (links made by an earlier run)."""

    async def create() -> list[str]:
        from app.dintero import ClientConfig

        config = ClientConfig.single_host(
            sandbox.base_url, sandbox.account_id, sandbox.client_id, sandbox.client_secret
        )
        async with DinteroClient(config) as client:
            ids = []
            for number in range(count):
                request = SessionRequest(
                    merchant_reference=f"OLD-{number}",
                    currency="NOK",
                    return_url="https://shop.example/return",
                    items=(
                        OrderItem(
                            id="sku",
                            line_id="1",
                            description="Thing",
                            quantity=Decimal(1),
                            amount=10000,
                            vat_amount=2000,
                            vat=Decimal(25),
                        ),
                    ),
                    amount=10000,
                    vat_amount=2000,
                    profile_id="default",
                )
                ids.append((await client.create_session(request)).id)
            return ids

    return run_async(create(), timeout_ms=20_000)


def test_every_unfinished_link_is_followed_with_bounded_load(
    qtbot: QtBot,
    qloop: object,
    sandbox: EmbeddedSandbox,
    tmp_path: Path,
    memory_keyring: MemoryKeyring,
    errors: ErrorPresenter,
    run_async: RunAsync,
    monkeypatch: pytest.MonkeyPatch,
    screenshot_dir: Path,
) -> None:
    count = 40
    ids = _open_sessions(run_async, sandbox, count)
    store = LinkStore.in_directory(tmp_path)
    start = datetime.now(UTC) - timedelta(hours=1)
    for number, session_id in enumerate(ids):
        store.add(
            LinkRecord(
                session_id=session_id,
                account_key="sandboxshop",
                account_id=sandbox.account_id,
                environment="test",
                merchant_reference=f"OLD-{number}",
                currency="NOK",
                amount=10000,
                url=f"{sandbox.base_url}/v1/view/{session_id}",
                lines=(OrderLine("1", "Thing", Decimal(1), 10000, Decimal(25)),),
                expires_at=datetime.now(UTC) + timedelta(days=1),
                created_at=start + timedelta(seconds=number),
                updated_at=start + timedelta(seconds=number),
            )
        )
    oldest = ids[0]  # far beyond the newest 25
    sandbox.pay(oldest, outcome="authorized")
    sandbox.clear_requests()

    monkeypatch.setattr(SessionPoller, "min_gap_s", 0.1)
    began = time.monotonic()
    shop = open_desk(qtbot, sandbox, make_services(tmp_path), errors)
    tracker = shop.page.tracker
    try:
        assert sorted(tracker.followed) == sorted(ids)
        assert shop.context.tasks.running(POLLER_TASK)
        assert not shop.context.tasks.busy  # background polling is not "busy"
        qtbot.wait(800)
        reads = len([r for r in sandbox.requests(r"^/v1/sessions/") if r["method"] == "GET"])
        elapsed = time.monotonic() - began
        # One poller, reads spaced min_gap_s apart: not a burst of one read per link.
        assert 3 <= reads <= elapsed / 0.1 + 2 < count

        tracker.min_gap_s = 0.005
        model = shop.page.history.model

        def state_of(session_id: str) -> str:
            row = model.row_of(session_id)
            return model.record(row).state if row is not None else ""

        qtbot.waitUntil(lambda: state_of(oldest) == "paid", timeout=8000)
        assert oldest not in tracker.followed
        qtbot.waitUntil(lambda: len(tracker.latest) == count, timeout=8000)
        read_ids = {
            str(r["path"]).removeprefix("/v1/sessions/")
            for r in sandbox.requests(r"^/v1/sessions/")
            if r["method"] == "GET"
        }
        assert read_ids == set(ids)  # every link was read, not only the newest 25
        assert shop.page.notifier.history[-1].kind == "paid"
        shop.page.grab().save(str(screenshot_dir / "links_history_many.png"))
    finally:
        shop.page.bind(None)
        run_async(shop.context.aclose())
