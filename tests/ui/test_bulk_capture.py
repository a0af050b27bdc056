"""Bulk capture of 100 authorized transactions with a real 5xx in the middle."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from PySide6.QtWidgets import QLabel
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.desk.bulk_capture import BulkResult
from app.desk.money_moves import NOT_SENT_NOTE
from app.sandbox import EmbeddedSandbox
from app.storage.journal import Journal, JournalOperation, Outcome
from app.ui.transactions.bulk_dialog import BULK_TASK, BulkCaptureDialog
from app.ui.transactions.bulk_model import BulkColumn
from tests.ui.conftest import RunAsync
from tests.ui.transactions_support import open_desk, successful, wait_for

COUNT = 100


def test_bulk_capture_of_100_with_a_5xx_mid_run(
    qtbot: QtBot,
    sandbox: EmbeddedSandbox,
    tmp_path: Path,
    run_async: RunAsync,
    qtmodeltester: ModelTester,
    screenshot_dir: Path,
) -> None:
    created = [sandbox.create_authorized_transaction(amount=1_000 + n) for n in range(COUNT)]
    ids = {tx["id"] for tx in created}
    desk = open_desk(qtbot, sandbox, tmp_path)
    try:
        page = desk.page
        model = page.model
        wait_for(qtbot, lambda: not model.has_more or model.rowCount() >= COUNT)
        while model.rowCount() < COUNT:
            model.fetchMore(model.index(0, 0).parent())
            wait_for(qtbot, lambda: not model.loading)
        page.view.selectAll()
        assert page.bulk_action.isEnabled()
        dialog = page.open_bulk_capture()
        assert isinstance(dialog, BulkCaptureDialog)
        assert dialog.model.rowCount() == COUNT
        qtmodeltester.check(dialog.model)

        # The 30th capture request and the 60th get a 5xx (not applied by the sandbox).
        sandbox.add_fault(method="POST", path=r"/capture$", kind="status", status=503, times=1)
        confirm = dialog.ask_confirmation()
        assert confirm is not None
        transaction_label = confirm.findChild(QLabel, "confirmTransaction")
        assert transaction_label is not None
        assert str(COUNT) in transaction_label.text()
        with qtbot.waitSignal(dialog.finished_run, timeout=60_000) as done:
            confirm.confirm_button.click()
            wait_for(qtbot, lambda: dialog.progress.value() >= 30, timeout=30_000)
            sandbox.add_fault(method="POST", path=r"/capture$", kind="status", status=500, times=1)
        counts: Counter[BulkResult] = done.args[0]
        # A 5xx answer is not proof that Dintero will not apply the capture later, so the
        # two are never sent again: they stay "not confirmed" until the journal settles them.
        assert counts[BulkResult.CAPTURED] == COUNT - 2, dialog.summary.text()
        assert counts[BulkResult.UNKNOWN] == 2, dialog.summary.text()
        assert dialog.progress.value() == COUNT
        assert f"Captured {COUNT - 2} of {COUNT}" in dialog.summary.text()
        assert "2 unconfirmed — check before retrying." in dialog.summary.text()
        results = [
            dialog.model.index(r, BulkColumn.RESULT).data() for r in range(dialog.model.rowCount())
        ]
        assert results.count("Captured") == COUNT - 2
        amounts = {dialog.model.index(r, BulkColumn.AMOUNT).data() for r in range(3)}
        assert amounts <= {f"{10 + n // 100},{n % 100:02d}\xa0kr" for n in range(COUNT)}
        qtbot.wait(50)
        assert dialog.grab().save(str(screenshot_dir / "transactions_bulk_summary.png"))

        posts = sandbox.requests(r"/capture$")
        assert len(posts) == COUNT  # one send per transaction, none repeated
        refused = {p["json"]["capture_reference"] for p in posts if p["status"] >= 500}
        assert len(refused) == 2
        for tx in created:
            captures = successful(sandbox.get_transaction(tx["id"])["events"], "CAPTURE")
            assert len(captures) <= 1
            assert [c["amount"] for c in captures] in ([], [tx["amount"]])
        # The list was read a page at a time instead of once per capture.
        reads = [r for r in sandbox.requests(r"/v1/transactions/[^/]+$") if r["method"] == "GET"]
        assert len(reads) < COUNT // 4, "only the unconfirmed captures are read to settle them"
        with Journal.in_directory(desk.services.data_dir) as journal:
            entries = [e for e in journal.query() if e.target_id in ids]
        assert len(entries) == COUNT
        outcomes = Counter(e.outcome for e in entries)
        assert outcomes == {Outcome.SUCCEEDED: COUNT - 2, Outcome.UNKNOWN: 2}
        assert {e.reference for e in entries if e.outcome is Outcome.UNKNOWN} == refused
        assert {e.operation for e in entries} == {JournalOperation.CAPTURE}
        # Every capture names its lines (Dintero's integration checklist: send the lines).
        for post in posts:
            body = post["json"]
            assert sum(item["amount"] for item in body["items"]) == body["amount"]
    finally:
        run_async(desk.context.aclose())


def test_bulk_cancel_stops_new_captures_and_says_so(
    qtbot: QtBot, sandbox: EmbeddedSandbox, tmp_path: Path, run_async: RunAsync
) -> None:
    created = [sandbox.create_authorized_transaction(amount=2_000) for _ in range(12)]
    desk = open_desk(qtbot, sandbox, tmp_path)
    try:
        page = desk.page
        page.view.selectAll()
        dialog = page.open_bulk_capture()
        assert isinstance(dialog, BulkCaptureDialog)
        dialog.concurrency.setValue(1)
        sandbox.add_fault(method="POST", path=r"/capture$", kind="latency", latency_ms=150)
        confirm = dialog.ask_confirmation()
        assert confirm is not None
        with qtbot.waitSignal(dialog.finished_run, timeout=30_000) as done:
            confirm.confirm_button.click()
            wait_for(qtbot, lambda: dialog.progress.value() >= 2)
            dialog.request_cancel()
        counts: Counter[BulkResult] = done.args[0]
        captured = counts[BulkResult.CAPTURED]
        assert 2 <= captured < len(created)
        assert counts[BulkResult.NOT_STARTED] == len(created) - captured
        assert "not started" in dialog.summary.text()
        really_captured = sum(
            1
            for tx in created
            if successful(sandbox.get_transaction(tx["id"])["events"], "CAPTURE")
        )
        assert really_captured == captured
    finally:
        run_async(desk.context.aclose())


def test_bulk_cut_off_by_an_account_switch_resets_and_journals_unknown(
    qtbot: QtBot, sandbox: EmbeddedSandbox, tmp_path: Path, run_async: RunAsync
) -> None:
    created = [sandbox.create_authorized_transaction(amount=3_000) for _ in range(6)]
    ids = {tx["id"] for tx in created}
    desk = open_desk(qtbot, sandbox, tmp_path)
    try:
        page = desk.page
        page.view.selectAll()
        dialog = page.open_bulk_capture()
        assert isinstance(dialog, BulkCaptureDialog)
        dialog.concurrency.setValue(2)
        sandbox.add_fault(method="POST", path=r"/capture$", kind="latency", latency_ms=600)
        confirm = dialog.ask_confirmation()
        assert confirm is not None
        confirm.confirm_button.click()
        wait_for(qtbot, lambda: len(sandbox.requests(r"/capture$")) == 2)
        with Journal.in_directory(desk.services.data_dir) as journal:  # two more under way
            wait_for(qtbot, lambda: len(journal.unsettled(target_id=None)) == 4)
        qtbot.wait(200)  # both requests are with the sandbox, inside its 600 ms latency
        assert page.has_money_in_flight()
        with qtbot.waitSignal(dialog.finished_run, timeout=10_000) as done:
            run_async(desk.context.aclose())  # the account's tasks are cancelled
        assert not dialog.running
        assert dialog.close_button.isEnabled()
        counts: Counter[BulkResult] = done.args[0]
        assert counts[BulkResult.UNKNOWN] == 2, [(r.result, r.message) for r in dialog.model.rows()]
        assert counts[BulkResult.NOT_STARTED] == len(created) - 2
        assert not page.has_money_in_flight()
        with Journal.in_directory(desk.services.data_dir) as journal:
            entries = [e for e in journal.query() if e.target_id in ids]
        sent = [e for e in entries if e.outcome is Outcome.UNKNOWN]
        assert len(sent) == 2
        assert all(e.message.startswith("Interrupted") for e in sent)
        # The next two were journalled while those two were on the wire, never sent.
        waiting = [e for e in entries if e not in sent]
        assert len(waiting) == 2
        assert {e.outcome for e in waiting} == {Outcome.FAILED}
        assert all(e.message == NOT_SENT_NOTE for e in waiting)
        assert len(sandbox.requests(r"/capture$")) == 2
        dialog.close_button.click()
        assert not dialog.isVisible()
        sandbox.clear_faults()
        assert BULK_TASK not in desk.context.tasks.running_names()
    finally:
        run_async(desk.context.aclose())


def test_a_row_that_crashes_does_not_end_the_run(
    qtbot: QtBot, sandbox: EmbeddedSandbox, tmp_path: Path, run_async: RunAsync
) -> None:
    """The journal file goes away mid-run: every later row fails on its own, the run ends."""
    created = [sandbox.create_authorized_transaction(amount=2_500) for _ in range(6)]
    desk = open_desk(qtbot, sandbox, tmp_path)
    try:
        page = desk.page
        page.view.selectAll()
        dialog = page.open_bulk_capture()
        assert isinstance(dialog, BulkCaptureDialog)
        dialog.concurrency.setValue(1)
        sandbox.add_fault(method="POST", path=r"/capture$", kind="latency", latency_ms=100)
        confirm = dialog.ask_confirmation()
        assert confirm is not None
        assert page.runner is not None
        with qtbot.waitSignal(dialog.finished_run, timeout=30_000) as done:
            confirm.confirm_button.click()
            wait_for(qtbot, lambda: dialog.progress.value() >= 2)
            page.runner.journal.close()
        counts: Counter[BulkResult] = done.args[0]
        assert dialog.progress.value() == len(created)
        assert not dialog.running
        assert dialog.close_button.isEnabled()
        assert counts[BulkResult.CAPTURED] >= 2
        assert counts[BulkResult.WAITING] == counts[BulkResult.RUNNING] == 0
        broken = [r for r in dialog.model.rows() if r.result is not BulkResult.CAPTURED]
        assert broken
        assert all("JournalError" in r.message for r in broken), [r.message for r in broken]
        for tx in created:  # nothing captured twice, nothing sent without a journal row
            captures = successful(sandbox.get_transaction(tx["id"])["events"], "CAPTURE")
            assert len(captures) <= 1
        # Sent after the close: at most the one on the wire and the one whose attempt was
        # already journalled, waiting for the slot (``app.desk.send_slots``).
        assert len(sandbox.requests(r"/capture$")) <= counts[BulkResult.CAPTURED] + 2
    finally:
        sandbox.clear_faults()
        run_async(desk.context.aclose())
