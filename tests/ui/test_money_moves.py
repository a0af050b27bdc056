"""Capture, refund and void through the real desk against the sandbox, with real faults."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from app.desk.money_moves import CHECKING_TEXT
from app.dintero.ledger import Operation as Move
from app.sandbox import EmbeddedSandbox
from app.storage.journal import Journal, JournalEntry, JournalOperation, Outcome
from app.ui.transactions.capture_dialog import CaptureDialog
from app.ui.transactions.confirm_dialog import ConfirmDialog
from app.ui.transactions.refund_dialog import RefundDialog
from app.ui.transactions.void_dialog import VoidDialog
from tests.ui.conftest import RunAsync
from tests.ui.transactions_support import (
    MUG,
    SHIPPING,
    SHIRT,
    Desk,
    confirm_and_wait,
    last_dialog,
    open_desk,
    press_continue,
    select,
    successful,
    wait_for,
)


def _journal(desk: Desk) -> Journal:
    return Journal.in_directory(desk.services.data_dir)


def _latest(desk: Desk, tx_id: str) -> JournalEntry | None:
    """The newest journal row of a transaction (the file closed again right away)."""
    with _journal(desk) as journal:
        entries = journal.for_target(tx_id)
    return entries[0] if entries else None


def _latest_outcome(desk: Desk, tx_id: str) -> Outcome | None:
    entry = _latest(desk, tx_id)
    return entry.outcome if entry is not None else None


def test_partial_capture_by_lines_then_refund_line_and_shipping(
    qtbot: QtBot, sandbox: EmbeddedSandbox, tmp_path: Path, run_async: RunAsync
) -> None:
    tx = sandbox.create_authorized_transaction(
        items=[SHIRT, MUG], shipping_option=SHIPPING, merchant_reference="order-lines"
    )
    desk = open_desk(qtbot, sandbox, tmp_path)
    try:
        select(qtbot, desk, tx["id"])
        detail = desk.page.detail
        assert detail.capture_button.isEnabled()
        assert not detail.refund_button.isEnabled()
        assert "void instead" in detail.refund_button.toolTip()

        desk.page.open_capture()
        capture = last_dialog(desk, CaptureDialog)
        capture.by_lines.setChecked(True)
        capture.lines.set_units("1", 2)
        capture.lines.set_units("shipping", 1)
        assert capture.chosen_amount() == 49_900
        press_continue(capture)
        report = confirm_and_wait(qtbot, desk)
        assert report.outcome is Outcome.SUCCEEDED

        state = sandbox.get_transaction(tx["id"])
        captures = successful(state["events"], "CAPTURE")
        assert [c["amount"] for c in captures] == [49_900]
        assert sorted((i["line_id"], i["amount"]) for i in captures[0]["items"]) == [
            ("1", 40_000),
            ("shipping", 9_900),
        ]
        assert state["status"] == "PARTIALLY_CAPTURED"
        # The detail pane shows the fresh server state.
        wait_for(qtbot, lambda: detail.ledger is not None and detail.ledger.captured == 49_900)
        assert detail.refund_button.isEnabled()

        desk.page.open_refund()
        refund = last_dialog(desk, RefundDialog)
        refund.by_lines.setChecked(True)
        refund.lines.set_units("1", 1)
        refund.lines.set_units("shipping", 1)
        refund.reason.setCurrentText("Returned goods")
        refund.reason_text.setText("one shirt back")
        assert refund.chosen_amount() == 29_900
        press_continue(refund)
        report = confirm_and_wait(qtbot, desk)
        assert report.outcome is Outcome.SUCCEEDED

        state = sandbox.get_transaction(tx["id"])
        refunds = successful(state["events"], "REFUND")
        assert [r["amount"] for r in refunds] == [29_900]
        assert sorted((i["line_id"], i["amount"]) for i in refunds[0]["items"]) == [
            ("1", 20_000),
            ("shipping", 9_900),
        ]
        sent = sandbox.requests(r"/refund$")[-1]["json"]
        assert sent["reason"] == "Returned goods: one shirt back"
        assert sent["refund_reference"] == report.reference
        assert state["status"] == "PARTIALLY_CAPTURED_REFUNDED"

        wait_for(qtbot, lambda: detail.ledger is not None and detail.ledger.refunded == 29_900)
        ledger = detail.ledger
        assert ledger is not None
        lines = {line.line_id: line for line in ledger.lines}
        assert (lines["1"].captured, lines["1"].refunded) == (40_000, 20_000)
        assert (lines["2"].captured, lines["2"].refunded) == (0, 0)
        assert (lines["shipping"].captured, lines["shipping"].refunded) == (9_900, 9_900)
        row = desk.page.model.row_at(desk.page.model.index_of(tx["id"]) or 0)
        assert (row.captured, row.refunded) == (49_900, 29_900)

        with _journal(desk) as journal:
            entries = journal.for_target(tx["id"])
        assert [(e.operation, e.outcome, e.amount) for e in entries] == [
            (JournalOperation.REFUND, Outcome.SUCCEEDED, 29_900),
            (JournalOperation.CAPTURE, Outcome.SUCCEEDED, 49_900),
        ]
        assert all(e.request_id for e in entries)
        assert all(e.operator == "tester" and e.environment == "test" for e in entries)
    finally:
        run_async(desk.context.aclose())


def test_void_and_what_each_status_offers(
    qtbot: QtBot, sandbox: EmbeddedSandbox, tmp_path: Path, run_async: RunAsync
) -> None:
    authorized = sandbox.create_authorized_transaction(amount=25_000)
    swish = sandbox.create_authorized_transaction(
        amount=5_000, payment_product_type="swish.swish", outcome="captured"
    )
    desk = open_desk(qtbot, sandbox, tmp_path)
    try:
        select(qtbot, desk, swish["id"])
        detail = desk.page.detail
        assert detail.refund_button.isEnabled()
        assert not detail.void_button.isEnabled()
        assert "refund instead" in detail.void_button.toolTip().lower()
        assert not detail.capture_button.isEnabled()

        select(qtbot, desk, authorized["id"])
        assert detail.void_button.isEnabled()
        assert not detail.refund_button.isEnabled()
        desk.page.open_void()
        press_continue(last_dialog(desk, VoidDialog))
        report = confirm_and_wait(qtbot, desk)
        assert report.outcome is Outcome.SUCCEEDED
        assert sandbox.get_transaction(authorized["id"])["status"] == "AUTHORIZATION_VOIDED"
        assert len(sandbox.requests(r"/void$")) == 1
        wait_for(qtbot, lambda: not detail.capture_button.isEnabled())
        assert not detail.void_button.isEnabled()
        assert not detail.refund_button.isEnabled()
        row = desk.page.model.row_at(desk.page.model.index_of(authorized["id"]) or 0)
        assert row.status == "AUTHORIZATION_VOIDED"
    finally:
        run_async(desk.context.aclose())


def test_production_confirmation_requires_the_typed_amount(
    qtbot: QtBot, sandbox: EmbeddedSandbox, tmp_path: Path, run_async: RunAsync
) -> None:
    tx = sandbox.create_authorized_transaction(amount=250_000, account_id="P12345678")
    desk = open_desk(qtbot, sandbox, tmp_path, production=True, threshold=100_000)
    try:
        select(qtbot, desk, tx["id"])
        desk.page.open_capture()
        press_continue(last_dialog(desk, CaptureDialog))
        confirm = last_dialog(desk, ConfirmDialog)
        assert confirm.needs_typing
        assert "PRODUCTION" in confirm.findChild(object, "confirmEnvironment").text()
        assert confirm.findChild(object, "confirmTransaction").text().startswith(tx["id"])
        assert not confirm.confirm_button.isEnabled()
        confirm.typed.setText("250")  # the wrong amount
        assert not confirm.confirm_button.isEnabled()
        confirm.typed.setText("2 500,00")
        assert confirm.confirm_button.isEnabled()
        report = confirm_and_wait(qtbot, desk)
        assert report.outcome is Outcome.SUCCEEDED
        assert [
            c["amount"] for c in successful(sandbox.get_transaction(tx["id"])["events"], "CAPTURE")
        ] == [250_000]
        with _journal(desk) as journal:
            assert journal.for_target(tx["id"])[0].environment == "production"
    finally:
        run_async(desk.context.aclose())


def test_small_amounts_on_production_and_test_accounts_need_no_typing(
    qtbot: QtBot, sandbox: EmbeddedSandbox, tmp_path: Path, run_async: RunAsync
) -> None:
    tx = sandbox.create_authorized_transaction(amount=500_000)
    desk = open_desk(qtbot, sandbox, tmp_path, production=False, threshold=100)
    try:
        select(qtbot, desk, tx["id"])
        desk.page.open_capture()
        press_continue(last_dialog(desk, CaptureDialog))
        confirm = last_dialog(desk, ConfirmDialog)
        assert not confirm.needs_typing  # test account: no real money
        assert confirm.confirm_button.isEnabled()
        confirm.reject()
        assert sandbox.requests(r"/capture$") == []  # nothing sent without confirming
    finally:
        run_async(desk.context.aclose())


def test_dropped_connection_during_refund_ends_with_exactly_one_refund(
    qtbot: QtBot, sandbox: EmbeddedSandbox, tmp_path: Path, run_async: RunAsync
) -> None:
    tx = sandbox.create_authorized_transaction(amount=30_000, outcome="captured")
    desk = open_desk(qtbot, sandbox, tmp_path)
    try:
        select(qtbot, desk, tx["id"])
        sandbox.add_fault(method="POST", path=r"/refund$", kind="drop_after_apply", times=1)
        states: list[str] = []
        assert desk.page.runner is not None
        desk.page.runner.state_changed.connect(lambda _tx, text: states.append(text))
        desk.page.open_refund()
        refund = last_dialog(desk, RefundDialog)
        refund.by_amount.setChecked(True)
        refund.amount_edit.setText("120,50")
        press_continue(refund)
        # While it runs no second move can start on the transaction.
        report = confirm_and_wait(qtbot, desk)

        assert CHECKING_TEXT in states
        assert report.outcome is Outcome.SUCCEEDED
        events = sandbox.get_transaction(tx["id"])["events"]
        assert [r["amount"] for r in successful(events, "REFUND")] == [12_050]
        assert len(sandbox.requests(r"/refund$")) == 1
        with _journal(desk) as journal:
            entry = journal.for_target(tx["id"])[0]
        assert entry.operation is JournalOperation.REFUND
        assert entry.outcome is Outcome.SUCCEEDED
        assert entry.amount == 12_050
        assert entry.reference == successful(events, "REFUND")[0]["event_reference"]
    finally:
        run_async(desk.context.aclose())


def test_accepted_later_is_pending_then_settles(
    qtbot: QtBot, sandbox: EmbeddedSandbox, tmp_path: Path, run_async: RunAsync
) -> None:
    tx = sandbox.create_authorized_transaction(amount=40_000)
    desk = open_desk(qtbot, sandbox, tmp_path)
    try:
        select(qtbot, desk, tx["id"])
        sandbox.add_fault(
            method="POST", path=r"/capture$", kind="accepted_later", times=1, complete_after_ms=800
        )
        states: list[str] = []
        runner = desk.page.runner
        assert runner is not None
        runner.state_changed.connect(lambda _tx, text: states.append(text))
        desk.page.open_capture()
        press_continue(last_dialog(desk, CaptureDialog))
        confirm = last_dialog(desk, ConfirmDialog)
        confirm.confirm_button.click()
        wait_for(qtbot, lambda: any("pending" in s for s in states))
        # Pending: the journal says so, the buttons stay off, nothing is sent twice.
        with _journal(desk) as journal:
            assert journal.for_target(tx["id"])[0].outcome is Outcome.PENDING
        assert runner.is_busy(tx["id"])
        assert not desk.page.detail.capture_button.isEnabled()
        with qtbot.waitSignal(runner.finished, timeout=10_000) as finished:
            pass
        report = finished.args[0]
        assert report.outcome is Outcome.SUCCEEDED
        assert len(sandbox.requests(r"/capture$")) == 1
        state = sandbox.get_transaction(tx["id"])
        assert state["status"] == "CAPTURED"
        with _journal(desk) as journal:
            entry = journal.for_target(tx["id"])[0]
        assert entry.outcome is Outcome.SUCCEEDED
        wait_for(qtbot, lambda: not runner.is_busy(tx["id"]))
    finally:
        run_async(desk.context.aclose())


def test_second_move_on_a_busy_transaction_is_refused(
    qtbot: QtBot, sandbox: EmbeddedSandbox, tmp_path: Path, run_async: RunAsync
) -> None:
    tx = sandbox.create_authorized_transaction(amount=10_000)
    desk = open_desk(qtbot, sandbox, tmp_path)
    try:
        select(qtbot, desk, tx["id"])
        sandbox.add_fault(method="POST", path=r"/capture$", kind="latency", latency_ms=600, times=1)
        desk.page.open_capture()
        capture = last_dialog(desk, CaptureDialog)
        press_continue(capture)
        request_dialog = last_dialog(desk, ConfirmDialog)
        runner = desk.page.runner
        assert runner is not None
        with qtbot.waitSignal(runner.finished, timeout=10_000):
            request_dialog.confirm_button.click()
            wait_for(qtbot, lambda: runner.is_busy(tx["id"]))
            assert not desk.page.detail.capture_button.isEnabled()
            desk.page.open_capture()  # refused while busy: no dialog
            assert len([d for d in desk.page._dialogs if isinstance(d, CaptureDialog)]) <= 1
        assert len(sandbox.requests(r"/capture$")) == 1
    finally:
        run_async(desk.context.aclose())


def _capture_all(desk: Desk, qtbot: QtBot, tx_id: str) -> None:
    select(qtbot, desk, tx_id)
    desk.page.open_capture()
    press_continue(last_dialog(desk, CaptureDialog))


def test_200_with_a_failed_event_shows_the_reason_and_journals_failed(
    qtbot: QtBot, sandbox: EmbeddedSandbox, tmp_path: Path, run_async: RunAsync
) -> None:
    tx = sandbox.create_authorized_transaction(amount=12_000)
    desk = open_desk(qtbot, sandbox, tmp_path)
    try:
        sandbox.add_fault(method="POST", path=r"/capture$", kind="event_failed", times=1)
        _capture_all(desk, qtbot, tx["id"])
        report = confirm_and_wait(qtbot, desk)
        assert report.outcome is Outcome.FAILED
        assert report.text == "Capture failed: The payment provider refused the capture"
        wait_for(qtbot, lambda: desk.page.detail.ledger is not None)
        assert report.text in desk.page._states[tx["id"]]
        state = sandbox.get_transaction(tx["id"])
        assert state["status"] == "AUTHORIZED"
        assert successful(state["events"], "CAPTURE") == []
        with _journal(desk) as journal:
            entry = journal.for_target(tx["id"])[0]
        assert entry.outcome is Outcome.FAILED
        assert "refused the capture" in entry.message
        row = desk.page.model.row_at(desk.page.model.index_of(tx["id"]) or 0)
        assert row.captured == 0
    finally:
        run_async(desk.context.aclose())


def test_errors_after_a_202_stay_pending_and_never_say_not_sent(
    qtbot: QtBot, sandbox: EmbeddedSandbox, tmp_path: Path, run_async: RunAsync
) -> None:
    tx = sandbox.create_authorized_transaction(amount=8_000)
    desk = open_desk(qtbot, sandbox, tmp_path)
    try:
        runner = desk.page.runner
        assert runner is not None
        runner.pending_timeout_s = 0.5
        states: list[str] = []
        runner.state_changed.connect(lambda _tx, text: states.append(text))
        _capture_all(desk, qtbot, tx["id"])
        sandbox.add_fault(
            method="POST",
            path=r"/capture$",
            kind="accepted_later",
            times=1,
            complete_after_ms=60_000,
        )
        # Every read of the transaction after the 202 is dropped.

        def drop_reads_once_pending(_tx: str, text: str) -> None:
            if "pending" in text:
                sandbox.add_fault(method="GET", path=tx["id"] + "$", kind="drop_before_apply")

        runner.state_changed.connect(drop_reads_once_pending)
        report = confirm_and_wait(qtbot, desk)
        sandbox.clear_faults()
        assert report.outcome is Outcome.PENDING
        assert not [s for s in states if s.startswith("Not sent")]
        with _journal(desk) as journal:
            entry = journal.for_target(tx["id"])[0]
        assert entry.outcome is Outcome.PENDING
        assert len(sandbox.requests(r"/capture$")) == 1
    finally:
        run_async(desk.context.aclose())


def test_an_unconfirmed_move_blocks_the_next_until_it_is_settled(
    qtbot: QtBot, sandbox: EmbeddedSandbox, tmp_path: Path, run_async: RunAsync
) -> None:
    """Dropped before apply → unknown; the next capture first checks it."""
    tx = sandbox.create_authorized_transaction(amount=9_000)
    desk = open_desk(qtbot, sandbox, tmp_path)
    try:
        runner = desk.page.runner
        assert runner is not None
        states: list[str] = []
        runner.state_changed.connect(lambda _tx, text: states.append(text))
        sandbox.add_fault(method="POST", path=r"/capture$", kind="drop_before_apply", times=1)
        _capture_all(desk, qtbot, tx["id"])
        report = confirm_and_wait(qtbot, desk)
        assert report.outcome is Outcome.UNKNOWN
        assert report.text.startswith("Sent, but Paydesk could not confirm")

        # Straight away: still inside twice the settle window, so it blocks.
        _capture_all(desk, qtbot, tx["id"])
        confirm = last_dialog(desk, ConfirmDialog)
        confirm.confirm_button.click()
        wait_for(qtbot, lambda: any(s.startswith("Not sent: An earlier capture") for s in states))
        wait_for(qtbot, lambda: not runner.is_busy(tx["id"]))
        assert len(sandbox.requests(r"/capture$")) == 1

        # Well after it: absent on the transaction → not carried out; the new one goes.
        qtbot.wait(3_100)
        _capture_all(desk, qtbot, tx["id"])
        report = confirm_and_wait(qtbot, desk)
        assert report.outcome is Outcome.SUCCEEDED
        with _journal(desk) as journal:
            first, second = sorted(journal.for_target(tx["id"]), key=lambda e: e.id)
        assert first.outcome is Outcome.FAILED
        assert first.message.startswith("Not carried out")
        assert second.outcome is Outcome.SUCCEEDED
        captures = successful(sandbox.get_transaction(tx["id"])["events"], "CAPTURE")
        assert [(c["amount"], c["event_reference"]) for c in captures] == [
            (9_000, second.reference)
        ]
    finally:
        run_async(desk.context.aclose())


def test_closing_the_account_mid_move_marks_it_unknown_and_binding_settles_it(
    qtbot: QtBot, sandbox: EmbeddedSandbox, tmp_path: Path, run_async: RunAsync
) -> None:
    tx = sandbox.create_authorized_transaction(amount=6_000)
    desk = open_desk(qtbot, sandbox, tmp_path)
    try:
        runner = desk.page.runner
        assert runner is not None
        sandbox.add_fault(method="POST", path=r"/capture$", kind="latency", latency_ms=700, times=1)
        _capture_all(desk, qtbot, tx["id"])
        last_dialog(desk, ConfirmDialog).confirm_button.click()
        wait_for(
            qtbot, lambda: len(sandbox.requests(r"/capture$")) == 0 and runner.is_busy(tx["id"])
        )
        wait_for(qtbot, lambda: _latest(desk, tx["id"]) is not None)
        qtbot.wait(250)  # the request is with the sandbox, inside its 700 ms latency
        assert desk.page.has_money_in_flight()
        assert desk.page.busy_ids == {tx["id"]}
        run_async(desk.context.aclose())  # what an account switch or quit does
        assert not desk.page.has_money_in_flight()
        with _journal(desk) as journal:
            entry = journal.for_target(tx["id"])[0]
        assert entry.outcome is Outcome.UNKNOWN
        assert entry.message.startswith("Interrupted")
    finally:
        run_async(desk.context.aclose())

    # The sandbox applies the capture after its latency even with the client gone, as
    # Dintero may: binding the account again finds it by reference and settles the row.
    wait_for(qtbot, lambda: successful(sandbox.get_transaction(tx["id"])["events"], "CAPTURE"))
    again = open_desk(qtbot, sandbox, tmp_path)
    try:
        wait_for(qtbot, lambda: _latest_outcome(again, tx["id"]) is Outcome.SUCCEEDED)
        settled = _latest(again, tx["id"])
        assert settled is not None
        assert settled.amount == 6_000
        assert len(sandbox.requests(r"/capture$")) == 1
    finally:
        run_async(again.context.aclose())


def test_binding_an_account_settles_its_unknown_rows_from_dintero(
    qtbot: QtBot, sandbox: EmbeddedSandbox, tmp_path: Path, run_async: RunAsync
) -> None:
    """A row left unknown (a crash) whose capture did happen is confirmed on bind."""
    from app.dintero import CaptureRequest, DinteroClient
    from app.storage.journal import JournalAttempt
    from tests.ui.transactions_support import make_context, make_services

    tx = sandbox.create_authorized_transaction(amount=7_000)
    request = CaptureRequest(amount=2_500)
    services = make_services(tmp_path)
    with Journal.in_directory(tmp_path) as journal:
        entry_id = journal.record_attempt(
            JournalAttempt(
                operator="tester",
                account_id=sandbox.account_id,
                environment="test",
                operation=JournalOperation.CAPTURE,
                target_id=tx["id"],
                amount=2_500,
                currency="NOK",
                reference=request.reference,
            )
        )
        journal.settle(entry_id, Outcome.UNKNOWN, message="crashed")
    context = make_context(sandbox, services, None)  # type: ignore[arg-type]
    client: DinteroClient = context.client
    assert run_async(client.move(Move.CAPTURE, tx["id"], request)).succeeded
    run_async(client.aclose())

    desk = open_desk(qtbot, sandbox, tmp_path)
    try:
        wait_for(qtbot, lambda: _latest_outcome(desk, tx["id"]) is Outcome.SUCCEEDED)
        entry = _latest(desk, tx["id"])
        assert entry is not None
        assert entry.message == "Confirmed later by reading the transaction."
        assert entry.request_id
    finally:
        run_async(desk.context.aclose())
