"""The audit journal viewer and the CSV exports (journal and transaction list)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.sandbox import EmbeddedSandbox
from app.storage.journal import Journal, JournalAttempt, JournalOperation, Outcome
from app.ui.errors import ErrorPresenter
from app.ui.language import install_language
from app.ui.transactions.export_dialog import ExportDialog
from app.ui.transactions.journal_dialog import JournalDialog
from app.ui.transactions.journal_model import JournalColumn
from app.ui.transactions.void_dialog import VoidDialog
from tests.ui.conftest import RunAsync
from tests.ui.transactions_support import (
    confirm_and_wait,
    last_dialog,
    make_services,
    open_desk,
    press_continue,
    select,
    wait_for,
)


def _fill(journal: Journal) -> None:
    rows = [
        ("T12345678", JournalOperation.CAPTURE, "tx-1", Outcome.SUCCEEDED),
        ("T12345678", JournalOperation.REFUND, "tx-1", Outcome.FAILED),
        ("T12345678", JournalOperation.CANCEL_LINK, "sess-9", Outcome.SUCCEEDED),
        ("P12345678", JournalOperation.VOID, "tx-2", Outcome.UNKNOWN),
    ]
    for account_id, operation, target, outcome in rows:
        entry = journal.record_attempt(
            JournalAttempt(
                operator="kari",
                account_id=account_id,
                environment="test" if account_id.startswith("T") else "production",
                operation=operation,
                target_id=target,
                amount=1_000,
                currency="NOK",
                reference=f"ref-{target}-{operation}",
            )
        )
        journal.settle(entry, outcome, request_id=f"req-{entry}")


def test_viewer_filters_and_exports(
    qtbot: QtBot, tmp_path: Path, qtmodeltester: ModelTester
) -> None:
    with Journal.in_directory(tmp_path) as journal:
        _fill(journal)
    services = make_services(tmp_path)
    dialog = JournalDialog(services, ErrorPresenter(), "T12345678")
    qtbot.addWidget(dialog)
    dialog.show()
    wait_for(qtbot, lambda: dialog.model.rowCount() == 3)  # this account only
    qtmodeltester.check(dialog.model)

    with qtbot.waitSignal(dialog.loaded):
        dialog.operation.setCurrentIndex(dialog.operation.findData(JournalOperation.REFUND))
    assert dialog.model.rowCount() == 1
    assert dialog.model.entries()[0].outcome is Outcome.FAILED
    dialog.operation.setCurrentIndex(0)
    dialog.scope.setCurrentIndex(dialog.scope.findData(None))
    with qtbot.waitSignal(dialog.loaded):
        dialog.outcome.setCurrentIndex(dialog.outcome.findData(Outcome.UNKNOWN))
    assert dialog.model.rowCount() == 1
    assert dialog.model.entries()[0].target_id == "tx-2"
    dialog.outcome.setCurrentIndex(0)
    dialog.text.setText("sess-9")
    wait_for(
        qtbot,
        lambda: [e.target_id for e in dialog.model.entries()] == ["sess-9"],
    )
    assert dialog.model.entries()[0].operation is JournalOperation.CANCEL_LINK

    target = tmp_path / "journal.csv"
    with qtbot.waitSignal(dialog.exported, timeout=5_000) as exported:
        dialog.export_to(target)
    assert exported.args[0] == 1
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    assert rows[0]["transaction_or_session"] == "sess-9"
    assert rows[0]["operation"] == "cancel_link"


def test_export_of_the_filtered_list_all_pages(
    qtbot: QtBot, sandbox: EmbeddedSandbox, tmp_path: Path, run_async: RunAsync
) -> None:
    created = [sandbox.create_authorized_transaction(amount=700 + n) for n in range(130)]
    sandbox.create_authorized_transaction(amount=50, currency="SEK")
    desk = open_desk(qtbot, sandbox, tmp_path)
    try:
        desk.page.filter_bar.currency.setCurrentIndex(desk.page.filter_bar.currency.findData("NOK"))
        wait_for(qtbot, lambda: not desk.page.model.loading)
        dialog = desk.page.open_export()
        assert isinstance(dialog, ExportDialog)
        target = tmp_path / "out" / "transactions.csv"
        target.parent.mkdir()
        dialog.path_edit.setText(str(target))
        with qtbot.waitSignal(dialog.exported, timeout=10_000) as exported:
            dialog.start_button.click()
        assert exported.args[0] == len(created)
        style = dialog.csv_style  # the marks of this machine's locale
        text = target.read_text(encoding="utf-8-sig")
        rows = list(csv.DictReader(io.StringIO(text), delimiter=style.delimiter))
        assert {r["id"] for r in rows} == {tx["id"] for tx in created}
        assert {r["currency"] for r in rows} == {"NOK"}
        assert sorted(r["amount"] for r in rows) == sorted(
            f"{tx['amount'] // 100}{style.decimal_mark}{tx['amount'] % 100:02d}" for tx in created
        )

        # Cancelling a slow export leaves no file behind.
        sandbox.add_fault(method="GET", path=r"^/v1/transactions$", kind="latency", latency_ms=800)
        cancelled = tmp_path / "out" / "cancelled.csv"
        dialog.path_edit.setText(str(cancelled))
        dialog.start_button.click()
        wait_for(qtbot, lambda: dialog.running)
        dialog.cancel_button.click()
        assert "cancelled" in dialog.state.text()
        qtbot.wait(900)
        assert not cancelled.exists()
        assert not cancelled.with_name("cancelled.csv.part").exists()
    finally:
        run_async(desk.context.aclose())


def test_viewer_names_the_order_counts_right_and_fits_its_columns(
    qtbot: QtBot,
    sandbox: EmbeddedSandbox,
    tmp_path: Path,
    run_async: RunAsync,
    screenshot_dir: Path,
) -> None:
    tx = sandbox.create_authorized_transaction(amount=12_050, merchant_reference="PD-2611-ORDER1")
    desk = open_desk(qtbot, sandbox, tmp_path)
    try:
        select(qtbot, desk, tx["id"])
        desk.page.open_void()
        press_continue(last_dialog(desk, VoidDialog))
        assert confirm_and_wait(qtbot, desk).outcome is Outcome.SUCCEEDED

        dialog = desk.page.open_journal()
        assert isinstance(dialog, JournalDialog)
        wait_for(qtbot, lambda: dialog.model.rowCount() == 1)
        assert dialog.count.text() == "1 entry"
        entry = dialog.model.entries()[0]
        assert entry.merchant_reference == "PD-2611-ORDER1"  # the move filled it in
        model = dialog.model
        assert model.headerData(JournalColumn.MERCHANT_REFERENCE, Qt.Orientation.Horizontal) == (
            "Order (merchant ref.)"
        )
        assert model.index(0, JournalColumn.MERCHANT_REFERENCE).data() == "PD-2611-ORDER1"
        assert model.index(0, JournalColumn.AMOUNT).data() == "120,50\xa0kr"
        qtbot.wait(50)
        # Every column but the last is at least as wide as its title and its text.
        view, metrics = dialog.view, dialog.view.fontMetrics()
        for column in JournalColumn:
            if column is JournalColumn.MESSAGE:
                continue
            texts = [
                str(model.headerData(column, Qt.Orientation.Horizontal)),
                str(model.index(0, column).data() or ""),
            ]
            needed = max(metrics.horizontalAdvance(t) for t in texts)
            assert view.columnWidth(column) >= needed, column
        request_id = model.index(0, JournalColumn.REQUEST_ID).data()
        assert request_id
        assert view.columnWidth(JournalColumn.REQUEST_ID) >= metrics.horizontalAdvance(request_id)
        assert dialog.grab().save(str(screenshot_dir / "transactions_journal_viewer.png"))

        dialog.scope.setCurrentIndex(dialog.scope.findData(None))
        with Journal.in_directory(desk.services.data_dir) as journal:
            _fill(journal)
        with qtbot.waitSignal(dialog.loaded):
            dialog.reload()
        assert dialog.count.text() == "5 entries"
    finally:
        run_async(desk.context.aclose())


def test_the_journal_names_operations_and_outcomes_in_the_desks_language(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    with Journal.in_directory(tmp_path) as journal:
        _fill(journal)
    install_language(qapp, "nb")
    try:
        dialog = JournalDialog(make_services(tmp_path), ErrorPresenter(), "T12345678")
        qtbot.addWidget(dialog)
        dialog.show()
        wait_for(qtbot, lambda: dialog.model.rowCount() == 3)
        shown = {
            (
                dialog.model.display(entry, JournalColumn.OPERATION),
                dialog.model.display(entry, JournalColumn.OUTCOME),
            )
            for entry in dialog.model.entries()
        }
        operations = [dialog.operation.itemText(i) for i in range(dialog.operation.count())]
        outcomes = [dialog.outcome.itemText(i) for i in range(dialog.outcome.count())]
    finally:
        install_language(qapp, "en")
    assert shown == {
        ("Trekk", "Vellykket"),
        ("Refusjon", "Mislykket"),
        ("Stopp av lenke", "Vellykket"),
    }
    assert "Belastning av lagret kort" in operations
    assert "Forsøkt" in outcomes
